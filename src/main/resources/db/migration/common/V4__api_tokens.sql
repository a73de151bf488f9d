-- API tokens: only the SHA-256 of each secret is stored; tokens are looked up by it.
create table api_token (
    id            uuid         not null primary key,
    name          varchar(100) not null,
    role          varchar(10)  not null,
    organizations varchar(4000) not null,
    token_hash    varchar(64)  not null,
    created_at    timestamp(6) with time zone not null,
    expires_at    timestamp(6) with time zone,
    revoked_at    timestamp(6) with time zone,
    last_used_at  timestamp(6) with time zone,
    constraint uq_api_token_hash unique (token_hash)
);
create index ix_api_token_name on api_token (name);
