#!/usr/bin/env bash
# Keycloak from the distribution zip that Maven Central serves, with the relay realm imported.
# Usage: keycloak.sh start | launch | wait | stop | running | reset-demo-users
source "$(dirname "$0")/lib.sh"

KC_HOME=$STATE/keycloak/keycloak-$KC_VERSION
REALM_FILE=$ROOT/infra/keycloak/relay-realm.json
READY_URL=$KC_URL/realms/relay/.well-known/openid-configuration

running() { curl -fsS -o /dev/null "$READY_URL" 2>/dev/null; }

install() {
    [ -x "$KC_HOME/bin/kc.sh" ] && return
    log "fetching Keycloak $KC_VERSION through Maven"
    mkdir -p "$STATE/keycloak"
    mvn -q -B dependency:copy -Dartifact="org.keycloak:keycloak-quarkus-dist:$KC_VERSION:zip" \
        -DoutputDirectory="$STATE/keycloak" -Dmdep.overWriteIfNewer=true >/dev/null
    command -v unzip >/dev/null || apt_install unzip
    unzip -q -o "$STATE/keycloak/keycloak-quarkus-dist-$KC_VERSION.zip" -d "$STATE/keycloak"
    rm -f "$STATE/keycloak/keycloak-quarkus-dist-$KC_VERSION.zip"
}

# A restart skips the import when the realm already exists, so a changed realm file
# means starting from an empty Keycloak database.
sync_realm() {
    mkdir -p "$KC_HOME/data/import"
    local sum; sum=$(sha256sum "$REALM_FILE" | cut -d' ' -f1)
    if [ "$(cat "$STATE/keycloak/realm.sha256" 2>/dev/null)" != "$sum" ]; then
        rm -rf "$KC_HOME/data/h2"
        cp "$REALM_FILE" "$KC_HOME/data/import/relay-realm.json"
        echo "$sum" >"$STATE/keycloak/realm.sha256"
    fi
}

# Starts Keycloak without waiting for it, so that the caller can build meanwhile.
launch() {
    if running || pid_alive keycloak; then return; fi
    install
    sync_realm
    log "starting Keycloak on $KC_PORT (first start takes about a minute)"
    KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin \
        start_bg keycloak "$LOGS/keycloak.log" "$KC_HOME/bin/kc.sh" start-dev \
        --http-port "$KC_PORT" --http-management-port "${RELAY_KEYCLOAK_MGMT_PORT:-9180}" \
        --import-realm --hostname="$KC_URL"
}

wait_ready() {
    if running; then return; fi
    wait_for_url "$READY_URL" 240 Keycloak "$(cat "$PIDS/keycloak.pid" 2>/dev/null)"
    log "Keycloak ready at $KC_URL"
}

start() {
    if running; then log "Keycloak already answers on $KC_PORT"; return; fi
    launch
    wait_ready
}

# Puts the demo users back as the realm file defines them (enabled, password `demo`, roles, teams),
# whatever someone did to them in a running dev stack: tests never depend on that.
reset_demo_users() {
    running || die "Keycloak does not answer on $KC_PORT"
    local admin_token users
    admin_token=$(curl -fsS -X POST "$KC_URL/realms/master/protocol/openid-connect/token" \
        -d grant_type=password -d client_id=admin-cli -d username=admin -d password=admin |
        node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).access_token))')
    users=$(node -e '
        const realm = require(process.argv[1]);
        const people = realm.users.filter((u) => !u.serviceAccountClientId);
        console.log(JSON.stringify({ ifResourceExists: "OVERWRITE", users: people }));' "$REALM_FILE")
    curl -fsS -o /dev/null -X POST "$KC_URL/admin/realms/relay/partialImport" -H "Authorization: Bearer $admin_token" \
        -H 'Content-Type: application/json' --data-binary "$users" || die "could not reset the demo users in Keycloak"
    log "demo users reset in Keycloak"
}

case "${1:-}" in
    start) start ;;
    launch) launch ;;
    wait) wait_ready ;;
    reset-demo-users) reset_demo_users ;;
    stop) stop_bg keycloak ;;
    running) running ;;
    *) die "usage: keycloak.sh start|launch|wait|stop|running|reset-demo-users" ;;
esac
