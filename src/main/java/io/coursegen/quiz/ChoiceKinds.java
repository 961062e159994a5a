package io.coursegen.quiz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.coursegen.diagnostics.Diagnostics;
import io.coursegen.load.Suggest;
import io.coursegen.load.YamlMap;
import io.coursegen.model.AnswerSet;
import io.coursegen.model.LoadFailures;
import io.coursegen.model.SourceRef;
import io.coursegen.model.quiz.ChoiceQuestion;
import io.coursegen.model.quiz.MultipleSelect;
import io.coursegen.model.quiz.Option;
import io.coursegen.model.quiz.Response;
import io.coursegen.model.quiz.Scenario;
import io.coursegen.model.quiz.SingleChoice;
import io.coursegen.model.quiz.TrueFalse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * The four kinds whose answer is a pick of options: single choice, multiple select, true/false and
 * scenario (a single choice among a course answer set). They share the options' checks, client JSON,
 * diagnosis and partial ({@code widgets/quiz/questions/choice.jte}).
 */
public final class ChoiceKinds {
    private ChoiceKinds() {}

    static final List<String> OPTION_KEYS = List.of("id", "text", "correct", "feedback", "misconception", "fixed");
    private static final Pattern ALL_OR_NONE = Pattern.compile("\\b(all|none|both|neither) of the (above|options|answers)\\b", Pattern.CASE_INSENSITIVE);

    /** What {@code widgets/quiz/questions/choice.jte} shows: the options, as radios or checkboxes. */
    public record View(List<OptionView> options, String inputType) {}

    /**
     * One option: its id, its text as phrasing HTML for its label, whether it is right, its feedback as block
     * HTML, and the blocks of its text a label may not hold (a code block, a list), shown beside the label
     * and named by the input's {@code aria-describedby}; "" if it has none.
     */
    public record OptionView(String id, String html, boolean correct, String feedbackHtml, String blocksHtml) {}

    /** The part every choice kind shares; the kinds differ in how they are read and how many options may be right. */
    abstract static class Base<Q extends ChoiceQuestion> implements QuestionKind<Q> {
        public Optional<Response> readResponse(Q q, YamlMap c, Node value, String what) {
            // Single choice and scenario: one id (a list of ids is read for a single choice, and scores 0 unless one).
            return c.scalarText(value, what).map(Response::choice);
        }
        public List<String> unknownIds(Q q, Response r) {
            if (!(r instanceof Response.Choice c)) return List.of();
            Set<String> known = Set.copyOf(responseIds(q));
            return c.optionIds().stream().filter(id -> !known.contains(id)).distinct().toList();
        }
        public List<String> responseIds(Q q) {
            return q.options().stream().map(Option::id).toList();
        }
        public double grade(Q q, Response r) {
            return r instanceof Response.Choice c ? ChoiceScore.single(q.options(), c.optionIds()) : 0;
        }
        @Override
        public List<String> misconceptions(Q q, Response r) {
            if (!(r instanceof Response.Choice picked)) return List.of();
            return q.options().stream()
                    .filter(o -> !o.correct() && o.misconception() != null && picked.optionIds().contains(o.id()))
                    .map(Option::misconception).toList();
        }
        @Override
        public List<String> misconceptionTags(Q q) {
            return q.options().stream().map(Option::misconception).filter(java.util.Objects::nonNull).toList();
        }
        public List<String> clientKeys() { return List.of("options"); }
        public void writeClient(Q q, ObjectNode out) { writeOptions(q.options(), out); }
        public String template() { return "widgets/quiz/questions/choice.jte"; }
        public View view(Q q, QuestionViewContext context) {
            return new View(q.options().stream().map(o -> {
                QuestionViewContext.Labelled text = context.labelled(o.text());
                return new OptionView(o.id(), text.label(), o.correct(), context.block(o.feedback()), text.blocks());
            }).toList(), "radio");
        }
        @Override
        public List<String> texts(Q q) {
            return q.options().stream().map(Option::text).toList();
        }
    }

    /** One option picked, and it is correct. */
    static final class Single extends Base<SingleChoice> {
        public String key() { return "single"; }
        public Class<SingleChoice> type() { return SingleChoice.class; }
        public List<String> keys() { return List.of("options"); }
        public Optional<SingleChoice> read(QuestionSource s) {
            return Optional.of(new SingleChoice(s.id(), s.prompt(), s.explanation(), s.tags(), options(s.yaml()), s.ref()));
        }
        @Override
        public Optional<Response> readResponse(SingleChoice q, YamlMap c, Node value, String what) {
            return value instanceof SequenceNode ? choices(c, value, what) : super.readResponse(q, c, value, what);
        }
        public void check(SingleChoice q, Diagnostics diagnostics) {
            checkOptions(q, diagnostics, true, correct -> correct != 1 ? "single-choice question `" + q.id() + "` has " + correct
                    + " correct options; mark exactly one with `correct: true`" + (correct > 1 ? ", or make it `type: multiple`" : "") : null);
        }
        public SingleChoice readClient(String id, JsonFields f, SourceRef ref) {
            return new SingleChoice(id, null, null, io.coursegen.model.Tags.none(), readOptions(f, ref), ref);
        }
    }

    /** Partial credit by the "false2" rule. */
    static final class Multiple extends Base<MultipleSelect> {
        public String key() { return "multiple"; }
        public Class<MultipleSelect> type() { return MultipleSelect.class; }
        public List<String> keys() { return List.of("options"); }
        public Optional<MultipleSelect> read(QuestionSource s) {
            return Optional.of(new MultipleSelect(s.id(), s.prompt(), s.explanation(), s.tags(), options(s.yaml()), s.ref()));
        }
        @Override
        public Optional<Response> readResponse(MultipleSelect q, YamlMap c, Node value, String what) {
            return choices(c, value, what);
        }
        public void check(MultipleSelect q, Diagnostics diagnostics) {
            checkOptions(q, diagnostics, true, correct -> correct == 0
                    ? "multiple-select question `" + q.id() + "` has no correct option; mark at least one with `correct: true`" : null);
        }
        @Override
        public double grade(MultipleSelect q, Response r) {
            return r instanceof Response.Choice c ? ChoiceScore.multiple(q.options(), c.optionIds()) : 0;
        }
        @Override
        public View view(MultipleSelect q, QuestionViewContext context) {
            return new View(super.view(q, context).options(), "checkbox");
        }
        public MultipleSelect readClient(String id, JsonFields f, SourceRef ref) {
            return new MultipleSelect(id, null, null, io.coursegen.model.Tags.none(), readOptions(f, ref), ref);
        }
    }

    /** A single choice between the options {@code true} and {@code false}. */
    static final class TrueOrFalse extends Base<TrueFalse> {
        public String key() { return "true-false"; }
        public Class<TrueFalse> type() { return TrueFalse.class; }
        public List<String> keys() { return List.of("answer", "feedback", "misconceptions"); }
        public Optional<TrueFalse> read(QuestionSource s) {
            YamlMap q = s.yaml();
            Optional<Boolean> answer = q.node("answer").flatMap(n -> q.boolOf(n, "`answer`"));
            if (!q.has("answer")) q.reportMissing("answer", " (`true` or `false`)");
            Map<String, String> feedback = KindYaml.keyedMarkdown(q, "feedback", List.of("true", "false"));
            Map<String, String> misconceptions = KindYaml.keyedTexts(q, "misconceptions", List.of("true", "false"));
            return answer.map(a -> new TrueFalse(s.id(), s.prompt(), s.explanation(), s.tags(), a, feedback.get("true"), feedback.get("false"),
                    misconceptions.get("true"), misconceptions.get("false"), q.ref()));
        }
        @Override
        public Optional<Response> readResponse(TrueFalse q, YamlMap c, Node value, String what) {
            return value instanceof ScalarNode s && s.getTag().equals(Tag.BOOL)
                    ? c.boolOf(value, what).map(b -> Response.choice(b ? TrueFalse.TRUE_ID : TrueFalse.FALSE_ID))
                    : c.scalarText(value, what).map(Response::choice);
        }
        public void check(TrueFalse q, Diagnostics diagnostics) {
            // Two fixed options, one of them right, by construction: nothing an author can get wrong here.
        }
        public TrueFalse readClient(String id, JsonFields f, SourceRef ref) {
            List<Option> options = readOptions(f, ref);
            List<String> ids = options.stream().map(Option::id).toList();
            if (!ids.equals(List.of(TrueFalse.TRUE_ID, TrueFalse.FALSE_ID))
                    || options.get(0).correct() == options.get(1).correct()) {
                throw new IllegalArgumentException(f.context() + ": a true-false question has the options `true`"
                        + " then `false`, exactly one of them correct");
            }
            Option yes = options.get(0);
            Option no = options.get(1);
            return new TrueFalse(id, null, null, io.coursegen.model.Tags.none(), yes.correct(), null, null, yes.misconception(), no.misconception(), ref);
        }
    }

    /** A single choice among the answers of a course answer set. */
    static final class ScenarioKind extends Base<Scenario> {
        public String key() { return "scenario"; }
        public Class<Scenario> type() { return Scenario.class; }
        public List<String> keys() { return List.of("answer-set", "answer", "feedback", "misconceptions"); }
        public Optional<Scenario> read(QuestionSource s) {
            YamlMap q = s.yaml();
            Optional<String> setId = q.text("answer-set", true);
            Optional<String> answer = q.text("answer", true);
            if (setId.isEmpty()) return Optional.empty();
            AnswerSet set = s.answerSets().get(setId.get());
            if (set == null && s.failures().failed(LoadFailures.Kind.ANSWER_SET, setId.get())) {
                s.needsBrokenAnswerSet();
                return Optional.empty();
            }
            if (set == null) {
                s.diagnostics().error(q.refOf("answer-set"), "unknown answer set `" + setId.get() + "`; declare it under `answer-sets:` in content/course.yaml"
                        + Suggest.known(setId.get(), s.answerSets().keySet()));
                return Optional.empty();
            }
            List<String> ids = set.answers().stream().map(AnswerSet.Answer::id).toList();
            Map<String, String> feedback = KindYaml.keyedMarkdown(q, "feedback", ids);
            Map<String, String> misconceptions = KindYaml.keyedTexts(q, "misconceptions", ids);
            answer.filter(a -> !ids.contains(a)).ifPresent(a -> s.diagnostics().error(q.refOf("answer"),
                    "`" + a + "` is not an answer of `" + set.id() + "`, expected one of " + String.join(", ", ids) + Suggest.didYouMean(a, ids)));
            List<Option> options = set.answers().stream().map(a -> new Option(a.id(), a.label(),
                    answer.map(a.id()::equals).orElse(false), feedback.get(a.id()),
                    answer.map(a.id()::equals).orElse(false) ? null : misconceptions.get(a.id()), false, q.ref())).toList();
            return Optional.of(new Scenario(s.id(), s.prompt(), s.explanation(), s.tags(), set.id(), options, q.ref()));
        }
        public void check(Scenario q, Diagnostics diagnostics) {
            // A scenario's options come from its answer set: there is no `correct:` to write there.
            checkOptions(q, diagnostics, false, correct -> correct != 1 ? "scenario question `" + q.id() + "` has " + correct
                    + " correct options; set `answer:` to one id of answer set `" + q.answerSet() + "`" : null);
        }
        @Override
        public List<String> clientKeys() { return List.of("answerSet", "options"); }
        @Override
        public void writeClient(Scenario q, ObjectNode out) {
            out.put("answerSet", q.answerSet());
            writeOptions(q.options(), out);
        }
        public Scenario readClient(String id, JsonFields f, SourceRef ref) {
            return new Scenario(id, null, null, io.coursegen.model.Tags.none(), f.string("answerSet"), readOptions(f, ref), ref);
        }
    }

    /**
     * The checks of a choice question's options: at least two; {@code countRule} gives the error for
     * a count of correct options, or null; and warnings about options that refer to the others
     * (when {@code authoredTexts}) or that are correct but name a misconception.
     */
    private static void checkOptions(ChoiceQuestion q, Diagnostics diagnostics, boolean authoredTexts,
            java.util.function.LongFunction<String> countRule) {
        long correct = q.options().stream().filter(Option::correct).count();
        String countError = countRule.apply(correct);
        if (q.options().size() < 2) {
            diagnostics.error(q.ref(), "question `" + q.id() + "` has " + q.options().size() + " option(s); a choice question needs at least 2");
        } else if (countError != null) {
            diagnostics.error(q.ref(), countError);
        }
        for (Option o : q.options()) {
            if (authoredTexts && ALL_OR_NONE.matcher(o.text()).find() && !o.fixed()) {
                diagnostics.warning(o.ref(), "option `" + o.id() + "` (\"" + o.text().strip() + "\") refers to the other options; add `fixed: true` so shuffling keeps it in place");
            }
            if (o.correct() && o.misconception() != null) {
                diagnostics.warning(o.ref(), "option `" + o.id() + "` is correct but names a misconception; misconceptions belong to wrong options");
            }
        }
    }

    /** The options of a single or multiple choice question, named a, b, c... unless the author names them. */
    private static List<Option> options(YamlMap q) {
        List<Option> options = new ArrayList<>();
        Map<String, Boolean> ids = new HashMap<>(); // id -> written by the author (not a default)
        List<Node> nodes = q.list("options", true);
        for (int n = 0; n < nodes.size(); n++) {
            String defaultId = KindYaml.defaultId(n);
            q.child(nodes.get(n), OPTION_KEYS, "an option").ifPresent(o -> {
                String id = o.text("id", false).orElse(defaultId);
                boolean named = o.has("id");
                if (ids.containsKey(id)) {
                    o.diagnostics().error(o.refOf("id"), "option id `" + id + "` is used twice in this question"
                            + (named && ids.get(id) ? "" : KindYaml.DEFAULT_IDS_HINT));
                    return;
                }
                ids.put(id, named);
                o.markdown("text", true).ifPresent(text -> options.add(new Option(id, text, o.bool("correct", false),
                        o.markdown("feedback", false).orElse(null), o.text("misconception", false).orElse(null),
                        o.bool("fixed", false), o.ref())));
            });
        }
        return options;
    }

    private static Optional<Response> choices(YamlMap c, Node value, String what) {
        return KindYaml.ids(c, value, what).map(l -> new Response.Choice(new LinkedHashSet<>(l)));
    }

    private static void writeOptions(List<Option> options, ObjectNode out) {
        ArrayNode array = out.putArray("options");
        for (Option o : options) {
            ObjectNode node = JsonNodeFactory.instance.objectNode();
            node.put("id", o.id());
            node.put("correct", o.correct());
            if (o.misconception() != null) node.put("misconception", o.misconception());
            if (o.fixed()) node.put("fixed", true);
            array.add(node);
        }
    }

    private static List<Option> readOptions(JsonFields question, SourceRef ref) {
        List<Option> out = new ArrayList<>();
        for (JsonNode node : question.array("options")) {
            JsonFields f = JsonFields.of(node, question.context() + " option");
            f = f.named(question.context() + " option `" + f.string("id") + "`");
            f.allow("id", "correct", "misconception", "fixed");
            out.add(new Option(f.string("id"), null, f.bool("correct"), null,
                    f.optionalString("misconception"), f.optionalBool("fixed"), ref));
        }
        return out;
    }
}
