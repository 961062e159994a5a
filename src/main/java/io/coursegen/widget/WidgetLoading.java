package io.coursegen.widget;

import io.coursegen.diagnostics.Diagnostics;
import io.coursegen.model.AnswerSet;
import io.coursegen.model.ItemKind;
import io.coursegen.model.LoadFailures;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;

/** What a widget's {@link Widget#load} may use: the project, the course.yaml it depends on, and the loader's bookkeeping. */
public interface WidgetLoading {
    /** The project folder. */
    Path root();

    /** Where load problems go. */
    Diagnostics diagnostics();

    /** The answer sets of {@code course.yaml}, which scenario questions and exercises draw on. */
    List<AnswerSet> answerSets();

    /** What failed to load of {@code course.yaml} (sources, answer sets), so references to those are not reported again. */
    LoadFailures courseYamlFailures();

    /**
     * The {@code .yaml}/{@code .yml} files of {@code folder} (relative to the project), one item per file,
     * sorted by name; hidden files are skipped and any other file is an error: "`x` is not {@code notA}:
     * folder/ holds one {@code item} per `<id>.yaml` file". Empty if the folder does not exist.
     */
    List<Path> yamlFiles(String folder, String notA, String item);

    /** The path shown to authors: relative to the project, with forward slashes. */
    String rel(Path file);

    /** Records as failed every file of {@code files} whose id (its name without extension) is not among {@code loaded}. */
    void missing(ItemKind<?> kind, List<Path> files, Collection<String> loaded);

    /** Records one item of {@code kind} as failed. */
    void failed(ItemKind<?> kind, String id);

    /** Records every item of {@code kind} as failed, for when the file listing them could not be read. */
    void failedWhole(ItemKind<?> kind);
}
