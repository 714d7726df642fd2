"""The actor knowledge base snapshot and its curated starter table (issue 3)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from wirewatch.actors.kb import ActorKB, actor_slug, load_curated, role_at
from wirewatch.errors import DataFileError
from wirewatch.model import KnownActor, RoleSpan, name_key


@pytest.fixture(scope="module")
def curated() -> list[KnownActor]:
    return load_curated()


def test_name_key_ignores_spelling_variants() -> None:
    assert name_key("Ri Yong-ho") == name_key("Ri Yong Ho") == name_key("RI YONG HO") == "ri yong ho"
    assert name_key("Kim Jong-un") == name_key("Kim Jong Un")
    assert name_key("Bruno Rodríguez") == name_key("Bruno Rodriguez")
    assert actor_slug("Ri Yong Ho") == "p:ri-yong-ho"


def test_curated_table_covers_g20_leaders_with_terms(curated: list[KnownActor]) -> None:
    countries = {a.country for a in curated}
    g20 = {"ARG", "AUS", "BRA", "CAN", "CHN", "FRA", "DEU", "IND", "IDN", "ITA", "JPN", "KOR", "MEX"}
    g20 |= {"RUS", "SAU", "ZAF", "TUR", "GBR", "USA"}
    assert g20 <= countries
    assert all(a.origin == "curated" and a.roles for a in curated)
    assert all(span.first_seen for a in curated for span in a.roles)


def test_seed_people_are_known(curated: list[KnownActor]) -> None:
    kb = ActorKB(curated)
    expected = {
        "Ri Yong Ho": ("PRK", "GOV"),
        "Bruno Rodriguez": ("CUB", "GOV"),
        "Sergei Lavrov": ("RUS", "GOV"),
        "Donald Trump": ("USA", "GOV"),
        "Barack Obama": ("USA", "GOV"),
        "Kim Jong-un": ("PRK", "GOV"),
        "Xi Jinping": ("CHN", "GOV"),
        "Moon Jae-in": ("KOR", "GOV"),
        "Bashar al-Assad": ("SYR", "GOV"),
    }
    for name, (country, sector) in expected.items():
        actor = kb.by_name(name)
        assert actor is not None, name
        assert (actor.country, actor.sector) == (country, sector), name


def test_surname_lookup_refuses_shared_surnames(curated: list[KnownActor]) -> None:
    kb = ActorKB(curated)
    lavrov = kb.by_surname("Lavrov")
    assert lavrov is not None and lavrov.name == "Sergei Lavrov"
    assert kb.by_surname("Clinton") is None  # Bill and Hillary
    assert kb.by_surname("Castro") is None  # Fidel and Raul
    assert kb.by_surname("Ri") is None  # too short to trust across articles


def test_role_depends_on_the_date(curated: list[KnownActor]) -> None:
    putin = ActorKB(curated).by_name("Vladimir Putin")
    assert putin is not None
    at_2010 = role_at(putin, dt.date(2010, 6, 1))
    at_2018 = role_at(putin, dt.date(2018, 6, 1))
    assert at_2010 is not None and at_2010.role == "prime minister"
    assert at_2018 is not None and at_2018.role == "president"


def test_analyst_record_wins_a_shared_name() -> None:
    learned = KnownActor("p:a", "Ana Costa", country="BRA", sector="GOV")
    analyst = KnownActor("p:b", "Ana Costa", country="PRT", sector="BUS", origin="analyst")
    found = ActorKB([learned, analyst]).by_name("ana costa")
    assert found is not None and found.actor_id == "p:b"
    assert ActorKB([analyst, learned]).by_name("Ana Costa") == analyst


def test_role_spans_without_date_give_the_latest() -> None:
    actor = KnownActor(
        "p:x",
        "X Y",
        roles=(
            RoleSpan("minister", "FRA", "GOV", "2001-01-01", "2005-01-01"),
            RoleSpan("president", "FRA", "GOV", "2010-01-01", None),
        ),
    )
    span = role_at(actor, None)
    assert span is not None and span.role == "president"


def test_malformed_curated_table_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "curated.tsv"
    bad.write_text("name\taliases\tcountry\tsector\trole\tterm_start\tterm_end\nJo Bloggs\t\tXXX\t\t\t\t\n")
    with pytest.raises(DataFileError, match="row 2"):
        load_curated(bad)


def _curated_person(name: str, country: str) -> KnownActor:
    span = RoleSpan("premier", country, "GOV", "2010-01-01", None)
    return KnownActor(
        actor_id=actor_slug(name),
        name=name,
        kind="person",
        country=country,
        sector="GOV",
        role="premier",
        origin="curated",
        roles=(span,),
    )


def test_a_name_written_family_name_first_is_known_by_it() -> None:
    """Issue 11: "Xi" alone was unresolved (surnames under 3 letters are not indexed)."""
    kb = ActorKB([_curated_person("Bo Tianming", "CHN"), _curated_person("Harald Lund", "NOR")])
    found = kb.by_surname("Bo")
    assert found is not None and found.name == "Bo Tianming"
    assert kb.by_surname("Tianming") is None  # a given name, not the family name
    assert kb.by_surname("Lund") is not None
    kb = ActorKB([_curated_person("Tom Haoran", "CHN")])  # a family name that is an English given name
    assert kb.by_surname("Tom") is None


def test_popes_and_earlier_secretaries_of_state_are_known(curated: list[KnownActor]) -> None:
    kb = ActorKB(curated)
    pope = kb.by_name("Pope Francis")
    assert pope is not None and (pope.country, pope.sector) == ("VAT", "REL")
    rice = kb.by_name("Condoleezza Rice")
    assert rice is not None and rice.country == "USA"
    assert kb.by_surname("Rice") is None  # Condoleezza and Susan
    assert kb.by_surname("Powell") is None  # Colin and Jerome
