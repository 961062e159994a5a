/** Exercise sets: scenarios in which a learner picks an approach and justifies it, as read from {@code content/exercises/}. */
package io.coursegen.model.exercise;
