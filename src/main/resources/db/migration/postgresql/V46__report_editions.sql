-- Frozen editions of the landscape report: the whole document as it was computed (numbers, lists, charts and the
-- narratives of the day), gzip-compressed JSON, never changed after it is written.
create table report_edition (
    id            uuid          not null primary key,
    title         varchar(300)  not null,
    topic_slug    varchar(100)  not null,
    since_date    date          not null,
    meeting       varchar(300),
    created_at    timestamp(6) with time zone not null,
    created_by    varchar(300)  not null,
    data_version  bigint        not null,
    model         bytea not null
);
create index ix_report_edition_created on report_edition (created_at, id);
