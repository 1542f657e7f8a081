#!/usr/bin/env bash
# Checks the tokens of the running local Keycloak (realm cchc) against what the services expect.
# Run through `deploy/local/cchc verify-realm` (or directly) once `infra-up` or `up` is done.
# Needs curl and jq. Exit code 0 when every check passes.
set -euo pipefail

KC_URL="${CCHC_KEYCLOAK_URL:-http://127.0.0.1:8180}"
ISSUER="$KC_URL/realms/cchc"
TOKEN_URL="$ISSUER/protocol/openid-connect/token"
failures=0

command -v jq >/dev/null || {
  echo "verify-realm: jq is required (apt-get install -y jq)" >&2
  exit 2
}

# Prints the JSON payload of a JWT.
jwt_payload() {
  local part
  part="$(printf '%s' "$1" | cut -d. -f2 | tr '_-' '/+')"
  while ((${#part} % 4)); do part+="="; done
  printf '%s' "$part" | base64 -d
}

check() {
  local what="$1" payload="$2" filter="$3"
  if jq -e "$filter" >/dev/null <<<"$payload"; then
    printf '  ok    %s\n' "$what"
  else
    printf '  FAIL  %s (jq: %s)\n' "$what" "$filter"
    failures=$((failures + 1))
  fi
}

token() {
  local response
  response="$(curl -sS --max-time 10 "$TOKEN_URL" "$@")"
  jq -er '.access_token' <<<"$response" 2>/dev/null || {
    echo "  FAIL  no token: $response" >&2
    return 1
  }
}

check_user() {
  local user="$1" role="$2" unit="$3" at payload
  echo "user $user (password grant, client cchc-web):"
  if ! at="$(token -d grant_type=password -d client_id=cchc-web -d "username=$user" -d password=demo -d scope=openid)"; then
    failures=$((failures + 1))
    return 0
  fi
  payload="$(jwt_payload "$at")"
  check "iss = $ISSUER" "$payload" ".iss == \"$ISSUER\""
  check "aud contains cchc-api" "$payload" '.aud | if type == "array" then index("cchc-api") != null else . == "cchc-api" end'
  check "realm_access.roles contains $role" "$payload" ".realm_access.roles | index(\"$role\") != null"
  if [[ -n "$unit" ]]; then
    check "unit_code = $unit" "$payload" ".unit_code == \"$unit\""
  else
    check "no unit_code" "$payload" '.unit_code == null'
  fi
  check "preferred_username = $user" "$payload" ".preferred_username == \"$user\""
  check "name present" "$payload" '.name | type == "string" and length > 0'
}

check_user officer officer H99.X01
check_user specialist specialist H99.X01
check_user leader leader H99.X01
check_user admin admin H99
check_user catalogue catalogue-admin H99.SNV
check_user inspector inspector H99.SNV
check_user appraiser appraiser H99.SNV
check_user citizen citizen ""

echo "client cchc-integration (client credentials):"
if at="$(token -d grant_type=client_credentials -d client_id=cchc-integration -d client_secret=cchc-integration-local-secret)"; then
  payload="$(jwt_payload "$at")"
  check "iss = $ISSUER" "$payload" ".iss == \"$ISSUER\""
  check "aud contains cchc-api" "$payload" '.aud | index("cchc-api") != null'
  check "realm_access.roles contains integration" "$payload" '.realm_access.roles | index("integration") != null'
  check "azp = cchc-integration" "$payload" '.azp == "cchc-integration"'
  check "unit_code = H99" "$payload" '.unit_code == "H99"'
else
  failures=$((failures + 1))
fi

echo "client cchc-inspections-directory (client credentials, the team picker's read-only directory):"
if at="$(token -d grant_type=client_credentials -d client_id=cchc-inspections-directory -d client_secret=cchc-inspections-directory-local-secret)"; then
  payload="$(jwt_payload "$at")"
  check "realm-management roles: view-users, query-users, no manage-users" "$payload" \
    '.resource_access["realm-management"].roles as $r | ($r | index("view-users")) != null and ($r | index("query-users")) != null and ($r | index("manage-users")) == null'
  users="$(curl -sS --max-time 10 -H "Authorization: Bearer $at" "$KC_URL/admin/realms/cchc/users?briefRepresentation=false&max=50")"
  check "lists users with unit_code (inspector: H99.SNV)" "$users" \
    'map(select(.username == "inspector"))[0].attributes.unit_code == ["H99.SNV"]'
else
  failures=$((failures + 1))
fi

if ((failures)); then
  echo "verify-realm: $failures check(s) failed" >&2
  exit 1
fi
echo "verify-realm: all checks passed"
