package io.coursegen.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coursegen.model.quiz.Question;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Dispatch on question kinds is total: every concrete class implementing {@link Question} among
 * coursegen's compiled classes has exactly one registered {@link QuestionKind}; every kind has its
 * partial under {@code templates/widgets/quiz/questions/} and an entry in the behaviour tables of
 * {@code quiz.js} and {@code quiz-grading.js}. A question record without a kind, or a kind left out
 * of a table, fails here rather than at run time in a branch that fell through to a default.
 */
class QuestionKinds_TotalityTest {

    @Test
    void everyQuestionRecordHasExactlyOneKind() throws IOException, URISyntaxException {
        Path classes = Path.of(Question.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Set<String> records = new TreeSet<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(f).toString().replace('/', '.').replace('\\', '.').replaceFirst("\\.class$", "");
                if (!name.startsWith("io.coursegen.")) continue;
                Class<?> c;
                try {
                    c = Class.forName(name, false, getClass().getClassLoader());
                } catch (ClassNotFoundException | LinkageError e) {
                    continue;
                }
                if (Question.class.isAssignableFrom(c) && !c.isInterface() && !Modifier.isAbstract(c.getModifiers())) {
                    records.add(c.getName());
                }
            }
        }
        assertTrue(records.size() >= 7, "found the question records: " + records);
        Set<String> handled = QuestionKinds.ALL.stream().map(k -> k.type().getName()).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(records, handled, "question records and registered kinds must match one to one");
        assertEquals(QuestionKinds.ALL.size(), handled.size(), "two kinds handle one record");
    }

    @Test
    void everyKindHasItsPartialAndItsEntriesInBothScripts() throws IOException {
        String quizJs = Files.readString(Path.of("src/main/resources/io/coursegen/widget/quiz/quiz.js"));
        String gradingJs = Files.readString(Path.of("src/main/resources/io/coursegen/widget/quiz/quiz-grading.js"));
        for (QuestionKind<?> kind : QuestionKinds.ALL) {
            assertTrue(Files.isRegularFile(Path.of("templates").resolve(kind.template())), kind.key() + ": no template " + kind.template());
            String entry = "\"" + kind.key() + "\":";
            assertTrue(quizJs.contains(entry), kind.key() + ": no entry " + entry + " in quiz.js questionKinds()");
            assertTrue(gradingJs.contains(entry), kind.key() + ": no entry " + entry + " in quiz-grading.js GRADERS");
        }
    }

    @Test
    void keysAreTheDocumentedOnesAndUnknownKeysListThem() {
        assertEquals(List.of("single", "multiple", "true-false", "scenario", "ordering", "numeric", "short", "cloze", "matching"), QuestionKinds.keys());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> QuestionKinds.fromKey("essay", "question `q1`"));
        assertEquals("question `q1`: unknown question type `essay`, expected one of `cloze`, `matching`, `multiple`, `numeric`, `ordering`, `scenario`,"
                + " `short`, `single`, `true-false`", e.getMessage());
    }
}
