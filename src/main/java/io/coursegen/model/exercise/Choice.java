package io.coursegen.model.exercise;

import io.coursegen.model.SourceRef;

/** One approach a learner may pick in a scenario: an id kept in saved work, and the label shown. */
public record Choice(String id, String label, SourceRef ref) {}
