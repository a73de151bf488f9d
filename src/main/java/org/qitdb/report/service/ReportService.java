package org.qitdb.report.service;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.qitdb.common.ClientValues;
import org.qitdb.common.FieldError;
import org.qitdb.common.PageInfo;
import org.qitdb.common.Refused;
import org.qitdb.reference.api.Topic;
import org.qitdb.reference.service.ReferenceCatalog;
import org.qitdb.report.api.Edition;
import org.qitdb.report.api.EditionInput;
import org.qitdb.report.api.EditionPage;
import org.qitdb.report.api.Report;
import org.qitdb.report.store.EditionEntity;
import org.qitdb.report.store.EditionRepository;
import org.qitdb.security.Caller;

/**
 * The landscape report: the live draft, and editions frozen from it. An edition stores the whole model (numbers,
 * lists, charts, narratives) as it was computed, so that the document discussed at a meeting never changes under its
 * readers; it is read back, never computed again.
 */
@ApplicationScoped
public class ReportService {

    public static final int MAX_TITLE = 300;
    public static final int MAX_PAGE_SIZE = 100;

    @Inject
    ReportComposer composer;

    @Inject
    EditionRepository editions;

    @Inject
    ReferenceCatalog catalog;

    @Inject
    ObjectMapper json;

    /** Reads stored editions: a field a later version no longer has must not make an old edition unreadable. */
    private ObjectMapper storedJson;

    @PostConstruct
    void init() {
        storedJson = json.copy().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    }

    /** The raw parameters of a draft, each possibly repeated. */
    public record DraftParameters(List<String> topic, List<String> since) {
    }

    /**
     * The draft for a topic subtree (default: the whole tree) and a date (default: the day the last edition was
     * frozen, or a year ago when there is none).
     */
    public Report draft(DraftParameters parameters) {
        String topic = single(parameters.topic(), "topic");
        String sinceText = single(parameters.since(), "since");
        LocalDate since = sinceText == null ? defaultSince() : sinceParameter(sinceText);
        String label = topicLabel(topic);
        return composer.compose(new ReportComposer.Request(Report.DRAFT, null,
                "Landscape of " + label + " standards: draft", null, topic, since));
    }

    /** Computes the draft and stores it as an edition. */
    public Edition freeze(EditionInput input, Caller caller) {
        if (input == null) {
            throw Refused.malformedBody("the body must be a JSON object with title and since");
        }
        List<FieldError> errors = new ArrayList<>();
        String title = ClientValues.trimmed(input.title());
        if (title == null) {
            errors.add(new FieldError("title", "title is required"));
        } else if (title.length() > MAX_TITLE) {
            errors.add(new FieldError("title", "title may hold at most " + MAX_TITLE + " characters"));
        }
        String meeting = ClientValues.trimmed(input.meeting());
        if (meeting != null && meeting.length() > MAX_TITLE) {
            errors.add(new FieldError("meeting", "meeting may hold at most " + MAX_TITLE + " characters"));
        }
        LocalDate since = null;
        if (ClientValues.blank(input.since())) {
            errors.add(new FieldError("since", "since is required (YYYY-MM-DD): the date from which the changes are listed"));
        } else {
            try {
                since = parseDate(input.since());
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("since", e.getMessage()));
            }
        }
        String topic = ClientValues.trimmed(input.topic());
        if (topic != null && catalog.topic(topic).isEmpty()) {
            errors.add(new FieldError("topic", "unknown topic '" + ClientValues.shorten(topic) + "'"));
        }
        if (!errors.isEmpty()) {
            throw Refused.invalidBody(errors);
        }
        UUID id = UUID.randomUUID();
        Report report = composer.compose(new ReportComposer.Request(Report.EDITION, id, title, meeting, topic, since));
        return store(report, caller);
    }

    @Transactional
    Edition store(Report report, Caller caller) {
        EditionEntity e = new EditionEntity();
        e.id = report.id();
        e.title = report.title();
        e.topicSlug = report.topic().slug();
        e.since = report.since();
        e.meeting = report.meeting();
        e.createdAt = report.generatedAt();
        e.createdBy = caller.name();
        e.dataVersion = report.dataVersion();
        e.model = compress(report);
        editions.persist(e);
        return new Edition(e.id, e.title, report.topic(), e.since, e.meeting, e.createdAt, e.createdBy, e.dataVersion, null);
    }

    @Transactional
    public EditionPage listEditions(String page, String size) {
        int number = integer(page, "page", 0, 0, Integer.MAX_VALUE);
        int perPage = integer(size, "size", 20, 1, MAX_PAGE_SIZE);
        long total = editions.count();
        List<Edition> items = editions.summaries(number, perPage).stream()
                .map(s -> new Edition(s.id(), s.title(), new Report.TopicRef(s.topicSlug(), topicLabel(s.topicSlug())), s.since(),
                        s.meeting(), s.createdAt(), s.createdBy(), s.dataVersion(), null))
                .toList();
        return new EditionPage(items, PageInfo.of(number, perPage, total));
    }

    /** The edition as it was frozen. */
    @Transactional
    public Report requireEdition(String id) {
        UUID uuid = ClientValues.id(id, "report edition");
        EditionEntity e = editions.findByIdOptional(uuid)
                .orElseThrow(() -> Refused.notFound("no report edition with id '" + uuid + "'"));
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(e.model), 64 * 1024)) {
            return storedJson.readValue(in, Report.class);
        } catch (IOException ex) {
            throw new UncheckedIOException("stored report edition cannot be read", ex);
        }
    }

    private LocalDate defaultSince() {
        return editions.latest().map(s -> s.createdAt().atZone(ZoneOffset.UTC).toLocalDate())
                .orElse(LocalDate.now(ZoneOffset.UTC).minusYears(1));
    }

    private String topicLabel(String topic) {
        if (topic == null) {
            return catalog.topic("qit").map(Topic::label).orElse("QIT");
        }
        return catalog.topic(topic).map(Topic::label)
                .orElseThrow(() -> Refused.invalidParameter("topic", "unknown topic '" + ClientValues.shorten(topic) + "'"));
    }

    private byte[] compress(Report report) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes, 64 * 1024)) {
            json.writeValue(gzip, report);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serialize the report", e);
        }
        return bytes.toByteArray();
    }

    private static String single(List<String> values, String parameter) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        if (values.size() > 1) {
            throw Refused.invalidParameter(parameter, parameter + " may be given once only");
        }
        String value = ClientValues.trimmed(values.get(0));
        if (value == null) {
            throw Refused.invalidParameter(parameter, parameter + " must not be empty");
        }
        return value;
    }

    private static LocalDate sinceParameter(String value) {
        try {
            return parseDate(value);
        } catch (IllegalArgumentException e) {
            throw Refused.invalidParameter("since", e.getMessage());
        }
    }

    /** A day, YYYY-MM-DD, not after today (UTC). */
    static LocalDate parseDate(String value) {
        LocalDate date;
        try {
            date = LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("since must be a date YYYY-MM-DD, e.g. 2025-06-01; got '"
                    + ClientValues.shorten(value.strip()) + "'");
        }
        if (date.isAfter(LocalDate.now(ZoneOffset.UTC))) {
            throw new IllegalArgumentException("since must not lie in the future");
        }
        return date;
    }

    private static int integer(String value, String parameter, int fallback, int min, int max) {
        if (value == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw Refused.invalidParameter(parameter, parameter + " must be an integer from " + min + " to " + max);
    }
}
