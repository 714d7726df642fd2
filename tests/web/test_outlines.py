"""The map's country outlines (issue 12): the committed file is what `python -m wirewatch.web.outlines`
builds from the Natural Earth shapefile in the pyogrio wheel, and our shapefile reader agrees with
GDAL's (pyogrio's own reader) on every country's rings."""

from __future__ import annotations

import json
import struct
from pathlib import Path

import pytest

from wirewatch.web import outlines

pyogrio_raw = pytest.importorskip(
    "pyogrio.raw", reason="pyogrio (dev dependency) brings the Natural Earth file"
)


def _wkb_rings(wkb: bytes) -> list[list[tuple[float, float]]]:
    """Rings of a WKB Polygon or MultiPolygon (2-D, little-endian as GDAL writes them)."""
    rings: list[list[tuple[float, float]]] = []

    def polygon(pos: int) -> int:
        (n_rings,) = struct.unpack_from("<I", wkb, pos)
        pos += 4
        for _ in range(n_rings):
            (n,) = struct.unpack_from("<I", wkb, pos)
            flat = struct.unpack_from(f"<{2 * n}d", wkb, pos + 4)
            rings.append(list(zip(flat[0::2], flat[1::2], strict=True)))
            pos += 4 + 16 * n
        return pos

    assert wkb[0] == 1
    (kind,) = struct.unpack_from("<I", wkb, 1)
    if kind == 3:
        polygon(5)
    else:
        assert kind == 6
        (n_polygons,) = struct.unpack_from("<I", wkb, 5)
        pos = 9
        for _ in range(n_polygons):
            pos = polygon(pos + 5)
    return rings


def test_our_shapefile_reader_agrees_with_gdal() -> None:
    base = outlines.natural_earth_source()
    meta, _, geometry, fields = pyogrio_raw.read(f"{base}.shp")
    names = list(fields[list(meta["fields"]).index("name")])
    ours = outlines.read_polygons(base.with_suffix(".shp").read_bytes())
    table = outlines.read_dbf(base.with_suffix(".dbf").read_bytes(), outlines.dbf_encoding(base))
    assert [r["name"] for r in table] == names and len(names) > 170
    for rings, wkb in zip(ours, geometry, strict=True):
        theirs = _wkb_rings(bytes(wkb))
        assert sorted(map(len, rings)) == sorted(map(len, theirs))
        assert sorted(r[0] for r in rings) == sorted(r[0] for r in theirs)


def test_the_committed_outlines_are_what_the_builder_writes(tmp_path: Path) -> None:
    out = tmp_path / "world.json"
    assert outlines.main(["-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8") == outlines.OUTPUT.read_text(encoding="utf-8")
    world = json.loads(outlines.OUTPUT.read_text(encoding="utf-8"))
    codes = {c["iso3"] for c in world["countries"]}
    assert {"USA", "RUS", "UKR", "FRA", "NOR", "BRA", "AUS"} <= codes
    assert outlines.OUTPUT.stat().st_size < 200_000  # small enough to load with the map
    for country in world["countries"]:
        for ring in country["rings"]:
            assert len(ring) >= 6 and len(ring) % 2 == 0
            assert all(-180 <= x <= 180 for x in ring[0::2]) and all(-90 <= y <= 90 for y in ring[1::2])
