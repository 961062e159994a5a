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

    /**
     * The templates of {@code templatesDir}, compiled on first use into {@code classDir} and recompiled
     * when a file changes (jte's hot reload); for {@code serve}, so an edited template shows without
     * rebuilding coursegen. Same settings as the precompiled build, so pages come out the same.
     */
    public static Templates hotReload(java.nio.file.Path templatesDir, java.nio.file.Path classDir) {
        TemplateEngine engine = TemplateEngine.create(new gg.jte.resolve.DirectoryCodeResolver(templatesDir), classDir, ContentType.Html);
        engine.setTrimControlStructures(true);
        return new Templates(engine);
    }

    /** The templates that include {@code template} (such as {@code layout.jte}), as far as the engine has compiled them. */
    public java.util.List<String> templatesUsing(String template) {
        return engine.getTemplatesUsing(template);
    }

    /** Loads {@code template}, compiling it first if it is new or changed (hot reload); precompiled ones just load. */
    public void prepare(String template) {
        engine.prepareForRendering(template);
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
