package org.qitdb.representative.service;

import java.time.LocalDate;

/** A representative in canonical form: valid, trimmed, with codes as the reference data spells them. */
public record RepresentativeData(String organization, String group, String name, String role, String affiliation,
        String email, LocalDate since, LocalDate until, String appointedBy, String notes) {
}
