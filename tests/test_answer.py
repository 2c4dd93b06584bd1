"""The extractive engine's rules, through the real pipeline over the indexed article."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from qa_bot.answer import (
    PARTLY_ANSWERED,
    ExtractiveEngine,
    Sentence,
    content_words_of,
    corpus_statistics,
    names_deed,
    verbs_named,
)
from qa_bot.chunking import passage
from qa_bot.evaluate import is_grounded
from qa_bot.evidence import (
    Office,
    agentless,
    countries,
    lasts_in,
    lasts_other,
    named_around,
    names_only_within_organizations,
    names_someone_new,
    offices,
    places,
    titles,
    ungrounded,
    years_long,
)
from qa_bot.llm_answer import LLMEngine
from qa_bot.pipeline import QABot
from qa_bot.question import (
    Kind,
    agreeing,
    alternatives,
    analyse,
    answer_noun,
    answered_thing,
    as_question,
    classify,
    count_focus,
    deed_done,
    described_thing,
    direct_question,
    doer_asked,
    is_follow_up,
    is_fragment,
    leading_verbs,
    modified_nouns,
    noun_compounds,
    noun_phrase,
    object_head,
    predicate,
    presence_place,
    quality_asked,
    query_topic,
    question_parts,
    referents,
    spoken_topic,
    thing_asked_of,
    with_roles,
    without_preamble,
)
from qa_bot.schema import Chunk, Hit
from qa_bot.terms import STOPWORDS, american, paying_idiom_verbs, stem, terms
from qa_bot.thesaurus import (
    are_manners_of_one,
    are_siblings,
    country_of,
    is_english,
    is_kind_of,
    is_known,
    is_manner_of,
    is_proper_noun,
    opposites_among,
    synonyms_of,
    synonyms_unless_kind,
)


def exchange(asked: str, answered: str) -> list[dict[str, str]]:
    """A conversation of one question and its answer."""
    return [{"role": "user", "content": asked}, {"role": "assistant", "content": answered}]


def test_irregular_verb_forms_share_their_verbs_stem() -> None:
    assert stem("met") == stem("meet") == stem("meeting")
    assert terms("held took spoke") == terms("hold take speak")


def test_a_function_word_in_capitals_is_an_acronym_unless_all_the_text_is_in_capitals() -> None:
    assert terms("agriculture, IT, and heavy machinery") == terms("agriculture it IT heavy machinery")
    assert "it" not in terms("WHAT DID IT SIGN") and "it" not in terms("What did it sign?")


def test_british_and_american_spellings_share_a_stem_and_other_words_keep_theirs() -> None:
    assert stem("organised") == stem("organized") and stem("defence") == stem("defense")
    assert stem("programme") == stem("program") and stem("centre") == stem("center") and stem("labour") == stem("labor")
    assert american("four") == "four" and american("science") == "science" and american("sense") == "sense"


def test_how_a_question_is_asked_is_no_content() -> None:
    assert analyse("I'd like to know what was said about halal trade.").own_terms == ("halal", "trade")
    assert analyse("Could you tell me who hosted the luncheon?").own_terms == ("host", "luncheon")
    assert analyse("How is the visit described in the conclusion?").own_terms == ("visit",)


def test_wordnet_gives_synonyms_and_not_narrower_words() -> None:
    assert {"treaty", "pact"} <= synonyms_of("accord")
    assert "souvenir" in synonyms_of("keepsake")
    assert "bargain" in synonyms_of("deals")  # looked up by its lemma
    assert "discussion" not in synonyms_of("language")  # a hyponym: it would answer what is not asked


def test_transfer_verbs_match_their_converses_and_a_verb_matches_ways_of_doing_it() -> None:
    assert "present" in synonyms_of("receive") and "purchase" in synonyms_of("sell")
    assert "present" not in synonyms_of("receive", parts="n")
    assert is_manner_of("termed", "call") and not is_manner_of("paid", "give")  # give's third sense only


@pytest.mark.parametrize(("question", "verb", "subject"), [
    ("Who was Lukashenko praised by?", "praised", "Lukashenko"),  # the auxiliary after "who" is skipped
    ("What did Pakistan call Lukashenko?", "call", "Pakistan"),
    ("What did the Prime Minister give the Belarusian president?", "give", "the Prime Minister"),
    ("What keepsake was handed to the guest?", "handed", ""),
    ("What are the aims of the cultural exchanges?", None, ""),  # "aims" is a noun here
    ("Did Pakistan and Belarus sign a free trade agreement?", "sign", "Pakistan and Belarus"),
    ("Who did Maryam Nawaz get invited by?", "invited", "Maryam Nawaz"),  # "get" makes a passive
    ("Was trade discussed?", "discussed", "trade"),  # a noun that is a verb too, before a participle
    ("What is Khalid Taimur Akram's position?", None, ""),  # a noun after a possessive
    ("What is the author's job title?", None, ""),  # after "is" a verb is a participle: "title" is a noun
    ("Where was the luncheon held?", "held", "the luncheon"),
    ("Which areas does the cooperation plan prioritise?", "prioritise", "the cooperation plan"),  # before a verb only
    # after an adjective, or a hyphenated compound no dictionary lists, the noun phrase goes on
    ("What does the three-year plan offer for cooperation?", "offer", "the three-year plan"),
    ("What does the new plan offer?", "offer", "the new plan"),
])
def test_the_main_verb_follows_the_auxiliary_and_its_subject(question: str, verb: str | None, subject: str) -> None:
    assert predicate(question) == (verb, subject)


def test_wordnet_knows_opposites_which_word_vectors_put_close_together() -> None:
    assert opposites_among("criticize", ["praised", "appreciation"]) == {"praised"}
    assert opposites_among("light", ["heavy"]) == {"heavy"}
    assert not opposites_among("praise", ["lauding"])
    assert opposites_among("criticise", ["lauding"]) == {"lauding"}  # a way to praise, in British spelling


def test_wordnet_knows_a_closed_compound_it_writes_as_two_words() -> None:
    assert is_kind_of("roadmap", "plan") and synonyms_of("timeframe", "n") == {"time_frame"}
    assert not is_known("beltamozhservice")


def test_a_form_lemminflect_lacks_is_known_by_its_rules_and_is_no_typo(article_bot: QABot) -> None:
    assert is_english("feted") and not is_known("feted") and not is_english("agreemnts")
    assert article_bot.extractive().corrected("Who feted the president?") == "Who feted the president?"


def test_wordnet_knows_the_country_of_a_national_capital_only() -> None:
    assert "pakistan" in country_of("Islamabad") and "belarus" in country_of("minsk")
    assert country_of("lahore") == frozenset()  # a city, not the capital


def test_wordnet_tells_what_is_a_kind_of_what_in_common_senses_only() -> None:
    assert is_kind_of("corporation", "organization") and is_kind_of("institute", "organisation")
    assert is_kind_of("bloc", "organization") and not is_kind_of("organization", "bloc")
    # Rare senses: a "discussion" is a kind of spoken "language", "defense" a kind of sports "team".
    assert not is_kind_of("discussion", "language") and not is_kind_of("defense", "team")


@pytest.mark.parametrize(("question", "noun"), [
    ("What gift did Lukashenko receive?", "gift"),
    ("Which Pakistani company signed an MoU with Beltamozhservice?", "company"),
    ("Which accord about handing over fugitives was signed?", "accord"),
    ("What kind of plant was proposed?", "plant"),
    ("What did Pakistan call him?", None),
    ("Which areas does the roadmap cover?", None),  # too general to say what answers
    ("Which city will host the plant?", None),  # the PLACE kind asks that already
    ("Which industries does Lukashenko want to explore?", None),  # a domain is described, not named
    ("What was the weather like in Islamabad?", "weather"),  # a description of the weather
    ("What is the currency of Belarus?", "currency"),  # "the X of Y" asks for an X
    ("What is the title of Maryam Nawaz?", None),  # unless X is the kind of answer, which no sentence calls so
    # no article inside a noun phrase: the verb came before it
    ("What plan sets out the joint agenda through 2027?", "plan"),
    ("Which country hosts the summit?", None),  # the PLACE kind
    ("What makes Belarus and Pakistan a natural fit?", None),  # "makes" is the verb: no noun is asked for
])
def test_the_noun_a_what_question_names_its_answer_by(question: str, noun: str | None) -> None:
    assert answer_noun(question, classify(question)) == noun


@pytest.mark.parametrize(("question", "expected"), [
    # an Institute is an organisation; sentences that only say "organized" are not
    ("Which organisation published the article?", "Institute for a Community"),
    # the person asked about is no answer to "with whom"
    ("With whom did Lukashenko discuss defence cooperation?", "Asim Munir"),
    # "who is NAME" is answered by the sentence that gives the name its office
    ("Who is General Asim Munir?", "Chief of Army Staff"),
    ("How many days did the visit last?", "three-day"),
    # a single word no thesaurus knows may name the body asked for
    ("Which Belarusian body signed a memorandum with the NLC?", "Beltamozhservice"),
    ("What is the title of the article?", "Pakistan Welcomes Brother Aleksandr Lukashenko"),
    # where in the document: the conclusion's "turning point", not the opening "milestone"
    ("What does the visit mark according to the conclusion?", "turning point"),
    ("When did the visit start?", "25-27 November"),
    # the other side of a transfer, and a way of doing what is asked ("termed" for "call")
    ("What did Lukashenko receive from the Prime Minister?", "photo album"),
    ("What did Shehbaz Sharif give Lukashenko?", "photo album"),  # "the Prime Minister" is Shehbaz Sharif
    # "the future of" names a topic, not a time the sentence must be about
    ("What did both sides express about the future of their partnership?", "optimism"),
    ("lukashenko visit dates?", "25-27 November"),
    ("What support did Pakistan give Belarus regarding the SCO?", "early support"),  # the thing given is named
    ("What did Pakistan call Lukashenko during his visit?", "brother"),
    # "the army chief" is the person the document names in that office
    ("What did the Pakistani army chief express?", "appreciation"),
    # an acronym the document defines counts what it stands for
    ("how many MoUs were signed", "15 agreements"),
    # a byline ends with where it is from
    ("Where is the author's research center based?", "Islamabad"),
    # "Prime" is part of the office, not whose office it is
    ("Who is the former Prime Minister mentioned in the article?", "Nawaz Sharif"),
    # an acronym's definition answers what it means, not everything asked about it
    ("What did both leaders acknowledge about Belarus's SCO membership?", "mutual benefits"),
    # a name's head word says what it is: "University of China" is a university
    ("Which university published the article?", "Communication University of China"),
    # the word the question asks by does not make the name it heads a name the question gives
    ("Which institution published it?", "Institute for a Community"),
    # "this piece" is the document; a document's date is the day it was published
    ("When was this piece published?", "29 November 2024"),
    ("What is the date of the article?", "29 November 2024"),
    # what the answer is not ("besides new agreements") is no evidence for a sentence
    ("What did the visit celebrate besides new agreements?", "three decades of friendship"),
    # a leader is told by the office he holds, and anyone doing something at an event attended it
    ("Who leads the Pakistan Research Center for a Community with Shared Future?", "Khalid Taimur Akram"),
    ("Who attended the luncheon?", "Belarusian president"),
    # "the author" is the person the document card names as its author; the byline gives his title
    ("What is the author's position?", "Executive Director"),
    ("What title does the author hold?", "Executive Director"),
    # after "the MoU" a word that may be a noun is its verb: no "affect transportation" to find
    ("How will the MoU affect transportation routes?", "streamline transportation routes"),
    # an outcome or an effect is what a thing is said to do, in any words
    ("What is the expected outcome of the NLC agreement?", "streamline transportation routes"),
    ("What is the effect of the MoU?", "streamline transportation routes"),
    ("What was the result of the business forum?", "joint ventures"),
    # the byline that says it does not say "author": it is read for the name the card gives the author
    ("What is the author's job?", "Executive Director"),
    ("What is the author's affiliation?", "Pakistan Research Center"),
    # in "the Prime Minister who invited Lukashenko" Lukashenko is invited: not "Lukashenko invited ..."
    # nor "Lukashenko extended an invitation to Prime Minister Shehbaz Sharif"
    ("What is the full name of the Prime Minister who invited Lukashenko?", "at the invitation of Prime Minister"),
    # a passage naming the holder speaks of the office without its words
    ("What did the Chief of Army Staff appreciate?", "contributions to global peace"),
    # "a head of state" is a person, any president or minister
    ("Which head of state visited Pakistan in late November 2024?", "Lukashenko"),
    # goals are described, not named
    ("What regional goals will the SCO platform serve?", "regional connectivity"),
    # a kind of the thing asked about is that thing: a tractor is a farm vehicle
    ("What factory for farm vehicles was talked about?", "tractor plant"),
    # "roughly" says how exact the count is to be, not what is counted
    ("Roughly how many companies from Pakistan attended?", "nearly 100 Pakistani counterparts"),
    # "who" may be answered by a counted group: companies attended
    ("Who attended the Belarus-Pakistan Business Forum?", "30 Belarusian companies"),
    # what documents write out, questions shorten
    ("What did the PM hand Lukashenko?", "photo album"),
    # "the final paragraph" as the subject says where to look as "in the final paragraph" does
    ("What does the final paragraph say the visit marks?", "turning point"),
    # a country named anywhere answers "which country" if the sentence tells what it did
    ("Which country supported Belarus's SCO membership early on?", "Pakistan's early support"),
    # whatever is signed is a document
    ("What was the total number of documents signed by the two leaders?", "15 agreements"),
    # what "will" happen is the "future" asked about
    ("Which sectors are named for future joint ventures?", "automotive manufacturing"),
    # "why is it called historic" asks why it is historic
    ("Why is the visit called historic?", "turning point"),
    # any head's office is a leader's: Punjab's is its Chief Minister
    ("Which Punjab leader did Lukashenko invite?", "Maryam Nawaz"),
    # typos are read as the closest word the documents use
    ("How many agreemnts were signed?", "15 agreements"),
    # a need stated is a request: "I need the dates" asks what they are
    ("I need the dates of the Belarusian president's visit.", "25-27 November"),
    ("I'm looking for the title of the article.", "Pakistan Welcomes Brother"),
    ("when did lukashenka visit pakistan", "25-27 November"),
    # an invitation is to a future visit
    ("Who will visit Belarus in future according to the invitations?", "Shehbaz Sharif"),
    # the document's parties need not be named by every passage about them
    ("How many MoUs and agreements did Pakistan and Belarus sign?", "15 agreements"),
    ("What country is Aleksandr Lukashenko the president of?", "Belarus President"),
    # a thing made to commemorate the visit is a keepsake of it
    ("What souvenir did Lukashenko receive from the prime minister?", "photo album"),
    # the subject of a passive transfer receives
    ("What was Lukashenko given to commemorate the visit?", "photo album"),
    # "forms" says what kind of answer, as "kinds" does
    ("Which art forms will both nations promote?", "art, music, literature"),
    # a synonym of two words: the military is the "Armed Forces"
    ("What did the Belarusian leader commend Pakistan's military for?", "combating terrorism"),
    # how long someone stayed is how long the visit lasted
    ("How long did Lukashenko stay in Pakistan?", "25-27 November"),
    # a deal counted is signed, however the question says it
    ("How many deals did the two leaders ink?", "15 agreements"),
    ("How many accords and memoranda were concluded?", "15 agreements"),
    # a light verb's deed is its object: giving a lunch is hosting a luncheon
    ("Who gave a lunch for the Belarusian leader?", "Nawaz Sharif"),
    ("List the products whose trade will be enhanced.", "pharmaceutical products"),
    # a summary asked for goes on to what the passage says next
    ("Summarize the defense discussions.", "defense manufacturing and regional security"),
    ("Explain the significance of the 30 years.", "30 years of diplomatic ties"),
    # issuing an invitation is inviting, however the sentence tells it
    ("Who issued the invitation for the official visit?", "at the invitation of Prime Minister Muhammad Shehbaz Sharif"),
    # "full title" asks for the title, and a title is a name
    ("What is the full title of the roadmap?", "Roadmap for Comprehensive Cooperation"),
    # how the article says it is no word a sentence must hold
    ("How is the visit summed up at the end of the article?", "groundwork"),
    ("What fabrics did Lukashenko want to import from Pakistan?", "textile products"),
    # how someone was described is what they were called
    ("How did Pakistan describe Lukashenko during the visit?", "brother"),
    # "the purpose of" asks for one, which no sentence calls so
    ("What was the main purpose of the Belarusian president's trip?", "official visit"),
    # what a thing is meant to achieve is what it is for, whatever deed it is
    ("What are the seminars meant to achieve?", "reduce trade challenges"),
    # how someone viewed something is their opinion, told in words of satisfaction
    ("How did the leaders view the direction of bilateral relations?", "satisfaction"),
    # a light verb's deed is the thing it names: giving support is support
    ("What support did Pakistan give Belarus regarding the SCO?", "early support"),
    # a journey of someone to a named place is a visit; a country may open the sentence that names it
    ("Which country's president came to Pakistan?", "Belarus President"),
    # text-speak is read as the words it shortens
    ("how many yrs of diplomatic relations", "30 years"),
    ("what r the joint ventures", "tractor plant"),
    # a "why" question prefers, among sentences that match it alike, one that gives a cause or a purpose
    ("Why did Lukashenko come to Pakistan?", "at the invitation of"),
    # a capital that acts is its country's government
    ("What did Islamabad do early on regarding Minsk joining the SCO?", "early support"),
    # the years the question names are told by their numbers, not by the word "years"
    ("Which plan covers the years 2025 to 2027?", "Roadmap for Comprehensive Cooperation"),
    # "on behalf of" says for whom, not what the agreements are about
    ("Who signed the agreements on behalf of Pakistan?", "Shehbaz Sharif"),
    # a name is a capitalised name, the asked noun's own included
    ("What was the name of the forum that brought companies from both countries together?", "Business Forum"),
    # the outcomes of a visit are what was signed during it, which no sentence calls outcomes
    ("What were the main outcomes of the visit?", "signed 15 agreements"),
    ("What was the biggest achievement of the visit?", "signed 15 agreements"),
    ("Summarize the main outcomes of the visit.", "signed 15 agreements"),
    # the document's title names him, but says nothing of who he is
    ("Who is Aleksandr Lukashenko?", "Belarus President"),
    # to conclude agreements is to agree, and a pact is a kind of agreement: the sentence counts them
    ("How many pacts were concluded during the trip?", "signed 15 agreements"),
    # "see" more trade is a light verb, and "health-related" products are health products
    ("Which health-related products will see increased trade?", "pharmaceutical products"),
    # "in what capacity" asks for a role, as "what role" does; no sentence has to name a capacity
    ("In what capacity did Lukashenko travel to Pakistan?", "official visit"),
    # to nickname is to name: "termed him as a brother"
    ("What did Pakistan nickname Lukashenko?", "brother"),
    # WordNet's "road map", written as one word, is a plan: the Roadmap, not the research plans
    ("What plan did the two sides sign for cooperation?", "Roadmap for Comprehensive Cooperation"),
    # what caught someone's eye interested them, as the article says it
    ("What goods from Pakistan caught Lukashenko's eye?", "textile products"),
    ("What Pakistani export caught Lukashenko's interest?", "textile products"),
    # becoming "more streamlined" is no taking of office, which a sentence must tell
    ("What type of routes should become more streamlined?", "transportation routes"),
    # a series of seminars is seminars
    ("What series of seminars was set up to aid business?", "Doing Business with Each Other"),
    # what a visit runs over is how long it lasts
    ("Over how many days did the visit run?", "three-day"),
    # what someone commended they talked about
    ("Did Lukashenko talk about Pakistan's leadership?", "pragmatic leadership"),
    # an English word opening a question is no name: it has synonyms and other forms
    ("Publication date?", "Published on 29th November 2024"),
    # whom someone works for is told by the byline that gives his office
    ("Who employs the author?", "Executive Director, Pakistan Research Center"),
    ("Author's organization?", "Executive Director, Pakistan Research Center"),
    # "IT" in capitals is the acronym, not the pronoun
    ("What does the article say about IT?", "agriculture, IT, and heavy machinery"),
    # a relative "where" after a request opens no question of place
    ("Please list the sectors where MoUs were signed.", "vocational training"),
    # the anniversary is told by the years celebrated; "anyway" asks nothing
    ("What anniversary did they celebrate?", "three decades"),
    ("who is lukashenko anyway", "Belarus President"),
    # "the number 30 refer to" asks what 30 is
    ("What does the number 30 refer to in the article?", "over 30 Belarusian companies"),
    # a request for a topic runs on to the sentence after the one that opens it
    ("What are the key facts about the defense talks?", "General Asim Munir"),
    # a prime minister's deed is done by the prime minister named with his office
    ("What did Pakistan's PM hail Lukashenko as?", "great friend"),
    # a "seminar series" is seminars; the topic a question opens with is what it is about, not what it asks
    ("Considering the economic ties, what seminar series did the governments agree to establish?", "Doing Business"),
    ("With respect to regional organisations, which body did Belarus recently become a full member of?",
     "Shanghai Cooperation Organization"),
    # what commemorates is a memento, and what is got as one is received, from a giver
    ("What did Lukashenko get as a memento?", "photo album"),
    ("What keepsake marked the visit?", "photo album"),
    # the words an answer comes from add nothing to what is asked; "agreements signed count" counts agreements
    ("Agreements signed count?", "15 agreements"),
    ("What quantity of Pakistani firms joined the forum?", "nearly 100 Pakistani"),
    # to agree to a deed is to commit or pledge to it, in a verb
    ("Did the two countries agree to promote literature?", "literature"),
    ("Did both governments promise to encourage private sector collaboration?", "pledged to encourage"),
    # how many to list is no word the answer must have
    ("List three cultural activities the countries will promote.", "art, music, literature"),
    # a question word left where its answer goes
    ("The forum brought together how many Pakistani firms?", "nearly 100 Pakistani"),
    ("Lukashenko and Munir discussed what?", "defense manufacturing"),
    # a period of years tells when it is completed
    ("By when will the roadmap be completed?", "2025-2027"),
    # the topic an asker says they are curious about is what the question is about
    ("I'm writing about the SCO part of the visit: what was discussed?", "Shanghai Cooperation Organization"),
    ("Sorry if this is obvious, but what is the SCO?", "Shanghai Cooperation Organization"),
    ("Who took part in the business forum?", "over 30 Belarusian companies"),
    # how a document opens is what its opening says; the last thing it says is its closing
    ("How does the article begin?", "The historic visit marked a new chapter"),
    ("What was the last thing the article said?", "laid the groundwork"),
    # "among" names no topic; "MoUs" defines what an "MoU" is
    ("Who among Pakistan's leaders hosted a private meal?", "Nawaz Sharif"),
    ("What does MoU mean?", "memoranda of understanding (MoUs)"),
    # what stands in a document's header is what its front matter names
    ("Which institute is named on the document's header?", "Institute for a Community with Shared Future"),
    ("Which university is at the top of the document?", "Communication University of China"),
    # the date line tells only when the document came out; a turning point is one thing, not any "turning"
    ("What was described as a turning point?", "marks a turning point"),
    # what is said of a topic tells that it was talked about, in any verb, and "He" after his name is him
    ("Did they talk about agriculture?", "agriculture"),
    ("Did Lukashenko talk about agriculture?", "agriculture"),
    # an office's holder asked by what the office does
    ("Who heads Pakistan's government?", "Shehbaz Sharif"),
    ("Who leads the army in Pakistan?", "Asim Munir"),
    ("Who governs Punjab?", "Maryam Nawaz"),
    # the age of ties is how long they have lasted
    ("How old are Pakistan-Belarus ties?", "30 years"),
    # the people listed as doing the deed are counted too; a surname is a last name; the source named
    # after an office's deed asks nothing
    ("How many leaders signed the 15 agreements?", "Shehbaz Sharif and H.E President Lukashenko signed"),
    ("What is the surname of the Punjab chief minister?", "Maryam Nawaz"),
    ("Who leads Pakistan, according to the article?", "Shehbaz Sharif"),
    # what a visit achieved is what was signed during it
    ("What did the visit achieve?", "signed 15 agreements"),
    ("What results did the visit produce?", "signed 15 agreements"),
    # the author's view is the document's; what is credited or signalled is said in any deed of the speaker's
    ("In the author's view, what does the visit represent for bilateral ties?", "significant milestone"),
    ("What kind of approach did Sharif credit Lukashenko with?", "proactive approach"),
    ("What did Lukashenko signal willingness to do with technology?", "readiness to share"),
    # the readiness expressed is not someone's appreciation
    ("What did Belarus express readiness to do?", "readiness to share"),
    # whoever expresses or praises a thing spoke of it
    ("Who spoke of Belarus's contributions to global peace?", "General Asim Munir expressed"),
    ("True or false: the visit lasted three days.", "three-day visit"),
    # a count claimed of a country's things is checked against what the sentence counts, whatever it calls them
    ("Did the forum bring together about 200 Pakistani companies?", "nearly 100 Pakistani counterparts"),
    # where in the document, after "its"; the conclusion a document has; how long the answer is to be
    ("How does the article describe the visit in its conclusion?", "laid the groundwork"),
    ("Summarise the article's conclusion.", "evolving partnership"),
    ("Summarize the visit in two sentences.", "three decades of friendship"),
    # a gathering's "bringing together" tells who attended; a date range asks for dates
    ("forum attendance", "bringing together over 30 Belarusian companies"),
    # "the Belarusian president" is Lukashenko, who speaks in what he shares and discusses
    ("What did Lukashenko say at the luncheon?", "the Belarusian president shared fond memories"),
    # the document's possessive leaves no "s" to find
    ("Who is the article's publisher?", "published by Institute for a Community with Shared Future"),
    ("What is the date range of Lukashenko's trip?", "25-27 November 2024"),
    ("How many Pakistani firms attended alongside the Belarusian ones?", "nearly 100 Pakistani counterparts"),
    # a name is given, not handed over; cooperation is the topic, not the kind of answer
    ("What name was given to the business seminars?", "Doing Business with Each Other"),
    ("What parliamentary cooperation was agreed?", "inter-parliamentary exchanges"),
    # who extends an invitation invites; a visit is to a place, not to the person invited
    ("Who extended the invitation that brought Lukashenko to Pakistan?", "at the invitation of Prime Minister"),
    ("Where will Shehbaz Sharif be going at Lukashenko's invitation?", "to visit Belarus"),
    # an MoU is an agreement, a memorandum of understanding
    ("What agreement did the NLC sign?", "The signing of an MoU between Pakistan's National Logistics"),
    # when a two-word start date asks; "roadmap years covered" asks for years; how many to name is no topic
    ("Can you tell me what the visit's starting date was?", "25-27 November 2024"),
    ("roadmap years covered", "2025-2027"),
    ("Name the three areas besides textiles that Lukashenko wanted to explore.", "agriculture, IT"),
    # what one gets from a person is given to one; "who came" is a visit
    ("What did the Belarusian president get from Shehbaz Sharif?", "photo album"),
    ("who came to pakistan from belarus in nov 2024", "paid an official visit to Pakistan"),
    # a seminar series names seminars
    ("What is the name of the seminar series?", "Doing Business with Each Other"),
    ("Who commands the Pakistani army?", "General Asim Munir"),
    # "how many days" is told outright by "three-day", whoever the question names; "total" asks how many
    ("How many days was Lukashenko in Pakistan?", "The three-day visit"),
    ("total agreements", "signed 15 agreements"),
    ("What did the 2 leaders sign?", "signed 15 agreements"),
    # the names of the people invited name them; whose invitation it was is who invites
    ("What are the names of the people Lukashenko invited to Belarus?", "Maryam Nawaz"),
    ("Did Lukashenko come at Sharif's invitation?", "at the invitation of Prime Minister Muhammad Shehbaz Sharif"),
    ("Which former premier did Lukashenko spend private time with?", "former Prime Minister Nawaz Sharif"),
    ("At what level were the talks held?", "delegation-level talks"),
    # a bare "minister" is any minister; a country owns the support it offered
    ("Is Maryam Nawaz a minister?", "Punjab Chief Minister Maryam Nawaz"),
    ("Which country offered early support for Belarus's SCO entry?", "Pakistan's early support"),
    # "sum up" summarises; a domain's outcomes are what was agreed on it; "overall" asks for no more words
    ("Sum up the article's conclusion.", "evolving partnership"),
    ("What were the trade outcomes?", "reduce barriers and improve market access"),
    ("Roughly how many firms took part overall?", "over 30 Belarusian companies"),
    # where the article tells of a topic is under its heading; "on Pakistan's behalf" is "on behalf of Pakistan"
    ("Where in the article is defence discussed?", "Under the heading \u201cDefense and Regional Security\u201d"),
    ("Which sentence mentions the tractor plant?", "tractor plant"),
    ("Who signed on Pakistan's behalf?", "Prime Minister Shehbaz Sharif"),
    ("Where will the tractor plant be built?", "facility in Pakistan"),
    # what someone is good at is what they are capable of; a claim with "right?" after it is checked
    ("What is Belarus good at manufacturing?", "advanced capabilities in agricultural manufacturing"),
    ("I heard they signed 20 deals, right?", "signed 15 agreements"),
    # "people" asked for are persons; "Both governments" are the nations; "the Sharifs" are a family
    ("Which two people signed the agreements?", "Prime Minister Shehbaz Sharif and H.E President Lukashenko"),
    ("Which nations pledged to encourage private sector collaboration?", "Both governments pledged"),
    ("Which of the Sharifs hosted the luncheon?", "hosted by Nawaz Sharif"),
])
def test_answers_that_need_the_right_sentence_not_just_the_right_words(article_bot: QABot, question: str,
                                                                       expected: str) -> None:
    answer = article_bot.ask(question)
    assert not answer.abstained and expected in answer.text


def test_offices_are_read_with_their_holder_and_owner() -> None:
    assert offices("Belarus President His Excellency Aleksandr Lukashenko paid a visit.") == [
        Office("president", "belarus", "lukashenko")]
    assert offices("at the invitation of Prime Minister Muhammad Shehbaz Sharif.") == [
        Office("prime minister", None, "sharif")]
    # no holder named, or no longer holding it
    assert offices("the Belarusian president shared memories at the Prime Minister's House") == []
    assert offices("engagements with former Prime Minister Nawaz Sharif") == []
    assert offices("engagements with former Prime Minister Nawaz Sharif", former=True) == [
        Office("prime minister", None, "sharif")]


def test_who_a_document_mentions_is_told_by_the_fewest_sentences_that_name_its_people(article_bot: QABot) -> None:
    assert classify("Who is mentioned in the article?") == Kind.PEOPLE
    assert classify("Which leaders are mentioned?") == Kind.PEOPLE
    assert classify("Who was invited?") == Kind.PERSON
    answer = article_bot.ask("Who are the main people mentioned?")
    assert not answer.abstained and len(answer.citations) == 3
    for name in ("Lukashenko", "Shehbaz Sharif", "Nawaz Sharif", "Maryam Nawaz", "Asim Munir", "Khalid Taimur Akram"):
        assert name in answer.text


@pytest.mark.parametrize("message", ["thanks", "Thank you!", "hello", "ok"])
def test_a_message_that_asks_nothing_is_answered_by_nothing(article_bot: QABot, message: str) -> None:
    assert article_bot.ask(message).abstained


def test_a_question_is_answered_as_asked_and_understood_with_its_typos_corrected(article_bot: QABot) -> None:
    answer = article_bot.ask("Who is the Belarussian president?")
    assert answer.question == "Who is the Belarussian president?"
    assert answer.standalone_question == "Who is the Belarusian president?" and "Lukashenko" in answer.text
    assert article_bot.extractive().corrected("Where did the MoU go, Zorvex?") == "Where did the MoU go, Zorvex?"
    # two letters swapped in a short word; another form of a word the documents use ("visit")
    assert article_bot.extractive().corrected("how mnay agreemnts") == "how many agreements"
    assert article_bot.extractive().corrected("lukashenko visted pakistan when") == "Lukashenko visited Pakistan when"
    # but not a name's letters ("Xi" is no "ix")
    assert article_bot.extractive().corrected("Did Lukashenko meet Xi?") == "Did Lukashenko meet Xi?"
    # a name's possessive typed without its apostrophe; a name that ends in "s" is left as it is
    assert article_bot.extractive().corrected("pakistans army") == "Pakistan's army"
    assert article_bot.extractive().corrected("belarus sco") == "Belarus SCO"


def test_proper_nouns_are_known_in_lower_case_and_kinds_of_one_thing_apart() -> None:
    assert is_proper_noun("india") and is_proper_noun("minsk")
    assert not is_proper_noun("turkey") and not is_proper_noun("fields") and not is_proper_noun("begin")
    assert are_siblings("navy", "army") and not are_siblings("firms", "companies")


def test_a_date_line_names_no_one() -> None:
    assert not names_someone_new("Published on 29th November 2024", set())
    assert names_someone_new("Published by Khalid Taimur Akram on 29th November 2024", set())


def test_a_place_is_one_gone_to_not_a_person_addressed() -> None:
    assert places("an invitation to Prime Minister Shehbaz Sharif to visit Belarus") == {"belarus"}
    assert places("a formal welcome ceremony at the Prime Minister's House") == {"prime"}


def test_countries_named_anywhere_but_inside_an_institutions_name() -> None:
    assert countries("with Prime Minister Shehbaz Sharif emphasizing Pakistan's early support") == {"pakistan"}
    assert countries("It was published by Communication University of China in Islamabad") == set()


def test_a_quoted_title_names_no_one_unless_the_question_quotes_it() -> None:
    title = "The title of this document is “Pakistan Welcomes Brother Aleksandr Lukashenko”."
    people = frozenset({"lukashenko"})
    # the first name goes with the surname after it
    assert names_only_within_organizations(title, {"aleksandr", "lukashenko"}, {"aleksandr", "lukashenko"},
                                           people) == {"aleksandr", "lukashenko"}
    assert names_only_within_organizations(title, {"pakistan", "lukashenko"}, {"pakistan", "call", "lukashenko"},
                                           people) == {"pakistan", "lukashenko"}
    # "Who wrote Pakistan Welcomes Brother ...?" quotes it
    assert names_only_within_organizations(title, {"pakistan", "lukashenko"}, {"pakistan", "welcom", "brother"},
                                           people) == set()


def test_an_office_asked_alone_is_asked_of_its_present_holder(article_bot: QABot) -> None:
    # not the "former Prime Minister Nawaz Sharif", nor the "Prime Minister's House"
    for question in ("Who is the prime minister?", "What is the prime minister's name?"):
        answer = article_bot.ask(question)
        assert answer.citations and all("Prime Minister Shehbaz Sharif" in citation.sentence for citation in answer.citations)


@pytest.mark.parametrize(("question", "holder"), [
    # an office given without its country is the one of the place the events happen in
    ("Who is the Prime Minister of Pakistan?", "Shehbaz Sharif"),
    ("Who is Pakistan's army chief?", "Asim Munir"),  # "Chief of Army Staff" by another name
    ("Who is the president of Belarus?", "Lukashenko"),
    # "President Lukashenko" is Belarus's president: the document says so elsewhere
    ("Who is the President of Pakistan?", None),
    ("Who is the Prime Minister of Belarus?", None),
    ("Who was Pakistan's host prime minister during the visit?", "Shehbaz Sharif"),  # a word after the owner's
    ("Who is the chairman of NLC?", None),  # a sentence naming NLC names no chairman
    ("Which Belarusian minister accompanied Lukashenko?", None),
    ("Which Belarusian ministers accompanied Lukashenko?", None),
    ("Who is the leader of Belarus?", "Lukashenko"),
    # the document names no former Belarusian office holder, only a former Prime Minister
    ("Who was the previous Belarusian leader to visit Pakistan?", None),
])
def test_an_office_holder_belongs_to_the_country_the_document_ties_them_to(article_bot: QABot, question: str,
                                                                           holder: str | None) -> None:
    answer = article_bot.ask(question)
    assert answer.abstained == (holder is None)
    assert holder is None or holder in answer.text


@pytest.mark.parametrize("question", [
    "How many agreements were cancelled?",  # to cancel is no way to agree
    "What was Belarus's trade surplus with Pakistan?",  # an amount a country has is told in its own words
    "Which city will host the tractor plant?",  # "in Pakistan" names a country, not a city
    "Which cities did Sharif visit?",  # nor does "to visit Belarus" name cities
    "What did China say about the visit?",  # only "Communication University of China" names China
    "How many defense contracts were signed?",  # 15 agreements, none said to be on defense
    "What price will Belarus pay for the textiles?",  # a sum of money, which no sentence holds
    "How long has Lukashenko been president?",  # the dates of his visit are not his time in office
    "What weapons will Belarus supply to Pakistan?",  # the "Pakistan Armed Forces" are no weapons
    "What gift did Lukashenko give to Shehbaz Sharif?",  # the Prime Minister gave, Lukashenko received
    "Did the two countries sign a defense pact?",  # a treaty was signed, an extradition treaty
    "What did Lukashenko give Maryam Nawaz?",  # he invited her: no transfer is told
    "What did the Pakistani opposition leader say?",  # Pakistan's "leadership" is not its opposition
    "Which Belarusian university will join the research projects?",  # "universities", none by name
    "Who succeeded Nawaz Sharif as Prime Minister?",  # a sentence naming him tells no succession
    "Who organized the business forum?",  # "a forum was organized", by no one named
    # "the weather" is no verb "weather" ("enduring"), and "hailed" no "hail", a kind of weather
    "What was the weather like during the visit?",
    "What gift did Maryam Nawaz give Lukashenko?",  # the Prime Minister gave it
    "Who will run the veterinary facility?",  # the deed after a modal: nobody is said to run it
    "Who will own the veterinary medicine facility?",  # even one spelt like a stopword ("its own")
    "Is Maryam Nawaz the daughter of Nawaz Sharif?",  # what one is to another must be told
    # a rank by size is told only by a sentence that ranks: Belarus buys textiles, of no size said
    "What is Pakistan's biggest export to Belarus?",
    "What is the largest Belarusian company at the forum?",
    # the thing whose result is asked for must be told; a result "in numbers" is counted
    "What was the result of the SCO vote?",
    "What was the result of the defence talks in numbers?",
    "Which countries besides Belarus joined the SCO recently?",  # countries are places; Belarus is excluded
    "lukashenko age",  # a terse age question asks for an age
    "What did the Belarusian foreign minister sign?",  # an office nobody in the sentence holds
    "Who translated during the talks?",  # "translate" means "understand" only in its third sense
    "Who won the 2024 election in Pakistan?",  # nor "win" "advance"
    "What did Nawaz Sharif give Lukashenko?",  # Prime Minister Shehbaz Sharif gave, another Sharif
    "Which Belarusian president visited Pakistan before Lukashenko?",  # nothing earlier is told
    "What agreement on space cooperation was reached?",  # agreements on trade in medicines were
    "How many agreements were signed on energy?",  # 15, on no topic said to be energy
    "How many MoUs were about textiles?",  # nor about textiles
    "How many MoUs were on defense?",  # nor on defense
    "How many MoUs concerned vocational training?",  # 15 is all of them, vocational training one topic
    # a national capital stands for its country only where it acts: the city's own facts are not the country's
    "What is the population of Minsk?",
    "Which Pakistani general visited Minsk?",
    "Where did Lukashenko stay in Islamabad?",
    "Where did Lukashenko and Nawaz Sharif have lunch?",  # where the welcome was is not where they lunched
    "Which country left the SCO?",  # Belarus joined it: "left" is the verb, and no sentence tells it
    "weather during visit",  # a terse query's words name things: "weather" is no verb "endure" ("enduring")
    "When did Lukashenko become president?",  # the date of his visit is not when he became president
    "Which Pakistani city did Lukashenko tour?",  # "Pakistan-Belarus relations" names no city
    "What was the trade volume between the two countries last year?",  # "last year" is not "enduring"
    "when did lukashenka visit india",  # a name typed in lower case is a name all the same
    "Can you tell me who the navy chief of Pakistan is?",  # the army is another kind of military service
    "Did Lukashenko meet the president of Pakistan?",  # the president named is Belarus's
    "What country is Shehbaz Sharif the president of?",  # he is named, as Prime Minister
    "What was presented to Maryam Nawaz?",  # the album was presented to Lukashenko
    "How many Belarusian tourists visit Pakistan each year?",  # a "three-day visit" counts days
    "Who is the SCO's secretary general?",  # a title the sentence must say, not one alike ("General")
    "What were the dates of Shehbaz Sharif's visit to Belarus?",  # the dates are of a visit to Pakistan
    "What did the Prime Minister give Nawaz Sharif?",  # he gave Lukashenko an album
    # a named subject's deed must be told, in related words at least
    "What did Lukashenko eat at the luncheon?",
    "Which treaty did Belarus refuse to sign?",
    "With which navy officer did Lukashenko meet?",  # he met the Chief of Army Staff
    "What did the photo album cost?",  # a cost is a sum of money
    "Who hosted Lukashenko for dinner?",  # a luncheon is another meal
    "What food was served at the luncheon?",  # the luncheon itself, though food, is what the question names
    "What did General Asim Munir criticize?",  # the sentence tells of praise, criticism's opposite
    "How many agreements on climate change were signed?",  # 15 is all the agreements, on many things
    "What is the currency of Belarus?",  # "economy" is close to "currency" as a vector, and no currency
    "Which facility for nuclear medicine was discussed?",  # the sentence's medicine is veterinary
    "Who organised the business forum?",  # "was organized" says by no one, in either spelling
    "Tell me the Belarusian president's salary.",  # a salary is pay, the noun; he "paid" a visit
    "Was a nuclear deal signed?",  # the deals signed are not said to be nuclear
    "What did the Pakistani premier receive from Lukashenko?",  # a premier is a prime minister, who gave
    "What did Maryam Nawaz say to Lukashenko?",  # she is invited in the sentence; she says nothing
    "What did the two leaders eat at the luncheon?",  # people named by a noun: their deed must be told too
    "What is the name of the Belarusian tractor company?",  # "30 Belarusian companies" gives no name
    "Who signed the MoU on behalf of NLC?",  # a person is asked for; the sentence names organisations
    "What fabrics did Pakistan want to import from Belarus?",  # the deed after "want to": Belarus buys
    "What did Pakistan agree to sell to Belarus?",  # nor "agree to sell": Belarus is to buy textiles
    "Which Pakistani companies did Lukashenko invite to Belarus?",  # a sentence that never names Pakistan
    "How many Belarusian companies opened offices in Pakistan?",  # what the counted did must be told
    # "discussion" in the sentence before is near "criticize" as a vector only: no deed told
    "What kind of leadership did Lukashenko criticize?",
    "How many agreements were signed in the field of defence?",  # the 15 are on trade, health and more
    "Was the visit a state visit?",  # a noun before a noun is a noun: the leaders "expressed" no state
    # a thing a person owns must be told: her "party" is no "company" at the forum; nor "Punjab Chief Minister"
    "What is Maryam Nawaz's party?",
    "What is Shehbaz Sharif's political party?",
    # a compound's head is a noun, matched by nouns: to rate is to range, but no "range of topics" is a rate
    "What was the exchange rate discussed during the visit?",
    # a site asked about must be the passage's, as a gathering must: no embassy is named
    "What happened at the Belarusian embassy?",
    # the topic of an agreement must be told, in any of the verb's forms; cooperation is every agreement's
    "How many agreements did the two sides sign on energy?",
    "What did the two sides agree about space cooperation?",
    # a kind of person the answer must tell is said in words for people, not near as a vector: no spouse
    # is the "bilateral relationship"
    "Sharif spouse",
    # what was discussed must be told, not a discussion of something else
    "Was polio discussed?",
    # a figure is a number; the topic a question opens with must be told as well
    "Give one figure for bilateral trade.",
    "From the standpoint of logistics, which airline signed an MoU?",
    "On the subject of health trade, what vaccines will be supplied?",
    # Lukashenko received it; and memories are no memorial
    "What did Nawaz Sharif get as a memento?",
    "Who did Maryam Nawaz share fond memories with?",
    # where the answer is to come from asks nothing, and the sanctions must be told
    "According to the piece, what sanctions does Belarus face?",
    # a commitment in a noun agreed on nothing: "their commitment to fostering cooperation"
    "Did the two countries agree on a currency swap?",
    # a question word left where its answer goes asks as a question does
    "The forum was held in which hotel?",
    "Shehbaz Sharif gave Nawaz Sharif what?",
    # the menu is what must be told, not the luncheon; who is older is told by ages
    "What did the luncheon menu include?",
    "Who is older, Nawaz Sharif or Shehbaz Sharif?",
    # what someone is interested in, and what is asked to be among the sectors, must be told
    "Did Lukashenko express interest in buying Pakistani rice?",
    "Was mining one of the sectors of the MoUs?",
    # a capital named in a passive stands for the city, not its country
    "Is Minsk mentioned?",
    "What does PRCCSF research?",
    "Who called the visit a turning point?",
    "Who runs Beltamozhservice?",
    # what is asked of its owner must be told, not the owner alone
    "What is Beltamozhservice's headquarters?",
    "What is NLC's budget?",
    # a deed that anyone did is still a deed the sentence must tell
    "Did anyone oppose Belarus's SCO membership?",
    "Yes or no: Lukashenko visited Lahore.",
    # how often is told by a frequency, not by what is done
    "How often will the seminars be held?",
    # a name's words tell no deed: the "National Logistics Corporation" founded nothing
    "Who founded Beltamozhservice?",
    # what was left out, no sentence tells
    "Which topics were left out of the talks?",
    "What was missing from the agreements?",
    # a deed done is not told by an interest in doing it
    "What did Lukashenko buy in Pakistan?",
    # a place inside a country is not the country; why a thing is so, only a sentence calling it so tells
    "Where in Belarus will Shehbaz Sharif go?",
    "Why was the extradition treaty controversial?",
    # a gathering's theme is told of that gathering, not of the talks
    "What was the theme of the luncheon?",
    # a fee is a sum of money; a nation's army is asked of its chief, who is not another nation's
    "What was the fee for the forum?",
    "Who heads the Belarusian army?",
    # a navy chief is no army chief; what Lukashenko called Sharif is no invitation ("call" in); a name
    # asked as what a thing is "called" is a name
    "Who is Pakistan's navy chief?",
    "What did Lukashenko call Shehbaz Sharif?",
    "What will the tractor plant be called?",
    # a finance minister is no bare minister; a photo album tells no one photographed; an MoU on mining is on mining
    "Who is the Pakistani finance minister?",
    "Who photographed the visit?",
    "Was there an MoU on mining?",
    # where a facility is does not tell where a gathering was held
    "Where was the business forum held?",
    # an attribute of a person named by a first name is told where it is said; Pakistan called Lukashenko a
    # brother, not he Sharif; "space research" is research of one kind
    "Which Sharif is Maryam's father?",
    "Did Lukashenko call Sharif a brother?",
    "Is there cooperation in space research?",
])
def test_a_sentence_that_names_the_wrong_kind_of_thing_does_not_answer(article_bot: QABot, question: str) -> None:
    assert article_bot.ask(question).abstained


@pytest.mark.parametrize("question", ["What is the article about?", "Summarize the article.",
                                      "What does this document cover?", "What is the main message of the article?",
                                      "What are the article's key takeaways?",
                                      # a bare request for a summary asks it of the documents
                                      "Summarize.", "summary", "Give me an overview.", "I need a summary.", "tl;dr",
                                      # and so does asking what it is, its topic or what there is to tell
                                      "What is this document?", "What is the main topic?", "What can you tell me?",
                                      # and the countries it is about are those its opening names
                                      "What countries are mentioned?",
                                      # its argument, and a summary of a given length
                                      "What's the article's main argument?", "Sum up the article in one sentence."])
def test_a_question_about_the_whole_document_is_answered_by_its_title_and_opening(article_bot: QABot,
                                                                                 question: str) -> None:
    answer = article_bot.ask(question)
    assert not answer.abstained and len(answer.citations) == 3
    assert "Pakistan Welcomes Brother Aleksandr Lukashenko" in answer.citations[0].sentence
    assert answer.citations[1].sentence.startswith("The historic visit marked a new chapter")  # not the byline


def test_a_sentence_that_points_back_comes_with_the_sentence_it_points_to(article_bot: QABot) -> None:
    answer = article_bot.ask("How were people-to-people connections to be enhanced?")
    assert "These efforts aim to enhance" in answer.text and "inter-parliamentary exchanges" in answer.text
    assert answer.text.index("inter-parliamentary") < answer.text.index("These efforts")
    assert [c.marker for c in answer.citations] == list(range(1, len(answer.citations) + 1))
    # and the sentence that goes on about the best one comes after it: the years name the signing, the
    # next sentence the sectors
    answer = article_bot.ask("What areas does the 2025-2027 roadmap focus on?")
    assert "2025-2027" in answer.text and "agriculture, technology" in answer.text


def test_a_passive_with_no_doer_does_not_say_who_did_it() -> None:
    assert agentless("A Belarus-Pakistan Business Forum was organized, bringing together companies.", stem("organized"))
    assert not agentless("The forum was organized by the Board of Investment.", stem("organized"))


@pytest.mark.parametrize(("asked", "answered", "follow_up", "understood", "expected"), [
    # a quoted title is not the person "his" means
    ("Who wrote the article?", "The author of “Pakistan Welcomes Brother Aleksandr Lukashenko” is Khalid Taimur Akram [1].",
     "What is his title?", "Khalid Taimur Akram", "Executive Director"),
    # a follow-up with no topic words of its own leans on the conversation
    ("Was a roadmap signed?", "The signing of the Roadmap for Comprehensive Cooperation highlighted the commitment to "
                              "enhancing bilateral ties [1].", "What years does it cover?", "roadmap", "2025-2027"),
    # "he" is the man the answer named, written longer than the sentence writes him
    ("Who visited Pakistan?", "Belarus President His Excellency Aleksandr Lukashenko paid an official visit to Pakistan "
                              "[1].", "What did he receive?", "Aleksandr Lukashenko", "photo album"),
    # a question word alone asks it of what was just said
    ("Who did Lukashenko praise?", "President Lukashenko praised the Pakistan Armed Forces [1].", "Why?", "praise",
     "combating terrorism"),
    # where something is based is a place
    ("What is the PRCCSF?", "Pakistan Research Center for a Community with Shared Future (PRCCSF) [1].",
     "Where is it based?", "PRCCSF", "Islamabad"),
    # "the other side" is the previous question asked of the other party
    ("How many Belarusian companies came to the business forum?", "A Belarus-Pakistan Business Forum was organized, "
                                                                  "bringing together over 30 Belarusian companies [1].",
     "And the Pakistani side?", "How many Pakistani companies", "100 Pakistani counterparts"),
    # what something "runs until" is a date
    ("What roadmap was signed?", "The signing of the Roadmap for Comprehensive Cooperation for 2025-2027 highlighted the "
                                 "commitment to enhancing bilateral ties [1].", "When does it run until?", "roadmap",
     "2025-2027"),
    # a role follow-up is about the role, not the borrowed name
    ("Who met the Belarusian president to discuss defense?", "During a meeting with Chief of Army Staff General Asim "
                                                             "Munir, the two sides explored prospects for collaboration.",
     "What rank does he hold?", "Asim Munir", "Chief of Army Staff"),
    # "he" is a person, "there" is where the previous question was
    ("What did Lukashenko share at the luncheon?", "During a luncheon hosted by Nawaz Sharif, the Belarusian "
                                                   "president shared fond memories of past interactions [1].",
     "What else did he discuss there?", "luncheon", "avenues for enhancing bilateral cooperation"),
    # "that abbreviation" is the one the answer gave
    ("Which organization did Belarus become a full member of?", "Belarus's recent accession as a full member of the "
                                                                 "Shanghai Cooperation Organization (SCO) [1].",
     "What does that abbreviation stand for?", "SCO", "Shanghai Cooperation Organization"),
    # "What was it called?" asks for the name of what was spoken of
    ("Was a roadmap signed?", "Yes, a roadmap for 2025-2027 was signed [1].", "What was it called?", "roadmap",
     "Roadmap for Comprehensive Cooperation"),
    # "first name" asks which part of the name: not for a "first" anything
    ("Who is the Chief of Army Staff?", "General Asim Munir [1].", "What is his first name?", "Asim Munir", "Asim"),
    # a "director" directs, and to direct is to lead
    ("Who wrote the article?", "Khalid Taimur Akram, Executive Director, Pakistan Research Center for a Community with "
                               "Shared Future (PRCCSF) [1].",
     "And what organization does he lead?", "Khalid Taimur Akram", "Pakistan Research Center"),
    # a full name is told by the sentence naming him, which never says "name"; "What's" is no owner
    ("What was discussed with the army chief?", "During a meeting with Chief of Army Staff General Asim Munir, the two "
                                                "sides explored prospects for collaboration [1].",
     "What's his full name?", "Who is Chief of Army Staff General Asim Munir", "General Asim Munir"),
    # praised, not praising: "President Lukashenko praised the Pakistan Armed Forces" is the other way round
    ("Who is described as a great friend of Pakistan?", "President Lukashenko was hailed as a great friend of "
                                                        "Pakistan [1].", "Who was he praised by?", "Lukashenko",
     "Shehbaz Sharif"),
    # "he" is likeliest the man the answer named; he met no one from the military, the guest did
    ("Who invited Lukashenko to Pakistan?", "Prime Minister Muhammad Shehbaz Sharif [1].",
     "And who did he meet from the military?", "Lukashenko", "Asim Munir"),
    # "the two" are the last two people the conversation named
    ("Who did Lukashenko meet on defense?", "General Asim Munir, Chief of Army Staff.", "What did the two discuss?",
     "Lukashenko and General Asim Munir", "defense manufacturing"),
    # an institution's executive director is who heads it
    ("What is PRCCSF?", "Pakistan Research Center for a Community with Shared Future.", "Who heads it?", "PRCCSF",
     "Khalid Taimur Akram"),
    # "there" is the gathering the answer named, which the question did not
    ("What was organized during the visit?", "A Belarus-Pakistan Business Forum was organized [1].",
     "What joint ventures were discussed there?", "discussed at the forum", "tractor plant"),
    # "his" after "Which general ...?" is the general answered; "it" the organisation a longer answer names
    ("Which general met Lukashenko?", "During a meeting with Chief of Army Staff General Asim Munir, the two sides explored "
     "prospects for collaboration in defense manufacturing and regional security. [1]", "What is his post?",
     "Asim Munir's post", "Chief of Army Staff"),
    ("What organisation did Belarus join?", "Belarus's recent accession as a full member of the Shanghai Cooperation "
     "Organization (SCO) was a focal point of discussion. [1]", "What will the two sides use it for?",
     "use the Shanghai Cooperation Organization (SCO) for", "regional connectivity"),
    # the forum of "Belarus-Pakistan" in its name does nothing to Pakistan
    ("What business forum was organized?", "A Belarus-Pakistan Business Forum was organized, bringing together over 30 "
     "Belarusian companies and nearly 100 Pakistani counterparts [1].", "What joint ventures did it discuss?",
     "did the Belarus-Pakistan Business Forum discuss", "tractor plant"),
    # "Which one ...?" is one of those the answer named; "And what does X want?" asks X's interest
    ("Which organizations signed the MoU?", "The signing of an MoU between Pakistan's National Logistics Corporation (NLC) "
     "and Belarus's Beltamozhservice is expected to streamline transportation routes, enhancing trade efficiency. [1]",
     "Which one is Belarusian?", "(about: Which organizations signed the MoU)", "Belarus's Beltamozhservice"),
    ("What did Belarus offer Pakistan?", "Similarly, H.E President Lukashenko commended Pakistan's pragmatic leadership and "
     "reiterated Belarus's readiness to share its advanced technologies with Pakistan. [1]",
     "And what does Belarus want from Pakistan?", "Belarus interested in", "textile products"),
])
def test_follow_ups(article_bot: QABot, asked: str, answered: str, follow_up: str, understood: str,
                    expected: str) -> None:
    history = exchange(asked, answered)
    answer = article_bot.ask(follow_up, history)
    assert understood in answer.standalone_question and not answer.abstained and expected in answer.text


def test_the_two_are_the_last_two_people_a_conversation_named(article_bot: QABot) -> None:
    history = exchange("Who visited Pakistan?", "Belarus President Aleksandr Lukashenko.") + exchange(
        "Whose invitation was it?", "Prime Minister Muhammad Shehbaz Sharif's.")
    answer = article_bot.ask("What did the two sign?", history)
    assert answer.standalone_question == \
        "What did Belarus President Aleksandr Lukashenko and Prime Minister Muhammad Shehbaz Sharif sign?"
    assert "15 agreements" in answer.text
    # "the two countries" are named things, not two people
    assert "the two countries" in article_bot.ask("What did the two countries sign?", history).standalone_question


def test_a_count_naming_nothing_counts_what_was_just_answered(article_bot: QABot) -> None:
    history = exchange("What did Lukashenko want to purchase?", "Pakistani textile products.")
    # no sentence counts textile products: not the 15 agreements
    assert article_bot.ask("How many?", history).abstained
    assert article_bot.ask("In what quantities?", history).abstained
    history = exchange("What was signed?", "Agreements and MoUs.")
    assert "15 agreements" in article_bot.ask("How many?", history).text


def test_what_else_is_not_answered_by_what_the_previous_answer_said(article_bot: QABot) -> None:
    history = exchange("What did Lukashenko want to buy?",
                       "He specifically expressed interest in purchasing Pakistani textile products [1].")
    # the rest of that sentence tells of opportunities explored, not of buying
    assert article_bot.ask("What else did he buy?", history).abstained
    history = exchange("Did Lukashenko invite Shehbaz Sharif to Belarus?", "Yes [1].")
    answer = article_bot.ask("Who else did he invite?", history)
    # "Did" opens the question; it is no part of his name
    assert answer.standalone_question == "Who else did Lukashenko invite?" and "Maryam Nawaz" in answer.text


def test_the_main_verb_is_no_part_of_a_choice() -> None:
    assert analyse("Did Belarus want textiles or rice from Pakistan?").alternatives == (
        frozenset({"textil"}), frozenset({"rice"}))
    assert analyse("Was the visit a state visit or an official visit?").alternatives == (
        frozenset({"state", "visit"}), frozenset({"offici", "visit"}))


def test_a_topic_a_question_opens_with_is_carried_as_what_it_is_about() -> None:
    question = analyse("As far as the Pakistani navy is concerned, whom did Lukashenko meet?")
    assert question.standalone == "Whom did Lukashenko meet? (about: the Pakistani navy)"
    assert question.own_terms == ("lukashenko", "meet") and "navi" in question.context_terms


def test_which_ones_after_a_count_asks_which_of_those_counted_and_what_other_asks_beyond_the_last(
        article_bot: QABot) -> None:
    answer = article_bot.ask("Which ones?", exchange("How many agreements were signed?", "15 [1]."))
    assert answer.standalone_question == "Which agreements were signed?" and "halal trade" in answer.text
    answer = article_bot.ask("What other sectors were covered?",
                             exchange("What is halal trade?", "One of the sectors of the MoUs."))
    assert "(about: What is halal trade)" in answer.standalone_question and "e-commerce" in answer.text


def test_a_gathering_tells_who_attended_it_and_not_another(article_bot: QABot) -> None:
    forum = article_bot.ask("Who attended it?", exchange("What did the forum discuss?", "Joint ventures [1]."))
    assert "bringing together over 30 Belarusian companies" in forum.text
    assert article_bot.ask("How many attended?", exchange("Where was the welcome ceremony?",
                                                          "At the Prime Minister's House [1].")).abstained


def test_a_follow_up_without_a_pronoun_is_read_with_the_question_before_when_alone_it_finds_nothing(
        article_bot: QABot) -> None:
    history = exchange("Does the roadmap cover key sectors?",
                       "Yes, it provides a framework for collaboration in key sectors [1].")
    answer = article_bot.ask("Which ones?", history)
    assert "(about: Does the roadmap cover key sectors)" in answer.standalone_question
    assert "industrial development" in answer.text


@pytest.mark.parametrize(("asked", "answered", "follow_up", "expected"), [
    # a question of a few words with no verb leans on the one before
    ("Were agreements reached on medical trade?", "Yes, agreements were reached to enhance trade in medical items [1].",
     "Which items specifically?", "pharmaceutical products"),
    # a purpose is given as "to ...": "aimed at" and "use it for" are no words to find
    ("Which MoU did NLC sign?", "An MoU between NLC and Beltamozhservice [1].", "What was it aimed at?",
     "streamline transportation"),
    ("What did the two sides say about the SCO platform?", "The two sides committed to leveraging the SCO platform [1].",
     "What will they use it for?", "regional connectivity"),
    # "and" with no question of its own asks what the question before asked
    ("When did the visit start?", "On 25 November 2024 [1].", "And end?", "25-27 November 2024"),
])
def test_elliptic_follow_ups(article_bot: QABot, asked: str, answered: str, follow_up: str, expected: str) -> None:
    history = exchange(asked, answered)
    answer = article_bot.ask(follow_up, history)
    assert not answer.abstained and expected in answer.text


def test_a_verb_after_to_is_matched_as_a_verb(article_bot: QABot) -> None:
    # "to transfer technology" is a deed; "transportation" is a synonym of the noun "transfer" only
    question = analyse("Is Belarus willing to transfer technology to Pakistan?")
    nlc = ("The signing of an MoU between Pakistan's National Logistics Corporation (NLC) and Belarus's "
           "Beltamozhservice is expected to streamline transportation routes, enhancing trade efficiency.")
    assert article_bot.extractive()._synonym_score("transfer", question, content_words_of(nlc), frozenset()) < 0.5


def test_a_verb_is_told_by_the_general_verb_it_is_a_way_of(article_bot: QABot) -> None:
    # to commend is to praise in WordNet: "praised the Pakistan Armed Forces for" answers first
    answer = article_bot.ask("What did the Belarusian leader commend Pakistan's military for?")
    assert "combating terrorism" in answer.citations[0].sentence


def test_a_yes_no_question_must_have_its_deed_told(article_bot: QABot) -> None:
    history = exchange("Who did Lukashenko meet from the army?", "Chief of Army Staff General Asim Munir [1].")
    # they explored defense manufacturing; nothing about defense was signed
    assert article_bot.ask("Did they sign anything about defence?", history).abstained
    history = exchange("What was agreed on trade?", "The two nations agreed to reduce barriers [1].")
    # "agreements were reached" tells that they agreed
    assert "pharmaceutical" in article_bot.ask("Did they agree on anything about pharmaceuticals?", history).text


def test_a_follow_up_about_a_named_thing_is_not_answered_from_a_passage_that_never_names_it(article_bot: QABot) -> None:
    history = exchange("What is NLC?", "NLC is Pakistan's National Logistics Corporation [1].")
    # the byline names an Executive Director, of another body
    assert article_bot.ask("Who is its director?", history).abstained
    # a thing named in lower case too: the Prime Minister and the President chaired no forum
    history = exchange("Was a business forum organized?", "A Belarus-Pakistan Business Forum was organized [1].")
    assert article_bot.ask("Who chaired it?", history).abstained
    # nor organised by the "Shanghai Cooperation Organization", whose name tells no deed
    history = exchange("How many Belarusian companies attended the forum?", "A Belarus-Pakistan Business Forum was organized, "
                       "bringing together over 30 Belarusian companies and nearly 100 Pakistani counterparts.")
    assert article_bot.ask("Who organised it?", history).abstained
    # a paragraph may run over two passages: the forum is named in the passage before the one that
    # tells what both sides explored there
    history = exchange("Tell me about the business forum.", "A Belarus-Pakistan Business Forum was organized [1].")
    assert "mechanization of agriculture" in article_bot.ask("What did they explore?", history).text
    # nor one at a site no passage names: the welcome ceremony was at the Prime Minister's House
    history = exchange("When did Lukashenko arrive in Pakistan?", "On 25 November 2024.")
    assert article_bot.ask("Who welcomed him at the airport?", history).abstained
    # "there" is the gathering just spoken of, though the question names the person
    history = exchange("Who hosted the luncheon?", "Former Prime Minister Nawaz Sharif.")
    assert "avenues for enhancing bilateral cooperation" in article_bot.ask("What did Lukashenko discuss there?", history).text


@pytest.mark.parametrize(("question", "kind"), [
    ("What position does Asim Munir hold?", Kind.ROLE),
    ("What role did Pakistan play in Belarus joining the SCO?", Kind.OTHER),
    ("What were the dates of the visit?", Kind.DATE),
    ("Which publication date is given for the article?", Kind.DATE),
    ("What period does the roadmap cover?", Kind.DATE),
    ("Which Pakistani city will host the plant?", Kind.PLACE),
    ("Give me the dates of Lukashenko's trip to Pakistan.", Kind.DATE),
    ("What is his title?", Kind.ROLE),
    ("What share of the trade is in textiles?", Kind.SHARE),
    ("What is the name of the Belarusian foreign minister?", Kind.PERSON),
    ("What time did Lukashenko arrive?", Kind.TIME),
    ("lukashenko pakistan agreements number", Kind.COUNT),  # a terse count
    ("How large is the Belarusian army?", Kind.COUNT),  # a size is a number
    ("What number did the author give?", Kind.OTHER),
    # a "when" that opens a clause asks nothing; one before an auxiliary, or alone, does
    ("What fields were the two states aiming to work together in when the visit began?", Kind.OTHER),
    ("Who invited Lukashenko and when did he visit?", Kind.DATE),
    ("Tell me when he arrived.", Kind.DATE),
    ("roadmap period", Kind.DATE),  # a terse period asks for the dates
    ("What did the business forum cost to organize?", Kind.AMOUNT),
    ("How did the two leaders feel about where relations were heading?", Kind.OTHER),  # "where" opens a clause
    ("Tell me where the ceremony was held.", Kind.PLACE),
    ("What was the length of Lukashenko's stay?", Kind.DURATION),
    # a relative clause after a thing asks for no person; after a person it does
    ("List the products whose trade will be enhanced.", Kind.OTHER),
    ("Name the Belarusian president who visited Pakistan.", Kind.PERSON),
    ("textile interest who", Kind.PERSON),  # a terse query ending in "who"
    # a request that ends in a word a terse query asks by asks for no years
    ("Explain the significance of the 30 years.", Kind.OTHER),
    ("list roadmap years", Kind.DATE),
    # whom someone works for is the office that names it; where their organisation is is a place
    ("Where does the author work?", Kind.ROLE),
    ("What is the author's organization?", Kind.ROLE),
    ("Where is his organisation based?", Kind.PLACE),
    ("Lukashenko's title?", Kind.ROLE),
    ("List the sectors where MoUs were signed.", Kind.OTHER),
    ("Name the place where the welcome ceremony was held.", Kind.PLACE),
    ("Name a city Lukashenko toured.", Kind.PLACE),
    ("What quantity of Pakistani firms joined the forum?", Kind.COUNT),
    ("In what quantities will Belarus buy textiles?", Kind.COUNT),
    ("Who is older, Nawaz Sharif or Shehbaz Sharif?", Kind.AGE),
    ("How does the article begin?", Kind.OVERVIEW),
    ("What was the last thing the article said?", Kind.CONCLUSION),
])
def test_question_kinds(question: str, kind: Kind) -> None:
    assert classify(question) == kind


def test_kind_words_are_not_topic_words() -> None:
    assert "period" not in " ".join(analyse("What period does the cooperation roadmap cover?").own_terms)


def test_a_period_question_is_answered_with_the_years(article_bot: QABot) -> None:
    answer = article_bot.ask("What period does the cooperation roadmap cover?")
    assert not answer.abstained and "2025-2027" in answer.text
    # a span of years is how long something lasts
    answer = article_bot.ask("How long will it last?", exchange("What roadmap was signed?",
                                                               "The Roadmap for Comprehensive Cooperation for 2025-2027 [1]."))
    assert not answer.abstained and "2025-2027" in answer.text


def test_who_met_the_belarusian_president_is_not_a_question_about_his_office(article_bot: QABot) -> None:
    # "met" must meet "meeting", and "Belarusian" describes the article rather than naming a passage.
    answer = article_bot.ask("Who met the Belarusian president to discuss defense?")
    assert not answer.abstained and "Asim Munir" in answer.text


def test_a_noun_that_narrows_the_next_is_a_compound_and_a_plural_subject_is_not() -> None:
    assert noun_compounds("Did the two countries sign a defense pact?") == (("defense", "pact"),)


def test_a_deed_is_named_by_its_noun() -> None:
    assert names_deed("agreements", "agree") and names_deed("production", "produce") and names_deed("invitation", "invited")
    assert not names_deed("significant", "sign") and not names_deed("products", "produce")


def test_a_gerund_before_a_noun_is_no_verb() -> None:
    assert predicate("Where was the official greeting ceremony for Lukashenko?") == (None, "")
    # "of" inside a title is part of the subject
    assert predicate("What did Chief of Army Staff General Asim Munir thank Belarus for?") == (
        "thank", "Chief of Army Staff General Asim Munir")
    assert answer_noun("Which farming equipment will Belarus help produce?", Kind.OTHER) == "equipment"


def test_an_adjective_narrows_the_noun_that_ends_its_phrase_but_not_the_noun_asked_for() -> None:
    assert modified_nouns("What is his annual salary?") == (("annual", "salary"),)
    assert modified_nouns("What regional goals will the SCO platform serve?") == ()
    assert modified_nouns("Where did the official welcome take place?") == ()
    assert modified_nouns("Was a nuclear deal signed?") == (("nuclear", "deal"),)
    assert modified_nouns("What natural synergy exists between the two countries?") == ()  # a number counts
    # an adjective before a compound narrows its head; adjectives in a row do not
    assert modified_nouns("Did the two sides sign a free trade agreement?") == (("free", "agreement"),)
    assert modified_nouns("Which sectors are named for future joint ventures?") == (("joint", "ventures"),)


def test_the_author_said_to_say_something_is_no_word_a_sentence_must_hold() -> None:
    assert analyse("What are Belarus's strengths according to the author?").own_terms == ("belarus", "strength")


@pytest.mark.parametrize(("question", "focus"), [
    ("How many tractors will the plant produce each year?", ("tractor",)),
    ("How much machinery will Belarus sell?", ("machineri",)),
    ("How many Belarusian firms took part?", ("belarusian", "firm")),
    ("How many Belarusian students study in Pakistan?", ("belarusian", "student")),  # a verb after a plural noun
])
def test_what_a_count_question_counts_ends_at_its_verb(question: str, focus: tuple[str, ...]) -> None:
    assert analyse(question).focus == focus


def test_distractor_documents_do_not_reweigh_the_articles_words(article_bot: QABot) -> None:
    article = article_bot.retriever.chunks
    distractors = [Chunk(f"docs/{n}.md", "Python", "Strings", "Return a visit of the agreement object. " * 3,
                         ((0, 40),), 0) for n in range(500)]
    question = analyse("How many agreements were signed during the visit?")
    source = article[0].source
    alone = ExtractiveEngine(corpus_statistics(article), article_bot.words_like)
    among = ExtractiveEngine(corpus_statistics(article + distractors), article_bot.words_like)
    assert alone.weights(question, source) == among.weights(question, source)


@pytest.mark.parametrize(("question", "scripted_reply", "notice", "extractive"), [
    # "Belarus" is in the evidence shown, not in the sentence the answer is traced to
    ("Who presented Lukashenko with a photo album?", "The Prime Minister of Belarus presented an album.",
     "stated belarus", "Prime Minister also presented"),
    # every name is right, the claim is made up
    ("What is NLC?", "NLC is a multinational logistics company that ships goods across the world.",
     "sources it cites do not", "National Logistics Corporation"),
    # a denial the sources never make
    ("Who did Lukashenko invite to visit Belarus?", "Lukashenko did not invite Nawaz Sharif to visit Belarus.",
     "sources it cites do not", "Maryam Nawaz"),
    # a copy of the sentence before the answer, shown as context
    ("What plant for animal drugs was proposed?", "A business forum was organized, bringing together over 30 "
     "Belarusian companies and nearly 100 Pakistani counterparts.", "neighbouring sentence",
     "veterinary medicine facility"),
    # the person asked about is not the answer, though his first name is not in the question: the one
    # invited is the other party of the inviting
    ("What is the full name of the Prime Minister who invited Lukashenko?",
     "The full name of the Prime Minister who invited Lukashenko is Her Excellency Aleksandr Lukashenko.",
     "names the other party", "Muhammad Shehbaz Sharif"),
    # the names of one clause with the words of the other
    ("What did Munir thank Belarus for?", "Munir thanked Belarus for their role in combating terrorism and fostering "
     "regional stability.", "one clause", "global peace"),
    # "Pakistan" is in both clauses; the subject, Munir, is in one
    ("What did Munir appreciate?", "Munir appreciated the Pakistan Armed Forces' role in combating terrorism and "
     "fostering regional stability.", "one clause", "global peace"),
    # a description given to the one who gave it
    ("In the article, who is described as a great friend of Pakistan?", "The article describes Prime Minister "
     "Shehbaz Sharif as a great friend of Pakistan.", "gives a description to someone", "President Lukashenko"),
    # what the question's verb takes, in words its source does not use for it
    ("What did both governments pledge?", "Both governments pledged to encourage partnerships that promote business "
     "and trade.", "an object its sources do not", "private sector collaborations"),
    # a doer the source does not name: Lukashenko invited her
    ("What was Maryam Nawaz invited to do?", "Maryam Nawaz was invited by Prime Minister Shehbaz Sharif to visit "
     "Belarus.", "who did something", "Lukashenko invited"),
    # a doer in the active voice where its source names another: Lukashenko extended the invitation
    ("Lukashenko's invitations to Belarus", "The Prime Minister also extended an invitation to Prime Minister "
     "Shehbaz Sharif to visit Belarus.", "who did something", "Maryam Nawaz"),
    # a number of days the answering sentence does not give ("three-day"): its 30 are years, of ties, in another
    ("For how many days was Lukashenko in Pakistan?", "He paid an official visit of 30 days.", "supporting sentence",
     "The three-day visit"),
    # a length from the sentence after the answer: 30 years of ties, not of the visit
    ("How long did Lukashenko's trip to Pakistan last?", "30 years.", "supporting sentence", "25-27 November"),
    # a number said to be more where the evidence says less
    ("How many Pakistani companies attended the forum?", "Over 100 Pakistani companies attended.", "over 100",
     "nearly 100"),
    # one item of a list said to be another
    ("What facility for veterinary medicine was discussed?", "The facility discussed was a tractor plant in Pakistan.",
     "one item of a list", "veterinary medicine facility"),
    # talk about the prompt instead of an answer
    ("What did Lukashenko praise the Pakistan Armed Forces for?",
     "The sources mentioned in the question are General Asim Munir and President Lukashenko.", "no answer",
     "combating terrorism"),
    # an office of a country the document does not tie its holder to
    ("Who is Shehbaz Sharif?", "The Prime Minister of Belarus, Shehbaz Sharif.", "the prime minister of Belarus",
     "Prime Minister Shehbaz Sharif"),
    # the other party of the deed: Sharif hailed, Lukashenko was hailed
    ("Which leader was hailed as a great friend of Pakistan?", "Prime Minister Shehbaz Sharif.", "other party",
     "hailed President Lukashenko"),
    ("Who praised the Pakistan Armed Forces?", "General Asim Munir praised the Pakistan Armed Forces.", "other party",
     "President Lukashenko praised"),
    # an office the document gives someone else
    ("Who is the Prime Minister of Pakistan according to the article?",
     "The Prime Minister of Pakistan according to the article is Lukashenko.", "kind of answer asked for",
     "Shehbaz Sharif"),
    # names alone, when neither a person nor a place is asked for
    ("What did Belarus contribute to according to Munir?", "Belarus contributed to according to Lukashenko.",
     "without the answer", "global peace"),
    # a title where the sentence that answers names the person: the luncheon was hosted by Nawaz Sharif
    ("Who hosted the luncheon?", "The Belarusian president hosted the luncheon.", "names no one",
     "hosted by Nawaz Sharif"),
    # a third of its words its own, all of them common words
    ("What is the purpose of the roadmap?", "The purpose of the roadmap is to enhance bilateral ties by promoting "
     "collaboration in key sectors, including agriculture, technology, and industrial development.",
     "sources it cites do not", "structured framework"),
    # the question framed as a fact: the bundled model's answers to two probes
    ("What was the visit said to mark in bilateral relations?", "The visit said to mark in bilateral relations "
     "was the official visit of His Excellency President Aleksandr Lukashenko to Pakistan.",
     "restates the question's words", "turning point"),
    ("Why was the MoU with Beltamozhservice signed?", "The MoU with Beltamozhservice was signed to improve "
     "transportation routes and streamline trade efficiency.", "restates the question's words",
     "streamline transportation routes"),
    # the start of a range for its end: the bundled model's answer to a probe
    ("What year does the roadmap end?", "The roadmap ends in 2025.", "the wrong end of a range", "2025-2027"),
    ("By what year should the roadmap be completed?", "The roadmap should be completed by 2025.",
     "the wrong end of a range", "2025-2027"),
])
def test_an_llm_answer_its_cited_sentences_do_not_support_falls_back(article_bot: QABot, question: str,
                                                                     scripted_reply: str, notice: str,
                                                                     extractive: str) -> None:
    """A scripted chat model: no real model can be made to say these wrong answers on demand."""
    from langchain_core.language_models.fake_chat_models import GenericFakeChatModel
    from langchain_core.messages import AIMessage

    scripted = GenericFakeChatModel(messages=iter([AIMessage(scripted_reply)]))
    engine = LLMEngine(article_bot.extractive(), scripted, context_tokens=2048, max_tokens=96)
    asked = analyse(question)
    answer = engine.answer(asked, article_bot.retriever.search(asked.standalone))
    assert answer.engine == "extractive-fallback" and notice in (answer.notice or "") and extractive in answer.text


@pytest.mark.parametrize(("question", "scripted_reply"), [
    ("Why was the MoU with Beltamozhservice signed?",
     "The MoU is expected to streamline transportation routes, enhancing trade efficiency."),
    # the question's words, but as its source says them
    ("What is expected to streamline transportation routes?",
     "The signing of an MoU between Pakistan's National Logistics Corporation (NLC) and Belarus's Beltamozhservice "
     "is expected to streamline transportation routes, enhancing trade efficiency."),
])
def test_an_llm_answer_in_its_sources_words_is_kept(article_bot: QABot, question: str, scripted_reply: str) -> None:
    """A scripted chat model: the bundled one cannot be made to give this answer on demand."""
    from langchain_core.language_models.fake_chat_models import GenericFakeChatModel
    from langchain_core.messages import AIMessage

    scripted = GenericFakeChatModel(messages=iter([AIMessage(scripted_reply)]))
    engine = LLMEngine(article_bot.extractive(), scripted, context_tokens=2048, max_tokens=96)
    asked = analyse(question)
    answer = engine.answer(asked, article_bot.retriever.search(asked.standalone))
    assert answer.engine == "llm", answer.notice
    assert answer.text.startswith(scripted_reply.rstrip(".")) and answer.citations


@pytest.mark.parametrize(("scripted_rewrite", "standalone"), [
    ("How many companies from Pakistan attended the forum?", "How many companies from Pakistan attended the forum?"),
    # the follow-up given back unchanged: the deterministic rewrite keeps the conversation's subject
    ("And how many came from Pakistan?", "And how many came from Pakistan? (about: How many Belarusian companies "
                                         "attended the forum)"),
    # a name the conversation never used
    ("How many companies from Pakistan and India attended the forum?", "And how many came from Pakistan? (about: "
                                                                       "How many Belarusian companies attended the forum)"),
])
def test_an_llm_rewrite_of_a_follow_up_is_kept_only_when_it_adds_the_conversations_words(
        article_bot: QABot, scripted_rewrite: str, standalone: str) -> None:
    """A scripted chat model: the bundled one cannot be made to give these rewrites on demand."""
    from langchain_core.language_models.fake_chat_models import GenericFakeChatModel
    from langchain_core.messages import AIMessage

    history = exchange("How many Belarusian companies attended the forum?", "Over 30 Belarusian companies attended [1].")
    scripted = GenericFakeChatModel(messages=iter([AIMessage(scripted_rewrite)]))
    engine = LLMEngine(article_bot.extractive(), scripted, context_tokens=2048, max_tokens=96)
    assert engine.rewrite(analyse("And how many came from Pakistan?", history), history).standalone == standalone


def test_without_wordnet_synonyms_fall_back_to_word_vectors(monkeypatch: pytest.MonkeyPatch,
                                                             caplog: pytest.LogCaptureFixture) -> None:
    from qa_bot import thesaurus

    monkeypatch.setattr(thesaurus, "wordnet_dir", lambda: None)
    thesaurus.load_wordnet.cache_clear()
    try:
        assert thesaurus.synonyms_of("accord") == frozenset()
        assert "WordNet" in caplog.text
    finally:
        thesaurus.load_wordnet.cache_clear()


def test_acronyms_are_read_with_what_they_stand_for() -> None:
    from qa_bot.evidence import acronym_definitions

    text = ("They signed 15 agreements and memoranda of understanding (MoUs). The Pakistan Research Center "
            "for a Community with Shared Future (PRCCSF) and the (ABC) and Foo Bar (XYZ) are no definitions.")
    assert acronym_definitions(text) == {"MoUs": "memoranda of understanding",
                                         "PRCCSF": "Pakistan Research Center for a Community with Shared Future"}


def test_a_memorandum_question_is_answered_by_the_sentence_that_says_mou(article_bot: QABot) -> None:
    answer = article_bot.ask("What was the purpose of the NLC memorandum?")
    assert not answer.abstained and "streamline transportation" in answer.text


def test_top_k_for_one_question_leaves_the_shared_settings_alone(article_bot: QABot) -> None:
    question = "How many agreements and memoranda of understanding were signed?"
    before = article_bot.settings.top_k
    narrow = article_bot.retriever.search(question, k=1)
    assert len(narrow) < len(article_bot.retriever.search(question))
    answer = article_bot.ask(question, top_k=1)
    assert article_bot.settings.top_k == before and "15" in answer.text
    assert {c.passage for c in answer.citations} <= {hit.chunk.text for hit in narrow}


def test_bm25_does_not_rank_passages_that_hold_only_words_most_passages_hold(article_bot: QABot) -> None:
    # "Belarus" is in most passages: ranked by it, they would push out the one dense retrieval finds
    # by meaning ("farming equipment" is "agricultural machinery").
    question = "Which farming equipment will Belarus help produce?"
    assert article_bot.retriever.bm25_search(question, 40) == []
    assert any("mechanization of agriculture" in hit.chunk.text for hit in article_bot.retriever.search(question))
    # a word fewer passages hold still ranks them
    assert article_bot.retriever.bm25_search("Belarus tractor", 40)[0][0].text.count("tractor") == 1


@pytest.mark.parametrize(("question", "history", "expected"), [
    # a date range tells when the visit ended, and its end is no word a sentence must hold
    ("when did lukashenko leave pakistan", [], "25-27 November"),
    ("lukashenko arrival date", [], "25-27 November"),
    # what the question before asked for ("begin") is not what this one is about
    ("And when did it end?", exchange("When did Lukashenko's visit begin?", "It began on 25 November 2024 [1]."),
     "25-27 November"),
])
def test_a_date_range_tells_when_something_started_and_ended(article_bot: QABot, question: str,
                                                             history: list[dict[str, str]], expected: str) -> None:
    answer = article_bot.ask(question, history)
    assert not answer.abstained and expected in answer.text and "published" not in answer.text.lower()


def test_the_date_line_answers_only_when_the_document_came_out(article_bot: QABot) -> None:
    assert "29th November 2024" in article_bot.ask("When did the article come out?").text
    # the visit sentence does not say Islamabad; the day the article came out is no answer either
    assert article_bot.ask("When did the Belarusian president arrive in Islamabad?").abstained


def test_a_terse_query_or_a_request_for_a_topic_must_have_all_its_words_told(article_bot: QABot) -> None:
    assert analyse("belarus pakistan trade deficit").told == ("belarus", "pakistan", "trade", "deficit")
    assert analyse("price of belarusian tractors").told == ("price",)
    assert analyse("tell me about the nuclear deal").told == ("nuclear", "deal")
    assert analyse("any deals on oil?").told == ("oil",)
    assert analyse("What is the trade deficit?").told == ()  # a question says what it asks
    assert article_bot.ask("belarus pakistan trade deficit").abstained  # trade alone does not tell it
    assert article_bot.ask("tell me about the nuclear deal").abstained
    assert "veterinary medicine facility" in article_bot.ask("veterinary facility").text
    assert "extradition treaty" in article_bot.ask("tell me about the extradition treaty").text


def test_a_verb_leading_into_the_deed_need_not_be_said(article_bot: QABot) -> None:
    answer = article_bot.ask("What did the Belarusian side offer to share with Pakistan?")
    assert not answer.abstained and "advanced technologies" in answer.text
    # "expected to go" leads into no deed of its own: "expected" must still be told
    history = exchange("Who hosted the luncheon?", "Former Prime Minister Nawaz Sharif [1].")
    assert article_bot.ask("When is he expected to go?", history).abstained


def test_a_synonym_in_a_rare_sense_of_the_sentences_word_needs_close_vectors(article_bot: QABot) -> None:
    # "visit" means "impose" only in its fifth sense, and the two are far apart as vectors
    assert article_bot.ask("Why did Pakistan impose sanctions on Belarus?").abstained
    # "establishment" is "building" in establish's seventh sense, and close enough as a vector
    history = exchange("Was a tractor plant discussed?", "Yes, the forum discussed the establishment of a tractor plant [1].")
    assert "Pakistan" in article_bot.ask("Where will it be built?", history).text


def test_a_sentence_saying_the_opposite_of_a_question_word_does_not_answer(article_bot: QABot) -> None:
    # Belarus was "purchasing"; nothing was sold to it
    assert article_bot.ask("What did the Pakistani army sell to Belarus?").abstained
    assert "textile" in article_bot.ask("What did Lukashenko want to purchase?").text


def test_the_sentence_before_does_not_tell_the_deed(article_bot: QABot) -> None:
    # the sentence before the photo album is Lukashenko's invitation, not the Prime Minister's
    assert article_bot.ask("What did Shehbaz Sharif invite Maryam Nawaz to do?").abstained
    assert "visit Belarus" in article_bot.ask("What did Lukashenko invite Maryam Nawaz to do?").text


def test_what_a_who_did_what_deed_is_done_to_must_be_told(article_bot: QABot) -> None:
    assert analyse("Who received a medal?").told == ("medal",)
    assert analyse("Who met General Asim Munir?").told == ()  # a name has rules of its own
    assert article_bot.ask("Who received a medal?").abstained  # a photo album was given
    assert "Lukashenko" in article_bot.ask("Who received a photo album?").text


def test_a_verb_and_its_particle_are_matched_as_one_word(article_bot: QABot) -> None:
    # "talk about" is WordNet's "discuss": the luncheon where the president "discussed avenues"
    history = exchange("Who hosted the luncheon for Lukashenko?", "Former Prime Minister Nawaz Sharif [1].")
    assert "fond memories" in article_bot.ask("What did they talk about?", history).text


def test_a_follow_up_leans_on_the_things_of_the_question_before_not_on_its_deed(article_bot: QABot) -> None:
    # "talk" is no word the passage must hold: it says "explored"
    history = exchange("Did they talk about machinery?",
                       "Both sides explored the production of high-tech agricultural machinery [1].")
    answer = article_bot.ask("Which machinery specifically?", history)
    assert not answer.abstained and "agricultural machinery" in answer.text


def test_she_stands_for_a_woman_named_before(article_bot: QABot) -> None:
    history = exchange("Who did Lukashenko invite to Belarus?",
                       "Nawaz Sharif, Prime Minister Shehbaz Sharif, and Punjab Chief Minister Maryam Nawaz [1].")
    answer = article_bot.ask("What did she say?", history)
    # the article says nothing she said, and what Shehbaz Sharif said is no answer
    assert "Maryam Nawaz" in answer.standalone_question and answer.abstained
    assert "Shehbaz Sharif" in article_bot.ask("What did he say?", history).standalone_question

    def similarity(word: str, name: str) -> float:
        return article_bot.extractive().words_like.best_match(word, [name])

    names = ["Nawaz Sharif", "Punjab Chief Minister Maryam Nawaz"]
    assert agreeing(names, "What did she say?", similarity) == ["Punjab Chief Minister Maryam Nawaz"]
    assert agreeing(names, "What did he say?", similarity) == ["Nawaz Sharif"]
    assert agreeing(["Nawaz Sharif"], "What did she say?", similarity) == ["Nawaz Sharif"]  # none agrees: a guess


def test_an_adjective_said_otherwise_of_the_nouns_synonym_does_not_answer(article_bot: QABot) -> None:
    # the treaty signed was an "extradition treaty": no "free trade agreement"
    assert article_bot.ask("Did the two countries sign a free trade agreement?").abstained
    # "first" is which event in time, which the qualifiers check: the visit "witnessed a beginning"
    assert "delegation-level talks" in article_bot.ask("What was the first event of the three-day visit?").text


@pytest.mark.parametrize(("asked", "read"), [
    ("who is maryam nawaz", "who is Maryam Nawaz"),  # names written as the documents write them
    ("WHEN DID THE VISIT TAKE PLACE?", "when did the visit take place?"),  # capitals are no names
    ("what did the sco discuss", "what did the SCO discuss"),
    ("notably, what was signed?", "notably, what was signed?"),  # an English word that starts a sentence
    # a word the documents do not use is corrected to a common English one; not a name to a drug or a country
    ("when did lukashenko arive", "when did Lukashenko arrive"),
    ("did lukashenko meet imran khan", "did Lukashenko meet imran khan"),
    ("whats the roadmap period", "what is the roadmap period"),  # question words typed short
    ("wat did belarus join", "what did Belarus join"),
])
def test_a_question_in_one_case_is_read_with_the_documents_names(article_bot: QABot, asked: str, read: str) -> None:
    assert article_bot.extractive().corrected(asked) == read


def test_a_question_in_capitals_is_answered(article_bot: QABot) -> None:
    assert "25-27 November 2024" in article_bot.ask("WHEN DID THE VISIT TAKE PLACE?").text
    # "pakistan" is the country: Lukashenko is no president of it
    assert article_bot.ask("who is the president of pakistan").abstained


def test_a_size_is_a_number_that_counts_what_is_asked_about(article_bot: QABot) -> None:
    assert article_bot.ask("How large is the Belarusian army?").abstained  # "the two sides" count no army
    assert "over 30 Belarusian companies" in article_bot.ask("How big was the business forum?").text


def test_how_long_an_answer_is_to_be_is_no_topic(article_bot: QABot) -> None:
    assert analyse("Give a short summary of the visit.").own_terms == ("visit",)
    assert "defense cooperation" in article_bot.ask("Summarize the defense talks.").text


def test_an_adjective_says_the_noun_it_pertains_to(article_bot: QABot) -> None:
    from qa_bot.thesaurus import pertains_to

    assert pertains_to("parliamentary") == {"parliament"} and "law" in pertains_to("legal")
    assert "call" not in pertains_to("vocational")  # the link is between words: "vocation", not its synonyms
    # "the two countries" of the question before are the passage's "both nations"
    history = exchange("Did the two countries discuss cooperation beyond trade?",
                       "Yes, the collaboration extends beyond trade and economy [1].")
    assert "inter-parliamentary" in article_bot.ask("What did they agree on regarding parliaments?", history).text


def test_a_noun_another_country_owns_is_not_the_one_asked_about(article_bot: QABot) -> None:
    from qa_bot.answer import owned_nouns

    assert owned_nouns("the Pakistan Armed Forces for their role") == (("pakistan", stem("forces")),)
    assert owned_nouns("Which Pakistani companies attended?") == (("pakistan", stem("companies")),)
    # the Pakistan Armed Forces were praised; Lukashenko's commending Pakistan's leadership says nothing of forces
    assert article_bot.ask("Which leader praised the Belarusian armed forces?").abstained
    assert "Lukashenko" in article_bot.ask("Which leader praised the Pakistani armed forces?").text
    # what is counted is matched by what it is called: "nearly 100 Pakistani counterparts"
    assert "nearly 100" in article_bot.ask("How many Pakistani companies attended the business forum?").text


def test_what_a_person_owns_is_read_apart_from_their_deeds_offices_and_stances(article_bot: QABot) -> None:
    from qa_bot.answer import is_attribute, named_possessions

    def attributes_asked(question: str) -> list[tuple[str, str]]:
        return [(owner, noun) for owner, noun in named_possessions(question) if is_attribute(noun)]

    assert attributes_asked("What is Maryam Nawaz's political party?") == [("nawaz", "party")]
    assert attributes_asked("What is Lukashenko's wife's name?") == [("lukashenko", "wife")]
    # told in other words: her office by "Punjab Chief Minister", his deeds by what he did
    for question in ("What is Maryam Nawaz's job?", "What is Khalid Taimur Akram's position?",
                     "How long did Lukashenko's stay last?", "What was Lukashenko's message about terrorism?",
                     "What was Pakistan's stance?"):
        assert attributes_asked(question) == [], question
    # a thing is meant in its common senses: her party is no band of people, which "companies" may be
    history = exchange("Who is Maryam Nawaz?", "Punjab Chief Minister Maryam Nawaz [1].")
    assert article_bot.ask("What is her party?", history).abstained
    # what a person owns is told where they are named: the byline's three names are the author's
    assert article_bot.ask("What is Lukashenko's middle name?").abstained
    assert "Executive Director" in article_bot.ask("What is Khalid Taimur Akram's position?").text


def test_a_former_office_holder_may_be_told_so_a_sentence_before(article_bot: QABot) -> None:
    # "... former Prime Minister Nawaz Sharif. During a luncheon hosted by Nawaz Sharif, ..."
    assert analyse("Which former prime minister hosted a luncheon?").told == ("luncheon",)
    assert "luncheon hosted by Nawaz Sharif" in article_bot.ask("Which former prime minister hosted a luncheon?").text


def test_naming_someone_as_something_calls_them_it(article_bot: QABot) -> None:
    # "hailed President Lukashenko as a great friend": what the premier called him
    assert "great friend" in article_bot.ask("What did the Pakistani premier call the Belarusian leader?").text
    # what he is said to be called must be said
    assert analyse("Which Belarusian leader was called a traitor by Pakistan?").told == ("traitor",)
    assert article_bot.ask("Which Belarusian leader was called a traitor by Pakistan?").abstained


def test_a_period_of_years_tells_when_it_ends_but_not_other_deeds(article_bot: QABot) -> None:
    assert "2025-2027" in article_bot.ask("When will the roadmap end?").text
    assert article_bot.ask("When will the roadmap be reviewed?").abstained


def test_a_pronoun_stands_for_no_organization(article_bot: QABot) -> None:
    history = [{"role": "user", "content": "Who wrote the article?"},
               {"role": "assistant", "content": "By Mr. Khalid Taimur Akram, Executive Director, Pakistan Research Center for "
                                                "a Community with Shared Future (PRCCSF), Islamabad [1]"}]
    assert "Pakistan Research Center" not in referents("What is his nationality?", history)
    # his nationality is not said; "the two nations" of another sentence are not his
    assert article_bot.ask("What is his nationality?", history).abstained


def test_the_person_a_pronoun_stands_for_must_do_the_deed(article_bot: QABot) -> None:
    # "thank" is close to "welcome" as a vector; the welcome ceremony names no General Asim Munir
    history = exchange("Who is the Chief of Army Staff?", "General Asim Munir [1].")
    assert "welcome ceremony" not in article_bot.ask("What did he thank Belarus for?", history).text


def test_a_kind_of_person_is_answered_by_one_the_sentence_calls_so(article_bot: QABot) -> None:
    # no one is called a journalist or a naval commander
    assert article_bot.ask("Which journalists covered the visit?").abstained
    assert article_bot.ask("With which naval commander did Lukashenko hold talks?").abstained
    # a president is a leader, and an official is anyone in office
    assert "Lukashenko" in article_bot.ask("Which leader commended Pakistan's pragmatic leadership?").text
    assert "Asim Munir" in article_bot.ask("Which official discussed defense manufacturing with Lukashenko?").text


def test_what_a_yes_no_deed_is_done_to_must_be_told(article_bot: QABot) -> None:
    assert analyse("Did Lukashenko visit a mosque?").told == ("mosque",)
    assert analyse("Who paid for the luncheon?").told == ("luncheon",)  # past the preposition
    assert article_bot.ask("Did Lukashenko visit a mosque?").abstained  # he visited Pakistan
    assert article_bot.ask("Who paid for the luncheon?").abstained  # he "paid an official visit"
    assert "regional security" in article_bot.ask("Did the leaders discuss regional security?").text


def test_a_bylines_office_is_held_by_the_name_before_it_of_the_body_after_it(article_bot: QABot) -> None:
    byline = "By Mr. Khalid Taimur Akram, Executive Director, Pakistan Research Center for Peace (PRCFP), Islamabad"
    assert offices(byline) == [Office("director", "prcfp", "akram", frozenset({"khalid", "taimur", "akram"}))]
    assert "Khalid Taimur Akram" in article_bot.ask("Who is the Executive Director of PRCCSF?").text
    # "Executive" ranks the office; it owns nothing
    assert "PRCCSF" in article_bot.ask("Which organisation does the author lead as Executive Director?").text


def test_the_role_something_plays_is_what_it_does(article_bot: QABot) -> None:
    assert analyse("What role will universities play?").own_terms == ("universiti",)
    assert "joint research projects" in article_bot.ask("What role will universities play?").text


def test_a_follow_up_on_the_leaders_leans_on_no_one_in_particular(article_bot: QABot) -> None:
    # the passage says "Prime Minister" and "President", never "leaders"
    history = exchange("Did the leaders sign anything?", "Yes, 15 agreements and MoUs [1].")
    assert "15" in article_bot.ask("How many agreements?", history).text


def test_a_quotation_gives_a_theme_or_title(article_bot: QABot) -> None:
    assert "Doing Business with Each Other" in article_bot.ask("What was the theme of the proposed seminars?").text


def test_him_beside_he_is_someone_else() -> None:
    history = exchange("Who is the Prime Minister of Pakistan?", "Muhammad Shehbaz Sharif [1].")
    assert analyse("What did he give him?", history).standalone.startswith("What did Muhammad Shehbaz Sharif give him?")
    history = exchange("Who visited Pakistan?", "President Aleksandr Lukashenko [1].")
    assert analyse("Who invited him?", history).standalone == "Who invited President Aleksandr Lukashenko?"


def test_a_person_owns_no_office_in_a_terse_query(article_bot: QABot) -> None:
    assert "Asim Munir" in article_bot.ask("Lukashenko army chief meeting").text
    assert article_bot.ask("Belarus army chief meeting").abstained  # the army chief met is Pakistan's


def test_a_named_persons_deed_is_not_told_by_anothers(article_bot: QABot) -> None:
    # Lukashenko "paid an official visit" at Sharif's invitation; Sharif visited no one
    assert article_bot.ask("When did Shehbaz Sharif visit Belarus?").abstained
    assert "25-27 November" in article_bot.ask("When did Lukashenko visit Pakistan?").text
    # two doers of one deed: "Prime Minister Shehbaz Sharif and H.E President Lukashenko signed"
    assert "15 agreements" in article_bot.ask("What did Shehbaz Sharif sign?").text


def test_a_yes_no_questions_count_is_answered_by_the_documents_count(article_bot: QABot) -> None:
    assert "15 agreements" in article_bot.ask("Were 20 agreements signed during the visit?").text
    assert "15 agreements" in article_bot.ask("Is it true that the two countries signed fifty agreements?").text
    assert article_bot.ask("Did Lukashenko visit Pakistan in 2019?").abstained  # a year is another event


def test_what_the_document_or_its_author_says_about_a_topic_asks_about_the_topic(article_bot: QABot) -> None:
    assert analyse("What does the article say about trade volumes?").told == ("trade", "volumes")
    assert article_bot.ask("What does the article say about trade volumes?").abstained
    assert "evolving partnership" in article_bot.ask("What does the author conclude about the partnership?").text
    assert "highlighted the commitment" in article_bot.ask(
        "What is the significance of the Roadmap for Comprehensive Cooperation?").text


def test_a_noun_after_an_article_narrows_the_next_though_it_may_be_a_verb(article_bot: QABot) -> None:
    assert noun_compounds("What happened at the press conference?") == (("press", "conference"),)
    assert noun_compounds("Which exchanges will the two countries expand?") == ()
    # after a preposition as after an article, unless it may be an adjective: "future" ventures
    assert noun_compounds("Is there cooperation in space research?") == (("space", "research"),)
    assert noun_compounds("Which sectors are named for future joint ventures?") == ()
    # seminars are a kind of conference, and no press conference
    assert article_bot.ask("What happened at the press conference?").abstained


def test_who_was_present_asks_who_attended(article_bot: QABot) -> None:
    assert "Nawaz Sharif" in article_bot.ask("Who was present at the luncheon besides Lukashenko?").text


def test_measures_are_no_kind_of_answer(article_bot: QABot) -> None:
    assert "Doing Business" in article_bot.ask("What private sector measures did both governments pledge?").text


def test_what_it_stands_for_asks_about_the_acronym_the_conversation_gave(article_bot: QABot) -> None:
    history = exchange("What organization did Belarus join?", "The SCO [1].")
    assert analyse("What does it stand for?", history).standalone == "What does SCO stand for?"
    assert "Shanghai Cooperation Organization" in article_bot.ask("What does it stand for?", history).text


def test_a_request_to_name_or_list_asks_which_ones(article_bot: QABot) -> None:
    assert answer_noun("Name the Belarusian companies at the forum.", Kind.OTHER) == "companies"
    assert answer_noun("Name some cultural activities the countries will promote.", Kind.OTHER) == "activities"
    assert answer_noun("Name a few of the Belarusian companies.", Kind.OTHER) == "companies"
    assert article_bot.ask("Name the Belarusian companies at the forum.").abstained  # "over 30" names none
    assert "music" in article_bot.ask("Name some cultural activities the countries will promote.").text


def test_how_much_trade_asks_for_a_sum(article_bot: QABot) -> None:
    assert classify("how much is the trade between them") == Kind.AMOUNT
    # "the two nations agreed to reduce barriers" counts nations, not trade
    assert article_bot.ask("how much is the trade between Pakistan and Belarus").abstained


def test_a_bare_plural_between_a_preposition_and_a_verb_names_no_one_in_particular(article_bot: QABot) -> None:
    history = exchange("Were joint research projects planned?", "Yes, joint research projects between universities [1].")
    assert article_bot.ask("Which universities?", history).abstained
    assert "Beltamozhservice" in article_bot.ask("Which Belarusian company signed an MoU with NLC?").text


def test_a_choice_is_answered_by_the_sentence_that_tells_one_of_them(article_bot: QABot) -> None:
    assert analyse("Was the visit a state visit or an official visit?").alternatives == (
        frozenset({"state", "visit"}), frozenset({"offici", "visit"}))
    assert "official visit" in article_bot.ask("Was the visit a state visit or an official visit?").text
    assert article_bot.ask("Was the visit a state visit or a secret visit?").abstained
    # the first choice starts after a dash or comma; "the nature of" a thing says nothing of its kind
    question = "What was the nature of Lukashenko's visit - state or official?"
    assert analyse(question).alternatives == (frozenset({"state"}), frozenset({"offici"}))
    assert "official visit" in article_bot.ask(question).text


def test_who_did_it_for_a_country_asks_for_a_person(article_bot: QABot) -> None:
    history = exchange("What did NLC sign?", "An MoU with Beltamozhservice [1].")
    assert article_bot.ask("Who signed it for Belarus?", history).abstained  # Beltamozhservice is no person
    assert "Nawaz Sharif" in article_bot.ask("Who hosted a luncheon for Lukashenko?").text  # for a person


def test_its_purpose_asks_what_the_conversations_thing_is_for(article_bot: QABot) -> None:
    history = exchange("What MoU did NLC sign?", "An MoU with Beltamozhservice [1].")
    assert "streamline transportation" in article_bot.ask("What is its purpose?", history).text


def test_a_deed_said_by_its_noun_is_as_near_as_its_verb(article_bot: QABot) -> None:
    assert verbs_named(["appreciation", "invitation", "establishment", "peace"]) == ["appreciate", "invite", "establish"]
    history = exchange("Who is the Chief of Army Staff?", "General Asim Munir [1].")
    assert "appreciation" in article_bot.ask("What did he thank Belarus for?", history).text


def test_a_reduced_passive_has_its_doer_after_by(article_bot: QABot) -> None:
    assert named_around("During a luncheon hosted by Nawaz Sharif, the president spoke.", "host") is None
    assert "luncheon hosted by Nawaz Sharif" in article_bot.ask("How did Nawaz Sharif host Lukashenko?").text


def test_the_noun_after_which_is_asked_for_though_it_may_be_a_verb(article_bot: QABot) -> None:
    history = exchange("How many agreements were signed?", "15 agreements, in sectors such as trade and health [1].")
    answer = article_bot.ask("which sectors?", history)
    assert "(about: How many agreements were signed)" in answer.standalone_question and "e-commerce" in answer.text


def test_a_who_question_is_answered_by_he_after_the_sentence_naming_him(article_bot: QABot) -> None:
    answer = article_bot.ask("Who expressed interest in Pakistani textile products?")
    assert "President Lukashenko commended" in answer.text and "He specifically expressed interest" in answer.text


def test_what_the_thing_on_something_is_asks_for_that_thing(article_bot: QABot) -> None:
    assert analyse("What is the tariff on Pakistani textiles?").answer_noun == "tariff"
    assert article_bot.ask("What is the tariff on Pakistani textiles?").abstained


@pytest.mark.parametrize("request_", ["Describe the nuclear deal.", "Give me the price of a Belarusian tractor.",
                                      "Show me the trade figures."])
def test_a_request_to_describe_or_give_a_topic_needs_the_topic_told(article_bot: QABot, request_: str) -> None:
    assert article_bot.ask(request_).abstained


def test_whom_someone_did_something_to_needs_the_deed_told(article_bot: QABot) -> None:
    # the photo album presented after "Lukashenko invited Nawaz Sharif" is no invitation by Nawaz Sharif
    assert article_bot.ask("Whom did Nawaz Sharif invite to Belarus?").abstained
    history = exchange("Who hosted a luncheon for Lukashenko?", "A luncheon hosted by Nawaz Sharif [1].")
    answer = article_bot.ask("Whom did he invite to Belarus?", history)
    assert answer.standalone_question == "Whom did Lukashenko invite to Belarus?" and "Maryam Nawaz" in answer.text


def test_a_terse_querys_names_and_times_need_not_be_told_in_the_sentence(article_bot: QABot) -> None:
    assert query_topic("Belarus Pakistan extradition treaty") == ("extradition", "treaty")
    assert query_topic("Islamabad weather november") == ("weather",)
    assert "included an extradition treaty" in article_bot.ask("belarus pakistan extradition treaty").text
    assert article_bot.ask("islamabad weather november").abstained  # not "Published on 29th November 2024"


def test_anyone_is_no_word_to_find(article_bot: QABot) -> None:
    assert "anyone" in STOPWORDS
    assert "Asim Munir" in article_bot.ask("Did Lukashenko meet anyone from the military?").text


def test_what_a_question_opens_with_that_asks_nothing_is_left_out() -> None:
    assert without_preamble("Fact check: did the two leaders sign 15 agreements?") == "Did the two leaders sign 15 agreements?"
    # a claim with a tag after it asks whether it is so
    assert analyse("I heard they signed 20 deals, right?").standalone == "Did they sign 20 deals?"
    assert analyse("The visit lasted a week, didn't it?").standalone == "Did the visit last a week?"
    assert analyse("I read that , right?").standalone == "Did I read that?"  # no claim past the hearsay
    assert without_preamble("I'm a farmer in Punjab; does the article mention tractors?") == "Does the article mention tractors?"
    assert without_preamble("Before my exam tomorrow, can you remind me who hosted the luncheon?") == \
        "Can you remind me who hosted the luncheon?"
    # a claim put before "is that true?" is what is asked; hearsay leaves the statement a question goes on from
    assert without_preamble("I read that 20 agreements were signed. Is that what the article reports?") == \
        "Is it true that 20 agreements were signed?"
    assert without_preamble("My uncle says the leaders met the army chief. What did they discuss?") == \
        "the leaders met the army chief. What did they discuss?"
    # a topic the asker names is what the question is about; an apology asks nothing
    assert without_preamble("I'm curious about the business forum, who took part?") == \
        "Regarding the business forum, who took part?"
    assert without_preamble("Sorry if this is obvious, but what is the SCO?") == "What is the SCO?"
    # what the asker wants the answer for asks nothing either
    assert without_preamble("For a school project: what is the population of Belarus?") == \
        "What is the population of Belarus?"
    assert without_preamble("In one sentence, what was the visit about?") == "What was the visit about?"
    # nor does a label naming who asks, the first person written without its apostrophe, or how long to answer
    assert without_preamble("Student question: what is the roadmap's time frame?") == "What is the roadmap's time frame?"
    assert without_preamble("im writing an essay - when was lukashenko in pakistan?") == "When was lukashenko in pakistan?"
    assert without_preamble("Summarize the visit in two sentences.") == "Summarize the visit."
    # what narrows the question, or asks a question of its own, stays
    for kept in ("In November 2024, who visited Pakistan?", "Lukashenko: when did he arrive?",
                 "Defense question: who did Lukashenko meet?",
                 "Tell me about the forum. Who attended?", "When was the visit, and who invited him?"):
        assert without_preamble(kept) == kept


@pytest.mark.parametrize(("question", "expected"), [
    ("please tell me the dates of the visit, thanks!", "25-27 November 2024"),
    ("ok last one: who wrote this?", "Khalid Taimur Akram"),
    # the gist of a topic is what the documents say of it; the part of the document about it too
    ("What are the key takeaways on trade?", "reduce trade challenges"),
    ("What's the gist of the SCO section?", "Shanghai Cooperation Organization"),
    ("What was the overall outcome of the visit?", "signed 15 agreements"),
    ("I read that 20 agreements were signed. Is that what the article reports?", "signed 15 agreements"),
    ("Somebody told me the visit lasted a week. How long was it according to the article?", "three-day visit"),
    ("I'm writing a report and need to know how many MoUs and agreements were signed in total.", "signed 15"),
    # to occur is to take place: the year the visit did is its date
    ("In what year did this visit occur?", "2024"),
    ("We're a university in Lahore. What academic cooperation was planned?", "joint research projects"),
    ("Before my exam tomorrow, can you remind me which Pakistani politicians got invitations to Belarus?",
     "Punjab Chief Minister Maryam Nawaz"),
])
def test_a_question_is_answered_without_who_asks_why_and_how_politely(article_bot: QABot, question: str, expected: str) -> None:
    assert expected in article_bot.ask(question).text


def test_the_thing_asked_of_another_must_be_told(article_bot: QABot) -> None:
    assert thing_asked_of("What was the menu at the luncheon?") == ("menu",)
    assert article_bot.ask("What was the menu at the luncheon?").abstained
    # a title is given in other words; a purpose or an outcome too, but the thing it is of must be told
    assert thing_asked_of("What is the title of the roadmap?") == ()
    assert thing_asked_of("What are the goals of the 15 agreements?") == ("agreements",)
    assert thing_asked_of("What were the outcomes for academic cooperation?") == ("cooperation",)
    # up to a name that opens a clause
    assert thing_asked_of("What was the purpose of the seminars Belarus and Pakistan plan to hold?") == ("seminars",)
    # ... or asked of its owner; not the owner after "of", which only places the thing asked
    assert thing_asked_of("What is Beltamozhservice's headquarters?") == ("headquarters",)
    assert thing_asked_of("What is the tractor plant's capacity?") == ("capacity",)
    assert thing_asked_of("What was the visit's purpose?") == ()
    assert thing_asked_of("What were the main outcomes of Lukashenko's trip?") == ()


def test_what_the_author_predicts_is_what_the_document_says(article_bot: QABot) -> None:
    assert "boost industrial growth" in article_bot.ask("What does the author predict for industrial growth?").text


def test_a_choice_that_repeats_its_preposition_is_still_a_choice(article_bot: QABot) -> None:
    assert alternatives("Was Maryam Nawaz invited to Belarus or to Russia?") == (frozenset({"belarus"}), frozenset({"russia"}))
    assert "Maryam Nawaz to visit Belarus" in article_bot.ask("Was Maryam Nawaz invited to Belarus or to Russia?").text


def test_a_yes_no_question_that_says_a_day_asks_when(article_bot: QABot) -> None:
    answer = article_bot.ask("Was the visit in October 2024?")
    assert answer.standalone_question == "When was the visit?" and "25-27 November 2024" in answer.text
    assert article_bot.ask("Did Shehbaz Sharif visit Belarus in December?").abstained  # no day told of it


def test_the_section_about_a_topic_is_the_topic_but_taking_part_is_no_section() -> None:
    assert analyse("What does the trade paragraph say about seminars?").text == "What does the trade say about seminars?"
    # taking part is participating, in the one word the sentences' verbs are matched to
    assert analyse("Did the general take part in the forum?").text == "Did the general participate in the forum?"


def test_a_role_after_as_is_no_thing_the_deed_is_done_to(article_bot: QABot) -> None:
    assert object_head("Did Belarus join the SCO as an observer?") == ()
    assert "as a full member" in article_bot.ask("Did Belarus join the SCO as an observer?").text


def test_a_question_that_asks_two_things_is_split_in_two() -> None:
    assert question_parts("Who invited Lukashenko and when did he visit?") == ["Who invited Lukashenko?",
                                                                                "When did he visit?"]
    assert question_parts("When and where did the welcome take place?") == ["When did the welcome take place?",
                                                                             "Where did the welcome take place?"]
    assert question_parts("How many years of ties were celebrated, and when?") == [
        "How many years of ties were celebrated?", "When?"]
    # "and" between names or nouns joins no two questions
    for single in ("What did Lukashenko and Munir each praise?", "How many Belarusian and Pakistani companies came?"):
        assert question_parts(single) == [single]


def test_each_part_of_a_two_part_question_is_answered_and_cited(article_bot: QABot) -> None:
    answer = article_bot.ask("Who invited Lukashenko and when did he visit?")
    assert "at the invitation of Prime Minister Muhammad Shehbaz Sharif" in answer.text
    assert answer.standalone_question.startswith("Who invited Lukashenko? When did")
    answer = article_bot.ask("Where was the welcome ceremony, and who hosted the luncheon?")
    assert "Prime Minister's House" in answer.text and "hosted by Nawaz Sharif" in answer.text
    markers = {int(n) for n in re.findall(r"\[(\d+)\]", answer.text)}
    assert markers == {c.marker for c in answer.citations} == set(range(1, len(answer.citations) + 1))
    assert all(c.sentence in c.passage for c in answer.citations)


def test_a_part_left_unanswered_is_said_without_its_claims(article_bot: QABot) -> None:
    answer = article_bot.ask("Who invited Lukashenko and when did Zorvex arrive?")
    assert not answer.abstained and answer.text.endswith(PARTLY_ANSWERED) and "Shehbaz Sharif" in answer.text
    assert ungrounded(answer.text, " ".join(c.sentence for c in answer.citations)) == []
    assert article_bot.ask("When did Zorvex arrive and who met Quillon?").abstained


def test_who_did_it_to_someone_is_not_answered_by_their_own_deed(article_bot: QABot) -> None:
    answer = article_bot.ask("Who invited Lukashenko?")
    assert "at the invitation of Prime Minister" in answer.text and "Lukashenko invited" not in answer.text
    # a clause after the deed names someone else: "the invitation that brought Lukashenko"
    assert not article_bot.ask("Who extended the invitation that brought Lukashenko to Pakistan?").abstained


def test_a_journey_to_a_named_place_is_read_as_a_visit_and_only_a_travellers() -> None:
    assert analyse("Why did Lukashenko go to Pakistan?").standalone == "Why did Lukashenko visit Pakistan?"
    assert analyse("Which country's president came to Pakistan?").standalone == "Which country's president visited Pakistan?"
    assert "go to Belarus" in analyse("What percentage of Pakistan's exports go to Belarus?").standalone
    assert analyse("Did he go to the forum?").standalone == "Did he attend the forum?"  # no named place: a gathering


def test_a_preposition_of_several_words_is_no_topic() -> None:
    assert analyse("What did Belarus offer Pakistan in terms of technology?").own_terms == (
        "belarus", "offer", "pakistan", "technolog")


def test_a_word_used_as_a_verb_names_no_thing_and_the_title_names_no_one_in_a_sentence(article_bot: QABot) -> None:
    # "economies present a natural synergy": "present" is a verb there, no gift; and the title's
    # "Lukashenko" does not make the sentence about him
    for question in ("What was presented to Lukashenko?", "wat gift was given to lukashenko"):
        answer = article_bot.ask(question)
        assert "photo album" in answer.text and "synergy" not in answer.text


def test_what_a_deed_is_done_to_must_be_told_in_where_and_when_questions_too() -> None:
    assert analyse("Where did Lukashenko and Nawaz Sharif have lunch?").told == ("lunch",)
    assert analyse("When did they sign the agreements?").told == ("agreements",)
    # "take place" is one verb, and "the years 2025 to 2027" are told by their numbers
    assert analyse("When did the forum take place?").told == ()
    assert analyse("Which plan covers the years 2025 to 2027?").told == ()


def test_a_noun_before_the_verb_of_an_event_is_part_of_the_subject() -> None:
    assert predicate("Where did the official welcome take place?") == ("take", "the official welcome")
    assert classify("What were the visit's dates?") == Kind.DATE


def test_talks_held_with_someone_are_a_meeting_and_asking_someone_to_come_an_invitation(article_bot: QABot) -> None:
    assert analyse("Which Pakistani military leader held talks with Lukashenko?").standalone == \
        "Which Pakistani military leader met with Lukashenko?"
    assert analyse("Did Lukashenko hold talks with the army chief?").standalone == "Did Lukashenko meet with the army chief?"
    assert analyse("Who asked Lukashenko to come?").standalone == "Who invited Lukashenko to come?"
    assert analyse("What did Lukashenko ask for?").standalone == "What did Lukashenko ask for?"  # no coming
    assert "Asim Munir" in article_bot.ask("Which Pakistani military leader held talks with Lukashenko?").text
    assert "at the invitation of" in article_bot.ask("Who asked Lukashenko to come?").text


def test_the_verb_is_no_noun_and_an_office_stands_for_its_holder_as_giver(article_bot: QABot) -> None:
    # "the Pakistani premier present": "present" is the verb, and "the Prime Minister" who presented is the premier
    question = analyse("What did the Pakistani premier present?")
    assert question.verb == "present" and question.modified == () and question.compounds == ()
    assert "photo album" in article_bot.ask("What keepsake did the Pakistani premier present?").text
    assert article_bot.ask("What did the Belarusian president present?").abstained


def test_the_first_of_two_plural_nouns_is_what_is_counted() -> None:
    assert count_focus("How many pacts and memoranda were inked?") == ("pact",)
    assert count_focus("How many Belarusian and Pakistani companies attended?") == ("belarusian", "pakistani", "compani")


def test_a_plural_acronym_names_no_organization(article_bot: QABot) -> None:
    # "MoUs" is no university
    assert article_bot.ask("Which universities signed research agreements?").abstained
    assert "Beltamozhservice" in article_bot.ask("Which company signed an MoU with NLC?").text


def test_a_why_question_gets_the_reason_the_next_sentence_gives_for_the_deed(article_bot: QABot) -> None:
    answer = article_bot.ask("Why did Pakistan and Belarus agree to expand cultural exchanges?")
    assert "promote cultural exchanges" in answer.text and "people-to-people connections" in answer.text


def test_after_did_or_will_the_verb_is_in_its_base_form() -> None:
    assert predicate("How many years did the diplomatic ties span?") == ("span", "the diplomatic ties")
    assert predicate("How many jobs will the joint ventures create?") == ("create", "the joint ventures")


def test_how_many_years_something_spans_asks_how_long(article_bot: QABot) -> None:
    assert classify("How many years does the roadmap span?") == Kind.DURATION
    assert classify("For how many days did he stay?") == Kind.DURATION
    assert classify("How many years of diplomatic ties were celebrated?") == Kind.COUNT
    assert "2025-2027" in article_bot.ask("How many years does the Roadmap span?").text


def test_a_count_is_of_the_thing_asked_in_its_common_sense_and_not_of_its_kin(article_bot: QABot) -> None:
    assert article_bot.ask("How many jobs will the joint ventures create?").abstained  # companies are no jobs
    assert "over 30 Belarusian companies" in article_bot.ask("How many firms from Belarus attended the forum?").text
    assert "three-day" not in article_bot.ask("How many years does the roadmap for comprehensive cooperation cover?").text


def test_a_terse_query_asks_for_a_title_or_partner_and_its_place_or_time_says_where_or_when(article_bot: QABot) -> None:
    assert query_topic("weather islamabad november") == ("weather",)
    assert query_topic("seminar title") == ("seminar",)
    assert article_bot.ask("weather islamabad november").abstained
    assert "Doing Business with Each Other" in article_bot.ask("seminar title").text
    assert "Beltamozhservice" in article_bot.ask("NLC partner").text
    assert "nearly 100 Pakistani counterparts" in article_bot.ask("hw many pak companies at forum").text


def test_whether_someone_was_at_an_event_is_told_only_by_a_sentence_that_names_the_event(article_bot: QABot) -> None:
    assert presence_place("Were Nawaz Sharif and Maryam Nawaz at the luncheon?") == ("luncheon",)
    assert presence_place("Was the visit in November?") == ()  # no one named: not a question of presence
    assert article_bot.ask("Was Asim Munir at the business forum?").abstained  # he is named at a meeting
    assert "welcome ceremony" in article_bot.ask("Was Lukashenko at the welcome ceremony?").text


def test_a_noun_before_of_is_the_subjects_and_a_total_number_asks_a_count(article_bot: QABot) -> None:
    assert predicate("What was the total number of accords concluded?") == ("concluded", "the total number of accords")
    assert "signed 15 agreements" in article_bot.ask("What was the total number of accords concluded?").text


def test_an_army_chief_in_other_words_and_a_capitals_leader_are_known(article_bot: QABot) -> None:
    # "top" has "sides" for an opposite, which no office's word should be held to
    assert "Asim Munir" in article_bot.ask("Who is Pakistan's top army officer named in the piece?").text
    assert "combating terrorism" in article_bot.ask("What did Minsk's leader commend the Pakistani military for?").text


def test_years_of_something_tell_how_long_it_has_lasted_and_nothing_else(article_bot: QABot) -> None:
    assert "three decades of friendship" in article_bot.ask("How long have the two countries been friends?").text
    assert article_bot.ask("How long has Lukashenko been president?").abstained


def test_a_name_that_narrows_a_noun_is_no_doer(article_bot: QABot) -> None:
    assert "full member of the Shanghai Cooperation Organization" in \
        article_bot.ask("What does the SCO section of the article say?").text


def test_a_pronoun_names_no_deed(article_bot: QABot) -> None:
    # "Who gave it": "it" is no IT
    history = exchange("What gift did Lukashenko receive?", "The Prime Minister also presented H.E President "
                       "Lukashenko with a photo album commemorating the visit. [1]")
    assert "The Prime Minister also presented" in article_bot.ask("Who gave it to him?", history).text


@pytest.mark.parametrize(("question", "fragment"), [
    ("Between which institutions?", True), ("In how many sectors?", True), ("Which art forms?", True),
    ("What is the goal?", True), ("What was the aim?", True),
    ("Which country signed?", False), ("How many were signed?", False),
])
def test_a_few_words_with_no_verb_of_their_own_lean_on_the_question_before(question: str, fragment: bool) -> None:
    assert is_fragment(question) == fragment


def test_an_official_is_a_person_and_a_publisher_may_be_a_body(article_bot: QABot) -> None:
    assert article_bot.ask("Which Belarusian official signed the NLC deal?").abstained  # Beltamozhservice is no official
    assert "Institute for a Community with Shared Future" in article_bot.ask("Which publisher released the article?").text


def test_a_span_of_years_is_as_many_years_long() -> None:
    assert years_long("What three-year plan was signed?", "the Roadmap for Comprehensive Cooperation for 2025-2027") == \
        ["three-year"]
    assert years_long("What five-year plan was signed?", "the Roadmap for Comprehensive Cooperation for 2025-2027") == []
    assert classify("What count of documents were signed?") == Kind.COUNT


def test_he_is_who_asked_when_them_are_the_ones_answered() -> None:
    history = exchange("Whom did Lukashenko invite to Belarus?", "Lukashenko invited Nawaz Sharif, Prime Minister Shehbaz "
                       "Sharif, and Punjab Chief Minister Maryam Nawaz to visit Belarus. [1]")
    assert analyse("Why did he invite them?", history).standalone.startswith("Why did Lukashenko invite them?")
    assert analyse("Where does he live?", history).standalone.startswith("Where does Nawaz Sharif live?")


def test_an_acronym_is_named_by_its_plural_a_passage_defines(article_bot: QABot) -> None:
    # the passage defines "memoranda of understanding (MoUs)"; the query says "mou"
    assert "halal trade" in article_bot.ask("halal trade mou").text
    assert object_head("Did the two sides agree on a free trade pact?") == ("pact",)


def test_a_terse_query_may_ask_where_or_how_long_and_name_a_thing_no_dictionary_lists(article_bot: QABot) -> None:
    assert classify("welcome ceremony location") == Kind.PLACE
    assert classify("visit length") == Kind.DURATION
    # asked as a question too, a thing's length is how long it runs ("What was the length of his stay?")
    assert classify("what is the length of the roadmap") == Kind.DURATION
    assert query_topic("Belarus gdp") == ("gdp",)
    assert query_topic("Sharif Lukashenko") == ()  # names, which are found where they are written
    assert "Prime Minister's House" in article_bot.ask("welcome ceremony location").text
    assert "three-day" in article_bot.ask("visit length").text
    assert article_bot.ask("belarus pm").abstained  # Pakistan's Prime Minister is not Belarus's
    assert "3 pm" in analyse("Who met him at 3 pm?").standalone


def test_how_many_days_asks_how_long_in_days(article_bot: QABot) -> None:
    assert classify("For how many days was the Belarusian head of state in Pakistan?") == Kind.DURATION
    assert lasts_in("days", "a three-day visit") and lasts_in("days", "from 25-27 November 2024")
    assert not lasts_in("days", "three decades of friendship")
    assert lasts_in("decades", "30 years of diplomatic ties")
    answer = article_bot.ask("How many days was the visit?").text
    assert "three-day" in answer and "decades" not in answer


def test_an_adjective_may_lead_into_the_deed(article_bot: QABot) -> None:
    assert leading_verbs("What was he willing to share?") == frozenset({"will"})
    assert "advanced technologies" in article_bot.ask("What was Lukashenko willing to share?").text


def test_two_plural_nouns_are_one_and_what_was_on_something_must_tell_it(article_bot: QABot) -> None:
    assert noun_compounds("Did they sign any arms deals?") == (("arms", "deals"),)
    assert noun_compounds("Did the countries sign deals?") == ()
    assert article_bot.ask("Did Lukashenko and Asim Munir sign any arms deals?").abstained
    assert presence_place("What was on the menu at the luncheon?") == ("menu",)
    assert article_bot.ask("What was on the menu at the luncheon?").abstained


def test_they_after_a_question_for_people_are_the_people_answered(article_bot: QABot) -> None:
    history = [{"role": "user", "content": "Whom did Lukashenko invite to Belarus?"},
               {"role": "assistant", "content": "Lukashenko invited Nawaz Sharif, Prime Minister Shehbaz Sharif, and "
                "Punjab Chief Minister Maryam Nawaz to visit Belarus, underscoring the warm ties between the two nations. [1]"}]
    assert analyse("did they accept?", history).standalone == \
        "did Nawaz Sharif, Prime Minister Shehbaz Sharif and Punjab Chief Minister Maryam Nawaz accept?"
    # Lukashenko, who asked, accepted a photo album; whether they accepted, the article does not say
    assert article_bot.ask("did they accept?", history).abstained


def test_an_object_pronoun_after_a_name_still_leans_on_the_question_before(article_bot: QABot) -> None:
    history = [{"role": "user", "content": "What was said about the SCO?"},
               {"role": "assistant", "content": "Belarus's recent accession as a full member of the Shanghai Cooperation "
                "Organization (SCO) was a focal point of discussion. [1]"}]
    assert is_follow_up("When did Pakistan join it?", history)
    assert not is_follow_up("What did Pakistan call Lukashenko during his visit?", history)
    assert article_bot.ask("When did Pakistan join it?", history).abstained  # not by the dates of the visit


def test_which_office_asks_for_the_name_of_its_holder(article_bot: QABot) -> None:
    history = [{"role": "user", "content": "What did the Prime Minister give Lukashenko?"},
               {"role": "assistant", "content": "The Prime Minister also presented H.E President Lukashenko with a photo "
                "album commemorating the visit. [1]"}]
    assert is_fragment("Which Prime Minister?")
    assert "Shehbaz Sharif" in article_bot.ask("Which Prime Minister?", history).text


def test_more_names_for_offices_and_the_head_of_a_body_is_its_holder(article_bot: QABot) -> None:
    assert "Asim Munir" in article_bot.ask("Who is Pakistan's top general named in the article?").text
    assert "signed 15 agreements" in article_bot.ask("How many pacts did the two heads of government sign?").text
    assert article_bot.ask("Who is the head of Beltamozhservice?").abstained  # no person is named its head
    assert "over-the-counter" in article_bot.ask("otc items trade").text


def test_a_thing_given_is_told_by_its_giving(article_bot: QABot) -> None:
    assert "photo album" in article_bot.ask("Did the Prime Minister give Lukashenko a gift?").text
    assert article_bot.ask("Did Lukashenko give Sharif a gift?").abstained  # the other way round
    assert article_bot.ask("gift for sharif").abstained  # a terse query has no roles to check


def test_contractions_and_hyphens_are_read_as_the_documents_write_them(article_bot: QABot) -> None:
    engine = article_bot.extractive()
    assert engine.corrected("Which goods did he say he'd like? Why won't they sign? I can't tell.") == \
        "Which goods did he say he would like? Why will not they sign? I cannot tell."
    assert engine.corrected("interparliamentary exchanges") == "inter-parliamentary exchanges"
    assert "inter-parliamentary" in article_bot.ask("interparliamentary exchanges").text
    assert "textile" in article_bot.ask("Which Pakistani export did Lukashenko say he'd like to purchase?").text


def test_the_main_verb_is_no_qualifier_and_a_number_no_words_synonym(article_bot: QABot) -> None:
    assert "three-day" in article_bot.ask("Did the visit last three days?").text
    assert article_bot.ask("When did he last visit Pakistan?").abstained  # "last" here is which visit
    assert classify("lukashenko birthday") == Kind.DATE
    assert article_bot.ask("lukashenko birthday").abstained  # neither the day the article came out nor "25"
    assert "signed 15 agreements" in article_bot.ask("Were there more than ten agreements?").text


def test_both_sides_doing_something_answer_who_did_it(article_bot: QABot) -> None:
    assert "Both governments pledged" in article_bot.ask("Who pledged to encourage private sector collaborations?").text
    history = [{"role": "user", "content": "Who hosted the luncheon?"},
               {"role": "assistant", "content": "During a luncheon hosted by Nawaz Sharif, the Belarusian president "
                "shared fond memories of past interactions. [1]"}]
    assert article_bot.ask("Who else attended?", history).abstained


def test_a_length_tells_how_long_its_own_thing_lasts(article_bot: QABot) -> None:
    talks = "The three-day visit witnessed a beginning with delegation-level talks."
    assert lasts_other(frozenset(terms("How long did the talks last?")), talks)
    assert not lasts_other(frozenset(terms("How long did the visit last?")), talks)
    assert not lasts_other(frozenset(terms("How long was Lukashenko there?")), talks)  # names nothing asked
    # "friends" are what "three decades of friendship" lasted; "two" names no thing
    assert not lasts_other(frozenset(terms("How long have the two countries been friends?")),
                           "The visit celebrated three decades of friendship between the two nations.")
    assert article_bot.ask("How long did the delegation-level talks last?").abstained
    assert article_bot.ask("How long was the visit?").citations[0].sentence.startswith("The three-day visit")


def test_a_synonym_names_a_thing_in_a_sense_that_is_no_group(article_bot: QABot) -> None:
    assert "groundwork" in synonyms_unless_kind("foundation", "group")
    assert "establishment" not in synonyms_unless_kind("institution", "group")  # only as a body
    assert "laid the groundwork" in article_bot.ask("What foundation did the visit lay?").text
    history = exchange("Any academic cooperation?", "Plans for joint research projects and student exchange "
                       "programs between universities were also finalized, ensuring long-term academic cooperation. [1]")
    assert article_bot.ask("Between which institutions?", history).abstained  # no "establishment of joint ventures"


def test_publication_annual_sums_and_the_time_of_something(article_bot: QABot) -> None:
    assert "29th November 2024" in article_bot.ask("publication date").text
    assert classify("What is the annual budget of the National Logistics Corporation?") == Kind.AMOUNT
    assert "Lukashenko" in article_bot.ask("Who was the Belarusian president at the time of the visit?").text


def test_a_follow_up_is_about_the_thing_not_what_narrows_it(article_bot: QABot) -> None:
    history = exchange("Who attended the business forum?", "A Belarus-Pakistan Business Forum was organized, bringing "
                       "together over 30 Belarusian companies and nearly 100 Pakistani counterparts. [1]")
    assert article_bot.ask("Were any deals signed there?", history).abstained  # not the "Doing Business" seminars
    history = exchange("What business event was held?", "A Belarus-Pakistan Business Forum was organized, bringing "
                       "together over 30 Belarusian companies and nearly 100 Pakistani counterparts. [1]")
    assert "over 30" in article_bot.ask("How many Belarusian companies attended it?", history).text


def test_nouns_after_a_verb_may_be_one_and_a_verb_may_lead_with_use(article_bot: QABot) -> None:
    assert noun_compounds("Did the two sides discuss space cooperation?") == (("space", "cooperation"),)
    assert noun_compounds("Which manufacturing sector interests Belarus?") == ()  # "-ing" is no verb before it
    assert article_bot.ask("Did the two sides discuss space cooperation?").abstained
    assert "termed him as a brother" in article_bot.ask("What term did Pakistan use to describe Lukashenko?").text


def test_a_question_of_nothing_but_a_leading_verb_is_answered_or_refused_without_error(article_bot: QABot) -> None:
    # raised ZeroDivisionError: no word was left to weigh
    assert article_bot.ask("What did they offer to do?").text


def test_what_was_said_about_something_must_tell_it(article_bot: QABot) -> None:
    assert spoken_topic("What did the extradition treaty say about political prisoners?") == ("prisoners",)
    assert spoken_topic("What did both leaders say about the direction of bilateral relations?") == ("relations",)
    assert spoken_topic("What did Sharif say about Lukashenko?") == ()  # a name is matched as names are
    assert spoken_topic("Who spoke of Belarus's contributions to global peace?") == ("contributions",)
    assert spoken_topic("Was there talk of veterinary medicine production?") == ()  # talk of it is no speaking
    assert article_bot.ask("What did the extradition treaty say about political prisoners?").abstained
    assert "trajectory" in article_bot.ask("What did both leaders say about the direction of bilateral relations?").text
    assert "photo album" in article_bot.ask("photo album gift").text  # names no one whose roles could differ


def test_what_happened_at_a_particular_gathering_is_told_where_it_is_named(article_bot: QABot) -> None:
    assert article_bot.ask("How many MoUs were signed at the business forum?").abstained  # the 15 were signed elsewhere
    assert "fond memories" in article_bot.ask("What did Lukashenko talk about at the lunch?").text  # the luncheon
    assert "Roadmap" in article_bot.ask("What roadmap was signed during the visit?").text  # the visit frames them all


def test_a_second_verb_shares_the_first_ones_doer_who_acts_for_their_country(article_bot: QABot) -> None:
    sentence = "H.E President Lukashenko commended Pakistan's leadership and reiterated Belarus's readiness to share."
    assert named_around(sentence, stem("reiterated")) == ({"lukashenko"}, {"belarus"})
    assert "reiterated Belarus's readiness" in article_bot.ask("What did Belarus reiterate its readiness to do?").text


def test_a_terse_capacity_asks_how_many(article_bot: QABot) -> None:
    assert classify("tractor plant capacity") == Kind.COUNT
    assert article_bot.ask("tractor plant capacity").abstained  # "over 30 Belarusian companies" count no tractors


def test_the_future_of_a_thing_is_a_topic_told_by_what_lies_ahead(article_bot: QABot) -> None:
    answer = article_bot.ask("What did the two sides feel about their partnership's future?")
    assert "optimism" in answer.citations[0].sentence  # not the byline's "Shared Future"


def test_spans_balances_chairmen_and_how_many_are_asked_for(article_bot: QABot) -> None:
    history = exchange("What was the Roadmap for Comprehensive Cooperation?", "The signing of the Roadmap for "
                       "Comprehensive Cooperation for 2025-2027 highlighted the commitment to enhancing bilateral ties. [1]")
    assert "2025-2027" in article_bot.ask("Which years does it span?", history).text
    assert classify("What was the trade balance between the countries?") == Kind.AMOUNT
    assert article_bot.ask("nlc chairman").abstained  # an office no one is named to
    assert answer_noun("What three areas besides textiles did Lukashenko mention?", Kind.OTHER) is None  # areas
    assert "agriculture, IT" in article_bot.ask("What three areas besides textiles did Lukashenko mention?").text
    assert article_bot.ask("Which countries besides Belarus joined the SCO recently?").abstained


def test_what_else_is_done_the_rest_of_the_sentence_joined_to_what_was_said(article_bot: QABot) -> None:
    history = exchange("Who hosted the luncheon?", "During a luncheon hosted by Nawaz Sharif, the Belarusian president "
                       "shared fond memories of past interactions. [1]")
    assert "discussed avenues" in article_bot.ask("What else did the president do there?", history).text
    history = exchange("What did Lukashenko want to purchase?", "He specifically expressed interest in purchasing "
                       "Pakistani textile products. [1]")
    assert "heavy machinery" in article_bot.ask("What else was he interested in?", history).text
    assert article_bot.ask("What else did he buy?", history).abstained  # exploring is no buying


def test_taking_office_and_changes_by_how_much_need_their_own_evidence(article_bot: QABot) -> None:
    history = exchange("Who is General Asim Munir?", "Chief of Army Staff General Asim Munir. [1]")
    assert article_bot.ask("When did he take office?", history).abstained  # not the visit's dates
    history = exchange("Which trade goods will be enhanced?", "Agreements were reached to enhance trade in "
                       "pharmaceutical products, medical devices, and over-the-counter items. [1]")
    assert article_bot.ask("By how much?", history).abstained  # "15 agreements" is no size of a change


def test_a_pledge_is_named_by_its_verb_and_a_noun_narrows_more_than_an_adjective(article_bot: QABot) -> None:
    assert "pledged to encourage" in article_bot.ask("What pledge was made regarding private businesses?").text
    assert "pledged" not in article_bot.ask("What organization did Belarus join?").text  # a body is no deed
    assert article_bot.ask("Did the two countries agree on a currency swap?").abstained  # a swap is a trade, no currency
    assert "pharmaceutical" in article_bot.ask("Which health-related products will see increased trade?").text


def test_ways_of_one_deed_match_and_the_author_calls_what_the_document_says(article_bot: QABot) -> None:
    assert are_manners_of_one("commend", "lauding")  # both ways to praise
    assert not are_manners_of_one("interest", "invite")  # to "arouse" has too many ways to be one deed
    assert "lauding his proactive approach" in article_bot.ask("What did Sharif commend about Lukashenko's style?").text
    assert "historic visit" in article_bot.ask("Why does the author call the visit historic?").text


def test_terse_counts_and_participants_say_what_is_counted(article_bot: QABot) -> None:
    assert count_focus("mou count") == ("mou",)
    assert "15 agreements" in article_bot.ask("mou count").text
    assert "over 30 Belarusian companies" in article_bot.ask("forum participants count").text
    assert article_bot.ask("How many participants attended the welcome ceremony?").abstained  # "two nations" take no part


def test_a_kind_may_be_named_by_two_words_which_wordnet_knows_as_one(article_bot: QABot) -> None:
    assert "extradition treaty" in article_bot.ask("What legal instrument was signed?").text  # no tool
    assert "Research Center" in article_bot.ask("Which research center does the author lead?").text


def test_any_specific_things_lean_on_what_was_said_before(article_bot: QABot) -> None:
    history = exchange("What was agreed on trade?", "Recognizing the untapped potential in trade, the two nations "
                       "agreed to reduce barriers and improve market access. [1]")
    assert is_fragment("Any specific products?")
    assert "pharmaceutical products" in article_bot.ask("Any specific products?", history).text  # not "specifically"
    assert is_follow_up("Which Pakistani body is its partner?", history)  # a demonym is no antecedent


def test_his_title_is_an_office_and_verbs_listed_after_an_infinitive_share_its_deed(article_bot: QABot) -> None:
    assert classify("What's his title?") == Kind.ROLE and classify("What's the title?") == Kind.OTHER
    history = exchange("Who hosted a luncheon for Lukashenko?", "During a luncheon hosted by Nawaz Sharif, the "
                       "Belarusian president shared fond memories of past interactions. [1]")
    assert "former Prime Minister" in article_bot.ask("What's his title?", history).text  # not the document's title
    history = exchange("What did the leaders agree to expand?", "Both nations agreed to expand inter-parliamentary "
                       "exchanges. [1]")
    assert "strengthen educational ties" in article_bot.ask("What else did they agree to?", history).citations[0].sentence


def test_a_noun_said_in_other_words_is_there_and_a_time_span_asks_for_dates(article_bot: QABot) -> None:
    assert "laid the groundwork" in article_bot.ask("What did the visit lay the foundation for?").text
    assert article_bot.ask("Who hosted Lukashenko for dinner?").abstained  # a luncheon is another meal
    assert classify("What time span does the cooperation roadmap cover?") == Kind.DATE
    assert classify("What time did he arrive?") == Kind.TIME


def test_a_question_ends_with_its_verb_or_what_it_says_the_subject_is(article_bot: QABot) -> None:
    assert noun_compounds("What timeframe does the plan for all-round cooperation cover?") == ()
    assert noun_compounds("Did they agree on a currency swap?") == (("currency", "swap"),)  # one thing
    assert noun_compounds("Did they sign any arms deals?") == (("arms", "deals"),)
    assert "natural synergy" in article_bot.ask("Why is Belarus-Pakistan agricultural cooperation natural?").text


def test_a_thing_and_a_gathering_may_be_named_by_a_kind_of_them(article_bot: QABot) -> None:
    # "machines" are people too in WordNet; "agricultural machinery" is a kind of machine
    assert "high-tech agricultural machinery" in article_bot.ask("What kind of farm machines will be produced?").text
    assert "fond memories" in article_bot.ask("What did the Belarusian guest share at the meal?").text  # a luncheon
    assert article_bot.ask("What did Lukashenko share at the dinner?").abstained  # a luncheon is no dinner


def test_a_year_asked_about_is_named_and_a_promise_lies_ahead(article_bot: QABot) -> None:
    assert article_bot.ask("What is the trade target for 2027?").abstained  # not the 15 agreements
    assert "2025-2027" in article_bot.ask("What was signed for 2025-2027?").text
    answer = article_bot.ask("What future contributions does the partnership promise?")
    assert "regional and global development" in answer.text


def test_a_size_or_capacity_asks_how_many_of_what_it_is_of(article_bot: QABot) -> None:
    assert classify("What size was the Pakistani business contingent?") == Kind.COUNT
    assert count_focus("What is the annual capacity of the veterinary facility?") == ("veterinari", "facil")
    assert classify("In what capacity did Nawaz Sharif host him?") != Kind.COUNT
    assert article_bot.ask("What is the annual capacity of the veterinary facility?").abstained  # no count of it
    assert "nearly 100 Pakistani" in article_bot.ask("What size was the Pakistani business contingent?").text
    assert noun_compounds("Did the leaders agree on student exchanges?") == (("student", "exchanges"),)  # no verb


def test_a_modal_after_who_leads_to_the_deed_and_coming_to_a_gathering_is_attending(article_bot: QABot) -> None:
    assert predicate("Who will chair the seminars?") == ("chair", "")
    assert object_head("Who will host the seminars?") == ("seminars",)
    assert article_bot.ask("Who will chair the seminars?").abstained  # no "President" as a chair
    assert article_bot.ask("Who will host the seminars?").abstained  # the luncheon's host hosts no seminar
    assert analyse("Who came to the forum from Belarus?").text == "Who attended the forum from Belarus?"
    assert analyse("Who came to the country?").text == "Who came to the country?"  # no gathering
    assert "over 30 Belarusian companies" in article_bot.ask("Who came to the forum from Belarus?").text


def test_the_age_of_a_relationship_is_how_long_it_has_lasted(article_bot: QABot) -> None:
    assert classify("How old are diplomatic ties between the two nations?") == Kind.DURATION
    assert classify("How old is Lukashenko?") == Kind.AGE
    assert "30 years" in article_bot.ask("How old are diplomatic ties between the two nations?").text


def test_benefits_are_a_reason_and_terse_outcomes_ask_what_was_signed(article_bot: QABot) -> None:
    assert "mutual benefits" in article_bot.ask("Why was Belarus's SCO accession important?").text
    assert analyse("visit outcome").text == "What was signed during the visit?"
    assert "15 agreements" in article_bot.ask("visit outcomes").text
    assert analyse("election results").text == "election results"  # no gathering


def test_a_country_gives_by_its_officials_and_a_terse_rank_asks_for_an_office(article_bot: QABot) -> None:
    assert "photo album" in article_bot.ask("Did Pakistan present Lukashenko with a photo album?").text
    assert article_bot.ask("What gift did Lukashenko give to Shehbaz Sharif?").abstained  # the other way round
    assert classify("Asim Munir rank") == Kind.ROLE
    assert classify("article title") != Kind.ROLE  # a document's title
    assert "General Asim Munir" in article_bot.ask("Asim Munir rank").text


def test_a_gift_is_told_by_the_verb_of_its_giving(article_bot: QABot) -> None:
    assert "photo album" in article_bot.ask("Who gave the gift?").text
    assert article_bot.ask("Who gave a gift to Maryam Nawaz?").abstained
    history = exchange("What gift was given?", "The Prime Minister also presented H.E President Lukashenko with a "
                       "photo album commemorating the visit. [1]")
    assert "The Prime Minister also presented" in article_bot.ask("Who gave it?", history).text
    assert article_bot.ask("When was it given?", history).abstained


def test_a_things_name_is_no_persons(article_bot: QABot) -> None:
    assert article_bot.ask("What was the name of the photo album?").abstained  # not "Lukashenko"
    assert article_bot.ask("What was the name of the Belarusian tractor brand?").abstained
    assert "Asim Munir" in article_bot.ask("What is the name of the army chief?").text  # a person's is
    assert "Chief Minister" in article_bot.ask("What is the title of Maryam Nawaz?").text  # her office


def test_a_verb_like_plural_before_its_object_is_the_verb(article_bot: QABot) -> None:
    assert noun_phrase("treaty covers handing over fugitives") == ["treaty"]
    assert noun_phrase("agreement makes it possible") == ["agreement"]
    assert noun_phrase("trade talks that were held") == ["trade", "talks"]  # "that" opens a relative clause
    assert answer_noun("What treaty covers handing over fugitives?", Kind.OTHER) == "treaty"
    history = exchange("What did the two sides agree about trade?", "To reduce barriers and improve market access.")
    assert "Beltamozhservice" in article_bot.ask("Which MoU supports that?", history).text


def test_a_hyphened_word_is_read_in_its_parts(article_bot: QABot) -> None:
    assert answer_noun("Which parliaments-related exchanges will grow?", Kind.OTHER) == "exchanges"
    assert "inter-parliamentary" in article_bot.ask("Which parliaments-related exchanges will grow?").text
    assert "automotive" in article_bot.ask("What car-related joint ventures are planned?").text
    assert "15 agreements" in article_bot.ask("e-commerce MoU").text  # "e-commerce" is one word


def test_the_aim_of_a_trip_is_why_it_was_made(article_bot: QABot) -> None:
    assert "at the invitation of" in article_bot.ask("What was the aim of Lukashenko's trip?").text  # not his own invitation
    assert "at the invitation of" in article_bot.ask("What was the main purpose of Lukashenko's trip?").text


def test_running_a_body_is_told_by_the_title_of_its_head(article_bot: QABot) -> None:
    assert "Pakistan Research Center" in article_bot.ask("Which research centre does the author run?").text
    assert article_bot.ask("Who runs the NLC?").abstained


def test_it_after_a_short_answer_is_the_thing_answered(article_bot: QABot) -> None:
    history = exchange("Which organization did Belarus join?", "The Shanghai Cooperation Organization (SCO).")
    assert answered_thing("Which organization did Belarus join?", "The Shanghai Cooperation Organization (SCO).") \
        == "the Shanghai Cooperation Organization (SCO)"
    assert "regional connectivity" in article_bot.ask("What will the two sides use it for?", history).text
    # A long answer tells which thing "it" is by a name ending in the word asked, or not at all; a "where"
    # question asks no thing.
    assert answered_thing("Which organization did Belarus join?", "Belarus's recent accession as a full member of "
                          "the Shanghai Cooperation Organization (SCO) was a focal point of discussion. [1]") \
        == "the Shanghai Cooperation Organization (SCO)"
    assert answered_thing("Which sectors did the MoUs cover?", "Prime Minister Shehbaz Sharif and H.E President "
                          "Lukashenko signed 15 agreements and memoranda of understanding (MoUs). [1]") is None
    assert answered_thing("Where was he welcomed?", "At the Prime Minister's House.") is None


def test_fillers_of_speech_and_where_someone_came_from(article_bot: QABot) -> None:
    assert "15 agreements" in article_bot.ask("so what did they actually sign?").text
    assert "Lukashenko" in article_bot.ask("Who visited Pakistan from Belarus?").text  # "Belarus President"
    assert article_bot.ask("Which plant will be built in Belarus?").abstained  # "in Pakistan" in the article


def test_a_request_is_read_as_the_question_it_makes(article_bot: QABot) -> None:
    assert as_question("Give the salary of the author.") == "What is the salary of the author?"
    assert as_question("Give me the dates of the visit.") == "What are the dates of the visit?"
    assert as_question("List the Belarusian ministers who came.") == "Which Belarusian ministers came?"
    assert as_question("List the sectors that the roadmap covers.") == "List the sectors that the roadmap covers."
    assert article_bot.ask("Give the salary of the author.").abstained
    assert article_bot.ask("Tell me the price of the photo album.").abstained
    assert article_bot.ask("List the Belarusian ministers who came.").abstained
    assert "25-27 November" in article_bot.ask("Give me the dates of the visit.").text


def test_a_kind_named_between_a_name_and_its_noun_narrows_it(article_bot: QABot) -> None:
    assert noun_compounds("Who is the Pakistani navy chief?") == (("navy", "chief"),)
    assert article_bot.ask("Who is the Pakistani navy chief?").abstained  # not the Chief of Army Staff
    assert "Asim Munir" in article_bot.ask("Who is the Pakistani army chief?").text


def test_how_many_people_is_told_by_those_listed_after_the_deed(article_bot: QABot) -> None:
    assert "Maryam Nawaz" in article_bot.ask("How many leaders did Lukashenko invite to Belarus?").text
    assert "Maryam Nawaz" in article_bot.ask("How many Pakistani leaders were invited to Belarus?").text
    assert article_bot.ask("How many people did Lukashenko meet?").abstained  # the list is of those invited
    assert article_bot.ask("How many Belarusian soldiers visited?").abstained  # and they are no soldiers


def test_what_someone_wants_is_what_they_are_interested_in(article_bot: QABot) -> None:
    assert analyse("What does Belarus want from Pakistan?").text == "What is Belarus interested in from Pakistan?"
    assert analyse("What does Belarus want to buy?").text == "What does Belarus want to buy?"  # "want to" leads in
    assert "textile" in article_bot.ask("what does belarus want from pakistan?").text


def test_categories_are_a_sort_and_a_plural_after_an_adjective_is_a_noun(article_bot: QABot) -> None:
    assert answer_noun("Which three categories of medical trade were agreed?", Kind.OTHER) is None
    assert "medical devices" in article_bot.ask("Which three categories of medical trade were agreed?").text
    # "rules" are no "governments", which rule: the seminars the governments pledged do not answer
    assert article_bot.ask("Which category of trade has religious rules?").abstained


def test_a_form_of_address_is_no_word_of_the_question(article_bot: QABot) -> None:
    # Snowball stems "Excellency" to "excel": "His Excellency Aleksandr Lukashenko" excels at nothing.
    answer = article_bot.ask("What does Belarus excel at according to the article?")
    assert "His Excellency" not in answer.text


def test_how_was_the_thing_asks_about_that_thing(article_bot: QABot) -> None:
    assert presence_place("How was the weather during the visit?") == ("weather",)
    assert presence_place("How was the visit commemorated?") == ()  # asks about a deed
    # "high" in "high-tech" is no anticyclone, a kind of weather; "to weather" is to endure, not "enduring"
    assert article_bot.ask("How was the weather during the visit?").abstained
    assert article_bot.ask("How was the weather?").abstained
    assert "welcome ceremony" in article_bot.ask("How was the welcome?").text


def test_requests_to_confirm_and_a_name_said_with_a_word_for_anyone(article_bot: QABot) -> None:
    assert "25-27" in article_bot.ask("Confirm the exact length of the official visit.").text
    assert "Belarus President" in article_bot.ask("so who's this lukashenko guy").text
    assert "Chief Minister Maryam Nawaz" in article_bot.ask("and who's maryam nawaz").text


def test_a_passive_perfect_has_its_participle_for_verb() -> None:
    assert predicate("Has the extradition treaty been ratified by parliament?") == ("ratified", "the extradition treaty")
    assert predicate("Will the seminars be held?") == ("held", "the seminars")


def test_what_was_done_is_about_the_deed_more_than_where_it_was_done(article_bot: QABot) -> None:
    assert deed_done("What was signed during Lukashenko's visit to Pakistan?") == ("signed",)
    assert deed_done("What was agreed to reduce trade challenges?") == ()  # the deed is the reducing
    assert deed_done("What was discussed about nuclear cooperation?") == ()  # asks about its topic
    assert "15 agreements" in article_bot.ask("What was signed during Lukashenko's visit to Pakistan?").text
    # the trip was to Pakistan, where the article's events happen: a passage need not say so
    assert "15 agreements" in article_bot.ask("What was signed during Lukashenko's trip to Pakistan?").text
    assert article_bot.ask("What was discussed about nuclear cooperation?").abstained


def test_a_question_without_its_auxiliary_gets_one(article_bot: QABot) -> None:
    assert analyse("what things Lukashenko want to buy from Pakistan?").text \
        == "what things does Lukashenko want to buy from Pakistan?"
    # a demonym, an owner and a plural acronym stand before nouns, not verbs
    for question in ("Which Belarusian minister accompanied Lukashenko?", "Which country backed Belarus's SCO bid?",
                     "How many MoUs concern agriculture?", "What did Lukashenko buy?"):
        assert analyse(question).text == question
    assert "textile" in article_bot.ask("what things lukashenko want to buy from pakistan?").text


def test_a_promise_leads_into_the_deed_promised(article_bot: QABot) -> None:
    assert "readiness to share" in article_bot.ask("Did Belarus promise to share technology with Pakistan?").text
    assert article_bot.ask("Did Belarus promise to build a nuclear plant?").abstained


def test_a_quoted_title_tells_no_deed(article_bot: QABot) -> None:
    # "Pakistan Welcomes Brother Aleksandr Lukashenko" names the article; the author welcomed no one
    answer = article_bot.ask("Who welcomed Lukashenko?")
    assert "welcome ceremony" in answer.text and "Khalid Taimur Akram" not in answer.text


def test_an_office_asked_of_a_person_with_more_than_one_name(article_bot: QABot) -> None:
    assert classify("What is Khalid Taimur Akram's title?") == Kind.ROLE
    assert classify("What is Asim Munir's position?") == Kind.ROLE
    assert classify("What is the article's title?") == Kind.OTHER  # the document's, not an office
    assert "Executive Director" in article_bot.ask("What is Khalid Taimur Akram's title?").text


def test_who_someone_is_is_best_told_by_their_fullest_name_and_titles(article_bot: QABot) -> None:
    assert titles("Belarus President His Excellency Aleksandr Lukashenko paid a visit.", ["Lukashenko"]) == 5
    assert titles("The Prime Minister presented H.E President Lukashenko with an album.", ["Lukashenko"]) == 1
    # "Prime Minister Shehbaz Sharif" gives no title to Nawaz Sharif
    assert titles("Lukashenko invited Nawaz Sharif, Prime Minister Shehbaz Sharif.", ["Nawaz", "Sharif"]) == 0
    assert article_bot.ask("Who is Lukashenko?").text.startswith("Belarus President His Excellency Aleksandr Lukashenko")
    assert "former Prime Minister Nawaz Sharif" in article_bot.ask("Who is Nawaz Sharif?").text


def test_a_deed_asked_in_a_specific_verb_is_told_by_its_general_one(article_bot: QABot) -> None:
    # to "ink" is a way to "sign" in sign's third sense; the "15 agreements" were signed
    assert "15 agreements" in article_bot.ask("How many pacts were inked during the trip?").text
    assert "15 agreements" in article_bot.ask("How many accords were inked during the trip?").text


def test_a_word_mostly_a_noun_before_one_mostly_a_verb_is_part_of_the_subject() -> None:
    assert predicate("What did the opposition party say about the visit?") == ("say", "the opposition party")
    assert predicate("Did the leaders sign trade agreements?") == ("sign", "the leaders")


def test_a_terse_query_by_years_is_told_by_a_date_or_a_duration(article_bot: QABot) -> None:
    assert "three decades" in article_bot.ask("friendship years").text
    assert "2025-2027" in article_bot.ask("roadmap years").text


def test_an_anniversary_is_a_span_of_years_celebrated(article_bot: QABot) -> None:
    assert "30 years" in article_bot.ask("diplomatic ties anniversary").text
    assert "three decades" in article_bot.ask("Did the visit coincide with an anniversary?").text
    assert article_bot.ask("What anniversary of the SCO was marked?").abstained


def test_a_chat_questions_opening_interjections_and_closing_hedges_are_no_part_of_it(article_bot: QABot) -> None:
    assert analyse("wow ok and what was the big legal one").text == "and what was the big legal one"
    assert analyse("was there a party or dinner or something").text == "was there a party or dinner"
    assert analyse("Well-known leaders?").text == "Well-known leaders?"
    assert "Lukashenko" in article_bot.ask("hey, what's this article about?").text
    assert "15 agreements" in article_bot.ask("cool, so did they actually sign anything?").text
    assert "music" in article_bot.ask("any music stuff").text


def test_of_the_choices_a_question_offers_the_one_told_is_enough(article_bot: QABot) -> None:
    assert "defense" in article_bot.ask("anything about weapons or defence?").text
    assert article_bot.ask("anything about weapons or submarines?").abstained


def test_who_called_someone_something_is_told_by_hailing_them_as_it(article_bot: QABot) -> None:
    assert "Shehbaz Sharif hailed" in article_bot.ask("Who called Lukashenko a great friend of Pakistan?").text
    assert article_bot.ask("Who called Lukashenko an enemy?").abstained


def test_whether_something_lasted_a_span_asks_how_long_it_lasted(article_bot: QABot) -> None:
    assert classify("Did the visit last a week?") == Kind.DURATION
    assert "three-day" in article_bot.ask("Did the visit last a week?").text
    assert article_bot.ask("Did the talks last a month?").abstained


def test_paying_a_visit_pays_nothing_and_a_learners_what_is_x_age_asks_an_age(article_bot: QABot) -> None:
    assert article_bot.ask("How was the visit funded?").abstained
    assert "paid an official visit" in article_bot.ask("Who paid a visit to Pakistan?").text
    assert classify("what is lukashenko age") == Kind.AGE
    assert article_bot.ask("what is lukashenko age").abstained


def _turns(*said: str) -> list[dict[str, str]]:
    return [{"role": "user" if at % 2 == 0 else "assistant", "content": text} for at, text in enumerate(said)]


def test_he_after_an_answer_naming_several_people_is_the_one_the_question_named(article_bot: QABot) -> None:
    met = _turns("Who did Lukashenko meet?", "Prime Minister Shehbaz Sharif, former Prime Minister Nawaz Sharif "
                 "and Chief of Army Staff General Asim Munir.")
    assert referents("What did he discuss with the general?", met)[0] == "Lukashenko"
    # the one answered, when one is, and the whole name of the one asked about is no one else
    invited = _turns("Who invited Lukashenko?", "Belarus President His Excellency Aleksandr Lukashenko paid an "
                     "official visit to Pakistan, at the invitation of Prime Minister Muhammad Shehbaz Sharif. [1]")
    assert referents("Who is he?", invited)[0] == "Prime Minister Muhammad Shehbaz Sharif"
    who_is = _turns("Who is Asim Munir?", "Chief of Army Staff General Asim Munir met Lukashenko [1].")
    assert referents("What is his rank?", who_is)[0] == "Asim Munir"
    assert "defense manufacturing" in article_bot.ask("What did he discuss with the general?", met).text


def test_a_follow_up_of_a_follow_up_is_about_what_the_first_was_about(article_bot: QABot) -> None:
    history = _turns("What is the roadmap?", "The signing of the Roadmap for Comprehensive Cooperation for 2025-2027 "
                     "highlighted the commitment to enhancing bilateral ties.",
                     "Which sectors does it prioritize?", "agriculture, technology, and industrial development.")
    question = analyse("How long does it run?", history)
    assert question.standalone == "How long does it run? (about: Which sectors does it prioritize; What is the roadmap)"
    assert question.context_terms == ("roadmap",)  # the same "it": the roadmap, not its sectors
    assert "2025-2027" in article_bot.ask("How long does it run?", history).text


def test_a_follow_up_may_ask_the_question_before_of_another_topic(article_bot: QABot) -> None:
    history = _turns("Which one was about criminals?", "Notably, the signing ceremony included an extradition treaty.")
    assert "Beltamozhservice" in article_bot.ask("And the one about logistics?", history).text
    assert article_bot.ask("And the one about tourism?", history).abstained


def test_that_thing_the_conversation_spoke_of_need_not_be_said_again(article_bot: QABot) -> None:
    history = _turns("What did he discuss with the general?", "During a meeting with Chief of Army Staff General Asim "
                     "Munir, the two sides explored prospects for collaboration in defense manufacturing and regional security.")
    question = analyse("Anything else from that meeting?", history)
    assert question.referred == frozenset({"meet"}) and "meet" not in question.own_terms
    assert "global peace" in article_bot.ask("Anything else from that meeting?", history).text
    # "that occasion" is whatever was just told, in any words
    history = _turns("What did Lukashenko praise Pakistan's forces for?", "Combating terrorism and fostering regional stability.")
    assert "Asim Munir" in article_bot.ask("Who did he meet on that occasion?", history).text


def test_whether_something_started_on_a_day_asks_when_it_started(article_bot: QABot) -> None:
    assert classify("Did the visit start on 25 November?") == Kind.DATE
    assert classify("Did the talks end in a deal?") == Kind.OTHER
    for question in ("Did the visit start on 25 November?", "Did the visit begin on 25 November?"):
        assert "25-27 November 2024" in article_bot.ask(question).text


def test_going_to_and_gonna_say_the_future_as_will_does(article_bot: QABot) -> None:
    assert analyse("Is Lukashenko going to visit again?").text == "will Lukashenko visit again?"
    assert analyse("When is it going to happen?").text == "When will it happen?"
    assert analyse("Are they going to the forum?").verb == "attending"  # a place, not a deed, after "to"
    assert "textile" in article_bot.ask("what did belarus wanna buy").text


def test_a_cleft_question_asks_what_the_plain_one_does(article_bot: QABot) -> None:
    assert analyse("What was it that the two sides explored?").text == "What did the two sides explore?"
    assert analyse("Who was it that hosted the luncheon?").text == "Who hosted the luncheon?"
    assert analyse("What is it that Belarus wants to buy?").text == "What does Belarus want to buy?"
    assert "photo album" in article_bot.ask("What was it that the Prime Minister presented to his guest?").text


def test_a_visit_paid_to_a_place_is_one_paid_there_and_it_may_stretch_over_days(article_bot: QABot) -> None:
    assert "paid an official visit to Pakistan" in article_bot.ask("To which country was Lukashenko's visit paid?").text
    assert "three-day" in article_bot.ask("Over how many days did the visit stretch?").text


def test_people_of_a_nation_asked_for_are_not_told_by_another_nations_office_holders(article_bot: QABot) -> None:
    assert article_bot.ask("List the Belarusian ministers on the trip.").abstained
    assert article_bot.ask("Which Belarusian ministers came?").abstained
    assert "Lukashenko" in article_bot.ask("Which Belarusian leader visited Pakistan?").text


def test_the_sentence_before_a_passage_is_the_last_of_the_passage_before_in_its_section() -> None:
    first = passage("a.md", "Visit", "Defense", ["He met Chief of Army Staff General Asim Munir."], 0)
    second = passage("a.md", "Visit", "Defense", ["General Asim Munir expressed appreciation."], 1)
    elsewhere = passage("a.md", "Visit", "Trade", ["Trade grew."], 2)
    document = corpus_statistics([first, second, elsewhere])["a.md"]
    assert Sentence.of(0, Hit(second, 1.0), 0, document).before == "He met Chief of Army Staff General Asim Munir."
    assert Sentence.of(0, Hit(elsewhere, 1.0), 0, document).before == ""
    assert Sentence.of(0, Hit(first, 1.0), 0, document).before == ""


def test_how_the_document_ends_is_told_by_its_last_sentences(article_bot: QABot) -> None:
    assert classify("How does the article end?") == Kind.CONCLUSION
    assert classify("What does the final paragraph say?") == Kind.CONCLUSION
    assert classify("What did they conclude in the talks?") == Kind.OTHER
    assert classify("What was the conclusion?") == Kind.OTHER  # a bare one may be the talks'
    # but talks reach no message, nor does their conclusion "say" anything
    assert classify("What is the main message of the conclusion?") == Kind.CONCLUSION
    assert classify("What does the conclusion say?") == Kind.CONCLUSION
    answer = article_bot.ask("What is the conclusion of the article?")
    assert answer.text.startswith("As Pakistan and Belarus move forward, their evolving partnership promises mutual benefits")
    assert "three decades of friendship" in answer.text
    assert "Pakistan termed him as a brother" in answer.text


def test_a_headline_is_the_title_and_chat_shorthand_is_written_out(article_bot: QABot) -> None:
    assert "Pakistan Welcomes Brother Aleksandr Lukashenko" in article_bot.ask("What's the headline of the piece?").text
    assert "defense" in article_bot.ask("did they talk bout defence").text
    assert "Shanghai Cooperation Organization" in article_bot.ask("what org did belarus join").text


def test_whether_someone_visited_a_place_asks_for_a_passage_that_names_it(article_bot: QABot) -> None:
    assert article_bot.ask("Did the Chief of Army Staff visit Belarus?").abstained
    assert "paid an official visit to Pakistan" in article_bot.ask("Did Lukashenko visit Pakistan?").text


def test_why_something_is_important_is_told_by_what_it_does_and_importance_is_no_import(article_bot: QABot) -> None:
    assert stem("importance") == stem("important") != stem("import")
    assert "streamline transportation routes" in article_bot.ask("Why is the NLC agreement important?").text
    assert "milestone" in article_bot.ask("Why was the visit significant?").text


def test_a_deed_said_as_the_subject_of_its_sentence_names_no_doer(article_bot: QABot) -> None:
    assert agentless("The signing of the Roadmap for Comprehensive Cooperation highlighted the commitment.", "sign")
    assert not agentless("The signing of an MoU between NLC and Beltamozhservice is expected to help.", "sign")
    assert article_bot.ask("Who signed the roadmap?").abstained


def test_a_questions_verb_may_be_meant_in_its_second_sense() -> None:
    # "applaud" is first to clap, then to praise, as "commend" is
    assert are_manners_of_one("applaud", "commend", verb_senses=2)
    assert not are_manners_of_one("applaud", "commend")


def test_what_someone_applauded_is_told_by_what_they_commended(article_bot: QABot) -> None:
    assert "pragmatic leadership" in article_bot.ask("What did Lukashenko applaud about Pakistan's leadership?").text
    assert article_bot.ask("What did Lukashenko criticize?").abstained


def test_of_the_choices_a_question_offers_one_named_in_the_passage_is_enough(article_bot: QABot) -> None:
    assert "2025-2027" in article_bot.ask("Was the roadmap for 2025-2027 or 2026-2028?").text
    assert "National Logistics Corporation" in article_bot.ask("Was the MoU signed with NLC or PIA?").text
    assert "Nawaz Sharif" in article_bot.ask("Did the luncheon host Nawaz Sharif or Imran Khan?").text
    assert article_bot.ask("Was the roadmap for 2024-2026 or 2026-2028?").abstained
    assert article_bot.ask("Did Lukashenko meet Imran Khan or Zardari?").abstained


@pytest.mark.parametrize(("request_", "question"), [
    ("Tell me which Pakistani official Lukashenko called on for defence talks.",
     "Which Pakistani official did Lukashenko call on for defence talks?"),
    ("Can you find out what the Belarusian leader said he would buy?", "What did the Belarusian leader say he would buy?"),
    ("Do you know when the article was published?", "When was the article published?"),
    ("Tell me which sectors the agreements cover", "Which sectors do the agreements cover?"),
    ("Tell me who met the army chief", "Who met the army chief?"),
    ("Tell me how many companies attended the forum", "How many companies attended the forum?"),
    ("What did the talks cover?", "What did the talks cover?"),
    # "Minister" may be a verb; the clause ends in its own
    ("Tell me who the Punjab Chief Minister is.", "Who is the Punjab Chief Minister?"),
    # what someone needs to know is asked too
    ("My boss wants to know which Pakistani logistics firm signed the MoU.",
     "Which Pakistani logistics firm signed the MoU?"),
    # a question word left where its answer goes
    ("The forum was held in which hotel?", "In which hotel was the forum held?"),
    ("Shehbaz Sharif gave Nawaz Sharif what?", "What did Shehbaz Sharif give Nawaz Sharif?"),
    ("The roadmap runs until when?", "Until when does the roadmap run?"),
    # ... not a question with no statement before it, nor one the office is read from
    ("Between which universities?", "Between which universities?"),
    ("Maryam Nawaz is the chief minister of which province?", "Maryam Nawaz is the chief minister of which province?"),
    ("Regarding the visit, what was discussed?", "Regarding the visit, what was discussed?"),
    # a modal is the auxiliary, though "plant" could be a verb
    ("Tell me how much the tractor plant will cost.", "How much will the tractor plant cost?"),
    # whether the document says it asks it
    ("Does the article say who translated?", "Who translated?"),
    ("Does the text mention which companies attended?", "Which companies attended?"),
    # what the asker wonders or is curious about, or wants help to find out
    ("I was wondering how many agreements came out of the visit.", "How many agreements came out of the visit?"),
    ("I'm curious what Belarus offered to share.", "What did Belarus offer to share?"),
    ("Help me find out which countries took part in the visit.", "Which countries took part in the visit?"),
])
def test_a_question_asked_inside_a_request_is_put_in_a_questions_word_order(request_: str, question: str) -> None:
    assert direct_question(request_) == question


def test_a_name_put_before_a_question_is_whom_its_pronoun_stands_for(article_bot: QABot) -> None:
    history = [{"role": "user", "content": "What did Lukashenko praise?"},
               {"role": "assistant", "content": "The Pakistan Armed Forces for combating terrorism."}]
    answer = article_bot.ask("And Munir, what did he express?", history=history)
    assert answer.standalone_question == "What did Munir express?"
    assert "Asim Munir expressed Pakistan's appreciation" in answer.text
    assert analyse("Lukashenko: when did he arrive?").standalone == "When did Lukashenko arrive?"
    # an English word put first is no name
    assert analyse("Also, what did he say?").standalone == "Also, what did he say?"


def test_the_guest_and_the_hosts_are_the_visitor_and_the_country_visited(article_bot: QABot) -> None:
    assert article_bot.extractive().documents["pakistan-welcomes-brother-aleksandr-lukashenko.md"].roles == \
        ("Lukashenko", "Belarus", "Pakistan")
    assert with_roles("What did the guest want to import from his hosts?", "Lukashenko", "Belarus", "Pakistan") == \
        "What did Lukashenko want to import from Pakistan?"
    assert with_roles("How many companies from the guest's country came?", "Lukashenko", "Belarus", "Pakistan") == \
        "How many companies from Belarus came?"
    answer = article_bot.ask("Who invited the visiting leader?")
    assert answer.standalone_question == "Who invited Lukashenko?" and "Shehbaz Sharif" in answer.text
    assert "over 30 Belarusian companies" in article_bot.ask("How many firms from the host country attended the forum?").text
    # "the host" alone may be the luncheon's or the country's: it is left as asked
    assert with_roles("What did the host get as a memento?", "Lukashenko", "Belarus", "Pakistan") == \
        "What did the host get as a memento?"


def test_a_visit_paid_pays_nothing(article_bot: QABot) -> None:
    assert paying_idiom_verbs("What kind of visit did the Belarusian president pay?") == {"pay"}
    assert paying_idiom_verbs("Who paid for the visit?") == set()
    assert article_bot.ask("Who paid for the visit?").abstained
    assert "official visit" in article_bot.ask("What kind of visit did Lukashenko pay?").text


def test_a_question_asked_inside_a_request_is_answered_as_the_question(article_bot: QABot) -> None:
    assert "Asim Munir" in article_bot.ask("Tell me which Pakistani official Lukashenko called on for defence talks.").text
    assert "textile" in article_bot.ask("Can you find out what the Belarusian leader said he would buy?").text


def test_an_invitation_received_is_an_invitation_made(article_bot: QABot) -> None:
    answer = article_bot.ask("Did Maryam Nawaz receive an invitation to Belarus?")
    assert answer.standalone_question == "Was Maryam Nawaz invited to Belarus?"
    assert "Maryam Nawaz to visit Belarus" in answer.text
    invited = article_bot.ask("Which leaders got invitations to Belarus?")
    assert invited.standalone_question == "Which leaders were invited to Belarus?"
    assert article_bot.ask("Which leaders got invitations to go to Moscow?").abstained


def test_a_bare_why_asks_the_reason_for_what_was_just_answered(article_bot: QABot) -> None:
    called = exchange("What did Sharif call Lukashenko?", "A great friend of Pakistan.")
    assert "proactive approach" in article_bot.ask("Why?", called).text
    invited = exchange("What did Lukashenko invite Shehbaz Sharif to do?",
                       "H.E President Lukashenko extended an invitation to Prime Minister Shehbaz Sharif to visit Belarus. [1]")
    assert "build on the progress" in article_bot.ask("Why?", invited).text
    # a refusal has no reason to give
    refused = exchange("Who came, when?", "The documents don't say. Nothing in them answers: Who came, when?")
    assert "Nothing in them answers" not in article_bot.ask("Why?", refused).standalone_question


def test_a_yes_no_question_is_answered_by_the_sentence_saying_its_opposite(article_bot: QABot) -> None:
    assert "reduce barriers" in article_bot.ask("Did they agree to increase trade barriers?").text
    assert article_bot.ask("What did the Pakistani army sell to Belarus?").abstained


def test_an_idioms_verb_means_nothing_alone_and_a_gift_is_named_by_its_giving(article_bot: QABot) -> None:
    assert article_bot.ask("Why was the visit cut short?").abstained
    assert "photo album" in article_bot.ask("What gift was presented?").text
    assert "synergy" not in article_bot.ask("What gift was presented?").text
    assert article_bot.ask("What gifts did Belarus bring?").abstained


def test_whether_a_thing_is_of_a_quality_is_told_only_by_a_sentence_giving_it(article_bot: QABot) -> None:
    assert quality_asked("Was the extradition treaty controversial?") == ("controversial",)
    assert quality_asked("Why was the extradition treaty controversial?") == ("controversial",)
    assert quality_asked("Was the visit official or private?") == ()
    assert article_bot.ask("Was the extradition treaty controversial?").abstained
    assert "historic visit" in article_bot.ask("Was the visit historic?").text


def test_the_thing_a_how_is_it_described_question_describes_must_be_told(article_bot: QABot) -> None:
    assert described_thing("How is Pakistan's economy characterised?") == ("economy",)
    assert described_thing("How was Lukashenko described?") == ()
    assert "agriculture-based economy" in article_bot.ask("How is Pakistan's economy characterised?").text
    assert "prospects of their partnership" in article_bot.ask("How is the future of the partnership described?").text


def test_an_agreements_topic_is_not_the_deed_after_it(article_bot: QABot) -> None:
    assert article_bot.ask("Were any agreements on energy signed?").abstained
    assert "e-commerce" in article_bot.ask("Were agreements on e-commerce signed?").text


def test_an_article_that_appeared_was_published_and_a_terse_gift_may_be_given_or_taken(article_bot: QABot) -> None:
    answer = article_bot.ask("On which date did the article appear?")
    assert answer.standalone_question == "On which date was the article published?"
    assert "29" in answer.text
    assert "photo album" in article_bot.ask("lukashenko gift").text
    assert "synergy" not in article_bot.ask("lukashenko gift").text


def test_a_wh_question_about_what_did_not_happen_is_refused(article_bot: QABot) -> None:
    assert article_bot.ask("What didn't Lukashenko do during the visit?").abstained
    assert article_bot.ask("Which sectors were not covered by the agreements?").abstained
    assert "15 agreements" in article_bot.ask("Which agreements were signed?").text


def test_a_question_for_the_section_is_answered_with_its_heading(article_bot: QABot) -> None:
    answer = article_bot.ask("Under which heading is defense discussed?")
    assert answer.text.startswith("Under the heading \u201cDefense and Regional Security\u201d: ")
    assert answer.citations[0].heading == "Defense and Regional Security"
    assert is_grounded(answer)
    sco = article_bot.ask("Which section discusses the SCO?")
    assert "Shared Commitments within the SCO" in sco.text
    # the heading the answer quotes grounds its words ("Shared", "Commitments"); unquoted, it grounds nothing
    assert is_grounded(sco)
    assert not is_grounded(replace(sco, text=sco.text.replace("\u201c", "").replace("\u201d", "")))
    assert article_bot.ask("Which section discusses nuclear energy?").abstained


def test_the_sections_of_the_document_are_its_headings_in_order(article_bot: QABot) -> None:
    answer = article_bot.ask("Which sections does the article have?")
    headings = [citation.heading for citation in answer.citations]
    # not the title the first passages sit under, nor the card the ingest made
    assert headings == ["Strengthening Bilateral Relations", "Defense and Regional Security", "Shared Commitments within the SCO",
                        "Expanding Trade and Economic Cooperation", "Cultural and Academic Collaborations"]
    assert answer.text.startswith("The sections are headed \u201cStrengthening Bilateral Relations\u201d [1], ")
    assert is_grounded(answer)
    assert classify("List the section headings.") == classify("How is the article structured?") == Kind.SECTIONS
    assert classify("Which sections of the MoU concern trade?") == Kind.OTHER


@pytest.mark.parametrize("question", ["Which sections does the article have?", "Under which heading is defense discussed?"])
def test_a_question_about_headings_is_not_put_to_the_model(article_bot: QABot, question: str) -> None:
    """A scripted chat model whose reply would name no heading; the model never sees the headings."""
    from langchain_core.language_models.fake_chat_models import GenericFakeChatModel
    from langchain_core.messages import AIMessage

    scripted = GenericFakeChatModel(messages=iter([AIMessage("Defense cooperation was discussed.")]))
    engine = LLMEngine(article_bot.extractive(), scripted, context_tokens=2048, max_tokens=96)
    asked = analyse(question)
    hits = article_bot.retriever.in_order(article_bot.retriever.search(asked.standalone)[0].chunk.source) \
        if asked.kind == Kind.SECTIONS else article_bot.retriever.search(asked.standalone)
    answer = engine.answer(asked, hits)
    assert answer.engine == "extractive" and "\u201c" in answer.text


def test_by_what_means_asks_how(article_bot: QABot) -> None:
    answer = article_bot.ask("Through what means do they aim to sustain momentum?")
    assert answer.standalone_question == "How do they aim to sustain momentum?"
    assert "high-level engagements" in answer.text


@pytest.mark.parametrize(("claim", "question"), [
    ("Is it true that the visit lasted a week?", "Did the visit last a week?"),
    ("Is it right that 30 Belarusian companies took part in the forum?", "Did 30 Belarusian companies take part in the forum?"),
    ("Is it true that Lukashenko's visit lasted a week?", "Did Lukashenko's visit last a week?"),
    ("Is it true that 20 agreements were signed?", "Were 20 agreements signed?"),
    ("Tell me whether they signed an energy deal.", "Did they sign an energy deal?"),
    ("True or false: the visit lasted three days.", "Did the visit last three days?"),
    ("Yes or no: did they sign 15 agreements?", "Did they sign 15 agreements?"),
])
def test_a_claim_to_check_is_asked_as_a_yes_no_question(claim: str, question: str) -> None:
    assert direct_question(claim) == question


def test_a_claim_to_check_is_answered_as_the_yes_no_question(article_bot: QABot) -> None:
    assert "three-day" in article_bot.ask("Is it right that the visit lasted a week?").text
    assert "25-27 November" in article_bot.ask("Is it true that Lukashenko stayed in Pakistan for three days?").text


def test_a_leading_briefly_asks_nothing_and_outcomes_for_a_topic_are_what_it_says_of_it(article_bot: QABot) -> None:
    assert "new chapter" in article_bot.ask("Briefly, what is this article about?").text
    outcomes = article_bot.ask("What were the key outcomes for trade?")
    assert outcomes.standalone_question.startswith("Tell me about trade")
    assert not outcomes.abstained
    assert "15 agreements" in article_bot.ask("What were the main outcomes of the visit?").text


def test_a_leader_is_told_by_a_deed_done_by_one_the_document_gives_an_office(article_bot: QABot) -> None:
    assert "hosted by Nawaz Sharif" in article_bot.ask("Which Pakistani leader hosted a meal for Lukashenko?").text
    assert article_bot.ask("Which Belarusian leader hosted the luncheon?").abstained
    assert article_bot.ask("Which Pakistani leader praised the armed forces?").abstained


def test_whom_one_meets_meets_one_and_whom_a_sentence_calls_something_is_not_the_caller(article_bot: QABot) -> None:
    assert "meeting with Chief of Army Staff General Asim Munir" in article_bot.ask("Did Asim Munir meet Lukashenko?").text
    assert article_bot.ask("Who did Lukashenko call a great friend?").abstained
    assert "hailed President Lukashenko" in article_bot.ask("Who called Lukashenko a great friend?").text


def test_the_kind_of_thing_a_yes_no_question_asks_a_thing_to_be_must_be_told(article_bot: QABot) -> None:
    assert quality_asked("Was the visit a milestone?") == ("milestone",)
    assert quality_asked("Was the luncheon a private event?") == ()
    assert "significant milestone" in article_bot.ask("Was the visit a milestone?").text
    # what someone is to another, but not an office, which its holder stands for
    assert quality_asked("Is Maryam Nawaz the daughter of Nawaz Sharif?") == ("daughter",)
    assert quality_asked("Is Lukashenko the president of Belarus?") == ()
    assert "hosted by Nawaz Sharif" in article_bot.ask("Was Nawaz Sharif the host of the luncheon?").text


def test_the_authors_view_of_a_topic_is_what_the_document_says_of_it(article_bot: QABot) -> None:
    answer = article_bot.ask("What is the author's opinion on the SCO membership?")
    assert answer.standalone_question.startswith("Tell me about the SCO membership")
    assert "full member of the Shanghai Cooperation Organization" in answer.text


def test_a_name_spelt_another_way_is_the_documents_name(article_bot: QABot) -> None:
    engine = article_bot.extractive()
    assert engine.corrected("Who is Mariam Nawaz?") == "Who is Maryam Nawaz?"
    assert engine.corrected("What did General Asim Muneer discuss?") == "What did General Asim Munir discuss?"
    assert engine.corrected("Did Byelorussia join the SCO?") == "Did Belarus join the SCO?"
    assert engine.corrected("Did Lukashenko meet Zardari in Lahore?") == "Did Lukashenko meet Zardari in Lahore?"
    assert "15 agreements" in article_bot.ask("How many agreements did Belorussia and Pakistan sign?").text


@pytest.mark.parametrize(("passive", "active"), [
    ("By whom was the business forum organized?", "Who organized the business forum?"),
    ("Who was Lukashenko invited by?", "Who invited Lukashenko?"),
    ("By whom is the roadmap described?", "Who describes the roadmap?"),
    ("Who was invited?", "Who was invited?"),
])
def test_a_passive_question_for_the_doer_is_asked_in_the_active(passive: str, active: str) -> None:
    assert doer_asked(passive) == active


def test_a_passive_question_for_the_doer_is_answered_only_by_a_sentence_naming_one(article_bot: QABot) -> None:
    assert article_bot.ask("By whom was the business forum organized?").abstained
    assert "hosted by Nawaz Sharif" in article_bot.ask("By whom was the luncheon hosted?").text


def test_whoever_the_document_calls_something_is_called_it_in_the_passive(article_bot: QABot) -> None:
    assert "hailed President Lukashenko" in article_bot.ask("Why was Lukashenko called a great friend?").text
    assert "hailed President Lukashenko" in article_bot.ask("What did the PM call Lukashenko?").text


def test_how_many_kinds_a_document_lists_is_told_by_the_list(article_bot: QABot) -> None:
    assert "over-the-counter" in article_bot.ask("How many kinds of medical trade items are mentioned?").text
    assert "agriculture, technology, and industrial" in article_bot.ask("How many sectors does the roadmap list?").text
    assert "15 agreements" in article_bot.ask("How many agreements were mentioned?").text


def test_what_or_whom_the_document_focuses_on_is_what_it_is_about(article_bot: QABot) -> None:
    assert classify("Which two countries are the focus of the article?") == Kind.OVERVIEW
    assert classify("Who is the article about?") == Kind.OVERVIEW
    assert classify("Which sectors does the roadmap focus on?") == Kind.OTHER
    assert "Pakistan-Belarus relations" in article_bot.ask("Which countries does the article focus on?").text


def test_a_closing_yes_or_no_asks_nothing_and_the_visits_achievements_are_what_was_signed(article_bot: QABot) -> None:
    assert "extradition treaty" in article_bot.ask("extradition treaty y/n").text
    assert article_bot.ask("nuclear deal y/n").abstained
    answer = article_bot.ask("What were the visit's main achievements?")
    assert answer.standalone_question == "What was signed during the visit?"
    assert "15 agreements" in answer.text


def test_an_office_asked_for_is_named_by_the_sentence_a_pronoun_points_back_to(article_bot: QABot) -> None:
    # "He specifically expressed interest ..." after "H.E President Lukashenko commended ..."
    assert "textile" in article_bot.ask("Which Pakistani products interested the Belarusian leader?").text
