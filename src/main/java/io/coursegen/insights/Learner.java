package io.coursegen.insights;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One learner as an export shows them.
 *
 * @param id          an anonymous id: the random seed of the learner's progress store, the same in
 *                    every export from one browser
 * @param name        the name the learner gave for hand-ins, or null
 * @param source      where the export came from (its file name), for messages
 * @param attempts    the attempt log, oldest first
 * @param lessonsRead the lessons marked as read, as "module/lesson" keys
 */
public record Learner(String id, String name, String source, List<Attempt> attempts, Set<String> lessonsRead) {
    public Learner {
        Objects.requireNonNull(id, "id");
        attempts = List.copyOf(attempts);
        lessonsRead = Set.copyOf(lessonsRead);
    }
}
