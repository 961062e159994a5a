package io.coursegen.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The inverted index of a course's {@link SearchDocs}: for every term, the documents it occurs in,
 * each with its BM25 score, best first. Scores are computed here, at build time, so the browser only
 * adds them up. A term's score in a document is BM25 per field, summed with the fields' boosts (as
 * Lucene scores a query over several fields): {@code idf * sum over fields of
 * boost * tf * (K1 + 1) / (tf + K1 * (1 - b + b * fieldLength / averageFieldLength))}, with
 * {@code idf = ln(1 + (N - df + 0.5) / (df + 0.5))} over N documents, times the page's {@link #prior}.
 * Summing per field, rather than weighting counts before one saturation (BM25F), keeps a title match
 * worth its boost when a common word is everywhere in the body: on the shipped course's relevance set
 * BM25F ranked glossary entries and lesson titles lower. Fields: the page title (in each of its
 * documents: a section is about what its page is about), the section heading, the page's keywords
 * (a glossary term and its aliases) and the body text; averages are over the documents that have the field.
 *
 * @param terms every term, in sorted order
 * @param docs  how many documents there are
 */
public record SearchIndex(Map<String, Term> terms, int docs) {
    /** BM25's saturation constant. */
    static final double K1 = 1.2;
    /** Scores are stored as whole numbers: the score times this. */
    static final double SCALE = 20;
    /** At most this many other spellings of a term are kept (the most frequent first). */
    static final int MAX_FORMS = 8;

    /** A field of a document: its boost and its length normalisation {@code b}. */
    enum Field {
        TITLE(3, 0.5), HEADING(2, 0.5), KEYWORDS(3, 0.5), BODY(1, 0.75);

        final double weight;
        final double b;

        Field(double weight, double b) {
            this.weight = weight;
            this.b = b;
        }
    }

    /**
     * A term's documents, best first, and the folded words that stem to it ({@code forms}, other than the
     * term itself), which prefix and typo matching compare a query word with.
     */
    public record Term(List<String> forms, List<Posting> postings) {
        public Term {
            forms = List.copyOf(forms);
            postings = List.copyOf(postings);
        }
    }

    /**
     * One document a term occurs in: its page, its number within the page, the term's score in it
     * (times {@link #SCALE}, at least 1), and where the term first occurs in the document's text
     * (a UTF-16 offset; -1 when it occurs only in the title, heading or keywords).
     */
    public record Posting(int page, int section, int score, int position) {}

    /**
     * What a page's scores are multiplied by, from its kind: a module page (a list of its lessons) and a
     * quiz or exercise set (questions about what a lesson teaches) rank below the lesson and glossary
     * entry that explain the same words.
     */
    static double prior(String kind) {
        return switch (kind) {
            case "Module" -> 0.6;
            case "Quiz", "Exercises" -> 0.8;
            default -> 1.0;
        };
    }

    /** Indexes {@code docs} with {@code analyzer}. */
    public static SearchIndex build(SearchDocs docs, Analyzer analyzer) {
        return build(docs, analyzer, new Cache());
    }

    /**
     * What {@code serve} keeps between edits: each document's analysis, by its texts. Analysis (splitting
     * and stemming) is most of the work, so after an edit only the edited documents are analysed again.
     * Holds only the documents of the last build. Not thread-safe.
     */
    public static final class Cache {
        private Map<List<String>, Analysed> last = new HashMap<>();
        /** The last index and what it was made from, for the next to update only what an edit changed; null before the first. */
        private Previous previous;
        /** The terms whose postings the last build changed, or null when it made every term afresh. */
        private Set<String> changedTerms;
        /** The documents whose texts the last build found changed, or null when it made every term afresh. */
        private Set<Integer> changedDocs;
        /** Files of the last index, by IndexFiles: a prefix's shard (and tail), a document's script by its data. */
        final Map<String, List<io.coursegen.render.OutputFile>> shards = new HashMap<>();
        final Map<List<String>, String> docScripts = new HashMap<>();

        /** The average field lengths the last index was scored with (null before the first). */
        double[] average() {
            return previous == null ? null : previous.average().clone();
        }

        /** The terms the last build rescored, or null when it scored every term (the first build, or one after a large change). */
        Set<String> changedTerms() {
            return changedTerms;
        }

        /** The documents the last build found edited, or null with {@link #changedTerms} null. */
        Set<Integer> changedDocs() {
            return changedDocs;
        }
    }

    /**
     * An index and its inputs: each document's texts and analysis, its page, the pages' kinds, the average
     * field lengths it was scored with, and how many documents have changed since they were computed.
     */
    private record Previous(SearchIndex index, List<List<String>> keys, List<Analysed> analysed, int[] pageOf, List<String> kinds,
            double[] average, int drift) {}

    /**
     * serve updates the index in place while the edits since its averages were computed touch at most this
     * share of the documents; past it (or when documents are added, removed or moved) it scores everything afresh.
     */
    static final double MAX_DRIFT = 0.1;

    /**
     * A document's terms with their count per field and, in the slot after the fields, where the term first
     * occurs in the body (-1: not in the body); its field lengths, and the spellings of its terms.
     */
    private record Analysed(Map<String, int[]> tf, int[] lengths, Map<String, Map<String, Integer>> forms) {}

    /** The slot of a term's first body position in {@link Analysed#tf}. */
    private static final int FIRST = Field.values().length;

    private static Analysed analyse(String[] texts, Analyzer analyzer) {
        Field[] fields = Field.values();
        Map<String, int[]> tf = new HashMap<>();
        Map<String, Map<String, Integer>> forms = new HashMap<>();
        int[] lengths = new int[fields.length];
        for (Field f : fields) {
            List<Analyzer.Token> tokens = analyzer.tokens(texts[f.ordinal()]);
            lengths[f.ordinal()] = tokens.size();
            for (Analyzer.Token t : tokens) {
                int[] counts = tf.get(t.term());
                if (counts == null) {
                    counts = new int[fields.length + 1];
                    counts[FIRST] = -1;
                    tf.put(t.term(), counts);
                }
                counts[f.ordinal()]++;
                if (f == Field.BODY && counts[FIRST] < 0) counts[FIRST] = t.start();
                if (!t.word().equals(t.term())) forms.computeIfAbsent(t.term(), k -> new HashMap<>()).merge(t.word(), 1, Integer::sum);
            }
        }
        return new Analysed(tf, lengths, forms);
    }

    /** A term's documents while scoring: document numbers, weights before idf and first positions, in growing arrays. */
    private static final class Raw {
        int[] docs = new int[4];
        double[] weights = new double[4];
        int[] firsts = new int[4];
        int size;

        void add(int doc, double weight, int first) {
            if (size == docs.length) {
                docs = java.util.Arrays.copyOf(docs, size * 2);
                weights = java.util.Arrays.copyOf(weights, size * 2);
                firsts = java.util.Arrays.copyOf(firsts, size * 2);
            }
            docs[size] = doc;
            weights[size] = weight;
            firsts[size++] = first;
        }
    }

    /** Best score first, then by page and section: the order of a term's postings. */
    private static final Comparator<Posting> BEST_FIRST = (a, b) -> a.score() != b.score() ? Integer.compare(b.score(), a.score())
            : a.page() != b.page() ? Integer.compare(a.page(), b.page()) : Integer.compare(a.section(), b.section());

    /**
     * Indexes {@code docs} with {@code analyzer}, analysing only the documents {@code cache} does not hold.
     * When the documents are the same ones as last time (same pages, same number of sections each) and the
     * edits since the last full scoring touch few of them ({@link #MAX_DRIFT}), only the terms of the edited
     * documents are scored again, with the average field lengths of that full scoring: the index is then
     * the one {@code build} would make with those averages, and IndexFiles rewrites only those terms' shards.
     */
    public static SearchIndex build(SearchDocs docs, Analyzer analyzer, Cache cache) {
        return build(docs, analyzer, cache, null);
    }

    /** As above; a non-null {@code fixedAverage} scores with those average field lengths (for tests of the update). */
    static SearchIndex build(SearchDocs docs, Analyzer analyzer, Cache cache, double[] fixedAverage) {
        int n = docs.docs().size();
        Field[] fields = Field.values();
        List<Analysed> analysed = new ArrayList<>(n);
        List<List<String>> keys = new ArrayList<>(n);
        int[] sections = new int[n];
        int[] pageOf = new int[n];
        double[] totals = new double[fields.length];
        int[] present = new int[fields.length];
        int lastPage = -1;
        int section = 0;
        Map<List<String>, Analysed> seen = new HashMap<>();
        for (int d = 0; d < n; d++) {
            SearchDocs.Doc doc = docs.docs().get(d);
            section = doc.page() == lastPage ? section + 1 : 0;
            lastPage = doc.page();
            sections[d] = section;
            pageOf[d] = doc.page();
            String[] texts = {docs.pages().get(doc.page()).title(), doc.heading(), doc.keywords(), doc.text()};
            List<String> key = List.of(texts);
            Analysed a = cache.last.get(key);
            if (a == null) a = analyse(texts, analyzer);
            seen.put(key, a);
            keys.add(key);
            analysed.add(a);
            for (Field f : fields) {
                totals[f.ordinal()] += a.lengths()[f.ordinal()];
                if (a.lengths()[f.ordinal()] > 0) present[f.ordinal()]++;
            }
        }
        cache.last = seen;
        List<String> kinds = docs.pages().stream().map(SearchDocs.Page::kind).toList();
        double[] priors = new double[n];
        for (int d = 0; d < n; d++) priors[d] = prior(kinds.get(pageOf[d]));

        Previous before = cache.previous;
        if (fixedAverage == null && before != null && java.util.Arrays.equals(before.pageOf(), pageOf) && before.kinds().equals(kinds)) {
            Set<Integer> changed = new java.util.TreeSet<>();
            for (int d = 0; d < n; d++) if (!before.keys().get(d).equals(keys.get(d))) changed.add(d);
            int drift = before.drift() + changed.size();
            if (drift <= MAX_DRIFT * n) {
                Set<String> touched = new java.util.TreeSet<>();
                SearchIndex index = changed.isEmpty() ? before.index() : update(before, changed, analysed, sections, priors, n, touched);
                cache.changedTerms = touched;
                cache.previous = new Previous(index, keys, analysed, pageOf, kinds, before.average(), drift);
                cache.changedDocs = changed;
                return index;
            }
        }
        double[] average = fixedAverage;
        if (average == null) {
            average = new double[fields.length];
            // Over the documents that have the field (most have no heading, only glossary entries have keywords).
            for (Field f : fields) average[f.ordinal()] = present[f.ordinal()] == 0 ? 1 : totals[f.ordinal()] / present[f.ordinal()];
        }
        SearchIndex index = score(analysed, sections, priors, pageOf, average, n);
        cache.previous = new Previous(index, keys, analysed, pageOf, kinds, average, 0);
        cache.changedTerms = null;
        cache.changedDocs = null;
        return index;
    }

    /** BM25 of one term in one document, before idf and prior: per field, with its boost, summed. */
    private static double weight(int[] counts, int[] lengths, double[] average) {
        double weighted = 0;
        for (Field f : Field.values()) {
            int count = counts[f.ordinal()];
            if (count == 0) continue;
            double norm = 1 - f.b + f.b * lengths[f.ordinal()] / average[f.ordinal()];
            weighted += f.weight * count * (K1 + 1) / (count + K1 * norm);
        }
        return weighted;
    }

    /** A term's postings from its documents ({@code r}), best first. */
    private static List<Posting> postings(Raw r, int[] pageOf, int[] sections, double[] priors, int n) {
        int df = r.size;
        double idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
        Posting[] list = new Posting[df];
        for (int i = 0; i < df; i++) {
            int d = r.docs[i];
            double score = idf * r.weights[i] * priors[d];
            list[i] = new Posting(pageOf[d], sections[d], Math.max(1, (int) Math.round(score * SCALE)), r.firsts[i]);
        }
        java.util.Arrays.sort(list, BEST_FIRST);
        return java.util.Arrays.asList(list);
    }

    /** A term's spellings: the {@link #MAX_FORMS} most frequent, sorted. */
    private static List<String> spellings(Map<String, Integer> counts) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(MAX_FORMS).map(Map.Entry::getKey).sorted().toList();
    }

    /** Scores every term of every document. */
    private static SearchIndex score(List<Analysed> analysed, int[] sections, double[] priors, int[] pageOf, double[] average, int n) {
        Map<String, Raw> raw = new HashMap<>();
        Map<String, Map<String, Integer>> forms = new HashMap<>();
        for (int d = 0; d < n; d++) {
            Analysed a = analysed.get(d);
            for (Map.Entry<String, int[]> e : a.tf().entrySet()) {
                raw.computeIfAbsent(e.getKey(), k -> new Raw()).add(d, weight(e.getValue(), a.lengths(), average), e.getValue()[FIRST]);
            }
            a.forms().forEach((term, words) -> {
                Map<String, Integer> all = forms.computeIfAbsent(term, k -> new HashMap<>());
                words.forEach((w, c) -> all.merge(w, c, Integer::sum));
            });
        }
        Map<String, Term> terms = new TreeMap<>();
        raw.forEach((term, r) -> terms.put(term, new Term(spellings(forms.getOrDefault(term, Map.of())), postings(r, pageOf, sections, priors, n))));
        return new SearchIndex(java.util.Collections.unmodifiableSortedMap((TreeMap<String, Term>) terms), n);
    }

    /**
     * {@code before}'s index with the terms of the {@code changed} documents (as they were and as they are)
     * scored again over the documents that have them now, with {@code before}'s averages.
     */
    private static SearchIndex update(Previous before, Set<Integer> changed, List<Analysed> analysed, int[] sections, double[] priors, int n,
            Set<String> touched) {
        for (int d : changed) {
            touched.addAll(before.analysed().get(d).tf().keySet());
            touched.addAll(analysed.get(d).tf().keySet());
        }
        // A document's number from its page and section: pages' documents are consecutive.
        int[] firstOfPage = new int[before.kinds().size()];
        java.util.Arrays.fill(firstOfPage, -1);
        for (int d = before.pageOf().length - 1; d >= 0; d--) firstOfPage[before.pageOf()[d]] = d;
        Map<String, Term> terms = new TreeMap<>(before.index().terms());
        for (String term : touched) {
            java.util.TreeSet<Integer> with = new java.util.TreeSet<>();
            Term old = terms.get(term);
            if (old != null) for (Posting p : old.postings()) with.add(firstOfPage[p.page()] + p.section());
            for (int d : changed) {
                if (analysed.get(d).tf().containsKey(term)) with.add(d);
                else with.remove(d);
            }
            if (with.isEmpty()) {
                terms.remove(term);
                continue;
            }
            Raw r = new Raw();
            Map<String, Integer> forms = new HashMap<>();
            for (int d : with) {
                Analysed a = analysed.get(d);
                int[] c = a.tf().get(term);
                r.add(d, weight(c, a.lengths(), before.average()), c[FIRST]);
                Map<String, Integer> words = a.forms().get(term);
                if (words != null) words.forEach((w, k) -> forms.merge(w, k, Integer::sum));
            }
            terms.put(term, new Term(spellings(forms), postings(r, before.pageOf(), sections, priors, n)));
        }
        return new SearchIndex(java.util.Collections.unmodifiableSortedMap((TreeMap<String, Term>) terms), n);
    }
}
