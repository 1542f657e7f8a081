-- Transactional outbox (written in the same transaction as the change it announces)
-- and inbox (the events a consumer has applied, written in the same transaction as the effect).
-- Shipped by the shared library; every service lists db/shared in quarkus.flyway.locations.

create table outbox_event (
    seq         bigserial    primary key,          -- publication order
    id          uuid         not null unique,      -- the CloudEvents id
    topic       varchar(120) not null,
    event_key   varchar(200) not null,
    event_type  varchar(120) not null,
    payload     text         not null,             -- the envelope, exactly as published
    created_at  timestamptz  not null,
    sent_at     timestamptz,
    attempts    integer      not null default 0,
    last_error  varchar(1000)
);
-- The relay reads only unsent rows, in order: a small partial index however large the table grows.
create index outbox_event_pending on outbox_event (seq) where sent_at is null;
create index outbox_event_sent_at on outbox_event (sent_at) where sent_at is not null;

create table inbox_event (
    consumer    varchar(120) not null,
    event_id    varchar(64)  not null,
    event_type  varchar(120) not null,
    applied_at  timestamptz  not null,
    primary key (consumer, event_id)
);
