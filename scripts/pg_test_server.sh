#!/usr/bin/env bash
# pg_test_server.sh start|stop STATE_DIR — a private, throw-away PostgreSQL
# server for the store tests (CTest fixture). It listens only on a Unix
# socket in a fresh temp directory (no TCP port), runs with fsync off, and
# writes its libpq URL to STATE_DIR/url, which the tests read. As root, the
# server runs as the `postgres` user (PostgreSQL refuses to run as root).
# If no server can be started, `start` says why, writes no URL and exits 0:
# the PostgreSQL tests then report themselves as skipped.
set -uo pipefail
cmd="${1:-}"
state="${2:-}"
if [ -z "$cmd" ] || [ -z "$state" ]; then
  echo "usage: $0 start|stop STATE_DIR" >&2
  exit 2
fi
mkdir -p "$state"

bindir=""
for v in 17 16 15 14 13; do
  if [ -x "/usr/lib/postgresql/$v/bin/initdb" ]; then bindir="/usr/lib/postgresql/$v/bin"; break; fi
done

as_pg() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

stop() {
  if [ -f "$state/datadir" ]; then
    local dir
    dir="$(cat "$state/datadir")"
    if [ -n "$bindir" ] && [ -d "$dir/data" ]; then
      as_pg "$bindir/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
  fi
  rm -f "$state/url" "$state/datadir"
}

case "$cmd" in
  start)
    stop
    if [ -z "$bindir" ]; then
      echo "SKIP: no PostgreSQL server installed (scripts/setup.sh --test installs postgresql)"
      exit 0
    fi
    if [ "$(id -u)" -eq 0 ] && ! id postgres >/dev/null 2>&1; then
      echo "SKIP: running as root and there is no postgres user to run the server as"
      exit 0
    fi
    dir="$(mktemp -d /tmp/entente-pg.XXXXXX)"
    echo "$dir" > "$state/datadir"
    chmod 755 "$dir"
    if [ "$(id -u)" -eq 0 ]; then chown postgres "$dir"; fi
    if ! as_pg "$bindir/initdb" -D "$dir/data" -U postgres -A trust --locale=C -E UTF8 \
         >"$dir/initdb.log" 2>&1; then
      echo "SKIP: initdb failed:"; cat "$dir/initdb.log"; stop; exit 0
    fi
    if ! as_pg "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
         -o "-k $dir -c listen_addresses= -p 5432 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=60" \
         start >/dev/null 2>&1; then
      echo "SKIP: the server did not start:"; cat "$dir/server.log"; stop; exit 0
    fi
    echo "postgresql:///postgres?host=$dir&port=5432&user=postgres" > "$state/url"
    echo "PostgreSQL test server: $(cat "$state/url")"
    ;;
  stop)
    stop
    ;;
  *)
    echo "usage: $0 start|stop STATE_DIR" >&2
    exit 2
    ;;
esac
