"""What a sentence offers as evidence: numbers, dates, names, and whether it fits a question's kind.

Shared by the extractive engine (is this sentence an answer?) and the grounding check (is every
number, date and name of a generated answer in its cited sentences?).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from qa_bot.question import OFFICE, OFFICE_ALIASES, ROLES, Kind
from qa_bot.terms import MONTHS, QUOTED, STOPWORDS, lemmas_of, name_stem, stem, terms, without_quotations, words
from qa_bot.thesaurus import is_kind_of

_NUMBER_WORDS = ("one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
                 "sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|"
                 "hundred|thousand|million|billion|dozen|dozens|hundreds|thousands|millions")
_CALENDAR = frozenset(name_stem(month) for month in MONTHS.split("|")) | frozenset(
    name_stem(day) for day in "monday tuesday wednesday thursday friday saturday sunday".split())
NUMBER = re.compile(rf"\b\d[\d,.]*\b|\b({_NUMBER_WORDS})\b", re.I)
YEAR = re.compile(r"\b(1[5-9]|20)\d{2}\b")
DATE = re.compile(rf"\b\d{{1,2}}(st|nd|rd|th)?\s*(-|–|to)?\s*(\d{{1,2}}(st|nd|rd|th)?\s+)?({MONTHS})\b"
                  rf"|\b({MONTHS})\s+\d{{1,2}}\b|\b({MONTHS})\s+(1[5-9]|20)\d{{2}}\b|\b(1[5-9]|20)\d{{2}}\b"
                  r"|\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tomorrow)\b", re.I)
MONEY = re.compile(r"[$€£¥₹]|\b(dollars?|usd|rupees?|pkr|euros?|roubles?|rubles?|byn|yuan)\b"
                   r"|\b\d[\d,.]*\s*(million|billion|trillion|bn|mn)\b", re.I)
CLOCK = re.compile(r"\b\d{1,2}[:.]\d{2}\b|\b\d{1,2}\s*(am|pm|a\.m\.|p\.m\.|o'clock)|\b(noon|midnight|morning|afternoon"
                   r"|evening|night)\b", re.I)
SHARE = re.compile(r"\d\s*%|\b(percent|per cent|percentage|half|third|quarter|fifth|tenth)\b", re.I)
_YEAR_SPAN = r"\b((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d)\b"  # "for 2025-2027": a span of years
DURATION = re.compile(rf"\b({_NUMBER_WORDS}|\d+)[- ](days?|weeks?|months?|years?|hours?|decades?)\b"
                      rf"|\b\d{{1,2}}\s*[-–]\s*\d{{1,2}}\s+({MONTHS})\b|{_YEAR_SPAN}", re.I)
_SMALL_COUNTS = {word: value for value, word in enumerate("one two three four five six seven eight nine ten".split(), 1)}
_YEARS_LONG = re.compile(rf"\b(\d+|{'|'.join(_SMALL_COUNTS)})[- ]years?\b", re.I)
AGE = re.compile(r"\b\d+[- ]years?[- ]old\b|\baged?\s+\d+\b|\bborn\b", re.I)
_TITLES = ("Mr Mrs Ms Dr General President Minister Chief Director King Queen Chancellor Ambassador Secretary "
           "Governor Mayor Professor Sir").split()
PERSON_TITLE = re.compile(rf"\b({'|'.join(_TITLES)}|H\.E)\b\.?")
CAPITALISED_RUN = re.compile(r"(?<!^)(?<![.!?]\s)\b[A-Z][\w'’-]+(?:\s+(?:of\s+|the\s+)?[A-Z][\w'’-]+)*")
_PLACE_WORDS = "at|in|to|from|near|inside"
# "an invitation to Prime Minister Shehbaz Sharif" is to a person; "at the Prime Minister's House" is a place.
_PERSON_ADDRESSED = re.compile(rf"(?:{ROLES}|{'|'.join(_TITLES)})\b(?!['’]s)", re.I)
# A place something is at, in, to or from; "visit Belarus" puts one as "to Belarus" does.
PLACE = re.compile(rf"\b({_PLACE_WORDS}|visit|visits|visited|visiting)\s+(the\s+)?([A-Z][\w'’-]+)")

# Roles match in any case; the owner must be capitalised (a country, a party), so no re.I here.
_ROLE_OF = re.compile(rf"\b((?i:{ROLES}))\s+of\s+(?:the\s+)?([A-Z][\w-]+)")
# "Pakistan's host prime minister": a word may stand between the owner's possessive and the office.
_OWNER_ROLE = re.compile(rf"\b([A-Z][\w-]+?)(?:(?:['’]s)?\s+|['’]s\s+[a-z][\w-]*\s+)((?i:{ROLES}))\b")


def numbers(text: str) -> set[str]:
    """Numbers as they must be matched by grounding: digits only, separators removed."""
    return {re.sub(r"[,]", "", match.group(0)).rstrip(".") for match in re.finditer(r"\d[\d,.]*", text)}


def ungrounded(statement: str, evidence: str) -> list[str]:
    """The numbers, dates and names of a statement that its evidence does not contain.

    A name is any capitalised word, first words of sentences included ("Putin signed ..."), except
    function words; it is grounded when the evidence has the same word in any case or form.
    """
    statement = re.sub(r"\[\d+\]", " ", statement)
    missing = sorted(numbers(statement) - numbers(evidence))
    # "30 days" is not grounded by "30 years": a number of a time or measure needs that unit.
    units_in_evidence = set(_measures(evidence))
    missing += [f"{number} {unit}" for number, unit in _measures(statement)
                if number not in missing and (number, unit) not in units_in_evidence]
    # "over 100" is not "nearly 100": a number said to be more or less must be so in the evidence.
    bounds_in_evidence = set(_bounds(evidence))
    missing += [f"{bound} {number}" for bound, number in _bounds(statement)
                if number not in missing and (bound, number) not in bounds_in_evidence]
    evidence_stems = {name_stem(word) for word in words(evidence)}
    for token in re.findall(r"\b[A-Z][\w'’-]*", statement):
        for word in words(token):
            if word not in STOPWORDS and name_stem(word) not in evidence_stems and word not in missing:
                missing.append(word)
    return missing


_BOUND = re.compile(r"\b(over|nearly|almost|about|around|approximately|roughly|more than|less than|fewer than|"
                    r"at least|up to|under|some)\s+(\d[\d,.]*|[a-z]+)\b", re.I)
# Words that say the same of a number: "over 30" is "more than 30".
_SAME_BOUND = {"more than": "over", "almost": "nearly", "around": "about", "approximately": "about",
               "roughly": "about", "some": "about", "fewer than": "less than", "under": "less than"}


def _bounds(text: str) -> Iterator[tuple[str, str]]:
    """(how the number is bounded, number) for each "over 30", "nearly 100" in the text."""
    for match in _BOUND.finditer(text):
        bound, number = match.group(1).lower(), match.group(2).lower()
        if NUMBER.fullmatch(number):
            yield _SAME_BOUND.get(bound, bound), number


def _measures(text: str) -> Iterator[tuple[str, str]]:
    """(number, unit stem) for each number of days, years, kilograms ... in the text ("three-day")."""
    for match in re.finditer(r"\b(\d[\d,.]*|[a-z]+)[\s-]+([a-z]+)\b", text, re.I):
        number, unit = match.group(1).lower(), match.group(2).lower()
        if NUMBER.fullmatch(number) and (is_kind_of(unit, "period") or is_kind_of(unit, "unit")):
            yield number, stem(unit)


def unsupported_words(statement: str, evidence: str) -> list[str]:
    """The content words of a statement that its evidence (and the question) do not use, by stem."""
    supported = set(terms(evidence))
    return [term for term in dict.fromkeys(terms(re.sub(r"\[\d+\]", " ", statement))) if term not in supported]


NEGATION = re.compile(r"\b(not|never|no|none|neither|nor|without)\b|n['’]t\b", re.I)


def negates(statement: str, evidence: str) -> bool:
    """A statement that denies what its evidence never denies: "Lukashenko did not invite ..."."""
    return bool(NEGATION.search(statement)) and not NEGATION.search(evidence)


def lasts_in(unit: str, sentence: str, counted: bool = False) -> bool:
    """Whether the sentence says how long in the unit asked: "how many days" by "a three-day visit"
    or "25-27 November", not by "three decades"; "how many decades" by "30 years". `counted`: by a
    number of the unit only, which "25-27 November" leaves the reader to count."""
    def measure(name: str) -> str:
        return name.lower().rstrip("s").replace("decade", "year")
    return any(measure(match.group(2) or ("day" if match.group(3) else "year")) == measure(unit)
               for match in DURATION.finditer(sentence) if match.group(2) or not counted)


# "a three-day visit", "three decades of friendship": a length that tells how long that thing lasts
_LENGTH_OF = re.compile(rf"\b(?:{_NUMBER_WORDS}|\d+)(?:-(?:day|week|month|year|hour|decade)|\s+(?:days?|weeks?|months?"
                        r"|years?|hours?|decades?)\s+of)\s+((?:[a-z]+\s+)?[a-z]+)", re.I)


_MEASURES = frozenset(terms("days weeks months years hours decades"))


def lasts_other(asked: frozenset[str], sentence: str) -> bool:
    """Whether each length the sentence gives is that of a thing the question does not ask about
    (by `asked` stems), while the sentence names one it does ask about: "How long did the talks
    last?" is not told by "The three-day visit witnessed ... talks", nor "How long was the visit?"
    by "The visit ... celebrated three decades of friendship"."""
    lengths = list(DURATION.finditer(sentence))
    things = [terms(match.group(1)) for match in _LENGTH_OF.finditer(sentence)]
    # "friends" are asked about in "three decades of friendship"; "two" names no thing, nor "days" the
    # measure: "How many days was Lukashenko in Pakistan?" is told by "The three-day visit"
    asked_things = asked - set(_NUMBER_WORDS.split("|")) - _MEASURES
    return (bool(lengths) and len(things) == len(lengths)
            and not any(term.startswith(word) for thing in things for term in thing for word in asked_things)
            and not set(terms(sentence)).isdisjoint(asked_things))


def years_long(question: str, sentence: str) -> list[str]:
    """The question's "N-year" phrases that a span of years in the sentence lasts: "a three-year
    plan" is the one "for 2025-2027"."""
    spans = {int(end) - int(start) + 1 for start, end in re.findall(_YEAR_SPAN, sentence)}
    return [match.group(0) for match in _YEARS_LONG.finditer(question) if spans and (
        int(match.group(1)) if match.group(1).isdigit() else _SMALL_COUNTS[match.group(1).lower()]) in spans]


def role_owner(question: str) -> tuple[str, str] | None:
    """'Who is the Prime Minister of Belarus?' -> ('prime minister', stem of 'Belarus')."""
    for pattern, role_group, owner_group in ((_ROLE_OF, 1, 2), (_OWNER_ROLE, 2, 1)):
        match = pattern.search(question)
        # "the former Prime Minister": "Prime" is part of the office, not whose it is.
        if match and match.group(owner_group).lower() not in STOPWORDS | TITLE_WORDS:
            return same_office(match.group(role_group).lower()), name_stem(match.group(owner_group))
    return None


def same_office(role: str) -> str:
    return OFFICE_ALIASES.get(role, role)


@dataclass(frozen=True)
class Office:
    """An office a sentence gives with its holder's name."""

    role: str  # "prime minister"
    owner: str | None  # name stem of the country or region it is of, when the sentence says so
    holder: str  # name stem of the holder's last name
    # all the stems of the holder's name: "Nawaz Sharif" is not "Prime Minister Shehbaz Sharif"
    names: frozenset[str] = field(default=frozenset(), compare=False)


_OWNER_BEFORE = re.compile(r"\b([A-Z][\w-]{2,})(?:['’]s)?\s+$")
# "President Lukashenko", "Prime Minister Muhammad Shehbaz Sharif", "President of Belarus, Aleksandr Lukashenko"
_HOLDER_AFTER = re.compile(r"(?:\s+of\s+(?:the\s+)?([A-Z][\w-]+))?,?\s+((?:[A-Z][\w.'’-]*\s+)*[A-Z][\w'’-]+)")
# A byline's "Mr. Khalid Taimur Akram, Executive Director, Pakistan Research Center ... (PRCCSF)":
# the holder before the office, the body after it, by its acronym when it has one.
_HOLDER_BEFORE = re.compile(r"((?:[A-Z][\w.'’-]*\s+)*[A-Z][\w'’-]+),\s+(?:[A-Z][\w-]*\s+)*$")
_BODY_AFTER = re.compile(r",\s+(?:[A-Z][\w'’-]*|of|for|a|an|the|with|and)(?:\s+(?:[A-Z][\w'’-]*|of|for|a|an|the|with|and))*"
                         r"\s+\(([A-Z]{2,8})\)|,\s+(?:the\s+)?([A-Z][\w'’-]+)")


def offices(sentence: str, former: bool = False) -> list[Office]:
    """The offices the sentence gives a named holder: "Belarus President His Excellency Aleksandr
    Lukashenko" -> (president, belarus, lukashenko); "Prime Minister Shehbaz Sharif" -> (prime
    minister, None, sharif). A "former Prime Minister" no longer holds the office: he is among the
    `former` holders only."""
    found = []
    for role in OFFICE.finditer(sentence):
        before = sentence[: role.start()]
        holder = _HOLDER_AFTER.match(sentence, role.end())
        if former != bool(FORMER_HOLDER.search(before)):
            continue
        if not holder or sentence[role.end():role.end() + 1] == ",":
            named, body = _HOLDER_BEFORE.search(before), _BODY_AFTER.match(sentence, role.end())
            if named and body:
                found.append(_held_by(same_office(role.group(0).lower()), name_stem(body.group(1) or body.group(2)),
                                      named.group(1)))
            continue
        owner = _OWNER_BEFORE.search(before)
        owner_word = holder.group(1) or (owner.group(1) if owner else None)
        if owner_word and owner_word.lower() in TITLE_WORDS | STOPWORDS:
            owner_word = None
        found.append(_held_by(same_office(role.group(0).lower()), name_stem(owner_word) if owner_word else None,
                              holder.group(2)))
    return found


# "former Prime Minister Nawaz Sharif", "the previous Belarusian leader"
FORMER_HOLDER = re.compile(r"\b(former|ex-|previous|past|erstwhile)\s*([A-Z][\w'’-]*\s+)?$", re.I)


def _held_by(role: str, owner: str | None, name: str) -> Office:
    """The office, held by the person a run of capitalised words names: by last name and all names."""
    return Office(role, owner, name_stem(words(name)[-1]), frozenset(_run_names(name, opens_text=False)))


def owner_in_document(holder: str, people: dict[str, str], home: str | None) -> str | None:
    """Whose office a holder holds, as the document tells it: the country it ties the holder to
    ("Belarus President ... Lukashenko"), or else its home, the place its events happen in; a
    report of a visit to Pakistan leaves Pakistan's offices unnamed."""
    return people.get(holder) or home


def misattributed_offices(statement: str, people: dict[str, str], home: str | None) -> list[Office]:
    """The offices a statement gives an owner the document does not: "the Prime Minister of Belarus,
    Shehbaz Sharif" where the document ties Sharif's office to Pakistan."""
    return [office for office in offices(statement)
            if office.owner and owner_in_document(office.holder, people, home) not in (None, office.owner)]


def office_mentions(text: str) -> list[tuple[str, str]]:
    """The offices a text mentions, as written and by their one name: "the army chief" ->
    ("army chief", "chief of army staff"); "the writer" -> ("writer", "author")."""
    return [(match.group(0), same_office(match.group(0).lower())) for match in OFFICE.finditer(text)] + [
        (match.group(0), "author") for match in _AUTHOR.finditer(text)]


_AUTHOR = re.compile(r"\b(author|writer)\b", re.I)
# "The author of “Pakistan Welcomes ...” is Khalid Taimur Akram": how a document card names its author.
_AUTHOR_IS = re.compile(r"\bThe author of .+? is ((?:[A-Z][\w.'’-]*\s+)*[A-Z][\w'’-]+)")


def authors(sentence: str) -> list[Office]:
    """The author a sentence names, as the holder of the office "author": a question about "the
    author's position" is then answered by the byline that names him with his title."""
    return [_held_by("author", None, match.group(1)) for match in _AUTHOR_IS.finditer(sentence)]


# Offices any head holds: "the Belarusian leader" is its president.
GENERIC_OFFICES = frozenset({"leader", "head of state", "head of government"})
# Offices that head no state: an Executive Director is no "leader" of a country.
NOT_HEADS = frozenset({"director", "ceo", "author"})


def holds_a_kind_of(office: str, noun: str) -> bool:
    """Whether an office's holder is one of those the noun names: a "chief minister" is a minister, a
    "chief of army staff" a chief."""
    head = office.split(" of ")[0].split()[-1]
    return stem(head) == stem(noun) or is_kind_of(head, noun)


def attaches_role(sentence: str, role: str, owner: str | None, people: dict[str, str], home: str | None,
                  former: bool = False, holders: dict[str, frozenset[str]] | None = None) -> bool:
    """True when the sentence names the holder (or a `former` one) of that office of that owner; an
    office given with no owner ("Prime Minister Shehbaz Sharif") is the one the document ties its
    holder to. Any head's office is a "leader"'s: "Which Punjab leader" is its Chief Minister, and
    so is any person the sentence names whom `holders` (office -> its holders' names) give one. No
    owner asks for a holder of the office of any owner."""
    if role in GENERIC_OFFICES and holders and any(
            owner_in_document(name, people, home) == owner for office, names in holders.items()
            if office not in NOT_HEADS for name in names & names_in(sentence)):
        return True
    return any((office.role == role or role in GENERIC_OFFICES and office.role not in NOT_HEADS)
               and (owner is None or (office.owner or owner_in_document(office.holder, people, home)) == owner)
               for office in offices(sentence, former))


# "Who pledged ...?" is answered by "Both governments pledged ...".
BOTH_SIDES = re.compile(r"\s*(?:Both|The two)\s+(?:governments|nations|countries|sides|leaders|parties|delegations)"
                        r"\s+(?:also\s+)?(?:\w+ed|will)\b")


def fits_kind(sentence: str, kind: Kind) -> bool:
    if kind == Kind.COUNT:
        return any(not YEAR.fullmatch(m.group(0)) for m in NUMBER.finditer(sentence))
    if kind == Kind.AMOUNT:
        return bool(MONEY.search(sentence))
    if kind == Kind.SHARE:
        return bool(SHARE.search(sentence))
    if kind == Kind.DURATION:
        return bool(DURATION.search(sentence))
    if kind == Kind.AGE:
        return bool(AGE.search(sentence))
    if kind == Kind.DATE:
        return bool(DATE.search(sentence))
    if kind == Kind.TIME:
        return bool(CLOCK.search(sentence))
    if kind == Kind.PERSON:
        return bool(PERSON_TITLE.search(sentence) or CAPITALISED_RUN.search(sentence) or BOTH_SIDES.match(sentence))
    if kind == Kind.PLACE:
        return bool(places(sentence))
    if kind == Kind.ROLE:
        return bool(PERSON_TITLE.search(sentence) or OFFICE.search(sentence))
    return True


# Capitalised words that address or rank a person without naming one.
TITLE_WORDS = frozenset(title.lower() for title in _TITLES) | {"prime", "his", "her", "excellency", "staff", "army",
                                                                "executive", "deputy", "vice", "acting", "managing"}


_CAPITALISED_WORDS = re.compile(r"\b[A-Z][\w-]+(?:\s+(?:of\s+)?[A-Z][\w-]+)*")


def titles(sentence: str, person: list[str]) -> int:
    """How many capitalised words the sentence gives the person that the question did not, at most:
    "Chief of Army Staff General Asim Munir" says who General Asim Munir is (4), "Belarus President
    His Excellency Aleksandr Lukashenko" more of who Lukashenko is (5) than "H.E President Lukashenko"."""
    if not person:
        return 0
    return max((len(set(re.findall(r"[A-Z][\w-]+", run.group(0))) - set(person))
                for run in _CAPITALISED_WORDS.finditer(sentence) if run.group(0).endswith(" ".join(person))), default=0)


def names_only_within_organizations(sentence: str, names: set[str], asked: set[str],
                                    people: frozenset[str] = frozenset()) -> set[str]:
    """The names (stems) the sentence uses only inside a quoted title or the name of an organization
    the question does not give: "Communication University of China" says nothing about what China
    did. A run of capitalised words is an organization's name when another of its words is a kind of group
    ("University", "Forum") and no title makes it a person's ("Chief of Army Staff General ...")."""
    inside, outside = set(), set()
    # A quoted title names no one either ("“Pakistan Welcomes Brother Aleksandr Lukashenko”"), unless
    # the question quotes it, in words other than the names of `people` and countries it holds.
    for quotation in QUOTED.findall(sentence):
        written = re.findall(r"[\w'’-]+", quotation)
        # a first name is a name of the person whose surname follows it
        names_of_people = people | {name_stem(word) for word, following in zip(written, written[1:], strict=False)
                                    if name_stem(following) in people}
        if not ({stem(word.lower()) for word in written if not is_country(word)} - names_of_people) & asked:
            inside.update({name_stem(word) for word in re.findall(r"[A-Z][\w-]+", quotation)} & names)
    for run in _CAPITALISED_WORDS.finditer(without_quotations(sentence)):
        run_words = re.findall(r"[A-Z][\w-]+", run.group(0))
        mentioned = {name_stem(word) for word in run_words} & names
        if not mentioned:
            continue
        organization = len(run_words) > 1 and not PERSON_TITLE.search(run.group(0)) and any(
            is_kind_of(word.lower(), "group") for word in run_words if name_stem(word) not in asked)
        (inside if organization else outside).update(mentioned)
    return inside - outside


_DONE_TO_WITHIN = 5


def named_around(sentence: str, verb_stem: str) -> tuple[set[str], set[str]] | None:
    """Who an active sentence names right before its verb (the doer) and right after it: "Prime
    Minister Shehbaz Sharif hailed President Lukashenko" -> ({shehbaz, sharif}, {lukashenko}). None
    when the verb is missing or passive."""
    for word in re.finditer(r"[\w'’-]+", sentence):
        if stem(word.group(0).lower()) != verb_stem:
            continue
        before, after = sentence[: word.start()], sentence[word.end():]
        # "was hosted", and the reduced passive "a luncheon hosted by Nawaz Sharif"
        if re.search(r"\b(is|was|are|were|been|being|be)\s+$", before, re.I) or re.match(r"\s+by\b", after):
            return None
        # The doer stands right before the verb, before one adverb, or before a light verb, its
        # article and an adjective ("Lukashenko paid an official visit"): in "the MoUs, aimed at", the
        # verb is no deed of the MoUs. Doers may be two: "Shehbaz Sharif and H.E President Lukashenko".
        runs = list(_CAPITALISED_WORDS.finditer(before))
        doers = [run for run in runs
                 if re.fullmatch(r"\s+(\w+ly\s+|also\s+)?(\w+\s+(an?|the)\s+(\w+\s+)?)?", before[run.end():])][-1:]
        while doers and (earlier := [run for run in runs if run.end() <= doers[0].start()]) and re.fullmatch(
                r",?\s+and\s+(?:[A-Z][\w.]*\s+)?", before[earlier[-1].end():doers[0].start()]):
            doers.insert(0, earlier[-1])
        # A second verb shares the first one's doer: "Lukashenko commended ... and reiterated ..."
        if not doers and re.search(r"\band\s+$", before):
            doers = [run for run in runs if re.match(r"\s+\w+ed\b", before[run.end():])][:1]
        # whom the deed is done to is named within a few words of it ("paid an official visit to Pakistan"):
        # "discussions on potential joint ventures, including ... a veterinary medicine facility in Pakistan"
        # are not done to Pakistan
        done_to = _CAPITALISED_WORDS.search(after)
        if done_to and len(after[:done_to.start()].split()) > _DONE_TO_WITHIN:
            done_to = None
        return ({name for run in doers for name in _run_names(run.group(0), opens_text=run.start() == 0)},
                _run_names(done_to.group(0), opens_text=False) if done_to else set())
    return None


def does_something(sentence: str, names: set[str] | frozenset[str]) -> bool:
    """Whether one of the names is the doer of a verb of the sentence: in "Lukashenko invited Maryam
    Nawaz", Lukashenko does and she does not."""
    return any((around := named_around(sentence, stem(verb.lower()))) and names & around[0]
               for verb in re.findall(r"\b\w+ed\b", sentence))


def new_name_runs(sentence: str, known: set[str]) -> list[str]:
    """The sentence's runs of capitalised words that name something outside `known` (name stems)."""
    return [run for run, names in named_runs(without_quotations(sentence)) if names - known]


def names_someone_new(sentence: str, known: set[str]) -> bool:
    """Whether a run of capitalised words in the sentence names none of `known`: "Her Excellency
    Aleksandr Lukashenko" is no one new to a question about Lukashenko, though "Aleksandr" is. A
    month names no one: "Published on 29th November 2024" tells no head of state."""
    return any(names - _CALENDAR and not names & known for _, names in named_runs(without_quotations(sentence)))


def names_in(text: str) -> set[str]:
    """Who or what a text names: the name stems of its capitalised words that are neither titles
    nor an ordinary word starting it ("During", "Similarly"). A title with no name after it ("The
    Prime Minister also presented ...") stands for a person and counts as a name."""
    return set().union(*(names for _, names in named_runs(text)))


def named_runs(text: str) -> Iterator[tuple[str, set[str]]]:
    """Each run of capitalised words in the text, with the names it gives."""
    for run in _CAPITALISED_WORDS.finditer(text):
        yield run.group(0), _run_names(run.group(0), opens_text=not text[: run.start()].strip(" \"'“‘*("))


def _run_names(run: str, opens_text: bool) -> set[str]:
    named, titles = set(), set()
    for position, match in enumerate(re.finditer(r"[A-Z][\w-]+", run)):
        word = match.group(0).lower()
        if word in TITLE_WORDS:
            titles.add(word)
        elif word in STOPWORDS or (opens_text and position == 0 and lemmas_of(word)):
            continue
        else:  # "Belarus-Pakistan" names both
            named |= {name_stem(part) for part in match.group(0).split("-") if part[:1].isupper()}
    return named or titles


_PASSIVE = re.compile(r"\b(?:is|was|are|were|been|being|be)\s+(?:\w+ly\s+)?(\w+)(.*)", re.I)


# A sentence whose subject is the deed: "The signing of the Roadmap ... highlighted ..."
_DEED_OPENS = re.compile(r"^\W*(?:The|A|An)\s+(\w+ing)\s+of\b(.*)")


def agentless(sentence: str, verb_stem: str) -> bool:
    """Whether the sentence says the thing was done without saying by whom: "A forum was organized,
    bringing together ..." and "The signing of the Roadmap ... highlighted ..." do not answer "who
    organized the forum" or "who signed the roadmap"; "the signing of an MoU between NLC and
    Beltamozhservice" names its parties."""
    opening = _DEED_OPENS.match(sentence)
    return any(stem(match.group(1).lower()) == verb_stem and not re.search(r"\bby\b", match.group(2))
               for match in _PASSIVE.finditer(sentence)) or bool(
        opening and stem(opening.group(1).lower()) == verb_stem and not re.search(r"\b(?:by|between)\b", opening.group(2)))


def counted_words(sentence: str, window: int = 4) -> list[str]:
    """The words right after each count in the sentence: what the numbers count ('15 agreements')."""
    tokens = re.findall(r"[\w'’]+-?", sentence)
    found: list[str] = []
    for i, token in enumerate(tokens):
        number = token.rstrip("-")
        if NUMBER.fullmatch(number) and not YEAR.fullmatch(number):
            # "three-day" counts days, not the visit they describe
            unit = token.endswith("-") and tokens[i + 1: i + 2] and tokens[i + 1][0].isalpha()
            found += [word.rstrip("-") for word in tokens[i + 1: i + 2 if unit else i + 1 + window]]
    return found


# Text addressed to an AI rather than to a reader: a document may carry it to hijack answers.
INSTRUCTION = re.compile(
    r"\b(ignore|disregard|forget|override)\b.{0,40}\b(instructions?|prompts?|rules|documents?|context|above)\b"
    r"|\b(system|assistant)\s*(prompt|note|message)?\s*:"
    r"|\byou are now\b|\bfrom now on\b.{0,40}\b(answer|reply|respond|say)\b"
    r"|\b(answer|reply|respond)\b.{0,30}\b(every|all|any)\b.{0,20}\bquestions?\b",
    re.I,
)


def is_instruction(sentence: str) -> bool:
    return bool(INSTRUCTION.search(sentence))


# A byline or dateline ends with where it is from: "..., Pakistan Research Center (PRCCSF), Islamabad".
_TRAILING_NAME = re.compile(r",\s+([A-Z][\w'’-]+)\W*$")


def places(sentence: str) -> set[str]:
    """Name stems of the places a sentence puts something at, in, to or from, or has someone visit,
    and of a place it ends with after a comma."""
    found = {name_stem(match.group(3)) for match in PLACE.finditer(sentence)
             if not _PERSON_ADDRESSED.match(sentence, match.start(3))}
    trailing = _TRAILING_NAME.search(sentence)
    if trailing and is_kind_of(trailing.group(1).lower(), "location", depth=10):
        found.add(name_stem(trailing.group(1)))
    return found


def is_country(word: str) -> bool:
    """Whether the word names a country: WordNet's second sense of it, the territory of a nation."""
    return is_kind_of(word.lower(), "country", depth=2, general_senses=2)


def countries(sentence: str) -> set[str]:
    """Name stems of the countries a sentence names anywhere: "Pakistan's early support"."""
    # "Communication University of China" is a university, wherever it is.
    return {name_stem(word) for word in re.findall(r"(?<!\w of )\b[A-Z][a-z]+", sentence) if is_country(word)}


_DEFINED = re.compile(r"((?:[\w'’-]+\s+){1,9})\(([A-Z][A-Za-z]{1,7})\)")
_LINKING = frozenset({"of", "and", "for", "the", "a", "an", "with", "on", "in", "to"})


def acronym_definitions(text: str) -> dict[str, str]:
    """Acronyms a text defines, with the words they stand for: "memoranda of understanding (MoUs)"
    -> {"MoUs": "memoranda of understanding"}. The capitals of the acronym must be the initials of
    the words before it, linking words skipped."""
    found = {}
    for match in _DEFINED.finditer(text):
        acronym, before = match.group(2), match.group(1).split()
        initials = [ch.lower() for ch in acronym if ch.isupper()]
        taken: list[str] = []
        content = 0
        for word in reversed(before):
            if content == len(initials):
                break
            if word.lower() in _LINKING:
                taken.append(word)
            elif word[0].lower() == initials[len(initials) - 1 - content]:
                taken.append(word)
                content += 1
            else:
                break
        if content == len(initials):
            found[acronym] = " ".join(reversed(taken))
    return found
