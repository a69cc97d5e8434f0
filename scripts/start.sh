#!/bin/sh
# Production entry point (the Docker image's ENTRYPOINT; also runs outside a container).
# Applies Alembic migrations to head and loads the seeds (idempotent), then hands the
# process over to uvicorn, so the server receives signals directly.
# Settings come from the environment: DATABASE_URL, HOST, PORT, WEB_CONCURRENCY and those of
# service/config.py. Extra arguments are passed on to uvicorn.
set -eu
cd "$(dirname "$0")/.."

python -m service.prestart
exec uvicorn service.main:app \
    --host "${HOST:-0.0.0.0}" \
    --port "${PORT:-8000}" \
    --workers "${WEB_CONCURRENCY:-1}" \
    --proxy-headers \
    "$@"
