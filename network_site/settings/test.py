"""Test settings: the database comes from DATABASE_URL (SQLite by default)."""

import tempfile

from .base import *  # noqa: F403
from .base import env

SECRET_KEY = env("SECRET_KEY", default="test-only-secret")
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
MEDIA_ROOT = tempfile.mkdtemp(prefix="network-site-test-media-")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
DEMO_ACCOUNTS = True
# django-axes needs the request when authenticating, which the test client's login() does not pass:
# it is off in tests, except in the lockout tests (tests/access/test_accounts.py), which turn it on.
AXES_ENABLED = False
# Password reset rate limits counted per test process (the default folder would be shared with other runs).
CACHES["rate_limits"] = {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "rate-limits"}  # noqa: F405
