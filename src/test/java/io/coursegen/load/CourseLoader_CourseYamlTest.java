package io.coursegen.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coursegen.model.AnswerSet;
import io.coursegen.model.Course;
import io.coursegen.model.LoadFailures;
import io.coursegen.model.SourceRef;
import io.coursegen.testing.CourseFiles;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** course.yaml: id, title, description, language, sources and answer sets. */
class CourseLoader_CourseYamlTest {
    private static final String C = "content/course.yaml:";

    @TempDir
    Path root;

    private CourseFiles.Loaded load(String courseYaml) {
        CourseFiles.minimal(root);
        CourseFiles.writeString(root, "content/course.yaml", courseYaml);
        return CourseFiles.load(root);
    }

    @Test
    void readsEverything() {
        CourseFiles.Loaded loaded = load("""
                title: Course
                description: About it.
                language: en-GB
                sources:
                  b.txt: Second
                  a.txt: "First: the one"
                answer-sets:
                  approaches:
                    - id: prompting
                      label: Prompting
                    - id: rag
                      label: RAG
                  levels:
                    - {id: low, label: Low}
                """);
        assertEquals(List.of(), loaded.lines());
        Course c = loaded.get();
        assertEquals("Course", c.title());
        assertEquals("About it.", c.description());
        assertEquals("en-GB", c.language());
        assertEquals(List.of("b.txt", "a.txt"), List.copyOf(c.sources().keySet()), "sources keep file order");
        assertEquals(Map.of("a.txt", "First: the one", "b.txt", "Second"), c.sources());
        assertEquals(List.of("approaches", "levels"), c.answerSets().stream().map(AnswerSet::id).toList());
        AnswerSet approaches = c.answerSets().get(0);
        assertEquals(new SourceRef("content/course.yaml", 8, 3), approaches.ref());
        assertEquals(List.of(
                new AnswerSet.Answer("prompting", "Prompting", new SourceRef("content/course.yaml", 9, 7)),
                new AnswerSet.Answer("rag", "RAG", new SourceRef("content/course.yaml", 11, 7))),
                approaches.answers());
        assertEquals(List.of("low"), c.answerSets().get(1).answers().stream().map(AnswerSet.Answer::id).toList());
    }

    @Test
    void anExplicitIdIsTheCourseId() {
        CourseFiles.Loaded loaded = load("id: my-course-2\ntitle: T\ndescription: D\n");
        assertEquals(List.of(), loaded.lines());
        assertEquals("my-course-2", loaded.get().id());
    }

    @Test
    void withoutAnIdTheIdIsDerivedFromTheTitle() {
        CourseFiles.Loaded loaded = load("title: Über Kurs\ndescription: D\n");
        assertEquals(List.of(), loaded.lines());
        assertEquals(CourseIds.fromTitle("Über Kurs"), loaded.get().id());
    }

    @Test
    void badIdsAreErrorsAtTheirValueSayingWhatIsAllowed() {
        String allowed = "expected lower-case letters a-z and digits 0-9 joined by single hyphens, such as `fine-tune-or-prompt`";
        for (String id : List.of("Fine-Tune", "fine_tune", "-fine", "fine-", "fine--tune", "\"fine tune\"", "kurs-über", "a/b")) {
            String shown = id.replace("\"", "");
            assertEquals(List.of(C + "1:5: error: invalid `id` `" + shown + "`: " + allowed),
                    load("id: " + id + "\ntitle: T\ndescription: D\n").lines(), id);
        }
        assertEquals(List.of(C + "3:5: error: `id` is 65 characters long; at most 64 are allowed"),
                load("title: T\ndescription: D\nid: " + "a".repeat(65) + "\n").lines());
        assertEquals(List.of(), load("title: T\ndescription: D\nid: " + "a".repeat(64) + "\n").lines());
        assertEquals(List.of(C + "1:5: error: expected text for `id`, found a list"),
                load("id: [a]\ntitle: T\ndescription: D\n").lines());
        assertEquals(List.of(C + "1:5: error: empty `id`; expected text"),
                load("id: \"\"\ntitle: T\ndescription: D\n").lines());
        assertEquals(List.of(C + "1:5: error: expected text for `id`, but `yes` reads as a YAML boolean; quote it (\"yes\") to mean the text"),
                load("id: yes\ntitle: T\ndescription: D\n").lines());
    }

    @Test
    void languageDefaultsToEnglish() {
        assertEquals("en", load("title: T\ndescription: D\n").get().language());
    }

    @Test
    void validLanguageTags() {
        for (String tag : List.of("de", "fil", "pt-BR", "zh-Hant", "sr-Latn-RS", "de-CH-1901")) {
            CourseFiles.Loaded loaded = load("title: T\ndescription: D\nlanguage: " + tag + "\n");
            // A language coursegen has no catalog for is still a valid choice: it gets the catalog warning only.
            assertEquals(List.of(), withoutCatalogWarning(loaded.lines()), tag);
            assertEquals(tag, loaded.get().language());
        }
        assertEquals(List.of(C + "1:1: warning: no message catalog for language `fil`: the interface shows in English; write i18n/fil.yaml"
                + " (keys as in src/main/resources/io/coursegen/i18n/en.yaml), or use one of en, de, fr, es, pt-BR, ja, zh-Hans, ar"),
                load("title: T\ndescription: D\nlanguage: fil\n").lines());
        assertEquals(List.of(), load("title: T\ndescription: D\nlanguage: de-CH-1901\n").lines(), "German's catalog serves a German variant");
    }

    private static List<String> withoutCatalogWarning(List<String> lines) {
        return lines.stream().filter(l -> !l.contains("warning: no message catalog for language")).toList();
    }

    @Test
    void invalidLanguageTags() {
        for (String tag : List.of("english", "e", "en_GB", "en-", "12", "\"en GB\"")) {
            CourseFiles.Loaded loaded = load("title: T\ndescription: D\nlanguage: " + tag + "\n");
            String shown = tag.replace("\"", "");
            assertEquals(List.of(C + "3:11: error: `language` should be a language tag such as `en` or `en-GB`, found `" + shown + "`"),
                    loaded.lines(), tag);
        }
    }

    @Test
    void languageNoReadsAsBoolean() {
        // Norwegian's tag is `no`, which YAML 1.1 reads as false.
        assertEquals(List.of(C + "3:11: error: expected text for `language`, but `no` reads as a YAML boolean; quote it (\"no\") to mean the text"),
                load("title: T\ndescription: D\nlanguage: no\n").lines());
        CourseFiles.Loaded quoted = load("title: T\ndescription: D\nlanguage: \"no\"\n");
        assertEquals(List.of(), withoutCatalogWarning(quoted.lines()));
        assertEquals("no", quoted.get().language());
    }

    @Test
    void requiredKeysAndUnknownKeys() {
        CourseFiles.Loaded loaded = load("titel: T\nsources: {}\n");
        // The rest of the course still loads, so one run reports every problem; the errors keep it from being built.
        assertTrue(loaded.course().isPresent());
        assertEquals(List.of(
                C + "1:1: error: missing required key `description`",
                C + "1:1: error: unknown key `titel` in course.yaml, expected one of `answer-sets`, `description`, `id`,"
                        + " `issues-url`, `language`, `languages`, `lms`, `quiz-policy`, `remote-images`, `repository`, `sources`, `title`, `version`, `xapi`; did you mean `title`?"),
                loaded.lines());
    }

    @Test
    void courseYamlThatIsNotAMapping() {
        assertEquals(List.of(C + "1:1: error: expected course.yaml as a mapping of keys (such as `title: ...`), found `Just a title`"),
                load("Just a title\n").lines());
    }

    @Test
    void courseYamlSyntaxError() {
        assertEquals(List.of(C + "2:3: error: invalid YAML: `description:` is indented 2 spaces, more than the line above it (0), so YAML reads it"
                + " as the rest of that line's value; indent it 0 spaces like the line above, or deeper only under a key that ends in `:`"),
                load("title: T\n  description: D\n").lines());
        assertEquals(List.of(C + "4:1: error: invalid YAML: a list item `-` among the keys of a mapping; one level holds either"
                        + " `key: value` lines or `- item` lines, not both: put the items under a key that ends in `:`, indented below it"),
                load("title: T\ndescription: D\n\n- x\n").lines());
    }

    @Test
    void sourcesMustBeAMappingOfTitles() {
        assertEquals(List.of(C + "3:10: error: expected `sources` as a mapping of names to values, found a list"),
                load("title: T\ndescription: D\nsources: [a.txt, b.txt]\n").lines());
        assertEquals(List.of(
                C + "4:9: error: expected text for the title of source `a.txt`, found nothing",
                C + "5:10: error: expected text for the title of source `b.txt`, found a list",
                C + "7:3: error: duplicate key `c.txt` in `sources`"),
                load("title: T\ndescription: D\nsources:\n  a.txt:\n  b.txt: [x]\n  c.txt: C\n  c.txt: D\n").lines()
                        .stream().filter(l -> !l.contains("1:1")).toList());
    }

    @Test
    void duplicateSourceKeepsTheFirstTitle() {
        CourseFiles.Loaded loaded = load("title: T\ndescription: D\nsources:\n  c.txt: C\n  c.txt: D\n");
        assertEquals(List.of(C + "5:3: error: duplicate key `c.txt` in `sources`"), loaded.lines());
        assertEquals(Map.of("c.txt", "C"), loaded.get().sources());
    }

    @Test
    void duplicateAnswerId() {
        CourseFiles.Loaded loaded = load("""
                title: T
                description: D
                answer-sets:
                  approaches:
                    - id: rag
                      label: RAG
                    - id: rag
                      label: Retrieval
                """);
        assertEquals(List.of(C + "7:11: error: answer id `rag` is used twice in `approaches`"), loaded.lines());
        // The set is left out whole and recorded as failed, so questions drawing on it are not also reported.
        assertEquals(List.of(), loaded.get().answerSets());
        assertTrue(loaded.get().failures().failed(LoadFailures.Kind.ANSWER_SET, "approaches"));
    }

    @Test
    void answerSetShapes() {
        assertEquals(List.of(
                C + "4:3: error: expected answer set `empty` as a list of `- id: ...` / `label: ...` entries",
                C + "5:3: error: expected answer set `scalar` as a list of `- id: ...` / `label: ...` entries",
                C + "7:7: error: expected an answer of `items` as a mapping of keys (such as `id: ...`), found `just-an-id`",
                C + "8:7: error: missing required key `label`",
                C + "9:7: error: unknown key `lable` in an answer of `items`, expected one of `id`, `label`; did you mean `label`?",
                C + "11:12: error: expected text for `id`, but `yes` reads as a YAML boolean; quote it (\"yes\") to mean the text",
                C + "12:22: error: empty `label`; expected text",
                C + "13:25: error: duplicate key `id` (first given on line 13)",
                C + "14:3: error: duplicate key `items` in `answer-sets`"),
                load("""
                        title: T
                        description: D
                        answer-sets:
                          empty: []
                          scalar: a, b
                          items:
                            - just-an-id
                            - id: a
                            - lable: x
                              id: b
                            - {id: yes, label: Y}
                            - {id: c, label: ""}
                            - {id: d, label: D, id: e}
                          items:
                            - id: z
                              label: Z
                        """).lines());
    }

    @Test
    void answerSetsMustBeAMapping() {
        assertEquals(List.of(C + "4:3: error: expected `answer-sets` as a mapping of names to values, found a list"),
                load("title: T\ndescription: D\nanswer-sets:\n  - id: a\n    label: A\n").lines());
    }

    @Test
    void errorsInCourseYamlDoNotHideErrorsElsewhere() {
        CourseFiles.minimal(root);
        CourseFiles.writeString(root, "content/course.yaml", "title: [T]\n");
        CourseFiles.writeString(root, "content/01-intro/02-b.md", "---\nsummary: S\n---\n");
        assertEquals(List.of(
                "content/01-intro/02-b.md:1:1: error: lesson has no title: add `title: ...` to its front matter or start it with a `# Heading`",
                C + "1:1: error: missing required key `description`",
                C + "1:8: error: expected text for `title`, found a list"),
                CourseFiles.check(root));
    }
}
