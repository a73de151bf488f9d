package org.qitdb.standard.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.qitdb.reference.service.StandardUsage;
import org.qitdb.standard.store.StandardRepository;

/** How many entries refer to an organization, group or topic, for reference data that may not be deleted in use. */
@ApplicationScoped
public class StandardReferenceUsage implements StandardUsage {

    @Inject
    StandardRepository repository;

    @Override
    public long ofOrganization(String organizationCode) {
        return repository.countOfOrganization(organizationCode);
    }

    @Override
    public long ofGroup(String organizationCode, String groupCode) {
        return repository.countOfGroup(organizationCode, groupCode);
    }

    @Override
    public long ofTopic(String slug) {
        return repository.countOfTopic(slug);
    }
}
