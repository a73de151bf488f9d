-- Text search reads one column per entry (its words in order, see SearchTerms#document) instead of a table of
-- terms: a bulk load wrote some 30 indexed term rows per entry, half of its time. Rows written before this
-- version get their document at the next start (SearchDocumentBackfill).
alter table standard add column search_text varchar(30000);
drop table standard_term;
