package io.coursegen.render;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/**
 * Renders the jte templates in {@code templates/}. They are compiled to Java at build time by the
 * jte Maven plugin, so rendering a page is a plain method call with no template parsing.
 */
public final class Templates {
    private final TemplateEngine engine;

    private Templates(TemplateEngine engine) {
        this.engine = engine;
    }

    /** The templates compiled into this build of coursegen. */
    public static Templates precompiled() {
        return new Templates(TemplateEngine.createPrecompiled(ContentType.Html));
    }

    /** Renders {@code template} with named parameters (for partials that take several). */
    public String render(String template, java.util.Map<String, Object> params) {
        StringOutput out = new StringOutput(8192);
        engine.render(template, params, out);
        return out.toString();
    }

    /** Renders {@code template} (such as {@code lesson.jte}) with its single parameter. */
    public String render(String template, Object view) {
        StringOutput out = new StringOutput(8192);
        engine.render(template, view, out);
        return out.toString();
    }
}
