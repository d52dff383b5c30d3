# Build, test, demo and benchmark targets. Everything runs inside .venv: nothing is installed
# globally, and a fresh machine needs only python3 and access to PyPI.
#
#   make venv    create .venv (if missing) and upgrade its pip
#   make demo    install the package and clean every file in examples/inputs/
#   make test    install with [dev], then ruff check, ruff format --check, mypy --strict, pytest
#   make bench   install with [dev,bench], then benchmarks/throughput.py and benchmarks/quality.py
#   make fmt     ruff format + ruff check --fix
#   make clean   remove caches and build output (not .venv: `make distclean` does that)

PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
PIP    := $(PY) -m pip
RUFF   := $(PY) -m ruff
MYPY   := $(PY) -m mypy
PYTEST := $(PY) -m pytest

CODE := src tests benchmarks examples

# An install is redone only when pyproject.toml changes; the editable install sees edits to src/
# at once. A stamp per extra set, kept inside .venv so deleting .venv resets them too.
STAMP_VENV  := $(VENV)/.stamp-venv
STAMP_BASE  := $(VENV)/.stamp-install-base
STAMP_DEV   := $(VENV)/.stamp-install-dev
STAMP_BENCH := $(VENV)/.stamp-install-bench

.PHONY: venv demo test lint typecheck unit bench fmt clean distclean install install-dev install-bench

venv: $(STAMP_VENV)

$(STAMP_VENV):
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip
	@touch $@

$(STAMP_BASE): pyproject.toml $(STAMP_VENV)
	$(PIP) install --quiet -e .
	@touch $@

$(STAMP_DEV): pyproject.toml $(STAMP_VENV)
	$(PIP) install --quiet -e ".[dev]"
	@touch $@

$(STAMP_BENCH): pyproject.toml $(STAMP_VENV)
	$(PIP) install --quiet -e ".[dev,bench]"
	@touch $@

install: $(STAMP_BASE)
install-dev: $(STAMP_DEV)
install-bench: $(STAMP_BENCH)

demo: $(STAMP_BASE)
	$(PY) examples/demo.py

# Each step fails the target at once (make stops at the first failing command).
test: $(STAMP_DEV)
	$(RUFF) check $(CODE)
	$(RUFF) format --check $(CODE)
	$(MYPY) --strict src
	$(PYTEST)

lint: $(STAMP_DEV)
	$(RUFF) check $(CODE)
	$(RUFF) format --check $(CODE)

typecheck: $(STAMP_DEV)
	$(MYPY) --strict src

unit: $(STAMP_DEV)
	$(PYTEST)

bench: $(STAMP_BENCH)
	$(PY) benchmarks/throughput.py
	$(PY) benchmarks/quality.py

fmt: $(STAMP_DEV)
	$(RUFF) format $(CODE)
	$(RUFF) check --fix $(CODE)

clean:
	rm -rf build dist .mypy_cache .ruff_cache .pytest_cache .hypothesis
	find . -path ./$(VENV) -prune -o -name __pycache__ -type d -prune -exec rm -rf {} +
	find . -path ./$(VENV) -prune -o -name '*.egg-info' -type d -prune -exec rm -rf {} +
	rm -f $(STAMP_BASE) $(STAMP_DEV) $(STAMP_BENCH)

distclean: clean
	rm -rf $(VENV)

# Regenerate the rule catalogue from the pipeline's docstrings and the data files; tests/test_docs.py
# fails while docs/rules.md differs from this output. Written to a temporary file first, so a
# failing script leaves the old catalogue in place.
.PHONY: docs
docs: $(STAMP_BASE)
	$(PY) docs/gen_rules.py > docs/rules.md.tmp || { rm -f docs/rules.md.tmp; exit 1; }
	mv docs/rules.md.tmp docs/rules.md
