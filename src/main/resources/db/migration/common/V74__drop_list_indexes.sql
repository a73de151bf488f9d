-- Lists, filters, facets, search, the landscape and exports are served by the search index (org.qitdb.search), not
-- by queries on these tables. What the database is still asked: an entry by id, by organization and identifier key or
-- alias key (the unique constraints), the entries of an organization (the natural key's leading column), counts per
-- organization and group (ix_standard_group) and per topic (ix_standard_topic_topic), an entry's topics, aliases and
-- changes by its id. The indexes below served only the list queries that are gone; each cost every insert and update
-- of an entry a B-tree write (13 indexes on standard before, 4 after).
drop index if exists ix_standard_identifier;
drop index if exists ix_standard_identifier_key;
drop index if exists ix_standard_org_status;
drop index if exists ix_standard_status;
drop index if exists ix_standard_document_type;
drop index if exists ix_standard_publication;
drop index if exists ix_standard_year;
drop index if exists ix_standard_updated;
drop index if exists ix_standard_landscape;
drop index if exists ix_standard_alias_key;
