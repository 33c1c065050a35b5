# Two commands do all set-up on a fresh machine with Python 3.11:
#   make demo   creates .venv if missing, installs eventfuse, runs the demo
#   make test   creates .venv if missing, installs eventfuse and test tools, runs the tests
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin

.PHONY: install demo test test-fast browser-deps lint typecheck bench clean

$(BIN)/activate:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/activate
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $@

install: $(VENV)/.installed

demo: install
	$(BIN)/eventfuse demo

# Debian's chromium and the npm package playwright-core drive the dashboard's browser test;
# the script installs them when it can (root for apt) and never downloads a browser build.
browser-deps:
	bash scripts/install_browser_deps.sh

# `make test` is what CI runs (.ci/run): lint, type check, then the whole suite.
# pytest exits 5 when it collects no test: that is not a failure of the suite itself.
# Under CI (CI=true) a missing browser fails the browser test instead of skipping it.
test: install browser-deps lint typecheck
	$(BIN)/python -m pytest -q -p no:cacheprovider; rc=$$?; [ $$rc -eq 5 ] && exit 0; exit $$rc

# The quick loop while changing code: no lint, no browser, no test marked slow.
test-fast: install
	$(BIN)/python -m pytest -q -p no:cacheprovider -m "not slow" -x; rc=$$?; [ $$rc -eq 5 ] && exit 0; exit $$rc

lint: install
	$(BIN)/ruff check src tests scripts benchmarks

typecheck: install
	$(BIN)/mypy src/eventfuse

clean:
	rm -rf $(VENV) eventfuse-demo.db*
