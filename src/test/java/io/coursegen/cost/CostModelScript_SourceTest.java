package io.coursegen.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coursegen.model.cost.CostInputs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What {@code widget/calculator/cost-model.js} must not contain, read from its source: it runs as a classic
 * script under a strict Content-Security-Policy on {@code file://} pages, touches no DOM, and computes
 * with the same operations as Java. Quick, so it runs without the browser.
 */
class CostModelScript_SourceTest {

    private static final Path SCRIPT = Path.of("src", "main", "resources").resolve(io.coursegen.render.Assets.resourcePath("cost-model.js"));

    @Test
    void noModuleSyntaxNoEvalNoDomNoStorage() throws IOException {
        String code = withoutComments(Files.readString(SCRIPT, StandardCharsets.UTF_8));
        for (String banned : List.of("import ", "export ", "eval(", "Function(", "document", "localStorage",
                "innerHTML", "setTimeout(\"", "fetch(", "XMLHttpRequest")) {
            assertTrue(!code.contains(banned), "cost-model.js contains " + banned);
        }
        assertTrue(code.contains("\"use strict\""));
    }

    @Test
    void noLibraryFunctionThatMayRoundDifferentlyFromJava() throws IOException {
        // Math.floor, abs, min are exact everywhere; pow, exp, log and Math.round's half-to-+∞ are not ours.
        String code = withoutComments(Files.readString(SCRIPT, StandardCharsets.UTF_8));
        Matcher m = Pattern.compile("Math\\.(\\w+)").matcher(code);
        while (m.find()) {
            assertTrue(List.of("floor", "abs", "min").contains(m.group(1)), "Math." + m.group(1));
        }
    }

    @Test
    void theConstantsAreJavas() throws IOException {
        String code = Files.readString(SCRIPT, StandardCharsets.UTF_8);
        assertEquals(Money.TIE_TOLERANCE, constant(code, "TIE_TOLERANCE"));
        assertEquals(Money.MAX_TIE_SLACK, constant(code, "MAX_TIE_SLACK"));
        assertEquals(CostModel.MAX_BREAK_EVEN_MONTHS, constant(code, "MAX_BREAK_EVEN_MONTHS"));
        assertEquals(CostModel.TOKENS_PER_PRICE_UNIT, constant(code, "TOKENS_PER_PRICE_UNIT"));
        assertEquals(CostInputs.DEFAULT_DAYS_PER_MONTH, constant(code, "DEFAULT_DAYS_PER_MONTH"));
    }

    /** The value of {@code var NAME = number;} in the script. */
    private static double constant(String code, String name) {
        Matcher m = Pattern.compile("var " + name + " = ([0-9.e+-]+);").matcher(code);
        assertTrue(m.find(), "no constant " + name);
        return Double.parseDouble(m.group(1));
    }

    private static String withoutComments(String code) {
        return code.replaceAll("(?m)^\\s*//.*$", "");
    }
}
