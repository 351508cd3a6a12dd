"""Which countries share a border: an event named in a report about Burkina Faso may lie in
Mali or Niger, rarely in Panama. Facts from the `countryinfo` package (borders by ISO alpha-3),
keyed by warcount's country names (`geo/countries.py`)."""

from __future__ import annotations

from countryinfo import all_countries

from warcount.geo.countries import load_countries

# Borders countryinfo leaves out (territories it does not list as countries).
_EXTRA = {"Palestine": ("Israel", "Egypt", "Jordan"),
          "Kosovo": ("Serbia", "Albania", "North Macedonia", "Montenegro")}


def load_neighbours() -> dict[str, frozenset[str]]:
    """Country name -> the names of the countries it borders."""
    by_iso3 = {c.iso3: c.name for c in load_countries().values()}
    out: dict[str, frozenset[str]] = {}
    for country in all_countries():
        iso3 = country.iso(3)
        name = by_iso3.get(str(iso3 or ""))
        if name is None:
            continue
        out[name] = frozenset(by_iso3[b] for b in country.borders() or () if b in by_iso3)
    for name, others in _EXTRA.items():
        out[name] = out.get(name, frozenset()) | frozenset(others)
    for name, neighbours in list(out.items()):  # a border is shared both ways
        for other in neighbours:
            out[other] = out.get(other, frozenset()) | {name}
    return out
