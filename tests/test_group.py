"""Grouping frames into events: windows join their day, undated sentences their neighbour."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from warcount.events.frames import Frame, SentenceFacts, build_frames
from warcount.events.group import Group, group_frames, same_area
from warcount.events.triggers import TriggerLexicon, find_cues, find_triggers, load_trigger_lexicon
from warcount.mentions.dates import find_dates
from warcount.mentions.numbers import NumberLexicon, find_numbers, load_number_lexicon
from warcount.records import PlaceMention, ResolvedPlace, Sentence

SUNDAY = dt.date(2023, 5, 14)
# Invented towns, far enough apart (> 25 km) to be different places.
TOWNS = {
    "Varno": ResolvedPlace("Varno", "Ruritania", "North", latitude=10.0, longitude=20.0),
    "Dulma": ResolvedPlace("Dulma", "Ruritania", "North", latitude=11.0, longitude=21.0),
    "Kessa": ResolvedPlace("Kessa", "Ruritania", "South", latitude=12.0, longitude=22.0),
}


def place_of(frame: Frame) -> ResolvedPlace | None:
    """The stand-in for the gazetteer: a frame's first invented town."""
    return next((TOWNS[p.name] for p in frame.places if p.name in TOWNS), None)


@pytest.fixture(scope="module")
def lexicons() -> tuple[TriggerLexicon, NumberLexicon]:
    return load_trigger_lexicon(), load_number_lexicon()


def doc_frames(sents: list[str], lexicons: tuple[TriggerLexicon, NumberLexicon]) -> list[Frame]:
    """Frames of a document made of `sents` joined by spaces (no model: places by name)."""
    trig_lex, num_lex = lexicons
    text = " ".join(sents)
    frames: list[Frame] = []
    offset = 0
    for i, s in enumerate(sents):
        places = tuple(
            PlaceMention(offset + m.start(), offset + m.end(), m.group(0), m.group(0), kind="GPE")
            for m in re.finditer("|".join(TOWNS), s)
        )
        facts = SentenceFacts(
            sentence=Sentence(i, offset, offset + len(s), s),
            triggers=tuple(find_triggers(s, offset=offset, lexicon=trig_lex)),
            cues=tuple(find_cues(s, offset=offset, lexicon=trig_lex)),
            numbers=tuple(find_numbers(s, offset=offset, lexicon=num_lex)),
            dates=tuple(find_dates(s, offset=offset, published=SUNDAY)),
            places=places,
            past=tuple(offset + m.start() for m in re.finditer(r"\b\w+ed\b", s)),
            lead=i == 0,
        )
        frames += build_frames(facts, text)
        offset += len(s) + 1
    return frames


def groups_of(sents: list[str], lexicons: tuple[TriggerLexicon, NumberLexicon]) -> list[Group]:
    return group_frames(doc_frames(sents, lexicons), published=SUNDAY, place_of=place_of)


def sentence_sets(groups: list[Group]) -> list[set[int]]:
    return [{f.sentence.index for f in g.frames} for g in groups]


def test_group_last_24_hours_joins_the_day_its_parts_sum_to(
    lexicons: tuple[TriggerLexicon, NumberLexicon],
) -> None:
    groups = groups_of([
        "Clashes in Varno killed at least 30 fighters in the last 24 hours, a monitor said.",
        "Rebels ambushed an army convoy near Varno on Friday, killing four soldiers.",
        "The fighting in Varno on Saturday killed 20 rebels and 10 soldiers.",
    ], lexicons)
    assert len(groups) == 2
    by_day = {g.date: {f.sentence.index for f in g.frames} for g in groups}
    assert by_day[dt.date(2023, 5, 13)] == {0, 2}
    assert by_day[dt.date(2023, 5, 12)] == {1}


def test_group_window_alone_stands_at_its_last_day(
    lexicons: tuple[TriggerLexicon, NumberLexicon],
) -> None:
    groups = groups_of(
        ["Clashes in Varno killed at least 30 fighters over the weekend, a monitor said."],
        lexicons)
    assert len(groups) == 1
    assert groups[0].date == SUNDAY and groups[0].precision == 2


def test_group_dateless_sentence_joins_the_event_before_it(
    lexicons: tuple[TriggerLexicon, NumberLexicon],
) -> None:
    groups = groups_of([
        "Gunmen attacked the village of Varno on Saturday.",
        "They burned homes and killed five herders.",
        "On Friday, rebels clashed with soldiers in Dulma.",
        "The attackers looted shops before they withdrew.",
    ], lexicons)
    assert sentence_sets(groups) == [{0, 1}, {2, 3}]


def test_group_two_towns_on_one_day_stay_two_events(
    lexicons: tuple[TriggerLexicon, NumberLexicon],
) -> None:
    groups = groups_of([
        "Gunmen attacked Varno on Saturday, killing three herders.",
        "Gunmen also attacked Dulma on Saturday, killing two farmers.",
    ], lexicons)
    assert len(groups) == 2
    assert all(g.date == dt.date(2023, 5, 13) for g in groups)
    assert {g.place.name for g in groups if g.place is not None} == {"Varno", "Dulma"}


def test_group_same_town_same_day_is_one_event(
    lexicons: tuple[TriggerLexicon, NumberLexicon],
) -> None:
    groups = groups_of([
        "Rebels clashed with soldiers in Varno on Saturday.",
        "The fighting in Varno on Saturday killed six soldiers.",
    ], lexicons)
    assert sentence_sets(groups) == [{0, 1}]


def test_group_three_days_are_three_events(
    lexicons: tuple[TriggerLexicon, NumberLexicon],
) -> None:
    groups = groups_of([
        "Soldiers clashed with rebels in Kessa on Thursday.",
        "On Friday, the fighting in Kessa killed two soldiers.",
        "On Saturday, rebels and soldiers clashed again in Kessa.",
    ], lexicons)
    assert [g.date for g in groups] == [dt.date(2023, 5, d) for d in (11, 12, 13)]


def test_group_demonstration_and_violence_stay_apart(
    lexicons: tuple[TriggerLexicon, NumberLexicon],
) -> None:
    groups = groups_of([
        "Hundreds of traders protested in Varno on Saturday.",
        "Gunmen killed two herders in Varno on Saturday.",
    ], lexicons)
    assert len(groups) == 2


def test_group_rejected_frames_make_no_event(
    lexicons: tuple[TriggerLexicon, NumberLexicon],
) -> None:
    assert groups_of(["The rebels vowed to attack Varno on Saturday."], lexicons) == []


def test_group_last_24_hours_alone_is_week_precision(
    lexicons: tuple[TriggerLexicon, NumberLexicon],
) -> None:
    groups = groups_of(
        ["Clashes in Varno killed at least 30 fighters in the last 24 hours, a monitor said."],
        lexicons)
    assert len(groups) == 1
    assert groups[0].date == SUNDAY and groups[0].precision == 2


def test_group_a_past_tense_without_ed_after_the_is_a_new_act(
        lexicons: tuple[TriggerLexicon, NumberLexicon]) -> None:
    # "The Kurds took control": "took" is a verb, not a told event named again ("the attack")
    groups = groups_of(["Gunmen attacked a checkpoint on Friday.",
                        "The rebels took control of a base on Saturday."], lexicons)
    assert [g.date for g in groups] == [dt.date(2023, 5, 12), dt.date(2023, 5, 13)]


def test_group_towns_close_across_a_border_are_two_areas() -> None:
    here = ResolvedPlace("Orlan", "Ruritania", "North", latitude=31.60, longitude=34.57)
    there = ResolvedPlace("Betza", "Borduria", "East", latitude=31.53, longitude=34.48)
    near = ResolvedPlace("Kelm", "Ruritania", "North", latitude=31.53, longitude=34.48)
    assert same_area(here, near) and not same_area(here, there)
