package org.qitdb.standard.service;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.Set;
import org.qitdb.security.Caller;

/** Every entry is public: the visibility when no feature decides otherwise. */
@DefaultBean
@ApplicationScoped
public class EveryEntryVisible implements StandardVisibility {

    @Override
    public Optional<Set<String>> visibleOrganizations(Optional<Caller> reader) {
        return Optional.empty();
    }
}
