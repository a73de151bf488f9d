-- One row that the readiness check writes: readiness says whether the database stores, not only whether it answers.
create table storage_probe (
    id integer primary key,
    probed_at timestamp not null
);
insert into storage_probe (id, probed_at) values (1, current_timestamp);
