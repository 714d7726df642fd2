"""The country and IGO gazetteer: table contents, normalised lookup, validation."""

from __future__ import annotations

from collections import Counter, defaultdict
from pathlib import Path

import pytest

from wirewatch.actors.gazetteer import (
    COUNTRY_COLUMNS,
    IGO_COLUMNS,
    Gazetteer,
    is_abbreviation,
    normalise,
)

# Forms the table deliberately gives to more than one code; callers decide between them.
KNOWN_AMBIGUOUS = {"congo", "congolese", "dominican", "dominicans"}


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


def codes(gaz: Gazetteer, text: str) -> set[str]:
    return {sf.code for sf in gaz.lookup(text)}


def write_table(path: Path, columns: tuple[str, ...], rows: list[list[str]]) -> Path:
    lines = ["# a comment", "\t".join(columns)] + ["\t".join(row) for row in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_all_un_members_and_observers_are_listed(gaz: Gazetteer) -> None:
    kinds = Counter(entry.kind for entry in gaz.entries())
    assert kinds["state"] >= 193
    assert {"VAT", "PSE"} <= {e.code for e in gaz.entries() if e.kind == "observer"}
    assert {"TWN", "XKX", "HKG", "MAC", "PRI", "GRL", "ESH"} <= {
        e.code for e in gaz.entries() if e.kind == "territory"
    }


def test_table_codes_are_unique_three_letter_codes() -> None:
    text = (Path(__file__).parents[2] / "src/wirewatch/data/countries.tsv").read_text("utf-8")
    rows = [line.split("\t") for line in text.splitlines() if not line.startswith("#")][1:]
    iso3 = [row[0] for row in rows]
    assert len(iso3) == len(set(iso3))
    assert all(len(code) == 3 and code.isupper() for code in iso3)
    assert sum(row[1] == "state" for row in rows) == 193


@pytest.mark.parametrize(
    "text",
    [
        "DPRK",
        "Democratic People's Republic of Korea",
        "Democratic People’s Republic of Korea",
        "North Korea",
        "North Korean",
        "North Koreans",
        "Pyongyang",
    ],
)
def test_north_korea_forms_are_prk_only(gaz: Gazetteer, text: str) -> None:
    assert codes(gaz, text) == {"PRK"}


@pytest.mark.parametrize("text", ["Republic of Korea", "South Korea", "ROK", "Seoul"])
def test_south_korea_forms_are_kor_only(gaz: Gazetteer, text: str) -> None:
    assert codes(gaz, text) == {"KOR"}


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("the Kremlin", "RUS"),
        ("Kremlin", "RUS"),
        ("U.S.", "USA"),
        ("US", "USA"),
        ("United States", "USA"),
        ("Americans", "USA"),
        ("Washington", "USA"),
        ("the White House", "USA"),
        ("Spaniards", "ESP"),
        ("Habana", "CUB"),
        ("Havana", "CUB"),
        ("Côte d'Ivoire", "CIV"),
        ("Cote d'Ivoire", "CIV"),
        ("Ivory Coast", "CIV"),
        ("Georgia", "GEO"),
        ("Kiev", "UKR"),
        ("Kyiv", "UKR"),
        ("Türkiye", "TUR"),
        ("Turkiye", "TUR"),
        ("Burma", "MMR"),
        ("Swaziland", "SWZ"),
        ("Holland", "NLD"),
        ("The Hague", "NLD"),
        ("Emirati", "ARE"),
        ("UAE", "ARE"),
        ("Britons", "GBR"),
        ("Downing Street", "GBR"),
        ("Filipinos", "PHL"),
        ("Gaza", "PSE"),
        ("Taiwan", "TWN"),
    ],
)
def test_lookup_resolves(gaz: Gazetteer, text: str, code: str) -> None:
    assert codes(gaz, text) == {code}


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("NATO", "NATO"),
        ("Nato", "NATO"),
        ("the United Nations", "UN"),
        ("UN", "UN"),
        ("U.N.", "UN"),
        ("WHO", "WHO"),
        ("European Union", "EU"),
        ("G-7", "G7"),
        ("Arab League", "ARL"),
        ("Red Cross", "ICRC"),
    ],
)
def test_igos_resolve(gaz: Gazetteer, text: str, code: str) -> None:
    assert codes(gaz, text) == {code}
    assert {sf.form for sf in gaz.lookup(text)} == {"igo"}


@pytest.mark.parametrize("text", ["us", "Us", "who", "un", "eu", "uk", "usa"])
def test_short_abbreviations_are_case_sensitive(gaz: Gazetteer, text: str) -> None:
    assert gaz.lookup(text) == []


def test_longer_forms_ignore_case_diacritics_and_apostrophes(gaz: Gazetteer) -> None:
    assert codes(gaz, "NORTH KOREA") == {"PRK"}
    assert codes(gaz, "côte d’ivoire") == {"CIV"}
    assert codes(gaz, "Guinea Bissau") == codes(gaz, "Guinea-Bissau") == {"GNB"}
    assert normalise("The Élysée") == "Elysee"
    assert is_abbreviation("U.S.") and not is_abbreviation("Iran")


def test_lookup_reports_form_and_table_text(gaz: Gazetteer) -> None:
    [sf] = gaz.lookup("north koreans")
    assert (sf.text, sf.code, sf.form) == ("North Koreans", "PRK", "demonym_plural")
    assert {(sf.code, sf.form) for sf in gaz.lookup("Chinese")} == {
        ("CHN", "demonym"),
        ("CHN", "demonym_plural"),
    }


def test_only_known_forms_are_ambiguous(gaz: Gazetteer) -> None:
    by_key: defaultdict[str, set[str]] = defaultdict(set)
    for sf in gaz.surface_forms():
        key = normalise(sf.text)
        by_key[key if is_abbreviation(key) else key.casefold()].add(sf.code)
    ambiguous = {key for key, found in by_key.items() if len(found) > 1}
    assert ambiguous == KNOWN_AMBIGUOUS
    assert codes(gaz, "Congolese") == {"COD", "COG"}


def test_get_and_members(gaz: Gazetteer) -> None:
    prk = gaz.get("PRK")
    assert prk is not None and prk.official == "Democratic People's Republic of Korea"
    nato = gaz.get("NATO")
    assert nato is not None and nato.kind == "igo"
    assert gaz.get("XXX") is None
    assert set(gaz.members("G7")) == {"CAN", "FRA", "DEU", "ITA", "JPN", "GBR", "USA"}
    assert len(gaz.members("EU")) == 27 and len(gaz.members("NATO")) == 32
    assert gaz.members("UN") == () and gaz.members("USA") == ()
    for entry in gaz.entries():
        for member in gaz.members(entry.code):
            assert gaz.get(member) is not None


def test_malformed_country_row_names_file_and_line(tmp_path: Path) -> None:
    good = ["CUB", "state", "Cuba", "", "", "Cuban", "Cubans", "Havana", ""]
    bad = ["ESP", "state", "Spain", "", "", "Spanish", "Spaniards", "Madrid"]  # 8 columns
    path = write_table(tmp_path / "c.tsv", COUNTRY_COLUMNS, [good, bad])
    with pytest.raises(ValueError, match=r"c\.tsv, line 4: expected 9 columns"):
        Gazetteer.load(countries=path)


@pytest.mark.parametrize(
    ("row", "reason"),
    [
        (["CUB", "state", "Cuba again", "", "", "", "", "", ""], "duplicate code CUB"),
        (["ESP", "country", "Spain", "", "", "", "", "", ""], "kind must be"),
        (["Esp", "state", "Spain", "", "", "", "", "", ""], "bad code"),
        (["ESP", "state", "Spain", "", "A||B", "", "", "", ""], "empty item in aliases"),
    ],
)
def test_bad_country_rows_are_rejected(tmp_path: Path, row: list[str], reason: str) -> None:
    good = ["CUB", "state", "Cuba", "", "", "Cuban", "Cubans", "Havana", ""]
    path = write_table(tmp_path / "c.tsv", COUNTRY_COLUMNS, [good, row])
    with pytest.raises(ValueError, match=f"line 4: {reason}"):
        Gazetteer.load(countries=path)


def test_bad_igo_rows_are_rejected(tmp_path: Path) -> None:
    countries = write_table(
        tmp_path / "c.tsv", COUNTRY_COLUMNS, [["CUB", "state", "Cuba", "", "", "", "", "", ""]]
    )
    igos = write_table(tmp_path / "i.tsv", IGO_COLUMNS, [["ALBA", "ALBA", "", "CUB|VEN", "", ""]])
    with pytest.raises(ValueError, match=r"i\.tsv, line 3: unknown member codes \['VEN'\]"):
        Gazetteer.load(countries=countries, igos=igos)
    clash = write_table(tmp_path / "j.tsv", IGO_COLUMNS, [["CUB", "Cuba Union", "", "", "", ""]])
    with pytest.raises(ValueError, match="duplicate code CUB"):
        Gazetteer.load(countries=countries, igos=clash)


def test_wrong_header_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "c.tsv"
    path.write_text("iso3\tname\nCUB\tCuba\n", encoding="utf-8")
    with pytest.raises(ValueError, match="line 1: header must be"):
        Gazetteer.load(countries=path)


def test_igo_function_sectors(gaz: Gazetteer, tmp_path: Path) -> None:
    entries = {code: gaz.get(code) for code in ("UNSC", "NATO", "UNHCR", "UN")}
    functions = {code: entry.function for code, entry in entries.items() if entry is not None}
    assert functions == {"UNSC": "GOV", "NATO": "MIL", "UNHCR": "REF", "UN": None}
    countries = write_table(
        tmp_path / "c.tsv", COUNTRY_COLUMNS, [["CUB", "state", "Cuba", "", "", "", "", "", ""]]
    )
    igos = write_table(tmp_path / "i.tsv", IGO_COLUMNS, [["ALBA", "ALBA", "", "CUB", "gov", ""]])
    with pytest.raises(ValueError, match="function"):
        Gazetteer.load(countries=countries, igos=igos)


def test_malformed_sector_table_names_file_and_line(tmp_path: Path) -> None:
    from wirewatch.actors.lexicon import SectorLexicon
    from wirewatch.errors import DataFileError

    path = tmp_path / "sectors.tsv"
    path.write_text("term\tsector\tkind\npolice\tCOP\tgroup\nmayor\tGOV\tperson\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=r"sectors.tsv: data line 2"):
        SectorLexicon.load(path)
    path.write_text("word\tsector\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="header"):
        SectorLexicon.load(path)


def test_a_seat_city_stands_for_the_one_body_news_names_by_it(gaz: Gazetteer, tmp_path: Path) -> None:
    """Issue 11: "Brussels said" is the EU's word; Vienna and Geneva house many bodies, none."""
    assert gaz.seat_of("Brussels") == "EU"
    assert gaz.seat_of("brussels") == "EU"
    assert gaz.seat_of("Vienna") is None and gaz.seat_of("Geneva") is None
    assert gaz.seat_of("Belgium") is None
    countries = write_table(
        tmp_path / "c.tsv", COUNTRY_COLUMNS, [["CUB", "state", "Cuba", "", "", "", "", "Havana", ""]]
    )
    twice = [["ALBA", "ALBA", "", "CUB", "", "Havana"], ["CELAC", "CELAC", "", "", "", "Havana"]]
    igos = write_table(tmp_path / "i.tsv", IGO_COLUMNS, twice)
    with pytest.raises(ValueError, match="seat 'Havana' already stands for ALBA"):
        Gazetteer.load(countries=countries, igos=igos)
