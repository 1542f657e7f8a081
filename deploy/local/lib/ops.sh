# shellcheck shell=bash
# Operations commands of deploy/local/cchc (sourced by it; uses its helpers and settings):
#
#   backup [DIR]      PostgreSQL (pg_basebackup: the whole cluster at one instant), the Kafka log directory (broker
#                     stopped for the copy, a few seconds) and the file stores, into DIR (default .local/backups/<UTC time>)
#   restore DIR       put a backup back (everything must be stopped: `cchc down`), then re-announce the events that
#                     were published after the Kafka copy; `cchc up` afterwards
#   rebuild SERVICE   rebuild SERVICE's read models from the topics: stop it, empty its read-model tables and its
#                     inbox, reset its consumer groups to the earliest offsets, start it, wait until the lag is 0
#
# Why these choices, and what each one guarantees: docs/operations.md (§ Backup and restore, § Rebuilding a read
# model).

# The tables each service fills only from events (its read models). `rebuild` empties exactly these (and the
# service's inbox) before reading the topics again; everything else in the database is the service's own data.
declare -A READ_MODEL_TABLES=(
  [dossiers]="unit_copy catalogue_procedure_version catalogue_procedure"
  [inspections]="unit_copy dossier_day_stat dossier_tally late_dossier posting_snapshot par_gap_snapshot calendar_entry calendar_year"
  [par-index]="unit_copy dossier_fact dossier_erased dossier_day procedure_copy posting_state inspection_remediation service_index_result"
)
DOMAIN_SERVICES=(procedures dossiers inspections par-index)
# Columns stamped with the time a row was written, left out of a read model's fingerprint (a rebuild writes
# the same facts at another time).
FINGERPRINT_SKIP_COLUMNS=(updated_at applied_at)
TIMEOUT_REBUILD="${CCHC_TIMEOUT_REBUILD:-600}"

db_of() { printf 'cchc_%s\n' "${1//-/_}"; }
psql_db() { "$PG_BIN/psql" -h "$HOST" -p "$PG_PORT" -U postgres -d "$1" -v ON_ERROR_STOP=1 -tAq "${@:2}"; }

require_pg_running() {
  find_pg_bin || die "postgres: not installed"
  postgres_running_pid >/dev/null || die "postgres is not running: start the stack with deploy/local/cchc up (or infra-up)"
}

# Names of the running instances of a service: <s>, and <s>-<n> when several run (deploy/local/cchc up --replicas).
service_instances() {
  local s="$1" f name
  for f in "$RUN_DIR/$s.pid" "$RUN_DIR/$s"-[0-9]*.pid; do
    [[ -f "$f" ]] || continue
    name="$(basename "$f" .pid)"
    is_running "$name" && printf '%s\n' "$name"
  done
  return 0
}

# ---------------------------------------------------------------------------------------------
# backup / restore
# ---------------------------------------------------------------------------------------------
cmd_backup() {
  local dir="${1:-$LOCAL/backups/$(date -u +%Y%m%dT%H%M%SZ)}" kafka_was_running=0 t0=$SECONDS kafka_at
  cchc_use_java
  require_pg_running
  [[ -e "$dir" && -n "$(ls -A "$dir" 2>/dev/null)" ]] && die "backup: $dir exists and is not empty"
  mkdir -p "$dir"
  dir="$(cd "$dir" && pwd)"
  say "backup: into $dir"

  # 1. Kafka first. Every event whose outbox row was marked sent before this instant is in the copy; the ones
  #    sent later are re-announced by `restore` (consumers skip what they already applied: the inbox).
  kafka_at="$(psql_q -c "select to_char(now() at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')")"
  if is_running kafka; then
    kafka_was_running=1
    stop_components kafka # a clean shutdown: every acknowledged record is flushed to the log
  fi
  if [[ -d "$KAFKA_HOME/data" ]]; then
    tar -C "$KAFKA_HOME" -czf "$dir/kafka-data.tar.gz" data
  else
    warn "backup: no Kafka data directory ($KAFKA_HOME/data): the backup holds no topics"
  fi
  if ((kafka_was_running)); then
    start_kafka
    wait_kafka
  fi
  say "backup: Kafka log copied (broker stopped for $((SECONDS - t0))s; the services kept writing to their outboxes)"
  # The events held in the outboxes while the broker was down go out now. Waiting (at most 60 s) until every one
  # written before the broker came back is published puts them in the PostgreSQL copy as sent, and `restore`
  # re-announces them; without the wait, the copy's timing decided whether they were re-announced or left pending
  # (both correct, but a backup should hold as little in flight as it can). A service that is down keeps its rows
  # pending: its relay publishes them when it starts.
  ((kafka_was_running)) && wait_outboxes_published 60

  # 2. PostgreSQL: one physical copy of the whole cluster, so the four service databases are taken at the same
  #    instant (no event can be applied in one copy and missing from its producer's copy).
  "$PG_BIN/pg_basebackup" -h "$HOST" -p "$PG_PORT" -U postgres -D "$dir/postgres" -Ft -z -X stream -c fast \
    --label="cchc backup $(date -u +%FT%TZ)" || die "backup: pg_basebackup failed"
  say "backup: PostgreSQL cluster copied ($(du -sh "$dir/postgres" | cut -f1))"

  # 3. File stores after the databases: every file a row refers to is in the copy (an extra one is harmless).
  if [[ -d "$LOCAL/files" ]]; then
    tar -C "$LOCAL" -czf "$dir/files.tar.gz" files
  fi

  cat >"$dir/backup.properties" <<EOF
# deploy/local/cchc backup; restore with: deploy/local/cchc down && deploy/local/cchc restore $dir
created_at=$(date -u +%FT%TZ)
kafka_copied_after=$kafka_at
postgres_version=$(cat "$PG_DATA/PG_VERSION")
git_commit=$(git -C "$REPO" rev-parse HEAD 2>/dev/null || echo unknown)
databases=${DATABASES[*]}
# Keycloak is not in the backup: the local realm is imported from deploy/local/realm/cchc-realm.json at start.
EOF
  say "backup: done in $((SECONDS - t0))s: $dir ($(du -sh "$dir" | cut -f1))"
}

# Waits until the outbox rows of every service database written before now are published, at most $1 seconds.
wait_outboxes_published() {
  local limit="$1" since db n pending t0=$SECONDS
  since="$(psql_q -c "select now()")"
  while :; do
    pending=0
    for db in "${DATABASES[@]}"; do
      n="$(psql_db "$db" -c "select count(*) from outbox_event where sent_at is null and created_at <= timestamptz '$since'")"
      pending=$((pending + ${n:-0}))
    done
    if ((pending == 0)); then
      say "backup: the outboxes published what they held ($((SECONDS - t0))s)"
      return 0
    fi
    if ((SECONDS - t0 >= limit)); then
      warn "backup: $pending outbox row(s) still pending after ${limit}s; the copy holds them pending (published after a restore)"
      return 0
    fi
    sleep 1
  done
}

# Moves a directory aside (kept until the operator removes it) before a restore replaces it.
set_aside() {
  local path="$1" stamp="$2"
  [[ -e "$path" ]] || return 0
  mv "$path" "$path.before-restore-$stamp"
  say "restore: kept the replaced $path as $path.before-restore-$stamp (remove it when the restore is checked)"
}

cmd_restore() {
  local dir="${1:-}" stamp kafka_at db n name
  [[ -n "$dir" ]] || die "usage: deploy/local/cchc restore DIR (a directory written by deploy/local/cchc backup)"
  [[ -f "$dir/backup.properties" && -f "$dir/postgres/base.tar.gz" ]] || die "restore: $dir is not a backup (no backup.properties or postgres/base.tar.gz)"
  dir="$(cd "$dir" && pwd)"
  for name in postgres kafka keycloak "${ALL_SERVICES[@]}"; do
    if [[ "$name" == postgres ]] && postgres_running_pid >/dev/null; then
      die "restore: postgres is running; stop everything first: deploy/local/cchc down"
    elif [[ "$name" != postgres ]] && is_running "$name"; then
      die "restore: $name is running; stop everything first: deploy/local/cchc down"
    fi
  done
  cchc_use_java
  kafka_at="$(sed -n 's/^kafka_copied_after=//p' "$dir/backup.properties")"
  [[ -n "$kafka_at" ]] || die "restore: $dir/backup.properties names no kafka_copied_after"
  stamp="$(date -u +%Y%m%dT%H%M%SZ)"

  # PostgreSQL: the physical copy replaces the data directory; the WAL it carries makes it consistent at start.
  find_pg_bin || ensure_postgres_installed
  set_aside "$PG_DATA" "$stamp"
  mkdir -p "$PG_DATA" "$PG_SOCKET_DIR"
  tar -C "$PG_DATA" -xzf "$dir/postgres/base.tar.gz"
  mkdir -p "$PG_DATA/pg_wal"
  tar -C "$PG_DATA/pg_wal" -xzf "$dir/postgres/pg_wal.tar.gz"
  chmod 700 "$PG_DATA"
  [[ $EUID -eq 0 ]] && chown -R postgres:postgres "$PG_DATA" "$PG_SOCKET_DIR"
  PG_BIN="" && find_pg_bin
  say "restore: PostgreSQL data directory restored"

  mkdir -p "$KAFKA_HOME"
  set_aside "$KAFKA_HOME/data" "$stamp"
  if [[ -f "$dir/kafka-data.tar.gz" ]]; then
    tar -C "$KAFKA_HOME" -xzf "$dir/kafka-data.tar.gz"
    say "restore: Kafka log restored"
  fi
  set_aside "$LOCAL/files" "$stamp"
  if [[ -f "$dir/files.tar.gz" ]]; then
    tar -C "$LOCAL" -xzf "$dir/files.tar.gz"
    say "restore: file stores restored"
  fi

  # Re-announce: the events published after the Kafka copy are in the databases (marked sent) but not on the
  # restored topics. Marking them unsent makes each service's relay publish them again, in outbox order; a
  # consumer that had applied one already skips it (inbox), the others apply it. 5 s of margin: a record
  # published twice is harmless, one missing is not.
  start_postgres
  for db in "${DATABASES[@]}"; do
    n="$(psql_db "$db" -c "with r as (update outbox_event set sent_at = null
        where sent_at >= timestamptz '$kafka_at' - interval '5 seconds' returning 1) select count(*) from r")"
    say "restore: $db: $n event(s) published after the Kafka copy will be published again"
  done
  stop_postgres
  say "restore: done. Start the stack: deploy/local/cchc up"
}

# ---------------------------------------------------------------------------------------------
# rebuild
# ---------------------------------------------------------------------------------------------
# The consumer group ids of a service, read from its configuration (never hard-coded here).
consumer_groups_of() {
  local s="$1" file values
  file="$REPO/services/$s/src/main/resources/application.properties"
  [[ -f "$file" ]] || die "rebuild: $file not found"
  values="$(sed -n 's/^[[:space:]]*mp\.messaging\.incoming\.[^.]*\.group\.id[[:space:]]*=[[:space:]]*//p' "$file" | sort -u)"
  [[ -n "$values" ]] || die "rebuild: no mp.messaging.incoming.*.group.id in $file"
  if grep -q '\${' <<<"$values"; then
    die "rebuild: a group id in $file is an expression (${values//$'\n'/ }): this command reads literal ids only"
  fi
  printf '%s\n' "$values"
}

consumer_groups_tool() {
  kafka_tool org.apache.kafka.tools.consumer.group.ConsumerGroupCommand --bootstrap-server "$HOST:$KAFKA_PORT" "$@"
}

# Prints "<group> <records behind> <partitions not started>" for each of the given groups (0 0 = caught up; a group
# the broker does not list counts as not started): one
# tool run for all of them (each run is a JVM start).
groups_lag() {
  local -a args=()
  local g
  for g in "$@"; do args+=(--group "$g"); done
  consumer_groups_tool --describe "${args[@]}" 2>/dev/null | awk -v groups="$*" '
    BEGIN { n = split(groups, gs, " "); for (i = 1; i <= n; i++) { lag[gs[i]] = 0; waiting[gs[i]] = 0 } }
    ($1 in lag) && $2 ~ /^cchc\./ {
      seen[$1] = 1
      if ($4 == "-") { if ($5 != "0") waiting[$1]++ } else lag[$1] += $6
    }
    END { for (i = 1; i <= n; i++) printf "%s %d %d\n", gs[i], lag[gs[i]], (gs[i] in seen) ? waiting[gs[i]] : 1 }'
}

# One line per read-model table: "<table> <rows> <md5 of the rows without their write-time columns>".
read_model_fingerprint() {
  local s="$1" db table skip=""
  db="$(db_of "$s")"
  for c in "${FINGERPRINT_SKIP_COLUMNS[@]}"; do skip+=" - '$c'"; done
  for table in ${READ_MODEL_TABLES[$s]}; do
    printf '%s %s\n' "$table" "$(psql_db "$db" -c "select count(*) || ' ' || md5(coalesce(string_agg(j, E'\n' order by j), ''))
        from (select (to_jsonb(t)$skip)::text j from $table t) x")"
  done
}

cmd_rebuild() {
  local s="${1:-}" db groups g tables instances t0=$SECONDS deadline lag waiting try before after
  [[ -n "$s" && -n "${READ_MODEL_TABLES[$s]:-}" ]] ||
    die "usage: deploy/local/cchc rebuild SERVICE (one of: ${!READ_MODEL_TABLES[*]})"
  cchc_use_java
  require_pg_running
  kafka_ready || die "rebuild: Kafka is not running: deploy/local/cchc up"
  db="$(db_of "$s")"
  groups="$(consumer_groups_of "$s")"
  tables="${READ_MODEL_TABLES[$s]}"
  before="$(read_model_fingerprint "$s")"

  # 1. Stop every instance: a consumer group's offsets can be reset only while it has no member.
  mapfile -t instances < <(service_instances "$s")
  ((${#instances[@]})) && stop_components "${instances[@]}"

  # 2. Empty the read models and the inbox together (the inbox holds only this service's consumers).
  psql_db "$db" -c "begin; truncate ${tables// /, }, inbox_event; commit;" ||
    die "rebuild: could not empty the read models of $db"
  say "rebuild: $db: emptied ${tables// /, } and inbox_event"

  # 3. Reset the groups, all in one tool run (retried while the broker still counts a departed member, e.g. a
  #    static one).
  local -a group_args=()
  for g in $groups; do group_args+=(--group "$g"); done
  for ((try = 1; ; try++)); do
    if consumer_groups_tool --reset-offsets "${group_args[@]}" --all-topics --to-earliest --execute \
      >"$RUN_DIR/rebuild-reset.out" 2>&1; then
      say "rebuild: consumer groups $(echo $groups) reset to the earliest offsets"
      break
    fi
    ((try < 30)) || { cat "$RUN_DIR/rebuild-reset.out" >&2; die "rebuild: could not reset the consumer groups $(echo $groups)"; }
    sleep 2
  done

  # 4. Start again and wait until every group has read to the end of every partition.
  start_service "$s"
  wait_service "$s"
  deadline=$((SECONDS + TIMEOUT_REBUILD))
  local behind
  while true; do
    # shellcheck disable=SC2086
    behind="$(groups_lag $groups | awk '$2 > 0 || $3 > 0 { printf "%s%s (%d behind, %d partitions not started)", sep, $1, $2, $3; sep = ", " }')"
    [[ -z "$behind" ]] && break
    ((SECONDS < deadline)) || die "rebuild: still behind after ${TIMEOUT_REBUILD}s: $behind"
    sleep 2
  done
  say "rebuild: consumer groups $(echo $groups) caught up (lag 0)"
  # The last records are applied before their offsets are committed: wait until the read models stop changing.
  after="$(read_model_fingerprint "$s")"
  for ((try = 0; try < 30; try++)); do
    sleep 2
    local again
    again="$(read_model_fingerprint "$s")"
    [[ "$again" == "$after" ]] && break
    after="$again"
  done
  if ((${#instances[@]} > 1)); then
    warn "rebuild: ${#instances[@]} instances were running; only $s was started again: start the others with deploy/local/cchc up"
  fi
  printf '%s\n' "$before" >"$RUN_DIR/rebuild-$s.before"
  printf '%s\n' "$after" >"$RUN_DIR/rebuild-$s.after"
  if [[ "$before" == "$after" ]]; then
    say "rebuild: $s done in $((SECONDS - t0))s; read models identical to before (rows and content, write times aside):"
  else
    say "rebuild: $s done in $((SECONDS - t0))s; read models DIFFER from before (the old copy had drifted, or events are missing from the topics: check their retention):"
  fi
  paste -d' ' <(printf '%s\n' "$before") <(printf '%s\n' "$after") |
    awk '{ printf "    %-28s before %8s rows  after %8s rows  %s\n", $1, $2, $5, ($3 == $6 ? "same" : "DIFFERENT") }'
}
