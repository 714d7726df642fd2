"""The act asked of one addressed after a preposition (prec12). Our own sentences.

"pleaded with the militants to free the engineers": the parse may hang the infinitive on the verb
of asking as a purpose clause (advcl), as if the one pleading were to free them. With someone
addressed after "with", "on", "upon" or "to" (modality.ADDRESSEE_PREPS), the infinitive is what is
asked of them: their act, not done, and never the asker's.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.coding import by_rule, code

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "asker", "asked"),
    [
        (
            "The Malian mayor pleaded with the jihadists to free the abducted teachers.",
            "Malian mayor",
            "jihadists",
        ),
        ("Norway pleaded with Sudan to release the detained aid workers.", "Norway", "Sudan"),
    ],
)
def test_an_act_pleaded_for_is_the_addressees_and_not_done(
    nlp: Language, text: str, asker: str, asked: str
) -> None:
    events = code(nlp, text)
    request = by_rule(events, "request.")
    assert [s.text for s in request.sources] == [asker]
    assert [t.text for t in request.targets] == [asked]
    # the release pleaded for is the request's content, no act of anyone (stop 48)
    assert not [e for e in events if e.plover == "RETREAT"]


def test_a_release_done_after_pleading_stays_done(nlp: Language) -> None:
    events = code(nlp, "Norway pleaded with Sudan and then released the detained fishermen.")
    released = by_rule(events, "retreat.")
    assert released.modality == "actual"
