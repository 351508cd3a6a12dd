"""Date mentions: find date expressions in a sentence and resolve them to calendar days.

Every expression is resolved against the publication date (codebook, "Dates"): weekday names
and "yesterday" count back from it, a date with no year takes the most recent such day, and
anything older than the week before publication, or after it, is background (codebook, "What
is not an event"). Without a publication date only dates that carry their year resolve.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from warcount.mentions import date_rules as r
from warcount.records import DateMention
from warcount.regex_heads import with_heads

__all__ = ["find_dates", "find_dateline"]

EVENT_WINDOW_DAYS = 7  # an incident dated within the week before publication is an event
FUTURE_SLACK_DAYS = 1  # later than this after publication: a plan, a forecast
YEARLESS_SLACK_DAYS = 3  # "April 5" may be a day or two after a stale publication date
DATELINE_CHARS = 600
DAY = dt.timedelta(days=1)
_REACH = 60  # characters a date expression may run before or after its key word
_NUMERIC_CUES = ("on", "of", "dated", "since", "from", "until", "till", "by", "before", "after",
                 "between", "and", "to", "(")  # fmt: skip
_NOT_A_COUNTED_NOUN = {"and", "to", "or", "at", "in", "on", "when", "as", "after", "before",
                       "while", "during", "the", "a", "an", "that", "near", "of", "last", "this",
                       "through", "until", "till", "but", "some", "which", "where"}  # fmt: skip
# "the army said on Tuesday": an event known only by the day it was announced (codebook).
_ANNOUNCED = re.compile(
    r"\b(?:said|says|announced|reported|confirmed|stated|added|claimed|tweeted|declared"
    r"|disclosed|revealed|told\s+(?:\w+\s+){0,2}?(?:reporters|journalists|AFP|Reuters|AP))"
    r"(?:\s+in\s+an?\s+(?:statement|interview|post|video|communique)"
    # ("said in a statement read on state television on Wednesday")
    r"(?:\s+(?:read|broadcast|aired|posted|published|issued|released)"
    r"(?:\s+(?:on|in|by)\s+(?:[\w-]+\s+){0,2}[\w-]+)?)?)?\s+$"
)
_DATED_AFTER = re.compile(
    r"\s*,?\s*(?i:between|of|from|on|into|to)?\s*(?i:the\s+)?(?i:night\s+of\s+)?"
    r"(?:\d|(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)"
)  # "overnight on 18 June", "overnight on June 18": the date names the night


@dataclass(frozen=True)
class _Reading:
    """What one matched expression means, before the event-window rule is applied."""

    day: dt.date
    precision: int
    reason: str
    background: bool = False
    windowed: bool = True  # False: background already decided (years, months)


# a day that opens a name: of a movement, a square, a street or a stadium
# (not "on Tuesday University students marched": a day, then the sentence's subject)
_NAMES_A_BODY = re.compile(r"\s+(?:Youth\s+|Revolutionary\s+)?(?:Movement|Coalition|Alliance|Front|"
                           r"Revolution|Square|Street|Avenue|Boulevard|Bridge|Brigade)\b")


def find_dates(text: str, *, offset: int = 0, published: dt.date | None) -> list[DateMention]:
    """Every date expression in `text` as a `DateMention` with offsets `offset + index`.

    Relative expressions ("on Saturday", "yesterday") need `published`; without it they are
    skipped, as are dates with no year. Background mentions keep their resolved `date`.
    A day that follows a speech verb ("the army said on Tuesday") is the day it was announced:
    precision 2, "announced" in its reason, so an incident's own day can be preferred.
    """
    found: list[DateMention] = []
    for match in _candidates(text):
        kind = match.lastgroup or ""
        if _NAMES_A_BODY.match(text, match.end()):
            continue  # "the June 23 Movement", "April 6 Youth Movement", "9 April Square"
        reading = _RESOLVERS[kind](match, text, published)
        if reading is None:
            continue
        if reading.precision == 1 and _ANNOUNCED.search(text, 0, match.start()):
            reading = replace(
                reading, precision=2, reason=reading.reason + "; the day it was announced"
            )
        if published is not None and reading.windowed:
            reading = _apply_window(reading, published)
        start, end = match.span()
        found.append(
            DateMention(
                start=offset + start,
                end=offset + end,
                text=match.group(),
                date=reading.day,
                precision=reading.precision,
                background=reading.background,
                reason=reading.reason,
            )
        )
    return _night_before_told(_weekday_last_week(found, published), text, offset)


def _weekday_last_week(found: list[DateMention],
                       published: dt.date | None) -> list[DateMention]:
    """"On Thursday last week": one day, that weekday in the week before publication's, not
    a weekday and a background week."""
    out: list[DateMention] = []
    for m in found:
        prev = out[-1] if out else None
        if (published is not None and prev is not None and m.text.lower() == "last week"
                and 0 <= m.start - prev.end <= 1 and (words := [
                    w for w in prev.text.lower().split() if w in r.WEEKDAYS])):
            monday = published - dt.timedelta(days=published.weekday() + 7)
            day = monday + dt.timedelta(days=r.WEEKDAYS[words[0]])
            out[-1] = replace(prev, end=m.end, text=f"{prev.text} {m.text}", date=day,
                              precision=1, background=False,
                              reason=f"'{prev.text} {m.text}' = {words[0].title()} of the week "
                                     f"before {_pub(published)}: {r.show(day)}")
            continue
        out.append(m)
    return out


def _night_before_told(found: list[DateMention], text: str, offset: int) -> list[DateMention]:
    """ "... said on Sunday that Russia launched 20 drones overnight" and "13 were killed in
    overnight fighting, emergency services said Friday": the night before the day it was told
    (the last told before it, else the first told after it in the same sentence)."""
    out = list(found)
    for i, m in enumerate(found):
        if not _NIGHT_BEFORE.fullmatch(m.text):
            continue
        told = [x for x in found if "the day it was announced" in x.reason]
        said = next((x for x in reversed(told) if x.end <= m.start), None) or next(
            (x for x in told if x.start >= m.end and not re.search(
                r"[.!?]\s", text[m.end - offset:x.start - offset])), None)
        if said is None:
            continue
        day = said.date - DAY
        out[i] = replace(m, date=day, reason=f"'{m.text}' = the night before the day it was "
                                             f"told, {r.show(day)}")
    return out


_NIGHT_BEFORE = re.compile(r"overnight|last night|during the night", re.IGNORECASE)


def _candidates(text: str) -> Iterator[re.Match[str]]:
    """Matches of the full pattern, run only around the words every date contains (speed)."""
    windows: list[list[int]] = []
    for hit in r.trigger_pattern().finditer(text):
        start, end = max(0, hit.start() - _REACH), min(len(text), hit.end() + _REACH)
        if windows and start <= windows[-1][1]:
            windows[-1][1] = end
        else:
            windows.append([start, end])
    pattern = r.date_pattern()
    for start, end in windows:
        yield from pattern.finditer(text, start, end)


def _apply_window(reading: _Reading, published: dt.date) -> _Reading:
    if reading.day < published - dt.timedelta(days=EVENT_WINDOW_DAYS):
        why = f"; more than {EVENT_WINDOW_DAYS} days before publication: background"
    elif reading.day > published + dt.timedelta(days=FUTURE_SLACK_DAYS):
        why = "; after publication: a plan or forecast, background"
    else:
        return reading
    return replace(reading, background=True, reason=reading.reason + why)


def _pub(published: dt.date) -> str:
    return f"publication ({r.show(published)})"


# -- explicit dates ----------------------------------------------------------------------


def _calendar(
    text: str, month: int, day: int, year: str | None, published: dt.date | None
) -> _Reading | None:
    if year:
        found = r.safe_date(int(year), month, day)
        return None if found is None else _Reading(found, 1, f"'{text}' = {r.show(found)}")
    if published is None:
        return None
    found = r.year_for(month, day, published, YEARLESS_SLACK_DAYS)
    if found is None:
        return None
    why = f"'{text}' = {r.show(found)}, the most recent such date not after {_pub(published)}"
    return _Reading(found, 1, why)


def _with_range(reading: _Reading | None, first: str, second: str | None) -> _Reading | None:
    """A range ("19 to 27 April") gives its first day; more than a night is precision 2."""
    if reading is None or not second:
        return reading
    span = r.day_number(second) - r.day_number(first)
    if span <= 0:
        return reading
    precision = 1 if span == 1 else 2
    return replace(reading, precision=precision, reason=reading.reason + " (first day of a range)")


def _note_weekday(reading: _Reading | None, weekday: str | None) -> _Reading | None:
    if reading is None or not weekday:
        return reading
    return replace(reading, reason=reading.reason + _weekday_check(weekday, reading.day))


def _day_month(m: re.Match[str], text: str, published: dt.date | None) -> _Reading | None:
    reading = _calendar(
        m.group(), r.month_number(m["dm_m"]), r.day_number(m["dm_d1"]), m["dm_y"], published
    )
    return _with_range(_note_weekday(reading, m["dm_wd"]), m["dm_d1"], m["dm_d2"])


def _month_day(m: re.Match[str], text: str, published: dt.date | None) -> _Reading | None:
    if _is_month_then_count(m, text):
        return _month(m.group("md_m"), m["md_m"], "in", "", None, published)
    reading = _calendar(
        m.group(), r.month_number(m["md_m"]), r.day_number(m["md_d1"]), m["md_y"], published
    )
    return _with_range(_note_weekday(reading, m["md_wd"]), m["md_d1"], m["md_d2"])


def _is_month_then_count(m: re.Match[str], text: str) -> bool:
    """'In March 13 people died': a month, then a count, not 13 March."""
    if m["md_y"] or m["md_d2"] or m["md_wd"] or not m["md_d1"].isdigit():
        return False
    if not re.search(r"(?i)\bin\s+$", text[max(0, m.start() - 4) : m.start()]):
        return False
    following = re.match(r"\s+([a-z]+)\b", text[m.end() :])
    return following is not None and following.group(1) not in _NOT_A_COUNTED_NOUN


def _iso(m: re.Match[str], text: str, published: dt.date | None) -> _Reading | None:
    found = r.safe_date(int(m["iso_y"]), int(m["iso_m"]), int(m["iso_d"]))
    return None if found is None else _Reading(found, 1, f"'{m.group()}' = {r.show(found)}")


def _numeric(m: re.Match[str], text: str, published: dt.date | None) -> _Reading | None:
    first, second, year = int(m["num_a"]), int(m["num_b"]), m["num_y"]
    if not year:
        before = text[max(0, m.start() - 8) : m.start()].rstrip().lower()
        if m["num_sep"] != "/" or not before.endswith(_NUMERIC_CUES):
            return None
    day, month = (first, second) if second <= 12 else (second, first)  # day first unless impossible
    if year and len(year) == 2:
        year = str(2000 + int(year) if int(year) < 70 else 1900 + int(year))
    return _calendar(m.group(), month, day, year, published)


# -- months and years: context unless they name the publication month ----------------------


def _month(
    text: str, month_word: str, cue: str, qualifier: str, year: str | None,
    published: dt.date | None,
) -> _Reading | None:  # fmt: skip
    month, cue = r.month_number(month_word), cue.lower()
    if year:
        y = int(year)
    elif published is None:
        return None
    elif cue == "next":
        y = published.year + (month <= published.month)
    elif cue == "last":
        y = published.year - (month >= published.month)
    else:
        y = published.year - (month > published.month)
    day = r.month_day(y, month, qualifier)
    why = f"'{text}' = a month only ({day:%B %Y})"
    if published is None:
        return _Reading(day, 3, why, windowed=False)
    if (y, month) < (published.year, published.month):
        return _Reading(day, 3, why + f", before the month of {_pub(published)}: background",
                        background=True, windowed=False)  # fmt: skip
    if (y, month) > (published.year, published.month):
        return _Reading(day, 3, why + ", after publication: background", True, windowed=False)
    return _Reading(min(day, published), 3, why + ", the month of publication")


def _month_alone(m: re.Match[str], text: str, published: dt.date | None) -> _Reading | None:
    if not (m["my_cue"] or m["my_q"] or m["my_y"]):
        return None  # a bare "May" is too often a word or a name
    return _month(m.group(), m["my_m"], m["my_cue"] or "", m["my_q"] or "", m["my_y"], published)


def _year_alone(m: re.Match[str], text: str, published: dt.date | None) -> _Reading | None:
    day = dt.date(int(m["yr_y"]), 1, 1)
    return _Reading(day, 3, f"'{m.group()}' = a year only: background", True, windowed=False)


def _decade(m: re.Match[str], text: str, published: dt.date | None) -> _Reading | None:
    day = dt.date(int(m["dec_y"]), 1, 1)
    return _Reading(day, 3, f"'{m.group()}' = a decade: background", True, windowed=False)


# -- relative expressions: need the publication date -------------------------------------


def _hours(m: re.Match[str], text: str, published: dt.date | None) -> _Reading | None:
    hours = r.count_word(m["hours_n"])
    if published is None or hours is None:
        return None
    why = f"'{m.group()}' = the latest possible day, {_pub(published)}"
    return _Reading(published, 1 if hours <= 24 else 2, why)


def _ago(m: re.Match[str], text: str, published: dt.date | None) -> _Reading | None:
    count = r.count_word(m["ago_n"])
    if published is None or count is None:
        return None
    unit = m["ago_u"].lower().rstrip("s")
    vague = "few" in m["ago_n"].lower() or "couple" in m["ago_n"].lower()
    if unit == "day":
        day, precision = published - count * DAY, 2 if vague else 1
    elif unit == "week":
        day, precision = published - dt.timedelta(weeks=count), 2
    else:
        days = 30 * count if unit == "month" else 365 * count
        why = f"'{m.group()}' = context with no day: background"
        return _Reading(published - dt.timedelta(days=days), 3, why, True, windowed=False)
    return _Reading(day, precision, f"'{m.group()}' = {r.show(day)}, counted back from "
                    f"{_pub(published)}")  # fmt: skip


def _relative(m: re.Match[str], text: str, published: dt.date | None) -> _Reading | None:
    if published is None:
        return None
    phrase = re.sub(r"\s+", " ", m.group().lower())
    quoted = f"'{m.group()}'"
    if phrase in ("overnight", "during the night") and _names_a_day_nearby(
            text, m.start(), m.end()):
        return None  # "overnight on Friday": the weekday dates it
    if phrase in ("yesterday", "last night", "overnight", "during the night"):
        day = published - DAY
        return _Reading(day, 1, f"{quoted} = the day before {_pub(published)}, {r.show(day)}")
    if phrase.endswith(("today", "tonight", "morning", "afternoon", "evening")):
        return _Reading(published, 1, f"{quoted} = the day of {_pub(published)}")
    if phrase == "last weekend":  # (like "last week": context with no day, codebook)
        back = 7 if published.weekday() >= 5 else 0
        day = r.weekday_not_after(published - dt.timedelta(days=back), 6)
        return _Reading(day, 2, f"{quoted} = context with no day: background", True,
                        windowed=False)
    if phrase.endswith("weekend"):
        day = published if published.weekday() >= 5 else r.weekday_not_after(published, 6)
        return _Reading(day, 2, f"{quoted} = the latest possible day, {r.show(day)}")
    if phrase in ("this week", "past week", "during the week"):
        return _Reading(published, 2, f"{quoted} = the latest possible day, {_pub(published)}")
    if phrase == "earlier this week":
        day = published - DAY
        return _Reading(day, 2, f"{quoted} = the latest possible day, {r.show(day)}")
    back = {"week": 7, "month": 30, "year": 365}[phrase.rsplit(" ", 1)[-1]]
    day = published - dt.timedelta(days=back if ("last" in phrase or "previous" in phrase) else 0)
    precision = 2 if phrase.endswith("week") else 3
    return _Reading(day, precision, f"{quoted} = context with no day: background", True,
                    windowed=False)  # fmt: skip


def _names_a_day_nearby(text: str, start: int, end: int) -> bool:
    """'on Friday overnight', 'overnight between 5 and 6 April': the named day dates it."""
    after = re.split(r"[.;,]", text[end : end + 40], maxsplit=1)[0]
    # ("arrested 43 youths in overnight raids in Shopian district on Sunday")
    window = (text[max(0, start - 12) : start] + " " + after).lower()
    if any(name in window for name in r.WEEKDAYS if name.endswith("day")):
        return True
    return _DATED_AFTER.match(text, end) is not None


def _weekday(m: re.Match[str], text: str, published: dt.date | None) -> _Reading | None:
    if published is None or r.names_not_a_day(text, m.start("wd_name"), m.end("wd_name")):
        return None
    weekday, name = r.weekday_number(m["wd_name"]), m["wd_name"].title()
    pre = re.sub(r"\s+", " ", (m["wd_pre"] or "").lower())
    quoted = f"'{m.group()}'"
    if pre == "last":
        day = r.weekday_not_after(published - DAY, weekday)
        why = f"{quoted} = the most recent {name} before {_pub(published)}"
    elif pre in ("next", "this coming"):
        day = r.weekday_not_after(published + 7 * DAY, weekday)
        if day == published:
            day += 7 * DAY
        why = f"{quoted} = the next {name} after {_pub(published)}"
    else:
        day = r.weekday_not_after(published, weekday)
        why = f"{quoted} = the most recent {name} not after {_pub(published)}"
    return _Reading(day, 1, f"{why}: {r.show(day)}")


def _ordinal_day(m: re.Match[str], text: str, published: dt.date | None) -> _Reading | None:
    if published is None:
        return None
    following = re.match(r"\s+([a-z]+)", text[m.end() :])
    if following is not None and following.group(1) not in _NOT_A_COUNTED_NOUN:
        return None  # "on the 25th anniversary"
    day = r.day_of_month_for(r.day_number(m["ord_d"]), published, YEARLESS_SLACK_DAYS)
    if day is None:
        return None
    why = f"'{m.group()}' = {r.show(day)}, the most recent such day not after {_pub(published)}"
    return _Reading(day, 1, why + _weekday_check(m["ord_wd"], day))


def _weekday_check(weekday: str | None, day: dt.date) -> str:
    """A note when the weekday a report gives disagrees with the resolved day."""
    if not weekday or r.weekday_number(weekday) == day.weekday():
        return ""
    return f" (but the report says {weekday.title()}: check the publication date)"


def _overnight_into(m: re.Match[str], text: str, published: dt.date | None) -> _Reading | None:
    if published is None:
        return None
    if m["into_from"]:
        day = r.weekday_not_after(published, r.weekday_number(m["into_from"]))
    else:
        day = r.weekday_not_after(published, r.weekday_number(m["into_wd"])) - DAY
    return _Reading(day, 1, f"'{m.group()}' = the night began on {r.show(day)}")


def _holiday(m: re.Match[str], text: str, published: dt.date | None) -> _Reading | None:
    month, day = r.holiday(m["hol_n"])
    return _calendar(m.group(), month, day, m["hol_y"], published)


_RESOLVERS = {
    "hol": _holiday,
    "into": _overnight_into,
    "dm": _day_month,
    "md": _month_day,
    "iso": _iso,
    "num": _numeric,
    "my": _month_alone,
    "yr": _year_alone,
    "dec": _decade,
    "ord": _ordinal_day,
    "hours": _hours,
    "ago": _ago,
    "rel": _relative,
    "wd": _weekday,
}


def find_dateline(text: str, *, year_hint: int | None = None) -> dt.date | None:
    """The publication date a document states near its top, or None.

    Reads only the first ~600 characters. A dateline is a line that is little more than a
    date ("29 October, 2017", "Sun 29 Oct 2017 14.03 GMT"), a date after "Published:" or
    "Updated:", or a wire-style opening ("NAIROBI, Oct 29 (Reuters) -"). A wire dateline with
    no year takes `year_hint`, else a year from another dateline in the head, else gives None.
    """
    head = text[:DATELINE_CHARS]
    yearless: r.DatelineHit | None = None
    for line in head.splitlines():
        hit = r.read_dateline(line)
        if hit is None:
            continue
        if hit.year is not None:
            if yearless is None:
                return r.safe_date(hit.year, hit.month, hit.day)
            return r.safe_date(hit.year, yearless.month, yearless.day)  # the wire's day
        if year_hint is not None:
            return r.safe_date(year_hint, hit.month, hit.day)
        yearless = yearless or hit
    return None


# "on the same day", "the next day", "two days later": a day counted from the day the text
# told last, not from the publication date
_TOLD_DAY = with_heads(re.compile(
    r"\b(?:(?:on|later|of)\s+)?(?:the\s+same\s+(?:day|date|night|evening)|"
    r"that\s+(?:same\s+)?(?:day|night|evening|afternoon)|later\s+that\s+(?:day|night)|"
    r"(?:on\s+)?the\s+(?:next|following)\s+(?:day|morning|evening|night)|"
    r"(?:a|one|two|three)\s+days?\s+later|"
    r"(?:an|a\s+few|few|several|two|three|four|five|\d{1,2})\s+hours?\s+later|"
    r"(?:(?:came|comes|followed|follows)\s+(?:just\s+|only\s+)?)?(?:a|one)\s+day\s+after|"
    r"(?:a|one)\s+day\s+(?:earlier|before)|"
    r"the\s+(?:previous|preceding)\s+(?:day|night|evening)|the\s+(?:day|night)\s+before)\b",
    re.IGNORECASE))
_LATER = {"two": 2, "three": 3}
# "the blast came a day after fighting erupted", "a day earlier", "the previous night": the
# day before the one the text told last
_BEFORE = re.compile(r"\b(?:came|comes|followed|follows|earlier|before|previous|preceding)\b",
                     re.IGNORECASE)


def day_told_before(text: str, *, offset: int, anchor: DateMention,
                    last_told: int = 10**9) -> DateMention | None:
    """A day named by its distance from `anchor`, the last day the text gave, if the sentence
    `text` (document offset `offset`) names one that way before its last incident word (at
    `last_told` in the document). After every incident word the day is a later act's ("two
    were abducted, but released the following day")."""
    m = _TOLD_DAY.search(text)
    if m is None or offset + m.start() > last_told:
        return None
    words = m.group(0).lower().split()
    shift = 0
    if _BEFORE.search(m.group(0)):
        shift = -1
    elif "after" in words:
        shift = 1  # "police arrested two suspects a day after the attack"
    elif ("next" in words or "following" in words or "later" in words) and not (
            "same" in words or "that" in words or "hours" in words or "hour" in words):
        # ("later that day", "later the same day", "a few hours later": that very day)
        shift = next((_LATER[w] for w in words if w in _LATER), 1)
    day = anchor.date + dt.timedelta(days=shift)
    return DateMention(offset + m.start(), offset + m.end(), m.group(0), day,
                       reason=f"'{m.group(0)}' counted from '{anchor.text}' ({anchor.date})")
