#!/usr/bin/env bash
# Builds the SPA and serves it with `vite preview`, proxying /api to a backend.
# Usage: spa.sh deps | build | build-if-stale | start NAME PORT API_PORT | stop NAME
source "$(dirname "$0")/lib.sh"

FRONT=$ROOT/frontend

deps() {
    # Reinstall only when the lockfile changed since the last install.
    if [ ! -f "$FRONT/node_modules/.package-lock.json" ] || [ "$FRONT/package-lock.json" -nt "$FRONT/node_modules/.package-lock.json" ]; then
        log "installing SPA dependencies"
        (cd "$FRONT" && npm ci --no-audit --no-fund --loglevel=error)
    fi
}

build() {
    deps
    log "building the SPA"
    (cd "$FRONT" && npm run --silent build >"$LOGS/spa-build.log" 2>&1) || { tail -30 "$LOGS/spa-build.log"; die "SPA build failed"; }
}

build_if_stale() {
    local built=$FRONT/dist/index.html
    if [ -f "$built" ] && [ -z "$(find "$FRONT/src" "$FRONT/public" "$FRONT/index.html" "$FRONT/vite.config.ts" \
            "$FRONT/package-lock.json" -newer "$built" -print -quit)" ]; then
        log "SPA build is up to date"
        return
    fi
    build
}

start() {
    local name=$1 port=$2 api_port=$3
    if pid_alive "$name" && curl -fsS -o /dev/null "http://localhost:$port/"; then
        log "SPA '$name' already serves on $port"
        return
    fi
    [ -f "$FRONT/dist/index.html" ] || build
    log "serving SPA '$name' on $port (API on $api_port)"
    (cd "$FRONT" && SPA_PORT=$port RELAY_API_URL=http://localhost:$api_port \
        start_bg "$name" "$LOGS/$name.log" npx vite preview --port "$port" --strictPort)
    wait_for_url "http://localhost:$port/" 60 "SPA '$name'" "$(cat "$PIDS/$name.pid")"
}

case "${1:-}" in
    deps) deps ;;
    build) build ;;
    build-if-stale) build_if_stale ;;
    start) start "$2" "$3" "$4" ;;
    stop) stop_bg "$2" ;;
    *) die "usage: spa.sh deps | build | start NAME PORT API_PORT | stop NAME" ;;
esac
