package org.qitdb.report.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A frozen edition of the landscape report: written once, never updated. */
@Entity
@Table(name = "report_edition")
public class EditionEntity {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String title;

    @Column(name = "topic_slug", nullable = false)
    public String topicSlug;

    @Column(name = "since_date", nullable = false)
    public LocalDate since;

    public String meeting;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    /** The change counter of the standards the edition was computed from. */
    @Column(name = "data_version", nullable = false)
    public long dataVersion;

    /** The whole report as gzip-compressed JSON. */
    @Column(nullable = false)
    public byte[] model;
}
