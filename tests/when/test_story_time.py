"""The story's own time (issue 11): an event told in the simple past with no time expression of
its own happened on the last day the story named, when that day is in the days of the story.

Sentences written for these tests, one per class seen in real news: acts told after the day of
the story's lead ("... arrested him on Saturday. Prosecutors charged him ..."), present perfects
and past perfects that are not the story's time, a plan's weekday that sets no time, and a
participle before its verb that shares the verb's time and place.
"""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.when.dating import dated
from wirewatch.model import Article, Event, Inference
from wirewatch.pipeline import code_docs

pytestmark = pytest.mark.slow
WEDNESDAY = dt.date(2024, 10, 16)


def _events(nlp: Language, text: str, published: dt.date | None = WEDNESDAY) -> dict[str, Event]:
    return {e.trigger.text: e for e in code_docs(nlp, [Article("t", text, published=published)])[0].events}


def test_an_act_told_after_the_day_of_the_story_happened_that_day(nlp: Language) -> None:
    text = (
        "Police arrested an opposition activist in Mombasa on Saturday. "
        "Prosecutors charged him with sedition, and a court denied him bail."
    )
    events = _events(nlp, text)
    assert dated(events["arrested"]) == ("2024-10-12", "day")
    assert dated(events["charged"]) == ("2024-10-12", "day")
    # the day read on the verb is read; the story's day is said to be inferred ("+story-time")
    assert Inference.STORY_TIME not in events["arrested"].inferences
    assert events["charged"].to_dict()["rule"].endswith("+story-time")


def test_a_present_perfect_or_past_perfect_is_not_the_story_time(nlp: Language) -> None:
    events = _events(
        nlp, "Kenyan police detained two journalists on Monday. The opposition has condemned the arrests."
    )
    assert dated(events["detained"]) == ("2024-10-14", "day")
    assert dated(events["condemned"]) == ("2024-10-16", "publication")
    text = (
        "Kenyan police arrested two opposition lawmakers on Monday. "
        "The lawmakers, who were released on Tuesday, had criticized the government."
    )
    assert dated(_events(nlp, text)["criticized"]) == ("2024-10-16", "publication")


def test_an_act_told_as_done_many_times_is_not_of_the_storys_day(nlp: Language) -> None:
    """ "repeatedly accused": many acts over time, no one day (`habit` words of time_words.tsv). Told in
    the simple past the run is over, at times the text does not name: undated, not the publication day
    (issue 11, real news: "Trump repeatedly accused Rafael Cruz of ..." in the primaries, kept on the
    publication day of a September story). In the perfect the run reaches the present, yet none of its
    acts is told as done on the publication day: undated too (stop 44, `test_dates_44`)."""
    text = (
        "Police arrested an opposition activist in Mombasa on Saturday. "
        "The governor repeatedly accused the activist of inciting violence."
    )
    assert dated(_events(nlp, text)["accused"]) == (None, None)
    text = (
        "Police arrested an opposition activist in Mombasa on Saturday. "
        "The governor has repeatedly accused the activist of inciting violence."
    )
    assert dated(_events(nlp, text)["accused"]) == (None, None)


def test_a_plans_weekday_sets_no_story_time(nlp: Language) -> None:
    text = (
        "Parliament is set to vote on the budget on Monday. Kenyan police arrested two opposition lawmakers."
    )
    assert dated(_events(nlp, text)["arrested"]) == ("2024-10-16", "publication")


def test_an_undated_article_has_no_story_time(nlp: Language) -> None:
    text = "Police arrested an opposition activist on Saturday. Prosecutors charged him with sedition."
    assert dated(_events(nlp, text, None)["charged"]) == (None, None)


def test_a_participle_before_its_verb_shares_its_time_and_place(nlp: Language) -> None:
    """ "Speaking in Nairobi on Monday, the president accused ...": accused in Nairobi on Monday."""
    text = "Speaking in Nairobi on Monday, the Kenyan president accused Somali militants of the attack."
    accused = _events(nlp, text)["accused"]
    assert dated(accused) == ("2024-10-14", "day")
    assert accused.location is not None and accused.location.name == "Nairobi"


def test_a_past_perfect_in_reported_speech_is_the_story_time(nlp: Language) -> None:
    """ "The minister said they had agreed": the report shifts the tense back; alone it does not, and
    the past perfect tells an act before the story's time with no date of its own: undated."""
    opening = "Ethiopian and Eritrean leaders met in Geneva on Saturday. "
    reported = (
        opening + "The Ethiopian foreign minister said the two governments had agreed to reopen the border."
    )
    assert dated(_events(nlp, reported)["reopen"]) == ("2024-10-12", "day")
    alone = opening + "The Ethiopian government had agreed to reopen the border."
    assert dated(_events(nlp, alone)["reopen"]) == (None, None)


def test_a_week_named_as_background_sets_no_story_time(nlp: Language) -> None:
    """ "... recognised him last week": background to the day's news, whose acts stay undated."""
    text = (
        "Several governments recognised the opposition leader as president last week. "
        "Venezuelan police arrested two opposition lawmakers."
    )
    assert dated(_events(nlp, text)["arrested"]) == ("2024-10-16", "publication")


def test_a_relative_clause_further_back_does_not_move_the_story(nlp: Language) -> None:
    """ "an activist, who was shot dead in June 2023": a description, not the story's time."""
    text = (
        "Kenya expelled two Ugandan diplomats on Monday over the killing of an activist, "
        "who was shot dead in Nairobi in June 2023. Uganda rejected the allegations."
    )
    assert dated(_events(nlp, text)["rejected"]) == ("2024-10-14", "day")


def test_the_day_of_a_clause_of_sequence_is_not_the_story_time(nlp: Language) -> None:
    # issue 11, real news: the Security Council's Friday was read as the Monday of the missile
    # launch "three days after" which its decision came
    text = (
        "North Korea carried out its fifth nuclear test on Friday. "
        "The test came four days after Pyongyang fired three ballistic missiles into the sea on Monday. "
        "Prime Minister Shinzo Abe of Japan condemned North Korea."
    )
    events = _events(nlp, text, published=dt.date(2016, 9, 10))
    assert dated(events["fired"]) == ("2016-09-05", "day")
    assert dated(events["condemned"]) == ("2016-09-09", "day")


def test_an_infinitives_day_sets_the_story_time_of_its_verb(nlp: Language) -> None:
    """issue 11, real news: a lead's day hung on its infinitive ("called on the president to
    replace the regulator's head on Friday") set no story time, so the letter of that call, told
    next in the simple past, was dated to the publication day."""
    text = (
        "Senator Maria Ortiz urged the governor to dismiss the state's election chief on Monday. "
        "In a memo to the governor, Ortiz called the official an obstacle to reform."
    )
    called = _events(nlp, text)["called"]
    assert dated(called) == ("2024-10-14", "day")
    assert Inference.STORY_TIME in called.inferences


def test_a_speakers_own_act_quoted_by_a_past_report_is_of_the_story_time(nlp: Language) -> None:
    """issue 11, real news: "'We urge the government ...,' read the press release" was dated to
    the publication day, not the day of the statement: a demand in the first person and the simple
    present is made in the saying."""
    text = (
        "Kenyan police detained two journalists in Nairobi on Monday. "
        '"We demand that the government free the reporters," the editors\' union said.'
    )
    assert dated(_events(nlp, text)["demand"]) == ("2024-10-14", "day")


def test_what_a_past_report_says_in_a_tense_of_its_own_is_of_the_reports_day(nlp: Language) -> None:
    # Invented: the rival's pledge was said at Monday's rally, not on the publication day.
    text = (
        "At a rally on Monday, Senator Ana Ruiz criticized Governor Tom Hale. "
        "Her rival, Mark Dunn, said that a Dunn administration would never allow China to threaten Taiwan."
    )
    events = _events(nlp, text, dt.date(2019, 3, 15))
    assert dated(events["threaten"]) == ("2019-03-11", "day")
    assert dated(events["allow"]) == ("2019-03-11", "day")


def test_a_where_clause_further_back_moves_the_story(nlp: Language) -> None:
    """ "... the notice of parliament, where she testified at a 2019 hearing": the narrative goes on in
    that clause's time (a clause of "where" or "when" happens where and when its noun does, unlike one
    describing a person), so the act told after it is not of the story's Monday (real news: a senator's
    rebuke at a 2014 hearing dated by the day a TV show aired). The rebuke, of a person the hearing's
    sentence names, was made at that hearing: its year (test_on_an_occasion)."""
    text = (
        "Defence Minister Ana Petrovic resigned on Monday. "
        "Her arms deals had long drawn the notice of parliament, where she testified at a 2019 hearing "
        'on weapons exports. Senator Luka Horvat scolded her: "You misled this house," he said.'
    )
    assert dated(_events(nlp, text)["scolded"]) == ("2019", "year")  # not the story's Monday


def test_a_conjunct_with_a_subject_of_its_own_keeps_its_own_tense(nlp: Language) -> None:
    """issue 11, real news: "McConnell had long been an influential voice ..., and Suu Kyi personally
    invited him to visit her in January 2012. McConnell met with her ..." took the story's Wednesday:
    the invitation was read in the past perfect of the first clause, so its January 2012 did not move
    the story back. The time is the tour's, not the invitation's, which is undated
    (test_infinitives_and_deadlines), and still the story's time."""
    text = (
        "The mayor of Leeds toured the flooded district on Monday. "
        "The senator had long opposed the dam, and the mayor personally invited him to tour the valley "
        "in March 2013. The senator met local farmers and came away convinced that the dam was needed."
    )
    events = _events(nlp, text)
    assert dated(events["invited"]) == (None, None)
    assert dated(events["met"]) == (None, None)


def test_an_act_told_after_a_month_of_the_recent_past_is_of_that_month(nlp: Language) -> None:
    """The story's time moves on a month or a season of its recent past as on a day: an act told after
    it in the simple past with no time of its own is of that month or season (dated by its year), not
    of the publication day (issue 11, real news: "In September, Clarke handed over management ... State
    officials praised his work" in an October story). The month of publication is not such a time (the
    day's news is in it too), nor one ended long ago (`RECENT_DAYS`)."""
    text = (
        "In September, the port authority handed control of the ferry terminal to the city. "
        "The governor praised the port authority."
    )
    assert dated(_events(nlp, text)["praised"]) == ("2024-09", "month")
    text = (
        "The council faced a hard choice over the harbour budget this past summer. "
        "The mayor praised the harbour board for its restraint."
    )
    assert dated(_events(nlp, text)["praised"]) == ("2024", "year")
    text = (
        "Earlier this month, the port authority handed control of the ferry terminal to the city. "
        "The governor praised the port authority."
    )
    assert dated(_events(nlp, text)["praised"]) == ("2024-10-16", "publication")
    text = text.replace("Earlier this month", "In March")
    assert dated(_events(nlp, text)["praised"]) == ("2024-10-16", "publication")


def test_a_month_in_a_quote_a_past_perfect_or_paragraphs_back_sets_no_story_time(nlp: Language) -> None:
    """The stops of a month carried as the story's time (`when.narrative.in_a_recent_period`): a month in
    a quote is the speaker's time, one on a past perfect is told as before the story's time, and two
    paragraphs on the story may be back at its day's news (real news: "In an email, Manafort denied
    ..." four paragraphs after "over the summer")."""
    praised = "The governor praised the port authority."
    for text in (
        f"The harbour master said the port authority had lost its licence in September. {praised}",
        f'"The port authority lost its way in September," the harbour master said. {praised}',
        "In September, the port authority handed control of the ferry terminal to the city.\n\n"
        f"The terminal carries ten thousand passengers a day.\n\nIts ferries are old.\n\n{praised}",
    ):
        assert dated(_events(nlp, text)["praised"]) == ("2024-10-16", "publication"), text


def test_a_bare_season_the_parse_hangs_from_the_objects_noun_moves_the_story(nlp: Language) -> None:
    """A bare noun phrase of time ("this past summer", no preposition) is an adverb of its clause; the
    parser may hang it from the last noun of the verb's object ("faced a tough question about two
    mergers this past summer"), but it still dates the facing, and the story's time moves to it as it
    does when the parse hangs it from the verb (issue 11 part 6; stop 40 j11 E27)."""
    text = (
        "The harbour board faced a tough question about two mergers this past summer. "
        "The governor praised the harbour board for its restraint."
    )
    assert dated(_events(nlp, text)["praised"]) == ("2024", "year")


def test_a_bare_season_of_a_subjects_noun_does_not_move_the_story(nlp: Language) -> None:
    """A bare time on the subject's noun describes that noun, not the act of the clause: "The talks
    this past summer were ..." sets no story time for the next sentence's act."""
    text = (
        "The mergers this past summer are still under review. "
        "The governor praised the harbour board for its restraint."
    )
    assert dated(_events(nlp, text)["praised"]) == ("2024-10-16", "publication")
