"""One event's death toll from the counts of its sentences (codebook "Numbers of dead").

Rules, in the order applied to the counts of one outcome (killed; injured likewise):
- headline counts give way to the body's when the body has any (`headline_end`);
- a repeated figure (same value, same or generic noun) counts once, and so does one that a
  side tells of its own way ("three men" and, in another sentence, "three terrorists");
- a specific figure beats a vague word ("dozens ... more than 30 bodies" is 30), and a
  plural with no number ("civilians were killed", qualifier "unnumbered") is 3 only when
  nothing else is given;
- "up to 40" only sets the high end when a reliable figure exists;
- a total and its breakdown are one figure: a figure is a total when some of the others add
  up to it exactly, when its noun is generic ("people", "" for "killing 12"), or when a
  smaller figure names the same noun more precisely ("73 fighters" vs "50 IS fighters");
  parts adding up to more than the total give `fatalities_high`;
- with no total, separate counts of different victims add up; attackers who die add to a
  total of victims, and a suicide attack adds its bomber when no attacker death is counted.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from itertools import combinations

from warcount.mentions.named_dead import NAMED
from warcount.mentions.numbers import load_number_lexicon
from warcount.records import Deaths, Evidence, NumberMention


@cache
def _lexicon_heads() -> tuple[frozenset[str], frozenset[str]]:
    """The heads that name no side and those that name the attackers (data/numbers.yaml)."""
    lexicon = load_number_lexicon()
    return lexicon.generic, lexicon.attackers


UNNUMBERED_VALUE = 3  # codebook: a death with no number in a limited attack
_BOMBERS = re.compile(r"\b(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s+"
                      r"(?:(?!(?:were|was|are|by|and|of|in|at|the|people|killed)\b)[\w'-]+\s+)"
                      r"{0,3}suicide\s+(?:car\s+)?bombers\b", re.IGNORECASE)
_SMALL = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
          "nine": 9, "ten": 10}


# "the death toll had risen to nine, including the bomber": the bomber is counted already
# (and "risen to 11, including the three attackers", "11: six civilians, two police officers
# and the three attackers")
_BOMBER_INCLUDED = re.compile(r"[^.;]{0,60}?\b(?:including|counting|among them|and)\s+(?:the\s+)?"
                              r"(?:(?:two|three|four|five|six|\d+)\s+)?(?:suicide\s+)?"
                              r"(?:bombers?|attackers?|assailants?)\b", re.IGNORECASE)


def bombers_named(text: str) -> int:
    """How many bombers a suicide attack had: "two female suicide bombers" is 2, else 1
    (codebook: a suicide attack counts its bomber even when the report does not say so)."""
    m = _BOMBERS.search(text)
    if m is None:
        return 1
    word = m.group(1).lower()
    return int(word) if word.isdigit() else _SMALL[word]


@dataclass(frozen=True)
class DeathTally:
    fatalities: int
    fatalities_low: int
    fatalities_best: int
    fatalities_high: int
    deaths: Deaths = field(default_factory=Deaths)
    injured: int | None = None
    evidence: tuple[Evidence, ...] = ()
    reason: str = ""


@dataclass(frozen=True)
class _Count:
    """The tally of one outcome: conservative figure, high end, parts by side, evidence."""

    value: int
    high: int
    by_side: dict[str, int]
    used: tuple[tuple[str, NumberMention], ...]  # (role, mention): "total", "part", "high"
    reason: str


def _head(who: str) -> str:
    words = who.lower().split()
    return words[-1] if words else ""


def _is_attacker(m: NumberMention, attackers: frozenset[str]) -> bool:
    return any(w in attackers for w in m.who.lower().split())


# "soldiers shot dead three men ... the ministry said the army had neutralised three
# terrorists": the same dead, told by each side its own way
_UNARMED_HEADS = frozenset({"men", "civilians", "villagers", "residents", "farmers", "youths",
                            "boys", "herders", "traders", "shepherds", "students", "worshippers"})
_ARMED_HEADS = frozenset({"terrorists", "militants", "insurgents", "rebels", "fighters",
                          "separatists", "bandits", "jihadists", "extremists", "gunmen",
                          "criminals", "elements", "secessionists"})


def _versions(a: NumberMention, b: NumberMention) -> bool:
    """The same count of dead, one side calling them civilians and the other fighters."""
    heads = {_head(a.who), _head(b.who)}
    return a.value == b.value and a.value >= 2 and abs(a.start - b.start) > 80 and bool(
        heads & _UNARMED_HEADS) and bool(heads & _ARMED_HEADS)


def _dedupe(ms: Sequence[NumberMention], generic: frozenset[str]) -> list[NumberMention]:
    kept: list[NumberMention] = []
    for m in ms:
        same = [i for i, k in enumerate(kept) if k.value == m.value and k.vague == m.vague and (
            _head(k.who) == _head(m.who) or _head(k.who) in generic or _head(m.who) in generic)
            or _versions(k, m)]
        if not same:
            kept.append(m)
        elif m.qualifier == "rose to":
            # "killing nine ... police first said seven ... the toll rose to nine": the nine
            # is the risen toll, which replaces the first report's seven
            kept[same[0]] = m
    return kept


def _exact_parts(total: NumberMention, others: list[NumberMention],
                 generic: frozenset[str] = frozenset(),
                 side_of: Callable[[str], str] | None = None) -> list[NumberMention]:
    """Two or more of `others` that add up to `total` exactly (the breakdown), else []. A
    count of the same generic noun is another report, no part ("nine people" of "11 people,
    including two children"). A count of one kind of people ("four policemen") has parts of
    its side only: "four policemen and three civilians, ... the bomber also died" adds up to
    four by chance."""
    head = _head(total.who)
    side = side_of(total.who) if side_of is not None and total.who and head not in generic \
        else None

    def other_kind(m: NumberMention) -> bool:  # civilians are no part of a count of fighters
        if side is None or side == "unknown" or not m.who or side_of is None:
            return False
        part = side_of(m.who)
        return part != "unknown" and (part == "civilians") != (side == "civilians")

    pool = [m for m in others if m.value <= total.value
            and not (head in generic and head and _head(m.who) == head)
            and not other_kind(m)][:12]
    for n in range(2, len(pool) + 1):
        for combo in combinations(pool, n):
            if sum(m.value for m in combo) == total.value:
                return list(combo)
    return []


def _is_total(m: NumberMention, others: list[NumberMention], generic: frozenset[str]) -> bool:
    if _head(m.who) in generic:
        return True
    n_words = len(m.who.split())
    # (a part told after its total: "killed 20 soldiers ... 12 special forces soldiers"; a
    # larger figure told after a narrower one is another voice's: "shot dead three gold
    # miners, police said. Community leaders said four miners had been killed")
    return any(_head(o.who) == _head(m.who) and len(o.who.split()) > n_words and o.value < m.value
               and o.start > m.start for o in others)


def _sides(parts: Sequence[NumberMention], best: int, rest_who: str,
           side_of: Callable[[str], str]) -> dict[str, int]:
    by_side: dict[str, int] = {}
    left = best
    for m in parts:
        n = min(m.value, left)
        side = side_of(m.who) if m.who else "unknown"
        by_side[side] = by_side.get(side, 0) + n
        left -= n
    if left > 0:
        side = side_of(rest_who) if rest_who else "unknown"
        by_side[side] = by_side.get(side, 0) + left
    return by_side


# Words before a figure that add it to another of the same side ("another two soldiers").
_ADDED = re.compile(r"\b(?:another|more|other|others|also|further|additional|second|"
                    r"separately|besides|plus|as well as|while)\b[^.;]{0,40}$", re.IGNORECASE)


_ALSO_AFTER = re.compile(r"\s+(?:\w+\s+){0,2}(?:also|as well|too)\b", re.IGNORECASE)


def _added(m: NumberMention, text: str, same: NumberMention | None = None) -> bool:
    """ "another two soldiers", "two attackers were also killed": more dead, not a restatement.
    ("The officers said 11 soldiers died. The army said it killed 17 terrorists, while five
    soldiers died": "while" sets the five beside the terrorists, not beside the 11 told in
    another sentence.)"""
    if not text:
        return False
    more = _ADDED.search(text, max(0, m.start - 60), m.start)
    if more is not None and same is not None and more.group().lower().startswith("while") and (
            not _one_sentence(text, same, m)):
        more = None
    # ("seven more died, including two young men": a part of the seven)
    return bool(more and not _INCLUDING.search(more.group()) or _ALSO_AFTER.match(text, m.end))


_AMONG = re.compile(r"\s+(?:\w+\s+){0,2}?(?:were|was|are|is)?\s*among\s+(?:the|those)\b",
                    re.IGNORECASE)
_HIGHER = re.compile(r"\b(?:higher|highest|larger|bigger)\s+(?:death\s+)?(?:toll|figure|count|"
                     r"number|tally|estimate)s?\s+(?:of\s+|at\s+)?(?:some\s+|about\s+)?$",
                     re.IGNORECASE)
# "gave a higher toll. 'We counted eight dead,' he said": the figure that follows
_HIGHER_TOLD = re.compile(r"\b(?:gave|gives|put|puts|reported|cited)\s+a\s+higher\s+(?:death\s+)?"
                          r"(?:toll|figure|count)\b[.:]\s*[\"“]?(?:[\w'’]+\s+){0,4}$",
                          re.IGNORECASE)
# "A resident put the toll at six dead": another voice's figure for the same dead, beside the
# first report's (not a toll that rose: "later put the toll at", "now puts it at")
_RIVAL = re.compile(r"(?<!later )(?<!now )(?<!since )\b(?:put|puts|putting|placed|places|gave|"
                    r"gives|giving)\s+(?:the|a|its|their|his|her)\s+(?:own\s+)?(?:death\s+)?(?:toll|"
                    r"figure|number\s+of\s+(?:dead|deaths|victims))\s+"
                    # ("put the death toll from the firefight at eight")
                    r"(?:(?:from|in|of|for)\s+(?:the|that|this)\s+(?:[\w-]+\s+){1,3})?(?:at|of|as)\s+"
                    r"(?:some\s+|about\s+|around\s+)?[\"“]?$|"
                    # ("at least 11 civilians were killed, according to the administrator ...
                    # Local civil society sources reported 16 dead")
                    r"\b(?:sources|residents|witnesses|activists|groups|organi[sz]ations|NGOs|"
                    r"monitors|leaders|elders)\s+(?:reported|spoke\s+of|counted|cited|gave)\s+"
                    r"(?:a\s+toll\s+of\s+)?(?:some\s+|about\s+|around\s+|up\s+to\s+)?$",
                    re.IGNORECASE)
# ("Islamic State claimed the attack through its Amaq news agency two days later, saying its
# fighters had killed 'nine Christians'")
_CLAIMED = re.compile(r"\b(?:claim(?:s|ed|ing)?|boasted)\b[^.;]{0,100}$", re.IGNORECASE)


# "killed 'more than 40 mercenaries' ..., a figure that could not be independently verified"
_UNVERIFIED = re.compile(r"[^.;!?]{0,120}?\b(?:(?:(?:could|can)\s*not|cannot)\s+(?:be\s+)?"
                         r"(?:independently\s+)?|no\s+independent\s+(?:\w+\s+){0,2}?"
                         r"(?:has|have|had)\s+)(?:verified|confirmed)\b", re.IGNORECASE)


_ITS_FIGHTERS_KILLED = re.compile(
    r"\b(?:said|says|claimed)\b[^.;]{0,50}\b(?:its|their|rebel|insurgent|militia|the\s+"
    r"group's)\s+(?:fighters|militants|mujahideen|cadres)\s+(?:had\s+|have\s+)?(?:killed|"
    r"shot\s+dead)\s+(?:more\s+than\s+|over\s+|at\s+least\s+)?[\"“]?$",
    re.IGNORECASE)
# Between two counts: a new sentence or another voice makes the second a new report.
_BREAK = re.compile(r"[.;!?]|\b(?:said|says|according|reported|claimed|told)\b", re.I)
_INCLUDING = re.compile(r"\b(?:including|among them|among whom)\b", re.IGNORECASE)
_INCLUDED = re.compile(r"\b(?:killed|dead|deceased|victims|casualties|fatalities)\s+"
                       r"(?:\w+\s+){0,2}?(?:included|include|includes)\b[^.;!?]{0,60}$",
                       re.IGNORECASE)


def _listed_in(total: NumberMention, m: NumberMention, text: str, reach: int = 200) -> bool:
    """`m` follows `total` within `reach` characters after "including" in the same clause of
    one voice ("killing four people, including the bomber": the bomber is one of the four)."""
    between = text[total.end:m.start] if text and total.end <= m.start else ""
    return len(between) < reach and bool(_INCLUDING.search(between)) and not _BREAK.search(
        between)


def _one_side(a: str, b: str) -> bool:
    """Two counts that may be of the same dead: one side, or unarmed people and people of
    no side ("killing two young men ... the governor said one protester had died")."""
    return a == b != "unknown" or a != b and {a, b} <= {"unknown", "civilians"}


def _separate(ms: list[NumberMention], side_of: Callable[[str], str],
              text: str) -> tuple[list[NumberMention], list[NumberMention]]:
    """Counts of different victims add up; two counts of one side, the later one not marked
    as more ("another", "also"), are two reports of the same dead: the lower is kept
    (conservative, codebook) and the other sets the high end."""
    if not text:
        return ms, []
    kept: list[NumberMention] = []
    alternatives: list[NumberMention] = []
    for m in sorted(ms, key=lambda m: m.start):
        if kept and _AMONG.match(text, m.end):
            continue  # "four children were among the dead": part of a figure already given
        if kept and _INCLUDED.search(text, max(0, m.start - 90), m.start):
            continue  # "The civilians killed included two drivers": a part of a figure given
        if kept and (_CLAIMED.search(text, max(0, m.start - 120), m.start)
                     or _UNVERIFIED.match(text, m.end)):
            alternatives.append(m)  # a belligerent's claim beside another figure: the high end
            continue
        if any(k.value >= m.value and _listed_in(k, m, text, reach=40) for k in kept):
            continue  # "killing ten people, including three soldiers": a part, whatever side
        side = side_of(m.who) if m.who else "unknown"
        if kept and _ITS_FIGHTERS_KILLED.search(text, max(0, m.start - 80), m.start) and any(
                (k_side := side_of(k.who) if k.who else "unknown") in ("unknown", "civilians")
                or k_side == side or side == "unknown" for k in kept):
            # "the ELN said its fighters had killed 14 members of the 10th Front" after six
            # bodies found: a belligerent's count of the same dead, the high end
            alternatives.append(m)
            continue
        twin = next((k for k in kept if k.value == m.value > 1 and k.end <= m.start
                     and "unknown" in (side, side_of(k.who) if k.who else "unknown")), None)
        if twin is not None and not _added(m, text) and _BREAK.search(text[twin.end:m.start]):
            continue  # "three rebels were killed. ... leaving behind their three dead
            # comrades": the same figure again, in words that name no side (not one and one:
            # "stabbed a man to death. The attacker was shot dead")
        same = next((k for k in kept if _one_side(
            side, side_of(k.who) if k.who else "unknown")), None)
        between = text[same.end:m.start] if same is not None and same.end <= m.start else "."
        if same is not None and _INCLUDING.search(between) and not _BREAK.search(between):
            continue  # "three soldiers, including a colonel": a part of the figure
        if same is None or _added(m, text, same) or not _BREAK.search(between):
            kept.append(m)  # "five Peshmerga and one Iraqi soldier were killed": both died
            continue
        if m.value < same.value:
            kept[kept.index(same)] = m
            alternatives.append(same)
        else:
            alternatives.append(m)
    return kept, alternatives


# "one of whom", "two of them": a part of a figure already given, never a count of its own.
_PARTITIVE = re.compile(r"\bof (?:whom|them|those|these|the (?:dead|victims|killed))\b", re.I)


# "raising to seven the number of officers killed": a risen toll of the victims named
_VICTIMS_NUMBER = re.compile(r"\s+the\s+(?:number|toll|count)\s+of\s+(?!people\b|persons\b|"
                             r"dead\b|deaths\b|those\b)[a-z]+", re.IGNORECASE)


def _latest_rise(ms: Sequence[NumberMention], attackers: frozenset[str],
                 text: str = "") -> NumberMention | None:
    """A toll said to have risen ("rose to 14", "raised the toll to 12") at least as high as
    every other count of the victims but a belligerent's claim ("the group said it had killed
    'dozens of soldiers', a figure no independent source has confirmed")."""
    rises = [m for m in ms if m.qualifier == "rose to" and not m.vague]
    if not rises:
        return None
    top = max(rises, key=lambda m: m.value)
    victims = [m for m in ms if _head(m.who) not in attackers and not (
        text and m is not top and (_CLAIMED.search(text, max(0, m.start - 120), m.start)
                                   or _UNVERIFIED.match(text, m.end)))]
    return top if all(m.value <= top.value for m in victims) else None


def _one_sentence(text: str, a: NumberMention, b: NumberMention) -> bool:
    lo, hi = min(a.end, b.end), max(a.start, b.start)
    return not re.search(r"[.!?]\s", text[lo:hi])


def _tally_one(ms: Sequence[NumberMention], side_of: Callable[[str], str],
               generic: frozenset[str], attackers: frozenset[str],
               text: str = "") -> _Count | None:
    whole = [m for m in ms if not _PARTITIVE.search(m.text)]
    # "the rescuers gave a higher toll of 11": another report's figure, the high end only
    higher = [m for m in whole if text and (
        _HIGHER.search(text, max(0, m.start - 50), m.start)
        or _HIGHER_TOLD.search(text, max(0, m.start - 80), m.start)
        or _RIVAL.search(text, max(0, m.start - 60), m.start)
        and all(k.value < m.value for k in whole if k.start < m.start))]
    if higher and len(higher) < len(whole):
        # (the rest of that report's sentence is that report's too: "We counted eight dead,
        # without counting the two girls")
        count = _tally_one([m for m in ms if m not in higher and not any(
            _one_sentence(text, m, h) for h in higher)], side_of, generic, attackers, text)
        if count is not None:
            most = max(m.value for m in higher)
            return replace(count, high=max(count.high, most), used=count.used + tuple(
                ("high", m) for m in higher),
                reason=count.reason + "; a higher toll from another report gives the high end")
    ms = _dedupe(whole or list(ms), generic)
    rise = _latest_rise(ms, attackers, text)
    if rise is not None:  # "the toll had risen to 11": the newest figure for the same dead
        told = [m for m in ms if m is not rise and m.who]
        victims = [m for m in told if _head(m.who) not in attackers]
        # (a toll of the attackers' victims is not the attackers': "raising to six the number
        # of police killed ... the bodies of three of the attackers")
        first = max(victims if victims or _head(rise.who) not in attackers else told,
                    key=lambda m: m.value, default=None)
        side = side_of(rise.who or (first.who if first is not None else ""))
        # ("raising to seven the number of officers killed ... the bodies of two of the
        # attackers were recovered": the attackers who died are not in the victims' toll)
        foe = max((m for m in ms if m is not rise and not m.vague and _head(m.who) in attackers
                   and _VICTIMS_NUMBER.match(text, rise.end)), key=lambda m: m.value,
                  default=None)
        if foe is None and rise.who and _head(rise.who) not in generic:
            # ("the toll among soldiers had risen to 11" after "nine soldiers were killed and
            # several terrorists were neutralised": the soldiers' toll rose, the others' stays)
            foe = max((m for m in ms if m is not rise and m.who and side_of(m.who) not in (
                side, "unknown", "civilians")), key=lambda m: m.value, default=None)
        if foe is not None and side_of(foe.who) != side:
            return _Count(rise.value + foe.value, max(rise.value, rise.high or 0) + foe.value,
                          {side: rise.value, side_of(foe.who): foe.value},
                          (("total", rise), ("part", foe)),
                          f"a later toll replaces the first: {rise.text}; and {foe.text}")
        return _Count(rise.value, max(rise.value, rise.high or 0), {side: rise.value},
                      (("total", rise),), f"a later toll replaces the first: {rise.text}")
    specific = [m for m in ms if not m.vague]
    vague = [m for m in ms if m.vague and m.qualifier != "unnumbered"]
    if not specific and not vague:
        if not ms:
            return None
        first = ms[0]
        side = side_of(first.who) if first.who else "unknown"
        return _Count(UNNUMBERED_VALUE, UNNUMBERED_VALUE, {side: UNNUMBERED_VALUE},
                      (("total", first),), "deaths without a number: 3 (limited attack)")
    # ("two soldiers were killed and an unspecified number of the attackers died": a vague
    # word for other dead than the figures' adds to them)
    sides = {side_of(m.who) if m.who else "unknown" for m in specific}
    pool = specific + [m for m in vague if m.who and "unknown" not in sides and side_of(
        m.who) not in sides | {"unknown"}] if specific else vague
    high = max([m.value for m in ms if m.qualifier != "unnumbered"]
               + [m.high or 0 for m in specific])
    reliable = [m for m in pool if m.qualifier != "up to"] or pool
    reliable.sort(key=lambda m: -m.value)
    victims = [m for m in reliable if not _is_attacker(m, attackers)]
    dead_attackers = [m for m in reliable if _is_attacker(m, attackers)]
    top = victims[0] if victims else reliable[0]
    others = [m for m in reliable if m is not top]
    parts = _exact_parts(top, others, generic, side_of)
    if not parts:
        # ("killed 15 people, including 11 soldiers and four assailants ... the army said
        # about 20 terrorists were neutralised": the people's count is the total its breakdown
        # adds up to; the army's larger count of one side is another voice's)
        top, parts = next(((t, found) for t in reliable if _head(t.who) in generic
                           and (found := _exact_parts(
                               t, [m for m in reliable if m is not t], generic, side_of))),
                          (top, parts))
    if parts:
        extra = [m for m in dead_attackers if m not in parts and m is not top]
        value = top.value + sum(m.value for m in extra)
        reason = f"total {top.value} with its breakdown"
    elif top in victims and _is_total(top, victims[1:], generic):
        rises = [m for m in victims if m.qualifier == "rose to" and _head(m.who) in generic]
        totals = [m for m in victims if _head(m.who) in generic] if _head(top.who) in generic \
            else [top]
        top = max(rises, key=lambda m: m.value) if rises else min(totals, key=lambda m: m.value)
        parts = [m for m in victims if m not in totals and m.value <= top.value
                 and not _added(m, text)]
        extra = [m for m in dead_attackers if m is not top and not _listed_in(top, m, text)] + [
            m for m in victims if m not in totals and m not in parts and _added(m, text)
            and _head(m.who) not in generic]
        value = top.value + sum(m.value for m in extra)
        high = max(high, sum(m.value for m in parts) + sum(m.value for m in extra))
        reason = f"total {top.value}" + (" with part of its breakdown" if parts else "")
    else:
        parts, alternatives = _separate(reliable, side_of, text)
        value = sum(m.value for m in parts)
        reason = "separate counts added" if len(parts) > 1 else f"one figure: {parts[0].text}"
        if alternatives:
            high = max(high, value - min(m.value for m in parts)
                       + max(m.value for m in alternatives))
            reason += "; other reports of the same dead give the high end"
        extra = []
    high = max(high, value)
    if parts:
        by_side = _sides(parts + extra, value, top.who, side_of)
    else:
        by_side = _sides(extra, value, top.who, side_of)
    used = [("total", top)] if top not in parts else []
    used += [("part", m) for m in parts + extra]
    return _Count(value, high, by_side, tuple(used), reason)


def tally_deaths(
    numbers: Sequence[NumberMention], *, side_of: Callable[[str], str], suicide: int = 0,
    headline_end: int = 0, generic: frozenset[str] | None = None,
    attackers: frozenset[str] | None = None, text: str = "",
) -> DeathTally:
    """Fatalities (conservative), UCDP low/best/high, deaths by side and injured for one event.

    `numbers` are the counts of the event's sentences, cumulative tolls already left out.
    `side_of(who)` gives "a", "b", "civilians" or "unknown". Counts ending at or before
    `headline_end` are used only when the body gives none. `suicide`: the bombers of a
    suicide attack (see `bombers_named`), added when no attacker's death is counted.
    `text` (the document) tells two counts of one side apart: more dead ("another two") or
    another report of the same dead. `generic` and `attackers` are the number lexicon's heads
    (data/numbers.yaml) when not given.
    """
    if generic is None or attackers is None:
        lexicon_generic, lexicon_attackers = _lexicon_heads()
        generic = lexicon_generic if generic is None else generic
        attackers = lexicon_attackers if attackers is None else attackers
    if any(m.qualifier != NAMED and m.outcome == "killed" for m in numbers):
        # ("a teacher was killed ... The victim, John Doe, was shot dead": one death)
        numbers = [m for m in numbers if m.qualifier != NAMED]
    body = [m for m in numbers if m.start >= headline_end]
    reasons: list[str] = []
    evidence: list[Evidence] = []
    killed = _pick(numbers, body, "killed")
    count = _tally_one(killed, side_of, generic, attackers, text)
    value, high, by_side = (count.value, count.high, dict(count.by_side)) if count else (0, 0, {})
    if count:
        reasons.append(count.reason)
        told = [u for u in count.used if u[0] != "high"]
        for role, m in count.used:
            fld = "fatalities_high" if role == "high" else "fatalities" if (
                role == "total" or len(told) == 1) else _side_field(
                side_of(m.who) if m.who else "unknown")
            evidence.append(Evidence(fld, m.text, m.start, m.end, count.reason))
    if suicide and not any(_is_attacker(m, attackers) or _BOMBER_INCLUDED.match(
            text, m.end, m.end + 60) for m in killed):
        value, high = value + suicide, high + suicide
        side = side_of("bomber")
        by_side[side] = by_side.get(side, 0) + suicide
        reasons.append("suicide attack: the bomber added" if suicide == 1
                       else f"suicide attack: the {suicide} bombers added")
    injured_count = _tally_one(_pick(numbers, body, "injured"), side_of, generic, attackers)
    injured = injured_count.value if injured_count else None
    if injured_count:
        evidence += [Evidence("injured", m.text, m.start, m.end, injured_count.reason)
                     for _, m in injured_count.used]
    deaths = Deaths(side_a=by_side.get("a", 0), side_b=by_side.get("b", 0),
                    civilians=by_side.get("civilians", 0),
                    unknown=sum(v for k, v in by_side.items() if k not in ("a", "b", "civilians")))
    return DeathTally(fatalities=value, fatalities_low=value, fatalities_best=value,
                      fatalities_high=max(high, value), deaths=deaths, injured=injured,
                      evidence=tuple(evidence), reason="; ".join(reasons) or "no deaths reported")


def _pick(numbers: Sequence[NumberMention], body: Sequence[NumberMention],
          outcome: str) -> list[NumberMention]:
    in_body = [m for m in body if m.outcome == outcome]
    return in_body or [m for m in numbers if m.outcome == outcome]


def _side_field(side: str) -> str:
    return {"a": "deaths.side_a", "b": "deaths.side_b", "civilians": "deaths.civilians"}.get(
        side, "deaths.unknown")


def split_toll(total: int, n_places: int) -> list[int]:
    """One toll given for several places, divided evenly; the remainder to the first named."""
    if n_places <= 0:
        return []
    share, rest = divmod(total, n_places)
    return [share + rest] + [share] * (n_places - 1)
