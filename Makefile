# Two commands do everything on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SHARED ?= ../shared
ARCHIVE ?= $(SHARED)/archive
ADDRESS ?= 127.0.0.1:8000
MANAGE := $(BIN)/python manage.py

.PHONY: install messages migrate demo import run test lint format

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

import: migrate
	$(MANAGE) import_report $(ARCHIVE)

# The demo comes last so that the demo logins it prints stay on screen above the server's log.
demo: import messages
	$(MANAGE) load_demo

run: demo
	$(MANAGE) runserver $(ADDRESS)

test: install messages
	$(BIN)/pytest

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .
