# Two commands: `make run` and `make test`. Both create .venv and install what they need.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
QT_LIBS := libegl1 libgl1 libx11-6 libdbus-1-3 libfontconfig1 libfreetype6 libglib2.0-0 libxkbcommon0 libxcb-cursor0
QT_SONAMES := libEGL.so.1 libGL.so.1 libX11.so.6 libdbus-1.so.3 libfontconfig.so.1 libfreetype.so.6 libglib-2.0.so.0 libxkbcommon.so.0

.PHONY: run test lint typecheck qt-libs translations benchmarks clean

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed")'
	@test -x $(PY) || $(PYTHON) -m venv $(VENV) || { echo "Could not create a virtual environment: on Debian run 'apt-get install python3-venv'"; exit 1; }
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[dev]"
	@touch $(STAMP)

# Qt needs a few system libraries even offscreen. Install them as root, or say exactly what to run.
qt-libs:
	@missing=""; for so in $(QT_SONAMES); do ldconfig -p 2>/dev/null | grep -q "$$so" || missing="$$missing $$so"; done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = "0" ] && command -v apt-get >/dev/null; then \
	    echo "Installing Qt system libraries:$$missing"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(QT_LIBS) >/dev/null; \
	  else \
	    echo "Qt system libraries are missing:$$missing"; \
	    echo "Run: sudo apt-get install -y $(QT_LIBS)"; exit 1; \
	  fi; \
	fi

run: $(STAMP) qt-libs
	$(PY) main.py $(ARGS)

lint: $(STAMP)
	$(VENV)/bin/ruff check triage ui tests benchmarks tools main.py
	$(VENV)/bin/ruff format --check triage ui tests benchmarks tools main.py
	$(VENV)/bin/lint-imports
	$(VENV)/bin/mypy

# The core suite runs with PySide6 blocked, so a Qt import in triage/ fails it; then everything offscreen.
test: $(STAMP) qt-libs lint
	TRIAGE_BLOCK_QT=1 $(PY) -m pytest -p no:pytest-qt -o addopts="--strict-markers" -W ignore::pytest.PytestConfigWarning -q tests/core
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

# lupdate collects every tr() string, tools/translations.py fills Dutch (and English plurals),
# lrelease compiles the .qm files the app ships.
translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate -no-obsolete $$(find ui -name '*.py' | sort) -ts resources/translations/triage_nl.ts resources/translations/triage_en.ts
	$(PY) tools/translations.py
	$(VENV)/bin/pyside6-lrelease resources/translations/triage_nl.ts -qm resources/translations/triage_nl.qm
	$(VENV)/bin/pyside6-lrelease resources/translations/triage_en.ts -qm resources/translations/triage_en.qm

benchmarks: $(STAMP)
	$(PY) benchmarks/ingest.py --n 20000

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
