# Two commands matter: `make run` and `make test`. Both set up .venv on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: setup run test lint check-types check-imports pytest bench clean translations qm dist

setup: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test]'
	touch $(STAMP)

run: setup qm
	$(BIN)/forum-desktop $(ARGS)

test: setup qm lint check-types check-imports pytest

# Translations: the .ts files are the sources (committed); the .qm the app loads are built.
TS := $(wildcard resources/translations/forum_desktop_*.ts)
QM := $(TS:.ts=.qm)

qm: $(QM)

resources/translations/%.qm: resources/translations/%.ts | setup
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# Refresh the .ts files from the strings in forum_desktop/ui (then translate what is new).
translations: setup
	$(BIN)/python tools/i18n.py update

lint:
	$(BIN)/ruff check forum_desktop tests benchmarks tools packaging
	$(BIN)/ruff format --check forum_desktop tests benchmarks tools packaging

check-types:
	$(BIN)/mypy

check-imports:
	$(BIN)/lint-imports

# pytest exits 5 when it collects no test; that is a failure like any other. Two workers:
# the machine the suite must stay under 10 minutes on has two cores.
pytest:
	$(BIN)/pytest -n 2

# The standalone app (Linux): dist/forum-desktop/ and its tar.gz (packaging/build-linux.sh).
dist: setup qm
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dist]'
	packaging/build-linux.sh $(BIN)/python

bench: setup
	for script in benchmarks/*.py; do $(BIN)/python $$script || exit 1; done

clean:
	rm -f resources/translations/*.qm
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache .hypothesis build dist
