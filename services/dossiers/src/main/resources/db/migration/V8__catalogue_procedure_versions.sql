-- Every version of each procedure of the catalogue copy with its validity (docs/domain/procedure-versions.md):
-- a dossier is computed with the version in force on its day of receipt, not with the newest one.
-- catalogue_procedure stays the procedure's current row (state, abolition, search).
create table catalogue_procedure_version (
    code                   varchar(60)   not null references catalogue_procedure (code),
    content_version        int           not null,
    valid_from             date,                  -- first day in force; null only in rows copied from before validity was known
    valid_to               date,                  -- last day in force (inclusive); null = open
    decision_number        varchar(100),
    name                   varchar(1000) not null,
    field                  varchar(300)  not null,
    levels                 varchar(30)[] not null default '{}',
    deciding_agency_code   varchar(60),
    online_level           varchar(10)   not null default 'NONE',
    processing_time_value  numeric(8,2)  not null,
    processing_time_unit   varchar(20)   not null,
    afternoon_cutoff       time,
    internal_steps         jsonb         not null default '[]',
    fees                   jsonb         not null default '[]',
    sequence               bigint        not null,  -- ordering of the event that last wrote the row; only a higher one changes it
    source_event_id        varchar(64)   not null,
    updated_at             timestamptz   not null,
    primary key (code, content_version)
);
create index catalogue_procedure_version_from on catalogue_procedure_version (code, valid_from);

-- The copy so far knew one version per procedure: keep it as that version (drafts have none).
insert into catalogue_procedure_version (code, content_version, valid_from, valid_to, name, field, levels,
                                         deciding_agency_code, online_level, processing_time_value, processing_time_unit,
                                         afternoon_cutoff, internal_steps, fees, sequence, source_event_id, updated_at)
select code, content_version, valid_from, null, name, field, levels, deciding_agency_code, online_level,
       processing_time_value, processing_time_unit, afternoon_cutoff, internal_steps, fees, version, source_event_id,
       updated_at
from catalogue_procedure
where state <> 'DRAFT';
