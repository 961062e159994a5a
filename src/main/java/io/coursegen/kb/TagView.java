package io.coursegen.kb;

import io.coursegen.render.view.PageFrame;
import java.util.List;

/** The items carrying one tag, grouped by kind in a fixed order (lessons, quizzes, ...). */
public record TagView(PageFrame frame, String tag, List<Group> groups, String indexHref) {

    public record Group(String kind, List<TermView.Item> items) {}
}
