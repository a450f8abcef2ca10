#!/usr/bin/env bash
# Benchmarks for issue 5 (performance at fleet scale). Starts the v2 emulator on loopback with
# the handler's real limits (5 requests/s, 20 ms latency), runs the CLI, the wizard's preview
# and export, the conversion alone and the wizard's cold start, measures the official tool's
# one-request-per-device pattern on the same emulator as the baseline, and prints every figure
# with PASS/FAIL against the targets. Exit status: 0 all targets met, 1 a target missed,
# 2 a benchmark could not run. With --smoke: small sizes, no thresholds (CTest label "bench").
#
#   tests/bench/run-benchmarks.sh [--sizes "1000 10000 100000"] [--sample 50]
#                                 [--session-devices 100] [--no-build] [--smoke]
# BUILD_DIR (default: build-bench) is configured RelWithDebInfo and built unless --no-build.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
build_dir="${BUILD_DIR:-$root/build-bench}"
sizes="1000 10000 100000"
sample=50             # per-device GETs measured for the official pattern (then extrapolated)
session_devices=100   # application size for the with-session run (one GET per device at 5/s)
coldstart_runs=5
smoke=0
build=1
while [ $# -gt 0 ]; do
    case "$1" in
        --sizes) sizes="$2"; shift 2 ;;
        --sample) sample="$2"; shift 2 ;;
        --session-devices) session_devices="$2"; shift 2 ;;
        --no-build) build=0; shift ;;
        --smoke) smoke=1; sizes="1000"; sample=5; session_devices=10; coldstart_runs=1; shift ;;
        -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
        *) echo "run-benchmarks: unknown argument $1" >&2; exit 2 ;;
    esac
done

if [ "$build" = 1 ]; then
    BUILD_DIR="$build_dir" BUILD_TYPE=RelWithDebInfo "$root/scripts/build.sh" >/dev/null
fi
bin="$build_dir/bin"
for exe in ttnv2-emulator ttn-lw-migrate ttnmig-bench; do
    [ -x "$bin/$exe" ] || { echo "run-benchmarks: $bin/$exe is missing (build first)" >&2; exit 2; }
done
[ -x /usr/bin/time ] || { echo "run-benchmarks: /usr/bin/time is missing (scripts/install-deps.sh)" >&2; exit 2; }

work="$(mktemp -d "${TMPDIR:-/tmp}/ttnmig-bench.XXXXXX")"
emulator_pid=""
cleanup() {
    if [ -n "$emulator_pid" ]; then kill "$emulator_pid" 2>/dev/null || true; wait "$emulator_pid" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
export QT_LOGGING_RULES="${QT_LOGGING_RULES:-*.debug=false}"

app_id="bench-app"
# A throw-away key for the local emulator only; it is never printed.
export TTNV2_APP_ACCESS_KEY="ttn-account-v2.bench$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')"
rate_limit=5
latency_ms=20
plan="EU_863_870_TTN"

now_ms() { date +%s%3N; }
# figure KEY FILE: the value of a `key=value` line printed by ttnmig-bench
figure() { sed -n "s/^$1=//p" "$2" | tail -n 1; }
calc() { awk "BEGIN { printf \"%.${2:-2}f\", $1 }"; }
holds() { awk "BEGIN { exit !($1) }"; }

start_emulator() { # start_emulator N [ABP-RATIO]: sets emulator_pid and handler
    "$bin/ttnv2-emulator" --generate "$1" --abp-ratio "${2:-0.2}" --app-id "$app_id" \
        --access-key "$TTNV2_APP_ACCESS_KEY" --rate-limit "$rate_limit" --latency-ms "$latency_ms" \
        >"$work/emulator.out" 2>"$work/emulator.err" &
    emulator_pid=$!
    handler=""
    for _ in $(seq 1 600); do
        handler="$(sed -n 's/.*listening handler=\([^ ]*\).*/\1/p' "$work/emulator.out")"
        [ -n "$handler" ] && return 0
        kill -0 "$emulator_pid" 2>/dev/null || break
        sleep 0.1
    done
    echo "run-benchmarks: the emulator did not start:" >&2; cat "$work/emulator.err" >&2; exit 2
}
stop_emulator() { # sets served: the requests the emulator answered (its own count, retries included)
    kill "$emulator_pid" 2>/dev/null || true; wait "$emulator_pid" 2>/dev/null || true; emulator_pid=""
    served="$(sed -n 's/.*stopped after \([0-9]*\) requests.*/\1/p' "$work/emulator.err" | tail -n 1)"
}

run_cli() { # run_cli OUT LOG with-session [extra args]: sets cli_ms cli_rss_kb cli_rc cli_requests cli_429
    local out="$1" log="$2" session="$3"; shift 3
    local start; start=$(now_ms)
    set +e
    /usr/bin/time -v -o "$work/time.txt" "$bin/ttn-lw-migrate" "$@" --source ttnv2 \
        --ttnv2.frequency-plan-id "$plan" --ttnv2.with-session="$session" \
        --ttnv2.handler-address "$handler" --verbose -o "$out" 2>"$log"
    cli_rc=$?
    set -e
    cli_ms=$(( $(now_ms) - start ))
    cli_rss_kb="$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$work/time.txt")"
    # --verbose logs each request sent to v2 (retries included) as "METHOD /path STATUS … ms"
    cli_requests="$(grep -cE '(GET|PUT|POST|DELETE) /' "$log" || true)"
    cli_429="$(grep -cE '(GET|PUT|POST|DELETE) /[^ ]* → 429' "$log" || true)"
}

results=()   # "PASS|FAIL<TAB>target<TAB>measured"
judge() { # judge CONDITION TARGET MEASURED
    if holds "$1"; then results+=("PASS	$2	$3"); else results+=("FAIL	$2	$3"); fi
}
broken=0
note_broken() { echo "run-benchmarks: $*" >&2; broken=1; }

echo "# ttn-lw-migrate benchmarks — $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo '?')"
echo "# emulator: loopback, ${latency_ms} ms latency, ${rate_limit} requests/s per application"
load="$(cut -d' ' -f1 /proc/loadavg)"
echo "# load average at start: $load"
if holds "$load > $(nproc)"; then
    echo "# WARNING: the machine is busy (load $load on $(nproc) cores): wall times and GUI stalls are inflated"
fi
echo

# --- 1. whole application without sessions: CLI, official pattern, wizard -----------------------
table_cli=()
table_gui=()
for n in $sizes; do
    # the CLI, end to end, on a fresh emulator (so its request count is the CLI's alone)
    start_emulator "$n"
    out="$work/devices-$n.json"
    run_cli "$out" "$work/cli-$n.log" false application "$app_id"
    stop_emulator
    if [ "$cli_rc" != 0 ] && [ "$cli_rc" != 3 ]; then
        note_broken "CLI exited $cli_rc for N=$n: $(tail -n 3 "$work/cli-$n.log")"
    fi
    "$bin/ttnmig-bench" check-file "$out" >"$work/check-$n.txt" 2>"$work/check-$n.err" || true
    exported="$(figure lines "$work/check-$n.txt")"; valid="$(figure valid "$work/check-$n.txt")"
    file_ok=$([ -n "$exported" ] && [ "$exported" -gt 0 ] && [ "$exported" = "$valid" ] && echo valid || echo INVALID)
    requests="${served:-$cli_requests}"
    wall_s=$(calc "$cli_ms/1000")
    rss_mb=$(calc "${cli_rss_kb:-0}/1024" 1)
    rate=$(calc "$n/($cli_ms/1000)" 0)

    # the official tool's pattern on the same emulator: list + a sample of paced GETs
    start_emulator "$n"
    "$bin/ttnmig-bench" official --handler "$handler" --app "$app_id" --sample "$sample" >"$work/official-$n.txt" \
        2>"$work/official-$n.err" || note_broken "official pattern N=$n: $(cat "$work/official-$n.err")"
    stop_emulator
    base_s="$(figure extrapolated_s "$work/official-$n.txt")"; base_req="$(figure extrapolated_requests "$work/official-$n.txt")"
    base_429="$(figure sample_429 "$work/official-$n.txt")"
    ratio=$(calc "${base_s:-0}/($cli_ms/1000)" 0)
    table_cli+=("| $n | $requests | $wall_s | $rss_mb | $rate | $exported ($file_ok) | ${base_req:-?} | $(calc "${base_s:-0}" 0) (${sample} GETs measured: $(figure ms_per_device "$work/official-$n.txt") ms each, ${base_429:-?}× 429) | ${ratio}× |")

    case "$n" in
        10000)
            judge "$requests <= 5" "10,000 devices, no sessions: ≤ 5 requests" "$requests (CLI log: $cli_requests)"
            judge "$cli_ms <= 3000" "10,000 devices, no sessions: CLI ≤ 3 s end to end" "${wall_s} s"
            judge "\"$file_ok\" == \"valid\"" "10,000 devices: valid devices.json" "$exported lines, $file_ok" ;;
        100000)
            judge "$cli_ms <= 20000" "100,000 devices, no sessions: CLI ≤ 20 s" "${wall_s} s"
            judge "${cli_rss_kb:-999999999} <= 500*1024" "100,000 devices: CLI peak RSS ≤ 500 MB" "${rss_mb} MB"
            judge "\"$file_ok\" == \"valid\"" "100,000 devices: valid devices.json" "$exported lines, $file_ok" ;;
    esac

    # the wizard: preview page + export job, GUI stalls measured by a 10 ms timer
    start_emulator "$n"
    if "$bin/ttnmig-bench" gui --handler "$handler" --app "$app_id" --expect "$n" \
            >"$work/gui-$n.txt" 2>"$work/gui-$n.err"; then
        preview_ms="$(figure preview_after_data_ms "$work/gui-$n.txt")"
        stall_ms="$(figure max_stall_ms "$work/gui-$n.txt")"
        scroll_ms="$(figure scroll_max_stall_ms "$work/gui-$n.txt")"
        filter_ms="$(figure filter_max_stall_ms "$work/gui-$n.txt")"
        sort_ms="$(figure sort_max_stall_ms "$work/gui-$n.txt")"
        rows="$(figure preview_rows "$work/gui-$n.txt")"
        table_gui+=("| $n | $rows | $preview_ms | $stall_ms | $scroll_ms | $filter_ms | $sort_ms | $(figure export_ms "$work/gui-$n.txt") |")
        judge "$stall_ms <= 50" "wizard N=$n: event loop never blocked > 50 ms during export + preview fill" "${stall_ms} ms"
        judge "$scroll_ms <= 50 && $filter_ms <= 50" "wizard N=$n: scrolls and filters without a stall (≤ 50 ms)" "scroll ${scroll_ms} ms, filter ${filter_ms} ms"
        if [ "$n" = 100000 ]; then
            judge "$preview_ms <= 2000" "wizard: preview of 100,000 devices ≤ 2 s after the data arrives" "${preview_ms} ms"
        fi
    else
        note_broken "wizard benchmark N=$n failed: $(tail -n 3 "$work/gui-$n.err")"
    fi
    stop_emulator
done

# --- 2. with sessions: every device ABP, one GET per device, paced to the limit --------------------
start_emulator "$session_devices" 1
run_cli "$work/sessions.json" "$work/cli-sessions.log" true application "$app_id"
sleep 1   # let the handler's token bucket refill
"$bin/ttnmig-bench" check-sessions "$work/sessions.json" --handler "$handler" --app "$app_id" --sample 10 \
    >"$work/counters.txt" 2>"$work/counters.err" || true
stop_emulator
"$bin/ttnmig-bench" check-file "$work/sessions.json" >"$work/check-sessions-file.txt" 2>/dev/null || true
sess_exported="$(figure lines "$work/check-sessions-file.txt")"
sess_gets="$(grep -cE 'GET /applications/[^/ ]+/devices/[^ ]+ → 2' "$work/cli-sessions.log" || true)"
sess_rate=$(calc "$sess_gets/($cli_ms/1000)" 2)
sess_requests=$cli_requests; sess_429=$cli_429; sess_ms=$cli_ms; sess_rc=$cli_rc
checked="$(figure counters_checked "$work/counters.txt")"; mismatches="$(figure counter_mismatches "$work/counters.txt")"
judge "$sess_rate >= 0.95*$rate_limit" "with sessions: ≥ 95% of the rate limit (≥ $(calc "0.95*$rate_limit") devices/s)" \
    "$sess_rate devices/s ($sess_gets device GETs in $(calc "$sess_ms/1000") s)"
judge "$sess_429 <= 2" "with sessions: no 429 storm" "$sess_429× 429 in $sess_requests requests"
judge "\"$sess_exported\" == \"$session_devices\" && ${checked:-0} > 0 && ${mismatches:-1} == 0" \
    "with sessions: every device exported, frame counters equal v2's" \
    "${sess_exported:-0}/$session_devices exported, ${checked:-0} compared with a fresh GET, ${mismatches:-?} differ"

# --- 3. conversion + writing alone ---------------------------------------------------------------
conv_n=100000; [ "$smoke" = 1 ] && conv_n=10000
"$bin/ttnmig-bench" convert --n "$conv_n" >"$work/convert.txt" 2>"$work/convert.err" || note_broken "convert: $(cat "$work/convert.err")"
conv_rate="$(figure devices_per_s "$work/convert.txt")"
conv_cpu_rate="$(figure devices_per_cpu_s "$work/convert.txt")"
judge "${conv_rate:-0} >= 100000" "conversion + writing ≥ 100,000 devices/s" \
    "$(calc "${conv_rate:-0}" 0) devices/s wall, $(calc "${conv_cpu_rate:-0}" 0) per CPU-second ($conv_n devices)"

# --- 4. wizard cold start ------------------------------------------------------------------------
cold_ms=""
# ttnmig-wizard-tour --first-paint starts the wizard exactly like ttn-lw-migrate-wizard.
if [ -x "$bin/ttnmig-wizard-tour" ] && "$bin/ttnmig-bench" coldstart --tour "$bin/ttnmig-wizard-tour" \
        --runs "$coldstart_runs" >"$work/cold.txt" 2>"$work/cold.err"; then
    cold_ms="$(figure cold_start_median_ms "$work/cold.txt")"
    judge "$cold_ms <= 500" "wizard cold start to first painted page ≤ 500 ms (median of $coldstart_runs)" "${cold_ms} ms (max $(figure cold_start_max_ms "$work/cold.txt") ms)"
else
    note_broken "cold start: $(cat "$work/cold.err" 2>/dev/null)"
fi

# --- 5. import into The Things Stack (issues 11, 17) ---------------------------------------------
tts_lines=()
if [ -x "$bin/ttnmig-tts-bench" ]; then
    tts_args=(--devices 1000 --latency-ms 50 --limit-rps 50 --limited-devices 300 --read 10000 --tracking 100000)
    [ "$smoke" = 1 ] && tts_args=(--devices 40 --latency-ms 20 --baseline-sample 8 --limit-rps 50 \
        --limited-devices 20 --read 200 --read-sample 10 --tracking 5000)
    if "$bin/ttnmig-tts-bench" "${tts_args[@]}" >"$work/tts.txt" 2>"$work/tts.err"; then
        f() { figure "$1" "$work/tts.txt"; }
        judge "$(f tts_speedup) >= 10" "TTS import ≥ 10× faster than one device at a time ($(f tts_devices) devices, $(f tts_latency_ms) ms per request, no rate limit)" \
            "$(f tts_ours_s) s vs $(f tts_baseline_s) s: $(calc "$(f tts_speedup)")×, up to $(f tts_ours_concurrency_max) devices in flight"
        judge "$(f tts_extra_requests) == 0" "TTS import: no request beyond 4 per device + pre-flight" \
            "$(f tts_ours_requests) requests, $(f tts_expected_requests) expected"
        judge "$(f tts_limited_budget_used) >= 0.9" "TTS import uses ≥ 90% of a server limited to $(f tts_limited_rps) requests/s" \
            "$(calc "$(f tts_limited_budget_used)*100" 1)% ($(f tts_limited_accepted) requests in $(f tts_limited_s) s, $(calc "$(f tts_limited_rps_used)" 1)/s)"
        judge "$(f tts_limited_429_share) <= 0.01" "TTS import: ≤ 1% of requests answered 429 by that server" \
            "$(f tts_limited_429) of $(( $(f tts_limited_accepted) + $(f tts_limited_429) ))"
        judge "$(f tts_read_speedup) >= 8" "reading $(f tts_read_devices) devices (one GET each) ≥ 8× one after the other" \
            "$(f tts_read_s) s vs $(f tts_read_baseline_s) s: $(calc "$(f tts_read_speedup)")×"
        judge "$(f tts_tracking_requests) <= 100" "tracking $(f tts_tracking_devices) devices ≤ 100 requests per refresh" \
            "$(f tts_tracking_requests) requests, $(f tts_tracking_s) s"
        tts_lines+=("| TTS import, $(f tts_devices) devices at $(f tts_latency_ms) ms | ours $(f tts_ours_s) s ($(f tts_ours_requests) requests, up to $(f tts_ours_concurrency_max) in flight) · one at a time $(f tts_baseline_s) s (sample of $(f tts_baseline_sample), extrapolated) · $(calc "$(f tts_speedup)")× |")
        tts_lines+=("| TTS import, $(f tts_limited_devices) devices, server limited to $(f tts_limited_rps)/s | $(f tts_limited_s) s, $(calc "$(f tts_limited_budget_used)*100" 1)% of the budget, $(f tts_limited_429) × 429 |")
        tts_lines+=("| reading $(f tts_read_devices) devices, one GET each | $(f tts_read_s) s · one after the other $(f tts_read_baseline_s) s (extrapolated) · $(calc "$(f tts_read_speedup)")× |")
    else
        note_broken "tts import: $(cat "$work/tts.err")"
    fi
fi

# --- report --------------------------------------------------------------------------------------
echo "## Whole application without sessions (CLI end to end) vs. the official one-GET-per-device pattern"
echo
echo "| devices | requests | wall s | peak RSS MB | devices/s | devices.json lines | official: requests | official: wall s (extrapolated) | speed-up |"
echo "|---:|---:|---:|---:|---:|---|---:|---|---:|"
printf '%s\n' "${table_cli[@]}"
echo
echo "## Wizard: preview page + export job (offscreen), event loop lateness by a 10 ms timer"
echo
echo "| devices | preview rows | preview ms after data | max GUI stall ms (export + fill) | scroll stall ms | filter stall ms | sort stall ms (no target) | export ms |"
echo "|---:|---:|---:|---:|---:|---:|---:|---:|"
printf '%s\n' "${table_gui[@]}"
echo
echo "## With sessions ($session_devices devices, one GET each) · conversion alone · cold start"
echo
echo "| run | figure |"
echo "|---|---|"
echo "| with sessions, whole application | $sess_requests requests, $sess_429× 429, $(calc "$sess_ms/1000") s, $sess_rate devices/s, ${sess_exported:-0} lines, counters: ${checked:-0} compared, ${mismatches:-?} differ |"
echo "| conversion + writing ($conv_n devices, atomic save + read-back included) | $(calc "${conv_rate:-0}" 0) devices/s wall, $(calc "${conv_cpu_rate:-0}" 0) devices per CPU-second |"
echo "| wizard cold start | ${cold_ms:-?} ms |"
for line in "${tts_lines[@]}"; do echo "$line"; done
echo
echo "## Targets"
echo
failed=0
for r in "${results[@]}"; do
    IFS=$'\t' read -r verdict target measured <<<"$r"
    echo "- [$verdict] $target — $measured"
    [ "$verdict" = FAIL ] && failed=1
done
if [ "$broken" = 1 ]; then echo; echo "Some benchmarks could not run (see messages above)."; exit 2; fi
if [ "$smoke" = 1 ]; then exit 0; fi
exit "$failed"
