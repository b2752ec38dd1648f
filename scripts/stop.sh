#!/usr/bin/env bash
# `make stop`: stops exactly what our scripts started (recorded pids), nothing else.
source "$(dirname "$0")/lib.sh"

for pidfile in "$PIDS"/*.pid; do
    [ -e "$pidfile" ] || continue
    name=$(basename "$pidfile" .pid)
    [ "$name" = keycloak ] || stop_bg "$name"
done
stop_bg keycloak
"$ROOT/scripts/pg.sh" stop
