"""Words -> search terms: one tokenizer shared by BM25, question analysis and grounding."""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from types import MappingProxyType

# Function words and question scaffolding: they say nothing about which passage answers.
STOPWORDS = frozenset(
    """a about above after again against all also am an and any are as at be been before being below between
    both but by can could did do does doing down during each few for from further had has have having he her
    here hers herself him himself his how i if in into is it its itself just me more most my myself no nor not
    now of off on once only or other our ours ourselves out over own same she should so some such than that the
    their theirs them themselves then there these they this those through to too under until up very was we
    were what when where which while who whom why will with would you your yours yourself yourselves
    tell please name list describe described describes according article document text say says said mention mentioned
    many much kind type sort anything something one ones whose might may must shall ought like
    anyone anybody someone somebody everyone everybody everything""".split()
    # Forms of address name no topic, and Snowball stems "Excellency" to "excel"; "What does Belarus
    # excel at?" is not answered by "His Excellency Aleksandr Lukashenko".
    + "excellency excellencies highness majesty".split()
)

# "paid an official visit", "the visit was paid": the verb pays nothing, in a sentence or a question
_PAID_THINGS = r"(?:visits?|tribute|homage|respects|attention|compliments?)"
# ... but "paid for the visit" paid money
_PAYING_IDIOM = re.compile(rf"\b(?P<verb>pay|pays|paid|paying)\s+(?:(?!for\b)[\w-]+\s+){{0,2}}{_PAID_THINGS}\b"
                           # "the visit was paid", "What kind of visit did the Belarusian president pay?"
                           rf"|\b{_PAID_THINGS}\s+(?:[\w-]+\s+){{0,4}}?(?P<after>pay|paid)\b(?!\s+for\b)", re.I)


def paying_idiom_verbs(text: str) -> set[str]:
    """The forms of "pay" that only say something was visited or honoured: {"paid"} in "paid an official visit"."""
    return {(match.group("verb") or match.group("after")).lower() for match in _PAYING_IDIOM.finditer(text)}


MONTHS = ("january|february|march|april|may|june|july|august|september|october|november|december|"
          "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec")

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?", re.UNICODE)


@lru_cache(maxsize=1)
def _stemmer():  # noqa: ANN202 - PyStemmer ships no type hints
    import Stemmer

    return Stemmer.Stemmer("english")


def _without_possessive(word: str) -> str:
    return word[:-2] if word.endswith(("'s", "’s")) else word


# Cached: every question re-reads the same retrieved sentences.
@lru_cache(maxsize=65536)
def words(text: str) -> tuple[str, ...]:
    """Lower-cased words; possessive 's dropped so "Belarus's" matches "Belarus"."""
    return tuple(_without_possessive(word).replace("’", "'") for word in _WORD.findall(text.lower()))


QUOTED = re.compile(r"[“\"][^”\"]+[”\"]")


def without_quotations(text: str) -> str:
    """The text with its quoted spans blanked: a quoted title ("“Pakistan Welcomes Brother …”")
    names no person or company."""
    return QUOTED.sub(" ", text)


# Bump when stems change: caches of stemmed passages (the BM25 index) are keyed by it.
TERMS_VERSION = "10"

# British spellings and their American forms, which a document and a question may each use:
# "organised" and "organized", "defence" and "defense", "centre" and "center".
_BRITISH = [(re.compile(british), american) for british, american in (
    (r"is(e|ed|es|ing|ation|ations|er|ers)$", r"iz\1"), (r"ys(e|ed|es|ing)$", r"yz\1"),
    (r"(?<=\w{3})our(s|ed|ing)?$", r"or\1"), (r"(?<=\w{2})tre(s)?$", r"ter\1"), (r"(?<=\w{2})ence(s)?$", r"ense\1"),
    (r"(?<=\w{4})mme(s)?$", r"m\1"))]


@lru_cache(maxsize=65536)
def lemmas_of(word: str) -> Mapping[str, tuple[str, ...]]:
    """lemminflect's lemmas of the word by part of speech: "met" -> {"VERB": ("meet",)}. Cached, as
    lemminflect deep-copies its table entry on every call."""
    from lemminflect import getAllLemmas

    return MappingProxyType(getAllLemmas(word))


def american(word: str) -> str:
    """The American spelling of a British one that lemminflect knows in both: "organised" ->
    "organized"; any other word as it is ("four", "science")."""
    for british, spelled in _BRITISH:
        other = british.sub(spelled, word)
        if other != word and lemmas_of(other) and lemmas_of(word):
            return other
    return word


# Words Snowball stems as another word: "importance" would be "import", which trade is about.
_STEM_CLASHES = dict.fromkeys(("important", "importance", "importantly", "unimportant"), "importan")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The Snowball stem of the word's verb lemma, American spelling: irregular forms ("met",
    "held", "took") share no stem with their verb ("meet", "hold", "take") until lemminflect's
    tables map them to it."""
    word = american(word)
    if word.lower() in _STEM_CLASHES:
        return _STEM_CLASHES[word.lower()]
    lemmas = lemmas_of(word).get("VERB")
    return _stemmer().stemWord(lemmas[0] if lemmas else word)


_DEMONYM = re.compile(r"^([A-Z]\w{3,}?)(ians?|is?|ese)$")
# "MoUs": the plural of an acronym, which names things of a kind
PLURAL_ACRONYM = re.compile(r"[A-Z][A-Za-z]*[A-Z]s")


def name_stem(word: str) -> str:
    """A capitalised demonym stems to its country: "Belarusian" and "Belarus", "Pakistani" and "Pakistan"."""
    match = _DEMONYM.match(word)
    return stem(match.group(1).lower() if match else word.lower())


def is_demonym(word: str) -> bool:
    """"Belarusian", "Pakistani": a name whose stem as a name is not its stem as a word."""
    return name_stem(word) != stem(word.lower())


@lru_cache(maxsize=65536)
def terms(text: str) -> tuple[str, ...]:
    """Stemmed content words, in order, with repeats: what BM25 indexes and queries."""
    found = (_without_possessive(token) for token in _WORD.findall(text))
    # A function word in capitals, in a text that is not all capitals, is an acronym: "IT", "US".
    acronyms = not text.isupper()
    return tuple(name_stem(word) if word[:1].isupper() else stem(word.lower())
                 for word in found if word.lower() not in STOPWORDS or acronyms and len(word) > 1 and word.isupper())
