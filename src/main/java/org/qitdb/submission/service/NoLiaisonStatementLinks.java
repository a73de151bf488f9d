package org.qitdb.submission.service;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Map;

/** No register of liaison statements: a submission's reference stays text. */
@DefaultBean
@ApplicationScoped
public class NoLiaisonStatementLinks implements LiaisonStatementLinks {

    @Override
    public Map<String, Link> statementsNamed(Collection<String> references) {
        return Map.of();
    }
}
