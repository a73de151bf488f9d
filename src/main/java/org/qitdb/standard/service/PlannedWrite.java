package org.qitdb.standard.service;

import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import org.qitdb.common.FieldChange;
import org.qitdb.standard.feed.service.ChangeLog;
import org.qitdb.standard.store.StandardEntity;
import org.qitdb.standard.store.StandardRow;

/**
 * One write of one entry as decided, before it reaches the database: the outcome, the entry as it will read, what
 * changed, the rows to write and the event the change log records. Revisions are decided here and nowhere else: a new
 * entry starts at 1, every real change and the delete take the next one.
 */
record PlannedWrite(StandardWrites.Outcome outcome, StandardView entry, Map<String, FieldChange> changes,
        Optional<StandardRow> insert, Optional<StandardRow.Update> update, Optional<ChangeLog.Event> event) {

    static PlannedWrite created(StandardData data, StandardWrites.Author author, Instant now) {
        java.util.UUID id = Ids.next();
        StandardRow row = StandardMapper.row(id, data, author.provenance(), now, now, 1);
        StandardView entry = StandardMapper.view(id, data, author.provenance(), now, now, 1);
        Map<String, FieldChange> changes = StandardMapper.differences(null, data);
        return new PlannedWrite(StandardWrites.Outcome.CREATED, entry, changes, Optional.of(row), Optional.empty(),
                Optional.of(new ChangeLog.Event(ChangeLog.Type.CREATED, entry, 1, changes, author.provenance(), now)));
    }

    /** A new version of a locked entry; unchanged (no revision, no event) when the content is the same. */
    static PlannedWrite replaced(StandardEntity current, StandardData before, StandardData data, StandardWrites.Author author,
            Instant now) {
        if (before.equals(data)) {
            return new PlannedWrite(StandardWrites.Outcome.UNCHANGED, StandardMapper.viewOf(current), Map.of(), Optional.empty(),
                    Optional.empty(), Optional.empty());
        }
        long revision = current.revision + 1;
        StandardRow row = StandardMapper.row(current.id, data, author.provenance(), current.createdAt, now, revision);
        StandardRow.Update update = new StandardRow.Update(row, current.revision, new HashSet<>(current.topics),
                new HashSet<>(current.aliases));
        StandardView entry = StandardMapper.view(current.id, data, author.provenance(), current.createdAt, now, revision);
        Map<String, FieldChange> changes = StandardMapper.differences(before, data);
        return new PlannedWrite(StandardWrites.Outcome.UPDATED, entry, changes, Optional.empty(), Optional.of(update),
                Optional.of(new ChangeLog.Event(ChangeLog.Type.UPDATED, entry, revision, changes, author.provenance(), now)));
    }

    /** The tombstone names the entry as it was and takes the next revision. */
    static PlannedWrite deleted(StandardEntity current, StandardWrites.Author author, Instant now) {
        StandardView entry = StandardMapper.viewOf(current);
        return new PlannedWrite(StandardWrites.Outcome.DELETED, entry, Map.of(), Optional.empty(), Optional.empty(),
                Optional.of(new ChangeLog.Event(ChangeLog.Type.DELETED, entry, current.revision + 1, Map.of(),
                        author.provenance(), now)));
    }
}
