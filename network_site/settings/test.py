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
# Search on an engine when SEARCH_URL is set (docs/search.md, "Engines"): indices of their own
# (SEARCH_TEST_INDEX_PREFIX), what a test saved searchable at once (SEARCH_REFRESH_BEFORE_SEARCH), and the database backend kept
# beside it, so that tests/search/engine compares the engine's answers with the database backend's.
if SEARCH_URL:  # noqa: F405
    from .search_engine import engine_backend

    WAGTAILSEARCH_BACKENDS = {
        "default": engine_backend(
            SEARCH_URL,  # noqa: F405
            SEARCH_TIMEOUT,  # noqa: F405
            env.str("SEARCH_TEST_INDEX_PREFIX", default="test_network_"),
            SEARCH_REPLICAS,  # noqa: F405
        ),
        "database": {"BACKEND": "wagtail.search.backends.database", "SEARCH_CONFIG": "simple"},
    }
    SEARCH_REFRESH_BEFORE_SEARCH = True
    SEARCH_REFRESH_ON_WRITE = True  # and for Wagtail's own searches (the admin's), which refresh nothing first
    SEARCH_WRITE_TIMEOUT = 10.0  # seconds: a write on a busy machine (the fault tests set the real one)
# Password reset rate limits counted per test process (the default folder would be shared with other runs).
CACHES["rate_limits"] = {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "rate-limits"}  # noqa: F405
