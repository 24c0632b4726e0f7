"""gunicorn settings for production (``gunicorn -c gunicorn.conf.py network_site.wsgi:application``).

Everything that differs between installs comes from the environment (README's table).
"""

import multiprocessing
import os

wsgi_app = "network_site.wsgi:application"
raw_env = [f"DJANGO_SETTINGS_MODULE={os.environ.get('DJANGO_SETTINGS_MODULE', 'network_site.settings.production')}"]

bind = os.environ.get("GUNICORN_BIND", f"0.0.0.0:{os.environ.get('PORT', '8000')}")
workers = int(os.environ.get("WEB_CONCURRENCY", min(2 * multiprocessing.cpu_count() + 1, 5)))
threads = int(os.environ.get("GUNICORN_THREADS", "1"))
# Seconds before a silent worker is killed: above the database's connect and statement timeouts (settings,
# DATABASE_CONNECT_TIMEOUT and DATABASE_STATEMENT_TIMEOUT, 3 s and 30 s), so that a slow or silent database ends in
# the site's own 503 page and a log line, not in a killed worker; imports of long reports run as commands.
database_timeouts = int(os.environ.get("DATABASE_CONNECT_TIMEOUT", "3")) + int(
    os.environ.get("DATABASE_STATEMENT_TIMEOUT", "30")
)
timeout = int(os.environ.get("GUNICORN_TIMEOUT", max(60, database_timeouts + 10)))
graceful_timeout = 30
max_requests = 1000  # recycle workers now and then
max_requests_jitter = 100

# The reverse proxy in front (which terminates HTTPS) is trusted for X-Forwarded-Proto; Django reads it
# through SECURE_PROXY_SSL_HEADER. Comma-separated addresses, or "*" when only the proxy can reach gunicorn.
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1,::1")

accesslog = "-"
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")
# No query strings in the access log (password reset tokens are in paths, search words are not secrets).
access_log_format = '%(h)s "%(m)s %(U)s %(H)s" %(s)s %(B)s %(M)sms "%(a)s"'


def post_worker_init(worker):
    """Load the URLconf (and the views it imports) when a worker starts, not during its first request."""
    from django.urls import get_resolver

    get_resolver().url_patterns  # noqa: B018 - loads the URL modules
