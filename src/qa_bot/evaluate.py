"""The eval suite: gold questions in, accuracy, abstention, retrieval and latency figures out.

Answers go through QABot.ask, the code path of `qa-bot ask` and the chat UI. Grading is by regular
expressions and substring matches only: no LLM judges another LLM.
"""

from __future__ import annotations

import json
import platform
import re
import statistics
import time
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

from qa_bot.evidence import ungrounded
from qa_bot.pipeline import QABot
from qa_bot.schema import Answer


class DatasetError(ValueError):
    """A dataset line is malformed; the message names the file, the line and the field."""


@dataclass(frozen=True)
class EvalQuestion:
    id: str
    question: str
    expect_any: tuple[str, ...] = ()
    expect_all: tuple[str, ...] = ()
    expect_abstain: bool = False
    history: tuple[dict[str, str], ...] = ()
    gold_sources: tuple[str, ...] = ()
    category: str = ""


def load_dataset(path: Path) -> list[EvalQuestion]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise DatasetError(f"{path}: cannot read the dataset ({error})") from error
    questions, seen = [], set()
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{path}, line {number}"
        try:
            raw = json.loads(line)
        except json.JSONDecodeError as error:
            raise DatasetError(f"{where}: not valid JSON ({error.msg} at column {error.colno})") from error
        if not isinstance(raw, dict):
            raise DatasetError(f"{where}: each line must be a JSON object")
        question = _parse(raw, where)
        if question.id in seen:
            raise DatasetError(f"{where}, field 'id': {question.id!r} is used twice")
        seen.add(question.id)
        questions.append(question)
    if not questions:
        raise DatasetError(f"{path}: the dataset holds no questions")
    return questions


def _parse(raw: dict[str, Any], where: str) -> EvalQuestion:
    def string(name: str, required: bool = False) -> str:
        value = raw.get(name)
        if value is None and not required:
            return ""
        if not isinstance(value, str) or (required and not value.strip()):
            raise DatasetError(f"{where}, field {name!r}: must be a non-empty string")
        return value

    def patterns(name: str) -> tuple[str, ...]:
        value = raw.get(name) or []
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            raise DatasetError(f"{where}, field {name!r}: must be a list of strings")
        for pattern in value:
            try:
                re.compile(pattern)
            except re.error as error:
                raise DatasetError(f"{where}, field {name!r}: bad regular expression {pattern!r} ({error})") from error
        return tuple(value)

    history = raw.get("history") or []
    if not isinstance(history, list) or not all(
        isinstance(turn, dict) and turn.get("role") in ("user", "assistant") and isinstance(turn.get("content"), str)
        for turn in history
    ):
        raise DatasetError(f"{where}, field 'history': must be a list of {{\"role\": \"user\"|\"assistant\", \"content\": str}}")
    abstain = raw.get("expect_abstain", False)
    if not isinstance(abstain, bool):
        raise DatasetError(f"{where}, field 'expect_abstain': must be true or false")
    gold = raw.get("gold_sources") or []
    if not isinstance(gold, list) or not all(isinstance(item, str) for item in gold):
        raise DatasetError(f"{where}, field 'gold_sources': must be a list of strings")
    item = EvalQuestion(
        id=str(raw.get("id") if raw.get("id") is not None else ""), question=string("question", required=True),
        expect_any=patterns("expect_any"), expect_all=patterns("expect_all"), expect_abstain=abstain,
        history=tuple(history), gold_sources=tuple(gold), category=string("category"),
    )
    if not item.id:
        raise DatasetError(f"{where}, field 'id': must be present")
    return item


def category_of(item: EvalQuestion) -> str:
    if item.category:
        return item.category
    if item.expect_abstain:
        return "unanswerable"
    return "follow-up" if item.history else "answerable"


def is_correct(item: EvalQuestion, answer: Answer) -> bool:
    """A refusal when one is expected; otherwise an answer matching the patterns (any answer if none)."""
    if item.expect_abstain:
        return answer.abstained
    if answer.abstained:
        return False
    text = answer.text
    return all(re.search(p, text, re.I) for p in item.expect_all) and (
        not item.expect_any or any(re.search(p, text, re.I) for p in item.expect_any)
    )


def is_grounded(answer: Answer) -> bool:
    """Every number and name the answer states is in the sentences it cites, or in a heading it quotes."""
    if answer.abstained:
        return True
    quoted = [c.heading for c in answer.citations if f"\u201c{c.heading}\u201d" in answer.text]
    return not ungrounded(answer.text, " ".join([c.sentence for c in answer.citations] + quoted))


def retrieval_scores(bot: QABot, items: list[EvalQuestion], mode: str, k: int) -> dict[str, float]:
    """recall@k (share of gold substrings in the top k passages) and MRR (first passage with one)."""
    from qa_bot.question import analyse

    recalls, reciprocal_ranks = [], []
    for item in items:
        if not item.gold_sources:
            continue
        hits = bot.retriever.search(analyse(item.question, list(item.history)).standalone, k=k, mode=mode)
        texts = [hit.chunk.text for hit in hits]
        recalls.append(sum(any(g in t for t in texts) for g in item.gold_sources) / len(item.gold_sources))
        first = next((rank for rank, t in enumerate(texts, start=1) if any(g in t for g in item.gold_sources)), None)
        reciprocal_ranks.append(1.0 / first if first else 0.0)
    if not recalls:
        return {"recall_at_k": float("nan"), "mrr": float("nan"), "questions": 0}
    return {"recall_at_k": statistics.fmean(recalls), "mrr": statistics.fmean(reciprocal_ranks), "questions": len(recalls)}


def percentile(values: list[float], share: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


@dataclass
class EvalRun:
    engine: str
    summary: dict[str, Any] = field(default_factory=dict)
    results: list[dict[str, Any]] = field(default_factory=list)


def run_eval(bot: QABot, items: list[EvalQuestion], engine: str, progress: bool = True) -> EvalRun:
    from rich.progress import track

    started = time.perf_counter()
    bot.ask("warm-up question")  # first-call costs (model load, caches) are not a question's latency
    results = []
    rows = track(items, description=f"eval [{engine}]", disable=not progress, transient=True)
    for item in rows:
        t0 = time.perf_counter()
        answer = bot.ask(item.question, list(item.history))
        latency = (time.perf_counter() - t0) * 1000
        results.append({
            "id": item.id, "question": item.question, "category": category_of(item),
            "expect_abstain": item.expect_abstain, "answer": answer.text, "abstained": answer.abstained,
            "correct": is_correct(item, answer), "grounded": is_grounded(answer), "engine": answer.engine,
            "standalone_question": answer.standalone_question, "notice": answer.notice,
            "sources": [c.to_dict() for c in answer.citations], "latency_ms": round(latency, 2),
        })
    return EvalRun(engine, summarise(bot, items, results, time.perf_counter() - started, engine), results)


def metrics(results: list[dict[str, Any]]) -> dict[str, float]:
    answerable = [r for r in results if not r["expect_abstain"]]
    should_abstain = [r for r in results if r["expect_abstain"]]
    abstained = [r for r in results if r["abstained"]]
    answered = [r for r in results if not r["abstained"]]
    right_refusals = sum(r["expect_abstain"] for r in abstained)
    latencies = [r["latency_ms"] for r in results]
    return {
        "questions": len(results),
        "accuracy": sum(r["correct"] for r in answerable) / len(answerable) if answerable else float("nan"),
        "abstention_precision": right_refusals / len(abstained) if abstained else float("nan"),
        "abstention_recall": right_refusals / len(should_abstain) if should_abstain else float("nan"),
        "overall_correct": sum(r["correct"] for r in results) / len(results) if results else float("nan"),
        "groundedness": sum(r["grounded"] for r in answered) / len(answered) if answered else float("nan"),
        "latency_p50_ms": percentile(latencies, 0.5),
        "latency_p95_ms": percentile(latencies, 0.95),
    }


def summarise(bot: QABot, items: list[EvalQuestion], results: list[dict[str, Any]], wall: float,
              engine: str) -> dict[str, Any]:
    summary: dict[str, Any] = {"engine": engine, **metrics(results), "wall_time_s": round(wall, 2)}
    summary["per_category"] = {
        category: metrics([r for r in results if r["category"] == category])["overall_correct"]
        for category in sorted({r["category"] for r in results})
    }
    k = bot.settings.top_k
    summary["retrieval"] = {mode: retrieval_scores(bot, items, mode, k) for mode in ("dense", "bm25", "hybrid")}
    summary["retrieval_k"] = k
    summary["settings"] = json.loads(bot.settings.model_dump_json())
    summary["versions"] = {"python": platform.python_version(), **{
        package: _version(package) for package in ("qa-bot", "langchain-core", "chromadb", "sentence-transformers")
    }}
    return summary


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "not installed"


# ---- reports ---------------------------------------------------------------------------------

def _fmt(value: Any) -> str:
    return f"{value:.3f}" if isinstance(value, float) else str(value)


SUMMARY_ROWS = ("accuracy", "abstention_precision", "abstention_recall", "groundedness", "overall_correct",
                "latency_p50_ms", "latency_p95_ms", "wall_time_s", "questions")


def markdown_report(runs: list[EvalRun], dataset: Path) -> str:
    lines = [f"# qa-bot eval report\n\nDataset: `{dataset}`\n", "| metric | " + " | ".join(r.engine for r in runs) + " |",
             "|---|" + "---|" * len(runs)]
    for row in SUMMARY_ROWS:
        lines.append(f"| {row} | " + " | ".join(_fmt(r.summary[row]) for r in runs) + " |")
    first = runs[0].summary
    lines += ["", f"## Retrieval (k = {first['retrieval_k']}, questions with gold sources)", "",
              "| variant | recall@k | MRR |", "|---|---|---|"]
    for mode, scores in first["retrieval"].items():
        lines.append(f"| {mode} | {_fmt(scores['recall_at_k'])} | {_fmt(scores['mrr'])} |")
    lines += ["", "## Accuracy per category", "", "| category | " + " | ".join(r.engine for r in runs) + " |",
              "|---|" + "---|" * len(runs)]
    for category in first["per_category"]:
        lines.append(f"| {category} | " + " | ".join(_fmt(r.summary["per_category"][category]) for r in runs) + " |")
    for run in runs:
        misses = [r for r in run.results if not r["correct"]]
        lines += ["", f"## Misses: {run.engine} ({len(misses)})", ""]
        for miss in misses:
            want = "a refusal" if miss["expect_abstain"] else "an answer"
            lines.append(f"- **{miss['id']}** ({miss['category']}, wanted {want}): {miss['question']}")
            lines.append(f"  - answer: {miss['answer']}")
            for source in miss["sources"]:
                lines.append(f"  - [{source['marker']}] {source['source']} / {source['heading']}: {source['sentence']}")
    return "\n".join(lines) + "\n"


def plot(runs: list[EvalRun], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    figure, (latency_axis, category_axis) = plt.subplots(1, 2, figsize=(12, 4.5))
    for run in runs:
        latency_axis.hist([r["latency_ms"] for r in run.results], bins=20, alpha=0.6, label=run.engine)
    latency_axis.set(title="Latency per question", xlabel="ms", ylabel="questions")
    latency_axis.legend()
    categories = list(runs[0].summary["per_category"])
    width = 0.8 / len(runs)
    for i, run in enumerate(runs):
        xs = [c + i * width for c in range(len(categories))]
        category_axis.bar(xs, [run.summary["per_category"][c] for c in categories], width, label=run.engine)
    category_axis.set_xticks([c + 0.4 - width / 2 for c in range(len(categories))], categories, rotation=20)
    category_axis.set(title="Correct per category", ylim=(0, 1.05), ylabel="share correct")
    category_axis.legend()
    figure.tight_layout()
    figure.savefig(path, dpi=110)
    plt.close(figure)


def write_reports(runs: list[EvalRun], dataset: Path, output: Path | None, report_dir: Path) -> dict[str, Path]:
    report_dir.mkdir(parents=True, exist_ok=True)
    written = {}
    if output:
        output.parent.mkdir(parents=True, exist_ok=True)
        payload: dict[str, Any] = {"summary": runs[0].summary, "results": runs[0].results}
        if len(runs) > 1:
            payload["compare"] = {run.engine: {"summary": run.summary, "results": run.results} for run in runs}
        output.write_text(json.dumps(payload, indent=2, ensure_ascii=False))
        written["json"] = output
    stem = output.stem if output else "eval"
    written["markdown"] = report_dir / f"{stem}.md"
    written["markdown"].write_text(markdown_report(runs, dataset))
    written["plot"] = report_dir / f"{stem}.png"
    plot(runs, written["plot"])
    return written
