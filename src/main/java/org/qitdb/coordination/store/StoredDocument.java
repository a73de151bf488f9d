package org.qitdb.coordination.store;

/** A meeting document as stored in the meeting's JSON column; dates and ids as text. */
public record StoredDocument(String id, String number, String title, String organization, String group, String type,
        String status, String url) {
}
