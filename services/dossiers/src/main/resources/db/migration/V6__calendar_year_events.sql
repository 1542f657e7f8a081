-- The official calendar of a year (province_code 'VN' = national) is published on cchc.calendar.v1
-- (CalendarYearChanged, key '<province>:<year>', the whole year's entries) through the outbox, in the same
-- transaction as an admin's change. One row per year ever published: its last sequence. The row is locked by
-- each change of that year, so concurrent changes publish in commit order with increasing sequences.
-- Years with entries but no row here (the 2026 seed of V2, entries written before this migration) are
-- published once at start-up (CalendarEvents.publishUnpublished), independently of Flyway.
create table calendar_year (
    province_code varchar(60) not null,
    year          int         not null,
    sequence      bigint      not null,
    published_at  timestamptz not null,
    primary key (province_code, year)
);
