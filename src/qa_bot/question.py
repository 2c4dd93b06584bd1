"""Question analysis: what kind of answer a question wants, and follow-ups made standalone."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from itertools import dropwhile, takewhile

from qa_bot.terms import (
    MONTHS,
    PLURAL_ACRONYM,
    STOPWORDS,
    is_demonym,
    lemmas_of,
    paying_idiom_verbs,
    stem,
    terms,
    without_quotations,
    words,
)
from qa_bot.thesaurus import is_common_word, is_kind_of, is_known, is_mostly, is_proper_noun, phrasal_verb


class Kind(StrEnum):
    SHARE = "share"  # what percentage / share / proportion
    COUNT = "count"  # how many
    AMOUNT = "amount"  # how much money, what value/cost
    DURATION = "duration"  # how long
    AGE = "age"  # how old
    TIME = "time"  # what time, at what hour
    DATE = "date"  # when, what date, which year
    PERSON = "person"  # who, whom
    PLACE = "place"  # where
    ROLE = "role"  # what position / rank / title does someone hold
    OVERVIEW = "overview"  # what is the article about, summarize the document
    CONCLUSION = "conclusion"  # how does the article end, what does the author conclude
    PEOPLE = "people"  # who is mentioned, which people does the article name
    SECTIONS = "sections"  # which sections does the article have, what are its headings
    OTHER = "other"  # what, which, how, why, yes/no


# Two names for one office: "the army chief" is the "chief of army staff".
OFFICE_ALIASES = {**dict.fromkeys(("army chief", "chief of the army", "head of the army", "army commander",
                                   "top army officer", "top general"), "chief of army staff"), "premier": "prime minister",
                  "heads of state": "head of state", "heads of government": "head of government"}
# Offices a person holds: "who is the X of Y" asks for the holder, "the name of the X" too.
ROLES = "|".join(("prime minister", "president", "foreign minister", "minister", "chief minister", "chief of army staff",
                  *OFFICE_ALIASES, "king", "queen", "chancellor", "ambassador", "head of state", "head of government",
                  "leader", "governor", "mayor", "ceo", "chairman", "chairperson", "director", "head"))

OFFICE = re.compile(rf"\b({ROLES})\b", re.I)  # an office named in a text

_DOCUMENT_NOUNS = "article|document|text|piece|story|report|paper"
_DOCUMENT = rf"(the|this|that) ({_DOCUMENT_NOUNS})"
THE_DOCUMENT = re.compile(rf"\b{_DOCUMENT}(?:['’]s)?\b", re.I)  # "the article's author": no "s" left over
# What a document or its author does with what it is about: "does the author conclude".
_REPORTING_VERBS = ("say|write|mention|report|conclude|note|state|think|believe|claim|argue|suggest|tell us|describe|portray"
                    "|predict|forecast|foresee|expect|anticipate"
                    "|characteri[sz]e|view|see|feel|call|term")
_DOCUMENT_SAYS = rf"\b(?:does|did|do)\s+(?:the|this|its)\s+(?:author|writer|{_DOCUMENT_NOUNS})\s+(?:{_REPORTING_VERBS})\b"
# "How many days ...": a length of time in the unit asked for
HOW_MANY_UNITS = re.compile(r"\bhow many (days|weeks|months|years|decades)\b", re.I)
# A terse query asks no question in words: "lukashenko visit dates", "welcome ceremony location".
# A terse query asks by its last word ("roadmap years"); a request says what it wants ("Explain the significance
# of the 30 years" asks for no years).
_TERSE = (r"^(?!.*\b(what|which|who|how|why|did|does|do|is|are|was|were)\b)"
          r"(?!\W*(?:please\s+)?(?:explain|describe|summari[sz]e|discuss|elaborate)\b)")
# A terse query ending so asks how many of what comes before: "mou count", "tractor plant capacity".
_TERSE_COUNT_WORDS = "number|count|capacity|output|total"
# ... and one opening so, what follows: "total agreements"
_TERSE_TOTAL = rf"{_TERSE}\W*(?:the\s+)?total\s+(?!(?:number|count|of)\b)"
# A terse query by "years" asks for the years of a period ("roadmap years") or how many there were
# ("friendship years"): a date or a duration answers it.
TERSE_YEARS = re.compile(rf"{_TERSE}.*\byears\W*$", re.I)
# "When" or "where" asks, unless it opens a clause in a question another word or a request asks: "What
# did they discuss when the visit began?", "How did they feel about where relations were heading?",
# "List the sectors where MoUs were signed."
_ASKING_WORD = (r"^(?!\W*(?:what|which|who|whom|whose|where|why|how|(?:please\s+)?(?:list|name))\b.*\b{0}\s+"
                r"(?!(?:did|does|do|was|were|is|are|will|would|has|have|had|exactly)\b)).*\b{0}\b")
# "the final paragraph", "its last lines"; "the conclusion of the article" (a bare one may be the talks')
_CLOSING = (rf"((final|last|closing|concluding) (paragraph|part|section|sentence|word|line|thing)s?"
            rf"|(conclusion|ending|end) of {_DOCUMENT}|(its|{_DOCUMENT}['’]s) (conclusion|ending|end))")
# What someone holds: "What is Asim Munir's rank?", "What is the author's affiliation?"
_ROLE_NOUNS = ("rank", "position", "title", "post", "office", "role", "job", "affiliation", "designation", "occupation",
               "profession")
_SECTIONS = r"(?:sections|headings|subheadings|sub-headings|section\s+(?:headings|titles))"
_KIND_PATTERNS: list[tuple[Kind, re.Pattern[str]]] = [
    (Kind.OVERVIEW, re.compile(rf"^\W*((what|who|(which|what) [\w ]+?) (is|was|are|were) {_DOCUMENT} (mainly |mostly )?about"
                               rf"|summari[sz]e {_DOCUMENT}|sum (up {_DOCUMENT}|{_DOCUMENT} up)"
                               rf"|(what|who|(which|what) [\w ]+?) (does|did) {_DOCUMENT} "
                               rf"(mainly |mostly )?focus on|(which|what) [\w ]+? (is|are|was|were) the (main |central )?"
                               rf"focus of {_DOCUMENT}|give me a summary of {_DOCUMENT}"
                               rf"|what (is|was|are|were) the ((main|central|key|overall) )?"
                               rf"(topic|subject|gist|message|point|idea|theme|takeaway|focus|argument|thesis|purpose|aim)s?"
                               rf" of {_DOCUMENT}"
                               rf"|what (is|was|are|were) {_DOCUMENT}'s ((main|central|key|overall) )?"
                               r"(topic|subject|gist|message|point|idea|theme|takeaway|argument|thesis|purpose|aim)s?"
                               rf"|what (does|did) {_DOCUMENT} (cover|discuss|describe|report)"
                               # a bare "Summarize.", "summary", "Give me an overview." ask it of the documents ("it"
                               # may be what was just said)
                               r"|(please )?summari[sz]e( everything| all)?( for me)?( please)?"
                               r"|((please )?(give|show|tell)( me)? |(what is|what's) |i (need|want|would like) )?"
                               r"((a|an|the) )?((brief|short|quick) )?(summary|overview|recap|tl;?dr)"
                               # "What is this document?", "What is the main topic?", "What can you tell me?"
                               rf"|what (is|was) {_DOCUMENT}|what (is|are) the ((main|central|key|overall) )?"
                               r"(topic|subject|gist|message|point|idea|theme|takeaway|argument|thesis|purpose|aim)s?"
                               r"|what (can|could) you tell me|what do you know"
                               # its opening tells what it is about: "How does the article begin?"
                               rf"|how (does|did) {_DOCUMENT} (begin|start|open)"
                               rf"|what (is|was) the (first|opening) (sentence|line|paragraph|thing)"
                               rf" ({_DOCUMENT} (says|said)|of {_DOCUMENT})"
                               # the countries it is about are those its title and opening name
                               r"|(which|what) (two )?(countries|nations) (are|were) (mainly )?(mentioned|involved|named"
                               rf"|discussed|featured)( in {_DOCUMENT})?)"
                               # how long the overview is to be: "Sum up the article in one sentence."
                               r"( in (one|a|a single|two|three|a few|\d+) (sentences?|lines?|words?|paragraphs?|points?))?"
                               r"\W*$")),
    (Kind.CONCLUSION, re.compile(rf"^\W*(how (does|did) {_DOCUMENT} (end|conclude|close|finish)"
                                 rf"|what (does|did) (the (author|writer)|{_DOCUMENT}) conclude"
                                 rf"|what (is|was|are|were) (the |its )?{_CLOSING}( of {_DOCUMENT}| {_DOCUMENT} (says|said))?"
                                 rf"|what (does|did) (the |its )?({_CLOSING}|conclusion) say|summari[sz]e (the |its )?{_CLOSING}"
                                 # the message of "the conclusion" is the article's: talks reach no message
                                 rf"|what (is|was|are|were) the ((main|central|key|overall) )?(message|point|gist|idea"
                                 rf"|theme|takeaway)s? of (the |its )?({_CLOSING}|conclusion|ending))\W*$")),
    (Kind.PEOPLE, re.compile(r"^\W*(?:(?:who|which (?:people|persons|individuals|leaders|officials|figures|personalities))"
                             r" (?:is|are|was|were|gets?) (?:\w+ )?(?:mentioned|named|featured|involved|referred to|cited)"
                             r"|(?:list|name|who are) (?:all )?(?:the )?(?:(?:key|main|major|important) )?(?:people|persons"
                             r"|individuals|leaders|officials|figures|personalities|players)"
                             r"(?: (?:who are |that are )?(?:mentioned|named|featured|involved))?)"
                             rf"(?: in {_DOCUMENT})?\W*$")),
    (Kind.SECTIONS, re.compile(rf"^\W*(?:(?:what|which)\s+(?:are\s+)?(?:the\s+)?(?:main\s+)?(?:{_DOCUMENT}['’]s\s+)?{_SECTIONS}"
                               rf"(?:\s+(?:does|do|did)\s+{_DOCUMENT}\s+(?:have|contain|include|use)|\s+(?:of|in)\s+{_DOCUMENT}"
                               r"|\s+are\s+there)?"
                               rf"|list\s+(?:all\s+)?(?:the\s+)?(?:{_DOCUMENT}['’]s\s+)?{_SECTIONS}"
                               rf"(?:\s+(?:of|in)\s+{_DOCUMENT})?|how\s+is\s+{_DOCUMENT}\s+(?:structured|organi[sz]ed|divided))\W*$",
                               re.I)),
    (Kind.AMOUNT, re.compile(r"\bhow much\b.*\b(money|cost|worth|pay|paid|spend|spent|invest\w*|fund\w*|budget|price)\b"
                             r"|\b(value|cost|worth|price|amount)\b.*\b(dollars?|usd|rupees?|euros?|money)\b"
                             r"|\bin (dollars|usd|rupees|euros)\b|\bhow much money\b"
                             # "What did the forum cost (to organize)?"
                             r"|\bwhat (price|cost|sum)\b|\bwhat (did|does|do|will|would)\b.*\bcost(\s+to\s+\w+)?\W*$"
                             r"|\b(what|how much) (is|was|were|are|will be) the ((total|combined|estimated|overall|annual"
                             r"|yearly|monthly|expected|projected|planned|entry|entrance) )?"
                             r"(value|cost|worth|price|budget|fee|fees|expenses|expenditure|fare|charge)\b|\bworth\b"
                             # "the total trade", "the volume of exports": sums of money or goods
                             r"|\b(total|volume of|value of|how much)\b.*\b(trade|exports?|imports?|investments?|sales|revenue"
                             r"|turnover|budget|costs?)\b|\b(what|how)\b.*\b(trade|budget) (balance|deficit|surplus)\b")),
    (Kind.SHARE, re.compile(r"\b(what|which) (percentage|percent|share|proportion|fraction)\b|\bhow many percent\b")),
    # "How many years does the roadmap span?" asks how long; "how many years of ties" counts them
    (Kind.DURATION, re.compile(rf"\bhow long\b|\bduration\b|\b(what|which) (is|was|were|are) the length of\b"
                               rf"|{HOW_MANY_UNITS.pattern} "
                               r"(?:did|does|do|will|would|has|have|had|was|were|is|are)\b"
                               # a terse "visit length"
                               rf"|{_TERSE}.*\blength\W*$"
                               # "Did the visit last a week?" asks how long it lasted
                               r"|^\W*(?:did|does|will|would)\b.*\blast\s+(?:for\s+)?(?:a|an|one|two|three|four|five|six"
                               r"|seven|\d+|several|many|more than|less than|over|under)\b.*\b(?:days?|weeks?|months?|years?)\b"
                               # the age of a relationship is how long it has lasted
                               r"|\bhow old (?:is|are|was|were) (?:the |their |its )?(?:[\w-]+ )?(?:ties|relations|relationship"
                               r"|friendship|partnership|bonds?|links)\b")),
    (Kind.COUNT, re.compile(r"\bhow many\b|\b(number|count|quantity) of\b|\bhow much\b|\bhow (large|big|small)\b"
                            r"|\bin what (quantity|quantities|amounts?|numbers|volumes?)\b"
                            # "Give one figure for bilateral trade."
                            r"|\b(figures?|statistics|stats) (for|on|about)\b"
                            r"|\bin (numbers|figures)\W*$"  # "What was the result of the talks in numbers?"
                            # "What size was the delegation?", "What is the annual capacity of the plant?"
                            r"|\bwhat size\b|\bwhat (is|was|are|were|will be) the (\w+ )?(size|capacity) of\b"
                            # a terse "lukashenko pakistan agreements number", "tractor plant capacity"
                            rf"|{_TERSE}.*\b({_TERSE_COUNT_WORDS})\W*$|{_TERSE_TOTAL}")),
    (Kind.AGE, re.compile(r"\bhow old\b|\bwhat age\b|\bborn\b|\b(his|her|their|'s|’s) age\b"
                          r"|^\W*(?:who|which)\s+(?:\w+\s+)?(?:is|was|are|were)\s+(?:the\s+)?(?:older|younger|oldest|youngest)\b"
                          r"|^\W*\w+(\s+\w+)?\s+age\W*$"  # "lukashenko age"
                          r"|^\W*(?:what|how)\s+(?:is|was)\s+(?:[\w-]+\s+){1,3}age\W*$")),  # "what is lukashenko age"
    # "what time span" asks for dates, as "what time frame" does
    (Kind.TIME, re.compile(r"\bwhat time\b(?!\s*(?:span|frame|period|scale|line)s?\b)|\b(at )?what hour\b")),
    (Kind.DATE, re.compile(rf"{_ASKING_WORD.format('when')}"
                           r"|\b(what|which) ((is|was|are|were) the )?([\w'’]+ ){0,2}(dates?|days?|months?|years?|time|period"
                           r"|time ?frame)\b|\bthe dates? of\b"
                           r"|\bin what year\b|\bon what date\b"
                           # "Did the visit start on 25 November?" asks when it started
                           rf"|^\W*(?:did|does|will|was|is)\b.*\b(?:start|begin|began|begun|end|finish|conclude|commence|open|close)"
                           rf"(?:s|ed|ing)?\s+(?:on|in|by|before|after)\s+(?:the\s+)?(?:\d|{MONTHS})"
                           # a terse "lukashenko visit dates?", "roadmap years", "roadmap period", "lukashenko birthday"
                           # ... "roadmap years covered"
                           rf"|{_TERSE}.*\b(dates?|years|period|time ?frame|birthday)(?:\s+(?:covered|spanned|included))?\W*$")),
    # whom someone works for asks the role that names it: "Where does the author work?", "Who employs him?",
    # "the author's organization" (read before "who" and "where" make it a person's or a place's)
    (Kind.ROLE, re.compile(r"^\W*(where|who|whom|for whom|(what|which) [\w-]+) (does|did|do) [\w'’. -]+ work( for| at)?\W*$"
                           r"|^\W*who (employs|employed)\b|\bdo(es)? for a living\b"
                           r"|^(?!\W*where\b).*\b(his|her|[\w-]+['’]s?) (employer|organi[sz]ation|institution|workplace)\b",
                           re.I)),
    (Kind.PERSON, re.compile(rf"\b(who|whom|whose)\b|\bname of (the |a |an )?[\w\s'’-]*\b({ROLES})\b")),
    (Kind.PLACE, re.compile(rf"{_ASKING_WORD.format('where')}"
                            r"|(\b(what|which)|^\W*(please )?(list|name)( all)? (the|a|an|one)) ([A-Z]\w+ )?"
                            r"(city|cities|country|countries|places?|towns?|venues?|locations?)\b"
                            rf"|{_TERSE}.*\b(venue|location)\W*$", re.I)),
    # "What role did Pakistan play" asks for a part played, not an office held; "the article's
    # title" is no office either. An owner may have more than one name: "What is Asim Munir's position?"
    (Kind.ROLE, re.compile(r"\b(what|which)(?:['’]s\s+(?=(?:his|her|their)\b)|\s+)(((is|was) )?(his|her|their|(the )?"
                           rf"(?:(?!(?:{_DOCUMENT_NOUNS})\b)[\w-]+\s+){{0,2}}(?!({_DOCUMENT_NOUNS})\b)[\w-]+['’]s?) )?"
                           rf"({'|'.join(_ROLE_NOUNS)})\b(?!.*\bplay)"
                           # a terse "asim munir rank" ("... title" may be a document's, but not "Lukashenko's title?")
                           rf"|{_TERSE}.*\b(rank|position|post|job)\W*$"
                           rf"|{_TERSE}.*\b(?!(?:{_DOCUMENT_NOUNS})['’])[\w-]+['’]s? title\W*$")),
]

# Words that ask but do not say what about; they are not evidence a sentence answers.
QUESTION_SCAFFOLD = frozenset(terms("who whom what when where which why how many much long old did do does was were "
                                    "is are will happen happened occur occurred take took place named the two "
                                    # "what years does it cover": the answer's kind, not its topic
                                    "cover covered include included involve involved focus focused concern concerned "
                                    "span spanned "
                                    # light verbs: they carry the question's grammar, not its topic
                                    "come came want wanted hold held stand mean meant become became get "
                                    "got make made go went set put keep let see saw seen "
                                    # "what does that abbreviation stand for": what is asked, not about what
                                    "abbreviation abbreviated acronym "
                                    # "How did the leaders view the relations?" asks for an opinion, told in
                                    # words of satisfaction or praise
                                    "view viewed perceive perceived feel felt "
                                    # prepositions in a verb's form: "What did they agree on regarding parliaments?"
                                    "regarding concerning "
                                    # "on behalf of Pakistan": for whom, which the doer's country tells
                                    "behalf "
                                    # "Who among Pakistan's leaders ...?": the preposition of a choice; "Pakistani
                                    # firms alongside the Belarusian ones": of company
                                    "among amongst alongside "
                                    # how exact or whole a count is to be
                                    "roughly approximately exactly precisely specifically overall altogether "
                                    # the fillers of speech: "hey, who came?", "so what did they actually sign?"
                                    "hey hi hello ok okay actually really um uh btw "
                                    # "the president at the time of the visit": when, not what
                                    "time "
                                    # how long an answer is to be: "Give a short summary of the visit"
                                    "summary summarize summarise overview brief short gist"))

_PRONOUN = re.compile(r"\b(he|him|his|she|her|hers|they|them|their|theirs|it|its|this|that|these|those|there)\b", re.I)
# A capitalised word after the first: a name the pronoun can refer to.
_NAME_IN = re.compile(r"(?<!^)\b[A-Z][\w'’-]+")
_ELLIPTIC_START = re.compile(r"^\s*(and|what about|how about|also|then|but)\b", re.I)
# "Why?", "When?": a question word alone asks it of what was just said.
_BARE_QUESTION = re.compile(r"^\W*(why|when|where|how|who|what|which|how many|how much|how long)\W*$", re.I)
# "Why?", "Why is that?": the reason for what was just answered
_BARE_WHY = re.compile(r"^\W*(?:and\s+|but\s+)?why(?:\s+(?:is|was)\s+that|\s+so)?\W*$", re.I)
# How an answer that refuses begins
NOT_SAID = "The documents don't say."
# "Who was the other party?": the other one than the conversation named
# ... and "What other sectors were covered?": others than those just spoken of
_ANAPHOR = re.compile(r"\bthe (other|latter)\b|^\W*(what|which|any) other\b", re.I)
# "Which one is Belarusian?": one of those just spoken of, when the question names none ("Which one
# involved the NLC?" names its own)
_WHICH_ONE = re.compile(r"^\W*which\s+ones?\b(?!\s+of\b)", re.I)
# "And the Pakistani side?" after "How many Belarusian companies came?": the same question of the other party.
_OTHER_PARTY = re.compile(r"^\W*(?i:and|what about|how about)\s+(?:(?i:for|of)\s+)?(?:(?i:the)\s+)?([A-Z][\w'’-]*)"
                          r"(?:\s+(?i:side|ones?|part|counterparts?))?\W*$")
_PERSONAL = re.compile(r"\b(he|him|his|she|her|hers)\b", re.I)
_THEY = re.compile(r"\bthey\b", re.I)
# and "there", the place or event just spoken of; not "Was there ...?", "there were", which point at nothing
_OBJECT_PRONOUN = re.compile(r"\b(him|it|them)\b|(?<!\bis )(?<!\bare )(?<!\bwas )(?<!\bwere )(?<!\bbe )\bthere\b"
                             r"(?!\s+(?:is|are|was|were|will|would|be|been|has|have|had)\b)", re.I)
# "What did the two discuss?" after "Who did Lukashenko meet? - General Asim Munir.": the last two people named
_THE_TWO = re.compile(r"\bthe two(?: of them| men)?\b(?=\s+(?P<next>[a-z]+))", re.I)


def pair_referred(text: str) -> re.Match[str] | None:
    """"the two" standing for two people, not naming two things ("the two countries")."""
    pair = _THE_TWO.search(text)
    following = pair.group("next").lower() if pair else ""
    nouns = lemmas_of(following).get("NOUN", ())
    # "the two sides", "the two countries" name things; "the two talk" does not
    return pair if pair and not (nouns and (following not in nouns or len(lemmas_of(following)) == 1)) else None


_THAT_COUNTRY = re.compile(r"\b(that|this|the|his|her|their|its) (country|nation|state)\b", re.I)
# A country shows itself by owning an office ("Belarus President") or by being gone to or come from.
_COUNTRY_MENTION = re.compile(r"\b([A-Z][a-z]+)(?:['’]s)?\s+(?:President|Prime Minister|government|Armed Forces|army)\b"
                              r"|\b(?:to|in|from|of)\s+([A-Z][a-z]+)\b")
# "What does it stand for?" after "The SCO": the acronym the conversation gave.
_ACRONYM_MEANT = re.compile(r"\b(?:it|(?:that|this)(?:\s+(?:abbreviation|acronym))?)\b"
                            r"(?=.*\b(?:stand|stands|short)\s+for\b|.*\bmean\b)", re.I)
# "NLC", "PRCCSF"; "MoU" has a small letter inside
ACRONYM = re.compile(r"\b[A-Z](?:[A-Z]|[a-z](?=[A-Z])){0,4}[A-Z]\b")
_NAME = re.compile(r"\b(?:[A-Z][\w'’.-]+(?:\s+(?:of\s+)?[A-Z][\w'’.-]+)+|[A-Z][a-z]+(?:enko|ov|ova|sky|ich))\b")


@dataclass(frozen=True)
class Question:
    text: str  # as asked
    standalone: str  # rewritten with the conversation's referents, used for retrieval and shown to the user
    kind: Kind
    focus: tuple[str, ...]  # for COUNT: the stems of what is counted ("how many Belarusian companies")
    own_terms: tuple[str, ...]  # content stems of the question as asked
    context_terms: tuple[str, ...] = field(default=())  # stems borrowed from earlier turns
    answer_noun: str | None = None  # "what gift did ..." -> "gift": the answer must be one
    part: str | None = None  # "end" / "start": "according to the conclusion", "in the introduction"
    verb: str | None = None  # the main verb, as written: "What did Pakistan call him?" -> "call"
    subject: str = ""  # what comes between the auxiliary and the main verb: "Pakistan"
    modified: tuple[tuple[str, str], ...] = ()  # (adjective, noun) pairs of the question's own words
    compounds: tuple[tuple[str, str], ...] = ()  # (noun, noun) pairs: "a defense pact" -> ("defense", "pact")
    said: tuple[str, ...] = ()  # "What else ...?": the previous answer's sentences, which answer no more
    # words the answer must tell: what a terse query is about, what a deed is done to, what someone is
    # said to be called ("trade deficit" -> ("trade", "deficit"), "Who received a medal?" -> ("medal",))
    told: tuple[str, ...] = ()
    # verbs that count only when said: leading into the deed ("offer to share"), or naming the thing a
    # question asks how it is described ("How was the visit characterized?")
    leading: frozenset[str] = frozenset()
    # "Was it a state visit or an official visit?": the stems of each choice, one of which the answer tells
    alternatives: tuple[frozenset[str], ...] = ()
    # "Anything else from that meeting?": what it points back to, which the passage must be about and
    # the answer need not say again
    referred: frozenset[str] = frozenset()
    # "Which section discusses the SCO?": the heading of the passage that tells it is the answer
    heading_asked: bool = False


# "List the products whose trade will be enhanced": a relative clause after a thing asks for no person.
_RELATIVE_WHO = re.compile(r"\b([a-z]+)\s+(?:who|whom|whose)\b(?=\W*\w)")


def classify(text: str) -> Kind:
    lowered = _RELATIVE_WHO.sub(lambda clause: clause.group(1) if is_thing(clause.group(1)) else clause.group(0),
                                text.lower())
    for kind, pattern in _KIND_PATTERNS:
        if pattern.search(lowered):
            return kind
    return Kind.OTHER


def is_thing(word: str) -> bool:
    """A common noun of things, not of people: "products", not "president", "me" or "Belarus"."""
    return word not in STOPWORDS and "NOUN" in lemmas_of(word) and not is_proper_noun(word) \
        and not is_kind_of(word, "person")


_PHRASE_ENDS = frozenset("did do does were was are is will have has had can could would should in at on from by "
                         "between during about of for with to over into after before that which who whom as".split())


_ARTICLES = frozenset("the a an".split())


def modifies_noun(word: str, following: Sequence[str]) -> bool:
    """Whether a verb's "-ing" form before a noun says which kind: "farming equipment", "the official
    greeting ceremony"."""
    after = following[0].lower() if following else ""
    return word.endswith("ing") and after not in _PHRASE_ENDS | STOPWORDS and set(lemmas_of(after)) == {"NOUN"}


# "parliaments-related", "agriculture-based": one adjective, read as none in a noun phrase
_HYPHENED_PARTICIPLE = re.compile(r"\b[a-z]+-[a-z]+ed\b\s*", re.I)
# Words that start a verb's object, never a noun phrase's next word: "supports | that", "makes | it possible".
_OBJECT_PRONOUNS = frozenset("it them him her us this these those".split())


def _starts_object(word: str, following: Sequence[str]) -> bool:
    """Whether the word starts an object: a pronoun, "that" ending the question (after a noun, "that"
    is more often a relative: "talks | that were held"), or a gerund ("covers | handing over")."""
    return word in _OBJECT_PRONOUNS or word == "that" and not following \
        or word.endswith("ing") and "VERB" in lemmas_of(word)


def _verb_after_noun(phrase: list[str]) -> bool:
    """Whether the phrase's last word is a verb's "-s" form after a singular noun: "treaty covers"."""
    last, before = phrase[-1], phrase[-2]
    return last.endswith("s") and "VERB" in lemmas_of(last) and before in lemmas_of(before).get("NOUN", (before,)) \
        and not before.endswith("s")


def noun_phrase(text: str) -> list[str]:
    """The noun phrase a text starts with, up to its verb: "Belarusian companies | attended the forum",
    "students | study in Pakistan", "accord | about handing over fugitives"."""
    phrase: list[str] = []
    # "parliaments-related exchanges": a participle joined to a word by a hyphen makes one adjective
    written = words(_HYPHENED_PARTICIPLE.sub("", text))
    for position, word in enumerate(written):
        lemmas = lemmas_of(word)
        verb = "VERB" in lemmas and not modifies_noun(word, written[position + 1:])
        # A verb-like word after a plural noun is the verb: "students | study".
        after_plural = bool(phrase) and phrase[-1] not in lemmas_of(phrase[-1]).get("NOUN", (phrase[-1],))
        # "treaty | covers handing over", "MoU | supports that": a verb-like plural after a noun is the
        # verb when an object follows it.
        if len(phrase) > 1 and _starts_object(word, written[position + 1:]) and _verb_after_noun(phrase):
            return phrase[:-1]
        # An adverb of manner ends it too: "items | specifically".
        if word in _PHRASE_ENDS or verb and (not {"NOUN", "ADJ"} & set(lemmas) or word.endswith("ed") or after_plural) \
                or set(lemmas) == {"ADV"} and word.endswith("ly"):
            break
        # No article inside a noun phrase: "document sets out the agenda" had its verb before it.
        # "(which country) left the SCO": the verb may be its first word.
        if word in _ARTICLES and phrase:
            verb_at = next((at for at in range(len(phrase) - 1, -1, -1) if "VERB" in lemmas_of(phrase[at])), None)
            return phrase if verb_at is None else phrase[:verb_at]
        phrase.append(word)
    return phrase


def deed_after(text: str) -> str | None:
    """The verb after the noun phrase a text starts with: "'s president | visited Pakistan" -> "visited"."""
    rest = words(text)[len(noun_phrase(text)):]
    return rest[0] if rest and rest[0] not in _PHRASE_ENDS and "VERB" in lemmas_of(rest[0]) else None


_NOUN_PREPOSITIONS = ("in", "on", "of", "for", "about", "into", "regarding", "with")


def noun_compounds(text: str) -> tuple[tuple[str, str], ...]:
    """(modifier, head) for each noun that narrows the noun after it: "a defense pact" -> ("defense",
    "pact"). Adjectives and names are left out."""
    tokens = re.findall(r"[\w'’-]+", text)
    found = []
    for position, (modifier, head) in enumerate(zip(tokens, tokens[1:], strict=False)):
        if modifier[0].isupper() or head[0].isupper() or modifier.lower() in STOPWORDS or head.lower() in STOPWORDS:
            continue
        modifier_lemmas, head_lemmas = lemmas_of(modifier.lower()), lemmas_of(head.lower())
        # A modifying noun is singular: "countries sign" is a subject and its verb. A word that may be a
        # verb modifies only after an article or a verb: "the press conference", "discuss space
        # cooperation", not "leaders press ahead".
        # "the Pakistani | navy chief": a demonym may stand between the article and the noun phrase; after
        # "the MoU" a noun that may be a verb is its verb ("How will the MoU affect trade?"). After a
        # preposition a word that is no adjective is a noun, as after an article: "cooperation in space
        # research", not "named for future joint ventures".
        before = position - 1 if position < 2 or not is_demonym(tokens[position - 1]) else position - 2
        after_preposition = tokens[before].lower() in _NOUN_PREPOSITIONS and "ADJ" not in modifier_lemmas
        after_article = position > 0 and (tokens[before].lower() in ("the", "a", "an") or after_preposition
                                          or set(lemmas_of(tokens[position - 1].lower())) == {"VERB"}
                                          and not tokens[position - 1].lower().endswith("ing")) \
            and modifier.lower() not in NUMERALS
        # A question's last word after its subject is its verb or what it says the subject is: "What does
        # the plan for cooperation cover?", "Why is cooperation natural?"; "a currency swap" and "student
        # exchanges" are things.
        # "Who is Pakistan's navy chief?": after a possessive, as after an article, the last word is a noun
        possessed = position > 0 and tokens[position - 1][-2:] in ("'s", "’s")
        if position + 2 == len(tokens) and not (after_article or possessed or is_plural_noun(head.lower())) \
                and {"VERB", "ADJ"} & set(head_lemmas) and _AUXILIARIES & {token.lower() for token in tokens[:position]}:
            continue
        # Two plural nouns are one ("arms deals", "sales networks"): a plural subject's verb has no "-s".
        plurals = all(is_plural_noun(word.lower()) for word in (modifier, head))
        if plurals or "NOUN" in modifier_lemmas and (set(modifier_lemmas) == {"NOUN"} or after_article) \
                and modifier.lower() in modifier_lemmas["NOUN"] and "NOUN" in head_lemmas:
            found.append((modifier.lower(), head.lower()))
    return tuple(found)


def is_plural_noun(word: str) -> bool:
    return word.endswith("s") and word not in lemmas_of(word).get("NOUN", (word,))


# Numbers count what follows them; they do not say which kind it is.
NUMERALS = frozenset("two three four five six seven eight nine ten dozen hundred thousand".split())


def modified_nouns(text: str) -> tuple[tuple[str, str], ...]:
    """(adjective, noun) for each adjective before the noun that ends a noun phrase: "his annual
    salary" -> ("annual", "salary"). Names and demonyms say whose, and the noun a "what X"
    asks for is the answer's: both are left out."""
    written = re.findall(r"[\w'’-]+", text)
    tokens = [token.lower() for token in written]

    def ends_phrase(word: str) -> bool:
        return word == "." or word in STOPWORDS or "NOUN" not in lemmas_of(word) or word.endswith("ed")

    found = []
    for position, (modifier, head) in enumerate(zip(tokens, tokens[1:], strict=False)):
        before, after = tokens[position - 1] if position else "", (tokens + ["."])[position + 2]
        if written[position][0].isupper() or written[position + 1][0].isupper() or before in ("what", "which") \
                or modifier in STOPWORDS | NUMERALS or head in STOPWORDS or "ADJ" not in lemmas_of(modifier) \
                or stem(modifier) in QUESTION_SCAFFOLD \
                or "NOUN" not in lemmas_of(head):
            continue
        if ends_phrase(after):
            found.append((modifier, head))
        # "a free trade agreement": the adjective narrows the compound's head; "possible joint ventures"
        # are adjectives in a row
        elif before in _DETERMINER_WORDS and not written[position + 2][0].isupper() and "ADJ" not in lemmas_of(head) \
                and ends_phrase((tokens + [".", "."])[position + 3]):
            found.append((modifier, after))
    return tuple(found)


# What a question, a request or a sentence starts with; a terse query ("belarus trade deficit") does not.
_ASKS = re.compile(r"^\W*(what\w*|which|who\w*|when|where|why|how|hw|did|do|does|is|are|was|were|will|would|can|could|"
                   r"should|has|have|had|tell|list|name|give|show|describe|explain|summari[sz]e|according|in|on|at|"
                   r"and|but|so|also|then|please|i|true|false)\b", re.I)


_WH = r"(?:who|whom|what|when|where|which|why|how)\b"
# "Who invited Lukashenko and when did he visit?", "Where was the ceremony, and who hosted the luncheon?"
_AND_THEN_ASKS = re.compile(rf"(?:,\s*|\s+)and\s+(?={_WH})", re.I)
# "When and where did the welcome take place?"
_ASKS_TWO_OF_ONE = re.compile(rf"^\W*({_WH})\s+and\s+({_WH})\s+(.+)$", re.I)


def first_upper(text: str) -> str:
    """The text with its first letter in capitals, the rest as written ("str.capitalize" lowers names)."""
    return text[:1].upper() + text[1:]


def question_parts(text: str) -> list[str]:
    """A question that asks two things, as two questions, the second read after the first as a
    follow-up ("when did he visit?" is about whom the first names); any other question alone."""
    two = _ASKS_TWO_OF_ONE.match(text)
    if two:
        return [f"{two.group(1).capitalize()} {two.group(3)}", f"{two.group(2).capitalize()} {two.group(3)}"]
    parts = _AND_THEN_ASKS.split(text, maxsplit=1)
    if len(parts) == 2 and _ASKS.match(parts[0]) and len(words(parts[0])) >= 3:
        first, second = parts[0].rstrip(" ,?"), parts[1].strip()
        return [f"{first}?", first_upper(second)]
    return [text]


# What a question may open with that asks nothing: a label ("Fact check:"), or who asks and why ("I'm a
# farmer in Punjab;", "Before my exam tomorrow, can you remind me ..."), or who said what it goes on
# from ("My uncle says the leaders met. What did they discuss?"). A claim put before "Is that true?" is what is asked.
_LABEL = re.compile(r"\W*(?:(?:a|one)\s+)?(?:(?:quick|simple|short|last|final|another|more)\s+)*(?:fact[- ]?check(?:ing)?"
                    # "Student question:", "Exam question:": who or what it is asked for ("Defense question:" names a topic)
                    r"|(?:(?:student|exam|homework|school|class|test|research|interview|beginner|newbie|noob|basic|dumb|silly)"
                    r"\s+)?(?:questions?|query)|quiz|follow[- ]?up|true or false|verify|verification|help|q|one)"
                    r"(?:\s+more)?\W*", re.I)
_FIRST_PERSON = re.compile(r"\b(?:i|i['’]m|im|me|my|we|we['’]re|our|us)\b", re.I)
_APOLOGY = re.compile(r"\W*(?:sorry|pardon|excuse me|forgive me)\b", re.I)
# "In one sentence, ...", "... in two sentences": how long the answer is to be
_LENGTH_ASKED = r"in\s+(?:one|a|a\s+single|two|three|a\s+few|few)\s+(?:sentences?|lines?|words?)|in\s+short|in\s+brief"
# "For a school project: what is ...?": what the asker wants the answer for
_ASKERS_PURPOSE = re.compile(rf"\W*(?:for\s+(?:a|an|my|our)\s+[\w -]+|{_LENGTH_ASKED})", re.I)
_LENGTH_AT_END = re.compile(rf",?\s+(?:{_LENGTH_ASKED}|briefly)(?=\W*$)", re.I)
_ABOUT_TOPIC = re.compile(r"\b(?:about|on)\s+(?P<topic>(?:the|this|that)\s+.+?)\s*$", re.I)
_PREAMBLE_END = re.compile(r"\s*(?:[.!;:]|,(?=\s)|\s[-–—])\s+(?:but\s+|so\s+)?")
_ASKS_ITSELF = re.compile(rf"^\W*(?:{_WH}|(?:did|do|does|is|are|was|were|will|would|can|could|has|have|had)\b"
                          r"|(?:tell|list|name|give|show|describe|explain|summari[sz]e)\b)", re.I)
_HEARSAY = re.compile(r"^\W*(?:(?:i|we)\s+(?:read|heard|saw|was told|were told)|(?:some(?:one|body)|people|they|a friend"
                      r"|my\s+[\w'’-]+)\s+(?:told me|tells me|says?|said|claims?|claimed|thinks?))(?:\s+(?:somewhere|online))?"
                      r"(?:\s+that)?\s+", re.I)
_IS_IT_TRUE = re.compile(rf"^\W*(?:(?:is|was)\s+(?:that|this|it)\s+(?:true|right|correct|accurate|so)"
                         rf"|(?:is|was)\s+(?:that|this)\s+what\s+{_DOCUMENT}\s+(?:says?|said|reports?|reported|states?)"
                         rf"|(?:does|did)\s+{_DOCUMENT}\s+(?:confirm|support|say)\s+(?:that|this|it|so))\W*$", re.I)


def without_preamble(text: str) -> str:
    """The question without what it opens with that asks nothing: "Fact check: did they sign 15?" ->
    "did they sign 15?", "I read that 20 agreements were signed. Is that true?" -> "Is it true that 20
    agreements were signed?", "Someone said the visit lasted a week. How long was it?" -> "the visit
    lasted a week. How long was it?"; without how long the answer is to be ("Summarize the visit in two
    sentences."); any other question as it is."""
    text = _LENGTH_AT_END.sub("", text)
    for boundary in _PREAMBLE_END.finditer(text):
        said, asked = text[:boundary.start()], text[boundary.end():]
        if said.endswith("?") or _ASKS_ITSELF.match(said) or not _ASKS_ITSELF.match(asked):
            continue
        claim = _HEARSAY.sub("", said)
        if _IS_IT_TRUE.match(asked):
            return f"Is it true that {claim}?"
        if claim != said:
            return text[len(said) - len(claim):]
        # "According to the piece, ...": where every answer comes from
        if _ATTRIBUTION.fullmatch(said.strip()):
            return first_upper(asked)
        if _FIRST_PERSON.search(said) or _LABEL.fullmatch(_LEADING_FILLERS.sub("", said)) or _APOLOGY.match(said) \
                or _ASKERS_PURPOSE.fullmatch(said):
            # "I'm curious about the forum, who took part?": the topic the asker names is what is asked about
            topic = _ABOUT_TOPIC.search(said)
            return f"Regarding {topic.group('topic')}, {asked}" if topic else first_upper(asked)
    return text


# "tell me about the nuclear deal", "any deals on oil?": a request for what a terse query names.
# "What does the article say about trade volumes?" too. Its answer may run on to the passage's next sentence.
TOPIC_REQUEST = re.compile(r"^\W*(?:please\s+)?(?:(?:can|could|would)\s+you\s+)?(?:tell\s+me|talk)\s+(?:more\s+)?about\s+"
                           r"|^\W*(?:please\s+)?(?:describe|explain|summari[sz]e|give\s+me|show\s+me)\s+"
                           r"|^\W*(?:is\s+there\s+)?any(?:thing)?\s+(?:\w+\s+)?(?:about|on|regarding)\s+"
                           rf"|^\W*what\s+{_DOCUMENT_SAYS}\s+(?:about|on|regarding|of)\s+", re.I)


def query_topic(text: str) -> tuple[str, ...]:
    """The words of the noun phrase a terse query or a request for a topic is, each of which the
    answer must tell: "belarus pakistan trade deficit", "tell me about the nuclear deal" -> ("nuclear",
    "deal"), "price of belarusian tractors" -> ("price",); none for a question, or for a query about
    things in general ("cultural things they agreed on")."""
    text = TOPIC_REQUEST.sub("", text)
    if _ASKS.match(text) or _AUXILIARY.search(text):
        return ()
    # "Any specific products?": how exact the answer is to be is no topic
    phrase = [word for word in noun_phrase(text) if word not in STOPWORDS and stem(word) not in QUESTION_SCAFFOLD]
    # A time or a place after the topic says when or where, not what: "islamabad weather november",
    # "weather islamabad november", "belarus gdp 2024".
    while phrase and (phrase[-1].isdigit() or re.fullmatch(MONTHS, phrase[-1]) or is_proper_noun(phrase[-1])):
        phrase.pop()
    # What the topic is asked for, which the answer gives without the word: "seminar title", "belarus
    # sco status", "nlc partner".
    if phrase and phrase[-1] in ASKED_ATTRIBUTES:
        phrase.pop()
    head = phrase[-1] if phrase else None
    # An English word no dictionary lists names a thing ("gdp", "GDP"), so is a noun, unless it is
    # capitalised as a person's or a place's name is ("Lukashenko"). Other scripts' words are not read.
    unlisted_name = any(word.lower() == head and word[0].isupper() and not word.isupper()
                        for word in re.findall(r"[\w'’-]+", text))
    if not head or head in GENERIC_NOUNS | DOMAIN_NOUNS \
            or ("NOUN" not in lemmas_of(head) if lemmas_of(head) else unlisted_name or not head.isascii()):
        return ()
    # Names are found where they are written, or a sentence away: "Belarus Pakistan extradition treaty"
    # is told by "the signing ceremony included an extradition treaty".
    names = {word.lower() for word in re.findall(r"[A-Z][\w'’-]*", text)}
    return tuple(word for word in phrase if word not in names)


ASKED_ATTRIBUTES = frozenset("title titles status partner partners counterpart counterparts".split())


# Verbs that lead into the deed: "What did Belarus offer to share?" asks what it shares.
CATENATIVE_VERBS = frozenset(terms("plan intend hope want wish aim seek try expect help offer use promise vow"))
# and adjectives: "What was he willing to share?"
_LEADING_ADJECTIVES = frozenset(terms("willing ready eager"))


def leading_verbs(text: str) -> frozenset[str]:
    """The stems of the verbs and adjectives that lead into a verb in a text: "offer to share" ->
    "offer", "willing to share" -> "will"; not into a light verb ("expected to go"), which tells
    nothing of its own."""
    return (CATENATIVE_VERBS | _LEADING_ADJECTIVES) & {
        stem(verb.lower()) for verb, deed in re.findall(r"\b(\w+)\s+to\s+(\w+)", text)
        if stem(deed.lower()) not in QUESTION_SCAFFOLD}


# "Why is the NLC agreement important?" asks what it does, which a sentence may tell without the word
_WHY_VALUED = re.compile(r"^\W*why\s+(?:is|was|are|were|would\s+be|will\s+be)\b.*\b(important|significant|necessary|crucial"
                         r"|vital|needed|useful|valuable|relevant|notable|noteworthy)\W*$", re.I)


def why_valued(text: str) -> str | None:
    """The stem of the word a "why is it important?" question values the thing by: "importan"."""
    valued = _WHY_VALUED.search(text)
    return stem(valued.group(1)) if valued else None


# "Which leader was called a traitor?": what someone is called must be said.
_CALLED_WHAT = re.compile(r"\b(?:called|termed|labell?ed|dubbed|named|described as)\s+(?:a|an|the)\s+((?:[a-z]+\s*){1,3})")


# "What was the menu at the luncheon?": the thing asked for of another, which the answer must tell
_THE_THING_OF = re.compile(r"^\W*what\s+(?:is|was|are|were)\s+the\s+([a-z]+)\s+(?:of|at|in|during|on|for|from)\s+"
                          # ... or what it held: "What did the luncheon menu include?"
                          r"|^\W*what\s+(?:did|does|do|will)\s+the\s+(?:[\w-]+\s+){0,2}?([a-z]+)\s+"
                          r"(?:include|contain|feature|comprise|list)\W*$"
                          # ... or asked of its owner: "What is Beltamozhservice's headquarters?"
                          r"|^\W*what\s+(?:is|was|are|were)\s+(?:the\s+)?(?:(?!(?:of|in|on|at|for|from|to|with|about|during)\s)[\w-]+\s+){0,3}?[\w-]+['’]s?\s+"
                          r"(?:[a-z-]+\s+){0,2}?([a-z]+)\W*$", re.I)


def thing_asked_of(text: str) -> tuple[str, ...]:
    """"What was the menu at the luncheon?", "What did the luncheon menu include?", "What is
    Beltamozhservice's headquarters?" -> ("menu",), ("menu",), ("headquarters",); none
    for what a sentence gives in other words ("the title of", "the goals of"), but the thing whose result
    or purpose is asked for: "What was the result of the SCO vote?" -> ("vote",)."""
    asked = _THE_THING_OF.match(text)
    noun = next(filter(None, asked.groups()), "").lower() if asked else ""
    if asked and stem(noun) in _OUTCOME_OR_PURPOSE and not asked.group(3):
        # up to a name that opens a clause: "the seminars | Belarus and Pakistan plan to hold"
        written = re.findall(r"[\w'’-]+", text[asked.end():])
        clause = next((at for at in range(1, len(written)) if written[at][0].isupper()
                       and written[at - 1][0].islower() and written[at - 1] not in STOPWORDS), len(written))
        thing = [word for word in noun_phrase(" ".join(written[:clause])) if word not in STOPWORDS]
        return tuple(thing[-1:])
    return (noun,) if noun and (names_thing(noun) if asked.group(3) else set(lemmas_of(noun)) == {"NOUN"}) \
        and noun not in ASKED_ATTRIBUTES and stem(noun) not in _SAID_OTHERWISE else ()


def names_thing(word: str) -> bool:
    """Whether the word is a noun, perhaps a verb too, and nothing else: "cotton", "visit"; not "official"."""
    return set(lemmas_of(word.lower())) - {"VERB"} == {"NOUN"}


# "Did he express interest in buying Pakistani rice?": the interest is said of many things; the thing is asked
_INTEREST_IN = re.compile(r"\binterest(?:ed|s)?\s+in\s+(?:\w+ing\s+)?(.+)", re.I)


def interest_object(text: str) -> tuple[str, ...]:
    """The thing a question says someone is interested in, which the answer must tell: "Is Belarus
    interested in Pakistani cotton?" -> ("cotton",); none for a name or a gerund alone."""
    interest = _INTEREST_IN.search(text)
    phrase = [word for word in noun_phrase(interest.group(1)) if word not in STOPWORDS] if interest else []
    head = phrase[-1] if phrase else ""
    return (head.lower(),) if head and head[0].islower() and names_thing(head) else ()


# "What did Belarus express readiness to do?": what is expressed is told in its own or near words, not
# by someone else's "appreciation" expressed
_EXPRESSED = re.compile(r"\b(?:express|show|signal|voice|convey|display)(?:e?d|es|s|n|l?ed)?\s+"
                        r"(?:(?:his|her|their|its|any|some|much|great|strong)\s+)?([a-z]+)\b", re.I)


def expressed_stance(text: str) -> tuple[str, ...]:
    """The stance a question says someone expressed: "Did they express disappointment?" -> ("disappointment",)."""
    expressed = _EXPRESSED.search(text)
    noun = expressed.group(1).lower() if expressed else ""
    return (noun,) if noun and noun not in STOPWORDS and names_thing(noun) else ()


# "Was mining one of the sectors?": whether the thing is among those the document lists, which it must name
_MEMBER_ASKED = re.compile(r"^\W*(?:was|were|is|are)\s+(?:(?:the|a|an)\s+)?([\w -]+?)\s+(?:(?:also|really|ever)\s+)?"
                           r"(?:one of|among|amongst|part of|included in|covered by)\b", re.I)


def member_asked(text: str) -> tuple[str, ...]:
    """The thing a question asks to be among others, which the answer must tell: "Was mining one of the
    sectors of the MoUs?" -> ("mining",), "Are halal products part of the deals?" -> ("halal",); none for a name."""
    asked = _MEMBER_ASKED.match(text)
    # its first word, which says which one: "halal products" are the "halal trade"
    first = asked.group(1).split()[0] if asked else ""
    return (first.lower(),) if first and first[0].islower() and first.lower() not in STOPWORDS else ()


def naming_complement(text: str) -> tuple[str, ...]:
    """What a question says someone was called: "called a traitor by Pakistan" -> ("traitor",)."""
    called = _CALLED_WHAT.search(text)
    if not called:
        return ()
    phrase = []
    for word in called.group(1).split():
        if word in _PHRASE_ENDS or word in STOPWORDS:
            break
        phrase.append(word)
    return tuple(phrase[-1:])


# "Was the extradition treaty controversial?": whether a thing is of a quality, which the answer must tell;
# "Why was the treaty controversial?" asks why it is so, which only a sentence calling it so answers
_OF_QUALITY = re.compile(r"^\W*(?:why\s+)?(?:is|was|are|were)\s+(?:the|this|that|its|his|her|their)\s+(?:[\w'’-]+\s+){1,4}?"
                         r"(?P<article>(?:a|an)\s+)?(?P<quality>[a-z]+)\W*$", re.I)


# "Is Maryam Nawaz the daughter of Nawaz Sharif?": what someone is to another, which the answer must tell
_RELATION_OF = re.compile(r"^\W*(?i:is|was|are|were)\s+(?:[A-Z][\w'’.-]*\s+){1,4}(?:the|a|an)\s+(?P<relation>[a-z]+)\s+of\b")


def quality_asked(text: str) -> tuple[str, ...]:
    """The adjective, or the kind of thing, a yes/no question asks a thing to be: "Was the treaty
    controversial?" -> ("controversial",), "Was the visit a success?" -> ("success",); or someone to
    be to another: "Is Maryam Nawaz the daughter of Nawaz Sharif?" -> ("daughter",), not an office,
    which its holder stands for."""
    related = _RELATION_OF.match(text)
    if related and "NOUN" in lemmas_of(related.group("relation")) and not OFFICE.search(related.group("relation")):
        return (related.group("relation"),)
    asked = _OF_QUALITY.match(text)
    if not asked:
        return ()
    lemmas = set(lemmas_of(asked.group("quality").lower()))
    return (asked.group("quality"),) if lemmas == {"NOUN" if asked.group("article") else "ADJ"} else ()


# Verbs that say what someone or something is called
NAMING_VERBS = frozenset(terms("call called describe described characterise characterised characterize characterized "
                               "term termed name named label labelled dub dubbed refer referred nickname nicknamed "
                               "brand branded style styled"))
# "How is Pakistan's economy characterised?": the thing described, which the answer must tell
_HOW_DESCRIBED = re.compile(r"^\W*how\s+(?:is|was|are|were)\s+(.+?)\s+(?:described|characteri[sz]ed|portrayed|depicted"
                            r"|presented|viewed|seen|regarded|called|termed)\b", re.I)


def described_thing(text: str) -> tuple[str, ...]:
    """The noun a "how is X described" question describes: "How is Pakistan's economy characterised?" ->
    ("economy",); not a name ("How was Lukashenko described?"), which the answer may call "him"."""
    described = _HOW_DESCRIBED.match(text)
    # the last noun: "the future of the partnership" is the partnership's, which "prospects" tells
    last = re.findall(r"[\w'’-]+", described.group(1))[-1] if described else ""
    return (last,) if last.islower() and last not in STOPWORDS and "NOUN" in lemmas_of(last) else ()


# A yes/no question, and one that asks whether a deed was done: "Did Lukashenko | visit a mosque?"
_DEED_AUXILIARY = "did|does|do|will|has|have|had"
YES_NO = re.compile(rf"^\W*(?:and\s+)?(?:{_DEED_AUXILIARY}|was|were|is|are)\b", re.I)
_AUXILIARIES = frozenset(f"{_DEED_AUXILIARY}|is|are|was|were|would|can|could|should|may|might|must".split("|"))
# "Did Lukashenko visit a mosque?", and where or when: "Where did they have lunch?"
_WHERE_OR_WHEN = re.compile(r"^\W*(?:where|when)\b", re.I)
_DEED_DONE = re.compile(rf"^\W*(?:(?:where|when)\s+)?(?:{_DEED_AUXILIARY})\s+(.+)", re.I)
# "Did Maryam Nawaz sign anything?": a deed done to nothing named, which the answer must tell
_ANYTHING_DONE = re.compile(rf"^\W*(?:{_DEED_AUXILIARY})\s+[^?]+?\s+([a-z]+)\s+(?:anything|something)\b", re.I)


def deed_of_anything(text: str) -> tuple[str, ...]:
    """The verb of a question whether someone did anything: "Did Maryam Nawaz sign anything?" -> ("sign",)."""
    asked = _ANYTHING_DONE.match(text)
    return (asked.group(1).lower(),) if asked and "VERB" in lemmas_of(asked.group(1).lower()) else ()


# a preposition before the thing a deed is done to: "Who paid | for | the luncheon?"
_OBJECT_PREPOSITIONS = frozenset("for at with to about during in on".split())


def object_head(text: str) -> tuple[str, ...]:
    """The noun a "who/which X did what" or "did X do what" question's deed is done to, which the
    answer must tell: "Who received a medal?" -> ("medal",), "Which leader praised the Belarusian
    armed forces?" -> ("forces",), "Did Lukashenko visit a mosque?" -> ("mosque",); none when it is
    a name or a pronoun."""
    asked = re.match(r"^\W*(who|which|what)\s+(.+)", text, re.I)
    yes_no = _DEED_DONE.match(text)
    if asked:
        written = re.findall(r"[\w'’-]+", asked.group(2))
        if asked.group(1).lower() != "who":  # past the noun asked for
            subject = noun_phrase(asked.group(2))
            written = written[len(subject):] if subject else []
    elif yes_no:  # past the subject: "Did Lukashenko | visit a mosque?"
        verb, subject = predicate(text)
        written = re.findall(r"[\w'’-]+", yes_no.group(1))[len(subject.split()):] if verb else []
    else:
        return ()
    if asked and asked.group(1).lower() == "who" and written[1:] and written[0].lower() in _MODALS:
        written = written[1:]  # "Who will | host the seminars?": the deed after its modal
    # "Which leader | has visited ...": an auxiliary, not the deed; "Where did they | have lunch?": the deed
    if not written or asked and written[0].lower() in _AUXILIARIES or "VERB" not in lemmas_of(written[0].lower()):
        return ()
    # past a preposition, or the word that makes one verb with the deed's: "took place", "take part"
    objects = written[2:] if written[1:2] and (written[1].lower() in _OBJECT_PREPOSITIONS
                                               or phrasal_verb(written[0].lower(), written[1].lower())) else written[1:]
    phrase = []
    for word in objects:  # up to a preposition: "the Belarusian armed forces | for ..."
        if word.lower() in _PHRASE_ENDS:
            break
        phrase.append(word)
    at = next((at for at in range(len(phrase) - 1, -1, -1) if "NOUN" in lemmas_of(phrase[at].lower())), None)
    head = phrase[at] if at is not None else None
    if not head or head[0].isupper() or head.lower() in STOPWORDS or head.endswith("ing") or not names_thing(head):
        return ()
    # "the years 2025 to 2027": the numbers or the name after the noun are what must be told
    if any(word[0].isdigit() or word[0].isupper() for word in phrase[at + 1:]):
        return ()
    return (head.lower(),)


# "What did the treaty say about political prisoners?": what was said is about them; "Was polio discussed?"
# and "Does the author mention any disagreements?" ask whether it was
_SAID_ABOUT = re.compile(r"\b(?:say|said|says|talk|talked|speak|spoke|mention|mentioned|state|stated)\s+about\s+(.+)"
                         r"|\b(?:speak|spoke|spoken)\s+of\s+(.+)"
                         r"|^\W*(?:was|were|is|are)\s+(.+?)\s+(?:(?:also|ever|even|at all)\s+)?(?:discussed|mentioned|covered"
                         r"|raised|addressed|talked about|brought up)\b"
                         r"|^\W*(?:does|did|do)\s+.+?\s+(?:mention|mentions|refer to|refers to)\s+(.+)", re.I)


def spoken_topic(text: str) -> tuple[str, ...]:
    """The thing a "what did X say about Y" question asks about, which the answer must tell: "What did
    the extradition treaty say about political prisoners?" -> ("prisoners",); none for a name, which
    is matched as names are."""
    asked = _SAID_ABOUT.search(text)
    topic = asked and next(filter(None, asked.groups()), None)
    phrase = noun_phrase(topic) if topic else []
    rest = words(topic)[len(phrase):] if topic else []
    if phrase and rest and rest[0] == "of":  # "the direction of | bilateral relations": the relations
        phrase = noun_phrase(" ".join(rest[1:])) or phrase
    head = phrase[-1] if phrase else None
    return (head,) if head and names_thing(head) else ()


# "Was Asim Munir at the business forum?": a name, then where it was; "What was on the menu?": what it
# was on
_PRESENT_AT_EVENT = re.compile(r"^\W*(?:(?i:was|were)\s+(?:(?:[A-Z][\w'’.-]*|of|and)\s+)+(?i:at|in|during)"
                               r"|(?i:what)\s+(?i:is|was|are|were)\s+(?i:on|in))\s+(?i:the|a|an)\s+(.+)")


# "How was the weather during the visit?": what is asked about is all the question names before its
# time or place; not "How was the visit commemorated?", which asks about a deed.
_HOW_WAS_THE = re.compile(r"^\W*(?i:how)\s+(?i:is|was|are|were)\s+(?i:the|his|her|its|their)\s+(.+)")


def presence_place(text: str) -> tuple[str, ...]:
    """The event, place or list a "was X at the Y" or "what was on the Y" question asks about, which
    the answer must tell: "Was Asim Munir at the business forum?" -> ("forum",), a sentence naming him
    elsewhere does not answer; "What was on the menu at the luncheon?" -> ("menu",); the thing a "how
    was the X" asks about: "How was the weather during the visit?" -> ("weather",)."""
    described = _HOW_WAS_THE.match(text)
    if described:
        phrase = noun_phrase(described.group(1))
        rest = words(described.group(1))[len(phrase):]
        phrase = phrase if not rest or rest[0] in _OBJECT_PREPOSITIONS else []
    else:
        asked = _PRESENT_AT_EVENT.match(text)
        phrase = noun_phrase(asked.group(1)) if asked else []
    head = phrase[-1] if phrase else None
    return (head,) if head and "NOUN" in lemmas_of(head) else ()


# not "What was agreed | to reduce trade challenges?", whose deed is the reducing, nor "What was
# discussed | about nuclear cooperation?", which asks about its topic
_WHAT_WAS_DONE = re.compile(r"^\W*(?i:what)\s+(?i:was|were|has\s+been|have\s+been|got)\s+([a-z]+)\b(?!\s+(?:to|about)\s)")


def deed_done(text: str) -> tuple[str, ...]:
    """The deed a "what was done" question asks the object of: "What was signed during Lukashenko's
    visit?" -> ("signed",)."""
    asked = _WHAT_WAS_DONE.match(text)
    done = asked.group(1) if asked else ""
    return (done,) if done and done not in lemmas_of(done).get("VERB", (done,)) else ()


def alternatives(text: str) -> tuple[frozenset[str], ...]:
    """The choices a question offers, each as the stems of the words around its "or", up to a function
    word: "Was the visit a state visit or an official visit?" -> ({state, visit}, {offici, visit})."""
    choice = re.search(r"\s+or\s+", text)
    if not choice:
        return ()
    # The first choice starts after a clause's punctuation: "the nature of his visit - state or official?"
    leading = re.split(r"\s[-–—]\s|[,:;]\s", text[:choice.start()])[-1]
    before = list(takewhile(lambda word: word not in STOPWORDS, reversed(words(leading))))[::-1]
    # the main verb is no part of a choice: "Did Belarus want textiles or rice?" offers textiles or rice
    verb = (predicate(text)[0] or "").lower()
    before = before[before.index(verb) + 1:] if verb in before[:-1] else before
    # "invited to Belarus or to Russia": the second choice's preposition repeats the first's
    after = list(takewhile(lambda word: word not in STOPWORDS,
                           dropwhile(lambda word: word in _ARTICLES | _OBJECT_PREPOSITIONS, words(text[choice.end():]))))
    if not before or not after:
        return ()
    return frozenset(terms(" ".join(before[-3:]))), frozenset(terms(" ".join(after[:3])))


_TERSE_COUNT = re.compile(rf"{_TERSE}\W*(?P<counted>.+?)\s+(?:{_TERSE_COUNT_WORDS})\W*$|{_TERSE_TOTAL}(?P<totalled>.+?)\W*$")


def count_focus(text: str) -> tuple[str, ...]:
    """'How many Pakistani companies attended ...' -> stems of 'Pakistani companies'; 'how much trade' -> 'trade';
    'how large is the Belarusian army' -> 'Belarusian army'."""
    match = re.search(r"\b(?:how many|how much|number of|count of|quantity of|how (?:large|big|small) (?:is|was|are|were|will be)"
                      r"|what size (?:is|was|are|were|will be)|(?:size|capacity) of)\s+(.*)"
                      # "the result of the talks in numbers" counts what the talks settled
                      r"|\bof\s+(?!.*\bof\s)(.*)\s+in (?:numbers|figures)\W*$",
                      text.lower())
    # a terse "mou count", "agreements signed count": what comes before counts, up to its verb
    terse = None if match else _TERSE_COUNT.match(text.lower())
    if not match and not terse:
        return ()
    phrase = noun_phrase(match.group(1) or match.group(2) if match else terse.group("counted") or terse.group("totalled"))
    # "pacts and memoranda": the first of two plural nouns says what is counted; in "Belarusian and
    # Pakistani companies" the noun comes after.
    joined = next((at for at, word in enumerate(phrase) if word in ("and", "or") and at
                   and phrase[at - 1] not in lemmas_of(phrase[at - 1]).get("NOUN", (phrase[at - 1],))), None)
    return tuple(terms(" ".join(w for w in phrase[:joined] if w not in STOPWORDS)))


# Nouns too general to say what kind of thing answers: "what areas", "which steps".
GENERIC_NOUNS = frozenset("area areas field fields topic topics subject subjects thing things kind kinds type types "
                          "side sides "  # "the Belarusian side" is Belarus
                          "sort sorts aspect aspects issue issues matter matters way ways step steps part parts "
                          "example examples detail details point points one ones else role roles capacity form forms "
                          "measure measures action actions nature category categories variety varieties stuff".split())
# Domains are described rather than named ("which industries" -> "agriculture, IT"): they say what
# the question is about, not what kind of thing answers.
DOMAIN_NOUNS = frozenset("industry industries sector sectors domain domains goal goals aim aims objective objectives "
                         "purpose purposes significance importance cooperation collaboration".split())


# "What kind of gift", "What series of seminars": the noun after them is what is asked for
_SORT_OF = r"(?:(?:kind|type|sort|form|set|range)s?|series|categor(?:y|ies)|variet(?:y|ies))\s+of"
_COLLECTIVES = frozenset("series set sets range ranges".split())


def phrase_head(phrase: Sequence[str]) -> str:
    """The noun a phrase names: "seminar series" names seminars, as "series of seminars" does."""
    return phrase[-2] if phrase[-1] in _COLLECTIVES and len(phrase) > 1 else phrase[-1]


def answer_noun(text: str, kind: Kind) -> str | None:
    """The noun a "what/which X" question names its answer by: "What gift did ..." -> "gift",
    "Which of the agreements ..." -> "agreements"; None for "what did ...", "what is ..."."""
    # "What was the weather like?" asks for a description of the weather: one must be named.
    # "What is the currency of Belarus?" asks for a currency.
    # So does "What is the tariff on Pakistani textiles?" for a tariff.
    is_of = re.match(r"\s*what\s+(?:is|was|are|were)\s+the\s+([a-z]+)\s+(?:of|on)\b", text, re.I)
    match = re.match(r"\s*what\s+(?:is|was|are|were)\s+(?:the\s+)?(.*?)\s+like\b", text, re.I) or is_of or re.match(
        rf"\s*(?:\w+\s+)?(?:what|which)\s+(?:of\s+(?:the\s+)?)?(?:{_SORT_OF}\s+)?(.*)", text, re.I) or re.match(
        # "Name the Belarusian companies at the forum" asks which ones, as "which companies" does;
        # "Name some cultural activities the countries will promote": up to the clause about them; "Name a
        # few of the Belarusian companies" asks for companies
        r"\s*(?:please\s+)?(?:name|list|identify)\s+(?:(?:all|some|any|each|every|the|a\s+few|several|of|three|two|four|five)\s+)*"
        r"(.*?)(?=\s+(?:the|a|an|they|he|she|it|we|that|which|who|whom|both)\b|$)", text, re.I)
    if not match or kind not in (Kind.OTHER, Kind.PERSON):
        return None
    # "What areas besides textiles ...?" asks for areas. A name after "besides" is left as it was: "Which
    # countries besides Belarus joined ...?" is not told by a sentence naming another country.
    phrase = [w for w in noun_phrase(re.split(r"(?:^|\s+)(?:besides|alongside|except)\s+(?=[a-z])", match.group(1))[0])
              if w not in STOPWORDS]
    if not phrase:
        return None
    head = phrase_head(phrase)
    surface = next((w for w in re.findall(r"[\w'’-]+", match.group(1)) if w.lower() == head), head)
    # "What is the title of Maryam Nawaz?" asks for a title, which no sentence calls one.
    kind_words = frozenset().union(*KIND_WORDS.values()) if is_of else KIND_WORDS.get(kind, frozenset())
    if head in GENERIC_NOUNS | DOMAIN_NOUNS or surface[0].isupper() or stem(head) in kind_words | _OUTCOME_OR_PURPOSE:
        return None
    return head


# Words that only name the kind of answer ("what period", "in which city"): the kind check asks for
# that, and the sentence that answers says "2025-2027" or "in Islamabad", not "period" or "city".
KIND_WORDS = {
    # A date range answers when something started, ended or arrived as well as when it happened.
    Kind.DATE: frozenset(terms("date dates day days month months year years time period timeframe range "
                               "start started begin began end ended finish finished arrive arrived arrival "
                               "leave left depart departed departure conclude concluded "
                               # "When does the roadmap run until?", "By when will it be completed?"
                               "run runs ran expire expires complete completed")),
    Kind.TIME: frozenset(terms("time hour arrive arrived start started begin began end ended")),
    # "How large is the army?", "What was the total number of accords?" ask a number
    Kind.COUNT: frozenset(terms("large big small size number total count")),
    Kind.PLACE: frozenset(terms("place city town country venue location based located situated headquartered")),
    Kind.ROLE: frozenset(terms(" ".join(_ROLE_NOUNS) + " work works employ employs employed employer living "
                               "organization organisation institution workplace")),
    # "How long did he stay?" is answered by "a three-day visit": how long something lasted; "How many
    # years does it span?" by "for 2025-2027".
    Kind.DURATION: frozenset(terms("long duration length last lasted stay stayed remain remained spend spent run ran "
                                   "span spans spanned stretch stretched extend extended continue continued "
                                   "day days week weeks month months year years decade decades")),
}


PUBLISHED = tuple(terms("published"))
# The nouns as written: "natural" shares a stem with "nature" and is no generic noun.
_GENERIC_NOUN = re.compile(rf"\b(?:(?P<before>[\w-]+)\s+)?(?P<noun>{'|'.join(sorted(GENERIC_NOUNS))})\b", re.I)


def without_generic_nouns(text: str) -> str:
    """The text without the nouns too general to say what is asked, except in a compound of their
    own: "a turning point" names one thing, "the key points" nothing."""

    def dropped(generic: re.Match[str]) -> str:
        before = generic.group("before") or ""
        # "Name the three areas": how many to name, of nothing in particular
        if before.lower() in NUMERALS or before.isdigit():
            return " "
        return generic.group(0) if before and is_known(f"{before}_{generic.group('noun')}".lower()) else f"{before} "

    return _GENERIC_NOUN.sub(dropped, text)
# "How many days did the visit last?": "last" is the verb, not "the last visit".
_LAST_AS_VERB = re.compile(r"\b(did|does|do|will|would|should)\b.*\blast\W*$", re.I)


# A document's headline is its title: "What's the headline of the piece?"
_HEADLINE = re.compile(r"\bheadline\b(?=\s+of\s+(?:the|this)\s+(?:" + _DOCUMENT_NOUNS + r")\b|\W*$)", re.I)
# What documents write out, questions often shorten: "belarus pm", not "3 pm".
_PM = re.compile(r"(?<!\d)(?<!\d\s)\bpm\b", re.I)
# "what things Lukashenko want to buy?": a question without its auxiliary, as learners of English ask,
# before a name and a verb in its base form
_WITHOUT_AUXILIARY = re.compile(r"^(\W*(?i:what|which|where|when|why|how)(?:\s+(?!(?:" + "|".join(sorted(_AUXILIARIES))
                                + r")\b)[a-z]+){0,2}\s+)(?=([A-Z][\w'’-]*\s+(?:(?:[A-Z][\w'’-]*|and)\s+)*)([a-z]+)\b)")


def with_auxiliary(match: re.Match[str]) -> str:
    """The question with "does" before its subject's names and base-form verb; not before a demonym,
    an owner's name or a plural acronym, which stand before nouns: "Which Belarusian minister came?",
    "Which country backed Belarus's SCO bid?", "How many MoUs concern agriculture?"."""
    names, verb = match.group(2).split(), match.group(3)
    subject = not any(name.endswith(("'s", "’s")) or is_demonym(name) or PLURAL_ACRONYM.fullmatch(name) for name in names)
    base = is_base_verb(verb) and verb not in _AUXILIARIES and verb != "be"
    return f"{match.group(1)}does " if subject and base else match.group(0)


# "who's this Lukashenko guy": a name said with a word for any person is just the name.
_THIS_NAMED_ONE = re.compile(r"\bthis\s+((?:[A-Z][\w'’-]*\s+)*[A-Z][\w'’-]*)\s+"
                             r"(?:guy|person|man|fellow|dude|chap|bloke|woman|lady|gentleman)\b")
# "Give me the dates ...", "Show me ...": a request, not what it is about.
# "Tell me ...", "Could you tell me ...", "I'd like to know ...": how the question is asked, not what about.
_REQUEST = re.compile(r"^\s*(please\s+)?((can|could|would|will)\s+you\s+)?(please\s+)?"
                      r"((give|show|tell|find|remind)\s+me|give|provide)\b"
                      r"|^\s*(i['’]?d|i would|i want|i wish)\s+(like\s+)?to\s+know\b|^\s*(do you know|i wonder)\b", re.I)
# "What was it called?" asks for the name of what the conversation was about: "called" is not a
# deed the sentence must tell.
_CALLED = re.compile(r"\b(it|this|that|they)\s+called(?=\W*$)", re.I)
# "Why is the visit called historic?" asks why it is historic: the naming verb is no deed.
_WHY_CALLED = re.compile(r"(?<=\bwhy\b)(.*?)\b(?:called|termed|described as|considered|deemed|regarded as|seen as)\s+(?=\w)",
                         re.I)
# "his first name", "the full name": which part of a name, said by any sentence that gives the name.
# "What is his surname?" asks his last name
_SURNAME = re.compile(r"\bsurname\b", re.I)
_NAME_PART = re.compile(r"\b(first|last|full|family|given|middle|official)\s+(?=(?:names?|titles?)\b)", re.I)
# "What does the number 30 refer to?" asks what 30 is
_NUMBER_REFERRED_TO = re.compile(r"\b(?:number|figure)\s+(?=\d)|\brefers?\s+to(?=(?:\s+in\s+(?:the|this)\s+\w+)?\W*$)", re.I)
# What the answer is not: "What did the visit celebrate besides new agreements?" is not answered by
# the sentence about new agreements.
_EXCLUDED = re.compile(r"\b(besides|apart from|aside from|other than|except(?: for)?|in addition to)\s+(?:the |a |an )?"
                       r"[\w'’-]+(?:\s+(?!(?:did|do|does|was|were|is|are|will|has|have|had)\b)[\w'’-]+)?", re.I)
# Where in the document to look, not what about: "according to the conclusion", "in the introduction".
PART_OF_DOCUMENT = re.compile(r"\b((in|according to|from|by) )?(the|its) "
                              r"(?P<end>conclusion|final paragraph|last paragraph|ending)\b"
                              r"|\b((in|according to|from|by) )?(the|its) "
                              r"(?P<start>introduction|first paragraph|opening paragraph)\b"
                              r"|\bat the (?:(?P<end2>end|bottom)|(?P<start2>beginning|start|top|head)) of the "
                              r"(article|text|document|page)\b"
                              # "in the document's header": what stands above the article's first line
                              r"|\b(in|on|at) (the|its) ((article|text|document|page)['’]s )?"
                              r"(header|heading|letterhead|masthead)\b( of the (article|text|document|page)\b)?", re.I)


# Who says it, when that is whoever wrote the document: "according to the author" narrows nothing,
# nor does "What does the author conclude about ...?", which asks what the document says.
_ATTRIBUTION = re.compile(r"\b(according to|in the (view|opinion|words) of|as (seen|described) by) (the|its) (author|writer)\b"
                          r"|\bin (the|its) (author|writer)['’]s (view|opinion|words|eyes|estimation|assessment)\b"
                          rf"|{_DOCUMENT_SAYS}|\b(?:according to|(?:as )?per) {_DOCUMENT}\b",
                          re.I)


# How a document says something, not what it says: "How is the visit summed up at the end?"; and
# words that only ask for a purpose, which a sentence gives as "to streamline ...": "What was it aimed
# at?", "What will they use it for?", "the purpose of the trip".
_PURPOSE_NOUNS = "purpose|aim|goal|objective|significance|importance"
# Words for what something settled
_OUTCOME_WORDS = "outcome|result|achievement|accomplishment|deliverable|effect|impact"
_PURPOSE = rf"(?:(?:main|primary|real|chief|stated)\s+)?(?:{_PURPOSE_NOUNS})s?"
_HOW_ASKED = re.compile(r"\b(sum(?:s|med|ming)?\s+up|summari[sz](?:e|es|ed|ing)|aim(?:s|ed)?\s+at"
                        rf"|{_PURPOSE}\s+of(?=\s+(?:the|a|an|his|her|their|its|[A-Z]))"
                        # "the expected outcome of the MoU" is what it is expected to do
                        rf"|(?:(?:expected|likely|intended|main)\s+)?(?:{_OUTCOME_WORDS})s?\s+of"
                        rf"(?=\s+(?:the|a|an|his|her|their|its|[A-Z]))"
                        # "What is its purpose?": whose is the conversation's
                        rf"|\b(?:its|their|his|her)\s+{_PURPOSE}\b"
                        # "What are the seminars meant to achieve?": what they are for, any deed
                        r"|(?:intended|meant|supposed|designed)\s+(?:to\s+(?:achieve|accomplish|do|deliver)\b|(?=for\b|to\b))"
                        r"|use(?=\s+(?:\w+\s+)?for\W*$)"
                        # prepositions of several words, which mean "about": "What did Belarus offer in terms of technology?"
                        r"|in\s+terms\s+of|with\s+(?:regards?|respect)\s+to|in\s+relation\s+to|regarding)\b", re.I)


_ROLE_PLAYED = re.compile(r"\b(?:role|part)\b(.*?)\bplay(?:s|ed|ing)?\b(.*)", re.I)


def part_of_document(text: str) -> str | None:
    """"end" or "start" when the question says where in the document the answer stands."""
    match = PART_OF_DOCUMENT.search(text)
    if not match:
        return None
    return "end" if match.group("end") or match.group("end2") else "start"


_AUXILIARY = re.compile(r"\b(?:did|does|do|will|would|can|could|should|was|were|is|are|has|have|had|who)\s+(.*)", re.I)
_GET_PASSIVE = re.compile(r"\b(?:get|gets|got|gotten|getting)\s+(?=\w+ed\b)", re.I)
_MODALS = frozenset("will would can could should".split())
_BE_OR_DO = frozenset("is was are were did does do".split()) | _MODALS
_SUBJECT_PRONOUNS = frozenset("i you he she it we they anyone anybody someone somebody everyone everybody nobody".split())
_DETERMINER_WORDS = frozenset("the a an this that these those his her its their both all each every some any two other".split())


def is_base_verb(word: str) -> bool:
    """Whether the word is a verb's base form: "sell", not "sold" nor "Belarus"."""
    return word in lemmas_of(word).get("VERB", ())


# "Tell me which official Lukashenko called on", "Can you find out what the leader said he would buy?", "I
# wonder when the article was published": a question asked inside a request, in a statement's word order.
_ASKED_WITHIN = re.compile(r"^\W*(?:(?:please\s+)?(?:(?:can|could|would|will)\s+you\s+(?:please\s+)?)?"
                           r"(?:tell\s+me|(?:help\s+me\s+)?(?:find\s+out|figure\s+out|work\s+out)|let\s+me\s+know|check|explain)"
                           # "I'm writing a report and need to know how many ...", "My boss wants to know which ..."
                           r"|(?:[\w'’ ,]*?\b)?(?:want|wants|need|needs|wish|wishes|would\s+like|['’]d\s+like)\s+to\s+"
                           r"(?:know|find\s+out|learn)|do\s+you\s+know"
                           r"|i\s+wonder|i\s+(?:am|was|['’]m)\s+wondering|(?:i\s+am|i['’]m)\s+curious(?:\s+to\s+know)?|(?:any|no)\s+idea"
                           # "Does the article say who translated?"
                           rf"|(?:does|did|do)\s+{_DOCUMENT}\s+(?:say|mention|tell\s+(?:us|me)|state|specify|reveal|explain|note)"
                           r")\s+(?P<wh>(?:who|whom|what|which|when|where|why|how)(?:\s+(?:many|much|long|far|old|often))?)\s+"
                           r"(?P<rest>.+?)[\s.?!]*$", re.I)
# "Is it true that the visit lasted a week?", "Check whether they signed 20 agreements": a claim to check
_CLAIM_ASKED = re.compile(r"^\W*(?:(?:is|was)\s+it\s+(?:true|right|correct|accurate|so)\s+that\s+(?P<claim>.+?)"
                          # "True or false: the visit lasted three days."
                          r"|(?:true\s+or\s+false|yes\s+or\s+no|fact\s+or\s+fiction)\s*[:,?-]\s*(?P<statement>.+?)"
                          r"|(?:please\s+)?(?:(?:can|could)\s+you\s+)?(?:tell\s+me|check|confirm|verify)\s+(?:whether|if)\s+"
                          r"(?P<whether>.+?)"
                          # "They signed 20 deals, right?", "I heard the visit lasted a week, didn't it?"
                          r"|(?P<tagged>(?!(?:what|which|who|whom|whose|when|where|why|how|did|does|do|is|are|was|were"
                          r"|will|would|can|could|has|have|had)\b)[^?]+?),\s*(?:right|correct|true|yes|no"
                          r"|(?:is|was|are|were|do|does|did|has|have|had)n['’]t\s+(?:it|they|he|she|that|there)))[\s.?!]*$", re.I)
# "The forum was held in which hotel?", "Shehbaz Sharif gave Nawaz Sharif what?": a question word left in
# the place of what it asks for, in a statement's word order. "the chief minister of which province" is
# left as it is: the office is read from "of which".
_ASKED_IN_PLACE = re.compile(r"^\W*(?:(?:and|so|but)\s+)?(?P<said>(?!(?:what|which|who|whom|whose|when|where|why|how|did|does"
                             r"|do|is|are|was|were|will|would|can|could|has|have|had)\b)[^?,;:]+?)(?<!\bof)\s+"
                             r"(?P<wh>(?:(?:in|on|at|by|with|from|to|for|during|until|till|since|about)\s+)?"
                             r"(?:(?:what|which)(?:\s+(?!(?:is|are|was|were|did|does|do|will|has|have|had)\b)[\w-]+){0,2}|whom|who|when|where|how\s+long"
                             r"|how\s+(?:many|much)(?:\s+[\w-]+){1,2}))\s*\?\W*$", re.I)
_DETERMINING = frozenset("the a an this that these those his her its their both two three four five six".split())
_SUBJECT_STARTS = _DETERMINING | frozenset("he she they it we i".split())
_SUBJECT_TAKERS = frozenset("is are was were will would can could has have had does did do".split())


def finite_verb(word: str) -> tuple[str, str] | None:
    """(the auxiliary a question puts before the subject, the verb left after it) for a finite verb:
    "called" -> ("did", "call"), "covers" -> ("does", "cover"), "was" -> ("was", ""); None for others."""
    from lemminflect import getInflection

    lowered = word.lower()
    if lowered in _SUBJECT_TAKERS:
        return lowered, ""
    for base in lemmas_of(lowered).get("VERB", ())[:1]:
        for tense, auxiliary in (("VBD", "did"), ("VBZ", "does"), ("VBP", "do")):
            if lowered in (getInflection(base, tense) or ()):
                return auxiliary, base
    return None


def direct_question(text: str) -> str:
    """The question a request, a check of a claim or a statement with a question word in it asks, in a
    question's word order: "Tell me which official Lukashenko called on." -> "Which official did Lukashenko
    call on?", "Is it true that the visit lasted a week?" -> "Did the visit last a week?", "The forum was
    held in which hotel?" -> "In which hotel was the forum held?"; any other text as it is."""
    claim = _CLAIM_ASKED.match(text)
    if claim:
        claimed = next(filter(None, claim.groups()))
        said = _HEARSAY.sub("", claimed).split() or claimed.split()  # "I read that, right?" claims nothing else
        said[0] = said[0].lower() if said[0].lower() in _SUBJECT_STARTS - {"i"} else said[0]
        # "Yes or no: did they sign 15 agreements?" asks in a question's order already
        if claim.group("statement") and (said[0].lower() in _SUBJECT_TAKERS | {"whose"} or re.fullmatch(_WH, said[0], re.I)):
            return put_as_question(*said)
        return inverted("", said, 0)
    asked = _ASKED_WITHIN.match(text)
    in_place = None if asked else _ASKED_IN_PLACE.match(text)
    said = in_place.group("said").split() if in_place else []
    # "Between which universities?" has no statement before its question words
    if in_place and any(finite_verb(word) for word in said[1:]):
        said[0] = said[0].lower() if said[0].lower() in _DETERMINING else said[0]
        return inverted(in_place.group("wh"), said, 0)
    if not asked:
        return text
    said = asked.group("rest").split()
    # the subject starts at a determiner, a pronoun or a name ("which Pakistani official Lukashenko");
    # the words before it name what is asked for ("which sectors"), unless a verb is among them ("who
    # met the general"): then it is a question's order already
    start = next((i for i, word in enumerate(said) if word.lower() in _SUBJECT_STARTS
                  or word[0].isupper() and not is_demonym(word)), None)
    named_first = asked.group("wh").lower().startswith(("which", "whose", "how many", "how much"))
    if start is None or any(finite_verb(word) for word in said[int(named_first):start]):
        return put_as_question(asked.group("wh"), *said)
    return inverted(asked.group("wh"), said, start)


def inverted(asked: str, said: list[str], start: int) -> str:
    """A clause put in a question's word order, its subject starting at `start`: ("which official",
    "Lukashenko called on") -> "Which official did Lukashenko call on?"."""
    # "Tell me who the Punjab Chief Minister is": a clause that ends in "is" has all before it as its
    # subject, though "Minister" could be a verb
    if len(said) > start + 1 and said[-1].lower() in _SUBJECT_TAKERS:
        return put_as_question(asked, " ".join(said[:start]), said[-1], " ".join(said[start:-1]))
    # "the tractor plant will cost": a modal is the clause's auxiliary, whatever noun could be a verb before
    # it; not after a verb in the past ("the Belarusian leader said he would buy")
    modal = next((i for i, word in enumerate(said[start + 1:], start + 1) if word.lower() in _MODALS), None)
    if modal is not None and not any((finite_verb(word) or ("",))[0] == "did" for word in said[start + 1:modal]):
        return put_as_question(asked, " ".join(said[:start]), said[modal], " ".join(said[start:modal]),
                               " ".join(said[modal + 1:]))
    for i, word in enumerate(said[start + 1:], start + 1):
        before = said[i - 1].lower()
        # "the talks", "Lukashenko's visit" name a thing
        finite = finite_verb(word) if before not in _DETERMINING and not re.search(r"['’]s$", before) else None
        if finite:
            return put_as_question(asked, " ".join(said[:start]), finite[0], " ".join(said[start:i]), finite[1],
                                   " ".join(said[i + 1:]))
    return put_as_question(asked, *said)


def put_as_question(*parts: str) -> str:
    """The parts joined as a question: ("which official", "did", "Lukashenko", "call on") -> "Which official
    did Lukashenko call on?"."""
    question = " ".join(part for part in parts if part)
    return first_upper(question) + "?"


def is_base_noun(word: str) -> bool:
    """Whether a word that may be a verb is a noun after "is" or "was", where a verb would be its
    participle: "What is the author's job | title?", not "Where was the luncheon | held?" nor "Was
    Lukashenko | keen to ...?"."""
    from lemminflect import getInflection

    return "NOUN" in lemmas_of(word) and "ADJ" not in lemmas_of(word) and is_base_verb(word) \
        and word not in (getInflection(word, "VBN") or ()) and not word.endswith("ing")


def predicate(text: str) -> tuple[str | None, str]:
    """The main verb after the auxiliary and its subject, and that subject: "What did the leaders
    discuss ...?" -> ("discuss", "the leaders"), "What was handed to the guest?" -> ("handed", ""),
    "Who hosted the lunch?" -> ("hosted", ""). A word after a determiner is a noun, and a
    capitalised word a name."""
    # "Who did she get invited by?": "get" makes a passive, like "was"
    match = _AUXILIARY.search(_GET_PASSIVE.sub("", text))
    if not match:
        return None, ""
    after_determiner = False
    subject: list[str] = []
    written = re.findall(r"[\w'’-]+", match.group(1))
    auxiliary = match.group(0).split()[0].lower()
    after_be = auxiliary in ("is", "was", "are", "were")
    # After "did" or "will" the verb is in its base form: in "did the diplomatic ties span", "ties" is a noun.
    base_verb = auxiliary in _MODALS | {"did", "does", "do"}
    for position, word in enumerate(written):
        if not subject and word.lower() in _BE_OR_DO:
            continue  # "Who was Lukashenko praised by?", "Who will chair it?": the auxiliary after "who"
        if subject and word.lower() in ("be", "been", "being"):
            continue  # "Has the treaty been | ratified?", "Will the plant be | built?": a passive's auxiliary
        if word.lower() in _DETERMINER_WORDS or subject and word == "of" and written[position - 1] != "of":
            after_determiner = True  # "the number of | accords": a noun after "of"
        elif word[0].isupper() or after_determiner or word.lower() in _SUBJECT_PRONOUNS \
                or is_passive_subject(word, written[position + 1:position + 2]) \
                or subject and word.lower() in ("and", "or") or modifies_noun(word.lower(), written[position + 1:]) \
                or subject and subject[-1][0].isupper() and word == "of" and written[position + 1:position + 2] \
                and written[position + 1][0].isupper() \
                or subject and after_be and (is_base_noun(word.lower()) or word.lower().endswith("s")
                                             and "NOUN" in lemmas_of(word.lower())) \
                or subject and base_verb and word.lower() not in lemmas_of(word.lower()).get("VERB", (word.lower(),)) \
                and "NOUN" in lemmas_of(word.lower()) \
                or subject and word.lower() != "of" and written[position + 1:position + 2] == ["of"] \
                and "NOUN" in lemmas_of(word.lower()):
            # "Chief of Army Staff", "author's job title", "the total number of accords"
            # "Akram's position": a noun after a possessive; "the Pakistani premier", "the new plan", "the
            # three-year plan": after a demonym or a word that can only describe one
            after_determiner = word.endswith(("'s", "’s")) or after_determiner and (is_demonym(word) or describes_only(word))
        elif "VERB" in lemmas_of(word.lower()):
            following = [w.lower() for w in written[position + 1:position + 2]]
            # "Where did the official welcome | take place?": a noun before the verb of an event; "does
            # the cooperation plan | prioritise": before a word that can only be a verb, or "did the
            # opposition party | say": a word mostly a noun before one mostly a verb
            if not ("NOUN" in lemmas_of(word.lower()) and subject and (
                    following in (["take"], ["happen"], ["occur"])
                    or base_verb and following and (set(lemmas_of(following[0])) == {"VERB"} or not is_mostly(
                        word.lower(), "v") and is_base_verb(following[0])
                        and is_mostly(following[0], "v")))):
                return word.lower(), " ".join(subject)
        else:
            return None, ""
        subject.append(word)
    return None, ""


def describes_only(word: str) -> bool:
    """Whether a word can only describe a noun: an adjective ("new") or a compound of words joined by
    hyphens that no dictionary lists ("three-year")."""
    parts = set(lemmas_of(word.lower()))
    return parts == {"ADJ"} or not parts and "-" in word


def is_passive_subject(word: str, following: list[str]) -> bool:
    """Whether a noun that is a verb too is the subject of the participle after it: "Was trade |
    discussed?", "Was support | offered?"."""
    after = following[0].lower() if following else ""
    return "NOUN" in lemmas_of(word.lower()) and after.endswith(("ed", "en")) and "VERB" in lemmas_of(after)


# "health-related products" are health products: the suffix says only that the noun is about them.
_RELATED = re.compile(r"-relat(?:ed|ing)\b", re.I)


# "What three areas did he mention?", "List three cultural activities": how many are asked for, which
# the answer lists and need not count; a request has had its "Give me" taken off
_HOW_MANY_ASKED = re.compile(rf"(^\W*|\b(?:what|which|name|list|mention|cite)\s+)(?:{'|'.join(NUMERALS)})\b", re.I)


# What one extends is offered: an invitation, thanks, support
_OFFERED = r"(?:invitations?|offers?|thanks|greetings|congratulations|condolences|welcome|support)"
_EXTENDED_OFFER = re.compile(rf"\bextend(?:s|ed|ing)?\s+(?:(?:an?|the|his|her|their|its)\s+)?(?:[\w-]+\s+)?{_OFFERED}\b"
                             rf"|\b{_OFFERED}\s+(?:[\w-]+\s+){{0,3}}?extended\b", re.I)


def content_terms(text: str, kind: Kind | None = None) -> tuple[str, ...]:
    text = _NAME_PART.sub(" ", _EXCLUDED.sub(" ", PART_OF_DOCUMENT.sub(" ", _ATTRIBUTION.sub(" ", _REQUEST.sub("", text)))))
    text = _NUMBER_REFERRED_TO.sub(" ", text)
    text = _HOW_ASKED.sub(" ", _RELATED.sub("", _HOW_MANY_ASKED.sub(r"\1", text)))
    # "What role did Pakistan play in ...?" asks what it did: the role is the answer's kind.
    text = _ROLE_PLAYED.sub(r"\1\2", text)
    text = _WHY_CALLED.sub(r"\1", _CALLED.sub(r"\1", text))
    # "this piece", "the story": the document itself, which every passage is part of.
    text, document_mentions = THE_DOCUMENT.subn(" ", text)
    if kind:
        text = without_generic_nouns(text)
    ignored = QUESTION_SCAFFOLD | KIND_WORDS.get(kind, frozenset()) if kind else QUESTION_SCAFFOLD
    if _LAST_AS_VERB.search(text):
        ignored = ignored | {"last"}
    # "To which country was the visit paid?" asks where the visit went, as the sentence says it
    ignored = ignored | {stem(verb) for verb in paying_idiom_verbs(text)}
    # "Who extended the invitation?" asks who invited: the invitation is what to find
    if _EXTENDED_OFFER.search(text):
        ignored = ignored | {"extend"}
    found = tuple(t for t in dict.fromkeys(terms(text)) if t not in ignored)
    if not found and document_mentions and kind == Kind.DATE:
        return PUBLISHED  # "What is the date of the article?": a document's date is the day it was published
    return found


# A request for a thing asks what it is: "Give the salary of the author." is "What is the salary of
# the author?", and is read with the same care.
_GIVE_THE = re.compile(r"^\W*(?:please\s+)?(?:(?:can|could|would)\s+you\s+)?(?:please\s+)?"
                       r"(?:give(?:\s+me)?|tell\s+me|show\s+me|state|provide|find|confirm|verify|check"
                       # "I need the dates of the visit", "I'd like the number of agreements"
                       r"|i\s+(?:need|want|require|(?:would|['’]d)\s+like)|i\s+am\s+(?:looking|searching)\s+for)\s+"
                       r"(?=(?:the|a|an|his|her|its|their)\s)", re.I)
# "List the Belarusian ministers who came." asks which ones came; not "the sectors that the roadmap
# covers", whose relative clause has a subject of its own.
_LIST_THOSE_WHO = re.compile(r"^\W*(?i:please\s+)?(?i:list|name|identify)\s+(?i:all\s+)?(?i:the\s+)?(?P<kind>[\w'’ -]+?)\s+"
                             r"(?i:who|that|which)\s+(?!(?i:the|a|an|this|these|those|he|she|it|they|we|you|i)\b|[A-Z])"
                             r"(?P<rest>.+?)\W*$")


# "How many sectors does the roadmap list?" asks for the list of kinds, which the sentence that lists them
# gives; "How many agreements are mentioned?" asks for the number the documents give
_HOW_MANY_LISTED = re.compile(r"^\W*how\s+many\s+(?=(?:[\w-]+\s+)?(?:sectors|areas|fields|kinds|types|sorts|categories"
                              r"|topics|items|products|industries|domains)\b.+\b(?:list|lists|listed|name|names|named|mention"
                              r"|mentions|mentioned|cite|cites|cited|enumerate[sd]?)\b)", re.I)
# "By whom was the forum organized?", "Who was the forum organized by?": who organized it
_BY_WHOM = re.compile(r"^\W*(?:by\s+whom\s+(?P<auxiliary>was|were|is|are)\s+(?P<thing>.+?)\s+(?P<done>[a-z]+)"
                      r"|who(?:m)?\s+(?P<auxiliary2>was|were|is|are)\s+(?P<thing2>.+?)\s+(?P<done2>[a-z]+)\s+by)\W*$", re.I)


# "Who heads Pakistan's government?", "Who leads the army in Pakistan?", "Who governs Punjab?": an office's
# holder, asked by what the office does
_OFFICE_BY_DEED = (
    (re.compile(r"^\W*(?i:who\s+(?:leads|heads|runs)\s+(?:the\s+)?)(?:(?i:government\s+of\s+)(?P<of>[A-Z][\w-]*)"
                r"|(?P<owner>[A-Z][\w-]*)['’]s\s+(?i:government))\W*$"), "Who is the head of government of {}?", False),
    # "Who heads Pakistan's army?", "the army of Belarus", "the Belarusian army": a nation's army, asked of its chief
    (re.compile(r"^\W*(?i:who\s+(?:leads|heads|commands|runs)\s+)(?:(?i:the)\s+(?:(?P<nation>[A-Z][\w-]*)\s+)?"
                r"|(?P<owner>[A-Z][\w-]*)['’]s\s+)?(?i:army|armed\s+forces|military)(?:\s+(?i:of|in)\s+(?P<of>[A-Z][\w-]*))?\W*$"),
     "Who is the {} army chief?", False),
    # a place's: "Who leads PRCCSF?" asks for its director, whom "leader" does not name
    (re.compile(r"^\W*(?i:who\s+(?:governs|rules|runs|leads|heads)\s+)(?P<of>[A-Z][\w-]*)\W*$"),
     "Who is the leader of {}?", True),
)


def office_by_deed(text: str) -> str:
    """A question asking who does what an office does, asked of the office: "Who heads Pakistan's
    government?" -> "Who is the head of government of Pakistan?"; any other text as it is."""
    for pattern, office, of_place in _OFFICE_BY_DEED:
        asked = pattern.match(_ATTRIBUTION.sub("", text))  # "Who leads Pakistan, according to the article?"
        if asked:
            place = asked.group("of") or asked.groupdict().get("owner") or asked.groupdict().get("nation")
            if of_place and not is_kind_of((place or "").lower(), "location"):
                return text
            return office.format(place) if place else office.replace(" of {}", "").replace(" {}", "")
    return text


def doer_asked(text: str) -> str:
    """A passive question for the doer asked in the active: "By whom was the forum organized?" ->
    "Who organized the forum?"; any other text as it is."""
    from lemminflect import getInflection

    asked = _BY_WHOM.match(text)
    if not asked:
        return text
    auxiliary, thing, done = (asked.group(name) or asked.group(f"{name}2") for name in ("auxiliary", "thing", "done"))
    base = lemmas_of(done.lower()).get("VERB", ())
    active = getInflection(base[0], "VBD" if auxiliary.lower() in ("was", "were") else "VBZ") if base else None
    return f"Who {active[0]} {thing}?" if active and done.lower() in (getInflection(base[0], "VBN") or ()) else text


# "Through what means do they sustain momentum?" asks how they do it.
_BY_WHAT_MEANS = re.compile(r"^\W*(?:through|by|via|in)\s+(?:what|which)\s+(?:means|ways?|manner|methods?)\s+", re.I)


def as_question(text: str) -> str:
    """A request made a question: "Give the price of the album." -> "What is the price of the album?",
    "List the ministers who came." -> "Which ministers came?"."""
    listed = _LIST_THOSE_WHO.match(text)
    if listed:
        return f"Which {listed.group('kind')} {listed.group('rest')}?"
    request = _GIVE_THE.match(text)
    if not request:
        return text
    asked = text[request.end():].rstrip(" .!")
    # "the dates of the visit" are, "the price of a tractor" is
    head = noun_phrase(re.split(r"\s+(?:of|in|for|at|from|on|to|by|with)\s+", asked)[0])
    plural = bool(head) and head[-1] not in lemmas_of(head[-1]).get("NOUN", (head[-1],))
    return f"What {'are' if plural else 'is'} {asked}?"


# "What are the key takeaways on trade?", "Give me the highlights of the cultural cooperation": a request
# for what the documents say of a topic, as "Tell me about trade" is.
_GIST_OF = re.compile(r"^\W*(?:(?:what\s+(?:is|are|were|was)|what['’]s|(?:can|could)\s+you\s+(?:give|tell)\s+me|give\s+me"
                      r"|tell\s+me|list|summari[sz]e)\s+)?(?:the\s+)?(?:(?:key|main|major|big|top|most\s+important)\s+)?"
                      r"(?:(?:takeaways?|highlights?|gist|main\s+points?|key\s+points?|essentials?|upshot"
                      r"|(?:(?:key|main|basic|important)\s+)?facts|details"
                      # what the author thinks of a topic is what the document says of it
                      r"|(?:author|writer)['’]s\s+(?:views?|opinions?|take|assessment|verdict|stance|position|perspective))"
                      r"\s+(?:of|on|about|from|regarding|concerning|for)"
                      # the outcomes "for trade" are what was settled on trade; those "of the visit" what was signed
                      rf"|(?:{_OUTCOME_WORDS})s?\s+(?:on|for|in|regarding|concerning))\s+", re.I)
# "the SCO section", "the trade paragraph": the part of the document about it, which is what it says of
# it ("part" is not one: "Did the general take part?")
_SECTION_OF = re.compile(r"\b((?:the|this|that)(?!\s+(?:final|last|first|opening|closing|concluding|introductory)\s)"
                         r"(?:\s+[\w'’-]+){1,3}?)\s+(?:section|paragraph|passage)s?\b(?!\s+of\b)", re.I)


# "Which section discusses the SCO?", "Under which heading is defense discussed?": asks where the document
# tells of a topic, which is what it tells of it under a heading
_WHICH_SECTION = (r"(?:which|what)\s+(?:section|heading|sub-?heading|paragraph|part|passage|sentence|line)\s+"
                  r"(?:of\s+(?:the|this)\s+\w+\s+)?")
_TOLD_PASSIVE = r"(?:discussed|covered|described|mentioned|addressed|explained|dealt\s+with|talked\s+about)"
_HEADING_ASKED = re.compile(rf"^\W*(?:{_WHICH_SECTION}"
                            r"(?:discusses|covers|describes|deals\s+with|talks\s+about|is\s+about|mentions|addresses"
                            r"|concerns|explains|introduces|contains|includes|has)\s+(?P<topic>.+?)"
                            rf"|(?:under|in)\s+{_WHICH_SECTION}(?:is|are|was|were)\s+(?P<passive>.+?)\s+{_TOLD_PASSIVE}"
                            # "Where in the article is defence discussed?", "Where does the article discuss defence?"
                            rf"|where\s+in\s+{_DOCUMENT}\s+(?:is|are|was|were)\s+(?P<where>.+?)\s+{_TOLD_PASSIVE}"
                            rf"|where\s+(?:does|do)\s+{_DOCUMENT}\s+(?:discuss|cover|describe|mention|address|talk\s+about)"
                            r"\s+(?P<where_active>.+?))[\s?.!]*$", re.I)


# The interjections and fillers a chat question may open with: "hey, what's this about?", "wow ok and
# what ...", "lol did ...". A follow-up's "and" or "but" stays: it says the question goes on from the last.
_LEADING_FILLERS = re.compile(r"^\W*(?:(?:hey|hi|hello|yo|ok|okay|cool|nice|wow|lol|haha|hm+|um+|uh+|oh|ah|well|alright"
                              r"|great|thanks|thank you|yeah|yep|yes(?!\s+or\s+no\b)|sure|so+|anyway|btw|interesting|i see|got it"
                              r"|briefly|in short|in brief|in a nutshell|quickly)"
                              r"(?![\w'’-])[\s,.!:;-]*)+", re.I)

# ... and the hedges it may close with: "was there a party or something", "are they friends now or what".
# ... and the thanks: "please tell me the dates, thanks!"
_TRAILING_HEDGE = re.compile(r"\s*,?\s+or (?:something|anything|what|whatever|so)(?: (?:like that|else))?\W*$"
                             r"|\s*[,.!]?\s+(?:thanks|thank you|thx|cheers|please|pls|plz)(?: (?:so much|a lot|in advance))?\W*$"
                             # "extradition treaty y/n": the answer says whether, or says nothing
                             r"|\s*[,.!?]?\s+(?:y/n|yes/no|yes or no|true or false|t/f)\W*$"
                             # "who is lukashenko anyway"
                             r"|\s*,?\s+(?:anyway|anyways)\W*$",
                             re.I)

# "Is Belarus going to sell machines?": the future, as "will" says it
_GOING_TO = re.compile(r"\b(?:is|are|am)\s+((?:[\w'’-]+\s+){0,4}?)going\s+to\s+(?=([a-z]+)\b)", re.I)


def as_will(match: re.Match[str]) -> str:
    """"is Belarus going to | sell" -> "will Belarus | sell"; not before a place ("going to Belarus")."""
    verb = match.group(2)
    return f"will {match.group(1)}" if is_base_verb(verb) and verb not in STOPWORDS else match.group(0)


# "What was it that the Prime Minister presented?": a cleft, which asks what the plain question does
_IT_THAT = re.compile(r"^(\W*(?:what|which|who|whom|where|when|why|how)(?:\s+[a-z]+){0,2}?)\s+(was|were|is|are)\s+it\s+that\s+"
                      r"(\S.*)$", re.I)


def without_cleft(match: re.Match[str]) -> str:
    """"Who was it that hosted the luncheon?" -> "Who hosted the luncheon?"; "What was it that the Prime
    Minister presented?" -> "What did the Prime Minister present?"."""
    asked, be, said = match.groups()
    for written in re.finditer(r"[\w'’-]+", said):
        word = written.group(0)
        bases = lemmas_of(word.lower()).get("VERB", ())
        # the subject's plural nouns ("the two sides explored") are not its verb in the past
        if not word[0].islower() or not bases or bases[0] == word.lower() \
                or be.lower() in ("was", "were") and word.endswith("s"):
            continue
        if not written.start():
            return f"{asked} {said}"
        auxiliary = "did" if be.lower() in ("was", "were") else "does"
        return f"{asked} {auxiliary} {said[:written.start()]}{bases[0]}{said[written.end():]}"
    return match.group(0)


# "Was the visit in October 2024?", "Did the visit start on 25 October?": a yes/no question that says a day
# of an event the documents tell of asks when it was, and the sentence that gives the day answers it,
# whichever day it was. "Did Lukashenko visit Pakistan in 2019?" may be about another visit.
_ON_A_DAY = re.compile(rf"^\W*(?P<auxiliary>did|does|will|was|were|is|are)\s+(?P<asked>(?:the|this|that|his|its|their)\s+.+?)"
                       rf"\s+(?:in|on|during)\s+"
                       rf"(?:(?:early|late|mid)[- ]?)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?(?:{MONTHS}|\d{{4}})(?:\s+\d{{4}})?\W*$",
                       re.I)


def asked_when(match: re.Match[str]) -> str:
    return f"When {match.group('auxiliary').lower()} {match.group('asked')}?"


# A follow-up with no question of its own: "And end?". "What about Munir?" may ask anything of him.
_ELLIPTIC = re.compile(r"^\W*(?:and|but|also)\b(?!.*\b(?:what|which|who|whom|whose|when|where|why|how"
                       r"|did|does|do|is|are|was|were|will|would|can|could|has|have|had)\b)", re.I)


def analyse(text: str, history: list[dict[str, str]] | None = None, referent: str | None = None,
            leans: bool = False) -> Question:
    """The question, made standalone from the conversation; `referent` names whom "he" or "she" is;
    `leans` reads it as a follow-up though it has no pronoun ("Which ones?" after "Does the roadmap
    cover key sectors?")."""
    asked = _TRAILING_HEDGE.sub("?" if text.rstrip().endswith("?") else "", _LEADING_FILLERS.sub("", text))
    # "thanks", "hello": nothing asked, which nothing answers
    social = not asked.strip(" ?")
    text = asked or text
    heading = _HEADING_ASKED.match(text)
    if heading:
        text = f"Tell me about {next(filter(None, heading.groupdict().values()))}"
    text = office_by_deed(doer_asked(_HOW_MANY_LISTED.sub("Which ", _BY_WHAT_MEANS.sub("How ", text))))
    text = _THIS_NAMED_ONE.sub(r"\1", _PM.sub("Prime Minister", _SURNAME.sub("last name", _HEADLINE.sub("title", as_question(
        _GIST_OF.sub("Tell me about ", _SECTION_OF.sub(r"\1", direct_question(text))))))))
    text = _WITHOUT_AUXILIARY.sub(with_auxiliary, _GOING_TO.sub(as_will, _IT_THAT.sub(without_cleft, text)))
    text = _TAKE_PART.sub(lambda match: _PARTICIPATE_FORMS[match.group(1).lower()], text)
    text = _PRESENT_AT.sub("attended ", _DESCRIBED_BY.sub(r"\1call", _ON_A_DAY.sub(asked_when, text)))
    text = _GOOD_AT.sub(capabilities_asked, _ON_ONES_BEHALF.sub(r"on behalf of \1", text))
    text = _NAMES_OF.sub("Name ", _NAME_GIVEN.sub(r"What \g<be> \g<thing> called\g<end>", text))
    text = _CAUGHT_INTEREST.sub(interested, _GONE_TO.sub(attending, _WANTS.sub(r"\1is \2 interested in", text)))
    text = _GOT_AS.sub(received, text)
    text = _TRAVEL_TO.sub(lambda match: f"{match.group(1)}{_VISIT_FORMS[match.group(2).lower()]} "
                          if is_traveller(match.group(1)) else match.group(0), text)
    text = _STAY_IN.sub(lambda match: f"{match.group(1)}{_STAY_FORMS[match.group(2).lower()]} "
                        if is_traveller(match.group(1)) else match.group(0), text)
    text = _TALKS_WITH.sub(lambda match: _MEET_FORMS[match.group(1).lower()] + " ", text)
    text = _ASKED_TO_COME.sub(lambda match: _INVITE_FORMS[match.group(1).lower()], text)
    text = _WHO_GOT.sub(invited, _GOT_INVITATION.sub(invited, _APPEARED.sub(r"was \1 published", text)))
    text = _OUTCOMES_IN.sub(outcomes_in, _SUM_UP.sub("Summarise", text))
    text = _TERSE_OUTCOMES.sub(outcomes_asked, _OUTCOMES_OF.sub("What was signed during", _OUTCOMES_OWNED.sub(
        r"What was signed during the \1?", _OUTCOMES_DONE.sub(outcomes_asked, text))))
    text = _FULL_NAME_OF.sub(lambda m: f"Who is {_SUBJECT_FORM.get(m.group(1).lower(), m.group(1))}", text)
    text = for_other_party(text, history or []) or which_of_counted(text, history or []) or text
    # "As far as the military is concerned, whom did he meet?": the frame is what the question is about,
    # carried as a follow-up carries the question before
    text = named_first(text)
    frame = _FRAME.match(text)
    text = first_upper(frame.group("asked")) if frame else text
    standalone, borrowed = make_standalone(text, history or [], referent, leans)
    if frame and not borrowed:
        standalone, borrowed = carried(text, frame.group("frame")), frame.group("frame")
    kind = classify(text)
    # "And end?" after "When did the visit start?" asks what the question before asked, of another thing
    if kind == Kind.OTHER and borrowed and _ELLIPTIC.match(text):
        kind = classify(last_turn(history or [], "user") or "")
    # "Anything else from that meeting?": the meeting the conversation spoke of, carried as it is
    referred = referred_back(text, history or []) if borrowed else frozenset()
    own = () if social else tuple(term for term in content_terms(text, kind) if term not in referred)
    # "And when did it end?" after "When did the visit begin?": the kind the question before asked
    # for ("begin") is not what this one is about.
    context = tuple(t for t in content_terms(borrowed, classify(borrowed)) if t not in own) if borrowed else ()
    focus = count_focus(text) if kind == Kind.COUNT else ()
    # "How many?" after "What did Lukashenko want to purchase? - Pakistani textile products.": those are counted
    if kind == Kind.COUNT and not focus and borrowed:
        focus = counted_before(history or [])
    verb, subject = predicate(_ATTRIBUTION.sub(" ", standalone.partition(ABOUT)[0]))  # "he" replaced by his name

    # "How was the visit characterized?" is told by what a sentence calls the visit, in any words
    naming_verb = frozenset({stem(verb)}) if verb and stem(verb) in NAMING_VERBS and described_thing(standalone) \
        else frozenset()

    def narrowed(pairs: tuple[tuple[str, str], ...]) -> tuple[tuple[str, str], ...]:
        # The verb is no noun narrowed by the word before it: "What did the Pakistani premier present?";
        # nor does it narrow its object: "What did Lukashenko signal willingness to do?"
        return tuple(pair for pair in pairs if verb not in pair)

    return Question(text, standalone, kind, focus, own, context, answer_noun(text, kind), part_of_document(text),
                    verb, subject, modified=narrowed(modified_nouns(text)), compounds=narrowed(noun_compounds(text)),
                    said=already_said(text, history or []),
                    told=(interest_object(text) or expressed_stance(text) or member_asked(text) or query_topic(text)
                          or object_head(text) or deed_of_anything(text) or naming_complement(text) or thing_asked_of(text)
                          or quality_asked(text) or described_thing(text) or presence_place(standalone)
                          or spoken_topic(standalone))
                    if kind == Kind.OTHER
                    else object_head(text) if kind == Kind.PERSON or _WHERE_OR_WHEN.match(text) else (),
                    leading=leading_verbs(text) | naming_verb, alternatives=alternatives(text), referred=referred,
                    heading_asked=bool(heading))


_DEMONSTRATIVE_NOUN = re.compile(r"\b(?:that|this|those|these|the same)\s+([a-z][\w-]*)\b", re.I)


def referred_back(text: str, history: list[dict[str, str]]) -> frozenset[str]:
    """The terms of things a follow-up points back to, said in the last turn: "that meeting" after
    "During a meeting with ... Asim Munir, ..."."""
    said = set(terms(f"{last_turn(history, 'user') or ''} {last_turn(history, 'assistant') or ''}"))
    return frozenset(term for match in _DEMONSTRATIVE_NOUN.finditer(text) for term in terms(match.group(1))
                     if term in said | _OCCASIONS)


# "on that occasion", "at that moment": whatever was just told, in any words
_OCCASIONS = frozenset(terms("occasion occasions event events moment"))


# "What else did he buy?", "Which other sectors?"; not "each other" nor "other than" (an exclusion).
_ANOTHER = re.compile(r"\b(else|another|(?<!each )other(?!\s+than\b))\b", re.I)


def without_markers(answer: str) -> str:
    """An answer without its citation markers: "signed 15 agreements [1]" -> "signed 15 agreements"."""
    return re.sub(r"\s*\[\d+\]", "", answer)


def already_said(text: str, history: list[dict[str, str]]) -> tuple[str, ...]:
    """The sentences of the previous answer, without their citation markers, when the question asks
    for something else than it gave."""
    if not _ANOTHER.search(text):
        return ()
    plain = without_markers(last_turn(history, "assistant") or "")
    return tuple(part.strip(" .") for part in re.split(r"(?<=[.!?])\s+", plain) if len(words(part)) >= 3)


# "How did Pakistan describe Lukashenko?" asks what he was called: "describe" as a request ("Describe
# the forum") asks nothing of the kind, and is a word questions use too often to be one to find.
_DESCRIBED_BY = re.compile(rf"(\b(?:did|does|do)\s+(?!describe\b|{_DOCUMENT}|the author\b)[\w'’-]+(?:\s+[\w'’-]+){{0,3}}?\s+)"
                           r"describe\b", re.I)
# "What name was given to the seminars?" asks what they were called: a name is given, not handed over.
_NAME_GIVEN = re.compile(r"\b(?i:what)\s+(?:name|title|label|nickname)\s+(?P<be>is|are|was|were)\s+(?:given|assigned)\s+to\s+"
                         r"(?P<thing>.+?)(?P<end>\W*)$")
# "came to Pakistan", "travelled to Islamabad": a journey to a named place is a visit, as the documents call it
# (written out: lemminflect's inflection tables would load at every start-up, for twelve forms)
_VISIT_FORMS = {**dict.fromkeys("come go travel fly journey".split(), "visit"),
                **dict.fromkeys("comes goes travels flies journeys".split(), "visits"),
                **dict.fromkeys("came went travelled traveled flew journeyed".split(), "visited"),
                **dict.fromkeys("coming going travelling traveling flying journeying".split(), "visiting")}
_TRAVEL_TO = re.compile(rf"\b([\w'’]+\s+)({'|'.join(_VISIT_FORMS)})\s+to\s+(?=(?-i:[A-Z]))", re.I)
# and a stay in one: "Did Lukashenko stay in Pakistan for three days?"
_STAY_FORMS = {"stay": "visit", "stays": "visits", "stayed": "visited", "staying": "visiting"}
_STAY_IN = re.compile(rf"\b([\w'’]+\s+)({'|'.join(_STAY_FORMS)})\s+in\s+(?=(?-i:[A-Z]))", re.I)
# "held talks with", "had a meeting with": they met, as the documents say it ("During a meeting with")
# ... and "spent (private) time with" is meeting them too
_MEET_FORMS = {**dict.fromkeys(("hold", "have", "spend"), "meet"), **dict.fromkeys(("holds", "has", "spends"), "meets"),
               **dict.fromkeys(("held", "had", "spent"), "met"), **dict.fromkeys(("holding", "having", "spending"), "meeting")}
_TALKS_WITH = re.compile(rf"\b({'|'.join(_MEET_FORMS)})\s+(?:talks|discussions|negotiations|an?\s+meeting|meetings"
                         r"|(?:(?:private|some|much|a\s+lot\s+of|quality)\s+)?time)\s+(?=with\b)", re.I)
# "Who asked Lukashenko to come?": an invitation
_INVITE_FORMS = {"ask": "invite", "asks": "invites", "asked": "invited", "asking": "inviting"}
_ASKED_TO_COME = re.compile(rf"\b({'|'.join(_INVITE_FORMS)})\b(?=(?:\s+[\w'’.-]+){{0,5}}?\s+to\s+(?:come|visit)\b)", re.I)


# "Did Maryam Nawaz receive an invitation?", "Who got an invitation to Belarus?", "Who got invited?": they
# were invited, as the documents say it
_INVITATION = r"(?:receive[sd]?|receiving|get|gets|got|gotten)\s+(?:an?\s+|the\s+|any\s+)?invitations?\b"
_GOT_INVITATION = re.compile(rf"^(?P<asked>\W*(?:(?:when|where|why|how)\s+)?)(?P<auxiliary>did|does|do|will)\s+"
                             rf"(?P<subject>.+?)\s+{_INVITATION}", re.I)
_PASSIVE_OF = {"did": "was", "does": "is", "do": "are", "will": "will be"}
_WHO_GOT = re.compile(rf"^(?P<asked>\W*(?:who|which(?:\s+[\w-]+){{1,2}}))\s+(?:{_INVITATION}|(?:got|gets)\s+invited\b)", re.I)


def invited(match: re.Match[str]) -> str:
    asked = match.group("asked")
    if "subject" not in match.groupdict():  # "Which leaders got an invitation?" -> "Which leaders were invited?"
        return f"{asked} {'were' if is_plural_noun(asked.split()[-1].lower()) else 'was'} invited"
    auxiliary = _PASSIVE_OF[match.group("auxiliary").lower()]
    return f"{asked}{auxiliary if asked.strip() else auxiliary.capitalize()} {match.group('subject')} invited"


# "What caught Lukashenko's eye?": what interested him, as the documents say it ("expressed interest in")
_CAUGHT_INTEREST = re.compile(r"\b(?:caught|catch(?:es)?|captured?|captures|attract(?:ed|s)?|drew|draws?|piqued?|piques)"
                              r"\s+((?:the\s+)?(?:[\w-]+\s+){0,2}?[\w-]+['’]s|his|her|their|its)\s+(?:interest|attention|eye)\b",
                              re.I)
_POSSESSIVE_TO_OBJECT = {"his": "him", "her": "her", "their": "them", "its": "it"}
# "What does Belarus want from Pakistan?" asks what it is interested in; "want to" leads into a deed.
_WANTS = re.compile(r"^(\W*(?:(?:and|so|but)\s+)?what\s+)(?:does|did|do)\s+(.+?)\s+want\b(?!\s+to\b)", re.I)


# "When did the article appear?": when it was published
_APPEARED = re.compile(rf"\b(?:did|does|has|have)\s+({_DOCUMENT})\s+(?:appear|come\s+out|go\s+online|get\s+published)\b", re.I)


def interested(match: re.Match[str]) -> str:
    owner = match.group(1)
    return "interested " + _POSSESSIVE_TO_OBJECT.get(owner.lower(), re.sub(r"['’]s$", "", owner))


_TRAVELLERS = _SUBJECT_PRONOUNS | {"who"}


def is_traveller(word: str) -> bool:
    """Whether the word before "went to" is one who visits: a name, "he", "who", a "president"; not "exports"."""
    word = word.strip()
    return word[0].isupper() or word.lower() in _TRAVELLERS or is_kind_of(word.lower(), "person")


# "Who was present at the luncheon?" asks who attended it, not who presented anything.
_PRESENT_AT = re.compile(r"\b(?:was|were|is|are)\s+present\s+(?:at\s+|(?=during\b|for\b|in\b))", re.I)
# "Who took part in the forum?": who participated in it, in one word the sentences' verbs are matched to
_TAKE_PART = re.compile(r"\b(take|takes|took|taken|taking)\s+part\b", re.I)
_PARTICIPATE_FORMS = {"take": "participate", "takes": "participates", "took": "participated", "taken": "participated",
                      "taking": "participating"}
# "Who came to the business forum?": who attended it, when it is a gathering
_ATTEND_FORMS = {**dict.fromkeys(("come", "go"), "attend"), **dict.fromkeys(("comes", "goes"), "attends"),
                 **dict.fromkeys(("came", "went"), "attended"), **dict.fromkeys(("coming", "going"), "attending")}
_GONE_TO = re.compile(rf"\b({'|'.join(_ATTEND_FORMS)})\s+to\s+(?=(?:the|a|an)\s+(.+))", re.I)


def is_gathering(noun: str) -> bool:
    """Whether the noun is an event people attend: a forum, a ceremony, a luncheon."""
    return any(is_kind_of(noun, kind) for kind in ("gathering", "social_event", "meal"))


def is_site(noun: str) -> bool:
    """Whether the noun is a place built for something: an airport, a house, a mosque."""
    return is_kind_of(noun, "structure") or is_kind_of(noun, "facility")


def attending(match: re.Match[str]) -> str:
    phrase = noun_phrase(match.group(2))
    return f"{_ATTEND_FORMS[match.group(1).lower()]} " if phrase and is_gathering(phrase[-1]) else match.group(0)


# "What were the main outcomes of the visit?", "What was the overall outcome of the visit?" ask what it
# settled: what was signed then, which sentences tell in those words, never as "outcomes". One
# "result" may be anything's ("of the election").
_OUTCOME_MODIFIER_WORDS = (r"main|key|major|concrete|tangible|chief|principal|overall|final|biggest|greatest"
                           r"|most\s+(?:important|significant)")
_OUTCOME_MODIFIERS = rf"(?:(?:{_OUTCOME_MODIFIER_WORDS})\s+)?"
_OUTCOMES_OF = re.compile(r"^\W*(?:what\s+(?:were|are|was|is)|what['’]s|(?:summari[sz]e|list|describe|name)(?:\s+me)?)\s+the\s+"
                          rf"{_OUTCOME_MODIFIERS}(?:(?:{_OUTCOME_WORDS})s|outcome|achievement|accomplishment)\s+of\b", re.I)
# "What were the visit's main achievements?"
_OUTCOMES_OWNED = re.compile(r"^\W*(?:what\s+(?:were|are|was|is)|what['’]s|(?:summari[sz]e|list|describe|name))\s+the\s+"
                             rf"(visit|trip)['’]s\s+{_OUTCOME_MODIFIERS}(?:{_OUTCOME_WORDS})s?\W*$", re.I)
# "What did the visit achieve?", "What results did the visit produce?"
_OUTCOMES_DONE = re.compile(rf"^\W*what\s+(?:{_OUTCOME_MODIFIERS}(?:{_OUTCOME_WORDS})s?\s+)?did\s+the\s+(\w+)\s+"
                            r"(?:achieve|accomplish|produce|yield|deliver|bring\s+about|result\s+in|lead\s+to)\W*$", re.I)
# What a purpose or an outcome is asked by, which sentences say in other words
_OUTCOME_OR_PURPOSE = frozenset(terms(f"{_PURPOSE_NOUNS}|{_OUTCOME_WORDS}".replace("|", " ")))
_SAID_OTHERWISE = QUESTION_SCAFFOLD | _OUTCOME_OR_PURPOSE
# A terse "visit outcomes" asks the same of the visit or a gathering
_TERSE_OUTCOMES = re.compile(rf"^\W*(?:the\s+)?(\w+)\s+(?:{_OUTCOME_WORDS})s?\W*$", re.I)


def outcomes_asked(match: re.Match[str]) -> str:
    noun = match.group(1).lower()
    return f"What was signed during the {noun}?" if noun in ("visit", "trip") or is_gathering(noun) else match.group(0)


# "What were the trade outcomes?", "Summarise the trade outcomes.": what was agreed on trade
_OUTCOMES_IN = re.compile(r"^\W*(?:what\s+(?:were|are|was|is)|what['’]s|(?:summari[sz]e|list|describe|name))\s+the\s+"
                          rf"{_OUTCOME_MODIFIERS}(?!(?:{_OUTCOME_MODIFIER_WORDS})\b)([a-z]+)\s+(?:{_OUTCOME_WORDS})s?\W*$", re.I)


def outcomes_in(match: re.Match[str]) -> str:
    asked = outcomes_asked(match)
    return f"What was agreed on {match.group(1).lower()}?" if asked == match.group(0) else asked


# "Sum up the article's conclusion." asks as "Summarise ..." does
_SUM_UP = re.compile(r"^\W*(?:please\s+)?sum\s+up\b", re.I)


# "What is Belarus good at manufacturing?" asks what it is capable of
_GOOD_AT = re.compile(r"^\W*what\s+(?:is|are)\s+(.+?)\s+(?:good|strong|skilled|best|expert)\s+(?:at|in)\b(?P<end>\W*$)?",
                      re.I)


def capabilities_asked(match: re.Match[str]) -> str:
    return f"What are {match.group(1)}'s capabilities{' in' if match.group('end') is None else '?'}"


# "on Pakistan's behalf" is "on behalf of Pakistan"
_ON_ONES_BEHALF = re.compile(r"\bon\s+((?:the\s+)?[\w-]+)['’]s?\s+behalf\b", re.I)
# "What are the names of the people Lukashenko invited?" asks to name them, as "Name the people ..." does
# ("the names of the Belarusian ones" are those of the things the conversation was about)
_NAMES_OF = re.compile(r"^\W*what\s+(?:are|were)\s+(?:the\s+)?(?:full\s+)?names\s+of\s+(?!.*\bones\b)", re.I)


# "What is his full name?" asks who he is: the sentence that names him in full answers, though it
# never says "name". A name of a thing ("the forum's name") is a title, asked otherwise.
_FULL_NAME_OF = re.compile(r"\b(?i:what)(?:['’]s|\s+is|\s+was)\s+((?i:his|her)|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*?)(?:['’]s?)?\s+"
                           r"(?:(?:full|complete|whole|first|last)\s+)?name\W*$")
_SUBJECT_FORM = {"his": "he", "her": "she"}


def last_turn(history: list[dict[str, str]], role: str) -> str | None:
    """What the conversation's last turn of a role ("user", "assistant") said; None when it has none."""
    return next((turn["content"] for turn in reversed(history) if turn.get("role") == role), None)


# How a follow-up that names nothing carries the question it follows.
ABOUT = " (about: "


def for_other_party(text: str, history: list[dict[str, str]]) -> str | None:
    """The previous question asked of the party a follow-up names instead: "And the Pakistani
    side?" after "How many Belarusian companies came?" asks how many Pakistani companies came."""
    other = _OTHER_PARTY.match(text)
    previous_user = last_turn(history, "user") or ""
    if not other or not is_demonym(other.group(1)):
        return None
    asked = next((word for word in re.findall(r"[A-Z][\w'’-]*", previous_user)
                  if is_demonym(word) and word != other.group(1)), None)
    return re.sub(rf"\b{re.escape(asked)}\b", other.group(1), previous_user) if asked else None


# "What did Lukashenko get as a memento?": what is got as a gift is received, from a giver
# ... and "What did Lukashenko get from Shehbaz Sharif?" asks what was given to him; not what a
# country gets from another ("What does Pakistan get from Belarus?"), which may be any benefit
_GOT_AS = re.compile(r"\b(?i:get|gets|got|gotten)\b(?=[^?]*\b(?i:as\s+an?\s+(?:gift|present|memento|souvenir|keepsake|token))\b"
                     r"|\s+(?i:from)\s+(?:(?i:the)\s+)?(?P<giver>[A-Z][\w'’-]*))")
_RECEIVE_FORMS = {"get": "receive", "gets": "receives", "got": "received", "gotten": "received"}


def received(match: re.Match[str]) -> str:
    """"get" as "receive", unless it is from a place: what a country gets may be any benefit."""
    giver = match.group("giver")
    return match.group(0) if giver and is_kind_of(giver.lower(), "location") else _RECEIVE_FORMS[match.group(0).lower()]


# "And Munir, what did he express?", "Maryam Nawaz: was she invited?": a name put first is whom the
# question's pronoun stands for, not anyone the conversation spoke of before
_NAMED_FIRST = re.compile(r"^\W*(?:(?i:and|but|so|now|as\s+for|what\s+about)\s+)?"
                          r"(?P<name>(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*)\s*[,:;–—-]+\s*"
                          r"(?P<asked>(?i:what|which|who|whom|when|where|why|how|did|does|do|is|are|was|were"
                          r"|will|has|have|had)\b.+)$")


def named_first(text: str) -> str:
    """The question with its pronoun replaced by the name put before it: "And Munir, what did he
    express?" -> "What did Munir express?"; any other text as it is."""
    named = _NAMED_FIRST.match(text)
    # a name ends in a word that is no English word, or a proper noun: not "Also, what did he say?"
    if not named or is_common_word(named.group("name").split()[-1]) or not _PERSONAL.search(named.group("asked")):
        return text
    return first_upper(named_for_pronouns(named.group("asked"), named.group("name")))


# "the guest", "the visiting president", "the guest's country", "his hosts", "the host country": the
# roles a document gives the visitor, the visitor's country and the country visited, which its sentences
# call by name
_VISITOR = (r"(?:visiting\s+(?:president|leader|head\s+of\s+state|dignitary|statesman)|guest(?:\s+of\s+honou?r)?"
            r"|visitor)")
_COUNTRY_WORDS = r"(?:country|nation|state|side|government)"
_VISITOR_NAMED = re.compile(rf"\b(?:the|our|their|his|her)\s+{_VISITOR}\b(?!['’]s\s+{_COUNTRY_WORDS})", re.I)
_VISITORS_COUNTRY = re.compile(rf"\b(?:the|his|their)\s+{_VISITOR}['’]s\s+{_COUNTRY_WORDS}\b", re.I)
_HOST_COUNTRY = re.compile(rf"\b(?:the|his|their)\s+(?:host(?:ing)?\s+{_COUNTRY_WORDS}|hosts)\b", re.I)


def names_roles(text: str) -> bool:
    """Whether the question calls the visitor, the visitor's country or the host country by a role."""
    return any(pattern.search(text) for pattern in (_VISITOR_NAMED, _VISITORS_COUNTRY, _HOST_COUNTRY))


def with_roles(text: str, visitor: str | None, visitors_country: str | None, host: str | None) -> str:
    """The question with the visitor, the visitor's country and the host country called by name: "What
    did the guest want to import from his hosts?" -> "What did Lukashenko want to import from Pakistan?"."""
    for pattern, name in ((_VISITORS_COUNTRY, visitors_country), (_VISITOR_NAMED, visitor), (_HOST_COUNTRY, host)):
        text = pattern.sub(name, text) if name else text
    return text


# A topic a question opens with: "In the context of the visit, ...", "When it comes to education, ..."
_FRAME = re.compile(r"^\W*(?:in the context of|considering|with (?:respect|regard) to|as (?:regards|for)|regarding|concerning"
                    r"|from the (?:standpoint|point of view|perspective) of|on the (?:subject|topic) of|when it comes to"
                    r"|in terms of|speaking of|turning to|as far as)\s+(?P<frame>[^,;?]+?)(?:\s+(?:is|are) concerned)?\s*,\s*"
                    r"(?P<asked>(?:what|which|who|whom|whose|when|where|why|how|did|does|do|is|are|was|were|will|can)\b.+)",
                    re.I)


# "Which ones?", "Name them." after "How many Belarusian companies came?": which of those counted
_WHICH_ONES = re.compile(r"^\W*(?:(?:and|so)\s+)?(?:which|what)\s+(?:ones|(?:were|are)\s+they)\W*$"
                         r"|^\W*(?:(?:can|could)\s+you\s+)?(?:name|list)\s+them\W*$", re.I)
_HOW_MANY = re.compile(r"^\W*how\s+many\b", re.I)


def which_of_counted(text: str, history: list[dict[str, str]]) -> str | None:
    """The previous "how many" question asked as which: "Which ones?" after "How many Belarusian
    companies came?" asks which Belarusian companies came."""
    previous_user = last_turn(history, "user") or ""
    if not _WHICH_ONES.match(text) or not _HOW_MANY.match(previous_user):
        return None
    return _HOW_MANY.sub("Which", previous_user, count=1)


def is_follow_up(text: str, history: list[dict[str, str]]) -> bool:
    """A pronoun with no name before it in the question, or an elliptic start ("And how many ...?").

    "What did Pakistan call Lukashenko during his visit?" stands alone: "his" has its name. "When
    did Pakistan join it?" does not.
    """
    if last_turn(history, "user") is None:
        return False
    if _ELLIPTIC_START.search(text) or _BARE_QUESTION.match(text) or _ANAPHOR.search(text) or is_fragment(text) \
            or pair_referred(text):
        return True
    if _WHICH_ONE.match(text) and names_no_one(text):
        return True
    # "When did Pakistan join it?": a name is no antecedent of the object pronoun after it; "Which
    # Pakistani body is its partner?": nor is a demonym of any pronoun
    pronoun = _PRONOUN.search(text)
    return bool(pronoun) and (names_no_one(text[: pronoun.start()]) or bool(_OBJECT_PRONOUN.search(text)))


def names_no_one(text: str) -> bool:
    """Whether the text names nothing a pronoun or "which one" could mean: no name but demonyms."""
    return all(is_demonym(name.group(0)) for name in _NAME_IN.finditer(text))


# "And the one about logistics?", "What about tourism?": the same question of another topic
_CONTRAST = re.compile(r"^\W*(?:(?:and|but)\s+)?(?:what|how)\s+about\b"
                       r"|^\W*(?:and|but)\s+(?:the\s+ones?\s+|one\s+)?(?:about|on|for|with|regarding)\b", re.I)


def shifts_topic(text: str) -> bool:
    """Whether a follow-up asks the question before of a topic of its own, which replaces that
    question's: "And the one about logistics?" after "Which one was about criminals?". "What about
    her?" names none."""
    return bool(_CONTRAST.search(text)) and not _PRONOUN.search(text)


def is_fragment(text: str) -> bool:
    """A question of a few words with no verb and no name, which leans on what was said before:
    "Which items specifically?", "Which ones?", "Between which institutions?", "What is the goal?",
    "Any specific products?"."""
    asked = list(dropwhile(lambda word: word in _FRAGMENT_LEADS, words(text)))
    # The words right after "which" or "what" that may be nouns are the noun asked for, though they may
    # be verbs too ("sectors", "art forms").
    opening = 2 if asked[:2] in (["how", "many"], ["how", "much"]) else 1
    named = list(takewhile(lambda word: "NOUN" in lemmas_of(word), asked[opening:])) \
        if asked[:1] in (["which"], ["what"], ["any"]) or opening == 2 else []
    # A verb that only carries grammar ("is", "did") is none, nor a word after an article ("the aim").
    # An office's capitals name no one: "Which Prime Minister?"
    # "Any specific products?" asks for some of what was just talked about.
    return 1 < len(asked) <= 4 and asked[0] in ("which", "what", "who", "where", "when", "how", "any") \
        and not _NAME_IN.search(OFFICE.sub("", text)) and not any(
            stem(word) not in QUESTION_SCAFFOLD and "VERB" in lemmas_of(word) and word not in _AUXILIARIES
            and asked[at - 1] not in _ARTICLES for at, word in enumerate(asked) if at >= opening and word not in named)


# A preposition a fragment may open with: "Between which institutions?", "In how many sectors?"
_FRAGMENT_LEADS = frozenset("between in for with from to at on by about during among".split())


def referents(text: str, history: list[dict[str, str]]) -> list[str]:
    """Whom "he" or "she" in a follow-up may stand for, likeliest first: after "Who hosted ...?"
    the person the answer named, else the ones the previous question named, then the others."""
    if not is_follow_up(text, history) or not _PERSONAL.search(text):
        return []
    previous_user = last_turn(history, "user") or ""
    answered = answered_people(history)
    asked = person_names(previous_user)
    # "Why did he invite them?" after "Whom did Lukashenko invite?": "them" are the ones answered, "he" who asked,
    # as in "What did he discuss with the general?" after "Who did Lukashenko meet?", which names one of
    # those answered in other words. "What is his rank?" after "Who is Asim Munir?" means him, whoever
    # else the answer names; not so after "Who is the Prime Minister?", which names no one.
    spoken_of = {word.lower() for name in answered for word in words(name)} - STOPWORDS
    the_answered = len(answered) > 1 and (re.search(r"\b(them|they)\b", text, re.I)
                                          or asked and spoken_of & {word.lower() for word in words(text)}) \
        or bool(asked) and _WHO_IS_NAMED.match(previous_user)
    first = answered + asked if asks_for_person(previous_user) and not the_answered else asked + answered
    return list(dict.fromkeys(first))


def asks_for_person(question: str) -> bool:
    """"Who hosted ...?", and "Which general met Lukashenko?", which asks for a person by a word for one."""
    kind = classify(question)
    noun = answer_noun(question, kind)
    return kind == Kind.PERSON or noun is not None and is_kind_of(noun, "person")


# "Who is Asim Munir?", not "Who is the Prime Minister?"
_WHO_IS_NAMED = re.compile(r"^\W*(?:(?:and|so)\s+)?who(?:['’]s|\s+is|\s+was)\s+(?!(?:the|a|an|this|that)\b)", re.I)


def people_spoken_of(history: list[dict[str, str]]) -> list[str]:
    """The people a conversation names, the latest first and each once: "Lukashenko" is the "Belarus
    President Aleksandr Lukashenko" named before."""
    found: list[str] = []
    for turn in reversed(history):
        said = without_quotations(without_markers(turn["content"]).partition(ABOUT)[0])
        for name in reversed(person_names(said)):
            if not any(re.search(rf"\b{re.escape(name)}$", known) or re.search(rf"\b{re.escape(known)}$", name)
                       for known in found):
                found.append(name)
    return found


def answered_people(history: list[dict[str, str]]) -> list[str]:
    """The people the previous answer named that its question did not, in fewer words or more
    ("Belarus President His Excellency Aleksandr Lukashenko" is the "Lukashenko" asked about)."""
    previous_user = last_turn(history, "user") or ""
    asked = person_names(previous_user)
    return [name for name in person_names(without_quotations(last_turn(history, "assistant") or ""))
            if name not in previous_user and not any(re.search(rf"\b{re.escape(person)}$", name) for person in asked)]


# How much nearer a first name's word vector is to "woman" and "she" than to "man" and "he" for it to
# be read as a woman's: Maryam 0.23, Natalia 0.59, Mary 0.52; Nawaz -0.22, John -0.20, Bilawal 0.17.
FEMININE = 0.2


def agreeing(names: list[str], text: str, similarity: Callable[[str, str], float]) -> list[str]:
    """The names "she" or "he" in a question can stand for, read by the first name's word vector
    (`similarity(word, name)`); all of them when none agrees, for the vectors only guess."""
    pronoun = _PERSONAL.search(text)
    if not pronoun or not names:
        return names

    def femininity(name: str) -> float:
        first = name.split()[-2:][0]  # "Punjab Chief Minister Maryam Nawaz": the word before the family name
        return similarity("woman", first) - similarity("man", first) + similarity("she", first) - similarity("he", first)

    feminine = pronoun.group(1).lower() in ("she", "her", "hers")
    return [name for name in names if (femininity(name) >= FEMININE) == feminine] or names


def person_names(text: str) -> list[str]:
    """The names in a text, without the capitalised word a question starts with ("Did Lukashenko"),
    and not an organization's, whose last word is a common noun for no person: "Pakistan Research Center"."""
    found = []
    for name in _NAME.findall(text):
        first, _, rest = name.partition(" ")
        name = re.sub(r"['’]s$", "", rest if rest and first.lower() in STOPWORDS else name)
        last = re.findall(r"[a-z]+", name.lower())[-1]
        if not is_common_word(last) or is_kind_of(last, "person"):
            found.append(name)
    return found


def named_for_pronouns(text: str, name: str) -> str:
    """The text with "he", "she" and "his" or "her" replaced by the name: "What did he express?" ->
    "What did Munir express?"."""
    possessive = name + ("'" if name.endswith("s") else "'s")
    rewritten = re.sub(r"\b(his|her|hers)\b", possessive, text, flags=re.I)
    # "What did he give him?": "him" beside "he" is someone else, whom the conversation may not name.
    subject = r"\b(he|she)\b"
    return re.sub(subject if re.search(subject, text, flags=re.I) else r"\b(he|him|she)\b", name, rewritten, flags=re.I)


def make_standalone(text: str, history: list[dict[str, str]], referent: str | None = None,
                    leans: bool = False) -> tuple[str, str]:
    """(standalone question, what was borrowed from the conversation); deterministic.

    A personal pronoun is replaced by `referent` or the likeliest person named in the conversation;
    any other reference keeps the question as asked and appends the previous question's subject,
    which is enough for retrieval to find the passage and for the reader to see what was understood.
    """
    history = with_previous_standalone(history)
    previous_user = last_turn(history, "user")
    follows = previous_user is not None and is_follow_up(text, history)
    if previous_user is None or not (leans or follows):
        return text, ""
    if not follows:  # it leans on the question before, and names whom it means
        return carried(text, previous_user), " ".join(words(previous_user))
    previous_answer = last_turn(history, "assistant") or ""
    # "Why?" asks the reason for what was just answered, which the answer's own words find.
    if _BARE_WHY.match(text) and previous_answer.strip() and not previous_answer.startswith(NOT_SAID):
        answer = without_markers(previous_answer).strip().rstrip(".")
        return carried(text, f"{previous_user.rstrip().rstrip('?')}; {answer}"), " ".join(words(f"{previous_user} {answer}"))
    # "Did they accept?" after "Whom did Lukashenko invite?": the people the answer named
    they = _THEY.search(text)
    answered = answered_people(history) if they and classify(previous_user) == Kind.PERSON else []
    pair = pair_referred(text)
    spoken_of = people_spoken_of(history)[:2] if pair else []
    if len(spoken_of) == 2:
        they, answered = pair, spoken_of[::-1]
    if len(answered) > 1:
        named = f"{', '.join(answered[:-1])} and {answered[-1]}"
        rewritten = text[:they.start()] + named + text[they.end():]
        return (rewritten if not _PRONOUN.search(rewritten) else carried(rewritten, previous_user)), named
    if _PERSONAL.search(text):
        names = [referent] if referent else referents(text, history)
        if names:
            rewritten = named_for_pronouns(text, names[0])
            name = names[0]
            # "What else did he discuss there?": "there" is still the previous question's subject.
            if not _PRONOUN.search(rewritten):
                return rewritten, name
            return carried(rewritten, previous_user), f"{name} {' '.join(words(previous_user))}"
    meant = _ACRONYM_MEANT.search(text)
    acronym = meant and (ACRONYM.search(previous_answer) or ACRONYM.search(previous_user))
    if acronym:
        return text[: meant.start()] + acronym.group() + text[meant.end():], acronym.group()
    thing = _IT.search(text)
    answered = answered_thing(previous_user, previous_answer) if thing else None
    if answered:
        return carried(text[: thing.start()] + answered + text[thing.end():], previous_user), answered
    country = _THAT_COUNTRY.search(text)
    if country:
        said = previous_answer + " " + previous_user
        places = sorted((m.start(), m.group(1) or m.group(2)) for m in _COUNTRY_MENTION.finditer(said))
        if places:
            place = places[0][1]
            return text[: country.start()] + place + text[country.end():], place
    # "What was discussed there?" after "What was organized?" - "A business forum was organized": the
    # gathering the answer named, which the question did not
    there = _THERE.search(text)
    if there:
        named_before = set(words(previous_user))
        gathering = next((word for word in words(previous_answer) if is_gathering(word) and word not in named_before), None)
        if gathering:
            return carried(f"{text[:there.start()]}at the {gathering}{text[there.end():]}", previous_user), gathering
    # "How long does it run?" after "Which sectors does it prioritize? (about: What is the roadmap)": the
    # same "it" is the same thing, the roadmap, and not the sectors
    asked, _, followed = previous_user.partition(ABOUT)
    same_referent = followed and {word.lower() for word in _PRONOUN.findall(text)} & {
        word.lower() for word in _PRONOUN.findall(asked)}
    return carried(text, previous_user), " ".join(words(followed if same_referent else previous_user))


# "there" ending a question: where the thing asked about was
_THERE = re.compile(r"\bthere(?=\W*$)", re.I)
# "it" as subject or object, not in "Was it ...?" asking what the thing asked about was
_IT = re.compile(r"(?<!^was )(?<!^is )\bit\b(?!['’])", re.I)
# A short answer is the thing itself: "The Shanghai Cooperation Organization (SCO)."
_SHORT_ANSWER = 8


def short_answer(answer: str) -> str | None:
    """An answer of a few words, which names one thing: "The Shanghai Cooperation Organization (SCO).";
    none for a refusal or a long answer, which names too much to tell which thing it is."""
    answer = without_markers(answer).strip().rstrip(".")
    if not answer or answer.startswith(NOT_SAID) or len(words(answer)) > _SHORT_ANSWER or "," in answer:
        return None
    return answer


def counted_before(history: list[dict[str, str]]) -> tuple[str, ...]:
    """What a count follow-up naming nothing counts: the things a short answer before it named, or what the
    question before it counted."""
    answer = short_answer(last_turn(history, "assistant") or "")
    asked = last_turn(history, "user") or ""
    return count_focus(f"how many {answer}" if answer and classify(asked) == Kind.OTHER else asked)


def answered_thing(previous_question: str, previous_answer: str) -> str | None:
    """What "it" in a follow-up stands for when the question before asked which thing and was
    answered in a few words: "What will they use it for?" after "Which organization did Belarus
    join? - The Shanghai Cooperation Organization (SCO)." means the SCO."""
    answer = short_answer(previous_answer)
    asked = classify(previous_question)
    noun = answer_noun(previous_question, asked) if asked == Kind.OTHER else None
    if not noun:
        return None
    if not answer:
        # a longer answer names the thing by a name ending in the word asked: "the Shanghai Cooperation
        # Organization (SCO)" for "What organisation did Belarus join?"
        return next((f"the {name.group(0)}" for name in _NAME_AND_ACRONYM.finditer(without_markers(previous_answer))
                     if stem(name.group("last").lower()) == stem(noun)), None)
    return re.sub(r"^(?:The|A|An)\b", lambda article: article.group().lower(), answer)


# "Shanghai Cooperation Organization (SCO)": a name of several words, and its acronym if it has one
_NAME_AND_ACRONYM = re.compile(r"\b(?!(?:The|A|An)\s)(?:[A-Z][\w'’-]*\s+)+(?P<last>[A-Z][\w'’-]*)(?:\s+\([A-Z]{2,}\))?")


def carried(text: str, previous_question: str) -> str:
    """A follow-up with the question it follows: "How many did they sign? (about: Which agreements …)";
    with the one that question followed too: "How long does it run? (about: Which sectors does it
    prioritize; What is the roadmap)"."""
    asked, _, followed = previous_question.strip().rstrip(")").partition(ABOUT)
    previous = f"{asked.strip().rstrip('?')}; {followed}" if followed else asked.strip().rstrip("?")
    return f"{text.rstrip()}{ABOUT}{previous})"


def with_previous_standalone(history: list[dict[str, str]]) -> list[dict[str, str]]:
    """The conversation with its last question made standalone from the turns before it, and so on
    back: "How long does it run?" after "Which sectors does it prioritize?" after "What is the
    roadmap?" is about the roadmap."""
    users = [at for at, turn in enumerate(history) if turn.get("role") == "user"]
    if len(users) < 2:
        return history
    last = users[-1]
    previous, _ = make_standalone(history[last]["content"], history[:last])
    return [*history[:last], {**history[last], "content": previous}, *history[last + 1:]]
