package io.coursegen.lms;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.coursegen.model.Course;
import io.coursegen.render.OutputFile;
import io.coursegen.write.OutputFormat;
import io.coursegen.write.ZipOutput;
import io.coursegen.xapi.XapiTexts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A cmi5 course package ({@code build --format cmi5}): the site, unchanged, in a zip with {@code cmi5.xml} (the
 * course structure, {@link Cmi5Structure}) at its root and the cmi5 run-time under {@code lms/}. Every AU (one for
 * the course, or one per module, as {@code lms: sco:} says) launches {@link #LAUNCH}{@code ?au=ID}, a page that reads
 * the LMS's launch parameters, holds the AU's session with the LRS and shows the site in a frame, as the SCORM
 * packages' launch page does; opened without them it forwards to the site itself. The run-time is cmi5-launch.js
 * over the shared statement layer (xapi-statements.js, xapi-queue.js) and the SCORM run-time's logic
 * (lms-logic.js: status, score and interactions).
 */
public final class Cmi5Package implements OutputFormat {
    /** The page every AU launches, with {@code ?au=ID}. */
    public static final String LAUNCH = "lms/cmi5.html";
    /**
     * The launch page may talk to whatever LRS the LMS names at launch, which no build can know: any https
     * origin, and plain http on this machine only (an LMS under test).
     */
    public static final String LAUNCH_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self' https: http://localhost:* http://127.0.0.1:*; frame-src 'self'; object-src 'none'; base-uri 'none'; "
            + "form-action 'self'";

    private final Course course;

    /** The format as {@code build --format} lists it, before a course is known. */
    public Cmi5Package() {
        this(null);
    }

    private Cmi5Package(Course course) {
        this.course = course;
    }

    @Override
    public String name() {
        return "cmi5";
    }

    @Override
    public String description() {
        return "a cmi5 course package to import into an LMS (default: cmi5.zip)";
    }

    @Override
    public Path defaultOut(Path projectRoot) {
        return projectRoot.resolve("cmi5.zip");
    }

    @Override
    public boolean selfContained() {
        return true;
    }

    @Override
    public OutputFormat forCourse(Course c) {
        return new Cmi5Package(c);
    }

    @Override
    public long write(Path out, Consumer<Consumer<OutputFile>> producer) throws IOException {
        if (course == null) throw new IllegalStateException("a cmi5 package is written for a course: call forCourse first");
        LmsPlan plan = LmsPlan.of(course);
        return new ZipOutput().write(out, sink -> {
            producer.accept(sink);
            for (OutputFile f : runtimeFiles(plan)) sink.accept(f);
            sink.accept(new OutputFile("cmi5.xml", Cmi5Structure.xml(course, plan).getBytes(StandardCharsets.UTF_8)));
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

    /** The bundled run-time files, in the order the launch page loads the scripts. */
    static final List<String> SCRIPTS = List.of("lms-logic.js", "xapi-statements.js", "xapi-queue.js", "cmi5-launch.js");

    private List<OutputFile> runtimeFiles(LmsPlan plan) {
        List<OutputFile> files = new ArrayList<>();
        files.add(OutputFile.html(LAUNCH, launchPage()));
        files.add(new OutputFile("lms/cmi5-config.js", configScript(plan).getBytes(StandardCharsets.UTF_8)));
        files.add(new OutputFile("lms/launch.css", ScormPackage.bundled("launch.css")));
        for (String name : SCRIPTS) {
            files.add(new OutputFile("lms/" + name, name.startsWith("xapi-") ? io.coursegen.xapi.XapiAssets.bundled(name) : ScormPackage.bundled(name)));
        }
        return files;
    }

    private String launchPage() {
        String title = escape(course.title());
        StringBuilder scripts = new StringBuilder("<script src=\"cmi5-config.js\" defer></script>\n");
        for (String s : SCRIPTS) scripts.append("<script src=\"").append(s).append("\" defer></script>\n");
        return "<!DOCTYPE html>\n<html lang=\"" + escape(course.language()) + "\" data-course=\"" + escape(course.id()) + "\">\n<head>\n"
                + "<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"" + LAUNCH_CSP + "\">\n"
                + "<meta name=\"referrer\" content=\"no-referrer\">\n<title>" + title + "</title>\n"
                + "<link rel=\"stylesheet\" href=\"launch.css\">\n" + scripts + "</head>\n<body class=\"lms-cmi5\">\n"
                + "<iframe class=\"lms-frame\" data-cg=\"lms-frame\" title=\"" + title + "\"></iframe>\n"
                + "<button type=\"button\" class=\"lms-exit\" data-cg=\"lms-exit\" hidden>Exit</button>\n"
                + "<noscript><p class=\"lms-noscript\"><a href=\"../index.html\">Open " + title + "</a> (your progress is not"
                + " reported to the learning platform without JavaScript)</p></noscript>\n"
                + "</body>\n</html>\n";
    }

    /**
     * {@code window.CoursegenCmi5Config}: the course's id, language and progress key, every lesson key in order, the
     * mastery share from course.yaml, each AU's lessons, quizzes and start page, and the texts of every question's
     * activity definition ({@link XapiTexts}).
     */
    String configScript(LmsPlan plan) {
        JsonNodeFactory n = JsonNodeFactory.instance;
        ObjectNode c = n.objectNode();
        c.put("course", course.id());
        c.put("language", course.language());
        RuntimeConfig.putPlan(c, course, plan, "aus");
        c.set("texts", XapiTexts.of(course));
        return RuntimeConfig.script("The cmi5 run-time's configuration for this package, written by coursegen.", "CoursegenCmi5Config", c, false);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
