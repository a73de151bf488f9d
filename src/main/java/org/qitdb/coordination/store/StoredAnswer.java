package org.qitdb.coordination.store;

/** An answer to a coordination question as stored in the question's JSON column; dates and ids as text. */
public record StoredAnswer(String id, String organization, String group, String date, String via, String summary) {
}
