-- Idempotency-Key: the first answer to a creating request, replayed to every retry that carries the same key and the
-- same request (docs/adr/0013-concurrency-and-idempotency.md). Written in the transaction of the change it answers,
-- so a key is recorded exactly when its effect committed. Keys are per caller (the token's subject, or the client
-- address for anonymous calls); rows expire (cchc.idempotency.ttl) and IdempotencyPurge deletes them.
create table idempotency_key (
    scope          varchar(200)  not null,   -- the caller: sub:<subject> or anon:<client address>
    key            varchar(200)  not null,   -- the header's value (printable ASCII)
    request_hash   varchar(64)   not null,   -- sha-256 of method, path and body
    status         smallint      not null,   -- the answer replayed
    location       varchar(2000),
    content_type   varchar(100),
    body           text,                     -- null when the answer had none (or exceeded cchc.idempotency.max-body)
    created_at     timestamptz   not null,
    expires_at     timestamptz   not null,
    primary key (scope, key)
);
create index idempotency_key_expires on idempotency_key (expires_at);
