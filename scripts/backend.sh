#!/usr/bin/env bash
# Builds and runs the Quarkus backend as a background process.
# Usage: backend.sh build | build-if-stale | start NAME PORT DB_NAME [demo] | stop NAME
source "$(dirname "$0")/lib.sh"

JAR=$ROOT/backend/target/quarkus-app/quarkus-run.jar

build() {
    log "building the backend"
    (cd "$ROOT/backend" && mvn -q -B package -DskipTests)
}

# Builds only when a source changed since the last build: a warm `make run` then skips Maven.
build_if_stale() {
    if [ -f "$JAR" ] && [ -z "$(find "$ROOT/backend/src/main" "$ROOT/backend/pom.xml" -newer "$JAR" -print -quit)" ]; then
        log "backend build is up to date"
        return
    fi
    build
}

start() {
    local name=$1 port=$2 db=$3 demo=${4:-}
    # Health lives on the management interface, 1000 above the API port (8080 → 9080).
    local mgmt=$((port + 1000))
    if pid_alive "$name" && curl -fsS -o /dev/null "http://localhost:$mgmt/q/health/ready"; then
        log "backend '$name' already runs on $port"
        return
    fi
    [ -f "$JAR" ] || build
    # Run from a copy, so that a rebuild (make test, make openapi) never pulls jars from under it.
    local app="$STATE/run/$name"
    rm -rf "$app" && mkdir -p "$app" && cp -r "$ROOT/backend/target/quarkus-app/." "$app/"
    log "starting backend '$name' on $port (database $db)"
    # The dev profile: development secrets and settings (production refuses them).
    QUARKUS_PROFILE=dev RELAY_HTTP_PORT=$port RELAY_MANAGEMENT_PORT=$mgmt \
    RELAY_DB_URL=${RELAY_DB_URL:-jdbc:postgresql://localhost:$PG_PORT/$db} \
    RELAY_OIDC_URL=$KC_URL/realms/relay RELAY_SMTP_PORT=${RELAY_SMTP_PORT:-$SMTP_PORT} \
    RELAY_DEMO_DATA=$([ "$demo" = demo ] && echo true || echo false) \
        start_bg "$name" "$LOGS/$name.log" java ${RELAY_BACKEND_JAVA_OPTS:--Xmx512m} -jar "$app/quarkus-run.jar"
    # A migration over a large base (the bench's million clients) may take minutes: RELAY_BACKEND_START_WAIT.
    wait_for_url "http://localhost:$mgmt/q/health/ready" "${RELAY_BACKEND_START_WAIT:-120}" "backend '$name'" \
        "$(cat "$PIDS/$name.pid")"
}

case "${1:-}" in
    build) build ;;
    build-if-stale) build_if_stale ;;
    start) start "$2" "$3" "$4" "${5:-}" ;;
    stop) stop_bg "$2" ;;
    *) die "usage: backend.sh build | start NAME PORT DB [demo] | stop NAME" ;;
esac
