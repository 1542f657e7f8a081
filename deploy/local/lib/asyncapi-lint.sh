#!/usr/bin/env bash
# asyncapi-lint.sh – lints docs/asyncapi/asyncapi.yaml offline (docs/asyncapi/README.md):
#   1. @asyncapi/parser 3.6.3 (deploy/asyncapi-tools/summary.mjs), the parser and rule set behind `asyncapi validate`:
#      the AsyncAPI 3 schema and the governance rules; any error or warning fails; prints the channels, messages and
#      operations it documents. (The whole @asyncapi/cli adds 400 MB and 3 minutes of `npm ci` for the same rules.)
#   2. self-test: a copy with a broken reference must fail step 1 (so a linter that passes everything is caught).
# The tools live in deploy/asyncapi-tools (own package.json and lock; `npm ci` there when the lock is newer).
# Prints "asyncapi lint: N passed, N failed"; exit 1 when a check failed. Contract drift between the document and the
# Java event records is caught by AsyncApiContractTest (services/shared), not here.
set -uo pipefail

case "${1:-}" in
  -h | --help)
    cat <<'EOF'
usage: deploy/local/lib/asyncapi-lint.sh

Lints docs/asyncapi/asyncapi.yaml offline with @asyncapi/parser (0 errors and 0 warnings required; counts channels,
messages and operations), and a self-test on a broken copy.
Installs deploy/asyncapi-tools with `npm ci` when its lock file is newer. Prints "asyncapi lint: N passed, N failed".
EOF
    exit 0 ;;
  "") ;;
  *) echo "usage: deploy/local/lib/asyncapi-lint.sh [--help]" >&2; exit 2 ;;
esac

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
TOOLS="$REPO/deploy/asyncapi-tools"
DOC="$REPO/docs/asyncapi/asyncapi.yaml"

(cd "$TOOLS" && { [[ node_modules/.package-lock.json -nt package-lock.json ]] || npm ci --no-audit --no-fund --loglevel=error; }) \
  || { echo "asyncapi lint: 0 passed, 1 failed (npm ci in deploy/asyncapi-tools)"; exit 1; }

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

validate() { (cd "$TOOLS" && node summary.mjs "$1"); }

passed=0 failed=0
ok() { passed=$((passed + 1)); echo "ok: $*"; }
ko() { failed=$((failed + 1)); echo "FAILED: $*"; }

if validate "$DOC"; then ok "parsed and validated with @asyncapi/parser (0 errors, 0 warnings)"; else ko "@asyncapi/parser: $DOC"; fi

# Self-test: an operation that points at a channel that does not exist must be refused.
sed "s|'#/channels/dossiers'|'#/channels/no-such-channel'|" "$DOC" > "$WORK/broken.yaml"
if cmp -s "$DOC" "$WORK/broken.yaml"; then
  ko "self-test: could not break the copy (no reference to #/channels/dossiers)"
elif validate "$WORK/broken.yaml" > "$WORK/broken.log" 2>&1; then
  ko "self-test: a document with a dangling channel reference passed validation"
else
  ok "self-test: a dangling channel reference is refused"
fi

echo "asyncapi lint: $passed passed, $failed failed"
(( failed == 0 ))
