# Two commands for a new machine: `make run` and `make test`. Both create .venv when missing.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: run test lint bench install clean

$(BIN)/.installed: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $@

install: $(BIN)/.installed

## run: the Telegram bot when TELEGRAM_BOT_TOKEN is set (env or .env), else the terminal chat
run: $(BIN)/.installed
	$(BIN)/mml-tutor

## test: lint, validate the curriculum, run the whole suite
test: $(BIN)/.installed
	$(BIN)/ruff check .
	$(BIN)/mml-tutor check-content
	$(BIN)/python -m pytest

lint: $(BIN)/.installed
	$(BIN)/ruff check .

## bench: the benchmark scripts (figures, not tests)
bench: $(BIN)/.installed
	$(BIN)/python benchmarks/parse_accuracy.py --heldout
	$(BIN)/python benchmarks/bench_solver.py
	$(BIN)/python benchmarks/bench_plots.py
	$(BIN)/python benchmarks/random_inputs.py
	$(BIN)/python benchmarks/answer_accuracy.py --set tests/heldout/parse_heldout_v13.yaml --set tests/heldout/parse_heldout_v12.yaml --set tests/heldout/parse_heldout_v11.yaml --set tests/heldout/parse_heldout_v10.yaml --set tests/heldout/parse_heldout_v9.yaml --set tests/heldout/parse_heldout_v8.yaml --set tests/heldout/parse_heldout_v7.yaml --set tests/heldout/parse_heldout_v6.yaml --set tests/heldout/parse_heldout_v5.yaml --set tests/heldout/parse_heldout_v4.yaml --set tests/heldout/parse_heldout_v3.yaml --set tests/heldout/parse_heldout_v2.yaml --set benchmarks/deepmind/deepmind_measure.yaml --set benchmarks/deepmind/deepmind_measure3.yaml
	$(BIN)/python benchmarks/cpu_per_solve.py
	$(BIN)/python benchmarks/bench_burst.py --rounds 5
	$(BIN)/python benchmarks/bench_practice.py
	$(BIN)/python benchmarks/bench_push.py --users 1000

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache mml-tutor-out
