#!/usr/bin/env bash
# Part of `make bench` (sourced by scripts/bench.sh, which started the bench's mail catcher and gave the backend its
# port): a departure of 5,000 clients whose decision maker and ordering contact may each be written to, so that its
# completion queues 10,000 letters. Times the completion and samples the backend's heap meanwhile (-Xmx512m), then
# times the outbox delivering every letter to the local SMTP server (the worker wakes every 2 s here, 10 s by
# default, and goes on while its batches come back full). The base is put back afterwards.
source "$ROOT/bench/handover-lib.sh"
LETTERED=${RELAY_BENCH_LETTER_CLIENTS:-5000}

echo "== departure of $LETTERED clients with letters to two contact persons each"
make_leaver "$LETTERED"
# Two of each client's three contact persons become a decision maker and an ordering contact who agreed to be
# written to, each with an e-mail (the generated ones have a phone only); kept as they were for putting back.
"${SQL[@]}" -c "create table if not exists bench_contact_before as select id, functions, channels, consent from contact limit 0;
    insert into bench_contact_before select t.id, t.functions, t.channels, t.consent from contact t join client c
        on c.id = t.client_id where c.owner_id = '$LEAVER_ID' and t.id not in (select id from bench_contact_before);
    update contact t set consent = true,
        functions = case when t.id = f.first then array['decision_maker'] else array['orders'] end,
        channels = jsonb_build_array(jsonb_build_object('kind', 'email', 'value', 'bench-' || left(t.id::text, 8)
            || '@clients.example', 'corporate', true))
    from (select client_id, min(id::text)::uuid as first, max(id::text)::uuid as last from contact group by client_id) f,
        client c where t.client_id = f.client_id and t.id in (f.first, f.last) and c.id = t.client_id
        and c.owner_id = '$LEAVER_ID'" >/dev/null
approved_handover
pid=$(cat "$PIDS/backend-bench.pid")
heap_log="$STATE/bench-letters-heap.txt"
jstat -gc "$pid" 250 >"$heap_log" 2>/dev/null & heap_sampler=$!
read -r status seconds <<<"$(timed POST "/handovers/$HANDOVER/complete" hugo)"
kill "$heap_sampler" 2>/dev/null || true; wait "$heap_sampler" 2>/dev/null || true # killed: 143
queued_at=$EPOCHREALTIME
# jstat columns: S0U S1U EU OU are the used survivor, eden and old spaces (KB).
peak_heap=$(awk 'NR > 1 && $3 ~ /^[0-9.]+$/ { used = ($3 + $4 + $6 + $8) / 1024; if (used > peak) peak = used }
    END { printf "%.0f", peak }' "$heap_log")
letters() { "${SQL[@]}" -tA -c "select count(*) from letter where handover_id = '$HANDOVER' $1"; }
queued=$(letters "and state = 'queued'")
printf '%-44s %s s (HTTP %s, state %s)\n' "complete: move $LETTERED clients, write letters" "$seconds" "$status" \
    "$(json v.state <"$STATE/bench-answer.json")"
printf '%-44s %s\n' "  letters queued / written" "$queued / $(letters "")"
printf '%-44s %s\n' "  peak heap used while completing" "${peak_heap} MB"

# Delivered: the letter's outbox message has its delivery time. Polled every second, for at most 30 minutes.
sent_count() {
    "${SQL[@]}" -tA -c "select count(*) from letter l join outbox_message o on o.kind = 'mail.letter'
        and o.subject = l.id::text where l.handover_id = '$HANDOVER' and o.delivered_at is not null"
}
sent=0
for _ in $(seq 1 1800); do
    sent=$(sent_count)
    [ "$sent" -ge "$queued" ] && break
    sleep 1
done
delivery=$(awk -v a="$EPOCHREALTIME" -v b="$queued_at" 'BEGIN { printf "%.1f", a - b }')
rate=$(awk -v n="$sent" -v s="$delivery" 'BEGIN { printf "%.0f", (s > 0 ? n / s : 0) }')
printf '%-44s %s s (%s letters, %s a second)\n' "outbox: every letter to the SMTP server" "$delivery" "$sent" "$rate"

# The base as it was: the contact persons, the clients back with sam, the throwaway account gone.
"${SQL[@]}" -c "update contact t set functions = b.functions, channels = b.channels, consent = b.consent
    from bench_contact_before b where b.id = t.id; drop table bench_contact_before" >/dev/null
drop_leaver
