#!/usr/bin/env bash
# Production smoke test: the site under gunicorn with the production settings, on PostgreSQL, on loopback.
# Needs PostgreSQL running with the role network/network (see .ci/run). Bounded in time; always stops gunicorn.
set -euo pipefail
cd "$(dirname "$0")/.."

# A free loopback port, unless SMOKE_PORT says which.
PORT="${SMOKE_PORT:-$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}"
DB=network_smoke
WORK="$(mktemp -d)"
GUNICORN_PID=""
cleanup() {
    if [ -n "$GUNICORN_PID" ] && kill -0 "$GUNICORN_PID" 2>/dev/null; then
        kill -TERM "$GUNICORN_PID"
        for _ in $(seq 20); do kill -0 "$GUNICORN_PID" 2>/dev/null || break; sleep 0.5; done
        kill -KILL "$GUNICORN_PID" 2>/dev/null || true
    fi
    rm -rf "$WORK"
}
trap cleanup EXIT

psql -q "postgres://network:network@127.0.0.1:5432/postgres" \
    -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB OWNER network"

export DJANGO_SETTINGS_MODULE=network_site.settings.production
export SECRET_KEY="smoke-$(head -c 32 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')-not-a-real-secret"
export ALLOWED_HOSTS=127.0.0.1,localhost
export DATABASE_URL="postgres://network:network@127.0.0.1:5432/$DB"
export STATIC_ROOT="$WORK/static" MEDIA_ROOT="$WORK/media"
export SECURE_SSL_REDIRECT=False  # loopback without TLS; requests say X-Forwarded-Proto: https
export GUNICORN_BIND="127.0.0.1:$PORT" WEB_CONCURRENCY=2

echo "== smoke: build and set up (production settings, PostgreSQL $DB)"
timeout 300 .venv/bin/python manage.py collectstatic --noinput -v0
timeout 300 .venv/bin/python manage.py migrate --noinput -v0
timeout 60 .venv/bin/python manage.py apply_access_policy
timeout 300 .venv/bin/python manage.py load_demo >/dev/null  # no demo accounts in production

echo "== smoke: gunicorn on $GUNICORN_BIND"
.venv/bin/gunicorn --config gunicorn.conf.py >"$WORK/gunicorn.log" 2>&1 &
GUNICORN_PID=$!
for _ in $(seq 60); do
    kill -0 "$GUNICORN_PID" 2>/dev/null || { cat "$WORK/gunicorn.log"; exit 1; }
    curl -s -o /dev/null "http://127.0.0.1:$PORT/" && break
    sleep 0.5
done
sleep 1
# Still ours: gunicorn is running (not another server that had the port).
kill -0 "$GUNICORN_PID" 2>/dev/null || { echo "gunicorn did not start"; cat "$WORK/gunicorn.log"; exit 1; }

status=0
timeout 120 .venv/bin/python tests/smoke/check_production.py "http://127.0.0.1:$PORT" || status=$?
if [ "$status" -ne 0 ]; then
    echo "-- gunicorn log"; tail -50 "$WORK/gunicorn.log"
fi
exit "$status"
