from __future__ import annotations

from pathlib import Path

import pytest
import spacy
import yaml
from spacy.attrs import LOWER

from wirewatch.doctools import token_indices
from wirewatch.errors import DataFileError
from wirewatch.events.codebook import (
    _data_text,
    load_cameo,
    load_codebook,
    noun_inflections,
    safe_yaml,
    verb_inflections,
)


def test_packaged_codebook_loads_and_codes_are_strings() -> None:
    book = load_codebook()
    assert book.rules
    for rule in book.rules:
        assert isinstance(rule.cameo.code, str) and len(rule.cameo.code) in (3, 4)  # "057", "1661"
        assert rule.plover in {
            "AGREE",
            "CONSULT",
            "SUPPORT",
            "CONCEDE",
            "COOPERATE",
            "AID",
            "RETREAT",
            "REQUEST",
            "ACCUSE",
            "REJECT",
            "THREATEN",
            "PROTEST",
            "SANCTION",
            "MOBILIZE",
            "COERCE",
            "ASSAULT",
        }
    assert load_cameo()["040"].quad_class == 1
    assert len({r.rule for r in book.rules}) == len(book.rules), "rule names must be unique"


def test_inflections_cover_regular_and_irregular_forms() -> None:
    assert {"meets", "meeting"} <= verb_inflections("meet")
    assert {"visited", "visits", "visiting"} <= verb_inflections("visit")
    assert {"criticized", "criticizes"} <= verb_inflections("criticize")
    assert {"banned", "banning"} <= verb_inflections("ban")
    assert {"talks"} <= noun_inflections("talk") and {"sanctions"} <= noun_inflections("sanction")
    book = load_codebook()
    assert book.verb_forms["met"] == "meet" and "slept" not in book.verb_forms
    assert book.verb_forms["held"] == "hold" and book.is_form_of("held", "hold")
    assert book.is_form_of("imposes", "impose")


def test_bad_rule_names_file_and_rule(tmp_path: Path) -> None:
    path = tmp_path / "book.yaml"
    path.write_text("- {rule: x.bad, lemma: meet, pos: verb, cameo: '999'}\n")
    with pytest.raises(DataFileError, match=r"rule 1 \(x.bad\).*999"):
        load_codebook(path)
    path.write_text("- {rule: x.typo, lemma: meet, pos: verb, cameo: '040', targts: []}\n")
    with pytest.raises(DataFileError, match="unknown keys"):
        load_codebook(path)


def test_cameo_table_names_a_bad_line(tmp_path: Path) -> None:
    path = tmp_path / "cameo.tsv"
    path.write_text("cameo\tlabel\tquad_class\tgoldstein\tplover\tmode\n040\tConsult\tone\t1.0\tCONSULT\t\n")
    with pytest.raises(DataFileError, match="data line 1"):
        load_cameo(path)
    path.write_text("code\tlabel\n040\tConsult\n")
    with pytest.raises(DataFileError, match="header"):
        load_cameo(path)


def test_packaged_codebook_is_read_once_and_a_file_each_time(tmp_path: Path) -> None:
    assert load_codebook() is load_codebook()
    path = tmp_path / "book.yaml"
    path.write_text(_data_text("codebook.yaml"), encoding="utf-8")
    first = load_codebook(path)
    assert first is not load_codebook(path) and first.rules == load_codebook().rules


def test_fast_yaml_reads_the_codebook_as_the_safe_loader_does() -> None:
    text = _data_text("codebook.yaml")
    assert safe_yaml(text) == yaml.safe_load(text)
    with pytest.raises(yaml.YAMLError):
        safe_yaml("rules: [unclosed")


# Rules whose PLOVER type deliberately differs from what PLOVER's own CAMEO-to-PLOVER table gives
# their CAMEO code: rule name -> why. Add an entry only with the PLOVER manual's reason.
_RESIGN = "PLOVER 2.0 lists resignation as a RETREAT mode (the GSR gold codes it so); CAMEO's 083 is CONCEDE"
PLOVER_DIFFERS: dict[str, str] = {
    "retreat.resign": _RESIGN,
    "retreat.step-down": _RESIGN,
    "retreat.resignation.n": _RESIGN,
    "accuse.indict": "CAMEO 173 includes a charge; PLOVER 2.0 and its GSR gold read an indictment as ACCUSE",
}


def test_every_rule_has_the_plover_type_of_its_cameo_code() -> None:
    """A rule's CAMEO code and PLOVER type agree by PLOVER's CAMEO table (cameo.tsv), verb and noun
    rules alike: "agreed" coded 057 (sign formal agreement, SUPPORT) as AGREE says two different
    things about one event. Only the listed rules differ, each with PLOVER 2.0's reason."""
    book = load_codebook()
    mismatched = [
        f"{rule.rule}: CAMEO {rule.cameo.code} is {rule.cameo.plover}, the rule says {rule.plover}"
        for rule in book.rules
        # a code PLOVER gives no type (root 01 statements such as 018) must name one in the rule
        if rule.cameo.plover is not None
        and rule.plover != rule.cameo.plover
        and rule.rule not in PLOVER_DIFFERS
    ]
    assert not mismatched, "\n".join(mismatched)


def test_the_plover_allow_list_names_only_rules_that_differ() -> None:
    book = {rule.rule: rule for rule in load_codebook().rules}
    for name in PLOVER_DIFFERS:
        assert name in book and book[name].plover != book[name].cameo.plover


def test_trigger_form_ids_find_the_words_a_scan_of_lower_forms_finds() -> None:
    book = load_codebook()
    doc = spacy.blank("en")(
        "Troops SHELLED the port; the ministry Condemned it, protesters rallied and envoys met "
        "in Doha, where talks on a ceasefire stalled and the table was set."
    )
    assert token_indices(doc, LOWER, book.trigger_form_ids) == [
        t.i for t in doc if t.lower_ in book.trigger_forms
    ]
    assert token_indices(doc, LOWER, book.verb_and_noun_form_ids) == [
        t.i for t in doc if t.lower_ in book.verb_and_noun_forms
    ]
