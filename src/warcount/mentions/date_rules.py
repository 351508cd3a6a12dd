"""The patterns that find date expressions, and the calendar arithmetic that resolves them.

English month and weekday names are language constants, not knowledge that changes, so they
live here beside the patterns that use them. Everything is compiled once, on first use.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from warcount.regex_heads import with_heads

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12,
    "dec": 12,
}  # fmt: skip
WEEKDAYS: dict[str, int] = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thu": 3, "thur": 3, "thurs": 3, "friday": 4, "fri": 4, "saturday": 5,
    "sat": 5, "sunday": 6, "sun": 6,
}  # fmt: skip
# every word above that names a month or a day of the week (not the date's number words)
CALENDAR_WORDS = frozenset(MONTHS) | frozenset(WEEKDAYS)
NUMBER_WORDS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "couple of": 2, "few": 3, "a few": 3,
    "twenty-four": 24, "forty-eight": 48, "seventy-two": 72,
}  # fmt: skip
# A weekday name that is part of a name, not a day: "Bloody Sunday", "the Sunday Times".
NOT_A_DAY_BEFORE = ("bloody ", "good ", "black ", "easter ", "palm ", "holy ", "super ", "ash ")
NOT_A_DAY_AFTER = (
    " prayer",  # "protests after Friday prayers" (but see `names_not_a_day`)
    " times", " telegraph", " mail", " express", " tribune", " nation", " standard",
    " observer", " post", " school", " sermon", " edition", " magazine", " market", " bazaar",
    " newspaper",
)  # fmt: skip


def _title_and_upper(words: list[str]) -> str:
    """An alternation matching each word Capitalised or in CAPITALS, longest first."""
    forms = sorted({w.title() for w in words} | {w.upper() for w in words}, key=len, reverse=True)
    return "|".join(forms)


_MONTH_ANY = rf"(?:{_title_and_upper(list(MONTHS))})\.?(?![A-Za-z])"
_MONTH_FULL = (
    rf"(?:{_title_and_upper([m for m in MONTHS if len(m) > 4 or m == 'may'] + ['june', 'july'])})"
    r"(?![A-Za-z])"
)
_WD_FULL = rf"(?:{_title_and_upper([w for w in WEEKDAYS if w.endswith('day')])})(?![A-Za-z])"
_WD_ANY = rf"(?:{_title_and_upper(list(WEEKDAYS))})\.?(?![A-Za-z])"
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?!\d)(?:st|nd|rd|th)?(?![A-Za-z])"
_YEAR = r"(?:19|20)\d\d(?!\d|'?s\b)"
_RANGE = r"\s*(?:-|–|—|/|(?i:to|and|or|until|till|&))\s*(?:the\s+)?"
_WD_PREFIX = rf"(?:(?:(?<![\w-])(?i:on)\s+)?(?P<{{p}}_wd>{_WD_ANY}),?\s*[\[(]?\s*)?"
_YEAR_SUFFIX = rf"(?:,?\s*(?P<{{p}}_y>{_YEAR}))?"

_EXPLICIT = [
    # Overnight into a named day: the day it began.
    # ("in the night of Sunday 3 to Monday 4 April": the days' numbers too)
    rf"(?P<into>(?i:overnight|night)\s+(?:(?i:of|from)\s+(?P<into_from>{_WD_FULL})"
    rf"(?:\s+{_DAY})?\s+)?(?i:into|to)\s+(?P<into_wd>{_WD_FULL})"
    rf"(?:\s+{_DAY}(?:\s+{_MONTH_ANY})?)?)",
    # 5 April 2018, the 5th of April, Thursday [24 February], 19 to 27 April, 3-4 May
    rf"(?P<dm>{_WD_PREFIX.format(p='dm')}(?<![\w/.])(?:(?i:the)\s+)?(?P<dm_d1>{_DAY})"
    rf"(?:{_RANGE}(?P<dm_d2>{_DAY}))?(?:\s+(?i:of))?\s*(?P<dm_m>{_MONTH_ANY})"
    rf"{_YEAR_SUFFIX.format(p='dm')})",
    # April 5, April 5th, 2018, Sept 20th, between April 19-27, Wednesday (Feb 8)
    rf"(?P<md>{_WD_PREFIX.format(p='md')}(?P<md_m>{_MONTH_ANY})\s*(?P<md_d1>{_DAY})(?![:.]\d)"
    rf"(?:{_RANGE}(?P<md_d2>{_DAY})(?![:.]\d))?{_YEAR_SUFFIX.format(p='md')})",
    # 2018-04-05
    r"(?P<iso>(?<![\d/.-])(?P<iso_y>(?:19|20)\d\d)(?P<iso_sep>[-/.])(?P<iso_m>1[0-2]|0?[1-9])(?P=iso_sep)"
    r"(?P<iso_d>3[01]|[12]\d|0?[1-9])(?![\d/.-]\d))",
    # 30/12/2013, 30.12.13, on 30/12
    r"(?P<num>(?<![\w/.:-])(?P<num_a>\d{1,2})(?P<num_sep>[/.-])(?P<num_b>\d{1,2})"
    r"(?:(?P=num_sep)(?P<num_y>(?:19|20)\d\d|\d\d))?(?![\d/]|[.-]\d))",
]
_VAGUE = [
    # in early September, since March 2015, mid-June
    rf"(?P<my>(?:(?<![\w-])(?P<my_cue>(?i:in|since|during|from|until|till|by|before|after|between|through"
    rf"|throughout|of|last|this|next))\s+)?(?:(?i:the)\s+)?(?P<my_q>(?i:early|late|mid|middle of"
    rf"|end of|the end of|beginning of|start of)[\s-]*)?(?P<my_m>{_MONTH_FULL})(?!\.?\s*{_DAY})"
    rf"(?:,?\s+(?P<my_y>{_YEAR}))?)",
    # since 2015, in 2011
    rf"(?P<yr>(?<![\w-])(?P<yr_cue>(?i:in|since|from|until|till|by|during|before|after|between|through"
    rf"|throughout|early|late|mid|around|circa))[\s-]+(?:(?i:the)\s+(?:(?i:year)\s+)?)?"
    rf"(?P<yr_y>{_YEAR})(?![\d-]|\s*(?:%|per\s?cent)))",
    # the 1990s
    r"(?P<dec>(?<!\d)(?P<dec_y>(?:19|20)\d0)'?s(?![a-z]))",
]
_ORDINAL = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)(?![A-Za-z])"
_RELATIVE = [
    # Monday 24th, on the 25th: a day of the month with no month named
    rf"(?P<ord>(?:(?:(?<![\w-])(?i:on)\s+)?(?P<ord_wd>{_WD_FULL}),?\s+(?:(?i:the)\s+)?"
    rf"|(?<![\w-])(?i:on|from|and)\s+(?i:the)\s+)(?P<ord_d>{_ORDINAL})"
    rf"(?!\s+(?:(?i:of)\s+)?{_MONTH_ANY}))",
    r"(?P<hours>(?<![\w-])(?i:(?:(?:in|over|during|within)\s+the\s+)?(?:last|past|previous)\s+"
    r"(?P<hours_n>\d+|twenty-four|forty-eight|seventy-two)\s+hours))",
    r"(?P<ago>(?<![\w-])(?i:(?P<ago_n>\d+|a\s+few|a\s+couple\s+of|an?|one|two|three|four|five|six|seven"
    r"|eight|nine|ten)\s+(?P<ago_u>days?|weeks?|months?|years?)\s+ago))",
    r"(?P<rel>(?<![\w-])(?i:earlier\s+today|yesterday|today|tonight|this\s+(?:morning|afternoon|evening)"
    r"|last\s+night|overnight|during\s+the\s+night|(?:over|during|at)\s+the\s+(?:past\s+|last\s+)?weekend"
    r"|(?:last|this\s+past)\s+weekend"
    r"|earlier\s+this\s+(?:week|month|year)|(?:this|last|past|previous)\s+(?:week|month|year)"
    r"|during\s+the\s+week"
    r"|late\s+last\s+(?:week|month|year))(?![\w-]))",
    # New Year's Day, Christmas Eve: a holiday on a fixed day of the calendar
    rf"(?P<hol>(?P<hol_n>(?i:new\s+year['’]?s\s+(?:day|eve)|christmas\s+(?:day|eve)|boxing\s+day))"
    rf"(?:,?\s+(?P<hol_y>{_YEAR}))?)",
    rf"(?P<wd>(?:(?<![\w-])(?P<wd_pre>(?i:last|this\s+coming|this|next|early\s+on|late\s+on|on))\s+)?"
    rf"(?P<wd_name>{_WD_FULL})(?:\s+(?P<wd_part>(?i:night|morning|afternoon|evening)))?)",
]


# Every date expression contains one of these; a sentence without any costs one fast scan.
_TRIGGER_WORDS = ("yesterday", "today", "tonight", "overnight", "night", "week", "month", "year",
                  "morning", "evening", "afternoon", "hours")
_HOLIDAY_WORDS = ("Christmas", "CHRISTMAS", "Boxing", "BOXING")  # (New Year's has "year")
_TRIGGER = (
    rf"{_WD_FULL}|{_MONTH_ANY}|\d(?:st|nd|rd|th)\b|\d[/.-]\d|(?<!\d)(?:19|20)\d\d(?!\d)"
    rf"|{'|'.join(_HOLIDAY_WORDS)}|(?i:{'|'.join(_TRIGGER_WORDS)}|\bago\b)"
)
# Speed: the characters a trigger can begin with: a digit, the initial of a weekday or a month
# (written Capitalised or in CAPITALS) and that of a word above in either case (no other
# character folds to one of those letters). Looking ahead for one first lets the scan pass
# over every other character at once instead of trying each alternative there.
_DATE_HEADS = "".join(sorted({w[0].upper() for w in (*MONTHS, *WEEKDAYS)}))
_TRIGGER_HEADS = "".join(sorted(
    {*_DATE_HEADS} | {c for w in (*_TRIGGER_WORDS, "ago") for c in (w[0], w[0].upper())}
    | {w[0] for w in _HOLIDAY_WORDS}))


@lru_cache(maxsize=1)
def trigger_pattern() -> re.Pattern[str]:
    """A cheap test for 'might contain a date' (a superset of `date_pattern`)."""
    return re.compile(rf"(?=[\d{_TRIGGER_HEADS}])(?:{_TRIGGER})")


@lru_cache(maxsize=1)
def date_pattern() -> re.Pattern[str]:
    """One regex for every date expression; the text with no date costs one scan."""
    return with_heads(re.compile("|".join(_EXPLICIT + _VAGUE + _RELATIVE)))


@lru_cache(maxsize=1)
def explicit_pattern() -> re.Pattern[str]:
    """Only the explicit calendar dates (for datelines)."""
    return re.compile("|".join(_EXPLICIT[1:4]))


# the fixed days of the holidays `date_pattern` names
HOLIDAYS: dict[str, tuple[int, int]] = {"new year's day": (1, 1), "new year's eve": (12, 31),
                                        "christmas day": (12, 25), "christmas eve": (12, 24),
                                        "boxing day": (12, 26)}  # fmt: skip


def holiday(name: str) -> tuple[int, int]:
    """(month, day) of a holiday named as `date_pattern` finds it ("New Years Eve")."""
    key = re.sub(r"\s+", " ", name.lower().replace("’", "'"))
    key = re.sub(r"year'?s ", "year's ", key)
    return HOLIDAYS[key]


def month_number(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


def weekday_number(word: str) -> int:
    return WEEKDAYS[word.lower().rstrip(".")]


def day_number(token: str) -> int:
    return int(re.sub(r"\D", "", token))


def count_word(token: str) -> int | None:
    """'3' -> 3, 'three' -> 3, 'a couple of' -> 2."""
    token = re.sub(r"\s+", " ", token.lower().strip())
    if token.isdigit():
        return int(token)
    return NUMBER_WORDS.get(token)


def show(day: dt.date) -> str:
    """'Sun 29 Oct 2017': how reasons write a day."""
    return f"{day:%a} {day.day} {day:%b %Y}"


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def weekday_not_after(published: dt.date, weekday: int) -> dt.date:
    """The most recent `weekday` on or before `published` (the day itself counts)."""
    return published - dt.timedelta(days=(published.weekday() - weekday) % 7)


def year_for(month: int, day: int, published: dt.date, slack: int = 3) -> dt.date | None:
    """The most recent `day month` not after publication + `slack` days (29 Feb looks back)."""
    limit = published + dt.timedelta(days=slack)
    for year in range(limit.year, limit.year - 9, -1):
        candidate = safe_date(year, month, day)
        if candidate is not None and candidate <= limit:
            return candidate
    return None


def day_of_month_for(day: int, published: dt.date, slack: int = 3) -> dt.date | None:
    """The most recent day `day` of a month, not after publication + `slack` days."""
    limit = published + dt.timedelta(days=slack)
    year, month = limit.year, limit.month
    for _ in range(3):
        candidate = safe_date(year, month, day)
        if candidate is not None and candidate <= limit:
            return candidate
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return None


def month_day(year: int, month: int, qualifier: str) -> dt.date:
    """The day standing for a month: 1st for 'early', the last for 'late', else the 15th."""
    q = qualifier.lower()
    if "early" in q or "beginning" in q or "start" in q:
        return dt.date(year, month, 1)
    if "late" in q or "end" in q:
        return dt.date(year, month, calendar.monthrange(year, month)[1])
    return dt.date(year, month, 15)


def names_not_a_day(text: str, start: int, end: int) -> bool:
    """True for 'Bloody Sunday', 'the Sunday Times': a weekday word inside a name."""
    before = text[max(0, start - 8) : start].lower()
    after = text[end : end + 12].lower()
    if after.startswith(" prayer") and _OPENS_AFTER.search(text, max(0, start - 14), start) and (
            not _HABITUAL.search(text, max(0, start - 40), start)) and not _A_YEAR.search(
            text, max(text.rfind(". ", 0, start), 0, start - 200), start):
        return False  # "After Friday prayers, hundreds gathered", "demonstrators who came
        # out after Friday prayers": that Friday
    return before.endswith(NOT_A_DAY_BEFORE) or after.startswith(NOT_A_DAY_AFTER)


_A_YEAR = re.compile(r"\b(?:19|20)\d\d\b")  # ("On 30 September 2022, ... after Friday prayers")
_HABITUAL = re.compile(r"\b(?:weekly|every|each|regular|regularly)\b", re.IGNORECASE)  # ("weekly
# protests after Friday prayers": no one Friday)
_OPENS_AFTER = re.compile(r"\b(?:[Aa]fter|[Ff]ollowing)\s+$")


# -- datelines ---------------------------------------------------------------------------


@dataclass(frozen=True)
class DatelineHit:
    """A date read from one line at the top of a document (`year` None for 'Oct 29 (Reuters)')."""

    month: int
    day: int
    year: int | None


_CUE = r"(?i:published|updated|posted|last\s+updated|first\s+published|date)(?:\s+on)?\s*:?"
_TIME = r"\d{1,2}[:.h]\d{2}(?::\d{2})?\s*(?i:[ap]\.?m\.?)?"
_ZONE = (
    r"(?:GMT|UTC|BST|CET|CEST|EST|EDT|PST|PDT|WAT|EAT|CAT|IST|PKT|AST)"
    r"(?:\s*[+-]\d{1,2}(?::?\d\d)?)?"
)
_ALLOWED_LOWER = {"by", "and", "of", "the", "min", "mins", "read", "updated", "published", "am"}


@lru_cache(maxsize=1)
def _dateline_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    explicit = "|".join(_EXPLICIT[1:5])
    noise = with_heads(re.compile(
        rf"{_CUE}|{_TIME}|\b{_ZONE}\b|\d+\s+min(?:ute)?s?\s+read|[|,·•:—–\-/()]"))
    wire = re.compile(
        r"\s*[A-Z][A-Z'’.\- ]{1,40}?(?:,\s*[A-Z][A-Za-z.\- ]{1,30}?)?,\s*"
        rf"(?:{explicit})\s*(?:\([^)]{{1,30}}\)\s*)?(?:--|-|–|—|:)"
    )
    # Speed, as for `trigger_pattern`: a calendar date begins with a digit, a weekday's or a
    # month's initial, or the "o" of "on" or "t" of "the" before the day (neither folds to
    # another character); a line is scanned for one of those first.
    return re.compile(rf"(?=[\d{_DATE_HEADS}ot])(?:{explicit})"), noise, wire


_ASCII_DIGIT = re.compile("[0-9]")


def read_dateline(line: str) -> DatelineHit | None:
    """The date a header line states, if the line is a dateline (not prose that names a day)."""
    if _ASCII_DIGIT.search(line) is None:  # every dateline has a day: skip the patterns
        return None
    explicit, noise, wire = _dateline_patterns()
    opening = wire.match(line)
    if opening is not None:
        return _hit(opening)
    for match in explicit.finditer(line):
        hit = _hit(match)
        if hit is None or hit.year is None:
            continue
        rest = noise.sub(" ", line[: match.start()] + " " + line[match.end() :])
        words = re.findall(r"[^\W\d_][\w.'’]*", rest)
        lower = [w for w in words if w[0].islower() and w.lower() not in _ALLOWED_LOWER]
        if len(words) <= 4 and not lower:
            return hit
    return None


def _hit(m: re.Match[str]) -> DatelineHit | None:
    groups = m.groupdict()
    if groups.get("dm_m"):
        month, day, year = month_number(groups["dm_m"]), day_number(groups["dm_d1"]), groups["dm_y"]
    elif groups.get("md_m"):
        month, day, year = month_number(groups["md_m"]), day_number(groups["md_d1"]), groups["md_y"]
    elif groups.get("iso_y"):
        month, day, year = int(groups["iso_m"]), int(groups["iso_d"]), groups["iso_y"]
    elif groups.get("num_y") and len(groups["num_y"]) == 4:
        a, b = int(groups["num_a"]), int(groups["num_b"])
        day, month = (a, b) if b <= 12 else (b, a)
        year = groups["num_y"]
    else:
        return None
    if not 1 <= month <= 12:
        return None
    return DatelineHit(month, day, int(year) if year else None)
