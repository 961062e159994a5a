package io.coursegen.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.coursegen.cli.Main;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The real course, built by {@code coursegen build} into a directory, plus where
 * to find each {@link PageKind} in it.
 *
 * <p>Modules and lessons are listed in course order, read from the
 * {@code #site-nav} links of the home page and of each module page (so the tests
 * follow the order a reader sees, not the order of file names); when the nav
 * yields nothing the file names are used, sorted.
 */
public final class BuiltSite {

    private final Path root;
    private final List<String> modules;
    private final List<String> lessons;
    private final List<Path> htmlFiles;

    private BuiltSite(Path root, List<String> modules, List<String> lessons, List<Path> htmlFiles) {
        this.root = root;
        this.modules = modules;
        this.lessons = lessons;
        this.htmlFiles = htmlFiles;
    }

    /**
     * Builds the course of the project in the current directory (Maven runs tests
     * in the module's basedir) into {@code out}, emptied first.
     */
    public static BuiltSite build(Path out) {
        Path project = Path.of("").toAbsolutePath();
        deleteRecursively(out);
        int exit = Main.run("build", "--project", project.toString(), "--out", out.toString());
        assertEquals(0, exit, "coursegen build exited with " + exit);
        return open(out);
    }

    private static BuiltSite shipped;

    /**
     * The course this project ships ({@code content/}, {@code quizzes/}), built once per test JVM into
     * {@code target/browser-site/shared-fork<N>/} (N: the surefire fork; forks run at the same time and
     * must not build into each other) and kept there, so that a failing page can be opened by hand.
     * Shared by every test that only reads the build: none may change its files, and a test that needs
     * another build next to it puts it in a folder of its own (which {@link #htmlFiles()} leaves out).
     */
    public static synchronized BuiltSite shipped() {
        if (shipped == null) {
            String fork = System.getProperty("coursegen.fork", "");
            shipped = build(Path.of("target", "browser-site", fork.isBlank() ? "shared" : "shared-" + fork));
        }
        return shipped;
    }

    /** Reads an already built site. */
    public static BuiltSite open(Path root) {
        Path absolute = root.toAbsolutePath().normalize();
        List<String> modules = new ArrayList<>();
        List<String> lessons = new ArrayList<>();
        discoverFromNav(absolute, modules, lessons);
        if (modules.isEmpty() || lessons.isEmpty()) {
            discoverFromFiles(absolute, modules, lessons);
        }
        return new BuiltSite(absolute, List.copyOf(modules), List.copyOf(lessons), listHtmlFiles(absolute));
    }

    public Path root() {
        return root;
    }

    /** The file of a site-relative path. */
    public Path file(String relPath) {
        return root.resolve(relPath);
    }

    /** Module pages in course order, e.g. {@code intro/index.html}. */
    public List<String> modules() {
        return modules;
    }

    /** Lesson pages of all modules in course order, e.g. {@code intro/hello.html}. */
    public List<String> lessons() {
        return lessons;
    }

    /** The site-relative path of the representative page of a kind. */
    public String path(PageKind kind) {
        return switch (kind) {
            case HOME -> "index.html";
            case MODULE -> first(modules, "module page");
            case LESSON -> first(lessonsOf(first(modules, "module page")), "lesson of the first module");
            case NOT_FOUND -> "404.html";
            case QUIZ -> first(quizPages(), "quiz page");
            case GLOSSARY -> "glossary/index.html";
            case TERM -> first(pagesIn("glossary"), "glossary term page");
            case TAGS -> "tags/index.html";
            case TAG -> first(pagesIn("tags"), "tag page");
            case SEARCH -> "search.html?q=fine-tuning";
        };
    }

    /** The pages of a folder without its index, {@code dir/<name>.html}, sorted by file name. */
    public List<String> pagesIn(String dir) {
        Path folder = root.resolve(dir);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(f -> f.endsWith(".html") && !f.equals("index.html"))
                    .sorted()
                    .map(f -> dir + "/" + f)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Quiz pages, {@code quizzes/<quiz>.html} without the index, sorted by file name. */
    public List<String> quizPages() {
        Path dir = root.resolve("quizzes");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(f -> f.endsWith(".html") && !f.equals("index.html"))
                    .sorted()
                    .map(f -> "quizzes/" + f)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lessons, in course order, that embed at least one quiz. */
    public List<String> lessonsWithQuiz() {
        return lessons.stream().filter(l -> {
            try {
                return Files.readString(root.resolve(l)).contains("<section class=\"quiz\"");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList();
    }

    /** Lessons of one module ({@code dir/index.html}), in course order. */
    public List<String> lessonsOf(String modulePath) {
        String dir = modulePath.substring(0, modulePath.lastIndexOf('/') + 1);
        return lessons.stream().filter(l -> l.startsWith(dir)).toList();
    }

    /**
     * Every generated HTML file, sorted, as listed when the site was opened: a folder that a test
     * builds into the shared site later (another build served from the same origin) is not in it.
     */
    public List<Path> htmlFiles() {
        return htmlFiles;
    }

    private static List<Path> listHtmlFiles(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(".html"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String first(List<String> paths, String what) {
        if (paths.isEmpty()) {
            throw new IllegalStateException("the built site has no " + what);
        }
        return paths.get(0);
    }

    private static void discoverFromNav(Path root, List<String> modules, List<String> lessons) {
        Set<String> seenModules = new LinkedHashSet<>();
        Set<String> seenLessons = new LinkedHashSet<>();
        collectNavLinks(root, "index.html", seenModules, seenLessons);
        // Module pages may list lessons the home nav leaves out.
        for (String module : List.copyOf(seenModules)) {
            collectNavLinks(root, module, seenModules, seenLessons);
        }
        modules.addAll(seenModules);
        lessons.addAll(seenLessons);
    }

    private static void collectNavLinks(Path root, String page, Set<String> modules, Set<String> lessons) {
        Path file = root.resolve(page);
        if (!Files.isRegularFile(file)) {
            return;
        }
        Document doc;
        try {
            doc = Jsoup.parse(file.toFile(), "UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Element link : doc.select("#site-nav a[href]")) {
            String target = resolve(page, link.attr("href"));
            if (target == null || !Files.isRegularFile(root.resolve(target))) {
                continue;
            }
            String[] parts = target.split("/");
            if (parts.length != 2 || parts[0].equals("assets")) {
                continue;
            }
            (parts[1].equals("index.html") ? modules : lessons).add(target);
        }
    }

    /** A link's target as a site-relative path, or null when it leaves the site. */
    static String resolve(String fromPage, String href) {
        URI base = URI.create("http://site/" + fromPage);
        URI target;
        try {
            target = base.resolve(href.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (!"site".equals(target.getHost()) || target.getPath() == null) {
            return null;
        }
        String path = target.getPath().substring(1);
        if (path.isEmpty() || path.endsWith("/")) {
            path += "index.html";
        }
        return path;
    }

    private static void discoverFromFiles(Path root, List<String> modules, List<String> lessons) {
        modules.clear();
        lessons.clear();
        try (Stream<Path> dirs = Files.list(root)) {
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                if (dir.getFileName().toString().equals("assets")
                        || !Files.isRegularFile(dir.resolve("index.html"))) {
                    continue;
                }
                String name = dir.getFileName().toString();
                modules.add(name + "/index.html");
                try (Stream<Path> files = Files.list(dir)) {
                    files.map(p -> p.getFileName().toString())
                            .filter(f -> f.endsWith(".html") && !f.equals("index.html"))
                            .sorted()
                            .forEach(f -> lessons.add(name + "/" + f));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
