package io.coursegen.render;

import gg.jte.CodeResolver;
import gg.jte.resolve.DirectoryCodeResolver;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * A project's own {@code templates/} folder: whether it changes anything, and a jte {@link CodeResolver}
 * that reads a template from it when the project has that file and from coursegen's bundled sources
 * otherwise, so a project may override only {@code lesson.jte}. The bundled sources are the files the
 * precompiled templates were made from, copied onto the classpath under {@value #BUNDLED} by pom.xml.
 */
public final class ProjectTemplates {
    /** Where pom.xml puts coursegen's template sources on the classpath. */
    static final String BUNDLED = "coursegen-templates/";

    private ProjectTemplates() {}

    /**
     * The project's {@code templates/} folder if it has a {@code .jte} file that coursegen does not
     * ship or that differs from coursegen's; empty when there is no such folder or it only repeats
     * coursegen's templates (as coursegen's own repository does), so the fast precompiled ones are used.
     */
    public static Optional<Path> overriding(Path projectRoot) {
        Path dir = projectRoot.resolve("templates");
        if (!Files.isDirectory(dir)) return Optional.empty();
        for (String name : names(dir)) {
            byte[] bundled = bundled(name);
            try {
                if (bundled == null || !Arrays.equals(bundled, Files.readAllBytes(dir.resolve(name)))) return Optional.of(dir);
            } catch (IOException e) {
                return Optional.of(dir); // unreadable: let jte report it where the template is used
            }
        }
        return Optional.empty();
    }

    /** The project's templates in {@code dir}, then coursegen's for the names it lacks. */
    public static CodeResolver resolver(Path dir) {
        return new Layered(new DirectoryCodeResolver(dir));
    }

    /** The {@code .jte} files under {@code dir}, relative with forward slashes. */
    private static List<String> names(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".jte"))
                    .map(p -> dir.relativize(p).toString().replace('\\', '/')).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** coursegen's source of template {@code name}, or null if it ships none by that name. */
    private static byte[] bundled(String name) {
        try (InputStream in = ProjectTemplates.class.getClassLoader().getResourceAsStream(BUNDLED + name)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The names of coursegen's bundled templates, read from its classes folder or its jar. */
    static List<String> bundledNames() {
        URL url = ProjectTemplates.class.getClassLoader().getResource(BUNDLED + "layout.jte");
        if (url == null) throw new IllegalStateException("coursegen's template sources are not on the classpath (" + BUNDLED + ")");
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of())) {
                    return names(fs.getPath("/" + BUNDLED));
                }
            }
            return names(Path.of(uri).getParent());
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot list coursegen's template sources: " + e.getMessage(), e);
        }
    }

    private static final class Layered implements CodeResolver {
        private final DirectoryCodeResolver project;

        Layered(DirectoryCodeResolver project) {
            this.project = project;
        }

        @Override
        public String resolve(String name) {
            String own = project.resolve(name);
            if (own != null) return own;
            byte[] bundled = bundled(name);
            return bundled == null ? null : new String(bundled, java.nio.charset.StandardCharsets.UTF_8);
        }

        @Override
        public long getLastModified(String name) {
            // 0 for a bundled template; a project file added later then counts as a change for hot reload.
            return project.getLastModified(name);
        }

        @Override
        public boolean exists(String name) {
            return project.exists(name) || bundled(name) != null;
        }

        @Override
        public List<String> resolveAllTemplateNames() {
            TreeSet<String> all = new TreeSet<>(bundledNames());
            all.addAll(names(project.getRoot()));
            return new ArrayList<>(all);
        }
    }
}
