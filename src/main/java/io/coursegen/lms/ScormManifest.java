package io.coursegen.lms;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Collection;
import java.util.Locale;

/**
 * The {@code imsmanifest.xml} of a SCORM package: the course's identifier, version and title, one item per
 * SCO of the {@link LmsPlan} (each launching {@link ScormPackage#LAUNCH} with its {@code ?sco=} parameter),
 * the mastery score, and one resource listing every file of the package. Written for SCORM 1.2 (IMS CP 1.1.2,
 * ADL CP 1.2) or SCORM 2004 4th Edition (IMS CP 1.1.4, ADL CP/sequencing v1p3, IMS Simple Sequencing).
 */
final class ScormManifest {
    private ScormManifest() {}

    /** The manifest of a package of {@code standard} with {@code files} (paths in the package, sorted). */
    static String xml(ScormStandard standard, String courseId, String title, LmsPlan plan, Collection<String> files) {
        return standard == ScormStandard.SCORM_12 ? scorm12(courseId, title, plan, files) : scorm2004(courseId, title, plan, files);
    }

    /** The manifest identifier: an XML ID, so a course id starting with a digit gets a prefix. */
    static String identifier(String courseId) {
        return Character.isLetter(courseId.charAt(0)) ? courseId : "course-" + courseId;
    }

    private static String scorm12(String courseId, String title, LmsPlan plan, Collection<String> files) {
        String id = identifier(courseId);
        StringBuilder x = new StringBuilder();
        x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        x.append("<manifest identifier=\"").append(id).append("\" version=\"").append(attr(plan.version())).append("\"\n")
                .append("    xmlns=\"http://www.imsproject.org/xsd/imscp_rootv1p1p2\"\n")
                .append("    xmlns:adlcp=\"http://www.adlnet.org/xsd/adlcp_rootv1p2\"\n")
                .append("    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n")
                .append("    xsi:schemaLocation=\"http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd")
                .append(" http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd")
                .append(" http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd\">\n");
        x.append("  <metadata>\n    <schema>ADL SCORM</schema>\n    <schemaversion>1.2</schemaversion>\n  </metadata>\n");
        x.append("  <organizations default=\"org-").append(id).append("\">\n");
        x.append("    <organization identifier=\"org-").append(id).append("\">\n");
        x.append("      <title>").append(text(title)).append("</title>\n");
        for (LmsPlan.Sco sco : plan.scos()) {
            x.append("      <item identifier=\"").append(sco.id()).append("\" identifierref=\"launch\" isvisible=\"true\" parameters=\"?sco=")
                    .append(sco.id()).append("\">\n");
            x.append("        <title>").append(text(sco.title())).append("</title>\n");
            if (plan.mastery().isPresent() && !sco.quizzes().isEmpty()) {
                x.append("        <adlcp:masteryscore>").append(percent(plan.mastery().getAsDouble())).append("</adlcp:masteryscore>\n");
            }
            x.append("      </item>\n");
        }
        x.append("    </organization>\n  </organizations>\n");
        x.append("  <resources>\n    <resource identifier=\"launch\" type=\"webcontent\" adlcp:scormtype=\"sco\" href=\"")
                .append(href(ScormPackage.LAUNCH)).append("\">\n");
        for (String f : files) x.append("      <file href=\"").append(href(f)).append("\"/>\n");
        x.append("    </resource>\n  </resources>\n</manifest>\n");
        return x.toString();
    }

    private static String scorm2004(String courseId, String title, LmsPlan plan, Collection<String> files) {
        String id = identifier(courseId);
        StringBuilder x = new StringBuilder();
        x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        x.append("<manifest identifier=\"").append(id).append("\" version=\"").append(attr(plan.version())).append("\"\n")
                .append("    xmlns=\"http://www.imsglobal.org/xsd/imscp_v1p1\"\n")
                .append("    xmlns:adlcp=\"http://www.adlnet.org/xsd/adlcp_v1p3\"\n")
                .append("    xmlns:adlseq=\"http://www.adlnet.org/xsd/adlseq_v1p3\"\n")
                .append("    xmlns:adlnav=\"http://www.adlnet.org/xsd/adlnav_v1p3\"\n")
                .append("    xmlns:imsss=\"http://www.imsglobal.org/xsd/imsss\"\n")
                .append("    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n")
                .append("    xsi:schemaLocation=\"http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd")
                .append(" http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd")
                .append(" http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd")
                .append(" http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd")
                .append(" http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd\">\n");
        x.append("  <metadata>\n    <schema>ADL SCORM</schema>\n    <schemaversion>2004 4th Edition</schemaversion>\n  </metadata>\n");
        x.append("  <organizations default=\"org-").append(id).append("\">\n");
        x.append("    <organization identifier=\"org-").append(id).append("\">\n");
        x.append("      <title>").append(text(title)).append("</title>\n");
        for (LmsPlan.Sco sco : plan.scos()) {
            x.append("      <item identifier=\"").append(sco.id()).append("\" identifierref=\"launch\" isvisible=\"true\" parameters=\"?sco=")
                    .append(sco.id()).append("\">\n");
            x.append("        <title>").append(text(sco.title())).append("</title>\n");
            if (plan.mastery().isPresent() && !sco.quizzes().isEmpty()) {
                // The LMS judges success from cmi.score.scaled against this, as the run-time does.
                x.append("        <imsss:sequencing>\n          <imsss:objectives>\n")
                        .append("            <imsss:primaryObjective objectiveID=\"").append(sco.id()).append("-mastery\" satisfiedByMeasure=\"true\">\n")
                        .append("              <imsss:minNormalizedMeasure>").append(decimal(plan.mastery().getAsDouble()))
                        .append("</imsss:minNormalizedMeasure>\n")
                        .append("            </imsss:primaryObjective>\n          </imsss:objectives>\n        </imsss:sequencing>\n");
            }
            x.append("      </item>\n");
        }
        // The learner may open the SCOs in any order (the menu), and Continue goes to the next.
        x.append("      <imsss:sequencing>\n        <imsss:controlMode choice=\"true\" flow=\"true\"/>\n      </imsss:sequencing>\n");
        x.append("    </organization>\n  </organizations>\n");
        x.append("  <resources>\n    <resource identifier=\"launch\" type=\"webcontent\" adlcp:scormType=\"sco\" href=\"")
                .append(href(ScormPackage.LAUNCH)).append("\">\n");
        for (String f : files) x.append("      <file href=\"").append(href(f)).append("\"/>\n");
        x.append("    </resource>\n  </resources>\n</manifest>\n");
        return x.toString();
    }

    /** A mastery share as SCORM 1.2's whole or decimal percentage: 0.8 is {@code 80}. */
    static String percent(double share) {
        return decimal(Math.round(share * 10000) / 100.0);
    }

    private static String decimal(double d) {
        String s = String.format(Locale.ROOT, "%.4f", d);
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    /** A package path as a relative URI reference: each segment percent-encoded where it must be. */
    static String href(String path) {
        try {
            return attr(new URI(null, null, path, null).toASCIIString());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a package path: " + path, e);
        }
    }

    private static String text(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String attr(String s) {
        return text(s).replace("\"", "&quot;");
    }
}
