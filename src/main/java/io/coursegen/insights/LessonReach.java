package io.coursegen.insights;

/**
 * How many learners read a lesson: the course's drop-off, lesson by lesson.
 *
 * @param lesson the lesson's "module/lesson" key
 * @param title  its title, or the key when the course is not known
 * @param read   learners who marked it as read
 * @param share  read as a share of all learners (0 to 1)
 */
public record LessonReach(String lesson, String title, int read, double share) {}
