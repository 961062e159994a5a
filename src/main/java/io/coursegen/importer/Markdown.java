package io.coursegen.importer;

import io.coursegen.diagnostics.Diagnostics;
import io.coursegen.load.FrontMatter;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Small text helpers the importers share: front matter, slugs, titles from file names. */
final class Markdown {
    private Markdown() {}

    /** A markdown file split into its front matter (as a map, empty if none or unreadable) and body. */
    record Split(Map<String, Object> frontMatter, String body) {}

    static Split split(String path, String text) {
        Optional<FrontMatter> fm = FrontMatter.split(path, text, new Diagnostics());
        if (fm.isEmpty()) return new Split(Map.of(), text);
        try {
            Object data = new Yaml(new SafeConstructor(new LoaderOptions())).load(fm.get().yaml());
            if (data instanceof Map<?, ?> m) {
                Map<String, Object> out = new LinkedHashMap<>();
                m.forEach((k, v) -> out.put(String.valueOf(k), v));
                return new Split(out, fm.get().body());
            }
        } catch (RuntimeException e) {
            // Front matter that does not parse is dropped with the rest; the report says so.
        }
        return new Split(Map.of("", "unreadable"), fm.get().body());
    }

    /** A slug of lower-case ASCII letters and digits joined by hyphens, at most 48 characters; {@code fallback} if none. */
    static String slug(String text, String fallback) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String s = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (s.length() > 48) s = s.substring(0, 48).replaceAll("-+$", "");
        return s.isEmpty() ? fallback : s;
    }

    /** A title from a file or folder name: {@code 02-getting_started.md} gives "Getting started". */
    static String titleFromName(String name) {
        String stem = name.replaceAll("\\.(md|markdown)$", "").replaceAll("^\\d+[-_. ]*", "").replace('_', ' ').replace('-', ' ').strip();
        if (stem.isEmpty()) stem = name;
        return Character.toUpperCase(stem.charAt(0)) + stem.substring(1);
    }
}
