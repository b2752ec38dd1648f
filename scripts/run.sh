#!/usr/bin/env bash
# `make run`: everything a developer needs, started and loaded with demo data. Safe to re-run.
source "$(dirname "$0")/lib.sh"

START=$SECONDS
command -v java >/dev/null || die "Java 17 is required"
command -v mvn >/dev/null || die "Maven is required"
command -v npm >/dev/null || die "Node.js 20 with npm is required"

step() { log "── $* ($((SECONDS - START)) s)"; }

if [ -z "${RELAY_DB_URL:-}" ]; then
    "$ROOT/scripts/pg.sh" start
    "$ROOT/scripts/pg.sh" createdb relay
fi
# Keycloak boots while the backend and the SPA build.
"$ROOT/scripts/keycloak.sh" launch
# A running stack is left as it is (rebuilding under a running JVM would pull its jars away);
# `make stop && make run` picks up code changes.
# The SPA builds alongside the backend: on two cores that still saves most of its time.
spa_build=
if ! pid_alive spa; then
    step "SPA build (in the background)"
    "$ROOT/scripts/spa.sh" build-if-stale &
    spa_build=$!
fi
if pid_alive backend; then
    log "backend already running; run 'make stop' first to rebuild it"
else
    step "backend build"
    "$ROOT/scripts/backend.sh" build-if-stale
fi
if [ -n "$spa_build" ]; then
    wait "$spa_build" || die "SPA build failed; see $LOGS/spa-build.log"
    step "SPA built"
fi
step "waiting for Keycloak"
"$ROOT/scripts/keycloak.sh" wait
step "starting the mail catcher, the backend and the SPA"
"$ROOT/scripts/mail.sh" start mail "$SMTP_PORT"
"$ROOT/scripts/backend.sh" start backend "$BACKEND_PORT" relay demo
"$ROOT/scripts/spa.sh" start spa "$SPA_PORT" "$BACKEND_PORT"

cat <<INFO

  Relay is running (ready in $((SECONDS - START)) s)

  SPA        http://localhost:$SPA_PORT
  API        http://localhost:$BACKEND_PORT/api/v1   (OpenAPI UI: http://localhost:$BACKEND_PORT/q/swagger-ui)
  Keycloak   $KC_URL   (admin console: log in to the master realm with admin/admin)
  SMTP       localhost:$SMTP_PORT   (a mail catcher: letters to clients land here; Relay shows them on the handover)

  Demo logins (password "demo"):
    ada   admin                 dana  director
    hugo  head of sales, north  hana  head of sales, south
    sam   sales manager, north  sara  sales manager, north
    alex  account manager, north
    leo   lead generator, north sid   sales manager, south

  Logs in $LOGS; stop everything with: make stop
INFO
