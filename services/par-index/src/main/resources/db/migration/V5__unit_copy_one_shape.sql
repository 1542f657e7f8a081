-- unit_copy takes the one shape of every service's copy of cchc.units.v1 (entity vn.cchc.shared.units.UnitCopy, the
-- same in dossiers V12, inspections V5 and par-index V5): the unit as its latest event carries it, with its validity.
-- Rows are kept; columns are only widened or added. valid_from, successor_code and receives_dossiers stay null for
-- units copied before until their next event. The path index is rebuilt on the "C" collation (serves like '/H99/%').
drop index unit_copy_path;
alter table unit_copy
    alter column code type varchar(64),
    alter column parent_code type varchar(64),
    alter column path type varchar(2000) collate "C",
    add column valid_from date,
    add column successor_code varchar(64),
    add column receives_dossiers boolean;
create index unit_copy_path on unit_copy (path);
