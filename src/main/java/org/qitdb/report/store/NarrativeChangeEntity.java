package org.qitdb.report.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One committed change of a section's narrative: a row of its history. */
@Entity
@Table(name = "report_narrative_change")
public class NarrativeChangeEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String section;

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
