-- evidence_document keeps the file metadata every service records the same way (vn.cchc.shared.files.FileAttachment,
-- also inspections attachment V6): filename, content_type, size_bytes, sha256, storage_key, uploaded_by, uploaded_at.
-- Rows are kept. The uploader column is widened to the common size, and the keys take the FileStore shape
-- '<first two hex>/<id>': the old file-system storage already kept the key '<id>' at '<first two>/<id>' under its
-- directory, so the files stay where they are.
alter table evidence_document alter column uploaded_by type varchar(200);
update evidence_document set storage_key = substr(storage_key, 1, 2) || '/' || storage_key
 where storage_key ~ '^[0-9a-f-]{36}$';
