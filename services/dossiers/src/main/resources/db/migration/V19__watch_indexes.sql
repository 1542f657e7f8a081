-- The overdue watch (OverdueWatch, every minute) reads only the dossiers it may act on: open, the clock running
-- (RECEIVED, PROCESSING: DossierRepository.RUNNING_JPQL, whose literals the queries carry so that PostgreSQL can prove
-- these predicates; WatchIndexesTest keeps the two lists equal), not yet marked overdue / not yet alerted. Before, the
-- overdue watch's index held every open unmarked dossier, paused ones too (13 k at 10 M dossiers, skipped row by row:
-- 285 ms a pass), and the due-soon pass had no index of its own (the open dossiers due within 14 days, 195 k at
-- 10 M, filtered in the table: 1.3 s warm, 27 s cold, every minute). After: 0.3 ms and 1.7 ms (docs/performance.md,
-- "The overdue watch at 10 M dossiers").
--
-- Plain CREATE INDEX (flyway/flyway#3682, see V18); on a large database the operator creates them beforehand with
-- CONCURRENTLY (docs/operations.md, "Indexes before an upgrade").
create index if not exists dossier_overdue_watch_running on dossier (due_at)
    where closed_at is null and overdue_marked_at is null and status in ('RECEIVED', 'PROCESSING');
create index if not exists dossier_due_soon_watch on dossier (due_at)
    where closed_at is null and due_soon_alerted_at is null and status in ('RECEIVED', 'PROCESSING');
drop index if exists dossier_overdue_watch;
