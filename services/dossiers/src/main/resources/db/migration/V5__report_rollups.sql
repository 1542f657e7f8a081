-- Reports at 10 million dossiers: the daily per-procedure aggregates stay the source of truth, and two
-- rollups are kept in step with them by statement triggers, in the same transaction as every write
-- (lifecycle, historical import, benchmark loader, cleanup):
--   dossier_stat_rollup  per month ('M') and year ('Y'), per unit, procedure and channel (reports by procedure);
--   dossier_unit_stat    per day ('D'), month ('M') and year ('Y'), per unit, field and channel (every other report).
-- A period is cut into at most five slices (days, months, years, months, days), so a five-year province report
-- sums a few thousand rows instead of millions, and carried-over stocks (everything before the period) as many.

create table dossier_stat_rollup (
    grain                 char(1)      not null check (grain in ('M', 'Y')),
    period                date         not null,
    unit_code             varchar(60)  not null,
    unit_path             varchar(2000) collate "C" not null,
    procedure_code        varchar(60)  not null,
    field                 varchar(300) not null,
    channel               varchar(10)  not null,
    received              bigint not null default 0,
    resolved_early        bigint not null default 0,
    resolved_on_time      bigint not null default 0,
    resolved_late         bigint not null default 0,
    late_with_apology     bigint not null default 0,
    late_without_apology  bigint not null default 0,
    refused               bigint not null default 0,
    withdrawn             bigint not null default 0,
    stopped               bigint not null default 0,
    returned              bigint not null default 0,
    digitised             bigint not null default 0,
    e_result              bigint not null default 0,
    rated                 bigint not null default 0,
    rated_dissatisfied    bigint not null default 0,
    closed                bigint not null default 0,
    primary key (grain, period, unit_code, procedure_code, channel)
);

create table dossier_unit_stat (
    grain                 char(1)      not null check (grain in ('D', 'M', 'Y')),
    period                date         not null,
    unit_code             varchar(60)  not null,
    unit_path             varchar(2000) collate "C" not null,
    field                 varchar(300) not null,
    channel               varchar(10)  not null,
    received              bigint not null default 0,
    resolved_early        bigint not null default 0,
    resolved_on_time      bigint not null default 0,
    resolved_late         bigint not null default 0,
    late_with_apology     bigint not null default 0,
    late_without_apology  bigint not null default 0,
    refused               bigint not null default 0,
    withdrawn             bigint not null default 0,
    stopped               bigint not null default 0,
    returned              bigint not null default 0,
    digitised             bigint not null default 0,
    e_result              bigint not null default 0,
    rated                 bigint not null default 0,
    rated_dissatisfied    bigint not null default 0,
    closed                bigint not null default 0,
    primary key (grain, period, unit_code, field, channel)
);

-- Folds the change of one statement on dossier_daily_stat (inserted rows, deleted rows, or new − old of updated
-- rows) into both rollups. Static statements (planned once per session), one branch per event: transition
-- tables are visible to the trigger function's own statements only. Generated text; the counters are those of
-- dossier_daily_stat.
create function dossier_stat_fold() returns trigger language plpgsql as $$
begin
    if TG_OP = 'INSERT' then
        with d as (select day, unit_code, unit_path, procedure_code, field, channel, received, resolved_early, resolved_on_time, resolved_late, late_with_apology, late_without_apology, refused, withdrawn, stopped, returned, digitised, e_result, rated, rated_dissatisfied, closed from new_rows)
        insert into dossier_stat_rollup (grain, period, unit_code, unit_path, procedure_code, field, channel, received, resolved_early, resolved_on_time, resolved_late, late_with_apology, late_without_apology, refused, withdrawn, stopped, returned, digitised, e_result, rated, rated_dissatisfied, closed)
        select g.grain, date_trunc(g.part, d.day)::date, d.unit_code, max(d.unit_path), d.procedure_code, max(d.field), d.channel, sum(received), sum(resolved_early), sum(resolved_on_time), sum(resolved_late), sum(late_with_apology), sum(late_without_apology), sum(refused), sum(withdrawn), sum(stopped), sum(returned), sum(digitised), sum(e_result), sum(rated), sum(rated_dissatisfied), sum(closed)
        from d cross join (values ('M', 'month'), ('Y', 'year')) g(grain, part)
        group by 1, 2, 3, 5, 7 order by 1, 2, 3, 5, 7
        on conflict (grain, period, unit_code, procedure_code, channel) do update set received = dossier_stat_rollup.received + excluded.received, resolved_early = dossier_stat_rollup.resolved_early + excluded.resolved_early, resolved_on_time = dossier_stat_rollup.resolved_on_time + excluded.resolved_on_time, resolved_late = dossier_stat_rollup.resolved_late + excluded.resolved_late, late_with_apology = dossier_stat_rollup.late_with_apology + excluded.late_with_apology, late_without_apology = dossier_stat_rollup.late_without_apology + excluded.late_without_apology, refused = dossier_stat_rollup.refused + excluded.refused, withdrawn = dossier_stat_rollup.withdrawn + excluded.withdrawn, stopped = dossier_stat_rollup.stopped + excluded.stopped, returned = dossier_stat_rollup.returned + excluded.returned, digitised = dossier_stat_rollup.digitised + excluded.digitised, e_result = dossier_stat_rollup.e_result + excluded.e_result, rated = dossier_stat_rollup.rated + excluded.rated, rated_dissatisfied = dossier_stat_rollup.rated_dissatisfied + excluded.rated_dissatisfied, closed = dossier_stat_rollup.closed + excluded.closed;
        with d as (select day, unit_code, unit_path, procedure_code, field, channel, received, resolved_early, resolved_on_time, resolved_late, late_with_apology, late_without_apology, refused, withdrawn, stopped, returned, digitised, e_result, rated, rated_dissatisfied, closed from new_rows)
        insert into dossier_unit_stat (grain, period, unit_code, unit_path, field, channel, received, resolved_early, resolved_on_time, resolved_late, late_with_apology, late_without_apology, refused, withdrawn, stopped, returned, digitised, e_result, rated, rated_dissatisfied, closed)
        select g.grain, date_trunc(g.part, d.day)::date, d.unit_code, max(d.unit_path), d.field, d.channel, sum(received), sum(resolved_early), sum(resolved_on_time), sum(resolved_late), sum(late_with_apology), sum(late_without_apology), sum(refused), sum(withdrawn), sum(stopped), sum(returned), sum(digitised), sum(e_result), sum(rated), sum(rated_dissatisfied), sum(closed)
        from d cross join (values ('D', 'day'), ('M', 'month'), ('Y', 'year')) g(grain, part)
        group by 1, 2, 3, 5, 6 order by 1, 2, 3, 5, 6
        on conflict (grain, period, unit_code, field, channel) do update set received = dossier_unit_stat.received + excluded.received, resolved_early = dossier_unit_stat.resolved_early + excluded.resolved_early, resolved_on_time = dossier_unit_stat.resolved_on_time + excluded.resolved_on_time, resolved_late = dossier_unit_stat.resolved_late + excluded.resolved_late, late_with_apology = dossier_unit_stat.late_with_apology + excluded.late_with_apology, late_without_apology = dossier_unit_stat.late_without_apology + excluded.late_without_apology, refused = dossier_unit_stat.refused + excluded.refused, withdrawn = dossier_unit_stat.withdrawn + excluded.withdrawn, stopped = dossier_unit_stat.stopped + excluded.stopped, returned = dossier_unit_stat.returned + excluded.returned, digitised = dossier_unit_stat.digitised + excluded.digitised, e_result = dossier_unit_stat.e_result + excluded.e_result, rated = dossier_unit_stat.rated + excluded.rated, rated_dissatisfied = dossier_unit_stat.rated_dissatisfied + excluded.rated_dissatisfied, closed = dossier_unit_stat.closed + excluded.closed;
    elsif TG_OP = 'DELETE' then
        with d as (select day, unit_code, unit_path, procedure_code, field, channel, -received as received, -resolved_early as resolved_early, -resolved_on_time as resolved_on_time, -resolved_late as resolved_late, -late_with_apology as late_with_apology, -late_without_apology as late_without_apology, -refused as refused, -withdrawn as withdrawn, -stopped as stopped, -returned as returned, -digitised as digitised, -e_result as e_result, -rated as rated, -rated_dissatisfied as rated_dissatisfied, -closed as closed from old_rows)
        insert into dossier_stat_rollup (grain, period, unit_code, unit_path, procedure_code, field, channel, received, resolved_early, resolved_on_time, resolved_late, late_with_apology, late_without_apology, refused, withdrawn, stopped, returned, digitised, e_result, rated, rated_dissatisfied, closed)
        select g.grain, date_trunc(g.part, d.day)::date, d.unit_code, max(d.unit_path), d.procedure_code, max(d.field), d.channel, sum(received), sum(resolved_early), sum(resolved_on_time), sum(resolved_late), sum(late_with_apology), sum(late_without_apology), sum(refused), sum(withdrawn), sum(stopped), sum(returned), sum(digitised), sum(e_result), sum(rated), sum(rated_dissatisfied), sum(closed)
        from d cross join (values ('M', 'month'), ('Y', 'year')) g(grain, part)
        group by 1, 2, 3, 5, 7 order by 1, 2, 3, 5, 7
        on conflict (grain, period, unit_code, procedure_code, channel) do update set received = dossier_stat_rollup.received + excluded.received, resolved_early = dossier_stat_rollup.resolved_early + excluded.resolved_early, resolved_on_time = dossier_stat_rollup.resolved_on_time + excluded.resolved_on_time, resolved_late = dossier_stat_rollup.resolved_late + excluded.resolved_late, late_with_apology = dossier_stat_rollup.late_with_apology + excluded.late_with_apology, late_without_apology = dossier_stat_rollup.late_without_apology + excluded.late_without_apology, refused = dossier_stat_rollup.refused + excluded.refused, withdrawn = dossier_stat_rollup.withdrawn + excluded.withdrawn, stopped = dossier_stat_rollup.stopped + excluded.stopped, returned = dossier_stat_rollup.returned + excluded.returned, digitised = dossier_stat_rollup.digitised + excluded.digitised, e_result = dossier_stat_rollup.e_result + excluded.e_result, rated = dossier_stat_rollup.rated + excluded.rated, rated_dissatisfied = dossier_stat_rollup.rated_dissatisfied + excluded.rated_dissatisfied, closed = dossier_stat_rollup.closed + excluded.closed;
        with d as (select day, unit_code, unit_path, procedure_code, field, channel, -received as received, -resolved_early as resolved_early, -resolved_on_time as resolved_on_time, -resolved_late as resolved_late, -late_with_apology as late_with_apology, -late_without_apology as late_without_apology, -refused as refused, -withdrawn as withdrawn, -stopped as stopped, -returned as returned, -digitised as digitised, -e_result as e_result, -rated as rated, -rated_dissatisfied as rated_dissatisfied, -closed as closed from old_rows)
        insert into dossier_unit_stat (grain, period, unit_code, unit_path, field, channel, received, resolved_early, resolved_on_time, resolved_late, late_with_apology, late_without_apology, refused, withdrawn, stopped, returned, digitised, e_result, rated, rated_dissatisfied, closed)
        select g.grain, date_trunc(g.part, d.day)::date, d.unit_code, max(d.unit_path), d.field, d.channel, sum(received), sum(resolved_early), sum(resolved_on_time), sum(resolved_late), sum(late_with_apology), sum(late_without_apology), sum(refused), sum(withdrawn), sum(stopped), sum(returned), sum(digitised), sum(e_result), sum(rated), sum(rated_dissatisfied), sum(closed)
        from d cross join (values ('D', 'day'), ('M', 'month'), ('Y', 'year')) g(grain, part)
        group by 1, 2, 3, 5, 6 order by 1, 2, 3, 5, 6
        on conflict (grain, period, unit_code, field, channel) do update set received = dossier_unit_stat.received + excluded.received, resolved_early = dossier_unit_stat.resolved_early + excluded.resolved_early, resolved_on_time = dossier_unit_stat.resolved_on_time + excluded.resolved_on_time, resolved_late = dossier_unit_stat.resolved_late + excluded.resolved_late, late_with_apology = dossier_unit_stat.late_with_apology + excluded.late_with_apology, late_without_apology = dossier_unit_stat.late_without_apology + excluded.late_without_apology, refused = dossier_unit_stat.refused + excluded.refused, withdrawn = dossier_unit_stat.withdrawn + excluded.withdrawn, stopped = dossier_unit_stat.stopped + excluded.stopped, returned = dossier_unit_stat.returned + excluded.returned, digitised = dossier_unit_stat.digitised + excluded.digitised, e_result = dossier_unit_stat.e_result + excluded.e_result, rated = dossier_unit_stat.rated + excluded.rated, rated_dissatisfied = dossier_unit_stat.rated_dissatisfied + excluded.rated_dissatisfied, closed = dossier_unit_stat.closed + excluded.closed;
    else
        with d as (select n.day, n.unit_code, n.unit_path, n.procedure_code, n.field, n.channel, n.received - o.received as received, n.resolved_early - o.resolved_early as resolved_early, n.resolved_on_time - o.resolved_on_time as resolved_on_time, n.resolved_late - o.resolved_late as resolved_late, n.late_with_apology - o.late_with_apology as late_with_apology, n.late_without_apology - o.late_without_apology as late_without_apology, n.refused - o.refused as refused, n.withdrawn - o.withdrawn as withdrawn, n.stopped - o.stopped as stopped, n.returned - o.returned as returned, n.digitised - o.digitised as digitised, n.e_result - o.e_result as e_result, n.rated - o.rated as rated, n.rated_dissatisfied - o.rated_dissatisfied as rated_dissatisfied, n.closed - o.closed as closed from new_rows n join old_rows o using (day, unit_code, procedure_code, channel))
        insert into dossier_stat_rollup (grain, period, unit_code, unit_path, procedure_code, field, channel, received, resolved_early, resolved_on_time, resolved_late, late_with_apology, late_without_apology, refused, withdrawn, stopped, returned, digitised, e_result, rated, rated_dissatisfied, closed)
        select g.grain, date_trunc(g.part, d.day)::date, d.unit_code, max(d.unit_path), d.procedure_code, max(d.field), d.channel, sum(received), sum(resolved_early), sum(resolved_on_time), sum(resolved_late), sum(late_with_apology), sum(late_without_apology), sum(refused), sum(withdrawn), sum(stopped), sum(returned), sum(digitised), sum(e_result), sum(rated), sum(rated_dissatisfied), sum(closed)
        from d cross join (values ('M', 'month'), ('Y', 'year')) g(grain, part)
        group by 1, 2, 3, 5, 7 order by 1, 2, 3, 5, 7
        on conflict (grain, period, unit_code, procedure_code, channel) do update set received = dossier_stat_rollup.received + excluded.received, resolved_early = dossier_stat_rollup.resolved_early + excluded.resolved_early, resolved_on_time = dossier_stat_rollup.resolved_on_time + excluded.resolved_on_time, resolved_late = dossier_stat_rollup.resolved_late + excluded.resolved_late, late_with_apology = dossier_stat_rollup.late_with_apology + excluded.late_with_apology, late_without_apology = dossier_stat_rollup.late_without_apology + excluded.late_without_apology, refused = dossier_stat_rollup.refused + excluded.refused, withdrawn = dossier_stat_rollup.withdrawn + excluded.withdrawn, stopped = dossier_stat_rollup.stopped + excluded.stopped, returned = dossier_stat_rollup.returned + excluded.returned, digitised = dossier_stat_rollup.digitised + excluded.digitised, e_result = dossier_stat_rollup.e_result + excluded.e_result, rated = dossier_stat_rollup.rated + excluded.rated, rated_dissatisfied = dossier_stat_rollup.rated_dissatisfied + excluded.rated_dissatisfied, closed = dossier_stat_rollup.closed + excluded.closed;
        with d as (select n.day, n.unit_code, n.unit_path, n.procedure_code, n.field, n.channel, n.received - o.received as received, n.resolved_early - o.resolved_early as resolved_early, n.resolved_on_time - o.resolved_on_time as resolved_on_time, n.resolved_late - o.resolved_late as resolved_late, n.late_with_apology - o.late_with_apology as late_with_apology, n.late_without_apology - o.late_without_apology as late_without_apology, n.refused - o.refused as refused, n.withdrawn - o.withdrawn as withdrawn, n.stopped - o.stopped as stopped, n.returned - o.returned as returned, n.digitised - o.digitised as digitised, n.e_result - o.e_result as e_result, n.rated - o.rated as rated, n.rated_dissatisfied - o.rated_dissatisfied as rated_dissatisfied, n.closed - o.closed as closed from new_rows n join old_rows o using (day, unit_code, procedure_code, channel))
        insert into dossier_unit_stat (grain, period, unit_code, unit_path, field, channel, received, resolved_early, resolved_on_time, resolved_late, late_with_apology, late_without_apology, refused, withdrawn, stopped, returned, digitised, e_result, rated, rated_dissatisfied, closed)
        select g.grain, date_trunc(g.part, d.day)::date, d.unit_code, max(d.unit_path), d.field, d.channel, sum(received), sum(resolved_early), sum(resolved_on_time), sum(resolved_late), sum(late_with_apology), sum(late_without_apology), sum(refused), sum(withdrawn), sum(stopped), sum(returned), sum(digitised), sum(e_result), sum(rated), sum(rated_dissatisfied), sum(closed)
        from d cross join (values ('D', 'day'), ('M', 'month'), ('Y', 'year')) g(grain, part)
        group by 1, 2, 3, 5, 6 order by 1, 2, 3, 5, 6
        on conflict (grain, period, unit_code, field, channel) do update set received = dossier_unit_stat.received + excluded.received, resolved_early = dossier_unit_stat.resolved_early + excluded.resolved_early, resolved_on_time = dossier_unit_stat.resolved_on_time + excluded.resolved_on_time, resolved_late = dossier_unit_stat.resolved_late + excluded.resolved_late, late_with_apology = dossier_unit_stat.late_with_apology + excluded.late_with_apology, late_without_apology = dossier_unit_stat.late_without_apology + excluded.late_without_apology, refused = dossier_unit_stat.refused + excluded.refused, withdrawn = dossier_unit_stat.withdrawn + excluded.withdrawn, stopped = dossier_unit_stat.stopped + excluded.stopped, returned = dossier_unit_stat.returned + excluded.returned, digitised = dossier_unit_stat.digitised + excluded.digitised, e_result = dossier_unit_stat.e_result + excluded.e_result, rated = dossier_unit_stat.rated + excluded.rated, rated_dissatisfied = dossier_unit_stat.rated_dissatisfied + excluded.rated_dissatisfied, closed = dossier_unit_stat.closed + excluded.closed;
    end if;
    return null;
end;
$$;

create trigger dossier_stat_fold_insert after insert on dossier_daily_stat
    referencing new table as new_rows for each statement execute function dossier_stat_fold();
create trigger dossier_stat_fold_update after update on dossier_daily_stat
    referencing old table as old_rows new table as new_rows for each statement execute function dossier_stat_fold();
create trigger dossier_stat_fold_delete after delete on dossier_daily_stat
    referencing old table as old_rows for each statement execute function dossier_stat_fold();

-- The rollups of what is already there.
insert into dossier_stat_rollup (grain, period, unit_code, unit_path, procedure_code, field, channel, received,
    resolved_early, resolved_on_time, resolved_late, late_with_apology, late_without_apology, refused, withdrawn,
    stopped, returned, digitised, e_result, rated, rated_dissatisfied, closed)
select g.grain, date_trunc(g.part, s.day)::date, s.unit_code, max(s.unit_path), s.procedure_code, max(s.field), s.channel,
       sum(received), sum(resolved_early), sum(resolved_on_time), sum(resolved_late), sum(late_with_apology),
       sum(late_without_apology), sum(refused), sum(withdrawn), sum(stopped), sum(returned), sum(digitised),
       sum(e_result), sum(rated), sum(rated_dissatisfied), sum(closed)
from dossier_daily_stat s cross join (values ('M', 'month'), ('Y', 'year')) g(grain, part)
group by 1, 2, 3, 5, 7;

insert into dossier_unit_stat (grain, period, unit_code, unit_path, field, channel, received,
    resolved_early, resolved_on_time, resolved_late, late_with_apology, late_without_apology, refused, withdrawn,
    stopped, returned, digitised, e_result, rated, rated_dissatisfied, closed)
select g.grain, date_trunc(g.part, s.day)::date, s.unit_code, max(s.unit_path), s.field, s.channel,
       sum(received), sum(resolved_early), sum(resolved_on_time), sum(resolved_late), sum(late_with_apology),
       sum(late_without_apology), sum(refused), sum(withdrawn), sum(stopped), sum(returned), sum(digitised),
       sum(e_result), sum(rated), sum(rated_dissatisfied), sum(closed)
from dossier_daily_stat s cross join (values ('D', 'day'), ('M', 'month'), ('Y', 'year')) g(grain, part)
group by 1, 2, 3, 5, 6;

-- Dossiers in progress and overdue at a period's end, read index-only: those still open (due before the
-- reference time), and those closed after the period that were then already past due (closed late).
create index dossier_open_overdue on dossier (due_at)
    include (received_at, receiving_unit_path, receiving_unit_code, field, procedure_code, channel, has_apology)
    where closed_at is null;
create index dossier_closed_late on dossier (closed_at)
    include (due_at, received_at, receiving_unit_path, receiving_unit_code, field, procedure_code, channel, has_apology)
    where closed_at > due_at;
