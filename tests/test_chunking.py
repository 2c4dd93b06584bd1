"""Property tests: chunking loses and duplicates no text, and every sentence lies inside its passage."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from qa_bot.chunking import chunk_document, clean_text
from qa_bot.schema import Section, SourceDocument

word = st.text(alphabet=st.characters(whitelist_categories=("Lu", "Ll", "Nd")), min_size=1, max_size=12)
sentence = st.lists(word, min_size=1, max_size=30).map(lambda ws: " ".join(ws) + ".")
paragraph = st.lists(sentence, min_size=1, max_size=8).map(" ".join)
body = st.lists(paragraph, min_size=1, max_size=5).map("\n\n".join)


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


@settings(max_examples=60, deadline=None)
@given(body, st.integers(min_value=80, max_value=600))
def test_no_text_lost_or_duplicated_and_spans_inside_passages(text: str, max_chars: int) -> None:
    document = SourceDocument("doc.md", "Doc", (Section("Heading", text),))
    chunks = chunk_document(document, max_chars)
    assert squash("".join(c.text for c in chunks)) == squash(clean_text(text))
    for chunk in chunks:
        for start, end in chunk.sentence_spans:
            assert 0 <= start < end <= len(chunk.text)
        assert squash("".join(chunk.sentences)) == squash(chunk.text)
        assert len(chunk.text) <= max_chars or len(chunk.sentence_spans) == 1
