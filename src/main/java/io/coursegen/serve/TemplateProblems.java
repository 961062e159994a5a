package io.coursegen.serve;

import io.coursegen.render.TemplateErrors;

/** Turns a failure while rendering (a template that does not compile or throws) into an overlay problem. */
final class TemplateProblems {
    private TemplateProblems() {}

    /** The same place and message that {@code build} reports ({@link TemplateErrors}). */
    static Problem of(RuntimeException e) {
        return Problem.of(TemplateErrors.of(e));
    }
}
