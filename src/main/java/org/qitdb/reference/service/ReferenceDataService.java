package org.qitdb.reference.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.qitdb.common.FieldError;
import org.qitdb.common.Refusal;
import org.qitdb.common.Refused;
import org.qitdb.reference.api.Group;
import org.qitdb.reference.api.GroupDetail;
import org.qitdb.reference.api.GroupInput;
import org.qitdb.reference.api.Organization;
import org.qitdb.reference.api.OrganizationInput;
import org.qitdb.reference.api.Topic;
import org.qitdb.reference.api.TopicInput;
import org.qitdb.reference.store.GroupEntity;
import org.qitdb.reference.store.OrganizationEntity;
import org.qitdb.reference.store.ReferenceStore;
import org.qitdb.reference.store.TopicEntity;

/** Maintains organizations, groups and the topic tree; every rule about them lives here. */
@ApplicationScoped
public class ReferenceDataService {

    @Inject
    ReferenceStore store;

    @Inject
    ReferenceCatalog catalog;

    @Inject
    Event<ReferenceCatalog.Changed> changed;

    @Inject
    GroupRepresentatives representatives;

    @Inject
    StandardUsage standardUsage;

    // ---- organizations

    public Organization requireOrganization(String anyName) {
        return catalog.organization(anyName)
                .orElseThrow(() -> Refused.notFound("no organization named '" + anyName + "'"));
    }

    @Transactional
    public Organization createOrganization(@Valid OrganizationInput input) {
        if (store.organization(input.code().strip()).isPresent()) {
            throw new Refused(new Refusal.Taken("organization '" + input.code().strip() + "' exists already",
                    new Refusal.Ref(Refusal.Ref.Kind.ORGANIZATION, slugOf(input), input.code().strip())));
        }
        OrganizationEntity entity = new OrganizationEntity();
        entity.code = input.code().strip();
        apply(entity, input);
        store.persist(entity);
        changed.fire(new ReferenceCatalog.Changed());
        return view(entity);
    }

    @Transactional
    public Organization replaceOrganization(String anyName, @Valid OrganizationInput input) {
        Organization current = requireOrganization(anyName);
        if (!current.code().equals(input.code().strip())) {
            throw Refused.invalidBody(List.of(new FieldError("code",
                    "an organization's code cannot change (was '" + current.code() + "')")));
        }
        OrganizationEntity entity = store.organization(current.code()).orElseThrow();
        apply(entity, input);
        changed.fire(new ReferenceCatalog.Changed());
        return view(entity);
    }

    @Transactional
    public void deleteOrganization(String anyName) {
        Organization current = requireOrganization(anyName);
        long standards = standardUsage.ofOrganization(current.code());
        long groups = store.groupsOfOrganization(current.code());
        if (standards > 0 || groups > 0) {
            throw new Refused(new Refusal.InUse("organization '" + current.code() + "' is still in use by " + standards
                    + " standard(s) and " + groups + " group(s)", usage("standards", standards, "groups", groups)));
        }
        store.remove(store.organization(current.code()).orElseThrow());
        changed.fire(new ReferenceCatalog.Changed());
    }

    private void apply(OrganizationEntity entity, OrganizationInput input) {
        entity.slug = slugOf(input);
        entity.name = input.name().strip();
        entity.aliases = input.aliases() == null ? List.of()
                : List.copyOf(new LinkedHashSet<>(input.aliases().stream().map(String::strip).toList()));
        entity.url = input.url();
        // a name may designate one organization only, or lookups by name would be ambiguous
        List<String> names = new ArrayList<>(List.of(entity.code, entity.slug, entity.name));
        names.addAll(entity.aliases);
        for (String name : names) {
            catalog.organization(name).filter(other -> !other.code().equals(entity.code)).ifPresent(other -> {
                throw new Refused(new Refusal.Taken("the name '" + name + "' already designates organization '" + other.code() + "'",
                        new Refusal.Ref(Refusal.Ref.Kind.ORGANIZATION, other.slug(), other.code())));
            });
        }
    }

    /** Counts by kind, in the order given: name, count, name, count … */
    private static Map<String, Long> usage(Object... namesAndCounts) {
        Map<String, Long> usage = new java.util.LinkedHashMap<>();
        for (int i = 0; i < namesAndCounts.length; i += 2) {
            usage.put((String) namesAndCounts[i], ((Number) namesAndCounts[i + 1]).longValue());
        }
        return usage;
    }

    private static String slugOf(OrganizationInput input) {
        if (input.slug() != null && !input.slug().isBlank()) {
            return input.slug();
        }
        return input.code().strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    private static Organization view(OrganizationEntity e) {
        return new Organization(e.code, e.slug, e.name, e.aliases, e.url);
    }

    // ---- groups

    public List<Group> listGroups(String organization) {
        if (organization == null) {
            return catalog.groups();
        }
        String code = requireOrganization(organization).code();
        return catalog.groups().stream().filter(g -> g.organization().equals(code)).toList();
    }

    public Group requireGroup(String organization, String code) {
        Organization org = requireOrganization(organization);
        return catalog.group(org.code(), code)
                .orElseThrow(() -> Refused.notFound("no group '" + code + "' in organization '" + org.code() + "'"));
    }

    /** The group with its active representatives, in their public view whoever asks. */
    @Transactional
    public GroupDetail requireGroupDetail(String organization, String code) {
        Group group = requireGroup(organization, code);
        return GroupDetail.of(group, representatives.activeRepresentatives(group.organization(), group.code()));
    }

    @Transactional
    public Group createGroup(@Valid GroupInput input) {
        Organization org = organizationOfBody(input.organization());
        String code = input.code().strip().replaceAll("\\s+", " ");
        catalog.group(org.code(), code).ifPresent(existing -> {
            throw new Refused(new Refusal.Taken("group '" + existing.code() + "' of '" + org.code() + "' exists already",
                    new Refusal.Ref(Refusal.Ref.Kind.GROUP, org.slug() + "/" + existing.code(), existing.code())));
        });
        GroupEntity entity = new GroupEntity();
        entity.organizationCode = org.code();
        entity.code = code;
        apply(entity, input);
        store.persist(entity);
        changed.fire(new ReferenceCatalog.Changed());
        return view(entity);
    }

    @Transactional
    public Group replaceGroup(String organization, String code, @Valid GroupInput input) {
        Group current = requireGroup(organization, code);
        Organization bodyOrg = organizationOfBody(input.organization());
        if (!bodyOrg.code().equals(current.organization())
                || !ReferenceCatalog.fold(input.code()).equals(ReferenceCatalog.fold(current.code()))) {
            throw Refused.invalidBody(List.of(new FieldError("code",
                    "a group's organization and code cannot change (was '" + current.organization() + "' / '" + current.code() + "')")));
        }
        GroupEntity entity = store.group(current.organization(), current.code()).orElseThrow();
        apply(entity, input);
        changed.fire(new ReferenceCatalog.Changed());
        return view(entity);
    }

    @Transactional
    public void deleteGroup(String organization, String code) {
        Group current = requireGroup(organization, code);
        long standards = standardUsage.ofGroup(current.organization(), current.code());
        long children = store.childGroups(current.organization(), current.code());
        // ended appointments block the delete too: their rows and history name the group
        GroupRepresentatives.Usage appointed = representatives.usage(current.organization(), current.code());
        if (standards > 0 || children > 0 || appointed.total() > 0) {
            throw new Refused(new Refusal.InUse("group '" + current.code() + "' is still in use by " + standards
                    + " standard(s), " + children + " sub-group(s) and " + appointed.total() + " representative(s) ("
                    + appointed.active() + " active)", usage("standards", standards, "groups", children,
                            "representatives", appointed.total(), "activeRepresentatives", appointed.active())));
        }
        store.remove(store.group(current.organization(), current.code()).orElseThrow());
        changed.fire(new ReferenceCatalog.Changed());
    }

    private void apply(GroupEntity entity, GroupInput input) {
        entity.name = input.name().strip();
        entity.url = input.url();
        if (input.parent() == null || input.parent().isBlank()) {
            entity.parentCode = null;
        } else {
            Group parent = catalog.group(entity.organizationCode, input.parent()).orElseThrow(() -> Refused.invalidBody(
                    List.of(new FieldError("parent", "no group '" + input.parent() + "' in '" + entity.organizationCode + "'"))));
            if (parent.code().equals(entity.code)) {
                throw Refused.invalidBody(List.of(new FieldError("parent", "a group cannot be its own parent")));
            }
            entity.parentCode = parent.code();
        }
    }

    private Organization organizationOfBody(String name) {
        return catalog.organization(name).orElseThrow(() -> Refused.invalidBody(
                List.of(new FieldError("organization", "unknown organization '" + name + "'"))));
    }

    private static Group view(GroupEntity e) {
        return new Group(e.organizationCode, e.code, e.name, e.parentCode, e.url);
    }

    // ---- topics

    public Topic requireTopic(String slug) {
        return catalog.topicWithChildren(slug).orElseThrow(() -> Refused.notFound("no topic '" + slug + "'"));
    }

    @Transactional
    public Topic createTopic(@Valid TopicInput input) {
        if (catalog.topic(input.slug()).isPresent()) {
            throw new Refused(new Refusal.Taken("topic '" + input.slug() + "' exists already",
                    new Refusal.Ref(Refusal.Ref.Kind.TOPIC, input.slug(), input.slug())));
        }
        TopicEntity entity = new TopicEntity();
        entity.slug = input.slug();
        apply(entity, input);
        store.persist(entity);
        rebuildClosure(Map.of(entity.slug, Objects.requireNonNullElse(entity.parentSlug, "")));
        changed.fire(new ReferenceCatalog.Changed());
        return new Topic(entity.slug, entity.label, entity.parentSlug, entity.description, List.of());
    }

    @Transactional
    public Topic replaceTopic(String slug, @Valid TopicInput input) {
        Topic current = requireTopic(slug);
        if (!current.slug().equals(input.slug())) {
            throw Refused.invalidBody(List.of(new FieldError("slug", "a topic's slug cannot change (was '" + current.slug() + "')")));
        }
        TopicEntity entity = store.topic(current.slug()).orElseThrow();
        apply(entity, input);
        if (entity.parentSlug != null && catalog.subtree(current.slug()).contains(entity.parentSlug)) {
            throw Refused.invalidBody(List.of(new FieldError("parent",
                    "'" + entity.parentSlug + "' lies below '" + current.slug() + "': the tree would have a cycle")));
        }
        rebuildClosure(Map.of(entity.slug, Objects.requireNonNullElse(entity.parentSlug, "")));
        changed.fire(new ReferenceCatalog.Changed());
        return new Topic(entity.slug, entity.label, entity.parentSlug, entity.description, current.children());
    }

    @Transactional
    public void deleteTopic(String slug) {
        Topic current = requireTopic(slug);
        long standards = standardUsage.ofTopic(current.slug());
        long children = store.childTopics(current.slug());
        if (standards > 0 || children > 0) {
            throw new Refused(new Refusal.InUse("topic '" + current.slug() + "' is still in use by " + standards
                    + " standard(s) and " + children + " sub-topic(s)", usage("standards", standards, "topics", children)));
        }
        store.remove(store.topic(current.slug()).orElseThrow());
        Map<String, String> removed = new HashMap<>();
        removed.put(current.slug(), null);
        rebuildClosure(removed);
        changed.fire(new ReferenceCatalog.Changed());
    }

    private void apply(TopicEntity entity, TopicInput input) {
        entity.label = input.label().strip();
        entity.description = input.description();
        if (input.parent() == null || input.parent().isBlank()) {
            entity.parentSlug = null;
        } else {
            Topic parent = catalog.topic(input.parent()).orElseThrow(() -> Refused.invalidBody(
                    List.of(new FieldError("parent", "unknown topic '" + input.parent() + "'"))));
            if (parent.slug().equals(entity.slug)) {
                throw Refused.invalidBody(List.of(new FieldError("parent", "a topic cannot be its own parent")));
            }
            entity.parentSlug = parent.slug();
        }
    }

    /**
     * Recomputes the (ancestor, descendant) pairs from the catalog's tree with the given parent changes
     * applied ("" = root, null = topic removed).
     */
    private void rebuildClosure(Map<String, String> parentChanges) {
        Map<String, String> parents = new HashMap<>();
        for (Topic t : catalog.topics()) {
            parents.put(t.slug(), t.parent());
        }
        parentChanges.forEach((slug, parent) -> {
            if (parent == null) {
                parents.remove(slug);
            } else {
                parents.put(slug, parent.isEmpty() ? null : parent);
            }
        });
        store.replaceTopicClosure(closureOf(parents));
    }

    /** For each topic, itself and its descendants, from a child → parent map. */
    public static Map<String, List<String>> closureOf(Map<String, String> parents) {
        Map<String, List<String>> closure = new HashMap<>();
        for (String topic : parents.keySet()) {
            Set<String> seen = new LinkedHashSet<>();
            for (String t = topic; t != null && seen.add(t); t = parents.get(t)) {
                closure.computeIfAbsent(t, k -> new ArrayList<>()).add(topic);
            }
        }
        return closure;
    }
}
