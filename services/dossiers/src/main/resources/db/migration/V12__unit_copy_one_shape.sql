-- unit_copy takes the one shape of every service's copy of cchc.units.v1 (entity vn.cchc.shared.units.UnitCopy, the
-- same in dossiers V12, inspections V5 and par-index V5): the unit as its latest event carries it, with its validity.
-- Rows are kept; columns are only widened or relaxed. Here: codes, name and kind as wide as in the other copies; kind,
-- level, valid_from and receives_dossiers may be null (units the other copies received before they had one shape).
alter table unit_copy
    alter column code type varchar(64),
    alter column name type varchar(500),
    alter column kind type varchar(30),
    alter column kind drop not null,
    alter column level drop not null,
    alter column parent_code type varchar(64),
    alter column valid_from drop not null,
    alter column successor_code type varchar(64),
    alter column receives_dossiers drop not null;
