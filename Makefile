# Two commands: `make run` (the whole product with demo data) and `make test`.
# Each bootstraps .venv from requirements.txt on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cksum requirements.txt | cut -d' ' -f1)
PORT ?= 8000

export PATH := $(abspath $(BIN)):$(PATH)
# `make run` is a local demo: debug pages on, plain HTTP. Production sets DEBUG=false.
run: export DEBUG ?= true
run: export SITE_URL ?= http://127.0.0.1:$(PORT)
run: export PORT := $(PORT)

.PHONY: run test install lint format clean vendor

install: $(STAMP)

$(STAMP): requirements.txt
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed (set PYTHON=python3.x).")'
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.txt
	@rm -f $(VENV)/.installed-* && touch $@

run: $(STAMP)
	@mkdir -p var/mail var/celery
	$(BIN)/python manage.py migrate --noinput -v0
	$(BIN)/python manage.py collectstatic --noinput -v0
	$(BIN)/python manage.py seed_demo
	@echo "Serving on http://127.0.0.1:$(PORT)/ (web, Celery worker and beat). Ctrl-C stops them all."
	exec $(BIN)/honcho start --procfile Procfile --port $(PORT)

test: $(STAMP)
	$(BIN)/python -m pytest $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

# Front-end libraries from npm (exact versions in package-lock.json), copied
# into static/vendor/ (htmx) and tests/browser/vendor/ (axe-core, for the
# browser tests) and committed, so neither `make run` nor `make test` needs
# npm. Run it after changing a version in package.json.
vendor:
	npm ci --no-audit --no-fund
	mkdir -p static/vendor tests/browser/vendor
	cp node_modules/htmx.org/dist/htmx.min.js static/vendor/htmx.min.js
	cp node_modules/axe-core/axe.min.js tests/browser/vendor/axe.min.js
	cp node_modules/axe-core/LICENSE tests/browser/vendor/axe-core.LICENSE
	cp node_modules/axe-core/LICENSE-3RD-PARTY.txt tests/browser/vendor/axe-core.LICENSE-3RD-PARTY.txt

clean:
	rm -rf var .pytest_cache .ruff_cache
