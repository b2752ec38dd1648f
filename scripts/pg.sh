#!/usr/bin/env bash
# The project's private PostgreSQL cluster (port 5433), from Debian's binaries.
# Usage: pg.sh start | stop | createdb NAME | recreatedb NAME
source "$(dirname "$0")/lib.sh"

pg_bin() {
    local dir
    dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
    if [ -z "$dir" ] || [ ! -x "$dir/pg_ctl" ]; then
        apt_install postgresql
        dir=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
    fi
    echo "$dir"
}

# The server refuses to run as root, so as root the cluster belongs to the postgres user,
# in a directory that user can reach (a checkout under /root is not).
pg_user() { if [ "$(id -u)" = 0 ]; then echo postgres; else id -un; fi; }
as_pg() { if [ "$(id -u)" = 0 ]; then (cd / && runuser -u postgres -- "$@"); else "$@"; fi; }

pg_dir() {
    if [ -n "${RELAY_PG_DIR:-}" ]; then echo "$RELAY_PG_DIR"; return; fi
    if [ "$(id -u)" != 0 ] || (cd / && runuser -u postgres -- test -x "$STATE"); then
        echo "$STATE/pg"
    else
        echo "/var/tmp/relay-pg-$(echo "$ROOT" | md5sum | cut -c1-8)"
    fi
}

PGDIR=$(pg_dir)
PSQL=(psql -h localhost -p "$PG_PORT" -U postgres -v ON_ERROR_STOP=1 -q)

running() { pg_isready -h localhost -p "$PG_PORT" -q 2>/dev/null; }

start() {
    local bin; bin=$(pg_bin)
    if running; then log "PostgreSQL already answers on $PG_PORT"; return; fi
    if [ ! -f "$PGDIR/data/PG_VERSION" ]; then
        log "creating the private PostgreSQL cluster in $PGDIR"
        mkdir -p "$PGDIR/data" "$PGDIR/run"
        [ "$(id -u)" = 0 ] && chown -R "$(pg_user)" "$PGDIR"
        as_pg "$bin/initdb" -D "$PGDIR/data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >"$LOGS/initdb.log"
    fi
    as_pg "$bin/pg_ctl" -D "$PGDIR/data" -l "$PGDIR/server.log" -w -t 60 \
        -o "-p $PG_PORT -k $PGDIR/run -c listen_addresses=localhost -c max_connections=200" start >/dev/null
    echo "$PGDIR" >"$PIDS/postgres.dir"
    "${PSQL[@]}" -c "do \$\$ begin if not exists (select from pg_roles where rolname='relay') then create role relay login password 'relay' createdb; end if; end \$\$"
    log "PostgreSQL ready on localhost:$PG_PORT (data in $PGDIR)"
}

stop() {
    [ -f "$PIDS/postgres.dir" ] || return 0
    local bin; bin=$(pg_bin)
    log "stopping PostgreSQL"
    as_pg "$bin/pg_ctl" -D "$(cat "$PIDS/postgres.dir")/data" -m fast -w stop >/dev/null || true
    rm -f "$PIDS/postgres.dir"
}

createdb_if_missing() {
    if ! "${PSQL[@]}" -tAc "select 1 from pg_database where datname='$1'" | grep -q 1; then
        "${PSQL[@]}" -c "create database \"$1\" owner relay encoding 'UTF8'"
    fi
}

recreatedb() {
    "${PSQL[@]}" -c "drop database if exists \"$1\" with (force)"
    createdb_if_missing "$1"
}

case "${1:-}" in
    start) start ;;
    stop) stop ;;
    createdb) createdb_if_missing "$2" ;;
    recreatedb) recreatedb "$2" ;;
    *) die "usage: pg.sh start|stop|createdb NAME|recreatedb NAME" ;;
esac
