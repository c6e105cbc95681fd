#!/usr/bin/env bash
# HTTP load run: issues certificates over HTTP against a release build of `kpcs serve` on a fresh SQLite data
# folder (or PostgreSQL with KPCS_DATABASE_URL), with wrk from Debian's packages, on loopback only.
# Usage: scripts/load-test.sh [seconds=20] [connections=32]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-20}
connections=${2:-32}
threads=${KPCS_LOAD_THREADS:-1}
port=${KPCS_LOAD_PORT:-18080}
command -v wrk >/dev/null || { echo "install wrk: apt-get install -y wrk" >&2; exit 1; }

swift build -c release --product kpcs >/dev/null
data=$(mktemp -d /tmp/kpcs-load.XXXXXX)
KPCS_BCRYPT_COST=10 .build/release/kpcs serve --demo --demo-year-certificates 0 --data-dir "$data" --port "$port" >"$data/serve.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true; wait $server 2>/dev/null || true; rm -rf "$data"' EXIT
for _ in $(seq 1 120); do curl -sf "localhost:$port/health" >/dev/null && break; sleep 0.5; done

token=$(curl -sf -X POST "localhost:$port/api/v1/auth/token" -H 'Content-Type: application/json' \
  -d '{"username":"bw-officer","password":"demo-bw-password"}' | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')
ids=$(curl -sf "localhost:$port/api/v1/companies?perPage=200" -H "Authorization: Bearer $token" | python3 -c '
import json,sys
items=json.load(sys.stdin)["items"]
exporter=[c["id"] for c in items if c["participant"]=="BW" and c["canExport"]][0]
importer=[c["id"] for c in items if c["participant"]=="EU" and c["canImport"]][0]
print(exporter, importer)')
read -r exporter importer <<<"$ids"
before=$(curl -sf "localhost:$port/api/v1/certificates?perPage=1&exportingParticipant=BW" -H "Authorization: Bearer $token" | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])')

cat >"$data/issue.lua" <<LUA
wrk.method = "POST"
wrk.path = "/api/v1/certificates"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer $token"
wrk.body = '{"importingParticipant":"EU","exporterId":$exporter,"importerId":$importer,"origin":{"kind":"single","country":"BW"},"lines":[{"hsCode":"7102.10","caratsX100":123456,"valueUsdCents":98765400,"parcels":3},{"hsCode":"7102.31","caratsX100":50001,"valueUsdCents":100000001,"parcels":1}]}'
done = function(summary, latency, requests)
  io.write(string.format("p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms\n",
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
LUA
echo "== wrk: ${seconds}s, $connections connections, POST /api/v1/certificates ($threads wrk thread(s))"
wrk -t"$threads" -c"$connections" -d"${seconds}s" --latency -s "$data/issue.lua" "http://127.0.0.1:$port" | tee "$data/wrk.txt"
after=$(curl -sf "localhost:$port/api/v1/certificates?perPage=1&exportingParticipant=BW" -H "Authorization: Bearer $token" | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])')
echo "== certificates stored during the run: $((after - before)) ($(python3 -c "print(round(($after - $before) / $seconds))") per second)"
