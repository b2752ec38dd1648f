#!/usr/bin/env bash
# Kills the backend (kill -9) in the middle of completing a 10,000-client handover, restarts it, and checks
# that either every client moved or none did; repeats, then reports the trials and their outcomes.
# Usage: bash bench/handover-crash.sh [trials] — on the bench base (run `make bench` once to generate it).
source "$(dirname "$0")/../scripts/lib.sh"
TRIALS=${1:-5}
HANDED=${RELAY_BENCH_HANDOVER_CLIENTS:-10000}
PORT=${RELAY_BENCH_PORT:-18090}
SQL=(psql -X -q -h localhost -p "$PG_PORT" -U postgres -d relay_bench -v ON_ERROR_STOP=1)
source "$ROOT/bench/handover-lib.sh"
trap '"$ROOT/scripts/backend.sh" stop backend-bench || true' EXIT
"$ROOT/scripts/backend.sh" start backend-bench "$PORT" relay_bench demo

all=0; none=0; torn=0; finished=0
for trial in $(seq 1 "$TRIALS"); do
    # Every trial moves the same clients back and forth: the ended party rows of the last one are cleared first,
    # as autovacuum would between two real departures.
    "${SQL[@]}" -c "vacuum (analyze) party, client"
    make_leaver "$HANDED"
    approved_handover
    token hugo >"$STATE/bench-hugo.token"
    curl -sS -o /dev/null -X POST "$BASE/handovers/$HANDOVER/complete" \
        -H "Authorization: Bearer $(cat "$STATE/bench-hugo.token")" &
    # Anywhere from early in the completion (about five seconds for 10,000 clients) to just after its end.
    delay=$(awk -v r="$RANDOM" 'BEGIN { printf "%.2f", 0.5 + (r % 600) / 100 }')
    sleep "$delay"
    done_before=$(jobs -r | wc -l)
    kill -9 "$(cat "$STATE/pids/backend-bench.pid")" 2>/dev/null || true
    wait || true
    rm -f "$STATE/pids/backend-bench.pid"
    "$ROOT/scripts/backend.sh" start backend-bench "$PORT" relay_bench demo
    left=$(still_with_leaver)
    state=$("${SQL[@]}" -tA -c "select state from handover where id = '$HANDOVER'")
    if [ "$left" = "0" ] && [ "$state" = completed ]; then all=$((all + 1)); finished=$((finished + 1)); outcome="all moved"
    elif [ "$left" = "$HANDED" ] && [ "$state" = approved ]; then none=$((none + 1)); outcome="none moved"
    else torn=$((torn + 1)); outcome="TORN: $left left, state $state"; fi
    printf "trial %d: killed after %s s (the request %s) → %s\n" "$trial" "$delay" "$([ "$done_before" = 0 ] && echo "had answered" || echo "was running")" "$outcome"
    drop_leaver
done
echo "trials: $TRIALS; all moved: $all; none moved: $none; torn: $torn"
[ "$torn" = 0 ]
