"""Production settings: everything from the environment, HTTPS only.

Required: SECRET_KEY, ALLOWED_HOSTS, DATABASE_URL (PostgreSQL).
"""

from .base import *  # noqa: F403
from .base import env

DEBUG = False
SECRET_KEY = env("SECRET_KEY")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS")
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_HTTPONLY = True
LANGUAGE_COOKIE_SECURE = True
LANGUAGE_COOKIE_SAMESITE = "Lax"
EMAIL_CONFIG = env.email("EMAIL_URL", default="consolemail://")
vars().update(EMAIL_CONFIG)

# Documents and images are checked by Django; with SENDFILE_URL set (e.g. /protected-media/), Django only
# answers with X-Accel-Redirect and nginx sends the file from an `internal` location (docs/deployment.md).
SENDFILE_URL = env.str("SENDFILE_URL", default="")
if SENDFILE_URL:
    SENDFILE_BACKEND = "network_site.access.sendfile_nginx"
