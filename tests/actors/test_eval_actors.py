"""The actor evaluation: reading gold, locating spans, judging (issue 3)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from wirewatch.actors.gazetteer import Gazetteer
from wirewatch.errors import DataFileError
from wirewatch.evaluate.actors import ActorCase, _judge, _locate, read_cases, read_plover
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
