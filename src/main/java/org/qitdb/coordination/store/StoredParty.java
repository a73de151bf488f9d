package org.qitdb.coordination.store;

/** An organization and, optionally, one of its groups, by code: a JSON element of a stored list. */
public record StoredParty(String organization, String group) {
}
