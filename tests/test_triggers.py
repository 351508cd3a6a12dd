"""Trigger words and non-event cues from data/triggers.yaml, on invented sentences."""

from __future__ import annotations

from pathlib import Path

import pytest

from warcount.events.triggers import (
    EVENT_TYPES,
    LexiconError,
    TriggerLexicon,
    find_cues,
    find_triggers,
    load_trigger_lexicon,
)


@pytest.fixture(scope="module")
def lex() -> TriggerLexicon:
    return load_trigger_lexicon()


def subs(text: str, lex: TriggerLexicon) -> list[str]:
    return [t.kind.sub_event_type for t in find_triggers(text, lexicon=lex)]


def cue_kinds(text: str, lex: TriggerLexicon) -> set[str]:
    return {c.kind for c in find_cues(text, lexicon=lex)}


@pytest.mark.parametrize(
    ("text", "sub", "etype"),
    [
        ("Rebels clashed with soldiers near Varno.", "Armed clash", "Battles"),
        ("The army recaptured the town of Varno.", "Government regains territory", "Battles"),
        ("A suicide car bomb hit the base.", "Suicide bomb", "Explosions/Remote violence"),
        ("An air strike hit the market.", "Air/drone strike", "Explosions/Remote violence"),
        ("Mortar shells fell on the camp.", "Shelling/artillery/missile attack",
         "Explosions/Remote violence"),
        ("A roadside bomb hit the convoy.", "Remote explosive/landmine/IED",
         "Explosions/Remote violence"),
        ("A man threw a grenade at the bar.", "Grenade", "Explosions/Remote violence"),
        ("A chlorine attack was reported.", "Chemical weapon", "Explosions/Remote violence"),
        ("Gunmen abducted three teachers.", "Abduction/forced disappearance",
         "Violence against civilians"),
        ("Gunmen shot dead a farmer.", "Attack", "Violence against civilians"),
        ("Hundreds of students protested outside the ministry.", "Peaceful protest", "Protests"),
        ("Police fired tear gas at the crowd.", "Protest with intervention", "Protests"),
        ("Youths hurled stones at the convoy.", "Violent demonstration", "Riots"),
        ("An angry mob lynched a suspected thief.", "Mob violence", "Riots"),
        ("Police arrested four suspects.", "Arrests", "Strategic developments"),
        ("The two sides signed a peace deal.", "Agreement", "Strategic developments"),
        ("Troops intercepted two drones over the port.", "Disrupted weapons use",
         "Strategic developments"),
    ],
)
def test_triggers_each_family(text: str, sub: str, etype: str, lex: TriggerLexicon) -> None:
    found = find_triggers(text, lexicon=lex)
    assert any(t.kind.sub_event_type == sub and t.kind.event_type == etype for t in found), [
        (t.text, t.kind.sub_event_type) for t in found]


def test_triggers_offsets_point_into_the_document(lex: TriggerLexicon) -> None:
    doc = "Headline line.\nRebels shelled the town of Varno overnight."
    start = doc.index("Rebels")
    for t in find_triggers(doc[start:], offset=start, lexicon=lex):
        assert doc[t.start:t.end] == t.text


def test_triggers_suicide_car_bomb_is_one_trigger(lex: TriggerLexicon) -> None:
    found = find_triggers("A suicide car bomb exploded.", lexicon=lex)
    assert found[0].text.lower().startswith("suicide car bomb")
    assert found[0].kind.sub_event_type == "Suicide bomb"


def test_triggers_no_match_inside_words(lex: TriggerLexicon) -> None:
    assert subs("The skillful raider's grandmothers ate marshmallows.", lex) == []


def test_triggers_every_type_is_known(lex: TriggerLexicon) -> None:
    assert {t.event_type for t in lex.types} == set(EVENT_TYPES)
    assert len({t.sub_event_type for t in lex.types}) >= 24


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The rebels vowed to retake the town.", "modal"),
        ("The group denied any involvement in the killing.", "denial"),
        ("The insurgency began in 2009.", "background"),
        ("The death toll since January has risen to 300.", "cumulative"),
        ("The wounded were rushed to the district hospital.", "aftermath"),
    ],
)
def test_triggers_non_event_cues(text: str, kind: str, lex: TriggerLexicon) -> None:
    assert kind in cue_kinds(text, lex)


def test_triggers_plain_report_has_no_cue(lex: TriggerLexicon) -> None:
    assert cue_kinds("Gunmen killed four herders near Varno on Tuesday.", lex) == set()


@pytest.mark.parametrize(
    "body",
    [
        "version: 1\n",  # no sub_event_types
        "sub_event_types:\n  - event_type: Battles\n    priority: 1\n    patterns: [fight]\n",
        "sub_event_types:\n  - sub_event_type: X\n    event_type: Wars\n"
        "    priority: 1\n    patterns: [fight]\n",
        "sub_event_types:\n  - sub_event_type: X\n    event_type: Battles\n"
        "    priority: 1\n    patterns: []\n",
    ],
)
def test_triggers_schema_check_rejects_bad_file(body: str, tmp_path: Path) -> None:
    bad = tmp_path / "triggers.yaml"
    bad.write_text(body, "utf-8")
    with pytest.raises(LexiconError):
        load_trigger_lexicon(bad)


def test_triggers_schema_check_accepts_small_file(tmp_path: Path) -> None:
    good = tmp_path / "triggers.yaml"
    good.write_text(
        "sub_event_types:\n  - sub_event_type: Armed clash\n    event_type: Battles\n"
        "    priority: 80\n    patterns: [skirmish]\nnon_event:\n  modal: [vowed to]\n",
        "utf-8",
    )
    lex = load_trigger_lexicon(good)
    assert subs("A skirmish broke out.", lex) == ["Armed clash"]
    assert cue_kinds("They vowed to return.", lex) == {"modal"}


def test_triggers_file_without_cues_finds_no_cue(tmp_path: Path) -> None:
    good = tmp_path / "triggers.yaml"
    good.write_text(
        "sub_event_types:\n  - sub_event_type: Armed clash\n    event_type: Battles\n"
        "    priority: 80\n    patterns: [skirmish]\n",
        "utf-8",
    )
    lex = load_trigger_lexicon(good)
    assert find_cues("A skirmish, then a lull. Then, calm.", lexicon=lex) == []


def test_triggers_the_dead_remembered_and_a_peaceful_march(lex: TriggerLexicon) -> None:
    assert subs("Mourners carried photographs of the dead soldiers.", lex) == []
    assert subs("Residents marched peacefully through the streets.", lex) == ["Peaceful protest"]
    assert subs("Four soldiers were among the dead.", lex) == ["Attack"]


def test_triggers_fire_on_hyphenated_protesters_and_those_detained(lex: TriggerLexicon) -> None:
    assert subs("Troops opened fire on anti-coup protesters.", lex) == [
        "Excessive force against protesters"]
    assert subs("The whereabouts of those detained were not known.", lex) == []
    assert subs("Police detained six of them.", lex) == ["Arrests"]


def test_triggers_a_district_centre_captured_and_an_operation_planned(lex: TriggerLexicon) -> None:
    assert subs("Taliban fighters captured the centre of the district.", lex)[0] == (
        "Government regains territory")
    assert "modal" in cue_kinds("Commandos were preparing an operation to retake the district "
                                "in the coming days.", lex)


def test_triggers_crowds_gathered_and_detained_since(lex: TriggerLexicon) -> None:
    assert subs("Thousands of people gathered outside Parliament.", lex) == ["Peaceful protest"]
    assert "background" in cue_kinds("More than 150 people have been detained since the "
                                     "protests began.", lex)


def test_triggers_bodies_a_crowd_carried_tell_no_killing(lex: TriggerLexicon) -> None:
    text = "Residents carried the bodies of the farmer and his son to the governor's office."
    assert [t.text for t in find_triggers(text, lexicon=lex)] == []
    text = "The bodies of the farmer and his son were found near the river."
    assert "bodies of" in [t.text for t in find_triggers(text, lexicon=lex)]
