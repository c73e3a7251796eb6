# lagdesk: every set-up step lives here, so a fresh Debian machine needs only `make run` or `make test`.
SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# The development tools (ruff, mypy, pytest and its plugins, hypothesis) pinned exactly.
DEV_LOCK := requirements-dev.lock
# Debian packages that the Qt libraries inside PySide6 load at start-up.
SYSTEM_PACKAGES := libegl1 libgl1 libopengl0 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 \
	libfreetype6 libdbus-1-3 libglib2.0-0 libx11-xcb1 libxcb-cursor0 libxcb-icccm4 \
	libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 \
	libxcb-xinerama0 libxcb-xkb1 fonts-dejavu-core
# Debian packages the tests call: pdftotext and pdftoppm (poppler), and LibreOffice without its
# GUI, which converts .docx and .xlsx to PDF headless. Without them those tests would skip.
TEST_SYSTEM_PACKAGES := poppler-utils libreoffice-writer-nogui libreoffice-calc-nogui
TS_FILES := $(wildcard i18n/lagdesk_*.ts)
QM_FILES := $(patsubst i18n/%.ts,lagdesk/translations/%.qm,$(TS_FILES))

.PHONY: run test lint typecheck unit bench soak translations qm system-deps test-system-deps clean demo

# $(call debian-packages,what for,packages,apt-get options): installs the missing packages as
# root with apt-get; anyone else is told the command to run. Nothing happens off Debian.
define debian-packages
@missing=""; \
if command -v dpkg-query >/dev/null 2>&1; then \
  for p in $(2); do \
    dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
  done; \
fi; \
if [ -n "$$missing" ]; then \
  if [ "$$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then \
    echo "Installing system packages for $(1):$$missing"; \
    (apt-get update -qq || true) && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(3) $$missing; \
  else \
    echo "lagdesk needs these system packages for $(1). Install them with:"; \
    echo "  sudo apt-get install -y$(if $(3), $(3))$$missing"; \
    exit 1; \
  fi; \
fi
endef

run: $(STAMP) qm
	$(BIN)/lagdesk

test: $(STAMP) test-system-deps qm lint typecheck
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -n 2 -q

lint: $(STAMP)
	$(BIN)/ruff check lagdesk tests benchmarks
	$(BIN)/ruff format --check lagdesk tests benchmarks

typecheck: $(STAMP)
	$(BIN)/mypy

bench: $(STAMP) qm
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks

# The long fault-injection run (kill -9, full disk, damaged pages, deleted -wal), with counts.
# ROUNDS=N sets its length; a full disk needs root (a tmpfs mount).
ROUNDS ?= 40
soak: $(STAMP) qm
	QT_QPA_PLATFORM=offscreen $(BIN)/python tests/faults/soak.py --rounds $(ROUNDS)

demo: $(STAMP)
	$(BIN)/lagdesk demo --db demo.sqlite

system-deps:
	$(call debian-packages,Qt,$(SYSTEM_PACKAGES),)

# Only `make test` needs these: `make run` works without them.
test-system-deps:
	$(call debian-packages,the PDF and LibreOffice tests,$(TEST_SYSTEM_PACKAGES),--no-install-recommends)

$(STAMP): pyproject.toml $(DEV_LOCK)
	@$(MAKE) --no-print-directory system-deps
	@test -n "$(PYTHON)" || { echo "Python 3.11 or newer is needed (apt-get install python3 python3-venv)"; exit 1; }
	$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || { echo "Python 3.11 or newer is needed"; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV) || { echo "Could not create the virtual environment: apt-get install python3-venv"; exit 1; }
	$(BIN)/python -m pip install -q --upgrade pip -c $(DEV_LOCK)
	$(BIN)/python -m pip install -q -r $(DEV_LOCK) -e '.[dev]'
	touch $(STAMP)

# Compiled catalogues: built from i18n/*.ts, never committed.
qm: $(QM_FILES)

lagdesk/translations/%.qm: i18n/%.ts $(STAMP)
	@mkdir -p lagdesk/translations
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# Refresh the .ts sources from the code.
translations: $(STAMP)
	$(BIN)/python -m lagdesk.tools.update_translations

clean:
	rm -rf $(VENV) build dist *.egg-info lagdesk/translations/*.qm .pytest_cache .ruff_cache .mypy_cache
