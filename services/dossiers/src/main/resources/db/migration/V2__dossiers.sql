-- Dossiers (hồ sơ), their lifecycle, the working calendar, and the aggregates the reports read.
-- Sized for ~10 million dossiers per province: every list is by an indexed prefix of the unit path,
-- open dossiers have their own partial indexes, and period reports read daily aggregates.

-- What dossiers need from the catalogue beyond v0.1's columns.
alter table catalogue_procedure add column content_version int not null default 1;
alter table catalogue_procedure add column levels varchar(30)[] not null default '{}';
alter table catalogue_procedure add column deciding_agency_code varchar(60);
alter table catalogue_procedure add column online_level varchar(10) not null default 'NONE';
alter table catalogue_procedure add column afternoon_cutoff time;
alter table catalogue_procedure add column internal_steps jsonb not null default '[]';
alter table catalogue_procedure add column fees jsonb not null default '[]';
alter table catalogue_procedure add column valid_from date;
alter table catalogue_procedure add column abolished_on date;
comment on column catalogue_procedure.version is 'event ordering (sequence) of the last applied event';

-- Local copy of the unit tree from cchc.units.v1: jurisdiction (path prefix) and names.
create table unit_copy (
    code              varchar(60)   primary key,
    name              varchar(300)  not null,
    kind              varchar(20)   not null,
    level             varchar(30)   not null,
    parent_code       varchar(60),
    path              varchar(2000) collate "C" not null,
    valid_from        date          not null,
    valid_to          date,
    successor_code    varchar(60),
    receives_dossiers boolean       not null,
    version           bigint        not null,
    updated_at        timestamptz   not null
);
create index unit_copy_path on unit_copy (path);

-- Official calendar decisions per province ('VN' = national): days off moved, Saturdays worked.
create table calendar_entry (
    id             bigserial    primary key,
    province_code  varchar(60)  not null,
    day            date         not null,
    kind           varchar(20)  not null,
    note           varchar(500),
    created_at     timestamptz  not null,
    created_by     varchar(100) not null,
    constraint calendar_entry_kind check (kind in ('HOLIDAY', 'COMPENSATORY_OFF', 'SWAPPED_WORKDAY')),
    constraint calendar_entry_once unique (province_code, day)
);
-- TB 9441/TB-BNV (2025) for 2026: Quốc khánh 01–02/9 with Mon 31/8 off, worked in exchange on Sat 22/8.
-- (Tết Bính Ngọ 16–20/02 and the other statutory days follow from the rules in code.)
insert into calendar_entry (province_code, day, kind, note, created_at, created_by) values
    ('VN', '2026-08-31', 'COMPENSATORY_OFF', 'TB 9441/TB-BNV: nghỉ Thứ Hai 31/8/2026, làm bù Thứ Bảy 22/8/2026', now(), 'migration'),
    ('VN', '2026-08-22', 'SWAPPED_WORKDAY', 'TB 9441/TB-BNV: làm bù cho ngày nghỉ 31/8/2026', now(), 'migration');

create table dossier (
    id                     bigserial     primary key,
    code                   varchar(40)   not null unique,
    status                 varchar(24)   not null,
    procedure_code         varchar(60)   not null,
    procedure_version      int           not null,
    procedure_name         varchar(1000) not null,
    field                  varchar(300)  not null,
    receiving_unit_code    varchar(60)   not null,
    receiving_unit_path    varchar(2000) collate "C" not null,
    deciding_unit_code     varchar(60)   not null,
    deciding_unit_path     varchar(2000) collate "C" not null,
    channel                varchar(10)   not null,
    applicant_name         varchar(300)  not null,
    applicant_id_number    varchar(20),
    applicant_phone        varchar(20)   not null,
    applicant_email        varchar(200),
    applicant_address      varchar(500),
    content                varchar(2000),
    components             jsonb         not null default '[]',
    return_method          varchar(12),
    processing_time_value  numeric(8,2)  not null,
    processing_time_unit   varchar(20)   not null,
    afternoon_cutoff       time,
    submitted_at           timestamptz,
    received_at            timestamptz,
    clock_start_at         timestamptz,
    due_at                 timestamptz,
    extended_due_at        timestamptz,
    paused_since           timestamptz,
    supplement_requests    int           not null default 0,
    resolved_at            timestamptz,
    returned_at            timestamptz,
    closed_at              timestamptz,
    classification         varchar(10),
    has_apology            boolean       not null default false,
    overdue_marked_at      timestamptz,
    due_soon_alerted_at    timestamptz,
    digitised              boolean       not null default false,
    e_result               boolean       not null default false,
    external_client        varchar(100),
    external_id            varchar(100),
    form_set               varchar(20)   not null default 'TT03/2025',
    version                bigint        not null,
    created_at             timestamptz   not null,
    created_by             varchar(100)  not null,
    updated_at             timestamptz   not null,
    constraint dossier_external unique (external_client, external_id)
);
create index dossier_receiving_path on dossier (receiving_unit_path, received_at);
create index dossier_deciding_path on dossier (deciding_unit_path, received_at);
create index dossier_closed on dossier (closed_at);
-- open dossiers only: the worklist and the overdue watch never touch closed ones
create index dossier_open_due on dossier (due_at) where closed_at is null;
create index dossier_open_path on dossier (receiving_unit_path, due_at) where closed_at is null;

create table dossier_history (
    id           bigserial    primary key,
    dossier_id   bigint       not null references dossier (id),
    at           timestamptz  not null,
    actor        varchar(100) not null,
    action       varchar(30)  not null,
    from_status  varchar(24),
    to_status    varchar(24)  not null,
    note         varchar(2000)
);
create index dossier_history_dossier on dossier_history (dossier_id, at);

-- Clock pauses: waiting for supplements or for financial obligations (excluded from processing time).
create table dossier_pause (
    id           bigserial    primary key,
    dossier_id   bigint       not null references dossier (id),
    kind         varchar(20)  not null,
    from_at      timestamptz  not null,
    to_at        timestamptz,
    note         varchar(2000),
    constraint dossier_pause_kind check (kind in ('SUPPLEMENT', 'FINANCIAL'))
);
create index dossier_pause_dossier on dossier_pause (dossier_id);

-- Phiếu kiểm soát (Mẫu 06): each hand-over between steps, with the step's result against its budget.
create table dossier_handover (
    id             bigserial    primary key,
    dossier_id     bigint       not null references dossier (id),
    step_no        int          not null,
    step_name      varchar(500) not null,
    from_user      varchar(100) not null,
    from_unit      varchar(60),
    to_user        varchar(100),
    to_unit        varchar(60),
    at             timestamptz  not null,
    budget_hours   numeric(8,2),
    used_hours     numeric(8,2),
    result         varchar(10),
    note           varchar(2000)
);
create index dossier_handover_dossier on dossier_handover (dossier_id, step_no);

-- Mẫu 04: at most one apology and extension letter per dossier.
create table apology_letter (
    dossier_id       bigint        primary key references dossier (id),
    number           varchar(60)   not null,
    reason           varchar(2000) not null,
    original_due_at  timestamptz   not null,
    new_due_at       timestamptz   not null,
    signer           varchar(200)  not null,
    issued_by        varchar(100)  not null,
    issued_at        timestamptz   not null,
    timely           boolean       not null
);

-- Per-action documents (Mẫu 02 items, Mẫu 03 reasons, Mẫu 05 reason) kept for re-printing.
create table dossier_notice (
    id           bigserial    primary key,
    dossier_id   bigint       not null references dossier (id),
    form         varchar(10)  not null,
    number       varchar(60)  not null,
    items        jsonb        not null default '[]',
    reason       varchar(2000),
    issued_at    timestamptz  not null,
    issued_by    varchar(100) not null
);
create index dossier_notice_dossier on dossier_notice (dossier_id, form);

create table dossier_rating (
    dossier_id    bigint       primary key references dossier (id),
    answers       jsonb        not null,
    dissatisfied  boolean      not null,
    rated_at      timestamptz  not null
);

-- Dossier codes: one sequence per deciding unit and day (…-YYMMDD-XXXX).
create table dossier_counter (
    unit_code  varchar(60) not null,
    day        date        not null,
    last       int         not null,
    primary key (unit_code, day)
);

-- Integration API: a retried request with the same key returns the first answer.
create table idempotency_record (
    client_id      varchar(100) not null,
    key            varchar(200) not null,
    request_hash   varchar(64)  not null,
    dossier_code   varchar(40)  not null,
    created_at     timestamptz  not null,
    primary key (client_id, key)
);

-- Notifications to the citizen, sent after commit and retried; never block the dossier.
create table notification (
    id              bigserial     primary key,
    dossier_id      bigint        not null references dossier (id),
    channel         varchar(10)   not null,
    recipient       varchar(200)  not null,
    template        varchar(30)   not null,
    subject         varchar(300)  not null,
    body            text          not null,
    status          varchar(10)   not null,
    attempts        int           not null default 0,
    next_attempt_at timestamptz   not null,
    last_error      varchar(1000),
    created_at      timestamptz   not null,
    sent_at         timestamptz
);
create index notification_pending on notification (next_attempt_at) where status = 'PENDING';

-- Flow counts per day, receiving unit, procedure and channel, incremented in the transaction of each
-- transition; the period report sums them instead of scanning dossiers.
create table dossier_daily_stat (
    day                   date         not null,
    unit_code             varchar(60)  not null,
    unit_path             varchar(2000) collate "C" not null,
    procedure_code        varchar(60)  not null,
    field                 varchar(300) not null,
    channel               varchar(10)  not null,
    received              int not null default 0,
    resolved_early        int not null default 0,
    resolved_on_time      int not null default 0,
    resolved_late         int not null default 0,
    late_with_apology     int not null default 0,
    late_without_apology  int not null default 0,
    refused               int not null default 0,
    withdrawn             int not null default 0,
    stopped               int not null default 0,
    returned              int not null default 0,
    digitised             int not null default 0,
    e_result              int not null default 0,
    rated                 int not null default 0,
    rated_dissatisfied    int not null default 0,
    primary key (day, unit_code, procedure_code, channel)
);
create index dossier_daily_stat_path on dossier_daily_stat (unit_path, day);
