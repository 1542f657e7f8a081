-- The "imports running" gauge (cchc_imports_running, docs/observability.md) counts running imports every minute:
-- a partial index keeps that one index entry per running import however many finished imports accumulate.
create index import_job_running on import_job (started_at) where status = 'RUNNING';
