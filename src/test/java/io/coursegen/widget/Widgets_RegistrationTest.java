package io.coursegen.widget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coursegen.load.MarkdownParser;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/**
 * Holds the widget registry to what the pipeline relies on: one widget per kind, every kind embeddable
 * by name, each widget's scripts bundled and present, and no two widgets claiming the same files.
 */
class Widgets_RegistrationTest {

    @Test
    void everyKindIsRegisteredOnceAndNamesItsItems() {
        Set<String> kinds = new HashSet<>();
        for (Widget<?> w : Widgets.ALL) {
            assertTrue(kinds.add(w.kind()), "two widgets use the kind " + w.kind());
            assertEquals(w.items().name(), w.kind(), "a widget's embed word is its items' kind name");
            assertEquals(w, Widgets.byKind(w.kind()).orElseThrow());
        }
        assertEquals(List.of("quiz", "calculator", "tree", "exercise"), Widgets.kinds());
    }

    @Test
    void everyRegisteredKindCanBeEmbeddedAndNoOtherCan() {
        for (String kind : Widgets.kinds()) {
            Matcher m = MarkdownParser.EMBED.matcher("{{ " + kind + " some-id }}");
            assertTrue(m.matches(), kind);
            assertEquals(kind, m.group(1));
            assertEquals("some-id", m.group(2));
        }
        assertTrue(!MarkdownParser.EMBED.matcher("{{flashcards deck}}").matches(), "an unregistered kind is plain text");
        assertTrue(!MarkdownParser.EMBED.matcher("{{quiz}}").matches(), "an embed names an id");
    }

    @Test
    void eachWidgetBundlesItsScriptsAndTheyExist() {
        Set<String> claimed = new HashSet<>();
        for (Widget<?> w : Widgets.ALL) {
            assertTrue(w.assets().containsAll(w.scripts()), w.kind() + ": every script it loads is one of its assets");
            assertTrue(w.assets().containsAll(w.embedScripts()), w.kind() + ": every embed script is one of its assets");
            for (String asset : w.assets()) {
                assertTrue(claimed.add(asset), asset + " is claimed by two widgets");
                assertNotNull(Widgets.class.getResource("/" + io.coursegen.render.Assets.resourcePath(asset)), w.kind() + ": missing bundled asset " + asset);
            }
        }
    }
}
