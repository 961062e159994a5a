package io.coursegen.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Output folders that a build would destroy are refused with a reason. */
class OutputGuard_RefusalTest {
    @TempDir
    Path root;

    @Test
    void refusesTheProjectItsSourceFoldersAndAnythingAbove() {
        assertEquals(Optional.of("refusing to write the site to `" + root.toAbsolutePath() + "`: it holds the project, and a build replaces its output folder whole"),
                OutputGuard.refusal(root, root));
        assertTrue(OutputGuard.refusal(root, root.getParent()).orElseThrow().contains("it holds the project"));
        assertEquals(Optional.of("refusing to write the site to the file system root `/`"), OutputGuard.refusal(root, Path.of("/")));
        for (String folder : new String[] {"content", "templates", "quizzes", "src"}) {
            assertEquals(Optional.of("refusing to write the site into `" + folder + "`: it is inside the project's " + folder + "/ folder"),
                    OutputGuard.refusal(root, root.resolve(folder)));
            assertTrue(OutputGuard.refusal(root, root.resolve(folder).resolve("site")).isPresent());
        }
        assertTrue(OutputGuard.refusal(root, root.resolve("content/../..")).isPresent(), "`..` is normalized first");
    }

    @Test
    void refusesASymlinkThatLeadsIntoTheProject(@TempDir Path outside) throws Exception {
        Path link = outside.resolve("site-link");
        Files.createDirectories(root.resolve("content"));
        Files.createSymbolicLink(link, root.resolve("content"));
        assertTrue(OutputGuard.refusal(root, link).isPresent());
    }

    @Test
    void acceptsOrdinaryOutputFolders() {
        assertEquals(Optional.empty(), OutputGuard.refusal(root, root.resolve("site")));
        assertEquals(Optional.empty(), OutputGuard.refusal(root, root.resolve("public/course")));
        assertEquals(Optional.empty(), OutputGuard.refusal(root, root.resolveSibling("elsewhere")));
    }
}
