#!/usr/bin/env bash
# A departure while Keycloak is down: Relay refuses the person at once and says Keycloak could not be told;
# once Keycloak is back, the outbox closes the account by itself. Reports how long that took.
# Usage: bash bench/keycloak-outage.sh — against its own backend on the e2e database (Keycloak is stopped and
# started again: run it with nothing else using this machine's Keycloak).
source "$(dirname "$0")/../scripts/lib.sh"
PORT=${RELAY_OUTAGE_PORT:-18091}
SQL=(psql -X -q -h localhost -p "$PG_PORT" -U postgres -d relay_e2e -v ON_ERROR_STOP=1)
source "$ROOT/bench/handover-lib.sh"
trap '"$ROOT/scripts/backend.sh" stop backend-outage || true; "$ROOT/scripts/keycloak.sh" running >/dev/null || "$ROOT/scripts/keycloak.sh" start' EXIT
RELAY_OUTBOX_EVERY=2s "$ROOT/scripts/backend.sh" start backend-outage "$PORT" relay_e2e demo

make_leaver 0
hugo=$(token hugo)
closing() {
    curl -fsS "$BASE/users" -H "Authorization: Bearer $hugo" \
        | json "(v.items.find(u => u.id === '$LEAVER_ID').accountClosing || {}).state + ' after ' + (v.items.find(u => u.id === '$LEAVER_ID').accountClosing || {}).attempts + ' attempts'"
}
echo "== Keycloak stopped; $LEAVER is marked as leaving"
"$ROOT/scripts/keycloak.sh" stop
curl -fsS -X POST "$BASE/users/$LEAVER_ID/departure" -H "Authorization: Bearer $hugo" -H 'Content-Type: application/json' \
    -d '{"note":"outage trial"}' | json '`keycloakDisabled ${v.keycloakDisabled}, account ${v.accountClosing.state}: ${v.accountClosing.lastError}`'
echo "  People page: $(closing)"
down_at=$(date +%s)
echo "== Keycloak started again"
"$ROOT/scripts/keycloak.sh" start >/dev/null
up_at=$(date +%s)
until closing | grep -q "^closed"; do sleep 1; done
done_at=$(date +%s)
echo "  People page: $(closing); Keycloak up after $((up_at - down_at)) s, account closed $((done_at - up_at)) s later"
enabled=$(curl -fsS "$KC_URL/admin/realms/relay/users/$LEAVER_ID" -H "Authorization: Bearer $(kc_admin)" | json v.enabled)
status=$(curl -s -o /dev/null -w '%{http_code}' -X POST "$KC_URL/realms/relay/protocol/openid-connect/token" \
    -d grant_type=password -d client_id=relay-spa -d username="$LEAVER" -d password=demo)
echo "  in Keycloak: enabled $enabled; signing in answers HTTP $status"
curl -fsS -X DELETE "$KC_URL/admin/realms/relay/users/$LEAVER_ID" -H "Authorization: Bearer $(kc_admin)"
