package org.qitdb.coordination.store;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Coordination questions, by number. */
@ApplicationScoped
public class QuestionRepository implements PanacheRepositoryBase<QuestionEntity, UUID> {

    public Optional<QuestionEntity> findByNumber(int number) {
        return find("number", number).firstResultOptional();
    }

    /** Every question, by number: the register holds tens of them, so lists filter in memory. */
    public List<QuestionEntity> all() {
        return list("order by number");
    }

    /** The number a new question gets when it names none: one after the highest. */
    public int nextNumber() {
        Integer highest = getEntityManager().createQuery("select max(q.number) from QuestionEntity q", Integer.class)
                .getSingleResult();
        return highest == null ? 1 : highest + 1;
    }

    public long countRaisedAt(String meetingCode) {
        return count("raisedAt", meetingCode);
    }
}
