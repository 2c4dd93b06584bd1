"""Property test: any sequence of adds, changes and deletes, synced as it happens, leaves the index
equal to a fresh build of the final corpus (a real Chroma store and the real embedding model)."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qa_bot.index import Index
from tests.conftest import make_settings

SENTENCES = [
    "The tractor plant opens in Multan.", "Fifteen agreements were signed.", "The forum met in Lahore.",
    "Trade in textiles will grow.", "The roadmap covers 2025-2027.", "A photo album was presented.",
]
names = st.sampled_from(["a.md", "b.txt", "sub/c.md", "d.html"])
contents = st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=4).map(" ".join)
operations = st.lists(st.one_of(st.tuples(st.just("write"), names, contents), st.tuples(st.just("delete"), names)),
                      min_size=1, max_size=6)


def content(index: Index) -> list[tuple[str, str]]:
    found = index.store.get(include=["documents", "metadatas"])
    return sorted((m["source"], d) for d, m in zip(found["documents"], found["metadatas"], strict=True))


def write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    body = f"<html><body><p>{text}</p></body></html>" if path.suffix == ".html" else f"# Note\n\n{text}\n"
    path.write_text(body)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(operations)
def test_any_sequence_of_changes_equals_a_fresh_build(steps: list[tuple[str, ...]]) -> None:
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch)
        corpus = root / "corpus"
        write(corpus / "seed.md", "The seed document stays.")
        index = Index(make_settings(corpus, root / "index"))
        index.sync()
        for step in steps:
            path = corpus / step[1]
            if step[0] == "write":
                write(path, step[2])
            elif path.exists():
                path.unlink()
            index.sync()
        fresh = Index(make_settings(corpus, root / "fresh"))
        fresh.sync()
        ids = index.store.get(include=[])["ids"]
        assert len(ids) == len(set(ids))
        assert sorted(ids) == sorted(index.records.list_keys())
        assert content(index) == content(fresh)
