/**
 * Instructor insight from learners' exports: the attempt log each export carries, read into
 * {@link io.coursegen.insights.Learner}s, and classical item analysis over a class of them
 * ({@link io.coursegen.insights.ClassAnalysis}): per quiz the first-try scores, per question its
 * difficulty, discrimination, option choices and misconceptions, with flags for the questions worth
 * a second look; per lesson how many learners read it. Pure functions, no I/O: {@code coursegen
 * insights} reads the files and prints {@link io.coursegen.insights.ReportTables}.
 */
package io.coursegen.insights;
