"""Who does the act of a clause that describes a noun, stop 41 (helper STRUCT), on sentences
written by the team: a participle on a stand-in ("including the one backing X") is the act of the
noun the stand-in picks from, not of the main clause's subject; a relative clause after the second
member of a "between" pair is that member's act. Each has a near sentence that must not change."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.coding import source_texts

pytestmark = pytest.mark.slow


# A participle on "the one" picks a member of the noun named before it (j13 class 1).


def test_a_participle_on_the_one_is_the_act_of_the_noun_it_picks_from(nlp: Language) -> None:
    text = "Senator Warren condemned super PACs, including the one supporting Governor Bush."
    assert source_texts(nlp, text, "SUPPORT") == {"super PACs"}


def test_funding_by_one_of_the_companies_is_no_act_of_the_senator(nlp: Language) -> None:
    text = (
        "The Kenyan senator condemned the oil firms, including one funding the opposition leader's campaign."
    )
    assert "Kenyan senator" not in source_texts(nlp, text, "AID")


def test_a_participle_on_a_named_group_still_names_that_group(nlp: Language) -> None:
    # near: with no stand-in the participle hangs on the group itself, as before
    text = "Senator Warren condemned the super PAC supporting Governor Bush."
    assert source_texts(nlp, text, "SUPPORT") == {"super PAC"}


def test_the_one_picking_from_nothing_named_is_still_the_subjects_act(nlp: Language) -> None:
    # near: "the one" as a predicate, after no "including", still names the subject
    text = "Senator Warren was the one calling for talks with Iran."
    assert source_texts(nlp, text, "REQUEST") == {"Senator Warren"}


# A relative clause after a "between" pair is the nearer member's act (j12 class 2).


def test_a_relative_clause_after_a_between_pair_is_the_second_members_act(nlp: Language) -> None:
    text = "Talks between the cabinet and the militia, who have repeatedly rejected a truce, stalled."
    assert source_texts(nlp, text, "REJECT") == {"militia"}


def test_the_government_is_no_refuser_when_the_clause_follows_the_taliban(nlp: Language) -> None:
    text = (
        "The president hoped for talks between his government and the Taliban, "
        "who have refused to negotiate with Kabul."
    )
    assert source_texts(nlp, text, "REJECT") == {"the Taliban"}


def test_a_relative_clause_hung_on_the_fighting_is_the_second_sides_act(nlp: Language) -> None:
    text = "Fighting between the army and the rebels, who had rejected a truce, resumed."
    assert source_texts(nlp, text, "REJECT") == {"rebels"}


def test_a_relative_clause_on_a_pair_outside_between_is_still_both_members(nlp: Language) -> None:
    # near: a pair after no "between" keeps both members
    text = "The envoy praised Russia and China, which have repeatedly rejected the sanctions."
    assert source_texts(nlp, text, "REJECT") == {"Russia", "China"}
