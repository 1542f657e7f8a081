-- The inbox purge (InboxPurge) deletes ids applied more than cchc.inbox.retention ago: by applied_at, in batches.
-- A plain index in the migration's transaction: CREATE INDEX CONCURRENTLY outside a transaction waits forever on
-- Flyway's own transactional lock (flyway/flyway#3854). Building it blocks writes to inbox_event, i.e. the
-- consumers, for the few seconds it takes (about 1 s per million rows); reads and the API are not affected.
create index if not exists inbox_event_applied_at on inbox_event (applied_at);
