package org.qitdb.report.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The coordinators' paragraph of one report section. */
@Entity
@Table(name = "report_narrative")
public class NarrativeEntity {

    @Id
    public String section;

    @Column(nullable = false)
    public String text;

    @Column(nullable = false)
    public long revision;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;
}
