package org.qitdb.coordination.api;

/**
 * A row of a submission of kind {@code coordination-answers}: the number of the question it answers ({@code 4}; CSV
 * also takes {@code Q4}) and the answer as {@code POST /coordination-questions/{id}/answers} takes it, the organization
 * being the submission's when absent. Described in the submissions operation and docs/coordination.md rather than as
 * a schema of its own: the submission feature, whose endpoint takes it, does not know the register's types.
 */
public record AnswerRow(Integer question, String organization, String group, String date, String via, String summary) {
}
