package io.coursegen.xapi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The xAPI layer's scripts, bundled beside this class (src/main/resources/io/coursegen/xapi/). */
public final class XapiAssets {
    private XapiAssets() {}

    /** The bytes of the bundled script {@code name}, such as {@code xapi-statements.js}. */
    public static byte[] bundled(String name) {
        return read(XapiAssets.class, name);
    }

    /** The LMS run-time's logic (io/coursegen/lms/lms-logic.js), whose SCORM 2004 interaction mapping the statements use. */
    public static byte[] lmsLogic() {
        return read(io.coursegen.lms.ScormPackage.class, "lms-logic.js");
    }

    private static byte[] read(Class<?> beside, String name) {
        try (InputStream in = beside.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing bundled script " + beside.getPackageName().replace('.', '/') + "/" + name);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
