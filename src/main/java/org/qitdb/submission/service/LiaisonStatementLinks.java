package org.qitdb.submission.service;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * Which submissions' references name a registered liaison statement: a submission shows the statement it came with.
 * The coordination register implements it (without it, no reference links: {@link NoLiaisonStatementLinks}), so that
 * submissions do not depend on that feature.
 */
public interface LiaisonStatementLinks {

    /** A registered statement, briefly. */
    record Link(UUID id, String reference) {
    }

    /** The statements these references name, by the reference as given; references naming none are left out. */
    Map<String, Link> statementsNamed(Collection<String> references);
}
