package io.coursegen.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coursegen.render.OutputFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Leftovers} tells the folders of running builds from those of stopped ones, and ours from
 * anyone else's. The command-line view of the same is {@code cli.BuildCommand_RecoveryTest}; a build in
 * another process is {@code cli.BuildCommand_KilledTest}.
 */
class SiteWriter_LeftoversTest {
    private static final String CLEARED = "cleared up after a build that was stopped before it finished: ";

    @TempDir
    Path tmp;

    @Test
    void theFoldersOfABuildRunningInThisProcessAreLiveAndAStoppedOnesBesideThemAreNot() throws IOException {
        Path out = tmp.resolve("site");
        SiteWriter.write(out, List.of(OutputFile.html("index.html", "old")));
        stale(".site.staging-00000000");
        AtomicReference<Optional<String>> during = new AtomicReference<>();
        AtomicReference<List<String>> seen = new AtomicReference<>();
        AtomicReference<String> id = new AtomicReference<>();
        SiteWriter.write(out, sink -> {
            sink.accept(OutputFile.html("index.html", "new"));
            String live = names().stream().filter(n -> n.startsWith(".site.staging-") && !n.endsWith("00000000")).findFirst().orElseThrow();
            assertTrue(Files.isRegularFile(tmp.resolve(live).resolve(BuildLock.FILE)), "the lock file is there from the start");
            id.set(live.substring(".site.staging-".length()));
            // The same build, stopped between its renames as far as a look at the folder can tell.
            try {
                Files.move(out, tmp.resolve(".site.old-" + live.substring(".site.staging-".length())));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            during.set(Leftovers.recover(out));
            seen.set(names());
            try {
                Files.move(tmp.resolve(".site.old-" + live.substring(".site.staging-".length())), out);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, SiteWriter.FILES);
        assertEquals(Optional.of(CLEARED + "removed `.site.staging-00000000/` (0.0 KB)"), during.get(),
                "the stopped build's folder goes; the running build's old site is not put back, its staging folder stays");
        assertEquals(List.of(".site.old-" + id.get(), ".site.staging-" + id.get()), seen.get());
        assertEquals("new", Files.readString(out.resolve("index.html")));
        assertEquals(List.of("site"), names());
    }

    @Test
    void ofSeveralWholeOldSitesTheNewestIsRestoredAndTheRestRemoved() throws IOException {
        Path out = tmp.resolve("site");
        oldSite("aaaaaaaa", "older", 1_000);
        oldSite("bbbbbbbb", "newest", 3_000);
        oldSite("cccccccc", "middle", 2_000);
        Optional<String> said = Leftovers.recover(out);
        assertEquals(Optional.of(CLEARED + "restored `site/` from `.site.old-bbbbbbbb/`; removed `.site.old-aaaaaaaa/` (0.0 KB),"
                + " `.site.old-cccccccc/` (0.0 KB)"), said);
        assertEquals("newest", Files.readString(out.resolve("index.html")));
        assertEquals(List.of("site"), names());
    }

    @Test
    void aSymbolicLinkNamedLikeAStagingFolderIsNotFollowed() throws IOException {
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve(BuildLock.FILE), "");
        Files.writeString(elsewhere.resolve("precious.txt"), "keep");
        Files.createSymbolicLink(tmp.resolve(".site.staging-link"), elsewhere);
        assertEquals(Optional.empty(), Leftovers.recover(tmp.resolve("site")));
        assertEquals("keep", Files.readString(elsewhere.resolve("precious.txt")));
        assertTrue(Files.isSymbolicLink(tmp.resolve(".site.staging-link")));
    }

    @Test
    void reportChangesNothing() throws IOException {
        oldSite("aaaaaaaa", "old", 1_000);
        stale(".site.staging-aaaaaaaa");
        assertEquals(Optional.of("a build was stopped before it finished: `site/` is missing and `.site.old-aaaaaaaa/` holds the previous"
                + " site; `.site.staging-aaaaaaaa/` (0.0 KB) is left over; the next `coursegen build` clears this up"),
                Leftovers.report(tmp.resolve("site")));
        assertEquals(List.of(".site.old-aaaaaaaa", ".site.staging-aaaaaaaa"), names());
    }

    @Test
    void anEmptyOutputFolderIsReplacedWithoutARenameAside() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("site"));
        SiteWriter.write(out, List.of(OutputFile.html("index.html", "x")));
        assertEquals(List.of("site"), names());
        assertEquals(List.of(SiteWriter.MARKER, "index.html"), names(out));
    }

    @Test
    void aSiteMayNotHoldAFileNamedLikeAMarker() {
        for (String name : List.of(SiteWriter.MARKER, SiteWriter.DELETING, BuildLock.FILE)) {
            IOException e = assertThrows(IOException.class, () -> SiteWriter.write(tmp.resolve("site"), List.of(OutputFile.html(name, "x"))));
            assertEquals("output path `" + name + "` is the name of coursegen's own marker file", e.getMessage());
            assertEquals(List.of(), names(), "nothing left of the staging folder");
        }
    }

    /** A staging folder as a stopped build leaves it: its lock file, locked by nobody. */
    private void stale(String name) throws IOException {
        Files.createDirectories(tmp.resolve(name));
        Files.writeString(tmp.resolve(name).resolve(BuildLock.FILE), "");
    }

    /** A whole previous site renamed aside, built at {@code millis}. */
    private void oldSite(String id, String text, long millis) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve(".site.old-" + id));
        Files.writeString(dir.resolve("index.html"), text);
        Files.writeString(dir.resolve(SiteWriter.MARKER), "");
        Files.setLastModifiedTime(dir.resolve(SiteWriter.MARKER), FileTime.fromMillis(millis));
    }

    private List<String> names() {
        return names(tmp);
    }

    private static List<String> names(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
