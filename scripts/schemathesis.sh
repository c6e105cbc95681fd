#!/usr/bin/env bash
# Property-based tests of the JSON API against its OpenAPI document with Schemathesis (PyPI): a demo server on a temp
# data folder, then the operations under /api/, /log/ and /.well-known/ (not the HTML pages of the Web tag, whose
# bodies are forms) three times, without a token, as the officer bw-officer and as the administrator (and the
# governance operations as the Chair's delegate bw-delegate and the observer wdc-observer), with the checks
# not_a_server_error and response_schema_conformance; last, the operations that end a token or lock an account
# (login with wrong passwords, logout, disabling an account, setting its password), so they cannot spoil the runs before.
# The schema is the FILE Sources/KPCSServer/Resources/openapi.yaml (the server serves the same text at
# /api/v1/openapi.yaml once rebuilt), so a change to the document is checked without rebuilding the server.
# Exits non-zero on any failure.
#
# Needs a built kpcs (swift build). Usage: scripts/schemathesis.sh [-n EXAMPLES] [--seed SEED] [--port PORT] [--keep]
#   -n EXAMPLES   test cases per operation and run in the fuzzing phase (default 25; env SCHEMATHESIS_MAX_EXAMPLES)
#   --seed SEED   Hypothesis seed (default 20261201; env SCHEMATHESIS_SEED): the same seed generates the same requests
#   --port PORT   the server's port (default 18090; env KPCS_SCHEMATHESIS_PORT)
#   --keep        keep the temp folder (server log, JUnit reports) and say where it is
# Env KPCS_BIN: the kpcs binary (default .build/debug/kpcs).
set -euo pipefail
cd "$(dirname "$0")/.."
examples=${SCHEMATHESIS_MAX_EXAMPLES:-25}
seed=${SCHEMATHESIS_SEED:-20261201}
port=${KPCS_SCHEMATHESIS_PORT:-18090}
keep=0
while [[ $# -gt 0 ]]; do
  case $1 in
    -n|--max-examples) examples=$2; shift 2 ;;
    --seed) seed=$2; shift 2 ;;
    --port) port=$2; shift 2 ;;
    --keep) keep=1; shift ;;
    -h|--help) sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown argument: $1 (see --help)" >&2; exit 2 ;;
  esac
done
kpcs=${KPCS_BIN:-.build/debug/kpcs}
schema=Sources/KPCSServer/Resources/openapi.yaml
[[ -x $kpcs ]] || { echo "no kpcs binary at $kpcs: run swift build (or set KPCS_BIN)" >&2; exit 2; }

if ! command -v schemathesis >/dev/null 2>&1; then
  echo "== installing schemathesis (PyPI)"
  python3 -m pip install --quiet --disable-pip-version-check 'schemathesis>=4,<5'
fi
version=$(schemathesis --version | awk '{print $NF}')
[[ ${version%%.*} -ge 4 ]] || { echo "schemathesis $version: this script needs 4.x (its flags changed in 4.0)" >&2; exit 2; }

work=$(mktemp -d /tmp/kpcs-schemathesis.XXXXXX)
server=""
cleanup() {
  if [[ -n $server ]]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
  if [[ $keep == 1 ]]; then echo "kept $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT

export KPCS_MASTER_KEY=$(python3 -c 'import os,base64; print(base64.b64encode(os.urandom(32)).decode())')
export KPCS_ADMIN_USERNAME=admin KPCS_ADMIN_PASSWORD="schemathesis-admin-$RANDOM$RANDOM" KPCS_BCRYPT_COST=4
base="http://127.0.0.1:$port"
echo "== kpcs serve --demo on $base (data in $work/data)"
"$kpcs" serve --demo --demo-year-certificates 0 --host 127.0.0.1 --port "$port" --data-dir "$work/data" > "$work/server.log" 2>&1 &
server=$!
for _ in $(seq 1 240); do
  curl -sf "$base/health" >/dev/null 2>&1 && break
  kill -0 "$server" 2>/dev/null || { cat "$work/server.log"; echo "the server stopped" >&2; exit 1; }
  sleep 0.5
done
curl -sf "$base/health" >/dev/null || { tail -20 "$work/server.log"; echo "the server did not answer" >&2; exit 1; }

token() {  # username password
  curl -sf -X POST "$base/api/v1/auth/token" -H 'Content-Type: application/json' \
    -d "{\"username\":\"$1\",\"password\":\"$2\"}" | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])'
}
officer=$(token bw-officer demo-bw-password)
admin=$(token "$KPCS_ADMIN_USERNAME" "$KPCS_ADMIN_PASSWORD")
delegate=$(token bw-delegate demo-delegate-password)
observer=$(token wdc-observer demo-observer-password)

# The operations of the API (JSON, the log, the published lists), not the HTML pages.
api_paths='^/(api|log|\.well-known)/'
# Operations that end a token or lock an account: only in the last runs.
ending='^(login|logout|disableAccount|resetPassword)$'
# No crash cache in the work tree (.schemathesis/): the reports are the record.
printf '[cache]\nenabled = false\n' > "$work/schemathesis.toml"

failures=0
run() {  # name token [schemathesis options...]
  local name=$1 bearer=$2
  shift 2
  local auth=()
  [[ -n $bearer ]] && auth=(-H "Authorization: Bearer $bearer")
  echo
  echo "== schemathesis ($name): $examples examples per operation, seed $seed"
  local started=$SECONDS
  # One worker: with several, Hypothesis describes strategies from threads at once, and CPython 3.11 before 3.11.8
  # fails in ast.parse ("AST constructor recursion depth mismatch"); the server shares the 2 cores anyway.
  if schemathesis --config-file "$work/schemathesis.toml" run "$schema" --url "$base" "${auth[@]}" \
      --checks not_a_server_error,response_schema_conformance \
      --phases examples,coverage,fuzzing --max-examples "$examples" --seed "$seed" \
      --workers 1 --request-timeout 30 --no-color --generation-database none \
      --report junit --report-junit-path "$work/junit-$name.xml" \
      "$@"; then
    echo "== $name: passed in $((SECONDS - started)) s"
    runs=$((runs + 1))
  else
    echo "== $name: FAILED in $((SECONDS - started)) s"
    failures=$((failures + 1))
    runs=$((runs + 1))
  fi
}

total=$SECONDS
runs=0
run anonymous "" --include-path-regex "$api_paths" --exclude-operation-id-regex "$ending"
run officer "$officer" --include-path-regex "$api_paths" --exclude-operation-id-regex "$ending"
run administrator "$admin" --include-path-regex "$api_paths" --exclude-operation-id-regex "$ending"
# Governance as its own callers: the Chair's delegate (propose, open, answer) and an observer of the WDC (comment).
governance='^/api/v1/(decisions|archived-decisions|chairs|observer-organisations)'
run delegate "$delegate" --include-path-regex "$governance"
run observer "$observer" --include-path-regex "$governance"
# Then what may end a token: disabling accounts and setting passwords (random usernames, so hardly ever a demo
# account), logging out with a token of its own, and last logging in with generated passwords, which may lock the
# usernames it tries.
run accounts "$admin" --include-operation-id-regex '^(disableAccount|resetPassword)$'
run logout "$(token "$KPCS_ADMIN_USERNAME" "$KPCS_ADMIN_PASSWORD")" --include-operation-id-regex '^logout$'
run login "" --include-operation-id-regex '^login$'

# A 5xx is logged by the server as "request failed" (or "page failed"): a bug, even where no check looked.
if grep -qE "(request|page) failed" "$work/server.log"; then
  echo
  echo "== the server logged $(grep -cE "(request|page) failed" "$work/server.log") errors, the first:"
  grep -E "(request|page) failed" "$work/server.log" | head -20
  failures=$((failures + 1))
fi
echo
if [[ $failures -gt 0 ]]; then
  echo "FAIL: $failures of $runs schemathesis runs failed ($((SECONDS - total)) s)"
  exit 1
fi
echo "OK: $runs schemathesis runs passed ($((SECONDS - total)) s)"
