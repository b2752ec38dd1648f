#!/usr/bin/env bash
# Part of `make bench` (sourced by scripts/bench.sh): orders on the 1M base. Adds RELAY_BENCH_ORDERS orders
# (default five per client, over the last two years) once, counts every client's figures, then measures posting
# an order (its client's figures counted again in the same transaction) and reading a client with its figures.
ORDERS=${RELAY_BENCH_ORDERS:-$((CLIENTS * 5))}
ORDER_POSTS=${RELAY_BENCH_ORDER_POSTS:-2000}
BASE="http://localhost:$PORT/api/v1"

have_orders=$("${SQL[@]}" -tA -c "select count(*) from client_order where created_by = 'bench'")
if [ "$have_orders" -lt "$ORDERS" ]; then
    log "generating $ORDERS orders (a few minutes for five million)"
    t0=$SECONDS
    "${SQL[@]}" -c "delete from client_figures where client_id in (select client_id from client_order
        where created_by = 'bench'); delete from client_order where created_by = 'bench'"
    "${SQL[@]}" -v orders="$ORDERS" <<'SQL' >/dev/null
-- Orders spread over the clients in id order, dated over the last two years; older ones paid, the rest invoiced.
insert into client_order (id, client_id, number, ordered_on, amount, currency, company_amount, status, due_on,
                          paid_on, created_at, created_by, updated_at, updated_by)
select gen_random_uuid(), c.id, 'B-' || n, d.on_date, a.amount, 'EUR', a.amount,
       case when d.on_date < current_date - 60 then 'paid' else 'invoiced' end, d.on_date + 30,
       case when d.on_date < current_date - 60 then d.on_date + 25 end, now(), 'bench', now(), 'bench'
  from (select id, row_number() over (order by id) as k, count(*) over () as total from client) c
  cross join lateral generate_series(1, (:orders / c.total + case when c.k <= :orders % c.total then 1 else 0 end)::int) n
  cross join lateral (select current_date - ((abs(hashtext(c.id::text || n)) % 730))::int as on_date) d
  cross join lateral (select round((50 + abs(hashtext(n || c.id::text)) % 20000)::numeric, 2) as amount) a;
SQL
    log "orders generated in $((SECONDS - t0)) s; counting every client's figures"
    t0=$SECONDS
    "${SQL[@]}" <<'SQL' >/dev/null
insert into client_figures (client_id, revenue_12m, first_order_on, last_order_on, order_interval_days,
                            overdue_receivables, computed_on)
select o.client_id,
       coalesce(sum(o.company_amount) filter (where o.ordered_on > current_date - interval '12 months'
                                              and o.ordered_on <= current_date), 0),
       min(o.ordered_on), max(o.ordered_on),
       case when count(distinct o.ordered_on) > 1
            then round((max(o.ordered_on) - min(o.ordered_on)) / (count(distinct o.ordered_on) - 1.0)) end,
       coalesce(sum(o.company_amount) filter (where o.status <> 'paid' and o.due_on < current_date), 0), current_date
  from client_order o where o.deleted_at is null and o.status <> 'cancelled' group by o.client_id
on conflict (client_id) do nothing;
analyze client_order; analyze client_figures;
SQL
    log "figures of every client counted in $((SECONDS - t0)) s"
fi
echo "== orders: $("${SQL[@]}" -tA -c "select count(*) from client_order") on $("${SQL[@]}" -tA -c \
    "select count(*) from client_figures") clients with figures"

# Sam's north clients, in turn: each post counts one client's figures again.
"${SQL[@]}" -tA -c "select id from client where owner_id = 'a0000000-0000-4000-8000-000000000004'
    and deleted_at is null order by id limit 5000" >"$STATE/bench-order-clients.txt"
log "warming up the order post"
node "$ROOT/bench/post-orders.mjs" "$BASE" "$(token sam)" "$STATE/bench-order-clients.txt" 1000 4 >/dev/null
for connections in 1 4; do
    printf '%-44s %s\n' "post an order as sam, $connections connection(s)" "$(node "$ROOT/bench/post-orders.mjs" "$BASE" \
        "$(token sam)" "$STATE/bench-order-clients.txt" "$ORDER_POSTS" "$connections")"
done
first=$(head -1 "$STATE/bench-order-clients.txt")
printf '%-44s %s\n' "a client with its figures, as sam" \
    "$(node "$ROOT/bench/load.mjs" "$BASE/clients/$first" "$(token sam)" "$REQUESTS" 4)"
printf '%-44s %s\n' "its orders (first page), as sam" \
    "$(node "$ROOT/bench/load.mjs" "$BASE/clients/$first/orders" "$(token sam)" "$REQUESTS" 4)"
# The bench's own posts go, so that the next run starts from the same base.
"${SQL[@]}" -c "delete from client_order where number like 'BENCH-%'" >/dev/null
"${SQL[@]}" -c "update client_figures set computed_on = computed_on - 1 where client_id in (select id from client
    where owner_id = 'a0000000-0000-4000-8000-000000000004')" >/dev/null
