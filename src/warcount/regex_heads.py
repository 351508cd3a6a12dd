"""Faster scans with the same matches: a lookahead for the characters a match can begin with.

`re` tries every alternative of a pattern at every position of the text, even where the
character there can begin none of them. `with_heads(pattern)` puts a lookahead for the
characters a match can begin with (read from the pattern's parse) in front of it: elsewhere
the scan moves on after one test. The lookahead only skips positions where no match can
begin, so every `search`, `finditer`, `sub` and `match` finds what the plain pattern finds.
"""

from __future__ import annotations

import re
import re._constants as sre
import re._parser as sre_parse
from typing import Any

_Items = list[tuple[Any, Any]]
_CATEGORIES = {sre.CATEGORY_DIGIT: r"\d", sre.CATEGORY_WORD: r"\w", sre.CATEGORY_SPACE: r"\s"}


class _Unknown(Exception):
    """The pattern's first character cannot be told (anything, or an empty match)."""


def with_heads(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """`pattern` with a lookahead for its first characters in front; the pattern itself when
    they cannot be told (it may match the empty string or begin with almost anything) or when
    `re` needs no help (see `_scanned_fast`)."""
    heads = first_characters(pattern)
    if heads is None or _scanned_fast(pattern):
        return pattern
    source = _GLOBAL_FLAGS.sub("", pattern.pattern)  # kept in `flags`
    return re.compile(f"(?={heads})(?:{source})", pattern.flags)


# inline flags at the start of a pattern apply to all of it (and must stay at its start)
_GLOBAL_FLAGS = re.compile(r"^(?:\(\?[aiLmsux]+\))+")


def first_characters(pattern: re.Pattern[str]) -> str | None:
    """A pattern matching one character, every character a match of `pattern` can begin with
    among them (case-insensitive parts in a case-insensitive class); None if unknown."""
    if pattern.flags & (re.LOCALE | re.VERBOSE):  # (a comment would swallow the bracket
        return None  # closing the pattern after the lookahead)
    sensitive: set[str] = set()
    insensitive: set[str] = set()
    try:
        empty = _first(list(sre_parse.parse(pattern.pattern, pattern.flags).data),
                       bool(pattern.flags & re.IGNORECASE), sensitive, insensitive)
    except _Unknown:
        return None
    if empty:
        return None
    parts = [f"[{''.join(sorted(sensitive))}]"] if sensitive else []
    if insensitive:
        parts.append(f"(?i:[{''.join(sorted(insensitive))}])")
    return "|".join(parts) if len(parts) > 1 else parts[0]


def _first(items: _Items, ignore: bool, sensitive: set[str], insensitive: set[str]) -> bool:
    """Add the first characters of a sequence of items; True if it can match empty."""
    return all(_first_of(op, av, ignore, sensitive, insensitive) for op, av in items)


def _first_of(op: Any, av: Any, ignore: bool, sensitive: set[str],
              insensitive: set[str]) -> bool:
    """Add the first characters of one item; True if it can match empty."""
    into = insensitive if ignore else sensitive
    if op is sre.LITERAL:
        into.add(re.escape(chr(av)))
        return False
    if op is sre.IN:
        for iop, iav in av:
            if iop is sre.LITERAL:
                into.add(re.escape(chr(iav)))
            elif iop is sre.RANGE:
                into.add(f"{re.escape(chr(iav[0]))}-{re.escape(chr(iav[1]))}")
            elif iop is sre.CATEGORY and iav in _CATEGORIES:
                into.add(_CATEGORIES[iav])
            else:  # a negated set, another category: almost any character
                raise _Unknown
        return False
    if op is sre.SUBPATTERN:
        _, add_flags, del_flags, sub = av
        if (add_flags | del_flags) & re.LOCALE:
            raise _Unknown
        scoped = (ignore or bool(add_flags & re.IGNORECASE)) and not del_flags & re.IGNORECASE
        return _first(list(sub.data), scoped, sensitive, insensitive)
    if op is sre.ATOMIC_GROUP:
        return _first(list(av.data), ignore, sensitive, insensitive)
    if op is sre.BRANCH:
        empty = False
        for branch in av[1]:
            empty = _first(list(branch.data), ignore, sensitive, insensitive) or empty
        return empty
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        lo, _, sub = av
        return _first(list(sub.data), ignore, sensitive, insensitive) or lo == 0
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        return True  # zero width: the next item gives the first character
    raise _Unknown  # any character, a back-reference, ...


def _scanned_fast(pattern: re.Pattern[str]) -> bool:
    """`re` already moves fast over the text: the pattern is anchored at the start of the text
    ("^..." without MULTILINE, "\\A..."; no other position is tried), or it opens on a
    character or a set of characters that `re` looks for first by itself."""
    items = list(sre_parse.parse(pattern.pattern, pattern.flags).data)
    return _opens_fast(items, bool(pattern.flags & re.IGNORECASE),
                       bool(pattern.flags & re.MULTILINE))


def _opens_fast(items: _Items, ignore: bool, multiline: bool) -> bool:
    if not items:
        return False
    op, av = items[0]
    if op is sre.AT:
        return av is sre.AT_BEGINNING_STRING or av is sre.AT_BEGINNING and not multiline
    if op in (sre.LITERAL, sre.IN):
        return not ignore
    if op is sre.SUBPATTERN:
        _, add_flags, del_flags, sub = av
        return _opens_fast(list(sub.data),
                           (ignore or bool(add_flags & re.IGNORECASE))
                           and not del_flags & re.IGNORECASE,
                           (multiline or bool(add_flags & re.MULTILINE))
                           and not del_flags & re.MULTILINE)
    if op is sre.BRANCH:
        return all(_opens_fast(list(branch.data), ignore, multiline) for branch in av[1])
    return False
