package io.coursegen.hostile;

import static io.coursegen.hostile.Hostile.check;
import static io.coursegen.hostile.Hostile.course;
import static io.coursegen.hostile.Hostile.lesson;
import static io.coursegen.hostile.Hostile.withBody;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coursegen.pipeline.BuildOptions;
import io.coursegen.pipeline.BuildResult;
import io.coursegen.pipeline.SiteBuilder;
import io.coursegen.cli.Main;
import io.coursegen.render.Templates;
import io.coursegen.testing.CourseFiles;
import io.coursegen.testing.Trees;
import io.coursegen.write.SiteWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * File system: nothing outside the course is read, nothing outside the output folder is written, a
 * failed write leaves the previous site byte-identical with no staging folder, and the output does not
 * depend on the machine's time zone, locale, file encoding or the order files were created in.
 */
class Hostile_FileSystemTest {
    @TempDir
    Path dir;

    private static final String LESSON = "content/01-intro/02-x.md";

    @Test
    void f01_linkClimbingOutOfTheCourse() {
        assertEquals(List.of(LESSON + ":5:5: error: link `../../../etc/passwd` points outside the project; keep linked files under content/"),
                check(lesson(dir, withBody("[x](../../../etc/passwd)\n"))));
    }

    @Test
    void f02_imageClimbingOutOfTheCourse() {
        assertEquals(List.of(LESSON + ":5:6: error: image `../../pom.xml` points outside content/; keep linked files under content/"),
                check(lesson(dir, withBody("![x](../../pom.xml)\n"))));
    }

    @Test
    void f03_absolutePath() {
        assertEquals(List.of(LESSON + ":5:5: error: link `/etc/passwd` starts with `/`; use a path relative to this file,"
                + " so the site works from file:// and under any sub-path"), check(lesson(dir, withBody("[x](/etc/passwd)\n"))));
    }

    @Test
    void f04_fileUrl() {
        assertEquals(List.of(LESSON + ":5:5: error: link `file:///etc/passwd` uses a scheme that is not allowed; use http:, https:, mailto: or a relative path"),
                check(lesson(dir, withBody("[x](file:///etc/passwd)\n"))));
    }

    @Test
    void f05_imageThatIsASymlinkOutOfTheCourse() throws IOException {
        Path root = lesson(dir.resolve("p"), withBody("![x](images/secret.png)\n"));
        Path secret = CourseFiles.writeString(dir, "outside/secret.png", "not part of the course");
        Files.createDirectories(root.resolve("content/01-intro/images"));
        Files.createSymbolicLink(root.resolve("content/01-intro/images/secret.png"), secret);
        assertEquals(List.of(LESSON + ":5:6: error: image `images/secret.png`: `secret.png` is a symbolic link that leads outside the project; copy the file in instead"),
                check(root));
    }

    @Test
    void f06_imageInASymlinkedFolderOutOfTheCourse() throws IOException {
        Path root = lesson(dir.resolve("p"), withBody("![x](images/secret.png)\n"));
        CourseFiles.writeString(dir, "outside/secret.png", "not part of the course");
        Files.createSymbolicLink(root.resolve("content/01-intro/images"), dir.resolve("outside"));
        assertEquals(List.of(LESSON + ":5:6: error: image `images/secret.png`: `images` is a symbolic link that leads outside the project; copy the file in instead"),
                check(root));
    }

    @Test
    void f07_lessonThatIsASymlinkOutOfTheCourse() throws IOException {
        Path root = CourseFiles.minimal(dir.resolve("p"));
        Path outside = CourseFiles.writeString(dir, "outside/notes.md", withBody("Private notes\n"));
        Files.createSymbolicLink(root.resolve(LESSON), outside);
        assertEquals(List.of(LESSON + ":1:1: error: `02-x.md` is a symbolic link that leads outside the project; copy the file in instead"),
                check(root));
    }

    @Test
    void f08_moduleFolderThatIsASymlinkOutOfTheCourse() throws IOException {
        Path root = CourseFiles.minimal(dir.resolve("p"));
        CourseFiles.write(dir, "-- outside/module.yaml --\ntitle: M\nsummary: S\n-- outside/01-a.md --\n" + withBody("Elsewhere\n"));
        Files.createSymbolicLink(root.resolve("content/02-more"), dir.resolve("outside"));
        assertEquals(List.of("content/02-more:1:1: error: `02-more` is a symbolic link that leads outside the project; copy the file in instead"),
                check(root));
    }

    @Test
    void f09_symlinkLoop() throws IOException {
        Path root = CourseFiles.minimal(dir.resolve("p"));
        Files.createSymbolicLink(root.resolve("content/01-intro/03-a.md"), root.resolve("content/01-intro/04-b.md"));
        Files.createSymbolicLink(root.resolve("content/01-intro/04-b.md"), root.resolve("content/01-intro/03-a.md"));
        assertEquals(List.of(
                "content/01-intro/03-a.md:1:1: error: `03-a.md` is a symbolic link loop",
                "content/01-intro/04-b.md:1:1: error: `04-b.md` is a symbolic link loop"), check(root));
    }

    @Test
    void f10_symlinkThatStaysInsideTheProjectIsFine() throws IOException {
        Path root = lesson(dir.resolve("p"), withBody("![x](images/alias.png)\n"));
        CourseFiles.writeString(root, "content/01-intro/images/real.png", "png");
        Files.createSymbolicLink(root.resolve("content/01-intro/images/alias.png"), Path.of("real.png"));
        assertEquals(List.of(), check(root));
    }

    @Test
    void f11_twoLessonsMappingToOneOutputFile() {
        Path root = course(dir, "-- content/01-intro/02-first.md --\n" + withBody("Again\n"));
        assertEquals(List.of("content/01-intro/02-first.md:1:1: error: lesson slug `first` is also used by `content/01-intro/01-first.md`;"
                + " both would be written to intro/first.html, rename one file"), check(root));
    }

    /** `First.md` and `first.md` would be one file on a case-insensitive disk: slugs are lower case only. */
    @Test
    void f12_lessonsDifferingOnlyInCase() {
        Path root = course(dir, "-- content/01-intro/02-First.md --\n" + withBody("Again\n"));
        assertEquals(List.of("content/01-intro/02-First.md:1:1: error: lesson file `02-First.md` should be named NN-slug.md or slug.md, lower-case words joined by hyphens, such as `01-why-prompting.md`"),
                check(root));
    }

    @Test
    void f13_modulesDifferingOnlyInCase() {
        Path root = course(dir, "-- content/02-Intro/module.yaml --\ntitle: M\nsummary: S\n");
        assertEquals(List.of("content/02-Intro/:1:1: error: folder `02-Intro` is not a module: name module folders NN-slug or slug, lower-case words joined by hyphens, such as `01-getting-started`"),
                check(root));
    }

    @Test
    void f13b_twoModulesMappingToOneOutputFolder() {
        Path root = course(dir, "-- content/02-intro/module.yaml --\ntitle: M\nsummary: S\n-- content/02-intro/01-other.md --\n" + withBody("B\n"));
        assertEquals(List.of("content/02-intro/module.yaml:1:1: error: module slug `intro` is also used by `content/01-intro/`;"
                + " both would be written to intro/, rename one folder"), check(root));
    }

    @Test
    void f14_dangerousOutValues() throws IOException {
        Path root = CourseFiles.minimal(dir.resolve("p"));
        Files.createDirectories(root.resolve("src"));
        for (String out : List.of("/", root.toString(), root.resolve("content").toString(), root.resolve("src/main").toString(),
                root.getParent().toString(), root.resolve("content/..").toString())) {
            Captured c = capture("build", "--project", root.toString(), "--out", out);
            assertEquals(1, c.code, out);
            assertTrue(c.err.startsWith("coursegen: error: refusing to write the site "), out + ": " + c.err);
        }
        assertTrue(Files.exists(root.resolve("content/course.yaml")));
    }

    @Test
    void f15_outFolderThatCoursegenDidNotMake() throws IOException {
        Path root = CourseFiles.minimal(dir.resolve("p"));
        Path docs = Files.createDirectories(dir.resolve("documents"));
        Files.writeString(docs.resolve("thesis.txt"), "precious");
        Captured c = capture("build", "--project", root.toString(), "--out", docs.toString());
        assertEquals(1, c.code);
        assertEquals("coursegen: error: write: refusing to replace `" + docs + "`: it is not empty and was not made by coursegen"
                + " (no .coursegen-site file); choose another --out folder or empty it; the previous site was left as it was\n", c.err);
        assertEquals("precious", Files.readString(docs.resolve("thesis.txt")));
    }

    @Test
    void f16_outFolderBelowAFile() throws IOException {
        Path root = CourseFiles.minimal(dir.resolve("p"));
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        Captured c = capture("build", "--project", root.toString(), "--out", file.resolve("site").toString());
        assertEquals(1, c.code);
        assertEquals("coursegen: error: write: cannot write `" + file + "`: a file is in the way; the previous site was left as it was\n", c.err);
    }

    /** As root, chmod 000 does not stop reading; then a folder where the file should be stands in. */
    @Test
    void f17_unreadableFile() throws IOException {
        Path root = CourseFiles.minimal(dir.resolve("p"));
        Path module = root.resolve("content/01-intro/module.yaml");
        Files.setPosixFilePermissions(module, PosixFilePermissions.fromString("---------"));
        if (!Files.isReadable(module)) {
            List<String> lines = check(root);
            assertEquals(1, lines.size(), lines.toString());
            assertTrue(lines.get(0).startsWith("content/01-intro/module.yaml:1:1: error: cannot read file: "), lines.get(0));
        } else {
            Files.delete(module);
            Files.createDirectories(module);
            assertEquals(List.of("content/01-intro/module.yaml:1:1: error: `module.yaml` is not a regular file; make it a file with `title` and `summary`"),
                    check(root));
        }
    }

    /** The disk fills up after a few files: the previous site stays byte for byte, and no staging folder remains. */
    @Test
    void f18_outputThatFillsUpPartWay() throws IOException {
        Path root = CourseFiles.minimal(dir.resolve("p"));
        Path out = dir.resolve("site");
        assertEquals(0, Main.run("build", "--project", root.toString(), "--out", out.toString()));
        Map<String, String> before = Trees.fingerprint(out);
        CourseFiles.writeString(root, LESSON, withBody("A new lesson\n"));
        AtomicInteger written = new AtomicInteger();
        SiteWriter.Sink full = new SiteWriter.Sink() {
            @Override
            public void write(Path dest, byte[] bytes) throws IOException {
                if (written.incrementAndGet() > 3) throw new IOException("No space left on device");
                SiteWriter.FILES.write(dest, bytes);
            }

            @Override
            public void copy(Path source, Path dest) throws IOException {
                throw new IOException("No space left on device");
            }
        };
        BuildResult r = new SiteBuilder(new BuildOptions(root, out, Optional.empty(), true, full), Templates.precompiled()).build();
        assertEquals("write: No space left on device; the previous site was left as it was", r.failure());
        // Pages are written from several threads, so a few more writes may be tried after the first failure.
        assertTrue(written.get() > 3, "the disk filled part-way through: " + written.get());
        assertEquals(before, Trees.fingerprint(out));
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(List.of("p", "site"), s.map(p -> p.getFileName().toString()).sorted().toList(), "no staging folder left");
        }
    }

    @Test
    void f19_outputFolderThatCannotBeWritten() throws IOException {
        Path root = CourseFiles.minimal(dir.resolve("p"));
        Path parent = Files.createDirectories(dir.resolve("locked"));
        Files.setPosixFilePermissions(parent, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            Assumptions.assumeFalse(Files.isWritable(parent), "running as root: permissions do not stop writes (f18 covers failed writes)");
            Captured c = capture("build", "--project", root.toString(), "--out", parent.resolve("site").toString());
            assertEquals(1, c.code);
            assertTrue(c.err.startsWith("coursegen: error: write: cannot write `" + parent), c.err);
            assertTrue(c.err.contains("permission denied") || c.err.contains("Permission denied"), c.err);
        } finally {
            Files.setPosixFilePermissions(parent, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    /**
     * The same course built in this JVM and in another one with a far time zone, the Turkish locale
     * (where "I".toLowerCase() is not "i"), Latin-1 as default encoding, and its files created in the
     * reverse order: byte-identical sites.
     */
    @Test
    void f20_buildsUnderOtherTimeZoneLocaleEncodingAndFileOrderAreByteIdentical() throws Exception {
        List<String[]> files = new ArrayList<>();
        Path golden = Path.of("src/test/resources/golden/course");
        try (Stream<Path> s = Files.walk(golden)) {
            for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
                files.add(new String[] {golden.relativize(p).toString(), p.toString()});
            }
        }
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        for (String[] f : files) copy(Path.of(f[1]), a.resolve(f[0]));
        for (int i = files.size() - 1; i >= 0; i--) copy(Path.of(files.get(i)[1]), b.resolve(files.get(i)[0]));
        CourseFiles.writeString(a, "content/01-basics/03-case.md", withBody("## Istanbul İ ı I i\n\nDate-like 2024-03-31T02:30 and 1.5\n"));
        CourseFiles.writeString(b, "content/01-basics/03-case.md", withBody("## Istanbul İ ı I i\n\nDate-like 2024-03-31T02:30 and 1.5\n"));
        assertEquals(0, Main.run("build", "--project", a.toString(), "--out", dir.resolve("site-a").toString()));
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.timezone=Pacific/Kiritimati", "-Duser.language=tr", "-Duser.country=TR", "-Dfile.encoding=ISO-8859-1",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "build", "--project", b.toString(), "--out", dir.resolve("site-b").toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("fork.log").toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "forked build finished");
        assertEquals(0, p.exitValue(), Files.readString(dir.resolve("fork.log")));
        assertEquals(Trees.fingerprint(dir.resolve("site-a")), Trees.fingerprint(dir.resolve("site-b")));
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        Files.copy(from, to);
    }

    private record Captured(int code, String out, String err) {}

    static Captured capture(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = Main.run(args);
            return new Captured(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }
}
