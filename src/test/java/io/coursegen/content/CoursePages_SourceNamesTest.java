package io.coursegen.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.coursegen.cli.Main;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped course cites its sources by number and title ("source 001", "Source 001: When to
 * Fine-Tune vs Prompt Engineering"), never by their hashed file names: no built page, search data
 * included, contains one.
 */
class CoursePages_SourceNamesTest {
    private static final Pattern HASHED = Pattern.compile("[0-9]{3}_[0-9a-f]{16}\\.txt");

    @Test
    void noPageShowsAHashedSourceFileName(@TempDir Path out) throws IOException {
        assertEquals(0, Main.run("build", "--project", Path.of("").toAbsolutePath().toString(), "--out", out.toString()));
        List<String> found;
        try (Stream<Path> files = Files.walk(out)) {
            found = files.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".html") || p.toString().endsWith(".js"))
                    .flatMap(p -> {
                        try {
                            var m = HASHED.matcher(Files.readString(p, StandardCharsets.UTF_8));
                            return m.results().map(r -> out.relativize(p) + ": " + r.group());
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    })
                    .collect(Collectors.toList());
        }
        assertEquals(List.of(), found);
    }
}
