package io.coursegen.browser;

import com.microsoft.playwright.Page;

/** A page opened by a browser test together with the probe listening to it. */
public record ProbedPage(Page page, PageProbe probe) {}
