package io.coursegen.model;

/**
 * A markdown file under {@code content/} that is not a lesson (a {@code SETUP.md}, a {@code RESOURCES.md},
 * the {@code README.md} of a folder inside a lesson): a page of its own, outside the reading order. It is
 * linked to like a lesson, searched and listed in the sitemap, but has no module, no prev/next and no
 * progress.
 *
 * @param path  the file's path relative to the project root
 * @param title {@code title:} in its front matter, else its first {@code #} heading, else its file name
 */
public record StandalonePage(String path, String title, String summary, MarkdownDoc body, SourceRef ref) {}
