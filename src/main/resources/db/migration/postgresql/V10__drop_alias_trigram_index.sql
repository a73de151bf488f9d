-- No query matches alias keys by pattern (alias keys reach text search through the search document), but the
-- planner took this trigram index for equality lists ("alias_key in (500 keys)": pg_trgm serves "=" too, and
-- its cost estimate is far too low for it): 1.7-2.8 s per list at 100 000 entries, against milliseconds through
-- the b-tree on alias_key. The landscape's first analysis after every start spent 12 s there.
drop index if exists ix_standard_alias_key_trgm;
