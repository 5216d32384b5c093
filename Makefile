# Two commands: `make run` and `make test`. Both create .venv and install what they need.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
QT_LIBS := libegl1 libgl1 libx11-6 libdbus-1-3 libfontconfig1 libfreetype6 libglib2.0-0 libxkbcommon0
QT_SONAMES := libEGL.so.1 libGL.so.1 libX11.so.6 libdbus-1.so.3 libfontconfig.so.1 libfreetype.so.6 libglib-2.0.so.0 libxkbcommon.so.0
# A real window on X11 also needs the xcb platform plugin's libraries.
XCB_LIBS := libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-shape0 libxcb-randr0 libxcb-xkb1 libxkbcommon-x11-0
XCB_SONAMES := libxcb-cursor.so.0 libxcb-icccm.so.4 libxcb-keysyms.so.1 libxcb-image.so.0 libxcb-render-util.so.0 libxcb-shape.so.0 libxcb-randr.so.0 libxcb-xkb.so.1 libxkbcommon-x11.so.0

.PHONY: run test lint qt-libs qt-window-libs qt-xcb-libs translations benchmarks clean

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed")'
	@test -x $(PY) || $(PYTHON) -m venv $(VENV) || { echo "Could not create a virtual environment: on Debian run 'apt-get install python3-venv'"; exit 1; }
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[dev]"
	@touch $(STAMP)

# Qt needs a few system libraries even offscreen, and the X11 plugin a few more for a window.
# Install them as root, or say exactly what to run.
define need_libs
	@missing=""; for so in $(1); do ldconfig -p 2>/dev/null | grep -q "$$so" || missing="$$missing $$so"; done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = "0" ] && command -v apt-get >/dev/null; then \
	    echo "Installing system libraries Qt needs:$$missing"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(2) >/dev/null; \
	  else \
	    echo "System libraries Qt needs are missing:$$missing"; \
	    echo "Run: sudo apt-get install -y $(2)"; exit 1; \
	  fi; \
	fi
endef

qt-libs:
	$(call need_libs,$(QT_SONAMES),$(QT_LIBS))

# Only when there is a screen to open a window on; without one the app prints the queue.
qt-window-libs: qt-libs
	@if [ -n "$$DISPLAY" ]; then $(MAKE) --no-print-directory qt-xcb-libs; fi

qt-xcb-libs:
	$(call need_libs,$(XCB_SONAMES),$(XCB_LIBS))

run: $(STAMP) qt-window-libs
	$(PY) main.py $(ARGS)

lint: $(STAMP)
	$(VENV)/bin/ruff check triage ui tests benchmarks tools main.py
	$(VENV)/bin/ruff format --check triage ui tests benchmarks tools main.py
	$(VENV)/bin/lint-imports
	$(VENV)/bin/mypy

# The core suite runs with PySide6 blocked, so a Qt import in triage/ fails it; then everything offscreen.
test: $(STAMP) qt-libs imap-server postgres lint
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

# The IMAP tests run a real, throwaway Dovecot (tests/core/sources/imap_server.py).
# Install it as root, or say exactly what to run. /usr/sbin is often not on a user's PATH.
.PHONY: imap-server
imap-server:
	@if ! command -v dovecot >/dev/null && ! test -x /usr/sbin/dovecot; then \
	  if [ "$$(id -u)" = "0" ] && command -v apt-get >/dev/null; then \
	    echo "Installing Dovecot for the IMAP tests: dovecot-imapd"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends dovecot-imapd >/dev/null; \
	  else \
	    echo "The IMAP tests need Dovecot, which is missing."; \
	    echo "Run: sudo apt-get install -y --no-install-recommends dovecot-imapd"; exit 1; \
	  fi; \
	fi

# The team-mode tests run a real, throwaway PostgreSQL cluster (tests/pg.py): Debian's server and
# client. Install them as root, or say exactly what to run. initdb is never on a user's PATH.
.PHONY: postgres
postgres:
	@if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then \
	  if [ "$$(id -u)" = "0" ] && command -v apt-get >/dev/null; then \
	    echo "Installing PostgreSQL for the team-mode tests: postgresql postgresql-client"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql postgresql-client >/dev/null; \
	  else \
	    echo "The team-mode tests need PostgreSQL, which is missing."; \
	    echo "Run: sudo apt-get install -y --no-install-recommends postgresql postgresql-client"; exit 1; \
	  fi; \
	fi
