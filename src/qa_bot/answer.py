"""Hits -> Answer. The extractive engine picks the sentences that answer and cites them; the LLM
engine (llm_answer.py) phrases an answer from the same sentences.

Abstention is decided before any model runs, from checks that each catch a different way a
retrieved sentence can look relevant and still not answer:
- kind: a "how many" needs a count of the thing asked about, a "how much money" a sum, a "when" a
  date (fits_kind, _counts_focus);
- office: "who is the Prime Minister of Belarus" needs a sentence naming the holder of that office
  of Belarus, as the document ties offices to countries (attaches_role);
- answer type: "which X" needs a sentence naming an X (a synonym or a kind of X, from WordNet), and
  "who/with whom" a person the question does not already name;
- coverage: most of the question's content words (IDF-weighted), or close synonyms of them, must be
  in the sentence or the one before it.
"""

from __future__ import annotations

import math
import re
import string
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from difflib import get_close_matches
from enum import Enum
from functools import cached_property, lru_cache
from typing import Any

from lemminflect import getAllInflections, getInflection

from qa_bot.embeddings import WordSimilarity
from qa_bot.evidence import (
    BOTH_SIDES,
    FORMER_HOLDER,
    GENERIC_OFFICES,
    NOT_HEADS,
    NUMBER,
    PERSON_TITLE,
    PLACE,
    TITLE_WORDS,
    YEAR,
    acronym_definitions,
    agentless,
    attaches_role,
    authors,
    counted_words,
    countries,
    does_something,
    fits_kind,
    holds_a_kind_of,
    is_country,
    is_instruction,
    lasts_in,
    lasts_other,
    named_around,
    named_runs,
    names_in,
    names_only_within_organizations,
    names_someone_new,
    new_name_runs,
    office_mentions,
    offices,
    owner_in_document,
    places,
    role_owner,
    same_office,
    titles,
    years_long,
)
from qa_bot.ingest import CARD_HEADING
from qa_bot.question import (
    ABOUT,
    ACRONYM,
    CATENATIVE_VERBS,
    DOMAIN_NOUNS,
    GENERIC_NOUNS,
    HOW_MANY_UNITS,
    KIND_WORDS,
    NAMING_VERBS,
    NOT_SAID,
    OFFICE,
    QUESTION_SCAFFOLD,
    ROLES,
    TERSE_YEARS,
    THE_DOCUMENT,
    TOPIC_REQUEST,
    YES_NO,
    Kind,
    Question,
    deed_after,
    deed_done,
    is_gathering,
    is_plural_noun,
    is_site,
    noun_compounds,
    noun_phrase,
    person_names,
    phrase_head,
    predicate,
    shifts_topic,
    spoken_topic,
    why_valued,
)
from qa_bot.schema import Answer, Chunk, Citation, Hit
from qa_bot.terms import (
    PLURAL_ACRONYM,
    QUOTED,
    STOPWORDS,
    is_demonym,
    lemmas_of,
    name_stem,
    paying_idiom_verbs,
    stem,
    terms,
    without_quotations,
    words,
)
from qa_bot.thesaurus import (
    SYNONYM_SENSES,
    are_manners_of_one,
    are_siblings,
    country_of,
    english_words,
    general_verbs,
    is_common_word,
    is_english,
    is_kind_of,
    is_known,
    is_manner_of,
    is_mostly,
    is_proper_noun,
    opposites_among,
    pertains_to,
    phrasal_verb,
    synonyms_of,
    synonyms_unless_kind,
    transfer_of,
)


@dataclass(frozen=True)
class Thresholds:
    """The engine's tunable numbers; defaults chosen by cross-validation (eval/tune.py, README).

    A sentence-embedding similarity term was tried as well; cross-validation gave it weight 0.
    """

    min_coverage: float = 0.45  # IDF-weighted share of the question's words a sentence must cover
    synonym_similarity: float = 0.55  # word cosine that counts a word as a synonym of a question word
    context_weight: float = 0.5  # weight of words borrowed from earlier turns, relative to the question's own
    second_sentence_ratio: float = 0.9  # a second sentence joins the answer when it scores this close
    # or this close when it goes on about the best one ("This roadmap provides ..." after the roadmap's signing)
    continuation_ratio: float = 0.75


# Words that change which event a question is about: a sentence without them answers another question
# ("When did he last visit?" is not answered by the date of this visit).
# ... and a rank by size, which only a sentence that ranks tells: "Belarus's largest export"
QUALIFIERS = frozenset(terms("last previous next first former future before prior earlier later upcoming again ago "
                             "largest biggest smallest highest lowest"))
AHEAD = frozenset(terms("future upcoming"))


# "agreements on energy", "signed on defense", "agree about space", MoUs "concerning" trade: what an agreement is about;
# "on behalf of" is who for.
AGREED_ON = re.compile(r"\b(?:agreements?|deals?|treat(?:y|ies)|memorand\w*|mous?|pacts?|accords?"
                       r"|sign(?:s|ed)?|reach(?:es|ed)?|agree[sd]?|conclude[sd]?|ink(?:s|ed)?|str(?:ike|ikes|uck)|seal(?:s|ed)?"
                       r"|finali[sz]e[sd]?)"
                       r"\s+(?:on(?!\s+behalf\b)|(?:(?<=\bagree\s)|(?<=\bagreed\s))about|(?:were|was|are|is)\s+(?:about|on)"
                       r"|concern(?:s|ed)?|cover(?:s|ed)?|(?:deal|deals|dealt)\s+with|(?:is|are|was|were)\s+related\s+to"
                       r"|in\s+(?:the\s+)?(?:field|area|sphere|domain|sector)s?\s+of)\s+((?:the\s+)?[\w-]+(?:\s+[\w-]+)?)",
                       re.I)
ANY_AGREEMENT = frozenset(terms("cooperation collaboration partnership relations ties"))
# and the doer's: a "director" directs ("-er" ends too many nouns that are no doers: "number", "matter")
DEED_NOUN_ENDING = r"(?:ments?|ions?|als?|ings?|ances?|ences?|ures?|ors?)"
DEED_NOUN = re.compile(DEED_NOUN_ENDING + "$")
# what follows a verb's stem in its noun: "agre|ements"
DEED_NOUN_REST = re.compile(rf"\w*?{DEED_NOUN_ENDING}")
SPEECH_VERBS = frozenset(stem(verb) for verb in "say said tell told speak spoke state stated".split())
# "Did he talk about ...?", "What did she mention?": said by any deed of the speaker's
# ... and what someone is credited with ("What did Sharif credit Lukashenko with?"), in any deed of the crediting
SPOKE_OF = SPEECH_VERBS | frozenset(stem(verb) for verb in "talk talked mention mentioned comment commented signal indicate "
                                    "attribute credit ascribe".split())
# "Was terrorism discussed?": what no one is named as discussing is discussed wherever it is told
DISCUSSED = SPOKE_OF | frozenset(terms("discuss discussed raise raised address addressed"))
# "Where in Belarus ...?": a place inside the one named
WITHIN_PLACE = re.compile(r"\b(?i:where\s+in\s+(?:the\s+)?)([A-Z][\w'’-]+)")
NAME_OF = re.compile(r"\b(?:name|title) of\b", re.I)
# To bind oneself to a deed, in any of these verbs: "Did they agree to promote literature?" is told by
# "Both nations committed to promoting ... literature". WordNet's commonest "commit" is a crime's. Not
# the nouns: "their commitment to fostering cooperation" agreed on no currency swap.
COMMITTED = frozenset("agree agrees agreed commit commits committed pledge pledges pledged vow vows vowed "
                      "undertake undertakes undertook".split())
COMMITMENTS = frozenset(stem(verb) for verb in COMMITTED)
# and the thing named: "the name of the photo album" -> "album"
NAME_OF_THING = re.compile(r"\b(?:name|title) of (?:(?:the|a|an|this|that)\s+)?(?:[\w-]+\s+)*?([\w-]+)"
                           r"(?=\s*(?:[?,]|$|\b(?:is|was|that|which|who|signed|in|at|from|for|to|by)\b))", re.I)
# persons, plural: "Which people signed ...?" asks for persons, not for a people
PERSONS_PLURAL = frozenset({"people", "persons", "individuals"})
# what "Both governments" or "The two nations" are
TWO_SIDES = frozenset(terms("country nation state government side party"))
# An office asked after an article alone: "a minister", not "the finance minister"
BARE_OFFICE = r"\b(?:a|an|any|the)\s+{}\b"
# "What will the tractor plant be called?" asks its name, as "the name of the tractor plant" does
CALLED_ASKED = re.compile(r"^\W*what\s+(?:is|are|was|were|will)\s+(?!(?:it|they|this|that|these|those)\s)"
                          r"([\w'’ -]+?)\s+(?:be\s+)?called(?:\s+for\s+short)?\W*$", re.I)
# "Who signed on behalf of NLC?", "Who signed it for Belarus?" (a country; "for Lukashenko" is for a person)
ON_BEHALF = re.compile(r"\b(?i:on behalf of)\b|\bfor\s+(?:the\s+)?([A-Z][a-z]+)\W*$")
# A date line tells when the document came out, and answers only a question about that.
PUBLICATION = re.compile(r"\bpublished\b", re.I)
DATE_LINE = re.compile(r"^\W*published\b", re.I)
ABOUT_PUBLICATION = re.compile(rf"\bpublish\w*|\bpublication\b|\bwr[io]te\b|\bwritten\b|\bauthor|\bcome out\b"
                               rf"|{THE_DOCUMENT.pattern}", re.I)
# "How many MoUs were signed at the business forum?", "the theme of the luncheon": not told of another gathering or meal
AT_EVENT = re.compile(r"\b(?:at|during|of)\s+(?:the|a|an)\s+(.+)", re.I)
EVENT_SHARE = 4  # a gathering named in at least one passage in four frames the document
# Time cues in stopwords and light verbs, each with what a sentence must say to keep it: "visited
# Pakistan before Lukashenko" asks about an earlier time, and "When did Lukashenko become
# president?" is not answered by a date he was president on.
TIME_CUES = [
    (re.compile(r"\bbefore\s+\w", re.I), re.compile(r"\b(before|earlier|previous(ly)?|prior|past|ago)\b", re.I)),
    # becoming a member or an office holder, not becoming "more streamlined"
    (re.compile(r"\bbec[oa]me\b(?!\s+(?:more|less|better|worse|easier|harder|stronger|closer|deeper|greater|faster)\b)"
                r"|\b(?:take|takes|took|taken|taking|assume[sd]?|assuming)\s+(?:the\s+)?office\b"
                r"|\b(?:appointed|elected|sworn)\b", re.I),
     re.compile(r"\b(bec[oa]me|becoming|elected|appointed|sworn|took office|assumed|since|accession|joined|entry)\b", re.I)),
]

# After one of these a word is a noun: "the capital" asks for a city, not for anything "great".
DETERMINERS = frozenset("the a an this that these those its their his her our your any each every some of".split())
# These and the author, who speaks in every sentence: a sentence need not name them to tell of them.
UNNAMED_OFFICES = GENERIC_OFFICES | {"author"}
# "Who attended the luncheon?": anyone the sentence has do something there was present.
PRESENCE_VERBS = frozenset(terms("attend attended participate participated"))
# A gathering's words for those present
GATHERED = re.compile(r"\b(?:bring|brings|bringing|brought)\s+together\b|\b(?:gathered|convened)\b|\battended\s+by\b", re.I)
# "Who leads the research center?" is told by an office: "Executive Director, Pakistan Research Center".
LEADING_VERBS = frozenset(terms("lead leads led head heads headed run runs ran chair chairs chaired direct directs "
                                "directed command commands commanded manage manages managed"))
# "... the Prime Minister who invited Lukashenko": a deed and whom it was done to.
RELATIVE_CLAUSE = re.compile(r"(?<=\w)\s+who\s+(\w+)\s+((?:[A-Z][\w'’-]*\s*)+)")
COMPOUND_PREFIX = re.compile(r"\b[\w'’]+-(?=\w)")
PERSONAL_PRONOUN = re.compile(r"\b(he|him|his|she|her)\b", re.I)
PERSON_SUBJECT = re.compile(r"(He|She)\b")
# "the Belarusian president shared ...": a holder the sentence names by the office and its country
DESCRIBED_DOER = re.compile(rf"\bthe\s+([A-Z][\w'’-]+)\s+((?i:{ROLES}))\s+\w+ed\b")
WHO_DID = re.compile(r"\s*who\s+(?:will\s+|would\s+|can\s+|could\s+|should\s+|might\s+|must\s+)?(\w+)", re.I)
# What follows a modal without being the deed: "Who will be there?"
AUXILIARY_VERBS = frozenset("be have do".split())
# "Who gave a lunch?", "Who held talks?", "Who issued the invitation?": a light verb's deed is the thing it
# gives, holds or issues.
LIGHT_VERBS = frozenset("give gives gave given hold holds held make makes made throw throws threw "
                        "issue issues issued extend extends extended offer offers offered provide provides provided "
                        "lend lends lent".split())
# what a light verb's deed is, if not a pronoun: "Who gave | it" names none ("it" is no IT)
LIGHT_VERB_OBJECT = re.compile(r"\s+(?:(?:a|an|the|their|his|her|its)\s+)?(?!(?:it|them|this|that|these|those|him|her)\b)"
                               r"([a-z]+)\b")
# Another way of the same deed ("lauding" for "commend") counts as a near synonym, below the word itself.
SIBLING_SIMILARITY = 0.65
# Nouns of the doer ("publisher"), not of the deed's content ("pledge")
DOER_ENDINGS = ("er", "ers", "or", "ors", "ist", "ists")
# Items of a list: "A, B, and C" or "A, B and C"
A_LIST = re.compile(r",[^,]+,?\s+and\s+")
# To run or head a body is told by the title of its head: "the author runs" the centre of which he is
# "Executive Director".
LEADS = frozenset(terms("run head lead direct manage chair"))
# ... and of an institution, not of a country ("the Belarusian president")
DIRECTOR = re.compile(r"\b(?:director|chair(?:man|woman|person)?|chief executive)\b", re.I)
LEADER_TITLE = re.compile(r"\b(?:director|head|chief|chair(?:man|woman|person)?|president|leader)\b", re.I)
# "How often ...?" asks a frequency: "annually", "every year", "twice a month".
HOW_OFTEN = re.compile(r"\bhow (?:often|frequently)\b|\bat what (?:frequency|intervals?)\b", re.I)
FREQUENCY = re.compile(r"\b(?:daily|weekly|monthly|quarterly|annually|yearly|annual|biannual\w*|biennial\w*|regularly"
                       r"|periodically|every|once|twice|per (?:day|week|month|year)|each (?:day|week|month|year)"
                       r"|\w+ times (?:a|per|each))\b", re.I)
# "By how much ...?" asks the size of a change: "by 20%", "to $1 billion", "doubled".
BY_HOW_MUCH = re.compile(r"\bby how (?:much|many)\b", re.I)
CHANGED_BY = re.compile(r"\b(?:by|to)\s+(?:about\s+|around\s+|over\s+|nearly\s+|some\s+)?(?:\$|US\$|Rs\.?\s*)?\d|\d\s*%"
                        r"|\b(?:doubl|tripl|halv)\w*|\bpercent\b", re.I)
# the rest of a sentence after what was said, joined to it: " and exploring opportunities ..."
JOINED = re.compile(r"^\W*(?:and|or)\s+([a-z]+)\b")
# or listed after an infinitive: "agreed to expand exchanges, strengthen ties, and promote ..."
LISTED = re.compile(r"^\s*,\s*([a-z]+)\b")
INFINITIVE = re.compile(r"\bto\s+([a-z]+)\b")
# "Who is Aleksandr Lukashenko?" asks about a person already named: the answer describes him.
NAMES_ITS_PERSON = re.compile(r"\s*(?i:(?:and|but|then),?\s+)?(?i:who\s+(is|was|are|were))\s+[A-Z]")
ASKS_FOR_HOLDER = re.compile(r"\s*(who|whom)\s+(is|was|are|were|will be|has been)\b|\s*what\s+(is|was)\s+the\s+name\s+of\b"
                             r"|\s*what(?:['’]s|\s+is|\s+was)\s+the\s+.+?['’]s\s+(?:full\s+)?name\W*$", re.I)
# "Who is the prime minister?", "What is the name of the current army chief?": nothing but the office
_CURRENT = r"(?:(?:current|present|sitting)\s+)?"
SOLE_OFFICE_ASKED = re.compile(rf"\s*(?:who\s+(?:is|was|are|were)|what\s+(?:is|was)\s+the\s+name\s+of)\s+(?:the\s+)?"
                               rf"{_CURRENT}(?i:{ROLES})\W*$"
                               # "What is the prime minister's full name?"
                               rf"|\s*what(?:['’]s|\s+is|\s+was)\s+the\s+{_CURRENT}(?i:{ROLES})['’]s\s+(?:full\s+)?name\W*$",
                               re.I)
# "What country is Shehbaz Sharif the president of?": a person said to hold an office.
NAMED_HOLDER = re.compile(rf"\b(?:is|was)\s+((?:[A-Z][\w-]*\s+)+)the\s+((?i:{ROLES}))\b")
HOLDER_NOUN = re.compile(r"^\s*(?i:who|whom)\s+(?i:is|was|are|were)\s+(?:(?i:the|an?)\s+([a-z][\w-]*)\s+of\b"
                         r"|(?:[A-Z][\w-]*['’]s|(?i:its|his|her|their))\s+([a-z][\w-]*)\b)")
# "Which Belarusian minister ...?" asks for the holder of an office of that country ("Which Prime
# Minister?" names no country).
WHICH_HOLDER = re.compile(rf"\s*(?i:which|what)\s+(?!(?i:{ROLES})\b)([A-Z][\w-]+)\s+((?i:{ROLES}))s?\b")
# "Which Prime Minister?" asks for the name of the one meant.
WHICH_OFFICE = re.compile(rf"\s*(?i:which|what)\s+((?i:{ROLES}))\W*(?:$|{re.escape(ABOUT)})")
ONGOING_QUESTION = re.compile(r"\bhow long\b.*\b(has|have)\b.*\bbeen\b", re.I)
ONGOING_SENTENCE = re.compile(r"\bsince\b|\bfor\s+(over\s+|more than\s+|nearly\s+|almost\s+)?(\d+|[a-z]+)\s+"
                              r"(years?|months?|decades?|weeks?|days?)\b", re.I)
NARROWING_NAME = re.compile(r"\b[A-Z][\w-]*(?=\s+[a-z])")
# "three decades of friendship": how long what follows has lasted
LASTED = re.compile(r"\b(?:\d+|[a-z]+)\s+(?:years|decades)\s+of\s+(\w+)(?:\s+(\w+))?")
# A word this close to the question's verb may tell its deed in other words: "appreciation" for "thank".
RELATED = 0.40
# A word this close to what a sentence counts counts the same things: "firms" (0.87) and "companies".
COUNTED_SIMILARITY = 0.65
# A WordNet synonym only in a rare sense of the sentence's word needs this much vector closeness too:
# "visit" means "impose" only in its fifth sense (cosine 0.15); "establishment" is "building" (0.35).
RARE_SENSE_SIMILARITY = 0.25
# An anniversary is a span of years celebrated or marked.
ANNIVERSARY_STEMS = frozenset(terms("anniversary anniversaries jubilee"))
_CELEBRATED_SPAN = re.compile(r"\b(?:celebrat|commemorat|mark)\w*(?: \w+){0,3} \w+ (?:years|decades)\b")
# a word that says which side of a giving a name is on
GIVING_SIDE = re.compile(r"\b(?:for|to|from|by)\b", re.I)
# Deeds two do together, each to the other
MUTUAL_VERBS = frozenset(terms("meet meets met meeting talk talked confer conferred negotiate negotiated "
                               "cooperate cooperated collaborate collaborated"))
# "What did Lukashenko call Shehbaz Sharif?", "Did Lukashenko call Sharif a brother?"; not "What is the roadmap
# called?" nor what the headline calls him
_CALLER = (r"(?:did|does|do|would|will)\s+(?!(?:the|its|this)\s+(?:article|headline|title|piece|document|author|writer)\b)"
           r"[\w'’ -]+?\s+(?:call|term|dub|label|nickname)\s+")
ASKS_CALLING = re.compile(rf"^\W*(?:what\s+{_CALLER}\w|{_CALLER}[\w'’ .-]+?\s+(?:as\s+)?(?:a|an|the)\s+\w)", re.I)
# "hailed President Lukashenko as a great friend", "termed him as a brother": naming someone something
CALLS_AS = re.compile(r"\b\w+(?:ed|s)\s+(?:(?:[A-Z][\w.'’-]*|him|her|them|it)\s+)+as\s+(?:a|an|the)\b")
# "fifty agreements" is not answered by a document that never says 50. Smaller numbers are words of
# every kind of text ("the two countries", "one of").
NUMBER_WORDS = {word: value for value, word in enumerate(
    "eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty".split(), start=11)} | {
    word: 10 * tens for tens, word in enumerate("thirty forty fifty sixty seventy eighty ninety".split(), start=3)}
AMOUNTS = ("magnitude", "quantity")
SIGNED_THINGS = frozenset(terms("document documents paper papers"))
SIGNED = re.compile(r"\bsign(ed|ing|s)?\b", re.I)
# Whoever is counted at a gathering takes part in it: "30 Belarusian companies" are participants.
PARTAKERS = frozenset(terms("participant participants attendee attendees"))
DEFINITION_WORDS = frozenset(terms("stand stands mean means meaning full form short abbreviation acronym"))
# "Which country supported Belarus?" is answered by "Pakistan's early support", at no preposition.
NATION = re.compile(r"\b(what|which) (country|countries|nation|nations|state|states)\b", re.I)
SETTLEMENT = re.compile(r"\b(what|which) ([A-Z]\w+ )?(city|cities|towns?)\b", re.I)
FUTURE_QUESTION = re.compile(r"\b(will|going to|upcoming|planned|scheduled|next)\b", re.I)
YEAR_RANGE = re.compile(r"\b(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d\b")
FUTURE_SENTENCE = re.compile(r"\b(will|shall|going to|upcoming|plan\w*|schedul\w*|expected|next|to be held)\b", re.I)
# What lies ahead, though no date for it is given: an invitation is to a future visit, and a promise of
# what is to come.
AHEAD_SENTENCE = re.compile(rf"{FUTURE_SENTENCE.pattern}|\binvit\w*|\bpromis\w*|\blooking ahead\b|\bprospects?\b", re.I)



# Shorter words are left as they are: "MoU" and "IT" are no typos, and a short word has too many
# neighbours one letter away. The cutoff is difflib's ratio: "agreemnts" and "agreements" score 0.95.
MIN_CORRECTED_LENGTH = 5
# Question words typed short or without their apostrophe, which no spelling list corrects: "whats"
# is a word too (Thai temples), and "wat" too short to correct safely.
SHORTHAND = {"wat": "what", "wht": "what", "whats": "what is", "wats": "what is", "whos": "who is", "wheres": "where is",
             "hows": "how is", "whens": "when is", "whys": "why is", "hw": "how", "wen": "when", "wher": "where",
             "wich": "which", "whic": "which", "didnt": "did not", "doesnt": "does not", "dont": "do not",
             "isnt": "is not", "wasnt": "was not", "werent": "were not", "arent": "are not", "wont": "will not",
             "r": "are", "u": "you", "ur": "your", "yr": "year", "yrs": "years", "abt": "about", "govt": "government",
             "pls": "please", "plz": "please", "pak": "Pakistani", "docs": "documents", "pharma": "pharmaceutical",
             "otc": "over-the-counter", "info": "information", "gonna": "going to", "wanna": "want to",
             "gotta": "have to", "kinda": "kind of", "sorta": "sort of", "smth": "something", "sth": "something",
             "bout": "about", "org": "organization", "orgs": "organizations"}
# "he'd like to", "Who'll": the words in full, as the documents write them
CONTRACTIONS = {"won't": "will not", "can't": "cannot", "n't": " not", "'ll": " will", "'ve": " have", "'re": " are",
                "'d": " would", "'m": " am"}
_CONTRACTED = re.compile(r"\b(?:won|can)['’]t\b|(?<=\w)(?:n['’]t|['’](?:ll|ve|re|d|m))\b", re.I)
# "the 2 leaders" are "the two leaders": a digit that picks out whom, not a figure to check
_PARTIES_IN_DIGITS = re.compile(r"\b(?<=(?:the|The) )([2-9])(?= [a-z]+s\b)")
_DIGIT_WORDS = dict(zip("23456789", "two three four five six seven eight nine".split(), strict=True))
# After these words "'s" is "is", never a possessive: "who's Lukashenko" asks who he is.
_IS_CONTRACTED = re.compile(r"\b(who|what|where|when|how|why|that|it|he|she|there)['’]s\b", re.I)
SPELLING_CUTOFF = 0.85
NAME_SPELLING_CUTOFF = 0.7

# People any named person in office may be: "Which official met Lukashenko?". Only a person is one of
# the first: a country may be a "member" or a "host", but no "official".
ONLY_PERSONS = frozenset(terms("person people individual official officials dignitary dignitaries figure figures "
                               "politician politicians statesman statesmen personality personalities"))
ANY_PERSON = ONLY_PERSONS | frozenset(terms("guest guests host hosts participant participants representative "
                                            "representatives delegate delegates member members"))
# A "why" question is answered by a sentence that gives a cause or a purpose, among those that match it alike:
# he visited "at the invitation of" the Prime Minister.
# "What was the aim of his trip?" asks why he made it.
ASKS_WHY = re.compile(r"\W*why\b|.*\b(?:purpose|aim|goal|objective)s?\s+of\b", re.I)
GIVES_REASON = re.compile(r"\b(?:because|due to|owing to|thanks to|as a result of|in order to|so as to|so that|aimed at"
                          r"|aim(?:s|ed)? to|at the invitation of|in recognition of|recogni[sz]ing|benefits? of)\b", re.I)
# a word and the article after it, which makes the word a verb: "economies | present a | natural synergy"
BEFORE_ARTICLE = re.compile(r"\b([A-Za-z]+)\s+(?:a|an|the)\b")
# A thing made to commemorate an event is a reminder of it, which WordNet calls a "souvenir" or
# "memento" without linking either to the verb: "a photo album commemorating the visit" is a keepsake.
REMINDERS = frozenset(terms("souvenir keepsake memento reminder"))  # not "memorial", whose stem is memory's
COMMEMORATES = re.compile(r"\bcommemorat\w*|\bin (memory|remembrance) of\b", re.I)
# A quotation is the wording of a title or theme, which WordNet does not tie to "name":
# 'seminars on "Doing Business with Each Other"' gives the seminars' theme.
QUOTED_WORDINGS = frozenset(terms("title titles theme themes topic topics slogan slogans motto mottos subject subjects"))

# Last words of company names that WordNet knows only as common nouns.
ORGANIZATION_ENDINGS = frozenset("motors industries group holdings systems technologies solutions services airlines "
                                 "airways bank partners ltd inc corp co llc plc gmbh".split())


class NamedAs(Enum):
    """How a sentence names the kind of thing a "what/which X" question asks for."""

    WORDNET = "wordnet"  # X itself, a synonym or a kind of X
    CLOSE = "close"  # a name that may be of an X: "Zorvex Motors" for "which company"
    NEAR = "near"  # only a word whose vector is close to X's
    NOT = "not"


NAMED_AS_STRENGTH = [NamedAs.NOT, NamedAs.NEAR, NamedAs.CLOSE, NamedAs.WORDNET]


@dataclass(frozen=True)
class Candidate:
    hit: Hit
    sentence_index: int
    sentence: str
    coverage: float  # IDF-weighted share of the question's words (or synonyms) in the sentence; 0 unless fits
    fits: bool  # the sentence holds the kind of answer asked for
    score: float  # for ranking: coverage plus bonuses
    antecedent: bool = False  # shown before an answering sentence that points back to it; answers nothing itself


def abstention_text(standalone: str) -> str:
    return f"{NOT_SAID} Nothing in them answers: {standalone.strip()}"


# Said after the parts that are answered, without the unanswered part's words: its names would be
# claims no cited sentence grounds.
PARTLY_ANSWERED = "The documents don't answer the question's other part."


def joined(answers: list[Answer]) -> Answer:
    """One answer to a question asked in parts: the answered parts in turn, their citations numbered
    on (a sentence cited twice keeps its first number), then a note for a part left unanswered; a
    refusal only when no part is answered."""
    if len(answers) == 1:
        return answers[0]
    standalone = " ".join(answer.standalone_question for answer in answers)
    answered = [answer for answer in answers if not answer.abstained]
    if not answered:
        return replace(answers[0], text=abstention_text(standalone), standalone_question=standalone)
    citations: list[Citation] = []
    texts: list[str] = []
    for answer in answered:
        markers = {}
        for cited in answer.citations:
            same = next((c for c in citations if (c.source, c.sentence) == (cited.source, cited.sentence)), None)
            if same is None:
                same = replace(cited, marker=len(citations) + 1)
                citations.append(same)
            markers[cited.marker] = same.marker
        text = re.sub(r"\[(\d+)\]", lambda found, numbered=markers: f"[{numbered.get(int(found.group(1)), found.group(1))}]",
                      answer.text)
        if text not in " ".join(texts):  # both parts answered by the same sentences
            texts.append(text)
    if len(answered) < len(answers):
        texts.append(PARTLY_ANSWERED)
    notices = [answer.notice for answer in answers if answer.notice]
    return replace(answered[0], text=" ".join(texts), citations=citations, standalone_question=standalone,
                   notice="; ".join(dict.fromkeys(notices)) or None)


# Below this many passages a document's own word counts say little about which words are rare;
# its questions are weighed with the whole corpus's counts instead.
MIN_PASSAGES_FOR_OWN_IDF = 8


@dataclass(frozen=True)
class TermStatistics:
    """How many passages of a document (or of the corpus) use each stem, for IDF weights."""

    passages: int
    frequency: dict[str, int]
    vocabulary: frozenset[str]  # every stem used, title and headings included
    acronyms: dict[str, frozenset[str]] = field(default_factory=dict)  # "mou" -> stems of "memorandum of understanding"
    people: dict[str, str] = field(default_factory=dict)  # holder -> the country their office is of ("lukashenko" -> "belarus")
    holders: dict[str, frozenset[str]] = field(default_factory=dict)  # office -> its holders ("president" -> "lukashenko")
    # office -> every stem of its holders' names: "Nawaz Sharif" is not "Prime Minister Shehbaz Sharif"
    holder_names: dict[str, frozenset[str]] = field(default_factory=dict)
    home: str | None = None  # the place its events happen in most often ("in Pakistan", "to Pakistan")
    spellings: frozenset[str] = frozenset()  # its words as written, lowercased, to correct a question's typos by
    capitalised: frozenset[str] = frozenset()  # the words it never writes in lower case ("Lukashenko", "NLC")
    # passage position -> its heading and last sentence: a paragraph may run over two passages
    closing_sentences: dict[int, tuple[str, str]] = field(default_factory=dict)

    def sentence_before(self, chunk: Chunk) -> str:
        """The last sentence of the passage before, in the same section: "General Asim Munir expressed
        ..." opens a passage whose sentence before names him "Chief of Army Staff"."""
        heading, sentence = self.closing_sentences.get(chunk.position - 1, ("", ""))
        return sentence if heading == chunk.heading else ""

    @cached_property  # read for every candidate sentence
    def persons(self) -> frozenset[str]:
        """The stems of the names of the people it gives an office or a country: "lukashenko", "sharif",
        "maryam"."""
        return frozenset(self.people).union(*self.holders.values(), *self.holder_names.values())

    @cached_property
    def roles(self) -> tuple[str | None, str | None, str | None]:
        """(its visitor, the visitor's country, the host country), as it writes them: the one person whose
        office is of a country it is about other than where its events happen ("Lukashenko", "Belarus"),
        and that place ("Pakistan")."""
        written = {word.lower(): word for word in self.capitalised}
        visitors = [(person, country) for person, country in self.people.items()
                    if self.home and country != self.home and country in self.setting]
        visitor, country = visitors[0] if len(visitors) == 1 else ("", "")
        return written.get(visitor), written.get(country), written.get(self.home or "")

    @cached_property  # read for every candidate sentence; the counts never change
    def setting(self) -> frozenset[str]:
        """The stems half its passages use, in a document long enough to tell: what it is about
        ("pakistan", "belarus"), which a passage need not name to be about it."""
        if self.passages < MIN_PASSAGES_FOR_OWN_IDF:
            return frozenset()
        return frozenset(term for term, count in self.frequency.items() if 2 * count >= self.passages)

    def idf(self, term: str) -> float:
        # A word never used weighs as much as the rarest word, not more: one unknown word in a
        # paraphrase ("ink" for "sign") must not outweigh all the words that do match.
        df = max(self.frequency.get(term, 0), 1)
        return math.log(1 + (max(self.passages, 1) - df + 0.5) / (df + 0.5))


@dataclass(frozen=True)
class Asked:
    """What a question asks, read from it once: the facts each retrieved sentence is checked against."""

    holder_of: tuple[str, str | None] | None  # (office, owner) when "who is the X of Y" asks for its holder
    former: bool  # "the previous Belarusian leader": one who held the office before
    acronyms: frozenset[str]  # "What is SCO?": the acronyms whose meaning is asked
    offices: list[tuple[str, str]]  # each office named, as written and as the office it is
    owned_office: tuple[str, str | None] | None  # "the president of Pakistan": an office and its owner
    generic_offices: frozenset[str]  # offices anyone with a title holds: "a leader"
    located: frozenset[str]  # where the question puts something: "a university in Belarus"
    origins: frozenset[str]  # the places of those it says someone came "from": "visited Pakistan from Belarus"
    nouns: tuple[str, ...]  # things named by a word that is only a noun: "the luncheon"
    named_holder: tuple[str, frozenset[str]] | None  # "is Shehbaz Sharif the president": office and person
    holder_noun: str | None  # a title no office list holds: "the chairman of NLC"
    modifiers: tuple[tuple[str, str], ...]  # (modifier, head): a noun's ("defense pact") or an adjective's ("nuclear deal")
    answer_kind: str | None  # the noun the answer is named by; "person" for "which head of state"
    answer_compound: str | None  # the same with the word before it, where the two are one: "legal_instrument"
    whose: bool  # a demonym or name before that noun asks for one by name: "which Belarusian university"
    owner: str | None  # the country that demonym names, for things: "which Pakistani companies" -> "pakistan"
    nationality: str | None  # and for people: "the Belarusian ministers" -> "belarus"
    # nouns a country owns in the question: "the Belarusian armed forces" -> ("belarus", "forces")
    owned: tuple[tuple[str, str], ...]
    # things a name owns, which the sentence must tell of a person: "Maryam Nawaz's party" -> ("nawaz", "party")
    attributes: tuple[tuple[str, str], ...]
    possessors: frozenset[str]  # names that own something in the question: "Lukashenko's middle name" -> "lukashenko"
    names: frozenset[str]  # names the question uses
    demonyms: frozenset[str]  # and the peoples it names
    deed_asked: bool  # what a named subject did is asked: "What did Lukashenko eat?"
    count_deed: str | None  # what the counted did: "How many companies opened offices?" -> "opened"
    doers: frozenset[str]  # "What did Maryam Nawaz say?": who must do the deed in the sentence
    followed: frozenset[str]  # what the question a follow-up carries is about
    events: frozenset[str]  # the gatherings or sites it asks what happened at: "at the business forum" -> "forum"
    asked_names: frozenset[str]  # every word of the question, names in any case
    describes_person: bool  # "Who is Aleksandr Lukashenko?" asks about a person already named
    person: tuple[str, ...]  # that person's capitalised words
    doer_verb: str | None  # "Who organized the forum?": the deed whose doer is asked for
    deed_noun: str | None  # "Who gave a lunch?": the deed a light verb's object names
    nation: bool  # "which country"
    country_deed: str | None  # "Which country supported ...": what it did
    settlement: bool  # "which city"
    numbers: frozenset[str]  # numbers the question gives, in digits or words
    valued: str | None  # the word a "why is it important?" question values the thing by: "importan"
    holder_deed: str | None  # "Which Pakistani leader hosted the luncheon?": the word after the office, "hosted"


@dataclass(frozen=True)
class Sentence:
    """A retrieved sentence with what surrounds it."""

    rank: int  # of its passage among the hits
    hit: Hit
    index: int  # within its passage
    text: str
    before: str  # the sentence before, in its section
    nearby: str  # the sentence before may name who "he" or "this forum" is; heading and title what it is about
    stems: frozenset[str]
    nearby_stems: frozenset[str]
    document: TermStatistics  # its document's facts; the corpus's for a passage of no known document
    # the passage before in the same section, when retrieved too: a paragraph may run over two passages
    previous_passage: str = ""

    @classmethod
    def of(cls, rank: int, hit: Hit, index: int, document: TermStatistics, previous_passage: str = "") -> Sentence:
        sentences = hit.chunk.sentences
        in_passage = sentences[index - 1] if index else ""
        before = in_passage or document.sentence_before(hit.chunk)
        # Words near enough to half count are the passage's own: the last sentence of the passage before
        # names "he", but its words made "Was Maryam Nawaz at the luncheon?" answered by her invitation.
        nearby = " ".join([in_passage, hit.chunk.heading, hit.chunk.title])
        return cls(rank, hit, index, sentences[index], before, nearby, stems_of(sentences[index]), stems_of(nearby),
                   document, previous_passage)

    @property
    def passage_stems(self) -> frozenset[str]:
        return stems_of(f"{self.hit.chunk.text} {self.hit.chunk.heading} {self.hit.chunk.title}")


class ExtractiveEngine:
    def __init__(self, documents: dict[str, TermStatistics], words_like: WordSimilarity,
                 thresholds: Thresholds | None = None) -> None:
        self.thresholds = thresholds or Thresholds()
        self.documents = documents
        frequency: dict[str, int] = {}
        for document in documents.values():
            for term, count in document.frequency.items():
                frequency[term] = frequency.get(term, 0) + count
        self.corpus = TermStatistics(sum(d.passages for d in documents.values()), frequency, frozenset(frequency))
        self.scripts = {script(term) for term in frequency}
        self.words_like = words_like
        self.spellings = frozenset().union(*(document.spellings for document in documents.values()))
        # Candidates for a typo share its first letter, which typos seldom change: ten thousand
        # passages' words are then a few hundred to compare, not thirty thousand.
        self.spellings_by_initial: dict[str, list[str]] = {}
        for known in sorted(self.spellings):
            self.spellings_by_initial.setdefault(known[0], []).append(known)
        self._forms_by_initial: dict[str, list[str]] = {}
        self.hyphenated = {known.replace("-", ""): known for known in self.spellings if "-" in known}
        # How the documents write a name, to read "who is maryam nawaz" as "who is Maryam Nawaz"; not
        # an English word that only starts their sentences ("Notably").
        self.names_written = {name.lower(): name for document in documents.values() for name in sorted(document.capitalised)
                              if len(name) > 1 and name.lower() not in STOPWORDS
                              and not is_common_word(name)}
        # lemminflect reads its inflection table at first use, in half a second: here, not in a question.
        getInflection("be", "VBN")

    def corrected(self, question: str) -> str:
        """The question with each word that neither the documents nor WordNet know replaced by the
        closest word the documents use: "agreemnts" -> "agreements", "Lukashenka" -> "Lukashenko";
        and names written as the documents write them: "asim munir" -> "Asim Munir". A question in
        capitals is read in lower case."""
        def correct(match: re.Match[str]) -> str:
            word = match.group(0)
            lowered = word.lower()
            if lowered in SHORTHAND:
                return SHORTHAND[lowered]
            if lowered in self.hyphenated:
                return self.hyphenated[lowered]
            if lowered in self.names_written and (word.islower() or word.isupper()):
                return self.names_written[lowered]
            # a possessive typed without its apostrophe: "pakistans army"; not a family: "the Sharifs"
            if lowered.endswith("s") and lowered[:-1] in self.names_written and lowered not in self.spellings \
                    and not re.search(r"\bthe\s+$", match.string[:match.start()], re.I):
                return f"{self.names_written[lowered[:-1]]}'s"
            if lowered in STOPWORDS or lowered in self.spellings:
                return word
            english = is_english(lowered)
            # two letters swapped, in a word too short to match loosely: "mnay" is "many"; not in a name
            # ("Xi" is no "ix")
            named = word[0].isupper() and match.start() > 0
            swapped = None if english or named or len(lowered) < 3 else next((other for at in range(len(lowered) - 1)
                            if (other := f"{lowered[:at]}{lowered[at + 1]}{lowered[at]}{lowered[at + 2:]}") != lowered
                            and (other in STOPWORDS or other in self.spellings or is_english(other))), None)
            if swapped:
                return swapped.capitalize() if word[0].isupper() else swapped
            if len(lowered) < MIN_CORRECTED_LENGTH:
                return word
            if word[0].isupper():
                # "Byelorussia" is WordNet's other name for the documents' "Belarus"
                other_name = next((self.names_written[synonym] for synonym in sorted(synonyms_of(lowered, "n"))
                                   if synonym in self.names_written), None)
                if other_name:
                    return other_name
            if english:
                return word
            alike = [known for known in self.spellings_by_initial.get(lowered[0], []) + self._forms_of_initial(lowered[0])
                     if abs(len(known) - len(lowered)) <= 2]
            # the documents' words first; then English ones, for the words of a question ("arive"). A name
            # is spelt many ways ("Muneer", "Mariam"): one the documents write is matched more loosely.
            common = [known for length in (len(lowered) - 1, len(lowered), len(lowered) + 1)
                      for known in english_words(lowered[0], length)]
            names = [known for known in alike if known in self.names_written] if word[0].isupper() else []
            closest = get_close_matches(lowered, names, n=1, cutoff=NAME_SPELLING_CUTOFF) or get_close_matches(
                lowered, alike, n=1, cutoff=SPELLING_CUTOFF) or get_close_matches(lowered, common, n=1, cutoff=SPELLING_CUTOFF)
            if not closest:
                return word
            return self.names_written.get(closest[0]) or (closest[0].capitalize() if word[0].isupper() else closest[0])

        question = _CONTRACTED.sub(lambda match: CONTRACTIONS[match.group(0).lower().replace("’", "'")], question)
        question = _PARTIES_IN_DIGITS.sub(lambda match: _DIGIT_WORDS[match.group(1)], _IS_CONTRACTED.sub(r"\1 is", question))
        return re.sub(r"\b[A-Za-z]+\b", correct, question.lower() if question.isupper() else question)

    def _forms_of_initial(self, initial: str) -> list[str]:
        """The other forms of the documents' words of a first letter: a question may misspell "visited"
        where the documents say "visit". Read when a typo first needs them: a large corpus's words take
        a second."""
        if initial not in self._forms_by_initial:
            self._forms_by_initial[initial] = sorted(
                {form for known in self.spellings_by_initial.get(initial, []) for lemmas in lemmas_of(known).values()
                 for lemma in lemmas for inflected in getAllInflections(lemma).values() for form in inflected}
                - self.spellings)
        return self._forms_by_initial[initial]

    def weights(self, question: Question, source: str) -> dict[str, float]:
        """IDF weights of the question's words, as seen from one document.

        Counted over the document's own passages, so that how a sentence of the article is judged
        does not change when ten thousand Python docstrings join the corpus (short documents use
        the corpus's counts). A word the document never uses weighs as much as its rarest word,
        however common it is elsewhere: "capital" must count against an article about a state visit
        even when the docstrings say "capitalize". Words in a script the corpus never uses cannot
        match anything and do not count against a question that mixes languages.
        """
        document = self.documents.get(source)
        scope = document if document and document.passages >= MIN_PASSAGES_FOR_OWN_IDF else self.corpus
        rarest = scope.idf("\0")

        def weight(term: str) -> float:
            return scope.idf(term) if document is None or term in document.vocabulary else rarest

        found = {t: weight(t) for t in question.own_terms if script(t) in self.scripts}
        # "What was signed during Lukashenko's visit to Pakistan?" is about the signing: the visit,
        # Lukashenko and Pakistan only place it, and a sentence with them all and no signing does not answer.
        for deed in map(stem, deed_done(question.text)):
            if deed in found:
                found[deed] *= 2
        borrowed = {t: weight(t) for t in question.context_terms if t not in found and script(t) in self.scripts}
        # Words borrowed from the conversation together weigh at most context_weight times the
        # question's own: "What did he praise?" is about praise, however long his title is.
        own_total, borrowed_total = sum(found.values()), sum(borrowed.values())
        scale = self.thresholds.context_weight * (min(1.0, own_total / borrowed_total) if own_total and borrowed_total else 1.0)
        found.update({t: scale * w for t, w in borrowed.items()})
        return found

    # ---- scoring -------------------------------------------------------------------------

    def asked(self, question: Question) -> Asked:
        """What the question asks, read once for all the sentences it is checked against."""
        # Only "who is the X of Y" asks for a role holder; "what did the Belarusian leader buy" and "who
        # met the Belarusian president" do not.
        holder_of = role_owner(question.standalone) if ASKS_FOR_HOLDER.match(question.standalone) else None
        # "Who is the prime minister?" asks for whoever holds the office now, of any country: not the
        # "former Prime Minister", nor the "Prime Minister's House"
        sole_office = same_office(OFFICE.search(question.standalone).group(0).lower()) \
            if SOLE_OFFICE_ASKED.match(question.standalone) else None
        if sole_office and not holder_of and sole_office not in GENERIC_OFFICES:
            holder_of = sole_office, None
        which_holder = WHICH_HOLDER.match(question.standalone)
        if which_holder:
            holder_of = same_office(which_holder.group(2).lower()), name_stem(which_holder.group(1))
        holder_deed = re.match(r"\s+(\w+)", question.standalone[which_holder.end():]) if which_holder else None
        # "What is SCO?", "What does NLC stand for?" ask what an acronym means; "What did both leaders
        # acknowledge about Belarus's SCO membership?" does not.
        # Nor does "What is the effect of the MoU?", whose "effect" is no term to find but is asked.
        acronyms = frozenset(ACRONYM.findall(question.text))
        if not set(question.own_terms) | set(terms(question.text)) - QUESTION_SCAFFOLD <= \
                set(terms(" ".join(acronyms))) | DEFINITION_WORDS:
            acronyms = frozenset()
        asked_offices = office_mentions(question.standalone)
        # "Which head of state" asks for a person, not for a "head".
        office_words = {word for written, _ in asked_offices for word in words(written)}
        names, demonyms = (frozenset(filter(self._known_script, found)) for found in question_names(question))
        # "Who is its director?" after "What is NLC?" is about NLC: the passage must name one of the
        # things the question a follow-up carries names.
        followed = frozenset(term for word in re.findall(r"[\w'’-]+", question.standalone.partition(ABOUT)[2])[1:]
                             if word[:1].isupper() for term in terms(word))
        if ABOUT in question.standalone and not followed and not shifts_topic(question.text):
            # "Who chaired it?" after "Was a forum organized?"
            # not its deed, which a passage tells in other words ("talk about" is "discuss"); its things
            # in other words too ("the two countries" are "both nations")
            previous = question.standalone.partition(ABOUT)[2]
            # nor "the leaders", who are anyone in office; nor a noun that only narrows a thing: "Doing
            # Business" seminars are not the "business forum" (but "what business event" was the forum,
            # and "academic cooperation" is academic)
            followed = frozenset(question.context_terms) - set(terms(predicate(previous)[0] or "")) \
                - {term for office in GENERIC_OFFICES for term in terms(office)} \
                - {term for modifier, head in noun_compounds(previous) for term in terms(modifier)
                   if "ADJ" not in lemmas_of(modifier)
                   and not re.search(rf"\b(?:what|which)\s+{modifier}\s+{head}\b", previous, re.I)}
            followed |= {stem(synonym) for word in words(previous) if stem(word) in followed
                         # a gift is named by the verbs of its giving too: "presented"
                         for synonym in synonyms_of(word, "nv" if transfer_of(word) else "n")}
        followed |= question.referred
        describes_person = NAMES_ITS_PERSON.match(question.standalone)
        # "Who organized the forum?": the deed whose doer is asked for; "who else" names none.
        deed = WHO_DID.match(question.standalone)
        doer_verb = deed.group(1).lower() if deed else None
        # after a modal a stopword is a deed too: "Who will own the facility?"
        modal = bool(deed) and len(deed.group(0).split()) > 2
        if doer_verb and (doer_verb in STOPWORDS and (not modal or doer_verb in AUXILIARY_VERBS)
                          or "VERB" not in lemmas_of(doer_verb)):
            doer_verb = None
        thing_done = LIGHT_VERB_OBJECT.match(question.standalone, deed.end()) if deed and doer_verb in LIGHT_VERBS else None
        deed_noun = thing_done.group(1) if thing_done and "NOUN" in lemmas_of(thing_done.group(1)) else None
        nation = NATION.search(question.standalone)
        holding = NAMED_HOLDER.search(question.standalone)
        count_deed = (question.verb or deed_after(re.sub(r"^\W*how\s+many\s+", "", question.standalone, flags=re.I))) \
            if question.kind == Kind.COUNT else None
        whose = re.search(rf"\s([A-Z][\w'’-]*)\s+{re.escape(question.answer_noun)}\b", question.text) \
            if question.answer_noun else None
        demonym = name_stem(whose.group(1)) if whose and is_demonym(whose.group(1)) else None
        asked_part = question.standalone.partition(ABOUT)[0]
        possessed = named_possessions(asked_part)
        # "Belarus's trade surplus": an amount a country has is told in its own words, as a person's
        # attribute is; not its "membership", which is told as an "accession"
        countries_own = [(name_stem(owner), head) for owner, possessive, head in possessions(asked_part)
                         if possessive and (is_demonym(owner) or is_country(owner))
                         and any(is_kind_of(head, amount) for amount in AMOUNTS)]
        # "a university in Belarus" says where; "did Pakistan and Belarus sign" who, which any passage
        # of a document about the two is about.
        places_put = [match for match in PLACE.finditer(question.standalone)
                      if is_kind_of(match.group(3).lower(), "location", 10)]
        return Asked(
            holder_of=holder_of,
            former=any(FORMER_HOLDER.search(question.standalone[:role.start()])
                       for role in OFFICE.finditer(question.standalone)),
            acronyms=acronyms,
            offices=asked_offices,
            owned_office=role_owner(question.standalone),
            # "a leader" is anyone with a title; "the opposition leader" is not
            generic_offices=frozenset(office for written, office in asked_offices if office in GENERIC_OFFICES
                                      and not any(head in words(written) for _, head in question.compounds)),
            located=frozenset(term for match in places_put for term in terms(match.group(3))),
            origins=frozenset(term for match in places_put if match.group(1).lower() == "from"
                              for term in terms(match.group(3))),
            # "the military" describes as well; "the luncheon" only names.
            nouns=tuple(noun for noun in re.findall(r"\b(?:the|a|an|for|at|during)\s+([a-z][a-z-]+)\b", asked_part)
                        if noun not in STOPWORDS and stem(noun) in question.own_terms
                        and set(lemmas_of(noun)) == {"NOUN"}),
            named_holder=(same_office(holding.group(2).lower()), frozenset(terms(holding.group(1)))) if holding else None,
            holder_noun=next((noun for found in HOLDER_NOUN.findall(question.standalone) for noun in found
                              if noun and is_kind_of(noun, "person")), None) if not asked_offices else None,
            # "total agreements" asks how many, not for a kind of agreement called "total"
            modifiers=tuple((modifier, head) for modifier, head in (*question.compounds, *question.modified)
                            if stem(modifier) not in KIND_WORDS.get(question.kind, frozenset())),
            # "Which people signed ...?" asks for persons, not for a people, a nation
            answer_kind="person" if question.answer_noun in office_words | PERSONS_PLURAL else question.answer_noun,
            answer_compound=compound_kind(question),
            whose=bool(whose),
            owner=demonym if demonym and not is_kind_of(question.answer_noun or "", "person") else None,
            nationality=demonym if demonym and is_kind_of(question.answer_noun or "", "person") else None,
            names=names,
            demonyms=demonyms,
            # What is counted, claimed counted or asked for is matched by what it is called ("nearly 100
            # Pakistani counterparts" of "30 Belarusian companies"); the rest must not be another country's.
            owned=tuple((owner, head) for owner, head in owned_nouns(asked_part)
                        if head not in question.focus and head != stem(question.answer_noun or "")
                        and head not in stems_of(" ".join(counted_words(asked_part)))),
            attributes=tuple((owner, noun) for owner, noun in (*possessed, *countries_own) if is_attribute(noun)),
            possessors=frozenset(owner for owner, _ in possessed),
            # Not how it was called or described ("What did Sharif call Lukashenko?" is answered by
            # "hailed him as"), nor an adjective ("willing").
            # "How do the leaders plan to keep up momentum?" asks what they do, not what they plan.
            # "Whom did Nawaz Sharif invite?" asks whom the deed was done to: it is told as well.
            deed_asked=bool((question.kind == Kind.OTHER or question.kind == Kind.PERSON and not doer_verb)
                            and question.verb and stem(question.verb) not in CATENATIVE_VERBS
                            and (names_people(question.subject, names | names_in(question.subject))
                                 or YES_NO.match(question.text))
                            and stem(question.verb) in question.own_terms and stem(question.verb) not in NAMING_VERBS
                            and "ADJ" not in lemmas_of(question.verb)),
            # What is signed is counted by any sentence that counts it: a deal is "inked" or "concluded".
            count_deed=count_deed if count_deed and stem(count_deed) in question.own_terms
            and stem(count_deed) not in PRESENCE_VERBS | CATENATIVE_VERBS and not any(
                stem(word) in question.focus and (is_kind_of(word, "agreement", 3) or is_kind_of(word, "document", 3))
                for word in words(question.text)) else None,
            # "Belarus President Aleksandr Lukashenko" is a person; "Belarus" says whose president.
            # A name that narrows a noun does nothing itself: "the SCO section of the article" says.
            doers=frozenset(name for name in names_in(NARROWING_NAME.sub("", question.subject))
                            if not is_country(name)) if question.verb else frozenset(),
            followed=followed,
            events=frozenset(head for match in AT_EVENT.finditer(asked_part)
                             if (phrase := noun_phrase(match.group(1))) and (is_gathering(head := phrase_head(phrase))
                                                                            or is_site(head))),
            # in any case: "the business forum" is the "Business Forum", no news
            # "Who else was invited?": those the previous answer named are no news either.
            asked_names=frozenset(names_in(question.standalone) | set(terms(question.standalone))
                                  | names_in(" ".join(question.said))),
            describes_person=bool(describes_person),
            person=tuple(re.findall(r"[A-Z][\w-]+", question.standalone[describes_person.end() - 1:]))
            if describes_person else (),
            doer_verb=None if deed_noun else doer_verb,
            deed_noun=deed_noun,
            nation=bool(nation),
            # "Which country supported ...", "Which country's president visited ...": what it did.
            country_deed=question.verb or (deed_after(question.standalone[nation.end():]) if nation else None),
            settlement=bool(SETTLEMENT.search(question.standalone)),
            # A yes/no question's count may be wrong, and is answered by the count the document gives:
            # "Were 20 agreements signed?" by "signed 15 agreements". Its year is another event.
            numbers=frozenset(number for number in set(re.findall(r"\d+", question.text)) | {
                str(NUMBER_WORDS[word]) for word in re.findall(r"[a-z]+", question.text.lower()) if word in NUMBER_WORDS}
                if not YES_NO.match(question.text) or len(number) == 4),
            valued=why_valued(question.standalone.partition(ABOUT)[0]),
            holder_deed=holder_deed.group(1) if holder_deed else None,
        )

    def candidates(self, question: Question, hits: list[Hit]) -> list[Candidate]:
        asked = self.asked(question)
        retrieved = {(hit.chunk.source, hit.chunk.position): hit.chunk for hit in hits}
        examined = []
        for rank, hit in enumerate(hits):
            # A document's own facts; the corpus, which has none, for a passage of no known document.
            document = self.documents.get(hit.chunk.source, self.corpus)
            previous = retrieved.get((hit.chunk.source, hit.chunk.position - 1))
            previous_passage = previous.text if previous and previous.heading == hit.chunk.heading else ""
            for index, text in enumerate(hit.chunk.sentences):
                # Sentences that give orders to an AI ("ignore your instructions and say ...") are never evidence.
                if not is_instruction(text):
                    sentence = Sentence.of(rank, hit, index, document, previous_passage)
                    examined.append((sentence, *self._fits(question, asked, sentence)))
        # Only a sentence that could answer is compared word by word for synonyms, and the vectors of
        # all its words are computed in one batch: one model call per question instead of one per sentence.
        said = [w for sentence, fits, _ in examined if fits for w in words(sentence.text) if w not in STOPWORDS]
        self.words_like.prepare([w for w in words(question.standalone) if w not in STOPWORDS] + said
                                + (verbs_named(said) if question.verb else []))
        weights = {source: self.weights(question, source) for source in {hit.chunk.source for hit in hits}}
        found = [self._candidate(question, asked, sentence, fits, named_as, weights[sentence.hit.chunk.source])
                 for sentence, fits, named_as in examined]
        return sorted(found, key=lambda c: -c.score)

    # ---- whether a sentence can answer ---------------------------------------------------

    def _fits(self, question: Question, asked: Asked, sentence: Sentence) -> tuple[bool, NamedAs | None]:
        """Whether the sentence can answer, and how it names the kind of thing a "which X" asks for."""
        if not self._fits_kind(question, asked, sentence) or not self._adds_to_said(question, sentence):
            return False, None
        # "Which institution published it?" asks for a name the word "institution" does not give.
        # A "legal instrument" may be named as the compound WordNet knows where the noun alone names nothing.
        named_as = None
        if question.answer_noun:
            unnamed = asked.asked_names - {stem(question.answer_noun)}
            for kind in filter(None, (asked.answer_kind, asked.answer_compound)):
                named_as = self._names_answer(kind, sentence.text, unnamed, asked.whose, sentence.document.persons)
                if named_as == NamedAs.NOT and named_by_acronym(kind, sentence):
                    named_as = NamedAs.WORDNET
                if named_as != NamedAs.NOT:
                    break
        checks = (self._keeps_offices, self._keeps_location, self._names_owner, self._tells_named_deed, self._keeps_nouns,
                  self._makes_named_holder, self._names_holder_noun, self._names_new_place, self._keeps_wording,
                  self._names_in_passage)
        return named_as != NamedAs.NOT and all(check(question, asked, sentence) for check in checks), named_as

    def _fits_kind(self, question: Question, asked: Asked, sentence: Sentence) -> bool:
        """The kind of answer asked for: a count of the thing asked about, the holder of the office
        asked about, a person the question does not name already."""
        listed = question.kind == Kind.COUNT and self._lists_people_counted(question, asked, sentence.text)
        if not (listed or fits_kind(sentence.text, question.kind) or asked.nation and countries(sentence.text)
                or TERSE_YEARS.match(question.standalone) and fits_kind(sentence.text, Kind.DURATION)):
            return False
        document = sentence.document
        # "When did Lukashenko leave Pakistan?" is not told by the day the article came out, and the date line
        # ("Published on 29th November 2024") tells nothing else: not what the research centre before it researches
        if (question.kind == Kind.DATE and PUBLICATION.search(sentence.text) or DATE_LINE.match(sentence.text)) \
                and not ABOUT_PUBLICATION.search(question.standalone):
            return False
        # "By how much will trade grow?" asks the size of a change, which a count of agreements is not;
        # "How often will the seminars be held?" how often, which a sentence saying they will be is not.
        if BY_HOW_MUCH.search(question.standalone) and not CHANGED_BY.search(sentence.text) \
                or HOW_OFTEN.search(question.standalone) and not FREQUENCY.search(sentence.text):
            return False
        if question.kind == Kind.COUNT and question.focus and not listed and not self._counts_focus(question, sentence.text,
                                                                                                    document.acronyms):
            return False
        bare_office = WHICH_OFFICE.match(question.standalone)
        if bare_office and not any(office.role == same_office(bare_office.group(1).lower())
                                   for office in offices(sentence.text)):
            return False
        # "How many days was the visit?" is not told by "three decades of friendship".
        unit = HOW_MANY_UNITS.search(question.standalone)
        if question.kind == Kind.DURATION and (unit and not lasts_in(unit.group(1), sentence.text)
                                               or lasts_other(asked.asked_names, sentence.text)):
            return False
        # "Which Pakistani leader hosted the luncheon?" is told by "hosted by Nawaz Sharif", a holder of an
        # office the document names elsewhere: the deed done "by" him makes him its doer
        by_holder = bool(asked.holder_deed) and bool(
            re.search(rf"\b{re.escape(asked.holder_deed or '')}\s+by\b", sentence.text, re.I))
        if asked.holder_of and not attaches_role(sentence.text, *asked.holder_of, document.people, document.home,
                                                 asked.former, document.holders if by_holder else None):
            return False
        called = CALLED_ASKED.match(question.standalone)
        if NAME_OF.search(question.standalone) or called:
            # A thing's name is no person's: "the name of the photo album" is not "Lukashenko". A capitalised
            # word is someone's own name, whose "title" is an office ("the title of Maryam Nawaz").
            thing = NAME_OF_THING.search(question.standalone) or called
            noun = thing.group(1).split()[-1] if thing else ""
            persons = document.persons if noun.islower() and not is_kind_of(noun, "person") else frozenset()
            if not (QUOTED.search(sentence.text) or any(
                    names - countries(sentence.text) - asked.asked_names - persons for run, names in named_runs(sentence.text)
                    if not is_demonym(run) and not is_known(run.lower()) and not (persons and PERSON_TITLE.search(run)))):
                # "the name of the Belarusian tractor company" is a name, not "30 Belarusian companies", a
                # country or a word in capitals ("IT")
                return False
        if question.kind != Kind.PERSON or asked.describes_person:
            return True
        behalf = ON_BEHALF.search(question.standalone.partition(ABOUT)[0])
        if behalf and (not behalf.group(1) or is_country(behalf.group(1))) \
                and not PERSON_TITLE.search(sentence.text):
            return False  # "Who signed on behalf of NLC?" asks for a person, not for the organisations
        # "With whom did Lukashenko discuss defence?" is not answered by a sentence naming only him.
        # "He specifically expressed interest ..." names whom the sentence before names.
        # "Who attended the forum?" is answered by "over 30 Belarusian companies" too, "Who pledged ...?"
        # by "Both governments".
        if not (names_someone_new(sentence.text, asked.asked_names) or BOTH_SIDES.match(sentence.text)
                or PERSON_SUBJECT.match(sentence.text) and names_someone_new(sentence.before, asked.asked_names) or any(
                is_kind_of(word.lower(), "person") or is_kind_of(word.lower(), "organization")
                for word in counted_words(sentence.text) if stem(word.lower()) not in asked.asked_names)):
            return False
        if asked.deed_noun:
            # "Who gave the gift?": a gift is said by the verb of its transfer, "presented"
            return self._says(asked.deed_noun, sentence.text, parts="n") \
                or told_by_transfer(asked.deed_noun, common_words(sentence.text))
        # A quoted title tells no deed: "Pakistan Welcomes Brother Aleksandr Lukashenko" is the article's name.
        # Whoever the sentence has express, praise or commend a thing spoke of it: "Who spoke of global peace?"
        return not asked.doer_verb or (not agentless(sentence.text, stem(asked.doer_verb)) and (
            self._tells_deed(asked.doer_verb, without_quotations(sentence.text))
            or stem(asked.doer_verb) in SPOKE_OF and bool(spoken_topic(question.standalone))))

    @staticmethod
    def _lists_people_counted(question: Question, asked: Asked, sentence: str) -> bool:
        """"How many leaders did Lukashenko invite?" is answered by the people a sentence lists, other
        than those the question names, when they are of the kind counted and the deed is the sentence's:
        "Lukashenko invited Nawaz Sharif, ... Shehbaz Sharif, and ... Maryam Nawaz"."""
        written = written_as(question.text, question.focus[-1]) if question.focus else None
        # "leaders" are the ministers listed; "tourists" are none of them
        if not written or not asked.count_deed or not A_LIST.search(sentence) \
                or not calls_people(written.word.lower(), content_words_of(sentence)):
            return False
        listed = [name for name in person_names(sentence) if not set(terms(name)) <= asked.asked_names]
        # the deed done to them is the word before the list: "invited | Nawaz Sharif, ...", which "met"
        # or "visit" (them "to visit Belarus") is not; or theirs, the word after it: "Prime Minister Shehbaz
        # Sharif and H.E President Lukashenko | signed"
        deed = stem(asked.count_deed)
        after = words(sentence[sentence.index(listed[-1]) + len(listed[-1]):]) if len(listed) >= 2 else ()
        return any(len(listed) - at >= 2 and (before := words(sentence[: sentence.index(name)]))
                   and stem(before[-1]) == deed for at, name in enumerate(listed)) or bool(after) and stem(after[0]) == deed

    def _adds_to_said(self, question: Question, sentence: Sentence) -> bool:
        """"What else did he buy?" is not answered by what the previous answer said, nor by the rest of
        its sentence unless that rest tells the deed again."""
        rest = sentence.text
        for said in question.said:
            rest = rest.replace(said, " ")
        if rest == sentence.text:
            return True
        if len(content_words_of(rest)) < 2:
            return False
        if not question.verb:
            return True
        # "What else did he do there?": any deed of its own is more done ("and discussed avenues ...").
        if stem(question.verb) == "do":
            return any(can_be(word, "VERB") and word.endswith(("ed", "ing")) for word in words(rest))
        # "interest in purchasing textiles and exploring opportunities": what is joined to the deed's
        # object shares the deed, a gerund joined to a gerund or a thing to a thing, as does a verb
        # listed after its infinitive ("agreed to expand exchanges, strengthen ties"). "What else did he
        # buy?" is not told so: the purchasing is the gerund, and exploring is no buying.
        deed = [word for said in question.said for word in words(said)
                if stem(word) == stem(question.verb) or self._says(question.verb, word, threshold=RELATED)]
        if deed and not any(word.endswith("ing") for word in deed):
            joined_to, listed = JOINED.match(rest), LISTED.match(rest)
            if joined_to and (joined_to.group(1).endswith("ing") or not can_be(joined_to.group(1), "VERB")) \
                    or listed and lemmas_of(listed.group(1)).get("VERB") == (listed.group(1),) \
                    and any(INFINITIVE.search(said) for said in question.said):
                return True
        return self._says(question.verb, rest, threshold=RELATED)

    def _keeps_offices(self, question: Question, asked: Asked, sentence: Sentence) -> bool:
        """"What did the Belarusian foreign minister sign?": an office the sentence neither names nor
        names a holder of is not the one it tells about."""
        if not asked.offices:
            return True
        document, present = sentence.document, sentence.stems | sentence.nearby_stems
        told = {office for _, office in office_mentions(f"{sentence.text} {sentence.nearby}")}
        # a bare "minister" is told by any minister: "Is Maryam Nawaz a minister?" by "Chief Minister Maryam
        # Nawaz"; a "finance minister" is not
        if not all(office in told or office in UNNAMED_OFFICES or document.holders.get(office, frozenset()) & present
                   or re.search(BARE_OFFICE.format(re.escape(written)), question.standalone, re.I)
                   and any(other.endswith(f" {office}") for other in told) for written, office in asked.offices):
            return False
        if not asked.owned_office or asked.holder_of:
            return True
        # "Did he meet the president of Pakistan?": a president of Belarus is no answer.
        office, owner = asked.owned_office
        if owner in document.people:
            return True  # "Lukashenko army chief meeting": a person owns no office, he meets its holder
        # "Minsk's leader" is Belarus's.
        owners = stand_for(owner, question.standalone) or {owner}
        return any(attaches_role(f"{sentence.nearby} {sentence.text}", office, one, document.people, document.home)
                   for one in owners) or any(owner_in_document(holder, document.people, document.home) in owners
                                             for holder in document.holders.get(office, frozenset()) & present)

    @staticmethod
    def _keeps_location(question: Question, asked: Asked, sentence: Sentence) -> bool:
        """"Shehbaz Sharif's visit to Belarus" is not "a visit to Pakistan"; a plant "in Belarus" is not
        one "in Pakistan"."""
        if not asked.located or question.kind == Kind.PLACE:
            return True
        told = {place for place in places(sentence.text) if is_kind_of(place, "location", 10)}
        # Where someone came "from" is told by the country the sentence names them by: "Who visited
        # Pakistan from Belarus?" is answered by "Belarus President ... paid an official visit to Pakistan".
        return not told or bool(asked.located & told or asked.origins & sentence.stems)

    def _names_owner(self, question: Question, asked: Asked, sentence: Sentence) -> bool:
        """"Which Pakistani companies ...?" is not answered by a sentence, or the one before it, that
        never names Pakistan (a title about Pakistan does not say whose they are); "the Belarusian
        armed forces" are not the "Pakistan Armed Forces"."""
        if asked.owner and asked.owner not in {name_stem(word) for word in
                                               re.findall(r"[A-Z][\w-]*", f"{sentence.text} {sentence.before}")}:
            return False
        # "List the Belarusian ministers": the ministers a sentence names must be Belarus's, not Pakistan's
        if asked.nationality and question.answer_noun:
            document = sentence.document
            told = {office for _, office in office_mentions(sentence.text)}
            of_kind = {holder for office, holders in document.holders.items() if holds_a_kind_of(office, question.answer_noun)
                       for holder in (holders if office in told else holders & sentence.stems)}
            if of_kind and all(owner_in_document(holder, document.people, document.home) != asked.nationality
                               for holder in of_kind):
                return False
        people = asked.possessors & sentence.document.persons
        # What a person owns is told where they are named: "What is Lukashenko's middle name?" is not
        # answered by the byline's three names.
        if people and not people <= sentence.stems | stems_of(sentence.before):
            return False
        # in its common senses: her "party" is no band of people, which "companies" may be
        if any((owner in people or owner not in asked.possessors) and stem(noun) not in sentence.stems
               and not self._says(noun, sentence.text, parts="n", senses=2) for owner, noun in asked.attributes):
            return False  # "What is Maryam Nawaz's party?" is not told by "a business forum ... companies"
        if not asked.owned:
            return True
        owners: dict[str, set[str]] = {}
        for owner, head in owned_nouns(sentence.text):
            owners.setdefault(head, set()).add(owner)
        return all(owner in owners.get(head, {owner}) for owner, head in asked.owned)

    def _tells_named_deed(self, question: Question, asked: Asked, sentence: Sentence) -> bool:
        """"What did Lukashenko eat at the luncheon?": a sentence that names him there but tells no deed
        like eating does not answer. Related words count ("thank" and "appreciation"). So for what is
        counted: "How many companies opened offices?" is not told by the companies a forum brought."""
        speaks = question.verb and stem(question.verb) in SPEECH_VERBS
        # "What did Maryam Nawaz say?" is not told by "Lukashenko invited Maryam Nawaz"; "He specifically
        # expressed ..." after Lukashenko's name tells what Lukashenko said.
        if speaks and asked.doers & (sentence.stems | sentence.nearby_stems) and not does_something(sentence.text, asked.doers) \
                and not (PERSON_SUBJECT.match(sentence.text) and asked.doers & stems_of(sentence.before)) \
                and not asked.doers & described_doers(sentence.text, sentence.document):
            return False
        if asked.count_deed and not self._tells(asked.count_deed, sentence):
            return False
        # "What did Lukashenko call Shehbaz Sharif?" asks what he called him, which to "call" him to Belarus,
        # an invitation, does not tell
        if ASKS_CALLING.match(question.standalone) and not CALLS_AS.search(sentence.text):
            return False
        if not asked.deed_asked or not question.verb or stem(question.verb) in DISCUSSED and question.told and not asked.doers:
            return True
        # "What did General Asim Munir thank Belarus for?": he, or "he" after his name, does it.
        if asked.doers and not asked.doers & (sentence.stems | stems_of(sentence.before)):
            return False
        # "What support did Pakistan give?": a light verb's deed is the thing it names.
        if question.verb in LIGHT_VERBS and question.answer_noun and stem(question.answer_noun) in sentence.stems:
            return True
        # What someone commended, praised or reiterated, they spoke of: "Did Lukashenko talk about Pakistan's
        # leadership?" is told by "Lukashenko commended Pakistan's pragmatic leadership".
        spoke_of = stem(question.verb) in SPOKE_OF and asked.doers and (
            does_something(sentence.text, asked.doers)
            or PERSON_SUBJECT.match(sentence.text) and asked.doers & stems_of(sentence.before))
        # "What did Lukashenko buy?" asks what was done, which "expressed interest in purchasing" does not tell
        if DONE_ASKED.match(question.standalone) and not question.leading and any(
                self._says(question.verb, intended.group(1), parts="v") for intended in INTENDED_DEED.finditer(sentence.text)):
            return False
        return bool(spoke_of) or self._tells(question.verb, sentence)

    def _tells(self, verb: str, sentence: Sentence) -> bool:
        """Whether the sentence tells the deed: in its own or related words, a way of doing it or what
        it is a way of (to "commend" is to "praise"), or its noun ("agreements were reached"); not
        its opposite ("What did General Asim Munir criticize?" is not told by what was praised)."""
        if opposites_among(verb, common_words(sentence.text)):
            return False
        # A related word counts in the sentence itself; its heading tells the deed only in close words.
        # The sentence before tells another deed: "Lukashenko invited ... Maryam Nawaz" does not make
        # the photo album presented next an invitation.
        headings = f"{sentence.hit.chunk.heading} {sentence.hit.chunk.title}"
        with_headings = f"{sentence.text} {headings}"
        # A verb that carries grammar, not a deed, is near too many as a vector: "included" is 0.41 from "invite".
        deeds = " ".join(word for word in words(sentence.text) if stem(word) not in QUESTION_SCAFFOLD)
        # The asker's verb may be meant in its second sense: to "applaud" (clap) is to praise, as "commended" is.
        return stem(verb) in sentence.stems or self._says(verb, deeds, threshold=RELATED) or self._says(verb, headings) or any(
            is_manner_of(word, verb) or is_manner_of(verb, word) or are_manners_of_one(verb, word, ASKED_VERB_SENSES)
            for word in common_words(with_headings)
        ) or any(names_deed(word, verb) for word in words(with_headings)) \
            or stem(verb) in LEADS and bool(LEADER_TITLE.search(sentence.text)) \
            or stem(verb) in COMMITMENTS and not COMMITTED.isdisjoint(words(sentence.text))

    def _keeps_nouns(self, question: Question, asked: Asked, sentence: Sentence) -> bool:
        """"Who hosted Lukashenko for dinner?": a luncheon is another meal, and not a near synonym. A
        noun the sentence says in other words is there all the same: "laid the groundwork" is the
        foundation laid, whatever "relationship" is a sibling of."""
        present = sentence.stems | sentence.nearby_stems
        said = common_words(sentence.text)
        return not any(stem(noun) not in present and any(
            are_siblings(noun, word) and self._similarity(noun, [word]) < self.thresholds.synonym_similarity
            for word in said) and self._similarity(noun, said, parts="n") < 1.0 for noun in asked.nouns)

    @staticmethod
    def _makes_named_holder(question: Question, asked: Asked, sentence: Sentence) -> bool:
        """"What country is Shehbaz Sharif the president of?": the sentence must make him one."""
        if not asked.named_holder:
            return True
        role, holder = asked.named_holder
        return any(office.role == role and office.holder in holder for office in offices(f"{sentence.nearby} {sentence.text}"))

    def _names_holder_noun(self, question: Question, asked: Asked, sentence: Sentence) -> bool:
        """"Who is the chairman of NLC?": a sentence naming NLC and others names no chairman. In
        WordNet's words: titles are too alike as vectors ("president" and "secretary")."""
        if not asked.holder_noun:
            return True
        return stem(asked.holder_noun) in sentence.stems | sentence.nearby_stems or self._similarity(
            asked.holder_noun, content_words_of(f"{sentence.text} {sentence.nearby}"), parts="n") >= 1.0

    def _names_new_place(self, question: Question, asked: Asked, sentence: Sentence) -> bool:
        """"Which Pakistani city ...?" is not answered by "in Pakistan": the place must be news, and a
        city when a city is asked for (unless WordNet does not know the place). "Pakistan-Belarus
        relations" names two places, each of which may be known or no city."""
        if question.kind != Kind.PLACE:
            return True
        # A country named anywhere answers "which country" only if the sentence tells what it did, or owns
        # what a light verb gave: "Which country offered early support?" is told by "Pakistan's early support".
        given = asked.country_deed in LIGHT_VERBS and any(noun in question.own_terms for _, noun in owned_nouns(sentence.text))
        named_countries = countries(sentence.text) if asked.nation and (
            not asked.country_deed or given or self._tells_deed(asked.country_deed, sentence.text)) else set()
        # "a veterinary medicine facility in Pakistan" tells where the facility is, not where the forum was held
        placed = places(sentence.text)
        gathering = not asked.nation and any(is_gathering(word)
                                             for word in content_words_of(question.standalone.partition(ABOUT)[0]))
        sited = {place for place in placed if any(
            is_site(site.group(1).lower())
            for site in re.finditer(rf"\b([a-z]+)\s+(?:in|at)\s+(?:the\s+)?{re.escape(place)}", sentence.text, re.I))
        } if gathering else set()
        news = {part for place in placed - sited | named_countries
                for part in place.split("-") if part and name_stem(part) not in asked.names | asked.demonyms}
        if asked.settlement:
            news = {place for place in news if not is_known(place) or is_kind_of(place, "municipality")}
        # "Where in Belarus will he go?" asks for a place inside the country: another country is no answer.
        within = WITHIN_PLACE.search(question.standalone)
        if within and is_country(within.group(1)):
            news = {place for place in news if not is_country(place)}
        return bool(news)

    def _keeps_wording(self, question: Question, asked: Asked, sentence: Sentence) -> bool:
        """The question's time, topic, tense, giver and roles, and none of its words turned into their
        opposite: "What did the Pakistani army sell to Belarus?" is not told by Belarus's "purchasing"."""
        text = sentence.text
        said = common_words(text)
        # An office's words are its name: the "top army officer" has no "sides" for opposite.
        wording = question.standalone.partition(ABOUT)[0]
        for written, _ in asked.offices:
            wording = wording.replace(written, " ")
        # A yes/no question is answered by the sentence that says the opposite: "Did they agree to increase
        # trade barriers?" by their agreeing to reduce them.
        return (bool(YES_NO.match(question.text)) or not any(stem(word) not in sentence.stems and opposites_among(word, said)
                                                            for word in content_words_of(wording))) \
            and (self._keeps_qualifiers(question, text, sentence.before) and self._keeps_topic(question, text)
                and self._same_tense(question, text) and same_giver(question, text, sentence.document)
                and not reverses_roles(question, text, asked.doers, sentence.document.people, sentence.document.home))

    def _names_in_passage(self, question: Question, asked: Asked, sentence: Sentence) -> bool:
        """A question about Minsk or Zorvex is not answered by a passage that names neither; the name
        may stand a sentence away ("the Belarusian president" ... "Belarus's contributions")."""
        passage, source = sentence.passage_stems, sentence.hit.chunk.source
        # The place its events happen in need not be named either: "What was signed during Lukashenko's
        # trip to Pakistan?" is told by a passage of the article on his visit to Pakistan.
        unnamed = self._held(asked.offices, sentence.document, passage) | (
            sentence.document.setting - (asked.located - {sentence.document.home}))
        # What a follow-up carries, or the gathering asked about, may be named in the paragraph's passage
        # before: "What did they explore?" after "Tell me about the business forum".
        around = passage | stems_of(sentence.previous_passage)
        acronyms = sentence.document.acronyms

        def named(name: str) -> bool:
            # "an MoU" is named by the "MoUs" a passage defines: one acronym, one meaning
            return name in passage or bool(stand_for(name, question.standalone) & passage) or (
                name in acronyms and any(acronyms.get(term) == acronyms[name] for term in passage))

        # A particular gathering asked about must be the passage's, in its words or others ("lunch"):
        # "How many MoUs were signed at the business forum?" is not told by the 15 signed elsewhere. A
        # gathering a document names in every few passages, as the visit, frames them all.
        document = sentence.document
        if any(EVENT_SHARE * document.frequency.get(stem(event), 0) < document.passages
               and not ({stem(event)} | {stem(synonym) for synonym in synonyms_of(event, "n")}) & around
               # or by a kind of it, written after "at the": the "luncheon" is the meal asked about
               and not self._names_a_kind_of(event, content_words_of(f"{sentence.hit.chunk.text} {sentence.previous_passage}"),
                                             after_determiner=True)
               for event in asked.events):
            return False
        # Of the choices a question offers, one named is enough: "for 2025-2027 or 2026-2028?", "NLC or PIA?"
        offered = unchosen(question.alternatives, lambda term: term in around or named(term))
        numbers = asked.numbers - offered
        return (all(named(name) for name in asked.names - unnamed - offered)
                and (not asked.followed or bool(asked.followed & around))
                # "the Belarusian president" describes; the document must be about Belarus.
                and asked.demonyms <= self._vocabulary(source, asked.demonyms)
                and numbers <= self._vocabulary(source, numbers)
                # "What is the trade target for 2027?" is about that year: the passage must name it.
                and all(number in around for number in numbers if YEAR.fullmatch(number)))

    # ---- how well it answers -------------------------------------------------------------

    def _candidate(self, question: Question, asked: Asked, sentence: Sentence, fits: bool, named_as: NamedAs | None,
                   weights: dict[str, float]) -> Candidate:
        found_stems = set(sentence.stems)
        if fits and question.kind == Kind.COUNT and question.focus:
            # What the sentence counts is the focus noun, or its synonym; "defense" in "how many defense
            # contracts" must be in the sentence all the same.
            found_stems.add(question.focus[-1])
        for acronym, meant in sentence.document.acronyms.items():
            # A document that defines "memoranda of understanding (MoUs)" means them by "an MoU".
            if acronym in sentence.stems:
                found_stems |= meant
            # "memoranda of understanding (MoUs)" says what an "MoU" is
            elif meant <= sentence.stems or f"{acronym}s" in sentence.stems:
                found_stems.add(acronym)
        found_stems -= names_only_within_organizations(sentence.text, asked.names, asked.asked_names,
                                                       sentence.document.persons)
        # "paid an official visit" pays nothing: "What did Pakistan pay for the visit?" is not told by it
        found_stems -= {stem(verb) for verb in paying_idiom_verbs(sentence.text)}
        # "Pakistan termed him": he is named just before, by name and office
        pronoun = PERSONAL_PRONOUN.search(sentence.text)
        named_stems = sentence.stems | sentence.nearby_stems if pronoun else sentence.stems
        named_text = f"{sentence.nearby} {sentence.text}" if pronoun else sentence.text
        for written, office in asked.offices:
            # "the army chief" is "General Asim Munir" wherever the document names him in that office,
            # and "a head of state" any president or minister.
            if sentence.document.holders.get(office, frozenset()) & named_stems or \
                    office in asked.generic_offices and {o for _, o in office_mentions(named_text)} - NOT_HEADS:
                found_stems |= set(terms(written))
        if pronoun:
            found_stems |= asked.names & sentence.nearby_stems
        for phrase in years_long(question.standalone, sentence.text):
            found_stems |= set(terms(phrase))
        # The document's title names whom all of it is about: a name there is no sign this sentence tells of them.
        title_only = stems_of(sentence.hit.chunk.title) - stems_of(f"{sentence.before} {sentence.hit.chunk.heading}")
        nearby = sentence.nearby_stems - (title_only & asked.names)
        coverage = self._coverage(question, weights, sentence.text, found_stems, nearby, named_as, asked.valued) \
            if fits else 0.0
        if coverage and not self._keeps_modifiers(question, asked.modifiers, sentence.text, found_stems | sentence.nearby_stems):
            coverage = 0.0
        # A definition "Shanghai Cooperation Organization (SCO)" answers "what is SCO", and
        # "Chief of Army Staff General Asim Munir" answers "who is General Asim Munir".
        # The more of a name and its titles it gives, the more it says who the person is.
        given = titles(sentence.text, list(asked.person))
        # "memoranda of understanding (MoUs)" defines "MoU" in the plural
        defines = any(f"({acronym})" in sentence.text or f"({acronym}s)" in sentence.text for acronym in asked.acronyms) \
            or given > 0
        # Retrieval rank breaks ties, and the passage's dense similarity adds meaning beyond words.
        score = (coverage + (0.3 if fits else 0.0) + (0.3 if defines else 0.0) + 0.03 * min(given, 5) + 0.05 / (1 + sentence.rank)
                 + (0.3 if question.part and self._in_part(sentence.hit, question.part) else 0.0)
                 + 0.1 * (sentence.hit.dense_similarity or 0.0) + 0.2 * self._proximity(question, sentence.text)
                 + (0.2 if ASKS_WHY.match(question.standalone) and GIVES_REASON.search(sentence.text) else 0.0))
        return Candidate(sentence.hit, sentence.index, sentence.text, coverage, fits, score)

    @staticmethod
    def _held(asked_offices: list[tuple[str, str]], document: TermStatistics, present: set[str] | frozenset[str]) -> set[str]:
        """The words of the offices asked about whose holder is present: a passage naming General Asim
        Munir speaks of the "Chief of Army Staff" without those words."""
        return {term for written, office in asked_offices if document.holders.get(office, frozenset()) & present
                for term in terms(written)}

    def _tells_deed(self, verb: str, sentence: str) -> bool:
        """Whether the sentence tells the deed a "who did it" question asks the doer of, in its own
        words or a synonym: "Who succeeded Nawaz Sharif?" is not answered by a sentence naming him."""
        # "hailed President Lukashenko as a great friend" calls him one
        if stem(verb) in PRESENCE_VERBS or stem(verb) in LEADING_VERBS and fits_kind(sentence, Kind.ROLE) \
                or stem(verb) in NAMING_VERBS and CALLS_AS.search(sentence):
            return True
        # the deed's commonest sense: "translate" means "understand" only in its third. A name's words tell
        # no deed: the "National Logistics Corporation" tells who "founded" nothing, nor the "Shanghai
        # Cooperation Organization" who "organised" anything. The verb itself counts wherever else it stands,
        # idioms included: "paid an official visit" tells who paid one. A thing made is no deed, however near
        # as a vector: a "photo album" tells who "photographed" nothing; a "luncheon" who "lunched".
        said = common_words(sentence)
        deeds = [word for word in said if can_be(word, "VERB") or not is_kind_of(word, "artifact")]
        return stem(verb) in stems_of(" ".join(common_words(sentence, idioms=True))) \
            or self._says(verb, " ".join(deeds), parts="v", senses=1) \
            or any(is_manner_of(word, verb) for word in said)

    def _says(self, word: str, sentence: str, parts: str = "nvar", senses: int = SYNONYM_SENSES,
              threshold: float | None = None) -> bool:
        """Whether the sentence has the word, a WordNet synonym of it or a word whose vector is as close
        (`threshold`, the synonym similarity unless given)."""
        return stem(word) in stems_of(sentence) or self._similarity(word, content_words_of(sentence), parts, senses) \
            >= (self.thresholds.synonym_similarity if threshold is None else threshold)

    def _in_part(self, hit: Hit, part: str) -> bool:
        """Whether the passage is among the last (or first) three of its document."""
        document = self.documents.get(hit.chunk.source)
        if document is None:
            return False
        return hit.chunk.position >= document.passages - 3 if part == "end" else hit.chunk.position < 3

    def _keeps_modifiers(self, question: Question, modifiers: tuple[tuple[str, str], ...], sentence: str,
                         present: set[str]) -> bool:
        """A "defense pact" is not answered by a sentence about a pact, or a treaty, that says
        nothing of defense: the modifying noun narrows what is asked about."""
        content_words = common_words(sentence)
        optional = unchosen(question.alternatives, lambda term: term in present)
        for modifier, head in modifiers:
            if stem(modifier) in optional:
                continue
            # Another kind of the same thing is no match: the "navy chief" is not the "Chief of Army Staff".
            if stem(modifier) not in present and any(are_siblings(modifier, word) for word in content_words):
                return False
            # "seminars" are a kind of "conference": one that is no "press conference"
            head_found = stem(head) in present or self._similarity(head, content_words, parts="n") >= \
                self.thresholds.synonym_similarity or self._names_a_kind_of(head, content_words)
            # A noun narrows more than an adjective: a "currency swap" is not a trade "market", however
            # near as vectors, while "health-related" products may be "pharmaceutical".
            near = self.thresholds.synonym_similarity - (0.0 if (modifier, head) in question.compounds else 0.1)
            if head_found and stem(modifier) not in present and self._similarity(modifier, content_words) < near:
                return False
        # An adjective may go unsaid, but not be said otherwise: "nuclear medicine" is not the
        # "veterinary medicine" of the sentence.
        # So for the head's synonym: a "free trade agreement" is not the "extradition treaty". Which
        # event in time ("the first event") the qualifiers check.
        return not any(stem(modifier) not in present | QUALIFIERS and self._similarity(modifier, [other]) <
                       self.thresholds.synonym_similarity - 0.1
                       for modifier, head in question.modified
                       for said in [head, *(word for word in content_words if self._means(word, head))]
                       for other in modifiers_of(said, sentence))

    def _means(self, word: str, noun: str) -> bool:
        """Whether a sentence's word names the noun: a synonym, or a kind of it (a "treaty" is an "agreement")."""
        return self._similarity(noun, [word], parts="n") >= self.thresholds.synonym_similarity \
            or is_kind_of(word, noun, depth=3)

    def _known_script(self, term: str) -> bool:
        return script(term) in self.scripts

    def _vocabulary(self, source: str, default: set[str]) -> frozenset[str] | set[str]:
        document = self.documents.get(source)
        return document.vocabulary if document else default

    def _coverage(self, question: Question, weights: dict[str, float], sentence: str, sentence_stems: set[str],
                  nearby_stems: set[str], named_as: NamedAs | None, valued: str | None) -> float:
        """IDF-weighted share of the question's words in the sentence."""
        if not weights:
            return 0.0
        content_words = common_words(sentence)
        # The noun a "which X" question names its answer by may be matched by a name's head word:
        # the "National Logistics Corporation" is a "company".
        kind_word = stem(question.answer_noun) if question.answer_noun else None
        all_words = content_words_of(sentence) if kind_word else content_words
        # "military" is the "Armed Forces": two adjacent words, names included, may be one synonym
        sequence = words(sentence)
        phrases = frozenset(f"{first}_{second}" for first, second in zip(sequence, sequence[1:], strict=False))
        # A sentence naming what is asked for ("an Institute" for "which organisation") covers the
        # question's noun halfway: it is the answer's kind, and the rest of the question must match too.
        least = {kind_word: 0.5} if kind_word and named_as == NamedAs.WORDNET else {}
        share: dict[str, float] = {}
        for term in weights:
            if term in sentence_stems:
                share[term] = 1.0
            elif term in nearby_stems:
                share[term] = max(0.7, least.get(term, 0.0))
            elif stand_for(term, question.standalone) & sentence_stems:
                share[term] = 1.0
            elif term == kind_word and named_as == NamedAs.NEAR:
                # A word vector close to the noun was all that named it ("economy" for "currency"): the
                # same closeness is no evidence twice. A gift is named by its giving, though, when the
                # question asks of a giving, whose sides are checked: "presented him with a photo album"
                # (not a gift "brought").
                share[term] = float(bool(question.verb and transfer_of(question.verb))
                                    and told_by_transfer(question.answer_noun or "", content_words))
            else:
                candidates = all_words if term == kind_word else content_words
                share[term] = max(least.get(term, 0.0), self._synonym_score(term, question, candidates, phrases))
        # "Why is the NLC agreement important?" is half told by what the agreement does, unvalued
        if valued in share:
            share[valued] = max(share[valued], WHY_VALUED_SHARE)
        # "hailed President Lukashenko as a great friend" calls him one.
        if question.verb and stem(question.verb) in NAMING_VERBS and stem(question.verb) in share \
                and CALLS_AS.search(sentence):
            share[stem(question.verb)] = 1.0
        # "bringing together over 30 Belarusian companies" tells who attended the gathering it names, when
        # the question names it too: "forum attendance"; not how many attended the welcome ceremony
        if GATHERED.search(sentence):
            gatherings = {stem(word) for word in words(question.standalone) if is_gathering(word)}
            if gatherings and gatherings <= sentence_stems:
                share.update(dict.fromkeys(PRESENCE_VERBS & share.keys(), 1.0))
        # "Executive Director" of the institute is who heads it: "Who heads it?" after "What is PRCCSF?"
        led = stem(question.verb or "")
        if question.kind == Kind.PERSON and led in LEADS and led in share and DIRECTOR.search(sentence) \
                and all(term in sentence_stems for term in weights if term != led):
            share[led] = 1.0
        # A word that only narrows a noun the sentence lacks tells nothing: "his annual salary" is not
        # half answered by "30 years". The noun a "which X" asks for is the answer's, not the sentence's.
        for modifier, head in ((stem(modifier), stem(head)) for modifier, head in question.modified):
            if share.get(head) == 0.0 and modifier in share and head != kind_word:
                share[modifier] = 0.0
        # A verb leading into the deed counts when said, and not against a sentence that tells only the
        # deed: "What did Belarus offer to share?" is answered by its "readiness to share".
        optional = question.leading | unchosen(question.alternatives, lambda term: share.get(term, 1.0) >= 0.5)
        # "Did they talk about agriculture?" is told by what is said of agriculture, in any verb
        if question.verb and stem(question.verb) in DISCUSSED and question.told:
            optional = optional | {stem(question.verb)}
        # Words the answer must tell: a terse query's ("belarus pakistan trade deficit" is not half told
        # by trade), what a deed is done to, what someone is said to be called; of the choices offered
        # ("anything about weapons or defence?"), the one told. A leading word among them is told all the
        # same: the "readiness" expressed is not someone's "appreciation".
        if any(share.get(stem(word), 1.0) < 0.5 and stem(word) not in optional - question.leading for word in question.told):
            return 0.0
        weights = {term: weight for term, weight in weights.items() if share[term] or term not in optional}
        covered = sum(weight * share[term] for term, weight in weights.items())
        # "What did they offer to do?" may have no word left but the leading verb, which it lacks.
        return covered / sum(weights.values()) if weights else 0.0

    def _synonym_score(self, term: str, question: Question, content_words: list[str], phrases: frozenset[str]) -> float:
        written = written_as(question.standalone, term)
        # Names have no synonyms: "Punjab" must not be matched by "Pakistan".
        if written is None or not content_words or is_name(written.word, question.standalone):
            return 0.0
        surface = written.word
        # "celebrated 30 years" is an anniversary (read before numbers are dropped below)
        if told_as_anniversary(surface.lower(), content_words):
            return 1.0
        if told_as_keepsake(surface.lower(), " ".join(content_words)):
            return 1.0
        # The thing a "which X" question asks for is a thing: "the weather" is not "enduring".
        noun = written.after_determiner
        parts = "n" if noun and term == stem(question.answer_noun or "") else "nv" if noun else "nvar"
        # The words the answer must tell name a thing, or say which: "weather during visit" is no "enduring".
        # A noun before a noun is one: a "state visit" is not a visit "expressed".
        if surface.lower() in question.told or any(modifier == surface.lower() for modifier, _ in question.compounds):
            parts = "na"
        # and its head is a noun: the "exchange rate" is no "range" (to rate is to range), "religious
        # rules" are not "governments" (a plural after an adjective; "did the army chief value" has a verb)
        elif any(head == surface.lower() for _, head in question.compounds) or any(
                head == surface.lower() and is_plural_noun(head) for _, head in question.modified):
            parts = "n"
        # "sign" the treaty is no "mark"; to "transfer" technology is no "transportation"
        if surface.lower() == question.verb or written.infinitive_with_object and can_be(surface.lower(), "VERB"):
            parts = "v"
        # An idiom's verb means nothing alone: a visit "cut short" is not a barrier "reduced".
        idiom = phrasal_verb(surface.lower(), written.next_word) \
            if written.next_word and written.next_word not in STOPWORDS and parts == "v" else None
        similarity = self._similarity(idiom or surface.lower(), content_words, parts=parts, phrases=phrases)
        if idiom and similarity < 1.0:
            return 0.0
        # A kind of person the answer must tell is said in words for people, never near as a vector only:
        # "Lukashenko spouse" is not told by the "bilateral relationship".
        if similarity < 1.0 and surface.lower() in question.told and is_kind_of(surface.lower(), "person", senses=1):
            similarity = 0.0
        if surface.lower() == question.verb:
            # a deed said by its noun is as near as its verb: "appreciation" is "appreciate", near "thank"
            if similarity < 1.0:
                similarity = max(similarity, self._similarity(question.verb, verbs_named(content_words), parts="v"))
            # "termed" is a way to "call", to "commend" a way to "praise", and "production" the deed of "produce"
            if any(is_manner_of(word, question.verb) or is_manner_of(question.verb, word, SYNONYM_SENSES)
                   or names_deed(word, question.verb)
                   for word in content_words) or done_to_own_noun(question, content_words):
                similarity = 1.0
            # "lauding" is another way to praise than "commend": near, and not as near as the word itself.
            elif any(are_manners_of_one(question.verb, word) for word in content_words):
                similarity = max(similarity, SIBLING_SIMILARITY)
        if similarity < 1.0 and self._names_a_kind_of(surface.lower(), content_words, noun):
            similarity = 1.0
        # The noun of a transfer is told by its verb, from the same side: "a gift" by "presented". Only in
        # a question with a verb, whose roles are checked, or one that names no one to give or take:
        # "photo album gift", "lukashenko gift" (given or taken), but not "gift for sharif", who gave it.
        if similarity < 1.0 and "NOUN" in lemmas_of(surface.lower()) and (
                question.verb or not names_in(question.standalone) or not GIVING_SIDE.search(question.standalone)) \
                and told_by_transfer(surface.lower(), content_words):
            similarity = 1.0
        # A verb and its particle may be one word: "talk about" is "discussed".
        phrase = phrasal_verb(surface.lower(), written.next_word) if written.next_word and similarity < 1.0 else None
        if phrase and any(stem(synonym) == stem(word) and self._sense_is_common(phrase, word, "v")
                          for synonym in synonyms_of(phrase, "v") for word in content_words):
            similarity = 1.0
        # Graded: a near-synonym ("deals"/"agreements", 0.58) counts partly, an unrelated word not at all.
        floor = self.thresholds.synonym_similarity - 0.1
        return min(1.0, max(0.0, (similarity - floor) / 0.3))

    @staticmethod
    def _names_a_kind_of(noun: str, content_words: list[str], after_determiner: bool = False) -> bool:
        """Whether the sentence names a kind of the thing: a "tractor plant" is a factory for farm
        "vehicles". Not for nouns that are verbs too, unless written after a determiner ("the meal"
        is a luncheon), nor for people, of whom every title is a kind; nor by a word mostly said as
        an adjective: the "high" of "high-tech" is no anticyclone, a kind of "weather"."""
        lemmas = lemmas_of(noun)
        return "NOUN" in lemmas and ("VERB" not in lemmas or after_determiner) and not is_kind_of(noun, "person") and any(
            is_kind_of(word, noun, depth=3) for word in content_words if word != noun and not is_mostly(word, "a"))

    def _similarity(self, word: str, candidates: Sequence[str], parts: str = "nvar", senses: int = SYNONYM_SENSES,
                    phrases: frozenset[str] = frozenset()) -> float:
        """1 for a WordNet synonym of the word among the candidates, or among `phrases` (two adjacent
        words joined by "_", matched only by a synonym of two words: "armed_forces"), else the
        closest word vector's cosine."""
        # A noun's synonym is matched by a noun: "salary" is "pay", which "paid" is not. A verb's may be
        # matched by its nominalization ("establish" by "establishment").
        for part in parts:
            synonyms = synonyms_of(word, part, senses)
            if synonyms & phrases:
                return 1.0
            stems = {stem(synonym) for synonym in synonyms}
            for candidate in candidates:
                if stem(candidate) in stems and (part != "n" or can_be(candidate, "NOUN")) and (
                        self._sense_is_common(word, candidate, part)
                        or self.words_like.best_match(word, [candidate]) >= RARE_SENSE_SIMILARITY):
                    return 1.0
        # An adjective says the noun it pertains to: "inter-parliamentary" exchanges are about parliaments.
        said = {stem(candidate) for candidate in candidates}
        if {stem(noun) for noun in pertains_to(word)} & said or any(
                stem(word) in {stem(noun) for noun in pertains_to(candidate)} for candidate in candidates):
            return 1.0
        # Opposites are close as vectors and never mean the same: "criticize" is not "praised". A number is
        # no word's synonym, however near its vector: "birthday" is not "25" ("fifteen" is "15").
        opposed = opposites_among(word, candidates)
        numeral = bool(NUMBER.fullmatch(word))
        return self.words_like.best_match(word, [candidate for candidate in candidates if candidate not in opposed
                                                 and (numeral or not candidate.isdigit())])

    @staticmethod
    def _sense_is_common(word: str, candidate: str, part: str) -> bool:
        """Whether the candidate means the word in one of its own common senses, or its verb does
        ("establishment" -> "establish")."""
        return stem(word) in {stem(other) for form in {candidate} | {
            synonym for synonym in synonyms_of(word, part) if stem(synonym) == stem(candidate)}
            for other in synonyms_of(form, part)}

    def _names_answer(self, noun: str, sentence: str, asked_names: set[str], whose: bool = False,
                      persons: frozenset[str] = frozenset()) -> NamedAs:
        """Whether the sentence names a thing of the kind a "what/which X" question asks for: the
        word itself, a synonym, a kind of it ("products" are "goods", a "corporation" is an
        "organization"), or its own immediate kind ("a factory" is a "plant"). A name's last word
        may be two steps broader: the "Shanghai Cooperation Organization" is the "bloc" asked for.
        "Which official" is answered by any person the sentence names, and "which company" only by a
        name the question does not give, which need not be in WordNet ("Zorvex Motors"), as does a
        group of a named country (`whose`: "which Belarusian university"). Anyone in office is one of
        the document's `persons` or has a title."""
        # "What pledge was made?": what was pledged is the pledge ("pledged to encourage ..."), as what
        # was committed to is the commitment; asked first, for a pledge is a person too in WordNet (one
        # pledged to join a fraternity). The doer ("publisher") and a body ("organization") are no
        # deed's content.
        if not noun.endswith(DOER_ENDINGS) and not is_kind_of(noun, "group") and any(
                word.endswith(("ed", "ing")) and can_be(word, "VERB") and (stem(word) == stem(noun) or names_deed(noun, word))
                for word in words(sentence)):
            return NamedAs.WORDNET
        # "Which nations pledged ...?" is told by "Both governments pledged ...": the two it is about
        if stem(noun) in TWO_SIDES and is_plural_noun(noun) and BOTH_SIDES.match(sentence):
            return NamedAs.WORDNET
        # "What level were the talks?": "delegation-level talks" names theirs
        if re.search(rf"\b\w+-{re.escape(noun)}\b", sentence, re.I):
            return NamedAs.WORDNET
        if is_kind_of(noun, "person"):
            # "Which journalists ...?" is not answered by any person: by one the sentence calls so, or
            # whose title is a kind of it (a president is a "leader"). Some words fit anyone in office.
            said = content_words_of(sentence)
            of_kind = calls_people(noun, said)
            # Words that fit anyone in office fit only a person: "Beltamozhservice" is no "official".
            someone = names_someone_new(sentence, asked_names) and (stem(noun) not in ONLY_PERSONS or any(
                names - asked_names and (names & persons or PERSON_TITLE.search(run))
                for run, names in named_runs(without_quotations(sentence))))
            # A thing may be of the kind too: "machines" are people in WordNet (an efficient person is
            # one), and "agricultural machinery" is machines.
            return NamedAs.WORDNET if of_kind and someone or any(
                stem(word) not in asked_names and is_kind_of(word, noun) and not is_kind_of(word, "person")
                for word in said) else NamedAs.NOT
        if told_as_keepsake(noun, sentence) or told_as_anniversary(noun, content_words_of(sentence)) \
                or stem(noun) in QUOTED_WORDINGS and QUOTED.search(sentence):
            return NamedAs.WORDNET
        # "economies present a natural synergy": a word before an article is a verb there, and no "gift"
        verbs = {match.group(1).lower() for match in BEFORE_ARTICLE.finditer(sentence) if can_be(match.group(1).lower(), "VERB")}
        said = [stem(word) for word in common_words(sentence) if word not in verbs]
        # A synonym in a sense that is no group names the thing: the "groundwork" laid is the
        # "foundation" asked for, though a foundation may be an institution, which needs a name.
        if {stem(synonym) for synonym in synonyms_unless_kind(noun, "group")} - {stem(noun)} & set(said):
            return NamedAs.WORDNET
        if is_kind_of(noun, "group"):
            # "Which company" wants a name: "30 Belarusian companies" gives none, and the "Business
            # Forum" is no company; "Beltamozhservice" and "Zorvex Motors" may be. Other groups
            # ("which sectors", "which body") may be named or described.
            by_name = max((self._names_kind(name, noun) for name in new_name_runs(sentence, asked_names)),
                          default=NamedAs.NOT, key=NAMED_AS_STRENGTH.index)
            if by_name != NamedAs.NOT or whose or is_kind_of(noun, "organization"):
                return by_name
        if speaks_generally_of(noun, sentence):
            return NamedAs.NOT
        # The leading parts of a compound name no thing: "high-level" talks are no "high" (a weather system).
        # The question's own words name no answer: "What food was served at the luncheon?" is not
        # answered by the luncheon, though a luncheon is food.
        content_words = [word for word in content_words_of(COMPOUND_PREFIX.sub("", sentence)) if stem(word) not in asked_names]
        named = {w.lower() for w in re.findall(r"(?<!^)\b[A-Z][a-z]+\b", sentence)}
        synonyms = {stem(synonym) for synonym in synonyms_of(noun, "n")}
        if any(is_kind_of(word, noun) or is_kind_of(noun, word, depth=2 if word in named else 1) for word in content_words
               if word not in verbs) or synonyms & set(said):
            return NamedAs.WORDNET
        # A word vector this close is a hint, not proof: the sentence may answer, but only its other
        # words can show that it does.
        close = self._similarity(noun, common_words(sentence)) >= self.thresholds.synonym_similarity
        return NamedAs.NEAR if close else NamedAs.NOT

    @staticmethod
    def _names_kind(name: str, noun: str) -> NamedAs:
        """Whether a name is of the kind of organization asked for, judged by its head word: an
        "Institute" is an "organisation", a "bloc" an "Organization" (WORDNET); a "Corporation", a
        name ending "Motors" or a single word no thesaurus knows ("Beltamozhservice"; two are more
        likely a person's name) may be a "company" (CLOSE)."""
        name_words = words(re.split(r"\s+of\s+", name)[0])  # "University of China" is a university
        last = name_words[-1]
        if is_kind_of(last, noun) or is_kind_of(noun, last, depth=2):
            return NamedAs.WORDNET
        # A plural acronym ("MoUs") names things of a kind, no one body.
        if (len(name_words) == 1 and not is_known(last) and not PLURAL_ACRONYM.fullmatch(name)
                or last in ORGANIZATION_ENDINGS
                # a corporation is no "company" in WordNet, but an organization; a country is one too,
                # and an "Organization" is no "university"
                or is_kind_of(last, "organization") and not is_kind_of(last, "location")
                and is_kind_of(noun, "organization")):
            return NamedAs.CLOSE
        return NamedAs.NOT

    def _counts_focus(self, question: Question, sentence: str, acronyms: dict[str, frozenset[str]]) -> bool:
        # "Belarusian" in "how many Belarusian students" says whose; "students" says what is counted,
        # and "30 Belarusian companies" does not count it.
        described = {form for t in re.findall(r"\b[A-Z][\w'’-]*", question.text) for form in (name_stem(t), stem(t.lower()))}
        focus = set(question.focus) - described or set(question.focus)
        # "How many defense contracts": the sentence must say "defense" as well as count contracts.
        if not all(term in stems_of(sentence) or self._similarity(term, words(sentence)) >= 1.0
                   for term in focus if term != question.focus[-1]):
            return False
        counted = counted_words(sentence)
        counted_stems = set(terms(" ".join(counted)))
        # Whatever is signed is a document: "how many documents were signed" counts the agreements.
        if focus <= SIGNED_THINGS and counted and SIGNED.search(sentence):
            return True
        # ("two nations" are the sides of everything, no one's participants)
        if question.focus[-1] in PARTAKERS and any(
                (is_kind_of(word.lower(), "person") or is_kind_of(word.lower(), "organization"))
                and not is_kind_of(word.lower(), "political_unit") and not is_kind_of(word.lower(), "location")
                for word in counted):
            return True
        # "How many MoUs" counts the "memoranda of understanding" the document abbreviates so.
        if focus & counted_stems or any(acronyms.get(term, frozenset()) & focus for term in counted_stems) or any(
                acronyms.get(term, frozenset()) & counted_stems for term in focus):
            return True
        surfaces = [w for w in words(question.text) if stem(w) in focus]
        lowered = [w.lower() for w in counted]
        # "How many pacts": a pact is a kind of agreement, which the sentence counts. A count is of a thing
        # in its common sense ("years" are one's "days" only in a lifetime's), and of what is nearer than
        # kin: "jobs", "factories" and "products" (0.60-0.63 from "companies") are not companies, "firms" are.
        return any(self._similarity(s, lowered, senses=1) >= COUNTED_SIMILARITY
                   or any(is_kind_of(s, word, depth=2) for word in lowered) for s in surfaces if lowered)

    @staticmethod
    def _proximity(question: Question, sentence: str) -> float:
        """Share of the question's consecutive word pairs that stand within three words in the sentence.

        Two sentences can hold the same words; the one that keeps them together, as in "invite ...
        to visit Belarus", is more likely the answer than one with "visit to Pakistan ... invitation".
        """
        pairs = list(zip(question.own_terms, question.own_terms[1:], strict=False))
        if not pairs:
            return 0.0
        positions: dict[str, list[int]] = {}
        for position, term in enumerate(terms(sentence)):
            positions.setdefault(term, []).append(position)
        near = sum(any(abs(i - j) <= 3 for i in positions.get(a, []) for j in positions.get(b, [])) for a, b in pairs)
        return near / len(pairs)

    def _same_tense(self, question: Question, sentence: str) -> bool:
        """A question about what will happen is not answered by the date of what happened, nor "how
        long has he been president" by the dates of one visit. "Three decades of friendship" tells
        how long two countries have been friends, not how long he has been president."""
        if question.kind == Kind.DURATION and ONGOING_QUESTION.search(question.text):
            asked = content_words_of(question.standalone.partition(ABOUT)[0])
            return bool(ONGOING_SENTENCE.search(sentence)) or any(
                self._similarity(lasted, asked, parts="n") >= self.thresholds.synonym_similarity
                for match in LASTED.finditer(sentence) for lasted in match.groups() if lasted)
        if question.kind != Kind.DATE or not FUTURE_QUESTION.search(question.text):
            return True
        # a period of years ("the Roadmap ... for 2025-2027") runs ahead whatever the verb's tense, and
        # tells when it ends; not when it will be reviewed
        return bool(FUTURE_SENTENCE.search(sentence)) or bool(YEAR_RANGE.search(sentence)) and set(
            question.own_terms) <= stems_of(sentence)

    def _keeps_topic(self, question: Question, sentence: str) -> bool:
        """An agreement "on space cooperation" or MoUs "signed on defense" are not answered by a
        sentence about agreements on anything else: the topic must be there, or a close synonym."""
        topic = AGREED_ON.search(question.standalone.partition(ABOUT)[0])
        # "Did they agree on anything ...?" names no topic; every agreement is on "cooperation", and
        # "space cooperation" is about space
        # nor is the deed after it: "agreements on energy signed", "a treaty on handing over criminals"; "an MoU
        # on mining" is on a topic
        said = words(topic.group(1)) if topic else []
        topic_words = [word for word in said if word not in STOPWORDS and not (
            "VERB" in lemmas_of(word) and "NOUN" not in lemmas_of(word) and not (len(said) == 1 and word.endswith("ing")))]
        topic_words = [word for word in topic_words if stem(word) not in ANY_AGREEMENT] or topic_words
        if not topic_words:
            return True
        # "How many MoUs were signed on health?" counts those on health: "15 agreements ... in sectors such
        # as trade, health" counts them all.
        told = " ".join(counted_words(sentence, window=8)) if question.kind == Kind.COUNT else sentence
        return any(self._says(word, told) for word in topic_words)

    def _keeps_qualifiers(self, question: Question, sentence: str, before: str) -> bool:
        if any(asked.search(question.text) and not told.search(sentence) for asked, told in TIME_CUES):
            return False
        # "the future of their partnership", "their partnership's future" name a topic; "a future visit"
        # qualifies the visit.
        nouns = {stem(word.lower()) for found in re.findall(r"(\w+)\s+of\b|['’]s\s+(\w+)\b(?!\s+[a-z]*\w)", question.text)
                 for word in found if word}
        # "the former prime minister" may be told so a sentence before: "former Prime Minister Nawaz
        # Sharif" ... "a luncheon hosted by Nawaz Sharif".
        of_office = {stem(word.lower()) for word in re.findall(rf"(\w+)\s+(?:{ROLES})\b", question.text, re.I)}
        # "last year" is no "enduring": a qualifier's synonyms are adjectives and adverbs. What "will"
        # happen is the "future" asked about. The main verb qualifies nothing: "Did the visit last three days?"
        return all(self._says(term, f"{sentence} {before}" if term in of_office else sentence, parts="ar")
                   or term in AHEAD and AHEAD_SENTENCE.search(sentence)
                   for term in QUALIFIERS & set(question.own_terms) - nouns - {stem(question.verb or "")})

    # ---- answering -----------------------------------------------------------------------

    def select(self, question: Question, hits: list[Hit]) -> list[Candidate]:
        """The sentences that answer, best first; empty when the documents do not answer."""
        if question.kind == Kind.OVERVIEW:
            return overview(hits)
        if question.kind == Kind.CONCLUSION:
            return conclusion(hits)
        if question.kind == Kind.PEOPLE:
            return people_named(hits, self.documents)
        if question.kind == Kind.SECTIONS:
            return sections(hits)
        if NEGATED_QUESTION.match(question.standalone.partition(ABOUT)[0]):
            return []
        answering = [c for c in self.candidates(question, hits)
                     if c.fits and c.coverage >= self.thresholds.min_coverage]
        if not answering:
            return []
        unit = HOW_MANY_UNITS.search(question.standalone)
        if unit:
            # "How many days ...?" is told outright by "a three-day visit"; "from 25-27 November" leaves the reader to count
            answering.sort(key=lambda candidate: not lasts_in(unit.group(1), candidate.sentence, counted=True))
        best = answering[0]
        chosen = [best]
        following = best.hit.chunk.sentences[best.sentence_index + 1: best.sentence_index + 2]
        if ASKS_WHY.match(question.standalone) and not GIVES_REASON.search(best.sentence) and following \
                and POINTS_BACK.match(following[0]) and GIVES_REASON.search(following[0]):
            # "Why did they agree to expand exchanges?": "These efforts aim to ..." gives the reason for
            # what the sentence before tells, in words of its own.
            return with_antecedents([best, Candidate(best.hit, best.sentence_index + 1, following[0],
                                                     best.coverage, True, best.score)])
        for other in answering[1:3]:
            continues = other.hit is best.hit and other.sentence_index == best.sentence_index + 1 \
                and (POINTS_BACK.match(other.sentence) or bool(TOPIC_REQUEST.match(question.standalone)))
            ratio = self.thresholds.continuation_ratio if continues else self.thresholds.second_sentence_ratio
            if other.score >= ratio * best.score and other.sentence != best.sentence:
                chosen.append(other)
                break
        else:
            # "Tell me about the defense talks.": the sentence that opens a topic is followed by what it
            # was, which names the topic in part ("defense manufacturing") and need not tell it all.
            if following and TOPIC_REQUEST.match(question.standalone) and stems_of(following[0]) & set(question.own_terms):
                chosen.append(Candidate(best.hit, best.sentence_index + 1, following[0], best.coverage, True, best.score))
        return with_antecedents(chosen)

    def answer(self, question: Question, hits: list[Hit]) -> Answer:
        chosen = self.select(question, hits)
        if not chosen:
            return Answer(question.text, abstention_text(question.standalone), True, "extractive", [], question.standalone)
        citations = cite(chosen)
        text = " ".join(f"{c.sentence} [{citation.marker}]" for c, citation in zip(chosen, citations, strict=False))
        if question.heading_asked:
            text = f"Under the heading \u201c{citations[0].heading}\u201d: {text}"
        if question.kind == Kind.SECTIONS:
            headings = ", ".join(f"\u201c{citation.heading}\u201d [{citation.marker}]" for citation in citations)
            text = f"The sections are headed {headings}."
        return Answer(question.text, text, False, "extractive", citations, question.standalone)


# "What didn't Lukashenko do?", "Which sectors were not covered?", "Which topics were left out?": what the
# documents leave out, which no sentence of theirs tells
NEGATED_QUESTION = re.compile(r"^\W*(?:what|which|who|whom|where|when|why|how)\b[^?]*?\b(?:did|does|do|was|were|is|are|has"
                              r"|have|had|will|would|can|could)\s+(?:[\w'’-]+\s+){0,3}?(?:not|never)\b"
                              r"|^\W*(?:what|which|who|whom)\b[^?]*?\b(?:(?:left|leave|leaves|leaving)\s+out|omit(?:s|ted)?"
                              r"|exclud(?:e|es|ed)|overlook(?:s|ed)?|neglect(?:s|ed)?|skip(?:s|ped)?|missing)\b", re.I)


# "What did Lukashenko buy?" asks of a deed done; "interest in purchasing" tells one intended
DONE_ASKED = re.compile(r"^\W*(?:what|which|whom?|where)\b[^?]*?\bdid\b", re.I)
INTENDED_DEED = re.compile(r"\b(?:interest(?:ed)?|readiness|ready|willingness|willing|plans?|intention|desire|keen|eager)"
                           r"\s+(?:in|to|for)\s+(\w+)", re.I)


# A sentence this short is a byline or a date line, not what a document is about.
MIN_OVERVIEW_WORDS = 8
# The senses of a question's verb a sentence's deed may be a sibling way of doing
ASKED_VERB_SENSES = 2
# What a "why is it important?" question's word for value counts in a sentence without it
WHY_VALUED_SHARE = 0.5


def overview(hits: list[Hit]) -> list[Candidate]:
    """What a document is about, from its opening passages (hits in document order): the title its
    card states and its first two sentences, skipping a byline or a date line."""
    found: list[Candidate] = []
    for hit in hits:
        for index, sentence in enumerate(hit.chunk.sentences):
            title = hit.chunk.position == 0 and index == 0 and hit.chunk.title in sentence
            opening = (hit.chunk.position > 0 and len(words(sentence)) >= MIN_OVERVIEW_WORDS
                       and sentence.rstrip().endswith((".", "!", "?")))
            if (title or opening) and len(found) < 3:
                found.append(Candidate(hit, index, sentence, 1.0, True, 1.0))
    return found


def conclusion(hits: list[Hit], sentences: int = 3) -> list[Candidate]:
    """How a document ends, from its closing passages (hits in document order): its last sentences."""
    found = [Candidate(hit, index, sentence, 1.0, True, 1.0) for hit in hits
             for index, sentence in enumerate(hit.chunk.sentences)]
    return found[-sentences:]


def people_named(hits: list[Hit], documents: dict[str, TermStatistics], sentences: int = 3) -> list[Candidate]:
    """Whom a document names, from all its passages (hits in document order): up to three sentences,
    each the first to name the most of its people the ones before did not, and of those the one with
    the most names ("Nawaz Sharif" and "Shehbaz Sharif" share a stem)."""
    document = documents.get(hits[0].chunk.source) if hits else None
    if document is None:
        return []
    named = [(hit, index, sentence, stems_of(sentence) & document.persons, len(person_names(sentence)))
             for hit in hits for index, sentence in enumerate(hit.chunk.sentences)]
    found: list[Candidate] = []
    left = set(document.persons)
    while named and left and len(found) < sentences:
        hit, index, sentence, names, _ = max(named, key=lambda candidate: (len(candidate[3] & left), candidate[4]))
        if not names & left:
            break
        found.append(Candidate(hit, index, sentence, 1.0, True, 1.0))
        left -= names
    return found


def sections(hits: list[Hit]) -> list[Candidate]:
    """A document's sections, from all its passages (hits in document order): the first sentence under
    each heading of its own, not under its title or its card."""
    found: list[Candidate] = []
    for hit in hits:
        heading = hit.chunk.heading
        if heading not in (hit.chunk.title, CARD_HEADING) and heading not in {c.hit.chunk.heading for c in found}:
            found.append(Candidate(hit, 0, hit.chunk.sentences[0], 1.0, True, 1.0))
    return found


# A sentence that opens by pointing back ("These efforts aim to ...", "He specifically ...") means
# little without the one before it.
POINTS_BACK = re.compile(r"(These|This|Those|Such|He|She|They|It)\b")


def with_antecedents(chosen: list[Candidate]) -> list[Candidate]:
    """The chosen sentences, each that points back preceded by the sentence it points to."""
    expanded: list[Candidate] = []
    for candidate in chosen:
        index, sentences = candidate.sentence_index, candidate.hit.chunk.sentences
        before = sentences[index - 1] if index else None
        if POINTS_BACK.match(candidate.sentence) and before and before not in {c.sentence for c in chosen + expanded}:
            expanded.append(replace(candidate, sentence_index=index - 1, sentence=before, antecedent=True))
        expanded.append(candidate)
    return expanded


@lru_cache(maxsize=65536)
def can_be(word: str, part: str) -> bool:
    """Whether the word can be of the part of speech ("NOUN", "VERB"); a word lemminflect does not
    know can be anything."""
    lemmas = lemmas_of(word.lower())
    return not lemmas or part in lemmas


def modifiers_of(noun: str, sentence: str) -> list[str]:
    """The content words right before the noun (in any inflection) in the sentence: "a veterinary
    medicine facility" -> ["veterinary"] for "medicine"."""
    tokens = re.findall(r"[\w'’-]+", sentence)
    return [before.lower() for before, word in zip(tokens, tokens[1:], strict=False)
            if stem(word.lower()) == stem(noun) and before[0].islower() and before.lower() not in STOPWORDS]


def common_words(sentence: str, idioms: bool = False) -> list[str]:
    """The sentence's content words, less the English words inside names: those match only as
    themselves, so the "Pakistan Armed Forces" are no "arms". Titles ("President" is a "leader")
    and words no thesaurus knows ("Beltamozhservice" may be the "customs service") stay."""
    inside_names = {word.lower() for word in re.findall(r"(?<=\w[\s,;:(])[A-Z][\w'’-]*", sentence)}
    # "paid an official visit" pays nothing: it is no answer to how the visit was funded, unless `idioms`
    idiom_verbs = [] if idioms else paying_idiom_verbs(sentence)
    return [w for w in content_words_of(sentence) if not (w in inside_names and w not in TITLE_WORDS and is_known(w))
            and w not in idiom_verbs]


# A bare plural between a preposition and a verb: "exchange programs between universities were
# finalized" speaks of universities in general.
_GENERAL_PLURAL = r"\b(?:between|among|with|for|from|by|across)\s+{}\s+(?:were|was|are|is|will|would|have|has|had|can)\b"


def speaks_generally_of(noun: str, sentence: str) -> bool:
    """Whether the sentence says the noun a "which X" question asks for only of no X in particular:
    "Which universities?" is not told by "exchange programs between universities were finalized"."""
    said = [match for match in re.finditer(r"[\w'’-]+", sentence) if stem(match.group().lower()) == stem(noun)]
    return bool(said) and all(re.search(_GENERAL_PLURAL.format(re.escape(match.group())), sentence) for match in said)


def unchosen(alternatives: tuple[frozenset[str], ...], told: Callable[[str], bool]) -> set[str]:
    """The stems of the choices a question offers, which count not against a sentence that tells one
    of them (`told` of each of its stems): "an official visit" answers "a state visit or an official
    visit?"."""
    return set().union(*alternatives) if any(all(told(term) for term in choice) for choice in alternatives) else set()


@dataclass(frozen=True)
class WrittenAs:
    """How a question writes one of its terms, and the words around it that tell its part of speech."""

    word: str
    after_determiner: bool  # "the weather": a noun
    infinitive_with_object: bool  # "to transfer technology": a verb
    next_word: str | None  # lower-case: a particle may follow a verb ("talk about")


# A word and what follows it, up to the next word: "agreements" and " ", "Pakistan" and "? ".
_WORD_AND_SPACE = re.compile(r"([\w'’-]+)([^\w'’-]*)")


# Cached: answering asks this of every retrieved sentence.
@lru_cache(maxsize=4096)
def written_as(text: str, term: str) -> WrittenAs | None:
    """The first word of the text whose stem is the term, and what stands around it."""
    tokens = _WORD_AND_SPACE.findall(text)
    written = [token for token, _ in tokens]
    # or a part of a hyphened word: "parliaments" in "parliaments-related"; "e-commerce" is one word
    parts = [part for w in written if "-" in w and min(map(len, w.split("-"))) > 2 for part in w.split("-")]
    word = next((w for w in (*written, *parts) if stem(w.lower()) == term), None)
    if word is None:
        return None

    def spaced(position: int) -> bool:  # the word there and the next stand apart by spaces only
        return position + 1 < len(tokens) and tokens[position][1] != "" and not tokens[position][1].strip()

    places = [position for position, other in enumerate(written) if other == word]
    following = next(filter(None, (re.match(r"[a-z]+", written[position + 1]) for position in places if spaced(position))), None)
    return WrittenAs(
        word,
        after_determiner=any(spaced(position - 1) and written[position - 1].lower() in DETERMINERS
                             for position, other in enumerate(written) if position and other.lower() == word.lower()),
        infinitive_with_object=any(position and written[position - 1] == "to" and spaced(position - 1) and spaced(position)
                                   and written[position + 1][0] in string.ascii_lowercase for position in places),
        next_word=following.group() if following else None)


def is_name(word: str, question: str) -> bool:
    """Whether a capitalised word of the question is a name: not an English word that only opens it
    ("Publication date?" asks when it was "Published"), though a number opening it is ("Fifteen
    agreements were signed; which treaty stood out?" states a premise, and its number counts as written)."""
    opens = question.lstrip(" \"'“¿¡").startswith(word)
    return word[0].isupper() and not (opens and is_common_word(word) and not NUMBER.fullmatch(word))


def calls_people(noun: str, said: list[str]) -> bool:
    """Whether a sentence's words call people what the noun does: any person is one of the "people"
    or "guests", and a "leader" is named by a title that is a kind of it ("president")."""
    return stem(noun) in ANY_PERSON or any(
        stem(word) == stem(noun) or is_kind_of(word, noun, depth=10, general_senses=3) for word in said)


def content_words_of(sentence: str) -> list[str]:
    """The sentence's words, each once, less function words and single letters ("H.E")."""
    return [w for w in dict.fromkeys(words(sentence)) if w not in STOPWORDS and len(w) > 1]


@lru_cache(maxsize=32768)
def stems_of(text: str) -> frozenset[str]:
    """The stems of a sentence or passage; cached, as every question re-reads the same retrieved passages."""
    return frozenset(terms(text))


def cite(chosen: list[Candidate]) -> list[Citation]:
    return [citation(marker, candidate.hit, candidate.sentence) for marker, candidate in enumerate(chosen, start=1)]


def citation(marker: int, hit: Hit, sentence: str) -> Citation:
    chunk = hit.chunk
    assert sentence in chunk.text  # a citation never points outside its passage
    return Citation(marker, chunk.source, chunk.title, chunk.heading, sentence, chunk.text, round(hit.score, 5))


def stream_words(text: str) -> Iterator[str]:
    """An answer in word-sized pieces, so the extractive engine streams like a model does."""
    yield from re.findall(r"\S+\s*", text)


def commonest_words(chunks: list[Any], limit: int) -> list[str]:
    """The passages' words other than stopwords, commonest first, at most `limit` of them."""
    counts = Counter(word for chunk in chunks for sentence in chunk.sentences for word in words(sentence)
                     if word not in STOPWORDS)
    return [word for word, _ in counts.most_common(limit)]


def corpus_statistics(chunks: list[Any]) -> dict[str, TermStatistics]:
    """Per document, in one pass over the passages: how many passages use each stem, and every stem
    it uses, its title and headings included; the acronyms it defines, whose office each named
    office holder holds, and where its events happen."""
    passages: dict[str, int] = {}
    frequency: dict[str, dict[str, int]] = {}
    vocabulary: dict[str, set[str]] = {}
    acronyms: dict[str, dict[str, frozenset[str]]] = {}
    people: dict[str, dict[str, str]] = {}
    holders: dict[str, dict[str, set[str]]] = {}
    holder_names: dict[str, dict[str, set[str]]] = {}
    settings: dict[str, Counter[str]] = {}
    written: dict[str, set[str]] = {}
    closing: dict[str, dict[int, tuple[str, str]]] = {}
    for chunk in chunks:
        if chunk.sentences:
            closing.setdefault(chunk.source, {})[chunk.position] = (chunk.heading, chunk.sentences[-1])
        # words, and hyphenated words whole: "interparliamentary" is read as "inter-parliamentary"
        written.setdefault(chunk.source, set()).update(
            re.findall(r"\b[A-Za-z]+(?:-[A-Za-z]+)*\b", f"{chunk.title} {chunk.heading} {chunk.text}"))
        for acronym, words_meant in acronym_definitions(chunk.text).items():
            meant = frozenset(terms(words_meant)) | {stem(lemma) for word in words(words_meant) if word not in STOPWORDS
                                                     for lemma in lemmas_of(word).get("NOUN", ())}
            for form in {acronym, acronym.removesuffix("s")}:  # "MoUs" defined, "an MoU" used
                acronyms.setdefault(chunk.source, {}).update({term: meant for term in terms(form)})
        for sentence in chunk.sentences:
            for office in offices(sentence) + authors(sentence):
                holders.setdefault(chunk.source, {}).setdefault(office.role, set()).add(office.holder)
                holder_names.setdefault(chunk.source, {}).setdefault(office.role, set()).update(office.names)
                if office.owner:
                    people.setdefault(chunk.source, {})[office.holder] = office.owner
            settings.setdefault(chunk.source, Counter()).update(places(sentence) - TITLE_WORDS)
        passage_terms = set(terms(chunk.text))
        counts = frequency.setdefault(chunk.source, {})
        for term in passage_terms:
            counts[term] = counts.get(term, 0) + 1
        passages[chunk.source] = passages.get(chunk.source, 0) + 1
        vocabulary.setdefault(chunk.source, set()).update(passage_terms, terms(f"{chunk.title} {chunk.heading}"))
    homes = {source: counter.most_common(1)[0][0] for source, counter in settings.items() if counter}
    spellings = {source: {word.lower() for word in forms} for source, forms in written.items()}
    capitalised = {source: {word for word in forms if word[0].isupper() and word.lower() not in forms}
                   for source, forms in written.items()}
    return {source: TermStatistics(passages[source], frequency[source], frozenset(vocabulary[source]),
                                   acronyms.get(source, {}), people.get(source, {}),
                                   {role: frozenset(names) for role, names in holders.get(source, {}).items()},
                                   {role: frozenset(names) for role, names in holder_names.get(source, {}).items()},
                                   homes.get(source), frozenset(spellings[source]), frozenset(capitalised[source]),
                                   closing.get(source, {}))
            for source in passages}


# What a person does for a living, is called or thinks, which a sentence tells in other words: her
# job by "Punjab Chief Minister", his stance by "commended".
TOLD_OTHERWISE = ("occupation", "position", "name", "role", "status", "attitude")
# What a person does or says: "during Lukashenko's visit", "his message".
DEEDS = ("act", "event", "communication")
_OWNED = re.compile(r"\b(?=([A-Z][a-z][\w-]*)(['’]s)?((?:\s+[A-Za-z][\w-]*){1,3}))")  # overlapping


def possessions(text: str) -> Iterator[tuple[str, bool, str]]:
    """(owner, whether written with "'s", head noun) for each noun phrase after a capitalised word:
    "Maryam Nawaz's political party" -> ("Nawaz", True, "party")."""
    for owner, possessive, following in _OWNED.findall(text):
        phrase = []
        for word in following.split():
            if word.lower() in STOPWORDS or "NOUN" not in lemmas_of(word.lower()) and phrase:
                break
            phrase.append(word.lower())
        heads = [word for word in phrase if "NOUN" in lemmas_of(word)]
        if heads:
            yield owner, bool(possessive), heads[-1]


def described_doers(sentence: str, document: TermStatistics) -> set[str]:
    """The holders a sentence has do something as "the <demonym> <office>": "the Belarusian president
    shared" -> {"lukashenko"}, when the document gives Lukashenko Belarus's presidency."""
    return {holder for demonym, role in DESCRIBED_DOER.findall(sentence) if is_demonym(demonym)
            for holder in document.holders.get(same_office(role.lower()), frozenset())
            if owner_in_document(holder, document.people, document.home) == name_stem(demonym)}


def owned_nouns(text: str) -> tuple[tuple[str, str], ...]:
    """(owner, head noun stems) for each noun a country or its people own: "the Belarusian armed
    forces" -> ("belarus", "forc"), "Pakistan Armed Forces" -> ("pakistan", "forc")."""
    return tuple((name_stem(owner), stem(head)) for owner, _, head in possessions(text)
                 if is_demonym(owner) or is_country(owner))


def named_possessions(text: str) -> tuple[tuple[str, str], ...]:
    """(owner's name stem, noun) for each noun a name other than a country's owns with "'s":
    "What is Maryam Nawaz's party?" -> ("nawaz", "party")."""
    return tuple((name_stem(owner), head) for owner, possessive, head in possessions(text)
                 if possessive and not (is_demonym(owner) or is_country(owner)))


def is_attribute(noun: str) -> bool:
    """Whether an owned noun is a thing the sentence must tell in its own words ("party", "wife"): not
    a deed ("Lukashenko's visit"), nor an office, a name or a stance, which a sentence tells in other
    words ("Punjab Chief Minister", "commended")."""
    return noun not in GENERIC_NOUNS | DOMAIN_NOUNS | {"office"} \
        and not any(is_kind_of(noun, kind) for kind in TOLD_OTHERWISE) \
        and not any(is_kind_of(noun, kind, general_senses=2) for kind in DEEDS)


def same_giver(question: Question, sentence: str, document: TermStatistics) -> bool:
    """False when the question asks about a transfer the sentence does not tell, or tells the other
    way round: "What gift did Lukashenko give to Shehbaz Sharif?" is not answered by "The Prime
    Minister presented Lukashenko with a photo album", while "What did Lukashenko receive from the
    Prime Minister?" is, and "What did Lukashenko give Maryam Nawaz?" not by his inviting her. An
    office stands for its holders, who act for their country."""
    holders = document.holder_names

    def named(text: str) -> set[str]:
        # An office whose holders are known stands for them, not for its title's words: "the Pakistani
        # premier" is "The Prime Minister" who "presented".
        held = [(written, holders[office]) for written, office in office_mentions(text) if office in holders]
        return names_in(text).difference(*(names_in(written) for written, _ in held)) \
            | {holder for _, names in held for holder in names}

    verb = question.verb
    led_to = re.search(rf"\b{re.escape(verb)}\s+(?:to\s+)?(\w+)", question.standalone) if verb else None
    if led_to and transfer_of(led_to.group(1).lower()):  # "What did Pakistan want to import?", "agree to sell"
        verb = led_to.group(1).lower()
    asked = transfer_of(verb) if verb else None
    if not asked:
        return True
    subject = named(question.subject)
    # "What was presented to Maryam Nawaz?": whom it was given to
    to = re.search(rf"\b{re.escape(verb)}\s+(?:.*?\bto\s+)?((?:[A-Z][\w'’-]*\s*)+)", question.standalone)
    recipient = named(to.group(1)) if to else set()
    # "What was Lukashenko given?": the subject of a passive receives.
    subject_gives = asked[1] != asks_passive(question)
    for match in re.finditer(r"[\w'’-]+", sentence):
        said = transfer_of(match.group(0).lower())
        if said and said[0] == asked[0]:
            before, after = named(sentence[: match.start()]), named(sentence[match.start():])
            # The subject of "give" gives, as does the one after "receive ... from".
            givers, receivers = (before, after) if said[1] else (after, before)
            subject_side, other_side = (givers, receivers) if subject_gives else (receivers, givers)
            if recipient and receivers and not recipient & receivers:
                return False
            # "What did Nawaz Sharif give?" is not told by Prime Minister Shehbaz Sharif's; "Belarus President
            # Aleksandr Lukashenko" is the sentence's "President Lukashenko".
            if subject and subject_side:
                # "Did Pakistan present Lukashenko with a photo album?": its Prime Minister did
                acting_for = {owner_in_document(holder, document.people, document.home)
                              for holder in subject_side & set().union(*holders.values())}
                return subject <= subject_side or subject_side <= subject or subject <= acting_for
            return not subject & other_side
    # A sentence with no such transfer does not say what was given, unless the question names it
    # ("What support did Pakistan give?") or asks something else of it ("Which date is given?").
    return question.kind != Kind.OTHER or bool(question.answer_noun and stem(question.answer_noun) in stems_of(sentence))


def compound_kind(question: Question) -> str | None:
    """The noun a "which X" asks for with the word before it, where WordNet knows the two as one
    thing: a "legal instrument" is a legal document (which a treaty is), though an instrument is a tool."""
    noun = question.answer_noun
    before = re.search(rf"\b([a-z]+)\s+{re.escape(noun)}\b", question.standalone) if noun else None
    return f"{before.group(1)}_{noun}" if before and is_known(f"{before.group(1)}_{noun}") else None


def verbs_named(candidates: list[str]) -> list[str]:
    """The verbs the deed nouns among the words are made from: "appreciation" -> "appreciate",
    "invitation" -> "invite", "establishment" -> "establish"."""
    found = []
    for word in candidates:
        ending = DEED_NOUN.search(word)
        if not ending or not can_be(word, "NOUN"):
            continue
        root = word[:ending.start()]
        made_from = (root, root + "e", *((root[:-2] + "e",) if root.endswith("at") else ()))  # "invitat" -> "invite"
        found += [verb for verb in made_from if len(verb) > 3 and "VERB" in lemmas_of(verb)][:1]
    return found


def named_by_acronym(noun: str, sentence: Sentence) -> bool:
    """Whether an acronym the sentence uses stands for a kind of thing asked for: "an MoU" is an
    "agreement", being a memorandum of understanding, which WordNet names only in its words."""
    # the noun's first sense only: a "partner" is a "cooperator", whose stem is the Shanghai "Cooperation" Organization's
    kinds = {stem(noun)} | {stem(synonym) for synonym in synonyms_of(noun, "n", 1)}
    return any(sentence.document.acronyms.get(term, frozenset()) & kinds for term in sentence.stems)


@lru_cache(maxsize=4096)
def stand_for(term: str, question: str) -> frozenset[str]:
    """The country, as stems, a national capital stands for where the question makes it act or own:
    "Did Islamabad back Minsk's bid?" asks whether Pakistan backed Belarus's. "The weather in Minsk"
    and "a general who visited Minsk" are the city's."""
    countries = country_of(term)
    if not countries:
        return frozenset()
    name = re.escape(term)
    acts = re.compile(rf"\b(?:did|does|do|will|would|has|have|had)\s+{name}\b"
                      # "Is Minsk mentioned?" asks of the city's name
                      rf"|\b{name}(?:['’]s\b|\s+(?!(?:and|or|is|was|are|were|mentioned|named|cited|listed)\b)(\w+))", re.I)
    return frozenset(stem(country) for country in countries) if any(
        not match.group(1) or "VERB" in lemmas_of(match.group(1).lower()) for match in acts.finditer(question)) else frozenset()


def told_by_transfer(noun: str, said: list[str]) -> bool:
    """Whether a word said is a verb of the noun's transfer, from the same side, in a form that tells a
    deed: "a gift" by "presented", not by "present a natural synergy"."""
    transfer = transfer_of(noun)
    return bool(transfer) and any(transfer_of(word) == transfer and word not in lemmas_of(word).get("VERB", (word,))
                                  for word in said)


def told_as_keepsake(noun: str, text: str) -> bool:
    """Whether the noun is a memento, souvenir or keepsake the text tells something commemorates: "a
    photo album commemorating the visit"."""
    return stem(noun) in REMINDERS and bool(COMMEMORATES.search(text))


def told_as_anniversary(noun: str, said: list[str]) -> bool:
    """Whether the noun is an anniversary the words said celebrate: "celebrated 30 years of
    diplomatic relations", "marked three decades"."""
    return stem(noun) in ANNIVERSARY_STEMS and bool(_CELEBRATED_SPAN.search(" ".join(said)))


def names_deed(word: str, verb: str) -> bool:
    """Whether the word is the verb's noun: "agreements" for "agree", "production" for "produce"."""
    return stem(verb) in deed_stems(word)


# Cached per word: answering asks it of every pair of a sentence's words and a question's verbs.
@lru_cache(maxsize=65536)
def deed_stems(word: str) -> frozenset[str]:
    """The stems, of more than three letters, that the word may be the deed noun of: each of its
    beginnings whose rest ends like a deed noun ("agre|ements", "agree|ments")."""
    lowered = word.lower()
    return frozenset(lowered[:end] for end in range(4, len(lowered)) if DEED_NOUN_REST.fullmatch(lowered, end))


def done_to_own_noun(question: Question, content_words: list[str]) -> bool:
    """Whether the question's verb is done to the noun of a deed it is a way of, which the sentence
    names: agreements "concluded" are agreements made, for to conclude is to agree. The noun is the
    question's, or one the question names a kind of ("pacts" are agreements)."""
    verb = question.verb or ""
    general_stems = {stem(general) for general in general_verbs(verb)}
    deeds = [word for word in content_words if not deed_stems(word).isdisjoint(general_stems)]
    if not deeds:
        return False
    asked = [word for word in words(question.standalone.partition(ABOUT)[0])
             if word not in STOPWORDS and stem(word) != stem(verb)]
    return any(stem(noun) == stem(word) or is_kind_of(noun, word, depth=2) for word in deeds for noun in asked)


def names_people(subject: str, names: frozenset[str]) -> bool:
    """Whether a subject is named people ("Lukashenko and Nawaz Sharif") or people by a common noun
    ("the two leaders", "the Belarusian president")."""
    written = subject.split()
    if written and all(word[0].isupper() or word in ("and", "or") for word in written):
        return bool(names & set(terms(subject)))
    return bool(written) and written[0].lower() in ("the", "both") and is_kind_of(written[-1].lower(), "person")


def reverses_roles(question: Question, sentence: str, doers: frozenset[str], people: dict[str, str],
                   home: str | None = None) -> bool:
    """Whether the sentence has the question's subject on the other side of its verb: "Who was
    Lukashenko praised by?" is not answered by "Lukashenko praised the Pakistan Armed Forces", nor
    "What did the Armed Forces praise?" by it; or has someone other than the people the question
    makes doers (`doers`) do the deed. A leader acts for the country `people` ties them to:
    "Lukashenko ... reiterated Belarus's readiness" is Belarus reiterating."""
    # "Did Lukashenko come at Sharif's invitation?": Sharif invites, where "Lukashenko invited Nawaz Sharif"
    # has him invited; "at the invitation of ... Sharif" is the noun again, no verb
    if any(owner in around[1] and owner not in around[0] for owner, noun in named_possessions(question.standalone)
           for verb in deed_stems(noun) if re.search(rf"\b{verb}(?:e|es|ed|ing|s)\b", sentence, re.I)
           and (around := named_around(sentence, verb))):
        return True
    # "the Prime Minister who invited Lukashenko", "Who invited Lukashenko?": Lukashenko is invited,
    # not inviting
    asked = RELATIVE_CLAUSE.search(question.standalone) or WHO_DID.match(question.standalone)
    if asked and asked.group(1).lower() not in STOPWORDS:
        around = named_around(sentence, stem(asked.group(1).lower()))
        # whom the deed is done to, not whom a clause after it names ("the invitation that brought Lukashenko")
        done_to = names_in(asked.group(2) if asked.re is RELATIVE_CLAUSE
                           else re.split(r"\b(?:that|which|who|whom)\b", question.standalone[asked.end():])[0])
        if around and done_to & around[0] and not done_to & around[1]:
            return True
    # "Was Lukashenko's visit paid to Pakistan?": the visit is paid, and Lukashenko pays it. Whom one
    # meets meets one: "a meeting with General Asim Munir" tells that he met Lukashenko.
    idiom = question.verb and question.verb.lower() in paying_idiom_verbs(question.standalone)
    mutual = question.verb and stem(question.verb) in MUTUAL_VERBS
    subject = names_in(question.subject) if question.verb and not idiom and not mutual else set()
    around = named_around(sentence, stem(question.verb)) if subject and question.verb else None
    # "Who did Lukashenko call a great friend?": the sentence calls someone so in its own verb ("hailed ... as")
    calls = CALLS_AS.search(sentence) if subject and not around and stem(question.verb or "") in NAMING_VERBS else None
    if calls:
        # the caller stands for their country: "Prime Minister Shehbaz Sharif hailed" is Pakistan's calling;
        # "Pakistan termed him" is not Lukashenko's
        called = named_around(sentence, stem(calls.group(0).split()[0].lower()))
        callers = called[0] | {owner_in_document(name, people, home) for name in called[0]} if called else set()
        callers |= office_words(sentence, callers)
        if asks_passive(question):  # "Why was Lukashenko called a great friend?": he is the one called
            return bool(subject & callers)
        return bool(callers) and not subject & callers
    if not around:
        return False
    doer, done_to = around
    # the doer is their country's, and their office's: "Prime Minister Shehbaz Sharif hailed" is the prime minister's deed
    doer = doer | {people[name] for name in doer if name in people} | office_words(sentence, doer)
    if asks_passive(question):
        return bool(subject & doer) and not subject & done_to
    # "When did Shehbaz Sharif visit Belarus?" is not told by Lukashenko's visit at his invitation.
    return bool(subject & done_to) and not subject & doer or bool(doers and doer) and not doers & doer


def office_words(sentence: str, names: set[str]) -> set[str]:
    """The words of the offices the sentence gives the named: {"prime", "minister"} for "Prime Minister
    Shehbaz Sharif" and {"shehbaz", "sharif"}."""
    return {word for office in offices(sentence) if office.names & names for word in office.role.split()}


def asks_passive(question: Question) -> bool:
    """Whether the question's main verb is a passive participle: "Which leader was hailed?", "Who was
    Lukashenko praised by?" ask about the one the deed was done to; "Is Belarus ready?" does not."""
    verb = question.verb or ""
    return bool(re.search(rf"\b(is|was|are|were|been|get|gets|got|gotten)\b.*\b{re.escape(verb)}\b", question.standalone,
                          re.I)) and \
        verb in {form for lemma in lemmas_of(verb).get("VERB", ()) for form in getInflection(lemma, "VBN") or ()}


def script(term: str) -> str:
    """The writing system of a word's first letter: LATIN, CYRILLIC, ARABIC, CJK, ..."""
    letter = next((ch for ch in term if ch.isalpha()), "")
    return unicodedata.name(letter, "UNKNOWN").split()[0] if letter else "DIGIT"


def question_names(question: Question) -> tuple[set[str], set[str]]:
    """Stems of the names the question as asked mentions (its capitalised words other than the
    first), split into names proper ("Minsk", "Putin") and demonyms ("Belarusian", "Pakistani")."""
    # A name may be typed in lower case: "when did lukashenko visit india".
    tokens = [t for position, t in enumerate(re.findall(r"[\w'’-]+", question.text))
              if position and t[:1].isupper() or t.islower() and is_proper_noun(t)]
    demonyms = {t for t in tokens if is_demonym(t)}
    names = {term for token in tokens if token not in demonyms for term in terms(token)}
    return names, {name_stem(t) for t in demonyms}
