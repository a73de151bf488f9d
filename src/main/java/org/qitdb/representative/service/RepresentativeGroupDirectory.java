package org.qitdb.representative.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import org.qitdb.reference.api.GroupRepresentative;
import org.qitdb.reference.service.GroupRepresentatives;
import org.qitdb.representative.store.RepresentativeRepository;

/** What the reference data asks about a group's representatives: the public view, and whether any refer to it. */
@ApplicationScoped
public class RepresentativeGroupDirectory implements GroupRepresentatives {

    @Inject
    RepresentativeRepository repository;

    @Override
    @Transactional
    public List<GroupRepresentative> activeRepresentatives(String organizationCode, String groupCode) {
        return repository.activeOfGroup(organizationCode, groupCode, RepresentativeService.today()).stream()
                .map(RepresentativeMapper::publicViewOf).toList();
    }

    @Override
    @Transactional
    public Usage usage(String organizationCode, String groupCode) {
        LocalDate today = RepresentativeService.today();
        return new Usage(repository.countOfGroup(organizationCode, groupCode),
                repository.countActiveOfGroup(organizationCode, groupCode, today));
    }
}
