"""Load test of the chat API: `python -m bench.load [--questions 200] [--clients 20]`.

Starts `qa-bot chat` on a free loopback port with a copy of the shipped corpus, sends the eval
questions round-robin from concurrent gradio_client clients (loopback only, bounded in count and
time), and reports throughput, latency p50/p95, errors, and answers graded as the eval grades them.
Exits 1 on any error or wrong answer.
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
            clients = [connect(url, deadline) for _ in range(args.clients)]
            clients[0].predict("warm-up question", "extractive", 5, api_name="/chat")

            def one(index: int) -> tuple[bool, float, str]:
                item = plan[index]
                if time.monotonic() > deadline:
                    return False, 0.0, "not sent: time limit"
                started = time.perf_counter()
                try:
                    reply = clients[index % len(clients)].predict(item.question, "extractive", 5, api_name="/chat")
                except Exception as error:  # noqa: BLE001 - counted and reported
                    return False, 0.0, f"error: {type(error).__name__}: {error}"
                latency = (time.perf_counter() - started) * 1000
                text = reply[0]["content"] if isinstance(reply, list) and reply else str(reply)
                answer = Answer(item.question, text, text.startswith(REFUSAL), "extractive", [], item.question)
                return is_correct(item, answer), latency, "" if is_correct(item, answer) else f"wrong: {item.id}"

            started = time.perf_counter()
            with ThreadPoolExecutor(max_workers=args.clients) as pool:
                outcomes = list(pool.map(one, range(len(plan))))
            wall = time.perf_counter() - started
        finally:
            process.terminate()
            process.wait(timeout=30)
    latencies = [latency for ok, latency, problem in outcomes if not problem.startswith(("error", "not sent"))]
    errors = [problem for _, _, problem in outcomes if problem.startswith(("error", "not sent"))]
    wrong = [problem for _, _, problem in outcomes if problem.startswith("wrong")]
    print(f"{len(plan)} questions from {args.clients} clients in {wall:.1f} s: {len(plan) / wall:.1f} questions/s; "
          f"latency p50 {percentile(latencies, 0.5):.0f} ms, p95 {percentile(latencies, 0.95):.0f} ms; "
          f"{len(errors)} errors; {len(wrong)} wrong answers")
    for problem in sorted(set(errors + wrong)):
        print("  ", problem)
    return 1 if errors or wrong else 0


if __name__ == "__main__":
    raise SystemExit(main())
