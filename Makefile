# The book's commands. Each target sets up what it needs: a local .venv with the pinned
# packages (rebuilt when pyproject.toml changes) and, for the tests, Debian's chromium.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: html test check examples serve offline bench clean browser

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[book,test]'
	touch $(STAMP)

## html: execute what changed and build both languages into _build/html/{zh,en}
html: $(STAMP)
	$(PY) -m mxbook html

## examples: regenerate examples/ and src/mxbook/library.py from the chapters
examples: $(STAMP)
	$(PY) -m mxbook examples

## check: the fast checks (lint, language parity, seeding, stale examples); no execution
check: $(STAMP)
	$(PY) -m ruff check src tests docs conftest.py
	$(PY) -m mxbook check

## offline: the whole site as one zip under _build/
offline: html
	$(PY) -m mxbook offline

## serve: live-rebuilding preview on http://127.0.0.1:8000 (LANG_CODE=zh for Chinese)
serve: $(STAMP)
	$(PY) -m mxbook serve --lang $(or $(LANG_CODE),en)

## test: the fast checks, the site build, the doctests of every example and the browser tests
test: $(STAMP) browser
	$(PY) -m mxbook check
	$(PY) -m pytest -n 2 --dist loadfile

## bench: measure build and test costs; writes _build/bench.json
bench: $(STAMP)
	$(PY) -m mxbook.bench

browser:
	@command -v chromium >/dev/null || { \
	  echo "installing Debian's chromium for the browser tests"; \
	  $(if $(filter 0,$(shell id -u)),,sudo) apt-get install -y --no-install-recommends chromium >/dev/null || \
	  { $(if $(filter 0,$(shell id -u)),,sudo) apt-get update >/dev/null && \
	    $(if $(filter 0,$(shell id -u)),,sudo) apt-get install -y --no-install-recommends chromium >/dev/null; }; }

clean:
	rm -rf _build
