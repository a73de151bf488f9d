package org.qitdb.coordination.store;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Meetings, ordered by start (then code): upcoming ones soonest first, past ones latest first. */
@ApplicationScoped
public class MeetingRepository implements PanacheRepositoryBase<MeetingEntity, UUID> {

    /** Which meetings a list shows, by their end (their start when they have none) compared with now. */
    public enum When { ALL, UPCOMING, PAST }

    public record Page(List<MeetingEntity> items, long total) {
    }

    public Optional<MeetingEntity> findByCodeKey(String codeKey) {
        return find("codeKey", codeKey).firstResultOptional();
    }

    public Page search(When when, Instant now, int page, int size) {
        String where = switch (when) {
            case ALL -> "1 = 1";
            case UPCOMING -> "coalesce(endsAt, startsAt) >= ?1";
            case PAST -> "coalesce(endsAt, startsAt) < ?1";
        };
        String order = when == When.PAST ? " order by startsAt desc, codeKey" : " order by startsAt, codeKey";
        Object[] parameters = when == When.ALL ? new Object[0] : new Object[] {now};
        long total = count(where, parameters);
        if (total == 0 || (long) page * size >= total) {
            return new Page(List.of(), total);
        }
        return new Page(find(where + order, parameters).page(page, size).list(), total);
    }

    /** Every meeting, by start. */
    public List<MeetingEntity> all() {
        return list("order by startsAt, codeKey");
    }
}
