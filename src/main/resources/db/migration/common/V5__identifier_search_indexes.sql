-- Identifier-like searches match keys of any organization by prefix: they need the keys indexed on their own,
-- not only after organization_code (the natural-key constraint's index).
create index ix_standard_identifier_key on standard (identifier_key);
create index ix_standard_alias_key on standard_alias (alias_key);
