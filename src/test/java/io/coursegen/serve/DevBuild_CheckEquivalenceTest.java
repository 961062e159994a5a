package io.coursegen.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coursegen.render.Assets;
import io.coursegen.render.Templates;
import io.coursegen.testing.CourseFiles;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * serve checks incrementally (io.coursegen.check.IncrementalCheck): after each edit it runs the rules
 * of the changed lessons only, keeping the other lessons' results. Here random edits of lessons and
 * quizzes (headings that links point at, links between lessons, cited sources, quiz references and
 * embeds, glossary references, front matter that breaks and heals) are made one at a time, and after
 * each, the problems serve reports must equal those of a full load and check of the files on disk.
 */
class DevBuild_CheckEquivalenceTest {
    private static final int MODULES = 2;
    private static final int LESSONS = 4;
    private static final List<String> HEADINGS = List.of("Alpha", "Beta", "Gamma");
    private static final Pattern CHECKED = Pattern.compile("\\((\\d+) of (\\d+) lessons checked\\)");

    @TempDir
    Path root;

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void everyEditGivesTheProblemsOfAFullCheck(long seed) {
        Random random = new Random(seed);
        CourseFiles.write(root, """
                -- content/course.yaml --
                title: T
                description: D
                sources:
                  s1: Source one
                  s2: Source two
                -- content/glossary/alpha.md --
                ---
                term: Alpha term
                definition: The first term.
                ---
                Body.
                """);
        for (int m = 1; m <= MODULES; m++) {
            CourseFiles.writeString(root, "content/0" + m + "-m" + m + "/module.yaml", "title: M" + m + "\nsummary: S\n");
            for (int l = 1; l <= LESSONS; l++) CourseFiles.writeString(root, lessonPath(m, l), lesson(random, m, l, true));
        }
        CourseFiles.writeString(root, "quizzes/q1.yaml", quiz("q1", true));
        CourseFiles.writeString(root, "quizzes/q2.yaml", quiz("q2", true));

        DevBuild build = new DevBuild(root, Templates.precompiled(), () -> {
            throw new AssertionError("no template is edited here");
        }, null, Assets::bundled);
        assertEquals(fullCheck(), build.full().problems(), "first build");

        int partial = 0;
        for (int edit = 0; edit < 60; edit++) {
            String path;
            if (random.nextInt(8) == 0) {
                path = "quizzes/q2.yaml";
                CourseFiles.writeString(root, path, quiz("q2", random.nextInt(3) > 0));
            } else {
                int m = 1 + random.nextInt(MODULES);
                int l = 1 + random.nextInt(LESSONS);
                path = lessonPath(m, l);
                // Most edits keep a lesson's headings, as most real edits do; the others change what links can point at.
                CourseFiles.writeString(root, path, lesson(random, m, l, random.nextInt(4) == 0));
            }
            DevBuild.Outcome o = build.update(Set.of(root.resolve(path)), false);
            assertEquals(fullCheck(), o.problems(), "after edit " + edit + " of " + path + " (seed " + seed + ")");
            Matcher checked = CHECKED.matcher(o.timings());
            assertTrue(checked.find(), o.timings());
            if (Integer.parseInt(checked.group(1)) < Integer.parseInt(checked.group(2))) partial++;
        }
        // The point of the incremental check: most edits re-check fewer lessons than the course has.
        assertTrue(partial > 20, "edits that kept other lessons' results: " + partial);
    }

    private List<Problem> fullCheck() {
        return CourseFiles.load(root).diagnostics().sorted().stream().map(Problem::of).toList();
    }

    private static String lessonPath(int m, int l) {
        return "content/0" + m + "-m" + m + "/0" + l + "-l" + l + ".md";
    }

    /** Each lesson's headings, kept between edits unless an edit changes them. */
    private final Map<String, List<String>> headings = new HashMap<>();

    /** A lesson with random links, citations and references, some of them broken, and new headings if {@code newHeadings}. */
    private String lesson(Random random, int m, int l, boolean newHeadings) {
        if (random.nextInt(12) == 0) return "---\ntitle: [unclosed\n---\nBroken front matter.\n";
        if (newHeadings || !headings.containsKey(lessonPath(m, l))) {
            headings.put(lessonPath(m, l), HEADINGS.stream().filter(h -> random.nextInt(3) > 0).toList());
        }
        StringBuilder s = new StringBuilder("---\ntitle: L" + m + l + "\nsummary: S\n");
        s.append("sources: [").append(pick(random, "s1", "s2", "s9")).append("]\n");
        if (random.nextBoolean()) s.append("quiz: ").append(pick(random, "q1", "q2", "q3")).append('\n');
        s.append("---\nIntro.\n\n");
        for (String h : headings.get(lessonPath(m, l))) s.append("## ").append(h).append("\n\nText under ").append(h).append(".\n\n");
        for (int i = random.nextInt(4); i > 0; i--) {
            int tm = 1 + random.nextInt(MODULES);
            int tl = 1 + random.nextInt(LESSONS + 1); // one past the last: a lesson that does not exist
            String anchor = random.nextBoolean() ? "" : "#" + pick(random, "alpha", "beta", "gamma", "delta");
            s.append("See [there](../0").append(tm).append("-m").append(tm).append("/0").append(tl).append("-l").append(tl)
                    .append(".md").append(anchor).append(").\n\n");
        }
        if (random.nextInt(3) == 0) s.append("{{quiz ").append(pick(random, "q1", "q2", "q4")).append("}}\n\n");
        if (random.nextInt(3) == 0) s.append("A [term](term:").append(pick(random, "alpha", "beta")).append(").\n\n");
        if (random.nextInt(6) == 0) s.append("{{tree ").append(pick(random, "t1", "t2")).append("}}\n\n");
        return s.toString();
    }

    private static String quiz(String id, boolean valid) {
        if (!valid) return "id: " + id + "\ntitle: [unclosed\n";
        return "id: " + id + "\ntitle: Quiz " + id + "\nquestions:\n  - id: " + id + "-a\n    type: true-false\n"
                + "    prompt: Is this true?\n    answer: true\nchecks:\n  - name: right\n    responses: {" + id + "-a: true}\n    score: 1.0\n";
    }

    private static String pick(Random random, String... options) {
        return options[random.nextInt(options.length)];
    }
}
