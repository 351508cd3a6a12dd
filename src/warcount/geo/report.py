"""Where a report's places are, read as a whole: a minor namesake far from every country the
report names is no place; a country named as an origin is not where events happen."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from warcount.geo.gazetteer import Gazetteer
from warcount.geo.names import name_key
from warcount.geo.resolve import distance_km
from warcount.mentions.places import mention_cue, mention_parent
from warcount.records import PlaceMention, ResolvedPlace
from warcount.regex_heads import with_heads

# A national capital is known beyond the report's region; a village is not.
_MAJOR = frozenset({"PPLC", "PPLG"})


# (a valley, a mountain or a pass lies inside a district: "the Tirah valley of the Khyber
# district" is the finer place)
_AREA_RANK = {"VAL": -1, "MT": -1, "MTS": -1, "PASS": -1, "ADM3": 0, "ADM2": 0, "ADM1": 2,
              "PCLI": 3, "PCLS": 3, "PCL": 3}


def precision_rank(r: ResolvedPlace) -> tuple[int, int]:
    """Smaller is more precise: a town, then the smallest area ("Kishtwar district" before
    "Jammu and Kashmir")."""
    return r.geo_precision, _AREA_RANK.get(r.feature_code, 1)


_QUARTER_KM = 25.0  # how far from its city's point a quarter the same sentence names may lie


def quarter_of(town: ResolvedPlace, others: Iterable[ResolvedPlace]) -> ResolvedPlace:
    """The city's quarter, when the same words name one ("strafed the Damascus district of
    Qaboun"): the more precise place; else the town."""
    if town.feature_code == "PPLX" or town.geo_precision != 1:
        return town
    return next((q for q in others if q.feature_code == "PPLX" and None not in (
        q.latitude, q.longitude, town.latitude, town.longitude) and distance_km(
        q.latitude or 0.0, q.longitude or 0.0, town.latitude or 0.0, town.longitude or 0.0)
        <= _QUARTER_KM), town)


def plausible(r: ResolvedPlace | None, hints: set[str],
               neighbours: dict[str, frozenset[str]]) -> ResolvedPlace | None:
    """ "None of these" for a minor place far from every country the report names: in a
    report about Burkina Faso, a "Sona" resolved to Panama is a namesake, not the event."""
    if r is None or not hints or r.country in hints or r.feature_code in _MAJOR:
        return r
    if any(r.country in neighbours.get(h, ()) for h in hints):
        return r
    return None


# "raiders from Ethiopia", "fled into Somalia", "across the border with Uganda"
_ORIGIN = re.compile(r"\b(?:from|across|border(?:s| with)?|borders? of)\s+"
                     r"(?:the\s+)?(?:neighbou?ring\s+)?$", re.IGNORECASE)
# "fled into Somalia", "the injured were airlifted to Raipur" and "flights were diverted to
# Misrata" are ways out; "crossed into
# Kenya and attacked" is where it happened
# how the wounded reach care: "taken to hospital in Belgorod", "admitted to Baqubah General"
_CARE_VERBS = (r"(?:admitted|treated|hospitali[sz]ed|taken|brought|evacuated|airlifted|flown|"
               r"rushed|transferred|referred)")
# a care facility named after its town: "Baqubah General Hospital", "Al-Thawra hospital"
HOSPITAL_AFTER = re.compile(r"\s+(?:(?:general|teaching|referral|regional|district|military|"
                            r"central|university|provincial|main)\s+)?(?:hospital|clinic|"
                            r"infirmary|medical|health|morgue|mortuary)\b", re.IGNORECASE)
_WAY_OUT = with_heads(re.compile(
    r"\b(?:fled|flee(?:ing|s)?|escap\w+|retreat\w*|withdr[ae]w\w*|return\w*|"
    r"(?:went|go|goes|going|came|come|sent|forced|headed|heading)\s+back|deport\w*|"
    # "a bus travelling to Kabul", "the road from Djibo to Namssiguia", "left beside the
    # road to Taloqan" (an ambush "on the road to Kidal" keeps Kidal)
    r"travell?ing|heading|headed|en\s+route|(?:road|highway)\s+from|"
    r"(?:beside|along|off|by)\s+the\s+(?:main\s+)?(?:road|highway)|"
    r"repatriat\w*|driven|pushed|pushing|pressed|pressing|advanc\w+|chased|refugees?|"
    r"evacuated|airlifted|flown|rushed|referred|transferred|diverted|"
    r"rerouted)\b"
    r"[^.;]{0,30}\b(?:into|to|towards?)\s+(?:the\s+)?(?:neighbou?ring\s+|(?-i:[A-Z]{2,5})\s+)?"
    # ("pressed west towards Moamer Kadhafi's hometown of Sirte")
    r"(?:(?:[\w'’-]+\s+){1,3}?(?:home\s*town|stronghold|bastion|city|town)\s+of\s+)?$|"
    r"\b(?:bound|heading|headed)\s+for\s+(?:the\s+)?$|"  # "a coach bound for Quetta"
    # "women displaced from Gao and Timbuktu gathered in front of the ministry": their homes
    # (not "250 families were evicted from Eldoret": the eviction's own town)
    r"\b(?:displaced|uprooted)\s+from\s+(?:the\s+)?"
    r"(?:[A-Z][\w'’-]+\s+(?:and|or)\s+|[A-Z][\w'’-]+,\s+)?$|"
    # "the main road linking Hodeidah to the capital Sanaa": the road's far end
    r"\b(?:road|highway|route)s?\s+(?:linking|connecting|joining)\s+[^.;]{1,40}?\s+(?:to|and|"
    r"with)\s+(?:the\s+)?(?:capital\s+)?$|"
    # "the driver was wounded and taken to hospital in Belgorod": where he was treated
    # ("were evacuated by helicopter to the military hospital in Tunis")
    rf"\b{_CARE_VERBS}\b[^.;]{{0,40}}\b(?:hospital|clinic|infirmary)\s+(?:in|at|of)\s+"
    r"(?:the\s+)?$|"
    # "two jet fighters flying from the direction of Monywa dropped four bombs"
    r"\b(?:flying|flew|coming|came|approaching)\s+from\s+(?:the\s+direction\s+of\s+)?"
    r"(?:the\s+)?$|\bfrom\s+the\s+direction\s+of\s+(?:the\s+)?$|"
    # "after peacekeepers were sent from Sibut": where the reinforcements came from
    r"\b(?:sent|dispatched|deployed|rushed|brought\s+in|flown\s+in)\s+from\s+(?:the\s+)?$|"
    # "one of the wounded died at the hospital in Santander": where he died, not the attack
    r"\b(?:died|succumbed)\b[^.;]{0,40}\b(?:hospital|clinic|infirmary)\s+(?:in|at|of)\s+"
    r"(?:the\s+)?$|"
    # "families displaced from Cite Soleil gathered in front of the office"
    # "women from communities around Konduga marched to Maiduguri"
    r"\bfrom\s+(?:the\s+)?(?:communities|villages|towns|areas|settlements|camps)\s+"
    r"(?:around|near|of|in)\s+$|"
    r"\b(?:displaced|uprooted|fled|fleeing)\s+from\s+"
    r"(?:the\s+)?(?:(?:commune|town|city|village|district)\s+of\s+)?$",
    re.IGNORECASE))


def shared_country(pairs: list[tuple[PlaceMention, ResolvedPlace | None]]) -> set[str]:
    """A country where two or more different places of the report lie."""
    names: dict[str, set[str]] = {}
    for m, r in pairs:  # (by their own names: "Terminus" is an old name of Atlanta)
        if r is not None and r.geo_precision < 3 and name_key(m.name) == name_key(r.name):
            names.setdefault(r.country, set()).add(r.name)
    # (two namesakes abroad, "La Luz" and "Pacific" read in the United States, do not make a
    # report that names five towns of Colombia a report on both)
    most = max((len(n) for n in names.values()), default=0)
    return {c for c, n in names.items() if len(n) >= 2 and 2 * len(n) >= most}


def namesake_near(m: PlaceMention, near: set[str], gaz: Gazetteer) -> ResolvedPlace | None:
    """The place of that name in a country the report names, when the best-known one lies
    far away ("Palma" in a report on Mozambique is not Palma de Mallorca)."""
    cands = [c for country in sorted(near) for c in gaz.lookup(m.name, country=country, limit=3)
             if c.match != "skeleton" and c.lat is not None]
    if not cands:
        return None
    c = max(cands, key=lambda c: c.population)
    town = c.feature_class == "P"
    return ResolvedPlace(
        name=c.name, country=c.country, admin1=c.admin1 or "", admin2=c.admin2 or "",
        latitude=c.lat, longitude=c.lon, geo_precision=1 if town else 3,
        geonameid=c.geonameid, feature_class=c.feature_class, feature_code=c.feature_code,
        reason=f"the {m.name} in {c.country}, a country the report names; the better-known "
               "namesake lies far away")

def default_place(
    mentions: list[PlaceMention], resolved: dict[tuple[int, int], ResolvedPlace | None],
    datelines: set[tuple[int, int]], country: str | None = None,
) -> tuple[PlaceMention, ResolvedPlace] | None:
    """The report's first specific place, else its first area: where an unplaced event is.
    Places outside the report's country (talks "hosted by Beijing") and the dateline (where
    the reporter filed from) come last: "N'DJAMENA - ... attacked the army post in Lac
    province" is in Lac, not the capital."""
    found = [(m, r) for m in mentions if (r := resolved.get((m.start, m.end))) is not None]
    found.sort(key=lambda x: (x[0].start, x[0].end) in datelines)
    home = [(m, r) for m, r in found if not country or r.country == country] or found
    for m, r in home:
        if r.geo_precision < 3:
            if (m.start, m.end) in datelines:
                area = next(((a, x) for a, x in home if (a.start, a.end) not in datelines
                             and x.name != x.country), None)
                return area or (m, r)
            return m, r
    return home[0] if home else None


# "near the Somali border", "the Kenya-Ethiopia border", "Somali refugees", "Yemeni nationals":
# a border may be crossed from either side; foreigners are where they live, not at home
_FOREIGN_AFTER = re.compile(r"(?:-[A-Z][\w'’]+)?\s+(?:border|borders|frontier|refugees?|"
                            r"nationals?|immigrants?|migrants?|diaspora|embassy|embassies|"
                            r"consulates?|expatriates?|citizens?|asylum[- ]seekers?)\b")


# "a rocket fired from Gaza hit Ashkelon": where the fire came from, not where it struck
_FIRED_FROM = re.compile(r"\b(?:fired|launched|shot|lobbed)\s+from\s+(?:the\s+)?(?:[a-z]+\s+)?$")
# "the 18th Brigade, which is based in Arauca": a unit's home, not where it fought
_BASED_IN = with_heads(re.compile(
    r"\b(?:(?:based|headquartered|stationed|garrisoned)\s+in|"
    # ("the Saba news agency, which is run by the group in Sanaa"): an outlet's home
    r"(?:run|operated|owned)\s+by\s+(?:[\w'’-]+\s+){1,3}?(?:in|from)|"
    r"(?:resident|residents|native|natives)\s+of|"  # a victim's home town
    r"(?:hailed|hailing|hails)\s+from|"
    # ("the man, a trader from the PK5 neighbourhood, was dragged from a taxi"): his home
    r"\b(?:a|an)\s+(?:\w+\s+)?(?:trader|farmer|student|teacher|driver|worker|shopkeeper|"
    r"herder|resident|native|man|woman|youth|boy|girl)\s+from)\s+(?:the\s+)?(?:district\s+)?$",
    re.IGNORECASE))


# "the Sirwah front, west of Marib", "20 km from Gao": a landmark to find the place by
_BEARING = with_heads(re.compile(
    r"\b(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?|"
    r"(?:kilomet(?:er|re)s?|km|miles?))\s+(?:of|from)\s+(?:the\s+)?$",
    re.IGNORECASE))


def named_as_landmark(text: str, start: int) -> bool:
    """ "west of Marib", "30 km from Gao": the name at `start` locates another place."""
    return bool(_BEARING.search(text, max(0, start - 20), start))


Placed = list[tuple[PlaceMention, ResolvedPlace]]
_STOP = re.compile(r"[.;:!?]|\b(?:and|while|as|but)\b")


# "a residential area of the town, about 35 km north of Aleppo": the town named before
# (not "the village of Nacate, about 15 km south of Macomia": a village the gazetteer lacks)
_THE_TOWN = re.compile(r"\bthe\s+(?:town|village|city|camp|settlement)\s*,[^.;]{0,40}$",
                       re.IGNORECASE)


# "on the road to Bria, about ten kilometres east of Ippy": where the road leads, not where
# the fighting was; the landmark after it places the scene
_ROAD_TO = re.compile(r"\b(?:road|route|highway|way|track|axis)\s+(?:leading\s+)?to\s+(?:the\s+)?$",
                      re.IGNORECASE)


def without_landmarks(pairs: Placed, text: str) -> Placed:
    """A sentence's places less each landmark whose located place resolved just before it
    ("the Sirwah front, west of Marib": Sirwah). A landmark stays when that place is unknown
    ("the village of Tal Mardikh, south-east of Saraqib") or only a province or a country."""
    def located(mark: PlaceMention) -> bool:  # ("near Jilib, in the Middle Juba region
        # some 370 kilometers southwest of Mogadishu": Jilib)
        return any(0 <= mark.start - m.end < 120 and not _STOP.search(text, m.end, mark.start)
                   and mention_cue(m) != "admin" and (r.geo_precision < 3 or bool(r.admin1))
                   and not _ROAD_TO.search(text, max(0, m.start - 25), m.start)
                   for m, r in pairs)
    def led_to(m: PlaceMention) -> bool:  # a road's end with a landmark right after it
        return bool(_ROAD_TO.search(text, max(0, m.start - 25), m.start)) and any(
            0 <= n.start - m.end < 120 and named_as_landmark(text, n.start) for n, _ in pairs)
    return [(m, r) for m, r in pairs
            if not (named_as_landmark(text, m.start) and (
                located(m) or _THE_TOWN.search(text, max(0, m.start - 60), m.start)))
            and not led_to(m)]


_POSSESSIVE_GAP = re.compile(r"(?:['’]s)?\s+")


def _inside(area: ResolvedPlace, place: ResolvedPlace) -> bool:
    return area.geo_precision == 3 and area.name in (place.admin1, place.country, place.admin2)


def same_area(a: ResolvedPlace, b: ResolvedPlace) -> bool:
    """One place, or one inside the other (a town in its province), or under 25 km apart in
    one country (a rocket on Ashkelon and tank fire on Jabalia, 13 km off across the border,
    are two events)."""
    return a.name == b.name or _inside(a, b) or _inside(b, a) or not _far(a, b) and (
        not a.country or not b.country or a.country == b.country)


def without_possessive_parents(pairs: Placed, text: str) -> Placed:
    """A sentence's places less the area a place is named as part of ("Hakkari's Semdinli
    district", "Kunar's Chapa Dara district": Semdinli, Chapa Dara), when the part resolved."""
    def parent(m: PlaceMention, area: ResolvedPlace) -> bool:
        return any(n.start > m.start and _POSSESSIVE_GAP.fullmatch(
            text, m.end, n.start) and ("'s" in text[m.end - 2:n.start]
                                       or "’s" in text[m.end - 2:n.start])
                   # (the part lies in the area: "Kharkiv's Kyivskyi district" is no namesake
                   # quarter of Donetsk; a province holds its district by its admin1 name)
                   and (same_area(r, area) or area.geo_precision == 3 and bool(area.admin1)
                        and (r.country, r.admin1) == (area.country, area.admin1))
                   for n, r in pairs)
    kept = [(m, r) for m, r in pairs if not parent(m, r)]
    return kept or pairs


# "a bar in the San Juanico neighbourhood", "the Brooklyn neighbourhood": a part of a town
_QUARTER_AFTER = re.compile(r"\s+(?:neighbou?rhoods?|quarters?|colonias?|barrios?|suburbs?|"
                            r"slums?|favelas?)\b")


# "his home in La Candelaria, in central Caracas": a part of the city named after it
_PART_OF_AFTER = re.compile(r",?\s+in\s+(?:central|downtown|eastern|western|northern|southern|"
                            r"north-?(?:east|west)ern|south-?(?:east|west)ern|the\s+(?:centre|"
                            r"center|heart|outskirts)\s+of)\s+[A-Z]")


def _names_a_quarter(text: str, end: int) -> bool:
    """The name ending at `end` is followed by a quarter word or by "in central <town>"."""
    return bool(_QUARTER_AFTER.match(text, end) or _PART_OF_AFTER.match(text, end))


def without_far_quarters(pairs: Placed, text: str) -> Placed:
    """A sentence's places less each quarter read as a namesake far from the town the sentence
    names beside it ("Celaya - Gunmen burst into a bar in the San Juanico neighbourhood": a
    quarter of Celaya, not a San Juanico 200 km away; "La Candelaria, in central Caracas")."""
    towns = [r for m, r in pairs if r.geo_precision == 1 and not _names_a_quarter(text, m.end)]
    if not towns:
        return pairs
    kept = [(m, r) for m, r in pairs if not (
        _names_a_quarter(text, m.end) and all(_far(r, t) for t in towns))]
    return kept or pairs


def _far(a: ResolvedPlace, b: ResolvedPlace) -> bool:
    if a.latitude is None or a.longitude is None or b.latitude is None or b.longitude is None:
        return True
    return distance_km(a.latitude, a.longitude, b.latitude, b.longitude) > 25.0


# "a police source in Pemba told the Monitor", "officials in Kabul said": where the words
# came from, not where the fighting was
_SPEAKER_IN = with_heads(re.compile(
    r"\b(?:sources?|officials?|spokes(?:man|woman|person)|correspondents?|reporters?|"
    r"journalists?|leaders?)\s+(?:\w+\s+){0,2}?(?:in|from|at)\s+(?:the\s+)?$", re.IGNORECASE))
# (a name in apposition may come between: "A civil society leader in Djugu territory, Dieudonne
# Lossa, said")
_SPEAKS = re.compile(r"(?:\s+(?:territory|district|province|county|region))?(?:,\s+[^,.;]{2,40},)?"
                     r",?\s+(?:said|says|told|added|reported|confirmed|stated)\b")


# "a spokesman said at a briefing in Kyiv", "he told reporters in Islamabad": where it was said
_SPOKE_AT = with_heads(re.compile(
    r"\b(?:(?:said|says|told\s+\w+|spoke|speaking)\s+(?:on\s+\w+\s+)?(?:at|during)\s+an?\s+"
    r"(?:\w+\s+){0,2}?(?:briefing|conference|meeting)|told\s+(?:reporters|journalists|the\s+"
    r"press))\s+in\s+(?:the\s+)?$", re.IGNORECASE))


def named_as_speakers_town(text: str, start: int, end: int) -> bool:
    """ "At least 14 soldiers were killed, a police source in Pemba told the Monitor"; "a
    spokesman said at a briefing in Kyiv"."""
    return bool(_SPEAKS.match(text, end) and _SPEAKER_IN.search(text, max(0, start - 50), start)
                or _SPOKE_AT.search(text, max(0, start - 80), start))

# "residents of X, the capital of Y, reported fighting", "residents of X caught four men":
# people in X, not a victim's home town ("residents of Lalibela, the UNESCO-listed town famous
# for its rock-hewn churches, said": the appositive may be long)
_TELL_AFTER = re.compile(r"[\w'’ -]{2,40}?(?:,[^,.;]{2,80},)?\s+(?:said|say|told|reported|"
                         r"described|recounted|heard|saw|caught|beat|lynched|attacked|blocked|"
                         r"protested|marched|gathered|rallied|burned|torched|stormed|"
                         r"took\s+to\s+the\s+streets|staged|demonstrated|rioted)\b")
# ("several hundred residents of Diffa took part in a sit-in in front of the governorate"; not
# "residents of Santa Catarina held a protest in front of the palace in Guatemala City")
_JOINED_AFTER = re.compile(r"[\w'’ -]{2,40}?\s+(?:took\s+part|joined|held|organi[sz]ed|went\s+on\s+"
                           r"strike)\b(?![^.;!?]*\b(?:in|at)\s+(?:the\s+)?[A-Z])")


def named_as_way_out(text: str, start: int) -> bool:
    """ "fled into Somalia", "were evacuated by helicopter to Raipur", "fired from Gaza",
    "a brigade based in Arauca"."""
    based = _BASED_IN.search(text, max(0, start - 30), start)
    if based is not None and "resident" in based.group().lower() and (_TELL_AFTER.match(
            text, start) or _JOINED_AFTER.match(text, start)):
        based = None  # "residents of Debre Markos reported heavy fighting in the town"
    return bool(_WAY_OUT.search(text, max(0, start - 60), start)
                or _FIRED_FROM.search(text, max(0, start - 40), start)
                or based
                or _FROM.search(text, max(0, start - 12), start)
                and _LIVING_ELSEWHERE.match(text, start)
                or _TAKEN_TO.search(text, max(0, start - 60), start)
                and _HOSPITAL_NAMED.match(text, start))


# "300 women from Bawku resident in Bolgatanga marched": where they came from, not where they
# marched
_FROM = re.compile(r"\bfrom\s+(?:the\s+)?$", re.IGNORECASE)
_LIVING_ELSEWHERE = re.compile(r"[\w'’-]+(?:\s[\w'’-]+){0,2}?,?\s+(?:who\s+(?:are|were|now)\s+)?"
                               r"(?:now\s+)?(?:resident|residing|living|settled|based|sheltering)"
                               r"\s+in\b", re.IGNORECASE)


# "his son, who was taken to Baqubah General Hospital": a hospital named after its town
_TAKEN_TO = re.compile(rf"\b{_CARE_VERBS}\b[^.;]{{0,25}}\b(?:to|at|in)\s+(?:the\s+)?$",
                       re.IGNORECASE)
_HOSPITAL_NAMED = re.compile(rf"[\w'’-]+(?:\s[\w'’-]+){{0,2}}?{HOSPITAL_AFTER.pattern}",
                             re.IGNORECASE)


# "a 27-year-old motorcycle-taxi driver from the Petite-Anse neighbourhood": a victim's home
_HOME_BEFORE = re.compile(r"\b(?:man|woman|men|women|boy|girl|driver|student|trader|vendor|"
                          r"farmer|teacher|worker|resident|native|father|mother|son|daughter|"
                          r"\d+-year-old)\s+from\s+(?:the\s+)?$", re.IGNORECASE)


def named_as_home(text: str, start: int) -> bool:
    """The place is where a person named just before comes from, not where things happened."""
    return _HOME_BEFORE.search(text, max(0, start - 40), start) is not None


def named_as_origin(text: str, start: int, end: int = -1) -> bool:
    """ "raiders from Ethiopia", "fled into Somalia": the name at `start` is a way in or out;
    so is a country or a people ending at `end` before "border" or "refugees"."""
    return bool(_ORIGIN.search(text, max(0, start - 25), start)
                or named_as_way_out(text, start)
                or end >= 0 and _FOREIGN_AFTER.match(text, end))


# Between the names of one chain: more names, place words, commas and an opening bracket
# ("Manikpur village, Karimganj upazila (Kishoregonj, Dhaka)").
_CHAIN = re.compile(r"(?:[\s,(\'\u2019-]|[A-Z][\w\'\u2019-]*|(?i:village|town|city|upazila|union|"
                    r"district|sub-district|area|province|region|county|sub-county|ward|"
                    r"division|municipality|commune|department|governorate|state|camp|"
                    r"locality|market|of|the))*")


def stated_country(text: str, pairs: list[tuple[PlaceMention, ResolvedPlace | None]]
                   ) -> dict[tuple[int, int], str]:
    """The country a bracketed parent states for the names chained before it: in "Manikpur
    village, Karimganj upazila (Kishoregonj, Dhaka)" all three lie where Dhaka division is."""
    return {k: country for k, (country, _) in stated_division(text, pairs).items()}


def stated_division(text: str, pairs: list[tuple[PlaceMention, ResolvedPlace | None]]
                    ) -> dict[tuple[int, int], tuple[str, str]]:
    """The (country, first-level division) a bracketed parent states for the names chained
    before it; the division is that of the last parent ("Dhaka" in "(Kishoregonj, Dhaka)")."""
    out: dict[tuple[int, int], tuple[str, str]] = {}
    for p, r in pairs:
        if r is None or not r.country or not p.reason.endswith("parent area"):
            continue
        for m, _ in pairs:
            if m.end <= p.start and p.start - m.end <= 80 and _CHAIN.fullmatch(
                    text, m.end, p.start):
                out[(m.start, m.end)] = (r.country, r.admin1)
    return out


def _cued(m: PlaceMention) -> bool:
    return mention_cue(m) in ("admin", "town") or mention_parent(m) is not None


def one_sense(pairs: list[tuple[PlaceMention, ResolvedPlace | None]],
              near: frozenset[str] | set[str] = frozenset()
              ) -> dict[tuple[int, int], ResolvedPlace]:
    """One name, one place in a report: where a name is once given a cue ("northern Shan
    State", "the town of X", "X, Y"), its bare mentions elsewhere are not a namesake abroad
    ("Shan" read alone as a town in China). A town and the state it names (Katsina) stay
    apart: the bare name may well mean the town. A cued reading outside the countries the
    report points to (`near`) is itself the namesake ("Mora district" read as a county in
    the United States, in a report on Cameroon)."""
    sure: dict[str, ResolvedPlace] = {}
    for m, r in pairs:
        if r is not None and _cued(m) and (not near or r.country in near):
            sure.setdefault(name_key(m.name), r)
    out: dict[tuple[int, int], ResolvedPlace] = {}
    for m, r in pairs:
        s = sure.get(name_key(m.name))
        if s is not None and not _cued(m) and (r is None or r.country != s.country):
            out[(m.start, m.end)] = replace(s, reason=f"named as {m.name} elsewhere in the "
                                                      f"report with a cue; {s.reason}")
    return out


def own_places(pairs: Placed, text: str) -> Placed:
    """A sentence's places that can be its event's: less landmarks placed by a town, quarters
    read as far namesakes and areas named as a place's parent ("Hakkari's Semdinli")."""
    return without_possessive_parents(without_far_quarters(without_landmarks(pairs, text), text),
                                      text)
