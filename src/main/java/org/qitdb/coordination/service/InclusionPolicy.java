package org.qitdb.coordination.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.qitdb.coordination.store.StatementEntity;
import org.qitdb.coordination.store.StatementRepository;
import org.qitdb.reference.api.Organization;
import org.qitdb.reference.service.ReferenceCatalog;
import org.qitdb.security.Caller;
import org.qitdb.standard.service.StandardVisibility;

/**
 * The inclusion policy as the standards apply it to every read (see {@link StandardVisibility}), and each
 * organization's inclusion answer: the {@code inclusion} of its latest incoming statement that carries one (by the
 * statement's date, a statement without a date counting as older than any dated one, then by registration). Read from
 * the database on every call, so that every replica applies a new answer at once.
 */
@ApplicationScoped
public class InclusionPolicy implements StandardVisibility {

    public static final String AGREED = "agreed";

    @Inject
    InclusionConfig config;

    @Inject
    StatementRepository statements;

    @Inject
    ReferenceCatalog catalog;

    @Override
    @Transactional
    public Optional<Set<String>> visibleOrganizations(Optional<Caller> reader) {
        if (config.policy() == InclusionConfig.Policy.ALL || reader.isPresent()) {
            return Optional.empty();
        }
        Set<String> visible = new HashSet<>();
        visible.add(hostOrganization());
        latestAnswers().forEach((organization, answer) -> {
            if (AGREED.equals(answer.inclusion)) {
                visible.add(organization);
            }
        });
        return Optional.of(Set.copyOf(visible));
    }

    public InclusionConfig.Policy policy() {
        return config.policy();
    }

    /** The host organization's code as the reference data spells it (as configured when it knows no such one). */
    public String hostOrganization() {
        String configured = config.hostOrganization().strip();
        return catalog.organization(configured).map(Organization::code).orElse(configured);
    }

    /** Each organization's latest answer to an invitation to inclusion, by organization code. */
    @Transactional
    public Map<String, StatementEntity> latestAnswers() {
        Map<String, StatementEntity> latest = new LinkedHashMap<>();
        // in the order answers count, so that a later one replaces an earlier one
        for (StatementEntity answer : statements.inclusionAnswers()) {
            latest.put(answer.fromOrganization, answer);
        }
        return latest;
    }
}
