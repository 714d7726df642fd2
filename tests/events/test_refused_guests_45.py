"""A refusal whose object points back at the person it refuses (stop 45, refuse16): "did not invite
this speaker", "had not invited this preacher". A noun of a part a person plays at an occasion
(speaker, guest, visitor, invitee: `data/speaker_descriptions.tsv` kind guest) after "this" or
"that" refers back to the person named before it, whatever their title (actors/coref.py), so a rule
that needs a named target (consult.invite, refused: REJECT 125) finds one. Sentences written for
these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.coding import code

from wirewatch.model import Event

pytestmark = pytest.mark.slow

PREACHER = (
    "Pastor Amos Kell, a travelling preacher, was due to address students at Oxford University on Friday."
)
LEADER = (
    "Amos Kell, head of a fringe movement, had been asked to speak at Oxford University by a former student."
)


def _invites(events: list[Event]) -> list[Event]:
    return [e for e in events if e.rule == "consult.invite"]


def _mention(nlp: Language, text: str, words: str) -> str | None:
    found = [m for m in nlp(text)._.mentions if m.text == words]
    return found[-1].name if found else None


@pytest.mark.parametrize(
    "text",
    [
        f"{PREACHER} The university said it had not invited this preacher and did not back his views.",
        f'{LEADER} "Oxford University did not invite this speaker to our campus," its provost said.',
    ],
)
def test_a_refused_invitation_of_one_named_before_is_a_rejection_of_them(nlp: Language, text: str) -> None:
    invites = _invites(code(nlp, text))
    assert [e.plover for e in invites] == ["REJECT"]
    assert [e.cameo for e in invites] == ["125"]
    assert [t.name for t in invites[0].targets] == ["Amos Kell"]


def test_a_demonstrative_guest_noun_refers_to_the_person_named_before(nlp: Language) -> None:
    text = f"{LEADER} The dean said that guest would not be welcome."
    assert _mention(nlp, text, "that guest") == "Amos Kell"


@pytest.mark.parametrize(
    "text",
    [
        f"{LEADER} The university did not invite this year any speakers from abroad, the provost said.",
        f"{LEADER} The university did not invite comment on this issue, the provost said.",
        f"{LEADER} The university has not invited anyone this morning, the provost said.",
    ],
)
def test_a_demonstrative_of_time_or_topic_names_no_person(nlp: Language, text: str) -> None:
    """Negative: "this year", "this issue", "this morning" point back at no one named before."""
    assert all("Amos Kell" not in {t.name for t in e.targets} for e in _invites(code(nlp, text)))


def test_the_speaker_is_still_one_who_holds_that_title(nlp: Language) -> None:
    """Negative: after "the" the noun is a title the person holds, not any person named before."""
    text = "Senator Ruth Ames met Governor Paul Drake in Austin. The speaker later said he was pleased."
    assert _mention(nlp, text, "The speaker") is None
