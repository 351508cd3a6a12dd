"""Lines of scraped text that are page furniture: captions, bylines, share bars, "2 min read".

The patterns live in data/furniture.yaml; the structural rules (a line that repeats the
title, a line seen before) are here. A flagged line is reported as a character range into
the text, so the text itself stays untouched and evidence offsets keep pointing into it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from warcount.regex_heads import with_heads

_RULE_KEYS = {"name", "patterns", "case_sensitive", "note"}
_TOP_KEYS = {"version", "macros", "rules"}
_EDGE = " \"'“”‘’|:–—-"  # stripped from a line's ends for its key (and "." from its end)
_BREADCRUMB_MAX = 40  # "Home World <title>", "Metro Plus News <title>"
_TITLE_LOOKAHEAD = 3  # a line among the first 3 repeated within the next 3 is the headline


@dataclass(frozen=True)
class FurnitureRule:
    name: str
    patterns: tuple[re.Pattern[str], ...]
    combined: re.Pattern[str] | None = None  # the patterns as one alternation (faster)

    def search(self, line: str) -> bool:
        if self.combined is not None:
            return self.combined.search(line) is not None
        return any(p.search(line) for p in self.patterns)


@dataclass(frozen=True)
class FurnitureLexicon:
    rules: tuple[FurnitureRule, ...]

    def match(self, line: str) -> str | None:
        """The name of the first rule that matches this stripped line, or None."""
        for rule in self.rules:
            if rule.search(line):
                return rule.name
        return None


def load_furniture_lexicon(path: str | Path | None = None) -> FurnitureLexicon:
    """Read and check the furniture patterns; the shipped file when `path` is None."""
    if path is None:
        raw = resources.files("warcount").joinpath("data/furniture.yaml").read_text("utf-8")
    else:
        raw = Path(path).read_text(encoding="utf-8")
    return parse_furniture_lexicon(yaml.safe_load(raw))


def parse_furniture_lexicon(data: Any) -> FurnitureLexicon:
    """Build the lexicon from parsed YAML; ValueError names the first thing that is wrong."""
    if not isinstance(data, dict) or not set(data) <= _TOP_KEYS or "rules" not in data:
        raise ValueError(f"furniture lexicon: top-level keys must be within {sorted(_TOP_KEYS)}")
    macros = data.get("macros") or {}
    if not isinstance(macros, dict) or not all(isinstance(v, str) for v in macros.values()):
        raise ValueError("furniture lexicon: macros must map names to strings")
    rules = []
    for i, entry in enumerate(data["rules"] or []):
        if not isinstance(entry, dict) or not set(entry) <= _RULE_KEYS:
            raise ValueError(f"furniture lexicon: rule {i} keys must be in {sorted(_RULE_KEYS)}")
        name, patterns = entry.get("name"), entry.get("patterns")
        if not isinstance(name, str) or not isinstance(patterns, list) or not patterns:
            raise ValueError(f"furniture lexicon: rule {i} needs a name and a list of patterns")
        flags = 0 if entry.get("case_sensitive") else re.IGNORECASE
        compiled = []
        for pattern in patterns:
            pattern = _expand(pattern, macros)
            try:
                compiled.append(re.compile(pattern, flags))
            except re.error as exc:
                raise ValueError(f"furniture lexicon: rule {name!r}: bad pattern: {exc}") from exc
        try:
            combined: re.Pattern[str] | None = with_heads(re.compile(
                "|".join(f"(?:{c.pattern})" for c in compiled), flags))
        except re.error:
            combined = None  # a pattern with its own global flags: searched one by one
        rules.append(FurnitureRule(name=name, patterns=tuple(compiled), combined=combined))
    return FurnitureLexicon(rules=tuple(rules))


def _expand(pattern: str, macros: dict[str, str]) -> str:
    """Replace `%name%` by its macro, macros inside macros included."""
    for _ in range(5):
        expanded = pattern
        for macro, value in macros.items():
            expanded = expanded.replace(f"%{macro}%", value)
        if expanded == pattern:
            break
        pattern = expanded
    return pattern


def furniture_spans(
    text: str, *, title: str | None = None, lexicon: FurnitureLexicon
) -> list[tuple[int, int, str]]:
    """(start, end, reason) of each line of `text` that is page furniture, in text order.

    The range covers the line without its surrounding whitespace. Lines that repeat the
    title (given, or inferred when the first line is repeated just below) are furniture:
    the body carries the story, and a headline's figures often lag it.
    """
    lines = list(_lines(text))
    keys = [_key(line) for _, _, line in lines]  # once per line: the title search reads them too
    title_key = _key(title) if title else _inferred_title(lines, keys, lexicon)
    spans: list[tuple[int, int, str]] = []
    seen: set[str] = set()
    above = True  # no line of the body told yet
    highlights = False  # inside the bullets under "HIGHLIGHTS"
    links = False  # inside the bullets under "Related:" or "Read more:"
    for (start, end, line), key in zip(lines, keys, strict=True):
        reason = _structural_reason(key, title_key, seen) or lexicon.match(line)
        if reason is None and above and _headline_above_body(text, start, end, line):
            reason = "title line above the body"
        highlights = highlights and _BULLET.match(line) is not None
        if reason is None and highlights:
            reason = "title line: a highlight the body tells"
        highlights = highlights or _HIGHLIGHTS.fullmatch(line) is not None
        # ("Related:" over "- Kolofata: Boko Haram fighters kill four in night raid": other
        # stories' headlines)
        links = links and _BULLET.match(line) is not None
        if reason is None and links:
            reason = "a related story's headline"
        links = links or reason == _LINKS
        above = above and not _is_body_line(line)
        if reason:
            spans.append((start, end, reason))
        seen.add(key)
    return spans


# a line of the body: a sentence's end after a dozen words
_BODY_LINE = re.compile(r"(?:\S+\s+){11,}.*[.!?\"\u201d]$")
_SENTENCE_ENDS = (".", "!", "?", '"', "\u201d")


def _is_body_line(line: str) -> bool:
    """`_BODY_LINE.search(line)` for a line with no new line in it. The pattern can only match
    a line that ends a sentence; on any other long line it backtracks through every way of
    splitting it into words (most of this module's time), so that test comes first."""
    return line.endswith(_SENTENCE_ENDS) and _BODY_LINE.search(line) is not None


_LINKS = "navigation or related links"  # the lexicon's rule name for "Related:", "Read more:"
_BULLET = re.compile(r"[-\u2022*\u25aa\u25cf]\s")
# a report's summary above its body: "HIGHLIGHTS", "Key points:"; its bullets are headlines
_HIGHLIGHTS = re.compile(r"(?i:highlights|key\s+(?:points|messages|facts|takeaways)|"
                         r"at\s+a\s+glance|in\s+brief|summary)\s*:?")
_ITEM = re.compile(r"^(?:[-\u2022*]|\d+[.)]|\w+:)\s")


def _headline_above_body(text: str, start: int, end: int, line: str) -> bool:
    """A headline or a deck above the body that the page's title does not repeat ("3 rebels
    killed in Las Navas encounter; arms cache recovered"): a line of four words or more in a
    paragraph of at most three such lines, none with a sentence's end or a list item's or
    label's opening."""
    if len(line.split()) < 4 or not _heading_like(line):
        return False
    # its paragraph: the line alone, or a headline with its deck under it ("NAIVASHA HORROR:
    # 19 KILLED" over "Eleven burnt in one house as gangs ...")
    first = text.rfind("\n\n", 0, start)
    last = text.find("\n\n", end)
    block = [x.strip() for x in text[first + 1 if first >= 0 else 0:
                                     last if last >= 0 else len(text)].split("\n")]
    block = [x for x in block if x]
    return len(block) <= _HEADLINE_BLOCK and all(_heading_like(x) for x in block)


_HEADLINE_BLOCK = 3  # lines: a headline, a deck and a kicker


def _heading_like(line: str) -> bool:
    return (len(line) <= 200 and not line.endswith((".", "!", "?", ":", ";", '"', "\u201d"))
            and _ITEM.match(line) is None)


def _structural_reason(key: str, title_key: str | None, seen: set[str]) -> str | None:
    if title_key:
        if key == title_key:
            return "title line"
        prefix = key[: -len(title_key)].strip()
        if key.endswith(title_key) and prefix and len(prefix) <= _BREADCRUMB_MAX:
            return "title after a breadcrumb"
        # the page's title with a label the line drops ("ISPR: Six khwarij ..."); the line
        # may be in title case ("Six Khwarij Sent to Hell")
        label = title_key[: -len(key)].strip() if len(key.split()) >= 4 else ""
        if title_key.endswith(key) and label.endswith(":") and len(label) <= _BREADCRUMB_MAX:
            return "title line"
    if key in seen and len(key.split()) >= 3:
        return "repeated line"
    return None


def _inferred_title(lines: list[tuple[int, int, str]], keys: list[str],
                    lexicon: FurnitureLexicon) -> str | None:
    """One of the first lines, repeated just below it and not itself furniture: a headline.
    `keys`: each line's `_key`."""
    for i, (_, _, line) in enumerate(lines[:_TITLE_LOOKAHEAD]):
        candidate = keys[i]
        # a headline is short and has no full stop; a repeated sentence is left to "repeated line"
        if len(candidate) > 200 or line.endswith(".") or lexicon.match(line):
            continue
        if candidate in keys[i + 1 : i + 1 + _TITLE_LOOKAHEAD]:
            return candidate
    return None


def _lines(text: str) -> list[tuple[int, int, str]]:
    """Non-blank lines as (start, end, stripped line)."""
    out = []
    pos = 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            start = pos + raw.index(stripped[0])
            out.append((start, start + len(stripped), stripped))
        pos += len(raw) + 1
    return out


def _key(line: str) -> str:
    """The line with its spaces collapsed, its edge marks stripped, case folded. (String
    methods, not a regular expression: an anchored-at-the-end pattern is tried at every
    character of a long line.)"""
    return " ".join(line.split()).lstrip(_EDGE).rstrip(_EDGE + ".").casefold()
