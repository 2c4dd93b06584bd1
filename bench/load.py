"""Load test of the chat API: `python -m bench.load [--questions 200] [--clients 20]`.

Starts `qa-bot chat` on a free loopback port with a copy of the shipped corpus, asks every eval
question once alone, then sends them round-robin from concurrent gradio_client clients (loopback
only, bounded in count and time), and reports throughput, latency p50/p95, errors, accuracy as the
eval grades it, and answers that differ from the same question asked alone. Exits 1 on any error or
any answer that load changed.
"""

from __future__ import annotations

import argparse
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from qa_bot.evaluate import is_correct, load_dataset, percentile
from qa_bot.schema import Answer

ROOT = Path(__file__).resolve().parents[1]
REFUSAL = "**Not in the documents.**"


def start_chat(work: Path) -> tuple[subprocess.Popen[bytes], str]:
    shutil.copytree(ROOT / "corpus", work / "corpus")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = {**os.environ, "QA_BOT_CORPUS_DIR": str(work / "corpus"), "QA_BOT_INDEX_DIR": str(work / "index")}
    process = subprocess.Popen([sys.executable, "-m", "qa_bot", "chat", "--port", str(port)], env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return process, f"http://127.0.0.1:{port}/"


def connect(url: str, deadline: float) -> Any:
    from gradio_client import Client

    while True:
        try:
            return Client(url, verbose=False)
        except Exception:  # noqa: BLE001 - not up yet
            if time.monotonic() > deadline:
                raise
            time.sleep(0.5)


def ask(client: Any, question: str) -> str:
    reply = client.predict(question, "extractive", 10, api_name="/chat")
    return reply[0]["content"] if isinstance(reply, list) and reply else str(reply)


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.load", description=__doc__.splitlines()[0])
    parser.add_argument("--questions", type=int, default=200)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--dataset", type=Path, default=ROOT / "eval" / "questions.jsonl")
    parser.add_argument("--timeout", type=float, default=600, help="give up after this many seconds")
    args = parser.parse_args()
    items = [item for item in load_dataset(args.dataset) if not item.history]
    plan = [items[i % len(items)] for i in range(args.questions)]
    with tempfile.TemporaryDirectory(prefix="qa-bot-load-") as scratch:
        process, url = start_chat(Path(scratch))
        deadline = time.monotonic() + args.timeout
        try:
            # One client per question keeps every question a fresh conversation.
            alone = {item.id: ask(connect(url, deadline), item.question) for item in items}

            def one(item: Any) -> tuple[str, float, str]:
                if time.monotonic() > deadline:
                    return "", 0.0, "not sent: time limit"
                try:
                    client = connect(url, deadline)
                    started = time.perf_counter()
                    text = ask(client, item.question)
                except Exception as error:  # noqa: BLE001 - counted and reported
                    return "", 0.0, f"error: {type(error).__name__}: {error}"
                latency = (time.perf_counter() - started) * 1000
                return text, latency, "" if text == alone[item.id] else f"changed under load: {item.id}"

            started = time.perf_counter()
            with ThreadPoolExecutor(max_workers=args.clients) as pool:
                outcomes = list(pool.map(one, plan))
            wall = time.perf_counter() - started
        finally:
            process.terminate()
            process.wait(timeout=30)
    latencies = [latency for _, latency, problem in outcomes if not problem.startswith(("error", "not sent"))]
    problems = [problem for _, _, problem in outcomes if problem]
    correct = sum(is_correct(item, Answer(item.question, text, text.startswith(REFUSAL), "extractive", [], ""))
                  for item, (text, _, _) in zip(plan, outcomes, strict=True))
    print(f"{len(plan)} questions from {args.clients} concurrent clients in {wall:.1f} s: "
          f"{len(plan) / wall:.1f} questions/s; latency p50 {percentile(latencies, 0.5):.0f} ms, "
          f"p95 {percentile(latencies, 0.95):.0f} ms; {sum(p.startswith(('error', 'not sent')) for p in problems)} "
          f"errors; {correct}/{len(plan)} correct as the eval grades them; "
          f"{sum(p.startswith('changed') for p in problems)} answers changed by load")
    for problem in sorted(set(problems)):
        print("  ", problem)
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
