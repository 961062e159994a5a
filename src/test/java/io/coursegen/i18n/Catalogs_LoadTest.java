package io.coursegen.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coursegen.diagnostics.Diagnostic;
import io.coursegen.diagnostics.Diagnostics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading a course's catalog: English fallback, course overrides with their warnings, plurals, the pseudo-locale. */
class Catalogs_LoadTest {
    @TempDir
    Path project;

    private List<String> lines(Diagnostics d) {
        return d.sorted().stream().map(Diagnostic::toString).toList();
    }

    @Test
    void everyEnglishKeyHasANoteForTranslators() {
        Messages en = Messages.english();
        assertTrue(en.texts().size() > 200, "the catalog holds the interface: " + en.texts().size());
        for (String key : en.texts().keySet()) {
            String note = Catalogs.notes().get(key);
            assertTrue(note != null && note.length() > 10, "a translator's note for " + key);
        }
    }

    @Test
    void aCourseOverrideReplacesAKeyAndAnUnknownKeyIsAWarningAtItsPlace() throws IOException {
        Files.createDirectories(project.resolve("i18n"));
        Files.writeString(project.resolve("i18n/en.yaml"), "quiz.check: Check it\nquiz.chek: Typo\nquiz.meta: '{count} questions'\n");
        Diagnostics d = new Diagnostics();
        Messages m = Catalogs.load(project, "en", d);
        assertEquals("Check it", m.t("quiz.check"));
        assertEquals(Messages.english().t("quiz.meta"), m.t("quiz.meta"), "a pattern with other arguments stays English");
        assertEquals(List.of(
                "i18n/en.yaml:2:1: warning: unknown message key `quiz.chek`; did you mean `quiz.check`?; the catalog's keys are those of src/main/resources/io/coursegen/i18n/en.yaml",
                "i18n/en.yaml:3:1: warning: message `quiz.meta` should use the arguments {count}, {pass} as English does, found {count}; it shows in English until that is fixed"),
                lines(d));
    }

    @Test
    void aLanguageWithoutACatalogWarnsOnceAndACourseCatalogForItWarnsOfEachMissingKey() throws IOException {
        Diagnostics none = new Diagnostics();
        Messages nl = Catalogs.load(project, "nl", none);
        assertEquals(Messages.english().t("quiz.check"), nl.t("quiz.check"));
        assertEquals(1, none.sorted().size(), lines(none).toString());
        assertTrue(lines(none).get(0).startsWith("content/course.yaml: warning: no message catalog for language `nl`"), lines(none).get(0));

        Files.createDirectories(project.resolve("i18n"));
        Files.writeString(project.resolve("i18n/nl.yaml"), "quiz.check: Controleer\n");
        Diagnostics d = new Diagnostics();
        Messages own = Catalogs.load(project, "nl", d);
        assertEquals("Controleer", own.t("quiz.check"));
        assertEquals(Messages.english().texts().size() - 1, d.sorted().size(), "one warning per missing key");
        assertTrue(lines(d).contains("i18n/nl.yaml: warning: missing message `quiz.show-answer`: shown in English (\"Show answer\"); add `quiz.show-answer:` with its translation"));
    }

    @Test
    void pluralsFollowTheLanguagesRules() {
        Messages en = Messages.english();
        assertEquals("1 question · pass mark 80%", en.t("quiz.meta", "count", 1, "pass", 80));
        assertEquals("1,001 questions · pass mark 80%", en.t("quiz.meta", "count", 1001, "pass", 80));
        assertEquals("0 items", en.t("tags.count", "count", 0));
    }

    @Test
    void thePseudoLocaleBracketsAndAccentsTextButKeepsTheMessageSyntax() {
        Diagnostics d = new Diagnostics();
        Messages q = Catalogs.load(project, Catalogs.PSEUDO, d);
        assertEquals(List.of(), lines(d));
        assertEquals("[!! Çĥéçķ åñšŵéŕ !!]", q.t("quiz.check"));
        assertEquals("[!! Åļļ {count} ļéššöñš öƒ ţĥîš ɱöđûļé !!]", q.texts().get("nav.all-lessons"));
        assertEquals("[!! Åļļ 12 ļéššöñš öƒ ţĥîš ɱöđûļé !!]", q.t("nav.all-lessons", "count", 12));
        assertEquals("[!! 1 îţéɱ !!]", q.t("tags.count", "count", 1));
        assertEquals("[!! 2 îţéɱš !!]", q.t("tags.count", "count", 2));
    }

    @Test
    void aroundSplitsATextAtItsMarkup() {
        assertEquals(List.of("", " and pick a module from there."), Messages.english().around("notfound.home", "link"));
    }
}
