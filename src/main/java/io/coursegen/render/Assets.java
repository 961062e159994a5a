package io.coursegen.render;

import io.coursegen.render.view.PageFrame;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The client assets shipped inside coursegen (stylesheet and scripts under {@code src/main/resources/assets/},
 * and each widget's scripts beside its classes, under {@code src/main/resources/io/coursegen/widget/<kind>/}),
 * each given a file name with a hash of its content, so browsers may cache them for ever and a new build
 * is never shown with an old stylesheet.
 */
public final class Assets {
    /**
     * Every page's own files (in {@code assets/}), then each registered widget's (in its package's resource
     * folder, such as {@code io/coursegen/widget/quiz/}): the asset name and its resource path.
     */
    private static final java.util.Map<String, String> FILES = bundledFiles();

    private static java.util.Map<String, String> bundledFiles() {
        java.util.Map<String, String> files = new java.util.LinkedHashMap<>();
        for (String name : List.of("site.css", "theme.js", "i18n.js", "dom.js", "site.js", "favicon.svg", "glossary.js", "search.js",
                "progress.js", "handin.js", "progress-ui.js", "insights-stats.js", "insights.js")) {
            files.put(name, "assets/" + name);
        }
        for (io.coursegen.widget.Widget<?> w : io.coursegen.widget.Widgets.ALL) {
            for (String name : w.assets()) files.put(name, w.getClass().getPackageName().replace('.', '/') + "/" + name);
        }
        return java.util.Collections.unmodifiableMap(files);
    }

    /**
     * The scripts shipped compacted ({@link ScriptCompactor}): the search code, which a page loads when a
     * learner starts to search, so its bytes count towards the first result. The others ship as written.
     */
    private static final java.util.Set<String> COMPACTED = java.util.Set.of("search.js");

    /** The search languages' stemmer scripts, bundled in {@code assets/}: a site ships only its language's ({@link #withBundled}). */
    private static final java.util.Set<String> STEMMERS = java.util.Arrays.stream(io.coursegen.search.SearchLanguage.values())
            .map(io.coursegen.search.SearchLanguage::stemmerScript).filter(java.util.Objects::nonNull)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** Where the bundled asset {@code name} is on the classpath (and under {@code src/main/resources/}). */
    public static String resourcePath(String name) {
        String path = FILES.get(name);
        if (path == null && STEMMERS.contains(name)) path = "assets/" + name;
        if (path == null) throw new IllegalArgumentException("no bundled asset " + name);
        return path;
    }

    /** Files copied from WebJars on the classpath: the asset name and its resource path. */
    private static final java.util.Map<String, String> WEBJAR_FILES = new java.util.LinkedHashMap<>();
    static {
    }

    private final List<OutputFile> files;
    private final PageFrame.Assets names;
    /** Reads a bundled file by its resource path: what {@link #withBundled} reads with. */
    private final java.util.function.Function<String, byte[]> reader;

    private Assets(List<OutputFile> files, PageFrame.Assets names, java.util.function.Function<String, byte[]> reader) {
        this.files = files;
        this.names = names;
        this.reader = reader;
    }

    /** Reads the bundled assets and names them by content hash. */
    public static Assets bundled() {
        return read(path -> read("/" + path));
    }

    /**
     * The same assets read from a resources folder (coursegen's own {@code src/main/resources/}), so
     * {@code serve} shows an edited stylesheet or script without rebuilding coursegen.
     */
    public static Assets fromDirectory(java.nio.file.Path resources) {
        return read(path -> {
            try {
                return java.nio.file.Files.readAllBytes(resources.resolve(path));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static Assets read(java.util.function.Function<String, byte[]> reader) {
        List<OutputFile> files = new ArrayList<>();
        java.util.Map<String, String> names = new java.util.LinkedHashMap<>();
        FILES.forEach((name, path) -> add(files, names, name, COMPACTED.contains(name) ? ScriptCompactor.compact(path, reader.apply(path)) : reader.apply(path)));
        // WebJar files always come from the classpath: serve edits coursegen's own assets, not libraries.
        WEBJAR_FILES.forEach((name, resource) -> add(files, names, name, read(resource)));
        return new Assets(List.copyOf(files), new PageFrame.Assets(java.util.Map.copyOf(names)), reader);
    }

    /** These assets and one more, generated by the build (the search data), fingerprinted like the rest. */
    public Assets with(String name, byte[] bytes) {
        List<OutputFile> more = new ArrayList<>(files);
        java.util.Map<String, String> moreNames = new java.util.LinkedHashMap<>(names.names());
        add(more, moreNames, name, bytes);
        return new Assets(List.copyOf(more), new PageFrame.Assets(java.util.Map.copyOf(moreNames)), reader);
    }

    /**
     * These assets and one more bundled file from {@code src/main/resources/assets/} that not every site
     * ships (a search language's stemmer script), read as the others were and fingerprinted like them.
     */
    public Assets withBundled(String name) {
        if (names.names().containsKey(name)) return this;
        return with(name, reader.apply("assets/" + name));
    }

    /** These assets and more files, already named (the search index's shards): shipped, not linked by name. */
    public Assets withFiles(List<OutputFile> more) {
        List<OutputFile> all = new ArrayList<>(files);
        all.addAll(more);
        return new Assets(List.copyOf(all), names, reader);
    }

    /** These assets, and {@code name} linked as {@code assets/<name>} without a file: the caller serves it. */
    public Assets withUnversioned(String name) {
        java.util.Map<String, String> moreNames = new java.util.LinkedHashMap<>(names.names());
        moreNames.put(name, "assets/" + name);
        return new Assets(files, new PageFrame.Assets(java.util.Map.copyOf(moreNames)), reader);
    }

    /** These assets linked from a folder below the site's root: each name's path starts with {@code prefix} ({@code ../}). */
    public Assets linkedFrom(String prefix) {
        java.util.Map<String, String> linked = new java.util.LinkedHashMap<>();
        names.names().forEach((name, path) -> linked.put(name, prefix + path));
        return new Assets(files, new PageFrame.Assets(java.util.Map.copyOf(linked)), reader);
    }

    private static void add(List<OutputFile> files, java.util.Map<String, String> names, String name, byte[] bytes) {
        int dot = name.lastIndexOf('.');
        String fingerprinted = "assets/" + name.substring(0, dot) + "." + hash(bytes) + name.substring(dot);
        files.add(new OutputFile(fingerprinted, bytes));
        names.put(name, fingerprinted);
    }

    public List<OutputFile> files() {
        return files;
    }

    public PageFrame.Assets names() {
        return names;
    }

    private static byte[] read(String resource) {
        try (InputStream in = Assets.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("coursegen is missing its bundled asset " + resource);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first 10 hex digits of the SHA-256 of {@code bytes}: short, and collisions are not a concern here. */
    private static String hash(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
