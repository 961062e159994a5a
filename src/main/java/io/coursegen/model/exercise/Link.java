package io.coursegen.model.exercise;

import io.coursegen.model.SourceRef;

/** A reference from a scenario to something else in the course (a lesson path, preset id or tree id), where it is written. */
public record Link(String target, SourceRef ref) {}
