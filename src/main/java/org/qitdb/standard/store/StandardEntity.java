package org.qitdb.standard.store;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.qitdb.common.JsonListConverter;

@Entity
@Table(name = "standard")
public class StandardEntity {

    @Id
    public UUID id;

    @Column(name = "organization_code", nullable = false)
    public String organizationCode;

    @Column(name = "group_code")
    public String groupCode;

    @Column(nullable = false)
    public String identifier;

    /** Normalized identifier: the natural key together with the organization. */
    @Column(name = "identifier_key", nullable = false)
    public String identifierKey;

    @Column(nullable = false)
    public String title;

    public String summary;

    @Column(name = "document_type", nullable = false)
    public String documentType;

    @Column(nullable = false)
    public String status;

    @Column(name = "sdo_status")
    public String sdoStatus;

    public String version;

    @Column(name = "publication_date")
    public String publicationDate;

    /** First day of the publication period, for range filters and sorting. */
    @Column(name = "publication_start")
    public LocalDate publicationStart;

    @Column(name = "publication_year")
    public Integer publicationYear;

    @Column(name = "expected_date")
    public String expectedDate;

    @Convert(converter = JsonListConverter.class)
    @Column(nullable = false)
    public List<String> keywords = List.of();

    @Convert(converter = RelationListConverter.class)
    @Column(nullable = false)
    public List<Relation> relations = List.of();

    public String url;

    public String provenance;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(nullable = false)
    public long revision;

    @ElementCollection
    @CollectionTable(name = "standard_topic", joinColumns = @JoinColumn(name = "standard_id"))
    @Column(name = "topic_slug", nullable = false)
    public Set<String> topics = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "standard_alias", joinColumns = @JoinColumn(name = "standard_id"))
    public Set<AliasValue> aliases = new HashSet<>();

    /** SHA-256 of the canonical content (StandardMapper#contentHash); maintained with every write. */
    @Column(name = "content_hash")
    public String contentHash;
}
