"""Every evaluation set behind one door: a registry of scorers and one result type.

An evaluation set has a name (``penta``, ``plover``, ...), a default file under
the evaluation folder (``../shared/eval``, or ``$WIREWATCH_EVAL_DIR``), a scorer
and the scores worth reading first (its headline). ``run_eval(name)`` scores a
set and returns an :class:`EvalResult`:

- ``fingerprint``: the file's record count (non-blank lines) and the sha256 of its
  bytes, so that a figure is never compared with one measured on other data
  (the quality gate pins it; for ``extraction`` the referenced HTML pages are
  not hashed, only the JSONL that names them);
- ``scores``: a flat dict of every numeric figure (nested ones dotted:
  ``per_class.3.recall``, ``dev.content_f1``);
- ``n``: for each share among the scores, how many items it is a share of (what
  a gate's tolerance depends on);
- ``details``: the full nested report as ``wirewatch eval NAME --json`` prints it.

The ``wirewatch eval`` commands all go through here; ``wirewatch eval all``
prints every set's headline.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from wirewatch.errors import WirewatchError

if TYPE_CHECKING:
    from spacy.language import Language

    from wirewatch.evaluate.events import Prediction

__all__ = [
    "EVAL_DIR_ENV",
    "REGISTRY",
    "EvalContext",
    "EvalResult",
    "EvalSet",
    "Fingerprint",
    "Scored",
    "default_eval_dir",
    "events_set_for",
    "fingerprint",
    "flatten",
    "run_eval",
]

EVAL_DIR_ENV = "WIREWATCH_EVAL_DIR"
DEFAULT_EVAL_DIR = Path("..") / "shared" / "eval"


def default_eval_dir() -> Path:
    """``$WIREWATCH_EVAL_DIR``, else ``../shared/eval`` (beside the working copy)."""
    configured = os.environ.get(EVAL_DIR_ENV)
    return Path(configured) if configured else DEFAULT_EVAL_DIR


# --- fingerprints ----------------------------------------------------------------


@dataclass(frozen=True)
class Fingerprint:
    """What a figure was measured on: the number of records and the sha256 of the file."""

    records: int
    sha256: str

    def as_dict(self) -> dict[str, Any]:
        return {"records": self.records, "sha256": self.sha256}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Fingerprint:
        return cls(int(data["records"]), str(data["sha256"]))

    def __str__(self) -> str:
        return f"{self.records} records sha256 {self.sha256}"


def fingerprint(path: Path) -> Fingerprint:
    """Record count (non-blank lines) and sha256 of a JSON Lines file's bytes."""
    data = path.read_bytes()
    records = sum(1 for line in data.splitlines() if line.strip())
    return Fingerprint(records, hashlib.sha256(data).hexdigest())


# --- results ---------------------------------------------------------------------


@dataclass(frozen=True)
class EvalResult:
    """One evaluation run: which set, on which data, with which figures."""

    name: str
    data: Path
    fingerprint: Fingerprint
    scores: dict[str, float | int]
    details: dict[str, Any]
    n: dict[str, int] = field(default_factory=dict)
    headline: tuple[str, ...] = ()

    def headline_scores(self) -> dict[str, float | int]:
        return {k: self.scores[k] for k in self.headline if k in self.scores}

    def as_dict(self) -> dict[str, Any]:
        """The report as the set's command prints it, with the fingerprint of its data."""
        return {**self.details, "fingerprint": self.fingerprint.as_dict()}

    def summary(self) -> dict[str, Any]:
        """Name, data, fingerprint and headline figures (``wirewatch eval all``)."""
        return {
            "name": self.name,
            "data": str(self.data),
            "fingerprint": self.fingerprint.as_dict(),
            "scores": self.headline_scores(),
        }


@dataclass(frozen=True)
class Scored:
    """What a scorer returns: flat scores, their item counts, the nested report."""

    scores: dict[str, float | int]
    n: dict[str, int]
    details: dict[str, Any]


@dataclass
class EvalContext:
    """The pipeline (loaded on first use) and the command's options for one run."""

    options: dict[str, Any] = field(default_factory=dict)
    given_nlp: Language | None = None

    def predictions(self, records: list[dict[str, Any]]) -> list[Prediction]:
        """The main event of each record's text, as `predict_sentences` reads it."""
        from wirewatch.evaluate.events import predict_sentences

        return list(predict_sentences(self.nlp(), (r["text"] for r in records), self.learned))

    @property
    def learned(self) -> bool:
        """Whether event sets run the learned stage (option `learned`, default on)."""
        return bool(self.options.get("learned", True))

    def nlp(self) -> Language:
        if self.given_nlp is None:
            from wirewatch.nlp import load_nlp
            from wirewatch.settings import Settings

            self.given_nlp = load_nlp(Settings.from_env())
        return self.given_nlp


Scorer = Callable[[Path, EvalContext], Scored]


@dataclass(frozen=True)
class EvalSet:
    name: str
    default_data: str  # relative to the evaluation folder
    scorer: Scorer
    headline: tuple[str, ...]
    description: str


def flatten(report: Mapping[str, Any], prefix: str = "") -> dict[str, float | int]:
    """Numeric leaves of a nested report with dotted keys; strings, lists, None and bools left out."""
    out: dict[str, float | int] = {}
    for key, value in report.items():
        name = f"{prefix}{key}"
        if isinstance(value, Mapping):
            out.update(flatten(value, f"{name}."))
        elif isinstance(value, int | float) and not isinstance(value, bool):
            out[name] = value
    return out


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


# --- scorers -----------------------------------------------------------------------


def _score_extraction(path: Path, ctx: EvalContext) -> Scored:
    from wirewatch.evaluate.extraction import evaluate_extraction

    report = evaluate_extraction(path).as_dict()
    details: dict[str, Any] = {"wirewatch": report}
    if ctx.options.get("baseline"):
        details["trafilatura"] = evaluate_extraction(path, baseline=True).as_dict()
    pages = int(report["pages"])
    return Scored(flatten(report), {k: pages for k in ("precision", "recall", "f1")}, details)


def _score_plover(path: Path, ctx: EvalContext) -> Scored:
    from wirewatch.evaluate.events import plover_scores

    records = _read_jsonl(path)
    report = plover_scores(records, ctx.predictions(records))
    scores = flatten(report)
    scores["coded_share"] = round(1 - report["uncoded_share"], 4)
    n_all, gold_events = int(report["records"]), int(report["gold_events"])
    coded = round(n_all * scores["coded_share"])
    n = {k: n_all for k in ("type_accuracy", "macro_f1", "source_f1", "target_f1", "coded_share")}
    n |= {"uncoded_share": n_all, "type_accuracy_coded": coded}
    n |= {f"full_event_{k}": gold_events for k in ("precision", "recall", "f1")}
    for label, figures in report["per_type"].items():
        n |= {f"per_type.{label}.recall": figures["gold"], f"per_type.{label}.f1": figures["gold"]}
        n[f"per_type.{label}.precision"] = figures["predicted"]
    return Scored(scores, n, report)


def _score_cameo(path: Path, ctx: EvalContext) -> Scored:
    from wirewatch.evaluate.events import cameo_scores

    records = _read_jsonl(path)
    report = cameo_scores(records, ctx.predictions(records))
    n_all = int(report["records"])
    plover_roots = sum(v["gold"] for k, v in report["per_root"].items() if k not in ("01", "02"))
    n = {k: n_all for k in ("root_accuracy", "event_coded_share", "uncoded_share")}
    n["root_accuracy_plover_roots"] = plover_roots
    return Scored(flatten(report), n, report)


def _score_penta(path: Path, ctx: EvalContext) -> Scored:
    from wirewatch.evaluate.penta import penta_scores

    records = _read_jsonl(path)
    report = penta_scores(records, ctx.predictions(records))
    return Scored(flatten(report), penta_n(report), report)


def penta_n(report: Mapping[str, Any]) -> dict[str, int]:
    """How many sentences each penta share is over."""
    n_all = int(report["records"])
    shares = ("coded_share", "coded_share_with_statements", "accuracy", "accuracy_events_only", "macro_f1")
    n = {k: n_all for k in shares}
    n |= {
        "accuracy_coded": int(report["with_reading"]),
        "statement_precision": int(report["statement_readings"]),
        "source_match": int(report["source_scored"]),
        "source_match_on_events": int(report["source_scored_events"]),
    }
    for cls, figures in report["per_class"].items():
        n |= {f"per_class.{cls}.recall": figures["gold"], f"per_class.{cls}.f1": figures["gold"]}
        n[f"per_class.{cls}.precision"] = figures["predicted"]
    for origin, figures in report["origin"].items():
        n |= {f"origin.{origin}.{k}": figures["records"] for k in figures if k != "records"}
    return n


def _score_learned(path: Path, ctx: EvalContext) -> Scored:
    """The learned stage by k-fold cross-validation (evaluate/learned.py). `path` is the penta
    file; the PLOVER and CAMEO sets are read beside it (their fingerprints are in the report)."""
    from wirewatch.evaluate.learned import DEFAULT_FOLDS, SET_FILES, cross_validate

    eval_dir = path.parent.parent
    report = cross_validate(ctx.nlp(), eval_dir, k=int(ctx.options.get("folds", DEFAULT_FOLDS)))
    report["fingerprints"] = {name: fingerprint(eval_dir / rel).as_dict() for name, rel in SET_FILES.items()}
    n: dict[str, int] = {}
    for set_name, size in report["sentences"].items():
        n |= {k: int(size) for k in flatten(report.get(set_name, {}), f"{set_name}.")}
    n["classifier_accuracy"] = sum(int(v) for v in report["sentences"].values())
    return Scored(flatten(report), n, report)


def _score_dates(path: Path, ctx: EvalContext) -> Scored:
    from wirewatch.evaluate.dates import evaluate_dates

    report = evaluate_dates(path, ctx.nlp()).as_dict()
    n = {"recall": report["gold"], "exact_on_found": report["found"], "precision": report["predicted"]}
    return Scored(flatten(report), n, report)


def _score_geo(path: Path, ctx: EvalContext) -> Scored:
    from wirewatch.evaluate.geo import evaluate_geo

    report = evaluate_geo(path, ctx.nlp()).as_dict()
    n = {
        "recall": report["toponyms"],
        "precision": report["predicted"],
        "country": report["with_country"],
        "acc_161km": report["found"],
    }
    return Scored(flatten(report), n, report)


def _score_quotes(path: Path, ctx: EvalContext) -> Scored:
    from wirewatch.evaluate.quotes import evaluate_quotes

    report = evaluate_quotes(path, ctx.nlp()).as_dict()
    n: dict[str, int] = {}
    for split, s in report.items():
        counts = {
            "precision": s["predicted"],
            "recall": s["gold"],
            "f1": s["gold"],
            "content_f1": s["matched"],
            "content_precision": s["matched"],
            "content_recall": s["matched"],
            "speaker_accuracy": s["speaker_scored"],
            "cue_accuracy": s["matched"],
            "token_f1": s["gold"],
        }
        n |= {f"{split}.{k}": int(v) for k, v in counts.items()}
    return Scored(flatten(report), n, report)


def _score_actors(path: Path, ctx: EvalContext) -> Scored:
    from wirewatch.evaluate.actors import evaluate_actors

    cases: Path | None = ctx.options.get("cases")
    scores, report = evaluate_actors(ctx.nlp(), plover=path, cases=cases)
    n: dict[str, int] = {}
    for prefix in (k.removesuffix("actors") for k in scores if k.endswith("actors")):
        n[f"{prefix}country_accuracy"] = int(scores[f"{prefix}actors"])
        n[f"{prefix}sector_accuracy"] = int(scores.get(f"{prefix}sector_scored", 0))
    return Scored(flatten(scores), n, {**scores, "errors": report.errors()})


def _score_stories(path: Path, ctx: EvalContext) -> Scored:
    from wirewatch.evaluate.stories import FOLDS, evaluate_stories

    report = evaluate_stories(path, folds=int(ctx.options.get("folds", FOLDS)))
    scores = flatten(report)
    documents = int(report["documents"])
    n = {k: documents for k in scores if k.endswith(("precision", "recall", "f1"))}
    return Scored(scores, n, report)


REGISTRY: dict[str, EvalSet] = {
    s.name: s
    for s in (
        EvalSet(
            "extraction",
            "extraction/aeb.jsonl",
            _score_extraction,
            ("precision", "recall", "f1"),
            "HTML main-text extraction, bag-of-words per page",
        ),
        EvalSet(
            "plover",
            "events/plover_gsr.jsonl",
            _score_plover,
            ("type_accuracy", "macro_f1", "source_f1", "target_f1", "full_event_f1", "coded_share"),
            "PLOVER event type and actors of the main event",
        ),
        EvalSet(
            "cameo",
            "events/cameo_news.jsonl",
            _score_cameo,
            ("root_accuracy", "event_coded_share"),
            "CAMEO root of the main event of news sentences",
        ),
        EvalSet(
            "penta",
            "events/cameo_penta.jsonl",
            _score_penta,
            (
                "accuracy",
                "accuracy_events_only",
                "accuracy_coded",
                "coded_share",
                "coded_share_with_statements",
                "macro_f1",
                "source_match",
            ),
            "CAMEO penta class of unseen news sentences",
        ),
        EvalSet(
            "learned",
            "events/cameo_penta.jsonl",
            _score_learned,
            (
                "penta.fused.accuracy",
                "penta.fused.coded_share",
                "penta.classifier_accuracy",
                "plover_gsr.fused.type_accuracy",
                "plover_gsr.fused.full_event_f1",
                "cameo_news.fused.root_accuracy",
            ),
            "the learned classifier and its fusion with the rules, by k-fold cross-validation",
        ),
        EvalSet(
            "dates",
            "dates/gum_news.jsonl",
            _score_dates,
            ("recall", "exact_on_found", "precision"),
            "temporal expressions found and normalised",
        ),
        EvalSet(
            "trnews",
            "geo/trnews.jsonl",
            _score_geo,
            ("recall", "precision", "country", "acc_161km"),
            "toponyms found and resolved (TR-News)",
        ),
        EvalSet(
            "geovirus",
            "geo/geovirus.jsonl",
            _score_geo,
            ("recall", "precision", "acc_161km"),
            "toponyms found and resolved (GeoVirus)",
        ),
        EvalSet(
            "quotes",
            "quotes/polnear.jsonl",
            _score_quotes,
            ("dev.content_f1", "dev.speaker_accuracy", "test.content_f1", "test.speaker_accuracy"),
            "quote attribution (PolNeAR)",
        ),
        EvalSet(
            "actors",
            "events/plover_gsr.jsonl",
            _score_actors,
            ("country_accuracy", "sector_accuracy"),
            "actor country and sector of the PLOVER gold spans",
        ),
        EvalSet(
            "stories",
            "stories/ecbplus.jsonl",
            _score_stories,
            ("subtopic.f1", "topic.f1", "kfold.subtopic.f1", "kfold.topic.f1", "anchor.subtopic.f1"),
            "story clustering on ECB+, B-cubed against sub-topics and topics (incremental, as on ingest)",
        ),
    )
}


def data_path(name: str, data: Path | None = None, eval_dir: Path | None = None) -> Path:
    """The file a set is read from: ``data`` (a file, or a folder holding the set's file), else
    the set's default file under ``eval_dir`` (default: :func:`default_eval_dir`)."""
    spec = _spec(name)
    if data is None:
        return (eval_dir or default_eval_dir()) / spec.default_data
    if data.is_dir():
        for candidate in (data / spec.default_data, data / Path(spec.default_data).name):
            if candidate.is_file():
                return candidate
    return data


def run_eval(
    name: str,
    data: Path | None = None,
    *,
    nlp: Language | None = None,
    eval_dir: Path | None = None,
    **options: Any,
) -> EvalResult:
    """Score the set ``name`` on ``data`` (default: its file under the evaluation folder)."""
    spec = _spec(name)
    path = data_path(name, data, eval_dir)
    if not path.is_file():
        where = f" (set {EVAL_DIR_ENV} or pass --data)" if data is None else ""
        raise WirewatchError(f"{path}: no such evaluation file{where}")
    found_fp = fingerprint(path)
    scored = spec.scorer(path, EvalContext(options, nlp))
    return EvalResult(
        name=name,
        data=path,
        fingerprint=found_fp,
        scores=scored.scores,
        details=scored.details,
        n=scored.n,
        headline=spec.headline,
    )


def events_set_for(path: Path) -> str:
    """Which event set a gold file is, from its first record: ``penta``, ``cameo`` or ``plover``."""
    with path.open(encoding="utf-8") as lines:
        first = next((line for line in lines if line.strip()), "{}")
    record = json.loads(first)
    if "penta" in record:
        return "penta"
    return "cameo" if "cameo_root" in record else "plover"


def _spec(name: str) -> EvalSet:
    try:
        return REGISTRY[name]
    except KeyError:
        raise WirewatchError(f"{name}: no such evaluation set (known: {', '.join(REGISTRY)})") from None
