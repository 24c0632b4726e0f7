"""Development settings: DEBUG on, a throw-away secret, demo accounts."""

from .base import *  # noqa: F403
from .base import MIDDLEWARE, env

DEBUG = env.bool("DEBUG", default=True)
SECRET_KEY = env("SECRET_KEY", default="django-insecure-dev-only-not-for-production")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost"])
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
DEMO_ACCOUNTS = True
# A missing page shows the site's 404 page, not Django's technical one (network_site/core/errors.py).
MIDDLEWARE = [*MIDDLEWARE, "network_site.core.errors.SitePageNotFoundMiddleware"]

# Where `make run` serves (the Makefile's ADDRESS, "host:port" or a port): the admin address it prints.
_ADDRESS = env("ADDRESS", default="127.0.0.1:8000")
WAGTAILADMIN_BASE_URL = env(
    "WAGTAILADMIN_BASE_URL", default=f"http://{_ADDRESS if ':' in _ADDRESS else '127.0.0.1:' + _ADDRESS}"
)
