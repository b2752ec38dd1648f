#!/usr/bin/env bash
# Part of `make bench` (sourced by scripts/bench.sh, which has the base, the backend and `token`): a vacation cover of
# 100,000 clients on the 1M base — arranged through the API (a temporary-owner party and an item per client, in one
# transaction), then its period made to pass and reverted by the party-expiry job, which the bench's backend runs
# every 5 s (RELAY_PARTY_EXPIRY_CRON) and which logs how long it took. The base is put back afterwards.
source "$ROOT/bench/handover-lib.sh"
COVERED=${RELAY_BENCH_COVER_CLIENTS:-100000}
SARA_ID=a0000000-0000-4000-8000-000000000005

echo "== temporary cover of $COVERED clients, and the job that reverts it"
make_leaver "$COVERED" >/dev/null
read -r status seconds <<<"$(timed POST /handovers hugo "{\"kind\":\"temporary\",\"userId\":\"$LEAVER_ID\",
    \"substituteId\":\"$SARA_ID\",\"startsOn\":\"$(date +%F)\",\"endsOn\":\"$(date -d "+7 days" +%F)\"}")"
COVER=$(json v.id <"$STATE/bench-answer.json")
printf '%-44s %s s (HTTP %s, %s clients)\n' "arrange: a temporary owner for each client" "$seconds" "$status" \
    "$(json v.items <"$STATE/bench-answer.json")"
for attempt in first again; do
    read -r status seconds <<<"$(timed GET "/clients?limit=50" sara)"
    printf '%-44s %s s (HTTP %s)\n' "the substitute's page of 50 clients ($attempt)" "$seconds" "$status"
done

# The period passes: the row scope stops counting them at once; the job records each end.
log_lines=$(wc -l <"$LOGS/backend-bench.log")
"${SQL[@]}" -c "update party set valid_from = now() - interval '8 days', valid_to = now() - interval '1 second'
    where id in (select party_id from handover_item where handover_id = '$COVER')" >/dev/null
for _ in $(seq 1 60); do
    line=$(tail -n +"$((log_lines + 1))" "$LOGS/backend-bench.log" | grep -o "ended [0-9]* parties whose time was up in [0-9]* ms" | tail -1 || true)
    [ -n "$line" ] && break
    sleep 2
done
printf '%-44s %s\n' "party-expiry job: revert the cover" "${line:-did not run within 120 s}"
echo "  temporary owners still standing: $("${SQL[@]}" -tA -c "select count(*) from party p join handover_item i
    on i.party_id = p.id where i.handover_id = '$COVER' and p.deleted_at is null")"
"${SQL[@]}" -c "delete from handover_item where handover_id = '$COVER'; delete from party where user_id = '$SARA_ID'
    and kind = 'temporary-owner' and created_at >= now() - interval '1 hour'" >/dev/null
drop_leaver >/dev/null
