package io.coursegen.lms;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.coursegen.model.Course;
import io.coursegen.render.OutputFile;
import io.coursegen.render.view.PageFrame;
import io.coursegen.write.OutputFormat;
import io.coursegen.write.ZipOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.function.Consumer;

/**
 * A SCORM package ({@code build --format scorm12} or {@code scorm2004}): the site, unchanged, in a zip with
 * {@code imsmanifest.xml} at its root and the LMS run-time under {@code lms/}. Every SCO launches
 * {@link #LAUNCH}, a page that finds the LMS's API, holds the one SCORM session of the launch and shows the site
 * in a frame: the site's pages carry no LMS code and work as they do anywhere, and a package opened without an
 * LMS forwards to the site's home page. The run-time (launch.js with lms-logic.js) reads the learner's progress
 * from the site's own store (progress.js) and the quiz widget's {@code coursegen:quiz-check} events.
 */
public final class ScormPackage implements OutputFormat {
    /** The page every SCO launches, with {@code ?sco=ID}. */
    public static final String LAUNCH = "lms/launch.html";
    /** The bundled run-time files, copied into {@code lms/}. */
    static final List<String> RUNTIME = List.of("lms-logic.js", "launch.js", "launch.css");

    private final ScormStandard standard;
    private final Course course;

    /** The format as {@code build --format} lists it, before a course is known. */
    public ScormPackage(ScormStandard standard) {
        this(standard, null);
    }

    private ScormPackage(ScormStandard standard, Course course) {
        this.standard = standard;
        this.course = course;
    }

    @Override
    public String name() {
        return standard.format();
    }

    @Override
    public String description() {
        return standard == ScormStandard.SCORM_12
                ? "a SCORM 1.2 package to upload to an LMS (default: " + name() + ".zip)"
                : "a SCORM 2004 4th Edition package to upload to an LMS (default: " + name() + ".zip)";
    }

    @Override
    public Path defaultOut(Path projectRoot) {
        return projectRoot.resolve(name() + ".zip");
    }

    @Override
    public boolean selfContained() {
        return true;
    }

    @Override
    public OutputFormat forCourse(Course c) {
        return new ScormPackage(standard, c);
    }

    @Override
    public long write(Path out, Consumer<Consumer<OutputFile>> producer) throws IOException {
        if (course == null) throw new IllegalStateException("a SCORM package is written for a course: call forCourse first");
        LmsPlan plan = LmsPlan.of(course);
        Set<String> names = new ConcurrentSkipListSet<>();
        return new ZipOutput().write(out, sink -> {
            Consumer<OutputFile> listed = f -> {
                names.add(f.path());
                sink.accept(f);
            };
            producer.accept(listed);
            for (OutputFile f : runtimeFiles(plan)) listed.accept(f);
            sink.accept(new OutputFile("imsmanifest.xml",
                    ScormManifest.xml(standard, course.id(), course.title(), plan, new TreeSet<>(names)).getBytes(StandardCharsets.UTF_8)));
        });
    }

    @Override
    public Optional<String> recover(Path out) {
        return new ZipOutput().recover(out);
    }

    @Override
    public Optional<String> leftovers(Path out) {
        return new ZipOutput().leftovers(out);
    }

    /** The launch page, the run-time's configuration and its bundled scripts and stylesheet. */
    private List<OutputFile> runtimeFiles(LmsPlan plan) {
        List<OutputFile> files = new java.util.ArrayList<>();
        files.add(OutputFile.html(LAUNCH, launchPage()));
        files.add(new OutputFile("lms/config.js", configScript(plan).getBytes(StandardCharsets.UTF_8)));
        for (String name : RUNTIME) files.add(new OutputFile("lms/" + name, bundled(name)));
        return files;
    }

    private String launchPage() {
        String title = escape(course.title());
        return "<!DOCTYPE html>\n<html lang=\"" + escape(course.language()) + "\" data-course=\"" + escape(course.id()) + "\">\n<head>\n"
                + "<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"" + PageFrame.CSP + "\">\n"
                + "<meta name=\"referrer\" content=\"no-referrer\">\n<title>" + title + "</title>\n"
                + "<link rel=\"stylesheet\" href=\"launch.css\">\n"
                + "<script src=\"config.js\" defer></script>\n<script src=\"lms-logic.js\" defer></script>\n"
                + "<script src=\"launch.js\" defer></script>\n</head>\n<body>\n"
                + "<iframe class=\"lms-frame\" data-cg=\"lms-frame\" title=\"" + title + "\"></iframe>\n"
                + "<noscript><p class=\"lms-noscript\"><a href=\"../index.html\">Open " + title + "</a> (your progress is not"
                + " reported to the learning platform without JavaScript)</p></noscript>\n"
                + "</body>\n</html>\n";
    }

    /**
     * {@code window.CoursegenLmsConfig}: the standard, the course's progress key, every lesson key in order (the
     * order suspend_data's read-lessons bits follow), the mastery share and each SCO's lessons and quizzes.
     */
    String configScript(LmsPlan plan) {
        JsonNodeFactory n = JsonNodeFactory.instance;
        ObjectNode c = n.objectNode();
        c.put("standard", standard.runtime());
        c.put("course", course.id());
        c.put("suspendLimit", standard.suspendLimit());
        RuntimeConfig.putPlan(c, course, plan, "scos");
        return RuntimeConfig.script("The LMS run-time's configuration for this package, written by coursegen.", "CoursegenLmsConfig", c, true);
    }

    static byte[] bundled(String name) {
        try (InputStream in = ScormPackage.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing bundled run-time file io/coursegen/lms/" + name);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
