package io.coursegen.widget.exercise;

import io.coursegen.load.SourceText;
import io.coursegen.load.Suggest;
import io.coursegen.load.YamlMap;
import io.coursegen.diagnostics.Diagnostics;
import io.coursegen.model.AnswerSet;
import io.coursegen.model.LoadFailures;
import io.coursegen.model.SourceRef;
import io.coursegen.model.exercise.AcceptedAnswer;
import io.coursegen.model.exercise.Choice;
import io.coursegen.model.exercise.Exercise;
import io.coursegen.model.exercise.ExerciseSet;
import io.coursegen.model.exercise.Link;
import io.coursegen.model.exercise.Reveal;
import io.coursegen.model.exercise.RubricPoint;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads one exercise set file {@code content/exercises/<id>.yaml} into an {@link ExerciseSet}. Rules
 * that need the rest of the course (lessons, presets and trees that exist, ids unique across files) are
 * {@code ExerciseChecker}'s; this class checks what one file can say about itself: keys, types, choice
 * ids that the answers name, rubric ids.
 */
public final class ExerciseParser {
    public static final List<String> SET_KEYS = List.of("id", "title", "intro", "tags", "reveal", "scenarios");
    public static final List<String> SCENARIO_KEYS = List.of("id", "title", "scenario", "choices", "answers", "rubric",
            "model-answer", "hints", "calculator", "tree", "lessons", "reveal");
    public static final List<String> CHOICE_KEYS = List.of("id", "label");
    public static final List<String> ANSWER_KEYS = List.of("choice", "why");
    public static final List<String> RUBRIC_KEYS = List.of("id", "point", "explanation");
    /** Ids name saved work and page anchors, so they keep to a plain alphabet. */
    static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*");

    private final String path;
    private final List<AnswerSet> answerSets;
    private final LoadFailures failures;
    private final Diagnostics diagnostics;
    /**
     * Set when a scenario draws on an answer set that course.yaml declares but could not load (or on
     * the default first set while any set failed, as which one is first is then unknown): the set is
     * left out without an error of its own, since course.yaml's error already explains it.
     */
    private boolean needsBrokenAnswerSet;

    private ExerciseParser(String path, List<AnswerSet> answerSets, LoadFailures failures, Diagnostics diagnostics) {
        this.path = path;
        this.failures = failures;
        this.answerSets = answerSets;
        this.diagnostics = diagnostics;
    }

    /**
     * Reads and parses {@code file}, shown to authors as {@code path}; {@code failures} names the
     * answer sets that did not load.
     */
    public static Optional<ExerciseSet> fromFile(Path file, String path, List<AnswerSet> answerSets, LoadFailures failures,
            Diagnostics diagnostics) {
        return SourceText.read(file, path, diagnostics).flatMap(text -> parse(path, text, answerSets, failures, diagnostics));
    }

    /** Parses exercise set YAML; empty if the file has any error, so the checker never reports follow-on errors. */
    public static Optional<ExerciseSet> parse(String path, String text, List<AnswerSet> answerSets, Diagnostics diagnostics) {
        return parse(path, text, answerSets, LoadFailures.none(), diagnostics);
    }

    /** As {@link #parse(String, String, List, Diagnostics)}; {@code failures} names the answer sets that did not load. */
    public static Optional<ExerciseSet> parse(String path, String text, List<AnswerSet> answerSets, LoadFailures failures,
            Diagnostics diagnostics) {
        Diagnostics own = new Diagnostics();
        ExerciseParser parser = new ExerciseParser(path, answerSets, failures, own);
        Optional<ExerciseSet> set = parser.parse(text);
        diagnostics.addAll(own);
        return own.hasErrors() || parser.needsBrokenAnswerSet ? Optional.empty() : set;
    }

    private Optional<ExerciseSet> parse(String text) {
        Optional<YamlMap> map = YamlMap.parse(path, text, 0, SET_KEYS, "an exercise set", diagnostics);
        if (map.isEmpty()) return Optional.empty();
        YamlMap m = map.get();
        Optional<String> id = m.text("id", true);
        String fileId = path.substring(path.lastIndexOf('/') + 1).replaceFirst("\\.ya?ml$", "");
        id.filter(i -> !i.equals(fileId)).ifPresent(i -> diagnostics.error(m.refOf("id"),
                "exercise set id `" + i + "` differs from its file name; name the file `" + i + ".yaml` or set `id: " + fileId + "`"));
        id.ifPresent(i -> checkId(i, m.refOf("id"), "exercise set id"));
        Optional<String> title = m.text("title", true);
        String intro = m.markdown("intro", false).orElse(null);
        io.coursegen.model.Tags tags = m.tags("tags");
        Reveal reveal = reveal(m).orElse(Reveal.AFTER_SELF_CHECK);
        List<Node> items = m.list("scenarios", true);
        if (isList(m, "scenarios") && items.isEmpty()) diagnostics.error(m.refOf("scenarios"), "an exercise set needs at least one scenario under `scenarios:`");
        List<Exercise> scenarios = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Node item : items) {
            scenario(m, item, reveal).ifPresent(e -> {
                if (!ids.add(e.id())) diagnostics.error(e.ref(), "scenario id `" + e.id() + "` is used twice in this set");
                scenarios.add(e);
            });
        }
        if (id.isEmpty() || title.isEmpty()) return Optional.empty();
        return Optional.of(new ExerciseSet(id.get(), title.get(), intro, scenarios, SourceRef.file(path), tags, m.snippets()));
    }

    private Optional<Reveal> reveal(YamlMap m) {
        return m.text("reveal", false).flatMap(r -> {
            Optional<Reveal> known = Reveal.fromKey(r);
            if (known.isEmpty()) {
                diagnostics.error(m.refOf("reveal"), "unknown `reveal` value `" + r + "`, expected one of "
                        + String.join(", ", Reveal.keys()) + Suggest.didYouMean(r, Reveal.keys()));
            }
            return known;
        });
    }

    private Optional<Exercise> scenario(YamlMap set, Node node, Reveal setReveal) {
        Optional<YamlMap> map = set.child(node, SCENARIO_KEYS, "a scenario");
        if (map.isEmpty()) return Optional.empty();
        YamlMap s = map.get();
        Optional<String> id = s.text("id", true);
        id.ifPresent(i -> checkId(i, s.refOf("id"), "scenario id"));
        Optional<String> title = s.text("title", true);
        Optional<String> scenario = s.markdown("scenario", true);
        ChoiceList choices = choices(s);
        List<AcceptedAnswer> answers = answers(s, choices);
        List<RubricPoint> rubric = rubric(s);
        Optional<String> modelAnswer = s.markdown("model-answer", true);
        List<String> hints = s.markdownList("hints").stream().map(YamlMap.Located::value).toList();
        Link calculator = s.text("calculator", false).map(v -> new Link(v, s.refOf("calculator"))).orElse(null);
        Link tree = s.text("tree", false).map(v -> new Link(v, s.refOf("tree"))).orElse(null);
        List<Link> lessons = s.textList("lessons").stream().map(l -> new Link(l.value(), l.ref())).toList();
        Reveal reveal = reveal(s).orElse(setReveal);
        if (id.isEmpty() || title.isEmpty() || scenario.isEmpty() || modelAnswer.isEmpty()) return Optional.empty();
        return Optional.of(new Exercise(id.get(), title.get(), scenario.get(), choices.answerSet, choices.choices, answers,
                rubric, modelAnswer.get(), hints, calculator, tree, lessons, reveal, s.ref()));
    }

    private record ChoiceList(String answerSet, List<Choice> choices) {}

    /** {@code choices: <answer-set id>}, an inline list of {@code {id, label}}, or by default the course's first answer set. */
    private ChoiceList choices(YamlMap s) {
        Optional<Node> node = s.node("choices");
        if (node.isEmpty() || node.get() instanceof ScalarNode) {
            String setId = node.isEmpty() ? null : s.text("choices", true).orElse(null);
            if (node.isPresent() && setId == null) return new ChoiceList(null, List.of());
            Optional<AnswerSet> set = setId == null ? answerSets.stream().findFirst()
                    : answerSets.stream().filter(a -> a.id().equals(setId)).findFirst();
            boolean dependsOnFailure = setId == null ? failures.any(LoadFailures.Kind.ANSWER_SET)
                    : set.isEmpty() && failures.failed(LoadFailures.Kind.ANSWER_SET, setId);
            if (dependsOnFailure) {
                needsBrokenAnswerSet = true;
                return new ChoiceList(setId, List.of());
            }
            if (set.isEmpty()) {
                List<String> known = answerSets.stream().map(AnswerSet::id).toList();
                diagnostics.error(s.refOf("choices"), setId == null
                        ? "no `choices:` and the course has no answer sets; list the choices (`- id: ...` / `label: ...`) or declare `answer-sets:` in content/course.yaml"
                        : "unknown answer set `" + setId + "`" + (known.isEmpty() ? "; declare it under `answer-sets:` in content/course.yaml"
                                : Suggest.known(setId, known) + Suggest.didYouMean(setId, known)));
                return new ChoiceList(setId, List.of());
            }
            List<Choice> choices = set.get().answers().stream().map(a -> new Choice(a.id(), a.label(), a.ref())).toList();
            return new ChoiceList(set.get().id(), choices);
        }
        if (!(node.get() instanceof SequenceNode)) {
            diagnostics.error(s.refOf("choices"), "expected `choices` as the id of an answer set of content/course.yaml, or a list of `- id: ...` / `label: ...`");
            return new ChoiceList(null, List.of());
        }
        List<Choice> choices = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Node item : s.list("choices", false)) {
            s.child(item, CHOICE_KEYS, "a choice").ifPresent(c -> {
                Optional<String> id = c.text("id", true);
                Optional<String> label = c.text("label", true);
                if (id.isEmpty() || label.isEmpty()) return;
                checkId(id.get(), c.refOf("id"), "choice id");
                if (!ids.add(id.get())) {
                    diagnostics.error(c.refOf("id"), "choice id `" + id.get() + "` is used twice");
                } else {
                    choices.add(new Choice(id.get(), label.get().strip(), c.ref()));
                }
            });
        }
        if (choices.size() == 1) diagnostics.error(s.refOf("choices"), "a scenario needs at least 2 choices, found 1");
        return new ChoiceList(null, choices);
    }

    private List<AcceptedAnswer> answers(YamlMap s, ChoiceList choices) {
        List<String> ids = choices.choices.stream().map(Choice::id).toList();
        List<AcceptedAnswer> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<Node> items = s.list("answers", true);
        for (Node item : items) {
            s.child(item, ANSWER_KEYS, "an answer").ifPresent(a -> {
                Optional<String> choice = a.text("choice", true);
                Optional<String> why = a.markdown("why", true);
                if (choice.isEmpty() || why.isEmpty()) return;
                if (!ids.isEmpty() && !ids.contains(choice.get())) {
                    diagnostics.error(a.refOf("choice"), "answer `" + choice.get() + "` is not one of the choices ("
                            + String.join(", ", ids) + ")" + Suggest.didYouMean(choice.get(), ids));
                } else if (!seen.add(choice.get())) {
                    diagnostics.error(a.refOf("choice"), "answer `" + choice.get() + "` is listed twice");
                } else {
                    out.add(new AcceptedAnswer(choice.get(), why.get(), a.ref()));
                }
            });
        }
        if (isList(s, "answers") && items.isEmpty()) {
            diagnostics.error(s.refOf("answers"), "a scenario needs at least one accepted answer under `answers:`");
        }
        if (ids.size() >= 2 && out.size() == ids.size()) {
            diagnostics.warning(s.refOf("answers"), "every choice is accepted, so the learner's pick cannot be wrong; is that meant?");
        }
        return out;
    }

    private List<RubricPoint> rubric(YamlMap s) {
        List<RubricPoint> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        List<Node> items = s.list("rubric", true);
        for (Node item : items) {
            s.child(item, RUBRIC_KEYS, "a rubric point").ifPresent(r -> {
                Optional<String> id = r.text("id", true);
                Optional<String> point = r.text("point", true);
                Optional<String> explanation = r.markdown("explanation", true);
                if (id.isEmpty() || point.isEmpty() || explanation.isEmpty()) return;
                checkId(id.get(), r.refOf("id"), "rubric point id");
                if (!ids.add(id.get())) {
                    diagnostics.error(r.refOf("id"), "rubric point id `" + id.get() + "` is used twice in this scenario");
                } else {
                    out.add(new RubricPoint(id.get(), point.get().strip(), explanation.get(), r.ref()));
                }
            });
        }
        if (isList(s, "rubric") && items.isEmpty()) diagnostics.error(s.refOf("rubric"), "a scenario needs at least one rubric point under `rubric:`");
        return out;
    }

    private static boolean isList(YamlMap m, String key) {
        return m.node(key).filter(n -> n instanceof SequenceNode).isPresent();
    }

    private void checkId(String id, SourceRef ref, String what) {
        if (!ID.matcher(id).matches()) {
            diagnostics.error(ref, what + " `" + id + "` may hold only letters, digits, `-` and `_`, starting with a letter or digit");
        }
    }
}
