package io.coursegen.xapi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The xAPI layer's scripts, bundled beside this class (src/main/resources/io/coursegen/xapi/). */
public final class XapiAssets {
    private XapiAssets() {}

    /** The bytes of the bundled script {@code name}, such as {@code xapi-statements.js}. */
    public static byte[] bundled(String name) {
        try (InputStream in = XapiAssets.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing bundled xAPI script io/coursegen/xapi/" + name);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
