#!/usr/bin/env bash
# Part of `make bench` (sourced by scripts/bench.sh, after bench/orders.sh): a full segment recalculation of the
# 1M base by its 5M orders' figures, as the director. Times the preview and the apply, samples the backend's heap
# meanwhile, and PATCHes one of sam's clients every 200 ms during the apply: the longest such edit shows whether
# the apply holds locks that block people's work. The moved clients are put back afterwards, so that the next
# run measures the same full recalculation.
RECALCULATION="http://localhost:$PORT/api/v1/segments/recalculation"
pid=$(cat "$PIDS/backend-bench.pid")

timed_post() { # body → "seconds response"
    local start=$EPOCHREALTIME out
    out=$(curl -fsS -X POST "$RECALCULATION" -H "Authorization: Bearer $(token dana)" \
        -H 'Content-Type: application/json' -d "$1")
    echo "$(awk -v a="$EPOCHREALTIME" -v b="$start" 'BEGIN { printf "%.1f", a - b }') $out"
}

# The generated base's segments were typed before the rules: the migration kept them as set by hand. Here they
# go to the rules, or the recalculation would measure next to nothing.
"${SQL[@]}" -c "delete from segment_pin where reason = 'set before the segment rules'" >/dev/null
log "segment recalculation: preview as dana"
read -r preview_s preview <<<"$(timed_post '{"preview": true}')"
id=$(echo "$preview" | node -e 'process.stdin.on("data", d => console.log(JSON.parse(d).id))')
moves=$(echo "$preview" | node -e 'process.stdin.on("data", d => console.log(JSON.parse(d).moves))')

heap_log="$STATE/bench-segments-heap.txt"
jstat -gc "$pid" 500 >"$heap_log" 2>/dev/null & heap_sampler=$!
edited=$("${SQL[@]}" -tA -c "select id from client where owner_id = 'a0000000-0000-4000-8000-000000000004'
    and deleted_at is null order by id limit 1")
probe_log="$STATE/bench-segments-probe.txt"
(
    sam=$(token sam)
    while :; do
        curl -s -o /dev/null -w '%{time_total}\n' -X PATCH "http://localhost:$PORT/api/v1/clients/$edited" \
            -H "Authorization: Bearer $sam" -H 'If-Match: *' -H 'Content-Type: application/merge-patch+json' \
            -d "{\"city\": \"Bench $RANDOM\"}"
        sleep 0.2
    done
) >"$probe_log" & probe=$!
log "applying the $moves moves"
read -r apply_s applied <<<"$(timed_post "{\"recalculationId\": \"$id\"}")"
kill "$probe" "$heap_sampler" 2>/dev/null || true; wait "$probe" "$heap_sampler" 2>/dev/null || true # killed: 143
moved=$(echo "$applied" | node -e 'process.stdin.on("data", d => console.log(JSON.parse(d).applied))')
# jstat columns: S0U S1U EU OU are the used survivor, eden and old spaces (KB).
peak_heap=$(awk 'NR > 1 && $3 ~ /^[0-9.]+$/ { used = ($3 + $4 + $6 + $8) / 1024; if (used > peak) peak = used }
    END { printf "%.0f", peak }' "$heap_log")
longest_edit=$(sort -n "$probe_log" | tail -1)
edits=$(wc -l <"$probe_log")
echo "== segment recalculation of the whole base, as dana (-Xmx512m)"
printf '%-44s %s\n' "preview ($moves moves)" "${preview_s} s"
printf '%-44s %s\n' "apply ($moved moved, in batches of 5,000)" "${apply_s} s"
printf '%-44s %s\n' "peak heap used while applying" "${peak_heap} MB"
printf '%-44s %s\n' "longest of $edits client edits meanwhile" "${longest_edit} s"

log "putting the moved clients back"
"${SQL[@]}" -c "update client c set segment = m.from_segment, lifecycle = m.from_lifecycle from segment_move m
    where m.recalculation_id = '$id' and m.client_id = c.id" >/dev/null
