"""The incremental index, with a real Chroma store on disk and the real embedding model."""

from pathlib import Path

import pytest

from qa_bot.index import Index, IndexUnavailable
from tests.conftest import make_settings


def write(corpus: Path, name: str, text: str) -> None:
    (corpus / name).write_text(text)


def stored(index: Index) -> tuple[list[str], dict[str, int]]:
    found = index.store.get(include=["metadatas"])
    per_source: dict[str, int] = {}
    for metadata in found["metadatas"]:
        per_source[metadata["source"]] = per_source.get(metadata["source"], 0) + 1
    return found["ids"], per_source


def test_sync_is_incremental_by_file_and_content(tmp_path: Path, article_corpus: Path) -> None:
    write(article_corpus, "extra.md", "# Extra\n\nThe tractor plant will open in Lahore in 2026.\n")
    index = Index(make_settings(article_corpus, tmp_path / "index"))
    first = index.sync()
    assert sorted(first.added_files) == ["extra.md", "pakistan-welcomes-brother-aleksandr-lukashenko.md"]
    ids, per_source = stored(index)
    assert len(ids) == len(set(ids)) == first.passages_total == first.passages_added

    again = index.sync()
    assert not again.changed and again.passages_added == 0 and again.passages_removed == 0

    write(article_corpus, "extra.md", "# Extra\n\nThe tractor plant will open in Multan in 2027.\n")
    changed = index.sync()
    assert changed.updated_files == ["extra.md"] and not changed.added_files
    assert changed.passages_added == per_source["extra.md"]  # only that file's passages were embedded
    texts = index.store.get(where={"source": "extra.md"}, include=["documents"])["documents"]
    assert any("Multan" in t for t in texts) and not any("Lahore" in t for t in texts)

    (article_corpus / "extra.md").unlink()
    removed = index.sync()
    assert removed.removed_files == ["extra.md"]
    ids, per_source = stored(index)
    assert set(per_source) == {"pakistan-welcomes-brother-aleksandr-lukashenko.md"}
    assert len(ids) == len(set(ids)) == removed.passages_total


def test_rebuild_gives_the_same_passages(tmp_path: Path, article_corpus: Path) -> None:
    index = Index(make_settings(article_corpus, tmp_path / "index"))
    before = sorted(stored(index)[0]) if index.sync() else []
    rebuilt = index.sync(rebuild=True)
    assert rebuilt.passages_added == len(before)
    assert sorted(stored(index)[0]) == before


def test_an_index_built_with_another_model_says_how_to_rebuild(tmp_path: Path, article_corpus: Path) -> None:
    settings = make_settings(article_corpus, tmp_path / "index")
    index = Index(settings)
    index.sync()
    client = index.store._client  # noqa: SLF001 - simulate an index from another embedding model
    client.get_collection(settings.collection).modify(metadata={"embedding_model": "other-model", "embedding_dim": 768})
    with pytest.raises(IndexUnavailable, match="qa-bot index --rebuild"):
        _ = Index(settings).store


def test_a_corrupted_index_is_rebuilt_from_the_corpus(tmp_path: Path, article_corpus: Path) -> None:
    settings = make_settings(article_corpus, tmp_path / "index")
    first = Index(settings).sync()
    database = tmp_path / "index" / "chroma" / "chroma.sqlite3"
    database.write_bytes(b"this is not a database" * 100)
    report = Index(settings).sync()
    assert report.passages_total == first.passages_total
    assert len(stored(Index(settings))[0]) == first.passages_total


def test_rebuild_keeps_the_users_own_files_in_the_index_folder(tmp_path: Path, article_corpus: Path) -> None:
    index = Index(make_settings(article_corpus, tmp_path / "index"))
    index.sync()
    (tmp_path / "index" / "README.md").write_text("kept")
    index.sync(rebuild=True)
    assert (tmp_path / "index" / "README.md").read_text() == "kept"
    assert (tmp_path / "index" / "manifest.json").exists()


def test_an_index_with_chromas_default_vector_layout_is_rebuilt_as_cosine(tmp_path: Path, article_corpus: Path) -> None:
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    settings = make_settings(article_corpus, tmp_path / "index")
    # An index from before the vector layout was set: Chroma's defaults (squared L2, 16 neighbours).
    old = chromadb.PersistentClient(path=str(tmp_path / "index" / "chroma"),
                                    settings=ChromaSettings(anonymized_telemetry=False, allow_reset=True))
    old.create_collection(settings.collection, metadata={"embedding_model": settings.embedding_model,
                                                         "embedding_dim": 384})
    del old
    index = Index(settings)
    report = index.sync()
    assert report.passages_total > 0 and len(stored(index)[0]) == report.passages_total
    graph = index.store._collection.configuration["hnsw"]  # noqa: SLF001 - the layout Chroma reports
    assert graph["space"] == "cosine" and graph["max_neighbors"] == 32
    # Similarities, not distances: the passage that quotes the article's title is nearest its title.
    chunk, similarity = index.dense_search(index.store.embeddings.embed_query(  # type: ignore[union-attr]
        "Pakistan Welcomes Brother Aleksandr Lukashenko"), k=1)[0]
    assert 0.6 < similarity <= 1.0 and "Lukashenko" in chunk.text
