package io.coursegen.render.view;

/** The search results page; the results are filled in by search.js from the query in the URL. */
public record SearchView(PageFrame frame) {}
