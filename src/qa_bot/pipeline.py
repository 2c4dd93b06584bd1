"""The whole chain behind one object: sync the index, retrieve, answer. CLI, UI and eval all use it."""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass

from qa_bot.answer import ExtractiveEngine, document_frequency
from qa_bot.embeddings import WordSimilarity
from qa_bot.index import Index, Progress, SyncReport
from qa_bot.question import analyse
from qa_bot.retrieve import Retriever
from qa_bot.schema import Answer
from qa_bot.settings import Settings

log = logging.getLogger(__name__)


class BadQuestion(ValueError):
    """The question cannot be answered as given (empty, too long); the message says why."""


def check_question(question: str, max_chars: int) -> str:
    cleaned = "".join(ch if ch.isprintable() else " " for ch in question).strip()
    if not cleaned:
        raise BadQuestion("the question is empty: type a question about the documents")
    if len(cleaned) > max_chars:
        raise BadQuestion(
            f"the question is {len(cleaned):,} characters long; the limit is {max_chars:,} (max_question_chars): "
            "ask about one thing at a time"
        )
    return cleaned


@dataclass
class Turn:
    role: str
    content: str


class QABot:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.index = Index(settings)
        self.retriever = Retriever(self.index, settings)
        self._engine: ExtractiveEngine | None = None
        self._engine_fingerprint: str | None = None
        self._lock = threading.Lock()
        self.similarity = WordSimilarity(settings.embedding_model)

    def sync(self, rebuild: bool = False, progress: Progress | None = None) -> SyncReport:
        with self._lock:
            return self.index.sync(rebuild=rebuild, progress=progress)

    def sync_if_changed(self, progress: Progress | None = None) -> SyncReport | None:
        if self.index.needs_sync():
            return self.sync(progress=progress)
        return None

    def extractive(self) -> ExtractiveEngine:
        self.retriever.refresh()
        if self._engine is None or self._engine_fingerprint != self.index.fingerprint():
            chunks = self.retriever.chunks
            self._engine = ExtractiveEngine(document_frequency([c.text for c in chunks]), len(chunks), self.similarity)
            self._engine_fingerprint = self.index.fingerprint()
        return self._engine

    def ask(self, question: str, history: list[dict[str, str]] | None = None) -> Answer:
        started = time.perf_counter()
        question = check_question(question, self.settings.max_question_chars)
        timings: dict[str, float] = {}
        analysed = analyse(question, history)
        with self._lock:
            engine = self.extractive()
        hits = self.retriever.search(analysed.standalone, timings=timings)
        step = time.perf_counter()
        answer = engine.answer(analysed, hits)
        timings["answer_ms"] = (time.perf_counter() - step) * 1000
        timings["total_ms"] = (time.perf_counter() - started) * 1000
        answer.timings_ms = timings
        return answer
