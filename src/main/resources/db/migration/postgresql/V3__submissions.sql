-- Liaison submissions (bulk loads). The full report (every row's outcome) is kept gzip-compressed, so that a
-- retry with the same Idempotency-Key can be answered with exactly the first result.
create table submission (
    id                uuid          not null primary key,
    organization_code varchar(64)   not null references organization (code),
    reference         varchar(300)  not null,
    received_on       date          not null,
    format            varchar(10)   not null,
    mode              varchar(10)   not null,
    status            varchar(20)   not null,
    received_count    integer       not null,
    created_count     integer       not null,
    updated_count     integer       not null,
    unchanged_count   integer       not null,
    rejected_count    integer       not null,
    errors            varchar(1000000) not null,
    report            bytea,
    submitted_by      varchar(300)  not null,
    idempotency_key   varchar(200),
    request_hash      varchar(64),
    created_at        timestamp(6) with time zone not null,
    constraint uq_submission_idempotency unique (idempotency_key)
);
create index ix_submission_org on submission (organization_code, created_at);
