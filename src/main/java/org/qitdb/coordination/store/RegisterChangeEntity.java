package org.qitdb.coordination.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One committed write of a register record: a row of its history, which outlives a delete. */
@Entity
@Table(name = "coordination_change")
public class RegisterChangeEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** meeting, liaison-statement or coordination-question. */
    @Column(name = "record_kind", nullable = false)
    public String recordKind;

    @Column(name = "record_id", nullable = false)
    public UUID recordId;

    @Column(nullable = false)
    public String label;

    @Column(nullable = false)
    public long revision;

    @Column(name = "change_type", nullable = false)
    public String changeType;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(nullable = false)
    public String actor;

    /** JSON object: field → {from, to}. */
    @Column(name = "changed_fields")
    public String changedFields;
}
