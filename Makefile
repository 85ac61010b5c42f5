# Two commands matter: `make run` and `make test`. Both set up .venv on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: setup run test lint check-types check-imports pytest bench clean

setup: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test]'
	touch $(STAMP)

run: setup
	$(BIN)/forum-desktop $(ARGS)

test: setup lint check-types check-imports pytest

lint:
	$(BIN)/ruff check forum_desktop tests benchmarks
	$(BIN)/ruff format --check forum_desktop tests benchmarks

check-types:
	$(BIN)/mypy

check-imports:
	$(BIN)/lint-imports

# pytest exits 5 when it collects no test; that is a failure like any other.
pytest:
	$(BIN)/pytest

bench: setup
	for script in benchmarks/*.py; do $(BIN)/python $$script || exit 1; done

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache .hypothesis
