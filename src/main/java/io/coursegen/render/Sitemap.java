package io.coursegen.render;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** A sitemap.xml listing every page but the 404 page, with absolute URLs under the base URL. */
final class Sitemap {
    private Sitemap() {}

    static byte[] xml(URI base, List<OutputFile> files) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (OutputFile f : files) {
            if (!f.isPage() || f.path().equals(SitePaths.NOT_FOUND)) continue;
            String path = f.path().endsWith("index.html") ? f.path().substring(0, f.path().length() - "index.html".length()) : f.path();
            sb.append("  <url><loc>").append(escape(base.resolve(path).toString())).append("</loc></url>\n");
        }
        return sb.append("</urlset>\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
