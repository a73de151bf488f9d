package org.qitdb.coordination.service;

/** An organization and optionally one of its groups, by code as the reference data spells them. */
public record PartyData(String organization, String group) {
}
