package org.qitdb.coordination.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.qitdb.submission.service.LiaisonStatementLinks;

/** A submission whose reference is a registered liaison statement's links to it. */
@ApplicationScoped
public class RegisteredStatementLinks implements LiaisonStatementLinks {

    @Inject
    LiaisonStatementService statements;

    @Override
    public Map<String, Link> statementsNamed(Collection<String> references) {
        Map<String, Link> links = new HashMap<>();
        statements.byReferences(references).forEach((reference, statement) -> links.put(reference, new Link(statement.id(),
                statement.reference())));
        return links;
    }
}
