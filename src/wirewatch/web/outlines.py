"""Country outlines for the web UI's map, built once from Natural Earth and committed.

`python -m wirewatch.web.outlines` reads the Natural Earth 1:110m countries (public domain) that
the pyogrio wheel ships as a test fixture (`pyogrio/tests/fixtures/naturalearth_lowres`, a dev
dependency pinned in pyproject.toml) and writes `web/static/world-110m.json`: per country its
ISO3 code, name and rings as flat [lon, lat, lon, lat, ...] lists rounded to `PRECISION`. The
shapefile is read here with `struct` (no GDAL needed); nothing is downloaded, at build time or
when the server runs.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import struct
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from wirewatch.errors import WirewatchError

OUTPUT = Path(__file__).resolve().parent / "static" / "world-110m.json"
FIXTURE = Path("tests") / "fixtures" / "naturalearth_lowres" / "naturalearth_lowres"
# Decimal places kept: 0.1° is under one pixel on a 900-px-wide world map and keeps the file
# at about 100 KB (1:110m vertices are some 0.5° apart anyway).
PRECISION = 1
_POLYGON = 5
# Natural Earth codes these countries -99 in iso_a3 (its own quirk); the map colours by code.
ISO3_BY_NAME = {"France": "FRA", "Norway": "NOR", "Kosovo": "XKX"}


class OutlineError(WirewatchError):
    """The Natural Earth source cannot be found or read."""


@dataclass(frozen=True)
class Country:
    iso3: str
    name: str
    rings: tuple[tuple[float, ...], ...]

    def to_dict(self) -> dict[str, Any]:
        return {"iso3": self.iso3, "name": self.name, "rings": [list(r) for r in self.rings]}


def natural_earth_source() -> Path:
    """The shapefile (without suffix) inside the installed pyogrio package."""
    spec = importlib.util.find_spec("pyogrio")
    if spec is None or not spec.submodule_search_locations:
        raise OutlineError("pyogrio is not installed: pip install -e '.[dev]' brings the Natural Earth file")
    base = Path(next(iter(spec.submodule_search_locations))) / FIXTURE
    if not base.with_suffix(".shp").exists():
        raise OutlineError(f"{base}.shp is missing from the installed pyogrio")
    return base


def read_polygons(shp: bytes) -> list[list[list[tuple[float, float]]]]:
    """The rings of each record of a polygon shapefile, in record order."""
    (shape_type,) = struct.unpack_from("<i", shp, 32)
    if shape_type != _POLYGON:
        raise OutlineError(f"shape type {shape_type}: expected polygons ({_POLYGON})")
    out: list[list[list[tuple[float, float]]]] = []
    pos = 100
    while pos < len(shp):
        _, words = struct.unpack_from(">ii", shp, pos)
        content = pos + 8
        pos = content + 2 * words
        (kind,) = struct.unpack_from("<i", shp, content)
        if kind != _POLYGON:  # a null shape
            out.append([])
            continue
        n_parts, n_points = struct.unpack_from("<ii", shp, content + 36)
        parts = [*struct.unpack_from(f"<{n_parts}i", shp, content + 44), n_points]
        flat = struct.unpack_from(f"<{2 * n_points}d", shp, content + 44 + 4 * n_parts)
        points = list(zip(flat[0::2], flat[1::2], strict=True))
        out.append([points[parts[i] : parts[i + 1]] for i in range(n_parts)])
    return out


def read_dbf(dbf: bytes, encoding: str = "utf-8") -> list[dict[str, str]]:
    """The attribute table of a dBASE III file, every value as stripped text."""
    n_records, header_len, record_len = struct.unpack_from("<IHH", dbf, 4)
    fields: list[tuple[str, int]] = []
    pos = 32
    while dbf[pos] != 0x0D:
        name = dbf[pos : pos + 11].split(b"\0", 1)[0].decode("ascii")
        fields.append((name, dbf[pos + 16]))
        pos += 32
    rows = []
    for i in range(n_records):
        start = header_len + i * record_len + 1  # after the deletion flag
        row = {}
        for name, length in fields:
            row[name] = dbf[start : start + length].decode(encoding).strip()
            start += length
        rows.append(row)
    return rows


def dbf_encoding(base: Path) -> str:
    """The text encoding the .cpg file beside the shapefile names (ISO 8859-1 here)."""
    cpg = base.with_suffix(".cpg")
    return cpg.read_text(encoding="ascii").strip() if cpg.exists() else "utf-8"


def _ring(points: list[tuple[float, float]]) -> tuple[float, ...]:
    kept: list[tuple[float, float]] = []
    for lon, lat in points:
        p = (round(lon, PRECISION), round(lat, PRECISION))
        if not kept or kept[-1] != p:
            kept.append(p)
    if len(set(kept)) < 3:
        return ()
    return tuple(v for p in kept for v in p)


def countries(base: Path) -> list[Country]:
    """Each country of the shapefile at `base` with its rounded rings."""
    shapes = read_polygons(base.with_suffix(".shp").read_bytes())
    attributes = read_dbf(base.with_suffix(".dbf").read_bytes(), dbf_encoding(base))
    if len(shapes) != len(attributes):
        raise OutlineError(f"{len(shapes)} shapes but {len(attributes)} attribute rows in {base}")
    out = []
    for rings, row in zip(shapes, attributes, strict=True):
        kept = tuple(r for r in (_ring(p) for p in rings) if r)
        if kept:
            name = row.get("name", "")
            out.append(Country(ISO3_BY_NAME.get(name, row.get("iso_a3", "")), name, kept))
    return out


def outlines_json(items: list[Country]) -> str:
    """The file the UI loads: compact JSON, one country per line so diffs stay readable."""
    head = {
        "source": "Natural Earth 1:110m countries (public domain), as shipped in pyogrio's test fixtures",
        "built_by": "python -m wirewatch.web.outlines",
    }
    lines = [json.dumps(c.to_dict(), separators=(",", ":"), ensure_ascii=False) for c in items]
    meta = json.dumps(head, ensure_ascii=False)[1:-1]
    return "{" + meta + ',"countries":[\n' + ",\n".join(lines) + "\n]}\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Write the map's country outlines from Natural Earth.")
    parser.add_argument("-o", "--output", type=Path, default=OUTPUT, help=f"file to write (default {OUTPUT})")
    args = parser.parse_args(argv)
    args.output.write_text(outlines_json(countries(natural_earth_source())), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
