-- Local copy of the TTHC catalogue, fed by cchc.procedures.v1. Dossiers read due-date inputs
-- (processing time and unit) from here, so intake keeps working when procedures is down.
create table catalogue_procedure (
    code                    varchar(60)   primary key,
    name                    varchar(1000) not null,
    field                   varchar(300)  not null,
    level                   varchar(30)   not null,
    state                   varchar(20)   not null,
    processing_time_value   numeric(8,2)  not null,
    processing_time_unit    varchar(20)   not null,
    version                 bigint        not null,       -- highest version applied; older events are ignored
    search_text             text          not null,
    source_event_id         varchar(64)   not null,
    source_event_time       timestamptz   not null,
    updated_at              timestamptz   not null
);
