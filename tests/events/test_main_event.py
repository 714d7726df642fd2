"""The main event of a sentence and the statement reading (issue 4)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.coding import rule_components

from wirewatch.events.main import main_event, statement_root

pytestmark = pytest.mark.slow


def test_main_clause_event_wins_over_a_subordinate_one(nlp: Language) -> None:
    with nlp.select_pipes(enable=rule_components(nlp)):
        doc = nlp("Turkey condemned Greece after Greek ships attacked Turkish fishermen.")
    event = main_event(doc, doc._.events)
    assert event is not None and event.plover == "ACCUSE"


def test_demanded_event_is_not_the_main_one(nlp: Language) -> None:
    with nlp.select_pipes(enable=rule_components(nlp)):
        doc = nlp("The Swedish ambassador said Norway must release the detained fishermen.")
    event = main_event(doc, doc._.events)
    assert event is not None and event.plover == "REQUEST"


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("The mayor said on Friday that the bridge would reopen.", "01"),
        ("'We are ready,' the coach said after the game.", "01"),
        ("The river flooded three villages.", None),
        # CAMEO 014, consider a policy option, is a statement too.
        ("The Chilean government is exploring the possibility of a new copper tax.", "01"),
        ("Danish ministers are weighing a ban on fireworks.", "01"),
        # "suggested" and "indicated" a view are statements (CAMEO 010) as "said" is.
        ("The Latvian premier suggested that the summit plan was a way to revive the old talks.", "01"),
        ("The Austrian government has indicated that it may send two forensic experts.", "01"),
    ],
)
def test_statement_root(nlp: Language, text: str, root: str | None) -> None:
    with nlp.select_pipes(enable=["tok2vec", "parser", "ner"]):
        assert statement_root(nlp(text)) == root
