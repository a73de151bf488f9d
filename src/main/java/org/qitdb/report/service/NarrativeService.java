package org.qitdb.report.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.qitdb.common.ClientValues;
import org.qitdb.common.EntityTags;
import org.qitdb.common.FieldChange;
import org.qitdb.common.Preconditions;
import org.qitdb.common.Refused;
import org.qitdb.report.api.Narrative;
import org.qitdb.report.api.NarrativeHistory;
import org.qitdb.report.api.NarrativeInput;
import org.qitdb.report.api.Report;
import org.qitdb.report.store.NarrativeChangeEntity;
import org.qitdb.report.store.NarrativeEntity;
import org.qitdb.report.store.NarrativeRepository;
import org.qitdb.security.Caller;

/**
 * The coordinators' paragraph of each report section: read by every draft, changed by admins with If-Match (see
 * {@link Preconditions}), every change kept with what it changed. A section nobody wrote for is at revision 0; an
 * empty text removes the paragraph at a new revision, so that revisions never repeat.
 */
@ApplicationScoped
public class NarrativeService {

    public static final int MAX_LENGTH = 20_000;
    private static final TypeReference<Map<String, FieldChange>> CHANGES = new TypeReference<>() {
    };

    @Inject
    NarrativeRepository repository;

    @Inject
    ObjectMapper json;

    @Transactional
    public List<Narrative> listNarratives() {
        List<Narrative> narratives = new ArrayList<>();
        for (String section : Report.SECTIONS) {
            narratives.add(viewOf(section, repository.findByIdOptional(section)));
        }
        return narratives;
    }

    @Transactional
    public Narrative requireNarrative(String section) {
        String key = known(section);
        return viewOf(key, repository.findByIdOptional(key));
    }

    /** The paragraphs with text, by section: what a draft shows. */
    @Transactional
    public Map<String, Report.NarrativeText> currentTexts() {
        Map<String, Report.NarrativeText> texts = new LinkedHashMap<>();
        for (NarrativeEntity e : repository.listAll()) {
            if (!e.text.isBlank()) {
                texts.put(e.section, new Report.NarrativeText(e.text, e.revision, e.updatedAt, e.updatedBy));
            }
        }
        return texts;
    }

    @Transactional
    public Narrative replaceNarrative(String section, NarrativeInput input, Optional<EntityTags.Precondition> ifMatch, Caller caller) {
        String key = known(section);
        String text = valid(input);
        Preconditions.required(ifMatch, "narrative");
        Optional<NarrativeEntity> existing = repository.findByIdOptional(key, LockModeType.PESSIMISTIC_WRITE);
        Preconditions.check(ifMatch, existing.map(e -> e.revision).orElse(0L), "narrative");
        String before = existing.map(e -> e.text).orElse("");
        if (before.equals(text)) {
            return viewOf(key, existing);
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        NarrativeEntity entity = existing.orElseGet(() -> {
            NarrativeEntity created = new NarrativeEntity();
            created.section = key;
            created.revision = 0;
            return created;
        });
        entity.text = text;
        entity.revision++;
        entity.updatedAt = now;
        entity.updatedBy = caller.name();
        if (existing.isEmpty()) {
            repository.persist(entity);
        }
        try {
            repository.flush();
        } catch (PersistenceException e) {
            // another admin wrote the section's first paragraph at the same moment
            throw Refused.concurrentWrite("the narrative was written by another request at the same moment; fetch it and retry");
        }
        NarrativeChangeEntity change = new NarrativeChangeEntity();
        change.section = key;
        change.revision = entity.revision;
        change.changeType = before.isEmpty() ? "created" : text.isEmpty() ? "deleted" : "updated";
        change.occurredAt = now;
        change.actor = caller.name();
        Map<String, FieldChange> fields = Map.of("text", new FieldChange(before.isEmpty() ? null : before, text.isEmpty() ? null : text));
        change.changedFields = write(fields);
        repository.record(change);
        return viewOf(key, Optional.of(entity));
    }

    @Transactional
    public NarrativeHistory requireHistory(String section) {
        String key = known(section);
        List<NarrativeHistory.Revision> revisions = new ArrayList<>();
        for (NarrativeChangeEntity c : repository.historyOf(key)) {
            revisions.add(new NarrativeHistory.Revision(c.revision, c.changeType, c.occurredAt, c.actor, read(c.changedFields)));
        }
        return new NarrativeHistory(key, revisions);
    }

    private static String known(String section) {
        if (section == null || !Report.SECTIONS.contains(section)) {
            throw Refused.notFound("no report section '" + ClientValues.shorten(String.valueOf(section)) + "'; sections are "
                    + String.join(", ", Report.SECTIONS));
        }
        return section;
    }

    /** Trailing whitespace of the whole text and Windows line ends are not part of it. */
    private static String valid(NarrativeInput input) {
        if (input == null || input.text() == null) {
            throw Refused.invalidField("text", "text is required (an empty text removes the paragraph)");
        }
        String text = input.text().replace("\r\n", "\n").stripTrailing();
        if (text.length() > MAX_LENGTH) {
            throw Refused.invalidField("text", "text may hold at most " + MAX_LENGTH + " characters");
        }
        return text.isBlank() ? "" : text;
    }

    private static Narrative viewOf(String section, Optional<NarrativeEntity> entity) {
        int number = Report.numberOf(section);
        return entity.map(e -> new Narrative(section, number, e.text.isEmpty() ? null : e.text, e.revision, e.updatedAt, e.updatedBy))
                .orElse(new Narrative(section, number, null, 0, null, null));
    }

    private String write(Map<String, FieldChange> fields) {
        try {
            return json.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("change cannot be written as JSON", e);
        }
    }

    private Map<String, FieldChange> read(String value) {
        if (value == null || value.isBlank()) {
            return Map.of();
        }
        try {
            return json.readValue(value, CHANGES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored change is not valid JSON", e);
        }
    }
}
