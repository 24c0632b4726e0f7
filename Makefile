# Two commands do everything on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SHARED ?= ../shared
ARCHIVE ?= $(SHARED)/archive
ADDRESS ?= 127.0.0.1:8000
MANAGE := $(BIN)/python manage.py

.PHONY: install messages migrate demo import run test lint format bench

$(BIN)/.installed: requirements.txt requirements-dev.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $@

install: $(BIN)/.installed

messages: install
	$(MANAGE) compilemessages --ignore=$(VENV) -v0

migrate: install
	$(MANAGE) migrate --noinput -v0
	$(MANAGE) apply_access_policy -v0

import: migrate
	$(MANAGE) import_report --publish $(ARCHIVE)

# The demo comes last so that the demo logins it prints stay on screen above the server's log.
# sync_locale_trees first: pages made outside the admin and not translated yet (imported reports) get their
# place in every other language's tree, where they show in French with a notice (docs/translation.md).
# update_index: the search index complete (pages made by migrations) and made by the current code (docs/search.md).
demo: import messages
	$(MANAGE) sync_locale_trees
	$(MANAGE) update_index -v0
	$(MANAGE) load_demo

run: demo
	$(MANAGE) runserver $(ADDRESS)

test: install messages
	$(BIN)/pytest

# Search latency on 20,000 generated pages, SQLite then PostgreSQL (BENCH_POSTGRES_URL); see docs/search.md.
bench: install messages
	$(BIN)/python scripts/bench_search.py

# ruff, then the layering contracts of pyproject.toml (docs/architecture.md): an upward or circular import fails.
lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports --no-cache

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .
