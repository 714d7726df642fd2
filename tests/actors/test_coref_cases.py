"""Coreference through the pipeline (issue 11): the team's case file, and the two readers of an
anaphor, the quote stage's speakers and the event coder's pronoun subjects, using the one resolver."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from wirewatch.actors.coref import Coreference
from wirewatch.evaluate.coref import evaluate_coref

pytestmark = pytest.mark.slow

CASES = Path(__file__).resolve().parents[1] / "fixtures" / "coref_cases.tsv"
# Measured when the resolver was written: 153 of 164 cases (0.933), less one case of slack; with
# the 5 cases of reported subjects and kin of issue 11's real-news reading, 159 of 169 (0.941);
# with an "it" for a thing, honorifics outside the mention and no passive speaker, 187 of 192
# (0.974), less one case; at stop 25, 191 of 195 (0.979: offices named by their title alone), less
# one case; with an "as they" clause's object, "six of them" and "said to be" (issue 11, stop 26),
# 198 of 201 (0.985), less one case; with a subject of the anaphor's own sentence and no speaker's
# salience for a pronoun acted upon (stop 26), 207 of 210 (0.986), less one case; at stop 34, with
# speakers only of words said and within three sentences, and plural names of one body ("the Kenya
# Defence Forces ... it said"), and no relative clause's noun for an object in it, 227 of 230 (0.987).
# At stop 42, with speakers named only by a title ("a spokesman for the ministry said"), 268 of 271.
# With "them" never the doer of a subjectless adverbial clause or of an active conjunct hung on a
# passive relative clause ("fired tear gas to disperse them"), 278 of 281. At stop 47, with a
# speaker's salience ending, for a he/she that acts, at a later sentence whose subject is someone
# else, 304 of 307.
# Lowering the floor is a deliberate commit that says why (README, "Figures").
ACCURACY_FLOOR = 0.980


def test_the_case_file_is_resolved_at_its_floor(nlp: Language) -> None:
    report = evaluate_coref(CASES, nlp).as_dict()
    assert report["cases"] >= 100
    misses = [(e["anaphor"], e["expected"], e["got"]) for e in report["errors"]]
    assert report["accuracy"] >= ACCURACY_FLOOR, misses


@pytest.mark.parametrize("kind", ["conjunct", "modifier", "quote_they"])
def test_the_classes_of_stop_41_are_resolved_every_one(nlp: Language, kind: str) -> None:
    """Issue 11, stop 41: a person named in the clause a pronoun's clause is coordinated with
    outranks a speaker of the sentences before ("tried to stop Okoro, but he drove on"); a noun
    modifying a noun of a thing is no antecedent ("police brutality"); a "they" in the words of a
    country, an organisation or a group is not that speaker. Each kind holds its negatives."""
    results = [r for r in evaluate_coref(CASES, nlp).results if r.case.kind == kind]
    assert len(results) >= 3
    assert [r.case.passage for r in results if not r.right] == []


def test_the_two_leaders_are_the_pair_named_together_last_every_one(nlp: Language) -> None:
    """Issue 11, stop 43: "the two leaders", "both men", "the pair" are the two people named together
    last (coordinated, or one with the one their verb acts on or is "with"); with no pair named before,
    "of" a body, or "two ministers" with no "the", no one."""
    results = [r for r in evaluate_coref(CASES, nlp).results if r.case.kind == "pair"]
    assert len(results) >= 6
    assert [r.case.passage for r in results if not r.right] == []


def test_a_speaker_gives_way_to_the_story_subject_named_after_them_every_one(nlp: Language) -> None:
    """Issue 11, stop 47: a he/she after a spokesman or a coroner who spoke, and then a sentence
    with someone else named as its subject, is that someone ("the coroner said Petrovic had died. A
    friend of the president, Petrovic ran customs. Described as a fixer, he ..."). A subject that
    is no person, or one inside quotation marks, or one the speaker names in a later sentence of
    their own, leaves the speaker his salience, and so does a "he said": a speaker goes on speaking."""
    results = [r for r in evaluate_coref(CASES, nlp).results if r.case.kind == "story_subject"]
    assert len(results) >= 7
    assert [r.case.passage for r in results if not r.right] == []


def test_he_is_the_president_who_spoke_not_the_author_named_between(nlp: Language) -> None:
    """Issue 11: "he" went to the author mentioned in the previous paragraph."""
    text = (
        "US President Joe Biden said the bill would cut costs for families.\n\n"
        "The measure was drafted after a report by economist Jason Furman warned about rising prices.\n\n"
        '"We will sign it this week," he said.'
    )
    doc = nlp(text)
    he = next(m for m in doc._.mentions if m.text == "he")
    assert he.name == "Joe Biden" and he.rule == "pronoun"
    quote = next(q for q in doc._.quotes if q.text.startswith("We will sign"))
    assert quote.speaker is not None and quote.speaker.name == "Joe Biden" and quote.speaker.text == "he"


def test_the_quote_stage_reads_descriptions_through_the_resolver(nlp: Language) -> None:
    text = 'Hamas released four hostages on Saturday.\n\n"The next exchange is in a week," the group said.'
    doc = nlp(text)
    quote = next(q for q in doc._.quotes if q.text.startswith("The next exchange"))
    group = next(t for t in doc if t.text == "group")
    meant = Coreference.of(doc, doc._.mentions).antecedents(group)
    assert quote.speaker is not None and quote.speaker.name == meant[0].name == "Hamas"


def test_the_event_coder_reads_a_pronoun_subject_through_the_resolver(nlp: Language) -> None:
    doc = nlp(
        "Turkey summoned the Swedish ambassador on Monday. It also accused Sweden of harbouring militants."
    )
    accused = [e for e in doc._.events if e.trigger.text == "accused"]
    assert [[a.country for a in e.sources] for e in accused] == [["TUR"]]
    assert [[a.country for a in e.targets] for e in accused] == [["SWE"]]


def test_an_office_named_by_its_title_alone_is_the_one_country_storys(nlp: Language) -> None:
    """ "The president", "the opposition leader" with no holder named before: an actor of the
    office, of the story's country where the story is about one."""
    doc = nlp(
        "Fuel protests spread through Ghana this week as prices rose in Accra and Kumasi.\n\n"
        "The president accused the United States of meddling. The opposition leader called for a strike."
    )
    sources = {e.trigger.text: [(a.country, a.sector) for a in e.sources] for e in doc._.events}
    assert sources.get("accused") == [("GHA", "GOV")], sources
    assert sources.get("called") == [("GHA", "OPP")], sources
    assert "strike" not in sources  # asked for, not held


def test_a_title_that_refers_back_is_its_holder_not_a_new_office(nlp: Language) -> None:
    doc = nlp(
        "Ghana's president John Mahama met bankers in Accra. The president accused Britain of meddling."
    )
    accused = next(e for e in doc._.events if e.trigger.text == "accused")
    assert [a.name for a in accused.sources] == ["John Mahama"]


def test_a_speaker_named_only_by_a_title_goes_on_as_he(nlp: Language) -> None:
    """Issue 11, stop 42: "A spokesman for X said ... He added" goes on with the spokesman, not with
    a person named before the spokesman spoke; the pronoun stands for the body the title owns, or
    for no one when none is named. A named speaker and a "she" of another gender keep theirs."""
    results = [r for r in evaluate_coref(CASES, nlp).results if r.case.kind == "unnamed_speaker"]
    assert len(results) >= 5
    assert [r.case.passage for r in results if not r.right] == []


def test_them_acted_on_is_never_the_doer_of_a_subjectless_or_misattached_clause(nlp: Language) -> None:
    """Stop 42: "them" as the object of an act is never its doer, also when the act is a subjectless
    adverbial clause ("fired tear gas to disperse them", "rounding up the farmers and then beat
    them": the doer is the subject of the clause it hangs on) or an active conjunct the parse hangs
    on a passive relative clause ("stormed the school where the hostages were held and freed them").
    Negatives: an adverbial clause with its own subject, and a passive conjunct ("were praised by
    them"), keep the subject of the clause above as the antecedent."""
    results = [r for r in evaluate_coref(CASES, nlp).results if r.case.kind == "binding_doer"]
    assert len(results) >= 6
    assert [r.case.passage for r in results if not r.right] == []


def test_a_threat_on_them_targets_the_people_pinned_in_not_the_police(nlp: Language) -> None:
    """Stop 42: the threatened are the ones held inside, not the threatening force itself."""
    doc = nlp(
        "Troops surrounded the parliament building on Friday, cornering dozens of opposition "
        "deputies inside and threatened to arrest them."
    )
    threat = next(e for e in doc._.events if e.plover == "THREATEN")
    assert [a.text for a in threat.sources] == ["Troops"]
    assert [a.text for a in threat.targets] == ["opposition"]


def test_he_who_continues_a_spokesman_is_the_ministry_he_speaks_for(nlp: Language) -> None:
    text = (
        "A hiker, Anton Weiss, was bitten by a snake near the border post. "
        "A spokesman for the health ministry said the antidote had worked. "
        'He continued: "Walkers should wear boots in the reserve."'
    )
    doc = nlp(text)
    he = [m for m in doc._.mentions if m.text == "He"]
    assert he and he[0].name != "Anton Weiss" and he[0].sector == "GOV"
    quote = next(q for q in doc._.quotes if q.text.startswith("Walkers"))
    assert quote.speaker is None or quote.speaker.name != "Anton Weiss"
