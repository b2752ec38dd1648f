# Shared settings and helpers for Relay's dev scripts (sourced, not run).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
STATE=${RELAY_STATE_DIR:-$ROOT/.relay}
PIDS=$STATE/pids
LOGS=$STATE/logs
mkdir -p "$PIDS" "$LOGS"

KC_VERSION=26.7.3
KC_PORT=${RELAY_KEYCLOAK_PORT:-8180}
KC_URL=http://localhost:$KC_PORT
PG_PORT=${RELAY_PG_PORT:-5433}
BACKEND_PORT=${RELAY_BACKEND_PORT:-8080}
SPA_PORT=${RELAY_SPA_PORT:-5173}
SMTP_PORT=${RELAY_SMTP_PORT:-3025}

log() { printf '\033[1;34m[relay]\033[0m %s\n' "$*" >&2; }
die() { printf '\033[1;31m[relay]\033[0m %s\n' "$*" >&2; exit 1; }

# Runs a command as root (directly, or through sudo when we are not root).
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

apt_install() {
    log "installing Debian packages: $*"
    as_root apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "$@" >/dev/null
}

# wait_for_url URL SECONDS NAME [PID]: polls until the URL answers 2xx, fails early if PID dies.
wait_for_url() {
    local url=$1 seconds=$2 name=$3 pid=${4:-}
    local deadline=$((SECONDS + seconds))
    until curl -fsS -o /dev/null "$url" 2>/dev/null; do
        if [ -n "$pid" ] && ! kill -0 "$pid" 2>/dev/null; then
            die "$name exited during start-up; see its log in $LOGS"
        fi
        [ $SECONDS -lt $deadline ] || die "$name not ready after ${seconds}s ($url); see $LOGS"
        sleep 1
    done
}

pid_alive() { [ -f "$PIDS/$1.pid" ] && kill -0 "$(cat "$PIDS/$1.pid")" 2>/dev/null; }

# start_bg NAME LOGFILE CMD...: starts CMD in its own process group and records its pid.
start_bg() {
    local name=$1 logfile=$2; shift 2
    setsid "$@" >"$logfile" 2>&1 < /dev/null &
    echo $! >"$PIDS/$name.pid"
}

# stop_bg NAME: stops the process group recorded for NAME, if it is still ours and alive.
stop_bg() {
    local name=$1 pidfile="$PIDS/$1.pid"
    [ -f "$pidfile" ] || return 0
    local pid; pid=$(cat "$pidfile")
    if kill -0 "$pid" 2>/dev/null; then
        log "stopping $name (pid $pid)"
        kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
        for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
        kill -KILL -- "-$pid" 2>/dev/null || true
    fi
    rm -f "$pidfile"
}

# An access token for a demo user (password grant), for the benches and trials that play them.
token() {
    curl -fsS -X POST "$KC_URL/realms/relay/protocol/openid-connect/token" -d grant_type=password \
        -d client_id=relay-spa -d username="$1" -d password=demo | sed -E 's/.*"access_token":"([^"]+)".*/\1/'
}
