package org.qitdb.reference.store;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/**
 * One (ancestor, descendant) pair of the topic tree, each topic being its own ancestor too. Lets the database
 * count entries per topic subtree in one grouped query; rebuilt whenever the tree changes.
 */
@Entity
@Table(name = "topic_closure")
@IdClass(TopicClosureEntity.Key.class)
public class TopicClosureEntity {

    @Id
    public String ancestor;

    @Id
    public String descendant;

    public record Key(String ancestor, String descendant) implements Serializable {
        public Key() {
            this(null, null);
        }
    }
}
