package io.coursegen.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.coursegen.render.view.LessonView.SourceNote;
import org.junit.jupiter.api.Test;

/** The label a lesson's sources note shows before a source's title: its number, never its file name. */
class SourceNote_LabelTest {
    @Test
    void aNumberedFileIsLabelledByItsNumber() {
        assertEquals("Source 001", new SourceNote("When to Fine-Tune vs Prompt Engineering", "001_8b23be594345c3b3.txt").label());
        assertEquals("Source 7", new SourceNote("T", "7-notes.txt").label());
    }

    @Test
    void anUnnumberedFileHasNoLabel() {
        assertEquals("", new SourceNote("Article A", "a.txt").label());
        assertEquals("", new SourceNote("T", "2024.txt").label());
    }
}
