-- Bộ tiêu chí Chỉ số CCHC: versioned by year, level and province. Criteria come with a later issue.
create table criteria_set (
    id          bigserial    primary key,
    code        varchar(60)  not null unique,
    name        varchar(500) not null,
    year        integer      not null,
    level       varchar(30)  not null,      -- e.g. PROVINCE_DEPARTMENT, COMMUNE
    province    varchar(20)  not null,      -- province unit code, e.g. H99
    max_points  numeric(7,2) not null,
    status      varchar(20)  not null,      -- DRAFT, ACTIVE, RETIRED
    created_at  timestamptz  not null,
    created_by  varchar(100) not null,
    constraint criteria_set_year check (year between 2000 and 2100),
    constraint criteria_set_points check (max_points > 0),
    constraint criteria_set_scope unique (province, year, level, code)
);
create index criteria_set_year_level on criteria_set (province, year, level);
