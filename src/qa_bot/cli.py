"""The qa-bot command: a thin layer that parses flags into Settings and calls the pipeline."""

from __future__ import annotations

import argparse
import json
import logging
import os
import re
import sys
import warnings
from pathlib import Path
from typing import Any

from pydantic import ValidationError

EXIT_BAD_INPUT = 2


def _parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--corpus", dest="corpus_dir", type=Path, help="folder of documents (default: corpus)")
    common.add_argument("--index", dest="index_dir", type=Path, help="index folder (default: index)")
    common.add_argument("--chroma-url", help="use a Chroma server at http://HOST:PORT instead of the local store")
    common.add_argument("--llm", help="extractive | bundled | gguf:PATH | ollama:MODEL | openai:MODEL | hf:PATH")
    common.add_argument("--llm-base-url", help="server address for ollama: and openai: models")
    common.add_argument("--top-k", type=int, help="passages given to the answer engine")
    common.add_argument("--retrieval", choices=["hybrid", "dense", "bm25"], help="retrieval variant")
    common.add_argument("-v", "--verbose", action="store_true", help="log what happens")

    parser = argparse.ArgumentParser(prog="qa-bot", description="Ask questions about a folder of documents, offline.")
    commands = parser.add_subparsers(dest="command", required=True)

    index = commands.add_parser("index", parents=[common], help="sync the index with the corpus")
    index.add_argument("--rebuild", action="store_true", help="drop the index and build it anew")

    ask = commands.add_parser("ask", parents=[common], help="answer one question")
    ask.add_argument("question", help="the question, in quotes")
    ask.add_argument("--json", action="store_true", help="print one JSON object")
    ask.add_argument("--stream", action="store_true", help="print the answer as it is generated")

    chat = commands.add_parser("chat", parents=[common], help="start the chat UI in the browser")
    chat.add_argument("--host", default="127.0.0.1", help="address to bind (default: loopback only)")
    chat.add_argument("--port", type=int, default=7860)
    chat.add_argument("--auth", default=os.environ.get("QA_BOT_AUTH"),
                      help="user:password to require a login (or QA_BOT_AUTH); use it before binding beyond loopback")

    evaluate = commands.add_parser("eval", parents=[common], help="run the eval suite")
    evaluate.add_argument("--dataset", type=Path, default=Path("eval/questions.jsonl"))
    evaluate.add_argument("--output", type=Path, help="write the results as JSON here")
    evaluate.add_argument("--report-dir", type=Path, default=Path("eval/reports"))
    evaluate.add_argument("--compare", help="comma-separated engines to run side by side, e.g. extractive,bundled")
    evaluate.add_argument("--min-accuracy", type=float, help="exit 1 when answer accuracy is below this (0-1)")
    evaluate.add_argument("--no-progress", action="store_true")
    return parser


def _settings(args: argparse.Namespace) -> Any:
    from qa_bot.settings import load_settings

    keys = ("corpus_dir", "index_dir", "chroma_url", "llm", "llm_base_url", "top_k", "retrieval")
    return load_settings(**{key: getattr(args, key, None) for key in keys})


def _quiet_libraries(verbose: bool) -> None:
    # Progress bars and deprecation chatter of the ML stack drown the answer in a terminal.
    os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    if not verbose:
        warnings.filterwarnings("ignore")
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING, format="%(levelname)s: %(message)s",
                        stream=sys.stderr)
    for noisy in ("chromadb", "httpx", "sentence_transformers", "transformers", "bm25s"):
        logging.getLogger(noisy).setLevel(logging.ERROR)


def _say(message: str) -> None:
    print(message, file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    _quiet_libraries(args.verbose)
    from qa_bot.evaluate import DatasetError
    from qa_bot.index import IndexUnavailable
    from qa_bot.ingest import CorpusError
    from qa_bot.pipeline import BadQuestion

    try:
        settings = _settings(args)
        if args.command == "index":
            return _index(settings, args)
        if args.command == "ask":
            return _ask(settings, args)
        if args.command == "chat":
            return _chat(settings, args)
        return _eval(settings, args)
    except ValidationError as error:
        problems = "; ".join(f"{'.'.join(map(str, e['loc'])) or 'settings'}: {e['msg']}" for e in error.errors())
        _say(f"error: invalid settings: {problems}")
        return EXIT_BAD_INPUT
    except (BadQuestion, CorpusError, DatasetError) as error:
        _say(f"error: {error}")
        return EXIT_BAD_INPUT
    except IndexUnavailable as error:
        _say(f"error: {error}")
        return 1
    except KeyboardInterrupt:
        _say("interrupted")
        return 130


def _index(settings: Any, args: argparse.Namespace) -> int:
    from qa_bot.pipeline import QABot

    report = QABot(settings).sync(rebuild=args.rebuild, progress=_say if args.verbose else None)
    for warning in report.warnings:
        _say(f"warning: {warning}")
    print(report.summary())
    return 0


def _ready_bot(settings: Any) -> Any:
    from qa_bot.pipeline import QABot

    bot = QABot(settings)
    report = bot.sync_if_changed()
    if report:
        for warning in report.warnings:
            _say(f"warning: {warning}")
        _say(report.summary())
    return bot


def _ask(settings: Any, args: argparse.Namespace) -> int:
    from qa_bot.pipeline import check_question

    check_question(args.question, settings.max_question_chars)  # fail fast, before loading any model
    bot = _ready_bot(settings)
    if args.stream and not args.json:
        shown = ""
        for piece in bot.stream(args.question):
            if isinstance(piece, str):
                shown += piece
                print(piece, end="", flush=True)
            else:
                answer = piece
        print()
        if re.sub(r"\s*\[\d+\]", "", answer.text).strip() != shown.strip():
            print(f"\n(replaced by the checked answer)\n{answer.text}")
    else:
        answer = bot.ask(args.question)
    if args.json:
        print(json.dumps(answer.to_dict(), ensure_ascii=False, indent=2))
        return 0
    if not args.stream:
        print(answer.text)
    if answer.notice:
        _say(f"note: {answer.notice}")
    for citation in answer.citations:
        print(f"\n[{citation.marker}] {citation.source} — {citation.heading or citation.title}")
        print(f"    {citation.passage}")
    return 0


def _chat(settings: Any, args: argparse.Namespace) -> int:
    from qa_bot.pipeline import QABot
    from qa_bot.ui import launch

    auth = None
    if args.auth:
        user, _, password = args.auth.partition(":")
        if not user or not password:
            _say("error: --auth takes user:password")
            return EXIT_BAD_INPUT
        auth = (user, password)
    if args.host not in ("127.0.0.1", "localhost", "::1") and not auth:
        _say(f"warning: serving on {args.host} without --auth: anyone who can reach it can read your documents")
    _say(f"qa-bot chat on http://{args.host}:{args.port} (Ctrl+C to stop)")
    launch(QABot(settings), args.host, args.port, auth)
    return 0


def _eval(settings: Any, args: argparse.Namespace) -> int:
    from qa_bot.evaluate import load_dataset, run_eval, write_reports

    items = load_dataset(args.dataset)
    engines = [e.strip() for e in args.compare.split(",")] if args.compare else [settings.llm]
    runs = []
    for engine in engines:
        bot = _ready_bot(settings.model_copy(update={"llm": engine}))
        runs.append(run_eval(bot, items, engine, progress=not args.no_progress and sys.stderr.isatty()))
    written = write_reports(runs, args.dataset, args.output, args.report_dir)
    for run in runs:
        s = run.summary
        print(f"{run.engine}: accuracy {s['accuracy']:.3f}, abstention precision {s['abstention_precision']:.3f} "
              f"recall {s['abstention_recall']:.3f}, groundedness {s['groundedness']:.3f}, "
              f"latency p50 {s['latency_p50_ms']:.1f} ms p95 {s['latency_p95_ms']:.1f} ms, "
              f"{s['questions']} questions in {s['wall_time_s']:.1f} s")
    retrieval = runs[0].summary["retrieval"]
    print("retrieval (recall@k / MRR): " + ", ".join(
        f"{mode} {scores['recall_at_k']:.3f}/{scores['mrr']:.3f}" for mode, scores in retrieval.items()))
    print("reports: " + ", ".join(str(path) for path in written.values()))
    if args.min_accuracy is not None:
        failing = [run.engine for run in runs if not run.summary["accuracy"] >= args.min_accuracy]
        if failing:
            _say(f"error: accuracy below --min-accuracy {args.min_accuracy} for {', '.join(failing)}")
            return 1
    return 0
