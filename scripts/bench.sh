#!/usr/bin/env bash
# `make bench`: measures the client list (50 rows) with row and field rules on, for the director
# (fewest redactions), and the same SQL through pgbench. Reports figures; asserts nothing.
source "$(dirname "$0")/lib.sh"

PORT=${RELAY_BENCH_PORT:-18090}
REQUESTS=${RELAY_BENCH_REQUESTS:-3000}
CONCURRENCY=${RELAY_BENCH_CONCURRENCY:-4}
WARMUP=${RELAY_BENCH_WARMUP:-3000}
STARTED=()
cleanup() {
    "$ROOT/scripts/backend.sh" stop backend-bench || true
    for what in "${STARTED[@]}"; do "$ROOT/scripts/$what.sh" stop || true; done
}
trap cleanup EXIT

pg_isready -h localhost -p "$PG_PORT" -q 2>/dev/null || { "$ROOT/scripts/pg.sh" start; STARTED+=(pg); }
"$ROOT/scripts/keycloak.sh" running || { "$ROOT/scripts/keycloak.sh" start; STARTED+=(keycloak); }
"$ROOT/scripts/pg.sh" recreatedb relay_bench
[ -f "$ROOT/backend/target/quarkus-app/quarkus-run.jar" ] || "$ROOT/scripts/backend.sh" build
"$ROOT/scripts/backend.sh" start backend-bench "$PORT" relay_bench demo
log "generating bench data"
psql -q -h localhost -p "$PG_PORT" -U relay -d relay_bench -f "$ROOT/bench/generate.sql" >/dev/null
CLIENTS=$(psql -tA -h localhost -p "$PG_PORT" -U relay -d relay_bench -c "select count(*) from client")

token() {
    curl -fsS -X POST "$KC_URL/realms/relay/protocol/openid-connect/token" -d grant_type=password \
        -d client_id=relay-spa -d username="$1" -d password=demo | sed -E 's/.*"access_token":"([^"]+)".*/\1/'
}
LIST="http://localhost:$PORT/api/v1/clients?limit=50"
echo "clients in the base: $CLIENTS; $REQUESTS requests, concurrency $CONCURRENCY (tokens last 300 s)"
declare -A TOKENS
for user in sam dana; do TOKENS[$user]=$(token "$user"); done
# The JIT needs thousands of requests to settle (a short warm-up measured it, not the rules): warm both paths twice.
log "warming up ($WARMUP requests per user, twice)"
for user in sam dana sam dana; do
    node "$ROOT/bench/load.mjs" "$LIST" "${TOKENS[$user]}" "$WARMUP" "$CONCURRENCY" >/dev/null
done
for user in sam dana; do
    printf '%-28s %s\n' "list 50 as $user" "$(node "$ROOT/bench/load.mjs" "$LIST" "${TOKENS[$user]}" "$REQUESTS" "$CONCURRENCY")"
done
# The SPA's first page also asks for the total (a count under the same rules).
for user in sam dana; do
    printf '%-28s %s\n' "list 50 + total as $user" \
        "$(node "$ROOT/bench/load.mjs" "$LIST&total=true" "${TOKENS[$user]}" "$REQUESTS" "$CONCURRENCY")"
done

PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
PGLOG=$(mktemp -d)
(cd "$PGLOG" && "$PGBIN/pgbench" -n -h localhost -p "$PG_PORT" -U relay -d relay_bench -f "$ROOT/bench/list.sql" \
    -c "$CONCURRENCY" -j "$CONCURRENCY" -t $((REQUESTS / CONCURRENCY)) -l >/dev/null 2>&1)
# Per-transaction log: the third column is the latency in microseconds.
cat "$PGLOG"/pgbench_log.* | awk '{print $3}' | sort -n | awk -v start="$(date +%s)" '
    { v[NR] = $1; sum += $1 }
    END { printf "%-28s {\"requests\":%d,\"mean_ms\":%.2f,\"p50\":%.2f,\"p95\":%.2f,\"p99\":%.2f}\n",
          "same SQL via pgbench", NR, sum / NR / 1000, v[int(NR * 0.5)] / 1000, v[int(NR * 0.95)] / 1000,
          v[int(NR * 0.99)] / 1000 }'
"$PGBIN/pgbench" -n -h localhost -p "$PG_PORT" -U relay -d relay_bench -f "$ROOT/bench/list.sql" \
    -c "$CONCURRENCY" -j "$CONCURRENCY" -T 10 2>/dev/null | grep -E "^tps" | sed 's/^/pgbench throughput: /'
rm -rf "$PGLOG"
