#!/usr/bin/env bash
# Operations end-to-end test (issue 14 §4), on the running local stack (deploy/local/cchc up); test-all runs it
# after the Playwright suite. Three parts, each a few checks, counted "N passed, N failed" at the end:
#
#   rebuild   `cchc rebuild par-index` and `cchc rebuild inspections`: the read models after the rebuild equal
#             the ones before (every row, write times aside) and the API gives the same answers
#   sigterm   concurrent dossier intake through the gateway; SIGTERM to dossiers mid-load, then `cchc up`;
#             then SIGTERM to the gateway, which must stop by itself too
#             starts it again: every acknowledged (201) dossier is in the database, no request went without
#             an answer, every event of the load's dossiers reached par-index and inspections once (inbox)
#   backup    write; `cchc backup` while dossiers are being received; write again; `cchc down`; wipe
#             PostgreSQL, Kafka and the file stores; `cchc restore`; `cchc up`: the same answers as at the
#             backup, the dossiers received during it all there and applied by the consumers (re-announced),
#             the later write gone, and a new dossier still flows to the consumers (databases and broker agree)
#
# Usage: deploy/local/lib/ops-e2e.sh [rebuild] [sigterm] [backup]   (default: all three, in this order)
# The backup part stops and wipes the local stack (it restores it from the backup it just took) and leaves it
# running. Run it under the shared lock when other work uses the same ports.
set -uo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$SCRIPT_DIR/../../.." && pwd)"
CCHC="$REPO/deploy/local/cchc"
LOCAL="$REPO/.local"
WORK="$LOCAL/test-logs/ops-e2e"
NODE_HELPER="$SCRIPT_DIR/ops-e2e.mjs"
PSQL="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)/psql"
LOAD_SECONDS="${CCHC_OPS_LOAD_SECONDS:-30}"
LOAD_RATE="${CCHC_OPS_LOAD_RATE:-8}"

passed=0 failed=0
say() { printf '%s  ops-e2e: %s\n' "$(date +%H:%M:%S)" "$*"; }
check() { # check <description> <command...>
  local what="$1"
  shift
  if "$@"; then
    passed=$((passed + 1))
    say "PASS $what"
  else
    failed=$((failed + 1))
    say "FAIL $what"
  fi
}
q() { "$PSQL" -h 127.0.0.1 -p 55432 -U postgres -d "$1" -v ON_ERROR_STOP=1 -tAq -c "$2"; }
helper() { node "$NODE_HELPER" "$@"; }

# Waits (up to $1 s, default 120) until every outbox is drained and the consumers have applied it: no pending
# outbox row in any service, no QĐ 766 recomputation pending, every dossier event in both consumers' inboxes.
wait_quiet() {
  local deadline=$((SECONDS + ${1:-120})) pending missing
  while :; do
    pending=0
    for db in cchc_procedures cchc_dossiers cchc_inspections cchc_par_index; do
      pending=$((pending + $(q "$db" "select count(*) from outbox_event where sent_at is null" 2>/dev/null || echo 1)))
    done
    # dossiers recomputes the QĐ 766 index of the units it marked once a minute, and publishes it
    pending=$((pending + $(q cchc_dossiers "select count(*) from service_index_pending" 2>/dev/null || echo 1)))
    missing="$(dossier_events_missing "")"
    if ((pending == 0)) && [[ "$missing" == "0 0" ]]; then
      return 0
    fi
    if ((SECONDS >= deadline)); then
      say "still not quiet: $pending outbox row(s) pending, dossier events missing in par-index/inspections: $missing"
      return 1
    fi
    sleep 2
  done
}

# "<missing in par-index> <missing in inspections>": dossier events (of the dossiers whose content starts with
# $1, or all) not in the consumers' inboxes.
dossier_events_missing() {
  local like="$1" ids p i filter=""
  [[ -n "$like" ]] && filter="and event_key in (select code from dossier where content like '$like%')"
  ids="$(q cchc_dossiers "select coalesce(string_agg(quote_literal(id::text), ','), '''none''') from outbox_event
        where topic = 'cchc.dossiers.v1' $filter")"
  p="$(q cchc_par_index "select count(*) from unnest(array[$ids]::text[]) e
        where e <> 'none' and not exists (select 1 from inbox_event where consumer = 'par-index.dossiers' and event_id = e)")"
  i="$(q cchc_inspections "select count(*) from unnest(array[$ids]::text[]) e
        where e <> 'none' and not exists (select 1 from inbox_event where consumer = 'inspections.dossiers' and event_id = e)")"
  printf '%s %s\n' "$p" "$i"
}

# The log of a service's previous run (rotated by its restart): no work ran against a closed database during its
# shutdown (ShutdownOrder pauses the consumers and the scheduler first).
clean_shutdown() {
  local log="$LOCAL/logs/$1.log.1" n
  local closed='EntityManagerFactory is closed|EntityManager is closed|Error Occurred After Shutdown'
  n="$(grep -c -E "$closed" "$log" 2>/dev/null)"
  [[ -f "$log" ]] && [[ "${n:-0}" == 0 ]] && return 0
  say "$log: ${n:-?} line(s) of work against a closed database during shutdown (whole lines, with what follows):"
  # whole lines and the stack trace after the first: a cut line ("java.io.IO…") once left a failure unexplained
  grep -E "$closed" "$log" | head -5
  grep -m1 -A25 -E "$closed" "$log" | grep -E '^\s+at vn\.cchc|Caused by|Exception' | head -15
  [[ -n "${WORK:-}" && -d "${WORK:-}" ]] && cp "$log" "$WORK/$1-shutdown.log" && say "the log is kept in $WORK/$1-shutdown.log"
  return 1
}

same_file() { cmp -s "$1" "$2" || { diff "$1" "$2" | head -20; return 1; }; }

part_rebuild() {
  say "== 1. rebuild the read models from the topics"
  helper answers "$WORK" before-rebuild || return 1
  for s in par-index inspections; do
    if "$CCHC" rebuild "$s"; then
      check "rebuild $s: read models identical after the rebuild" same_file "$LOCAL/run/rebuild-$s.before" "$LOCAL/run/rebuild-$s.after"
      check "rebuild $s: its shutdown did no work against a closed database" clean_shutdown "$s"
    else
      check "rebuild $s: command succeeded" false
    fi
  done
  helper answers "$WORK" after-rebuild
  check "rebuild: the API gives the same answers after rebuilding par-index and inspections" helper compare "$WORK" before-rebuild after-rebuild
}

part_sigterm() {
  say "== 2. SIGTERM to dossiers under load (${LOAD_SECONDS}s at ${LOAD_RATE}/s through the gateway)"
  local pid started stop_ms load_pid marker acked total ambiguous no_answer missing_ack missing codes
  helper load "$WORK" "$LOAD_SECONDS" "$LOAD_RATE" &
  load_pid=$!
  sleep 8
  pid="$(cat "$LOCAL/run/dossiers.pid")"
  started=$(date +%s%N)
  say "SIGTERM to dossiers (pid $pid)"
  kill -TERM "$pid"
  while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
  stop_ms=$((($(date +%s%N) - started) / 1000000))
  say "dossiers stopped ${stop_ms} ms after SIGTERM; starting it again"
  "$CCHC" up >"$WORK/up-after-sigterm.log" 2>&1 || say "cchc up failed: see $WORK/up-after-sigterm.log"
  say "dossiers ready again $((($(date +%s%N) - started) / 1000000)) ms after SIGTERM"
  wait "$load_pid"
  marker="$(jq -r .marker "$WORK/load.json")"
  acked="$(jq '[.outcomes[] | select(.status == 201)] | length' "$WORK/load.json")"
  no_answer="$(jq '[.outcomes[] | select(.error)] | length' "$WORK/load.json")"
  codes="$(jq -r '[.outcomes[] | select(.status == 201) | "'"'"'" + .code + "'"'"'"] | join(",")' "$WORK/load.json")"
  missing_ack="$(q cchc_dossiers "select count(*) from unnest(array[${codes:-''}]::text[]) c where c <> '' and not exists (select 1 from dossier d where d.code = c)")"
  total="$(q cchc_dossiers "select count(*) from dossier where content like '$marker %'")"
  ambiguous=$((total - acked))
  say "figures: $(jq -c '[.outcomes[] | (.status // .error | tostring)] | group_by(.) | map({(.[0]): length}) | add' "$WORK/load.json");" \
    "acknowledged $acked, in the database $total (committed but not acknowledged: $ambiguous), no answer: $no_answer," \
    "stop took ${stop_ms} ms"
  jq -r '.outcomes[] | select(.status != 201) | "  \(.at) ms: \(.status // .error) \(.body // "" | .[0:120])"' "$WORK/load.json" | head -15
  check "sigterm: every acknowledged dossier is in the database ($acked acknowledged, $missing_ack missing)" test "$missing_ack" = 0
  check "sigterm: no request went without an HTTP answer ($no_answer)" test "$no_answer" = 0
  check "sigterm: dossiers stopped within the shutdown delay + timeout (${stop_ms} ms < 25000 ms)" test "$stop_ms" -lt 25000
  check "sigterm: the shutdown of dossiers did no work against a closed database" clean_shutdown dossiers
  wait_quiet 120
  missing="$(dossier_events_missing "$marker ")"
  check "sigterm: every event of the load's dossiers applied by par-index and inspections (missing: $missing)" test "$missing" = "0 0"
  local facts
  facts="$(q cchc_par_index "select count(*) from dossier_fact where code in (select unnest(array[$(q cchc_dossiers "select coalesce(string_agg(quote_literal(code), ','), '''-''') from dossier where content like '$marker %'")]))")"
  check "sigterm: par-index holds one fact per dossier of the load ($facts of $total)" test "$facts" = "$total"
  # The gateway too stops by itself within its shutdown delay + timeout (it once hung until cchc down's SIGKILL:
  # docs/observability.md), after it has served the load and been scraped on its management port.
  curl -fsS -o /dev/null "http://127.0.0.1:9080/q/metrics" || say "the gateway's /q/metrics did not answer"
  pid="$(cat "$LOCAL/run/gateway.pid")"
  started=$(date +%s%N)
  kill -TERM "$pid"
  while kill -0 "$pid" 2>/dev/null && (($(date +%s%N) - started < 40000000000)); do sleep 0.1; done
  stop_ms=$((($(date +%s%N) - started) / 1000000))
  say "gateway stopped ${stop_ms} ms after SIGTERM"
  check "sigterm: the gateway stopped within the shutdown delay + timeout (${stop_ms} ms < 25000 ms)" test "$stop_ms" -lt 25000
  kill -KILL "$pid" 2>/dev/null || true
  "$CCHC" up >"$WORK/up-after-gateway-sigterm.log" 2>&1 || say "cchc up failed: see $WORK/up-after-gateway-sigterm.log"
}

part_backup() {
  say "== 3. backup, wipe, restore"
  local backup="$WORK/backup" load_pid acked restored_load reannounced
  wait_quiet 120 || return 1
  # Dossiers received while the backup runs: their events are held in the outbox while Kafka is stopped for its
  # copy and published after it, so they are in the PostgreSQL copy as sent but not in the Kafka copy: only the
  # restore's re-announce brings them to the consumers.
  mkdir -p "$WORK/backup-load"
  helper load "$WORK/backup-load" 5 4 &
  load_pid=$!
  sleep 1
  if ! "$CCHC" backup "$backup"; then
    check "backup: command succeeded" false
    return 1
  fi
  wait "$load_pid"
  wait_quiet 120
  acked="$(jq '[.outcomes[] | select(.status == 201)] | length' "$WORK/backup-load/load.json")"
  helper answers "$WORK" at-backup || return 1
  helper write "$WORK" after-backup
  "$CCHC" down
  say "wiping PostgreSQL, Kafka and the file stores"
  rm -rf "$LOCAL/postgres/data" "$LOCAL/kafka/data" "$LOCAL/files"
  if ! "$CCHC" restore "$backup" 2>&1 | tee "$WORK/restore.log"; then
    check "restore: command succeeded" false
    return 1
  fi
  reannounced="$(sed -n 's/.*cchc_dossiers: \([0-9]*\) event.*/\1/p' "$WORK/restore.log")"
  rm -rf "$LOCAL"/postgres/data.before-restore-* "$LOCAL"/kafka/data.before-restore-* "$LOCAL"/files.before-restore-*
  "$CCHC" up >"$WORK/up-after-restore.log" 2>&1 || { say "cchc up failed after the restore: see $WORK/up-after-restore.log"; tail -20 "$WORK/up-after-restore.log"; }
  check "restore: the stack is ready after the restore" "$CCHC" status
  check "restore: events published after the Kafka copy were re-announced (dossiers: ${reannounced:-none})" test "${reannounced:-0}" -gt 0
  check "restore: every dossier event in the restored databases reached par-index and inspections" wait_quiet 120
  restored_load="$(q cchc_dossiers "select count(*) from dossier where content like '$(jq -r .marker "$WORK/backup-load/load.json") %'")"
  check "restore: the $acked dossiers received during the backup are all in it ($restored_load)" test "$restored_load" = "$acked"
  helper answers "$WORK" restored
  check "restore: the API gives the same answers as at the backup (dossier, evidence file, PAR automatic figures, inspection evidence)" \
    helper compare "$WORK" at-backup restored
  check "restore: the dossier written after the backup is gone" helper absent "$WORK" after-backup
  helper write "$WORK" after-restore
  check "restore: a new dossier reaches par-index and inspections (databases and broker agree)" wait_quiet 90
}

main() {
  local parts=("$@")
  if [[ "${1:-}" == -h || "${1:-}" == --help ]]; then
    sed -n '2,/^set -uo/p' "${BASH_SOURCE[0]}" | sed -e '$d' -e 's/^# \{0,1\}//'
    return 0
  fi
  ((${#parts[@]})) || parts=(rebuild sigterm backup)
  rm -rf "$WORK"
  mkdir -p "$WORK"
  "$CCHC" status >/dev/null || { echo "ops-e2e: the local stack is not ready (deploy/local/cchc up)" >&2; exit 1; }
  helper write "$WORK" written || { echo "ops-e2e: could not write the test data" >&2; exit 1; }
  wait_quiet 120 || failed=$((failed + 1))
  for p in "${parts[@]}"; do
    case "$p" in
      rebuild) part_rebuild || failed=$((failed + 1)) ;;
      sigterm) part_sigterm || failed=$((failed + 1)) ;;
      backup) part_backup || failed=$((failed + 1)) ;;
      *) echo "ops-e2e: unknown part $p (rebuild, sigterm, backup)" >&2; exit 2 ;;
    esac
  done
  printf 'ops-e2e: %d passed, %d failed\n' "$passed" "$failed"
  ((failed == 0))
}

main "$@"
