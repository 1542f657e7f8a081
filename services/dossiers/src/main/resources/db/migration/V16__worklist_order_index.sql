-- The worklist (GET /api/v1/dossiers) lists a scope's dossiers open first, soonest due first:
--   order by closed_at nulls first, due_at, id limit <size>
-- At 10 M dossiers per province a commune's subtree holds about a million of them; without an index in that order
-- PostgreSQL read and sorted all of them for every page (seconds: the gateway answered 504, docs/performance.md).
-- In this order the first page is found after a few hundred index entries, the scope being a filter on them; for a
-- small scope the planner still prefers the path indexes and a sort of the few rows it finds.
-- It replaces dossier_closed (closed_at), which it serves as well (same leading column), so an intake or a closing
-- writes as many index entries as before. A plain index in the migration's transaction: see shared V0_4.
create index if not exists dossier_worklist on dossier (closed_at nulls first, due_at, id);
drop index if exists dossier_closed;
