package io.coursegen.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Ids in a lesson's raw HTML never shadow the ids of the page's widgets: a label's {@code for} and an
 * {@code aria-describedby} resolve to the first element with the id, which would be the author's.
 */
class BodyRenderer_IdsTest {
    private static final BodyRenderer.Embeds QUIZ = (kind, id, lesson) ->
            "<section class=\"quiz\" id=\"quiz-" + id + "\"><input id=\"q-" + id + "-a\"></section>";

    @Test
    void authorIdsThatAnEmbeddedWidgetUsesAreDropped() {
        String html = Render_Fixture.body("""
                <p id="quiz-x" class="quiz">fake</p><span id="q-x-a">fake option</span><span id="mine">kept</span>

                {{quiz x}}
                """, QUIZ, "");
        assertEquals("<p class=\"quiz\">fake</p><span>fake option</span><span id=\"mine\">kept</span>\n"
                + "<section class=\"quiz\" id=\"quiz-x\"><input id=\"q-x-a\"></section>", html.strip());
    }

    @Test
    void authorIdsThatTheWidgetsAfterTheBodyUseAreDropped() {
        String html = Render_Fixture.body("<p id=\"quiz-after\">fake</p><p id=\"mine\">kept</p>\n", QUIZ,
                "<section id=\"quiz-after\"></section>");
        assertEquals("<p>fake</p><p id=\"mine\">kept</p>", html.strip());
    }
}
