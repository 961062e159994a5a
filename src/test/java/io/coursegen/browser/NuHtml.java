package io.coursegen.browser;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Checks HTML files with the Nu Html Checker (the engine behind
 * validator.w3.org/nu), in-process and offline.
 *
 * <p>Only errors count; warnings and info messages are ignored. The checker is
 * set up once (loading the HTML schema takes a few seconds) and reused for every
 * file, the way vnu's own command line does it. Not thread-safe: use one
 * instance per thread.
 */
public final class NuHtml {

    /** One error: file:line:col: message. */
    public record Message(Path file, int line, int column, String text) {
        @Override
        public String toString() {
            return file + ":" + line + ":" + column + ": " + text;
        }
    }

    // The same schema vnu uses by default for text/html: HTML plus SVG, MathML,
    // ARIA and the custom checkers. Bundled in the jar, so no network is needed.
    private static final String SCHEMA = "http://s.validator.nu/html5-all.rnc";

    private final SimpleDocumentValidator validator;
    private final Collector collector = new Collector();

    public NuHtml() {
        try {
            // initializeParsers, no schema-less xml, and no language detection: it
            // only ever produces warnings and is the slowest part of a check.
            validator = new SimpleDocumentValidator(true, false, true);
            validator.setUpMainSchema(SCHEMA, collector);
            validator.setUpValidatorAndParsers(collector, false, false);
        } catch (Exception e) {
            throw new IllegalStateException("cannot set up the Nu Html Checker", e);
        }
    }

    /** The errors in one file; empty when it is valid. */
    public List<Message> check(Path file) {
        collector.start(file);
        try {
            validator.checkHtmlFile(file.toFile(), true);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        } catch (SAXException e) {
            // A fatal parse error reaches the handler first and is then thrown; keep
            // anything else too, so that an aborted check cannot pass as "no errors".
            collector.thrown(e);
        }
        return collector.finish();
    }

    /** Checks every file and fails listing all errors of all files. */
    public void assertValid(Collection<Path> files) {
        List<Message> errors = new ArrayList<>();
        for (Path file : files) {
            errors.addAll(check(file));
        }
        if (!errors.isEmpty()) {
            List<String> lines = errors.stream().map(Message::toString).toList();
            fail(errors.size() + " Nu Html Checker error(s) in " + files.size() + " file(s)\n  "
                    + String.join("\n  ", lines));
        }
    }

    /** Collects errors for the file being checked; warnings are dropped. */
    private static final class Collector implements ErrorHandler {
        private Path file;
        private List<Message> errors = new ArrayList<>();

        void start(Path current) {
            file = current;
            errors = new ArrayList<>();
        }

        List<Message> finish() {
            List<Message> result = errors;
            errors = new ArrayList<>();
            return result;
        }

        @Override
        public void warning(SAXParseException e) {
            // Warnings (and vnu's "info" messages, which arrive here too) are advice.
        }

        @Override
        public void error(SAXParseException e) {
            add(e);
        }

        @Override
        public void fatalError(SAXParseException e) {
            add(e);
        }

        void thrown(SAXException e) {
            if (errors.isEmpty()) {
                errors.add(new Message(file, -1, -1, "check aborted: " + e.getMessage()));
            }
        }

        private void add(SAXParseException e) {
            errors.add(new Message(file == null ? Path.of(String.valueOf(e.getSystemId())) : file,
                    e.getLineNumber(), e.getColumnNumber(), e.getMessage()));
        }
    }
}
