package io.coursegen.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.util.ULocale;
import io.coursegen.diagnostics.Diagnostics;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shipped catalogs of ja, zh-Hans and ar are complete (issue 18 item 3): every key of en.yaml and no
 * other, each text a pattern ICU4J parses and formats (counts 0, 1, 2, 5, 11, 21, 101) with the arguments
 * English has, and in Arabic every plural with all six CLDR categories (zero, one, two, few, many, other).
 */
class ShippedCatalogsCjkAr_CompleteTest {
    private static final int[] COUNTS = {0, 1, 2, 5, 11, 21, 101};
    private static final Set<String> ARABIC_CATEGORIES = Set.of("zero", "one", "two", "few", "many", "other");

    @ParameterizedTest
    @ValueSource(strings = {"ja", "zh-Hans", "ar"})
    void theCatalogIsCompleteAndEveryPatternWorks(String lang) {
        Diagnostics d = new Diagnostics();
        Catalogs.Catalog c = Catalogs.readFlat(Catalogs.SOURCE_DIR + lang + ".yaml", Catalogs.resource(lang), d);
        List<String> problems = new ArrayList<>();
        d.sorted().forEach(x -> problems.add(x.toString()));
        Map<String, String> english = Messages.english().texts();
        for (String key : english.keySet()) if (!c.texts().containsKey(key)) problems.add("missing " + key);
        for (String key : c.texts().keySet()) if (!english.containsKey(key)) problems.add("unknown " + key);
        ULocale locale = ULocale.forLanguageTag(lang);
        for (Map.Entry<String, String> e : c.texts().entrySet()) {
            String key = e.getKey();
            String en = english.get(key);
            if (en == null) continue;
            String text = e.getValue();
            if (text.isBlank()) problems.add(key + ": empty");
            Catalogs.argumentProblem(en, text).ifPresent(p -> problems.add(key + ": " + p));
            if (!en.contains("{")) {
                if (text.contains("{") || text.contains("}")) problems.add(key + ": braces in a text without arguments");
                continue;
            }
            MessageFormat f;
            try {
                f = new MessageFormat(text, locale);
            } catch (IllegalArgumentException ex) {
                problems.add(key + ": ICU cannot parse: " + ex.getMessage());
                continue;
            }
            Set<String> plurals = pluralArguments(en);
            // getArgumentNames() lists only the top level; an argument inside a plural's form counts too.
            Set<String> names = allArguments(text);
            if (!names.equals(allArguments(en))) problems.add(key + ": arguments " + names + ", English has " + allArguments(en));
            for (int n : COUNTS) {
                Map<String, Object> args = new HashMap<>();
                for (String name : names) args.put(name, plurals.contains(name) || pluralArguments(text).contains(name) ? (Object) n : "x" + n);
                try {
                    String out = f.format(args);
                    if (out.isBlank() || out.contains("{") || out.contains("}")) problems.add(key + ": formats as `" + out + "` for " + n);
                } catch (IllegalArgumentException ex) {
                    problems.add(key + ": ICU cannot format for " + n + ": " + ex.getMessage());
                }
            }
            if (lang.equals("ar")) {
                for (Map.Entry<String, Set<String>> p : pluralSelectors(text).entrySet()) {
                    if (!plurals.contains(p.getKey())) continue;
                    Set<String> lack = new TreeSet<>(ARABIC_CATEGORIES);
                    lack.removeAll(p.getValue());
                    if (!lack.isEmpty()) problems.add(key + ": plural {" + p.getKey() + "} lacks " + lack);
                }
                for (String p : plurals) if (!pluralSelectors(text).containsKey(p)) problems.add(key + ": {" + p + "} is a plural in English but not here");
            }
        }
        assertEquals(List.of(), problems, lang + ".yaml");
        assertTrue(Catalogs.available().contains(lang), lang + " is found on the class path");
        Diagnostics load = new Diagnostics();
        Messages m = Catalogs.load(null, lang, load);
        assertEquals(List.of(), load.sorted().stream().map(Object::toString).toList(), "loading " + lang + " warns of nothing");
        assertEquals(english.keySet(), m.texts().keySet());
    }

    /** The names of every argument of a pattern, those inside plural forms included. */
    private static Set<String> allArguments(String pattern) {
        Set<String> out = new TreeSet<>();
        if (!pattern.contains("{")) return out;
        MessagePattern mp = new MessagePattern(MessagePattern.ApostropheMode.DOUBLE_OPTIONAL).parse(pattern);
        for (int i = 0; i < mp.countParts(); i++) {
            if (mp.getPart(i).getType() == MessagePattern.Part.Type.ARG_NAME) out.add(mp.getSubstring(mp.getPart(i)));
        }
        return out;
    }

    /** The names of the plural arguments of a pattern. */
    private static Set<String> pluralArguments(String pattern) {
        return pluralSelectors(pattern).keySet();
    }

    /** Each plural argument of a pattern with the selectors its sub-messages have (nested plurals too). */
    private static Map<String, Set<String>> pluralSelectors(String pattern) {
        Map<String, Set<String>> out = new HashMap<>();
        if (!pattern.contains("{")) return out;
        MessagePattern mp = new MessagePattern(MessagePattern.ApostropheMode.DOUBLE_OPTIONAL).parse(pattern);
        for (int i = 0; i < mp.countParts(); i++) {
            MessagePattern.Part part = mp.getPart(i);
            if (part.getType() == MessagePattern.Part.Type.ARG_START && part.getArgType() == MessagePattern.ArgType.PLURAL) {
                String name = mp.getSubstring(mp.getPart(i + 1));
                Set<String> selectors = out.computeIfAbsent(name, k -> new LinkedHashSet<>());
                int limit = mp.getLimitPartIndex(i);
                for (int j = i + 2; j < limit; j++) {
                    MessagePattern.Part s = mp.getPart(j);
                    if (s.getType() == MessagePattern.Part.Type.ARG_SELECTOR) selectors.add(mp.getSubstring(s));
                    if (s.getType() == MessagePattern.Part.Type.MSG_START) j = mp.getLimitPartIndex(j);
                }
            }
        }
        return out;
    }
}
