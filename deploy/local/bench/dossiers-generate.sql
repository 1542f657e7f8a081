-- SQL of the dossiers benchmark (deploy/local/bench/dossiers.mjs), database cchc_dossiers.
-- The script cuts this file at the "-- @@ name" markers and runs the pieces with psql, passing psql
-- variables (-v): run (run id), nproc (number of procedures to use), lo / hi (row numbers of a batch, or the
-- id range to scan), filter (an SQL condition on d.*, e.g. d.code like 'BENCH-KX2A9Q1B-%'), and the dates of
-- the report queries. Every synthetic dossier has a code 'BENCH-<run>-<row number>'; dossiers received
-- through the API by the benchmark have content 'BENCH-INTAKE <run> …'. Nothing here touches other rows.
-- ":agg_select" is not a psql variable: the script replaces it with the agg_select piece before running
-- stats_add or cleanup_chunk.

-- @@ check
-- The receiving points of the demo province and their parents (deciding units); procedures that accept dossiers.
select 'unit', mc.code, mc.path, coalesce(dec.code, ''), coalesce(dec.path, '')
from unit_copy mc left join unit_copy dec on dec.code = mc.parent_code
where mc.code in ('H99.X01.MC', 'H99.X02.MC', 'H99.X03.MC', 'H99.X04.MC', 'H99.X05.MC',
                  'H99.X06.MC', 'H99.X07.MC', 'H99.X08.MC', 'H99.X09.MC', 'H99.X10.MC')
order by mc.code;
select 'procedures', count(*), count(*) filter (where code = '1.001193.000.00.00.H99'), '', ''
from catalogue_procedure where state in ('IN_FORCE', 'AMENDED');

-- @@ batch
-- Rows :lo … :hi of run :run, one statement (= one transaction). Per row, uniform random numbers pick:
--   r1 state: 3 % open; 1 % refused, 0.3 % withdrawn, 0.2 % stopped; the rest resolved (5 % of them not yet
--      returned, status RESOLVED; 95 % RETURNED);
--   r2 classification of resolved ones: 70 % EARLY, 20 % ON_TIME, 10 % LATE (40 % of late ones with an apology);
--   r3 channel: 55 % DIRECT, 40 % ONLINE, 5 % POSTAL;
--   r4 received time: closed ones uniformly over the last 5 years; open ones within 1.3 × the processing time,
--      so ≈ 23 % of open dossiers are past due (they are marked overdue already, as the watch would have done);
--   r5 when it was resolved / closed, and the status of open ones (30 % RECEIVED, 55 % PROCESSING,
--      10 % SUPPLEMENT_REQUESTED, 5 % FINANCIAL_OBLIGATION);
--   r6 return delay; r7 apology; pk the procedure: Zipf-like over the first :nproc procedures in force ordered
--      by code (the k-th gets a share ∝ 1/k: with 2,000 procedures the first 10 get ≈ 30 %, the first 100 ≈ 60 %).
-- Receiving point: row number mod 10 (H99.X01.MC … H99.X10.MC); deciding unit: its parent (H99.X01 …).
-- Closed dossiers whose computed end would be in the future are moved back in time as a whole.
-- Processing time in calendar days: WORKING_DAYS × 1.4, HOURS / 8 × 1.4, DAYS × 1, MONTHS × 30.
with u as (
    select (row_number() over (order by mc.code) - 1)::int as k, mc.code as rcode, mc.path as rpath,
           dec.code as dcode, dec.path as dpath, dec.name as dname
    from unit_copy mc join unit_copy dec on dec.code = mc.parent_code
    where mc.code in ('H99.X01.MC', 'H99.X02.MC', 'H99.X03.MC', 'H99.X04.MC', 'H99.X05.MC',
                      'H99.X06.MC', 'H99.X07.MC', 'H99.X08.MC', 'H99.X09.MC', 'H99.X10.MC')
), p as (
    select (row_number() over (order by code) - 1)::int as k, code, content_version, name, field,
           processing_time_value, processing_time_unit, afternoon_cutoff,
           greatest(0.2, case processing_time_unit
               when 'WORKING_DAYS' then processing_time_value * 1.4
               when 'HOURS' then processing_time_value / 8.0 * 1.4
               when 'DAYS' then processing_time_value
               when 'MONTHS' then processing_time_value * 30
               else processing_time_value * 1.4 end)::float8 as pt_days
    from catalogue_procedure where state in ('IN_FORCE', 'AMENDED')
    order by code
    limit :nproc
)
insert into dossier (code, status, procedure_code, procedure_version, procedure_name, field,
                     receiving_unit_code, receiving_unit_path, deciding_unit_code, deciding_unit_path, channel,
                     applicant_name, applicant_id_number, applicant_phone, applicant_email, applicant_address,
                     content, components, return_method, processing_time_value, processing_time_unit, afternoon_cutoff,
                     submitted_at, received_at, clock_start_at, due_at, paused_since, supplement_requests,
                     resolved_at, returned_at, closed_at, classification, has_apology, overdue_marked_at,
                     due_soon_alerted_at, digitised, e_result, version, created_at, created_by, updated_at)
select 'BENCH-' || :'run' || '-' || lpad(g.i::text, 9, '0'),
       s.status, p.code, p.content_version, p.name, p.field,
       u.rcode, u.rpath, u.dcode, u.dpath, k.channel,
       (array['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ'])[1 + (g.i % 12)::int]
           || ' ' || (array['Văn', 'Thị', 'Minh', 'Thu', 'Hữu', 'Ngọc', 'Đức', 'Thanh'])[1 + ((g.i / 12) % 8)::int]
           || ' ' || (array['An', 'Bình', 'Chi', 'Dũng', 'Giang', 'Hà', 'Hùng', 'Lan', 'Mai', 'Nam', 'Phúc', 'Quân',
                            'Sơn', 'Thảo', 'Trang', 'Yến'])[1 + ((g.i / 96) % 16)::int],
       lpad((g.i % 1000000000000)::text, 12, '0'),
       '09' || lpad((g.i % 100000000)::text, 8, '0'),
       case when k.channel = 'ONLINE' then 'bench' || g.i || '@example.invalid' end,
       'Thôn ' || (1 + g.i % 20) || ', ' || u.dname,
       'BENCH ' || :'run',
       '[{"name": "Tờ khai", "copies": 1}, {"name": "Giấy tờ kèm theo", "copies": 1}]'::jsonb,
       case k.channel when 'ONLINE' then 'ELECTRONIC' when 'POSTAL' then 'POSTAL' else 'DIRECT' end,
       p.processing_time_value, p.processing_time_unit, p.afternoon_cutoff,
       t.received, t.received, t.received, t.due,
       case when s.status in ('SUPPLEMENT_REQUESTED', 'FINANCIAL_OBLIGATION') then t.received + (now() - t.received) * 0.5 end,
       case when s.status = 'SUPPLEMENT_REQUESTED' then 1 else 0 end,
       t.resolved, t.returned, t.closed,
       case when k.kind in ('RESOLVED', 'RETURNED') then k.cls end,
       k.kind in ('RESOLVED', 'RETURNED') and k.cls = 'LATE' and g.r7 < 0.4,
       case when k.kind = 'OPEN' and s.status in ('RECEIVED', 'PROCESSING') and t.due < now()
            then least(now(), t.due + interval '1 minute') end,
       case when k.kind = 'OPEN' and s.status in ('RECEIVED', 'PROCESSING') and t.due >= now()
                 and t.due < now() + interval '3 days' then now() end,
       k.channel <> 'DIRECT' or g.r3 < 0.2,
       t.resolved is not null,
       1, t.received, 'bench', coalesce(t.returned, t.closed, t.received)
from (select i, random() as r1, random() as r2, random() as r3, random() as r4, random() as r5, random() as r6,
             random() as r7, (i % 10)::int as uk,
             least(:nproc - 1, floor(exp(random() * ln(:nproc + 1)))::int - 1) as pk
      from generate_series(:lo::bigint, :hi::bigint) as i
      offset 0) g -- a fence: each random() is drawn once per row, not again wherever a column is used
join u on u.k = g.uk
join p on p.k = g.pk
cross join lateral (select
    case when g.r1 < 0.03 then 'OPEN' when g.r1 < 0.04 then 'REFUSED' when g.r1 < 0.043 then 'WITHDRAWN'
         when g.r1 < 0.045 then 'STOPPED' when g.r1 < 0.045 + 0.955 * 0.05 then 'RESOLVED' else 'RETURNED' end as kind,
    case when g.r2 < 0.7 then 'EARLY' when g.r2 < 0.9 then 'ON_TIME' else 'LATE' end as cls,
    case when g.r3 < 0.55 then 'DIRECT' when g.r3 < 0.95 then 'ONLINE' else 'POSTAL' end as channel) k
cross join lateral (select
    case when k.kind = 'OPEN' then now() - make_interval(secs => g.r4 * p.pt_days * 1.3 * 86400)
         else now() - make_interval(secs => g.r4 * 5 * 365.25 * 86400) end as received) t0
cross join lateral (select t0.received + make_interval(secs => p.pt_days * 86400) as due) t1
cross join lateral (select
    case when k.kind in ('RESOLVED', 'RETURNED') then
             case k.cls
                 when 'EARLY' then t0.received + make_interval(secs => p.pt_days * (0.1 + 0.8 * g.r5) * 86400)
                 when 'ON_TIME' then greatest(t0.received + interval '10 minutes', t1.due - make_interval(secs => g.r5 * 4 * 3600))
                 else t1.due + make_interval(secs => (0.5 + 10 * g.r5) * 86400) end
         when k.kind = 'REFUSED' then t0.received + make_interval(secs => g.r5 * 7200)
         when k.kind in ('WITHDRAWN', 'STOPPED') then t0.received + make_interval(secs => g.r5 * p.pt_days * 86400)
    end as closed) t2
cross join lateral (select case when k.kind = 'RETURNED' then t2.closed + make_interval(secs => g.r6 * 3 * 86400) end
                    as returned) t3
cross join lateral (select greatest(interval '0', coalesce(t3.returned, t2.closed) - now() + make_interval(secs => 60 + g.r6 * 3600))
                    as shift) t4
cross join lateral (select t0.received - t4.shift as received, t1.due - t4.shift as due,
                           case when k.kind in ('RESOLVED', 'RETURNED') then t2.closed - t4.shift end as resolved,
                           t3.returned - t4.shift as returned, t2.closed - t4.shift as closed) t
cross join lateral (select
    case when k.kind <> 'OPEN' then k.kind
         when g.r5 < 0.30 then 'RECEIVED' when g.r5 < 0.85 then 'PROCESSING'
         when g.r5 < 0.95 then 'SUPPLEMENT_REQUESTED' else 'FINANCIAL_OBLIGATION' end as status) s;

-- @@ agg_select
-- The daily counters of the dossiers with id between :lo and :hi matching :filter, exactly as StatsRecorder
-- records them: received (+ digitised) on the day received; early / on time / late (+ late with or without
-- apology, + e_result) on the day resolved; refused / withdrawn / stopped on the day closed; returned on the
-- day returned. Days in Vietnam time. One row per key of dossier_daily_stat.
select e.day, d.receiving_unit_code as unit_code, min(d.receiving_unit_path) as unit_path, d.procedure_code,
       min(d.field) as field, d.channel,
       sum(e.received)::int as received, sum(e.early)::int as resolved_early, sum(e.on_time)::int as resolved_on_time,
       sum(e.late)::int as resolved_late, sum(e.late_apology)::int as late_with_apology,
       sum(e.late_no_apology)::int as late_without_apology, sum(e.refused)::int as refused,
       sum(e.withdrawn)::int as withdrawn, sum(e.stopped)::int as stopped, sum(e.returned)::int as returned,
       sum(e.digitised)::int as digitised, sum(e.e_result)::int as e_result, sum(e.closed)::int as closed
from dossier d
cross join lateral (
    select (v.at at time zone 'Asia/Ho_Chi_Minh')::date as day, v.*
    from (values
        (d.received_at, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, case when d.digitised then 1 else 0 end, 0, 0),
        (d.resolved_at, 0, case when d.classification = 'EARLY' then 1 else 0 end,
                           case when d.classification = 'ON_TIME' then 1 else 0 end,
                           case when d.classification = 'LATE' then 1 else 0 end,
                           case when d.classification = 'LATE' and d.has_apology then 1 else 0 end,
                           case when d.classification = 'LATE' and not d.has_apology then 1 else 0 end,
                           0, 0, 0, 0, 0, 1, 1),
        (case when d.status in ('REFUSED', 'WITHDRAWN', 'STOPPED') then d.closed_at end, 0, 0, 0, 0, 0, 0,
                           case when d.status = 'REFUSED' then 1 else 0 end,
                           case when d.status = 'WITHDRAWN' then 1 else 0 end,
                           case when d.status = 'STOPPED' then 1 else 0 end, 0, 0, 0,
                           case when d.received_at is not null then 1 else 0 end),
        (d.returned_at, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0)
    ) as v(at, received, early, on_time, late, late_apology, late_no_apology, refused, withdrawn, stopped, returned,
           digitised, e_result, closed)
    where v.at is not null
) e
where d.id between :lo and :hi and (:filter)
group by e.day, d.receiving_unit_code, d.procedure_code, d.channel

-- @@ stats_add
-- One statement: the aggregates of the new dossiers added to dossier_daily_stat (existing counters kept).
insert into dossier_daily_stat (day, unit_code, unit_path, procedure_code, field, channel, received, resolved_early,
                                resolved_on_time, resolved_late, late_with_apology, late_without_apology, refused,
                                withdrawn, stopped, returned, digitised, e_result, closed)
:agg_select
on conflict (day, unit_code, procedure_code, channel) do update set
    received = dossier_daily_stat.received + excluded.received,
    resolved_early = dossier_daily_stat.resolved_early + excluded.resolved_early,
    resolved_on_time = dossier_daily_stat.resolved_on_time + excluded.resolved_on_time,
    resolved_late = dossier_daily_stat.resolved_late + excluded.resolved_late,
    late_with_apology = dossier_daily_stat.late_with_apology + excluded.late_with_apology,
    late_without_apology = dossier_daily_stat.late_without_apology + excluded.late_without_apology,
    refused = dossier_daily_stat.refused + excluded.refused,
    withdrawn = dossier_daily_stat.withdrawn + excluded.withdrawn,
    stopped = dossier_daily_stat.stopped + excluded.stopped,
    returned = dossier_daily_stat.returned + excluded.returned,
    digitised = dossier_daily_stat.digitised + excluded.digitised,
    e_result = dossier_daily_stat.e_result + excluded.e_result,
    closed = dossier_daily_stat.closed + excluded.closed;

-- @@ cleanup_chunk
-- One transaction per id range: subtract the benchmark dossiers' counters (never below zero), drop the
-- counter rows left all zero, delete the dependent rows, then the dossiers. Only for rows loaded by SQL (codes
-- BENCH-<run>-…): never announced, no read model knows them. Dossiers received through the API are erased through
-- the API (POST /api/v1/dossiers/erasures, docs/domain/dossier-erasure.md), never here. A chunk is all or nothing, so an interrupted cleanup can simply be run again.
-- Needs a superuser (session_replication_role), as the local stack's postgres user is.
begin;
create temp table bench_agg on commit drop as
:agg_select;
update dossier_daily_stat s set
    received = greatest(0, s.received - a.received),
    resolved_early = greatest(0, s.resolved_early - a.resolved_early),
    resolved_on_time = greatest(0, s.resolved_on_time - a.resolved_on_time),
    resolved_late = greatest(0, s.resolved_late - a.resolved_late),
    late_with_apology = greatest(0, s.late_with_apology - a.late_with_apology),
    late_without_apology = greatest(0, s.late_without_apology - a.late_without_apology),
    refused = greatest(0, s.refused - a.refused),
    withdrawn = greatest(0, s.withdrawn - a.withdrawn),
    stopped = greatest(0, s.stopped - a.stopped),
    returned = greatest(0, s.returned - a.returned),
    digitised = greatest(0, s.digitised - a.digitised),
    e_result = greatest(0, s.e_result - a.e_result),
    closed = greatest(0, s.closed - a.closed)
from bench_agg a
where s.day = a.day and s.unit_code = a.unit_code and s.procedure_code = a.procedure_code and s.channel = a.channel;
delete from dossier_daily_stat s using bench_agg a
where s.day = a.day and s.unit_code = a.unit_code and s.procedure_code = a.procedure_code and s.channel = a.channel
  and s.received = 0 and s.resolved_early = 0 and s.resolved_on_time = 0 and s.resolved_late = 0
  and s.late_with_apology = 0 and s.late_without_apology = 0 and s.refused = 0 and s.withdrawn = 0
  and s.stopped = 0 and s.returned = 0 and s.digitised = 0 and s.e_result = 0 and s.rated = 0
  and s.rated_dissatisfied = 0 and s.closed = 0;
create temp table bench_ids on commit drop as
select d.id from dossier d where d.id between :lo and :hi and (:filter);
-- Lock the dossiers first: from here on nobody can add a row that refers to them (a foreign-key check takes a
-- share lock on the dossier, so it waits for this transaction and then fails). Their dependent rows are then
-- deleted explicitly, so the per-row foreign-key triggers on the final delete (seven checks per dossier, one of
-- them a sequential scan of notification, whose dossier_id has no index) can be skipped: 10–15× faster.
select count(*) from (select id from dossier where id in (select id from bench_ids) for update) locked;
set local session_replication_role = replica;
delete from dossier_history where dossier_id in (select id from bench_ids);
delete from dossier_pause where dossier_id in (select id from bench_ids);
delete from dossier_handover where dossier_id in (select id from bench_ids);
delete from dossier_notice where dossier_id in (select id from bench_ids);
delete from apology_letter where dossier_id in (select id from bench_ids);
delete from dossier_rating where dossier_id in (select id from bench_ids);
delete from notification where dossier_id in (select id from bench_ids);
delete from dossier_book_entry where dossier_id in (select id from bench_ids);
delete from dossier where id in (select id from bench_ids);
select 'deleted', count(*) from bench_ids;
commit;

-- @@ report_flows
-- Shape of ReportQueries.flows (groupBy UNIT), for EXPLAIN ANALYZE: the unit rollups of a subtree, here the
-- month rows of the period (the service cuts a period into day, month and year slices of the same table).
select unit_code, sum(received) filter (where channel = 'ONLINE'), sum(received) filter (where channel = 'DIRECT'),
       sum(received) filter (where channel = 'POSTAL'), sum(resolved_early), sum(resolved_on_time),
       sum(resolved_late), sum(late_with_apology), sum(late_without_apology), sum(refused), sum(withdrawn),
       sum(stopped), sum(digitised), sum(e_result), sum(rated), sum(rated_dissatisfied), sum(closed)
from dossier_unit_stat
where unit_path like :'scope' and grain = 'M' and period between date_trunc('month', :'from'::date) and :'to'::date
group by 1

-- @@ report_stocks
-- Copy of the overdue part of ReportQueries.stocks (groupBy UNIT), for EXPLAIN ANALYZE: dossiers in progress at
-- the period's end and past due then: still open, or closed after the end but late. (Carried over and in
-- progress come from the rollups.)
select k, count(*), count(*) filter (where has_apology)
from (select receiving_unit_code as k, has_apology from dossier
      where closed_at is null and receiving_unit_path like :'scope' and received_at <= :'end' and due_at < :'ref'
      union all
      select receiving_unit_code as k, has_apology from dossier
      where closed_at > :'end' and closed_at > due_at and receiving_unit_path like :'scope' and received_at <= :'end'
        and due_at < :'ref') d
group by k
