"""The cue lexicon reads its data file and rejects a malformed one (issue 5)."""

from __future__ import annotations

import pytest

from wirewatch.actors.coref import description_kinds
from wirewatch.errors import DataFileError
from wirewatch.quotes.cues import CueLexicon


def test_packaged_cues_load() -> None:
    lexicon = CueLexicon.load()
    assert [c.lemma for c in lexicon.cues_for("said")] == ["say"]
    assert [c.lemma for c in lexicon.cues_for("Told")] == ["tell"]
    assert [c.lemma for c in lexicon.cues_for("adds")] == ["add"]
    assert lexicon.cues_for("table") == []
    cue = lexicon.source_for("According", "to")
    assert cue is not None and cue.frame == "source"


def test_unknown_frame_is_an_error() -> None:
    with pytest.raises(DataFileError, match="frame"):
        CueLexicon.load("cue\tkind\tframe\tirregular\nsay\tspeech\tnoun\t\n")


def test_descriptions_load() -> None:
    kinds = description_kinds()
    assert {kinds[w] for w in ("minister", "analyst", "spokesman")} == {"person"}
    assert (kinds["group"], kinds["ministry"], kinds["country"]) == ("nonstate", "group", "country")
