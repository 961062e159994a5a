package io.coursegen.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import io.coursegen.cli.Main;
import io.coursegen.search.SearchLanguage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Search in each shipped language's fixture course ({@code src/test/resources/fixtures/search-<lang>}, three
 * lessons each): the site ships and the page links only its language's stemmer script (none for Japanese
 * and Chinese), and queries with inflected forms, articles and particles the lessons do not contain
 * verbatim find the right page first, from file://. One page load in all: it runs search.js's engine
 * over each site's index in turn.
 */
@Tag("browser")
@ExtendWith(SharedBrowser.class)
class Search_LanguagesBrowserTest {
    private static final Path FIXTURES = Path.of("src/test/resources/fixtures");

    /** Per language: query, the page expected first. */
    private static final Map<String, List<String[]>> QUERIES = Map.of(
            "de", List.of(new String[] {"Anweisung", "grundlagen/prompts.html"}, new String[] {"Beispiele sammeln", "grundlagen/feinabstimmung.html"},
                    new String[] {"die monatlichen Kosten", "grundlagen/kosten.html"}),
            "fr", List.of(new String[] {"l'exemple", "bases/ajustement.html"}, new String[] {"consigne", "bases/consignes.html"},
                    new String[] {"coûts calculés", "bases/couts.html"}),
            "es", List.of(new String[] {"entrenamiento", "bases/ajuste.html"}, new String[] {"instrucción", "bases/instrucciones.html"},
                    new String[] {"costo mensual", "bases/costos.html"}),
            "pt-BR", List.of(new String[] {"treinamentos", "fundamentos/ajuste.html"}, new String[] {"instrucao", "fundamentos/instrucoes.html"},
                    new String[] {"custo mensal", "fundamentos/custos.html"}),
            "ja", List.of(new String[] {"ファインチューニング", "kiso/finetuning.html"}, new String[] {"プロンプトを書く", "kiso/prompt.html"},
                    new String[] {"推論", "kiso/cost.html"}),
            "zh-Hans", List.of(new String[] {"预训练的模型", "jichu/weitiao.html"}, new String[] {"提示", "jichu/tishi.html"},
                    new String[] {"成本", "jichu/chengben.html"}),
            "ar", List.of(new String[] {"والتعليمات", "asasiyat/talimat.html"}, new String[] {"التدريب", "asasiyat/dabt.html"},
                    new String[] {"التكلفة", "asasiyat/taklifa.html"}));

    @Test
    void eachLanguageFindsItsPagesWithItsOwnStemmer(Chromium chromium) throws Exception {
        List<String> problems = new ArrayList<>();
        // Built first; then one page (the first site's home page) searches every site's index with search.js's engine.
        Map<String, String[]> sites = new java.util.TreeMap<>();
        for (String lang : new java.util.TreeSet<>(QUERIES.keySet())) {
            Path out = Path.of("target", "browser-site", getClass().getSimpleName(), lang).toAbsolutePath();
            if (Files.exists(out)) io.coursegen.testing.Trees.delete(out);
            assertEquals(0, Main.run("build", "--project", FIXTURES.resolve("search-" + lang).toString(), "--out", out.toString()), lang + " builds");

            // Only this language's stemmer ships, and the pages link it.
            String stemmer = SearchLanguage.of(lang).stemmerScript();
            List<String> shipped;
            try (Stream<Path> files = Files.list(out.resolve("assets"))) {
                shipped = files.map(p -> p.getFileName().toString()).filter(n -> n.matches("(snowball-.*|arabic-stemmer)\\.[0-9a-f]+\\.js"))
                        .map(n -> n.replaceAll("\\.[0-9a-f]+\\.js$", ".js")).toList();
            }
            if (!shipped.equals(stemmer == null ? List.of() : List.of(stemmer))) problems.add(lang + ": ships stemmers " + shipped + ", expected " + stemmer);
            org.jsoup.nodes.Element form = org.jsoup.Jsoup.parse(out.resolve("index.html").toFile()).selectFirst("[data-cg=site-search]");
            String linked = form.attr("data-stemmer");
            if (stemmer == null ? !linked.isEmpty() : !linked.matches("assets/" + stemmer.replace(".js", "") + "\\.[0-9a-f]+\\.js")) {
                problems.add(lang + ": the page links stemmer '" + linked + "'");
            }
            sites.put(lang, new String[] {out.resolve(form.attr("data-index")).toUri().toString(),
                    linked.isEmpty() ? null : out.resolve(linked).toUri().toString(), out.resolve("index.html").toUri().toString()});
        }

        BrowserContext context = chromium.newContext(BrowserTestSupport.WIDE);
        try {
            Page page = context.newPage();
            PageProbe probe = PageProbe.file(page);
            page.navigate(sites.values().iterator().next()[2]);
            page.waitForFunction("() => window.CoursegenSearchEngine && CoursegenSearchEngine.site");
            for (Map.Entry<String, String[]> site : sites.entrySet()) {
                List<String> queries = QUERIES.get(site.getKey()).stream().map(q -> q[0]).toList();
                @SuppressWarnings("unchecked")
                List<String> firsts = (List<String>) page.evaluate("async ([manifest, stemmer, queries]) => {"
                        + " window.coursegenSearch = []; const e = CoursegenSearchEngine.engine(manifest); await e.ready(stemmer); const out = [];"
                        + " for (const q of queries) { const r = await e.search(q, 3); const top = r.results[0];"
                        + "   if (!top) { out.push('(nothing)'); continue; }"
                        + "   await e.loadDocs([[top.page, top.sections[0].section]]); out.push(e.doc(top.page, top.sections[0].section).url); }"
                        + " return out; }", List.of(site.getValue()[0], site.getValue()[1] == null ? "" : site.getValue()[1], queries));
                for (int i = 0; i < queries.size(); i++) {
                    String want = QUERIES.get(site.getKey()).get(i)[1];
                    if (!want.equals(firsts.get(i))) problems.add(site.getKey() + ": '" + queries.get(i) + "' found " + firsts.get(i) + " first, expected " + want);
                }
            }
            probe.assertClean("searching each language's fixture from file://");
        } finally {
            context.close();
        }
        assertEquals(List.of(), problems);
    }
}
