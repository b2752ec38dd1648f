#!/usr/bin/env bash
# Shared by bench/handover.sh and bench/handover-crash.sh (sourced after scripts/lib.sh, with PORT and SQL defined and
# `token` from scripts/lib.sh): a throwaway leaver in team north holding N of sam's clients, and a handover of them.
SAM_ID=a0000000-0000-4000-8000-000000000004
BASE="http://localhost:$PORT/api/v1"
json() { node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const v=JSON.parse(s);console.log(eval(process.argv[1]))})' "$1"; }
kc_admin() {
    curl -fsS -X POST "$KC_URL/realms/master/protocol/openid-connect/token" -d grant_type=password \
        -d client_id=admin-cli -d username=admin -d password=admin | json v.access_token
}
# method path user [body] → "status seconds"; the body answered is kept in $STATE/bench-answer.json.
timed() {
    local args=(-sS -o "$STATE/bench-answer.json" -w '%{http_code} %{time_total}' -X "$1" "$BASE$2"
        -H "Authorization: Bearer $(token "$3")")
    [ -n "${4:-}" ] && args+=(-H 'Content-Type: application/json' -d "$4")
    curl "${args[@]}"
}

# A new sales manager of team north who signed in once, holding $1 of sam's north clients; sets LEAVER, LEAVER_ID.
make_leaver() {
    local admin role
    admin=$(kc_admin)
    LEAVER=bench-leaver-$RANDOM$RANDOM
    curl -fsS -X POST "$KC_URL/admin/realms/relay/users" -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' \
        -d "{\"username\":\"$LEAVER\",\"enabled\":true,\"email\":\"$LEAVER@relay.test\",\"emailVerified\":true,
             \"firstName\":\"Bench\",\"lastName\":\"Leaver\",\"groups\":[\"/teams/north\"],
             \"credentials\":[{\"type\":\"password\",\"value\":\"demo\",\"temporary\":false}]}"
    LEAVER_ID=$(curl -fsS "$KC_URL/admin/realms/relay/users?username=$LEAVER&exact=true" -H "Authorization: Bearer $admin" | json 'v[0].id')
    role=$(curl -fsS "$KC_URL/admin/realms/relay/roles/sales-manager" -H "Authorization: Bearer $admin")
    curl -fsS -X POST "$KC_URL/admin/realms/relay/users/$LEAVER_ID/role-mappings/realm" -H "Authorization: Bearer $admin" \
        -H 'Content-Type: application/json' -d "[$role]"
    curl -fsS -o /dev/null "$BASE/me" -H "Authorization: Bearer $(token "$LEAVER")"
    "${SQL[@]}" -c "update client set owner_id = '$LEAVER_ID', updated_by = 'bench' where id in (select id from client
        where owner_id = '$SAM_ID' and team = 'north' and deleted_at is null order by id limit $1)"
}

# Starts the leaver's departure handover, gives every client its suggested successor, submits and approves it;
# sets HANDOVER.
approved_handover() {
    timed POST /handovers hugo "{\"kind\":\"departure\",\"userId\":\"$LEAVER_ID\",\"reason\":\"resignation\",
        \"lastWorkingDay\":\"$(date -d "+14 days" +%F)\"}" >/dev/null
    HANDOVER=$(json v.id <"$STATE/bench-answer.json")
    timed POST "/handovers/$HANDOVER/successors" hugo '{"acceptSuggested":true}' >/dev/null
    timed POST "/handovers/$HANDOVER/submit" hugo >/dev/null
    timed POST "/handovers/$HANDOVER/approve" hugo >/dev/null
}

still_with_leaver() { "${SQL[@]}" -tA -c "select count(*) from client where owner_id = '$LEAVER_ID'"; }

# The base as it was: the clients back with sam, the throwaway account gone.
drop_leaver() {
    "${SQL[@]}" -c "update client set owner_id = '$SAM_ID', updated_by = 'bench' where owner_id = '$LEAVER_ID'
        or id in (select i.client_id from handover_item i join handover h on h.id = i.handover_id
                  where h.user_id = '$LEAVER_ID')"
    curl -fsS -X DELETE "$KC_URL/admin/realms/relay/users/$LEAVER_ID" -H "Authorization: Bearer $(kc_admin)"
}
