package io.coursegen.lms;

import io.coursegen.model.Course;
import io.coursegen.model.lms.LmsSettings;
import java.util.Locale;

/**
 * The {@code cmi5.xml} of a cmi5 package: the course structure of the cmi5 specification (namespace
 * {@code https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd}), with the course's identifier and title, its
 * version as a coursegen extension element, and one AU per SCO of the {@link LmsPlan}, each with its moveOn and
 * mastery score and the relative URL of {@link Cmi5Package#LAUNCH}{@code ?au=ID}.
 *
 * <p>Identifiers are IRIs: the course is {@code urn:coursegen:COURSE}, an AU {@code urn:coursegen:COURSE/AU} (a
 * question's activity is {@code urn:coursegen:COURSE:QUIZ:QUESTION}, so the two never meet). moveOn follows
 * course.yaml's {@code lms:} settings: {@code CompletedAndPassed} with a mastery score (the learner must finish
 * what {@code completed:} asks and reach the mastery), else {@code Completed}.
 */
public final class Cmi5Structure {
    /** The namespace of coursegen's extension element ({@code <cg:version>}), which the schema lets LMSs skip. */
    public static final String EXTENSION_NS = "urn:coursegen:cmi5-extension";

    private Cmi5Structure() {}

    /** The course's IRI. */
    public static String courseIri(String courseId) {
        return "urn:coursegen:" + courseId;
    }

    /** An AU's IRI, its publisher id in the course structure. */
    public static String auIri(String courseId, String auId) {
        return courseIri(courseId) + "/" + auId;
    }

    /** The moveOn of every AU of a course with these settings. */
    public static String moveOn(LmsSettings settings) {
        return settings.mastery().isPresent() ? "CompletedAndPassed" : "Completed";
    }

    static String xml(Course course, LmsPlan plan) {
        String lang = course.language();
        String description = course.description() == null || course.description().isBlank() ? course.title() : course.description();
        StringBuilder x = new StringBuilder();
        x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        x.append("<courseStructure xmlns=\"https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd\" xmlns:cg=\"")
                .append(EXTENSION_NS).append("\">\n");
        x.append("  <course id=\"").append(attr(courseIri(course.id()))).append("\">\n");
        langstring(x, "    ", "title", lang, course.title());
        langstring(x, "    ", "description", lang, description);
        x.append("    <cg:version>").append(text(plan.version())).append("</cg:version>\n");
        x.append("  </course>\n");
        String moveOn = moveOn(course.lms());
        for (LmsPlan.Sco sco : plan.scos()) {
            x.append("  <au id=\"").append(attr(auIri(course.id(), sco.id()))).append("\" moveOn=\"").append(moveOn).append('"');
            if (plan.mastery().isPresent()) x.append(" masteryScore=\"").append(decimal(plan.mastery().getAsDouble())).append('"');
            x.append(" launchMethod=\"AnyWindow\">\n");
            langstring(x, "    ", "title", lang, sco.title());
            langstring(x, "    ", "description", lang, sco.id().equals("course") ? description : sco.title() + ", a module of " + course.title());
            x.append("    <url>").append(text(Cmi5Package.LAUNCH + "?au=" + sco.id())).append("</url>\n");
            x.append("  </au>\n");
        }
        x.append("</courseStructure>\n");
        return x.toString();
    }

    private static void langstring(StringBuilder x, String indent, String element, String lang, String value) {
        x.append(indent).append('<').append(element).append(">\n").append(indent).append("  <langstring lang=\"").append(attr(lang))
                .append("\">").append(text(value)).append("</langstring>\n").append(indent).append("</").append(element).append(">\n");
    }

    /** A share from 0 to 1 with at most 4 decimals, as cmi5's masteryScore: 0.8 is {@code 0.8}. */
    static String decimal(double share) {
        String s = String.format(Locale.ROOT, "%.4f", Math.round(share * 10000) / 10000.0).replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    private static String text(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String attr(String s) {
        return text(s).replace("\"", "&quot;");
    }
}
