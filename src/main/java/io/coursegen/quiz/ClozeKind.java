package io.coursegen.quiz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.coursegen.diagnostics.Diagnostics;
import io.coursegen.load.Suggest;
import io.coursegen.load.YamlMap;
import io.coursegen.model.SourceRef;
import io.coursegen.model.quiz.Question;
import io.coursegen.model.quiz.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Fill in the blanks ({@code type: cloze}): one markdown {@code text} with blanks written
 * {@code {{id}}}, each blank listed under {@code blanks:} with its accepted answers (compared as short
 * answers are, after {@link TextNormalizer#normalize}) or a number and a tolerance. The score is the
 * mean of the blanks' scores, each 1 or 0: partial credit per blank. Shown by
 * {@code widgets/quiz/questions/cloze.jte}, one labelled text input per blank.
 */
public final class ClozeKind implements QuestionKind<ClozeKind.Cloze> {

    /** A blank in the text: {@code {{id}}}, the id made of letters, digits, {@code -} and {@code _}. */
    static final Pattern BLANK = Pattern.compile("\\{\\{\\s*([A-Za-z0-9_-]+)\\s*\\}\\}");
    /** How a learner's number is written in a response: plain decimal, as {@code quiz.js} sends it. */
    static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    static final List<String> BLANK_KEYS = List.of("answers", "number", "tolerance");

    /**
     * A cloze question.
     *
     * @param text   markdown with one {@code {{id}}} per blank
     * @param blanks the blanks in the order they appear in the text
     */
    public record Cloze(String id, String prompt, String explanation, io.coursegen.model.Tags tags, String text, List<Blank> blanks,
            SourceRef ref) implements Question {
        public Cloze {
            Objects.requireNonNull(id, "id");
            java.util.Objects.requireNonNull(tags, "tags");
            blanks = List.copyOf(blanks);
        }

        public List<String> blankIds() {
            return blanks.stream().map(Blank::id).toList();
        }
    }

    /**
     * One blank: right when its text matches one of {@code accepted}, or, when {@code number} is not
     * null, when it reads as a number within {@code tolerance} of it (boundary inclusive, as numeric
     * questions).
     */
    public record Blank(String id, List<String> accepted, Double number, double tolerance, SourceRef ref) {
        public Blank {
            Objects.requireNonNull(id, "id");
            accepted = List.copyOf(accepted);
        }
    }

    /** What {@code widgets/quiz/questions/cloze.jte} shows: the text cut at its blanks, and the blanks. */
    public record View(List<Segment> segments, List<BlankView> blanks) {}

    /** A piece of the text's HTML, then the blank that follows it (null after the last piece). */
    public record Segment(String html, BlankView blank) {}

    /** A blank: its id, its number (1-based) of how many, its input mode (null for text) and its answer as stated in the key. */
    public record BlankView(String id, int number, int count, String inputMode, String answerText) {}

    public String key() { return "cloze"; }
    public Class<Cloze> type() { return Cloze.class; }
    public List<String> keys() { return List.of("text", "blanks"); }

    public Optional<Cloze> read(QuestionSource s) {
        YamlMap q = s.yaml();
        Diagnostics d = s.diagnostics();
        Optional<String> text = q.markdown("text", true);
        Map<String, Blank> listed = new LinkedHashMap<>();
        if (!q.has("blanks")) q.reportMissing("blanks", " (each blank of the `text` with its `answers:` or `number:`)");
        for (YamlMap.Entry e : q.entriesOf("blanks")) {
            q.child(e.value(), BLANK_KEYS, "blank `" + e.name() + "`").flatMap(b -> blank(e, b)).ifPresent(b -> listed.put(b.id(), b));
        }
        if (text.isEmpty()) return Optional.empty();
        List<Blank> blanks = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        Matcher m = BLANK.matcher(text.get());
        while (m.find()) {
            String id = m.group(1);
            if (!seen.add(id)) {
                d.error(q.refOf("text"), "blank `{{" + id + "}}` appears twice in `text`; each blank is one input, so give the second one its own id");
                continue;
            }
            Blank b = listed.get(id);
            if (b != null) {
                blanks.add(b);
            } else if (q.entriesOf("blanks").stream().noneMatch(e -> e.name().equals(id))) {
                d.error(q.refOf("text"), "blank `{{" + id + "}}` in `text` is not listed under `blanks:`; add `" + id
                        + ":` with its `answers:` or `number:`" + Suggest.didYouMean(id, listed.keySet()));
            }
        }
        for (YamlMap.Entry e : q.entriesOf("blanks")) {
            if (!seen.contains(e.name())) {
                d.error(e.ref(), "blank `" + e.name() + "` is not in the `text`; write `{{" + e.name() + "}}` where it goes, or remove it"
                        + Suggest.didYouMean(e.name(), seen));
            }
        }
        return Optional.of(new Cloze(s.id(), s.prompt(), s.explanation(), s.tags(), text.get(), blanks, s.ref()));
    }

    private static Optional<Blank> blank(YamlMap.Entry e, YamlMap b) {
        Diagnostics d = b.diagnostics();
        List<String> accepted = b.textList("answers").stream().map(YamlMap.Located::value).toList();
        Optional<Double> number = b.number("number", false);
        double tolerance = b.number("tolerance", false).orElse(0.0);
        boolean ok = true;
        if (b.has("answers") && b.has("number")) {
            d.error(e.ref(), "blank `" + e.name() + "` has both `answers:` and `number:`; a blank takes text answers or a number, not both");
            ok = false;
        } else if (accepted.isEmpty() && number.isEmpty() && !b.has("number")) {
            d.error(e.ref(), "blank `" + e.name() + "` has no answers; give the accepted answers (`answers: [weights, parameters]`)"
                    + " or a number (`number: 50` with an optional `tolerance: 5`)");
            ok = false;
        }
        if (b.has("tolerance") && !b.has("number")) {
            d.error(b.refOf("tolerance"), "`tolerance` of blank `" + e.name() + "` needs a `number:` to be a tolerance of");
            ok = false;
        }
        if (tolerance < 0) {
            d.error(b.refOf("tolerance"), "`tolerance` must be 0 or more, found " + KindYaml.fmt(tolerance));
            ok = false;
        }
        return ok ? Optional.of(new Blank(e.name(), accepted, number.orElse(null), tolerance, e.ref())) : Optional.empty();
    }

    public Optional<Response> readResponse(Cloze q, YamlMap c, Node value, String what) {
        Optional<YamlMap> map = c.child(value, q.blankIds(), what + " (a mapping from blank to answer)");
        if (map.isEmpty()) return Optional.empty();
        Map<String, String> parts = new LinkedHashMap<>();
        for (String id : q.blankIds()) map.get().node(id).flatMap(n -> map.get().scalarText(n, "blank `" + id + "` in " + what))
                .ifPresent(t -> parts.put(id, t));
        return Optional.of(new Response.Parts(parts));
    }

    public void check(Cloze q, Diagnostics diagnostics) {
        if (q.blanks().isEmpty()) {
            diagnostics.error(q.ref(), "cloze question `" + q.id() + "` has no blanks; mark each one in `text` as `{{id}}` and list it under `blanks:`");
        }
    }

    public List<String> unknownIds(Cloze q, Response r) {
        if (!(r instanceof Response.Parts p)) return List.of();
        Set<String> known = Set.copyOf(q.blankIds());
        return p.parts().keySet().stream().filter(id -> !known.contains(id)).toList();
    }

    public List<String> responseIds(Cloze q) { return q.blankIds(); }

    /**
     * The mean of the blanks' scores (a plain left-to-right sum, as in the browser); 0 for a response
     * of another kind, or one naming a blank the question does not have. An empty blank scores 0.
     */
    public double grade(Cloze q, Response r) {
        if (!(r instanceof Response.Parts p) || q.blanks().isEmpty() || !unknownIds(q, r).isEmpty()) return 0;
        double sum = 0;
        for (Blank b : q.blanks()) sum += blankScore(b, p.parts().get(b.id()));
        return sum / q.blanks().size();
    }

    static double blankScore(Blank b, String given) {
        if (given == null) return 0;
        if (b.number() == null) return AnswerKinds.accepts(b.accepted(), given);
        // White space as the normalizer and the browser define it (not String.strip(), whose set differs).
        int start = 0;
        int end = given.length();
        while (start < end && TextNormalizer.isSpace(given.charAt(start))) start++;
        while (end > start && TextNormalizer.isSpace(given.charAt(end - 1))) end--;
        String s = given.substring(start, end);
        if (!NUMBER.matcher(s).matches()) return 0;
        double value = Double.parseDouble(s);
        if (!Double.isFinite(value)) return 0;
        double d = Math.abs(value - b.number());
        double slack = Grader.EPSILON * Math.max(Math.abs(b.number()), b.tolerance());
        return d <= b.tolerance() + slack ? 1 : 0;
    }

    public List<String> clientKeys() { return List.of("blanks"); }

    public void writeClient(Cloze q, ObjectNode out) {
        ArrayNode blanks = out.putArray("blanks");
        for (Blank b : q.blanks()) {
            ObjectNode n = blanks.addObject();
            n.put("id", b.id());
            if (b.number() == null) {
                b.accepted().forEach(n.putArray("accepted")::add);
            } else {
                n.put("number", b.number());
                n.put("tolerance", b.tolerance());
            }
        }
    }

    public Cloze readClient(String id, JsonFields f, SourceRef ref) {
        List<Blank> blanks = new ArrayList<>();
        for (JsonNode node : f.array("blanks")) {
            JsonFields b = JsonFields.of(node, f.context() + " blank");
            b = b.named(f.context() + " blank `" + b.string("id") + "`");
            if (node.has("accepted")) {
                b.allow("id", "accepted");
                blanks.add(new Blank(b.string("id"), b.strings("accepted"), null, 0, ref));
            } else {
                b.allow("id", "number", "tolerance");
                blanks.add(new Blank(b.string("id"), List.of(), b.number("number"), b.number("tolerance"), ref));
            }
        }
        return new Cloze(id, null, null, io.coursegen.model.Tags.none(), null, blanks, ref);
    }

    public String template() { return "widgets/quiz/questions/cloze.jte"; }

    /**
     * The text rendered once, with a marker in place of each blank, then cut at the markers: the
     * markdown around a blank (emphasis, links, paragraphs) renders as it would without it.
     */
    public View view(Cloze q, QuestionViewContext context) {
        List<BlankView> blanks = new ArrayList<>();
        int n = 0;
        for (Blank b : q.blanks()) {
            blanks.add(new BlankView(b.id(), ++n, q.blanks().size(), b.number() == null ? null : "decimal",
                    b.number() == null ? AnswerKinds.answerText(b.accepted()) : AnswerKinds.answerText(b.number(), b.tolerance(), 0, null)));
        }
        Map<String, BlankView> byId = new LinkedHashMap<>();
        blanks.forEach(b -> byId.put(b.id(), b));
        // A marker no author writes and that markdown and the sanitizer leave alone.
        String marker = "CoursegenBlank" + Integer.toHexString(q.text().hashCode() & 0xffff) + "x";
        StringBuilder md = new StringBuilder();
        Matcher m = BLANK.matcher(q.text());
        List<BlankView> order = new ArrayList<>();
        int last = 0;
        while (m.find()) {
            BlankView b = byId.remove(m.group(1));
            md.append(q.text(), last, m.start());
            if (b != null) {
                md.append(marker).append(order.size()).append('Z');
                order.add(b);
            }
            last = m.end();
        }
        md.append(q.text().substring(last));
        String html = context.block(md.toString());
        List<Segment> segments = new ArrayList<>();
        Matcher at = Pattern.compile(Pattern.quote(marker) + "(\\d+)Z").matcher(html);
        int from = 0;
        while (at.find()) {
            segments.add(new Segment(html.substring(from, at.start()), order.get(Integer.parseInt(at.group(1)))));
            from = at.end();
        }
        segments.add(new Segment(html.substring(from), null));
        return new View(segments, blanks);
    }

    @Override
    public List<String> texts(Cloze q) {
        return List.of(BLANK.matcher(q.text()).replaceAll("…"));
    }
}
