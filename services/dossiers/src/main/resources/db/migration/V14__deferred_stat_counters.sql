-- Intake near the database's limit (issue 16): counters written by the lifecycle are appended here, one row per
-- transition, instead of being upserted into dossier_daily_stat in the transition's transaction. The upsert locked
-- the day's row of (receiving point, procedure, channel) and, through the V5/V9 trigger, the shared month / year /
-- day rows of the rollups until commit, so every concurrent intake at one receiving point waited for the previous
-- one's commit. An append takes no row lock that another writer waits for (no unique key but the bigserial id).
--
-- StatsFolder (service.StatsFolder, every cchc.stats.fold-interval, at most cchc.stats.fold-batch rows a run) moves
-- the rows into dossier_daily_stat in ONE statement: DELETE … RETURNING summed per key, upserted in key order, the
-- V5 trigger then folding them into both rollups in the same transaction. A row is therefore counted either here or
-- in the aggregates, never both and never neither, at every snapshot; the report queries add what is still here
-- (ReportQueries), so reports stay equal to the rows at any moment. Historical imports (StatsRecorder.batched) and
-- the benchmark loader keep writing dossier_daily_stat directly (one statement for many dossiers).
create table dossier_stat_pending (
    id                       bigserial    primary key,
    day                      date         not null,
    unit_code                varchar(60)  not null,
    unit_path                varchar(2000) collate "C" not null,
    procedure_code           varchar(60)  not null,
    field                    varchar(300) not null,
    channel                  varchar(10)  not null,
    received                 int not null default 0,
    resolved_early           int not null default 0,
    resolved_on_time         int not null default 0,
    resolved_late            int not null default 0,
    late_with_apology        int not null default 0,
    late_without_apology     int not null default 0,
    refused                  int not null default 0,
    withdrawn                int not null default 0,
    stopped                  int not null default 0,
    returned                 int not null default 0,
    digitised                int not null default 0,
    e_result                 int not null default 0,
    rated                    int not null default 0,
    rated_dissatisfied       int not null default 0,
    closed                   int not null default 0,
    digitised_with_e_result  int not null default 0,
    ended_on_time            int not null default 0
);
-- A small, fast-churning queue: vacuum it often so the reports' scan of it stays a few pages.
alter table dossier_stat_pending set (autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 1000,
                                      autovacuum_vacuum_insert_threshold = 1000);
