package io.coursegen.xapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.coursegen.lms.LmsTestCourse;
import io.coursegen.model.OutsideLinks.XapiEndpoint;
import io.coursegen.model.SourceRef;
import io.coursegen.testing.CourseFiles;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** course.yaml's {@code xapi:}: off by default, what is read, and every mistake at its place with what to write instead. */
class XapiSettings_CourseYamlTest {
    @TempDir
    Path root;

    private CourseFiles.Loaded load(String yaml) {
        LmsTestCourse.write(root, yaml);
        return CourseFiles.load(root);
    }

    @Test
    void offByDefault() {
        CourseFiles.Loaded loaded = load("");
        assertEquals(List.of(), loaded.lines());
        assertNull(loaded.get().outside().xapi());
    }

    @Test
    void readsTheEndpointAndItsKey() {
        CourseFiles.Loaded loaded = load("xapi:\n  endpoint: https://LRS.example.org:8443/xapi\n  auth: Basic bHJzLWtleTpzZWNyZXQ=\n");
        assertEquals(List.of(), loaded.lines());
        XapiEndpoint x = loaded.get().outside().xapi();
        assertEquals("https://LRS.example.org:8443/xapi/", x.endpoint(), "a slash added, so statements go to .../xapi/statements");
        assertEquals("https://lrs.example.org:8443", x.origin());
        assertEquals("Basic bHJzLWtleTpzZWNyZXQ=", x.auth());
        assertEquals(new SourceRef("content/course.yaml", 5, 3), x.ref());
    }

    @Test
    void plainHttpOnThisMachineOnly() {
        for (String host : List.of("localhost:8080", "127.0.0.1:9000", "[::1]")) {
            CourseFiles.Loaded loaded = load("xapi:\n  endpoint: http://" + host + "/lrs/\n");
            assertEquals(List.of(), loaded.lines(), host);
            assertEquals("http://" + host, loaded.get().outside().xapi().origin());
        }
    }

    @Test
    void everyMistakeAtItsPlace() {
        CourseFiles.Loaded loaded = load("""
                xapi:
                  endpoint: http://lrs.example.org/xapi/
                  auth: Bearer abc
                  key: x
                """);
        assertEquals(List.of(
                "content/course.yaml:5:13: error: `endpoint` must use https, so that answers and the key cannot be read on the way: found"
                        + " `http://lrs.example.org/xapi/`; write `https://lrs.example.org/xapi/` (plain http only for localhost, 127.0.0.1 or [::1])",
                "content/course.yaml:6:9: error: `auth` should be an HTTP Basic credential, `Basic` and the base64 of `key:secret`, such as"
                        + " `auth: Basic bHJzLWtleTpzZWNyZXQ=`; found `Bearer abc`",
                "content/course.yaml:7:3: error: unknown key `key` in `xapi`, expected one of `auth`, `endpoint`"), loaded.lines());
        assertEquals(List.of(
                "content/course.yaml:5:13: error: `endpoint` should be the LRS's web address, such as `https://lrs.example.org/xapi/`; found `lrs.example.org/xapi`"),
                load("xapi:\n  endpoint: lrs.example.org/xapi\n").lines());
        assertEquals(List.of(
                "content/course.yaml:5:13: error: `endpoint` should be the LRS's base address without `?` or `#`, such as"
                        + " `https://lrs.example.org/xapi/`; found `https://lrs.example.org/xapi/?key=1`"),
                load("xapi:\n  endpoint: https://lrs.example.org/xapi/?key=1\n").lines());
        assertEquals(List.of(
                "content/course.yaml:5:13: error: `endpoint` should not hold a user name or password (found `https://key:secret@lrs.example.org/`);"
                        + " give the credential as `auth: Basic ...`"),
                load("xapi:\n  endpoint: https://key:secret@lrs.example.org/\n").lines());
        assertEquals(List.of("content/course.yaml:5:3: error: `xapi` needs `endpoint`, the LRS's web address, such as"
                + " `endpoint: https://lrs.example.org/xapi/`; or leave `xapi` out to report nothing"), load("xapi:\n  auth: Basic YTpi\n").lines());
    }
}
