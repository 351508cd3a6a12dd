"""Trigger words per sub-event type and non-event cues, from data/triggers.yaml."""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

EVENT_TYPES = (
    "Battles",
    "Explosions/Remote violence",
    "Violence against civilians",
    "Protests",
    "Riots",
    "Strategic developments",
)
NON_EVENT_KINDS = ("modal", "denial", "background", "cumulative", "aftermath")


@dataclass(frozen=True)
class TriggerType:
    sub_event_type: str
    event_type: str
    priority: int
    protest: bool
    violence: bool  # generic violence: resolved to Battles or Attack by the target
    territory: bool


@dataclass(frozen=True)
class Trigger:
    start: int  # offsets into the document text
    end: int
    text: str
    kind: TriggerType


@dataclass(frozen=True)
class Cue:
    start: int
    end: int
    text: str
    kind: str  # one of NON_EVENT_KINDS


@dataclass(frozen=True)
class TriggerLexicon:
    types: tuple[TriggerType, ...]
    pattern: re.Pattern[str]  # one alternation, a named group per type
    cue_pattern: re.Pattern[str]
    by_group: dict[str, TriggerType]


class LexiconError(ValueError):
    """A data file that does not follow its schema."""


def _check(entry: dict[str, Any], where: str) -> None:
    for key in ("sub_event_type", "event_type", "priority", "patterns"):
        if key not in entry:
            raise LexiconError(f"{where}: missing '{key}'")
    if entry["event_type"] not in EVENT_TYPES:
        raise LexiconError(f"{where}: unknown event_type {entry['event_type']!r}")
    if not isinstance(entry["patterns"], list) or not entry["patterns"]:
        raise LexiconError(f"{where}: 'patterns' must be a non-empty list")


def load_trigger_lexicon(path: Path | None = None) -> TriggerLexicon:
    """Read and check the trigger lexicon; one compiled regex for triggers, one for cues."""
    if path is None:
        raw = resources.files("warcount.data").joinpath("triggers.yaml").read_text("utf-8")
    else:
        raw = path.read_text("utf-8")
    data = yaml.safe_load(raw)
    if not isinstance(data, dict) or "sub_event_types" not in data:
        raise LexiconError("triggers: top level needs 'sub_event_types'")
    types: list[TriggerType] = []
    parts: list[str] = []
    by_group: dict[str, TriggerType] = {}
    for i, entry in enumerate(data["sub_event_types"]):
        _check(entry, f"triggers entry {i}")
        kind = TriggerType(
            sub_event_type=entry["sub_event_type"],
            event_type=entry["event_type"],
            priority=int(entry["priority"]),
            protest=bool(entry.get("protest", False)),
            violence=bool(entry.get("violence", False)),
            territory=bool(entry.get("territory", False)),
        )
        types.append(kind)
        for j, pat in enumerate(entry["patterns"]):
            group = f"t{i}_{j}"
            by_group[group] = kind
            parts.append(f"(?P<{group}>{pat})")
    # Longer alternatives first so that "suicide car bomb" beats "car bomb" at one position.
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w])", re.IGNORECASE)
    cue_parts: list[str] = []
    for kind_name in NON_EVENT_KINDS:
        for j, pat in enumerate(data.get("non_event", {}).get(kind_name, [])):
            cue_parts.append(f"(?P<{kind_name}_{j}>{pat})")
    if not cue_parts:
        cue_parts = [r"(?P<none_0>(?!x)x)"]  # a file without cues matches nothing
    cue_pattern = re.compile(r"(?<![\w])(?:" + "|".join(cue_parts) + r")(?![\w])", re.IGNORECASE)
    return TriggerLexicon(tuple(types), pattern, cue_pattern, by_group)


def find_triggers(text: str, *, offset: int = 0, lexicon: TriggerLexicon) -> list[Trigger]:
    """Every trigger word in `text`, left to right; at one position the data file's order wins."""
    return [
        Trigger(offset + m.start(), offset + m.end(), m.group(0),
                lexicon.by_group[m.lastgroup or ""])
        for m in lexicon.pattern.finditer(text)
    ]


def find_cues(text: str, *, offset: int = 0, lexicon: TriggerLexicon) -> list[Cue]:
    """Non-event cues (modal, denial, background, cumulative, aftermath) in `text`."""
    cues = []
    for m in lexicon.cue_pattern.finditer(text):
        kind = (m.lastgroup or "").rsplit("_", 1)[0]
        if kind not in NON_EVENT_KINDS:
            continue
        cues.append(Cue(offset + m.start(), offset + m.end(), m.group(0), kind))
    return cues
