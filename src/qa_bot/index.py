"""Chunks -> a persistent Chroma collection, kept in step with the corpus incrementally.

Files are compared with the last sync by content hash, so an unchanged corpus costs one pass of
hashing. Changed files go through LangChain's indexing API (a SQL record manager keyed by source),
which embeds only passages it has not seen and deletes a file's stale passages. A marker file is
written before any change and removed after: if a sync is killed, the next one finds the marker and
reconciles the whole corpus, so the index always ends equal to a fresh build.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlparse

from qa_bot.chunking import chunk_document
from qa_bot.embeddings import embedding_dimension, lazy_embeddings
from qa_bot.ingest import CorpusFile, UnreadableFile, read_document, scan_corpus
from qa_bot.schema import Chunk
from qa_bot.settings import Settings

if TYPE_CHECKING:
    from langchain_chroma import Chroma
    from langchain_core.documents import Document

log = logging.getLogger(__name__)

MANIFEST = "manifest.json"
# Bump when ingest or chunking changes what passages a file gives: every file is then re-synced.
PASSAGE_RECIPE = "5"
DIRTY_MARKER = "sync-in-progress"
SYNC_LOCK = "sync.lock"
# the vectors of the documents' commonest words, which the answer engine compares with a question's
WORD_VECTORS = "word-vectors.npz"
# Chroma's default HNSW graph (squared L2, 16 neighbours, ef 100) found the true 20 nearest passages
# of only 82% of the eval questions among 10,600 passages; this one finds 98%, for about 1 ms more
# per query and 2 s more per 10,000 passages built. Space and graph are fixed when a collection is made.
VECTOR_INDEX = {"space": "cosine", "ef_construction": 200, "max_neighbors": 32, "ef_search": 500}
Progress = Callable[[str], None]


class IndexUnavailable(Exception):
    """The index cannot be used as configured; the message says how to fix it."""


@dataclass
class FileRecord:
    content_hash: str
    passages: int = 0
    skipped: str | None = None  # why the file is not indexed, repeated on every sync
    size: int = 0
    mtime_ns: int = 0

    def matches(self, corpus_file: CorpusFile) -> bool:
        """Same content: size and time unchanged, or else the same hash (a touched file)."""
        if self.size == corpus_file.size and self.mtime_ns == corpus_file.mtime_ns:
            return True
        return self.content_hash == corpus_file.content_hash


@dataclass
class SyncReport:
    added_files: list[str] = field(default_factory=list)
    updated_files: list[str] = field(default_factory=list)
    removed_files: list[str] = field(default_factory=list)
    passages_added: int = 0
    passages_removed: int = 0
    passages_total: int = 0
    warnings: list[str] = field(default_factory=list)
    repaired: bool = False
    seconds: float = 0.0

    @property
    def changed(self) -> bool:
        return bool(self.added_files or self.updated_files or self.removed_files or self.repaired)

    def summary(self) -> str:
        if not self.changed:
            return f"index up to date: {self.passages_total} passages ({self.seconds:.2f} s)"
        return (
            f"index synced in {self.seconds:.2f} s: {len(self.added_files)} added, {len(self.updated_files)} updated, "
            f"{len(self.removed_files)} removed files; {self.passages_added} passages embedded, "
            f"{self.passages_removed} removed, {self.passages_total} in total"
            + (" (reconciled the whole index with the corpus)" if self.repaired else "")
        )


def chunk_to_document(chunk: Chunk, metadata: dict[str, str]) -> Document:
    from langchain_core.documents import Document

    return Document(
        page_content=chunk.text,
        metadata={
            **{f"doc_{key}": value for key, value in metadata.items()},
            "source": chunk.source,
            "title": chunk.title,
            "heading": chunk.heading,
            "position": chunk.position,
            "sentence_spans": json.dumps(chunk.sentence_spans),
        },
    )


def document_to_chunk(text: str, metadata: dict[str, Any]) -> Chunk:
    spans = tuple(tuple(span) for span in json.loads(metadata["sentence_spans"]))
    return Chunk(
        source=metadata["source"],
        title=metadata.get("title", ""),
        heading=metadata.get("heading", ""),
        text=text,
        sentence_spans=spans,  # type: ignore[arg-type]
        position=int(metadata.get("position", 0)),
    )


class Index:
    def __init__(self, settings: Settings) -> None:
        os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
        self.settings = settings
        self.state_dir = self._state_dir(settings)
        self._store: Chroma | None = None
        self._vectors: Any = None  # the store's Chroma collection, for what LangChain's wrapper cannot ask
        self._records: Any = None
        # Passages by their id: a hash of the passage and its metadata (the indexing API's key), so
        # an id names the same passage for as long as it exists.
        self._passages: dict[str, Chunk] = {}

    # ---- opening -------------------------------------------------------------------------

    @staticmethod
    def _state_dir(settings: Settings) -> Path:
        if not settings.chroma_url:
            return settings.index_dir
        # A server's records live beside the local index, one folder per server and collection.
        tag = hashlib.sha256(f"{settings.chroma_url}|{settings.collection}".encode()).hexdigest()[:12]
        return settings.index_dir / f"server-{tag}"

    def _client(self) -> Any:
        import chromadb
        from chromadb.config import Settings as ChromaSettings

        chroma_settings = ChromaSettings(anonymized_telemetry=False, allow_reset=True)
        if self.settings.chroma_url:
            url = urlparse(self.settings.chroma_url)
            if url.scheme not in ("http", "https") or not url.hostname:
                raise IndexUnavailable(f"chroma_url {self.settings.chroma_url!r} is not an http(s)://HOST:PORT address")
            try:
                client = chromadb.HttpClient(
                    host=url.hostname, port=url.port or (443 if url.scheme == "https" else 8000),
                    ssl=url.scheme == "https", settings=chroma_settings,
                )
                client.heartbeat()
            except Exception as error:
                raise IndexUnavailable(
                    f"cannot reach the Chroma server at {self.settings.chroma_url} ({type(error).__name__}): "
                    "start it with `chroma run --path DIR --host 127.0.0.1 --port PORT` or drop --chroma-url"
                ) from error
            return client
        self.state_dir.mkdir(parents=True, exist_ok=True)
        return chromadb.PersistentClient(path=str(self.state_dir / "chroma"), settings=chroma_settings)

    @property
    def store(self) -> Chroma:
        if self._store is None:
            self._store, self._vectors = self._open_store()
        return self._store

    @property
    def vectors(self) -> Any:
        """The store's Chroma collection, for the query LangChain's wrapper cannot make."""
        _ = self.store  # opened with the store
        return self._vectors

    def _open_store(self) -> tuple[Chroma, Any]:
        from langchain_chroma import Chroma

        model = self.settings.embedding_model
        wanted = {"embedding_model": model, "embedding_dim": embedding_dimension(model)}
        try:
            collection = self._collection(wanted)
        except IndexUnavailable:
            raise
        except Exception as error:
            if self.settings.chroma_url:
                raise IndexUnavailable(f"Chroma server at {self.settings.chroma_url} failed: {error}") from error
            log.warning("the index at %s cannot be opened (%s); rebuilding it from the corpus", self.state_dir, error)
            self._wipe_local()
            collection = self._collection(wanted)
        graph = (collection.configuration or {}).get("hnsw") or {}
        if any(graph.get(key) != VECTOR_INDEX[key] for key in ("space", "max_neighbors", "ef_construction")):
            log.warning("the index in %s uses an older vector-index layout; rebuilding it from the corpus", self.state_dir)
            self._drop_everything()
            collection = self._collection(wanted)
        found = collection.metadata or {}
        if found.get("embedding_model") != model or int(found.get("embedding_dim", -1)) != wanted["embedding_dim"]:
            raise IndexUnavailable(
                f"the index in {self.state_dir} was built with embedding model {found.get('embedding_model')!r} "
                f"({found.get('embedding_dim')} dims), not {model!r} ({wanted['embedding_dim']} dims): "
                "rebuild it with `qa-bot index --rebuild`"
            )
        return Chroma(client=self._client(), collection_name=self.settings.collection,
                      embedding_function=lazy_embeddings(model)), collection

    def _collection(self, metadata: dict[str, Any]) -> Any:
        return self._client().get_or_create_collection(self.settings.collection, metadata=metadata,
                                                       configuration={"hnsw": VECTOR_INDEX})

    @property
    def records(self) -> Any:
        if self._records is None:
            from langchain_classic.indexes import SQLRecordManager

            self.state_dir.mkdir(parents=True, exist_ok=True)
            self._records = SQLRecordManager(
                f"chroma/{self.settings.collection}", db_url=f"sqlite:///{self.state_dir / 'records.sqlite'}"
            )
            self._records.create_schema()
        return self._records

    def _wipe_local(self) -> None:
        from chromadb.api.client import SharedSystemClient

        self._store, self._records = None, None
        # Chroma keeps one client per path for the process; a client of deleted files fails on write.
        SharedSystemClient.clear_system_cache()
        # Only what qa-bot writes: the folder may hold the user's own files (the repository's README). The
        # sync lock stays: a process waiting on it has it open, and a new file would let a third one in.
        for name in ("chroma", "bm25", "records.sqlite", MANIFEST, MANIFEST + ".tmp", DIRTY_MARKER, WORD_VECTORS):
            path = self.state_dir / name
            if path.is_dir():
                shutil.rmtree(path)
            elif path.exists():
                path.unlink()

    # ---- syncing -------------------------------------------------------------------------

    def _passage_recipe(self) -> str:
        # Passages depend on the code that reads and splits files as much as on the files.
        return f"{PASSAGE_RECIPE}:{self.settings.passage_max_chars}"

    def manifest(self) -> dict[str, FileRecord]:
        """What the last complete sync indexed; empty when it used another passage recipe."""
        try:
            raw = json.loads((self.state_dir / MANIFEST).read_text())
            if raw.get("passage_recipe") != self._passage_recipe():
                return {}
            return {source: FileRecord(**record) for source, record in raw["files"].items()}
        except (OSError, ValueError, KeyError, TypeError):
            return {}

    def _save_manifest(self, files: dict[str, FileRecord]) -> None:
        payload = {
            "embedding_model": self.settings.embedding_model,
            "passage_recipe": self._passage_recipe(),
            "files": {s: vars(r) for s, r in files.items()},
        }
        temporary = self.state_dir / (MANIFEST + ".tmp")
        temporary.write_text(json.dumps(payload, indent=1, sort_keys=True))
        temporary.replace(self.state_dir / MANIFEST)  # atomic: a kill never leaves half a manifest

    def fingerprint(self) -> str:
        """Changes whenever the indexed content changes; keys caches derived from the index."""
        path = self.state_dir / MANIFEST
        return hashlib.sha256(path.read_bytes()).hexdigest()[:16] if path.exists() else "empty"

    def needs_sync(self) -> bool:
        files, _ = scan_corpus(self.settings.corpus_dir, self.settings.max_file_mb)
        known = self.manifest()
        return (
            (self.state_dir / DIRTY_MARKER).exists()
            or not known
            or {f.source for f in files} != set(known)
            or not all(known[f.source].matches(f) for f in files)
        )

    def sync(self, rebuild: bool = False, progress: Progress | None = None) -> SyncReport:
        """Bring the index up to date with the corpus. One process syncs an index at a time: two at once
        each took the other's half-written index for an interrupted one, or failed creating the records
        table; the one that waits then finds the index up to date."""
        from filelock import FileLock, Timeout

        say = progress or (lambda message: None)
        self.state_dir.mkdir(parents=True, exist_ok=True)
        lock = FileLock(self.state_dir / SYNC_LOCK)
        try:
            lock.acquire(timeout=0)
        except Timeout:
            say(f"waiting for another qa-bot process to finish syncing {self.state_dir}")
            lock.acquire()
        try:
            return self._sync(rebuild, say)
        finally:
            lock.release()

    def _sync(self, rebuild: bool, say: Progress) -> SyncReport:
        from langchain_core.indexing import index as langchain_index

        started = time.perf_counter()
        files, warnings = scan_corpus(self.settings.corpus_dir, self.settings.max_file_mb)
        if rebuild:
            self._drop_everything()
        report = SyncReport(warnings=list(warnings))
        store, records = self.store, self.records  # opened first: may rebuild a corrupt index
        known = self.manifest()
        marker = self.state_dir / DIRTY_MARKER
        report.repaired = marker.exists() or (not known and bool(records.list_keys(limit=1)))
        current = {corpus_file.source: corpus_file for corpus_file in files}
        if report.repaired:
            say("an earlier sync was interrupted: reconciling the whole index with the corpus")
            changed = list(files)
        else:
            changed = [f for f in files if f.source not in known or not known[f.source].matches(f)]
        removed = sorted(set(known) - set(current))
        touched = [f for f in files if f.source in known and f not in changed
                   and (known[f.source].size, known[f.source].mtime_ns) != (f.size, f.mtime_ns)]
        if touched and not changed and not removed and not report.repaired:
            for corpus_file in touched:  # same content, new time: remember it so the hash is not read again
                known[corpus_file.source].size, known[corpus_file.source].mtime_ns = corpus_file.size, corpus_file.mtime_ns
            self._save_manifest(known)
        if not changed and not removed:
            report.warnings += [f"skipped {s}: {r.skipped}" for s, r in known.items() if r.skipped]
            report.passages_total = sum(r.passages for r in known.values())
            report.seconds = time.perf_counter() - started
            return report

        marker.write_text(str(os.getpid()))
        updated = dict(known) if not report.repaired else {}
        for position, corpus_file in enumerate(changed, start=1):
            say(f"indexing {corpus_file.source} ({position}/{len(changed)})")
            (report.updated_files if corpus_file.source in known else report.added_files).append(corpus_file.source)
            chunks, record = self._chunks_of(corpus_file)
            if record.skipped:
                report.warnings.append(f"skipped {corpus_file.source}: {record.skipped}")
            result = langchain_index(
                chunks, records, store, cleanup="scoped_full", source_id_key="source",
                key_encoder="sha256", batch_size=64,
            ) if chunks else None
            if result:
                report.passages_added += result["num_added"]
                report.passages_removed += result["num_deleted"]
            else:  # nothing readable left in the file: drop what it had
                report.passages_removed += self._delete_sources([corpus_file.source])
            updated[corpus_file.source] = record
        if report.repaired:
            removed = sorted({s for s in self._indexed_sources()} - set(current))
        if removed:
            say(f"removing {len(removed)} deleted files")
            report.passages_removed += self._delete_sources(removed)
            report.removed_files = removed
            for source in removed:
                updated.pop(source, None)
        if report.repaired:
            self._drop_orphan_vectors()
        self._save_manifest(updated)
        marker.unlink(missing_ok=True)
        report.passages_total = sum(r.passages for r in updated.values())
        report.seconds = time.perf_counter() - started
        return report

    def _chunks_of(self, corpus_file: CorpusFile) -> tuple[list[Document], FileRecord]:
        try:
            document = read_document(corpus_file)
        except UnreadableFile as error:
            return [], FileRecord(corpus_file.content_hash, 0, str(error), corpus_file.size, corpus_file.mtime_ns)
        chunks = chunk_document(document, self.settings.passage_max_chars)
        if not chunks:
            return [], FileRecord(corpus_file.content_hash, 0, "it holds no text", corpus_file.size, corpus_file.mtime_ns)
        docs = [chunk_to_document(chunk, document.metadata) for chunk in chunks]
        return docs, FileRecord(corpus_file.content_hash, len(docs), None, corpus_file.size, corpus_file.mtime_ns)

    def _delete_sources(self, sources: list[str]) -> int:
        keys = self.records.list_keys(group_ids=sources)
        if keys:
            self.store.delete(keys)
            self.records.delete_keys(keys)
        return len(keys)

    def _indexed_sources(self) -> set[str]:
        found = self.store.get(include=["metadatas"])
        return {metadata["source"] for metadata in found["metadatas"] if metadata}

    def _drop_orphan_vectors(self) -> None:
        """Vectors written by a killed sync before its record was: not in the record manager."""
        ids = set(self.store.get(include=[])["ids"])
        orphans = sorted(ids - set(self.records.list_keys()))
        if orphans:
            self.store.delete(orphans)

    def _drop_everything(self) -> None:
        if self.settings.chroma_url:
            client = self._client()
            try:
                client.delete_collection(self.settings.collection)
            except Exception:  # noqa: BLE001 - absent already is fine
                log.debug("no collection to delete")
        self._wipe_local()

    # ---- reading -------------------------------------------------------------------------

    def all_chunks(self) -> list[Chunk]:
        found = self.store.get(include=["documents", "metadatas"])
        chunks = [document_to_chunk(text, meta) for text, meta in zip(found["documents"], found["metadatas"], strict=False)]
        return sorted(chunks, key=lambda chunk: (chunk.source, chunk.position))

    def dense_search(self, query_vector: list[float], k: int) -> list[tuple[Chunk, float]]:
        """Passages nearest the query with their cosine similarity (embeddings are unit length).

        Chroma is asked for ids and distances only, and each passage is read once: reading the
        passages with every query took three times as long as the search itself (LangChain's
        similarity search always reads them).
        """
        try:
            found = self.vectors.query(query_embeddings=[query_vector], n_results=k, include=["distances"])
            ids, distances = found["ids"][0], found["distances"][0]
            unread = [passage_id for passage_id in ids if passage_id not in self._passages]
            if unread:
                read = self.store.get(ids=unread, include=["documents", "metadatas"])
                self._passages.update({passage_id: document_to_chunk(text, metadata) for passage_id, text, metadata
                                       in zip(read["ids"], read["documents"], read["metadatas"], strict=True)})
        except Exception as error:
            if not self.settings.chroma_url:
                raise
            # The client reconnects on its own: the next question works once the server is back.
            raise IndexUnavailable(f"the Chroma server at {self.settings.chroma_url} is not answering "
                                   f"({type(error).__name__}); ask again once it is back") from error
        # In cosine space Chroma's distance is 1 - similarity. A passage deleted between the two
        # reads is left out.
        return [(self._passages[passage_id], 1.0 - distance)
                for passage_id, distance in zip(ids, distances, strict=True) if passage_id in self._passages]
