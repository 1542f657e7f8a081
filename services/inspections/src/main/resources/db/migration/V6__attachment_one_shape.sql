-- attachment keeps the file metadata every service records the same way (vn.cchc.shared.files.FileAttachment, also
-- par-index evidence_document V6): filename, content_type, size_bytes, sha256, storage_key, uploaded_by, uploaded_at.
-- Rows are kept; only the media type column is widened to the common size. Keys already have the FileStore shape
-- '<first two hex>/<id>', so the files stay where they are.
alter table attachment alter column content_type type varchar(150);
