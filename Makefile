# Two commands: `make run` (the whole product with demo data) and `make test`.
# Each bootstraps .venv on first use: `make run` from requirements.txt (what
# the product needs), `make test` from requirements-dev.txt (that and the dev
# tools). Both are lock files with hashes, written by `make lock` from
# pyproject.toml; a changed lock file reinstalls on the next command.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
RUN_STAMP := $(VENV)/.installed-run-$(shell cksum requirements.txt | cut -d' ' -f1)
DEV_STAMP := $(VENV)/.installed-dev-$(shell cksum requirements-dev.txt | cut -d' ' -f1)
PIP_INSTALL := $(BIN)/python -m pip install --quiet --disable-pip-version-check
PORT ?= 8000

export PATH := $(abspath $(BIN)):$(PATH)
# `make run` is a local demo: debug pages on, plain HTTP. Production sets DEBUG=false.
run: export DEBUG ?= true
run: export SITE_URL ?= http://127.0.0.1:$(PORT)
run: export PORT := $(PORT)
# Threads rather than forked children under `make run`: Ctrl-C then stops each worker in one process, quietly,
# where forked children each took the terminal's signal and were logged as errors. Production keeps prefork.
run: export CELERY_POOL ?= threads

.PHONY: run test install install-dev lint format typecheck lock lock-check clean vendor

install: $(RUN_STAMP)
install-dev: $(DEV_STAMP)

define make_venv
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed (set PYTHON=python3.x).")'
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(PIP_INSTALL) --upgrade pip
endef

$(RUN_STAMP): requirements.txt
	$(make_venv)
	$(PIP_INSTALL) --require-hashes -r requirements.txt
	@rm -f $(VENV)/.installed-run-* && touch $@

# requirements-dev.txt holds every runtime pin of requirements.txt too, so it
# installs what `make run` needs as well.
$(DEV_STAMP): requirements-dev.txt requirements.txt
	$(make_venv)
	$(PIP_INSTALL) --require-hashes -r requirements-dev.txt
	@rm -f $(VENV)/.installed-dev-* $(VENV)/.installed-run-* && touch $@ $(RUN_STAMP)

run: $(RUN_STAMP)
	@mkdir -p var/mail var/celery
	$(BIN)/python manage.py prepare_run
	@echo "Serving on http://127.0.0.1:$(PORT)/ (web, Celery worker and beat). Ctrl-C stops them all."
	exec $(BIN)/honcho start --procfile Procfile --port $(PORT)

# In parallel (pytest-xdist), one process per core; each module stays on one
# worker so its module-scoped fixtures (the browser, the demo data) are made
# once. PYTEST_WORKERS=0 runs everything in this one process.
PYTEST_WORKERS ?= auto
test: $(DEV_STAMP)
	$(BIN)/python -m pytest -n $(PYTEST_WORKERS) --dist loadscope $(PYTEST_ARGS)

# What CI checks before the tests: ruff, the import boundaries and the type hints.
lint: $(DEV_STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	DEBUG=true $(BIN)/lint-imports
	DEBUG=true $(BIN)/mypy

# mypy with django-stubs on the services and selectors ([tool.mypy] in pyproject.toml), alone; part of
# `make lint` and of CI.
typecheck: $(DEV_STAMP)
	DEBUG=true $(BIN)/mypy

format: $(DEV_STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

# The lock files, from pyproject.toml: runtime `dependencies` into
# requirements.txt, those and the `dev` group into requirements-dev.txt (held
# to the same runtime pins), every package with its hashes, for any platform
# on Python 3.11 or newer. Pins already in the files are kept; to move one,
# `make lock LOCK_ARGS="--upgrade-package NAME"` (or `--upgrade` for all).
LOCK = uv pip compile pyproject.toml --universal --python-version 3.11 --generate-hashes --quiet \
	--custom-compile-command "make lock"
lock: $(DEV_STAMP)
	$(LOCK) $(LOCK_ARGS) -o requirements.txt
	$(LOCK) $(LOCK_ARGS) --group dev -c requirements.txt -o requirements-dev.txt

# Fails when the lock files are not what `make lock` would write now (a
# dependency added to or removed from pyproject.toml without `make lock`).
lock-check: $(DEV_STAMP)
	@dir=$$(mktemp -d) && trap 'rm -rf "$$dir"' EXIT && \
	cp pyproject.toml README.md requirements.txt requirements-dev.txt "$$dir"/ && \
	(cd "$$dir" && $(LOCK) -o requirements.txt && $(LOCK) --group dev -c requirements.txt -o requirements-dev.txt) && \
	diff -u requirements.txt "$$dir"/requirements.txt && diff -u requirements-dev.txt "$$dir"/requirements-dev.txt && \
	echo "requirements.txt and requirements-dev.txt agree with pyproject.toml" || \
	{ echo "The lock files disagree with pyproject.toml: run \`make lock\` and commit them." >&2; exit 1; }

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
