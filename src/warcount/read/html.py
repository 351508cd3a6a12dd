"""HTML to main text, title and publication date, with trafilatura."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

_HTML_START = re.compile(
    r"\A\s*(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*<(!doctype\s+html|html)\b", re.I | re.S
)
_HTML_TAG = re.compile(
    r"</?(html|head|body|p|div|br|span|article|section|h[1-6]|a|li|ul|table)\b[^<>]*>", re.I
)


@dataclass(frozen=True)
class HtmlPage:
    text: str
    title: str | None = None
    published: dt.date | None = None


def looks_like_html(text: str) -> bool:
    """A document that starts as HTML, or a snippet with several HTML tags near its start."""
    if _HTML_START.match(text[:2048]):
        return True
    return len(_HTML_TAG.findall(text[:4096])) >= 2


def extract_html(html: str) -> HtmlPage | None:
    """The main text, title and date of a page; None when trafilatura finds no main text.

    The date comes from the page's metadata only (meta tags, structured data, the URL), not
    from a search of the body, where dates are usually those of events.
    """
    from trafilatura import bare_extraction  # imported here: slow to import, needed only for HTML

    result = bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if result is None:
        return None
    text = (getattr(result, "text", None) or "").replace("\r\n", "\n")
    if not text.strip():
        return None
    title = getattr(result, "title", None) or None
    return HtmlPage(text=text, title=title, published=parse_date(getattr(result, "date", None)))


def parse_date(value: object) -> dt.date | None:
    """A date from "YYYY-MM-DD" or an ISO timestamp; None for anything else."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return dt.date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None


_MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], start=1)}
_DAY_MONTH_YEAR = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b")
_MONTH_DAY_YEAR = re.compile(r"\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b")
_ISO_DAY = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")


def parse_date_line(line: str) -> dt.date | None:
    """The date on a page's date line ("29 October, 2017", "Mon., Feb. 4, 2019", ISO)."""
    found: list[tuple[str, str, str]] = []
    if match := _ISO_DAY.search(line):
        found.append((match.group(3), match.group(2), match.group(1)))
    if match := _DAY_MONTH_YEAR.search(line):
        found.append((match.group(1), match.group(2), match.group(3)))
    if match := _MONTH_DAY_YEAR.search(line):
        found.append((match.group(2), match.group(1), match.group(3)))
    for day, month, year in found:
        month_number = int(month) if month.isdigit() else _MONTHS.get(month[:3].lower())
        if month_number is None:
            continue
        try:
            return dt.date(int(year), month_number, int(day))
        except ValueError:
            continue
    return None
