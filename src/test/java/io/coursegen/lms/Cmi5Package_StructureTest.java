package io.coursegen.lms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.coursegen.pipeline.BuildOptions;
import io.coursegen.pipeline.BuildResult;
import io.coursegen.pipeline.SiteBuilder;
import io.coursegen.render.Templates;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXParseException;

/**
 * The cmi5 package of a small course: {@code cmi5.xml} at the root, valid against the cmi5 specification's own
 * course-structure schema (src/test/resources/io/coursegen/lms/xsd/cmi5/), with the course's identifier, title and
 * version, one AU for the course or one per module, moveOn and masteryScore from course.yaml's {@code lms:}, each
 * AU's URL a relative link to the launch page that is in the zip; the run-time beside it; the same bytes on every
 * build; the site inside with no dev-server script.
 */
class Cmi5Package_StructureTest {
    private static final String NS = "https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd";

    @TempDir
    Path tmp;

    private Path build(String lms, String name) {
        Path root = LmsTestCourse.write(tmp.resolve("course-" + name), "version: 2.1.0\n" + lms);
        Path out = tmp.resolve(name + ".zip");
        BuildResult r = new SiteBuilder(new BuildOptions(root, out, Optional.empty(), true, true, new Cmi5Package()),
                Templates.precompiled()).build();
        assertEquals(List.of(), r.diagnostics().lines());
        assertNull(r.failure());
        return out;
    }

    private static byte[] entry(ZipFile z, String name) throws IOException {
        ZipEntry e = z.getEntry(name);
        assertTrue(e != null, "no " + name + " in the package");
        return z.getInputStream(e).readAllBytes();
    }

    static List<String> problems(byte[] xml) throws Exception {
        SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        URL xsd = Cmi5Package_StructureTest.class.getResource("/io/coursegen/lms/xsd/cmi5/CourseStructure.xsd");
        assertTrue(xsd != null, "missing the cmi5 schema");
        Validator v = f.newSchema(new StreamSource(xsd.toExternalForm())).newValidator();
        List<String> problems = new ArrayList<>();
        v.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
            @Override
            public void error(SAXParseException e) {
                problems.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                problems.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
            }
        });
        v.validate(new StreamSource(new ByteArrayInputStream(xml)));
        return problems;
    }

    private static Document dom(byte[] xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static List<Element> all(Document d, String name) {
        NodeList list = d.getElementsByTagNameNS(NS, name);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) out.add((Element) list.item(i));
        return out;
    }

    @Test
    void oneAuForTheCourseWithMasteryAndMoveOn() throws Exception {
        Path zip = build("lms:\n  mastery: 80\n  completed:\n    lessons: 50\n", "course");
        try (ZipFile z = new ZipFile(zip.toFile())) {
            byte[] xml = entry(z, "cmi5.xml");
            assertEquals(List.of(), problems(xml), "cmi5.xml against the cmi5 course-structure schema");
            Document d = dom(xml);
            Element course = all(d, "course").get(0);
            assertEquals("urn:coursegen:lms-demo", course.getAttribute("id"));
            assertEquals("LMS demo", ((Element) course.getElementsByTagNameNS(NS, "langstring").item(0)).getTextContent());
            assertEquals("A course for LMS tests.", ((Element) course.getElementsByTagNameNS(NS, "langstring").item(1)).getTextContent());
            assertEquals("2.1.0", course.getElementsByTagNameNS(Cmi5Structure.EXTENSION_NS, "version").item(0).getTextContent());
            List<Element> aus = all(d, "au");
            assertEquals(1, aus.size());
            Element au = aus.get(0);
            assertEquals("urn:coursegen:lms-demo/course", au.getAttribute("id"));
            assertEquals("CompletedAndPassed", au.getAttribute("moveOn"), "a mastery score: completed and passed");
            assertEquals("0.8", au.getAttribute("masteryScore"));
            assertEquals("AnyWindow", au.getAttribute("launchMethod"));
            String url = au.getElementsByTagNameNS(NS, "url").item(0).getTextContent();
            assertEquals("lms/cmi5.html?au=course", url);
            String launch = new String(entry(z, url.substring(0, url.indexOf('?'))), StandardCharsets.UTF_8);
            for (String s : List.of("cmi5-config.js", "lms-logic.js", "xapi-statements.js", "xapi-queue.js", "cmi5-launch.js", "launch.css")) {
                assertTrue(launch.contains("\"" + s + "\""), "the launch page loads " + s);
                entry(z, "lms/" + s);
            }
            assertTrue(launch.contains("connect-src 'self' https: http://localhost:* http://127.0.0.1:*;"), "the launch page may reach the LRS");
            assertFalse(launch.contains("<script>"), "no inline script");
            String config = new String(entry(z, "lms/cmi5-config.js"), StandardCharsets.UTF_8);
            JsonNode c = new ObjectMapper().readTree(config.substring(config.indexOf('{'), config.lastIndexOf('}') + 1));
            assertEquals(0.8, c.get("mastery").asDouble());
            assertEquals(0.5, c.get("lessonsShare").asDouble());
            assertEquals(List.of("basics/start", "basics/more", "next/then", "next/last"),
                    new ObjectMapper().convertValue(c.at("/aus/course/lessons"), List.class));
            assertEquals("Pick one.", c.at("/texts/basics/questions/pick/prompt").asText());
            assertEquals("[{\"id\":\"a\",\"text\":\"A\"},{\"id\":\"b\",\"text\":\"B\"}]", c.at("/texts/basics/questions/pick/choices").toString());
            assertEquals("Basics quiz, question 2", c.at("/texts/basics/questions/pick/name").asText());
            assertTrue(c.at("/texts/basics/questions/sure/choices").isMissingNode(), "true/false has no components in xAPI");
            assertEquals("[{\"id\":\"first\",\"text\":\"First\"},{\"id\":\"second\",\"text\":\"Second\"},{\"id\":\"third\",\"text\":\"Third\"}]",
                    c.at("/texts/final/questions/order/choices").toString());
            entry(z, "index.html");
            String home = new String(entry(z, "index.html"), StandardCharsets.UTF_8);
            assertFalse(home.contains("live.js"), "no dev-server script");
            assertTrue(z.getEntry("imsmanifest.xml") == null, "no SCORM manifest in a cmi5 package");
        }
        byte[] again = Files.readAllBytes(build("lms:\n  mastery: 80\n  completed:\n    lessons: 50\n", "course-again"));
        assertTrue(java.util.Arrays.equals(Files.readAllBytes(zip), again), "the same course gives the same bytes");
    }

    @Test
    void oneAuPerModuleWithoutMastery() throws Exception {
        Path zip = build("lms:\n  sco: module\n", "modules");
        try (ZipFile z = new ZipFile(zip.toFile())) {
            byte[] xml = entry(z, "cmi5.xml");
            assertEquals(List.of(), problems(xml));
            List<Element> aus = all(dom(xml), "au");
            assertEquals(List.of("urn:coursegen:lms-demo/module-basics", "urn:coursegen:lms-demo/module-next"),
                    aus.stream().map(a -> a.getAttribute("id")).toList());
            for (Element au : aus) {
                assertEquals("Completed", au.getAttribute("moveOn"), "no mastery score: completed");
                assertFalse(au.hasAttribute("masteryScore"));
            }
            assertEquals("lms/cmi5.html?au=module-next", aus.get(1).getElementsByTagNameNS(NS, "url").item(0).getTextContent());
        }
    }

    @Test
    void theSchemaRejectsABrokenStructure() throws Exception {
        Path zip = build("lms:\n  mastery: 80\n", "bad");
        try (ZipFile z = new ZipFile(zip.toFile())) {
            String good = new String(entry(z, "cmi5.xml"), StandardCharsets.UTF_8);
            String noUrl = good.replaceAll("<url>[^<]*</url>", "");
            assertFalse(noUrl.equals(good));
            assertFalse(problems(noUrl.getBytes(StandardCharsets.UTF_8)).isEmpty(), "an AU needs its url");
            String badMove = good.replace("moveOn=\"CompletedAndPassed\"", "moveOn=\"Finished\"");
            assertFalse(problems(badMove.getBytes(StandardCharsets.UTF_8)).isEmpty(), "moveOn is one of the five values");
            String badMastery = good.replace("masteryScore=\"0.8\"", "masteryScore=\"80\"");
            assertFalse(problems(badMastery.getBytes(StandardCharsets.UTF_8)).isEmpty(), "masteryScore is from 0 to 1");
        }
    }

    @Test
    void masteryScoresAreDecimalsOfAtMostFourPlaces() {
        assertEquals("0.8", Cmi5Structure.decimal(0.8));
        assertEquals("1", Cmi5Structure.decimal(1.0));
        assertEquals("0", Cmi5Structure.decimal(0.0));
        assertEquals("0.6667", Cmi5Structure.decimal(2.0 / 3));
    }
}
