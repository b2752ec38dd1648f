#!/usr/bin/env bash
# `make test`: every suite against real PostgreSQL and Keycloak. Starts what is missing, uses its
# own databases (never the demo one), and stops afterwards whatever it started.
source "$(dirname "$0")/lib.sh"

E2E_BACKEND_PORT=${RELAY_E2E_BACKEND_PORT:-18080}
E2E_SPA_PORT=${RELAY_E2E_SPA_PORT:-15173}
E2E_SMTP_PORT=${RELAY_E2E_SMTP_PORT:-3125}
STARTED=()
START=$SECONDS

cleanup() {
    "$ROOT/scripts/spa.sh" stop spa-e2e || true
    "$ROOT/scripts/backend.sh" stop backend-e2e || true
    "$ROOT/scripts/mail.sh" stop mail-e2e || true
    for what in "${STARTED[@]}"; do
        case $what in
            keycloak) "$ROOT/scripts/keycloak.sh" stop || true ;;
            postgres) "$ROOT/scripts/pg.sh" stop || true ;;
        esac
    done
}
trap cleanup EXIT

step() { log "── $* ($((SECONDS - START)) s)"; }

step "infrastructure"
if ! pg_isready -h localhost -p "$PG_PORT" -q 2>/dev/null; then
    "$ROOT/scripts/pg.sh" start
    STARTED+=(postgres)
fi
if ! "$ROOT/scripts/keycloak.sh" running; then
    "$ROOT/scripts/keycloak.sh" start
    STARTED+=(keycloak)
fi
# A reused dev Keycloak may hold demo users someone marked as leaving: the tests start from the realm file.
"$ROOT/scripts/keycloak.sh" reset-demo-users
"$ROOT/scripts/pg.sh" recreatedb relay_test
"$ROOT/scripts/pg.sh" recreatedb relay_e2e

step "backend tests (JUnit, real PostgreSQL and Keycloak; then two instances of the packaged backend)"
(cd "$ROOT/backend" && mvn -B -ntp verify)

step "contract: openapi.yaml must match the code"
if ! diff -u "$ROOT/openapi.yaml" "$ROOT/backend/target/openapi/openapi.yaml"; then
    die "openapi.yaml differs from what the code generates: run 'make openapi' and commit it"
fi

step "frontend: typed client, type check, import boundaries, unit tests"
"$ROOT/scripts/spa.sh" deps
(cd "$ROOT/frontend" && npm run --silent gen:api)
if [ -d "$ROOT/.git" ] && ! git -C "$ROOT" diff --quiet -- frontend/src/lib/api/schema.ts; then
    git -C "$ROOT" diff --stat -- frontend/src/lib/api/schema.ts
    die "the generated API types differ from the committed ones: run 'make openapi' and commit"
fi
(cd "$ROOT/frontend" && npm run --silent typecheck && npm run --silent lint && npm test --silent)

step "browser end-to-end tests (Playwright + Debian chromium)"
command -v chromium >/dev/null || apt_install chromium
"$ROOT/scripts/spa.sh" build
(cd "$ROOT/frontend" && npm run --silent size)
"$ROOT/scripts/mail.sh" start mail-e2e "$E2E_SMTP_PORT"
RELAY_SMTP_PORT=$E2E_SMTP_PORT "$ROOT/scripts/backend.sh" start backend-e2e "$E2E_BACKEND_PORT" relay_e2e demo
"$ROOT/scripts/spa.sh" start spa-e2e "$E2E_SPA_PORT" "$E2E_BACKEND_PORT"
rm -rf "$ROOT/frontend/e2e/results"
if ! (cd "$ROOT/frontend" && E2E_BASE_URL=http://localhost:$E2E_SPA_PORT E2E_API_URL=http://localhost:$E2E_BACKEND_PORT \
    CHROMIUM_PATH=$(command -v chromium) npm run --silent e2e); then
    # A CI log may keep only its tail: each failure's own words come last.
    for context in "$ROOT"/frontend/e2e/results/*/error-context.md; do
        [ -f "$context" ] && sed -n '/^# Test info/,/^# Page snapshot/p' "$context" | grep -v '^# Page snapshot' | cut -c1-600
    done
    die "browser end-to-end tests failed (each failure's error is just above)"
fi
# The departure test ended sara's account: a dev stack sharing this Keycloak gets the demo users back.
"$ROOT/scripts/keycloak.sh" reset-demo-users

step "all suites passed"
