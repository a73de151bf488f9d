package org.qitdb.reference.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.qitdb.common.ClientValues;
import org.qitdb.common.Digests;
import org.qitdb.reference.api.Group;
import org.qitdb.reference.api.Organization;
import org.qitdb.reference.api.Topic;
import org.qitdb.reference.store.ReferenceSnapshotLoader;

/**
 * The reference data (organizations, groups, topic tree) held in memory: every request resolves names
 * through it, so it must not cost a query. Refreshed after a local write commits, and at least every
 * {@code qitdb.reference.refresh-interval} so that writes through another replica show up too.
 */
@ApplicationScoped
public class ReferenceCatalog {

    /** Fired by writers of reference data; the catalog reloads once their transaction has committed. */
    public record Changed() {
    }

    @Inject
    ReferenceSnapshotLoader loader;

    @ConfigProperty(name = "qitdb.reference.refresh-interval", defaultValue = "10s")
    Duration refreshInterval;

    private volatile Snapshot snapshot;

    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) Changed changed) {
        snapshot = null;
    }

    public void invalidate() {
        snapshot = null;
    }

    private Snapshot current() {
        Snapshot s = snapshot;
        if (s == null || s.loadedAt + refreshInterval.toNanos() < System.nanoTime()) {
            s = Snapshot.of(loader.load());
            snapshot = s;
        }
        return s;
    }

    public List<Organization> organizations() {
        return current().organizations;
    }

    /** The organization named by its code, slug, name or an alias, in any case. */
    public Optional<Organization> organization(String anyName) {
        return anyName == null ? Optional.empty() : Optional.ofNullable(current().organizationsByName.get(fold(anyName)));
    }

    /** Every name an organization is known by: used to strip it from the front of identifiers. */
    public List<String> namesOf(String organizationCode) {
        return current().namesByCode.getOrDefault(organizationCode, List.of(organizationCode));
    }

    /** Every name of every organization: a free-text query may start with any of them. */
    public List<String> allOrganizationNames() {
        return current().allNames;
    }

    public List<Group> groups() {
        return current().groups;
    }

    public Optional<Group> group(String organizationCode, String anyCase) {
        return anyCase == null ? Optional.empty()
                : Optional.ofNullable(current().groupsByKey.get(organizationCode + "\u0000" + fold(anyCase)));
    }

    /** Groups of any organization with this code, in any case. */
    public List<Group> groupsWithCode(String anyCase) {
        return current().groups.stream().filter(g -> fold(g.code()).equals(fold(anyCase))).toList();
    }

    public List<Topic> topics() {
        return current().topics;
    }

    public Optional<Topic> topic(String slug) {
        return slug == null ? Optional.empty() : Optional.ofNullable(current().topicsBySlug.get(fold(slug)));
    }

    /** The topic and all its descendants. */
    public Set<String> subtree(String slug) {
        return current().subtrees.getOrDefault(slug, Set.of());
    }

    /** For each topic, the topic itself and all its descendants. */
    public Map<String, Set<String>> subtrees() {
        return current().subtrees;
    }

    /** The topic tree, roots first, children nested and ordered by slug. */
    public List<Topic> topicTree() {
        Snapshot s = current();
        return s.topics.stream().filter(t -> t.parent() == null).map(t -> withChildren(t, s)).toList();
    }

    public Optional<Topic> topicWithChildren(String slug) {
        Snapshot s = current();
        return topic(slug).map(t -> withChildren(t, s));
    }

    private Topic withChildren(Topic topic, Snapshot s) {
        List<Topic> children = s.topics.stream().filter(t -> topic.slug().equals(t.parent()))
                .map(t -> withChildren(t, s)).toList();
        return new Topic(topic.slug(), topic.label(), topic.parent(), topic.description(), children);
    }

    /**
     * A digest of the reference data (organizations, groups, topics): the same while their content is, across
     * reloads. Answers derived from them (landscape analyses, cached pages of standards, whose facets carry labels)
     * stay valid while it does.
     */
    public String fingerprint() {
        return current().fingerprint();
    }

    public static String fold(String name) {
        return ClientValues.folded(name);
    }

    private static final class Snapshot {
        final long loadedAt = System.nanoTime();
        final List<Organization> organizations;
        final Map<String, Organization> organizationsByName = new HashMap<>();
        final Map<String, List<String>> namesByCode = new HashMap<>();
        final List<String> allNames = new ArrayList<>();
        final List<Group> groups;
        final Map<String, Group> groupsByKey = new HashMap<>();
        final List<Topic> topics;
        final Map<String, Topic> topicsBySlug = new LinkedHashMap<>();
        final Map<String, Set<String>> subtrees = new HashMap<>();
        private volatile String fingerprint;

        private Snapshot(List<Organization> organizations, List<Group> groups, List<Topic> topics) {
            this.organizations = List.copyOf(organizations);
            this.groups = List.copyOf(groups);
            this.topics = List.copyOf(topics);
            for (Organization o : organizations) {
                List<String> names = new ArrayList<>(List.of(o.code(), o.slug(), o.name()));
                names.addAll(o.aliases());
                namesByCode.put(o.code(), List.copyOf(names));
                allNames.addAll(names);
                // codes win over slugs, slugs over names, names over aliases, when two organizations share a spelling
                for (int i = names.size() - 1; i >= 0; i--) {
                    organizationsByName.put(fold(names.get(i)), o);
                }
            }
            for (Organization o : organizations) {
                organizationsByName.put(fold(o.code()), o);
            }
            for (Group g : groups) {
                groupsByKey.put(g.organization() + "\u0000" + fold(g.code()), g);
            }
            for (Topic t : topics) {
                topicsBySlug.put(t.slug(), t);
            }
            Map<String, List<String>> children = new HashMap<>();
            for (Topic t : topics) {
                if (t.parent() != null) {
                    children.computeIfAbsent(t.parent(), k -> new ArrayList<>()).add(t.slug());
                }
            }
            for (Topic t : topics) {
                Set<String> subtree = new LinkedHashSet<>();
                collect(t.slug(), children, subtree);
                subtrees.put(t.slug(), Set.copyOf(subtree));
            }
        }

        String fingerprint() {
            String value = fingerprint;
            if (value == null) {
                value = Digests.sha256Hex(List.of(organizations.toString(), groups.toString(), topics.toString()));
                fingerprint = value;
            }
            return value;
        }

        private static void collect(String slug, Map<String, List<String>> children, Set<String> into) {
            if (into.add(slug)) {
                for (String child : children.getOrDefault(slug, List.of())) {
                    collect(child, children, into);
                }
            }
        }

        static Snapshot of(ReferenceSnapshotLoader.Rows rows) {
            return new Snapshot(
                    rows.organizations().stream().map(o -> new Organization(o.code, o.slug, o.name, o.aliases, o.url)).toList(),
                    rows.groups().stream().map(g -> new Group(g.organizationCode, g.code, g.name, g.parentCode, g.url)).toList(),
                    rows.topics().stream().map(t -> new Topic(t.slug, t.label, t.parentSlug, t.description, null)).toList());
        }
    }
}
