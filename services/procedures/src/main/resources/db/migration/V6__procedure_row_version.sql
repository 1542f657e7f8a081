-- The revision of a procedure (optimistic lock): every write bumps it; its ETag ("7") is what If-Match names on
-- PUT/DELETE …/draft (docs/adr/0013-concurrency-and-idempotency.md). Additive: a previous release that writes the
-- row without it leaves it unchanged, which only makes an ETag last longer (expand step of ADR 0010).
alter table procedure add column row_version bigint not null default 0;
