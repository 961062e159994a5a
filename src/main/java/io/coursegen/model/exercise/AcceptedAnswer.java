package io.coursegen.model.exercise;

import io.coursegen.model.SourceRef;

/**
 * A choice that counts as right for a scenario, and why.
 *
 * @param choice the id of one of the scenario's choices
 * @param why    markdown shown to a learner after submitting, explaining why this choice fits
 * @param ref    where the answer is written
 */
public record AcceptedAnswer(String choice, String why, SourceRef ref) {}
