package io.coursegen.serve;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;

/** Opens a URL in the author's browser for {@code serve --open}, if this machine has a way to. */
public final class BrowserLauncher {
    private BrowserLauncher() {}

    /** Tries the desktop API, then xdg-open or open; returns false (and changes nothing) when neither works. */
    public static boolean open(URI url) {
        try {
            if (!java.awt.GraphicsEnvironment.isHeadless() && java.awt.Desktop.isDesktopSupported()
                    && java.awt.Desktop.getDesktop().isSupported(java.awt.Desktop.Action.BROWSE)) {
                java.awt.Desktop.getDesktop().browse(url);
                return true;
            }
        } catch (IOException | RuntimeException | LinkageError e) {
            // no desktop here; try the command below
        }
        String command = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("mac") ? "open" : "xdg-open";
        try {
            Process p = new ProcessBuilder(command, url.toString()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.isAlive() || p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
