-- Erasure of dossiers received in error (xoá hồ sơ tiếp nhận nhầm, docs/domain/dossier-erasure.md).
-- The dossier and its child rows are deleted; what stays is this log: who erased which code, when and why, with the
-- facts needed to explain the counts taken back (unit, procedure, channel, day received) and the gap left in the
-- receiving point's Mẫu 01 / Mẫu 07 numbering. No personal data: neither the applicant nor the request's content.
create table dossier_erasure (
    id                   bigserial     primary key,
    code                 varchar(40)   not null unique,
    last_version         bigint        not null,
    status               varchar(24)   not null,
    procedure_code       varchar(60)   not null,
    receiving_unit_code  varchar(60)   not null,
    receiving_unit_path  varchar(2000) collate "C" not null,
    channel              varchar(10)   not null,
    received_at          timestamptz,
    book_volume          int,
    book_entry           int,
    receipt_no           int,
    reason               varchar(500)  not null,
    erased_by            varchar(100)  not null,
    erased_at            timestamptz   not null
);
create index dossier_erasure_path on dossier_erasure (receiving_unit_path, erased_at);
-- notification.dossier_id had no index: every delete of a dossier (its foreign-key check) scanned the whole table.
create index if not exists notification_dossier on notification (dossier_id);
