"""Typed records passed between the pipeline stages."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal


@dataclass(frozen=True)
class Section:
    heading: str
    text: str


@dataclass(frozen=True)
class SourceDocument:
    """One corpus file, read and split into sections under their headings."""

    source: str  # path relative to the corpus folder
    title: str
    sections: tuple[Section, ...]
    metadata: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Chunk:
    """A passage: a run of whole sentences from one section of one document."""

    source: str
    title: str
    heading: str
    text: str
    sentence_spans: tuple[tuple[int, int], ...]  # character offsets of each sentence in text
    position: int  # order of the passage within its document

    @property
    def sentences(self) -> list[str]:
        return [self.text[start:end] for start, end in self.sentence_spans]


@dataclass(frozen=True)
class Hit:
    chunk: Chunk
    score: float  # fused retrieval score; higher is better
    dense_similarity: float | None = None  # cosine similarity, when dense retrieval saw it


@dataclass(frozen=True)
class Citation:
    marker: int  # the n in [n]
    source: str
    title: str
    heading: str
    sentence: str
    passage: str
    score: float

    def to_dict(self) -> dict[str, Any]:
        # "text" repeats the passage for clients of the foundation's {source, title, text, score} shape.
        return {**asdict(self), "text": self.passage}


Engine = Literal["llm", "extractive", "extractive-fallback"]


@dataclass
class Answer:
    question: str
    text: str
    abstained: bool
    engine: Engine
    citations: list[Citation]
    standalone_question: str
    timings_ms: dict[str, float] = field(default_factory=dict)
    notice: str | None = None  # why an LLM answer was replaced, shown to the user

    def to_dict(self) -> dict[str, Any]:
        return {
            "question": self.question,
            "standalone_question": self.standalone_question,
            "answer": self.text,
            "abstained": self.abstained,
            "engine": self.engine,
            "notice": self.notice,
            "sources": [citation.to_dict() for citation in self.citations],
            "timings": {stage: round(ms, 2) for stage, ms in self.timings_ms.items()},
        }
