-- The landscape's grouped queries reach standard through standard_topic (by id, once per entry and topic, and in
-- the matrix once more per ancestor topic) and need only these columns of it. With all of them in one index the
-- joins read the index alone: a lookup of the full row (with its large text columns) cost several times more.
create index ix_standard_landscape on standard (id, organization_code, status, group_code, document_type,
    publication_start, publication_year);
