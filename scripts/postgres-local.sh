#!/usr/bin/env bash
# Makes sure a local PostgreSQL (Debian's package) is installed and running,
# with a role the tests can use, and prints its URL on the last line. Used by
# .ci/run and `npm run test:multi-instance`; a developer with their own server
# sets TEST_DATABASE_URL instead and never needs this.
#
# PostgreSQL refuses to run as root: the cluster is managed with Debian's
# pg_ctlcluster, which runs the server as the `postgres` user.
set -euo pipefail

ROLE=lantern
PASSWORD=lantern
PORT=${PGPORT:-5432}

if ! command -v pg_ctlcluster >/dev/null 2>&1 || ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
  if [ "$(id -u)" != 0 ]; then
    echo "PostgreSQL is not installed; install Debian's package (apt-get install -y postgresql) or set TEST_DATABASE_URL." >&2
    exit 1
  fi
  echo "Installing PostgreSQL from Debian's packages" >&2
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi

VERSION=$(ls /usr/lib/postgresql | sort -V | tail -1)
if ! pg_lsclusters -h | awk '{print $1" "$2}' | grep -q "^$VERSION main$"; then
  pg_createcluster "$VERSION" main >&2
fi
if ! pg_lsclusters -h | awk '$1=="'"$VERSION"'" && $2=="main" {print $4}' | grep -q online; then
  pg_ctlcluster "$VERSION" main start >&2
fi

as_postgres() { if [ "$(id -u)" = 0 ]; then su postgres -c "$1"; else sudo -u postgres sh -c "$1"; fi; }
for _ in $(seq 1 30); do
  as_postgres "pg_isready -q -p $PORT" && break
  sleep 1
done
as_postgres "psql -p $PORT -qtAc \"SELECT 1 FROM pg_roles WHERE rolname='$ROLE'\"" | grep -q 1 ||
  as_postgres "psql -p $PORT -qc \"CREATE ROLE $ROLE LOGIN CREATEDB PASSWORD '$PASSWORD'\"" >&2
as_postgres "psql -p $PORT -qtAc \"SELECT 1 FROM pg_database WHERE datname='$ROLE'\"" | grep -q 1 ||
  as_postgres "createdb -p $PORT -O $ROLE $ROLE" >&2

echo "postgres://$ROLE:$PASSWORD@127.0.0.1:$PORT/$ROLE"
