#!/usr/bin/env bash
# Part of `make bench` (sourced by scripts/bench.sh, after bench/orders.sh): the attribution report over the last
# twelve months of the base's five million orders, as the director (everyone and the company's totals), a head of
# sales (a team's people and totals) and a sales manager (their own line: the same orders are read to find it).
FROM=$(date -u -d '-12 months' +%F)
for user in dana hugo sam; do
    printf '%-44s %s\n' "attribution report, 12 months, as $user (5 requests)" "$(node "$ROOT/bench/load.mjs" \
        "http://localhost:$PORT/api/v1/reports/attribution?from=$FROM" "$(token "$user")" 5 1)"
done
