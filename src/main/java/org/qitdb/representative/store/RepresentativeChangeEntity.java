package org.qitdb.representative.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One committed write of a representative: a row of its history, which outlives a delete. */
@Entity
@Table(name = "representative_change")
public class RepresentativeChangeEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "representative_id", nullable = false)
    public UUID representativeId;

    @Column(name = "change_type", nullable = false)
    public String changeType;

    @Column(name = "organization_code", nullable = false)
    public String organizationCode;

    @Column(name = "group_code", nullable = false)
    public String groupCode;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public long revision;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(nullable = false)
    public String actor;

    /** JSON object: field → {from, to}; personal data included, so it is filtered on the way out. */
    @Column(name = "changed_fields")
    public String changedFields;
}
