#!/usr/bin/env bash
# `make bench`: loads a realistic base (RELAY_BENCH_CLIENTS clients, default 1 000 000, three contact
# persons each) and measures the API with every rule on — list, search, totals — for a sales
# manager, a head of sales and the director, beside the same SQL through pgbench in the same run.
# Reports figures and ratios; asserts nothing. Reuses the generated base when its size matches.
source "$(dirname "$0")/lib.sh"

PORT=${RELAY_BENCH_PORT:-18090}
CLIENTS=${RELAY_BENCH_CLIENTS:-1000000}
REQUESTS=${RELAY_BENCH_REQUESTS:-2000}
WARMUP=${RELAY_BENCH_WARMUP:-3000}
USERS=(sam hugo dana)
STARTED=()
cleanup() {
    "$ROOT/scripts/backend.sh" stop backend-bench || true
    "$ROOT/scripts/mail.sh" stop mail-bench || true
    for what in "${STARTED[@]}"; do "$ROOT/scripts/$what.sh" stop || true; done
}
trap cleanup EXIT

pg_isready -h localhost -p "$PG_PORT" -q 2>/dev/null || { "$ROOT/scripts/pg.sh" start; STARTED+=(pg); }
"$ROOT/scripts/keycloak.sh" running || { "$ROOT/scripts/keycloak.sh" start; STARTED+=(keycloak); }
SQL=(psql -X -q -h localhost -p "$PG_PORT" -U postgres -d relay_bench -v ON_ERROR_STOP=1)
have=$("${SQL[@]}" -tA -c "select count(*) from client where created_by = 'bench'" 2>/dev/null || echo 0)
[ "$have" = "$CLIENTS" ] || "$ROOT/scripts/pg.sh" recreatedb relay_bench
[ -f "$ROOT/backend/target/quarkus-app/quarkus-run.jar" ] || "$ROOT/scripts/backend.sh" build
# The impact summaries are counted again every 10 s here (1 min by default), and the directory synchronised from
# Keycloak every 15 s (5 min), so the bench need not wait long for either.
export RELAY_IMPACT_SUMMARY_EVERY=${RELAY_IMPACT_SUMMARY_EVERY:-10s}
export RELAY_DIRECTORY_SYNC_EVERY=${RELAY_DIRECTORY_SYNC_EVERY:-15s}
# The party-expiry job (nightly) every 5 s, so that the cover's revert is measured as the job does it.
export RELAY_PARTY_EXPIRY_CRON=${RELAY_PARTY_EXPIRY_CRON:-*/5 * * * * ?}
# The letters go to a mail catcher of the bench's own, and the outbox worker looks for them every 2 s (10 s).
export RELAY_SMTP_PORT=${RELAY_BENCH_SMTP_PORT:-3225} RELAY_OUTBOX_EVERY=${RELAY_OUTBOX_EVERY:-2s}
"$ROOT/scripts/mail.sh" start mail-bench "$RELAY_SMTP_PORT"
# A kept base migrates to a new version on this start: over a million clients that takes a while.
export RELAY_BACKEND_START_WAIT=${RELAY_BACKEND_START_WAIT:-900}
"$ROOT/scripts/backend.sh" start backend-bench "$PORT" relay_bench demo
if [ "$have" != "$CLIENTS" ]; then
    log "generating $CLIENTS clients and $((CLIENTS * 3)) contact persons (a few minutes for a million)"
    t0=$SECONDS
    "${SQL[@]}" -v clients="$CLIENTS" -f "$ROOT/bench/generate.sql" >/dev/null
    log "generated in $((SECONDS - t0)) s"
fi
echo "base: $("${SQL[@]}" -tA -c "select count(*) || ' clients, ' || (select count(*) from contact) || ' contacts, '
    || (select count(*) from client where owner_id = 'a0000000-0000-4000-8000-000000000004') || ' held by sam' from client")"

API="http://localhost:$PORT/api/v1/clients"
# One measurement: label, user, query string, connections. A fresh token each time (they last 300 s).
measure() {
    printf '%-44s %s\n' "$1" "$(node "$ROOT/bench/load.mjs" "$API?$3" "$(token "$2")" "$REQUESTS" "$4")"
}
pgbench_tps() {
    "$PGBIN/pgbench" -n -h localhost -p "$PG_PORT" -U relay -d relay_bench -f "$1" -c "$2" -j 2 -T 10 2>/dev/null \
        | sed -nE 's/^tps = ([0-9.]+).*/\1/p' | cut -d. -f1
}
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)

# The JIT needs thousands of requests to settle (a short warm-up measured it, not the rules).
log "warming up ($WARMUP requests per user)"
for user in "${USERS[@]}"; do node "$ROOT/bench/load.mjs" "$API?limit=50" "$(token "$user")" "$WARMUP" 8 >/dev/null; done

# What one list request runs, for pgbench: the page statement (page.sql with the user's selection
# inlined). The departed are checked from memory, re-read at most once a second, not per request.
request_sql() {
    local out=$STATE/bench-$1.sql
    grep -v '^--' "$ROOT/bench/sql/page.sql" | SEL="$(grep -v "^--" "$ROOT/bench/sql/select-$1.sql" | tr -d ";")" \
        awk '$0 == "SELECTION" { print ENVIRON["SEL"]; next } { print }' >"$out"
    echo "$out"
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

echo "== list, 50 rows, all rules on"
for user in "${USERS[@]}"; do
    measure "list 50 as $user, 4 connections" "$user" "limit=50" 4
    line=$(node "$ROOT/bench/load.mjs" "$API?limit=50" "$(token "$user")" "$((REQUESTS * 2))" 32)
    rps=$(sed -nE 's/.*"rps":([0-9]+).*/\1/p' <<<"$line")
    tps=$(pgbench_tps "$(request_sql "$user")" 32)
    bare=$(pgbench_tps "$ROOT/bench/sql/select-$user.sql" 32)
    printf '%-44s %s\n' "list 50 as $user, 32 connections" "$line"
    printf '%-44s %s tps; API/pgbench = %s\n' "  the request's SQL via pgbench, 32 conns" "$tps" "$(ratio "$rps" "$tps")"
    printf '%-44s %s tps; API/pgbench = %s\n' "  its bare selection via pgbench" "$bare" "$(ratio "$rps" "$bare")"
done

echo "== search by fragment (name, tax id, contact name), matching or not, 4 connections"
for q in "RO900123456" "0777777" "zzzzqq" "vest%20123" "Морозов%20777" "agro"; do
    for user in sam dana; do measure "q=$q as $user" "$user" "limit=50&q=$q" 4; done
done

echo "== first page with the total, 4 connections"
for user in "${USERS[@]}"; do measure "list 50 + total as $user" "$user" "limit=50&total=true" 4; done
measure "q=agro + total as dana" dana "limit=50&q=agro&total=true" 4
measure "q=agro + total as sam" sam "limit=50&q=agro&total=true" 4

echo "== plans (explain analyze of the list SQL)"
for user in sam hugo; do
    echo "-- $user"
    "${SQL[@]}" -c "explain (analyze, costs off, timing off, summary on) $(cat "$(request_sql "$user")")" \
        | grep -E "Limit|Scan|Filter|Execution|SubPlan|Join|Sort" | head -24
done

# Handing a departing person's 10,000 clients over (bench/handover.sh).
source "$ROOT/bench/handover.sh"

# A departure of 5,000 clients writing 10,000 letters, and the outbox sending them all (bench/letters.sh).
source "$ROOT/bench/letters.sh"

# A vacation cover of 100,000 clients, and the nightly job reverting it (bench/temporary.sh).
source "$ROOT/bench/temporary.sh"

# What a departure would put at risk, for one person and ranked (bench/impact.sh).
source "$ROOT/bench/impact.sh"

# Orders: five million of them, posting one with its client's figures kept current (bench/orders.sh).
source "$ROOT/bench/orders.sh"

# Who earned what over a year of those orders (bench/attribution.sh).
source "$ROOT/bench/attribution.sh"

# A full segment recalculation of the base by its orders' figures (bench/segments.sh).
source "$ROOT/bench/segments.sh"

# The pipeline board under each role's row scope (bench/pipeline.sh).
source "$ROOT/bench/pipeline.sh"
