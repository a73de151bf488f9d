-- A hash of each entry's canonical content: a re-load of unchanged rows compares hashes it read with the keys
-- instead of loading every entry with its collections. Filled on every write; rows written before this version
-- get theirs at the next start (DerivedColumnsBackfill); until then they are compared in full.
alter table standard add column content_hash varchar(64);
