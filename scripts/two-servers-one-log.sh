#!/usr/bin/env bash
# Two `kpcs serve` processes on one PostgreSQL database issue certificates at the same time; then `kpcs log audit`
# (an outside monitor) checks the one log they share: every leaf once, no gap, no fork, the signed root.
# Needs KPCS_TEST_POSTGRES_URL (as in .ci/run) and a built kpcs (swift build). Usage: scripts/two-servers-one-log.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-60}
kpcs=${KPCS_BIN:-.build/debug/kpcs}
base=${KPCS_TEST_POSTGRES_URL:?set KPCS_TEST_POSTGRES_URL}
schema="twoservers$$"
export KPCS_DATABASE_URL="$base$([[ $base == *\?* ]] && echo '&' || echo '?')schema=$schema"
export KPCS_MASTER_KEY=$(python3 -c 'import os,base64; print(base64.b64encode(os.urandom(32)).decode())')
export KPCS_LOG_ORIGIN="kpcs.ci/two-servers" KPCS_ADMIN_PASSWORD="two-servers-admin" KPCS_BCRYPT_COST=4
work=$(mktemp -d /tmp/kpcs-two.XXXXXX)
cleanup() {
  kill $(jobs -p) 2>/dev/null || true
  psql "$base" -qc "DROP SCHEMA IF EXISTS $schema CASCADE" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

"$kpcs" serve --demo --demo-year-certificates 0 --port 18081 --data-dir "$work/a" > "$work/a.log" 2>&1 &
for _ in $(seq 1 120); do curl -sf localhost:18081/health >/dev/null && break; sleep 0.5; done
"$kpcs" serve --port 18082 --data-dir "$work/b" > "$work/b.log" 2>&1 &
for _ in $(seq 1 120); do curl -sf localhost:18082/health >/dev/null && break; sleep 0.5; done

token() { curl -sf -X POST "localhost:$1/api/v1/auth/token" -H 'Content-Type: application/json' \
  -d '{"username":"bw-officer","password":"demo-bw-password"}' | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])'; }
ta=$(token 18081); tb=$(token 18082)
ids=$(curl -sf "localhost:18081/api/v1/companies?perPage=200" -H "Authorization: Bearer $ta" | python3 -c '
import json, sys
items = json.load(sys.stdin)["items"]
exporter = next(c["id"] for c in items if c["participant"] == "BW" and c["canExport"] and not c["suspended"])
importer = next(c["id"] for c in items if c["participant"] == "EU" and c["canImport"] and not c["suspended"])
print(exporter, importer)')
read -r exporter importer <<< "$ids"
draft="{\"importingParticipant\":\"EU\",\"exporterId\":$exporter,\"importerId\":$importer,\"origin\":{\"kind\":\"single\",\"country\":\"BW\"},\"lines\":[{\"hsCode\":\"7102.10\",\"caratsX100\":12345,\"valueUsdCents\":9876500,\"parcels\":2}]}"
before=$(curl -sf localhost:18081/api/v1/log | python3 -c 'import json,sys; print(json.load(sys.stdin)["size"])')

issue() {  # port token
  for _ in $(seq 1 "$count"); do
    curl -sf -o /dev/null -X POST "localhost:$1/api/v1/certificates" -H "Authorization: Bearer $2" \
      -H 'Content-Type: application/json' -d "$draft" &
    [[ $(jobs -r | wc -l) -gt 8 ]] && wait -n
  done
  wait
}
issue 18081 "$ta" &
first=$!
issue 18082 "$tb" &
second=$!
wait "$first" "$second"

after=$(curl -sf localhost:18082/api/v1/log | python3 -c 'import json,sys; print(json.load(sys.stdin)["size"])')
echo "log: $before leaves before, $after after, $((2 * count)) certificates issued through two processes"
[[ $((after - before)) -ge $((2 * count)) ]] || { echo "FAIL: expected at least $((2 * count)) new leaves"; exit 1; }
key=$("$kpcs" log key --data-dir "$work/a")
"$kpcs" log audit http://127.0.0.1:18081/log --log-key "$key" --state "$work/seen"
"$kpcs" log audit http://127.0.0.1:18082/log --log-key "$key" --state "$work/seen"
echo "OK: two processes, one consistent log"
