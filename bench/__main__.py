"""qa-bot benchmarks: `python -m bench [--suites ...] [--out bench/results]`.

Suites (all by default):
- peer:    qa-bot against the LangChain RAG tutorial pipeline on the eval set, same LLM, same process;
- index:   index build throughput, no-op re-sync, one-file change (the article corpus);
- startup: cold `qa-bot ask` (process start to answer), warm latency per stage, peak RSS of ask and chat;
- scale:   the article plus up to ~10,600 passages of CPython docs: build time, size on disk, latency,
           and the article questions' accuracy with all those distractors present.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from qa_bot.cli import _quiet_libraries
from qa_bot.evaluate import is_correct, load_dataset, metrics, percentile
from qa_bot.pipeline import QABot
from qa_bot.settings import load_settings

ROOT = Path(__file__).resolve().parents[1]
QUESTIONS = ROOT / "eval" / "questions.jsonl"
ARTICLE_CORPUS = ROOT / "corpus"


def run_questions(ask: Any, items: list[Any]) -> list[dict[str, Any]]:
    results = []
    for item in items:
        answer, latency = ask(item)
        results.append({"expect_abstain": item.expect_abstain, "abstained": answer.abstained,
                        "correct": is_correct(item, answer), "latency_ms": latency, "grounded": True,
                        "id": item.id, "answer": answer.text, "engine": answer.engine})
    return results


def qa_bot_asker(bot: QABot) -> Any:
    def ask(item: Any) -> tuple[Any, float]:
        started = time.perf_counter()
        answer = bot.ask(item.question, list(item.history))
        return answer, (time.perf_counter() - started) * 1000
    return ask


def fresh_bot(corpus: Path, index: Path, **settings: Any) -> QABot:
    return QABot(load_settings(corpus_dir=corpus, index_dir=index, **settings))


def suite_peer(work: Path, llm: str) -> dict[str, Any]:
    from bench.peer import TutorialPipeline
    from qa_bot.embeddings import load_embeddings
    from qa_bot.llms import load_chat_model

    items = load_dataset(QUESTIONS)
    bot = fresh_bot(ARTICLE_CORPUS, work / "peer-index", llm=llm)
    bot.sync()
    bot.ask("warm-up question")
    chat_model = load_chat_model(bot.settings.model_copy(update={"llm_max_tokens": 160}))
    peer = TutorialPipeline(ARTICLE_CORPUS, load_embeddings(bot.settings.embedding_model), chat_model)
    peer.ask("warm-up question")
    rows = {
        f"tutorial ({llm})": run_questions(lambda item: peer.ask(item.question), items),
        f"qa-bot ({llm})": run_questions(qa_bot_asker(bot), items),
    }
    extractive = fresh_bot(ARTICLE_CORPUS, work / "peer-index")
    extractive.ask("warm-up question")
    rows["qa-bot (extractive)"] = run_questions(qa_bot_asker(extractive), items)
    summary = {name: metrics(results) for name, results in rows.items()}
    peer_row, ours = summary[f"tutorial ({llm})"], summary[f"qa-bot ({llm})"]
    summary["ratios qa-bot/tutorial"] = {
        "accuracy": ours["accuracy"] / peer_row["accuracy"] if peer_row["accuracy"] else float("inf"),
        "latency_p50": ours["latency_p50_ms"] / peer_row["latency_p50_ms"],
        "latency_p95": ours["latency_p95_ms"] / peer_row["latency_p95_ms"],
    }
    engines = [r["engine"] for r in rows[f"qa-bot ({llm})"]]
    summary["qa-bot llm paths"] = {engine: engines.count(engine) for engine in sorted(set(engines))}
    return summary


def suite_index(work: Path) -> dict[str, Any]:
    corpus = work / "index-corpus"
    shutil.copytree(ARTICLE_CORPUS, corpus)
    bot = fresh_bot(corpus, work / "index-index")
    from qa_bot.embeddings import load_embeddings

    load_embeddings(bot.settings.embedding_model)  # model load is start-up, not indexing
    build = bot.sync()
    noop = [bot.sync().seconds for _ in range(5)]
    article = next(corpus.glob("*.md"))
    article.write_text(article.read_text() + "\nA sentence added to one file.\n")
    change = bot.sync()
    return {
        "passages": build.passages_total, "build_s": build.seconds,
        "passages_per_s": build.passages_total / build.seconds,
        "noop_resync_s_median": statistics.median(noop), "one_file_change_s": change.seconds,
        "one_file_change_passages_embedded": change.passages_added,
    }


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


# Runs `qa-bot` and reports its own peak RSS as it exits. getrusage's maxrss (and wait4's) keeps the
# peak of the process before exec, which for a child of this large benchmark is the parent's size;
# VmHWM belongs to the program's own address space.
REPORT_PEAK_RSS = (
    "import atexit, re, runpy, sys\n"
    "atexit.register(lambda: sys.stderr.write('peak-rss-kb ' + re.search(r'VmHWM:\\s+(\\d+)', "
    "open('/proc/self/status').read()).group(1) + '\\n'))\n"
    "sys.argv = ['qa-bot', *sys.argv[1:]]\n"
    "runpy.run_module('qa_bot', run_name='__main__')\n"
)


def suite_startup(work: Path) -> dict[str, Any]:
    corpus, index = work / "startup-corpus", work / "startup-index"
    shutil.copytree(ARTICLE_CORPUS, corpus)
    env = {**os.environ, "QA_BOT_CORPUS_DIR": str(corpus), "QA_BOT_INDEX_DIR": str(index)}
    subprocess.run([sys.executable, "-m", "qa_bot", "index"], env=env, check=True, capture_output=True)
    cold, rss = [], []
    for _ in range(3):
        started = time.perf_counter()
        done = subprocess.run([sys.executable, "-c", REPORT_PEAK_RSS, "ask", "How many agreements were signed?"],
                              env=env, check=True, capture_output=True, text=True)
        cold.append(time.perf_counter() - started)
        rss.append(int(done.stderr.rsplit("peak-rss-kb ", 1)[1].split()[0]) / 1024)
    ask_rss_mb = max(rss)
    bundled = bundled_model_timings()

    bot = fresh_bot(corpus, index)
    bot.ask("warm-up question")
    stages: dict[str, list[float]] = {}
    for item in load_dataset(QUESTIONS):
        for stage, ms in bot.ask(item.question, list(item.history)).timings_ms.items():
            stages.setdefault(stage, []).append(ms)

    port = _free_port()
    chat = subprocess.Popen([sys.executable, "-m", "qa_bot", "chat", "--port", str(port)], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        from gradio_client import Client

        started = time.perf_counter()
        while True:
            try:
                client = Client(f"http://127.0.0.1:{port}/", verbose=False)
                break
            except Exception:  # noqa: BLE001 - not up yet
                if time.perf_counter() - started > 120:
                    raise
                time.sleep(0.3)
        page_ready_s = time.perf_counter() - started
        for question in ("How many agreements were signed?", "When did Lukashenko visit Pakistan?"):
            client.predict(question, "extractive", 10, api_name="/chat")
        status = Path(f"/proc/{chat.pid}/status").read_text()
        chat_rss_mb = int(next(line.split()[1] for line in status.splitlines() if line.startswith("VmHWM"))) / 1024
    finally:
        chat.terminate()
        chat.wait(timeout=30)
    return {
        "cold_ask_s_median": statistics.median(cold), "cold_ask_s_all": cold,
        "warm_stage_p50_ms": {stage: percentile(values, 0.5) for stage, values in stages.items()},
        "peak_rss_ask_mb": ask_rss_mb, "peak_rss_chat_mb": chat_rss_mb, "chat_ready_s": page_ready_s,
        **bundled,
    }


def bundled_model_timings() -> dict[str, float]:
    """The bundled model in a fresh process: load time, first token and whole answer for a short prompt."""
    measured = subprocess.run([sys.executable, "-m", "bench", "--bundled-model-timings"], capture_output=True,
                              text=True, check=True, cwd=ROOT)
    return json.loads(measured.stdout.strip().splitlines()[-1])


def measure_bundled_model() -> dict[str, float]:
    from qa_bot.llms import bundled_model_path, serve_gguf
    from qa_bot.settings import Settings

    started = time.perf_counter()
    base_url = serve_gguf(bundled_model_path(), 2048)
    load_s = time.perf_counter() - started
    from langchain_openai import ChatOpenAI

    model = ChatOpenAI(base_url=base_url, model="bundled", api_key="none", temperature=0,
                       max_tokens=Settings().llm_max_tokens)
    prompt = [("system", "Answer from the sources."),
              ("human", "Sources:\n[1] Prime Minister Shehbaz Sharif and H.E President Lukashenko signed 15 agreements."
                        "\n\nQuestion: How many agreements were signed?")]
    first, total = [], []
    for _ in range(5):
        started = time.perf_counter()
        seen = None
        for _piece in model.stream(prompt):
            seen = seen or time.perf_counter() - started
        first.append(seen or float("nan"))
        total.append(time.perf_counter() - started)
    return {"bundled_load_s": load_s, "bundled_first_token_s_median": statistics.median(first),
            "bundled_answer_s_median": statistics.median(total)}


def _disk_mb(path: Path) -> float:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 1e6


def suite_scale(work: Path, stages: tuple[int, ...]) -> dict[str, Any]:
    """Grow one index through the stages (passage counts), syncing once per stage."""
    from bench.corpus import write_corpus
    from qa_bot.chunking import chunk_document
    from qa_bot.embeddings import load_embeddings
    from qa_bot.ingest import read_documents, scan_corpus

    source = work / "pydocs"
    write_corpus(source)
    files, _ = scan_corpus(source)
    documents, _ = read_documents(files)
    sizes = {d.source: len(chunk_document(d, 420)) for d in documents}
    corpus = work / "scale-corpus"
    shutil.copytree(ARTICLE_CORPUS, corpus)
    bot = fresh_bot(corpus, work / "scale-index")
    load_embeddings(bot.settings.embedding_model)  # model load is start-up, not indexing
    items = load_dataset(QUESTIONS)
    bot.sync()
    bot.ask("warm-up question")
    rows = [_scale_row(bot, run_questions(qa_bot_asker(bot), items), 0.0)]
    pending = [f for f in files if f.source in sizes]
    indexed = rows[0]["passages"]
    for target in stages:
        while pending and indexed < target:
            corpus_file = pending.pop(0)
            destination = corpus / "pydocs" / corpus_file.source
            destination.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(corpus_file.path, destination)
            indexed += sizes[corpus_file.source]
        build = bot.sync()
        bot.ask("warm-up question")
        row = _scale_row(bot, run_questions(qa_bot_asker(bot), items), build.seconds)
        row["passages_per_s"] = build.passages_added / build.seconds if build.seconds else float("nan")
        rows.append(row)
        if not pending:
            break
    return {"rows": rows, "noop_resync_s_at_largest": bot.sync().seconds}


def _scale_row(bot: QABot, results: list[dict[str, Any]], build_seconds: float) -> dict[str, Any]:
    passages = sum(r.passages for r in bot.index.manifest().values())
    m = metrics(results)
    return {"passages": passages, "build_s": build_seconds, "index_mb": _disk_mb(bot.index.state_dir),
            "accuracy": m["accuracy"], "abstention_recall": m["abstention_recall"],
            "latency_p50_ms": m["latency_p50_ms"], "latency_p95_ms": m["latency_p95_ms"]}


def plot(report: dict[str, Any], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    figure, axes = plt.subplots(1, 2, figsize=(12, 4.5))
    if "scale" in report:
        rows = report["scale"]["rows"]
        sizes = [r["passages"] for r in rows]
        axes[0].plot(sizes, [r["latency_p50_ms"] for r in rows], "o-", label="p50")
        axes[0].plot(sizes, [r["latency_p95_ms"] for r in rows], "s--", label="p95")
        axes[0].set(xscale="log", title="Extractive answer latency vs corpus size", xlabel="passages", ylabel="ms")
        axes[0].legend()
    if "peer" in report:
        names = [n for n in report["peer"] if not n.startswith(("ratios", "qa-bot llm"))]
        accuracy = [report["peer"][n]["accuracy"] for n in names]
        latency = [report["peer"][n]["latency_p50_ms"] for n in names]
        bars = axes[1].bar(names, accuracy, color=["#999", "#e67e22", "#2e86c1"][: len(names)])
        for bar, ms in zip(bars, latency, strict=True):
            axes[1].annotate(f"p50 {ms:.0f} ms", (bar.get_x() + bar.get_width() / 2, bar.get_height()),
                             ha="center", va="bottom")
        axes[1].set(title="Accuracy on the eval set (answerable questions)", ylim=(0, 1.1))
        axes[1].tick_params(axis="x", labelrotation=10)
    figure.tight_layout()
    figure.savefig(path, dpi=110)
    plt.close(figure)


def print_report(report: dict[str, Any]) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console()
    if "peer" in report:
        table = Table(title="qa-bot vs the LangChain RAG tutorial (eval/questions.jsonl)")
        for column in ("pipeline", "accuracy", "abstention P", "abstention R", "p50 ms", "p95 ms"):
            table.add_column(column)
        for name, m in report["peer"].items():
            if "accuracy" in m and "abstention_recall" in m:
                table.add_row(name, f"{m['accuracy']:.3f}", f"{m['abstention_precision']:.3f}",
                              f"{m['abstention_recall']:.3f}", f"{m['latency_p50_ms']:.0f}", f"{m['latency_p95_ms']:.0f}")
        console.print(table)
        console.print("ratios qa-bot/tutorial:", report["peer"]["ratios qa-bot/tutorial"])
        console.print("qa-bot LLM answer paths:", report["peer"]["qa-bot llm paths"])
    for suite in ("index", "startup"):
        if suite in report:
            console.print(f"[bold]{suite}[/bold]:", report[suite])
    if "scale" in report:
        table = Table(title="Scale: the article plus CPython documentation")
        for column in ("passages", "build s", "index MB", "accuracy", "abst. recall", "p50 ms", "p95 ms"):
            table.add_column(column)
        for r in report["scale"]["rows"]:
            table.add_row(str(r["passages"]), f"{r['build_s']:.1f}", f"{r['index_mb']:.1f}", f"{r['accuracy']:.3f}",
                          f"{r['abstention_recall']:.3f}", f"{r['latency_p50_ms']:.1f}", f"{r['latency_p95_ms']:.1f}")
        console.print(table)
        console.print(f"no-op re-sync at the largest size: {report['scale']['noop_resync_s_at_largest']:.2f} s")


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    parser.add_argument("--suites", default="peer,index,startup,scale")
    parser.add_argument("--llm", default="bundled", help="the LLM both pipelines use in the peer suite")
    parser.add_argument("--scale-stages", default="1000,5000,20000", help="passage counts to measure at")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results")
    parser.add_argument("--bundled-model-timings", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.bundled_model_timings:
        print(json.dumps(measure_bundled_model()))
        return
    _quiet_libraries(verbose=False)
    suites = args.suites.split(",")
    report: dict[str, Any] = {"machine": {"cpus": os.cpu_count(), "python": sys.version.split()[0]}}
    with tempfile.TemporaryDirectory(prefix="qa-bot-bench-") as scratch:
        work = Path(scratch)
        if "peer" in suites:
            report["peer"] = suite_peer(work, args.llm)
        if "index" in suites:
            report["index"] = suite_index(work)
        if "startup" in suites:
            report["startup"] = suite_startup(work)
        if "scale" in suites:
            report["scale"] = suite_scale(work, tuple(int(s) for s in args.scale_stages.split(",")))
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "bench.json").write_text(json.dumps(report, indent=2))
    plot(report, args.out / "bench.png")
    print_report(report)
    print(f"wrote {args.out / 'bench.json'} and {args.out / 'bench.png'}")


if __name__ == "__main__":
    main()
