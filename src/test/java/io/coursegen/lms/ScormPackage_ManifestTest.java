package io.coursegen.lms;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * The SCORM packages of a small course: the manifest valid against ADL's own schemas (SCORM 1.2, and 2004 4th
 * Edition) with the course's identifier, version, title, SCOs and mastery, every file of the zip listed and
 * present, the site inside with relative URLs only and no dev-server script, the same bytes on every build.
 * No SCORM package reader is published on Maven Central for Java 17 that this build can reach
 * (dev.jcputney:elearning-module-parser is not there), so the manifest is read here with the JDK's DOM.
 */
class ScormPackage_ManifestTest {
    @TempDir
    Path tmp;

    private Path build(ScormStandard standard, String lms, String name) {
        Path root = LmsTestCourse.write(tmp.resolve("course-" + name), lms);
        Path out = tmp.resolve(name + ".zip");
        BuildResult r = new SiteBuilder(new BuildOptions(root, out, Optional.empty(), true, true, new ScormPackage(standard)),
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

    private static void validate(byte[] manifest, String schemaFolder) throws Exception {
        assertEquals(List.of(), problems(manifest, schemaFolder), "the manifest against the " + schemaFolder + " schemas");
    }

    private static List<String> problems(byte[] manifest, String schemaFolder) throws Exception {
        SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        // The schemas import each other by relative paths inside their folder: nothing comes from the network.
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar");
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "file,jar");
        // SCORM 1.2's ims_xml.xsd binds the default namespace to the XML namespace, which XML namespaces forbid
        // and today's parsers refuse; the W3C's own schema of that namespace (in scorm2004/) stands in for it.
        f.setResourceResolver((type, namespace, publicId, systemId, baseUri) -> {
            if (!"http://www.w3.org/XML/1998/namespace".equals(namespace)) return null;
            try {
                org.w3c.dom.ls.LSInput in = ((org.w3c.dom.ls.DOMImplementationLS) DocumentBuilderFactory.newInstance().newDocumentBuilder()
                        .getDOMImplementation().getFeature("LS", "3.0")).createLSInput();
                URL xml = ScormPackage_ManifestTest.class.getResource("/io/coursegen/lms/xsd/scorm2004/xml.xsd");
                in.setSystemId(xml.toExternalForm());
                in.setByteStream(xml.openStream());
                return in;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        String root = schemaFolder.equals("scorm12") ? "imscp_rootv1p1p2.xsd" : "imscp_v1p1.xsd";
        List<StreamSource> sources = new ArrayList<>();
        sources.add(source(schemaFolder + "/" + root));
        if (schemaFolder.equals("scorm12")) {
            sources.add(source("scorm12/adlcp_rootv1p2.xsd"));
        } else {
            for (String x : List.of("adlcp_v1p3.xsd", "adlseq_v1p3.xsd", "adlnav_v1p3.xsd", "imsss_v1p0.xsd")) sources.add(source("scorm2004/" + x));
        }
        Validator v = f.newSchema(sources.toArray(new StreamSource[0])).newValidator();
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
        v.validate(new StreamSource(new ByteArrayInputStream(manifest)));
        return problems;
    }

    @Test
    void theSchemasRejectABrokenManifest() throws Exception {
        Path zip = build(ScormStandard.SCORM_12, "lms:\n  mastery: 80\n", "bad12");
        try (ZipFile z = new ZipFile(zip.toFile())) {
            String good = new String(entry(z, "imsmanifest.xml"), StandardCharsets.UTF_8);
            String bad = good.replace("<organizations default=", "<organisations default=").replace("</organizations>", "</organisations>");
            assertFalse(bad.equals(good));
            assertFalse(problems(bad.getBytes(StandardCharsets.UTF_8), "scorm12").isEmpty(), "no element `organisations`");
            String unscoped = good.replace(" adlcp:scormtype=\"sco\"", " adlcp:scormtype=\"lesson\"");
            assertFalse(problems(unscoped.getBytes(StandardCharsets.UTF_8), "scorm12").isEmpty(), "scormtype is sco or asset");
        }
    }

    private static StreamSource source(String rel) throws Exception {
        URL url = ScormPackage_ManifestTest.class.getResource("/io/coursegen/lms/xsd/" + rel);
        assertTrue(url != null, "missing schema " + rel);
        return new StreamSource(url.toExternalForm());
    }

    private static Document dom(byte[] xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static List<Element> elements(Document d, String ns, String local) {
        NodeList list = d.getElementsByTagNameNS(ns, local);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) out.add((Element) list.item(i));
        return out;
    }

    @Test
    void scorm12ManifestIsValidNamesTheCourseAndListsEveryFile() throws Exception {
        Path zip = build(ScormStandard.SCORM_12, "version: 3.1.4\nlms:\n  mastery: 80\n", "s12");
        try (ZipFile z = new ZipFile(zip.toFile())) {
            byte[] manifest = entry(z, "imsmanifest.xml");
            validate(manifest, "scorm12");
            Document d = dom(manifest);
            String cp = "http://www.imsproject.org/xsd/imscp_rootv1p1p2";
            Element m = d.getDocumentElement();
            assertEquals("lms-demo", m.getAttribute("identifier"));
            assertEquals("3.1.4", m.getAttribute("version"));
            assertEquals("1.2", elements(d, cp, "schemaversion").get(0).getTextContent());
            assertEquals("LMS demo", elements(d, cp, "title").get(0).getTextContent());
            List<Element> items = elements(d, cp, "item");
            assertEquals(1, items.size());
            assertEquals("?sco=course", items.get(0).getAttribute("parameters"));
            assertEquals("80", elements(d, "http://www.adlnet.org/xsd/adlcp_rootv1p2", "masteryscore").get(0).getTextContent());
            Element resource = elements(d, cp, "resource").get(0);
            assertEquals("lms/launch.html", resource.getAttribute("href"));
            assertEquals("sco", resource.getAttributeNS("http://www.adlnet.org/xsd/adlcp_rootv1p2", "scormtype"));
            TreeSet<String> listed = new TreeSet<>();
            for (Element f : elements(d, cp, "file")) listed.add(URI.create(f.getAttribute("href")).getPath());
            TreeSet<String> inZip = new TreeSet<>();
            z.stream().map(ZipEntry::getName).filter(n -> !n.equals("imsmanifest.xml")).forEach(inZip::add);
            assertEquals(inZip, listed, "the manifest lists exactly the package's files");
            assertTrue(inZip.containsAll(List.of("index.html", "lms/launch.html", "lms/config.js", "lms/launch.js", "lms/lms-logic.js",
                    "lms/launch.css", "basics/start.html", "next/last.html")), inZip.toString());
        }
    }

    @Test
    void scorm2004ManifestIsValidWithOneScoPerModuleAndTheirMastery() throws Exception {
        Path zip = build(ScormStandard.SCORM_2004, "lms:\n  sco: module\n  mastery: 62.5\n", "s2004");
        try (ZipFile z = new ZipFile(zip.toFile())) {
            byte[] manifest = entry(z, "imsmanifest.xml");
            validate(manifest, "scorm2004");
            Document d = dom(manifest);
            String cp = "http://www.imsglobal.org/xsd/imscp_v1p1";
            assertEquals("2004 4th Edition", elements(d, cp, "schemaversion").get(0).getTextContent());
            assertEquals("1", d.getDocumentElement().getAttribute("version"), "no version: 1");
            List<String> params = elements(d, cp, "item").stream().map(e -> e.getAttribute("parameters")).toList();
            assertEquals(List.of("?sco=module-basics", "?sco=module-next"), params);
            List<String> measures = elements(d, "http://www.imsglobal.org/xsd/imsss", "minNormalizedMeasure").stream()
                    .map(Element::getTextContent).toList();
            assertEquals(List.of("0.625", "0.625"), measures, "each module has a quiz, so each has the mastery");
            Element resource = elements(d, cp, "resource").get(0);
            assertEquals("sco", resource.getAttributeNS("http://www.adlnet.org/xsd/adlcp_v1p3", "scormType"));
            JsonNode config = config(z);
            assertEquals("2004", config.get("standard").asText());
            assertEquals(64000, config.get("suspendLimit").asInt());
            assertEquals(0.625, config.get("mastery").asDouble());
            assertEquals("basics/index.html", config.at("/scos/module-basics/start").asText());
            assertEquals("[\"next/then\",\"next/last\"]", config.at("/scos/module-next/lessons").toString());
            assertEquals("[{\"id\":\"final\",\"weight\":1.0,\"pass\":0.8}]", config.at("/scos/module-next/quizzes").toString());
        }
    }

    private static JsonNode config(ZipFile z) throws IOException {
        String script = new String(entry(z, "lms/config.js"), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("window\\.CoursegenLmsConfig = (\\{.*\\});\\s*$", Pattern.DOTALL).matcher(script);
        assertTrue(m.find(), script);
        return new ObjectMapper().readTree(m.group(1));
    }

    @Test
    void theSiteInsideIsSelfContainedAndTheSameOnEveryBuild() throws Exception {
        Path a = build(ScormStandard.SCORM_12, "", "a");
        Path b = build(ScormStandard.SCORM_12, "", "b");
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b), "the same course gives the same package");
        Pattern url = Pattern.compile("(?:src|href|action|data-[a-z-]+)=\"([^\"]*)\"");
        try (ZipFile z = new ZipFile(a.toFile())) {
            JsonNode config = config(z);
            assertEquals("1.2", config.get("standard").asText());
            assertEquals(4096, config.get("suspendLimit").asInt());
            assertTrue(config.get("mastery").isNull());
            List<String> names = z.stream().map(ZipEntry::getName).toList();
            assertFalse(names.stream().anyMatch(n -> n.contains("live")), "no dev-server script: " + names);
            for (String n : names) {
                if (!n.endsWith(".html")) continue;
                String html = new String(entry(z, n), StandardCharsets.UTF_8);
                assertFalse(html.contains("live.js") || html.contains("EventSource"), n);
                Matcher m = url.matcher(html);
                while (m.find()) {
                    String u = m.group(1);
                    assertFalse(u.startsWith("/") || u.matches("(?i)[a-z][a-z0-9+.-]*:.*") && !u.startsWith("mailto:"),
                            n + " links outside the package: " + u);
                }
            }
            String launch = new String(entry(z, "lms/launch.html"), StandardCharsets.UTF_8);
            assertTrue(launch.contains("data-cg=\"lms-frame\"") && launch.contains("Content-Security-Policy"), launch);
            assertFalse(launch.contains("<script>"), "no inline script");
        }
    }
}
