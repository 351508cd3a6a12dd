"""actor1, actor2 and associates: who acted first, and the codebook's default sides."""

from __future__ import annotations

import pytest

from warcount.events.roles import Roles, assign_roles, order_actors
from warcount.events.triggers import Trigger, TriggerLexicon, find_triggers, load_trigger_lexicon
from warcount.records import ActorMention

ARMY = "Military Forces of Ruritania"
POLICE = "Police Forces of Ruritania"
FRONT = "Red Hand Front"  # an invented rebel group
GUNMEN = "Unidentified Armed Group (Ruritania)"
CIVILIANS = "Civilians (Ruritania)"


@pytest.fixture(scope="module")
def lex() -> TriggerLexicon:
    return load_trigger_lexicon()


def actor(text: str, phrase: str, name: str, inter: int, nth: int = 0) -> ActorMention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    return ActorMention(start, start + len(phrase), phrase, name, inter)


def trigger(text: str, word: str, lex: TriggerLexicon) -> Trigger:
    return next(t for t in find_triggers(text, lexicon=lex) if t.text.lower().startswith(word))


def roles(text: str, actors: list[ActorMention], word: str, lex: TriggerLexicon, *,
          event_type: str, sub: str, country: str | None = "Ruritania") -> Roles:
    return assign_roles(actors, trigger(text, word, lex) if word else None, text,
                        event_type=event_type, sub_event_type=sub, country=country,
                        main_span=(0, len(text)))


def names(r: Roles) -> tuple[str, str]:
    return (r.actor1.name if r.actor1 else "", r.actor2.name if r.actor2 else "")


def test_roles_by_x_passive_puts_the_agent_first(lex: TriggerLexicon) -> None:
    text = "Two soldiers were killed by Red Hand Front fighters near Varno."
    acts = [actor(text, "soldiers", ARMY, 1), actor(text, "Red Hand Front fighters", FRONT, 2)]
    first, second = order_actors(acts, trigger(text, "killed", lex), text)
    assert (first and first.name, second and second.name) == (FRONT, ARMY)


def test_roles_between_x_and_y_gives_x_first(lex: TriggerLexicon) -> None:
    text = "Clashes between the army and Red Hand Front fighters left six dead."
    acts = [actor(text, "army", ARMY, 1), actor(text, "Red Hand Front fighters", FRONT, 2)]
    r = roles(text, acts, "clashes", lex, event_type="Battles", sub="Armed clash")
    assert names(r) == (ARMY, FRONT)
    text2 = "Clashes between Red Hand Front fighters and the army left six dead."
    acts2 = [actor(text2, "Red Hand Front fighters", FRONT, 2), actor(text2, "army", ARMY, 1)]
    r2 = roles(text2, acts2, "clashes", lex, event_type="Battles", sub="Armed clash")
    assert names(r2) == (FRONT, ARMY)


def test_roles_subject_before_the_verb_acts_first(lex: TriggerLexicon) -> None:
    text = "Red Hand Front fighters ambushed an army patrol near Varno."
    acts = [actor(text, "Red Hand Front fighters", FRONT, 2), actor(text, "army", ARMY, 1)]
    r = roles(text, acts, "ambushed", lex, event_type="Battles", sub="Armed clash")
    assert names(r) == (FRONT, ARMY)
    assert r.actor1 is not None and r.actor1.mention is acts[0]


def test_roles_victims_never_act_first(lex: TriggerLexicon) -> None:
    text = "Villagers in Varno came under attack from gunmen on Saturday."
    acts = [actor(text, "Villagers", CIVILIANS, 7), actor(text, "gunmen", GUNMEN, 3)]
    r = roles(text, acts, "attack", lex, event_type="Violence against civilians", sub="Attack")
    assert names(r) == (GUNMEN, CIVILIANS)
    assert r.actor1 is not None and r.actor1.inter == 3


def test_roles_attack_on_civilians_defaults(lex: TriggerLexicon) -> None:
    text = "Three herders were shot dead near Varno."
    r = roles(text, [], "shot dead", lex, event_type="Violence against civilians", sub="Attack")
    assert names(r) == (GUNMEN, CIVILIANS)
    assert (r.actor1 and r.actor1.inter, r.actor2 and r.actor2.inter) == (3, 7)


def test_roles_protest_defaults_protesters_and_police(lex: TriggerLexicon) -> None:
    text = "Police fired tear gas at traders marching in Varno."
    acts = [actor(text, "Police", POLICE, 1)]
    r = roles(text, acts, "tear gas", lex, event_type="Protests",
              sub="Protest with intervention")
    assert names(r) == ("Protesters (Ruritania)", POLICE)
    assert r.actor1 is not None and r.actor1.inter == 6


def test_roles_peaceful_protest_has_no_second_side(lex: TriggerLexicon) -> None:
    text = "Teachers protested in Varno as police watched."
    acts = [actor(text, "police", POLICE, 1)]
    r = roles(text, acts, "protested", lex, event_type="Protests", sub="Peaceful protest")
    assert names(r) == ("Protesters (Ruritania)", "")


def test_roles_riot_is_rioters(lex: TriggerLexicon) -> None:
    text = "Youths hurled stones at police in Varno."
    acts = [actor(text, "police", POLICE, 1)]
    r = roles(text, acts, "hurled", lex, event_type="Riots", sub="Violent demonstration")
    assert names(r) == ("Rioters (Ruritania)", POLICE)
    assert r.actor1 is not None and r.actor1.inter == 5


def test_roles_arrests_default_to_police_and_civilians(lex: TriggerLexicon) -> None:
    text = "Six people were arrested in Varno."
    r = roles(text, [], "arrested", lex, event_type="Strategic developments", sub="Arrests")
    assert names(r) == (POLICE, CIVILIANS)


def test_roles_second_state_force_is_an_associate(lex: TriggerLexicon) -> None:
    text = "Ruritanian and Borduvian warplanes bombed Red Hand Front positions near Varno."
    acts = [actor(text, "Ruritanian", ARMY, 1),
            actor(text, "Borduvian", "Military Forces of Borduvia", 8),
            actor(text, "Red Hand Front", FRONT, 2)]
    r = roles(text, acts, "warplanes", lex, event_type="Explosions/Remote violence",
              sub="Air/drone strike")
    assert r.actor1 is not None and r.actor1.name in (ARMY, "Military Forces of Borduvia")
    assert names(r)[1] == FRONT
    assert {a.name for a in r.assoc1} | {r.actor1.name} == {ARMY, "Military Forces of Borduvia"}


def test_roles_target_after_the_bomb_is_acted_on(lex: TriggerLexicon) -> None:
    text = "A roadside bomb struck a police vehicle in Varno, killing three officers."
    acts = [actor(text, "police", POLICE, 1)]
    r = roles(text, acts, "roadside bomb", lex, event_type="Explosions/Remote violence",
              sub="Remote explosive/landmine/IED")
    assert names(r) == (GUNMEN, POLICE)
