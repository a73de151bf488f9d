package org.qitdb.standard.service;

import static org.qitdb.common.ClientValues.blank;
import static org.qitdb.common.ClientValues.shorten;
import static org.qitdb.common.ClientValues.trimmed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.qitdb.common.ClientValues;
import org.qitdb.common.FieldError;
import org.qitdb.identifier.IdentifierNormalizer;
import org.qitdb.reference.api.Group;
import org.qitdb.reference.api.Organization;
import org.qitdb.reference.api.Topic;
import org.qitdb.reference.service.ReferenceCatalog;
import org.qitdb.standard.store.Relation;
import org.qitdb.standard.store.RelationTarget;

/**
 * Checks a written standard against every rule at once and brings it into canonical form. The same
 * rules apply to single writes, upserts and every row of a bulk load, with the same messages.
 */
@ApplicationScoped
public class StandardValidator {

    public static final int MAX_IDENTIFIER = 200;
    public static final int MAX_TITLE = 1000;
    public static final int MAX_SUMMARY = 10000;
    public static final int MAX_SHORT_TEXT = 200;
    public static final int MAX_VERSION = 100;
    public static final int MAX_URL = 2000;
    public static final int MAX_LIST = 50;
    public static final int MAX_RELATIONS = 200;
    public static final int MAX_KEYWORD = 100;
    public static final List<String> RELATION_TYPES = List.of("supersedes", "superseded-by", "equivalent", "references", "related");

    @Inject
    ReferenceCatalog catalog;

    /** The outcome: canonical data when {@code errors} is empty. */
    public record Result(StandardData data, List<FieldError> errors) {
        public boolean valid() {
            return errors.isEmpty();
        }
    }

    public Result validate(StandardInput in) {
        if (in == null) {
            return new Result(null, List.of(new FieldError("", "a JSON object with the standard is required")));
        }
        List<FieldError> errors = new ArrayList<>();
        Organization organization = organization(in.organization(), errors);
        List<String> orgNames = organization == null ? List.of() : catalog.namesOf(organization.code());
        String group = organization == null ? null : group(organization, in.group(), errors);
        String identifier = null;
        String identifierKey = null;
        if (blank(in.identifier())) {
            errors.add(new FieldError("identifier", "is required"));
        } else {
            identifier = IdentifierNormalizer.clean(in.identifier(), orgNames);
            identifierKey = IdentifierNormalizer.key(in.identifier(), orgNames);
            identifierProblem(identifier, identifierKey).ifPresent(p -> errors.add(new FieldError("identifier", p)));
        }
        List<StandardData.Alias> aliases = aliases(in.aliases(), identifierKey, orgNames, errors);
        String title = trimmed(in.title());
        if (title == null) {
            errors.add(new FieldError("title", "is required"));
        } else if (title.length() > MAX_TITLE) {
            errors.add(new FieldError("title", "must be at most " + MAX_TITLE + " characters"));
        }
        String summary = bounded(in.summary(), "summary", MAX_SUMMARY, errors);
        String documentType = documentType(in.documentType(), errors);
        StatusWords status = status(in.status(), trimmed(in.sdoStatus()), errors);
        String version = bounded(in.version(), "version", MAX_VERSION, errors);
        String publicationDate = date(in.publicationDate(), "publicationDate", errors);
        String expectedDate = date(in.expectedDate(), "expectedDate", errors);
        List<String> topics = topics(in.topics(), errors);
        List<String> keywords = keywords(in.keywords(), errors);
        String url = trimmed(in.url());
        if (url != null && !validUrl(url)) {
            errors.add(new FieldError("url", "must be an absolute http or https URL of at most " + MAX_URL + " characters"));
        }
        List<Relation> relations = relations(in.relations(), errors);

        if (!errors.isEmpty()) {
            return new Result(null, List.copyOf(errors));
        }
        return new Result(new StandardData(organization.code(), group, identifier, identifierKey, aliases, title, summary,
                documentType, status.status(), status.sdoStatus(), version, publicationDate, expectedDate, topics, keywords,
                url, relations), List.of());
    }

    private Organization organization(String code, List<FieldError> errors) {
        if (blank(code)) {
            errors.add(new FieldError("organization", "is required"));
            return null;
        }
        Organization organization = catalog.organization(code).orElse(null);
        if (organization == null) {
            errors.add(new FieldError("organization", "unknown organization '" + shorten(code) + "'"));
        }
        return organization;
    }

    private String group(Organization organization, String code, List<FieldError> errors) {
        if (blank(code)) {
            return null;
        }
        Group group = catalog.group(organization.code(), code).orElse(null);
        if (group == null) {
            errors.add(new FieldError("group", "'" + shorten(code) + "' is not a group of " + organization.code()));
            return null;
        }
        return group.code();
    }

    /** What is wrong with a cleaned identifier (or alias) and its key, if anything. */
    private static Optional<String> identifierProblem(String cleaned, String key) {
        if (cleaned.length() > MAX_IDENTIFIER) {
            return Optional.of("must be at most " + MAX_IDENTIFIER + " characters");
        }
        return key.isEmpty() ? Optional.of("must contain letters or digits") : Optional.empty();
    }

    /** The aliases by key, sorted, without the identifier's own key and without repeats. */
    private static List<StandardData.Alias> aliases(List<String> input, String identifierKey, List<String> orgNames,
            List<FieldError> errors) {
        List<String> aliasInput = input == null ? List.of() : input;
        if (aliasInput.size() > MAX_LIST) {
            errors.add(new FieldError("aliases", "at most " + MAX_LIST + " aliases"));
        }
        Map<String, StandardData.Alias> aliases = new LinkedHashMap<>();
        for (int i = 0; i < aliasInput.size() && i < MAX_LIST; i++) {
            String raw = aliasInput.get(i);
            String field = "aliases[" + i + "]";
            if (blank(raw)) {
                errors.add(new FieldError(field, "must not be empty"));
                continue;
            }
            String alias = IdentifierNormalizer.clean(raw, orgNames);
            String key = IdentifierNormalizer.key(raw, orgNames);
            Optional<String> problem = identifierProblem(alias, key);
            if (problem.isPresent()) {
                errors.add(new FieldError(field, problem.get()));
            } else if (!key.equals(identifierKey)) {
                aliases.putIfAbsent(key, new StandardData.Alias(alias, key));
            }
        }
        return aliases.values().stream().sorted(Comparator.comparing(StandardData.Alias::key)).toList();
    }

    /** An optional text, trimmed, of at most {@code max} characters. */
    private static String bounded(String value, String field, int max, List<FieldError> errors) {
        String text = trimmed(value);
        if (text != null && text.length() > max) {
            errors.add(new FieldError(field, "must be at most " + max + " characters"));
        }
        return text;
    }

    private static String documentType(String value, List<FieldError> errors) {
        if (blank(value)) {
            errors.add(new FieldError("documentType", "is required; one of " + String.join(", ", DocumentTypes.ALL)));
            return null;
        }
        String documentType = DocumentTypes.canonical(value).orElse(null);
        if (documentType == null) {
            errors.add(new FieldError("documentType", "unknown document type '" + shorten(value)
                    + "'; one of " + String.join(", ", DocumentTypes.ALL)));
        }
        return documentType;
    }

    /** The canonical status and the SDO's own words for it. */
    private record StatusWords(String status, String sdoStatus) {
    }

    private static StatusWords status(String value, String sdoStatus, List<FieldError> errors) {
        String status;
        String sdoWords = sdoStatus;
        if (blank(value)) {
            // an SDO that sends only its own words still tells us the status
            status = StatusVocabulary.canonical(sdoWords).orElse(null);
            if (status == null) {
                errors.add(new FieldError("status", "is required; one of " + String.join(", ", StatusVocabulary.CANONICAL)));
            }
        } else {
            status = StatusVocabulary.canonical(value).orElse(null);
            if (status == null) {
                errors.add(new FieldError("status", "unknown status '" + shorten(value) + "'; one of "
                        + String.join(", ", StatusVocabulary.CANONICAL) + " or an SDO status such as 'In force' or 'Under study'"));
            } else if (!StatusVocabulary.isCanonical(value.strip()) && sdoWords == null) {
                sdoWords = value.strip();
            }
        }
        if (sdoWords != null && sdoWords.length() > MAX_SHORT_TEXT) {
            errors.add(new FieldError("sdoStatus", "must be at most " + MAX_SHORT_TEXT + " characters"));
        }
        return new StatusWords(status, sdoWords);
    }

    /** The topics' canonical slugs, sorted and without repeats. */
    private List<String> topics(List<String> input, List<FieldError> errors) {
        List<String> topicInput = input == null ? List.of() : input;
        if (topicInput.isEmpty()) {
            errors.add(new FieldError("topics", "at least one topic is required"));
            return List.of();
        }
        if (topicInput.size() > MAX_LIST) {
            errors.add(new FieldError("topics", "at most " + MAX_LIST + " topics"));
            return List.of();
        }
        Set<String> topics = new TreeSet<>();
        for (int i = 0; i < topicInput.size(); i++) {
            Topic topic = catalog.topic(topicInput.get(i)).orElse(null);
            if (topic == null) {
                errors.add(new FieldError("topics[" + i + "]", "unknown topic '" + shorten(String.valueOf(topicInput.get(i))) + "'"));
            } else {
                topics.add(topic.slug());
            }
        }
        return List.copyOf(topics);
    }

    /** The keywords, trimmed, in their order, without repeats. */
    private static List<String> keywords(List<String> input, List<FieldError> errors) {
        List<String> keywordInput = input == null ? List.of() : input;
        if (keywordInput.size() > MAX_LIST) {
            errors.add(new FieldError("keywords", "at most " + MAX_LIST + " keywords"));
            return List.of();
        }
        Set<String> keywords = new LinkedHashSet<>();
        for (int i = 0; i < keywordInput.size(); i++) {
            String keyword = trimmed(keywordInput.get(i));
            if (keyword == null) {
                errors.add(new FieldError("keywords[" + i + "]", "must not be empty"));
            } else if (keyword.length() > MAX_KEYWORD) {
                errors.add(new FieldError("keywords[" + i + "]", "must be at most " + MAX_KEYWORD + " characters"));
            } else {
                keywords.add(keyword);
            }
        }
        return List.copyOf(keywords);
    }

    private List<Relation> relations(List<Relation> input, List<FieldError> errors) {
        if (input == null || input.isEmpty()) {
            return List.of();
        }
        if (input.size() > MAX_RELATIONS) {
            errors.add(new FieldError("relations", "at most " + MAX_RELATIONS + " relations"));
            return List.of();
        }
        Set<Relation> relations = new LinkedHashSet<>();
        for (int i = 0; i < input.size(); i++) {
            Relation relation = input.get(i);
            String field = "relations[" + i + "]";
            if (relation == null) {
                errors.add(new FieldError(field, "must be an object {type, target}"));
                continue;
            }
            String type = relation.type() == null ? null : relation.type().strip().toLowerCase(java.util.Locale.ROOT);
            if (type == null || !RELATION_TYPES.contains(type)) {
                errors.add(new FieldError(field + ".type", "one of " + String.join(", ", RELATION_TYPES)));
            }
            RelationTarget target = relation.target();
            if (target == null || blank(target.organization()) || blank(target.identifier())) {
                errors.add(new FieldError(field + ".target", "needs organization and identifier"));
                continue;
            }
            Organization org = catalog.organization(target.organization()).orElse(null);
            if (org == null) {
                errors.add(new FieldError(field + ".target.organization", "unknown organization '" + shorten(target.organization()) + "'"));
                continue;
            }
            String identifier = IdentifierNormalizer.clean(target.identifier(), catalog.namesOf(org.code()));
            if (identifier.length() > MAX_IDENTIFIER || IdentifierNormalizer.key(identifier).isEmpty()) {
                errors.add(new FieldError(field + ".target.identifier", "must be an identifier of at most " + MAX_IDENTIFIER + " characters"));
                continue;
            }
            if (type != null) {
                relations.add(new Relation(type, new RelationTarget(org.code(), identifier)));
            }
        }
        return List.copyOf(relations);
    }

    private static String date(String value, String field, List<FieldError> errors) {
        if (blank(value)) {
            return null;
        }
        return PartialDate.parse(value).map(PartialDate::text).orElseGet(() -> {
            errors.add(new FieldError(field, "'" + shorten(value) + "' is not a date: use YYYY, YYYY-MM or YYYY-MM-DD"));
            return null;
        });
    }

    private static boolean validUrl(String url) {
        if (url.length() > MAX_URL) {
            return false;
        }
        try {
            URI uri = new URI(url);
            return uri.isAbsolute() && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
