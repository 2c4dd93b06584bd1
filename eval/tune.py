"""Choose the extractive engine's thresholds by k-fold cross-validation on an eval dataset.

    python eval/tune.py [--dataset eval/questions.jsonl] [--folds 5] [--coverages 0.4 0.45] [--synonyms 0.55]

Every (min_coverage, synonym_similarity) pair on a grid answers every question once; then, per fold,
the pair that is best on the other folds is scored on the held-out fold. The held-out figure is
what to expect on questions the thresholds were not chosen on; the pair best on all data is the
one to ship (src/qa_bot/answer.py, Thresholds).
"""

from __future__ import annotations

import argparse
import itertools
import random
import statistics
from dataclasses import replace
from pathlib import Path

from qa_bot.cli import _quiet_libraries
from qa_bot.evaluate import is_correct, load_dataset
from qa_bot.pipeline import QABot
from qa_bot.settings import load_settings

COVERAGES = (0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.7)
SYNONYMS = (0.45, 0.55, 0.65)


def score(correct: list[bool], expect_abstain: list[bool], rows: list[int]) -> float:
    """Mean of answer accuracy and abstention recall, so neither side can be traded away wholesale."""
    answerable = [correct[i] for i in rows if not expect_abstain[i]]
    refusals = [correct[i] for i in rows if expect_abstain[i]]
    parts = [statistics.fmean(x) for x in (answerable, refusals) if x]
    return statistics.fmean(parts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dataset", type=Path, default=Path("eval/questions.jsonl"))
    parser.add_argument("--folds", type=int, default=5)
    # a narrower grid for a large dataset: each pair answers every question once
    parser.add_argument("--coverages", type=float, nargs="+", default=COVERAGES)
    parser.add_argument("--synonyms", type=float, nargs="+", default=SYNONYMS)
    args = parser.parse_args()
    _quiet_libraries(verbose=False)
    items = load_dataset(args.dataset)
    bot = QABot(load_settings())
    bot.sync_if_changed()
    grid = list(itertools.product(args.coverages, args.synonyms))
    outcomes: dict[tuple[float, float], list[bool]] = {}
    for coverage, synonym in grid:
        bot.thresholds = replace(bot.thresholds, min_coverage=coverage, synonym_similarity=synonym)
        bot._engine = None  # noqa: SLF001 - rebuild the engine with the new thresholds
        outcomes[(coverage, synonym)] = [is_correct(i, bot.ask(i.question, list(i.history))) for i in items]
    expect_abstain = [i.expect_abstain for i in items]
    everyone = list(range(len(items)))
    order = everyone[:]
    random.Random(7).shuffle(order)
    folds = [order[f:: args.folds] for f in range(args.folds)]
    held_out = []
    for fold in folds:
        train = [i for i in everyone if i not in fold]
        best = max(grid, key=lambda pair: score(outcomes[pair], expect_abstain, train))
        held_out.append(score(outcomes[best], expect_abstain, fold))
        print(f"fold of {len(fold)}: chose (min_coverage, synonym_similarity)={best}, "
              f"held-out score {held_out[-1]:.3f}")
    best = max(grid, key=lambda pair: score(outcomes[pair], expect_abstain, everyone))
    print(f"cross-validated score (mean of accuracy and abstention recall): {statistics.fmean(held_out):.3f}")
    print(f"best on all data: (min_coverage, synonym_similarity)={best}, "
          f"score {score(outcomes[best], expect_abstain, everyone):.3f}")
    for pair in sorted(grid, key=lambda p: -score(outcomes[p], expect_abstain, everyone))[:5]:
        print(f"  {pair}: {score(outcomes[pair], expect_abstain, everyone):.3f}")


if __name__ == "__main__":
    main()
