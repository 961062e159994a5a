package io.coursegen.kb;

import io.coursegen.render.view.PageFrame;
/** The search results page; the results are filled in by search.js from the query in the URL. */
public record SearchView(PageFrame frame) {}
