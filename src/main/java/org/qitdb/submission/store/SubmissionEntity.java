package org.qitdb.submission.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@Entity
@Table(name = "submission")
public class SubmissionEntity {

    @Id
    public UUID id;

    /** What the rows are: standards, liaison-statements, coordination-answers. */
    @Column(nullable = false)
    public String kind;

    @Column(name = "organization_code", nullable = false)
    public String organizationCode;

    @Column(nullable = false)
    public String reference;

    @Column(name = "received_on", nullable = false)
    public LocalDate receivedOn;

    @Column(nullable = false)
    public String format;

    @Column(nullable = false)
    public String mode;

    /** processing, applied, partially-applied, rejected */
    @Column(nullable = false)
    public String status;

    @Column(name = "received_count", nullable = false)
    public int received;

    @Column(name = "created_count", nullable = false)
    public int created;

    @Column(name = "updated_count", nullable = false)
    public int updated;

    @Column(name = "unchanged_count", nullable = false)
    public int unchanged;

    @Column(name = "rejected_count", nullable = false)
    public int rejected;

    /** JSON array of row errors (the first ones, see SubmissionService). */
    @Column(nullable = false)
    public String errors;

    /** The whole answer, gzip-compressed JSON: replayed for a repeated Idempotency-Key. */
    public byte[] report;

    @Column(name = "submitted_by", nullable = false)
    public String submittedBy;

    @Column(name = "idempotency_key")
    public String idempotencyKey;

    @Column(name = "request_hash")
    public String requestHash;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
