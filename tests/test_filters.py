"""Filter values resolved to what the store holds (issue 12: silent empty results), and the CLI using them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.serving import copy_of_sample
from wirewatch.cli import EXIT_OK, EXIT_USAGE, main
from wirewatch.filters import FilterError, plover_types, resolve_country, resolve_dyad, resolve_plover


@pytest.mark.parametrize(
    ("value", "code"),
    [
        ("IRN", "IRN"),
        ("irn", "IRN"),
        ("Iran", "IRN"),
        ("iran", "IRN"),
        ("Iranian", "IRN"),
        ("the United States", "USA"),
        ("US", "USA"),
        ("Britain", "GBR"),
        ("nato", "NATO"),
        ("Côte d'Ivoire", "CIV"),
    ],
)
def test_codes_names_aliases_and_demonyms_resolve(value: str, code: str) -> None:
    assert resolve_country(value) == code


def test_unknown_and_ambiguous_countries_say_what_to_send() -> None:
    with pytest.raises(FilterError, match=r"/v1/countries.*countries\.tsv"):
        resolve_country("Narnia")
    with pytest.raises(FilterError, match=r"COG.*COD"):
        resolve_country("Congo")
    with pytest.raises(FilterError, match="ISO 3166"):
        resolve_country("")


@pytest.mark.parametrize(
    ("value", "pair"),
    [
        ("USA-RUS", ("USA", "RUS")),
        ("usa rus", ("USA", "RUS")),
        ("Iran-USA", ("IRN", "USA")),
        ("Iran, United States", ("IRN", "USA")),
        ("Iran vs USA", ("IRN", "USA")),
        ("Guinea-Bissau-Senegal", ("GNB", "SEN")),
        ("Bosnia and Herzegovina-Serbia", ("BIH", "SRB")),
    ],
)
def test_dyads_split_where_both_sides_are_countries(value: str, pair: tuple[str, str]) -> None:
    assert resolve_dyad(value) == pair


@pytest.mark.parametrize("value", ["USA", "Iran-Narnia", "USA-RUS-CHN", ""])
def test_dyads_that_are_not_two_countries_are_refused(value: str) -> None:
    with pytest.raises(FilterError, match="dyad"):
        resolve_dyad(value)


def test_plover_types_come_from_the_codebook_and_unknown_ones_list_them() -> None:
    assert len(plover_types()) == 16 and "ASSAULT" in plover_types()
    assert resolve_plover("consult") == "CONSULT"
    with pytest.raises(FilterError) as caught:
        resolve_plover("BOMB")
    assert all(t in str(caught.value) for t in plover_types())


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return copy_of_sample(tmp_path_factory, "filters-cli")


def _jsonl(out: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in out.splitlines() if line]


def test_cli_accepts_country_names(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Issue 12: `--country Iran` and `--dyad Iran-USA` gave an empty table and exit 0."""
    runs = {}
    for args in (["--country", "IRN"], ["--country", "Iran"], ["--dyad", "USA-IRN"], ["--dyad", "Iran-USA"]):
        assert main(["events", "--db", str(db), "--format", "jsonl", *args]) == EXIT_OK
        runs[args[1]] = _jsonl(capsys.readouterr().out)
    assert runs["IRN"] and runs["Iran"] == runs["IRN"]
    assert runs["USA-IRN"] and runs["Iran-USA"] == runs["USA-IRN"]


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["--type", "BOMB"], "CONSULT"),
        (["--country", "Narnia"], "countries.tsv"),
        (["--dyad", "Iran"], "two countries"),
    ],
)
def test_cli_refuses_unknown_filters_as_usage_errors(
    db: Path, capsys: pytest.CaptureFixture[str], args: list[str], says: str
) -> None:
    for command in (["events"], ["export", "--format", "jsonl", "-o", str(db.parent / "x.jsonl")]):
        with pytest.raises(SystemExit) as exc:
            main([*command, "--db", str(db), *args])
        assert exc.value.code == EXIT_USAGE
        assert says in capsys.readouterr().err
