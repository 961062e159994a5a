package io.coursegen.pipeline;

import io.coursegen.check.IncrementalCheck;
import io.coursegen.diagnostics.Diagnostic;
import io.coursegen.diagnostics.Diagnostics;
import io.coursegen.load.CourseLoader;
import io.coursegen.model.Course;
import io.coursegen.widget.Widget;
import io.coursegen.widget.Widgets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The load and check stages that {@code build}, {@code check} and {@code serve} all run, in one place.
 * {@code build} and {@code check} make one {@link #full} run; {@code serve} keeps the pipeline between
 * runs and passes the paths that changed to {@link #update} (as Hugo's {@code Build(config, events...)}):
 * a lesson the course has, or any file of a widget's {@link Widget#sources}, is read again on its own,
 * and the check keeps the results of lessons that nothing changed for ({@link IncrementalCheck});
 * anything else (course.yaml, a module.yaml, the glossary, a new or deleted lesson) loads everything.
 * Either way the course and the diagnostics are the ones a full run would give. Not thread-safe.
 */
public final class Pipeline {
    /**
     * One run's result.
     *
     * @param before      the course of the run before, or null for a full load
     * @param course      the course now, or null when it is too broken to check (no {@code course.yaml})
     * @param diagnostics every problem found, from load and check
     * @param changes     what this run read again
     * @param loadNanos   how long loading took, for timings
     * @param checkNanos  how long checking took
     * @param translations the course in each other language of {@code languages:}, checked as the course is
     *                     and against it (empty for a course in one language)
     */
    public record Run(Course before, Course course, Diagnostics diagnostics, Changes changes, long loadNanos, long checkNanos,
            List<Course> translations) {
        public boolean ok() {
            return course != null && !diagnostics.hasErrors();
        }
    }

    /**
     * What a run read again: everything, or some lessons (by path) and some widgets' items (by kind).
     *
     * @param files the project-relative paths the run was given that it acted on, for the terminal
     */
    public record Changes(boolean all, Set<String> lessons, Set<String> widgets, List<String> files) {
        static Changes everything(List<String> files) {
            return new Changes(true, Set.of(), Set.of(), files);
        }
    }

    /** The folders whose files a course is made of; changes elsewhere are not this pipeline's. */
    private static final List<String> SOURCE_ROOTS = sourceRoots();

    private static List<String> sourceRoots() {
        Set<String> roots = new LinkedHashSet<>(List.of("content", io.coursegen.i18n.Catalogs.COURSE_DIR));
        for (Widget<?> w : Widgets.ALL) for (String s : w.sources()) roots.add(s.split("/")[0]);
        return List.copyOf(roots);
    }

    private final Path root;
    private final IncrementalCheck checker = new IncrementalCheck();
    private Course course;
    /** The course's translations, loaded and checked whole on every run (see {@link #update}). */
    private List<Course> translations = List.of();
    /** Load-stage diagnostics by the file they are in, so a file's are replaced when it is read again. */
    private Map<String, List<Diagnostic>> loadDiagnostics = new HashMap<>();
    /** Every file under the source folders at the last full load (project-relative paths). */
    private Set<String> knownFiles = new HashSet<>();

    public Pipeline(Path projectRoot) {
        this.root = projectRoot;
    }

    /** Loads and checks the whole project. */
    public Run full() {
        return full(List.of());
    }

    private Run full(List<String> files) {
        started = System.nanoTime();
        Course before = course;
        Diagnostics d = new Diagnostics();
        CourseLoader.Loaded loaded = CourseLoader.loadAll(root, d);
        course = loaded.course().orElse(null);
        translations = loaded.translations();
        loadDiagnostics = byFile(d.sorted());
        knownFiles = listSources();
        return check(before, Changes.everything(files));
    }

    /**
     * Loads and checks again after the files {@code changed} (absolute paths) changed; {@code overflow}
     * means change events were lost, so everything is read again. Empty when none of the paths is part
     * of the course (a file outside its folders, an editor's temporary file come and gone, a folder).
     */
    public Optional<Run> update(Collection<Path> changed, boolean overflow) {
        // A course in several languages is read whole: an edit of one language's file may change what another falls back to.
        boolean reloadAll = overflow || course == null || !translations.isEmpty();
        List<String> files = new ArrayList<>();
        Set<String> lessons = new LinkedHashSet<>();
        Set<Widget<?>> widgets = new LinkedHashSet<>();
        for (Path abs : changed) {
            String rel = rel(abs);
            if (SOURCE_ROOTS.stream().noneMatch(r -> rel.startsWith(r + "/"))) continue;
            boolean exists = Files.exists(abs);
            if (!exists && !knownFiles.contains(rel)) continue; // an editor's temporary file, come and gone
            if (Files.isDirectory(abs)) continue; // its files are reported on their own
            files.add(rel);
            // A widget's folder is read whole, so a file made in it since the last full load is known from now on.
            boolean known = knownFiles.contains(rel);
            if (exists) knownFiles.add(rel);
            else knownFiles.remove(rel);
            Optional<Widget<?>> owner = owner(rel);
            if (owner.isPresent()) widgets.add(owner.get());
            else if (rel.endsWith(".md") && exists && known) lessons.add(rel);
            else reloadAll = true;
        }
        if (files.isEmpty() && !reloadAll) return Optional.empty();
        started = System.nanoTime();
        if (reloadAll) return Optional.of(full(files));
        Course before = course;
        Course now = course;
        for (String rel : lessons) {
            Diagnostics d = new Diagnostics();
            Optional<Course> reloaded = CourseLoader.reloadLesson(root, now, rel, d);
            if (reloaded.isEmpty()) return Optional.of(full(files)); // not a lesson of a loaded module after all
            now = reloaded.get();
            loadDiagnostics.put(rel, d.sorted());
        }
        Set<String> kinds = new LinkedHashSet<>();
        for (Widget<?> w : widgets) {
            Diagnostics d = new Diagnostics();
            now = CourseLoader.reloadWidget(root, now, w, d);
            loadDiagnostics.keySet().removeIf(path -> owns(w, path));
            byFile(d.sorted()).forEach((path, list) -> loadDiagnostics.merge(path, list, (a, b) -> {
                List<Diagnostic> both = new ArrayList<>(a);
                both.addAll(b);
                return both;
            }));
            kinds.add(w.kind());
        }
        course = now;
        return Optional.of(check(before, new Changes(false, Set.copyOf(lessons), Set.copyOf(kinds), List.copyOf(files))));
    }

    /** When the current run started, for its timings. */
    private long started;

    private Run check(Course before, Changes changes) {
        long checkStart = System.nanoTime();
        Diagnostics all = new Diagnostics();
        loadDiagnostics.values().forEach(list -> list.forEach(all::add));
        // A course with load errors is still checked, so cross-file problems are reported in the same run.
        if (course != null) checker.check(course, root, all);
        if (course != null) {
            for (Course t : translations) {
                new IncrementalCheck().check(t, root, all);
                io.coursegen.check.TranslationChecker.check(course, t, all);
            }
        }
        return new Run(before, course, all, changes, checkStart - started, System.nanoTime() - checkStart, translations);
    }

    /** How many lessons the last run checked, and how many the course has (the rest kept their results). */
    public String checkedLessons() {
        return checker.lessonsChecked() + " of " + checker.lessons() + " lessons checked";
    }

    /** The widget whose sources hold {@code rel}, if any. */
    private static Optional<Widget<?>> owner(String rel) {
        return Widgets.ALL.stream().filter(w -> owns(w, rel)).findFirst();
    }

    private static boolean owns(Widget<?> w, String rel) {
        return w.sources().stream().anyMatch(s -> rel.equals(s) || rel.startsWith(s + "/"));
    }

    private Set<String> listSources() {
        Set<String> files = new HashSet<>();
        for (String dir : SOURCE_ROOTS) {
            Path p = root.resolve(dir);
            if (!Files.isDirectory(p)) continue;
            try (Stream<Path> s = Files.walk(p)) {
                s.filter(Files::isRegularFile).forEach(f -> files.add(rel(f)));
            } catch (IOException e) {
                // An unreadable tree means every change there loads everything, which is still right.
            }
        }
        return files;
    }

    private static Map<String, List<Diagnostic>> byFile(List<Diagnostic> all) {
        Map<String, List<Diagnostic>> map = new HashMap<>();
        for (Diagnostic x : all) map.computeIfAbsent(x.where().path(), k -> new ArrayList<>()).add(x);
        return map;
    }

    private String rel(Path p) {
        return root.relativize(p).toString().replace('\\', '/');
    }
}
