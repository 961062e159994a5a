package io.coursegen.load;

/**
 * Where a course's translations are written. A course in several languages ({@code languages: [en, ar]}
 * in course.yaml) keeps its default language where a course in one language has it, and each other
 * language beside it: the modules in {@code content/<lang>/} (the same folder names), and each kind of
 * item in the language's folder for it: {@code content/<lang>/glossary/}, {@code content/<lang>/exercises/}
 * for the folders under content/, {@code quizzes/<lang>/} for those outside it.
 */
public final class Translations {
    private Translations() {}

    /** The folder holding language {@code language}'s files of the default's {@code folder} (project-relative). */
    public static String folder(String folder, String language) {
        if (folder.startsWith("content/")) return "content/" + language + folder.substring("content".length());
        return folder + "/" + language;
    }
}
