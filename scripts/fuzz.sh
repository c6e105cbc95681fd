#!/usr/bin/env bash
# Builds kpcs's libFuzzer targets (Fuzz/<Name>.swift) with plain swiftc, no SwiftPM, and runs each for a while.
#
#   scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]
#
# SECONDS_PER_TARGET defaults to 20; 0 only builds and runs each seed once. TARGET names are the file names under
# Fuzz/ without .swift (all of them when none is given). Exit status: 0 when every target ran clean, 1 when any
# target crashed, leaked, timed out or printed a sanitizer report, 2 on a usage or build error.
#
# Everything goes to .build-fuzz/ (which must not be committed): the instrumented modules, the fuzzers in
# .build-fuzz/bin/, and per target a work folder .build-fuzz/work/<Name>/ holding a copy of the seed corpus (which
# libFuzzer grows; the committed Fuzz/corpus/<Name>/ is never written), the log and any crashing input.
# Fuzz/dict/<Name>.dict, when there is one, is passed as the target's libFuzzer dictionary.
#
# How it builds: KPCSCore is compiled once, instrumented (-sanitize=fuzzer,address), as a module object; the parts of
# KPCSSeal that need no Crypto (TilePath, JSON, Base64URL, Hex) are compiled as a module KPCSSeal of their own
# ("KPCSSealBase"); each target is compiled with its own file and linked with the module objects it names in its
# `// fuzz-modules:` line. Targets that need the whole of KPCSSeal also need swift-crypto, which this script does not
# build: it takes the Crypto module and objects that a `swift build` left in .build/debug (and swift-crypto's module
# maps from .build/checkouts), copies them to .build-fuzz/crypto/ and links them uninstrumented. Without them those
# targets are reported as skipped. KPCS_FUZZ_SWIFTPM_BUILD names another SwiftPM .build folder to take them from.
#
# A crashing input kept under Fuzz/crashes/<Name>-<what> is replayed before <Name> is fuzzed: while it still
# crashes the target fails without fuzzing.
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT="$ROOT/.build-fuzz"
SCRIPT="$ROOT/scripts/fuzz.sh"

usage() {
    sed -n '2,8p' "$SCRIPT" | sed 's/^# \{0,1\}//' >&2
    exit 2
}

SECONDS_PER_TARGET=20
if [[ $# -gt 0 && "$1" =~ ^[0-9]+$ ]]; then
    SECONDS_PER_TARGET="$1"
    shift
fi
for arg in "$@"; do [[ "$arg" == -* ]] && usage; done

# ---- The toolchain and every build flag, in one place -------------------------------------------------------------

SWIFTC="${SWIFTC:-$(command -v swiftc || echo /opt/swift/usr/bin/swiftc)}"
[[ -x "$SWIFTC" ]] || { echo "fuzz: no swiftc (set SWIFTC or put the Swift toolchain on PATH)" >&2; exit 2; }
TOOLBIN="$(dirname "$(readlink -f "$SWIFTC")")"

# Instrumented for libFuzzer and AddressSanitizer; optimised (overflow and bounds checks stay in -O) with debug info
# for the stack traces; the language mode and upcoming features of Package.swift.
SWIFT_FLAGS=(
    -parse-as-library -sanitize=fuzzer,address -O -g
    -swift-version 6 -enable-upcoming-feature ExistentialAny -enable-upcoming-feature MemberImportVisibility
    -module-cache-path "$OUT/module-cache"
)
LINK_FLAGS=()
[[ -x "$TOOLBIN/ld.lld" ]] && LINK_FLAGS+=(-use-ld=lld)
# libFuzzer's options for every run.
FUZZ_FLAGS=(-max_len=4096 -timeout=25 -rss_limit_mb=2048 -print_final_stats=1)
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:symbolize=1}"
[[ -x "$TOOLBIN/llvm-symbolizer" ]] && export ASAN_SYMBOLIZER_PATH="$TOOLBIN/llvm-symbolizer"
# Swift's own crash handler would catch a trap before libFuzzer does (and trips AddressSanitizer while it reads
# memory), so no crashing input would be saved: libFuzzer reports traps instead.
export SWIFT_BACKTRACE="enable=no"
demangle() { if [[ -x "$TOOLBIN/swift-demangle" ]]; then "$TOOLBIN/swift-demangle" --simplified; else cat; fi; }

KPCSSEAL_BASE_FILES=(
    Sources/KPCSSeal/Log/TilePath.swift
    Sources/KPCSSeal/Encoding/JSONParser.swift
    Sources/KPCSSeal/Encoding/JSONValue.swift
    Sources/KPCSSeal/Encoding/CanonicalJSON.swift
    Sources/KPCSSeal/Encoding/Base64URL.swift
    Sources/KPCSSeal/Encoding/Hex.swift
)

SWIFTPM_BUILD="${KPCS_FUZZ_SWIFTPM_BUILD:-$ROOT/.build}"
CRYPTO_BUILD="$SWIFTPM_BUILD/debug"
CRYPTO_CHECKOUT="$SWIFTPM_BUILD/checkouts/swift-crypto/Sources"
CRYPTO_OBJECT_DIRS=(Crypto.build CryptoBoringWrapper.build CCryptoBoringSSL.build CCryptoBoringSSLShims.build CXKCP.build CXKCPShims.build)
CRYPTO_MODULES=(Crypto CryptoBoringWrapper)
CRYPTO_C_MODULES=(CCryptoBoringSSL CCryptoBoringSSLShims CXKCP CXKCPShims)

# ---- Targets -----------------------------------------------------------------------------------------------------

cd "$ROOT" || exit 2
ALL_TARGETS=()
for file in Fuzz/*.swift; do [[ -e "$file" ]] && ALL_TARGETS+=("$(basename "$file" .swift)"); done
if [[ $# -gt 0 ]]; then
    TARGETS=("$@")
    for target in "${TARGETS[@]}"; do
        [[ -f "Fuzz/$target.swift" ]] || { echo "fuzz: no target $target (have: ${ALL_TARGETS[*]})" >&2; exit 2; }
    done
else
    TARGETS=("${ALL_TARGETS[@]}")
fi

modules_of() { sed -n 's|^// fuzz-modules:[[:space:]]*||p' "Fuzz/$1.swift" | head -1; }

mkdir -p "$OUT/modules" "$OUT/bin" "$OUT/work" "$OUT/module-cache"

# The compiler and flags of the last build: when they change, everything is built again.
FLAGS_STAMP="$OUT/flags.stamp"
flags_now="$("$SWIFTC" --version 2>&1 | head -1; printf '%s\n' "${SWIFT_FLAGS[@]}" "${LINK_FLAGS[@]}" "${KPCSSEAL_BASE_FILES[@]}")"
[[ -f "$FLAGS_STAMP" && "$(cat "$FLAGS_STAMP")" == "$flags_now" ]] || printf '%s\n' "$flags_now" >"$FLAGS_STAMP"

# True when $1 is missing or older than any of the other arguments (or the flags).
stale() {
    local output="$1"
    shift
    [[ -e "$output" ]] || return 0
    local input
    for input in "$FLAGS_STAMP" "$@"; do [[ "$input" -nt "$output" ]] && return 0; done
    return 1
}

# swiftc with a short log on failure; the build's own output is kept in .build-fuzz/<what>.build.log.
compile() {
    local what="$1"
    shift
    local log="$OUT/$what.build.log"
    echo "fuzz: building $what" >&2
    if ! "$SWIFTC" "$@" >"$log" 2>&1; then
        echo "fuzz: building $what failed; $log says:" >&2
        grep -E 'error:' "$log" | head -20 >&2
        return 1
    fi
}

# KPCSCore: every file of the module, no dependency.
build_core() {
    local dir="$OUT/modules/KPCSCore"
    mapfile -t sources < <(find Sources/KPCSCore -name '*.swift' | sort)
    stale "$dir/KPCSCore.o" "${sources[@]}" || return 0
    mkdir -p "$dir"
    compile KPCSCore "${SWIFT_FLAGS[@]}" -module-name KPCSCore -wmo -c \
        -emit-module -emit-module-path "$dir/KPCSCore.swiftmodule" -o "$dir/KPCSCore.o" "${sources[@]}"
}

# KPCSSeal without the files that import Crypto, as a module named KPCSSeal.
build_seal_base() {
    local dir="$OUT/modules/KPCSSealBase"
    stale "$dir/KPCSSeal.o" "${KPCSSEAL_BASE_FILES[@]}" "$OUT/modules/KPCSCore/KPCSCore.o" || return 0
    mkdir -p "$dir"
    compile KPCSSealBase "${SWIFT_FLAGS[@]}" -module-name KPCSSeal -wmo -c -I "$OUT/modules/KPCSCore" \
        -emit-module -emit-module-path "$dir/KPCSSeal.swiftmodule" -o "$dir/KPCSSeal.o" "${KPCSSEAL_BASE_FILES[@]}"
}

crypto_available() {
    local module c_module
    for module in "${CRYPTO_MODULES[@]}"; do [[ -f "$CRYPTO_BUILD/Modules/$module.swiftmodule" ]] || return 1; done
    for c_module in "${CRYPTO_C_MODULES[@]}"; do [[ -f "$CRYPTO_CHECKOUT/$c_module/include/module.modulemap" ]] || return 1; done
    [[ -d "$CRYPTO_BUILD/Crypto.build" ]]
}

crypto_cc_flags() {
    local c_module
    for c_module in "${CRYPTO_C_MODULES[@]}"; do
        printf '%s\n' -Xcc "-fmodule-map-file=$CRYPTO_CHECKOUT/$c_module/include/module.modulemap" -Xcc "-I$CRYPTO_CHECKOUT/$c_module/include"
    done
}

# A copy of swift-crypto as the SwiftPM build left it (modules and every object file), so that a rebuild running
# beside this script cannot change it under the link.
snapshot_crypto() {
    local dir="$OUT/crypto"
    stale "$dir/objects.list" "$CRYPTO_BUILD/Modules/Crypto.swiftmodule" "$CRYPTO_BUILD/Modules/CryptoBoringWrapper.swiftmodule" || return 0
    echo "fuzz: copying swift-crypto from $CRYPTO_BUILD" >&2
    rm -rf "$dir"
    mkdir -p "$dir/Modules" "$dir/objects"
    local module
    for module in "${CRYPTO_MODULES[@]}"; do cp "$CRYPTO_BUILD/Modules/$module.swiftmodule" "$dir/Modules/"; done
    (cd "$CRYPTO_BUILD" && find "${CRYPTO_OBJECT_DIRS[@]}" -name '*.o' -print0 | xargs -0 cp --parents -t "$dir/objects/") || return 1
    (cd "$dir/objects" && find . -name '*.o' | sort | sed "s|^\./|$dir/objects/|") >"$dir/objects.list.tmp"
    [[ -s "$dir/objects.list.tmp" ]] || { echo "fuzz: no swift-crypto objects in $CRYPTO_BUILD" >&2; return 1; }
    mv "$dir/objects.list.tmp" "$dir/objects.list"
}

# The whole of KPCSSeal, against the copied Crypto module.
build_seal() {
    local dir="$OUT/modules/KPCSSeal"
    mapfile -t sources < <(find Sources/KPCSSeal -name '*.swift' | sort)
    stale "$dir/KPCSSeal.o" "${sources[@]}" "$OUT/modules/KPCSCore/KPCSCore.o" "$OUT/crypto/objects.list" || return 0
    mkdir -p "$dir"
    mapfile -t cc_flags < <(crypto_cc_flags)
    compile KPCSSeal "${SWIFT_FLAGS[@]}" -module-name KPCSSeal -wmo -c -I "$OUT/modules/KPCSCore" -I "$OUT/crypto/Modules" \
        "${cc_flags[@]}" -emit-module -emit-module-path "$dir/KPCSSeal.swiftmodule" -o "$dir/KPCSSeal.o" "${sources[@]}"
}

declare -A BUILT=()
# Builds module $1 once per run; 0 built, 1 failed, 3 unavailable (no swift-crypto).
ensure_module() {
    local module="$1"
    if [[ -n "${BUILT[$module]:-}" ]]; then return "${BUILT[$module]}"; fi
    local status=0
    case "$module" in
        KPCSCore) build_core || status=1 ;;
        KPCSSealBase) { ensure_module KPCSCore && build_seal_base; } || status=$? ;;
        KPCSSeal)
            if ! crypto_available; then
                status=3
            else
                { ensure_module KPCSCore && snapshot_crypto && build_seal; } || status=$?
            fi
            ;;
        *) echo "fuzz: unknown module $module" >&2; status=1 ;;
    esac
    [[ $status -eq 0 || $status -eq 3 ]] || status=1
    BUILT[$module]=$status
    return $status
}

# Builds target $1 into .build-fuzz/bin/$1; same statuses as ensure_module.
build_target() {
    local target="$1"
    local modules
    modules="$(modules_of "$target")"
    [[ -n "$modules" ]] || { echo "fuzz: Fuzz/$target.swift has no '// fuzz-modules:' line" >&2; return 1; }
    local args=() inputs=("Fuzz/$target.swift") module status
    for module in $modules; do
        ensure_module "$module"
        status=$?
        [[ $status -eq 0 ]] || return $status
        case "$module" in
            KPCSCore) args+=(-I "$OUT/modules/KPCSCore" "$OUT/modules/KPCSCore/KPCSCore.o"); inputs+=("$OUT/modules/KPCSCore/KPCSCore.o") ;;
            KPCSSealBase) args+=(-I "$OUT/modules/KPCSSealBase" "$OUT/modules/KPCSSealBase/KPCSSeal.o"); inputs+=("$OUT/modules/KPCSSealBase/KPCSSeal.o") ;;
            KPCSSeal)
                mapfile -t cc_flags < <(crypto_cc_flags)
                args+=(-I "$OUT/modules/KPCSSeal" "$OUT/modules/KPCSSeal/KPCSSeal.o" -I "$OUT/crypto/Modules" "${cc_flags[@]}"
                    "@$OUT/crypto/objects.list" -lstdc++)
                inputs+=("$OUT/modules/KPCSSeal/KPCSSeal.o" "$OUT/crypto/objects.list")
                ;;
        esac
    done
    stale "$OUT/bin/$target" "${inputs[@]}" || return 0
    compile "$target" "${SWIFT_FLAGS[@]}" "${LINK_FLAGS[@]}" -module-name "${target}Fuzz" "Fuzz/$target.swift" "${args[@]}" \
        -o "$OUT/bin/$target"
}

# ---- Running -----------------------------------------------------------------------------------------------------

declare -A RESULT=()
FAILED=0
BUILD_FAILED=0

field() { sed -n "s/^stat::$1:[[:space:]]*//p" "$2" | tail -1; }

# Prints the sanitizer's or Swift's complaint and the first frames of the stack.
show_failure() {
    local log="$1"
    grep -E 'Fatal error|ERROR: (AddressSanitizer|LeakSanitizer|libFuzzer)|SUMMARY:|runtime error' "$log" | head -5 | sed 's/^/    /'
    grep -E '^ *#[0-9]+ 0x' "$log" | grep -v -E 'libFuzzer|fuzzer::|libclang_rt|__sanitizer|asan_|libc\.so|LLVMFuzzerTestOneInput' |
        head -12 | sed -E 's/ 0x[0-9a-f]+ in / /' | demangle | sed 's/^/    /'
}

run_target() {
    local target="$1"
    local binary="$OUT/bin/$target" work="$OUT/work/$target"
    rm -rf "$work"
    mkdir -p "$work/corpus" "$work/artifacts"
    if [[ -d "Fuzz/corpus/$target" ]]; then
        find "Fuzz/corpus/$target" -maxdepth 1 -type f -exec cp -t "$work/corpus/" {} +
    fi

    # Kept crashes first: each must no longer crash.
    local kept
    for kept in Fuzz/crashes/"$target"-*; do
        [[ -f "$kept" ]] || continue
        if ! "$binary" "$kept" >"$work/replay.log" 2>&1; then
            echo "fuzz: $target: the kept crash $kept still crashes:"
            show_failure "$work/replay.log"
            RESULT[$target]="FAILED (kept crash $(basename "$kept") still crashes)"
            FAILED=1
            return
        fi
    done

    local dict=() duration=()
    [[ -f "Fuzz/dict/$target.dict" ]] && dict=(-dict="Fuzz/dict/$target.dict")
    if [[ "$SECONDS_PER_TARGET" -eq 0 ]]; then duration=(-runs=0); else duration=(-max_total_time="$SECONDS_PER_TARGET"); fi
    echo "fuzz: running $target for ${SECONDS_PER_TARGET}s"
    local start end status
    start=$(date +%s.%N)
    "$binary" "${FUZZ_FLAGS[@]}" "${duration[@]}" "${dict[@]}" -artifact_prefix="$work/artifacts/" "$work/corpus" >"$work/fuzz.log" 2>&1
    status=$?
    end=$(date +%s.%N)

    local last executions speed elapsed
    last="$(grep -E '^#[0-9]+' "$work/fuzz.log" | grep 'cov:' | tail -1)"
    executions="$(field number_of_executed_units "$work/fuzz.log")"
    speed="$(field average_exec_per_sec "$work/fuzz.log")"
    elapsed="$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.1f", b - a }')"
    local cov ft corp
    cov="$(sed -n 's/.*cov: \([0-9]*\).*/\1/p' <<<"$last")"
    ft="$(sed -n 's/.*ft: \([0-9]*\).*/\1/p' <<<"$last")"
    corp="$(sed -n 's/.*corp: \([^ ]*\).*/\1/p' <<<"$last")"
    local summary="${executions:-?} execs (${speed:-?}/s) cov: ${cov:-?} ft: ${ft:-?} corp: ${corp:-?} in ${elapsed}s"

    if [[ $status -ne 0 ]] || grep -q -E 'ERROR: (AddressSanitizer|LeakSanitizer|libFuzzer)|SUMMARY: [A-Za-z]*Sanitizer|Fatal error:|runtime error:' "$work/fuzz.log"; then
        echo "fuzz: $target FAILED (exit $status); log: $work/fuzz.log"
        show_failure "$work/fuzz.log"
        local artifact
        for artifact in "$work"/artifacts/*; do
            [[ -f "$artifact" ]] && echo "    input: $artifact (keep it as Fuzz/crashes/$target-<what> once understood)"
        done
        RESULT[$target]="FAILED  $summary"
        FAILED=1
    else
        RESULT[$target]="ok      $summary"
    fi
}

for target in "${TARGETS[@]}"; do
    build_target "$target"
    case $? in
        0) run_target "$target" ;;
        3) RESULT[$target]="skipped: needs swift-crypto from a swift build (no $CRYPTO_BUILD/Modules/Crypto.swiftmodule or $CRYPTO_CHECKOUT)" ;;
        *) RESULT[$target]="BUILD FAILED (see $OUT/*.build.log)"; BUILD_FAILED=1 ;;
    esac
done

echo
echo "fuzz: ${SECONDS_PER_TARGET}s per target"
for target in "${TARGETS[@]}"; do printf '  %-18s %s\n' "$target" "${RESULT[$target]}"; done
[[ $FAILED -eq 0 ]] || exit 1
[[ $BUILD_FAILED -eq 0 ]] || exit 2
exit 0
