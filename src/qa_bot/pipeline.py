"""The whole chain behind one object: sync the index, retrieve, answer. CLI, UI and eval all use it."""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

from qa_bot.answer import ExtractiveEngine, Thresholds, commonest_words, corpus_statistics, joined, stream_words
from qa_bot.embeddings import WordSimilarity
from qa_bot.evidence import office_mentions
from qa_bot.index import WORD_VECTORS, Index, Progress, SyncReport
from qa_bot.llm_answer import LLMEngine
from qa_bot.llms import LLMUnavailable, load_chat_model
from qa_bot.question import (
    Kind,
    Question,
    agreeing,
    analyse,
    names_roles,
    question_parts,
    referents,
    with_roles,
    without_preamble,
)
from qa_bot.retrieve import Retriever
from qa_bot.schema import Answer
from qa_bot.settings import Settings

log = logging.getLogger(__name__)

# Word vectors computed when an index is first read: the article's 364 words take 0.25 s on 2 cores; 4,000
# (a large corpus's commonest) about 3 s and 6 MB.
PREPARED_WORDS = 4000


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


class QABot:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.index = Index(settings)
        self.retriever = Retriever(self.index, settings)
        self._engine: ExtractiveEngine | None = None
        self._engine_fingerprint: str | None = None
        self._lock = threading.Lock()
        self.words_like = WordSimilarity(settings.embedding_model)
        self.thresholds = Thresholds()
        self._chat_models: dict[str, Any] = {}  # by --llm spec: the UI lets each question pick one
        self._llm_errors: dict[str, str] = {}

    def sync(self, rebuild: bool = False, progress: Progress | None = None) -> SyncReport:
        with self._lock:
            return self.index.sync(rebuild=rebuild, progress=progress)

    def sync_if_changed(self, progress: Progress | None = None) -> SyncReport | None:
        if self.index.needs_sync():
            return self.sync(progress=progress)
        return None

    def extractive(self) -> ExtractiveEngine:
        self.retriever.refresh()
        if self._engine is None or self._engine_fingerprint != self.retriever.fingerprint:
            chunks = self.retriever.chunks
            self._engine = ExtractiveEngine(corpus_statistics(chunks), self.words_like, self.thresholds)
            # Word vectors are computed in full batches ahead of the questions: the model's vocabulary once per
            # model, the documents' commonest words once per index. Computed a few at a time for each question
            # instead, they took 6 of its 25 ms (p50) and made a fresh process's p95 a third higher.
            self.words_like.prepare_vocabulary()
            self.words_like.prepare_saved(self.index.state_dir / WORD_VECTORS, self.retriever.fingerprint or "",
                                          lambda: commonest_words(chunks, PREPARED_WORDS))
            self._engine_fingerprint = self.retriever.fingerprint
        return self._engine

    def engine(self, llm: str | None = None) -> ExtractiveEngine | LLMEngine:
        """The answer engine for an --llm spec (the configured one by default); an LLM that cannot load
        leaves the extractive engine, with a notice on every answer."""
        spec = llm or self.settings.llm
        extractive = self.extractive()
        if spec == "extractive" or spec in self._llm_errors:
            return extractive
        if spec not in self._chat_models:
            try:
                self._chat_models[spec] = load_chat_model(self.settings.model_copy(update={"llm": spec}))
            except LLMUnavailable as error:
                self._llm_errors[spec] = str(error)
                return extractive
        return LLMEngine(extractive, self._chat_models[spec], self.settings.llm_context_tokens,
                         self.settings.llm_max_tokens)

    def stream(self, question: str, history: list[dict[str, str]] | None = None,
               top_k: int | None = None, llm: str | None = None) -> Iterator[str | Answer]:
        """The answer as it is produced: text pieces, then the finished Answer.

        An LLM's tokens arrive on its own thread; the extractive answer is cut into words so both
        engines stream alike. If the LLM's answer fails the grounding check, the pieces already shown
        are replaced by the finished Answer, whose notice says why.
        """
        pieces: queue.Queue[str | Answer | BaseException] = queue.Queue()

        def work() -> None:
            try:
                pieces.put(self.ask(question, history, on_token=pieces.put, top_k=top_k, llm=llm))
            except BaseException as error:  # noqa: BLE001 - handed to the consumer, raised there
                pieces.put(error)

        worker = threading.Thread(target=work, daemon=True)
        worker.start()
        streamed = False
        while True:
            piece = pieces.get()
            if isinstance(piece, BaseException):
                raise piece
            if isinstance(piece, Answer):
                if not streamed:
                    yield from stream_words(piece.text)
                yield piece
                return
            streamed = True
            yield piece

    def _answer(self, engine: ExtractiveEngine | LLMEngine, extractive: ExtractiveEngine, analysed: Question,
                top_k: int | None, timings: dict[str, float], on_token: Callable[[str], None] | None) -> Answer:
        hits = self.retriever.search(analysed.standalone, k=top_k, timings=timings)
        if analysed.kind == Kind.OVERVIEW and hits:
            hits = self.retriever.opening(hits[0].chunk.source)
        elif analysed.kind == Kind.CONCLUSION and hits:
            hits = self.retriever.closing(hits[0].chunk.source)
        elif analysed.kind in (Kind.PEOPLE, Kind.SECTIONS) and hits:
            hits = self.retriever.in_order(hits[0].chunk.source)
        elif hits and any(office == "author" for _, office in office_mentions(analysed.standalone)):
            # A byline names the author without the word "author": "What is the author's job?" reads
            # the passages that name the one the document's card says wrote it.
            document = extractive.documents.get(hits[0].chunk.source)
            author = document.holders.get("author", frozenset()) if document else frozenset()
            hits = hits + self.retriever.naming(hits[0].chunk.source, author, hits)
        step = time.perf_counter()
        answer = engine.answer(analysed, hits, on_token) if isinstance(engine, LLMEngine) else engine.answer(analysed, hits)
        timings["answer_ms"] = timings.get("answer_ms", 0.0) + (time.perf_counter() - step) * 1000
        return answer

    def _answer_part(self, engine: ExtractiveEngine | LLMEngine, extractive: ExtractiveEngine, question: str,
                     history: list[dict[str, str]], top_k: int | None, timings: dict[str, float],
                     on_token: Callable[[str], None] | None) -> Answer:
        # "the guest", "the host country": the roles the documents give, by name
        if names_roles(question):
            hits = self.retriever.search(question, k=1)
            document = extractive.documents.get(hits[0].chunk.source) if hits else None
            question = with_roles(question, *document.roles) if document else question
        # "What did she say?" stands for a woman named before.
        people = agreeing(referents(question, history), question,
                          lambda word, name: extractive.words_like.best_match(word, [name]))
        analysed = analyse(question, history, people[0] if people else None)
        if isinstance(engine, LLMEngine) and history and analysed.standalone != analysed.text:
            step = time.perf_counter()
            analysed = engine.rewrite(analysed, history)
            timings["rewrite_ms"] = (time.perf_counter() - step) * 1000
        answer = self._answer(engine, extractive, analysed, top_k, timings, on_token)
        # "And who did he meet?" after "Who invited Lukashenko?" may be about either man: when the
        # likeliest reading finds no answer, the others are tried.
        for referent in people[1:] if answer.abstained else []:
            other = self._answer(engine, extractive, analyse(question, history, referent), top_k, timings, on_token)
            if not other.abstained:
                answer = other
                break
        # "Which companies took part?" after "Tell me about the business forum" leans on it with no
        # pronoun to show it: when it finds nothing alone, it is read with the question before.
        if answer.abstained and history and analysed.standalone == analysed.text:
            leaning = self._answer(engine, extractive, analyse(question, history, leans=True), top_k, timings, on_token)
            if not leaning.abstained:
                answer = leaning
        return answer

    def ask(self, question: str, history: list[dict[str, str]] | None = None,
            on_token: Callable[[str], None] | None = None, top_k: int | None = None,
            llm: str | None = None) -> Answer:
        """The answer to a question; top_k (passages to read) and llm (an --llm spec) override the
        settings for this question only."""
        started = time.perf_counter()
        question = check_question(question, self.settings.max_question_chars)
        timings: dict[str, float] = {}
        with self._lock:
            engine = self.engine(llm)
        # The engine in hand already reflects the index: no second refresh on the hot path.
        extractive = engine.extractive if isinstance(engine, LLMEngine) else engine
        corrected = extractive.corrected(question)
        # "Who invited Lukashenko and when did he visit?" is answered part by part, each part read
        # after the one before as a follow-up.
        conversation = list(history or [])
        answers = []
        for part in question_parts(without_preamble(corrected)):
            answers.append(self._answer_part(engine, extractive, part, conversation, top_k, timings, on_token))
            conversation += [{"role": "user", "content": part}, {"role": "assistant", "content": answers[-1].text}]
        answer = joined(answers)
        llm_error = self._llm_errors.get(llm or self.settings.llm)
        if llm_error and answer.notice is None:
            answer.notice = f"{llm_error}; answered extractively"
        timings["total_ms"] = (time.perf_counter() - started) * 1000
        answer.timings_ms = timings
        # The question as asked; with its typos corrected, it shows in what it was understood as.
        answer.question = question
        return answer
