package io.coursegen.i18n;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The catalog as the browser reads it: {@code messages.js}, a generated asset every page loads before its
 * scripts, setting {@code window.coursegenMessages = {"locale": "de", "texts": {...}}}, which
 * {@code assets/i18n.js} formats. A file rather than data in each page, so the browser caches it once.
 */
public final class ClientMessages {
    /** The generated asset's name. */
    public static final String ASSET = "messages.js";

    private ClientMessages() {}

    public static String script(Messages messages) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("locale", messages.formatLocale());
        ObjectNode texts = root.putObject("texts");
        messages.texts().forEach(texts::put);
        return "window.coursegenMessages=" + io.coursegen.quiz.QuizClientJson.toEmbeddedJson(root) + ";\n";
    }
}
