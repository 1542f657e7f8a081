-- Reports at 10 M dossiers (issue 16): the stock "in progress and overdue" at the end of a period that ends today
-- was counted on the dossiers, an index-only scan of every open overdue dossier of the scope (about 95 k for a
-- province at 10 M dossiers, a third of them fetched from the table: 55-65 ms of a 100-200 ms report). Open dossiers
-- are now also counted per key and due day: the report reads the days before today here (a few thousand rows) and
-- only the dossiers due earlier today from the table (ReportQueries.stocks, docs/performance.md "Reports at 10 M
-- dossiers").
--
-- Counted: a received dossier still open (received_at and due_at set, closed_at null), under its receiving point,
-- procedure, field, channel, whether it has an apology letter (Mẫu 04), and the day (Vietnam time) of its due_at.
-- The trigger below keeps the count on every write to dossier, whatever the path (intake, lifecycle, pauses that move
-- the due time, apology, historical import, erasure, SQL by an operator), by appending -1 for the old key and +1 for
-- the new one to dossier_open_due_pending: an append takes no row lock another writer waits for (as V14's counters).
-- StatsFolder folds the appends into dossier_open_due_stat (DailyStatRepository.foldOpenDue) with SKIP LOCKED;
-- a row is counted in exactly one of the two tables at every snapshot and the report reads both in one statement, so
-- its figures equal the rows at any moment (OpenDueCountersTest).
create table dossier_open_due_stat (
    due_day         date          not null,
    unit_code       varchar(60)   not null,
    unit_path       varchar(2000) collate "C" not null,
    procedure_code  varchar(60)   not null,
    field           varchar(300)  not null,
    channel         varchar(10)   not null,
    has_apology     boolean       not null,
    open_count      bigint        not null,
    primary key (due_day, unit_code, procedure_code, channel, has_apology)
);
-- keys whose dossiers all closed are removed by the fold
create index dossier_open_due_stat_empty on dossier_open_due_stat (due_day) where open_count = 0;

create table dossier_open_due_pending (
    id              bigserial     primary key,
    due_day         date          not null,
    unit_code       varchar(60)   not null,
    unit_path       varchar(2000) collate "C" not null,
    procedure_code  varchar(60)   not null,
    field           varchar(300)  not null,
    channel         varchar(10)   not null,
    has_apology     boolean       not null,
    delta           int           not null
);
alter table dossier_open_due_pending set (autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 1000,
                                          autovacuum_vacuum_insert_threshold = 1000);

create function dossier_open_due_track() returns trigger language plpgsql as $$
declare
    was boolean := tg_op <> 'INSERT' and old.closed_at is null and old.received_at is not null and old.due_at is not null;
    is_now boolean := tg_op <> 'DELETE' and new.closed_at is null and new.received_at is not null and new.due_at is not null;
begin
    if was and is_now
            and (old.due_at at time zone 'Asia/Ho_Chi_Minh')::date = (new.due_at at time zone 'Asia/Ho_Chi_Minh')::date
            and old.receiving_unit_code = new.receiving_unit_code and old.receiving_unit_path = new.receiving_unit_path
            and old.procedure_code = new.procedure_code and old.field = new.field and old.channel = new.channel
            and old.has_apology = new.has_apology then
        return null; -- the same key: nothing to count
    end if;
    if was then
        insert into dossier_open_due_pending (due_day, unit_code, unit_path, procedure_code, field, channel, has_apology, delta)
        values ((old.due_at at time zone 'Asia/Ho_Chi_Minh')::date, old.receiving_unit_code, old.receiving_unit_path,
                old.procedure_code, old.field, old.channel, old.has_apology, -1);
    end if;
    if is_now then
        insert into dossier_open_due_pending (due_day, unit_code, unit_path, procedure_code, field, channel, has_apology, delta)
        values ((new.due_at at time zone 'Asia/Ho_Chi_Minh')::date, new.receiving_unit_code, new.receiving_unit_path,
                new.procedure_code, new.field, new.channel, new.has_apology, 1);
    end if;
    return null;
end $$;

create trigger dossier_open_due_track
    after insert or update of closed_at, received_at, due_at, has_apology, receiving_unit_code, receiving_unit_path,
        procedure_code, field, channel or delete
    on dossier for each row execute function dossier_open_due_track();

-- what is open now (at 10 M dossiers: the 323 k open ones, read from the partial index dossier_open_overdue; the
-- trigger above already holds its lock on dossier, so no write slips between the two)
insert into dossier_open_due_stat (due_day, unit_code, unit_path, procedure_code, field, channel, has_apology, open_count)
select (due_at at time zone 'Asia/Ho_Chi_Minh')::date, receiving_unit_code, max(receiving_unit_path), procedure_code,
       max(field), channel, has_apology, count(*)
  from dossier
 where closed_at is null and received_at is not null and due_at is not null
 group by 1, receiving_unit_code, procedure_code, channel, has_apology;
