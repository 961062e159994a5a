package io.coursegen.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Imports a folder of lessons as GitHub courses lay them out: each lesson a folder holding a
 * {@code README.md} (or {@code index.md}) with its images and files. Folders of lesson folders become
 * modules (the folder's own README its first lesson); lesson folders at the top form one module named
 * after the course, which the top README opens. Folders are taken in order of their number
 * ({@code 2-x} before {@code 10-x}), then by name. The course title is the top README's {@code #} heading.
 */
final class FolderImporter implements Importer {
    private static final Pattern NUMBERED = Pattern.compile("^(\\d+)[-_. ]?(.*)$");

    @Override
    public String format() {
        return "folder";
    }

    @Override
    public ImportedCourse read(Path source, ImportReport report) throws IOException, ImportException {
        if (!Files.isDirectory(source)) throw new ImportException(source + ": not a folder");
        Optional<Path> rootReadme = readme(source);
        String title = Markdown.titleFromName(source.toAbsolutePath().normalize().getFileName().toString());
        String description = null;
        if (rootReadme.isPresent()) {
            String text = Markdown.split("README.md", Files.readString(rootReadme.get())).body();
            Matcher h = Pattern.compile("(?m)^#[ \\t]+(.+?)[ \\t#]*$").matcher(text);
            if (h.find()) title = h.group(1).strip();
            Matcher p = Pattern.compile("(?m)^(?![#>|!\\[<\\s-])(\\S.*)$").matcher(text);
            if (p.find()) description = CourseWriter.firstSentence(p.group(1).replaceAll("[*_`]", ""));
        }
        if (description == null) {
            description = "Imported from the folder " + source.toAbsolutePath().normalize().getFileName() + ".";
            report.add("README.md", "no opening paragraph: course description set to \"" + description + "\"");
        }
        List<ImportedCourse.Module> modules = new ArrayList<>();
        List<ImportedCourse.Lesson> top = new ArrayList<>();
        rootReadme.ifPresent(r -> top.add(lesson(r)));
        for (Path dir : folders(source)) {
            List<Path> lessonDirs = folders(dir).stream().filter(d -> readme(d).isPresent()).toList();
            if (!lessonDirs.isEmpty()) {
                List<ImportedCourse.Lesson> lessons = new ArrayList<>();
                readme(dir).ifPresent(r -> lessons.add(lesson(r)));
                for (Path d : lessonDirs) lessons.add(lesson(readme(d).get()));
                modules.add(new ImportedCourse.Module(moduleTitle(dir), lessons));
            } else if (readme(dir).isPresent()) {
                top.add(lesson(readme(dir).get()));
            }
        }
        if (top.size() > (rootReadme.isPresent() ? 1 : 0) || modules.isEmpty()) {
            modules.add(0, new ImportedCourse.Module(title, top));
            report.add(".", "lesson folders at the top became the module \"" + title + "\"" + (rootReadme.isPresent() ? ", opened by README.md" : ""));
        } else if (rootReadme.isPresent()) {
            modules.add(0, new ImportedCourse.Module("Introduction", top));
            report.add("README.md", "became the only lesson of a first module, \"Introduction\"");
        }
        if (modules.stream().allMatch(m -> m.lessons().isEmpty())) {
            throw new ImportException(source + ": no README.md or index.md in it or in its folders; each lesson is a folder with a README.md");
        }
        return new ImportedCourse(title, description, modules.stream().filter(m -> !m.lessons().isEmpty()).toList(), List.of());
    }

    private static ImportedCourse.Lesson lesson(Path readme) {
        try {
            Markdown.Split split = Markdown.split(readme.toString(), Files.readString(readme));
            String title = split.frontMatter().get("title") instanceof String t ? t : null;
            return new ImportedCourse.Lesson(title, readme, split.body());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String moduleTitle(Path dir) {
        return Markdown.titleFromName(dir.getFileName().toString());
    }

    private static Optional<Path> readme(Path dir) {
        for (String n : List.of("README.md", "readme.md", "Readme.md", "index.md")) {
            if (Files.isRegularFile(dir.resolve(n))) return Optional.of(dir.resolve(n));
        }
        return Optional.empty();
    }

    /** The visible sub-folders of {@code dir}, by number then name. */
    static List<Path> folders(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isDirectory).filter(d -> !d.getFileName().toString().startsWith("."))
                    .sorted(Comparator.comparingLong((Path d) -> number(d.getFileName().toString()))
                            .thenComparing(d -> d.getFileName().toString()))
                    .toList();
        }
    }

    private static long number(String name) {
        Matcher m = NUMBERED.matcher(name);
        if (!m.matches()) return Long.MAX_VALUE;
        try {
            return Long.parseLong(m.group(1));
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }
}
