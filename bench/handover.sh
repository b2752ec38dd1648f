#!/usr/bin/env bash
# Part of `make bench` (sourced by scripts/bench.sh, which has the base, the backend and `token`): a departure
# handover of 10,000 clients on the 1M base, timed through the API — drawing up the items (with the suggested
# split), and completing it (every client moves in one transaction). The backend runs with -Xmx512m, so a
# completion that succeeds stayed within 512 MB of heap. The base is put back afterwards.
source "$ROOT/bench/handover-lib.sh"
HANDED=${RELAY_BENCH_HANDOVER_CLIENTS:-10000}

echo "== departure handover of $HANDED clients"
make_leaver "$HANDED"
read -r status seconds <<<"$(timed POST /handovers hugo "{\"kind\":\"departure\",\"userId\":\"$LEAVER_ID\",
    \"reason\":\"resignation\",\"lastWorkingDay\":\"$(date -d "+14 days" +%F)\"}")"
HANDOVER=$(json v.id <"$STATE/bench-answer.json")
printf '%-44s %s s (HTTP %s, %s items)\n' "start: draw up items + suggest a split" "$seconds" "$status" \
    "$(json v.items <"$STATE/bench-answer.json")"
read -r status seconds <<<"$(timed POST "/handovers/$HANDOVER/successors" hugo '{"acceptSuggested":true}')"
printf '%-44s %s s (HTTP %s)\n' "accept the suggested successors" "$seconds" "$status"
read -r status seconds <<<"$(timed GET "/handovers/$HANDOVER/items?limit=50" hugo)"
printf '%-44s %s s (HTTP %s)\n' "first page of 50 items" "$seconds" "$status"
timed POST "/handovers/$HANDOVER/submit" hugo >/dev/null
timed POST "/handovers/$HANDOVER/approve" hugo >/dev/null
read -r status seconds <<<"$(timed POST "/handovers/$HANDOVER/complete" hugo)"
printf '%-44s %s s (HTTP %s, state %s)\n' "complete: move every client at once" "$seconds" "$status" \
    "$(json v.state <"$STATE/bench-answer.json")"
echo "  still with the leaver: $(still_with_leaver); history entries of the handover:" \
    "$("${SQL[@]}" -tA -c "select count(*) from change_log where context = 'handover:$HANDOVER'")"
drop_leaver
