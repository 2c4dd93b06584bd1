"""Metrics against hand-computed values, dataset validation, and one real eval run."""

import json
from pathlib import Path

import pytest

from qa_bot.evaluate import DatasetError, is_correct, is_grounded, load_dataset, metrics, percentile, run_eval
from qa_bot.pipeline import QABot
from qa_bot.schema import Answer, Citation


def result(expect_abstain: bool, abstained: bool, correct: bool, latency: float, grounded: bool = True) -> dict:
    return {"expect_abstain": expect_abstain, "abstained": abstained, "correct": correct, "latency_ms": latency,
            "grounded": grounded, "category": "x"}


def test_metrics_match_hand_computed_values() -> None:
    results = [
        result(False, False, True, 10),   # answered right
        result(False, False, False, 20, grounded=False),  # answered wrong
        result(False, True, False, 30),   # refused an answerable question
        result(True, True, True, 40),     # refused rightly
        result(True, False, False, 50),   # answered an unanswerable question
    ]
    m = metrics(results)
    assert m["accuracy"] == pytest.approx(1 / 3)
    assert m["abstention_precision"] == pytest.approx(1 / 2)
    assert m["abstention_recall"] == pytest.approx(1 / 2)
    assert m["overall_correct"] == pytest.approx(2 / 5)
    assert m["groundedness"] == pytest.approx(2 / 3)  # of the three answered
    assert m["latency_p50_ms"] == 30 and m["latency_p95_ms"] == 50
    assert percentile([1, 2, 3, 4], 0.5) in (2, 3)


def answer(text: str, sentence: str, abstained: bool = False) -> Answer:
    citation = Citation(1, "a.md", "A", "H", sentence, sentence, 1.0)
    return Answer("q", text, abstained, "extractive", [citation], "q")


def test_correctness_needs_all_of_expect_all_and_one_of_expect_any() -> None:
    from qa_bot.evaluate import EvalQuestion

    item = EvalQuestion("x", "q", expect_any=("15", "fifteen"), expect_all=("agree",))
    assert is_correct(item, answer("They signed 15 agreements.", ""))
    assert not is_correct(item, answer("They signed 15 treaties.", ""))
    assert not is_correct(item, answer("They signed 15 agreements.", "", abstained=True))
    refusal = EvalQuestion("y", "q", expect_abstain=True)
    assert is_correct(refusal, answer("The documents don't say.", "", abstained=True))
    unpatterned = EvalQuestion("z", "q")  # the schema makes every pattern list optional
    assert is_correct(unpatterned, answer("Anything.", "")) and not is_correct(unpatterned, answer("", "", True))


def test_groundedness_catches_numbers_and_names_missing_from_the_evidence() -> None:
    assert is_grounded(answer("Lukashenko signed 15 agreements [1].", "Lukashenko signed 15 agreements."))
    assert not is_grounded(answer("Lukashenko signed 16 agreements [1].", "Lukashenko signed 15 agreements."))
    assert not is_grounded(answer("Putin signed 15 agreements [1].", "Lukashenko signed 15 agreements."))


@pytest.mark.parametrize(("line", "message"), [
    ("{not json", "line 2: not valid JSON"),
    ('{"id": "a", "question": ""}', "line 2, field 'question'"),
    ('{"id": "b", "question": "q", "expect_any": "15"}', "line 2, field 'expect_any'"),
    ('{"id": "c", "question": "q", "expect_any": ["("]}', "bad regular expression"),
    ('{"id": "d", "question": "q", "expect_abstain": "yes"}', "field 'expect_abstain'"),
    ('{"id": "e", "question": "q", "expect_any": ["x"], "history": [{"role": "bot", "content": "hi"}]}',
     "field 'history'"),
    ('{"id": "ok", "question": "q", "expect_any": ["x"]}', "'ok' is used twice"),
])
def test_malformed_dataset_lines_are_named(tmp_path: Path, line: str, message: str) -> None:
    dataset = tmp_path / "bad.jsonl"
    dataset.write_text('{"id": "ok", "question": "How many?", "expect_any": ["15"]}\n' + line + "\n")
    with pytest.raises(DatasetError, match=message.replace("(", r"\(").replace("[", r"\[")):
        load_dataset(dataset)


def test_an_eval_run_grades_a_small_set(tmp_path: Path, article_bot: QABot) -> None:
    dataset = tmp_path / "mini.jsonl"
    rows = [
        {"id": "n", "question": "How many agreements were signed?", "expect_any": ["\\b15\\b"],
         "gold_sources": ["signed 15 agreements"]},
        {"id": "u", "question": "What is the population of Pakistan?", "expect_abstain": True},
        {"id": "f", "question": "When did he visit?", "expect_any": ["25-27 November"],
         "history": [{"role": "user", "content": "Who is Aleksandr Lukashenko?"},
                     {"role": "assistant", "content": "The president of Belarus."}]},
    ]
    dataset.write_text("\n".join(json.dumps(r) for r in rows))
    run = run_eval(article_bot, load_dataset(dataset), "extractive", progress=False)
    assert [r["correct"] for r in run.results] == [True, True, True]
    assert run.summary["accuracy"] == 1.0 and run.summary["retrieval"]["hybrid"]["recall_at_k"] == 1.0
    assert run.results[2]["standalone_question"] == "When did Aleksandr Lukashenko visit?"
