package org.qitdb.representative.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@Entity
@Table(name = "representative")
public class RepresentativeEntity {

    @Id
    public UUID id;

    @Column(name = "organization_code", nullable = false)
    public String organizationCode;

    @Column(name = "group_code", nullable = false)
    public String groupCode;

    @Column(nullable = false)
    public String name;

    public String role;

    public String affiliation;

    /** Personal data. */
    public String email;

    @Column(name = "since_date")
    public LocalDate since;

    /** The last day of the appointment; null while it lasts. */
    @Column(name = "until_date")
    public LocalDate until;

    @Column(name = "appointed_by")
    public String appointedBy;

    /** Personal data. */
    public String notes;

    public String provenance;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(nullable = false)
    public long revision;
}
