#!/usr/bin/env bash
# Browser suite: starts `kpcs serve --demo` on a fresh SQLite data folder, drives its web pages in headless Chromium
# (scripts/browser/web_suite.py, axe on every page), and with --sizes measures every page (page_sizes.py).
# Needs a built kpcs (KPCS_BIN, default .build/debug/kpcs), Debian's chromium and chromium-driver, and PyPI's
# selenium and selenium-axe-python 2.2 (axe-core 4.9). Usage: scripts/browser/run.sh [--screenshots] [--sizes]
# --screenshots saves PNGs of the main pages in English and French to docs/screenshots. The demo server also holds
# last year's generated trade (KPCS_BROWSER_DEMO_YEAR certificates, default 2,000) so the statistics pages are full.
set -euo pipefail
cd "$(dirname "$0")/../.."
screenshots=()
sizes=false
for argument in "$@"; do
  case $argument in
    --screenshots) screenshots=(--screenshots docs/screenshots) ;;
    --sizes) sizes=true ;;
    *) echo "usage: scripts/browser/run.sh [--screenshots] [--sizes]" >&2; exit 2 ;;
  esac
done
kpcs=${KPCS_BIN:-.build/debug/kpcs}
[[ -x $kpcs ]] || { echo "no kpcs at $kpcs: build it first or set KPCS_BIN" >&2; exit 1; }
port=18090
base="http://127.0.0.1:$port"
export KPCS_MASTER_KEY=$(python3 -c 'import os,base64; print(base64.b64encode(os.urandom(32)).decode())')
export KPCS_BCRYPT_COST=4 KPCS_LOG_ORIGIN="kpcs.ci/browser"
# Written procedures may close a minute after they open, so the suite sees their outcome without waiting a day.
export KPCS_WRITTEN_PROCEDURE_NOTICE_MINUTES=1
work=$(mktemp -d /tmp/kpcs-browser.XXXXXX)
server=""
cleanup() {
  local status=$?
  if [[ -n $server ]]; then
    kill "$server" 2>/dev/null || true
    wait "$server" 2>/dev/null || true
  fi
  if [[ $status -ne 0 ]]; then
    echo "== server log ($kpcs serve)"
    cat "$work/serve.log" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

"$kpcs" serve --demo --demo-year-certificates "${KPCS_BROWSER_DEMO_YEAR:-2000}" --port "$port" --data-dir "$work/data" >"$work/serve.log" 2>&1 &
server=$!
healthy=false
for _ in $(seq 1 120); do
  if curl -sf "localhost:$port/health" >/dev/null; then healthy=true; break; fi
  kill -0 "$server" 2>/dev/null || { echo "kpcs serve stopped before answering /health" >&2; exit 1; }
  sleep 0.5
done
$healthy || { echo "kpcs serve did not answer /health within 60 s" >&2; exit 1; }

python3 scripts/browser/web_suite.py --base "$base" "${screenshots[@]}"
if $sizes; then
  python3 scripts/browser/page_sizes.py --base "$base"
fi
