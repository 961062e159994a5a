package io.coursegen.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.coursegen.render.OutputFile;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The search index as files (the format is in README, "Search"). Each is a script that registers its
 * data by pushing it onto {@code window.coursegenSearch}, so it loads from {@code file://} and under
 * {@code script-src 'self'}, in any order, with nothing evaluated:
 * <ul>
 * <li>the manifest ({@code ["index", {...}]}): analysis settings, which shard file holds each term prefix,
 *     and each tail shard's file and size in bytes;
 * <li>a term shard per prefix ({@code ["terms", prefix, [[term, forms, df, postings], ...]]}), holding each
 *     term's best {@link #HEAD} documents, and a tail shard ({@code ["tail", ...]}) with the rest, only for
 *     prefixes that need one;
 * <li>a file per document ({@code ["doc", "page-section", [url, title, kind, anchor, heading, text]]}),
 *     which a result loads for its title and snippet.
 * </ul>
 * Shards are named by a hash of their content, so an edit changes only the shards of the terms it touches;
 * document files sit in a folder named by a hash of them all.
 *
 * @param manifest the manifest script, which the caller names (it is fingerprinted like other assets)
 * @param files    the shard and document files, with their paths in the site
 */
public record IndexFiles(byte[] manifest, List<OutputFile> files) {
    /** The global every file pushes onto. */
    public static final String GLOBAL = "coursegenSearch";
    /** Version of the format, in the manifest. */
    public static final int VERSION = 1;
    /** A term shard holds at most this many documents of each term; a tail shard holds the rest. */
    public static final int HEAD = 48;
    /** Terms are sharded by their first this many characters (code points). */
    public static final int PREFIX = 2;
    /** Query words of at least this many letters also match terms one edit away. */
    public static final int FUZZY_FROM = 5;
    /** The folder of the index files in the site. */
    public static final String DIR = "assets/search/";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The shard prefix of a term: its first {@link #PREFIX} code points. */
    public static String prefix(String term) {
        int end = term.offsetByCodePoints(0, Math.min(PREFIX, term.codePointCount(0, term.length())));
        return term.substring(0, end);
    }

    /**
     * The index of {@code course}, analysed for its language. With {@code -Dcoursegen.timings} the time
     * it took goes to stderr (for bench/).
     */
    public static IndexFiles of(io.coursegen.model.Course course) {
        return of(course, new SearchIndex.Cache());
    }

    /** As above, analysing only the documents {@code cache} does not hold (serve keeps one between edits). */
    public static IndexFiles of(io.coursegen.model.Course course, SearchIndex.Cache cache) {
        long start = System.nanoTime();
        Analyzer analyzer = Analyzer.forLanguage(course.language());
        SearchDocs docs = SearchDocs.of(course);
        IndexFiles files = of(docs, SearchIndex.build(docs, analyzer, cache), analyzer, cache);
        if (Boolean.getBoolean("coursegen.timings")) {
            System.err.printf(java.util.Locale.ROOT, "coursegen: search index %d ms%n", (System.nanoTime() - start) / 1_000_000);
        }
        return files;
    }

    /** Writes {@code index} of {@code docs}, analysed by {@code analyzer}. */
    public static IndexFiles of(SearchDocs docs, SearchIndex index, Analyzer analyzer) {
        return of(docs, index, analyzer, null);
    }

    /**
     * As above; with {@code cache} (the one {@code index} was built through), only the shards of the terms
     * the build rescored and the scripts of documents whose data changed are written again, the others
     * kept from the last call: the files are the same as written afresh.
     */
    static IndexFiles of(SearchDocs docs, SearchIndex index, Analyzer analyzer, SearchIndex.Cache cache) {
        java.util.Set<String> changed = cache == null ? null : cache.changedTerms();
        Map<String, List<OutputFile>> shards = cache == null ? new java.util.HashMap<>() : cache.shards;
        if (changed == null || shards.isEmpty()) {
            shards.clear();
            Map<String, List<Map.Entry<String, SearchIndex.Term>>> byPrefix = new TreeMap<>();
            index.terms().entrySet().forEach(e -> byPrefix.computeIfAbsent(prefix(e.getKey()), k -> new ArrayList<>()).add(e));
            byPrefix.forEach((prefix, terms) -> shards.put(prefix, shardFiles(prefix, terms)));
        } else {
            java.util.SortedMap<String, SearchIndex.Term> sorted = (java.util.SortedMap<String, SearchIndex.Term>) index.terms();
            for (String prefix : changed.stream().map(IndexFiles::prefix).collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new))) {
                List<Map.Entry<String, SearchIndex.Term>> terms = sorted.subMap(prefix, prefix + Character.MAX_VALUE).entrySet().stream()
                        .filter(e -> prefix(e.getKey()).equals(prefix)).toList();
                if (terms.isEmpty()) shards.remove(prefix);
                else shards.put(prefix, shardFiles(prefix, terms));
            }
        }
        List<OutputFile> files = new ArrayList<>();
        // The manifest names each shard by its file's name and hash, "name.hash" separated by spaces (a tail's
        // with its size, "name.hash.bytes"): the browser rebuilds the paths, and the manifest stays small.
        StringBuilder shardNames = new StringBuilder();
        StringBuilder tailNames = new StringBuilder();
        List<OutputFile> tailFiles = new ArrayList<>();
        new TreeMap<>(shards).forEach((prefix, pair) -> {
            files.add(pair.get(0));
            open(shardNames, ' ').append(fileName(prefix)).append('.').append(hashOf(pair.get(0)));
            if (pair.size() > 1) {
                tailFiles.add(pair.get(1));
                open(tailNames, ' ').append(fileName(prefix)).append('.').append(hashOf(pair.get(1))).append('.').append(pair.get(1).bytes().length);
            }
        });
        files.addAll(tailFiles);

        List<String[]> docFiles = new ArrayList<>();
        int section = 0;
        int lastPage = -1;
        MessageDigest all = sha256();
        Map<List<String>, String> lastScripts = cache == null ? Map.of() : cache.docScripts;
        Map<List<String>, String> scripts = new java.util.HashMap<>();
        for (SearchDocs.Doc d : docs.docs()) {
            section = d.page() == lastPage ? section + 1 : 0;
            lastPage = d.page();
            SearchDocs.Page p = docs.pages().get(d.page());
            String id = d.page() + "-" + section;
            List<String> key = List.of(id, p.url(), p.title(), p.kind(), d.anchor(), d.heading(), d.text());
            String script = lastScripts.get(key);
            if (script == null) {
                ArrayNode data = JSON.createArrayNode().add(p.url()).add(p.title()).add(p.kind()).add(d.anchor()).add(d.heading()).add(d.text());
                script = push(JSON.createArrayNode().add("doc").add(id).add(data));
            }
            scripts.put(key, script);
            all.update(script.getBytes(StandardCharsets.UTF_8));
            docFiles.add(new String[] {id, script});
        }
        if (cache != null) {
            cache.docScripts.clear();
            cache.docScripts.putAll(scripts);
        }
        String docDir = "d-" + HexFormat.of().formatHex(all.digest()).substring(0, 8) + "/";
        for (String[] f : docFiles) files.add(new OutputFile(DIR + docDir + f[0] + ".js", f[1].getBytes(StandardCharsets.UTF_8)));

        ObjectNode m = JSON.createObjectNode();
        m.put("v", VERSION);
        m.setAll(settings(analyzer));
        m.put("prefix", PREFIX);
        m.put("fuzzy", FUZZY_FROM);
        m.put("head", HEAD);
        m.put("pages", docs.pages().size());
        m.put("docs", docDir);
        m.put("shards", shardNames.toString());
        m.put("tails", tailNames.toString());
        byte[] manifest = push(JSON.createArrayNode().add("index").add(m)).getBytes(StandardCharsets.UTF_8);
        return new IndexFiles(manifest, List.copyOf(files));
    }

    /**
     * The analysis settings the manifest gives the browser's analyzer: {@code stemmer} and {@code stop}, and
     * only where the language needs them {@code stemFirst}, {@code elision} and {@code bigrams} (so an
     * English manifest carries no more than it did). search.js's {@code analyzer(settings)} reads them.
     */
    public static ObjectNode settings(Analyzer analyzer) {
        ObjectNode m = JSON.createObjectNode();
        m.put("stemmer", analyzer.stemmerName());
        ArrayNode stop = m.putArray("stop");
        analyzer.stopWords().forEach(stop::add);
        if (analyzer.language().stemFirst()) m.put("stemFirst", true);
        if (!analyzer.elisions().isEmpty()) {
            ArrayNode elision = m.putArray("elision");
            analyzer.elisions().forEach(elision::add);
        }
        if (analyzer.language().bigrams()) m.put("bigrams", true);
        return m;
    }

    /** Postings flattened: page, section, score, position, page, section, ... */
    private static void postings(StringBuilder into, List<SearchIndex.Posting> postings) {
        into.append('[');
        for (int i = 0; i < postings.size(); i++) {
            SearchIndex.Posting p = postings.get(i);
            if (i > 0) into.append(',');
            into.append(p.page()).append(',').append(p.section()).append(',').append(p.score()).append(',').append(p.position());
        }
        into.append(']');
    }

    /** {@code list} ready for one more element. */
    private static StringBuilder open(StringBuilder list) {
        return open(list, ',');
    }

    private static StringBuilder open(StringBuilder list, char separator) {
        if (list.length() > 0) list.append(separator);
        return list;
    }

    /** The content hash in the name of a shard file, {@code t/<name>.<hash>.js}. */
    private static String hashOf(OutputFile shard) {
        String path = shard.path();
        return path.substring(path.length() - 3 - HASH, path.length() - 3);
    }

    /** The files of one prefix's terms (in order): its shard, and its tail shard when a term has more than {@link #HEAD} documents. */
    private static List<OutputFile> shardFiles(String prefix, List<Map.Entry<String, SearchIndex.Term>> terms) {
        // Written as text, not through a JSON tree: a large course has millions of postings.
        StringBuilder head = new StringBuilder();
        StringBuilder tail = new StringBuilder();
        for (Map.Entry<String, SearchIndex.Term> e : terms) {
            SearchIndex.Term t = e.getValue();
            StringBuilder entry = open(head);
            entry.append('[').append(string(e.getKey())).append(",[");
            for (int i = 0; i < t.forms().size(); i++) entry.append(i == 0 ? "" : ",").append(string(t.forms().get(i)));
            entry.append("],").append(t.postings().size()).append(',');
            postings(entry, t.postings().subList(0, Math.min(HEAD, t.postings().size())));
            entry.append(']');
            if (t.postings().size() > HEAD) {
                StringBuilder rest = open(tail);
                rest.append('[').append(string(e.getKey())).append(',');
                postings(rest, t.postings().subList(HEAD, t.postings().size()));
                rest.append(']');
            }
        }
        List<OutputFile> out = new ArrayList<>();
        shard(out, "terms", prefix, "", head);
        if (tail.length() > 0) shard(out, "tail", prefix, "~", tail);
        return out;
    }

    private static String string(String s) {
        try {
            return JSON.writeValueAsString(s);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Hex digits of a shard's content hash in its file name. */
    private static final int HASH = 8;

    /** Adds a shard file and returns its name relative to {@link #DIR}. */
    private static String shard(List<OutputFile> files, String kind, String prefix, String suffix, StringBuilder entries) {
        String script = "(window." + GLOBAL + "=window." + GLOBAL + "||[]).push([" + string(kind) + "," + string(prefix) + ",[" + entries + "]]);\n";
        byte[] bytes = script.getBytes(StandardCharsets.UTF_8);
        String name = "t/" + fileName(prefix) + suffix + "." + HexFormat.of().formatHex(sha256().digest(bytes)).substring(0, HASH) + ".js";
        files.add(new OutputFile(DIR + name, bytes));
        return name;
    }

    /**
     * A manifest's list of shards read back, as search.js reads it: {@code shards} (or with {@code tails}
     * true, {@code tails}) as prefix to path relative to {@link #DIR}, and for a tail its size after a space.
     */
    public static Map<String, String> shardList(String list, boolean tails) {
        Map<String, String> out = new TreeMap<>();
        if (list.isEmpty()) return out;
        for (String item : list.split(" ")) {
            String[] f = item.split("\\.");
            String prefix = f[0];
            if (prefix.startsWith("x-")) {
                StringBuilder b = new StringBuilder();
                for (String hex : prefix.substring(2).split("-")) b.appendCodePoint(Integer.parseInt(hex, 16));
                prefix = b.toString();
            }
            out.put(prefix, "t/" + f[0] + (tails ? "~" : "") + "." + f[1] + ".js" + (tails ? " " + f[2] : ""));
        }
        return out;
    }

    /** A prefix as a file name: itself when it is ASCII letters and digits, else its code points in hex. */
    static String fileName(String prefix) {
        if (prefix.matches("[a-z0-9]+")) return prefix;
        StringBuilder b = new StringBuilder("x");
        prefix.codePoints().forEach(c -> b.append('-').append(Integer.toHexString(c)));
        return b.toString();
    }

    private static String push(ArrayNode data) {
        try {
            return "(window." + GLOBAL + "=window." + GLOBAL + "||[]).push(" + JSON.writeValueAsString(data) + ");\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
