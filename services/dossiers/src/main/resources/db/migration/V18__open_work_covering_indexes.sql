-- Work counts (GET /api/v1/dossiers/work-counts, docs/domain/dossiers.md §3.11) read only these two indexes
-- (index-only scans): the open dossiers received inside the caller's subtree, and those decided inside it. Each
-- carries every column a count or its per-unit grouping needs, so the count never reads the table: at 10 M dossiers
-- (323 k open in the province) the counts read 253 k table pages and took 5.6 s for the province (docs/performance.md,
-- "Work counts"). They replace dossier_open_path (V2) and dossier_open_deciding_path (V17), whose keys they keep, so
-- an intake writes as many index entries as before.
--
-- Plain CREATE INDEX: CREATE INDEX CONCURRENTLY of a partial index hangs under Flyway's transactional advisory lock
-- (flyway/flyway#3682). On a large database the operator creates them beforehand with CONCURRENTLY
-- (docs/operations.md, "Indexes before an upgrade"); "if not exists" then makes the creation a no-op.
create index if not exists dossier_open_receiving_work on dossier (receiving_unit_path, due_at)
    include (status, has_apology, receiving_unit_code, deciding_unit_path, deciding_unit_code)
    where closed_at is null;
create index if not exists dossier_open_deciding_work on dossier (deciding_unit_path, due_at)
    include (status, has_apology, deciding_unit_code, receiving_unit_path)
    where closed_at is null;
drop index if exists dossier_open_path;
drop index if exists dossier_open_deciding_path;
