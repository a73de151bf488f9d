package org.qitdb.coordination.service;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A liaison statement in canonical form. {@code inReplyTo} is the reference of the statement it answers, as registered. */
public record StatementData(String reference, String direction, PartyData from, List<PartyData> to, boolean broadcast,
        String audience, LocalDate date, String subject, String purpose, LocalDate deadline, String status, String inReplyTo,
        String inclusion, boolean invitesInclusion, List<String> urls, List<UUID> standards, List<UUID> representatives,
        List<UUID> submissions) {

    public static final String INCOMING = "incoming";
    public static final String OUTGOING = "outgoing";

    public boolean incoming() {
        return INCOMING.equals(direction);
    }

    /** The organizations it is addressed to: named ones, and with broadcast every other known one. */
    public java.util.Set<String> addressedOrganizations(java.util.Collection<String> allOrganizations) {
        java.util.Set<String> addressed = new java.util.TreeSet<>();
        to.forEach(p -> addressed.add(p.organization()));
        if (broadcast) {
            allOrganizations.stream().filter(code -> !code.equals(from.organization())).forEach(addressed::add);
        }
        addressed.remove(from.organization());
        return addressed;
    }
}
