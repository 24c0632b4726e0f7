# Production image: gunicorn serving network_site with production settings.
# Build:  docker build -t network-site .
# Run:    docker run -e SECRET_KEY=… -e ALLOWED_HOSTS=intranet.example.org \
#                    -e DATABASE_URL=postgres://… -p 8000:8000 network-site
FROM python:3.11-slim-bookworm

RUN apt-get update --yes --quiet && apt-get install --yes --quiet --no-install-recommends \
    gettext \
    libjpeg62-turbo \
    libwebp7 \
 && rm -rf /var/lib/apt/lists/*

RUN useradd --create-home wagtail
EXPOSE 8000
ENV PYTHONUNBUFFERED=1 \
    PORT=8000 \
    DJANGO_SETTINGS_MODULE=network_site.settings.production

WORKDIR /app
COPY requirements.txt /app/
RUN pip install --no-cache-dir -r requirements.txt
COPY --chown=wagtail:wagtail . /app/

USER wagtail
# Build-time steps need a secret and a host but no database.
RUN SECRET_KEY=build-only ALLOWED_HOSTS=localhost python manage.py collectstatic --noinput --clear -v0 \
 && SECRET_KEY=build-only ALLOWED_HOSTS=localhost python manage.py compilemessages --ignore=.venv -v0

# Migrate at release time in real deployments; here it runs at start for a simple `docker run`.
# The access policy (roles, workflow, restrictions: docs/access.md) is applied after every migration.
CMD set -xe; python manage.py migrate --noinput; python manage.py apply_access_policy; gunicorn --config gunicorn.conf.py
