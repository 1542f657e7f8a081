#!/usr/bin/env bash
# Sizing figures (not a test) from the running local stack, for docs/operations.md § Sizing: bytes per dossier in
# the dossiers database and in the consumers' read models, events per dossier and bytes per event on Kafka.
#
#   deploy/local/bench/sizing.sh
#
# The dossier table's bytes per row are best measured after `node deploy/local/bench/dossiers.mjs 100000 --load-only`
# (synthetic rows, same schema and indexes); the per-dossier child rows (history, pauses, notices, …), the events
# and the read models come from the dossiers that went through the API (the demo's 300 and any others), whose
# bench-free share is printed. Needs psql and the Kafka jars of the local stack.
set -euo pipefail
if [[ "${1:-}" == -h || "${1:-}" == --help ]]; then
  sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'
  exit 0
fi
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
PSQL="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)/psql"
q() { "$PSQL" -h 127.0.0.1 -p 55432 -U postgres -d "$1" -v ON_ERROR_STOP=1 -tAq -F ' ' -c "$2"; }

real="$(q cchc_dossiers "select count(*) from dossier where code not like 'BENCH-%'")"
bench="$(q cchc_dossiers "select count(*) from dossier where code like 'BENCH-%'")"
echo "dossiers: $real through the API, $bench synthetic (bench)"
echo
echo "== cchc_dossiers: tables by total size (table + indexes + TOAST)"
q cchc_dossiers "select c.relname, c.reltuples::bigint, pg_total_relation_size(c.oid),
    round(pg_total_relation_size(c.oid)::numeric / nullif(c.reltuples, 0)) from pg_class c
  join pg_namespace n on n.oid = c.relnamespace and n.nspname = 'public'
  where c.relkind = 'r' order by 3 desc limit 15" | awk '{ printf "  %-28s rows %10s  bytes %12s  per row %6s\n", $1, $2, $3, $4 }'
echo
echo "== per dossier (API dossiers): child rows and their bytes (row width x 2 for the indexes, an estimate)"
for t in dossier_history dossier_pause dossier_handover apology_letter dossier_notice dossier_rating dossier_book_entry notification; do
  q cchc_dossiers "select '$t', round(count(*)::numeric / greatest($real, 1), 2), coalesce(round(avg(pg_column_size(x.*))), 0)
      from $t x join dossier d on d.id = x.dossier_id and d.code not like 'BENCH-%'" |
    awk '{ printf "  %-22s rows/dossier %6s  avg row %5s B  ≈ %6.0f B/dossier\n", $1, $2, $3, $2 * $3 * 2 }'
done
echo
echo "== events per dossier and their size (outbox of dossiers, topic cchc.dossiers.v1)"
q cchc_dossiers "select count(*), round(count(*)::numeric / greatest(count(distinct event_key), 1), 2),
    round(avg(octet_length(payload))) from outbox_event where topic = 'cchc.dossiers.v1'" |
  awk '{ printf "  %s events, %s per dossier, payload %s B on average\n", $1, $2, $3 }'
echo
echo "== read models per dossier"
for pair in "cchc_par_index dossier_fact" "cchc_par_index dossier_day" "cchc_inspections dossier_day_stat" \
  "cchc_inspections dossier_tally" "cchc_inspections late_dossier" "cchc_par_index inbox_event" "cchc_inspections inbox_event"; do
  set -- $pair
  q "$1" "select '$1.$2', count(*), pg_total_relation_size('$2'), round(pg_total_relation_size('$2')::numeric / greatest(count(*), 1))
      from $2" | awk '{ printf "  %-34s rows %8s  bytes %10s  per row %6s\n", $1, $2, $3, $4 }'
done
echo
echo "== database sizes"
for db in cchc_procedures cchc_dossiers cchc_inspections cchc_par_index; do
  printf '  %-18s %s\n' "$db" "$(q postgres "select pg_size_pretty(pg_database_size('$db'))")"
done
echo
echo "== Kafka: bytes on disk per topic (log segments, indexes included) and records"
for dir in "$REPO"/.local/kafka/data/cchc.*-0; do
  topic="$(basename "$dir" -0)"
  bytes="$(du -cb "$REPO"/.local/kafka/data/"$topic"-*/*.log | tail -1 | cut -f1)"
  printf '  %-24s %10s B of log\n' "$topic" "$bytes"
done
