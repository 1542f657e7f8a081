#!/usr/bin/env bash
# Lints the OpenAPI documents of the four domain services with Redocly CLI (deploy/api-tools, rules in
# deploy/api-tools/redocly.yaml; conventions in docs/adr/0011-api-conventions.md). No stack needed: the Quarkus
# build of each service writes its document to services/<name>/target/openapi/openapi.json
# (quarkus.smallrye-openapi.store-schema-directory); a missing one is built here (./mvnw package -DskipTests).
# Prints "api lint: N passed, N failed" (one per document); exit status 1 when any document has an error.
set -euo pipefail
case "${1:-}" in
  -h | --help)
    sed -n '2,6p' "$0" | sed 's/^# \{0,1\}//'
    echo "usage: deploy/local/lib/api-lint.sh [--help]"
    exit 0
    ;;
  "") ;;
  *)
    echo "usage: deploy/local/lib/api-lint.sh [--help]" >&2
    exit 2
    ;;
esac
cd "$(dirname "$0")/../../.."

SERVICES=(procedures dossiers inspections par-index)
missing=()
for s in "${SERVICES[@]}"; do
  [[ -s services/$s/target/openapi/openapi.json ]] || missing+=("services/$s")
done
if (( ${#missing[@]} )); then
  echo "building the documents of: ${missing[*]}"
  # shellcheck disable=SC1091
  source deploy/local/lib/java.sh && cchc_use_java
  modules="services/token-cache,services/shared,services/working-calendar,services/dossier-indicators,$(IFS=,; echo "${missing[*]}")"
  ./mvnw -B -ntp -q -pl "$modules" package -DskipTests
fi

(cd deploy/api-tools && { [[ node_modules/.package-lock.json -nt package-lock.json ]] || npm ci --no-audit --no-fund; })

passed=0 failed=0
for s in "${SERVICES[@]}"; do
  doc="services/$s/target/openapi/openapi.json"
  ops="$(node -e 'const d=require(process.argv[1]);let n=0;for(const p of Object.values(d.paths||{}))for(const m of ["get","put","post","delete","patch"])if(p[m])n++;console.log(n)' "$PWD/$doc")"
  if (cd deploy/api-tools && npx --no-install redocly lint --config redocly.yaml --format=summary "../../$doc" 2>&1 \
      | grep -v -e '[║╔╚]'); then
    echo "$s: $ops operations, 0 errors"
    passed=$((passed + 1))
  else
    echo "$s: lint errors (above)"
    failed=$((failed + 1))
  fi
done
echo "api lint: $passed passed, $failed failed"
(( failed == 0 ))
