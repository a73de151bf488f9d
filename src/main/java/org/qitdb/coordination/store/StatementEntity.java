package org.qitdb.coordination.store;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.qitdb.common.JsonListConverter;

/** A liaison statement, incoming or outgoing. */
@Entity
@Table(name = "coordination_statement")
public class StatementEntity extends RegisterRecord {

    @Column(nullable = false)
    public String reference;

    /** The reference as compared: unique, whatever the case and spacing. */
    @Column(name = "reference_key", nullable = false)
    public String referenceKey;

    @Column(nullable = false)
    public String direction;

    @Column(name = "from_organization", nullable = false)
    public String fromOrganization;

    @Column(name = "from_group")
    public String fromGroup;

    @Convert(converter = PartyListConverter.class)
    @Column(nullable = false)
    public List<StoredParty> addressees = new ArrayList<>();

    /** {@code |FROM|TO1|TO2|}: the organizations named on either side, for the organization filter. */
    @Column(name = "party_codes", nullable = false)
    public String partyCodes;

    /** Addressed to every organization other than the sender's (as "SDOs and groups outside ITU-T"). */
    @Column(nullable = false)
    public boolean broadcast;

    public String audience;

    @Column(name = "statement_date")
    public LocalDate statementDate;

    @Column(nullable = false)
    public String subject;

    public String purpose;

    public LocalDate deadline;

    @Column(nullable = false)
    public String status;

    @Column(name = "in_reply_to")
    public String inReplyTo;

    @Column(name = "in_reply_to_key")
    public String inReplyToKey;

    /** An incoming statement's answer to an invitation to include its organization's work: agreed or declined. */
    public String inclusion;

    @Column(name = "invites_inclusion", nullable = false)
    public boolean invitesInclusion;

    @Convert(converter = JsonListConverter.class)
    @Column(nullable = false)
    public List<String> urls = new ArrayList<>();

    @Convert(converter = JsonListConverter.class)
    @Column(name = "concern_standards", nullable = false)
    public List<String> concernStandards = new ArrayList<>();

    @Convert(converter = JsonListConverter.class)
    @Column(name = "concern_representatives", nullable = false)
    public List<String> concernRepresentatives = new ArrayList<>();

    @Convert(converter = JsonListConverter.class)
    @Column(name = "concern_submissions", nullable = false)
    public List<String> concernSubmissions = new ArrayList<>();

    @Override
    public String label() {
        return reference;
    }
}
