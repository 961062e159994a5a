package io.coursegen.exercise;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The vectors {@code src/test/resources/io/coursegen/widget/exercise/handin.json} of {@code assets/handin.js}:
 * lists {@code quote}, {@code inline}, {@code namePart} and {@code fileName}, each case with a name, its
 * input and {@code expected}; quote cases also give the {@code paragraphs} their markdown must show.
 */
final class HandinVectors {
    static final Path FILE = Path.of("src", "test", "resources", "io", "coursegen", "widget", "exercise", "handin.json");
    static final List<String> LISTS = List.of("quote", "inline", "namePart", "fileName");

    private HandinVectors() {}

    static String text() {
        try {
            return java.nio.file.Files.readString(FILE, java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static List<JsonNode> cases(String list) {
        List<JsonNode> out = new ArrayList<>();
        ExerciseVectors.parse(text()).get(list).forEach(out::add);
        return out;
    }
}
