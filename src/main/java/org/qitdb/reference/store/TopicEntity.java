package org.qitdb.reference.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "topic")
public class TopicEntity {

    @Id
    public String slug;

    @Column(nullable = false)
    public String label;

    @Column(name = "parent_slug")
    public String parentSlug;

    public String description;
}
