package org.qitdb.coordination.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.qitdb.common.Refused;
import org.qitdb.coordination.api.CoordinationQuestionInput;
import org.qitdb.coordination.api.LiaisonStatementInput;
import org.qitdb.coordination.api.MeetingDocumentInput;
import org.qitdb.coordination.api.MeetingInput;
import org.qitdb.coordination.api.Party;
import org.qitdb.security.Caller;

/**
 * Loads the coordination group's own facts ({@code seed/coordination.json}, from the first meeting's summary) once
 * into the register, after the reference data: both meetings with the first one's inputs, its report number and the
 * second one's invitations, the outgoing statement JCA-QKDN-LS1, and the thirteen coordination questions. Only what
 * the file states: values it gives as null stay absent. A marker row makes it happen once, also for databases seeded
 * before the register existed; the records are written through the register's services, so their history begins
 * with the seed.
 */
@ApplicationScoped
public class CoordinationSeed {

    private static final Logger LOG = Logger.getLogger(CoordinationSeed.class);
    static final String MARKER = "coordination-seed-v1";
    static final String RESOURCE = "seed/coordination.json";
    private static final Caller SEED = new Caller("seed", true, Set.of());

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Inject
    MeetingService meetings;

    @Inject
    LiaisonStatementService statements;

    @Inject
    CoordinationQuestionService questions;

    @ConfigProperty(name = "qitdb.seed.enabled", defaultValue = "true")
    boolean enabled;

    /** After the reference data's seed, which observes the same event at the default priority. */
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 600) StartupEvent event) {
        if (!enabled) {
            return;
        }
        try {
            if (seedOnce()) {
                LOG.info("Seeded the coordination register: meetings, liaison statement and coordination questions of JCA-QKDN");
            }
        } catch (Refused refused) {
            // the reference data lacks what the facts name (an organization removed, say): say so and start anyway
            LOG.warnf("Coordination register not seeded: %s", refused.refusal().detail());
        } catch (PersistenceException e) {
            LOG.info("Coordination seed skipped: another instance is seeding");
        }
    }

    /** Everything in one transaction; false when the marker says it was done before. */
    @Transactional
    boolean seedOnce() {
        Number done = (Number) em.createNativeQuery("select count(*) from service_marker where name = :name")
                .setParameter("name", MARKER).getSingleResult();
        if (done.intValue() > 0) {
            return false;
        }
        em.createNativeQuery("insert into service_marker (name, created_at) values (:name, :at)")
                .setParameter("name", MARKER).setParameter("at", Instant.now()).executeUpdate();
        em.flush();
        JsonNode facts = read();
        String firstMeeting = null;
        for (JsonNode meeting : facts.path("meetings")) {
            meetings.createMeeting(meeting(meeting), SEED);
            firstMeeting = firstMeeting == null ? text(meeting, "code") : firstMeeting;
        }
        for (JsonNode statement : facts.path("liaisonStatements")) {
            statements.createStatement(statement(statement, invitesInclusion(facts, text(statement, "reference"))), SEED);
        }
        int number = 1;
        for (JsonNode question : facts.path("coordinationQuestions")) {
            questions.createQuestion(new CoordinationQuestionInput(number++, question.asText(), firstMeeting, "open", List.of()), SEED);
        }
        return true;
    }

    /**
     * A meeting of the file. Its inputs are given by their sources, not by number or title: each named source becomes
     * one input document without number or title, presented (the summary: "reviewed and agreed as references") or, as
     * a presentation, deferred; how many documents arrived stays in the notes with the summary's own words.
     */
    static MeetingInput meeting(JsonNode m) {
        JsonNode inputs = m.path("inputs");
        List<MeetingDocumentInput> documents = new ArrayList<>();
        List<Party> deferred = parties(inputs.path("deferred"));
        for (Party source : parties(inputs.path("from"))) {
            boolean isDeferred = deferred.contains(source);
            documents.add(new MeetingDocumentInput(null, null, null, source, isDeferred ? "presentation" : null,
                    isDeferred ? "deferred" : "presented", null));
        }
        String notes = null;
        if (!inputs.isMissingNode()) {
            notes = inputs.path("count").asInt() + " input documents received"
                    + (inputs.hasNonNull("note") ? "; " + inputs.path("note").asText() : "");
        }
        return new MeetingInput(text(m, "code"), text(m, "title"), text(m, "start"), text(m, "end"), text(m, "place"),
                m.path("virtual").asBoolean(false), text(m, "colocatedWith"), text(m, "report"), notes,
                parties(m.path("invited")), List.of(), documents);
    }

    /**
     * A statement of the file. "SDOs and groups outside ITU-T …" names no list of addressees: the statement is addressed
     * to every organization other than the sender's, in the statement's own words.
     */
    static LiaisonStatementInput statement(JsonNode s, boolean invitesInclusion) {
        List<Party> from = parties(List.of(s.path("from")));
        JsonNode to = s.path("to");
        boolean broadcast = to.isTextual();
        return new LiaisonStatementInput(text(s, "reference"), text(s, "direction"), from.isEmpty() ? null : from.get(0),
                broadcast ? List.of() : parties(to), broadcast, broadcast ? to.asText() : null, text(s, "date"), text(s, "subject"),
                text(s, "purpose"), text(s, "deadline"), null, null, null, invitesInclusion, List.of(), null);
    }

    /** The calls to action name the statement that invites to inclusion in the database. */
    private static boolean invitesInclusion(JsonNode facts, String reference) {
        for (JsonNode call : facts.path("callsToAction")) {
            if (reference != null && reference.equals(text(call, "via")) && text(call, "about") != null
                    && text(call, "about").contains("inclusion")) {
                return true;
            }
        }
        return false;
    }

    private static List<Party> parties(JsonNode pairs) {
        List<JsonNode> list = new ArrayList<>();
        pairs.forEach(list::add);
        return parties(list);
    }

    /** [organization, group] pairs; a null group names the whole organization. */
    private static List<Party> parties(List<JsonNode> pairs) {
        List<Party> parties = new ArrayList<>();
        for (JsonNode pair : pairs) {
            if (pair.isArray() && pair.size() >= 1 && pair.get(0).isTextual()) {
                parties.add(new Party(pair.get(0).asText(), pair.size() > 1 && pair.get(1).isTextual() ? pair.get(1).asText() : null));
            }
        }
        return parties;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() ? value.asText() : null;
    }

    private JsonNode read() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("seed file " + RESOURCE + " is missing from the application");
            }
            return json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("seed file " + RESOURCE + " cannot be read", e);
        }
    }
}
