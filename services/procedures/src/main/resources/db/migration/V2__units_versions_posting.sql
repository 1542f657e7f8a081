-- Administrative units, procedure versions per publication decision, posting (niêm yết) compliance.

-- Levels are data: the province / district / commune structure changed on 1/7/2025 (two tiers),
-- district is kept for history.
create table unit_level (
    code        varchar(30)  primary key,
    name        varchar(200) not null,
    rank        int          not null,
    valid_from  date         not null,
    valid_to    date,
    constraint unit_level_validity check (valid_to is null or valid_to >= valid_from)
);
insert into unit_level (code, name, rank, valid_from, valid_to) values
    ('CENTRAL',  'Trung ương', 0, '1945-09-02', null),
    ('PROVINCE', 'Cấp tỉnh',   1, '1945-09-02', null),
    ('DISTRICT', 'Cấp huyện',  2, '1945-09-02', '2025-06-30'),
    ('COMMUNE',  'Cấp xã',     3, '1945-09-02', null);

-- Đơn vị: UBND tỉnh/xã (ADMINISTRATION), sở/ban/ngành (AGENCY), TTPVHCC / Bộ phận Một cửa (ONE_STOP).
-- path = '/H99/H99.X01/H99.X01.MC/' makes "this unit and its descendants" one indexed prefix match.
create table admin_unit (
    id                 bigserial    primary key,
    code               varchar(60)  not null unique,
    name               varchar(300) not null,
    kind               varchar(20)  not null,
    level_code         varchar(30)  not null references unit_level (code),
    parent_code        varchar(60)  references admin_unit (code) deferrable initially deferred,
    path               varchar(2000) not null,
    valid_from         date         not null,
    valid_to           date,
    successor_code     varchar(60)  references admin_unit (code) deferrable initially deferred,
    receives_dossiers  boolean      not null default false,
    fields             varchar(300)[] not null default '{}',
    search_text        text         not null,
    version            bigint       not null,
    updated_at         timestamptz  not null,
    updated_by         varchar(100) not null,
    constraint admin_unit_kind check (kind in ('ADMINISTRATION', 'AGENCY', 'ONE_STOP')),
    constraint admin_unit_validity check (valid_to is null or valid_to >= valid_from),
    constraint admin_unit_not_own_parent check (parent_code is null or parent_code <> code),
    constraint admin_unit_not_own_successor check (successor_code is null or successor_code <> code)
);
create index admin_unit_path on admin_unit (path text_pattern_ops);
create index admin_unit_parent on admin_unit (parent_code);

-- Quyết định công bố now covers any number of procedures through its items.
alter table publication_decision add column title varchar(1000);
alter table publication_decision add column issuer_code varchar(60);

create table decision_item (
    id                bigserial   primary key,
    decision_id       bigint      not null references publication_decision (id),
    procedure_id      bigint      not null references procedure (id),
    action            varchar(10) not null,
    version           int         not null,
    replaced_by       varchar(60),
    constraint decision_item_action check (action in ('PUBLISH', 'AMEND', 'ABOLISH', 'REPLACE')),
    constraint decision_item_once unique (decision_id, procedure_id)
);
create index decision_item_procedure on decision_item (procedure_id);

-- One row per version of a procedure. A draft has no validity yet; a published version is in force
-- from valid_from to valid_to (inclusive, null = open). Published rows are never rewritten, except
-- that a later decision closes valid_to.
create table procedure_version (
    id                     bigserial     primary key,
    procedure_id           bigint        not null references procedure (id),
    version                int           not null,
    draft                  boolean       not null,
    valid_from             date,
    valid_to               date,
    decision_id            bigint        references publication_decision (id),
    name                   varchar(1000) not null,
    field                  varchar(300)  not null,
    levels                 varchar(30)[] not null,
    deciding_agency_code   varchar(60),
    receiving_points       varchar(60)[] not null default '{}',
    channels               varchar(10)[] not null,
    online_level           varchar(10)   not null,
    full_online_eligible   boolean       not null default false,
    processing_time_value  numeric(8,2)  not null,
    processing_time_unit   varchar(20)   not null,
    statutory_time_value   numeric(8,2),
    statutory_time_unit    varchar(20),
    afternoon_cutoff       time,
    fees                   jsonb         not null default '[]',
    components             jsonb         not null default '[]',
    steps                  jsonb         not null default '[]',
    applicants             text,
    result_type            varchar(1000),
    paper_result_required  boolean       not null default true,
    conditions             text,
    legal_basis            jsonb         not null default '[]',
    internal_steps         jsonb         not null default '[]',
    search_text            text          not null,
    created_at             timestamptz   not null,
    created_by             varchar(100)  not null,
    constraint procedure_version_once unique (procedure_id, version),
    constraint procedure_version_time_positive check (processing_time_value > 0),
    constraint procedure_version_published_dated check (draft or valid_from is not null),
    constraint procedure_version_validity check (valid_to is null or valid_to >= valid_from)
);
create unique index procedure_version_one_draft on procedure_version (procedure_id) where draft;
create index procedure_version_in_force on procedure_version (valid_from, valid_to) where not draft;
create index procedure_version_field on procedure_version (field);

-- Existing rows (v0.1: one row per procedure) become version rows.
insert into procedure_version (procedure_id, version, draft, valid_from, decision_id, name, field, levels,
                               channels, online_level, processing_time_value, processing_time_unit,
                               search_text, created_at, created_by)
select p.id, 1, p.state = 'DRAFT',
       (select d.effective_date from publication_decision d where d.procedure_id = p.id order by d.id limit 1),
       (select d.id from publication_decision d where d.procedure_id = p.id order by d.id limit 1),
       p.name, p.field, array[p.level], array['DIRECT'], 'NONE', p.processing_time_value,
       p.processing_time_unit, p.search_text, p.created_at, p.created_by
from procedure p;

insert into decision_item (decision_id, procedure_id, action, version)
select d.id, d.procedure_id, 'PUBLISH', 1 from publication_decision d;

alter table publication_decision drop column procedure_id;
alter table publication_decision drop column kind;
alter table publication_decision drop column procedure_version;

-- The procedure row keeps identity and what is derived from its decisions.
alter table procedure add column base_code varchar(30);
alter table procedure add column latest_version int not null default 0;   -- last published version, 0 = none
alter table procedure add column abolished_on date;
alter table procedure add column replaced_by varchar(60);
alter table procedure add column event_sequence bigint not null default 0; -- increments with each event
update procedure set base_code = substring(code from '^[0-9]+\.[0-9]+'),
                     latest_version = case when state = 'DRAFT' then 0 else 1 end,
                     event_sequence = case when state = 'DRAFT' then 0 else 1 end;
alter table procedure drop column name;
alter table procedure drop column field;
alter table procedure drop column level;
alter table procedure drop column processing_time_value;
alter table procedure drop column processing_time_unit;
alter table procedure drop column state;
alter table procedure drop column search_text;
alter table procedure drop column version;
create index procedure_base_code on procedure (base_code);

-- Niêm yết: what each receiving point actually posts (maintained by its officers).
create table posting (
    id              bigserial    primary key,
    unit_code       varchar(60)  not null references admin_unit (code),
    procedure_id    bigint       not null references procedure (id),
    version         int          not null,
    posted_on       date         not null,
    posted_by       varchar(100) not null,
    constraint posting_once unique (unit_code, procedure_id)
);
create index posting_procedure on posting (procedure_id);

-- Last announced compliance result per unit: an event is written only when it changes.
create table compliance_snapshot (
    unit_code       varchar(60)  primary key references admin_unit (code),
    as_of           date         not null,
    fingerprint     varchar(64)  not null,
    required        int          not null,
    posted          int          not null,
    compliant       int          not null,
    updated_at      timestamptz  not null
);

-- Bulk imports: progress and the per-row error report survive the request.
create table import_job (
    id              uuid         primary key,
    file_name       varchar(300),
    format          varchar(10)  not null,
    status          varchar(12)  not null,
    phase           varchar(12)  not null default 'VALIDATING',
    total           int          not null default 0,
    processed       int          not null default 0,
    created         int          not null default 0,
    published       int          not null default 0,
    errors          jsonb        not null default '[]',
    started_at      timestamptz  not null,
    finished_at     timestamptz,
    started_by      varchar(100) not null
);
