-- Full-text search is answered by the search index (org.qitdb.search): the generated tsvector and its GIN index go.
drop index if exists ix_standard_search_vector;
alter table standard drop column search_vector;
