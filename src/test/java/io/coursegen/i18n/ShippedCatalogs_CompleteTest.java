package io.coursegen.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;
import io.coursegen.diagnostics.Diagnostics;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every shipped catalog other than English is complete and well formed against en.yaml: the same keys
 * (none missing, none unknown, none twice), the same arguments in every text, a pattern ICU4J parses and
 * formats with sample counts (0, 1, 2, 5, 11, 21, 101 and a million), every plural with each form the
 * language's CLDR rules have (and no other), leading and trailing spaces as English has them, and no
 * apostrophe that ICU would read as the start of quoted text.
 */
class ShippedCatalogs_CompleteTest {
    /** Counts every plural is formatted with: the shared vectors' counts, and one that French, Spanish and Portuguese call "many". */
    private static final long[] COUNTS = {0, 1, 2, 5, 11, 21, 101, 1_000_000};

    static Stream<String> translated() {
        return Catalogs.available().stream().filter(l -> !l.equals("en"));
    }

    @Test
    void theEuropeanCatalogsAreThere() {
        List<String> have = Catalogs.available();
        for (String lang : List.of("de", "fr", "es", "pt-BR")) assertTrue(have.contains(lang), "no catalog " + lang + ".yaml");
    }

    @ParameterizedTest
    @MethodSource("translated")
    void catalogIsCompleteAndWellFormed(String lang) {
        String name = Catalogs.SOURCE_DIR + lang + ".yaml";
        String yaml = Catalogs.resource(lang);
        Diagnostics d = new Diagnostics();
        Catalogs.Catalog c = Catalogs.readFlat(name, yaml, d);
        List<String> problems = new ArrayList<>(d.lines());

        Map<String, String> english = Messages.english().texts();
        Set<String> missing = new TreeSet<>(english.keySet());
        missing.removeAll(c.texts().keySet());
        for (String k : missing) problems.add("missing key " + k);
        for (String k : c.texts().keySet()) if (!english.containsKey(k)) problems.add("unknown key " + k);
        Set<String> seen = new HashSet<>();
        for (String line : yaml.split("\n")) {
            if (line.isBlank() || line.startsWith("#") || Character.isWhitespace(line.charAt(0))) continue;
            String key = line.substring(0, Math.max(0, line.indexOf(':')));
            if (!seen.add(key)) problems.add("key twice: " + key);
        }

        ULocale locale = ULocale.forLanguageTag(lang);
        Set<String> forms = PluralRules.forLocale(locale).getKeywords();
        for (Map.Entry<String, String> e : c.texts().entrySet()) {
            String key = e.getKey();
            String en = english.get(key);
            String text = e.getValue();
            if (en == null) continue;
            Catalogs.argumentProblem(en, text).ifPresent(p -> problems.add(key + ": " + p));
            if (text.isBlank()) problems.add(key + ": empty");
            // Japanese and Chinese put no space between sentences, so a text that follows another in
            // English with a space starts without one there; any other change of the edges is a mistake.
            boolean spaceless = lang.equals("ja") || lang.startsWith("zh");
            boolean edgesDiffer = leading(en) != leading(text) || trailing(en) != trailing(text);
            if (edgesDiffer && !(spaceless && text.equals(text.strip()))) {
                problems.add(key + ": leading or trailing space differs from English: \"" + text + "\"");
            }
            if (text.matches("(?s).*'[{}#].*")) problems.add(key + ": an apostrophe before { } or # starts quoted text in ICU; write ’ or ''");
            if (!text.contains("{")) continue;
            try {
                MessageFormat f = new MessageFormat(text, locale);
                // Every argument, also those inside a plural's forms (getArgumentNames gives the outer ones only).
                Set<String> names = allArguments(text);
                if (!names.equals(allArguments(en))) problems.add(key + ": uses the arguments " + names + ", English " + allArguments(en));
                for (long n : COUNTS) {
                    Map<String, Object> args = new HashMap<>();
                    for (String a : names) args.put(a, n);
                    String out = f.format(args);
                    if (out.contains("{") || out.contains("}")) problems.add(key + ": formats with a brace left: " + out);
                }
                problems.addAll(pluralProblems(key, text, forms));
            } catch (IllegalArgumentException ex) {
                problems.add(key + ": ICU4J cannot use it: " + ex.getMessage());
            }
        }
        if (!problems.isEmpty()) fail(name + ":\n  " + String.join("\n  ", problems));
        assertEquals(english.size(), c.texts().size());
    }

    /** Each plural argument's forms against the language's: all of them, and none it lacks (explicit =n aside). */
    private static List<String> pluralProblems(String key, String text, Set<String> forms) {
        List<String> problems = new ArrayList<>();
        MessagePattern mp = new MessagePattern(text);
        for (int i = 0; i < mp.countParts(); i++) {
            MessagePattern.Part p = mp.getPart(i);
            if (p.getType() != MessagePattern.Part.Type.ARG_START || p.getArgType() != MessagePattern.ArgType.PLURAL) continue;
            int limit = mp.getLimitPartIndex(i);
            Set<String> have = new TreeSet<>();
            for (int j = i + 1; j < limit; j++) {
                MessagePattern.Part q = mp.getPart(j);
                if (q.getType() == MessagePattern.Part.Type.ARG_SELECTOR) have.add(mp.getSubstring(q));
                else if (q.getType() == MessagePattern.Part.Type.MSG_START) j = mp.getLimitPartIndex(j);
            }
            Set<String> lacking = new TreeSet<>(forms);
            lacking.removeAll(have);
            Set<String> extra = new TreeSet<>(have);
            extra.removeIf(s -> s.startsWith("=") || forms.contains(s));
            if (!lacking.isEmpty()) problems.add(key + ": a plural lacks the forms " + lacking);
            if (!extra.isEmpty()) problems.add(key + ": a plural has forms the language does not use " + extra);
        }
        return problems;
    }

    private static Set<String> allArguments(String pattern) {
        Set<String> names = new TreeSet<>();
        if (!pattern.contains("{")) return names;
        MessagePattern mp = new MessagePattern(pattern);
        for (int i = 0; i < mp.countParts(); i++) {
            MessagePattern.Part p = mp.getPart(i);
            if (p.getType() == MessagePattern.Part.Type.ARG_NAME) names.add(mp.getSubstring(p));
        }
        return names;
    }

    private static boolean leading(String s) {
        return !s.isEmpty() && Character.isWhitespace(s.charAt(0));
    }

    private static boolean trailing(String s) {
        return !s.isEmpty() && Character.isWhitespace(s.charAt(s.length() - 1));
    }
}
