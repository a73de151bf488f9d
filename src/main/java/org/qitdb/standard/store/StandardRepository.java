package org.qitdb.standard.store;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.qitdb.standard.service.SearchTerms;
import org.qitdb.standard.service.TextQuery;
import org.qitdb.standard.service.StandardQuery;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Standards in the database. Filtering, sorting and facet counting run as SQL built from fixed fragments
 * with bound parameters: no request value ever becomes SQL text, and sort columns come from a whitelist.
 */
@ApplicationScoped
public class StandardRepository implements PanacheRepositoryBase<StandardEntity, UUID> {

    /** Text search runs on the database's own full-text index where there is one (see {@link Filter#text}). */
    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String databaseKind;

    /** The natural key finds an entry by identifier key first, then among the aliases. */
    public Optional<StandardEntity> findByKey(String organizationCode, String key) {
        Optional<StandardEntity> byIdentifier = find("organizationCode = ?1 and identifierKey = ?2", organizationCode, key)
                .firstResultOptional();
        if (byIdentifier.isPresent()) {
            return byIdentifier;
        }
        return getEntityManager().createQuery(
                        "select s from StandardEntity s join s.aliases a where a.organizationCode = ?1 and a.aliasKey = ?2",
                        StandardEntity.class)
                .setParameter(1, organizationCode).setParameter(2, key)
                .getResultStream().findFirst();
    }

    /** A natural key or alias key and the entry holding it (identifier and content hash only for identifier keys). */
    public record StoredKey(String organization, String key, UUID id, String identifier, String contentHash) {
    }

    /** Every identifier key and alias key of the organizations, in two queries. */
    public List<StoredKey> keysOf(java.util.Collection<String> organizations) {
        if (organizations.isEmpty()) {
            return List.of();
        }
        List<StoredKey> keys = new ArrayList<>();
        for (Object row : getEntityManager().createNativeQuery("select organization_code, identifier_key, id, identifier, content_hash"
                + " from standard where organization_code in (:orgs)").setParameter("orgs", organizations).getResultList()) {
            Object[] c = (Object[]) row;
            keys.add(new StoredKey((String) c[0], (String) c[1], uuid(c[2]), (String) c[3], (String) c[4]));
        }
        for (Object row : getEntityManager().createNativeQuery("select organization_code, alias_key, standard_id"
                + " from standard_alias where organization_code in (:orgs)").setParameter("orgs", organizations).getResultList()) {
            Object[] c = (Object[]) row;
            keys.add(new StoredKey((String) c[0], (String) c[1], uuid(c[2]), null, null));
        }
        return keys;
    }

    /**
     * The entries with their topics and aliases, locked until the transaction ends (when {@code lock}): one query for
     * the entries, then the collections in batches (hibernate fetch batch size), instead of three queries per entry.
     */
    public Map<UUID, StandardEntity> loadAll(java.util.Collection<UUID> ids, boolean lock) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        var query = getEntityManager().createQuery("select s from StandardEntity s where s.id in :ids", StandardEntity.class)
                .setParameter("ids", ids);
        if (lock) {
            query.setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        }
        Map<UUID, StandardEntity> byId = new HashMap<>();
        for (StandardEntity e : query.getResultList()) {
            e.topics.size();
            e.aliases.size();
            byId.put(e.id, e);
        }
        return byId;
    }

    public long countOfOrganization(String organizationCode) {
        return count("organizationCode", organizationCode);
    }

    /** Entries per organization and group (group null for entries filed under no group). */
    public List<Object[]> countsByGroup() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("select organization_code, group_code, count(*) from standard"
                + " group by organization_code, group_code").getResultList();
        return rows;
    }

    public long countOfGroup(String organizationCode, String groupCode) {
        return count("organizationCode = ?1 and groupCode = ?2", organizationCode, groupCode);
    }

    public long countOfTopic(String slug) {
        return getEntityManager().createQuery("select count(s) from StandardEntity s join s.topics t where t = :slug", Long.class)
                .setParameter("slug", slug).getSingleResult();
    }

    /** One page of ids matching the query, in the requested order, with the total count. */
    public record IdPage(List<UUID> ids, long total) {
    }

    public IdPage search(StandardQuery query, String textKey) {
        Filter filter = Filter.of(query, textKey, databaseKind.startsWith("postgres"));
        Query count = getEntityManager().createNativeQuery("select count(*) from standard s where " + filter.where);
        filter.bind(count);
        long total = ((Number) count.getSingleResult()).longValue();
        if (total == 0 || (long) query.page() * query.size() >= total) {
            return new IdPage(List.of(), total);
        }
        Query select = getEntityManager().createNativeQuery("select s.id from standard s where " + filter.where
                + " order by " + orderBy(query, filter) + " offset :offset rows fetch next :limit rows only");
        filter.bind(select);
        select.setParameter("offset", (long) query.page() * query.size());
        select.setParameter("limit", query.size());
        List<UUID> ids = new ArrayList<>();
        for (Object row : select.getResultList()) {
            ids.add(uuid(row));
        }
        return new IdPage(ids, total);
    }

    /**
     * The next ids after {@code afterId} (in id order) that match the query: an export walks the whole result
     * this way, one bounded query at a time, whatever its size.
     */
    public List<UUID> idsAfter(StandardQuery query, String textKey, UUID afterId, int limit) {
        Filter filter = Filter.of(query, textKey, databaseKind.startsWith("postgres"));
        String sql = "select s.id from standard s where " + filter.where + (afterId == null ? "" : " and s.id > :afterId")
                + " order by s.id fetch first " + limit + " rows only";
        Query select = getEntityManager().createNativeQuery(sql);
        filter.bind(select);
        if (afterId != null) {
            select.setParameter("afterId", afterId);
        }
        List<UUID> ids = new ArrayList<>();
        for (Object row : select.getResultList()) {
            ids.add(uuid(row));
        }
        return ids;
    }

    /** The entries after {@code afterId} (null: from the first) in id order, at most {@code limit}, with their collections. */
    public List<StandardEntity> pageAfter(UUID afterId, int limit) {
        List<StandardEntity> page = afterId == null
                ? find("order by id").page(0, limit).list()
                : find("id > ?1 order by id", afterId).page(0, limit).list();
        page.forEach(e -> {
            e.topics.size();
            e.aliases.size();
        });
        return page;
    }

    /** Loads the entries with their collections, in the order of the ids. */
    public List<StandardEntity> loadInOrder(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, StandardEntity> byId = new HashMap<>();
        for (StandardEntity e : list("id in ?1", ids)) {
            byId.put(e.id, e);
        }
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    /**
     * After a large bulk load, PostgreSQL's planner must know the new row counts before autovacuum notices them
     * (up to a minute or more): with the statistics of an empty table it picks nested loops over 100 000 rows.
     * H2 re-analyzes by itself after every few thousand changed rows.
     */
    public void refreshStatistics() {
        if (databaseKind.startsWith("postgres")) {
            // the topic tables too: analyzed when the tree changes, but a database from before that never had them analyzed
            getEntityManager().createNativeQuery("analyze standard, standard_topic, standard_alias, topic, topic_closure")
                    .executeUpdate();
        }
    }

    /** Facet counts for the filter: value → count, largest first. */
    public Map<String, List<Object[]>> facets(StandardQuery query, String textKey) {
        Filter filter = Filter.of(query, textKey, databaseKind.startsWith("postgres"));
        Map<String, List<Object[]>> facets = new LinkedHashMap<>();
        for (String facet : query.facets()) {
            String sql = switch (facet) {
                case "organization" -> "select s.organization_code, count(*) from standard s where " + filter.where
                        + " group by s.organization_code order by 2 desc, 1";
                case "status" -> "select s.status, count(*) from standard s where " + filter.where
                        + " group by s.status order by 2 desc, 1";
                case "documentType" -> "select s.document_type, count(*) from standard s where " + filter.where
                        + " group by s.document_type order by 2 desc, 1";
                case "year" -> "select s.publication_year, count(*) from standard s where s.publication_year is not null and "
                        + filter.where + " group by s.publication_year order by 1 desc";
                case "group" -> "select s.group_code, count(*), s.organization_code from standard s where s.group_code is not null and "
                        + filter.where + " group by s.organization_code, s.group_code order by 2 desc, 3, 1";
                case "topic" -> "select c.ancestor, count(distinct s.id) from standard s"
                        + " join standard_topic st on st.standard_id = s.id"
                        + " join topic_closure c on c.descendant = st.topic_slug where " + filter.where
                        + " group by c.ancestor order by 2 desc, 1";
                default -> throw new IllegalArgumentException("unknown facet " + facet);
            };
            Query q = getEntityManager().createNativeQuery(sql);
            filter.bind(q);
            @SuppressWarnings("unchecked")
            List<Object[]> rows = q.getResultList();
            facets.put(facet, rows);
        }
        return facets;
    }

    private static String orderBy(StandardQuery query, Filter filter) {
        String direction = query.sort().descending() ? " desc" : "";
        return switch (query.sort().field()) {
            case IDENTIFIER -> "s.identifier" + direction + ", s.organization_code, s.id";
            case ORGANIZATION -> "s.organization_code" + direction + ", s.identifier, s.id";
            case TITLE -> "s.title" + direction + ", s.id";
            case PUBLICATION_DATE -> "case when s.publication_start is null then 1 else 0 end, s.publication_start" + direction + ", s.identifier, s.id";
            case UPDATED_AT -> "s.updated_at" + direction + ", s.id";
            case RELEVANCE -> String.join(direction + ", ", filter.relevance) + direction + ", s.identifier, s.id";
        };
    }

    /** A UUID as native queries return it (a UUID, its 16 bytes, or its text, depending on the driver). */
    public static UUID uuid(Object value) {
        if (value instanceof UUID u) {
            return u;
        }
        if (value instanceof byte[] bytes) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            return new UUID(buffer.getLong(), buffer.getLong());
        }
        return UUID.fromString(value.toString());
    }

    /** The WHERE clause of a query and its parameters. */
    private static final class Filter {
        /** Shorter keys ({@code y}, {@code x1}) would find a large part of the catalogue inside identifiers. */
        static final int MIN_INFIX_KEY = 4;
        static final Pattern IDENTIFIER_KEY = Pattern.compile("[\\p{L}\\p{Nd}]+(-[\\p{L}\\p{Nd}]+)*");

        final StringBuilder where = new StringBuilder("1 = 1");
        final Map<String, Object> parameters = new HashMap<>();
        List<String> relevance = List.of("0");

        static Filter of(StandardQuery query, String textKey, boolean postgres) {
            Filter f = new Filter();
            // the reader's restriction (inclusion policy): one organization filter, before the request's own
            if (query.visibleOrganizations() != null) {
                if (query.visibleOrganizations().isEmpty()) {
                    f.where.append(" and 1 = 0");
                } else {
                    f.where.append(" and s.organization_code in (:visibleOrganizations)");
                    f.parameters.put("visibleOrganizations", List.copyOf(query.visibleOrganizations()));
                }
            }
            if (!query.organizations().isEmpty()) {
                f.where.append(" and s.organization_code in (:organizations)");
                f.parameters.put("organizations", query.organizations());
            }
            if (!query.groups().isEmpty()) {
                List<String> alternatives = new ArrayList<>();
                for (int i = 0; i < query.groups().size(); i++) {
                    alternatives.add("(s.organization_code = :go" + i + " and s.group_code = :gc" + i + ")");
                    f.parameters.put("go" + i, query.groups().get(i).organization());
                    f.parameters.put("gc" + i, query.groups().get(i).code());
                }
                f.where.append(" and (").append(String.join(" or ", alternatives)).append(")");
            }
            for (int i = 0; i < query.topicSubtrees().size(); i++) {
                // correlated: one primary-key probe per candidate row, which the other filters have already narrowed
                f.where.append(" and exists (select 1 from standard_topic st where st.standard_id = s.id and st.topic_slug in (:topics")
                        .append(i).append("))");
                f.parameters.put("topics" + i, List.copyOf(query.topicSubtrees().get(i)));
            }
            if (!query.statuses().isEmpty()) {
                f.where.append(" and s.status in (:statuses)");
                f.parameters.put("statuses", query.statuses());
            }
            if (!query.documentTypes().isEmpty()) {
                f.where.append(" and s.document_type in (:documentTypes)");
                f.parameters.put("documentTypes", query.documentTypes());
            }
            if (query.publishedFrom() != null) {
                f.where.append(" and s.publication_start >= :publishedFrom");
                f.parameters.put("publishedFrom", query.publishedFrom());
            }
            if (query.publishedTo() != null) {
                f.where.append(" and s.publication_start <= :publishedTo");
                f.parameters.put("publishedTo", query.publishedTo());
            }
            if (query.updatedSince() != null) {
                f.where.append(" and s.updated_at >= :updatedSince");
                f.parameters.put("updatedSince", query.updatedSince());
            }
            if (query.hasText()) {
                f.text(query.textQuery(), textKey, postgres);
            }
            return f;
        }

        /**
         * An entry matches a text query when its words match the entry's search document (see {@link TextQuery}),
         * or, for a plain query, when the query's identifier key starts the key of its identifier or an alias
         * (the document holds those keys as terms: {@code y3800}, {@code gsqkd14}), or, for a key of at least
         * {@link #MIN_INFIX_KEY} characters, occurs inside its identifier's key ({@code qkd14}).
         * PostgreSQL matches words and keys with one tsquery on the GIN-indexed {@code tsvector} of the document,
         * and the infix through the trigram index on {@code identifier_key} (a bitmap OR of the two indexes);
         * H2 with {@code like} patterns on the same columns.
         * Relevance: exact identifier, exact alias, identifier prefix, identifier infix, all words in the title,
         * the rest (on PostgreSQL ordered by {@code ts_rank} within each tier).
         */
        private void text(TextQuery query, String textKey, boolean postgres) {
            String key = identifierKey(query, textKey);
            boolean infix = key != null && key.length() >= MIN_INFIX_KEY;
            List<String> alternatives = new ArrayList<>();
            if (postgres) {
                String tsQuery = query.toTsQuery();
                if (key != null) {
                    tsQuery = tsQuery.isEmpty() ? "'" + key + "':*" : tsQuery + " | '" + key + "':*";
                }
                if (!tsQuery.isEmpty()) {
                    alternatives.add("s.search_vector @@ to_tsquery('simple', :tsquery)");
                    parameters.put("tsquery", tsQuery);
                }
            } else {
                if (!query.isEmpty()) {
                    alternatives.add(likeClauses(query));
                }
                if (key != null) {
                    alternatives.add("s.search_text like :keyTerm");
                    parameters.put("keyTerm", "% " + key + "%");
                }
            }
            if (infix) {
                alternatives.add("s.identifier_key like :keyInfix");
                parameters.put("keyInfix", "%" + key + "%");
            }
            if (alternatives.isEmpty()) {
                where.append(" and 1 = 0");
                return;
            }
            where.append(" and (").append(String.join(" or ", alternatives)).append(")");
            StringBuilder rank = new StringBuilder("case");
            if (key != null) {
                rank.append(" when s.identifier_key = :key then 0")
                        .append(" when s.id in (select a.standard_id from standard_alias a where a.alias_key = :key) then 1")
                        .append(" when s.identifier_key like :keyPrefix then 2");
                parameters.put("key", key);
                parameters.put("keyPrefix", key + "%");
                if (infix) {
                    rank.append(" when s.identifier_key like :keyInfix then 3");
                }
            }
            List<String> titleWords = query.positiveWords();
            if (!titleWords.isEmpty()) {
                List<String> inTitle = new ArrayList<>();
                for (int i = 0; i < titleWords.size() && i < TextQuery.MAX_ITEMS; i++) {
                    inTitle.add("lower(s.title) like :tw" + i);
                    parameters.put("tw" + i, "%" + titleWords.get(i) + "%");
                }
                rank.append(" when ").append(String.join(" and ", inTitle)).append(" then 4");
            }
            relevance = List.of(rank.append(" else 5 end").toString());
            if (postgres && parameters.containsKey("tsquery")) {
                relevance = List.of(relevance.get(0), "-ts_rank(s.search_vector, to_tsquery('simple', :tsquery))");
            }
        }

        /**
         * The query's identifier key when the query is a plain one (no operators) and the key can be a term of
         * the search document: letters, digits and the hyphen between numbers, cut like the document's terms.
         */
        private static String identifierKey(TextQuery query, String textKey) {
            if (!query.plain() || textKey == null || !IDENTIFIER_KEY.matcher(textKey).matches()) {
                return null;
            }
            return SearchTerms.cut(textKey);
        }

        /** The query as {@code like} patterns on the search document: {@code " word"} starts a word there. */
        private String likeClauses(TextQuery query) {
            List<String> clauses = new ArrayList<>();
            int n = 0;
            for (TextQuery.Clause clause : query.clauses()) {
                List<String> items = new ArrayList<>();
                for (TextQuery.Item item : clause.items()) {
                    String name = "w" + n++;
                    items.add("s.search_text " + (item.negated() ? "not like :" : "like :") + name);
                    parameters.put(name, "% " + String.join(" ", item.words()) + "%");
                }
                clauses.add("(" + String.join(" and ", items) + ")");
            }
            return "(" + String.join(" or ", clauses) + ")";
        }

        void bind(Query query) {
            parameters.forEach((name, value) -> {
                if (query.getParameters().stream().anyMatch(p -> name.equals(p.getName()))) {
                    query.setParameter(name, value);
                }
            });
        }
    }
}
