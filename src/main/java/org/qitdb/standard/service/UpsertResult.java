package org.qitdb.standard.service;

import org.qitdb.standard.api.StandardView;

/** What an upsert by natural key did: created, updated, or nothing because the content was the same. */
public record UpsertResult(StandardWriter.Outcome outcome, StandardView entry) {
}
