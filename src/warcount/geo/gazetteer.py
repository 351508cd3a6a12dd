"""The gazetteer service: places and their names in SQLite, looked up by spelling-insensitive key.

Built once from what PyPI packages ship (`geo/build.py`), optionally enriched with a GeoNames
dump (`geo/geonames_import.py`), cached in the user's data folder. Tests build an in-memory one
from a few rows with `Gazetteer.from_rows`.
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from warcount.geo.names import keys_of, name_key, skeleton_key, spelling

Progress = Callable[[str, float], None]
DB_NAME = "gazetteer.sqlite"
SCHEMA_VERSION = "22"  # 5: "St." and "Saint" share a key; 6: Somali region spellings;
# 7: Persian ezafe and "ow"/"au" spellings; 8: the spellings behind each key;
# 9: the curated supplement of conflict-zone places (data/places_extra.tsv); 10: "Federal
# Capital Territory"; 11: Snake Island; 12: 155 more supplement places; 13: Iraq's
# "Salahuddin" province and Petion-Ville's spellings; 14: ISO divisions in code order (the
# same gazetteer on every build); 15: 299 more supplement places (Papua's regencies, Nigeria's
# LGAs, Cameroon's divisions, Ethiopia's zones, Karabakh) and Damascus quarters in Dimashq;
# 16: Russia's and Ukraine's first-level divisions by their English names ("Bryansk", "Odesa");
# 17: ISO-only divisions at the towns of the admin1 their name extends, or at their seat
# 18: Conakry's communes and quarters, Ber, Gilgel Beles and the Makhoul mountains
# 19: Bujumbura's quarters (Musaga, Nyakabiga, Kinama, Kamenge ...)
# 20: Ballidogle (Somalia) and Parotani (Bolivia); 21: "Dnipro" alone is the city, no longer
# also the river (which keeps "Dnieper", "Dnipro River"); 22: Afar's Abala, Berahle, Chifra
# and Kasagita
LOOKUP_WIDTH = 25  # rows fetched per name: the most any caller asks for
MIN_SKELETON = 4  # shorter consonant frames collide too often to be a lookup key
_PREFETCH_CHUNK = 500  # keys per query (SQLite allows 32,766 parameters)

SCHEMA = """
CREATE TABLE IF NOT EXISTS places (
  id INTEGER PRIMARY KEY, name TEXT NOT NULL, country TEXT NOT NULL, country_code TEXT NOT NULL,
  admin1_code TEXT NOT NULL DEFAULT '', admin1 TEXT NOT NULL DEFAULT '',
  admin2 TEXT NOT NULL DEFAULT '', lat REAL NOT NULL, lon REAL NOT NULL,
  population INTEGER NOT NULL DEFAULT 0, feature_class TEXT NOT NULL DEFAULT 'P',
  feature_code TEXT NOT NULL DEFAULT 'PPL', source TEXT NOT NULL DEFAULT '');
CREATE TABLE IF NOT EXISTS names (key TEXT NOT NULL, skel TEXT NOT NULL, place INTEGER NOT NULL,
  main INTEGER NOT NULL, spell TEXT NOT NULL DEFAULT '', PRIMARY KEY (key, place)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS admins (country_code TEXT NOT NULL, code TEXT NOT NULL,
  name TEXT NOT NULL, PRIMARY KEY (country_code, code));
CREATE TABLE IF NOT EXISTS meta (k TEXT PRIMARY KEY, v TEXT NOT NULL);
"""
INDEXES = "CREATE INDEX IF NOT EXISTS names_skel ON names(skel);"


@dataclass(frozen=True)
class PlaceRow:
    """One place as a builder or a test writes it (names: every spelling, main name first)."""

    id: int  # the GeoNames id where there is one; negative for synthetic areas
    name: str
    country: str  # ACLED's country name
    country_code: str  # ISO alpha-2
    lat: float
    lon: float
    population: int = 0
    feature_class: str = "P"
    feature_code: str = "PPL"
    admin1: str = ""
    admin2: str = ""
    admin1_code: str = ""
    alt_names: tuple[str, ...] = ()
    source: str = ""


@dataclass(frozen=True)
class Candidate:
    """A gazetteer entry that a looked-up name may refer to."""

    geonameid: int | None
    name: str
    match: str  # "main" (its own name), "alt" (an alternate name), "skeleton" (consonant frame)
    country: str
    country_code: str
    admin1: str
    admin2: str
    lat: float
    lon: float
    population: int
    feature_class: str
    feature_code: str
    place_id: int = 0
    # one of its names is spelled as looked up (case and accents aside), not only keyed alike
    exact: bool = False

    @property
    def is_country(self) -> bool:
        return self.feature_class == "A" and self.feature_code.startswith("PCL")

    @property
    def is_admin(self) -> bool:
        return self.feature_class == "A" and self.feature_code.startswith("ADM")


def default_path() -> Path:
    """`$WARCOUNT_DATA/gazetteer.sqlite`, else `~/.local/share/warcount/gazetteer.sqlite`."""
    base = os.environ.get("WARCOUNT_DATA")
    root = Path(base) if base else Path.home() / ".local" / "share" / "warcount"
    return root / DB_NAME


class GazetteerWriter:
    """Writes places and names into an open SQLite connection (used by the builders)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        conn.executescript(SCHEMA)
        self._places: list[tuple[Any, ...]] = []
        self._names: list[tuple[str, str, int, int, str]] = []

    def add(self, row: PlaceRow) -> None:
        self._places.append((row.id, row.name, row.country, row.country_code, row.admin1_code,
                             row.admin1, row.admin2, row.lat, row.lon, row.population,
                             row.feature_class, row.feature_code, row.source))
        self.add_names(row.id, (row.name, *row.alt_names), main_first=True)
        if len(self._places) >= 20000:
            self.flush()

    def add_names(self, place_id: int, names: Iterable[str], *, main_first: bool = False) -> None:
        rows: dict[str, tuple[str, int, list[str]]] = {}  # key -> skeleton, main, spellings
        for i, name in enumerate(names):
            keys = keys_of(name) if name else None
            if keys is None or not keys[0]:
                continue
            key, skeleton, spelt = keys
            row = rows.setdefault(key, (skeleton, int(main_first and i == 0), []))
            if spelt not in row[2]:
                row[2].append(spelt)
        self._names += [(key, skel, place_id, main, "|".join(spells))
                        for key, (skel, main, spells) in rows.items()]
        if len(self._names) >= 100000:
            self.flush()

    def set_admin(self, country_code: str, code: str, name: str) -> None:
        self.conn.execute("INSERT OR REPLACE INTO admins VALUES (?,?,?)",
                          (country_code, code, name))

    def flush(self) -> None:
        self.conn.executemany(
            "INSERT OR REPLACE INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", self._places)
        # a spelling added later (an alternate-names file) joins those of its key
        self.conn.executemany(
            "INSERT INTO names VALUES (?,?,?,?,?) ON CONFLICT (key, place) DO UPDATE SET"
            " spell = spell || '|' || excluded.spell"
            " WHERE instr('|' || spell || '|', '|' || excluded.spell || '|') = 0", self._names)
        self._places.clear()
        self._names.clear()

    def finish(self, meta: dict[str, str]) -> None:
        self.flush()
        self.conn.executescript(INDEXES)
        self.conn.executemany("INSERT OR REPLACE INTO meta VALUES (?,?)", list(meta.items()))
        self.conn.commit()


_SELECT = (
    "SELECT p.id, p.name, MAX(n.main), p.country, p.country_code, p.admin1, p.admin2, p.lat,"
    " p.lon, p.population, p.feature_class, p.feature_code, GROUP_CONCAT(n.spell, '|')"
    " FROM names n"
    " JOIN places p ON p.id = n.place WHERE n.{col} = ? {extra}"
    " GROUP BY p.id ORDER BY p.population DESC LIMIT ?"
)


class Gazetteer:
    """Look up places by name. Open with `Gazetteer.open()`; tests use `Gazetteer.from_rows`."""

    def __init__(self, conn: sqlite3.Connection, *, path: Path | None = None) -> None:
        self.conn = conn
        self.path = path
        self._cache: dict[tuple[str, str | None, int, bool], list[Candidate]] = {}
        self._capitals: dict[str, str | None] | None = None  # country -> capital, read once
        self._country_codes: dict[str, str] = {}
        for code, name in conn.execute("SELECT DISTINCT country_code, country FROM places"):
            self._country_codes[code.upper()] = code
            self._country_codes[name_key(name)] = code

    @classmethod
    def open(cls, path: Path | None = None, *, build: bool = True,
             progress: Progress | None = None) -> Gazetteer:
        """Open the cached gazetteer, building it from the PyPI packages' data if it is missing."""
        path = path or default_path()
        if not _is_built(path):
            if not build:
                raise FileNotFoundError(f"no gazetteer at {path}; run `warcount gazetteer build`")
            from warcount.geo.build import build_once

            build_once(path, progress=progress)
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        return cls(conn, path=path)

    @classmethod
    def from_rows(cls, rows: Iterable[PlaceRow]) -> Gazetteer:
        """An in-memory gazetteer of the given places (for tests and small custom lists)."""
        conn = sqlite3.connect(":memory:", check_same_thread=False)
        writer = GazetteerWriter(conn)
        for row in rows:
            writer.add(row)
        writer.finish({"schema": SCHEMA_VERSION, "sources": "rows"})
        return cls(conn)

    def country_code(self, country: str) -> str | None:
        """ISO alpha-2 code for a country name or code the gazetteer knows."""
        return self._country_codes.get(country.upper()) or self._country_codes.get(
            name_key(country))

    def lookup(self, name: str, *, country: str | None = None, limit: int = 10,
               loose: bool = True) -> list[Candidate]:
        """Places this name may refer to, largest first; exact keys before consonant frames
        (`loose=False`: exact keys only, for callers that drop consonant-frame matches)."""
        # one query per name and country, at the largest limit callers use; smaller
        # limits are its head (the rows come largest first)
        wide = max(limit, LOOKUP_WIDTH)
        cache_key = (name, country, wide, loose)
        hit = self._cache.get(cache_key)
        if hit is None:
            strict = self._cache.get((name, country, wide, False))
            hit = strict if strict is not None else self._query(
                "key", name_key(name), country, wide, "", spelling(name))
            skel = skeleton_key(name)
            if loose and not hit and len(skel) >= MIN_SKELETON:
                hit = self._query("skel", skel, country, wide, "skeleton", spelling(name))
            if len(self._cache) > 200000:
                self._cache.clear()
            self._cache[cache_key] = hit
        return hit[:limit]

    def prefetch(self, names: Iterable[str]) -> None:
        """Find out at once which of `names` no place bears, so that looking one of them up
        (`loose=False`, no country) asks the database nothing more. One query for all of them
        instead of one each: most capitalised words of a text name no place."""
        by_key: dict[str, list[str]] = {}
        for name in names:
            if (name, None, LOOKUP_WIDTH, False) not in self._cache:
                by_key.setdefault(name_key(name), []).append(name)
        keys = [k for k in by_key if k]  # ("" names nothing: `_query` asks nothing either)
        known: set[str] = set()
        for i in range(0, len(keys), _PREFETCH_CHUNK):
            chunk = keys[i:i + _PREFETCH_CHUNK]
            known.update(row[0] for row in self.conn.execute(
                f"SELECT DISTINCT key FROM names WHERE key IN ({','.join('?' * len(chunk))})",
                chunk))
        for key, spellings in by_key.items():
            if key not in known:  # no row of that key: the look-up's query would find none
                for name in spellings:
                    self._cache[(name, None, LOOKUP_WIDTH, False)] = []

    def _query(self, col: str, key: str, country: str | None, limit: int,
               match: str, spelled: str) -> list[Candidate]:
        if not key:
            return []
        extra, args = "", [key]
        if country:
            code = self.country_code(country)
            if code is None:
                return []
            extra, args = "AND p.country_code = ?", [key, code]
        rows = self.conn.execute(_SELECT.format(col=col, extra=extra), (*args, limit)).fetchall()
        return [
            Candidate(geonameid=r[0] if r[0] > 0 else None, name=r[1],
                      match=match or ("main" if r[2] else "alt"), country=r[3],
                      country_code=r[4], admin1=r[5], admin2=r[6], lat=r[7], lon=r[8],
                      population=r[9], feature_class=r[10], feature_code=r[11], place_id=r[0],
                      exact=spelled in (r[12] or "").split("|"))
            for r in rows
        ]

    def capital(self, country: str) -> str | None:
        """The name of a country's capital (its largest PPLC place), if the gazetteer has it."""
        if self._capitals is None:
            self._capitals = self._read_capitals()
        if country not in self._capitals:
            return None
        city = self._capitals[country]
        if city is None:  # two PPLC places of the same size: as the query orders them
            row = self.conn.execute(
                "SELECT name FROM places WHERE country = ? AND feature_code = 'PPLC'"
                " ORDER BY population DESC LIMIT 1", (country,)).fetchone()
            self._capitals[country] = city = str(row[0])
        return city

    def _read_capitals(self) -> dict[str, str | None]:
        """Each country's largest PPLC place, in one scan of the places (no index serves a
        query per country); None where two share the largest population (asked for apart)."""
        best: dict[str, tuple[int, str | None]] = {}
        for country, name, population in self.conn.execute(
                "SELECT country, name, population FROM places WHERE feature_code = 'PPLC'"):
            top = best.get(country)
            if top is None or population > top[0]:
                best[country] = (population, str(name))
            elif population == top[0]:
                best[country] = (population, None)
        return {country: name for country, (_, name) in best.items()}

    def admin_name(self, country_code: str, code: str) -> str:
        row = self.conn.execute("SELECT name FROM admins WHERE country_code=? AND code=?",
                                (country_code, code)).fetchone()
        return str(row[0]) if row else ""

    def info(self) -> dict[str, Any]:
        """Counts of what is loaded, where it came from and when it was built."""
        meta = dict(self.conn.execute("SELECT k, v FROM meta").fetchall())
        counts = dict(self.conn.execute(
            "SELECT feature_class, COUNT(*) FROM places GROUP BY feature_class").fetchall())
        return {
            "path": str(self.path) if self.path else ":memory:",
            "places": sum(counts.values()),
            "by_feature_class": counts,
            "names": self.conn.execute("SELECT COUNT(*) FROM names").fetchone()[0],
            "countries": self.conn.execute(
                "SELECT COUNT(*) FROM places WHERE feature_code LIKE 'PCL%'").fetchone()[0],
            **meta,
        }

    def close(self) -> None:
        self.conn.close()


def is_built(path: Path) -> bool:
    """A gazetteer of the current schema is at `path`."""
    return _is_built(path)


def _is_built(path: Path) -> bool:
    if not path.exists():
        return False
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
            row = conn.execute("SELECT v FROM meta WHERE k='schema'").fetchone()
    except sqlite3.Error:
        return False
    return bool(row) and row[0] == SCHEMA_VERSION


def timed_lookups(gaz: Gazetteer, names: Sequence[str]) -> float:
    """Look-ups per second over `names` (cache cleared first), for the benchmark."""
    gaz._cache.clear()
    t0 = time.perf_counter()
    for name in names:
        gaz.lookup(name)
    return len(names) / max(time.perf_counter() - t0, 1e-9)
