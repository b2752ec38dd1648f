#!/usr/bin/env bash
# Part of `make bench` (sourced by scripts/bench.sh after bench/handover.sh): "if this manager left today" on the
# 1M base — the impact of one person holding 10,000 clients (median of five calls after one warm-up), and the
# ranking of team north as its head of sales sees it. The base is put back afterwards.
source "$ROOT/bench/handover-lib.sh"
HELD=${RELAY_BENCH_IMPACT_CLIENTS:-10000}
TEAM=${RELAY_BENCH_TEAM:-200}
PER_MEMBER=${RELAY_BENCH_TEAM_CLIENTS:-900}

# label user path [warm-up calls, default 1] → the median of five timed calls, in ms, with the last answer's status.
median_ms() {
    local times=() status seconds
    for _ in $(seq "${4:-1}"); do timed GET "$3" "$2" >/dev/null; done
    for _ in 1 2 3 4 5; do
        read -r status seconds <<<"$(timed GET "$3" "$2")"
        times+=("$seconds")
    done
    printf '%-44s %s ms median of 5 (HTTP %s)\n' "$1" \
        "$(printf '%s\n' "${times[@]}" | sort -n | sed -n 3p | awk '{ printf "%.0f", $1 * 1000 }')" "$status"
}

# path user → waits (up to 15 min) until the job has counted every change (no mark left: nothing else writes
# here), then checks that every figure the path answers comes from the summaries; says how long it took.
wait_counted() {
    local t0=$SECONDS
    until [ "$("${SQL[@]}" -tA -c "select count(*) from impact_dirty")" = 0 ]; do
        [ $((SECONDS - t0)) -gt 900 ] && { echo "  not summarised after 900 s"; return 1; }
        sleep 2
    done
    sleep 1 # the marks go last, in their own transaction
    timed GET "$1" "$2" >/dev/null
    echo "  summarised $((SECONDS - t0)) s after the change (job every ${RELAY_IMPACT_SUMMARY_EVERY:-1m}): $(json \
        '(v.items || [v]).every(p => p.countedAt) ? "every figure from the summaries" : "SOME STILL LIVE"' <"$STATE/bench-answer.json")"
}
figures() {
    echo "  $(json '`clients ${v.clients}, only party ${v.onlyParty}, personal-only contacts ${v.personalOnlyContacts}, no decision maker ${v.noDecisionMaker}, at risk ${v.atRisk}`' <"$STATE/bench-answer.json")"
}
ranked() {
    echo "  $(json '`${v.items.length} people, ${v.items.reduce((n, p) => n + p.clients, 0)} clients counted, ${v.items.reduce((n, p) => n + p.atRisk, 0)} at risk`' <"$STATE/bench-answer.json")"
}

# $TEAM sales managers of team north (one partial import into Keycloak, then the directory sync picks them up),
# each holding $PER_MEMBER of sam's north clients; sets TEAM_PREFIX.
make_team() {
    TEAM_PREFIX=bench-team-$RANDOM$RANDOM
    node -e 'const [prefix, n] = process.argv.slice(1); console.log(JSON.stringify({ ifResourceExists: "SKIP",
        users: Array.from({ length: +n }, (_, i) => ({ username: `${prefix}-${i}`, enabled: true, firstName: "Bench",
            lastName: `Member ${i}`, email: `${prefix}-${i}@relay.test`, emailVerified: true,
            groups: ["/teams/north"], realmRoles: ["sales-manager"] })) }))' "$TEAM_PREFIX" "$TEAM" >"$STATE/bench-team.json"
    curl -fsS -o /dev/null -X POST "$KC_URL/admin/realms/relay/partialImport" -H "Authorization: Bearer $(kc_admin)" \
        -H 'Content-Type: application/json' --data-binary "@$STATE/bench-team.json"
    local t0=$SECONDS
    until [ "$("${SQL[@]}" -tA -c "select count(*) from app_user where username like '$TEAM_PREFIX-%'")" = "$TEAM" ]; do
        [ $((SECONDS - t0)) -gt 600 ] && { echo "  the directory did not pick the team up in 600 s"; return 1; }
        sleep 2
    done
    "${SQL[@]}" -c "update client c set owner_id = m.id, updated_by = 'bench' from (select id, row_number() over (order by id) - 1 as n
        from app_user where username like '$TEAM_PREFIX-%') m, (select id, row_number() over (order by id) - 1 as n from client
        where owner_id = '$SAM_ID' and team = 'north' and deleted_at is null) s
        where c.id = s.id and s.n < $TEAM * $PER_MEMBER and s.n % $TEAM = m.n"
}
drop_team() {
    local admin id
    "${SQL[@]}" -c "update client set owner_id = '$SAM_ID', updated_by = 'bench' where owner_id in
        (select id from app_user where username like '$TEAM_PREFIX-%')"
    admin=$(kc_admin)
    for id in $("${SQL[@]}" -tA -c "select id from app_user where username like '$TEAM_PREFIX-%'"); do
        curl -fsS -o /dev/null -X DELETE "$KC_URL/admin/realms/relay/users/$id" -H "Authorization: Bearer $admin"
    done
}

echo "== if this manager left today"
# Everyone's summaries first (the first run after the base was loaded counts the whole base).
wait_counted "/users/impact?team=north" hugo
make_leaver "$HELD"
# Just after their clients changed, a person is counted live until the job has been by.
median_ms "impact of one person with $HELD clients, live" hugo "/users/$LEAVER_ID/impact"
figures
# The ranking counts every client of everyone ranked: on this base, the ~600,000 clients of team north.
read -r status seconds <<<"$(timed GET "/users/impact?team=north" hugo)"
printf '%-44s %s s once (HTTP %s; the leaver and sam live)\n' "team north ranked, as its head of sales" "$seconds" "$status"
wait_counted "/users/$LEAVER_ID/impact" hugo
# Summarised, the code path is short: twenty calls first, as the list benches warm the JIT up.
median_ms "impact of one person with $HELD clients, summarised" hugo "/users/$LEAVER_ID/impact" 20
figures
wait_counted "/users/impact?team=north" hugo
median_ms "team north ranked, summarised" hugo "/users/impact?team=north" 20
ranked
median_ms "everyone ranked, as the director" dana "/users/impact"
ranked
drop_leaver

echo "== a team of $TEAM, each holding $PER_MEMBER clients"
make_team
read -r status seconds <<<"$(timed GET "/users/impact?team=north" hugo)"
printf '%-44s %s s once (HTTP %s; every member live)\n' "team north ranked, as its head of sales" "$seconds" "$status"
ranked
wait_counted "/users/impact?team=north" hugo
median_ms "team north ranked, summarised" hugo "/users/impact?team=north" 20
ranked
drop_team
