"""Backups that restore: the database and the media folder into one folder, and back (``make backup``, ``make restore``).

A backup folder holds ``database.pgdump`` (PostgreSQL: ``pg_dump --format=custom``) or ``database.sqlite3``
(SQLite: a consistent copy made with SQLite's online backup API, WAL included), ``media.tar.gz`` (every file of
``MEDIA_ROOT``) and ``backup.json`` (when, which database engine, which files). A restore goes into an empty
database and an empty media folder only (nothing is overwritten): a new install, or one emptied first.
The search index is in the database (Wagtail's database backend), so it comes back with it; with an
Elasticsearch/OpenSearch engine, run ``manage.py update_index`` after a restore.
"""

import datetime
import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
from pathlib import Path

from django.conf import settings
from django.db import connections

DATABASE_FILES = {"postgresql": "database.pgdump", "sqlite": "database.sqlite3"}
MEDIA_FILE = "media.tar.gz"
MANIFEST = "backup.json"


class BackupError(Exception):
    """A backup or restore that cannot be done (message for the operator, one line)."""


def backup(folder: Path, alias: str = "default") -> Path:
    """Write a backup of database ``alias`` and of ``MEDIA_ROOT`` into ``folder`` (created; must not exist yet).

    Returns ``folder``. Raises ``BackupError`` if ``folder`` exists or ``pg_dump`` fails.
    """
    folder = Path(folder)
    if folder.exists():
        raise BackupError(f"{folder} exists already: a backup goes into a new folder")
    folder.mkdir(parents=True)
    connection = connections[alias]
    vendor = connection.vendor
    database_file = folder / DATABASE_FILES.get(vendor, "")
    if vendor == "postgresql":
        _run(["pg_dump", "--format=custom", "--no-owner", "--no-privileges", f"--file={database_file}"], connection)
    elif vendor == "sqlite":
        connection.ensure_connection()
        with sqlite3.connect(database_file) as target:
            connection.connection.backup(target)
        target.close()
    else:
        raise BackupError(f"no backup for the {vendor} database")
    media = Path(settings.MEDIA_ROOT)
    with tarfile.open(folder / MEDIA_FILE, "w:gz") as archive:
        if media.is_dir():
            for path in sorted(media.iterdir()):
                archive.add(path, arcname=path.name)
    manifest = {
        "created": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        "engine": vendor,
        "database": database_file.name,
        "media": MEDIA_FILE,
    }
    (folder / MANIFEST).write_text(json.dumps(manifest, indent=2) + "\n")
    return folder


def restore(folder: Path, alias: str = "default") -> None:
    """Restore the backup in ``folder`` into database ``alias`` and ``MEDIA_ROOT``, both empty.

    Raises ``BackupError`` if ``folder`` is not a backup, was made from another database engine, the database
    has tables or the media folder has files, or ``pg_restore`` fails.
    """
    folder = Path(folder)
    try:
        manifest = json.loads((folder / MANIFEST).read_text())
    except (OSError, ValueError) as error:
        raise BackupError(f"{folder} is not a backup ({MANIFEST}: {error})") from error
    connection = connections[alias]
    if manifest["engine"] != connection.vendor:
        raise BackupError(f"a {manifest['engine']} backup cannot be restored into a {connection.vendor} database")
    if connection.introspection.table_names():
        raise BackupError("the database is not empty: a backup is restored into an empty database")
    media = Path(settings.MEDIA_ROOT)
    if media.is_dir() and any(media.iterdir()):
        raise BackupError(f"the media folder {media} is not empty: a backup is restored into an empty one")
    database_file = folder / manifest["database"]
    if connection.vendor == "postgresql":
        _run(["pg_restore", "--no-owner", "--no-privileges", "--exit-on-error", str(database_file)], connection)
    else:
        connection.ensure_connection()
        with sqlite3.connect(database_file) as source:
            source.backup(connection.connection)
        source.close()
    media.mkdir(parents=True, exist_ok=True)
    with tarfile.open(folder / manifest["media"], "r:gz") as archive:
        archive.extractall(media, filter="data")  # no absolute paths, links out or special files


def _run(command: list[str], connection) -> None:
    """Run ``pg_dump``/``pg_restore`` on ``connection``'s database (password through the environment)."""
    params = connection.get_connection_params()
    if shutil.which(command[0]) is None:
        raise BackupError(f"{command[0]} is not installed (the PostgreSQL client)")
    options = [f"--dbname={params.get('dbname') or connection.settings_dict['NAME']}"]
    for option, key in [("--host", "host"), ("--port", "port"), ("--username", "user")]:
        if params.get(key):
            options.append(f"{option}={params[key]}")
    env = {**os.environ, "PGPASSWORD": str(params.get("password") or ""), "PGCONNECT_TIMEOUT": "10"}
    done = subprocess.run([*command, *options], env=env, capture_output=True, text=True)  # noqa: S603 - fixed
    if done.returncode:
        raise BackupError(f"{command[0]} failed: {' '.join(done.stderr.split())}")
