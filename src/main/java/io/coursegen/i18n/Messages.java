package io.coursegen.i18n;

import com.ibm.icu.text.ListFormatter;
import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.ULocale;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A loaded message catalog: every interface string of the site in one language, by key, each missing
 * key already filled in from English (see {@link Catalogs}). A text with arguments is an ICU
 * MessageFormat pattern ({@code {count, plural, one {# lesson} other {# lessons}}}), formatted by CLDR
 * rules for the catalog's locale; a text without arguments is used as it is written.
 *
 * <p>Immutable and thread-safe: pages render in parallel from one catalog.
 */
public final class Messages {
    private final String lang;
    private final ULocale locale;
    private final Map<String, String> texts;

    /**
     * @param lang   the language tag pages carry ({@code lang="..."}), as course.yaml writes it
     * @param locale the locale plurals, numbers and lists follow (English for the pseudo-locale)
     * @param texts  every key's text, complete
     */
    Messages(String lang, ULocale locale, Map<String, String> texts) {
        this.lang = Objects.requireNonNull(lang);
        this.locale = Objects.requireNonNull(locale);
        this.texts = Collections.unmodifiableMap(new LinkedHashMap<>(texts));
    }

    /** The generator's own English catalog, with no course overrides (for tests and tools with no course). */
    public static Messages english() {
        return Catalogs.english();
    }

    /** The language tag of the pages. */
    public String lang() {
        return lang;
    }

    /** The BCP 47 tag of the locale plurals, numbers and lists follow. */
    public String formatLocale() {
        return locale.toLanguageTag();
    }

    /** Every key and its text, in catalog order. */
    public Map<String, String> texts() {
        return texts;
    }

    /**
     * The text of {@code key}, as written. A key the English catalog lacks is a mistake in the generator
     * (every key it uses is in en.yaml, which a test holds to), so it throws rather than show a key to learners.
     */
    public String t(String key) {
        String text = texts.get(key);
        if (text == null) throw new IllegalArgumentException("no message " + key + " in the catalog");
        return text;
    }

    /**
     * The text of {@code key} formatted with named arguments, given as name, value pairs:
     * {@code t("nav.all-lessons", "count", 12)}. Numbers are formatted for the locale, plurals chosen by its rules.
     */
    public String t(String key, Object... namesAndValues) {
        if (namesAndValues.length == 0) return t(key);
        if (namesAndValues.length % 2 != 0) throw new IllegalArgumentException("arguments of " + key + " must be name, value pairs");
        Map<String, Object> args = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) args.put((String) namesAndValues[i], namesAndValues[i + 1]);
        return format(key, args);
    }

    /** The text of {@code key} formatted with these named arguments. */
    public String format(String key, Map<String, Object> args) {
        // MessageFormat is not thread-safe, and pages render in parallel: one per call.
        return new MessageFormat(t(key), locale).format(args);
    }

    /**
     * The text of {@code key} split around its argument {@code slot}, for a template that puts markup there
     * (a link, a {@code <code>} element): {@code around("notfound.home", "link")} of "{link} and pick a module"
     * is {@code ["", " and pick a module"]}. The other arguments are given as name, value pairs.
     */
    public List<String> around(String key, String slot, Object... namesAndValues) {
        Object[] all = java.util.Arrays.copyOf(namesAndValues, namesAndValues.length + 2);
        all[namesAndValues.length] = slot;
        all[namesAndValues.length + 1] = SLOT;
        String text = t(key, all);
        int at = text.indexOf(SLOT);
        if (at < 0 || text.indexOf(SLOT, at + 1) >= 0) throw new IllegalStateException(key + " should use {" + slot + "} once: " + text);
        return List.of(text.substring(0, at), text.substring(at + SLOT.length()));
    }

    /** Stands for the markup {@link #around} leaves out: a private-use character no text has. */
    private static final String SLOT = String.valueOf((char) 0xE000);

    /**
     * {@link #t(String, Object...)} as a template's text content, escaped for an element's text ({@code &}, {@code <},
     * {@code >}) but not for an attribute, so that an apostrophe stays one; in attributes use {@code t}.
     */
    public gg.jte.Content text(String key, Object... namesAndValues) {
        String text = t(key, namesAndValues);
        return output -> output.writeContent(text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"));
    }

    /**
     * The text of {@code key} as a template's text content with markup in some of its arguments: given as
     * name, HTML pairs ({@code "space", "<kbd>Space</kbd>"}), each written where the translation puts it,
     * the rest of the text escaped. The HTML comes from the template or the generator, never from a catalog.
     */
    public gg.jte.Content markup(String key, String... namesAndHtml) {
        Object[] slots = new Object[namesAndHtml.length];
        for (int i = 0; i < namesAndHtml.length; i += 2) {
            slots[i] = namesAndHtml[i];
            slots[i + 1] = String.valueOf((char) (0xE001 + i / 2));
        }
        String text = t(key, slots).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        for (int i = 0; i < namesAndHtml.length; i += 2) text = text.replace((String) slots[i + 1], namesAndHtml[i + 1]);
        String html = text;
        return output -> output.writeContent(html);
    }

    /** A number as this locale writes it, with at most {@code maxFractionDigits} decimals. */
    public String number(double value, int maxFractionDigits) {
        NumberFormat f = NumberFormat.getInstance(locale);
        f.setMaximumFractionDigits(maxFractionDigits);
        return f.format(value);
    }

    /** Items joined as this locale writes a list ("a, b and c"). */
    public String list(List<String> items) {
        return ListFormatter.getInstance(locale).format(items);
    }

    /** This catalog with other texts for some keys (a course's overrides). */
    Messages with(Map<String, String> overrides) {
        Map<String, String> all = new LinkedHashMap<>(texts);
        all.putAll(overrides);
        return new Messages(lang, locale, all);
    }

    /** This catalog in the pseudo-locale: every text bracketed and accented, see {@link PseudoLocale}. */
    Messages pseudo(String pseudoLang) {
        Map<String, String> all = new LinkedHashMap<>();
        texts.forEach((k, v) -> all.put(k, PseudoLocale.transform(v)));
        return new Messages(pseudoLang, locale, all);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Messages m && m.lang.equals(lang) && m.locale.equals(locale) && m.texts.equals(texts);
    }

    @Override
    public int hashCode() {
        return Objects.hash(lang, texts);
    }
}
