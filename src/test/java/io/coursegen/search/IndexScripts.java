package io.coursegen.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Reads back the search index's scripts: each must be exactly one push of one JSON value, so nothing else in it can run. */
public final class IndexScripts {
    private static final String PREFIX = "(window." + IndexFiles.GLOBAL + "=window." + IndexFiles.GLOBAL + "||[]).push(";
    private static final String SUFFIX = ");\n";
    private static final ObjectMapper JSON = new ObjectMapper();

    private IndexScripts() {}

    /** The JSON value a script pushes; fails when the script is anything more. */
    public static JsonNode parse(String script) {
        if (!script.startsWith(PREFIX) || !script.endsWith(SUFFIX)) {
            throw new IllegalArgumentException("not one push of a JSON value: " + script.substring(0, Math.min(80, script.length())));
        }
        try {
            return JSON.readTree(script.substring(PREFIX.length(), script.length() - SUFFIX.length()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
