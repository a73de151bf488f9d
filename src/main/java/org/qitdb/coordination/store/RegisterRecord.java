package org.qitdb.coordination.store;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.util.UUID;

/** What every record of the coordination register has: an id, a revision, when and by whom it was last written. */
@MappedSuperclass
public abstract class RegisterRecord {

    @Id
    public UUID id;

    /** Which token (or the seed) last wrote it. */
    public String provenance;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(nullable = false)
    public long revision;

    /** How the history names the record: a meeting's code, a statement's reference, a question's number. */
    public abstract String label();
}
