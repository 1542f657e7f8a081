-- Carried-over stocks from the aggregates: "closed" counts received dossiers that ended that day (resolved,
-- or refused / withdrawn / stopped after receipt), so carried over = Σ received − Σ closed before the period,
-- without reading dossiers closed long ago.
alter table dossier_daily_stat add column closed int not null default 0;
update dossier_daily_stat set closed = resolved_early + resolved_on_time + resolved_late;
update dossier_daily_stat s set closed = s.closed + x.n
from (select (closed_at at time zone 'Asia/Ho_Chi_Minh')::date as day, receiving_unit_code as unit_code, procedure_code,
             channel, count(*) as n
      from dossier where received_at is not null and status in ('REFUSED', 'WITHDRAWN', 'STOPPED')
      group by 1, 2, 3, 4) x
where s.day = x.day and s.unit_code = x.unit_code and s.procedure_code = x.procedure_code and s.channel = x.channel;

-- The overdue watch looks only at open dossiers not yet marked overdue (the backlog of marked ones is skipped).
create index dossier_overdue_watch on dossier (due_at) where closed_at is null and overdue_marked_at is null;
