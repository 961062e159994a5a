package io.coursegen.browser;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Every generated HTML file passes the Nu Html Checker without errors. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class Site_NuHtmlTest {

    private BuiltSite site;

    @BeforeAll
    void build() {
        site = BuiltSite.build(Path.of("target", "browser-site", getClass().getSimpleName()));
    }

    @Test
    void everyPageIsValidHtml() {
        List<Path> files = site.htmlFiles();
        assertFalse(files.isEmpty(), "the build produced no .html files in " + site.root());
        new NuHtml().assertValid(files);
    }
}
