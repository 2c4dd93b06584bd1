"""Selected sentences -> an LLM's answer, kept only when it is grounded.

The extractive engine decides whether the documents answer and from which sentences; the model
only phrases the answer. Every check below catches a way a small model's answer can cite the
right sentences and still say something they do not: a name or number not in them, a claim in
words of its own, a denial, an answer copied from a neighbour, an office given to the wrong
country, the wrong party of a deed. Any failed check gives the extractive answer with a notice.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any

from qa_bot.answer import NAMES_ITS_PERSON, Candidate, ExtractiveEngine, asks_passive, citation
from qa_bot.chunking import passage, split_sentences
from qa_bot.evidence import (
    TITLE_WORDS,
    fits_kind,
    is_country,
    is_instruction,
    misattributed_offices,
    named_around,
    named_runs,
    names_in,
    negates,
    ungrounded,
    unsupported_words,
)
from qa_bot.llms import context_tokens
from qa_bot.question import Kind, Question
from qa_bot.schema import Answer, Citation, Hit
from qa_bot.terms import stem, terms, words
from qa_bot.thesaurus import is_kind_of

# Small models open with "The answer to this question is:"; it is not part of the answer.
PREAMBLE = re.compile(r"^\s*(the )?answer( to (this|the|your) question)? is\s*:?\s*", re.I)
# At most this share of an LLM answer's content words may be its own: the rest must be in the
# sentences it cites or in the question. Chosen on the bundled model's answers to the probes: those
# with a larger share ("a mix of excitement and uncertainty") were right less often than the
# extractive answer they fall back to.
UNSUPPORTED_SHARE = 0.27
# Four words in a row from the question that the sources lack: on 169 bundled answers from the probes, 38 had
# such a run, and 13 of them were wrong where the extractive answer was right (none the other way round);
# three words flagged 71 answers for 17 such gains.
ECHOED_WORDS = 4

SYSTEM_PROMPT = (
    "You answer questions using only the numbered sources. Reply with one or two short sentences that "
    "state the answer with the exact names, numbers and dates from the sources. Do not add anything "
    "the sources do not say. If the sources do not answer the question, reply exactly: NOT FOUND"
)


REWRITE_PROMPT = (
    "Rewrite the follow-up question so that it can be understood without the conversation: replace "
    "pronouns with the names they refer to. Reply with the rewritten question only."
)
# Small models hedge instead of saying NOT FOUND; a hedge is no answer.
NO_ANSWER = re.compile(r"not found|do(es)? not (provide|mention|say|specify|state|contain)|no information|"
                       r"not (provided|mentioned|specified|stated)|cannot (be )?(determine|answer)|unknown|"
                       # talk about the prompt, not the documents: "The sources mentioned in the question are"
                       r"\bthe (sources|question)\b.{0,20}\b(mentioned|listed|given|are)\b", re.I)


@dataclass(frozen=True)
class Evidence:
    """A sentence handed to the LLM, with the candidate it came from (for its citation)."""

    sentence: str
    candidate: Candidate


# Kinds of question whose answer is one value: its sentence is the answer.
VALUE_KINDS = frozenset({Kind.SHARE, Kind.COUNT, Kind.AMOUNT, Kind.DURATION, Kind.AGE, Kind.TIME, Kind.DATE})


def focused_context(chosen: list[Candidate], budget_tokens: int) -> list[Evidence]:
    """The chosen sentences with their neighbours, best first, cut to the token budget by rank."""
    evidence: list[Evidence] = []
    used = 0
    for candidate in chosen:
        sentences = candidate.hit.chunk.sentences
        window = sentences[max(0, candidate.sentence_index - 1): candidate.sentence_index + 2]
        for sentence in window:
            cost = context_tokens(sentence) + 4
            if any(e.sentence == sentence for e in evidence) or is_instruction(sentence):
                continue
            if used + cost > budget_tokens:
                return evidence  # lower-ranked evidence is dropped, never cut mid-sentence
            evidence.append(Evidence(sentence, candidate))
            used += cost
    return evidence


def trace(answer_sentence: str, evidence: list[Evidence]) -> Evidence:
    """The evidence sentence that shares the most content words with an answer sentence."""
    wanted = set(terms(answer_sentence))
    return max(evidence, key=lambda e: len(wanted & set(terms(e.sentence))))


class LLMEngine:
    """Extractive selection decides whether and from what to answer; the model only phrases it."""

    def __init__(self, extractive: ExtractiveEngine, chat_model: Any, context_tokens: int, max_tokens: int) -> None:
        self.extractive = extractive
        self.chat_model = chat_model
        # The window holds the prompt, the sources and the reply; the reply's share is reserved.
        self.evidence_budget = context_tokens - max_tokens - 200

    def rewrite(self, question: Question, history: list[dict[str, str]]) -> Question:
        """A follow-up made standalone by the model, kept only if it is a plausible rewrite.

        It must keep the follow-up's own words, add some from the conversation and name nothing the
        conversation did not; otherwise the deterministic rewrite stands.
        """
        conversation = "\n".join(f"{turn['role']}: {turn['content']}" for turn in history[-4:])
        prompt = [("system", REWRITE_PROMPT), ("human", f"{conversation}\n\nFollow-up question: {question.text}")]
        try:
            reply = str(self.chat_model.invoke(prompt).content).strip().splitlines()[0].strip()
        except Exception:  # noqa: BLE001 - the deterministic rewrite is the fallback
            return question
        said = " ".join(turn["content"] for turn in history) + " " + question.text
        keeps_words = set(question.own_terms) <= set(terms(reply))
        if not reply.endswith("?") or len(reply) > 3 * len(question.text) + 120 or not keeps_words \
                or ungrounded(reply, said):
            return question
        asked = set(terms(question.text))
        borrowed = tuple(t for t in dict.fromkeys(terms(reply)) if t not in asked)
        if not borrowed:  # the follow-up given back as it was: the deterministic rewrite says more
            return question
        return replace(question, standalone=reply, context_terms=borrowed)

    def messages(self, question: Question, evidence: list[Evidence]) -> list[tuple[str, str]]:
        sources = "\n".join(f"[{n}] {e.sentence}" for n, e in enumerate(evidence, start=1))
        return [("system", SYSTEM_PROMPT), ("human", f"Sources:\n{sources}\n\nQuestion: {question.standalone}")]

    def answer(self, question: Question, hits: list[Hit], on_token: Any = None) -> Answer:
        chosen = self.extractive.select(question, hits)
        fallback = self.extractive.answer(question, hits)
        # nothing relevant: refuse without asking the model; a heading the model never sees is the extractive answer's
        if not chosen or question.heading_asked or question.kind == Kind.SECTIONS:
            return fallback
        evidence = focused_context(chosen, self.evidence_budget)
        try:
            reply = ""
            for piece in self.chat_model.stream(self.messages(question, evidence)):
                text = piece.content if isinstance(piece.content, str) else ""
                reply += text
                if on_token and text:
                    on_token(text)
        except Exception as error:  # a server that is down, a timeout, a model that crashed
            return _fallback(fallback, f"the LLM failed ({type(error).__name__}: {str(error)[:160]}); "
                                       "showing the extractive answer")
        reply = PREAMBLE.sub("", re.sub(r"\[\d+\]", "", reply)).strip()
        if not reply or NO_ANSWER.search(reply):
            return _fallback(fallback, "the LLM gave no answer from the sources; showing the extractive answer")
        if not fits_kind(reply, question.kind):
            return _fallback(fallback, f"the LLM's answer holds no {question.kind.value} although the question asks "
                                       "for one; showing the extractive answer")
        if not adds_answer(reply, question, chosen):
            return _fallback(fallback, "the LLM's answer repeats the question without the answer from the sources; "
                                       "showing the extractive answer")
        answer = self._cited(question, reply, evidence)
        answering = [c.sentence for c in chosen if not c.antecedent]  # best first
        cited_sentences = {c.sentence for c in answer.citations}
        # Checked against the sentences cited, not all the evidence: each cited sentence must hold
        # what is said with it ("the Prime Minister of Belarus" is in no sentence as such).
        if not cited_sentences & set(answering):
            return _fallback(fallback, "the LLM's answer rests on a neighbouring sentence, not on one that answers; "
                                       "showing the extractive answer")
        # A number, date or length asked for is the best sentence's: "30 years" of diplomatic ties, in the
        # sentence after the visit's dates, is no answer to how long the visit lasted.
        if question.kind in VALUE_KINDS and answering[0] not in cited_sentences:
            return _fallback(fallback, f"the LLM's answer takes its {question.kind.value} from a supporting sentence, "
                                       "not from the one that answers; showing the extractive answer")
        cited = " ".join(c.sentence for c in answer.citations)
        missing = ungrounded(reply, cited)
        if missing:
            return _fallback(fallback, f"the LLM's answer stated {', '.join(missing[:5])}, which the sources it "
                                       "cites do not contain; showing the extractive answer")
        if misses_the_person(reply, question, answering[0]):
            return _fallback(fallback, "the LLM's answer names no one the sentence that answers names; showing "
                                       "the extractive answer")
        if swaps_roles(reply, question, answering):
            return _fallback(fallback, "the LLM's answer names the other party of what the question asks "
                                       "about; showing the extractive answer")
        if invents_doer(reply, cited):
            return _fallback(fallback, "the LLM's answer says who did something where its sources do not; showing "
                                       "the extractive answer")
        if any(equates_list_items(sentence, cited) for sentence in split_sentences(reply)):
            return _fallback(fallback, "the LLM's answer says one item of a list in its source is another; showing "
                                       "the extractive answer")
        if any(mixes_clauses(sentence, cited) for sentence in split_sentences(reply)):
            return _fallback(fallback, "the LLM's answer joins who is named in one clause of its source with what "
                                       "is said in another; showing the extractive answer")
        if moves_description(reply, cited):
            return _fallback(fallback, "the LLM's answer gives a description to someone its sources do not give it "
                                       "to; showing the extractive answer")
        if any(changes_object(sentence, question, cited) for sentence in split_sentences(reply)):
            return _fallback(fallback, f"the LLM's answer gives \"{question.verb}\" an object its sources do not; "
                                       "showing the extractive answer")
        document = self.extractive.documents.get(answer.citations[0].source)
        wrong = misattributed_offices(reply, document.people, document.home) if document else []
        if wrong:
            office = wrong[0]
            return _fallback(fallback, f"the LLM's answer makes {office.holder.title()} the {office.role} of "
                                       f"{str(office.owner).title()}, which the document does not; showing the "
                                       "extractive answer")
        if not self._answers_as_a_sentence(question, reply, answer.citations[0]):
            return _fallback(fallback, "the LLM's answer does not hold the kind of answer asked for; showing the "
                                       "extractive answer")
        # Names and numbers can all be right in a made-up claim: "a multinational logistics company
        # that ships across the world", "Lukashenko did not invite ...".
        unsupported = unsupported_words(reply, f"{cited} {question.standalone}")
        if len(unsupported) > UNSUPPORTED_SHARE * len(set(terms(reply))) or negates(reply, cited):
            return _fallback(fallback, f"the LLM's answer says {', '.join(unsupported[:5]) or 'not'}, which the "
                                       "sources it cites do not; showing the extractive answer")
        if misreads_range(reply, question.standalone, cited):
            return _fallback(fallback, "the LLM's answer gives the wrong end of a range in its sources; showing the "
                                       "extractive answer")
        if echoes_question(reply, question.standalone, cited):
            return _fallback(fallback, "the LLM's answer restates the question's words as if the sources said them; "
                                       "showing the extractive answer")
        return answer

    def _answers_as_a_sentence(self, question: Question, reply: str, cited: Citation) -> bool:
        """Whether the reply, read as a passage headed by the question (a terse "25-27 November
        2024." need not repeat it), holds the kind of answer asked for by the extractive engine's
        checks: "The Prime Minister of Pakistan according to the article is Lukashenko" names no
        Prime Minister of Pakistan, "The Belarusian president hosted the luncheon" no new person."""
        under_question = passage(cited.source, cited.title, question.standalone, split_sentences(reply), 0)
        return bool(self.extractive.select(question, [Hit(under_question, 1.0)]))

    def _cited(self, question: Question, reply: str, evidence: list[Evidence]) -> Answer:
        citations: list[Citation] = []
        parts = []
        for sentence in split_sentences(reply):
            source = trace(sentence, evidence)
            existing = next((c for c in citations if c.sentence == source.sentence), None)
            if existing is None:
                existing = citation(len(citations) + 1, source.candidate.hit, source.sentence)
                citations.append(existing)
            parts.append(f"{sentence} [{existing.marker}]")
        return Answer(question.text, " ".join(parts), False, "llm", citations, question.standalone)


def echoes_question(reply: str, question: str, cited: str) -> bool:
    """Whether the reply repeats a run of the question's words that its sources do not hold: "The visit said
    to mark in bilateral relations was the official visit ..." frames the question as a fact, and "The
    new firms set up by both countries will focus on ..." answers in the question's terms, not the sources'."""
    def runs(text: str) -> set[tuple[str, ...]]:
        said = words(text)
        return {said[i: i + ECHOED_WORDS] for i in range(len(said) - ECHOED_WORDS + 1)}

    return bool(runs(reply) & runs(question) - runs(cited))


# A range of numbers or years: "2025-2027", "25-27 November"
NUMBER_RANGE = re.compile(r"\b(\d{1,4})\s*[-–]\s*(\d{1,4})\b")
# ... "By what year should the roadmap be completed?"
ASKS_END = re.compile(r"\b(?:end|ends|ended|ending|until|till|finish\w*|expire\w*|conclude\w*|complet\w*|last\s+(?:year|day))\b",
                      re.I)
ASKS_START = re.compile(r"\b(?:start\w*|begin\w*|began|commence\w*|first\s+(?:year|day))\b", re.I)


def misreads_range(reply: str, question: str, cited: str) -> bool:
    """Whether the reply gives one end of a range its sources hold where the question asks for the
    other: "The roadmap ends in 2025." from "the Roadmap ... for 2025-2027"."""
    said = set(re.findall(r"\d+", reply))
    return any(first in said and last not in said and ASKS_END.search(question)
               or last in said and first not in said and ASKS_START.search(question)
               for first, last in NUMBER_RANGE.findall(cited))


def misses_the_person(reply: str, question: Question, best: str) -> bool:
    """Whether a reply to a "who" question leaves out everyone the best answering sentence names by
    name: "The Belarusian president hosted the luncheon" from "a luncheon hosted by Nawaz Sharif".
    A title alone answers only when the sentence names no one else ("The Prime Minister presented")."""
    if question.kind != Kind.PERSON or NAMES_ITS_PERSON.match(question.standalone):
        return False  # "Who is Nawaz Sharif?" asks what he is, not for someone else
    named = people_named(best) - set(terms(question.standalone))
    return bool(named) and not people_named(reply) & named


def people_named(text: str) -> set[str]:
    """The names a text gives that are neither a country's nor a title's: "Prime Minister Shehbaz
    Sharif" -> {"shehbaz", "sharif"}."""
    return {name for name in names_in(text) if name not in TITLE_WORDS and not is_country(name)}


def swaps_roles(reply: str, question: Question, answering: list[str]) -> bool:
    """Whether a reply to a "who" question names the wrong party of the deed: "Which leader was
    hailed as a great friend?" answered "Shehbaz Sharif" from "Shehbaz Sharif hailed President
    Lukashenko as a great friend", or "Who praised the Armed Forces?" answered with the man who
    expressed appreciation in the clause before."""
    asks_person = question.kind == Kind.PERSON or bool(question.answer_noun and is_kind_of(question.answer_noun, "person"))
    if not asks_person or not question.verb:
        return False
    asks_doer = not question.subject and not asks_passive(question)
    named = names_in(reply) - names_in(question.standalone)
    for sentence in answering:
        around = named_around(sentence, stem(question.verb))
        expected = (around[0] if asks_doer else around[1]) if around else set()
        if expected and named:
            return not named & expected
    return False


# Where one sentence joins two statements about different parties.
CLAUSE_BREAK = re.compile(r",\s+(?:while|whereas|but)\s+|;\s+")


def mixes_clauses(statement: str, source: str) -> bool:
    """Whether a statement takes its names from one clause of the source and most of its other
    words from another: "Munir thanked Belarus for their role in combating terrorism" from "General
    Asim Munir expressed Pakistan's appreciation for Belarus's contributions to global peace, while
    President Lukashenko praised the Pakistan Armed Forces for their role in combating terrorism"."""
    clauses = [clause for sentence in split_sentences(source) for clause in CLAUSE_BREAK.split(sentence)]
    named = names_in(statement)
    # The clauses of the statement's subject, the first it names: "Pakistan" may be in every clause
    # of the source, "Munir" is in one.
    subject = next((names for _, names in named_runs(statement) if names), set())
    naming = [clause for clause in clauses if names_in(clause) & subject]
    if not named or not naming or len(naming) == len(clauses):
        return False
    said = set(terms(statement)) - named
    own = said & set(terms(" ".join(naming)))
    elsewhere = said & set(terms(" ".join(c for c in clauses if c not in naming))) - own
    return len(elsewhere) > len(own)


# "S is O": a statement that says what something is.
COPULA = re.compile(r"^(?P<subject>.+?)\s+(?:is|was|are|were)\s+(?P<object>.+)$", re.I)
# "X and Y", each item from the comma before it to the comma, end or "is" after it: in "an MoU between NLC and
# Beltamozhservice is expected to ...", what is expected is no list item.
COORDINATION = re.compile(r"(?:^|[,;:]\s*)(?P<left>[^,;:]+?)\s+(?:and|or)\s+"
                          r"(?P<right>[^,;:.]+?)(?=\s+(?:is|was|are|were)\b|[,;:.]|$)")


def equates_list_items(statement: str, source: str) -> bool:
    """Whether a statement says one item of a list in the source is another: "The facility for
    veterinary medicine discussed was a tractor plant" from "the establishment of a tractor plant
    and a veterinary medicine facility"."""
    said = COPULA.match(statement.strip().rstrip("."))
    if not said:
        return False
    subject, object_ = (set(terms(said.group(part))) - names_in(said.group(part)) for part in ("subject", "object"))
    for sentence in split_sentences(source):
        for pair in COORDINATION.finditer(sentence):
            left, right = set(terms(pair.group("left"))), set(terms(pair.group("right")))
            for one, other in ((left, right), (right, left)):
                if subject & one and not subject & other and object_ & other and not object_ & one:
                    return True
    return False


# "hailed President Lukashenko as a great friend": whom a description is given to, and the description.
DESCRIBED_AS = re.compile(r"((?:[A-Z][\w'’.-]*\s+)+)as\s+(?:a|an|the)\s+([^,.;]+)")


def moves_description(statement: str, source: str) -> bool:
    """Whether a statement gives a description from its source to someone the source does not give it
    to: "The article describes Prime Minister Shehbaz Sharif as a great friend of Pakistan" from
    "Prime Minister Shehbaz Sharif hailed President Lukashenko as a great friend of Pakistan"."""
    for said in DESCRIBED_AS.finditer(statement):
        described, words_of = names_in(said.group(1)), set(terms(said.group(2)))
        for told in DESCRIBED_AS.finditer(source):
            if described and words_of and words_of <= set(terms(told.group(2))) and not described & names_in(told.group(1)):
                return True
    return False


# Where what a verb takes ends: a clause break, or the end of the sentence.
OBJECT_END = re.compile(r"[,;:.!?]|\b(?:while|whereas|but|which|who)\b", re.I)


def changes_object(statement: str, question: Question, source: str) -> bool:
    """Whether a statement gives the question's verb what its source does not: "The joint ventures
    will boost the automotive industry and agricultural machinery" from "joint ventures in sectors
    like automotive manufacturing, agricultural machinery ... will boost industrial growth and
    innovation". The question's own words are no answer, whichever side of the verb they stand."""
    if not question.verb:
        return False
    verb, asked = stem(question.verb), set(terms(question.standalone))

    def objects(text: str) -> set[str]:
        found: set[str] = set()
        for match in re.finditer(r"[\w'’-]+", text):
            if stem(match.group(0).lower()) == verb:
                after = text[match.end():]
                found |= set(terms(OBJECT_END.split(after, maxsplit=1)[0]))
        return found

    said = objects(statement) - asked
    told = objects(source)
    return bool(said and told) and not said <= told


# "was welcomed to Pakistan by Prime Minister Shehbaz Sharif": a deed and who is said to have done it.
DONE_BY = re.compile(r"\b(\w+ed)\b(?:\s+[\w'’-]+){0,4}?\s+by\s+((?:the\s+)?(?:[A-Z][\w'’.-]*\s*)+)")


def invents_doer(statement: str, source: str) -> bool:
    """Whether a statement says who did something where its source names no such doer: "Maryam
    Nawaz was invited by the Prime Minister" from "Lukashenko invited ... Maryam Nawaz", or "The
    Prime Minister extended an invitation to Shehbaz Sharif" from "President Lukashenko extended" it."""
    for verb in re.finditer(r"\b\w+ed\b", statement):
        deed = stem(verb.group(0).lower())
        said_by = named_around(statement, deed)
        # A deed the source tells in other words, or with no doer named, is not checked here.
        doers = [around[0] for sentence in split_sentences(source) if (around := named_around(sentence, deed)) and around[0]]
        if said_by and said_by[0] and doers and not any(said_by[0] & doer for doer in doers):
            return True
    for said in DONE_BY.finditer(statement):
        deed, doer = stem(said.group(1).lower()), names_in(said.group(2))
        if not doer:
            continue
        told = False
        for sentence in split_sentences(source):
            around = named_around(sentence, deed)
            by = re.search(rf"\b{re.escape(said.group(1))}\b.*?\bby\s+((?:the\s+)?(?:[A-Z][\w'’.-]*\s*)+)", sentence)
            told = told or bool(around and doer <= around[0]) or bool(by and doer <= names_in(by.group(1)))
        if not told:
            return True
    return False


def adds_answer(reply: str, question: Question, chosen: list[Candidate]) -> bool:
    """The reply carries something of the answering sentences that the question did not already say.

    Grounding alone passes "The Belarusian president hosted a luncheon for the Belarusian
    president": every name is in the evidence, and the answer is not. Unless a person or place is
    asked for, a name alone is no answer either: "Belarus contributed to according to Lukashenko".
    """
    asked = set(terms(question.standalone))
    answering = set().union(*(terms(c.sentence) for c in chosen if not c.antecedent)) - asked
    added = set(terms(reply)) & answering
    if question.kind == Kind.OTHER:
        added -= names_in(reply)
    return bool(added)


def _fallback(answer: Answer, notice: str) -> Answer:
    answer.engine = "extractive-fallback"
    answer.notice = notice
    return answer
