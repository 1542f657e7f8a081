-- Numbered forms and the dossier book (docs/domain/forms.md §2, §3).
--
-- Every numbered form of TT 03/2025 (Mẫu 01 TNHS, 02 PBS, 03 PTC, 04 PXL, 05 TBD) and every entry of the dossier
-- book (Mẫu 07, kind STHS) takes the next number of its own register: one row per issuing unit, kind and year,
-- incremented with INSERT … ON CONFLICT DO UPDATE … RETURNING in the transaction that writes the letter. The row lock
-- serialises issuers of the same unit, kind and year until commit, so two letters never share a number; a
-- rolled-back transaction also rolls back its increment. Numbers restart at 1 every year (local time, UTC+7).
create table document_register (
    unit_code    varchar(60) not null,
    kind         varchar(10) not null,
    year         int         not null,
    last_number  int         not null,
    primary key (unit_code, kind, year),
    constraint document_register_kind check (kind in ('TNHS', 'PBS', 'PTC', 'PXL', 'TBD', 'STHS')),
    constraint document_register_positive check (last_number > 0)
);

-- Letters record the unit that issued them and their place in that unit's register; the unique indexes are the
-- database's own guarantee that a number is never given twice.
alter table apology_letter add column issuing_unit_code varchar(60);
alter table apology_letter add column register_year int;
alter table apology_letter add column register_no int;
alter table dossier_notice add column issuing_unit_code varchar(60);
alter table dossier_notice add column register_year int;
alter table dossier_notice add column register_no int;

-- Sổ theo dõi hồ sơ (Mẫu 07): the entry a dossier got in the book of its receiving point at receipt (volume = the
-- year of receipt), and the number of its Giấy tiếp nhận (Mẫu 01), printed together on Mẫu 01.
create table dossier_book_entry (
    dossier_id  bigint      primary key references dossier (id),
    unit_code   varchar(60) not null,
    volume      int         not null,
    entry       int         not null,
    receipt_no  int         not null,
    constraint dossier_book_entry_once unique (unit_code, volume, entry),
    constraint dossier_book_receipt_once unique (unit_code, volume, receipt_no)
);

-- Existing rows, numbered deterministically by time (then id) within each unit, kind and year.
insert into dossier_book_entry (dossier_id, unit_code, volume, entry, receipt_no)
select id, receiving_unit_code, y, n, n
from (select id, receiving_unit_code,
             extract(year from received_at at time zone 'Asia/Ho_Chi_Minh')::int as y,
             row_number() over (partition by receiving_unit_code,
                                             extract(year from received_at at time zone 'Asia/Ho_Chi_Minh')
                                order by received_at, id)::int as n
      from dossier where received_at is not null) x;

-- Before this migration the apology was issued by the deciding unit (issue 11's rule): keep that as its issuer.
update apology_letter a set issuing_unit_code = x.unit, register_year = x.y, register_no = x.n, number = x.n || '/PXL'
from (select l.dossier_id, d.deciding_unit_code as unit,
             extract(year from l.issued_at at time zone 'Asia/Ho_Chi_Minh')::int as y,
             row_number() over (partition by d.deciding_unit_code,
                                             extract(year from l.issued_at at time zone 'Asia/Ho_Chi_Minh')
                                order by l.issued_at, l.dossier_id)::int as n
      from apology_letter l join dossier d on d.id = l.dossier_id) x
where a.dossier_id = x.dossier_id;

-- Mẫu 02, 03 and 05 are issued by the receiving point (the one-stop that sends them).
update dossier_notice t set issuing_unit_code = x.unit, register_year = x.y, register_no = x.n,
                            number = x.n || '/' || x.suffix
from (select o.id, d.receiving_unit_code as unit,
             case o.form when 'MAU02' then 'PBS' when 'MAU03' then 'PTC' else 'TBD' end as suffix,
             extract(year from o.issued_at at time zone 'Asia/Ho_Chi_Minh')::int as y,
             row_number() over (partition by d.receiving_unit_code, o.form,
                                             extract(year from o.issued_at at time zone 'Asia/Ho_Chi_Minh')
                                order by o.issued_at, o.id)::int as n
      from dossier_notice o join dossier d on d.id = o.dossier_id) x
where t.id = x.id;

alter table apology_letter alter column issuing_unit_code set not null;
alter table apology_letter alter column register_year set not null;
alter table apology_letter alter column register_no set not null;
alter table dossier_notice alter column issuing_unit_code set not null;
alter table dossier_notice alter column register_year set not null;
alter table dossier_notice alter column register_no set not null;
alter table apology_letter add constraint apology_letter_number_once unique (issuing_unit_code, register_year, register_no);
alter table dossier_notice add constraint dossier_notice_number_once unique (issuing_unit_code, form, register_year, register_no);

-- The registers continue after the numbers given above.
insert into document_register (unit_code, kind, year, last_number)
select unit_code, 'TNHS', volume, max(receipt_no) from dossier_book_entry group by unit_code, volume
union all
select unit_code, 'STHS', volume, max(entry) from dossier_book_entry group by unit_code, volume
union all
select issuing_unit_code, 'PXL', register_year, max(register_no) from apology_letter group by issuing_unit_code, register_year
union all
select issuing_unit_code, case form when 'MAU02' then 'PBS' when 'MAU03' then 'PTC' else 'TBD' end, register_year,
       max(register_no)
from dossier_notice group by issuing_unit_code, form, register_year;
