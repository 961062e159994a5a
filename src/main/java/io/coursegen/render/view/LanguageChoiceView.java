package io.coursegen.render.view;

import java.util.List;

/**
 * The home page of a course written in several languages, at the root above the languages' sub-sites:
 * the course's title, and a link to each language's home page, named in that language.
 *
 * @param lang        the default language, the page's own
 * @param dir         {@code rtl} when the default language is written right to left, else null
 * @param stylesheet  {@code site.css}, and {@code theme} the theme script, as linked from this page
 * @param alternates  each language's home page, then {@code x-default} (this page)
 */
public record LanguageChoiceView(String lang, String dir, String title, String description, String csp, String favicon, String stylesheet,
        String theme, List<PageFrame.Alternate> alternates, List<Choice> choices) {

    public LanguageChoiceView {
        alternates = List.copyOf(alternates);
        choices = List.copyOf(choices);
    }

    /** One language: its tag, its name in itself, its direction, the course's title in it and its home page. */
    public record Choice(String tag, String name, String dir, String title, String href) {}
}
