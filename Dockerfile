# syntax=docker/dockerfile:1
# Production image of the event-timeline service.
#   docker build -t event-timeline-service .
#   docker run -p 8000:8000 -v timeline-data:/data event-timeline-service
# DATABASE_URL defaults to an SQLite file in the /data volume; set it to a
# postgresql+psycopg://... URL for PostgreSQL. Migrations and seeds are applied at start.

ARG PYTHON_IMAGE=python:3.11-slim

# --- builder: a venv with the project's dependencies (incl. the spaCy model package) ---
FROM ${PYTHON_IMAGE} AS builder
ENV PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PYTHONDONTWRITEBYTECODE=1
RUN python -m venv /opt/venv
WORKDIR /build
# Dependencies only depend on pyproject.toml, so this layer is cached across code changes.
COPY pyproject.toml ./
RUN python -c "import tomllib; print('\n'.join(tomllib.load(open('pyproject.toml', 'rb'))['project']['dependencies']))" \
        > requirements.txt \
    && /opt/venv/bin/pip install --no-cache-dir -r requirements.txt

# --- runtime: the venv plus the application source, run as a non-root user ---
FROM ${PYTHON_IMAGE} AS runtime
ENV PATH=/opt/venv/bin:$PATH \
    PYTHONPATH=/app \
    PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    DATABASE_URL=sqlite:////data/events.db \
    HOST=0.0.0.0 \
    PORT=8000 \
    WEB_CONCURRENCY=1
RUN groupadd --system --gid 10001 app \
    && useradd --system --uid 10001 --gid app --home-dir /app --no-create-home --shell /usr/sbin/nologin app \
    && mkdir -p /data \
    && chown app:app /data
COPY --from=builder /opt/venv /opt/venv
WORKDIR /app
# Source stays owned by root (read-only for the app user); only /data is writable.
COPY alembic.ini ./
COPY migrations ./migrations
COPY seeds ./seeds
COPY service ./service
COPY scripts/start.sh ./scripts/start.sh
USER 10001:10001
VOLUME ["/data"]
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s --start-period=120s --retries=3 \
    CMD ["python", "-c", "import os, urllib.request; urllib.request.urlopen('http://127.0.0.1:%s/healthz' % os.environ.get('PORT', '8000'), timeout=4)"]
ENTRYPOINT ["/bin/sh", "/app/scripts/start.sh"]
