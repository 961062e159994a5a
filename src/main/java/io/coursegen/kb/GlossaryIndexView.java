package io.coursegen.kb;

import io.coursegen.render.view.PageFrame;
import java.util.List;

/** The glossary's A-Z index: terms grouped by first letter. */
public record GlossaryIndexView(PageFrame frame, List<Letter> letters) {

    /** The terms under one letter; {@code id} is the anchor the letter bar links to. */
    public record Letter(String letter, String id, List<Entry> terms) {}

    /** One term: its name, page, other names and one-sentence definition. */
    public record Entry(String term, String href, List<String> aliases, String definition) {}
}
