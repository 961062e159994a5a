package io.coursegen.xapi;

import io.coursegen.load.YamlMap;
import io.coursegen.model.OutsideLinks.XapiEndpoint;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads {@code xapi:} of course.yaml, the learning record store a site reports to (off when absent), every problem at
 * its position:
 *
 * <pre>
 * xapi:
 *   endpoint: https://lrs.example.org/xapi/   # https, or http on localhost / 127.0.0.1 / [::1] only
 *   auth: Basic dXNlcjpwYXNz                  # optional: the Authorization header, a key meant to write only
 * </pre>
 */
public final class XapiSettingsReader {
    /** The keys of {@code xapi:}. */
    public static final List<String> KEYS = List.of("endpoint", "auth");

    private XapiSettingsReader() {}

    /** The endpoint {@code course} names, if it names a usable one; problems go to its diagnostics. */
    public static Optional<XapiEndpoint> read(YamlMap course) {
        if (!course.has("xapi")) return Optional.empty();
        Optional<YamlMap> section = course.map("xapi", KEYS, false);
        if (section.isEmpty()) return Optional.empty();
        YamlMap x = section.get();
        Optional<String> endpoint = x.text("endpoint", false);
        if (!x.has("endpoint")) {
            x.diagnostics().error(x.ref(), "`xapi` needs `endpoint`, the LRS's web address, such as `endpoint: https://lrs.example.org/xapi/`;"
                    + " or leave `xapi` out to report nothing");
        }
        Optional<String> auth = x.text("auth", false);
        boolean ok = endpoint.isPresent();
        String origin = null;
        String base = null;
        if (endpoint.isPresent()) {
            Optional<String> problem = problem(endpoint.get());
            if (problem.isPresent()) {
                x.diagnostics().error(x.refOf("endpoint"), problem.get());
                ok = false;
            } else {
                URI u = URI.create(endpoint.get());
                origin = u.getScheme().toLowerCase(Locale.ROOT) + "://" + u.getRawAuthority().toLowerCase(Locale.ROOT);
                base = endpoint.get().endsWith("/") ? endpoint.get() : endpoint.get() + "/";
            }
        }
        if (auth.isPresent() && !auth.get().matches("Basic [A-Za-z0-9+/]+={0,2}")) {
            x.diagnostics().error(x.refOf("auth"), "`auth` should be an HTTP Basic credential, `Basic` and the base64 of `key:secret`,"
                    + " such as `auth: Basic bHJzLWtleTpzZWNyZXQ=`; found `" + shorten(auth.get()) + "`");
            ok = false;
        }
        if (!ok) return Optional.empty();
        return Optional.of(new XapiEndpoint(base, origin, auth.orElse(null), x.ref()));
    }

    /** Why {@code endpoint} cannot be an LRS's base URL, or empty if it can. */
    static Optional<String> problem(String endpoint) {
        URI u;
        try {
            u = new URI(endpoint);
        } catch (URISyntaxException e) {
            return Optional.of("`endpoint` should be the LRS's web address, such as `https://lrs.example.org/xapi/`; found `" + shorten(endpoint)
                    + "`, which is not a URL");
        }
        String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
        String host = u.getHost() == null ? "" : u.getHost().toLowerCase(Locale.ROOT);
        boolean loopback = host.equals("localhost") || host.equals("127.0.0.1") || host.equals("[::1]");
        if (!u.isAbsolute() || host.isEmpty() || !(scheme.equals("https") || scheme.equals("http"))) {
            return Optional.of("`endpoint` should be the LRS's web address, such as `https://lrs.example.org/xapi/`; found `" + shorten(endpoint) + "`");
        }
        if (scheme.equals("http") && !loopback) {
            return Optional.of("`endpoint` must use https, so that answers and the key cannot be read on the way: found `" + shorten(endpoint)
                    + "`; write `https://" + endpoint.substring("http://".length()) + "` (plain http only for localhost, 127.0.0.1 or [::1])");
        }
        if (u.getRawUserInfo() != null) {
            return Optional.of("`endpoint` should not hold a user name or password (found `" + shorten(endpoint)
                    + "`); give the credential as `auth: Basic ...`");
        }
        if (u.getRawQuery() != null || u.getRawFragment() != null) {
            return Optional.of("`endpoint` should be the LRS's base address without `?` or `#`, such as `https://lrs.example.org/xapi/`; found `"
                    + shorten(endpoint) + "`");
        }
        return Optional.empty();
    }

    private static String shorten(String s) {
        return s.length() > 80 ? s.substring(0, 77) + "..." : s;
    }
}
