package io.coursegen.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The JSON Schema of the learner export, format version 2, as README documents it. */
final class ExportSchema {
    static final Path FILE = Path.of("src", "main", "resources", "io", "coursegen", "widget", "exercise", "export-2.schema.json");

    private static final Schema SCHEMA = load();

    private ExportSchema() {}

    private static Schema load() {
        try (InputStream in = Files.newInputStream(FILE)) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What is wrong with {@code export}, one line per error; empty when it matches. */
    static List<String> errors(JsonNode export) {
        return SCHEMA.validate(export).stream().map(e -> e.getInstanceLocation() + ": " + e.getMessage()).toList();
    }
}
