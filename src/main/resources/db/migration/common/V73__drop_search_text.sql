-- The search document of each entry is built by the search index (org.qitdb.search) from the entry itself; the
-- database no longer keeps a copy.
alter table standard drop column search_text;
