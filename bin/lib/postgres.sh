# shellcheck shell=bash
# A throw-away PostgreSQL server for the cluster harness (bin/cluster) and the benchmarks
# (benchmarks/run --db postgres): Debian's postgresql package (the newest
# /usr/lib/postgresql/<version>/bin), a fresh data directory /tmp/mag-<name>-pg.*, one port of its
# own on 127.0.0.1, removed again by pg_stop. Source it, then:
#
#   pg_require                    fails (die) without the server binaries
#   pg_start NAME PORT LOGDIR     initdb + start; sets PG_BIN, PGDATA, PG_SERVER_PORT, PG_LOGDIR
#   pg_database DB USER PASSWORD  a role that owns a new database DB
#   pg_jdbc_url DB                its JDBC URL
#   psql_admin ARGS...            psql as the superuser postgres
#   pg_stop                       stops the server, keeps its log in LOGDIR/postgres.log, removes the data
#
# PostgreSQL refuses to run as root: as root, its commands run as the user postgres (created by
# the Debian package). The caller provides log and die.

PG_BIN="${PG_BIN:-}"; PGDATA=""; PG_SERVER_PORT=""; PG_LOGDIR=""

pg_require() {
    PG_BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
    [ -x "$PG_BIN/initdb" ] || die "PostgreSQL server binaries not found under /usr/lib/postgresql/*/bin: install Debian's postgresql package (sudo apt-get install postgresql)"
    if [ "$(id -u)" -eq 0 ]; then
        id postgres >/dev/null 2>&1 || die "running as root needs the user postgres (Debian's postgresql package creates it)"
    fi
}

as_pg() {
    if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

pg_start() {
    local name="$1"
    PG_SERVER_PORT="$2"; PG_LOGDIR="$3"
    [ -n "$PG_BIN" ] || pg_require
    mkdir -p "$PG_LOGDIR"
    PGDATA="$(mktemp -d "/tmp/mag-$name-pg.XXXXXX")"
    [ "$(id -u)" -eq 0 ] && chown postgres: "$PGDATA"
    chmod 700 "$PGDATA"
    log "Starting PostgreSQL ($PG_BIN) on 127.0.0.1:$PG_SERVER_PORT, data in $PGDATA"
    as_pg "$PG_BIN/initdb" -D "$PGDATA" -U postgres --encoding=UTF8 --locale=C.UTF-8 \
        --auth-local=trust --auth-host=scram-sha-256 >"$PG_LOGDIR/initdb.log" 2>&1 \
        || { cat "$PG_LOGDIR/initdb.log"; die "initdb failed"; }
    as_pg "$PG_BIN/pg_ctl" -D "$PGDATA" -l "$PGDATA/postgres.log" -w -t 60 \
        -o "-p $PG_SERVER_PORT -k $PGDATA -c listen_addresses=127.0.0.1 -c max_connections=200" start >/dev/null \
        || { cat "$PGDATA/postgres.log"; die "PostgreSQL did not start"; }
}

psql_admin() {
    as_pg "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$PGDATA" -p "$PG_SERVER_PORT" -U postgres "$@"
}

pg_database() {
    local db="$1" user="$2" password="$3"
    psql_admin -d postgres -c "CREATE ROLE $user LOGIN PASSWORD '$password'" -c "CREATE DATABASE $db OWNER $user"
}

pg_jdbc_url() {
    echo "jdbc:postgresql://127.0.0.1:$PG_SERVER_PORT/$1"
}

pg_stop() {
    if [ -n "$PGDATA" ] && [ -d "$PGDATA" ]; then
        if [ -f "$PGDATA/postmaster.pid" ]; then
            log "Stopping PostgreSQL"
            as_pg "$PG_BIN/pg_ctl" -D "$PGDATA" -m fast -w stop >/dev/null || true
        fi
        cp "$PGDATA/postgres.log" "$PG_LOGDIR/postgres.log" 2>/dev/null || true
        rm -rf "$PGDATA"
    fi
    PGDATA=""
}
