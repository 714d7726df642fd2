"""Political verbs in other senses and hazards told as threats (stop-44 precision readings j18
classes 1 and 4, j19 class 8; prec7). Our own sentences.

- "Wound up" is "wind up" (ended up), no wounding; "rebels wounded three soldiers" is one.
- To "give back to the community" with nothing given is charity talk, no return; "gave back the
  land to Syria" is one.
- A practice taking on patients or customers, and a provider offering its services,
  appointments or treatment, run their business: no refugees taken in, no offer.
- A warning that nature could hit people ("could be hit by flooding") is a forecast, no threat;
  an alert against a disease, or one a health body raises, is no military alert (CAMEO 152).
- A private person's trip to a country visits no government (CAMEO 042).
- Insect spray used is no crowd control (CAMEO 175); pepper spray used on protesters is.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.coding import code

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("After a mix-up at the airport the ambassador wound up on a plane to Oslo.", "assault.wound"),
        ("The retired banker wants to give back to the farming community.", "retreat.give-back"),
        ("Dr. Okafor, a dentist in Lagos, is accepting new patients.", "aid.accept"),
        ("The ministry's hospital is offering free appointments to pensioners.", "agree.offer"),
        ("The health ministry is not offering enough soldiers the kind of therapy they need.", "agree.offer"),
        (
            "The United Nations warned that 300,000 people could be hit by severe flooding in Malawi.",
            "threaten.warn",
        ),
        (
            "The World Health Organization raised its pandemic alert level to phase four.",
            "mobilize.raise-alert",
        ),
        ("The Thai health ministry raised its alert level on Tuesday.", "mobilize.raise-alert"),
        ("A Canadian tourist visiting Peru was bitten by a dog last month.", "consult.visit"),
        (
            "Residents of the Texas town have used more insect spray since the outbreak began.",
            "coerce.use-crowd-control",
        ),
    ],
)
def test_a_political_verb_in_another_sense_codes_nothing(nlp: Language, text: str, rule: str) -> None:
    assert not [e for e in code(nlp, text) if e.rule.startswith(rule)]


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("Rebels wounded three soldiers near the border.", "assault.wound"),
        ("Israel agreed to give back the occupied land to Syria.", "retreat.give-back"),
        ("Germany agreed to accept 500 refugees from Greece.", "aid.accept"),
        ("Iran offered talks to the United States.", "agree.offer"),
        ("Russia warned Ukraine that it could strike its cities.", "threaten.warn"),
        ("The Indian army raised its alert level along the border with Pakistan.", "mobilize.raise-alert"),
        ("The French president visited Peru last week.", "consult.visit"),
        ("Riot police used pepper spray on the protesters in Santiago.", "coerce.use-crowd-control"),
    ],
)
def test_the_same_verbs_between_political_actors_keep_their_events(
    nlp: Language, text: str, rule: str
) -> None:
    assert [e for e in code(nlp, text) if e.rule.startswith(rule)]
