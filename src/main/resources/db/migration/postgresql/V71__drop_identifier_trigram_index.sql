-- Infix search inside identifier keys is answered by the search index (org.qitdb.search); lookups use the b-tree
-- index ix_standard_identifier_key.
drop index if exists ix_standard_identifier_key_trgm;
