-- Dead letters: records a consumer can never apply as they are (malformed, an unsupported schemaversion, a failure
-- that is not transient and persisted over several attempts). Parked here, in the consumer's own database, with the
-- consumer group and the reason, and announced on cchc.dlq.v1 (through the outbox). A transient failure (database,
-- broker, timeout) never lands here: the consumer retries it without limit (docs/adr/0006-event-delivery.md).
--
-- Replay once the cause is fixed: select request_dead_letter_replay('<consumer prefix>', null) (or one id); the
-- service's DeadLetterReplayer claims requested rows (FOR UPDATE SKIP LOCKED, once across instances) and runs them
-- through the same consumer path; applied → replayed_at set; still failing → parked again with the new reason.
create table dead_letter (
    id                  uuid          primary key,
    consumer            varchar(120)  not null,   -- the inbox consumer name, e.g. par-index.dossiers
    group_id            varchar(160)  not null,   -- the Kafka consumer group, cchc-<consumer>
    topic               varchar(120)  not null,
    partition           integer       not null,
    record_offset       bigint        not null,
    record_key          varchar(200),
    event_id            varchar(64),              -- null when the record was not a readable envelope
    event_type          varchar(120),
    reason              varchar(2000) not null,
    record              text          not null,   -- the record's value exactly as read
    attempts            integer       not null default 1,
    dead_lettered_at    timestamptz   not null,
    replay_requested_at timestamptz,               -- asked for and not finished (request_dead_letter_replay)
    replay_claimed_at   timestamptz,               -- taken by an instance; taken again if it died (after 5 minutes)
    replayed_at         timestamptz,
    unique (group_id, topic, partition, record_offset)
);
create index dead_letter_pending on dead_letter (consumer, dead_lettered_at) where replayed_at is null;
create index dead_letter_replay_requested on dead_letter (replay_requested_at)
    where replay_requested_at is not null and replayed_at is null;

-- Asks for a replay of the parked dead letters of the consumers whose name starts with consumer_prefix (or of one
-- letter when only_id is given). Returns how many were requested. Used by `deploy/local/cchc dlq replay` and the
-- runbook in docs/operations.md.
create function request_dead_letter_replay(consumer_prefix text, only_id uuid) returns integer
language sql as $$
    with requested as (
        update dead_letter set replay_requested_at = now(), replay_claimed_at = null
        where replayed_at is null
          and (only_id is null or id = only_id)
          and (consumer_prefix is null or consumer like consumer_prefix || '%')
        returning 1)
    select count(*)::integer from requested
$$;

-- Kafka headers of an outbox row other than the CloudEvents ce_id/ce_type the relay adds to every event (a JSON
-- object of strings). Dead letters carry dead-letter-reason, -group, -consumer, -topic, -partition and -offset.
alter table outbox_event add column headers text;
