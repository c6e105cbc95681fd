#!/usr/bin/env bash
# `kill -9` of `kpcs serve` under concurrent write load, ROUNDS times on the same data: after each restart no
# acknowledged issue or confirmation is lost, BW's certificate numbers have no gap, no certificate is half-written,
# every event is a leaf of the transparency log at its leafIndex, and `kpcs log audit` (one state file for the whole
# run, so each audit also proves the log extends every checkpoint seen before, one of them taken under load just
# before the kill) passes. The load generator and the checks are scripts/kill9_check.py.
# Needs a built kpcs (swift build; KPCS_BIN, default .build/debug/kpcs), curl and python3; for postgres
# KPCS_TEST_POSTGRES_URL (as in .ci/run) and psql. Usage: scripts/kill9-under-load.sh sqlite|postgres [ROUNDS]
set -euo pipefail
cd "$(dirname "$0")/.."
usage() { echo "usage: $0 sqlite|postgres [ROUNDS (1-50, default 3)]" >&2; exit 64; }
engine=${1:-}
rounds=${2:-3}
[[ $engine == sqlite || $engine == postgres ]] || usage
[[ $rounds =~ ^[0-9]+$ ]] && ((rounds >= 1 && rounds <= 50)) || usage
kpcs=${KPCS_BIN:-.build/debug/kpcs}
[[ -x $kpcs ]] || { echo "no kpcs binary at $kpcs: swift build, or set KPCS_BIN" >&2; exit 64; }
check=scripts/kill9_check.py
started=$(date +%s.%N)

work=$(mktemp -d /tmp/kpcs-kill9.XXXXXX)
unset KPCS_DATABASE_URL KPCS_DATA_DIR KPCS_MASTER_KEY_FILE
if [[ $engine == postgres ]]; then
  base=${KPCS_TEST_POSTGRES_URL:?set KPCS_TEST_POSTGRES_URL}
  command -v psql >/dev/null || { echo "psql is needed to drop the test schema" >&2; exit 64; }
  schema="kill9_$$"
  store=(--database-url "$base$([[ $base == *\?* ]] && echo '&' || echo '?')schema=$schema")
else
  store=(--data-dir "$work/data")
fi
export KPCS_MASTER_KEY=$(python3 -c 'import os,base64; print(base64.b64encode(os.urandom(32)).decode())')
export KPCS_LOG_ORIGIN="kpcs.ci/kill9" KPCS_ADMIN_PASSWORD="kill9-admin-password" KPCS_BCRYPT_COST=4
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
url="http://127.0.0.1:$port"
server_pid="" load_pid="" starts=0 passed=0 round=0

cleanup() {
  set +e  # a child already gone must not stop the cleanup
  {  # (no "Killed" notices from bash)
    if [[ -n $load_pid ]]; then kill -9 "$load_pid"; fi
    if [[ -n $server_pid ]]; then kill -9 "$server_pid"; fi
    wait
  } 2>/dev/null
  if [[ $engine == postgres ]]; then
    timeout 30 psql "$base" -qc "DROP SCHEMA IF EXISTS $schema CASCADE" >/dev/null 2>&1 || echo "could not drop schema $schema" >&2
  fi
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

fail() {
  echo "FAIL (round $round, $engine): $*"
  for f in "$work/server.$starts.log" "$work/load.$round.log"; do
    if [[ -s $f ]]; then echo "--- last lines of $(basename "$f")"; tail -n 15 "$f"; fi
  done
  echo "kill -9 rounds: $passed passed, 1 failed"
  exit 1
}

start_server() {  # [serve flags]: start on $port, same data, and wait for /health (30 s at most)
  starts=$((starts + 1))
  "$kpcs" serve "$@" --port "$port" "${store[@]}" > "$work/server.$starts.log" 2>&1 &
  server_pid=$!
  for _ in $(seq 1 300); do
    kill -0 "$server_pid" 2>/dev/null || { wait "$server_pid" || true; server_pid=""; fail "kpcs serve exited at start"; }
    curl -sf --max-time 1 "$url/health" >/dev/null && return 0
    sleep 0.1
  done
  fail "no /health from kpcs serve within 30 s"
}

wait_gone() {  # pid seconds: wait for a child to exit, then kill -9 it
  for _ in $(seq 1 $(($2 * 10))); do kill -0 "$1" 2>/dev/null || break; sleep 0.1; done
  if kill -9 "$1" 2>/dev/null; then echo "(had to kill -9 pid $1)"; fi
  wait "$1" 2>/dev/null || true
}

audit() {  # label: kpcs log audit with the run's one state file; exit 0 or the round fails
  if ! out=$(timeout 60 "$kpcs" log audit "$url/log" --log-key "$key" --state "$work/audit-state" 2>&1); then
    echo "$out"
    fail "kpcs log audit $1 did not pass"
  fi
  audit_line=$(head -n 1 <<< "$out")
}

verify() {  # round: the checks after a restart, then the audit
  if ! report=$(timeout 180 python3 "$check" check --base "$url" --acks "$work/acks" --state "$work/seen.json" \
      --log-key "$key" --round "$1" --tokens "$work/tokens.json" 2>&1); then
    echo "$report"
    fail "the checks after the restart found problems"
  fi
  figures=$(head -n 1 <<< "$report")
  audit "after the restart"
}

field() {  # json name: one member of a JSON object, a {year: max} object as "BW-year 1..max"
  python3 -c '
import json, sys
value = json.loads(sys.argv[1])[sys.argv[2]]
print(", ".join(f"BW-{y} 1..{m}" for y, m in sorted(value.items())) if isinstance(value, dict) else value)' "$1" "$2"
}

echo "kill -9 under load: $engine, $rounds round(s), $kpcs on $url"
start_server --demo --demo-year-certificates 0
key=$("$kpcs" log key "${store[@]}" 2>&1) || fail "kpcs log key: $key"
[[ $key == "$KPCS_LOG_ORIGIN+"* ]] || fail "kpcs log key printed '$key'"
: > "$work/acks"
verify 0
echo "start: $(field "$figures" certificates) demo certificates from BW, log $(field "$figures" logSize) leaves; $audit_line"

for round in $(seq 1 "$rounds"); do
  python3 "$check" load --base "$url" --acks "$work/acks" --summary "$work/load.$round.json" \
    --ready "$work/ready.$round" --tokens "$work/tokens.json" --workers 8 --max-seconds 30 > "$work/load.$round.log" 2>&1 &
  load_pid=$!
  for _ in $(seq 1 100); do
    [[ -e $work/ready.$round ]] && break
    kill -0 "$load_pid" 2>/dev/null || fail "the load generator stopped before it started"
    sleep 0.1
  done
  [[ -e $work/ready.$round ]] || fail "the load generator was not ready within 10 s"
  load_started=$(date +%s%N)
  ms=$((2000 + RANDOM % 4001))
  sleep "$((ms / 2000)).$(printf %03d $((ms / 2 % 1000)))"
  audit "under load"  # a checkpoint published under load: every later audit must find it a prefix of the log
  under_load=$(grep -o '[0-9]* entries' <<< "$audit_line" || echo "? entries")
  sleep "$((ms / 2000)).$(printf %03d $((ms / 2 % 1000)))"
  alive=1
  { kill -9 "$server_pid" || alive=0; wait "$server_pid"; } 2>/dev/null || true  # (no "Killed" notice from bash)
  loaded_ms=$((($(date +%s%N) - load_started) / 1000000))
  server_pid=""
  ((alive)) || fail "kpcs serve had exited by itself under load"
  kill -TERM "$load_pid" 2>/dev/null || true
  wait_gone "$load_pid" 40
  load_pid=""
  [[ -s $work/load.$round.json ]] || fail "the load generator wrote no summary"
  load=$(cat "$work/load.$round.json")
  [[ $(field "$load" unexpected) == "[]" ]] || fail "unexpected answers under load: $(field "$load" unexpected)"
  (($(field "$load" issued) > 0)) || fail "no certificate was acknowledged under load: nothing was tested"

  start_server
  verify "$round"
  echo "round $round: kill -9 after $((loaded_ms / 1000)).$(printf %03d $((loaded_ms % 1000))) s of load (mid-load audit: $under_load);" \
    "acknowledged $(field "$load" issued) issues and $(field "$load" confirmations) confirmations," \
    "$(field "$load" cutOff) requests cut off" \
    "($(field "$figures" committedUnacknowledged) more committed unacknowledged); numbers gap-free:" \
    "$(field "$figures" max); $(field "$figures" events) events all in the log of $(field "$figures" logSize) leaves;" \
    "re-logins $(($(field "$load" relogins) + $(field "$figures" relogins))); audit OK"
  passed=$((passed + 1))
done
echo "kill -9 rounds: $passed passed, 0 failed ($engine, $(python3 -c "import time; print(round(time.time() - $started, 1))") s)"
