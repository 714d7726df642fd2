"""The actor evaluation: reading gold, locating spans, judging (issue 3)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from wirewatch.actors.gazetteer import Gazetteer
from wirewatch.errors import DataFileError
from wirewatch.evaluate.actors import ActorCase, _judge, _locate, first_part, read_cases, read_plover
from wirewatch.model import Mention

CASES = Path(__file__).resolve().parents[1] / "fixtures" / "actor_cases.tsv"
KINDS = {"name", "official", "abbreviation", "demonym", "demonym_plural", "capital", "metonym", "igo"}
KINDS |= {"person_title", "person_possessive", "person_apposition", "person_known", "surname", "counterpart"}
KINDS |= {"group", "group_of", "group_in", "ethnic", "organisation", "media", "edu", "ambiguity"}


def test_case_file_has_150_cases_of_every_kind() -> None:
    cases = read_cases(CASES)
    assert len(cases) >= 150
    assert {c.kind for c in cases} >= KINDS


def test_plover_codes_are_normalised(tmp_path: Path) -> None:
    record = {
        "text": "Tokyo and Rome agreed, the villagers said.",
        "events": [
            {
                "source": [{"text": "Tokyo", "code": "JAP", "sector": None}],
                "target": [{"text": "villagers", "code": "ITL", "sector": "CVLalb"}],
            }
        ],
    }
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(record) + "\n")
    cases = read_plover(path)
    assert [(c.country, c.sector) for c in cases] == [("JPN", None), ("ITA", "CVL")]


def test_locate_whole_words_and_gaps() -> None:
    sentence = "Iraqi Kurds want independence from Iraq, Sierra Leonean and Liberian refugees said."
    assert _locate(sentence, "Iraq") == (35, 39)
    start, end = _locate(sentence, "Sierra Leonean ... refugees") or (0, 0)
    assert sentence[start:end] == "Sierra Leonean and Liberian refugees"
    assert _locate(sentence, "Baghdad") is None


def test_judging_igos_and_bare_states() -> None:
    gaz = Gazetteer.load()
    un = Mention(0, 2, "UN", "igo", "UN", "IGO", actor_id="UN")
    assert _judge(ActorCase("UN said.", "UN", "IGO", None), un, gaz).sector_ok is True
    assert _judge(ActorCase("UN said.", "UN", "IGO", None), un, gaz).country_ok is True
    cuba = Mention(0, 4, "Cuba", "country", "CUB")
    judged = _judge(ActorCase("Cuba said.", "Cuba", "CUB", "GOV"), cuba, gaz)
    assert judged.country_ok and judged.sector_ok is False
    assert _judge(ActorCase("x", "x", "CUB", "***"), None, gaz).sector_ok is None


def test_bad_case_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "cases.tsv"
    path.write_text("kind\tsentence\tmention\tcountry\tsector\nname\tPeru voted.\tChile\tCHL\t-\n")
    with pytest.raises(DataFileError, match="case 2"):
        read_cases(path)


def test_locate_unverbatim_gold_mentions() -> None:
    sentence = "French and Egyptian warships sailed as NATO peacekeeping troops arrived."
    span = _locate(sentence, "NATO  peacekeeping troops")  # doubled space in the gold
    assert span is not None and sentence[span[0] : span[1]] == "NATO peacekeeping troops"
    assert first_part(sentence, "NATO  peacekeeping troops", span) is None  # one stretch after all
    split = _locate(sentence, "French warships")  # the owner and noun of a coordinated group
    assert split is not None and sentence[split[0] : split[1]] == "French and Egyptian warships"
    assert first_part(sentence, "French warships", split) == (0, 6)


def test_igo_sectors_follow_the_gold_scheme() -> None:
    gaz = Gazetteer.load()
    council = Mention(0, 16, "Security Council", "igo", "UNSC", "IGO", actor_id="UNSC")
    annan = Mention(0, 10, "Kofi Annan", "person", "UN", "IGO", actor_id="p:kofi-annan")
    # PLOVER 0.5b1 codes a body by its function and an officer as GOV ...
    assert _judge(ActorCase("x", "x", "IGO", "GOV"), council, gaz).sector_ok is True
    assert _judge(ActorCase("x", "x", "IGO", "GOV"), annan, gaz).sector_ok is True
    # ... the team's cases keep wirewatch's own scheme: no sector for an organisation.
    assert _judge(ActorCase("x", "x", "UN", None, kind="igo"), annan, gaz).sector_ok is True
    assert _judge(ActorCase("x", "x", "UNSC", "GOV", kind="igo"), council, gaz).sector_ok is False
