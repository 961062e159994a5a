package io.coursegen.lms;

import io.coursegen.diagnostics.Diagnostics;
import io.coursegen.load.YamlMap;
import io.coursegen.model.lms.LmsSettings;
import io.coursegen.model.lms.LmsSettings.Counted;
import io.coursegen.model.lms.LmsSettings.Method;
import io.coursegen.model.lms.LmsSettings.QuizRef;
import io.coursegen.model.lms.LmsSettings.Scope;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads {@code version:} and the {@code lms:} section of course.yaml into {@link LmsSettings}, every problem
 * at its position. Which quizzes exist is checked later, with the rest of the course ({@link LmsChecker}).
 *
 * <pre>
 * version: 2.1.0            # the package version in the manifest (default 1)
 * lms:
 *   sco: course             # or module: one SCO per module
 *   mastery: 80             # percent: the score that passes
 *   score: mean             # or weighted
 *   quizzes: [a, b]         # weighted: {a: 2, b: 1}; default: every quiz a lesson shows
 *   completed:
 *     lessons: all          # or a percentage of the lessons read, such as 80
 *     quiz: final           # also needs this quiz passed
 * </pre>
 */
public final class LmsSettingsReader {
    /** The keys of {@code lms:}. */
    public static final List<String> KEYS = List.of("sco", "mastery", "score", "quizzes", "completed");
    /** The keys of {@code lms: completed:}. */
    public static final List<String> COMPLETED_KEYS = List.of("lessons", "quiz");

    private LmsSettingsReader() {}

    /** The settings of the course.yaml mapping {@code course}; problems go to its diagnostics. */
    public static LmsSettings read(YamlMap course) {
        Diagnostics diagnostics = course.diagnostics();
        String version = course.text("version", false).orElse("1");
        if (course.has("version") && !version.matches("[A-Za-z0-9._+-]{1,20}")) {
            diagnostics.error(course.refOf("version"), "`version` should be at most 20 letters, digits, dots, dashes, `_` or `+`,"
                    + " such as `1.2.0`, found `" + version + "`");
            version = "1";
        }
        LmsSettings defaults = LmsSettings.defaults(course.ref());
        if (!course.has("lms")) return new LmsSettings(version, defaults.scope(), defaults.mastery(), defaults.method(),
                defaults.quizzes(), defaults.lessonsShare(), defaults.passQuiz(), defaults.ref());
        Optional<YamlMap> section = course.map("lms", KEYS, false);
        if (section.isEmpty()) return new LmsSettings(version, defaults.scope(), defaults.mastery(), defaults.method(),
                defaults.quizzes(), defaults.lessonsShare(), defaults.passQuiz(), course.refOf("lms"));
        YamlMap lms = section.get();
        Scope scope = word(lms, "sco", Scope.class, Scope.COURSE, "`course` (one SCO for the whole course) or `module` (one per module)");
        Method method = word(lms, "score", Method.class, Method.MEAN, "`mean` (each counted quiz alike) or `weighted` (by the weights under `quizzes`)");
        OptionalDouble mastery = OptionalDouble.empty();
        if (lms.has("mastery")) {
            Optional<Double> share = percent(lms, lms.node("mastery").orElseThrow(), "`mastery`");
            if (share.isPresent()) mastery = OptionalDouble.of(share.get());
        }
        List<Counted> quizzes = quizzes(lms, method);
        double lessonsShare = 1.0;
        Optional<QuizRef> passQuiz = Optional.empty();
        Optional<YamlMap> completed = lms.map("completed", COMPLETED_KEYS, false);
        if (completed.isPresent()) {
            YamlMap c = completed.get();
            Optional<Node> lessons = c.node("lessons");
            if (lessons.isPresent()) {
                if (lessons.get() instanceof ScalarNode s && s.getTag().equals(Tag.STR) && s.getValue().equals("all")) lessonsShare = 1.0;
                else lessonsShare = percent(c, lessons.get(), "`lessons` (or `all`)").orElse(1.0);
            }
            passQuiz = c.text("quiz", false).map(id -> new QuizRef(id, c.refOf("quiz")));
        }
        return new LmsSettings(version, scope, mastery, method, quizzes, lessonsShare, passQuiz, lms.ref());
    }

    private static <E extends Enum<E>> E word(YamlMap map, String key, Class<E> type, E fallback, String expected) {
        Optional<String> text = map.text(key, false);
        if (text.isEmpty()) return fallback;
        for (E e : type.getEnumConstants()) {
            if (e.name().toLowerCase(Locale.ROOT).equals(text.get())) return e;
        }
        map.diagnostics().error(map.refOf(key), "unknown `" + key + "` `" + text.get() + "`, expected " + expected);
        return fallback;
    }

    /** A percentage from 0 to 100 as a share from 0 to 1. */
    private static Optional<Double> percent(YamlMap map, Node value, String what) {
        Optional<Double> n = map.numberOf(value, what);
        if (n.isEmpty()) return Optional.empty();
        if (n.get() < 0 || n.get() > 100) {
            map.diagnostics().error(map.ref(value), what + " is a percentage from 0 to 100, such as `80`; found `"
                    + YamlMap.kind(value).replace("`", "") + "`");
            return Optional.empty();
        }
        return Optional.of(n.get() / 100.0);
    }

    private static List<Counted> quizzes(YamlMap lms, Method method) {
        Optional<Node> node = lms.node("quizzes");
        if (node.isEmpty()) return List.of();
        Diagnostics diagnostics = lms.diagnostics();
        List<Counted> out = new ArrayList<>();
        if (method == Method.WEIGHTED) {
            if (!(node.get() instanceof MappingNode)) {
                diagnostics.error(lms.ref(node.get()), "with `score: weighted`, expected `quizzes` as quiz ids with their weights,"
                        + " such as `quizzes: {basics: 1, final: 3}`, found " + YamlMap.kind(node.get()));
                return List.of();
            }
            for (YamlMap.Entry e : lms.entriesOf("quizzes")) {
                lms.numberOf(e.value(), "the weight of quiz `" + e.name() + "`").ifPresent(w -> {
                    if (w <= 0) {
                        diagnostics.error(lms.ref(e.value()), "the weight of quiz `" + e.name() + "` should be a number above 0, found `"
                                + YamlMap.kind(e.value()).replace("`", "") + "`; leave the quiz out to not count it");
                    } else {
                        out.add(new Counted(e.name(), w, e.ref()));
                    }
                });
            }
            return List.copyOf(out);
        }
        if (!(node.get() instanceof SequenceNode)) {
            diagnostics.error(lms.ref(node.get()), "expected `quizzes` as a list of quiz ids, such as `quizzes: [basics, final]`, found "
                    + YamlMap.kind(node.get()) + (node.get() instanceof MappingNode ? "; to give weights, also write `score: weighted`" : ""));
            return List.of();
        }
        for (YamlMap.Located l : lms.textList("quizzes")) out.add(new Counted(l.value(), 1.0, l.ref()));
        return List.copyOf(out);
    }
}
