"""Live blogs: entries under time stamps ("23:50", "08.04 BST"), grouped under day headers
("MONDAY 15 JUNE"), newest first. An entry tells what happens as it is posted, often in the
present tense and with no date: its day is its header's, else the publication day's; an entry
posted between midnight and dawn under the next day's header goes on with the night before
when the blog covered that evening ("00:35 A barricade is burning in front of the church").
"""

from __future__ import annotations

import datetime as dt
import re

from warcount.mentions.dates import find_dates
from warcount.records import DateMention

__all__ = ["entry_dates"]

MIN_STAMPS = 3  # time stamps that make a text a live blog
NIGHT_ENDS = 6  # an entry stamped before this hour belongs to the night before
_STAMP = re.compile(
    r"(?m)^[ \t]*(?P<h>[01]?\d|2[0-3])[:.](?P<m>[0-5]\d)(?:\s*(?:[AaPp]\.?[Mm]\.?|GMT|BST|CET|"
    r"CEST|UTC|EAT|WAT|CAT|MSK|IST|PKT|AST|EST|EDT|local(?:\s+time)?|hrs))?"
    r"(?:[ \t]*[-\u2013\u2014:|][ \t]*|[ \t]*$|[ \t]+(?=[A-Z\"\u201c\u2018']))")
_MARKS = " \t-:|\u2013\u2014"  # what follows a time stamp before the entry's words
_HEADER_MAX_EXTRA = 6  # characters a day header may hold besides its date
_LINE = re.compile(r"(?m)^[ \t]*(\S[^\n]*?)[ \t]*$")
# a heading that closes the entries: "Catch up", "Background", "Read more:"
_HEADING = re.compile(r"[A-Z][\w' ]{0,30}:?")


def entry_dates(text: str, published: dt.date | None) -> list[tuple[int, int, DateMention]]:
    """(start, end, day) of each entry of a live blog; nothing for any other text."""
    stamps = list(_STAMP.finditer(text))
    if published is None or len(stamps) < MIN_STAMPS:
        return []
    headers = _day_headers(text, published)
    evenings = {day for _, day in headers} | {published}
    posted = _page_time(text[:stamps[0].start()], published)
    out: list[tuple[int, int, DateMention]] = []
    for i, stamp in enumerate(stamps):
        end = stamps[i + 1].start() if i + 1 < len(stamps) else len(text)
        end = min([end] + [a for a, _ in headers if stamp.end() < a < end]
                  + [m.start() for m in _closing(text, stamp.end(), end)])
        day = next((d for a, d in reversed(headers) if a < stamp.start()), published)
        hour = int(stamp["h"])
        why = f"the live blog's entry at {stamp['h']}:{stamp['m']} on {day:%a %d %b %Y}"
        if hour < NIGHT_ENDS and day - dt.timedelta(days=1) in evenings and _evening_told(
                stamps, headers, day - dt.timedelta(days=1), published):
            day -= dt.timedelta(days=1)
            why += ", in the night that began the day before"
        elif posted is not None and day == published and _minutes(stamp) > posted:
            # "Thursday 25 May 2017, 08:15" over entries stamped 22:50, 21:40, ...: posted
            # before the page itself, so the evening before
            day -= dt.timedelta(days=1)
            why += ", later in the day than the page's own time: the day before"
        told = stamp.group().rstrip(_MARKS)
        out.append((stamp.start(), end, DateMention(
            start=stamp.start(), end=stamp.start() + len(told), text=told.strip(), date=day,
            precision=1, reason=why)))
    return out


# the page's own time beside its date: "Thursday 25 May 2017, 08:15 VET"
_PAGE_TIME = re.compile(
    r"\b(?P<h>[01]?\d|2[0-3])[:.](?P<m>[0-5]\d)(?:\s*(?P<pm>[AaPp])\.?[Mm]\b\.?)?")


def _page_time(head: str, published: dt.date) -> int | None:
    """Minutes after midnight of the page's time stamp, from a line above the entries that
    also gives the publication day; None when no such line."""
    for m in _LINE.finditer(head):
        line = m.group(1)
        clock = _PAGE_TIME.search(line)
        if clock is None or not any(d.date == published and d.precision == 1
                                    for d in find_dates(line, published=published)):
            continue
        hour = int(clock["h"]) % 12 + 12 if (clock["pm"] or "").lower() == "p" else int(
            clock["h"]) % 12 if clock["pm"] else int(clock["h"])
        return hour * 60 + int(clock["m"])
    return None


def _minutes(stamp: re.Match[str]) -> int:
    hour = int(stamp["h"])
    tail = stamp.group()[stamp.end("m") - stamp.start():].lstrip().lower()  # "PM", "BST"
    if tail.startswith("p") and hour < 12:
        hour += 12
    elif tail.startswith("a") and hour == 12:
        hour = 0
    return hour * 60 + int(stamp["m"])


def _day_headers(text: str, published: dt.date) -> list[tuple[int, dt.date]]:
    """(start, day) of each line that is a date and little else ("Monday 2 December")."""
    out = []
    for m in _LINE.finditer(text):
        line = m.group(1)
        if len(line) > 40 or _STAMP.match(line):
            continue
        found = [d for d in find_dates(line.title(), published=published) if d.precision == 1]
        if len(found) == 1 and len(line) - len(found[0].text) <= _HEADER_MAX_EXTRA:
            out.append((m.start(1), found[0].date))
    return out


def _evening_told(stamps: list[re.Match[str]], headers: list[tuple[int, dt.date]],
                  day: dt.date, published: dt.date) -> bool:
    """Whether an entry of `day` was posted in its evening."""
    for stamp in stamps:
        under = next((d for a, d in reversed(headers) if a < stamp.start()), published)
        if under == day and int(stamp["h"]) >= 18:
            return True
    return False


def _closing(text: str, start: int, end: int) -> list[re.Match[str]]:
    """Heading lines between `start` and `end` that end an entry ("Catch up")."""
    return [m for m in _LINE.finditer(text, start, end)
            if m.start() > start and _HEADING.fullmatch(m.group(1))
            and text.endswith("\n\n", 0, m.start())]
