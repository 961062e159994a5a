package io.coursegen.render;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** A sitemap.xml listing every page but the 404 page, with absolute URLs under the base URL. */
final class Sitemap {
    private Sitemap() {}

    /** @param pages the site's page paths, in reading order */
    static byte[] xml(URI base, List<String> pages) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (String page : pages) {
            if (!page.endsWith(".html") || page.equals(SitePaths.NOT_FOUND)) continue;
            String path = page.endsWith("index.html") ? page.substring(0, page.length() - "index.html".length()) : page;
            sb.append("  <url><loc>").append(escape(base.resolve(path).toString())).append("</loc></url>\n");
        }
        return sb.append("</urlset>\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
