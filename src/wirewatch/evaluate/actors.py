"""Score actor resolution: country and sector of gold actor spans.

Each gold actor is a span of a sentence with the country (ISO3, an IGO, or none) and the
sector it should get. The sentence runs through the full pipeline; the mention that
overlaps the span most is the prediction. Two sources of gold:

- PLOVER gold-standard records (`events/plover_gsr.jsonl` in shared/eval): every source
  and target of every event. Codes keep the 0.5b1 spellings (JAP, ITL, VTN), mapped
  through `data/code_equivalents.tsv`; `IGO` means any international organisation;
  other non-ISO codes (NGO, ISM, IMG: transnational non-state groups) expect no country.
  Sector: the first three letters (`CVLalb` -> CVL); `***` is unknown and not scored;
  null means a bare state or organisation, which must get no sector.
- the team's own case file (TSV: kind, sentence, mention, country, sector; `-` for none).

Gold mentions that are not verbatim (doubled spaces, "French warships" for "French and
Egyptian warships") are found word by word; for such a split mention the group mention on
its first part (the owner) is the prediction. PLOVER 0.5b1 codes an organisation's bodies
and officers by what they do, where wirewatch gives them the sector IGO: see
`_scored_sector` for the translation, which applies to the PLOVER records only.
"""

from __future__ import annotations

import csv
import json
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from wirewatch.actors.gazetteer import Gazetteer
from wirewatch.errors import DataFileError, InputError
from wirewatch.model import Mention

ACTORS_COMPONENT = "wirewatch_actors"
ANY_IGO = "IGO"
IGO_SECTOR = "IGO"
# PLOVER 0.5b1 codes the officers of an international organisation as its government.
OFFICER_SECTOR = "GOV"
PLOVER_KIND = "plover"
UNKNOWN_SECTOR = "***"
NONE_MARK = "-"
CASE_COLUMNS = ("kind", "sentence", "mention", "country", "sector")
_ISO3_LEN = 3
_ELLIPSIS = "..."
# Mentions that code a group or person: what the owner part of a split gold mention names.
OWNER_KINDS = frozenset({"group", "person"})


@dataclass(frozen=True)
class ActorCase:
    """One gold actor: where it is in its sentence and what it should resolve to."""

    sentence: str
    mention: str
    country: str | None  # ISO3, an IGO code, ANY_IGO, or None for no country
    sector: str | None  # None: bare state/organisation; UNKNOWN_SECTOR: not scored
    kind: str = PLOVER_KIND


@dataclass(frozen=True)
class Prediction:
    case: ActorCase
    mention: Mention | None
    country_ok: bool
    sector_ok: bool | None  # None when the gold sector is unknown


@dataclass
class ActorReport:
    predictions: list[Prediction] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        plover = [p for p in self.predictions if p.case.kind == PLOVER_KIND]
        own = [p for p in self.predictions if p.case.kind != PLOVER_KIND]
        out: dict[str, Any] = {}
        if plover:
            out["actors"] = len(plover)
            out.update(_accuracies(plover, ""))
            out["unmatched"] = sum(1 for p in plover if p.mention is None)
        if own:
            out["cases.actors"] = len(own)
            out.update(_accuracies(own, "cases."))
            for kind in sorted({p.case.kind for p in own}):
                out.update(_accuracies([p for p in own if p.case.kind == kind], f"cases.{kind}."))
        return out

    def errors(self) -> list[dict[str, Any]]:
        """The wrong predictions, for reading."""
        return [
            {
                "kind": p.case.kind,
                "mention": p.case.mention,
                "gold": [p.case.country, p.case.sector],
                "got": [p.mention.country, p.mention.sector, p.mention.text] if p.mention else None,
                "sentence": p.case.sentence,
            }
            for p in self.predictions
            if not p.country_ok or p.sector_ok is False
        ]


def _accuracies(predictions: Sequence[Prediction], prefix: str) -> dict[str, float | int]:
    sector_scored = [p for p in predictions if p.sector_ok is not None]
    return {
        f"{prefix}country_accuracy": _ratio(sum(p.country_ok for p in predictions), len(predictions)),
        f"{prefix}sector_accuracy": _ratio(sum(bool(p.sector_ok) for p in sector_scored), len(sector_scored)),
        f"{prefix}sector_scored": len(sector_scored),
    }


def _ratio(hits: int, total: int) -> float:
    return round(hits / total, 4) if total else 0.0


def load_equivalents() -> dict[tuple[str, str], str]:
    """(vocabulary, old code) -> wirewatch code, from `data/code_equivalents.tsv`."""
    text = resources.files("wirewatch").joinpath("data", "code_equivalents.tsv").read_text(encoding="utf-8")
    rows = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    reader = csv.DictReader(rows, delimiter="\t")
    return {(r["vocabulary"], r["old"]): r["new"] for r in reader}


def read_plover(path: Path) -> list[ActorCase]:
    """Every source and target actor of the PLOVER gold records in `path`."""
    equivalents = load_equivalents()
    cases = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as e:
        raise InputError(f"{path}: cannot read: {e}") from e
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as e:
            raise InputError(f"{path}, line {number}: not JSON: {e}") from e
        for event in record.get("events", []):
            for actor in event.get("source", []) + event.get("target", []):
                cases.append(_plover_case(record["text"], actor, equivalents))
    return cases


def _plover_case(sentence: str, actor: dict[str, Any], equivalents: dict[tuple[str, str], str]) -> ActorCase:
    code = str(actor["code"])
    code = equivalents.get(("country", code), code)
    sector = actor.get("sector")
    if sector and sector != UNKNOWN_SECTOR:
        sector = equivalents.get(("sector", sector[:3]), sector[:3])
    return ActorCase(sentence, str(actor["text"]), code, sector)


def read_cases(path: Path) -> list[ActorCase]:
    """The team's case file: kind, sentence, mention, country, sector (`-` for none)."""
    text = path.read_text(encoding="utf-8")
    rows = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    reader = csv.reader(rows, delimiter="\t", quoting=csv.QUOTE_NONE)
    if tuple(next(reader, ())) != CASE_COLUMNS:
        raise DataFileError(f"{path}: header must be {', '.join(CASE_COLUMNS)}")
    cases = []
    for number, row in enumerate(reader, start=2):
        if len(row) != len(CASE_COLUMNS) or not _locate(row[1], row[2]):
            raise DataFileError(f"{path}: case {number} is malformed or its mention is not in the sentence")
        kind, sentence, mention, country, sector = row
        cases.append(ActorCase(sentence, mention, _none(country), _none(sector), kind))
    return cases


def _none(cell: str) -> str | None:
    return None if cell == NONE_MARK else cell


def _locate(sentence: str, mention: str) -> tuple[int, int] | None:
    """Character span of `mention` in `sentence`; "A ... B" spans from A to B.

    Gold mentions are not always verbatim: annotators double spaces ("NATO  peacekeeping
    troops") and write a coordinated group as its owner and noun ("French warships" for
    "French and Egyptian warships"). Such a mention is found as "first word ... the rest".
    """
    parts = _parts(mention)
    if not parts:
        return None
    found = _locate_parts(sentence, parts)
    words = mention.split()
    if found is None and len(parts) == 1 and len(words) > 1:
        found = _locate_parts(sentence, [words[0], " ".join(words[1:])])
    return found


def _parts(mention: str) -> list[str]:
    return [p.strip() for p in mention.split(_ELLIPSIS) if p.strip()]


def _locate_parts(sentence: str, parts: list[str]) -> tuple[int, int] | None:
    first = _word_match(sentence, parts[0], 0)
    if first is None:
        return None
    last = _word_match(sentence, parts[-1], first[0])
    return (first[0], last[1]) if last else None


def first_part(sentence: str, mention: str, span: tuple[int, int]) -> tuple[int, int] | None:
    """The owner part of a gold mention that is not one stretch of the sentence ("U.S. ...
    negotiators", "French warships" in "French and Egyptian warships"); None when it is."""
    if sentence[span[0] : span[1]].split() == mention.split():
        return None
    parts = _parts(mention)
    owner = parts[0] if len(parts) > 1 else mention.split()[0]
    return _word_match(sentence, owner, span[0])


def _word_match(sentence: str, part: str, start: int) -> tuple[int, int] | None:
    """First whole-word occurrence of `part` at or after `start` (case-insensitive fallback);
    any run of white space in `part` matches any run in the sentence."""
    body = r"\s+".join(re.escape(word) for word in part.split())
    pattern = r"(?<!\w)" + body + r"(?!\w)"
    for flags in (0, re.IGNORECASE):
        match = re.compile(pattern, flags).search(sentence, start)
        if match:
            return match.start(), match.end()
    return None


def best_mention(mentions: Iterable[Mention], span: tuple[int, int]) -> Mention | None:
    """The mention that overlaps `span` most (ties: the shorter one)."""
    best: tuple[int, bool, int] | None = None
    chosen = None
    for m in mentions:
        overlap = min(m.end, span[1]) - max(m.start, span[0])
        if overlap <= 0:
            continue
        key = (overlap, m.kind != "place", -(m.end - m.start))
        if best is None or key > best:
            best, chosen = key, m
    return chosen


def score_cases(nlp: Language, cases: Sequence[ActorCase], gazetteer: Gazetteer) -> ActorReport:
    """Run the pipeline over each case's sentence and score the mention found for it."""
    sentences = sorted({c.sentence for c in cases})
    # Only the stages up to actor resolution matter here: the later ones are left out.
    names = nlp.pipe_names
    later = names[names.index(ACTORS_COMPONENT) + 1 :] if ACTORS_COMPONENT in names else []
    docs = dict(zip(sentences, nlp.pipe(sentences, disable=later), strict=True))
    report = ActorReport()
    for case in cases:
        doc = docs[case.sentence]
        span = _locate(case.sentence, case.mention)
        found = resolve_span(doc, span, first_part(case.sentence, case.mention, span)) if span else None
        report.predictions.append(_judge(case, found, gazetteer))
    return report


def resolve_span(doc: Doc, span: tuple[int, int], owner: tuple[int, int] | None = None) -> Mention | None:
    """The mention of the gold span's head word; else the one that overlaps it most.

    With an `owner` part (see `first_part`), a group or person mention on that part wins:
    in "U.S. and Russian negotiators" the resolver codes "U.S." as its own group, while the
    head word belongs to "Russian negotiators".
    """
    mentions: list[Mention] = list(doc._.mentions or [])
    if owner is not None:
        for m in mentions:
            if m.start <= owner[0] < m.end and m.kind in OWNER_KINDS:
                return m
    phrase = doc.char_span(span[0], span[1], alignment_mode="expand")
    if phrase is not None and len(phrase):
        root = phrase.root
        for m in mentions:
            if m.start <= root.idx < m.end and m.kind != "place":
                return m
    return best_mention(mentions, span)


def _judge(case: ActorCase, found: Mention | None, gazetteer: Gazetteer) -> Prediction:
    if found is None:
        return Prediction(case, None, False, None if case.sector == UNKNOWN_SECTOR else False)
    is_igo = _is_igo(found.country, gazetteer)
    sector = _scored_sector(case, found, is_igo, gazetteer)
    country_ok = _country_ok(case.country, found.country, is_igo, gazetteer)
    sector_ok = None if case.sector == UNKNOWN_SECTOR else sector == case.sector
    return Prediction(case, found, country_ok, sector_ok)


def _scored_sector(case: ActorCase, found: Mention, is_igo: bool, gazetteer: Gazetteer) -> str | None:
    """Our sector as the gold's scheme writes it.

    Wirewatch gives an international organisation, its bodies and its officers the sector
    IGO (the event scorer reads organisations by it), which the team's cases write as none.
    PLOVER 0.5b1 codes them by what they do instead: an officer (a secretary-general) GOV,
    a body by its function (the `function` column of igos.tsv: UNSC GOV, UNHCR REF), any
    other organisation none.
    """
    if not is_igo or found.sector != IGO_SECTOR:
        return found.sector
    if case.kind != PLOVER_KIND:
        return None
    if found.kind == "person":
        return OFFICER_SECTOR
    entry = gazetteer.get(found.country) if found.country else None
    return entry.function if entry else None


def _is_igo(code: str | None, gazetteer: Gazetteer) -> bool:
    entry = gazetteer.get(code) if code else None
    return entry is not None and entry.kind == "igo"


def _country_ok(gold: str | None, got: str | None, got_igo: bool, gazetteer: Gazetteer) -> bool:
    if gold == ANY_IGO:
        return got_igo
    if gold is None or (len(gold) == _ISO3_LEN and gazetteer.get(gold) is None):
        return got is None  # a transnational non-state group (NGO, ISM, IMG)
    return got == gold


def evaluate_actors(
    nlp: Language, plover: Path | None = None, cases: Path | None = None
) -> tuple[dict[str, Any], ActorReport]:
    """Figures over the PLOVER records and/or the case file, and the report behind them."""
    gazetteer = Gazetteer.load()
    gold: list[ActorCase] = []
    if plover is not None:
        gold += read_plover(plover)
    if cases is not None:
        gold += read_cases(cases)
    report = score_cases(nlp, gold, gazetteer)
    return report.as_dict(), report


def kinds(cases: Iterable[ActorCase]) -> Counter[str]:
    return Counter(c.kind for c in cases)
