package io.coursegen.check;

import io.coursegen.diagnostics.Diagnostics;
import io.coursegen.load.Suggest;
import io.coursegen.model.Course;
import io.coursegen.model.CourseModule;
import io.coursegen.model.Lesson;
import io.coursegen.model.SourceRef;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rules between a course's default language and a translation of it: every module of the
 * translation is a module of the default (the same slug, so the same address in both sub-sites), and
 * every lesson of it a lesson of that module. A translation may leave modules and lessons out; the
 * language switcher then leads to what it has. Items and glossary terms are matched by id as they load.
 */
public final class TranslationChecker {
    private TranslationChecker() {}

    public static void check(Course main, Course translation, Diagnostics diagnostics) {
        Map<String, CourseModule> modules = new LinkedHashMap<>();
        for (CourseModule m : main.modules()) modules.put(m.slug(), m);
        String language = translation.language();
        for (CourseModule m : translation.modules()) {
            CourseModule original = modules.get(m.slug());
            if (original == null) {
                diagnostics.error(m.ref(), "module `" + m.slug() + "` of language `" + language + "` has no counterpart in the default language `"
                        + main.language() + "`: name its folder as the default's module folder in content/ is named"
                        + known(modules.values().stream().map(x -> x.dir().isEmpty() ? x.slug() : x.dir()).toList(), m.slug(), modules.keySet()));
                continue;
            }
            Set<String> lessons = original.lessons().stream().map(Lesson::slug).collect(Collectors.toCollection(java.util.LinkedHashSet::new));
            for (Lesson l : m.lessons()) {
                if (lessons.contains(l.slug())) continue;
                diagnostics.error(SourceRef.file(l.path()), "lesson `" + l.slug() + "` of language `" + language + "` has no counterpart in module `"
                        + original.slug() + "` of the default language `" + main.language() + "`: name its file as the default's lesson file is named"
                        + known(original.lessons().stream().map(x -> x.path().substring(x.path().lastIndexOf('/') + 1)).toList(), l.slug(), lessons));
            }
        }
    }

    private static String known(List<String> names, String name, Set<String> slugs) {
        String hint = Suggest.didYouMean(name, slugs);
        if (names.isEmpty()) return " (the default has none)" + hint;
        List<String> shown = names.size() > 8 ? names.subList(0, 8) : names;
        return " (known: " + String.join(", ", shown) + (names.size() > shown.size() ? ", ..." : "") + ")" + hint;
    }
}
