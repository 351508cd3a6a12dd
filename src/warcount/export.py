"""Events out: JSON Lines, a flat CSV, ACLED's and UCDP GED's CSV columns, GeoJSON.

`ucdp-csv` keeps only what UCDP GED would count: organised violence with at least one death
whose two sides give a type of violence (1 state-based, 2 non-state, 3 one-sided). Protests,
riots, strategic developments and events without deaths are left out rather than flagged,
so that every row means what a GED row means and GED tools can read the file unchanged.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import asdict, fields
from functools import cache
from typing import Any, TextIO

from warcount.records import Event

FORMATS = ("jsonl", "csv", "acled-csv", "ucdp-csv", "geojson")

ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2",
    "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale",
    "notes", "fatalities", "tags", "timestamp",
)
UCDP_COLUMNS = (
    "id", "year", "active_year", "type_of_violence", "conflict_name", "dyad_name", "side_a",
    "side_b", "source_article", "source_office", "where_coordinates", "where_prec", "adm_1",
    "adm_2", "latitude", "longitude", "country", "date_start", "date_end", "date_prec",
    "deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown", "best", "high", "low",
)
DEATH_COLUMNS = ("deaths_side_a", "deaths_side_b", "deaths_civilians", "deaths_unknown")
FLAT_COLUMNS = tuple(
    f.name for f in fields(Event) if f.name not in ("evidence", "deaths")
) + DEATH_COLUMNS

# ACLED's regions by ISO alpha-3 (acleddata.com, "ACLED regions"); unlisted countries: "".
_REGIONS = {
    "Western Africa": "BEN BFA CPV CIV GMB GHA GIN GNB LBR MLI MRT NER NGA SEN SLE TGO",
    "Middle Africa": "AGO CMR CAF TCD COG COD GNQ GAB STP",
    "Eastern Africa": "BDI COM DJI ERI ETH KEN MDG MWI MUS MOZ RWA SYC SOM SSD TZA UGA ZMB "
    "ZWE MYT REU",
    "Southern Africa": "BWA SWZ LSO NAM ZAF",
    "Northern Africa": "DZA EGY LBY MAR SDN TUN ESH",
    "Middle East": "BHR CYP IRN IRQ ISR JOR KWT LBN OMN PSE QAT SAU SYR TUR ARE YEM",
    "South Asia": "AFG BGD BTN IND MDV NPL PAK LKA",
    "Southeast Asia": "BRN KHM IDN LAO MYS MMR PHL SGP THA TLS VNM",
    "East Asia": "CHN HKG JPN MNG PRK KOR TWN MAC",
    "Caucasus and Central Asia": "ARM AZE GEO KAZ KGZ TJK TKM UZB",
    "Europe": "ALB AND AUT BLR BEL BIH BGR HRV CZE DNK EST FIN FRA DEU GRC HUN ISL IRL ITA "
    "XKX LVA LIE LTU LUX MLT MDA MCO MNE NLD MKD NOR POL PRT ROU RUS SMR SRB SVK SVN ESP "
    "SWE CHE UKR GBR VAT",
    "North America": "USA CAN GRL BMU",
    "Central America": "MEX GTM BLZ SLV HND NIC CRI PAN",
    "Caribbean": "ATG BHS BRB CUB DMA DOM GRD HTI JAM KNA LCA VCT TTO PRI",
    "South America": "ARG BOL BRA CHL COL ECU GUY PRY PER SUR URY VEN",
    "Oceania": "AUS NZL PNG FJI SLB VUT NCL WSM TON KIR FSM MHL PLW NRU TUV",
}
_STATE = re.compile(r"^(?:Military|Police) Forces of (.+?)(?: \(\d{4}-\))?$")


@cache
def _country_codes() -> dict[str, tuple[str, str]]:
    """Country name -> (ISO alpha-3, ISO numeric)."""
    import pycountry

    from warcount.geo.countries import load_countries

    out: dict[str, tuple[str, str]] = {}
    for entry in load_countries().values():
        c = pycountry.countries.get(alpha_3=entry.iso3)
        out[entry.name] = (entry.iso3, str(int(c.numeric)) if c is not None else "")
    return out


def acled_region(iso3: str) -> str:
    return next((r for r, codes in _REGIONS.items() if iso3 in codes.split()), "")


def _str(value: object) -> str | int | float:
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, (int, float)):
        return value
    return str(value)


def flat_row(e: Event) -> dict[str, Any]:
    """The event as one flat row: evidence left out, deaths split as columns."""
    d = asdict(e)
    d.pop("evidence")
    deaths = d.pop("deaths")
    row = {k: _str(v) for k, v in d.items()}
    for col, key in zip(DEATH_COLUMNS, ("side_a", "side_b", "civilians", "unknown"), strict=True):
        row[col] = deaths[key]
    return row


def acled_row(e: Event) -> dict[str, Any]:
    """ACLED's columns. `timestamp` is left empty (ACLED's upload time has no meaning here)."""
    iso3, numeric = _country_codes().get(e.country, ("", ""))
    return {
        "event_id_cnty": e.event_id,
        "event_date": e.event_date or "",
        "year": e.event_date[:4] if e.event_date else "",
        "time_precision": e.time_precision,
        "disorder_type": e.disorder_type,
        "event_type": e.event_type,
        "sub_event_type": e.sub_event_type,
        "actor1": e.actor1,
        "assoc_actor_1": e.assoc_actor_1,
        "inter1": _str(e.inter1),
        "actor2": e.actor2,
        "assoc_actor_2": e.assoc_actor_2,
        "inter2": _str(e.inter2),
        "interaction": _str(e.interaction),
        "civilian_targeting": "Civilian targeting" if e.civilian_targeting else "",
        "iso": numeric,
        "region": acled_region(iso3),
        "country": e.country,
        "admin1": e.admin1,
        "admin2": e.admin2,
        "admin3": "",
        "location": e.location,
        "latitude": _str(e.latitude),
        "longitude": _str(e.longitude),
        "geo_precision": _str(e.geo_precision),
        "source": e.source,
        "source_scale": "",
        "notes": e.notes,
        "fatalities": e.fatalities,
        "tags": "",
        "timestamp": "",
    }


def _ucdp_side(actor: str) -> str:
    m = _STATE.match(actor)
    return f"Government of {m.group(1)}" if m else actor


def type_of_violence(e: Event) -> int | None:
    """UCDP's type by the actors' inter codes: 1 a state against an organised group or another
    state, 2 two organised non-state groups, 3 an organised actor against civilians; None for
    what UCDP does not count (crowds, no second organised side, no deaths)."""
    if e.event_type in ("Protests", "Riots", "Strategic developments") or e.fatalities_best <= 0:
        return None
    i1, i2 = e.inter1 or 0, e.inter2 or 0
    organised = {1, 2, 3, 4, 8}
    if i1 not in organised:
        return None
    if i2 == 7 or (not i2 and e.civilian_targeting):
        return 3
    if i2 not in organised:
        return None
    if i1 in (1, 8) or i2 in (1, 8):
        return 1
    return 2


def _date_range(e: Event) -> tuple[str, str, int]:
    if not e.event_date:
        return "", "", 5
    end = dt.date.fromisoformat(e.event_date[:10])
    if e.time_precision == 2:
        return (end - dt.timedelta(days=6)).isoformat(), end.isoformat(), 3
    if e.time_precision >= 3:
        return end.replace(day=1).isoformat(), end.isoformat(), 4
    return end.isoformat(), end.isoformat(), 1


def _where_prec(e: Event) -> int:
    if e.latitude is None:
        return 6
    if (e.geo_precision or 1) < 3:
        return e.geo_precision or 1
    return 3 if e.admin2 and e.location == e.admin2 else 4


def ucdp_row(e: Event) -> dict[str, Any] | None:
    """UCDP GED's columns, or None when UCDP would not count the event (module docstring)."""
    tov = type_of_violence(e)
    if tov is None:
        return None
    a, b = _ucdp_side(e.actor1), _ucdp_side(e.actor2)
    deaths_a, deaths_b = e.deaths.side_a, e.deaths.side_b
    if tov == 1 and not a.startswith("Government of") and b.startswith("Government of"):
        a, b, deaths_a, deaths_b = b, a, deaths_b, deaths_a  # side_a is the government
    if tov == 3:
        b = "Civilians"
    conflict = f"{e.country}: Government" if tov == 1 else f"{a} - {b}"
    start, end, date_prec = _date_range(e)
    return {
        "id": e.event_id,
        "year": e.event_date[:4] if e.event_date else "",
        "active_year": "",
        "type_of_violence": tov,
        "conflict_name": conflict,
        "dyad_name": f"{a} - {b}",
        "side_a": a,
        "side_b": b,
        "source_article": e.source,
        "source_office": e.source_outlet,
        "where_coordinates": ", ".join(p for p in (e.location, e.admin1, e.country) if p),
        "where_prec": _where_prec(e),
        "adm_1": e.admin1,
        "adm_2": e.admin2,
        "latitude": _str(e.latitude),
        "longitude": _str(e.longitude),
        "country": e.country,
        "date_start": start,
        "date_end": end,
        "date_prec": date_prec,
        "deaths_a": deaths_a,
        "deaths_b": deaths_b,
        "deaths_civilians": e.deaths.civilians,
        "deaths_unknown": e.deaths.unknown,
        "best": e.fatalities_best,
        "high": e.fatalities_high,
        "low": e.fatalities_low,
    }


def geojson_feature(e: Event) -> dict[str, Any]:
    """A GeoJSON Feature (RFC 7946): Point [lon, lat], or a null geometry without a point."""
    geometry = None
    if e.latitude is not None and e.longitude is not None:
        geometry = {"type": "Point", "coordinates": [e.longitude, e.latitude]}
    props = asdict(e)
    props.pop("evidence")
    deaths = props.pop("deaths")
    for col, key in zip(DEATH_COLUMNS, ("side_a", "side_b", "civilians", "unknown"), strict=True):
        props[col] = deaths[key]
    return {"type": "Feature", "id": e.event_id, "geometry": geometry, "properties": props}


def _write_csv(rows: Iterator[dict[str, Any]], columns: tuple[str, ...], out: TextIO) -> None:
    writer = csv.DictWriter(out, fieldnames=list(columns), lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow(row)


def write_events(events: Iterable[Event], fmt: str, out: TextIO) -> None:
    """Write events in one of FORMATS; streams (GeoJSON too), so memory stays flat."""
    if fmt == "jsonl":
        for e in events:
            out.write(json.dumps(e.to_dict(), ensure_ascii=False) + "\n")
    elif fmt == "csv":
        _write_csv((flat_row(e) for e in events), FLAT_COLUMNS, out)
    elif fmt == "acled-csv":
        _write_csv((acled_row(e) for e in events), ACLED_COLUMNS, out)
    elif fmt == "ucdp-csv":
        _write_csv((r for e in events if (r := ucdp_row(e)) is not None), UCDP_COLUMNS, out)
    elif fmt == "geojson":
        out.write('{"type": "FeatureCollection", "features": [')
        for n, e in enumerate(events):
            feature = json.dumps(geojson_feature(e), ensure_ascii=False)
            out.write(("," if n else "") + "\n" + feature)
        out.write("\n]}\n")
    else:
        raise ValueError(f"unknown format {fmt!r}; one of {', '.join(FORMATS)}")
