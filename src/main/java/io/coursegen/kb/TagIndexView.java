package io.coursegen.kb;

import io.coursegen.render.view.PageFrame;
import java.util.List;

/** Every tag of the course, each with how many items carry it. */
public record TagIndexView(PageFrame frame, List<Entry> tags) {

    public record Entry(String name, String href, int count) {}
}
