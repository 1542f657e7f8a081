-- The official calendar decisions are owned by dossiers (admin edits them there) and arrive on cchc.calendar.v1:
-- CalendarYearChanged, key '<province>:<year>', the whole year's entries, ordered by sequence. calendar_entry is now
-- a read-only copy of them per province ('VN' = national decisions, which apply under the province's own); the
-- admin PUT of V3 is gone. The rows of V3 (its 2026 seed, anything entered through the PUT) are dropped: dossiers
-- announces its own 2026 seed (VN:2026) at start-up, and any other decision is entered once, in dossiers.
delete from calendar_entry;
alter table calendar_entry drop constraint calendar_entry_pkey;
alter table calendar_entry add column province varchar(60) not null;
alter table calendar_entry add primary key (province, entry_date);
comment on column calendar_entry.updated_by is 'the event source (/cchc/dossiers) that wrote the row';

-- The version of each province's year held in calendar_entry: an event applies only with a higher sequence, so a
-- replayed or late (older) event changes nothing.
create table calendar_year (
    province    varchar(60)  not null,
    year        int          not null,
    sequence    bigint       not null,
    event_id    varchar(64)  not null,
    occurred_at timestamptz,
    applied_at  timestamptz  not null,
    primary key (province, year)
);
