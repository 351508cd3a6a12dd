"""Event type and sub-type from triggers and actors, by the codebook's rules."""

from __future__ import annotations

import pytest

from warcount.events.classify import TypeDecision, classify
from warcount.events.triggers import TriggerLexicon, find_triggers, load_trigger_lexicon
from warcount.records import ActorMention

ARMY = ("Military Forces of Ruritania", 1)
POLICE = ("Police Forces of Ruritania", 1)
REBELS = ("Red Hand Front", 2)  # an invented rebel group
GUNMEN = ("Unidentified Armed Group (Ruritania)", 3)
CIVILIANS = ("Civilians (Ruritania)", 7)
PROTESTERS = ("Protesters (Ruritania)", 6)
RIOTERS = ("Rioters (Ruritania)", 5)


@pytest.fixture(scope="module")
def lex() -> TriggerLexicon:
    return load_trigger_lexicon()


def decide(text: str, lex: TriggerLexicon, actors: list[tuple[str, int]], *, killed: int = 0,
           state_first: bool = True, hurt: int = 0) -> TypeDecision:
    mentions = [ActorMention(i, i + 1, name, name, inter) for i, (name, inter) in
                enumerate(actors)]
    trigs = find_triggers(text, lexicon=lex)
    assert trigs, f"no trigger in {text!r}"
    return classify(trigs, mentions, killed=killed, state_acted_first=state_first, hurt=hurt)


def kind(d: TypeDecision) -> tuple[str, str]:
    return d.event_type, d.sub_event_type


@pytest.mark.parametrize(
    ("text", "actors", "killed", "expected"),
    [
        ("Rebels clashed with soldiers near the town.", [REBELS, ARMY], 0,
         ("Battles", "Armed clash")),
        ("An air strike hit a market.", [ARMY, CIVILIANS], 5,
         ("Explosions/Remote violence", "Air/drone strike")),
        ("Rebels shelled the town with mortars.", [REBELS], 2,
         ("Explosions/Remote violence", "Shelling/artillery/missile attack")),
        ("A roadside bomb hit a bus.", [CIVILIANS], 4,
         ("Explosions/Remote violence", "Remote explosive/landmine/IED")),
        ("A man threw a grenade into a bar.", [CIVILIANS], 1,
         ("Explosions/Remote violence", "Grenade")),
        ("Gunmen killed four farmers.", [GUNMEN, CIVILIANS], 4,
         ("Violence against civilians", "Attack")),
        ("Gunmen abducted ten passengers.", [GUNMEN, CIVILIANS], 0,
         ("Violence against civilians", "Abduction/forced disappearance")),
        ("Soldiers raped two women in the village.", [ARMY, CIVILIANS], 0,
         ("Violence against civilians", "Sexual violence")),
        ("Hundreds of teachers protested over unpaid wages.", [PROTESTERS], 0,
         ("Protests", "Peaceful protest")),
        ("Police fired tear gas to disperse the protesters.", [PROTESTERS, POLICE], 0,
         ("Protests", "Protest with intervention")),
        ("Police opened fire on the protesters.", [PROTESTERS, POLICE], 3,
         ("Protests", "Excessive force against protesters")),
        ("Protesters burned tyres and threw stones at police.", [PROTESTERS, POLICE], 0,
         ("Riots", "Violent demonstration")),
        ("A mob lynched a suspected thief.", [CIVILIANS], 1, ("Riots", "Mob violence")),
        ("Police arrested six suspected members of the group.", [POLICE, REBELS], 0,
         ("Strategic developments", "Arrests")),
        ("The two sides signed a peace agreement.", [ARMY, REBELS], 0,
         ("Strategic developments", "Agreement")),
        ("Troops intercepted two drones over the port.", [ARMY], 0,
         ("Strategic developments", "Disrupted weapons use")),
        ("Rebels looted shops in the market.", [REBELS], 0,
         ("Strategic developments", "Looting/property destruction")),
        ("Soldiers found and defused a roadside bomb near the bridge.", [ARMY], 0,
         ("Strategic developments", "Disrupted weapons use")),
        ("Two fighters died when the mine they were planting exploded.", [REBELS], 2,
         ("Strategic developments", "Disrupted weapons use")),
        ("Gunmen stripped the travellers of their belongings.", [GUNMEN, CIVILIANS], 0,
         ("Strategic developments", "Looting/property destruction")),
        ("The army launched an operation to secure the border region.", [ARMY], 0,
         ("Strategic developments", "Change to group/activity")),
        ("Court clerks went on strike over unpaid wages.", [CIVILIANS], 0,
         ("Strategic developments", "Other")),
        ("Students rampaged through the town to protest the fees.", [PROTESTERS], 0,
         ("Riots", "Violent demonstration")),
        ("The protest turned violent when marchers clashed with police.", [PROTESTERS, POLICE], 2,
         ("Riots", "Violent demonstration")),
        ("Police opened fire on the protesters.", [PROTESTERS, POLICE], 0,
         ("Protests", "Protest with intervention")),
        ("Police opened fire on the protesters.", [PROTESTERS, POLICE], 2,
         ("Protests", "Excessive force against protesters")),
        ("Rioters set fire to a bus during the blockade.", [RIOTERS], 0,
         ("Riots", "Violent demonstration")),
        ("Police violently dispersed the march of nurses.", [PROTESTERS, POLICE], 0,
         ("Protests", "Excessive force against protesters")),
        ("Riot police beat the protesters with batons.", [PROTESTERS, POLICE], 0,
         ("Protests", "Excessive force against protesters")),
        ("Protesters threw stones at police, who beat them back with batons.",
         [PROTESTERS, POLICE], 0, ("Riots", "Violent demonstration")),
        ("Rioters vandalised the house of a party leader.", [RIOTERS], 0,
         ("Riots", "Mob violence")),
        ("Kurdish fighters took control of the town after the army withdrew.", [REBELS, ARMY], 0,
         ("Strategic developments", "Non-violent transfer of territory")),
        ("Militants whipped two traders in the market.", [GUNMEN, CIVILIANS], 0,
         ("Violence against civilians", "Attack")),
        ("Aircraft dropped guided aerial bombs on the market.", [ARMY, CIVILIANS], 2,
         ("Explosions/Remote violence", "Air/drone strike")),
        ("An Israeli strike hit a military site near the capital.", [ARMY], 2,
         ("Explosions/Remote violence", "Air/drone strike")),
        ("A shell landed on a house, killing a child.", [REBELS, CIVILIANS], 1,
         ("Explosions/Remote violence", "Shelling/artillery/missile attack")),
        ("An army drone struck a fuel depot in the city.", [ARMY], 0,
         ("Explosions/Remote violence", "Air/drone strike")),
        ("An FPV drone attacked a tractor in a field.", [ARMY, CIVILIANS], 0,
         ("Explosions/Remote violence", "Air/drone strike")),
        ("Police officers were killed in a shootout with herders.", [POLICE, CIVILIANS], 2,
         ("Battles", "Armed clash")),
        ("The group detonates an explosive at a disco.", [GUNMEN, CIVILIANS], 0,
         ("Explosions/Remote violence", "Remote explosive/landmine/IED")),
    ],
)
def test_classify_types_and_sub_types(
    text: str, actors: list[tuple[str, int]], killed: int, expected: tuple[str, str],
    lex: TriggerLexicon,
) -> None:
    assert kind(decide(text, lex, actors, killed=killed)) == expected


def test_classify_territory_by_who_acted_first(lex: TriggerLexicon) -> None:
    text = "After heavy fighting, troops recaptured the town."
    gov = decide(text, lex, [ARMY, REBELS], state_first=True)
    assert kind(gov) == ("Battles", "Government regains territory")
    rebels = decide(text, lex, [REBELS, ARMY], state_first=False)
    assert kind(rebels) == ("Battles", "Non-state actor overtakes territory")


def test_classify_strikes_inside_a_battle_merge_into_battles(lex: TriggerLexicon) -> None:
    text = ("Soldiers clashed with rebels as warplanes carried out air strikes and shelled "
            "the hills.")
    d = decide(text, lex, [ARMY, REBELS], killed=12)
    assert kind(d) == ("Battles", "Armed clash")


def test_classify_abduction_with_deaths_is_attack(lex: TriggerLexicon) -> None:
    text = "Gunmen abducted 20 villagers and killed three others."
    assert kind(decide(text, lex, [GUNMEN, CIVILIANS], killed=3)) == (
        "Violence against civilians", "Attack")
    assert decide(text, lex, [GUNMEN, CIVILIANS], killed=0).sub_event_type == (
        "Abduction/forced disappearance")


def test_classify_suicide_bomb_beats_everything(lex: TriggerLexicon) -> None:
    text = ("A suicide bomber blew himself up at the gate, then gunmen clashed with guards "
            "as an air strike hit the area and rockets fell.")
    d = decide(text, lex, [GUNMEN, ARMY], killed=9)
    assert kind(d) == ("Explosions/Remote violence", "Suicide bomb")
    assert d.trigger is not None and "suicide" in d.trigger.text.lower()


def test_classify_violence_between_two_armed_sides_is_a_battle(lex: TriggerLexicon) -> None:
    assert kind(decide("Rebels attacked and killed five soldiers.", lex, [REBELS, ARMY],
                       killed=5)) == ("Battles", "Armed clash")


def test_classify_disorder_types(lex: TriggerLexicon) -> None:
    assert decide("Rebels clashed with soldiers.", lex, [REBELS, ARMY]).disorder_type == (
        "Political violence")
    assert decide("Teachers protested.", lex, [PROTESTERS]).disorder_type == "Demonstrations"
    assert decide("Police arrested six people.", lex, [POLICE]).disorder_type == (
        "Strategic developments")


def test_classify_explains_itself(lex: TriggerLexicon) -> None:
    d = decide("Gunmen killed four farmers.", lex, [GUNMEN, CIVILIANS], killed=4)
    assert d.reason and d.trigger is not None
    assert d.trigger.kind.sub_event_type == "Attack"


def test_classify_a_groups_fighters_vandalising_destroy_property(lex: TriggerLexicon) -> None:
    d = decide("Militants vandalized the town hall and pillaged shops.", lex,
               [("Islamic Front of Varosh", 2)])
    assert kind(d) == ("Strategic developments", "Looting/property destruction")
    crowd = decide("Protesters vandalized the town hall.", lex, [("Protesters (Kenya)", 6)])
    assert kind(crowd)[0] == "Riots"


def test_classify_gang_members_who_loot_are_no_crowd(lex: TriggerLexicon) -> None:
    gang = ("Unidentified Gang (Haiti)", 3)
    text = "Gang members looted and set fire to 15 shops on Thursday night."
    assert kind(decide(text, lex, [gang])) == (
        "Strategic developments", "Looting/property destruction")
    strike = "Hundreds of drivers staged a protest to demand protection from extortion gangs."
    assert decide(strike, lex, [("Protesters (Haiti)", 6), gang]).sub_event_type == (
        "Peaceful protest")


def test_classify_drones_shot_down_whose_debris_hurt_someone(lex: TriggerLexicon) -> None:
    text = "Air defence shot down eight drones; falling debris injured one man."
    d = decide(text, lex, [("Military Forces of Ruritania", 1)], killed=0, hurt=1)
    assert d.sub_event_type == "Disrupted weapons use"
