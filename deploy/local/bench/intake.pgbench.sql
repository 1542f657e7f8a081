-- pgbench: the statements of ONE intake (POST /api/v1/dossiers) as the dossiers service runs them, in its
-- transactions and in the same order (captured with quarkus.hibernate-orm.log.sql and PostgreSQL's log_statement):
-- the unit lookups (the officer's unit, the receiving point twice, the deciding unit), the procedure
-- and its versions, the code's day counter, the dossier, its history step, the pending counters (V14), the book
-- entry lookup, the TNHS and STHS registers, the book entry, the outbox event, the QĐ 766 mark and the receipt SMS.
-- -D apart=1: the numbers (code sequence, TNHS, STHS) in a transaction of their own before the intake's, as
-- IntakeNumbers does (cchc.intake.numbers-apart=true); apart=0: inside the intake's transaction (the former way).
-- Used by intake.mjs with -M prepared (the JDBC driver prepares too) on a scratch copy of the schema:
--   pgbench -n -M prepared -f intake.pgbench.sql -D apart=1 -D run=… -D point=H99.X01.MC -D deciding=H99.X01 -D procedure=…
-- The calendar is read once per province by the service (cached), so it is not read here.
\set n random(1, 1000000000)
\if :apart
-- cchc.intake.numbers-apart=true (IntakeNumbers): the numbers first, in a short transaction of their own
BEGIN;
set local synchronous_commit = off;
insert into dossier_counter (unit_code, day, last) values (:deciding, (now() at time zone 'Asia/Ho_Chi_Minh')::date, 1) on conflict (unit_code, day) do update set last = dossier_counter.last + 1 returning last as seq
\gset
insert into document_register (unit_code, kind, year, last_number) values (:point, 'TNHS', extract(year from now() at time zone 'Asia/Ho_Chi_Minh')::int, 1) on conflict (unit_code, kind, year) do update set last_number = document_register.last_number + 1 returning last_number as receipt_no
\gset
insert into document_register (unit_code, kind, year, last_number) values (:point, 'STHS', extract(year from now() at time zone 'Asia/Ho_Chi_Minh')::int, 1) on conflict (unit_code, kind, year) do update set last_number = document_register.last_number + 1 returning last_number as entry
\gset
END;
\endif
BEGIN;
select code, kind, level, name, parent_code, path, receives_dossiers, successor_code, updated_at, valid_from, valid_to, version from unit_copy where code = :deciding;
select code, kind, level, name, parent_code, path, receives_dossiers, successor_code, updated_at, valid_from, valid_to, version from unit_copy where code = :point;
select code, kind, level, name, parent_code, path, receives_dossiers, successor_code, updated_at, valid_from, valid_to, version from unit_copy where code = :point;
select code, abolished_on, afternoon_cutoff, content_version, deciding_agency_code, fees, field, internal_steps, level, levels, name, online_level, processing_time_unit, processing_time_value, search_text, source_event_id, source_event_time, state, updated_at, valid_from, version from catalogue_procedure where code = :procedure;
select code, content_version, afternoon_cutoff, deciding_agency_code, decision_number, fees, field, internal_steps, levels, name, online_level, processing_time_unit, processing_time_value, sequence, source_event_id, updated_at, valid_from, valid_to from catalogue_procedure_version where code = :procedure order by content_version;
select code, kind, level, name, parent_code, path, receives_dossiers, successor_code, updated_at, valid_from, valid_to, version from unit_copy where code = :deciding;
\if :apart
\else
insert into dossier_counter (unit_code, day, last) values (:deciding, (now() at time zone 'Asia/Ho_Chi_Minh')::date, 1) on conflict (unit_code, day) do update set last = dossier_counter.last + 1 returning last as seq
\gset
\endif
insert into dossier (afternoon_cutoff, applicant_address, applicant_email, applicant_id_number, applicant_name, applicant_phone, channel, classification, clock_start_at, closed_at, code, components, content, created_at, created_by, deciding_unit_code, deciding_unit_path, digitised, due_at, due_soon_alerted_at, e_result, extended_due_at, external_client, external_id, field, form_set, has_apology, overdue_marked_at, paused_since, procedure_code, procedure_name, procedure_version, processing_time_unit, processing_time_value, received_at, receiving_unit_code, receiving_unit_path, resolved_at, return_method, returned_at, status, submitted_at, supplement_requests, updated_at, version)
  select p.afternoon_cutoff, 'Thôn Một, xã An Phú', null, '001900000000', 'Trần Thị Thử Tải P' || (:n)::text, '0988000000', 'DIRECT', null, now(), null,
         (:deciding)::text || '-' || to_char(now() at time zone 'Asia/Ho_Chi_Minh', 'YYMMDD') || '-' || lpad((:seq)::text, greatest(4, length((:seq)::text)), '0'),
         '[{"name": "Tờ khai đăng ký khai sinh", "copies": 1}, {"name": "Giấy chứng sinh", "copies": 1}]'::jsonb,
         'BENCH-INTAKE ' || (:run)::text || ' P ' || (:n)::text, now(), 'officer', d.code, d.path, false, now() + interval '3 days', null, false, null, null, null,
         p.field, 'TT03/2025', false, null, null, p.code, p.name, p.content_version, p.processing_time_unit, p.processing_time_value, now(),
         r.code, r.path, null, 'DIRECT', null, 'RECEIVED', now(), 0, now(), 0
  from catalogue_procedure p, unit_copy r, unit_copy d where p.code = :procedure and r.code = :point and d.code = :deciding
  returning id, code, receiving_unit_path as rpath, field, procedure_code as pcode
\gset
insert into dossier_history (action, actor, at, dossier_id, from_status, note, recorded_at, to_status) values ('receive', 'officer', now(), :id, null, 'BENCH-INTAKE', now(), 'RECEIVED');
insert into dossier_stat_pending (day, unit_code, unit_path, procedure_code, field, channel, received, resolved_early, resolved_on_time, resolved_late, late_with_apology, late_without_apology, refused, withdrawn, stopped, returned, digitised, e_result, rated, rated_dissatisfied, closed, digitised_with_e_result, ended_on_time) values ((now() at time zone 'Asia/Ho_Chi_Minh')::date, :point, :rpath, :pcode, :field, 'DIRECT', 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
select dossier_id, entry, receipt_no, unit_code, volume from dossier_book_entry where dossier_id = :id;
\if :apart
\else
insert into document_register (unit_code, kind, year, last_number) values (:point, 'TNHS', extract(year from now() at time zone 'Asia/Ho_Chi_Minh')::int, 1) on conflict (unit_code, kind, year) do update set last_number = document_register.last_number + 1 returning last_number as receipt_no
\gset
insert into document_register (unit_code, kind, year, last_number) values (:point, 'STHS', extract(year from now() at time zone 'Asia/Ho_Chi_Minh')::int, 1) on conflict (unit_code, kind, year) do update set last_number = document_register.last_number + 1 returning last_number as entry
\gset
\endif
insert into dossier_book_entry (entry, receipt_no, unit_code, volume, dossier_id) values (:entry, :receipt_no, :point, extract(year from now() at time zone 'Asia/Ho_Chi_Minh')::int, :id);
insert into outbox_event (id, topic, event_key, event_type, payload, created_at)
  select u, 'cchc.dossiers.v1', :code, 'DossierReceived',
         json_build_object('specversion', '1.0', 'id', u, 'source', '/cchc/dossiers', 'type', 'DossierReceived', 'subject', (:code)::text,
           'time', now(), 'datacontenttype', 'application/json', 'dataschema', 'DossierEventV1/1',
           'data', json_build_object('code', (:code)::text, 'version', 0, 'status', 'RECEIVED', 'statusCode', 2, 'procedureCode', (:pcode)::text,
             'field', (:field)::text, 'receivingUnitCode', (:point)::text, 'receivingUnitPath', (:rpath)::text, 'decidingUnitCode', (:deciding)::text,
             'decidingUnitPath', (:rpath)::text, 'channel', 'DIRECT', 'receivedAt', now(), 'dueAt', now() + interval '3 days',
             'extendedDueAt', null, 'resolvedAt', null, 'returnedAt', null, 'classification', null, 'hasApology', false,
             'apologyTimely', null, 'late', false, 'digitised', false, 'eResult', false, 'dissatisfied', null, 'at', now()))::text,
         now()
  from gen_random_uuid() u;
insert into service_index_pending (unit_code, unit_path, day) values (:point, :rpath, (now() at time zone 'Asia/Ho_Chi_Minh')::date);
insert into notification (attempts, body, channel, created_at, dossier_id, last_error, next_attempt_at, recipient, sent_at, status, subject, template) values (0, 'Hồ sơ ' || (:code)::text || ' (Đăng ký khai sinh) đã được tiếp nhận. Thời gian hẹn trả kết quả: 17 giờ 00 phút, ngày 09/12/2026. Tra cứu: mã hồ sơ và 4 số cuối điện thoại.', 'SMS', now(), :id, null, now(), '0988000000', null, 'PENDING', 'Tiếp nhận hồ sơ ' || (:code)::text, 'RECEIPT');
END;
