"""Countries for the gazetteer: ACLED's spelling, ISO codes, aliases and demonyms.

Facts come from `data/countries.yaml` (ACLED spellings over pycountry/countryinfo); a country
the file lacks falls back to pycountry's short name.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources

import pycountry
import yaml


@dataclass(frozen=True)
class CountryEntry:
    name: str  # ACLED's spelling
    iso2: str
    iso3: str
    aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()


def load_countries() -> dict[str, CountryEntry]:
    """Every country keyed by ISO alpha-2 code."""
    out: dict[str, CountryEntry] = {}
    text = resources.files("warcount.data").joinpath("countries.yaml").read_text("utf-8")
    data = yaml.safe_load(text) or {}
    rows = data.get("countries", []) if isinstance(data, dict) else []
    for row in rows:
        if not isinstance(row, dict) or "name" not in row or "iso3" not in row:
            raise ValueError(f"countries.yaml: bad row {row!r}")
        iso = pycountry.countries.get(alpha_3=row["iso3"])
        iso2 = iso.alpha_2 if iso is not None else str(row.get("iso2", ""))
        if not iso2:
            continue
        out[iso2] = CountryEntry(
            name=str(row["name"]),
            iso2=iso2,
            iso3=str(row["iso3"]),
            aliases=tuple(str(a) for a in row.get("aliases") or ()),
            demonyms=tuple(str(d) for d in row.get("demonyms") or ()),
        )
    for c in pycountry.countries:
        if c.alpha_2 not in out:
            name = getattr(c, "common_name", None) or c.name
            out[c.alpha_2] = CountryEntry(name=name, iso2=c.alpha_2, iso3=c.alpha_3)
    if "XK" not in out:
        out["XK"] = CountryEntry(name="Kosovo", iso2="XK", iso3="XKX")
    return out
