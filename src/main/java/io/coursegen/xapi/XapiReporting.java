package io.coursegen.xapi;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.coursegen.model.Course;
import io.coursegen.model.OutsideLinks.XapiEndpoint;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Optional xAPI reporting of a built site ({@code xapi:} in course.yaml): the files every page then loads, in order,
 * after the site's own scripts, and the stylesheet of the consent banner. The layout links them and shows the banner
 * (templates/partials/xapi-consent.jte) when the page frame has an origin to report to; the Content-Security-Policy's
 * {@code connect-src} then allows that one origin. A site without {@code xapi:} ships none of this and sends nothing.
 * {@code serve} never reports.
 */
public final class XapiReporting {
    /** The scripts, in the order pages load them: the SCORM 2004 mapping, the statement layer, the queue, the config, the UI. */
    public static final List<String> SCRIPTS = List.of("lms-logic.js", "xapi-statements.js", "xapi-queue.js", "xapi-config.js", "xapi-report.js");
    /** The consent banner's stylesheet. */
    public static final String STYLE = "xapi.css";

    private XapiReporting() {}

    /** The assets a reporting site ships, by asset name; empty for a course without {@code xapi:}. */
    public static Map<String, byte[]> assets(Course course) {
        Map<String, byte[]> out = new LinkedHashMap<>();
        XapiEndpoint x = course.outside().xapi();
        if (x == null) return out;
        out.put("lms-logic.js", XapiAssets.lmsLogic());
        out.put("xapi-statements.js", XapiAssets.bundled("xapi-statements.js"));
        out.put("xapi-queue.js", XapiAssets.bundled("xapi-queue.js"));
        out.put("xapi-config.js", configScript(course, x).getBytes(StandardCharsets.UTF_8));
        out.put("xapi-report.js", XapiAssets.bundled("xapi-report.js"));
        out.put(STYLE, XapiAssets.bundled(STYLE));
        return out;
    }

    /**
     * {@code window.CoursegenXapiConfig}: the course's id and language, the LRS's endpoint and the Authorization
     * header (which is therefore readable by anyone who opens the site: see README), the anonymous accounts' home
     * page (the LRS's origin) and every quiz's texts ({@link XapiTexts}).
     */
    static String configScript(Course course, XapiEndpoint x) {
        ObjectNode c = JsonNodeFactory.instance.objectNode();
        c.put("course", course.id());
        c.put("language", course.language());
        c.put("endpoint", x.endpoint());
        c.put("homePage", x.origin() + "/");
        if (x.auth() != null) c.put("auth", x.auth());
        else c.putNull("auth");
        c.set("texts", XapiTexts.of(course));
        try {
            String json = JsonMapper.builder().build().writeValueAsString(c).replace("<", "\\u003c");
            return "// xAPI reporting's configuration for this site, written by coursegen.\nwindow.CoursegenXapiConfig = " + json + ";\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
