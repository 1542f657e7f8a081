-- Checklist items (data, managed by admin), plans, teams, inspections, self-reports, findings,
-- conclusions, remediation, attachments; and the evidence read models fed by other services' events.

create table checklist_item (
    id          bigserial    primary key,
    group_code  varchar(40)  not null references content_group (code),
    code        varchar(60)  not null,
    text_vi     varchar(1000) not null,
    sort_order  integer      not null,
    valid_from  date         not null,
    valid_to    date,
    constraint checklist_item_code unique (group_code, code),
    constraint checklist_item_validity check (valid_to is null or valid_to >= valid_from)
);

insert into checklist_item (group_code, code, text_vi, sort_order, valid_from) values
    ('CHI_DAO_DIEU_HANH', 'KH_CCHC', 'Ban hành kế hoạch CCHC năm, kế hoạch tuyên truyền CCHC', 1, '2021-01-01'),
    ('CHI_DAO_DIEU_HANH', 'VB_CHI_DAO', 'Văn bản chỉ đạo, điều hành công tác CCHC; kiện toàn Ban chỉ đạo', 2, '2021-01-01'),
    ('CHI_DAO_DIEU_HANH', 'NHIEM_VU', 'Mức độ hoàn thành nhiệm vụ CCHC theo kế hoạch (số nhiệm vụ hoàn thành/tổng số)', 3, '2021-01-01'),
    ('CHI_DAO_DIEU_HANH', 'TU_CHAM_DIEM', 'Tự chấm điểm Chỉ số CCHC: tài liệu kiểm chứng, giải trình', 4, '2021-01-01'),
    ('THE_CHE', 'RA_SOAT_VBQPPL', 'Rà soát, tự kiểm tra văn bản quy phạm pháp luật', 1, '2021-01-01'),
    ('TTHC_MOT_CUA', 'NIEM_YET', 'Niêm yết công khai TTHC đúng Quyết định công bố (không còn TTHC hết hiệu lực, đủ TTHC mới)', 1, '2021-01-01'),
    ('TTHC_MOT_CUA', 'CO_SO_VAT_CHAT', 'Cơ sở vật chất, trang thiết bị Bộ phận Một cửa', 2, '2021-01-01'),
    ('TTHC_MOT_CUA', 'HO_SO_TRE_HAN', 'Hồ sơ trễ hẹn; thông báo gia hạn, thư xin lỗi công dân', 3, '2021-01-01'),
    ('TTHC_MOT_CUA', 'TRUC_TUYEN_BUU_CHINH', 'Tỷ lệ hồ sơ trực tuyến, qua dịch vụ bưu chính công ích; thanh toán trực tuyến', 4, '2021-01-01'),
    ('TTHC_MOT_CUA', 'SO_HOA', 'Số hóa hồ sơ, kết quả giải quyết TTHC và tái sử dụng dữ liệu', 5, '2021-01-01'),
    ('TTHC_MOT_CUA', 'CAP_NHAT_HE_THONG', 'Cập nhật đầy đủ thông tin hồ sơ trên Hệ thống thông tin giải quyết TTHC', 6, '2021-01-01'),
    ('TTHC_MOT_CUA', 'KHAO_SAT_HAI_LONG', 'Khảo sát, đánh giá mức độ hài lòng; xử lý phản ánh, kiến nghị', 7, '2021-01-01'),
    ('TTHC_MOT_CUA', 'CAT_GIAM_THOI_GIAN', 'Cắt giảm thời gian giải quyết TTHC', 8, '2021-01-01'),
    ('BO_MAY', 'SAP_XEP_TO_CHUC', 'Sắp xếp tổ chức bộ máy theo quy định (NĐ 107, 108, 120/2020)', 1, '2021-01-01'),
    ('CONG_VU', 'HO_SO_NHAN_SU', 'Cập nhật đầy đủ hồ sơ cán bộ, công chức trên phần mềm quản lý hồ sơ nhân sự', 1, '2021-01-01'),
    ('CONG_VU', 'CHUAN_CONG_CHUC', 'Cán bộ, công chức cấp xã đạt chuẩn', 2, '2021-01-01'),
    ('CONG_VU', 'VAN_HOA_CONG_VU', 'Văn hóa công vụ, kỷ luật, kỷ cương hành chính', 3, '2021-01-01'),
    ('TAI_CHINH_CONG', 'QUY_CHE_CHI_TIEU', 'Quy chế chi tiêu nội bộ; công khai ngân sách', 1, '2021-01-01'),
    ('CHINH_QUYEN_SO', 'VAN_BAN_DIEN_TU', 'Quản lý văn bản điện tử, tỷ lệ ký số văn bản', 1, '2021-01-01'),
    ('CHINH_QUYEN_SO', 'CONG_TTDT', 'Cập nhật Trang/Cổng thông tin điện tử; tin bài tuyên truyền CCHC', 2, '2021-01-01'),
    ('CHINH_QUYEN_SO', 'PHAN_MEM_DUNG_CHUNG', 'Sử dụng phần mềm dùng chung; chất lượng đường truyền', 3, '2021-01-01'),
    ('ISO_9001', 'XAY_DUNG_AP_DUNG', 'Xây dựng, áp dụng, công bố, duy trì, cải tiến HTQLCL theo TCVN ISO 9001:2015', 1, '2021-01-01');

-- ---------------------------------------------------------------- unit tree (cchc.units.v1)
create table unit_copy (
    code         varchar(64)  primary key,
    name         varchar(300) not null,
    kind         varchar(30),
    level        varchar(30),
    parent_code  varchar(64),
    path         varchar(500) not null,
    valid_from   date,
    valid_to     date,
    version      bigint       not null,
    updated_at   timestamptz  not null
);
create index unit_copy_path on unit_copy (path varchar_pattern_ops);

-- ---------------------------------------------------------------- plans and teams
create table inspection_plan (
    id            uuid         primary key,
    number        varchar(100) not null,
    plan_date     date         not null,
    issuer        varchar(300) not null,
    year          integer      not null,
    scope         varchar(4000),
    -- the province the plan belongs to (jurisdiction of every query)
    province_code varchar(64)  not null,
    created_by    varchar(200) not null,
    created_at    timestamptz  not null,
    version       bigint       not null default 0,
    constraint inspection_plan_number unique (province_code, year, number)
);
create index inspection_plan_province_year on inspection_plan (province_code, year);

create table plan_content_group (
    plan_id     uuid        not null references inspection_plan (id) on delete cascade,
    group_code  varchar(40) not null references content_group (code),
    primary key (plan_id, group_code)
);

create table team_member (
    id          bigserial    primary key,
    plan_id     uuid         not null references inspection_plan (id) on delete cascade,
    name        varchar(200) not null,
    agency      varchar(300),
    role        varchar(20)  not null,
    username    varchar(200),
    sort_order  integer      not null
);
create index team_member_plan on team_member (plan_id);
create index team_member_username on team_member (username) where username is not null;

-- ---------------------------------------------------------------- inspections
create table inspection (
    id              uuid         primary key,
    plan_id         uuid         not null references inspection_plan (id),
    unit_code       varchar(64)  not null,
    unit_path       varchar(500) not null,
    unit_name       varchar(300) not null,
    scheduled_from  date         not null,
    scheduled_to    date         not null,
    period_from     date         not null,
    period_to       date         not null,
    status          varchar(20)  not null,
    started_at      timestamptz,
    ended_on        date,
    conclusion_due  date,
    event_sequence  bigint       not null default 0,
    version         bigint       not null default 0,
    constraint inspection_unit_once unique (plan_id, unit_code),
    constraint inspection_schedule check (scheduled_to >= scheduled_from),
    constraint inspection_period check (period_to >= period_from)
);
create index inspection_unit_path on inspection (unit_path varchar_pattern_ops);
create index inspection_status on inspection (status);

create table self_report (
    inspection_id  uuid          primary key references inspection (id),
    summary        varchar(20000),
    submitted_by   varchar(200)  not null,
    submitted_at   timestamptz   not null
);

create table self_report_item (
    inspection_id      uuid          not null references self_report (inspection_id) on delete cascade,
    checklist_item_id  bigint        not null references checklist_item (id),
    status             varchar(20)   not null,
    note               varchar(4000),
    primary key (inspection_id, checklist_item_id)
);

-- ---------------------------------------------------------------- findings
create table finding (
    id                 uuid           primary key,
    inspection_id      uuid           not null references inspection (id),
    kind               varchar(20)    not null,
    group_code         varchar(40)    not null references content_group (code),
    checklist_item_id  bigint         references checklist_item (id),
    text               varchar(20000) not null,
    created_by         varchar(200)   not null,
    created_at         timestamptz    not null,
    updated_at         timestamptz    not null
);
create index finding_inspection on finding (inspection_id);

-- A figure stored in a finding keeps its value, source and as-of time as they were when pulled.
create table finding_figure (
    id            bigserial     primary key,
    finding_id    uuid          not null references finding (id) on delete cascade,
    key           varchar(80)   not null,
    label         varchar(300)  not null,
    value         numeric(19,4) not null,
    unit          varchar(20),
    source        varchar(120)  not null,
    as_of         timestamptz,
    period_from   date,
    period_to     date,
    detail        varchar(2000)
);
create index finding_figure_finding on finding_figure (finding_id);

create table attachment (
    id            uuid          primary key,
    inspection_id uuid          not null references inspection (id),
    owner_kind    varchar(20)   not null,
    owner_id      varchar(64)   not null,
    filename      varchar(255)  not null,
    content_type  varchar(120)  not null,
    size_bytes    bigint        not null,
    sha256        varchar(64)   not null,
    storage_key   varchar(300)  not null,
    uploaded_by   varchar(200)  not null,
    uploaded_at   timestamptz   not null
);
create index attachment_owner on attachment (owner_kind, owner_id);

-- ---------------------------------------------------------------- conclusion and remediation
create table conclusion (
    inspection_id  uuid           primary key references inspection (id),
    number         varchar(100),
    notice_date    date,
    signer         varchar(200),
    signer_title   varchar(300),
    strengths      varchar(20000),
    shortcomings   varchar(20000),
    requests       varchar(20000),
    issued_at      timestamptz,
    issued_by      varchar(200),
    updated_at     timestamptz    not null
);

create table remediation_item (
    id                     uuid          primary key,
    inspection_id          uuid          not null references inspection (id),
    requirement            varchar(4000) not null,
    responsible_unit_code  varchar(64)   not null,
    responsible_unit_path  varchar(500)  not null,
    deadline               date          not null,
    status                 varchar(20)   not null,
    report                 varchar(20000),
    reported_by            varchar(200),
    reported_at            timestamptz,
    return_reason          varchar(4000),
    completed_at           timestamptz,
    overdue                boolean       not null default false,
    overdue_announced_at   timestamptz,
    created_at             timestamptz   not null,
    version                bigint        not null default 0
);
create index remediation_inspection on remediation_item (inspection_id);
create index remediation_unit_path on remediation_item (responsible_unit_path varchar_pattern_ops);
-- The overdue watch reads only open items not yet announced: a small partial index.
create index remediation_watch on remediation_item (deadline) where status = 'OPEN' and overdue_announced_at is null;

-- ---------------------------------------------------------------- evidence: dossiers (cchc.dossiers.v1)
-- Per unit and day aggregates. Received/online/postal/direct/digitised count on the receiving unit and the
-- day received; early/on-time/late on the deciding unit (else the receiving one) and the day resolved.
create table dossier_day_stat (
    unit_code       varchar(64)  not null,
    unit_path       varchar(500) not null,
    day             date         not null,
    received        integer      not null default 0,
    received_online integer      not null default 0,
    received_postal integer      not null default 0,
    digitised       integer      not null default 0,
    resolved_early  integer      not null default 0,
    resolved_on_time integer     not null default 0,
    resolved_late   integer      not null default 0,
    last_event_at   timestamptz  not null,
    primary key (unit_code, day)
);
create index dossier_day_stat_path_day on dossier_day_stat (unit_path varchar_pattern_ops, day);

-- Tally marks: in which aggregate each dossier has been counted (no content, no personal data), so that a
-- fact announced by several events, replayed, or arriving out of order is counted exactly once, and a
-- corrected classification moves its count instead of adding one.
create table dossier_tally (
    dossier_code       varchar(64)  primary key,
    received_unit      varchar(64),
    received_day       date,
    received_channel   varchar(10),
    digitised          boolean      not null default false,
    resolved_unit      varchar(64),
    resolved_day       date,
    classification     varchar(10),
    apology_at         timestamptz,
    apology_timely     boolean,
    last_version       bigint       not null
);

-- Late dossiers (resolved late, or overdue while open) with apology/extension letter facts.
create table late_dossier (
    dossier_code        varchar(64)  primary key,
    procedure_code      varchar(64),
    unit_code           varchar(64)  not null,
    unit_path           varchar(500) not null,
    receiving_unit_code varchar(64),
    received_at         timestamptz,
    due_at              timestamptz  not null,
    extended_due_at     timestamptz,
    resolved_at         timestamptz,
    classification      varchar(10),
    has_apology         boolean      not null default false,
    apology_timely      boolean,
    apology_at          timestamptz,
    status              varchar(40),
    last_version        bigint       not null,
    updated_at          timestamptz  not null
);
create index late_dossier_path_due on late_dossier (unit_path varchar_pattern_ops, due_at);

-- ---------------------------------------------------------------- evidence: posting (cchc.posting.v1)
create table posting_snapshot (
    unit_code       varchar(64)   not null,
    unit_path       varchar(500)  not null,
    sequence        bigint        not null,
    as_of           date          not null,
    required        integer       not null,
    posted          integer       not null,
    compliant       integer       not null,
    compliance_rate numeric(7,4),
    stale_posted    text          not null,
    missing         text          not null,
    outdated        text          not null,
    event_at        timestamptz   not null,
    primary key (unit_code, sequence)
);
create index posting_snapshot_path_asof on posting_snapshot (unit_path varchar_pattern_ops, as_of);

-- ---------------------------------------------------------------- evidence: PAR index (cchc.par-index.v1)
create table par_gap_snapshot (
    unit_code      varchar(64)   not null,
    unit_path      varchar(500),
    assessment_id  varchar(100)  not null,
    year           integer,
    sequence       bigint        not null,
    criteria       text          not null,
    gap_count      integer       not null,
    event_at       timestamptz   not null,
    primary key (unit_code, assessment_id, sequence)
);
create index par_gap_snapshot_unit_time on par_gap_snapshot (unit_code, event_at);
