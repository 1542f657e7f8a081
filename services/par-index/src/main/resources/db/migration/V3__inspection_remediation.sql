-- Remediation completion from the typed contract InspectionEventV1 (cchc.inspections.v1): one row per inspection
-- with the remediation totals of the event with the highest sequence seen (older or replayed events change nothing).
-- An inspection belongs to the year of its end date (ended_on, carried by every event), else of its conclusion
-- notice date, else its plan's year; period_year is that year, kept in step with the dates by the consumer.
create table inspection_remediation (
    inspection_id varchar(80)   primary key,
    unit_code     varchar(60)   not null,
    unit_path     varchar(1000) not null,
    sequence      bigint        not null,
    status        varchar(20),
    ended_on      date,
    concluded_on  date,
    plan_year     integer,
    period_year   integer       not null,
    total         integer       not null,
    completed     integer       not null,
    overdue       integer       not null,
    updated_at    timestamptz   not null
);

create index inspection_remediation_path on inspection_remediation (unit_path varchar_pattern_ops, period_year);

-- Items read by the former tolerant (by type name) consumer become per-inspection totals with sequence -1, so the
-- first typed event of the inspection (sequence >= 0) replaces them.
insert into inspection_remediation (inspection_id, unit_code, unit_path, sequence, status, ended_on, concluded_on,
                                    plan_year, period_year, total, completed, overdue, updated_at)
select inspection_ref, min(unit_code), min(unit_path), -1, null, null, null, null, min(year), count(*),
       sum(case when status = 'COMPLETED' then 1 else 0 end), sum(case when status = 'OVERDUE' then 1 else 0 end),
       max(last_event_at)
from remediation_fact
group by inspection_ref;

drop table remediation_fact;
