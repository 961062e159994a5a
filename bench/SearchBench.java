import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import io.coursegen.diagnostics.Diagnostics;
import io.coursegen.kb.SearchData;
import io.coursegen.load.CourseLoader;
import io.coursegen.model.Course;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Search in headless Chromium on a built site, from file://, beside the lunr search it replaced:
 * bytes loaded before the first results of each query (search code, manifest, shards, documents; for
 * lunr, the library, its data script and its code), the time from a keystroke to results once the
 * files are loaded, and the longest task. Usage: SearchBench PROJECT SITE OLD_SEARCH_JS_BYTES; -Dqueries=a,b,...
 * replaces the 20 queries (for the shipped course).
 */
public class SearchBench {
    /** Typical queries on the synthetic course: one word, two words, a typo, a prefix while typing. */
    static final List<String> QUERIES = System.getProperty("queries") != null ? List.of(System.getProperty("queries").split(",")) : List.of("cache", "pipeline", "deadline budget", "retry timeout", "schema",
            "reviewer", "benchmark results", "flaky test", "dashbaord", "threshold", "dependency interface", "incident",
            "tokens", "workflo", "customer account", "vendor contract", "baseline metric", "queue worker", "stable release", "scenario");

    public static void main(String[] args) throws Exception {
        Path project = Path.of(args[0]);
        Path site = Path.of(args[1]).toAbsolutePath();
        long oldCode = Long.parseLong(args[2]);
        Course course = CourseLoader.load(project, new Diagnostics()).orElseThrow();
        String oldData = "window.coursegenSearchData=" + SearchData.json(course) + ";\n";
        String lunr;
        try (InputStream in = SearchBench.class.getResourceAsStream("/META-INF/resources/webjars/lunr/2.3.9/lunr.min.js")) {
            lunr = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try (Playwright pw = Playwright.create(new Playwright.CreateOptions().setEnv(java.util.Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
            Browser browser = pw.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(Path.of("/usr/bin/chromium"))
                    .setArgs(List.of("--no-sandbox")));
            List<Double> bytes = new ArrayList<>();
            List<Double> firstMs = new ArrayList<>();
            List<Double> typingMs = new ArrayList<>();
            double longest = 0;
            for (String q : QUERIES) {
                BrowserContext context = browser.newContext();
                Page page = context.newPage();
                page.addInitScript("window.__long = 0; new PerformanceObserver(l => l.getEntries().forEach(e => {"
                        + " window.__long = Math.max(window.__long, e.duration); })).observe({type: 'longtask', buffered: true});");
                page.navigate(site.resolve("index.html").toUri().toString());
                page.waitForFunction("() => window.CoursegenSearchEngine && CoursegenSearchEngine.site");
                String measure = "async q => { const input = document.getElementById('site-search');"
                        + " const all = () => document.querySelector('[id^=site-search-result-all]');"
                        + " const t0 = performance.now(); input.value = q; input.dispatchEvent(new Event('input'));"
                        + " while (!(all() && all().textContent.includes(q) && !input.closest('form').querySelector('ul').hidden)) await new Promise(r => setTimeout(r, 1));"
                        + " return performance.now() - t0; }";
                page.waitForLoadState(com.microsoft.playwright.options.LoadState.LOAD);
                page.evaluate("() => { window.__long = 0; document.getElementById('site-search').focus(); }");
                firstMs.add(((Number) page.evaluate(measure, q)).doubleValue());
                @SuppressWarnings("unchecked")
                List<String> loaded = (List<String>) page.evaluate("() => Array.from(document.scripts).map(s => s.src)"
                        + ".filter(n => /assets\\/(search[./]|snowball-|arabic-stemmer)/.test(n))");
                long b = 0;
                for (String url : loaded) b += Files.size(Path.of(java.net.URI.create(url.split("\\?")[0])));
                bytes.add((double) b);
                // Once its files are loaded: the same query typed again, from the input event to the list shown.
                page.evaluate("() => { const i = document.getElementById('site-search'); i.value = ''; i.dispatchEvent(new Event('input')); }");
                typingMs.add(((Number) page.evaluate(measure, q)).doubleValue());
                longest = Math.max(longest, ((Number) page.evaluate("() => window.__long")).doubleValue());
                context.close();
            }
            // lunr: its library, data script and code are loaded, then it indexes the whole course in the page.
            BrowserContext context = browser.newContext();
            Page page = context.newPage();
            page.setContent("<!doctype html><title>lunr</title>");
            page.addScriptTag(new Page.AddScriptTagOptions().setContent(lunr));
            page.addScriptTag(new Page.AddScriptTagOptions().setPath(Path.of("src/test/resources/io/coursegen/search/lunr-search.js")));
            page.addScriptTag(new Page.AddScriptTagOptions().setContent(oldData));
            double lunrIndex = ((Number) page.evaluate("() => { const t = performance.now(); window.__s = LunrSearch(window.coursegenSearchData);"
                    + " return performance.now() - t; }")).doubleValue();
            List<Double> lunrQuery = new ArrayList<>();
            for (String q : QUERIES) {
                lunrQuery.add(((Number) page.evaluate("q => { const t = performance.now(); window.__s(q); return performance.now() - t; }", q)).doubleValue());
            }
            context.close();
            long oldBytes = lunr.getBytes(StandardCharsets.UTF_8).length + oldData.getBytes(StandardCharsets.UTF_8).length + oldCode;
            System.out.printf(Locale.ROOT, "search   bytes before first result (median of %d) %,.0f (max %,.0f); first results %.0f ms median;"
                    + " keystroke to results once loaded %.1f ms median, %.1f ms max; longest task %.0f ms%n",
                    QUERIES.size(), median(bytes), Collections.max(bytes), median(firstMs), median(typingMs), Collections.max(typingMs), longest);
            System.out.printf(Locale.ROOT, "lunr     bytes before first result %,d; index built in the page %.0f ms (a long task); query %.1f ms median, %.1f ms max%n",
                    oldBytes, lunrIndex, median(lunrQuery), Collections.max(lunrQuery));
            browser.close();
        }
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
