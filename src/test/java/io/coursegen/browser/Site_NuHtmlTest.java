package io.coursegen.browser;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every generated HTML file of the real course (the run's shared build) passes the Nu Html Checker without errors. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(SharedBrowser.class)
class Site_NuHtmlTest {

    private BuiltSite site;

    @BeforeAll
    void useTheSharedBuild(SharedBrowser.SharedCourse course) {
        site = course.site();
    }

    @Test
    void everyPageIsValidHtml() {
        List<Path> files = site.htmlFiles();
        assertFalse(files.isEmpty(), "the build produced no .html files in " + site.root());
        new NuHtml().assertValid(files);
    }
}
