package io.coursegen.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A blank page in Debian's Chromium holding one of the site's scripts and nothing else, for running
 * shared test vectors against the browser's copy of the answer logic. Loading the script alone proves
 * it works as a classic script with no other file; page errors and console errors are collected.
 */
public final class ScriptPage implements AutoCloseable {
    private final BrowserContext context;
    private final Page page;
    private final List<String> errors = new ArrayList<>();

    private ScriptPage(BrowserContext context, Page page) {
        this.context = context;
        this.page = page;
    }

    /**
     * Opens a blank page in a new context of {@code chromium} (the run's shared one, see
     * {@link SharedBrowser}) and adds the bundled asset {@code asset} (read from {@code src/main/resources/}) to it as a classic script,
     * then each of {@code more}, in order (a script that needs another comes after it).
     */
    public static ScriptPage open(Chromium chromium, String asset, String... more) throws IOException {
        return openFile(chromium, Path.of("src", "main", "resources").resolve(io.coursegen.render.Assets.resourcePath(asset)), more);
    }

    /** As {@link #open}, for a script of {@code src/main/resources/} that is not a site asset (the LMS run-time's). */
    public static ScriptPage openResource(Chromium chromium, String resourcePath) throws IOException {
        return openFile(chromium, Path.of("src", "main", "resources").resolve(resourcePath));
    }

    private static ScriptPage openFile(Chromium chromium, Path script, String... more) throws IOException {
        BrowserContext context = chromium.newContext(800);
        ScriptPage sp = new ScriptPage(context, context.newPage());
        sp.page.onPageError(sp.errors::add);
        sp.page.onConsoleMessage(m -> {
            if (m.type().equals("error")) sp.errors.add(m.text());
        });
        sp.page.setContent("<!doctype html><title>vectors</title>");
        sp.page.addScriptTag(new Page.AddScriptTagOptions().setContent(Files.readString(script, StandardCharsets.UTF_8)));
        for (String next : more) {
            Path file = Path.of("src", "main", "resources").resolve(io.coursegen.render.Assets.resourcePath(next));
            sp.page.addScriptTag(new Page.AddScriptTagOptions().setContent(Files.readString(file, StandardCharsets.UTF_8)));
        }
        return sp;
    }

    public Page page() {
        return page;
    }

    /** Page errors and console errors seen so far. */
    public List<String> errors() {
        return List.copyOf(errors);
    }

    /** Closes the page's context; the browser is the run's and stays open. */
    @Override
    public void close() {
        context.close();
    }
}
