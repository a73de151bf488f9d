package org.qitdb.standard.feed.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One committed write of a standard: a row of the sync feed and of the entry's history. */
@Entity
@Table(name = "standard_change")
public class ChangeEntity {

    @Id
    public long seq;

    @Column(name = "change_type", nullable = false)
    public String changeType;

    @Column(name = "standard_id", nullable = false)
    public UUID standardId;

    @Column(name = "organization_code", nullable = false)
    public String organizationCode;

    @Column(nullable = false)
    public String identifier;

    @Column(nullable = false)
    public long revision;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(nullable = false)
    public String actor;

    /** JSON object: field → {from, to}. */
    @Column(name = "changed_fields")
    public String changedFields;

    /** JSON of the entry as written; null for deletes. */
    public String snapshot;
}
