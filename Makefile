# Two commands do everything on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SHARED ?= ../shared
ARCHIVE ?= $(SHARED)/archive
ADDRESS ?= 127.0.0.1:8000
# The dev settings read it: the admin address `make demo` prints follows it (network_site/settings/dev.py).
export ADDRESS
MANAGE := $(BIN)/python manage.py
# Local search engines (docs/search-node.md): ENGINE opensearch or elasticsearch, HTTP ports on 127.0.0.1.
ENGINE ?= opensearch
SEARCH_PORT ?= 9200
SEARCH_CLUSTER_PORT ?= 9201

.PHONY: install messages migrate demo import import-eval run test lint format bench backup restore \
	browser-deps browser-test vendor \
	search-node search-node-stop search-node-status search-cluster search-cluster-stop

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

# Backups (docs/deployment.md): the database (pg_dump, or SQLite's backup API) and the media folder into a new dated
# folder of BACKUP_ROOT (./backups); `make restore BACKUP=folder` puts one back into an empty database and media folder.
backup: install
	$(MANAGE) backup

restore: install
	@test -n "$(BACKUP)" || { echo "usage: make restore BACKUP=backups/<folder>"; exit 2; }
	$(MANAGE) restore "$(BACKUP)"

# Browser tests (tests/browser/, docs/accessibility.md), left out of `make test`: Debian's Chromium and its driver
# (installed with apt-get when missing; CI runs as root), axe-core pinned in package.json and package-lock.json.
CHROMIUM := /usr/bin/chromium
CHROMEDRIVER := /usr/bin/chromedriver

node_modules/.package-lock.json: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

browser-deps: install node_modules/.package-lock.json
	@if [ ! -x $(CHROMIUM) ] || [ ! -x $(CHROMEDRIVER) ]; then \
		apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium chromium-driver; fi

browser-test: browser-deps messages
	$(BIN)/pytest tests/browser

# The directory map's libraries (docs/directory.md), pinned in package.json: their dist files are copied into
# directory/static/directory/vendor/ and committed, so that `make run` and the Dockerfile need no Node (their
# source map comments removed: collectstatic's manifest would look for the maps, which are not copied).
VENDOR := directory/static/directory/vendor

vendor: node_modules/.package-lock.json
	rm -rf $(VENDOR) && mkdir -p $(VENDOR)/leaflet/images $(VENDOR)/leaflet.markercluster $(VENDOR)/topojson-client $(VENDOR)/world-atlas
	cp node_modules/leaflet/dist/leaflet.js node_modules/leaflet/dist/leaflet.css node_modules/leaflet/LICENSE $(VENDOR)/leaflet/
	cp node_modules/leaflet/dist/images/*.png $(VENDOR)/leaflet/images/
	cp node_modules/leaflet.markercluster/dist/leaflet.markercluster.js node_modules/leaflet.markercluster/dist/MarkerCluster.css \
		node_modules/leaflet.markercluster/dist/MarkerCluster.Default.css node_modules/leaflet.markercluster/MIT-LICENCE.txt \
		$(VENDOR)/leaflet.markercluster/
	cp node_modules/topojson-client/dist/topojson-client.min.js node_modules/topojson-client/LICENSE $(VENDOR)/topojson-client/
	cp node_modules/world-atlas/countries-110m.json node_modules/world-atlas/LICENSE $(VENDOR)/world-atlas/
	sed -i '/sourceMappingURL/d' $(VENDOR)/leaflet/leaflet.js $(VENDOR)/leaflet.markercluster/leaflet.markercluster.js  # maps not shipped
	cd node_modules && for p in leaflet leaflet.markercluster topojson-client world-atlas; do \
		node -p "require('./$$p/package.json').name + ' ' + require('./$$p/package.json').version"; done > ../$(VENDOR)/VERSIONS

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

# A local search engine without Docker, assembled from Maven Central (cached in ~/.m2, kept in search_node/build/):
# OpenSearch 2.19.6, or Elasticsearch 7.10.2 with ENGINE=elasticsearch, on 127.0.0.1:$(SEARCH_PORT).
# Waits for green (bounded), then prints the URL; data and logs in search_node/var/ (docs/search-node.md).
search-node:
	SEARCH_NODE_PORT=$(SEARCH_PORT) search_node/start.sh $(ENGINE)

# Stops the single node, whichever engine (a stopped node is fine).
search-node-stop:
	search_node/stop.sh opensearch elasticsearch

search-node-status:
	search_node/status.sh all

# Two OpenSearch nodes, one cluster: 127.0.0.1:$(SEARCH_CLUSTER_PORT) and the next port.
search-cluster:
	SEARCH_CLUSTER_PORT=$(SEARCH_CLUSTER_PORT) search_node/start.sh cluster

search-cluster-stop:
	search_node/stop.sh cluster

# Scores the importer on the annotated real reports of $(SHARED)/archive/dev (docs/import.md): precision and
# recall per field, then the misses file by file. A scratch database, removed afterwards.
import-eval: install messages
	$(BIN)/python scripts/import_eval.py --dev $(SHARED)/archive/dev
