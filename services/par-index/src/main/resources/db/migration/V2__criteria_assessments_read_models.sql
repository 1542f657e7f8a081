-- Criteria trees, assessments with per-criterion scores and evidence, survey results, and the read models
-- fed by other services' events (units, dossier aggregates per unit and day, procedures, postings, inspections).

alter table criteria_set add column issuing_decision varchar(200);
alter table criteria_set add column sample boolean not null default false;
alter table criteria_set add column note text;
alter table criteria_set add column updated_at timestamptz;

-- lĩnh vực → tiêu chí → tiêu chí thành phần; a leaf carries a method and a rule (JSON), inner nodes add up.
create table criteria_node (
    id             bigserial     primary key,
    set_id         bigint        not null references criteria_set (id) on delete cascade,
    parent_id      bigint        references criteria_node (id) on delete cascade,
    code           varchar(30)   not null,
    name           varchar(1000) not null,
    depth          integer       not null,
    position       integer       not null,
    max_points     numeric(7,2)  not null,
    method         varchar(20),           -- SELF_APPRAISED, AUTOMATIC, SURVEY (leaves)
    indicator_key  varchar(60),
    rule_type      varchar(20),           -- QUANTITATIVE, YES_NO, COUNT, BONUS, PENALTY, MANUAL (leaves)
    rule_json      text,
    sample         boolean       not null default false,
    constraint criteria_node_code unique (set_id, code),
    constraint criteria_node_points check (max_points >= 0)
);
create index criteria_node_set on criteria_node (set_id, position);

-- Local copy of the unit tree (cchc.units.v1): jurisdiction by path, names, levels.
create table unit_copy (
    code        varchar(60)  primary key,
    name        varchar(500) not null,
    kind        varchar(30),
    level       varchar(30),
    parent_code varchar(60),
    path        varchar(1000) not null,
    valid_to    date,
    version     bigint       not null,
    updated_at  timestamptz  not null
);
create index unit_copy_path on unit_copy (path varchar_pattern_ops);

create table assessment (
    id               bigserial    primary key,
    set_id           bigint       not null references criteria_set (id),
    year             integer      not null,
    level            varchar(30)  not null,
    province         varchar(20)  not null,
    unit_code        varchar(60)  not null,
    unit_name        varchar(500) not null,
    unit_path        varchar(1000) not null,
    status           varchar(20)  not null,
    version          bigint       not null,
    missing_confirmed text,
    created_at       timestamptz  not null,
    created_by       varchar(100) not null,
    updated_at       timestamptz  not null,
    submitted_at     timestamptz,
    finalised_at     timestamptz,
    published_at     timestamptz,
    total_points     numeric(8,2),
    max_points       numeric(8,2),
    percent          numeric(6,2),
    rank_group       varchar(2),
    constraint assessment_one_per_set unique (set_id, unit_code),
    constraint assessment_status check (status in ('DRAFT','SUBMITTED','APPRAISED','EXPLANATION','REAPPRAISED','FINALISED','PUBLISHED'))
);
create index assessment_unit on assessment (unit_path varchar_pattern_ops);
create index assessment_year on assessment (province, year, level, status);

create table assessment_history (
    id            bigserial    primary key,
    assessment_id bigint       not null references assessment (id) on delete cascade,
    from_status   varchar(20),
    to_status     varchar(20)  not null,
    actor         varchar(100) not null,
    at            timestamptz  not null
);
create index assessment_history_a on assessment_history (assessment_id, at);

-- One row per leaf criterion of an assessment, created lazily. Values are the rule's inputs, scores the points.
create table criterion_score (
    id                  bigserial    primary key,
    assessment_id       bigint       not null references assessment (id) on delete cascade,
    code                varchar(30)  not null,
    self_value          numeric(12,2),
    self_score          numeric(7,2),
    self_note           text,
    appraised_value     numeric(12,2),
    appraised_score     numeric(7,2),
    appraiser_comment   text,
    explanation         text,
    reappraised_value   numeric(12,2),
    reappraised_score   numeric(7,2),
    reappraisal_comment text,
    auto_value          numeric(12,2),
    auto_numerator      bigint,
    auto_denominator    bigint,
    auto_source         varchar(100),
    auto_frozen         boolean      not null default false,
    final_score         numeric(7,2),
    updated_at          timestamptz  not null,
    updated_by          varchar(100) not null,
    constraint criterion_score_one unique (assessment_id, code)
);

create table evidence_document (
    id            uuid          primary key,
    assessment_id bigint        not null references assessment (id) on delete cascade,
    filename      varchar(255)  not null,
    content_type  varchar(150)  not null,
    size_bytes    bigint        not null,
    sha256        varchar(64)   not null,
    storage_key   varchar(300)  not null,
    uploaded_by   varchar(100)  not null,
    uploaded_at   timestamptz   not null
);
create index evidence_document_a on evidence_document (assessment_id);

-- One document may back any number of criteria (seed 000).
create table evidence_link (
    assessment_id bigint      not null references assessment (id) on delete cascade,
    code          varchar(30) not null,
    document_id   uuid        not null references evidence_document (id) on delete cascade,
    stage         varchar(12) not null,   -- SELF or EXPLANATION
    primary key (assessment_id, code, document_id)
);

-- SIPAS-style survey results per unit, year and item key (0 … 100).
create table survey_result (
    id           bigserial    primary key,
    year         integer      not null,
    unit_code    varchar(60)  not null,
    item_key     varchar(60)  not null,
    value        numeric(7,2) not null,
    respondents  integer,
    source       varchar(200),
    imported_at  timestamptz  not null,
    imported_by  varchar(100) not null,
    constraint survey_result_one unique (year, unit_code, item_key),
    constraint survey_result_value check (value between 0 and 100)
);

-- Latest state seen per dossier: only what it contributes to the aggregates (no personal data).
create table dossier_fact (
    code            varchar(80)   primary key,
    version         bigint        not null,
    unit_code       varchar(60)   not null,
    unit_path       varchar(1000) not null,
    received_day    date,
    resolved_day    date,
    online          boolean       not null,
    digitised       boolean       not null,
    e_result        boolean       not null,
    classification  varchar(10),
    timely_apology  boolean       not null,
    overdue         boolean       not null,
    dissatisfied    boolean,
    updated_at      timestamptz   not null
);
create index dossier_fact_open on dossier_fact (unit_path varchar_pattern_ops) where resolved_day is null;

-- Per unit and business day (Asia/Ho_Chi_Minh) counts; intake on the receiving day, outcomes on the resolution day.
create table dossier_day (
    unit_code                 varchar(60)   not null,
    day                       date          not null,
    unit_path                 varchar(1000) not null,
    received                  bigint        not null default 0,
    received_online           bigint        not null default 0,
    digitised                 bigint        not null default 0,
    digitised_e_result        bigint        not null default 0,
    e_result                  bigint        not null default 0,
    resolved                  bigint        not null default 0,
    resolved_on_time          bigint        not null default 0,
    resolved_late             bigint        not null default 0,
    late_with_timely_apology  bigint        not null default 0,
    rated                     bigint        not null default 0,
    dissatisfied              bigint        not null default 0,
    primary key (unit_code, day)
);
create index dossier_day_path on dossier_day (unit_path varchar_pattern_ops, day);

create table procedure_copy (
    code                 varchar(60)  primary key,
    sequence             bigint       not null,
    state                varchar(20)  not null,
    levels               varchar(300) not null,     -- ',COMMUNE,PROVINCE,'
    receiving_points     text         not null,     -- ',H99.X01.MC,H99.TTPV,'
    deciding_agency_code varchar(60),
    processing_value     numeric(8,2),
    processing_unit      varchar(20),
    statutory_value      numeric(8,2),
    statutory_unit       varchar(20),
    updated_at           timestamptz  not null
);

create table posting_state (
    unit_code  varchar(60)   primary key,
    unit_path  varchar(1000) not null,
    sequence   bigint        not null,
    as_of      date,
    required   integer       not null,
    compliant  integer       not null,
    updated_at timestamptz   not null
);

-- Remediation items (kiến nghị khắc phục) from cchc.inspections.v1, latest status by event time.
create table remediation_fact (
    inspection_ref varchar(80)   not null,
    item_ref       varchar(80)   not null,
    unit_code      varchar(60)   not null,
    unit_path      varchar(1000) not null,
    status         varchar(20)   not null,      -- OPEN, OVERDUE, COMPLETED
    due_date       date,
    year           integer       not null,
    last_event_at  timestamptz   not null,
    primary key (inspection_ref, item_ref)
);
