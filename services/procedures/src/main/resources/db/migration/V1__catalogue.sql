-- Thủ tục hành chính (TTHC). The code is an opaque string (e.g. 1.000948.H38, 2.000908.000.00.00.H61).
create table procedure (
    id                      bigserial    primary key,
    code                    varchar(60)  not null unique,
    name                    varchar(1000) not null,
    field                   varchar(300) not null,          -- lĩnh vực
    level                   varchar(30)  not null,          -- PROVINCE, COMMUNE, ... (data, not a fixed three)
    processing_time_value   numeric(8,2) not null,
    processing_time_unit    varchar(20)  not null,          -- HOURS, DAYS, WORKING_DAYS, MONTHS
    state                   varchar(20)  not null,          -- DRAFT, IN_FORCE, AMENDED, ABOLISHED
    version                 bigint       not null,
    search_text             text         not null,          -- code + name + field, diacritics folded
    created_at              timestamptz  not null,
    created_by              varchar(100) not null,
    updated_at              timestamptz  not null,
    constraint procedure_time_positive check (processing_time_value > 0)
);
create index procedure_state_field on procedure (state, field);

-- Quyết định công bố: each decision that changed a procedure, kept as history.
create table publication_decision (
    id              bigserial    primary key,
    procedure_id    bigint       not null references procedure (id),
    kind            varchar(20)  not null,                  -- PUBLISH (later AMEND, REPLACE, ABOLISH)
    number          varchar(100) not null,
    decision_date   date         not null,
    effective_date  date         not null,
    procedure_version bigint     not null,
    recorded_at     timestamptz  not null,
    recorded_by     varchar(100) not null,
    constraint decision_effective_after_signed check (effective_date >= decision_date)
);
create index publication_decision_procedure on publication_decision (procedure_id, recorded_at);
