#!/usr/bin/env bash
# Part of `make bench` (sourced by scripts/bench.sh after bench/handover.sh): "if this manager left today" on the
# 1M base — the impact of one person holding 10,000 clients (median of five calls after one warm-up), and the
# ranking of team north as its head of sales sees it. The base is put back afterwards.
source "$ROOT/bench/handover-lib.sh"
HELD=${RELAY_BENCH_IMPACT_CLIENTS:-10000}

# label user path → the median of five timed calls, in ms, with the last answer's status.
median_ms() {
    local times=() status seconds
    timed GET "$3" "$2" >/dev/null
    for _ in 1 2 3 4 5; do
        read -r status seconds <<<"$(timed GET "$3" "$2")"
        times+=("$seconds")
    done
    printf '%-44s %s ms median of 5 (HTTP %s)\n' "$1" \
        "$(printf '%s\n' "${times[@]}" | sort -n | sed -n 3p | awk '{ printf "%.0f", $1 * 1000 }')" "$status"
}

echo "== if this manager left today"
make_leaver "$HELD"
median_ms "impact of one person with $HELD clients" hugo "/users/$LEAVER_ID/impact"
echo "  $(json '`clients ${v.clients}, only party ${v.onlyParty}, personal-only contacts ${v.personalOnlyContacts}, no decision maker ${v.noDecisionMaker}`' <"$STATE/bench-answer.json")"
# The ranking counts every client of everyone ranked: on this base, the ~600,000 clients of team north. Timed once.
read -r status seconds <<<"$(timed GET "/users/impact?team=north" hugo)"
printf '%-44s %s s once (HTTP %s)\n' "team north ranked, as its head of sales" "$seconds" "$status"
echo "  $(json '`${v.items.length} people, ${v.items.reduce((n, p) => n + p.clients, 0)} clients counted`' <"$STATE/bench-answer.json")"
drop_leaver
