package io.coursegen.scaffold;

import io.coursegen.load.CourseIds;
import io.coursegen.load.CourseLoader;
import io.coursegen.load.Slugged;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code coursegen new}: writes a commented starting file for a course, lesson, quiz, exercise or glossary
 * term in the place the loader looks for it. Never overwrites a file; names must be slugs.
 */
public final class Scaffold {
    /** What {@code new} can create. */
    public enum Kind { COURSE, LESSON, QUIZ, EXERCISE, TERM }

    /** The files written, project-relative with forward slashes, the main one first. */
    public record Created(List<String> files) {}

    /** A request {@code new} refuses, with the message to print. */
    public static final class Refused extends Exception {
        public Refused(String message) {
            super(message);
        }
    }

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final Path root;

    public Scaffold(Path root) {
        this.root = root;
    }

    public Created create(Kind kind, String name, String module) throws Refused, IOException {
        if (!SLUG.matcher(name).matches() || name.length() > 80) {
            throw new Refused("invalid name `" + name + "`: expected a slug, lower-case letters and digits joined by"
                    + " hyphens, such as `serving-costs`");
        }
        if (module != null && kind != Kind.LESSON) throw new Refused("--module applies to lessons only");
        if (kind == Kind.COURSE && name.length() > CourseIds.MAX_LENGTH) {
            throw new Refused("invalid name `" + name + "`: a course id has at most " + CourseIds.MAX_LENGTH + " characters");
        }
        String title = title(name);
        return switch (kind) {
            case COURSE -> new Created(List.of(write("content/course.yaml", Starters.course(name, title))));
            case LESSON -> lesson(name, title, module);
            case QUIZ -> new Created(List.of(write("quizzes/" + name + ".yaml", Starters.quiz(name, title))));
            case EXERCISE -> new Created(List.of(write("content/exercises/" + name + ".yaml", Starters.exercise(name, title))));
            case TERM -> new Created(List.of(write("content/glossary/" + name + ".md", Starters.term(name))));
        };
    }

    private Created lesson(String name, String title, String module) throws Refused, IOException {
        List<Path> modules = modules();
        List<String> written = new ArrayList<>();
        Path dir;
        if (module == null) {
            if (modules.isEmpty()) throw new Refused("the course has no module yet: name one with --module, such as --module getting-started");
            dir = modules.get(modules.size() - 1);
        } else {
            Optional<Slugged> asDir = Slugged.parse(module);
            String slug = asDir.map(Slugged::slug).orElse(module);
            if (!SLUG.matcher(slug).matches()) {
                throw new Refused("invalid module `" + module + "`: expected a module folder such as `01-getting-started` or its slug `getting-started`");
            }
            Optional<Path> existing = modules.stream()
                    .filter(m -> m.getFileName().toString().equals(module) || Slugged.parse(m.getFileName().toString()).orElseThrow().slug().equals(slug))
                    .findFirst();
            if (existing.isPresent()) {
                dir = existing.get();
            } else {
                int next = modules.stream().mapToInt(m -> order(m.getFileName().toString())).max().orElse(0) + 1;
                String dirName = asDir.isPresent() ? module : String.format(Locale.ROOT, "%02d-%s", next, slug);
                dir = root.resolve("content").resolve(dirName);
                written.add(write(rel(dir.resolve("module.yaml")), Starters.module(title(slug))));
            }
        }
        if (lessonSlugs(dir).contains(name)) throw new Refused("module `" + dir.getFileName() + "` already has a lesson `" + name + "`");
        int next = lessonOrders(dir).stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
        String file = rel(dir.resolve(String.format(Locale.ROOT, "%02d-%s.md", next, name)));
        written.add(0, write(file, Starters.lesson(title)));
        return new Created(List.copyOf(written));
    }

    /** The module folders of content/, in order. */
    private List<Path> modules() throws IOException {
        Path content = root.resolve("content");
        if (!Files.isDirectory(content)) return List.of();
        try (Stream<Path> s = Files.list(content)) {
            return s.filter(Files::isDirectory)
                    .filter(p -> !CourseLoader.NON_MODULE_DIRS.contains(p.getFileName().toString()))
                    .filter(p -> Slugged.parse(p.getFileName().toString()).isPresent())
                    .sorted(Comparator.comparingInt((Path p) -> order(p.getFileName().toString())).thenComparing(p -> p.getFileName().toString()))
                    .toList();
        }
    }

    private static int order(String name) {
        return Slugged.parse(name).map(Slugged::order).orElse(0);
    }

    private static List<Slugged> lessons(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".md"))
                    .flatMap(n -> Slugged.parse(n.substring(0, n.length() - 3)).stream()).toList();
        }
    }

    private static List<Integer> lessonOrders(Path dir) throws IOException {
        return lessons(dir).stream().map(Slugged::order).toList();
    }

    private static List<String> lessonSlugs(Path dir) throws IOException {
        return lessons(dir).stream().map(Slugged::slug).toList();
    }

    /** Writes a new file; refuses if it exists. Returns its project-relative path. */
    private String write(String rel, String text) throws Refused, IOException {
        Path file = root.resolve(rel);
        Files.createDirectories(file.getParent());
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            throw new Refused("`" + rel + "` already exists; nothing was written (pick another name, or edit it)");
        }
        return rel;
    }

    private String rel(Path p) {
        return root.relativize(p).toString().replace('\\', '/');
    }

    /** {@code serving-costs} -> {@code Serving costs}. */
    static String title(String slug) {
        String words = slug.replace('-', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
