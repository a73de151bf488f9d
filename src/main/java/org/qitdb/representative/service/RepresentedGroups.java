package org.qitdb.representative.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashSet;
import java.util.Set;
import org.qitdb.representative.store.RepresentativeRepository;

/** Which groups have an active representative today: what a report of the coordination asks of the directory. */
@ApplicationScoped
public class RepresentedGroups {

    public record GroupKey(String organization, String group) {
    }

    @Inject
    RepresentativeRepository repository;

    @Transactional
    public Set<GroupKey> today() {
        Set<GroupKey> keys = new LinkedHashSet<>();
        for (Object[] row : repository.activeGroups(RepresentativeService.today())) {
            keys.add(new GroupKey((String) row[0], (String) row[1]));
        }
        return keys;
    }
}
