-- Text search reads one column per entry (its words in order, see SearchTerms#document) instead of a table of
-- terms: a bulk load wrote some 30 indexed term rows per entry, half of its time. Rows written before this
-- version get their document at the next start (SearchDocumentBackfill).
alter table standard add column search_text varchar(30000);
drop table standard_term;

-- Words are matched through a GIN index on the document's tsvector ('simple': the document is already folded
-- to lower-case words without accents, and identifiers must not be stemmed).
alter table standard add column search_vector tsvector
    generated always as (to_tsvector('simple', coalesce(search_text, ''))) stored;
create index ix_standard_search_vector on standard using gin (search_vector);

-- Identifier-like queries match keys by prefix ('y3800%'): trigram indexes serve such patterns whatever the
-- database's collation. pg_trgm is a trusted extension: the database owner may create it.
create extension if not exists pg_trgm;
create index ix_standard_identifier_key_trgm on standard using gin (identifier_key gin_trgm_ops);
create index ix_standard_alias_key_trgm on standard_alias using gin (alias_key gin_trgm_ops);
