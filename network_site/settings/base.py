"""Settings shared by every environment.

Safe by default: DEBUG is off and every secret or service address comes from
the environment (see the table in README.md). ``dev``, ``test`` and
``production`` build on this module.
"""

import tempfile
from datetime import timedelta
from email.utils import getaddresses
from pathlib import Path
from urllib.parse import urlsplit

import environ
from csp import constants as csp
from django.utils.translation import gettext_lazy as _

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent

env = environ.Env()
environ.Env.read_env(BASE_DIR / ".env")  # optional, never committed

DEBUG = env.bool("DEBUG", default=False)
SECRET_KEY = env.str("SECRET_KEY", default="")  # required in production
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=[])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

# Layers, top to bottom (docs/architecture.md; `make lint` checks them): demo → search, importer → the page apps
# → access, translations → taxonomy, documents → core (network_site/core, not an app).
INSTALLED_APPS = [
    "network_site.demo",  # demo content and `manage.py load_demo`
    "home",
    "cases",
    "events",
    "directory",  # the directory of actors: organisations, their partnerships and where they are named
    "search",
    "search.querylog",  # searches that found nothing (admin report)
    "network_site.documents",  # the document model with its extracted text, the Archive collection
    "network_site.taxonomy",
    "network_site.translations",  # locales from settings, translation notices and status, DeepL
    "network_site.core",  # no models: gives its abstract page types an app label (the engines' mappings need one)
    "wagtail_localize",
    "wagtail_localize.locales",  # replaces wagtail.locales
    "wagtail.contrib.forms",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.redirects",
    "wagtail.contrib.search_promotions",  # promoted search results, query counts
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django_countries",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "axes",  # lockout after repeated failed logins
    "csp",  # Content-Security-Policy header
    "network_site.operations",  # backup and restore commands (the 503 page, /healthz and log format: not models)
    "network_site.access",  # roles, private-by-default policy, checked files, accounts (last: see its apps.py)
]

MIDDLEWARE = [
    "log_request_id.middleware.RequestIDMiddleware",  # first: every log line of a request has its id
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "network_site.access.csp.CSPMiddleware",
    "axes.middleware.AxesMiddleware",  # last, as django-axes requires
]

ROOT_URLCONF = "network_site.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

WSGI_APPLICATION = "network_site.wsgi.application"

# Database: SQLite embedded by default, DATABASE_URL=postgres://… for PostgreSQL.
DATABASES = {
    "default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
}
DATABASES["default"]["ATOMIC_REQUESTS"] = True

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Accounts and access (network_site/access/, docs/access.md). The front-end login serves restricted pages;
# the Wagtail admin keeps its own login page.
LOGIN_URL = WAGTAIL_FRONTEND_LOGIN_URL = "login"  # /fr/account/login/, /en/account/login/
LOGIN_REDIRECT_URL = LOGOUT_REDIRECT_URL = "/"  # the front-end login and logout land on /<lang>/ (access/accounts.py)
WAGTAIL_PASSWORD_REQUIRED_TEMPLATE = "access/password_required.html"  # noqa: S105 - a template name
WAGTAILDOCS_PASSWORD_REQUIRED_TEMPLATE = "access/password_required.html"  # noqa: S105 - a template name
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",  # first: refuses locked-out logins
    "django.contrib.auth.backends.ModelBackend",
]
SESSION_COOKIE_AGE = env.int("SESSION_COOKIE_AGE", default=12 * 3600)  # seconds
SESSION_EXPIRE_AT_BROWSER_CLOSE = env.bool("SESSION_EXPIRE_AT_BROWSER_CLOSE", default=False)
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", default="Horizons Solidaires <intranet@localhost>")
# Security headers (production adds HTTPS-only cookies and HSTS). The content security policy (django-csp 4)
# allows only this site's own files; the Wagtail admin adds what it still needs (network_site/access/csp.py).
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [csp.SELF],
        "script-src": [csp.SELF],
        "style-src": [csp.SELF],
        "img-src": [csp.SELF, "data:"],
        "font-src": [csp.SELF],
        "connect-src": [csp.SELF],
        "object-src": [csp.NONE],
        "base-uri": [csp.SELF],
        "form-action": [csp.SELF],
        "frame-ancestors": [csp.NONE],
    },
}
# The directory's map (docs/directory.md): country outlines shipped with the site, and streets from a tile
# server only when MAP_TILE_URL names one ("https://tile.example.org/{z}/{x}/{y}.png"; Leaflet's syntax,
# "{s}" a subdomain), whose origin the policy then lets images come from.
MAP_TILE_URL = env.str("MAP_TILE_URL", default="")
MAP_TILE_ATTRIBUTION = env.str("MAP_TILE_ATTRIBUTION", default="")
if MAP_TILE_URL:
    _tiles = urlsplit(MAP_TILE_URL.replace("{s}.", "*."))
    CONTENT_SECURITY_POLICY["DIRECTIVES"]["img-src"].append(f"{_tiles.scheme}://{_tiles.netloc}")
WAGTAILADMIN_CSP_UPDATE = {
    "script-src": [csp.UNSAFE_INLINE],
    "style-src": [csp.UNSAFE_INLINE],
    "img-src": ["blob:"],
}
WAGTAILADMIN_CSP_REPLACE = {"frame-ancestors": [csp.SELF]}  # the page editor's preview panel
WAGTAIL_GRAVATAR_PROVIDER_URL = None  # no avatars from a third party (privacy, and the CSP)
WAGTAIL_ENABLE_UPDATE_CHECK = False  # the admin does not call wagtail.org
# The rich text editor refuses what is not Draftail's JSON, answered 400 by the page editor (operations/admin_input.py).
WAGTAILADMIN_RICH_TEXT_EDITORS = {
    "default": {"WIDGET": "network_site.operations.admin_input.CheckedDraftailRichTextArea"}
}

# Languages: French is the source language, English the second. Adding one is
# a change here plus `manage.py migrate` (creates its locale, synced from French:
# see docs/translation.md) and `manage.py sync_locale_trees`.
LANGUAGE_CODE = "fr"
LANGUAGES = WAGTAIL_CONTENT_LANGUAGES = WAGTAILADMIN_PERMITTED_LANGUAGES = [
    ("fr", _("French")),
    ("en", _("English")),
]
WAGTAIL_I18N_ENABLED = True
# New translations (wagtail-localize) stay synced with their source: a later "Sync" brings in new source text.
WAGTAIL_LOCALIZE_DEFAULT_TRANSLATION_MODE = "synced"

# Machine translation with DeepL (network_site/translations/machine_translation.py), offered in
# wagtail-localize's editor only when a key is set. The network's glossary is sent as a DeepL glossary.
DEEPL_AUTH_KEY = env.str("DEEPL_AUTH_KEY", default="")
DEEPL_API_URL = env.str("DEEPL_API_URL", default="")  # empty: DeepL Free or Pro, from the key
DEEPL_TIMEOUT = env.int("DEEPL_TIMEOUT", default=30)  # seconds
if DEEPL_AUTH_KEY:
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "network_site.translations.machine_translation.DeepLTranslator",
        "OPTIONS": {"AUTH_KEY": DEEPL_AUTH_KEY, "API_URL": DEEPL_API_URL, "TIMEOUT": DEEPL_TIMEOUT},
    }
LOCALE_PATHS = [PROJECT_DIR / "locale"]
USE_I18N = True
TIME_ZONE = "Europe/Paris"
USE_TZ = True

STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [PROJECT_DIR / "static"]
STATIC_ROOT = env.path("STATIC_ROOT", default=BASE_DIR / "static")
STATIC_URL = "/static/"
MEDIA_ROOT = env.path("MEDIA_ROOT", default=BASE_DIR / "media")
MEDIA_URL = "/media/"

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# --- Uploads and accounts' protections (network_site/documents/forms.py, network_site/access) -------
# Uploads (docs/deployment.md): the admin's forms refuse a file over these sizes, an image whose header
# declares more pixels (before decoding it: decompression bombs), a zip-based document (Word, OpenDocument…)
# that unpacks to more, and any file that cannot be decoded or read, with a form error; nothing is stored.
WAGTAILIMAGES_IMAGE_FORM_BASE = "network_site.documents.forms.ImageForm"
WAGTAILDOCS_DOCUMENT_FORM_BASE = "network_site.documents.forms.DocumentForm"
WAGTAILDOCS_MAX_UPLOAD_SIZE = env.int("DOCUMENT_MAX_UPLOAD_BYTES", default=50 * 1024 * 1024)  # bytes
WAGTAILDOCS_MAX_UNPACKED_SIZE = env.int("DOCUMENT_MAX_UNPACKED_BYTES", default=200 * 1024 * 1024)  # bytes
WAGTAILIMAGES_MAX_UPLOAD_SIZE = env.int("IMAGE_MAX_UPLOAD_BYTES", default=10 * 1024 * 1024)  # bytes
WAGTAILIMAGES_MAX_IMAGE_PIXELS = env.int("IMAGE_MAX_PIXELS", default=40_000_000)  # width × height × frames
# Lockout (django-axes, docs/access.md): after AXES_FAILURE_LIMIT failed logins for one username from one
# address, that username is refused from that address for AXES_COOLOFF_TIME minutes (others, and the same
# username from elsewhere, still log in); a successful login or password reset clears it. The address is
# read from X-Forwarded-For only behind TRUSTED_PROXY_COUNT proxies (network_site/access/addresses.py).
AXES_FAILURE_LIMIT = env.int("AXES_FAILURE_LIMIT", default=5)
AXES_COOLOFF_TIME = timedelta(minutes=env.float("AXES_COOLOFF_TIME", default=30))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "network_site.access.accounts.lockout_response"
AXES_CLIENT_IP_CALLABLE = "network_site.access.addresses.client_address"
TRUSTED_PROXY_COUNT = env.int("TRUSTED_PROXY_COUNT", default=0)  # reverse proxies in front of gunicorn
# Password reset requests (network_site/access/accounts.py): at most so many per address and per account in
# PASSWORD_RESET_WINDOW seconds; over that, the same answer and no e-mail. Counted in the "rate_limits"
# cache, a folder shared by the workers of one host by default (RATE_LIMIT_CACHE_URL, django-environ syntax).
PASSWORD_RESET_LIMIT_PER_ADDRESS = env.int("PASSWORD_RESET_LIMIT_PER_ADDRESS", default=5)
PASSWORD_RESET_LIMIT_PER_ACCOUNT = env.int("PASSWORD_RESET_LIMIT_PER_ACCOUNT", default=3)
PASSWORD_RESET_WINDOW = env.int("PASSWORD_RESET_WINDOW", default=3600)  # seconds
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    "rate_limits": env.cache_url(
        "RATE_LIMIT_CACHE_URL", default=f"filecache://{Path(tempfile.gettempdir()) / 'network-site-rate-limits'}"
    ),
}
# --- end of uploads and accounts' protections ---

# Wagtail
WAGTAIL_SITE_NAME = "Horizons Solidaires"
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL", default="http://127.0.0.1:8000")
# ---- Search backend (docs/search.md, "Engines"; search/backends/) -------------------------------------------
# Without SEARCH_URL: Wagtail's database backend, on whichever database DATABASE_URL names (SQLite FTS5 or
# PostgreSQL full text). Text is folded and stemmed per language by the project itself
# (network_site/core/normalise.py), so PostgreSQL uses the plain "simple" configuration and an engine a
# whitespace analyser of that text (after a change: manage.py update_index).
# SEARCH_URL=opensearch://host:9200 or elasticsearch://host:9200 (several hosts comma-separated, user:password@
# in the URL, opensearchs:// or elasticsearchs:// for HTTPS): Wagtail's opensearch2 / elasticsearch7 backend
# (elasticsearch8:// and elasticsearch9:// are accepted, not tested). SEARCH_TIMEOUT: seconds a search waits.
SEARCH_URL = env.str("SEARCH_URL", default="")
SEARCH_TIMEOUT = env.float("SEARCH_TIMEOUT", default=3.0)  # seconds
SEARCH_INDEX_PREFIX = env.str("SEARCH_INDEX_PREFIX", default="network_")
SEARCH_REPLICAS = env.int("SEARCH_REPLICAS", default=0)  # 1 on a two-node cluster
SEARCH_REFRESH_BEFORE_SEARCH = False  # tests only (settings.test)
SEARCH_REFRESH_ON_WRITE = False  # tests only (settings.test): a single index write searchable at once
if SEARCH_URL:
    from .search_engine import engine_backend

    WAGTAILSEARCH_BACKENDS = {
        "default": engine_backend(SEARCH_URL, SEARCH_TIMEOUT, SEARCH_INDEX_PREFIX, SEARCH_REPLICAS),
    }
else:
    WAGTAILSEARCH_BACKENDS = {
        "default": {"BACKEND": "wagtail.search.backends.database", "SEARCH_CONFIG": "simple"},
    }
# ---- end of the search backend block --------------------------------------------------------------------------
WAGTAILDOCS_DOCUMENT_MODEL = "documents.ArchiveDocument"
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "md", "odt", "pdf", "pptx", "rtf", "txt", "xlsx"]
# Largest meeting report file that `import_report` and the admin upload accept (events/importer): by
# default the largest document the admin accepts, since the original is kept as a document.
REPORT_IMPORT_MAX_BYTES = env.int("REPORT_IMPORT_MAX_BYTES", default=WAGTAILDOCS_MAX_UPLOAD_SIZE)  # bytes
# The most text (UTF-8 bytes) of one report turned into page blocks; a longer one is refused with a message.
REPORT_IMPORT_MAX_TEXT_BYTES = env.int("REPORT_IMPORT_MAX_TEXT_BYTES", default=1_000_000)
# The admin upload gives up (a form error, nothing saved) past this many seconds, below gunicorn's timeout (60 s).
REPORT_IMPORT_ADMIN_SECONDS = env.int("REPORT_IMPORT_ADMIN_SECONDS", default=30)
# Documents are served through Wagtail's checked view (collection privacy), images through a checked view
# at MEDIA_URL (network_site/access/files.py); SENDFILE_BACKEND, if set, sends the files (production).
WAGTAILDOCS_SERVE_METHOD = "serve_view"

# Demo accounts are created by `load_demo` only where this is on (dev settings).
DEMO_ACCOUNTS = False

# --- Operations (docs/deployment.md): database timeouts, SQLite concurrency, logs, error e-mails, Sentry ---
# Seconds: how long to wait for the database to accept a connection, and for one SQL statement. A database that is
# down or silent makes a page answer 503 within about DATABASE_CONNECT_TIMEOUT (network_site/operations/views.py);
# gunicorn's timeout (gunicorn.conf.py) stays above both.
DATABASE_CONNECT_TIMEOUT = env.int("DATABASE_CONNECT_TIMEOUT", default=3)
DATABASE_STATEMENT_TIMEOUT = env.int("DATABASE_STATEMENT_TIMEOUT", default=30)
DATABASE_BUSY_TIMEOUT = env.int("DATABASE_BUSY_TIMEOUT", default=5)  # SQLite: seconds to wait for the write lock
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        connect_timeout=DATABASE_CONNECT_TIMEOUT,
        options=f"-c statement_timeout={DATABASE_STATEMENT_TIMEOUT * 1000}",  # milliseconds
    )
elif DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Concurrent readers and one writer (Django 5.1+ OPTIONS): WAL lets readers go on while a transaction writes;
    # IMMEDIATE takes the write lock when a transaction starts, so that a reader never fails half-way upgrading its
    # lock ("database is locked"); a connection waits up to `timeout` seconds for the lock (busy timeout).
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        timeout=DATABASE_BUSY_TIMEOUT,
        transaction_mode="IMMEDIATE",
        init_command="PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    )

# Logs go to standard error (gunicorn passes them on), one record per event; a request error is one ERROR line
# "… ERROR [request id] django.request: Internal Server Error: /path — cause: Class: message" followed by its
# traceback. The request id (django-log-request-id) is also sent back in the X-Request-ID response header; with
# LOG_REQUEST_ID_HEADER (e.g. HTTP_X_REQUEST_ID) the reverse proxy's id is used instead.
LOG_LEVEL = env.str("LOG_LEVEL", default="INFO")
LOG_REQUEST_ID_HEADER = env.str("LOG_REQUEST_ID_HEADER", default="") or None
GENERATE_REQUEST_ID_IF_NOT_IN_HEADER = True
REQUEST_ID_RESPONSE_HEADER = "X-Request-ID"
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {
        "request_id": {"()": "log_request_id.filters.RequestIDFilter"},
        "require_debug_false": {"()": "django.utils.log.RequireDebugFalse"},
    },
    "formatters": {
        "line": {
            "()": "network_site.operations.logs.CauseFormatter",
            "format": "%(asctime)s %(levelname)s [%(request_id)s] %(name)s: %(message)s",
        },
    },
    "handlers": {
        "stderr": {
            "class": "logging.StreamHandler",
            "stream": "ext://sys.stderr",
            "filters": ["request_id"],
            "formatter": "line",
        },
        # Errors by e-mail to ADMINS (none by default), through EMAIL_URL's server.
        "mail_admins": {
            "class": "django.utils.log.AdminEmailHandler",
            "level": "ERROR",
            "filters": ["require_debug_false"],
        },
    },
    # Every logger propagates to the root's one handler (so one line per record, and pytest's caplog sees them).
    "root": {"handlers": ["stderr"], "level": "WARNING"},
    "loggers": {
        "django": {"handlers": ["mail_admins"], "level": LOG_LEVEL},
        "django.server": {"level": "WARNING"},  # runserver's access log: gunicorn keeps its own
        # Security events (lockouts, refused files, failed imports): the other apps log them here at WARNING.
        "network_site.security": {"level": "WARNING"},
        "network_site": {"handlers": ["mail_admins"], "level": LOG_LEVEL},
        "search": {"handlers": ["mail_admins"], "level": LOG_LEVEL},
        "events": {"handlers": ["mail_admins"], "level": LOG_LEVEL},
    },
}
# ADMINS: comma-separated addresses ("ops@example.org, Jane Doe <jane@example.org>") that get error e-mails.
ADMINS = getaddresses(env.list("ADMINS", default=[]))
SERVER_EMAIL = env.str("SERVER_EMAIL", default=DEFAULT_FROM_EMAIL)
# Error tracking (sentry-sdk), off unless SENTRY_DSN is set; no personal data is sent.
SENTRY_DSN = env.str("SENTRY_DSN", default="")
if SENTRY_DSN:
    import sentry_sdk

    sentry_sdk.init(
        dsn=SENTRY_DSN,
        environment=env.str("SENTRY_ENVIRONMENT", default="production"),
        send_default_pii=False,
        traces_sample_rate=env.float("SENTRY_TRACES_SAMPLE_RATE", default=0.0),
    )
# Backups (manage.py backup, make backup): each into a dated folder here.
BACKUP_ROOT = env.path("BACKUP_ROOT", default=BASE_DIR / "backups")
# --- end of Operations ---
