package io.coursegen.quiz;

import io.coursegen.load.Suggest;
import io.coursegen.load.YamlMap;
import io.coursegen.model.quiz.QuizPolicy;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads a quiz policy, the {@code policy:} mapping of a quiz file or {@code quiz-policy:} in course.yaml,
 * with every wrong value reported where it is written, saying what is expected. A key left out, or
 * with a wrong value, is left unset, so the defaults fill it in.
 */
public final class PolicyYaml {
    private PolicyYaml() {}

    /** The keys of a policy mapping, in the order the README lists them. */
    public static final List<String> KEYS = List.of("reveal", "tries", "question-order", "draw", "one-at-a-time");

    static final List<String> ORDERS = List.of("fixed", "shuffled");

    /** A quiz file's own {@code policy:}; the quiz has {@code questions} questions to draw from. */
    public static QuizPolicy forQuiz(YamlMap quiz, int questions) {
        return read(quiz, "policy", questions);
    }

    /** course.yaml's {@code quiz-policy:}, the defaults of every quiz. */
    public static QuizPolicy forCourse(YamlMap course) {
        return read(course, "quiz-policy", -1);
    }

    /**
     * The policy under {@code key} of {@code parent} ({@link QuizPolicy#NONE} if absent). {@code questions}
     * is the size of the quiz's pool, or -1 for course.yaml: {@code draw} depends on the quiz's
     * questions, so course.yaml may not set it.
     */
    private static QuizPolicy read(YamlMap parent, String key, int questions) {
        boolean perQuiz = questions >= 0;
        Optional<YamlMap> map = parent.map(key, KEYS, false);
        if (map.isEmpty()) return QuizPolicy.NONE;
        YamlMap m = map.get();
        QuizPolicy.Reveal reveal = m.text("reveal", false).flatMap(r -> {
            Optional<QuizPolicy.Reveal> mode = QuizPolicy.Reveal.of(r);
            if (mode.isEmpty()) {
                m.diagnostics().error(m.refOf("reveal"), "unknown `reveal` mode `" + r + "`, expected one of "
                        + String.join(", ", QuizPolicy.Reveal.keys()) + Suggest.didYouMean(r, QuizPolicy.Reveal.keys()));
            }
            return mode;
        }).orElse(null);
        Integer tries = m.node("tries").flatMap(n -> tries(m, n)).orElse(null);
        Boolean shuffled = m.text("question-order", false).flatMap(o -> {
            if (ORDERS.contains(o)) return Optional.of(o.equals("shuffled"));
            m.diagnostics().error(m.refOf("question-order"), "unknown `question-order` `" + o + "`, expected `fixed` (as written)"
                    + " or `shuffled` (an order of each learner's own)" + Suggest.didYouMean(o, ORDERS));
            return Optional.empty();
        }).orElse(null);
        Integer draw = null;
        if (m.has("draw") && !perQuiz) {
            m.diagnostics().error(m.refOf("draw"), "`draw` depends on a quiz's questions, so course.yaml cannot set it for every quiz;"
                    + " write `draw:` under `policy:` in the quiz files that draw");
        } else if (m.has("draw")) {
            draw = m.node("draw").flatMap(n -> whole(m, n)).filter(d -> {
                if (d >= 1) return true;
                m.diagnostics().error(m.refOf("draw"), "`draw` is how many questions each learner is given from the quiz:"
                        + " a whole number from 1 up to the number of questions, found " + d + "; leave it out to give every question");
                return false;
            }).filter(d -> {
                if (d <= questions) return true;
                m.diagnostics().error(m.refOf("draw"), "`draw: " + d + "` asks for more questions than the quiz has (" + questions
                        + "); draw at most " + questions + ", or add questions");
                return false;
            }).orElse(null);
        }
        Boolean oneAtATime = m.has("one-at-a-time") ? m.boolOf(m.node("one-at-a-time").orElseThrow(), "`one-at-a-time`").orElse(null) : null;
        return new QuizPolicy(reveal, tries, shuffled, draw, oneAtATime);
    }

    private static Optional<Integer> tries(YamlMap m, Node n) {
        if (n instanceof ScalarNode s && s.getTag().equals(Tag.STR) && s.getValue().equals("unlimited")) return Optional.of(0);
        String expected = "`tries` is how many times a learner may check each question: a whole number from 1, or `unlimited`";
        if (!(n instanceof ScalarNode s && (s.getTag().equals(Tag.INT) || s.getTag().equals(Tag.FLOAT)))) {
            String found = n instanceof ScalarNode s ? "`" + s.getValue() + "`" : YamlMap.kind(n);
            m.diagnostics().error(m.ref(n), expected + ", found " + found);
            return Optional.empty();
        }
        String v = ((ScalarNode) n).getValue().replace("_", "");
        if (!v.matches("\\+?\\d{1,6}") || Integer.parseInt(v.replace("+", "")) < 1) {
            m.diagnostics().error(m.ref(n), expected + ", found " + v + (v.matches("0+") ? " (a question that cannot be checked)" : ""));
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(v.replace("+", "")));
    }

    /** A whole number, written as one (not {@code 2.5}, not quoted). */
    private static Optional<Integer> whole(YamlMap m, Node n) {
        if (n instanceof ScalarNode s && s.getTag().equals(Tag.INT) && s.getValue().replace("_", "").matches("[-+]?\\d{1,6}")) {
            return Optional.of(Integer.parseInt(s.getValue().replace("_", "").replace("+", "")));
        }
        String found = n instanceof ScalarNode s ? "`" + s.getValue() + "`" : YamlMap.kind(n);
        m.diagnostics().error(m.ref(n), "expected a whole number for `draw` (how many questions each learner is given), found " + found);
        return Optional.empty();
    }
}
