#!/usr/bin/env bash
# dlq-replay-test.sh – tests `deploy/local/cchc dlq replay` on the running local stack (test-all, e2e phase):
#   1. a valid dossier event parked in par-index (as a consumer bug would have parked it) is applied once by the
#      replay, which exits 0 and marks it replayed;
#   2. a record this build can never read (schemaversion 99) stays parked: the replay exits non-zero and
#      `dlq list` shows it with its group and reason.
# Prints "dlq replay: N passed, N failed". Removes what it planted and what the replay applied (a rebuild of the read
# models from the topics must find them unchanged).
set -uo pipefail
SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CCHC="$SCRIPT_DIR/cchc"
PG_PORT="${CCHC_PG_PORT:-55432}"
PSQL="$(printf '%s\n' /usr/lib/postgresql/*/bin/psql | sort -V -r | head -1)"
q() { "$PSQL" -h 127.0.0.1 -p "$PG_PORT" -U postgres -d cchc_par_index -v ON_ERROR_STOP=1 -tAq -c "$1"; }
passed=0 failed=0
check() { if eval "$2"; then passed=$((passed + 1)); echo "ok   $1"; else failed=$((failed + 1)); echo "FAIL $1"; fi; }

code="DLQ-$(date +%s)-$RANDOM"
event_id="$(cat /proc/sys/kernel/random/uuid)"
future_id="$(cat /proc/sys/kernel/random/uuid)"
envelope() { # id code schemaversion
  printf '{"specversion":"1.0","id":"%s","source":"/cchc/dossiers","type":"DossierReceived","subject":"%s","time":"2026-12-01T02:00:00Z","schemaversion":%s,"datacontenttype":"application/json","data":{"code":"%s","version":0,"status":"RECEIVED","statusCode":2,"procedureCode":"1.H98.KS","field":"Hộ tịch","receivingUnitCode":"H98.DLQ","receivingUnitPath":"/H98/H98.DLQ/","channel":"DIRECT","receivedAt":"2026-12-01T09:00:00+07:00","dueAt":"2026-12-04T09:00:00+07:00","hasApology":false,"overdue":false,"digitised":false,"eResult":false,"occurredAt":"2026-12-01T09:00:00+07:00"}}' "$1" "$2" "$3" "$2"
}
park() { # id code schemaversion offset
  q "INSERT INTO dead_letter (id, consumer, group_id, topic, partition, record_offset, record_key, event_id, event_type,
       reason, record, dead_lettered_at)
     VALUES (gen_random_uuid(), 'par-index.dossiers', 'cchc-par-index.dossiers', 'cchc.dossiers.v1', 0, $4, '$2', '$1',
       'DossierReceived', 'test: parked by dlq-replay-test', \$rec\$$(envelope "$1" "$2" "$3")\$rec\$, now())" >/dev/null
}
base_offset=$(( -1000000 - RANDOM * 100 ))

park "$event_id" "$code" 1 "$base_offset"
"$CCHC" dlq replay par-index par-index.dossiers
rc=$?
check "replay of a fixed record exits 0" "[[ $rc == 0 ]]"
check "the record is applied once (dossier_fact, inbox)" \
  "[[ \$(q \"SELECT count(*) FROM dossier_fact WHERE code = '$code'\") == 1 && \$(q \"SELECT count(*) FROM inbox_event WHERE event_id = '$event_id'\") == 1 ]]"
check "and marked replayed" "[[ \$(q \"SELECT count(*) FROM dead_letter WHERE event_id = '$event_id' AND replayed_at IS NOT NULL\") == 1 ]]"

park "$future_id" "$code-F" 99 $(( base_offset - 1 ))
"$CCHC" dlq replay par-index par-index.dossiers
rc=$?
check "a record this build cannot read: the replay exits non-zero" "[[ $rc != 0 ]]"
check "it stays parked with the reason, never applied" \
  "[[ \$(q \"SELECT count(*) FROM dead_letter WHERE event_id = '$future_id' AND replayed_at IS NULL AND reason LIKE '%schemaversion 99%'\") == 1 && \$(q \"SELECT count(*) FROM dossier_fact WHERE code = '$code-F'\") == 0 ]]"
check "dlq list names it with its group" "\"$CCHC\" dlq list | grep -q 'cchc-par-index.dossiers'"

# Leave the read models as the topics say (a later `cchc rebuild par-index` compares them with a rebuild from the
# topics, where this planted record never was): remove the replayed dossier's fact, its day counters (the unit
# /H98/H98.DLQ/ exists only in this test), its inbox row and the dead letters.
q "DELETE FROM dead_letter WHERE event_id IN ('$event_id', '$future_id');
   DELETE FROM dossier_fact WHERE code IN ('$code', '$code-F');
   DELETE FROM dossier_day WHERE unit_path = '/H98/H98.DLQ/';
   DELETE FROM inbox_event WHERE event_id IN ('$event_id', '$future_id')" >/dev/null
check "the planted records leave nothing behind in the read models" \
  "[[ \$(q \"SELECT count(*) FROM dossier_fact WHERE code LIKE '$code%'\") == 0 && \$(q \"SELECT count(*) FROM dossier_day WHERE unit_path LIKE '/H98/%'\") == 0 ]]"
printf 'dlq replay: %d passed, %d failed\n' "$passed" "$failed"
(( failed == 0 ))
