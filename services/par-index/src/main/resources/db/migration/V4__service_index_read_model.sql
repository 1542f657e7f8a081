-- QĐ 766 has one implementation, in the dossiers service (docs/domain/qd766.md). par-index no longer computes it
-- from its own dossier aggregates: it keeps, per unit and period, the last index dossiers published on
-- cchc.service-index.v1 (ServiceIndex766EventV1, the payload of the highest sequence) and shows it.
-- The columns that only fed the old computation go: the e-result counters and the open/overdue stock.

create table service_index_result (
    unit_code    varchar(60)   not null,
    period       varchar(10)   not null,      -- 2026, 2026-Q2, 2026-05
    unit_path    varchar(1000) not null,
    period_from  date          not null,
    period_to    date          not null,
    sequence     bigint        not null,
    payload      jsonb         not null,      -- the ServiceIndex766EventV1 as received
    computed_at  timestamptz,
    updated_at   timestamptz   not null,
    primary key (unit_code, period)
);

drop index if exists dossier_fact_open;
alter table dossier_fact drop column e_result, drop column overdue;
alter table dossier_day drop column digitised_e_result, drop column e_result;
