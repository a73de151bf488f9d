package org.qitdb.report.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Predicate;
import org.qitdb.standard.feed.service.StatusHistory;
import org.qitdb.standard.service.PartialDate;
import org.qitdb.standard.service.StatusVocabulary;

/**
 * What the entries' history says for the report, in one pass over it: the changes of status since a date by kind and
 * organization, with the first entries of each kind (section 3), and the work started per year (section 6). Holds the
 * counts, the ids already counted per kind and a bounded list per kind; never the events.
 */
@ApplicationScoped
public class ChangeDigest {

    public static final String PUBLISHED = "published";
    public static final String STARTED = "started";
    public static final String WITHDRAWN = "withdrawn";
    public static final String SUPERSEDED = "superseded";
    public static final String ADDED = "added";
    public static final String REMOVED = "removed";
    /** The kinds in the order the report lists them. */
    public static final List<String> KINDS = List.of(PUBLISHED, STARTED, WITHDRAWN, SUPERSEDED, ADDED, REMOVED);
    public static final int LISTED_PER_KIND = 25;

    @Inject
    StatusHistory history;

    /** One listed change. */
    public record Item(UUID id, String organization, String identifier, String from, String to, Instant at) {
    }

    /**
     * @param counts          kind → entries
     * @param byOrganization  organization → kind → entries
     * @param listed          kind → the first entries by organization and identifier
     * @param startedPerYear  year → organization → work items started
     */
    public record Digest(Map<String, Long> counts, Map<String, Map<String, Long>> byOrganization, Map<String, List<Item>> listed,
            Map<Integer, Map<String, Long>> startedPerYear) {
    }

    private static final Comparator<Item> ORDER = Comparator.comparing(Item::organization).thenComparing(Item::identifier)
            .thenComparing(Item::id);

    /**
     * @param inScope whether an entry that exists is in the report's scope; removed entries count only when
     *                {@code removedInScope}, as their topics are no longer known
     */
    public Digest digest(LocalDate since, Predicate<UUID> inScope, boolean removedInScope) {
        Instant from = since.atStartOfDay(ZoneOffset.UTC).toInstant();
        Map<String, Long> counts = new LinkedHashMap<>();
        KINDS.forEach(k -> counts.put(k, 0L));
        Map<String, Map<String, Long>> byOrganization = new TreeMap<>();
        Map<String, Set<UUID>> counted = new HashMap<>();
        Map<String, TreeSet<Item>> listed = new HashMap<>();
        Map<Integer, Map<String, Long>> started = new TreeMap<>();
        history.forEach(event -> {
            boolean removed = "deleted".equals(event.type());
            if (removed ? !removedInScope : !inScope.test(event.id())) {
                return;
            }
            if (!removed && startsWork(event)) {
                started.computeIfAbsent(event.at().atZone(ZoneOffset.UTC).getYear(), y -> new TreeMap<>())
                        .merge(event.organization(), 1L, Long::sum);
            }
            if (event.at().isBefore(from)) {
                return;
            }
            String kind = kind(event, since);
            if (kind == null || !counted.computeIfAbsent(kind, k -> new HashSet<>()).add(event.id())) {
                return;
            }
            counts.merge(kind, 1L, Long::sum);
            byOrganization.computeIfAbsent(event.organization(), o -> new LinkedHashMap<>()).merge(kind, 1L, Long::sum);
            TreeSet<Item> first = listed.computeIfAbsent(kind, k -> new TreeSet<>(ORDER));
            first.add(new Item(event.id(), event.organization(), event.identifier(), event.from(), event.to(), event.at()));
            if (first.size() > LISTED_PER_KIND) {
                first.pollLast();
            }
        });
        Map<String, Map<String, Long>> ordered = new LinkedHashMap<>();
        byOrganization.forEach((organization, perKind) -> {
            Map<String, Long> inOrder = new LinkedHashMap<>();
            KINDS.forEach(k -> {
                if (perKind.containsKey(k)) {
                    inOrder.put(k, perKind.get(k));
                }
            });
            ordered.put(organization, inOrder);
        });
        Map<String, List<Item>> lists = new LinkedHashMap<>();
        KINDS.forEach(k -> lists.put(k, new ArrayList<>(listed.getOrDefault(k, new TreeSet<>(ORDER)))));
        return new Digest(counts, ordered, lists, started);
    }

    /** Recorded as planned or in development, or moved to in development. */
    static boolean startsWork(StatusHistory.StatusChange event) {
        if (event.to() == null) {
            return false;
        }
        if (event.from() == null) {
            return StatusVocabulary.PLANNED.equals(event.to()) || StatusVocabulary.IN_DEVELOPMENT.equals(event.to());
        }
        return StatusVocabulary.IN_DEVELOPMENT.equals(event.to());
    }

    /**
     * The kind of change an event since the date is, or null when it is none of them. An entry recorded as published
     * after the date counts as published when its publication date may lie on or after the date, else as added (an
     * older publication qitdb learnt of).
     */
    static String kind(StatusHistory.StatusChange event, LocalDate since) {
        if ("deleted".equals(event.type())) {
            return REMOVED;
        }
        String to = event.to();
        if (to == null) {
            return null;
        }
        boolean created = event.from() == null;
        return switch (to) {
            case StatusVocabulary.PUBLISHED -> !created || PartialDate.parse(event.publicationDate())
                    .map(d -> !d.last().isBefore(since)).orElse(false) ? PUBLISHED : ADDED;
            case StatusVocabulary.PLANNED, StatusVocabulary.IN_DEVELOPMENT -> STARTED;
            case StatusVocabulary.WITHDRAWN -> WITHDRAWN;
            case StatusVocabulary.SUPERSEDED -> SUPERSEDED;
            default -> created ? ADDED : null;
        };
    }
}
