"""Question analysis: what kind of answer a question wants, and follow-ups made standalone."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum

from qa_bot.terms import STOPWORDS, terms, words


class Kind(StrEnum):
    COUNT = "count"  # how many
    AMOUNT = "amount"  # how much money, what value/cost
    DURATION = "duration"  # how long
    AGE = "age"  # how old
    DATE = "date"  # when, what date, which year
    PERSON = "person"  # who, whom
    PLACE = "place"  # where
    ROLE = "role"  # what position / rank / title does someone hold
    OTHER = "other"  # what, which, how, why, yes/no


_KIND_PATTERNS: list[tuple[Kind, re.Pattern[str]]] = [
    (Kind.AMOUNT, re.compile(r"\bhow much\b.*\b(money|cost|worth|pay|paid|spend|spent|invest\w*|fund\w*|budget|price)\b"
                             r"|\b(value|cost|worth|price|amount)\b.*\b(dollars?|usd|rupees?|euros?|money)\b"
                             r"|\bin (dollars|usd|rupees|euros)\b|\bhow much money\b")),
    (Kind.COUNT, re.compile(r"\bhow many\b|\bnumber of\b|\bhow much\b")),
    (Kind.AGE, re.compile(r"\bhow old\b|\bwhat age\b|\bborn\b")),
    (Kind.DURATION, re.compile(r"\bhow long\b|\bfor how many days\b|\bduration\b")),
    (Kind.DATE, re.compile(r"\bwhen\b|\b(what|which) ((is|was|are|were) the )?(dates?|days?|months?|years?|time|period"
                           r"|time ?frame)\b"
                           r"|\bin what year\b|\bon what date\b")),
    (Kind.PERSON, re.compile(r"\b(who|whom|whose)\b")),
    (Kind.PLACE, re.compile(r"\bwhere\b|\b(what|which) ([A-Z]\w+ )?(city|country|place|town|venue|location)\b", re.I)),
    # "What role did Pakistan play" asks for a part played, not an office held.
    (Kind.ROLE, re.compile(r"\b(what|which) (rank|position|title|post|office|role|job)\b(?!.*\bplay)")),
]

# Words that ask but do not say what about; they are not evidence a sentence answers.
QUESTION_SCAFFOLD = frozenset(terms("who whom what when where which why how many much long old did do does was were "
                                    "is are will happen happened take took place named the two "
                                    # light verbs: they carry the question's grammar, not its topic
                                    "come came want wanted hold held stand mean meant become became get "
                                    "got make made go went set put keep let"))

_PRONOUN = re.compile(r"\b(he|him|his|she|her|hers|they|them|their|theirs|it|its|this|that|these|those|there)\b", re.I)
# A capitalised word after the first: a name the pronoun can refer to.
_NAME_IN = re.compile(r"(?<!^)\b[A-Z][\w'’-]+")
_ELLIPTIC_START = re.compile(r"^\s*(and|what about|how about|also|then|but)\b", re.I)
_PERSONAL = re.compile(r"\b(he|him|his|she|her|hers)\b", re.I)
_THAT_COUNTRY = re.compile(r"\b(that|this|the|his|her|their|its) (country|nation|state)\b", re.I)
# A country shows itself by owning an office ("Belarus President") or by being gone to or come from.
_COUNTRY_MENTION = re.compile(r"\b([A-Z][a-z]+)(?:['’]s)?\s+(?:President|Prime Minister|government|Armed Forces|army)\b"
                              r"|\b(?:to|in|from|of)\s+([A-Z][a-z]+)\b")
_NAME = re.compile(r"\b(?:[A-Z][\w'’.-]+(?:\s+(?:of\s+)?[A-Z][\w'’.-]+)+|[A-Z][a-z]+(?:enko|ov|ova|sky|ich))\b")


@dataclass(frozen=True)
class Question:
    text: str  # as asked
    standalone: str  # rewritten with the conversation's referents, used for retrieval and shown to the user
    kind: Kind
    focus: tuple[str, ...]  # for COUNT: the stems of what is counted ("how many Belarusian companies")
    own_terms: tuple[str, ...]  # content stems of the question as asked
    context_terms: tuple[str, ...] = field(default=())  # stems borrowed from earlier turns


def classify(text: str) -> Kind:
    lowered = text.lower()
    for kind, pattern in _KIND_PATTERNS:
        if pattern.search(lowered):
            return kind
    return Kind.OTHER


_PHRASE_ENDS = frozenset("did do does were was are is will have has had can could would should in at on from by "
                         "between during".split())


def count_focus(text: str) -> tuple[str, ...]:
    """'How many Pakistani companies attended ...' -> stems of 'Pakistani companies'; 'how much trade' -> 'trade'."""
    match = re.search(r"\b(?:how many|how much|number of)\s+(.*)", text.lower())
    if not match:
        return ()
    from lemminflect import getAllLemmas

    phrase = []
    for word in words(match.group(1)):
        # The noun phrase ends at the verb: "how much trade | happened", "how many companies | attended".
        lemmas = getAllLemmas(word)
        if word in _PHRASE_ENDS or "VERB" in lemmas and not {"NOUN", "ADJ"} & set(lemmas):
            break
        if word not in STOPWORDS:
            phrase.append(word)
    return tuple(terms(" ".join(phrase)))


# Words that only name the kind of answer ("what period", "in which city"): the kind check asks for
# that, and the sentence that answers says "2025-2027" or "in Islamabad", not "period" or "city".
KIND_WORDS = {
    Kind.DATE: frozenset(terms("date dates day days month months year years time period timeframe")),
    Kind.PLACE: frozenset(terms("place city town country venue location")),
    Kind.ROLE: frozenset(terms("rank position title post office role job")),
}


def content_terms(text: str, kind: Kind | None = None) -> tuple[str, ...]:
    ignored = QUESTION_SCAFFOLD | KIND_WORDS.get(kind, frozenset()) if kind else QUESTION_SCAFFOLD
    return tuple(t for t in dict.fromkeys(terms(text)) if t not in ignored)


def analyse(text: str, history: list[dict[str, str]] | None = None) -> Question:
    standalone, borrowed = make_standalone(text, history or [])
    kind = classify(text)
    own = content_terms(text, kind)
    if kind == Kind.DURATION:
        own = tuple(t for t in own if t != "last")  # "how long did it last": the kind already asks that
    context = tuple(t for t in content_terms(borrowed) if t not in own) if borrowed else ()
    focus = count_focus(text) if kind == Kind.COUNT else ()
    return Question(text, standalone, kind, focus, own, context)


def is_follow_up(text: str, history: list[dict[str, str]]) -> bool:
    """A pronoun with no name before it in the question, or an elliptic start ("And how many ...?").

    "What did Pakistan call Lukashenko during his visit?" stands alone: "his" has its name.
    """
    if not any(turn.get("role") == "user" for turn in history):
        return False
    if _ELLIPTIC_START.search(text):
        return True
    pronoun = _PRONOUN.search(text)
    return bool(pronoun) and not _NAME_IN.search(text[: pronoun.start()])


def make_standalone(text: str, history: list[dict[str, str]]) -> tuple[str, str]:
    """(standalone question, what was borrowed from the conversation); deterministic.

    A personal pronoun is replaced by the last person named in the conversation; any other
    reference keeps the question as asked and appends the previous question's subject, which is
    enough for retrieval to find the passage and for the reader to see what was understood.
    """
    if not is_follow_up(text, history):
        return text, ""
    previous_user = next(turn["content"] for turn in reversed(history) if turn.get("role") == "user")
    previous_answer = next((turn["content"] for turn in reversed(history) if turn.get("role") == "assistant"), "")
    if _PERSONAL.search(text):
        answered = [n for n in _NAME.findall(previous_answer) if n not in previous_user]
        # After "Who hosted ...?", "he" is the person the answer named, not the one the question named.
        names = (answered if classify(previous_user) == Kind.PERSON else []) or _NAME.findall(previous_user) or answered
        if names:
            name = names[0]
            possessive = name + ("'" if name.endswith("s") else "'s")
            rewritten = re.sub(r"\b(his|her|hers)\b", possessive, text, flags=re.I)
            rewritten = re.sub(r"\b(he|him|she)\b", name, rewritten, flags=re.I)
            return rewritten, name
    country = _THAT_COUNTRY.search(text)
    if country:
        said = previous_answer + " " + previous_user
        places = sorted((m.start(), m.group(1) or m.group(2)) for m in _COUNTRY_MENTION.finditer(said))
        if places:
            place = places[0][1]
            return text[: country.start()] + place + text[country.end():], place
    subject = " ".join(words(previous_user))
    return f"{text.rstrip()} (about: {previous_user.strip().rstrip('?')})", subject
