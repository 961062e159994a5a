package io.coursegen.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.coursegen.testing.CourseFiles;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Links as GitHub courses write them: to lesson folders, with queries and trailing slashes, to files that
 * are not lessons, to folders and outside content/, in raw HTML, and remote images under each
 * {@code remote-images:} choice. The lesson under test is {@code content/02-b/README.md}, whose body
 * starts on line 1.
 */
class LinkChecker_GithubLinksTest {
    private static final String F = "content/02-b/README.md:";

    @TempDir
    Path root;

    @BeforeEach
    void course() {
        CourseFiles.write(root, """
                -- content/01-a/README.md --
                # Lesson A

                ## Set up
                -- content/01-a/notebook.ipynb --
                {}
                -- content/01-a/code/app.py --
                print(1)
                -- content/SETUP.md --
                # Setup

                ## Python
                -- LICENSE --
                MIT
                -- tools/run.sh --
                echo
                """);
        courseYaml("");
    }

    private void courseYaml(String more) {
        CourseFiles.writeString(root, "content/course.yaml", "title: T\ndescription: D\n" + more);
    }

    private List<String> errors(String body) {
        CourseFiles.writeString(root, "content/02-b/README.md", "# Lesson B\n\n" + body);
        return CourseFiles.check(root);
    }

    @Test
    void aLessonFolderIsNamedByItsReadmeOrItsFolderWithOrWithoutASlashOrQuery() {
        assertEquals(List.of(), errors("""
                [a](../01-a/README.md?WT.mc_id=academic-000) [b](../01-a/) [c](../01-a) [d](../01-a/?x=1#set-up)
                [e](../01-a#set-up) [f](../SETUP.md#python) [g](../SETUP.md?utm=x)
                """));
    }

    @Test
    void anchorsAreCheckedThroughFoldersAndQueries() {
        assertEquals(List.of(
                F + "3:5: error: broken anchor: `content/01-a/README.md` has no heading with id `setup`; did you mean `set-up`?",
                F + "3:29: error: broken anchor: `content/SETUP.md` has no heading with id `pyton`; did you mean `python`?"),
                errors("[a](../01-a/?q=1#setup) [b](../SETUP.md#pyton)\n"));
    }

    @Test
    void filesInsideTheProjectAreFineAndMissingOnesAreReported() {
        assertEquals(List.of(
                F + "5:5: error: missing link: no file at `content/01-a/gone.ipynb`",
                F + "5:29: error: broken link: no lesson at `content/03-c/README.md`; did you mean `content/01-a/README.md`?"),
                errors("[nb](../01-a/notebook.ipynb) [py](../01-a/code/app.py)\n\n[x](../01-a/gone.ipynb) [y](../03-c/README.md)\n"));
    }

    @Test
    void foldersAndFilesOutsideContentNeedTheRepositoryKey() {
        assertEquals(List.of(
                F + "3:8: error: link `../01-a/code/` leads to the folder `content/01-a/code`, which the site cannot show; set"
                        + " `repository:` in content/course.yaml (its `url` and `ref`) to link to the folder in the repository, or link to a file in it",
                F + "3:33: error: link `../../LICENSE` leads to `LICENSE`, outside content/, which the site does not copy; set"
                        + " `repository:` in content/course.yaml (its `url` and `ref`) to link to it in the repository, or move the file under content/",
                F + "3:56: error: link `../../tools` leads to the folder `tools`, which the site cannot show; set `repository:` in"
                        + " content/course.yaml (its `url` and `ref`) to link to the folder in the repository, or link to a file in it"),
                errors("[code](../01-a/code/) [licence](../../LICENSE) [tools](../../tools)\n"));
    }

    @Test
    void withARepositoryFoldersAndOutsideFilesAreLinks() {
        courseYaml("repository:\n  url: https://github.com/example/course/\n  ref: v1.0\n");
        assertEquals(List.of(F + "3:52: error: link `../../NOTICE` points outside content/; keep linked files under content/"),
                errors("[code](../01-a/code/) [licence](../../LICENSE) [n](../../NOTICE)\n"));
    }

    @Test
    void aRepositoryRootedAtContentCannotReachAboveIt() {
        courseYaml("repository:\n  url: https://github.com/example/course\n  ref: main\n  root: content\n");
        assertEquals(List.of(F + "3:8: error: link `../../LICENSE` leads to `LICENSE`, outside the repository's `root: content`"
                + " (course.yaml); change `root` or the link"), errors("[code](../../LICENSE) [code](../01-a/code)\n"));
    }

    @Test
    void badRepositoryAndRemoteImagesKeys() {
        courseYaml("repository:\n  url: github.com/x\n  root: ../up\nremote-images: links\n");
        assertEquals(List.of(
                "content/course.yaml:4:3: error: missing required key `ref`",
                "content/course.yaml:4:8: error: `url` should be the repository's web address, such as `https://github.com/owner/course`,"
                        + " found `github.com/x`",
                "content/course.yaml:5:9: error: `root` should be the project folder that is the repository's root, such as `.` or"
                        + " `content`, found `../up`",
                "content/course.yaml:6:16: error: unknown `remote-images: links`, expected one of `refuse`, `link`, `allow`; did you mean `link`?"),
                errors("Text.\n"));
    }

    @Test
    void rawHtmlLinksAndImagesAreCheckedWhereTheyAre() {
        assertEquals(List.of(
                F + "3:14: error: missing image: no file at `content/02-b/missing.png`",
                F + "4:10: error: broken link: no lesson at `content/02-b/missing.md`",
                F + "5:10: error: remote image `https://example.org/x.png`: pages load nothing from other hosts; save the image under"
                        + " content/ and link it by a relative path, or set `remote-images: link` (show a link to it) or"
                        + " `remote-images: allow` (load it from its host) in content/course.yaml",
                F + "6:25: error: link `javascript:alert(1)` uses a scheme that is not allowed; use http:, https:, mailto: or a relative path"),
                errors("""
                        <p><img src="./missing.png" alt="x"></p>
                        <a href='./missing.md'>x</a> <a href="../01-a/">fine</a> <!-- <a href="ignored.md"> -->
                        <img src=https://example.org/x.png alt=x>
                        <div><a title="t" href="javascript:alert(1)">x</a></div>
                        """));
    }

    @Test
    void remoteImagesAsLinksAreFineAndAllowedOnesWarnOncePerOrigin() {
        String body = "![a](https://img.example.org/a.svg) ![b](https://img.example.org/b.svg)\n\n![c](//cdn.example.net/c.png)\n";
        courseYaml("remote-images: link\n");
        assertEquals(List.of(), errors(body));
        courseYaml("remote-images: allow\n");
        String why = " (first here), which then sees who reads them; save the images under content/ to serve them from the site";
        assertEquals(List.of(
                F + "3:6: warning: `remote-images: allow`: pages load images from `https://img.example.org`" + why,
                F + "5:6: warning: `remote-images: allow`: pages load images from `https://cdn.example.net`" + why),
                errors(body));
    }
}
