-- The search index (org.qitdb.search) is derived from this database: it remembers this token, so that an index built
-- from another database (a restored backup, a new database) is recognized and rebuilt rather than caught up.
create table search_index_origin (
    id integer primary key,
    token varchar(36) not null
);
insert into search_index_origin (id, token) values (1, gen_random_uuid()::text);
