import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Writes a deterministic synthetic course project for benchmarking coursegen.
 *
 * <pre>java bench/GenerateCourse.java OUT_DIR N [SEED]</pre>
 *
 * OUT_DIR gets {@code content/course.yaml} and modules of 25 lessons each
 * ({@code content/NNN-module-k/module.yaml}, {@code content/NNN-module-k/NNN-lesson-j.md}). Every lesson
 * is about 5 KB of markdown: front matter (title, summary, tags, objectives), an intro, 3-5 {@code ##}
 * sections with {@code ###} subsections, a bullet list, a numbered list, a table, a fenced code block,
 * inline code, emphasis and strong text, a {@code > [!NOTE]} callout, and 2-3 links to other lessons'
 * {@code .md} files, some with a {@code #heading-id} anchor that exists in the target. The same N and
 * SEED always give byte-identical files: all randomness comes from {@link Random} seeded per lesson,
 * and nothing iterates a hash-ordered collection into the output.
 *
 * <p>No dependencies; runs with the JDK's single-file launcher (Java 11+).
 */
public final class GenerateCourse {
    /** 25 unless {@code -Dlessons.per.module=K} (bench/search.sh makes one module of 5,000 lessons to size the navigation). */
    static final int LESSONS_PER_MODULE = Integer.getInteger("lessons.per.module", 25);
    /** Written into OUT_DIR so a later run may delete a corpus it made, and nothing else. */
    static final String MARKER = ".coursegen-bench-corpus";

    // ---------------------------------------------------------------- vocabulary

    /** Singular nouns with regular plurals (see {@link #plural}). */
    static final String[] NOUNS = split(
            "cache request response model prompt dataset pipeline deadline budget server client query index schema"
                    + " record batch worker queue report reviewer student lesson exercise example metric baseline"
                    + " experiment benchmark test release feature change template page module library parser token"
                    + " label draft version service team user process build config rule check warning error log"
                    + " trace sample estimate result answer question source reader author editor outline summary"
                    + " chapter section diagram table column row field value default limit threshold window"
                    + " interval retry timeout handler job task step stage branch commit review plan goal target"
                    + " cost risk signal pattern habit format style tone policy contract ticket incident workflow"
                    + " dashboard alert script tool command option flag setting profile account customer vendor"
                    + " budget estimate scenario assumption constraint dependency interface boundary layer");
    static final String[] ADJECTIVES = split(
            "small large stable noisy slow fast careful typical expensive cheap shared local remote common rare"
                    + " clear vague early late new old robust fragile simple complex explicit implicit useful brief"
                    + " detailed strict loose partial complete hidden visible frequent manual automated consistent"
                    + " reliable flaky careful modest generous narrow broad quiet busy sensible risky familiar"
                    + " unfamiliar reusable specific general current previous realistic optional mandatory");
    static final String[] ADVERBS = split(
            "usually rarely often quickly slowly carefully quietly reliably gradually sometimes eventually clearly"
                    + " mostly barely routinely seldom steadily directly");
    /** base, third person singular, gerund. */
    static final String[][] VERBS = verbs(
            "reduce,reduces,reducing measure,measures,measuring improve,improves,improving track,tracks,tracking"
                    + " limit,limits,limiting shape,shapes,shaping check,checks,checking compare,compares,comparing"
                    + " change,changes,changing replace,replaces,replacing describe,describes,describing"
                    + " explain,explains,explaining split,splits,splitting merge,merges,merging"
                    + " validate,validates,validating load,loads,loading render,renders,rendering"
                    + " review,reviews,reviewing test,tests,testing update,updates,updating ship,ships,shipping"
                    + " document,documents,documenting simplify,simplifies,simplifying expose,exposes,exposing"
                    + " hide,hides,hiding retry,retries,retrying skip,skips,skipping copy,copies,copying"
                    + " support,supports,supporting estimate,estimates,estimating predict,predicts,predicting"
                    + " summarise,summarises,summarising label,labels,labelling collect,collects,collecting"
                    + " filter,filters,filtering rank,ranks,ranking schedule,schedules,scheduling"
                    + " monitor,monitors,monitoring store,stores,storing share,shares,sharing plan,plans,planning"
                    + " rewrite,rewrites,rewriting trim,trims,trimming group,groups,grouping sort,sorts,sorting"
                    + " prepare,prepares,preparing tune,tunes,tuning profile,profiles,profiling");
    static final String[] OPENERS = {
        "In practice,", "As a rule,", "For example,", "On a busy day,", "Over time,", "In most projects,",
        "At first,", "By contrast,", "In the simplest case,", "Later on,", "With a little care,",
        "Without a baseline,", "In our experience,", "Sooner or later,", "Put simply,", "In a small team,"};
    static final String[] PREP_PHRASES = {
        "before the release", "for every request", "in the first week", "across several modules",
        "after each change", "during a review", "at the end of the day", "under heavy load",
        "on a quiet afternoon", "for new readers", "in the staging area", "behind a feature flag",
        "within a single sprint", "without extra tooling", "between two releases", "in the nightly build"};
    static final String[] UNITS = {"ms", "seconds", "minutes", "hours", "days", "releases", "requests"};
    static final String[] DETS = {"the", "the", "the", "a", "each", "every", "this", "your", "one"};
    static final String[] TAGS = split(
            "caching latency testing prompting evaluation retrieval deployment monitoring costs security"
                    + " accessibility writing review data schemas pipelines performance reliability teams planning"
                    + " metrics tooling debugging documentation design");
    static final String[] OBJECTIVE_VERBS = {
        "Identify", "Measure", "Choose", "Describe", "Recognise", "Estimate", "Review", "Test"};
    static final String[] IDENT_PARTS = split(
            "retry limit cache size batch window max min timeout queue depth token count user id page index"
                    + " step rate score label draft build config");
    static final String[] FILES = {
        "course.yaml", "build.gradle", "config.toml", "settings.json", "Makefile", "retry.py", "index.html",
        "schema.sql", "pipeline.yml", "README.md"};

    // ---------------------------------------------------------------- model of the corpus

    record Heading(int level, String text, String id) {}

    record LessonPlan(int global, int module, int number, String dir, String file, String title, List<Heading> headings) {
        String path() {
            return dir + "/" + file;
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2 || args.length > 3) {
            System.err.println("usage: java bench/GenerateCourse.java OUT_DIR N [SEED]");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        int n;
        long seed;
        try {
            n = Integer.parseInt(args[1]);
            seed = args.length == 3 ? Long.parseLong(args[2]) : 42L;
        } catch (NumberFormatException e) {
            System.err.println("GenerateCourse: N and SEED must be integers: " + e.getMessage());
            System.exit(2);
            return;
        }
        if (n < 1 || n > LESSONS_PER_MODULE * 9999) {
            System.err.println("GenerateCourse: N must be between 1 and " + LESSONS_PER_MODULE * 9999);
            System.exit(2);
        }
        prepare(out);
        long bytes = new GenerateCourse(out, n, seed).write();
        System.out.printf(Locale.ROOT, "wrote %d lessons in %d modules into %s (%.1f MB of content, seed %d)%n",
                n, (n + LESSONS_PER_MODULE - 1) / LESSONS_PER_MODULE, out, bytes / 1e6, seed);
    }

    /** Creates OUT_DIR, or empties it if an earlier run made it; refuses any other non-empty folder. */
    static void prepare(Path out) throws IOException {
        if (Files.exists(out)) {
            boolean empty;
            try (var s = Files.list(out)) {
                empty = s.findAny().isEmpty();
            }
            if (!empty && !Files.exists(out.resolve(MARKER))) {
                System.err.println("GenerateCourse: refusing to write into " + out
                        + ": it is not empty and was not made by GenerateCourse (no " + MARKER + ")");
                System.exit(1);
            }
            deleteTree(out);
        }
        Files.createDirectories(out);
        Files.writeString(out.resolve(MARKER), "synthetic coursegen benchmark corpus; safe to delete\n");
    }

    private final Path out;
    private final int n;
    private final long seed;
    private final int moduleWidth;
    private final List<LessonPlan> plans = new ArrayList<>();

    GenerateCourse(Path out, int n, long seed) {
        this.out = out;
        this.n = n;
        this.seed = seed;
        int modules = (n + LESSONS_PER_MODULE - 1) / LESSONS_PER_MODULE;
        this.moduleWidth = Math.max(3, Integer.toString(modules).length());
    }

    /** A generator for one purpose and one item, independent of how much other items consumed. */
    private Random rng(int stream, int item) {
        return new Random(seed * 1_000_003L + stream * 7_919_093L + item);
    }

    long write() throws IOException {
        // Pass 1: titles and headings of every lesson, so pass 2 can link to real anchors.
        for (int g = 0; g < n; g++) {
            int module = g / LESSONS_PER_MODULE + 1;
            int number = g % LESSONS_PER_MODULE + 1;
            String dir = String.format(Locale.ROOT, "%0" + moduleWidth + "d-module-%d", module, module);
            String file = String.format(Locale.ROOT, "%0" + Math.max(3, Integer.toString(LESSONS_PER_MODULE).length()) + "d-lesson-%d.md", number, number);
            Random r = rng(1, g);
            String title = lessonTitle(r);
            plans.add(new LessonPlan(g, module, number, dir, file, title, headings(r)));
        }
        Path content = out.resolve("content");
        Files.createDirectories(content);
        long bytes = writeFile(content.resolve("course.yaml"), courseYaml());
        int modules = (n + LESSONS_PER_MODULE - 1) / LESSONS_PER_MODULE;
        for (int k = 1; k <= modules; k++) {
            String dir = plans.get((k - 1) * LESSONS_PER_MODULE).dir();
            Files.createDirectories(content.resolve(dir));
            bytes += writeFile(content.resolve(dir).resolve("module.yaml"), moduleYaml(k));
        }
        // Pass 2: the lessons.
        for (LessonPlan p : plans) {
            bytes += writeFile(content.resolve(p.dir()).resolve(p.file()), lesson(p));
        }
        return bytes;
    }

    private static long writeFile(Path file, String text) throws IOException {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        Files.write(file, b);
        return b.length;
    }

    private String courseYaml() {
        return "title: Synthetic benchmark course\n"
                + "description: A generated course of " + n + " lessons used to measure how fast coursegen builds"
                + " a large site; the text is plausible but meaningless.\n"
                + "language: en\n";
    }

    private String moduleYaml(int k) {
        Random r = rng(2, k);
        String title = cap(pick(r, ADJECTIVES)) + " " + plural(pick(r, NOUNS)) + " and " + plural(pick(r, NOUNS));
        String summary = "How " + plural(pick(r, NOUNS)) + " " + pick(r, VERBS)[0] + " " + np(r, false)
                + ", and what that means for " + plural(pick(r, NOUNS)) + ".";
        return "title: " + title + "\nsummary: " + summary + "\n";
    }

    // ---------------------------------------------------------------- lesson titles and headings

    private String lessonTitle(Random r) {
        switch (r.nextInt(6)) {
            case 0: return cap(pick(r, VERBS)[2]) + " the " + pick(r, ADJECTIVES) + " " + pick(r, NOUNS);
            case 1: return "How " + plural(pick(r, NOUNS)) + " " + pick(r, VERBS)[0] + " " + plural(pick(r, NOUNS));
            case 2: return "When to " + pick(r, VERBS)[0] + " " + article(pick(r, NOUNS));
            case 3: return cap(pick(r, ADJECTIVES)) + " " + plural(pick(r, NOUNS)) + " in " + pick(r, ADJECTIVES) + " "
                    + plural(pick(r, NOUNS));
            case 4: return "Why the " + pick(r, NOUNS) + " " + pick(r, VERBS)[1] + " the " + pick(r, NOUNS);
            default: return cap(pick(r, NOUNS)) + " " + plural(pick(r, NOUNS)) + " from scratch";
        }
    }

    private String headingText(Random r) {
        switch (r.nextInt(10)) {
            case 0: return cap(pick(r, VERBS)[2]) + " the " + pick(r, NOUNS);
            case 1: return "Why " + pick(r, ADJECTIVES) + " " + plural(pick(r, NOUNS)) + " matter";
            case 2: return "When to " + pick(r, VERBS)[0] + " the " + pick(r, NOUNS);
            case 3: return cap(pick(r, ADJECTIVES)) + " " + plural(pick(r, NOUNS)) + " and " + pick(r, ADJECTIVES) + " "
                    + plural(pick(r, NOUNS));
            case 4: return "What does the " + pick(r, NOUNS) + " " + pick(r, VERBS)[0] + "?";
            case 5: return "The " + pick(r, NOUNS) + "'s " + pick(r, NOUNS);
            case 6: return "Step " + (1 + r.nextInt(9)) + ": " + pick(r, VERBS)[0] + " the " + pick(r, NOUNS);
            case 7: return cap(pick(r, NOUNS)) + " trade-offs";
            case 8: return "Common mistakes with " + plural(pick(r, NOUNS));
            default: return cap(pick(r, NOUNS)) + ", " + pick(r, NOUNS) + " and " + pick(r, NOUNS);
        }
    }

    /** 3-5 sections, each with 1-2 subsections; ids exactly as coursegen assigns them. */
    private List<Heading> headings(Random r) {
        IdAssigner ids = new IdAssigner();
        List<Heading> list = new ArrayList<>();
        Set<String> texts = new LinkedHashSet<>();
        int sections = 3 + r.nextInt(3);
        for (int s = 0; s < sections; s++) {
            list.add(heading(r, 2, texts, ids));
            int subs = 1 + r.nextInt(2);
            for (int t = 0; t < subs; t++) list.add(heading(r, 3, texts, ids));
        }
        return List.copyOf(list);
    }

    private Heading heading(Random r, int level, Set<String> texts, IdAssigner ids) {
        String text = headingText(r);
        for (int tries = 0; tries < 20 && texts.contains(text); tries++) text = headingText(r);
        texts.add(text);
        return new Heading(level, text, ids.next(text));
    }

    /**
     * coursegen's heading ids (GitHub style): lower-cased, letters, digits, {@code -} and {@code _} kept,
     * whitespace to {@code -}, everything else dropped; repeats get {@code -1}, {@code -2}; the ids the
     * page layout uses are taken from the start.
     */
    static final class IdAssigner {
        static final List<String> RESERVED = List.of(
                "main", "site-nav", "nav-toggle", "theme-toggle", "toc", "top", "objectives-title", "sources-title");
        private final Map<String, Integer> used = new HashMap<>();

        IdAssigner() {
            RESERVED.forEach(id -> used.put(id, 0));
        }

        String next(String text) {
            String base = slug(text);
            if (base.isEmpty()) base = "section";
            Integer count = used.get(base);
            if (count == null) {
                used.put(base, 0);
                return base;
            }
            String id;
            do {
                count++;
                id = base + "-" + count;
            } while (used.containsKey(id));
            used.put(base, count);
            used.put(id, 0);
            return id;
        }

        static String slug(String text) {
            StringBuilder sb = new StringBuilder(text.length());
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                i += Character.charCount(cp);
                if (Character.isLetterOrDigit(cp) || cp == '_' || cp == '-') {
                    sb.appendCodePoint(Character.toLowerCase(cp));
                } else if (Character.isWhitespace(cp)) {
                    sb.append('-');
                }
            }
            return sb.toString().toLowerCase(Locale.ROOT);
        }
    }

    // ---------------------------------------------------------------- lesson body

    /** A block of the body; paragraphs can grow until the lesson reaches its target size. */
    private static final class Block {
        final StringBuilder text = new StringBuilder();
    }

    private String lesson(LessonPlan p) {
        Random r = rng(3, p.global());
        StringBuilder fm = new StringBuilder();
        fm.append("---\n");
        fm.append("title: ").append(p.title()).append('\n');
        fm.append("summary: ").append(stripFinal(sentence(r, false))).append(".\n");
        List<String> tags = new ArrayList<>();
        int tagCount = 2 + r.nextInt(3);
        while (tags.size() < tagCount) {
            String t = pick(r, TAGS);
            if (!tags.contains(t)) tags.add(t);
        }
        fm.append("tags: [").append(String.join(", ", tags)).append("]\n");
        fm.append("objectives:\n");
        int objectives = 2 + r.nextInt(3);
        for (int i = 0; i < objectives; i++) {
            fm.append("  - ").append(objective(r)).append('\n');
        }
        fm.append("---\n\n");

        List<Block> blocks = new ArrayList<>();
        List<Block> paragraphs = new ArrayList<>();
        Block intro = paragraph(r, 3 + r.nextInt(2));
        blocks.add(intro);
        paragraphs.add(intro);

        List<Heading> hs = p.headings();
        int sections = (int) hs.stream().filter(h -> h.level() == 2).count();
        // Which section gets which fixed element, so every lesson has each exactly once.
        int[] slot = new int[6]; // bullets, numbered, table, code, note, extra callout
        for (int i = 0; i < slot.length; i++) slot[i] = r.nextInt(sections);
        int section = -1;
        for (Heading h : hs) {
            Block head = new Block();
            head.text.append(h.level() == 2 ? "## " : "### ").append(h.text());
            blocks.add(head);
            if (h.level() == 2) section++;
            Block para = paragraph(r, 2 + r.nextInt(2));
            blocks.add(para);
            paragraphs.add(para);
            if (h.level() != 2) continue;
            if (slot[0] == section) blocks.add(bulletList(r));
            if (slot[1] == section) blocks.add(numberedList(r));
            if (slot[2] == section) blocks.add(table(r));
            if (slot[3] == section) blocks.add(codeBlock(r));
            if (slot[4] == section) blocks.add(callout(r, "NOTE"));
            if (slot[5] == section && r.nextInt(3) == 0) blocks.add(callout(r, r.nextBoolean() ? "TIP" : "WARNING"));
        }

        // 2-3 links to other lessons, in distinct paragraphs.
        int links = n > 1 ? 2 + r.nextInt(2) : 0;
        List<Integer> used = new ArrayList<>();
        for (int i = 0; i < links && used.size() < paragraphs.size(); i++) {
            int at;
            do {
                at = r.nextInt(paragraphs.size());
            } while (used.contains(at));
            used.add(at);
            paragraphs.get(at).text.append(' ').append(linkSentence(r, p));
        }

        // Grow paragraphs until the lesson reaches its target size (4.5-5.5 KB).
        int target = 4500 + r.nextInt(1000);
        int size = fm.length() + blocks.stream().mapToInt(b -> b.text.length() + 2).sum();
        while (size < target) {
            Block b = paragraphs.get(r.nextInt(paragraphs.size()));
            String s = " " + sentence(r, true);
            b.text.append(s);
            size += s.length();
        }

        StringBuilder sb = new StringBuilder(fm);
        for (int i = 0; i < blocks.size(); i++) {
            if (i > 0) sb.append("\n\n");
            sb.append(blocks.get(i).text);
        }
        sb.append('\n');
        return sb.toString();
    }

    /** A learning objective; each shape goes with the verbs that read well before it. */
    private String objective(Random r) {
        switch (r.nextInt(4)) {
            case 0: return pick(r, new String[] {"Explain", "Describe", "Show"}) + " how " + np(r, false) + " "
                    + pick(r, VERBS)[1] + " " + pluralNp(r);
            case 1: return pick(r, new String[] {"Decide", "Explain", "Recognise"}) + " when to " + pick(r, VERBS)[0]
                    + " " + np(r, false);
            case 2: return "Compare " + pick(r, ADJECTIVES) + " " + plural(pick(r, NOUNS)) + " with " + pick(r, ADJECTIVES)
                    + " " + plural(pick(r, NOUNS));
            default: return pick(r, OBJECTIVE_VERBS) + " the " + pick(r, NOUNS) + " that " + pick(r, VERBS)[1] + " "
                    + pluralNp(r);
        }
    }

    private Block paragraph(Random r, int sentences) {
        Block b = new Block();
        for (int i = 0; i < sentences; i++) {
            if (i > 0) b.text.append(' ');
            b.text.append(sentence(r, true));
        }
        return b;
    }

    private String linkSentence(Random r, LessonPlan from) {
        LessonPlan to;
        do {
            // Mostly nearby lessons, sometimes anywhere in the course.
            int g = r.nextInt(4) == 0 ? r.nextInt(n) : from.global() + r.nextInt(61) - 30;
            to = plans.get(Math.floorMod(g, n));
        } while (to == from);
        String href = to.dir().equals(from.dir()) ? to.file() : "../" + to.dir() + "/" + to.file();
        String text = lowerFirst(to.title());
        if (r.nextInt(2) == 0) {
            Heading h = to.headings().get(r.nextInt(to.headings().size()));
            href += "#" + h.id();
            text = lowerFirst(h.text());
        }
        String link = "[" + text + "](" + href + ")";
        switch (r.nextInt(4)) {
            case 0: return "See " + link + " for more on " + plural(pick(r, NOUNS)) + ".";
            case 1: return "The lesson on " + link + " " + pick(r, VERBS)[1] + " this in more detail.";
            case 2: return "If you skipped it, " + link + " " + pick(r, VERBS)[1] + " the " + pick(r, NOUNS) + " first.";
            default: return "Compare this with " + link + ", where " + np(r, false) + " " + pick(r, VERBS)[1] + " "
                    + pluralNp(r) + ".";
        }
    }

    private Block bulletList(Random r) {
        Block b = new Block();
        int items = 3 + r.nextInt(3);
        for (int i = 0; i < items; i++) {
            if (i > 0) b.text.append('\n');
            b.text.append("- ");
            if (r.nextBoolean()) {
                b.text.append("**").append(cap(pick(r, ADJECTIVES))).append(' ').append(plural(pick(r, NOUNS))).append(".** ")
                        .append(sentence(r, false));
            } else {
                b.text.append(sentence(r, true));
            }
        }
        return b;
    }

    private Block numberedList(Random r) {
        Block b = new Block();
        int items = 3 + r.nextInt(3);
        for (int i = 0; i < items; i++) {
            if (i > 0) b.text.append('\n');
            String[] v = pick(r, VERBS);
            b.text.append(i + 1).append(". ").append(cap(v[0])).append(' ').append(np(r, true));
            if (r.nextBoolean()) b.text.append(' ').append(pick(r, PREP_PHRASES));
            b.text.append('.');
            if (r.nextInt(3) == 0) b.text.append(' ').append(sentence(r, false));
        }
        return b;
    }

    private Block table(Random r) {
        Block b = new Block();
        int cols = 3 + r.nextInt(2);
        int rows = 4 + r.nextInt(3);
        String[] header = new String[cols];
        header[0] = cap(pick(r, NOUNS));
        for (int c = 1; c < cols; c++) {
            String h;
            do {
                h = cap(pick(r, new String[] {"cost", "latency", "effort", "risk", "size", "share", "notes", "owner"}));
            } while (contains(header, h));
            header[c] = h;
        }
        b.text.append("| ").append(String.join(" | ", header)).append(" |\n|");
        for (int c = 0; c < cols; c++) {
            String align = c == 0 ? " --- " : (r.nextInt(3) == 0 ? " ---: " : r.nextInt(4) == 0 ? " :---: " : " --- ");
            b.text.append(align).append('|');
        }
        for (int row = 0; row < rows; row++) {
            b.text.append("\n| ").append(cap(pick(r, ADJECTIVES))).append(' ').append(pick(r, NOUNS));
            for (int c = 1; c < cols; c++) b.text.append(" | ").append(cell(r, header[c]));
            b.text.append(" |");
        }
        return b;
    }

    private String cell(Random r, String column) {
        switch (column) {
            case "Cost": return "$" + (5 + r.nextInt(500));
            case "Latency": return (10 + r.nextInt(990)) + " ms";
            case "Share": return (1 + r.nextInt(99)) + "%";
            case "Size": return (1 + r.nextInt(900)) + " KB";
            case "Effort": return pick(r, new String[] {"low", "medium", "high", "a day", "a week"});
            case "Risk": return pick(r, new String[] {"low", "moderate", "high", "unknown"});
            case "Owner": return pick(r, new String[] {"platform team", "authors", "reviewers", "operations", "`ci`"});
            default: return cap(pick(r, ADJECTIVES)) + " " + plural(pick(r, NOUNS)) + " " + pick(r, PREP_PHRASES);
        }
    }

    private Block codeBlock(Random r) {
        Block b = new Block();
        String fn = pick(r, VERBS)[0] + "_" + plural(pick(r, NOUNS));
        String a = ident(r);
        String c = ident(r);
        int num = 2 + r.nextInt(98);
        switch (r.nextInt(5)) {
            case 0:
                b.text.append("```python\n")
                        .append("def ").append(fn).append("(items, ").append(a).append("=").append(num).append("):\n")
                        .append("    \"\"\"").append(cap(pick(r, VERBS)[0])).append(" ").append(plural(pick(r, NOUNS)))
                        .append(" that are ").append(pick(r, ADJECTIVES)).append(".\"\"\"\n")
                        .append("    result = []\n")
                        .append("    for item in items:\n")
                        .append("        if item.").append(c).append(" <= ").append(a).append(":\n")
                        .append("            result.append(item)\n")
                        .append("    return sorted(result, key=lambda x: x.").append(c).append(")\n")
                        .append("```");
                break;
            case 1:
                b.text.append("```yaml\n")
                        .append(pick(r, NOUNS)).append(":\n")
                        .append("  ").append(a).append(": ").append(num).append('\n')
                        .append("  ").append(c).append(": ").append(pick(r, ADJECTIVES)).append('\n')
                        .append("  ").append(pick(r, NOUNS)).append("s:\n")
                        .append("    - ").append(pick(r, NOUNS)).append('\n')
                        .append("    - ").append(pick(r, NOUNS)).append('\n')
                        .append("```");
                break;
            case 2:
                b.text.append("```bash\n")
                        .append("# ").append(sentence(r, false)).append('\n')
                        .append("export ").append(a.toUpperCase(Locale.ROOT)).append('=').append(num).append('\n')
                        .append("./tool ").append(pick(r, VERBS)[0]).append(" --").append(c.replace('_', '-'))
                        .append(' ').append(pick(r, NOUNS)).append("s/\n")
                        .append("grep -c ").append(pick(r, ADJECTIVES)).append(" out/").append(pick(r, NOUNS)).append(".log\n")
                        .append("```");
                break;
            case 3:
                b.text.append("```json\n{\n")
                        .append("  \"").append(a).append("\": ").append(num).append(",\n")
                        .append("  \"").append(c).append("\": \"").append(pick(r, ADJECTIVES)).append("\",\n")
                        .append("  \"").append(plural(pick(r, NOUNS))).append("\": [\"").append(pick(r, NOUNS))
                        .append("\", \"").append(pick(r, NOUNS)).append("\"]\n")
                        .append("}\n```");
                break;
            default:
                String type = cap(pick(r, NOUNS));
                b.text.append("```java\n")
                        .append("record ").append(type).append("(String ").append(camel(a)).append(", int ")
                        .append(camel(c)).append(") {\n")
                        .append("    boolean isWithin(int limit) {\n")
                        .append("        return ").append(camel(c)).append(" <= limit; // ").append(pick(r, ADJECTIVES))
                        .append(" enough\n")
                        .append("    }\n")
                        .append("}\n")
                        .append("```");
        }
        return b;
    }

    private Block callout(Random r, String kind) {
        Block b = new Block();
        b.text.append("> [!").append(kind).append("]\n> ").append(sentence(r, true)).append(' ').append(sentence(r, true));
        return b;
    }

    // ---------------------------------------------------------------- sentences

    /** One sentence, ending in a full stop; {@code marks} allows inline code, emphasis and strong text. */
    private String sentence(Random r, boolean marks) {
        String s;
        switch (r.nextInt(13)) {
            case 0: s = pick(r, OPENERS) + " " + np(r, marks) + " " + pick(r, VERBS)[1] + " " + np(r, marks) + " "
                    + pick(r, PREP_PHRASES) + "."; break;
            case 1: s = "When " + np(r, marks) + " " + pick(r, VERBS)[1] + " " + np(r, marks) + ", " + np(r, marks) + " "
                    + pick(r, ADVERBS) + " " + pick(r, VERBS)[1] + " " + pluralNp(r) + "."; break;
            case 2: s = "Most " + pick(r, ADJECTIVES) + " " + plural(pick(r, NOUNS)) + " " + pick(r, VERBS)[0] + " "
                    + np(r, marks) + ", but few " + pick(r, VERBS)[0] + " " + np(r, marks) + " " + pick(r, PREP_PHRASES)
                    + "."; break;
            case 3: s = article(pick(r, NOUNS)) + " that " + pick(r, VERBS)[1] + " " + pluralNp(r) + " early will "
                    + pick(r, VERBS)[0] + " fewer " + plural(pick(r, NOUNS)) + " later."; break;
            case 4: s = "It helps to " + pick(r, VERBS)[0] + " " + np(r, marks) + " before you " + pick(r, VERBS)[0] + " "
                    + np(r, marks) + "."; break;
            case 5: s = article(pick(r, ADJECTIVES)) + " " + pick(r, NOUNS) + " is " + pick(r, ADVERBS)
                    + " enough to " + pick(r, VERBS)[0] + " " + np(r, marks) + ", as long as " + np(r, marks) + " "
                    + pick(r, VERBS)[1] + " " + pluralNp(r) + "."; break;
            case 6: s = cap(pluralNp(r)) + " " + pick(r, VERBS)[0] + " " + np(r, marks) + " in about "
                    + (5 + r.nextInt(90)) + " percent of cases."; break;
            case 7: s = "If " + np(r, marks) + " " + pick(r, VERBS)[1] + " " + pluralNp(r) + ", expect " + np(r, marks)
                    + " to " + pick(r, VERBS)[0] + " " + np(r, marks) + " within " + (2 + r.nextInt(500)) + " "
                    + pick(r, UNITS) + "."; break;
            case 8: s = "Think of " + np(r, marks) + " as " + article(pick(r, ADJECTIVES)) + " " + pick(r, NOUNS)
                    + " that " + pick(r, VERBS)[1] + " " + pluralNp(r) + "."; break;
            case 9: s = cap(np(r, marks)) + " " + pick(r, VERBS)[1] + " " + pluralNp(r) + "; " + np(r, marks) + " "
                    + pick(r, ADVERBS) + " " + pick(r, VERBS)[1] + " " + np(r, marks) + "."; break;
            case 10: s = "There is no need to " + pick(r, VERBS)[0] + " every " + pick(r, NOUNS) + " by hand."; break;
            case 11: s = "Teams who " + pick(r, VERBS)[0] + " " + pluralNp(r) + " " + pick(r, ADVERBS) + " report "
                    + pick(r, ADJECTIVES) + " " + plural(pick(r, NOUNS)) + " and " + pick(r, ADJECTIVES) + " "
                    + plural(pick(r, NOUNS)) + "."; break;
            default: s = cap(pick(r, ADVERBS)) + ", " + np(r, marks) + " " + pick(r, VERBS)[1] + " " + np(r, marks)
                    + " " + pick(r, PREP_PHRASES) + "."; break;
        }
        s = cap(s);
        if (marks && r.nextInt(12) == 0) s = "**" + cap(pick(r, VERBS)[0]) + " " + np(r, false) + " first.** " + s;
        return s;
    }

    /** A singular noun phrase: determiner, optional adjective, noun; sometimes inline code or emphasis. */
    private String np(Random r, boolean marks) {
        if (marks && r.nextInt(25) == 0) {
            return r.nextBoolean() ? "the `" + ident(r) + "` setting" : "`" + pick(r, FILES) + "`";
        }
        String det = pick(r, DETS);
        String adj = r.nextInt(3) == 0 ? pick(r, ADJECTIVES) : null;
        if (adj != null && marks && r.nextInt(8) == 0) adj = "*" + adj + "*";
        String noun = pick(r, NOUNS);
        String head = adj == null ? noun : adj + " " + noun;
        if (det.equals("a")) return article(head);
        return det + " " + head;
    }

    private String pluralNp(Random r) {
        String adj = r.nextInt(3) == 0 ? pick(r, ADJECTIVES) + " " : "";
        String det = pick(r, new String[] {"", "", "the ", "some ", "many ", "most ", "these "});
        return det + adj + plural(pick(r, NOUNS));
    }

    private String ident(Random r) {
        String a = pick(r, IDENT_PARTS);
        String b;
        do {
            b = pick(r, IDENT_PARTS);
        } while (b.equals(a));
        return a + "_" + b;
    }

    // ---------------------------------------------------------------- helpers

    static String article(String phrase) {
        String w = phrase.startsWith("*") ? phrase.substring(1) : phrase;
        return ("aeiou".indexOf(Character.toLowerCase(w.charAt(0))) >= 0 ? "an " : "a ") + phrase;
    }

    static String plural(String noun) {
        if (noun.endsWith("s") || noun.endsWith("x") || noun.endsWith("ch") || noun.endsWith("sh")) return noun + "es";
        if (noun.endsWith("y") && "aeiou".indexOf(noun.charAt(noun.length() - 2)) < 0) {
            return noun.substring(0, noun.length() - 1) + "ies";
        }
        return noun + "s";
    }

    /** Upper-cases the first letter, skipping leading {@code *}; inline code stays as written. */
    static String cap(String s) {
        int i = 0;
        while (i < s.length() && s.charAt(i) == '*') i++;
        if (i >= s.length() || !Character.isLetter(s.charAt(i))) return s;
        return s.substring(0, i) + Character.toUpperCase(s.charAt(i)) + s.substring(i + 1);
    }

    static String lowerFirst(String s) {
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    static String stripFinal(String s) {
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    static String camel(String ident) {
        int u = ident.indexOf('_');
        return u < 0 ? ident : ident.substring(0, u) + Character.toUpperCase(ident.charAt(u + 1)) + ident.substring(u + 2);
    }

    static <T> T pick(Random r, T[] items) {
        return items[r.nextInt(items.length)];
    }

    static boolean contains(String[] a, String s) {
        for (String x : a) if (s.equals(x)) return true;
        return false;
    }

    static String[] split(String words) {
        return words.trim().split("\\s+");
    }

    static String[][] verbs(String spec) {
        String[] entries = split(spec);
        String[][] out = new String[entries.length][];
        for (int i = 0; i < entries.length; i++) out[i] = entries[i].split(",");
        return out;
    }

    static void deleteTree(Path dir) throws IOException {
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                if (e != null) throw e;
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
