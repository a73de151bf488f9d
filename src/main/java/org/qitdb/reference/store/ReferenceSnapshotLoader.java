package org.qitdb.reference.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/** Reads all reference data at once, for the in-memory catalog. */
@ApplicationScoped
public class ReferenceSnapshotLoader {

    public record Rows(List<OrganizationEntity> organizations, List<GroupEntity> groups, List<TopicEntity> topics) {
    }

    @Inject
    ReferenceStore store;

    @Transactional
    public Rows load() {
        return new Rows(store.organizations(), store.groups(), store.topics());
    }
}
