package io.coursegen.render.view;

import java.util.List;

/**
 * A standalone page: a markdown file of the course that is not a lesson (a SETUP.md), shown with its
 * table of contents but outside the reading order.
 *
 * @param bodyHtml sanitized HTML of its body (see BodyRenderer); the only unescaped text
 */
public record StandalonePageView(PageFrame frame, String title, String summary, List<LessonView.TocEntry> toc, String bodyHtml) {}
