package io.coursegen.widget.exercise;

import io.coursegen.render.view.PageFrame;
import java.util.List;

/** The page listing every exercise set. */
public record ExerciseIndexView(PageFrame frame, List<Entry> sets) {
    /** @param scenarioIds the set's scenario ids, space-separated, for the "done" count the script adds */
    public record Entry(String title, String href, int scenarios, String introHtml, String scenarioIds) {}
}
