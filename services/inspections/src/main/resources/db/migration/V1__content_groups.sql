-- Content groups of a CCHC inspection (nội dung kiểm tra), as data with validity dates:
-- the six areas of NQ 76/NQ-CP 2021–2030 plus the groups inspection plans add (domain §8).
create table content_group (
    code        varchar(40)  primary key,
    name_vi     varchar(300) not null,
    name_en     varchar(300) not null,
    sort_order  integer      not null,
    valid_from  date         not null,
    valid_to    date,
    constraint content_group_validity check (valid_to is null or valid_to >= valid_from)
);

insert into content_group (code, name_vi, name_en, sort_order, valid_from) values
    ('CHI_DAO_DIEU_HANH', 'Công tác chỉ đạo, điều hành cải cách hành chính', 'Direction and steering of PAR', 1, '2021-01-01'),
    ('THE_CHE', 'Cải cách thể chế', 'Institutional reform', 2, '2021-01-01'),
    ('TTHC_MOT_CUA', 'Cải cách thủ tục hành chính và cơ chế một cửa, một cửa liên thông', 'Administrative procedures and one-stop shops', 3, '2021-01-01'),
    ('BO_MAY', 'Cải cách tổ chức bộ máy hành chính nhà nước', 'Organisation of the administrative apparatus', 4, '2021-01-01'),
    ('CONG_VU', 'Cải cách chế độ công vụ', 'Civil service reform', 5, '2021-01-01'),
    ('TAI_CHINH_CONG', 'Cải cách tài chính công', 'Public finance reform', 6, '2021-01-01'),
    ('CHINH_QUYEN_SO', 'Xây dựng và phát triển chính quyền điện tử, chính quyền số', 'E-government and digital government', 7, '2021-01-01'),
    ('ISO_9001', 'Áp dụng Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015', 'ISO 9001:2015 quality management', 8, '2021-01-01');
