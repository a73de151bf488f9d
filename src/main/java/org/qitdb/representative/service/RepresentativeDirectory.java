package org.qitdb.representative.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.qitdb.reference.api.GroupRepresentative;
import org.qitdb.representative.store.RepresentativeRepository;

/**
 * What other features ask of the directory: who represents each group today (public view, never personal data), and
 * whether representatives a record names exist.
 */
@ApplicationScoped
public class RepresentativeDirectory {

    /** One active appointment: the group and its representative as anyone may see them. */
    public record Appointment(String organization, String group, GroupRepresentative representative) {
    }

    @Inject
    RepresentativeRepository repository;

    /** Every active appointment, ordered by organization, group and name. */
    @Transactional
    public List<Appointment> activeAppointments() {
        return repository.active(RepresentativeService.today()).stream()
                .map(e -> new Appointment(e.organizationCode, e.groupCode, RepresentativeMapper.publicViewOf(e))).toList();
    }

    /** Which of these ids name a representative. */
    @Transactional
    public Set<UUID> existing(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return repository.list("id in ?1", List.copyOf(ids)).stream().map(e -> e.id).collect(Collectors.toUnmodifiableSet());
    }
}
