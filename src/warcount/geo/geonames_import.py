"""Load a GeoNames dump a user downloaded into the gazetteer, streaming (memory stays flat).

Accepts the files exactly as geonames.org publishes them: `allCountries.zip`, `cities500.zip`,
a country file such as `SY.zip` (or the .txt inside), `alternateNamesV2.zip`,
`admin1CodesASCII.txt` and `admin2Codes.txt`. Code files are read first so places get
their admin names; alternate names last, since they point at places by GeoNames id.
"""

from __future__ import annotations

import io
import sqlite3
import time
import zipfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from warcount.geo.build import clean_admin_name
from warcount.geo.countries import load_countries
from warcount.geo.gazetteer import (
    SCHEMA,
    SCHEMA_VERSION,
    GazetteerWriter,
    PlaceRow,
    Progress,
    default_path,
    is_built,
)
from warcount.geo.names import is_latin

# Feature codes kept from a full dump: populated places, admin areas, and the landmarks,
# camps, districts and crossings conflict reports name.
_KEEP_CLASSES = frozenset("PA")
_KEEP_CODES = frozenset({"PPL", "PPLA", "PPLA2", "PPLA3", "PPLA4", "PPLC", "PPLG", "PPLL",
                         "PPLR", "PPLS", "PPLX", "PPLF", "PPLQ", "PPLW", "STLMT", "ADM1", "ADM2",
                         "ADM3", "PCLI", "PCLD", "PCLS", "PCLF", "PCL", "TERR", "CMPRF", "AIRP",
                         "DAM", "BDG", "CMP", "MLTU", "INSM", "OILF", "RGN", "ISL", "VAL", "MT",
                         "STM", "LK", "PASS", "OAS", "WAD"})


@contextmanager
def _lines(path: Path) -> Iterator[Iterator[str]]:
    """The text lines of a .txt file or of the main .txt inside a GeoNames .zip."""
    if path.suffix.lower() == ".zip":
        with zipfile.ZipFile(path) as zf:
            inner = [i for i in zf.infolist() if i.filename.endswith(".txt")
                     and "readme" not in i.filename.lower()]
            if not inner:
                raise ValueError(f"{path}: no .txt inside")
            same = [i for i in inner if Path(i.filename).stem == path.stem]
            main = same[0] if same else max(inner, key=lambda i: i.file_size)
            with zf.open(main) as raw:
                yield iter(io.TextIOWrapper(raw, encoding="utf-8"))
    else:
        with path.open(encoding="utf-8") as fh:
            yield iter(fh)


def _kind(path: Path) -> str:
    name = path.name.lower()
    if name.startswith("admin1codes"):
        return "admin1"
    if name.startswith("admin2codes"):
        return "admin2"
    if name.startswith("alternatenames"):
        return "alternate"
    return "places"


def import_geonames(paths: Sequence[Path], *, db: Path | None = None,
                    progress: Progress | None = None,
                    base: bool = True) -> dict[str, int | float | str]:
    """Add the places, admin names and alternate names of a GeoNames dump to the gazetteer.

    With `base` (the default), a missing gazetteer is first built from the PyPI packages' data,
    so the dump adds to the world-wide base instead of replacing it.
    """
    t0 = time.perf_counter()
    db = db or default_path()
    if base and not is_built(db):  # missing, or of an older schema
        from warcount.geo.build import build_once

        build_once(db, progress=progress)
    db.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(db)
    conn.executescript(SCHEMA)
    writer = GazetteerWriter(conn)
    countries = load_countries()
    order = {"admin1": 0, "admin2": 1, "places": 2, "alternate": 3}
    counts = {"places": 0, "alternate_names": 0, "admin_codes": 0}
    for i, path in enumerate(sorted(paths, key=lambda p: order[_kind(p)])):
        kind = _kind(path)
        if progress is not None:
            progress(f"importing {path.name}", i / max(len(paths), 1))
        with _lines(path) as lines:
            if kind in ("admin1", "admin2"):
                for line in lines:
                    parts = line.rstrip("\n").split("\t")
                    if len(parts) >= 2 and "." in parts[0]:
                        cc, code = parts[0].split(".", 1)
                        writer.set_admin(cc, code, clean_admin_name(parts[1]))
                        counts["admin_codes"] += 1
            elif kind == "places":
                counts["places"] += _import_places(lines, conn, writer, countries)
            else:
                counts["alternate_names"] += _import_alternates(lines, conn, writer)
    writer.finish({"schema": SCHEMA_VERSION, "geonames_import": time.strftime("%Y-%m-%d"),
                   "geonames_files": ", ".join(p.name for p in paths)})
    conn.close()
    if progress is not None:
        progress("done", 1.0)
    return {**counts, "seconds": round(time.perf_counter() - t0, 1), "db": str(db)}


def _import_places(lines: Iterator[str], conn: sqlite3.Connection, writer: GazetteerWriter,
                   countries: dict) -> int:  # type: ignore[type-arg]
    admins = {(cc, code): name for cc, code, name in
              conn.execute("SELECT country_code, code, name FROM admins")}
    n = 0
    for line in lines:
        f = line.rstrip("\n").split("\t")
        if len(f) < 15 or f[6] not in _KEEP_CLASSES and f[7] not in _KEEP_CODES:
            continue
        if f[6] == "A" and f[7] not in _KEEP_CODES:
            continue
        cc, a1, a2 = f[8], f[10], f[11]
        entry = countries.get(cc)
        is_country = f[7].startswith("PCL")
        writer.add(PlaceRow(
            id=int(f[0]), name=entry.name if is_country and entry else f[1],
            country=entry.name if entry else cc, country_code=cc,
            lat=float(f[4]), lon=float(f[5]), population=int(f[14] or 0),
            feature_class=f[6], feature_code=f[7], admin1_code=a1,
            admin1="" if is_country else admins.get((cc, a1), ""),
            admin2=admins.get((cc, f"{a1}.{a2}"), "") if a2 else "",
            alt_names=(f[1], f[2], *[a for a in f[3].split(",") if a and not a.islower()]),
            source="geonames"))
        n += 1
    writer.flush()
    return n


def _import_alternates(lines: Iterator[str], conn: sqlite3.Connection,
                       writer: GazetteerWriter) -> int:
    """alternateNamesV2 rows: id, geonameid, isolanguage, name, then flags."""
    known = {row[0] for row in conn.execute("SELECT id FROM places WHERE id > 0")}
    n = 0
    for line in lines:
        f = line.rstrip("\n").split("\t")
        if len(f) < 4 or f[2] in ("link", "post", "iata", "icao", "faac", "wkdt", "abbr"):
            continue
        gid = int(f[1])
        if gid in known and is_latin(f[3]):
            writer.add_names(gid, (f[3],))
            n += 1
    return n
