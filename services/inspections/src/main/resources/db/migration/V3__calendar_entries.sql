-- Official yearly calendar decisions for working-day deadlines (conclusion notice, remediation): days off moved
-- (nghỉ bù / hoán đổi), Saturdays worked (làm bù), extra days off. They override the statutory holidays
-- (Bộ luật Lao động 2019, computed in code) on their date. Managed by admin: GET/PUT /api/v1/inspections/calendar/{year}.
create table calendar_entry (
    entry_date  date          primary key,
    kind        varchar(20)   not null check (kind in ('HOLIDAY', 'COMPENSATORY_OFF', 'SWAPPED_WORKDAY')),
    note        varchar(500)  not null default '',
    updated_by  varchar(100),
    updated_at  timestamptz   not null default now()
);

-- 2026: TB 9441/TB-BNV, Quốc khánh 2026 — Monday 31/8 off, worked on Saturday 22/8.
insert into calendar_entry (entry_date, kind, note) values
    ('2026-08-31', 'COMPENSATORY_OFF', 'Hoán đổi, làm bù thứ Bảy 22/8/2026'),
    ('2026-08-22', 'SWAPPED_WORKDAY', 'Làm bù cho thứ Hai 31/8/2026');
