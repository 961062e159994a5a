package io.coursegen.render;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/**
 * Renders the jte templates in {@code templates/}. coursegen's own are compiled to Java at build time by
 * the jte Maven plugin, so rendering a page is a plain method call with no template parsing; a project
 * with templates of its own ({@link ProjectTemplates}) has them compiled by {@link #prepareAll} first.
 */
public final class Templates {
    private volatile TemplateEngine engine;
    /** The project's templates folder when these are compiled from it, else null. */
    private final java.nio.file.Path projectDir;
    /** Where {@link #prepareAll} compiles the project's templates to; null when there is nothing to compile. */
    private final java.nio.file.Path classDir;

    private Templates(TemplateEngine engine, java.nio.file.Path projectDir, java.nio.file.Path classDir) {
        this.engine = engine;
        this.projectDir = projectDir;
        this.classDir = classDir;
    }

    /** The templates compiled into this build of coursegen. */
    public static Templates precompiled() {
        return new Templates(TemplateEngine.createPrecompiled(ContentType.Html), null, null);
    }

    /**
     * For {@code build}: the project's templates when it has some that differ from coursegen's, compiled by
     * {@link #prepareAll} into {@code classDir} (templates it lacks come from coursegen); else the precompiled ones.
     */
    public static Templates forProject(java.nio.file.Path projectRoot, java.nio.file.Path classDir) {
        return ProjectTemplates.overriding(projectRoot)
                .map(dir -> new Templates(onDemand(dir, classDir), dir, classDir))
                .orElseGet(Templates::precompiled);
    }

    /** True when these templates come from the project's {@code templates/} folder rather than coursegen's. */
    public boolean fromProject() {
        return projectDir != null;
    }

    /**
     * Compiles every template now, so one that does not compile fails here, before any page is rendered,
     * with jte's {@link gg.jte.TemplateException} naming its file and line. Then renders from the compiled
     * classes as the precompiled templates do, without jte's per-render check for changed files.
     * Does nothing for the precompiled templates.
     */
    public void prepareAll() {
        if (classDir == null) return;
        engine.precompileAll();
        engine = TemplateEngine.createPrecompiled(classDir, ContentType.Html, Templates.class.getClassLoader(),
                gg.jte.runtime.Constants.PACKAGE_NAME_ON_DEMAND);
    }

    private static TemplateEngine onDemand(java.nio.file.Path dir, java.nio.file.Path classDir) {
        // The settings of the jte plugin in pom.xml, so the same templates give the same pages.
        TemplateEngine engine = TemplateEngine.create(ProjectTemplates.resolver(dir), classDir, ContentType.Html,
                Templates.class.getClassLoader());
        engine.setTrimControlStructures(true);
        return engine;
    }

    /**
     * The templates of {@code templatesDir}, compiled on first use into {@code classDir} and recompiled
     * when a file changes (jte's hot reload); for {@code serve}, so an edited template shows without
     * rebuilding coursegen. Same settings as the precompiled build, so pages come out the same. A template
     * the folder lacks comes from coursegen's own (so a project may hold only {@code lesson.jte}).
     */
    public static Templates hotReload(java.nio.file.Path templatesDir, java.nio.file.Path classDir) {
        return new Templates(onDemand(templatesDir, classDir), templatesDir, null);
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
