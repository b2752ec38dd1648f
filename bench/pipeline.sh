#!/usr/bin/env bash
# Part of `make bench` (sourced by scripts/bench.sh, after bench/segments.sh): the pipeline board — per stage the
# clients a person may see counted, their 12-month revenue summed, and the first 20 cards of each column — for a
# head of sales (his team), a sales manager (his clients), a lead generator (his team's leads) and the director.
BOARD="http://localhost:$PORT/api/v1/pipeline/board"
BOARD_REQUESTS=${RELAY_BENCH_BOARD_REQUESTS:-300}

# A base generated before the pipeline has every prospect at the first stage: spread them over the six lead and sales
# stages (by a hash of the id: the generator's row number is gone by now).
if [ "$("${SQL[@]}" -tA -c "select count(*) from client c join pipeline_stage s on s.id = c.stage_id
        where c.created_by = 'bench' and s.key = 'qualified'")" = "0" ]; then
    log "spreading the base's prospects over the lead and sales stages"
    "${SQL[@]}" <<'SQL' >/dev/null
set session_replication_role = replica;
update client c set stage_id = s.id, phase = s.phase
  from pipeline_stage s
 where c.created_by = 'bench' and c.lifecycle = 'prospect'
   and s.key = (array['new-lead', 'contacted', 'qualified', 'meeting-agreed', 'proposal',
                      'agreed-to-sign'])[1 + ((hashtext(c.id::text) & 2147483647) % 6)];
set session_replication_role = origin;
select relay_recount_stage_tally();
SQL
    "${SQL[@]}" -c "vacuum analyze client" >/dev/null
fi
echo "== pipeline board: $("${SQL[@]}" -tA -c "select string_agg(team || ' ' || open || ' open of ' || total, ', ')
    from (select team, count(*) filter (where phase in ('lead', 'sales')) as open, count(*) as total from client
          where deleted_at is null group by team order by team) t")"
log "warming up the board"
node "$ROOT/bench/load.mjs" "$BOARD" "$(token hugo)" "$BOARD_REQUESTS" 4 >/dev/null
# Unfiltered (or by team, owner, segment), the counts and sums come from the kept totals; else they are counted.
for user in hugo sam leo dana; do
    for connections in 1 4; do
        printf '%-44s %s\n' "board as $user, $connections connection(s)" "$(node "$ROOT/bench/load.mjs" "$BOARD" \
            "$(token "$user")" "$BOARD_REQUESTS" "$connections")"
    done
done
printf '%-44s %s\n' "board as hugo, team=north, 1 connection" "$(node "$ROOT/bench/load.mjs" "$BOARD?team=north" \
    "$(token hugo)" "$BOARD_REQUESTS" 1)"
printf '%-44s %s\n' "board as hugo, owner=sam, 1 connection" "$(node "$ROOT/bench/load.mjs" \
    "$BOARD?ownerId=a0000000-0000-4000-8000-000000000004" "$(token hugo)" "$BOARD_REQUESTS" 1)"
# A rare segment: counted from the totals, but each column's cards walk its index to find 20 of them.
printf '%-44s %s\n' "board as hugo, segment=vip (20 requests)" "$(node "$ROOT/bench/load.mjs" "$BOARD?segment=vip" \
    "$(token hugo)" 20 1)"
# A search the totals do not hold: counted live, seconds on a million clients.
printf '%-44s %s\n' "board as hugo, q=agro (20 requests)" "$(node "$ROOT/bench/load.mjs" "$BOARD?q=agro" "$(token hugo)" 20 1)"
printf '%-44s %s\n' "one column alone (count and 20 cards), as hugo" "$(node "$ROOT/bench/load.mjs" \
    "$BOARD?stageId=57000000-0000-4000-8000-000000000005&limit=20" "$(token hugo)" "$BOARD_REQUESTS" 4)"
