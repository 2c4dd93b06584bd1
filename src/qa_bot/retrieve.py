"""Question -> Hits: BM25 and dense retrieval fused by reciprocal rank.

BM25 finds the rare names and numbers (Beltamozhservice, 2025-2027) that a small embedding model
blurs; the embeddings find paraphrases that share no words with the text. Reciprocal rank fusion
(score = sum of 1 / (rrf_k + rank)) needs no score calibration between the two; rrf_k = 60 is the
value of Cormack et al. (2009), and the eval's retrieval table shows each part's recall and MRR.
"""

from __future__ import annotations

import json
import logging
import shutil
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np

from qa_bot.embeddings import load_embeddings
from qa_bot.index import Index
from qa_bot.schema import Chunk, Hit
from qa_bot.settings import Settings
from qa_bot.terms import TERMS_VERSION, terms

log = logging.getLogger(__name__)


def _bm25s() -> Any:
    import bm25s

    logging.getLogger("bm25s").setLevel(logging.WARNING)  # it sets itself to DEBUG on import
    return bm25s


def chunk_key(chunk: Chunk) -> tuple[str, int]:
    return chunk.source, chunk.position


class Retriever:
    def __init__(self, index: Index, settings: Settings) -> None:
        self.index = index
        self.settings = settings
        self.chunks: list[Chunk] = []
        self._bm25: Any = None
        self.fingerprint: str | None = None  # of the index the loaded passages came from
        self._position: dict[tuple[str, int], int] = {}

    def refresh(self) -> None:
        """Load the passages and their BM25 index, from the on-disk cache when the index has not changed."""
        fingerprint = f"{self.index.fingerprint()}:terms-{TERMS_VERSION}"
        if fingerprint == self.fingerprint:
            return
        cache = self.index.state_dir / "bm25"
        if not self._load_cache(cache, fingerprint):
            self.chunks = self.index.all_chunks()
            self._bm25 = self._build_bm25(self.chunks)
            self._save_cache(cache, fingerprint)
        self._position = {chunk_key(chunk): i for i, chunk in enumerate(self.chunks)}
        self.fingerprint = fingerprint

    @staticmethod
    def _build_bm25(chunks: list[Chunk]) -> Any:
        bm25s = _bm25s()
        if not chunks:
            return None
        model = bm25s.BM25()
        # Heading and title words count too: "Defense and Regional Security" names what its passages are about.
        model.index([terms(f"{c.heading} {c.text}") or ["<empty>"] for c in chunks], show_progress=False)
        return model

    def _load_cache(self, cache: Path, fingerprint: str) -> bool:
        try:
            if json.loads((cache / "fingerprint.json").read_text()) != fingerprint:
                return False
            bm25s = _bm25s()
            rows = json.loads((cache / "chunks.json").read_text())
            self.chunks = [Chunk(r[0], r[1], r[2], r[3], tuple(map(tuple, r[4])), r[5]) for r in rows]  # type: ignore[arg-type]
            self._bm25 = bm25s.BM25.load(str(cache), show_progress=False) if self.chunks else None
            return True
        except (OSError, ValueError, KeyError, IndexError) as error:
            log.debug("BM25 cache unusable (%s); rebuilding", error)
            return False

    def _save_cache(self, cache: Path, fingerprint: str) -> None:
        # Written aside and moved into place: processes started together (an eval beside the chat UI)
        # each rebuild a stale cache, and none may see another's half-written one or trip over its folder.
        cache.parent.mkdir(parents=True, exist_ok=True)
        written = Path(tempfile.mkdtemp(prefix=f".{cache.name}-", dir=cache.parent))
        if self._bm25 is not None:
            self._bm25.save(str(written), show_progress=False)
        rows = [[c.source, c.title, c.heading, c.text, c.sentence_spans, c.position] for c in self.chunks]
        (written / "chunks.json").write_text(json.dumps(rows))
        (written / "fingerprint.json").write_text(json.dumps(fingerprint))
        shutil.rmtree(cache, ignore_errors=True)
        try:
            written.rename(cache)
        except OSError:  # another process moved its own, equally fresh, cache into place first
            shutil.rmtree(written, ignore_errors=True)

    def bm25_search(self, query: str, k: int) -> list[tuple[Chunk, float]]:
        query_terms = [t for t in terms(query) if t]
        if self._bm25 is None or not query_terms:
            return []
        k = min(k, len(self.chunks))
        found, scores = self._bm25.retrieve([query_terms], k=k, show_progress=False, n_threads=1)
        # A word most passages hold ("Belarus" in an article about Belarus) matches them all: a passage
        # that has only such words is no match by its words, and ranked as one it would push the
        # passage dense retrieval finds by meaning ("farming equipment", "agricultural machinery") out
        # of the fusion.
        holding = [self._bm25.get_scores([term]) > 0 for term in dict.fromkeys(query_terms)]
        telling = [held for held in holding if 2 * held.sum() < len(self.chunks)]
        matched = np.logical_or.reduce(telling) if telling else np.ones(len(self.chunks), dtype=bool)
        return [(self.chunks[int(i)], float(s)) for i, s in zip(found[0], scores[0], strict=False)
                if s > 0 and matched[int(i)]]

    def dense_search(self, query_vector: list[float], k: int) -> list[tuple[Chunk, float]]:
        found = self.index.dense_search(query_vector, k=min(k, max(len(self.chunks), 1)))
        # Use our own Chunk objects so hits from both retrievers compare equal.
        return [(self.chunks[self._position[chunk_key(c)]], sim) for c, sim in found if chunk_key(c) in self._position]

    def embed_query(self, query: str) -> list[float]:
        return load_embeddings(self.settings.embedding_model).embed_query(query)

    def search(self, query: str, k: int | None = None, mode: str | None = None,
               timings: dict[str, float] | None = None) -> list[Hit]:
        self.refresh()
        k = k or self.settings.top_k
        mode = mode or self.settings.retrieval
        timings = timings if timings is not None else {}
        pool = max(self.settings.candidate_k, k)
        ranked: list[list[tuple[Chunk, float]]] = []
        similarity: dict[tuple[str, int], float] = {}
        if mode in ("hybrid", "bm25"):
            started = time.perf_counter()
            ranked.append(self.bm25_search(query, pool))
            timings["bm25_ms"] = (time.perf_counter() - started) * 1000
        if mode in ("hybrid", "dense"):
            started = time.perf_counter()
            query_vector = self.embed_query(query)
            timings["embed_ms"] = (time.perf_counter() - started) * 1000
            started = time.perf_counter()
            dense = self.dense_search(query_vector, pool)
            timings["chroma_ms"] = (time.perf_counter() - started) * 1000
            similarity = {chunk_key(c): s for c, s in dense}
            ranked.append(dense)
        fused: dict[tuple[str, int], float] = {}
        for ranking in ranked:
            for rank, (chunk, _) in enumerate(ranking, start=1):
                fused[chunk_key(chunk)] = fused.get(chunk_key(chunk), 0.0) + 1.0 / (self.settings.rrf_k + rank)
        ranked_keys = [key for key, _ in sorted(fused.items(), key=lambda item: -item[1])]
        # Fusion favours passages both retrievers like; a passage only one of them ranks first (the
        # one BM25 finds by a rare name among thousands of look-alikes) is kept as well.
        chosen = ranked_keys[:k]
        for ranking in ranked:
            for chunk, _ in ranking[: self.settings.keep_each]:
                if chunk_key(chunk) not in chosen:
                    chosen.append(chunk_key(chunk))
        if chosen:
            # Among ten thousand distractors the answering passage of the best document often ranks
            # just below the cut; that document's next-best candidates come along.
            best_document = chosen[0][0]
            chosen += [key for key in ranked_keys
                       if key[0] == best_document and key not in chosen][: self.settings.same_document]
        return [Hit(self.chunks[self._position[key]], fused[key], similarity.get(key)) for key in chosen]

    def opening(self, source: str, passages: int = 3) -> list[Hit]:
        """A document's first passages, its card first: what "what is the article about" is answered from."""
        return self.in_order(source)[:passages]

    def closing(self, source: str, passages: int = 2) -> list[Hit]:
        """A document's last passages: what "how does the article end" is answered from."""
        return self.in_order(source)[-passages:]

    def naming(self, source: str, names: frozenset[str], found: list[Hit]) -> list[Hit]:
        """A document's passages that name any of `names` (stems), other than those `found`."""
        seen = {chunk_key(hit.chunk) for hit in found}
        return [hit for hit in self.in_order(source) if chunk_key(hit.chunk) not in seen and names & set(terms(hit.chunk.text))]

    def in_order(self, source: str) -> list[Hit]:
        """A document's passages, first to last: "who is mentioned" reads them all."""
        self.refresh()
        return [Hit(chunk, 1.0) for chunk in sorted((c for c in self.chunks if c.source == source), key=lambda c: c.position)]
