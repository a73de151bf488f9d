package org.qitdb.coordination.service;

import java.util.UUID;

/** A meeting document in canonical form. */
public record DocumentData(UUID id, String number, String title, PartyData source, String type, String status, String url) {

    /** The same document under another id: documents sent without an id keep the id of an identical one. */
    DocumentData withId(UUID newId) {
        return new DocumentData(newId, number, title, source, type, status, url);
    }
}
