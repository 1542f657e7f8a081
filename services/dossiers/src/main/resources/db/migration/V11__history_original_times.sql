-- A history step has two times (docs/domain/dossier-history.md §1): "at", when the step happened (for a dossier from
-- an older system, the time that system gives), and "recorded_at", when this service wrote it. Steps written before
-- this migration were written when they happened: recorded_at = at.
alter table dossier_history add column recorded_at timestamptz;
update dossier_history set recorded_at = at;
alter table dossier_history alter column recorded_at set not null;

-- backfill (re-runnable; HistoryBackfillTest runs the statements below on rows shaped as the old import wrote them)
-- Until now a dossier from another system (integration upsert or historical import) had its receipt step stamped
-- with the time it arrived here. The step moves to the receipt time; recorded_at keeps the arrival time.
update dossier_history h set at = d.received_at
  from dossier d
 where h.dossier_id = d.id and h.action = 'receive' and d.external_id is not null and d.received_at is not null
   and h.at <> d.received_at;

-- The old import wrote only the receipt and one 'import' step (from RECEIVED to the imported status) at the import
-- time. The steps the older system gave are added at their own times, recorded at the import time (the 'import' row).
insert into dossier_history (dossier_id, at, recorded_at, actor, action, from_status, to_status, note)
select i.dossier_id, a.issued_at, i.at, i.actor, 'apology',
       case when i.to_status in ('RESOLVED', 'RETURNED') and d.resolved_at <= a.issued_at
            then (case when i.to_status = 'RETURNED' and d.returned_at <= a.issued_at then 'RETURNED' else 'RESOLVED' end)
            else 'RECEIVED' end,
       case when i.to_status in ('RESOLVED', 'RETURNED') and d.resolved_at <= a.issued_at
            then (case when i.to_status = 'RETURNED' and d.returned_at <= a.issued_at then 'RETURNED' else 'RESOLVED' end)
            else 'RECEIVED' end,
       null
  from dossier_history i
  join dossier d on d.id = i.dossier_id
  join apology_letter a on a.dossier_id = i.dossier_id and a.reason = 'Nhập từ hệ thống cũ'
 where i.action = 'import'
   and not exists (select 1 from dossier_history x where x.dossier_id = i.dossier_id and x.action = 'apology');

insert into dossier_history (dossier_id, at, recorded_at, actor, action, from_status, to_status, note)
select i.dossier_id, d.resolved_at, i.at, i.actor, 'resolve', 'RECEIVED', 'RESOLVED', null
  from dossier_history i
  join dossier d on d.id = i.dossier_id
 where i.action = 'import' and i.to_status in ('RESOLVED', 'RETURNED') and d.resolved_at is not null
   and not exists (select 1 from dossier_history x where x.dossier_id = i.dossier_id and x.action = 'resolve');

insert into dossier_history (dossier_id, at, recorded_at, actor, action, from_status, to_status, note)
select i.dossier_id, d.returned_at, i.at, i.actor, 'return', 'RESOLVED', 'RETURNED', null
  from dossier_history i
  join dossier d on d.id = i.dossier_id
 where i.action = 'import' and i.to_status = 'RETURNED' and d.returned_at is not null
   and not exists (select 1 from dossier_history x where x.dossier_id = i.dossier_id and x.action = 'return');

insert into dossier_history (dossier_id, at, recorded_at, actor, action, from_status, to_status, note)
select i.dossier_id, d.closed_at, i.at, i.actor,
       case i.to_status when 'REFUSED' then 'refuse' when 'WITHDRAWN' then 'withdraw' else 'stop' end,
       'RECEIVED', i.to_status, null
  from dossier_history i
  join dossier d on d.id = i.dossier_id
 where i.action = 'import' and i.to_status in ('REFUSED', 'WITHDRAWN', 'STOPPED') and d.closed_at is not null
   and not exists (select 1 from dossier_history x where x.dossier_id = i.dossier_id
                      and x.action in ('refuse', 'withdraw', 'stop'));

-- The 'import' marker now leads from the status the added steps reached (a finished dossier: the same status).
update dossier_history set from_status = to_status
 where action = 'import' and to_status in ('RESOLVED', 'RETURNED', 'REFUSED', 'WITHDRAWN', 'STOPPED')
   and from_status is distinct from to_status
   and exists (select 1 from dossier_history x where x.dossier_id = dossier_history.dossier_id
                  and x.action in ('resolve', 'return', 'refuse', 'withdraw', 'stop'));
