package io.coursegen.check;

import io.coursegen.kb.GlossaryChecker;
import io.coursegen.diagnostics.Diagnostics;
import io.coursegen.load.Suggest;
import io.coursegen.model.ContentPaths;
import io.coursegen.model.Lesson;
import io.coursegen.model.LoadFailures;
import io.coursegen.model.MarkdownDoc;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Checks the links and images of lessons. Authors link to the {@code .md} file of another lesson
 * (optionally with {@code #anchor}); such links must name an existing lesson and heading. Images must
 * be files under {@code content/}: the site never loads anything from another host. Links may go to
 * http, https and mailto URLs; any other scheme ({@code javascript:}, {@code data:}) is refused.
 */
public final class LinkChecker {
    /** Explicit glossary references, {@code [text](term:slug)}. */
    public static final String TERM_SCHEME = "term:";
    private static final Set<String> LINK_SCHEMES = Set.of("http", "https", "mailto");

    private final Path projectRoot;
    private final Diagnostics diagnostics;
    private final Map<String, Lesson> lessonsByPath;
    private final LoadFailures failures;
    private final Map<String, MarkdownDoc> linkable;
    private final Set<String> moduleFolders;
    private final io.coursegen.model.OutsideLinks outside;

    public LinkChecker(LessonContext context, Diagnostics diagnostics) {
        this.projectRoot = context.projectRoot;
        this.diagnostics = diagnostics;
        this.failures = context.failures;
        this.lessonsByPath = context.lessonsByPath;
        this.linkable = context.linkable;
        this.moduleFolders = context.moduleFolders;
        this.outside = context.outside;
    }

    void check(Lesson lesson) {
        check(lesson.path(), lesson.body());
    }

    /** Checks the links of the markdown {@code body} of the file at {@code path} (a lesson or a glossary term). */
    public void check(String path, MarkdownDoc body) {
        for (MarkdownDoc.Link link : body.links()) {
            check(path, body, link);
        }
    }

    private void check(String path, MarkdownDoc body, MarkdownDoc.Link link) {
        String url = link.url().strip();
        String what = link.image() ? "image" : "link";
        if (url.isEmpty()) {
            diagnostics.error(link.ref(), "empty " + what + " destination");
            return;
        }
        if (url.startsWith(TERM_SCHEME)) return; // checked by GlossaryChecker
        if (ContentPaths.hasScheme(url)) {
            checkScheme(link, url, what);
            return;
        }
        if (url.startsWith("/")) {
            diagnostics.error(link.ref(), what + " `" + url + "` starts with `/`; use a path relative to this file,"
                    + " so the site works from file:// and under any sub-path");
            return;
        }
        io.coursegen.model.LinkTarget t = io.coursegen.model.LinkTarget.of(path, url).orElse(null);
        if (t != null && t.path().isEmpty()) {
            checkAnchor(link, path, body, t.fragment());
            return;
        }
        String target = t == null ? null : t.path();
        String unusable = target == null ? null : ContentPaths.unusableCharacter(target);
        String written = ContentPaths.splitFragment(url)[0];
        if (unusable != null) {
            diagnostics.error(link.ref(), what + " `" + url + "` holds " + unusable + ", which no file name can hold; remove it");
            return;
        }
        if (target == null) {
            diagnostics.error(link.ref(), what + " `" + url + "` points outside the project; keep linked files under content/");
            return;
        }
        if (!link.image()) {
            for (String candidate : t.candidates()) {
                MarkdownDoc to = linkable.get(candidate);
                if (to != null) {
                    checkAnchor(link, candidate, to, t.fragment());
                    return;
                }
                if (failures.failed(LoadFailures.Kind.LESSON, candidate)) return; // it did not load; its own errors are reported
            }
            if (moduleFolders.contains(target)) return; // the module's page
        }
        Path file = projectRoot.resolve(target);
        String symlink = linksOutside(file);
        if (symlink != null) {
            diagnostics.error(link.ref(), what + " `" + url + "`: " + symlink);
        } else if (target.endsWith(".md") && !link.image() && target.startsWith("content/")) {
            String hint = relativeHint(path, written);
            diagnostics.error(link.ref(), "broken link: no lesson at `" + target + "`"
                    + (hint.isEmpty() ? Suggest.didYouMean(target, lessonsByPath.keySet()) : hint));
        } else if (!target.startsWith("content/") && (link.image() || !Files.exists(file))) {
            diagnostics.error(link.ref(), what + " `" + url + "` points outside content/; keep linked files under content/"
                    + relativeHint(path, written));
        } else if (Files.isDirectory(file)) {
            if (link.image()) {
                diagnostics.error(link.ref(), "image `" + url + "` is a folder, not an image file");
            } else if (outside.repository() == null) {
                diagnostics.error(link.ref(), "link `" + url + "` leads to the folder `" + target + "`, which the site cannot show;"
                        + " set `repository:` in content/course.yaml (its `url` and `ref`) to link to the folder in the repository,"
                        + " or link to a file in it");
            } else if (outside.repository().urlOf(target, true).isEmpty()) {
                diagnostics.error(link.ref(), outsideRoot(url, target));
            }
        } else if (!target.startsWith("content/")) {
            if (outside.repository() == null) {
                diagnostics.error(link.ref(), "link `" + url + "` leads to `" + target + "`, outside content/, which the site does not"
                        + " copy; set `repository:` in content/course.yaml (its `url` and `ref`) to link to it in the repository,"
                        + " or move the file under content/");
            } else if (outside.repository().urlOf(target, false).isEmpty()) {
                diagnostics.error(link.ref(), outsideRoot(url, target));
            }
        } else if (!Files.isRegularFile(file)) {
            diagnostics.error(link.ref(), "missing " + what + ": no file at `" + target + "`" + siblingHint(file));
        }
    }

    /** {@code "; did you mean `prompts.ipynb`?"} when a file beside the missing one has a close name. */
    private static String siblingHint(Path missing) {
        Path dir = missing.getParent();
        if (dir == null || !Files.isDirectory(dir)) return "";
        try (java.util.stream.Stream<Path> s = Files.list(dir)) {
            java.util.List<String> names = s.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).sorted().toList();
            return Suggest.didYouMean(missing.getFileName().toString(), names);
        } catch (java.io.IOException e) {
            return "";
        }
    }

    private String outsideRoot(String url, String target) {
        return "link `" + url + "` leads to `" + target + "`, outside the repository's `root: " + outside.repository().root()
                + "` (course.yaml); change `root` or the link";
    }

    /**
     * A link written from the project root ({@code content/01-a/02-b.md}, as the {@code lessons:} lists
     * of trees and exercises are) in a file elsewhere: say that links are relative to their own file,
     * and how this one would be written.
     */
    private String relativeHint(String from, String written) {
        String fromRoot = ContentPaths.resolve("course", decode(written)).orElse(null);
        if (fromRoot == null || !lessonsByPath.containsKey(fromRoot) && !Files.exists(projectRoot.resolve(fromRoot))) return "";
        String[] dir = from.contains("/") ? from.substring(0, from.lastIndexOf('/')).split("/") : new String[0];
        String[] to = fromRoot.split("/");
        int common = 0;
        while (common < dir.length && common < to.length - 1 && dir[common].equals(to[common])) common++;
        String rel = "../".repeat(dir.length - common) + String.join("/", java.util.Arrays.copyOfRange(to, common, to.length));
        return "; links are relative to the file they are written in, so from `" + from + "` write `" + rel + "`";
    }

    /**
     * Why {@code file} or a folder on its way from the project root is a symbolic link the site may not
     * copy (it leads outside the project, or nowhere); null if none is.
     */
    private String linksOutside(java.nio.file.Path file) {
        java.nio.file.Path rel = projectRoot.relativize(file);
        java.nio.file.Path p = projectRoot;
        for (java.nio.file.Path part : rel) {
            p = p.resolve(part);
            if (Files.isSymbolicLink(p)) {
                String why = io.coursegen.model.ContentPaths.symlinkProblem(projectRoot, p);
                if (why != null) return why;
            }
        }
        return null;
    }

    private void checkScheme(MarkdownDoc.Link link, String url, String what) {
        String scheme = url.startsWith("//") ? "" : url.substring(0, url.indexOf(':')).toLowerCase(Locale.ROOT);
        if (link.image() && (scheme.equals("http") || scheme.equals("https") || scheme.isEmpty())) {
            if (outside.remoteImages() == io.coursegen.model.OutsideLinks.RemoteImages.REFUSE) {
                diagnostics.error(link.ref(), "remote image `" + url + "`: pages load nothing from other hosts; save the image under"
                        + " content/ and link it by a relative path, or set `remote-images: link` (show a link to it) or"
                        + " `remote-images: allow` (load it from its host) in content/course.yaml");
            }
        } else if (link.image()) {
            diagnostics.error(link.ref(), "image `" + url + "` uses a scheme that is not allowed; save the image under content/"
                    + " and link it by a relative path");
        } else if (!LINK_SCHEMES.contains(scheme)) {
            diagnostics.error(link.ref(), "link `" + url + "` uses a scheme that is not allowed; use http:, https:, mailto: or a relative path");
        }
    }

    private void checkAnchor(MarkdownDoc.Link link, String targetPath, MarkdownDoc targetBody, String fragment) {
        if (!fragment.startsWith("#") || fragment.length() == 1) return;
        String anchor = decode(fragment.substring(1));
        if (!targetBody.hasAnchor(anchor)) {
            Set<String> ids = targetBody.anchorIds();
            diagnostics.error(link.ref(), "broken anchor: `" + targetPath + "` has no heading with id `" + anchor + "`"
                    + (ids.isEmpty() ? " (it has no headings)" : anchorHint(anchor, ids)));
        }
    }

    /** "did you mean" for a near miss, else the ids there are to link to. */
    private static String anchorHint(String anchor, Set<String> ids) {
        String near = Suggest.didYouMean(anchor, ids);
        return !near.isEmpty() ? near : Suggest.listed("its headings", anchor, new java.util.TreeSet<>(ids));
    }

    /** Authors may percent-encode spaces and the like; files and ids are matched decoded. */
    private static String decode(String s) {
        if (s.indexOf('%') < 0) return s;
        try {
            return java.net.URLDecoder.decode(s.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }
}
