-- The revisions of an entry are 1, 2, 3 … in the change log, and the database enforces it. Earlier versions recorded
-- a delete with the revision the entry had (a repeat), and concurrent upserts without If-Match could write one
-- revision twice; such rows are renumbered in commit order (from the entry's first kept revision), their snapshots
-- with them, and each entry takes the revision of its last event. Clients holding an old ETag get 412 and fetch again.
update standard_change c
   set snapshot = replace(snapshot, '"revision":' || cast(c.revision as varchar(20)) || '}',
           '"revision":' || cast((select min(k.revision) from standard_change k where k.standard_id = c.standard_id)
               + (select count(*) from standard_change k where k.standard_id = c.standard_id and k.seq < c.seq) as varchar(20)) || '}'),
       revision = (select min(k.revision) from standard_change k where k.standard_id = c.standard_id)
               + (select count(*) from standard_change k where k.standard_id = c.standard_id and k.seq < c.seq)
 where c.revision <> (select min(k.revision) from standard_change k where k.standard_id = c.standard_id)
               + (select count(*) from standard_change k where k.standard_id = c.standard_id and k.seq < c.seq);

update standard s
   set revision = (select max(c.revision) from standard_change c where c.standard_id = s.id)
 where s.revision < (select max(c.revision) from standard_change c where c.standard_id = s.id);

create unique index uq_standard_change_revision on standard_change (standard_id, revision);

-- Idempotency-Key claims are now taken in the load's own transaction and cannot outlive it; claims left by loads
-- interrupted under the earlier scheme would answer "being processed" forever.
delete from submission where status = 'processing';
