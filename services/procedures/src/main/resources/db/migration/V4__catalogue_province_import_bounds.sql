-- Province scope of the catalogue: every procedure belongs to one catalogue, the province whose root unit
-- code it names ('H99') or 'VN' for the national catalogue. Only that province's catalogue staff (or, for
-- 'VN', a national-admin) write it; a receiving point must post procedures of its own province's catalogue
-- and of the national one.
alter table procedure add column catalogue varchar(60);

-- Existing rows: the province the code names as its last segment (national database convention,
-- 1.001193.000.00.00.H99), else the province of the deciding agency or of the first receiving point of the
-- latest version, else the only province when there is exactly one, else the national catalogue.
update procedure p set catalogue = coalesce(
    (select u.code from admin_unit u
      where u.parent_code is null and right(p.code, length(u.code) + 1) = '.' || u.code
      order by length(u.code) desc limit 1),
    (select split_part(u.path, '/', 2) from procedure_version v join admin_unit u on u.code = v.deciding_agency_code
      where v.procedure_id = p.id order by v.version desc limit 1),
    (select split_part(u.path, '/', 2) from procedure_version v join admin_unit u on u.code = v.receiving_points[1]
      where v.procedure_id = p.id order by v.version desc limit 1),
    (select min(u.code) from admin_unit u where u.parent_code is null and u.level_code <> 'CENTRAL'
      having count(*) = 1),
    'VN');
alter table procedure alter column catalogue set not null;
create index procedure_catalogue on procedure (catalogue);

-- Imports: whose catalogue the job writes (access to the job follows it) and the total number of errors
-- (the stored list keeps the first 1,000).
alter table import_job add column catalogue varchar(60);
alter table import_job add column error_total int not null default 0;
update import_job set error_total = jsonb_array_length(errors);
