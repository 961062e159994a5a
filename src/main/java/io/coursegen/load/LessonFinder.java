package io.coursegen.load;

import io.coursegen.diagnostics.Diagnostics;
import io.coursegen.model.SourceRef;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Finds where the lessons, modules and standalone pages of {@code content/} are, before any is read.
 *
 * <ul>
 *   <li>A folder with a {@code module.yaml} is a module.
 *   <li>A folder with a {@code README.md} or {@code index.md} and no {@code module.yaml} is a lesson (a
 *       bundle, as GitHub courses are laid out); {@code index.md} is the lesson if both are there. Its
 *       other files are its own: images, notebooks, code, and markdown files, which are standalone pages.
 *   <li>Any other markdown file where a lesson may be (directly in a module, or in {@code content/}) is a
 *       lesson when its name is numbered ({@code 02-costs.md}) or it starts with front matter; otherwise
 *       ({@code SETUP.md}, {@code notes.md}, every {@code README.md} or {@code index.md}) a standalone page.
 *   <li>Lessons directly in {@code content/}, as files or bundles, make a course of one module, if there
 *       is no module folder.
 * </ul>
 *
 * Names are {@code NN-slug} or {@code slug}; the number only sets the order. Any other folder is plain:
 * its files may be linked, and its markdown files are standalone pages.
 */
final class LessonFinder {
    /** The file names that make a folder a lesson, in order of preference. */
    static final List<String> BUNDLE_FILES = List.of("index.md", "README.md");

    /** A lesson found: its file, its project-relative path and its name (from the file, or from its bundle folder). */
    record FoundLesson(Path file, String path, Slugged name) {}

    /** A module folder found, with its lessons; {@code name} is empty when the folder's name is not a slug. */
    record FoundModule(Path dir, java.util.Optional<Slugged> name, List<FoundLesson> lessons) {}

    /**
     * What {@code content/} holds.
     *
     * @param topLessons   lessons directly in content/, for a course without module folders
     * @param pages        standalone page files
     * @param lessonFiles  every file found in a lesson's place, loaded or not, so that what fails is recorded
     */
    record Found(List<FoundModule> modules, List<FoundLesson> topLessons, List<Path> pages, List<String> lessonFiles) {}

    private final Diagnostics diagnostics;
    private final Function<Path, List<Path>> children;
    private final Function<Path, String> rel;
    private final Set<String> skipped;
    private final List<Path> pages = new ArrayList<>();
    private final List<String> lessonFiles = new ArrayList<>();

    /**
     * @param children lists a folder, sorted by name, leaving out what may not be read
     * @param rel      the path shown to authors
     * @param skipped  folders of content/ that hold other kinds of content
     */
    LessonFinder(Diagnostics diagnostics, Function<Path, List<Path>> children, Function<Path, String> rel, Set<String> skipped) {
        this.diagnostics = diagnostics;
        this.children = children;
        this.rel = rel;
        this.skipped = skipped;
    }

    Found find(Path content) {
        List<FoundModule> modules = new ArrayList<>();
        List<FoundLesson> top = new ArrayList<>();
        for (Path child : children.apply(content)) {
            String name = child.getFileName().toString();
            if (name.startsWith(".")) continue;
            if (Files.isDirectory(child)) {
                if (skipped.contains(name)) continue;
                if (Files.exists(child.resolve("module.yaml"))) {
                    modules.add(module(child));
                } else if (bundleFile(child) != null) {
                    bundle(child).ifPresent(top::add);
                } else {
                    plainTopFolder(child);
                }
            } else if (name.endsWith(".md")) {
                loose(child).ifPresent(top::add);
            }
        }
        if (!modules.isEmpty()) {
            for (FoundLesson l : top) {
                diagnostics.error(SourceRef.file(l.path), "lesson outside a module: this course has module folders (with a module.yaml),"
                        + " so move it into one, such as `content/" + modules.get(0).dir.getFileName() + "/`");
            }
            top = List.of();
        }
        return new Found(List.copyOf(modules), List.copyOf(top), List.copyOf(pages), List.copyOf(lessonFiles));
    }

    private FoundModule module(Path dir) {
        String name = dir.getFileName().toString();
        java.util.Optional<Slugged> slugged = Slugged.of(name);
        if (slugged.isEmpty()) {
            diagnostics.error(SourceRef.file(rel.apply(dir) + "/"), "folder `" + name + "` is not a module: name module folders"
                    + " NN-slug or slug, lower-case words joined by hyphens, such as `01-getting-started`");
        }
        List<FoundLesson> lessons = new ArrayList<>();
        for (Path child : children.apply(dir)) {
            String fileName = child.getFileName().toString();
            if (fileName.startsWith(".")) continue;
            if (Files.isDirectory(child) && !fileName.endsWith(".md")) {
                if (bundleFile(child) != null) bundle(child).ifPresent(lessons::add);
                else pagesIn(child);
            } else if (fileName.endsWith(".md")) {
                if (!Files.isRegularFile(child)) {
                    // A folder or a special file (a FIFO, a device) named like a lesson: say so rather than skip it unseen.
                    diagnostics.warning(SourceRef.file(rel.apply(child)), "`" + fileName + "` is named like a lesson but is "
                            + (Files.isDirectory(child) ? "a folder" : "not a regular file") + ", so it is not read; rename it or"
                            + " make it a lesson file");
                    continue;
                }
                loose(child).ifPresent(lessons::add);
            }
        }
        return new FoundModule(dir, slugged, List.copyOf(lessons));
    }

    /** A markdown file in a lesson's place: a lesson, or a standalone page. */
    private java.util.Optional<FoundLesson> loose(Path file) {
        String fileName = file.getFileName().toString();
        String stem = fileName.substring(0, fileName.length() - 3);
        boolean lessonLike = !BUNDLE_FILES.contains(fileName) && (Slugged.parse(stem).isPresent() || startsWithFrontMatter(file));
        if (!lessonLike) {
            pages.add(file);
            return java.util.Optional.empty();
        }
        String path = rel.apply(file);
        lessonFiles.add(path);
        java.util.Optional<Slugged> name = Slugged.of(stem);
        if (name.isEmpty()) {
            diagnostics.error(SourceRef.file(path), "lesson file `" + fileName + "` should be named NN-slug.md or slug.md,"
                    + " lower-case words joined by hyphens, such as `01-why-prompting.md`");
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new FoundLesson(file, path, name.get()));
    }

    /** A lesson folder: its README.md or index.md is the lesson, its other markdown files are pages. */
    private java.util.Optional<FoundLesson> bundle(Path dir) {
        Path file = bundleFile(dir);
        String path = rel.apply(file);
        lessonFiles.add(path);
        for (Path child : children.apply(dir)) {
            String name = child.getFileName().toString();
            if (name.startsWith(".") || child.equals(file)) continue;
            if (Files.isDirectory(child)) pagesIn(child);
            else if (name.endsWith(".md") && Files.isRegularFile(child)) pages.add(child);
        }
        String name = dir.getFileName().toString();
        java.util.Optional<Slugged> slugged = Slugged.of(name);
        if (slugged.isEmpty()) {
            diagnostics.error(SourceRef.file(rel.apply(dir) + "/"), "lesson folder `" + name + "` should be named NN-slug or slug,"
                    + " lower-case words joined by hyphens, such as `01-getting-started`; its name is the lesson's address");
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new FoundLesson(file, path, slugged.get()));
    }

    /**
     * A folder of content/ that is neither a module nor a lesson. Lesson files in it are reported (it lacks
     * a module.yaml); its other markdown files are pages.
     */
    private void plainTopFolder(Path dir) {
        boolean reported = false;
        for (Path child : children.apply(dir)) {
            String name = child.getFileName().toString();
            if (name.startsWith(".")) continue;
            if (Files.isDirectory(child)) {
                pagesIn(child);
            } else if (name.endsWith(".md") && Files.isRegularFile(child)) {
                String stem = name.substring(0, name.length() - 3);
                if (!BUNDLE_FILES.contains(name) && (Slugged.parse(stem).isPresent() || startsWithFrontMatter(child))) {
                    lessonFiles.add(rel.apply(child));
                    if (!reported) {
                        diagnostics.error(SourceRef.file(rel.apply(dir.resolve("module.yaml"))), "missing module.yaml: each module"
                                + " folder needs one with `title` and `summary` (a folder that is one lesson holds a README.md or index.md instead)");
                        reported = true;
                    }
                } else {
                    pages.add(child);
                }
            }
        }
    }

    /** Every markdown file under {@code dir}, at any depth, as standalone pages. */
    private void pagesIn(Path dir) {
        for (Path child : children.apply(dir)) {
            String name = child.getFileName().toString();
            if (name.startsWith(".")) continue;
            if (Files.isDirectory(child)) pagesIn(child);
            else if (name.endsWith(".md") && Files.isRegularFile(child)) pages.add(child);
        }
    }

    /** The file that makes {@code dir} a lesson, or null. */
    static Path bundleFile(Path dir) {
        for (String name : BUNDLE_FILES) {
            Path f = dir.resolve(name);
            if (Files.isRegularFile(f)) return f;
        }
        return null;
    }

    /** Whether {@code file}'s first line is {@code ---}; a file that cannot be read counts as a lesson, whose read reports it. */
    private static boolean startsWithFrontMatter(Path file) {
        try (java.io.InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(8);
            String s = new String(head, StandardCharsets.UTF_8);
            if (s.startsWith("\uFEFF")) s = s.substring(1);
            return s.startsWith("---\n") || s.startsWith("---\r") || s.equals("---") || s.startsWith("--- ");
        } catch (IOException e) {
            return true;
        }
    }
}
