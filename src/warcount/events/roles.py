"""Who is actor1, actor2 and their associates, by the codebook's order rules."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from warcount.events.triggers import INTERCEPTED, Trigger
from warcount.records import ActorMention
from warcount.regex_heads import with_heads

ARMED = (1, 2, 3, 4, 8)
_BOMBS = ("Suicide bomb", "Remote explosive/landmine/IED", "Grenade")
# the words that name allies, not agents: "troops backed by clan militias"
_ALLIED = ("backed", "supported", "assisted", "aided", "accompanied", "reinforced", "joined",
           "helped", "flanked")
# "by suspected militants", "blamed on Sudan's paramilitary Rapid Support Forces" (not
# "backed by ...")
_BY = re.compile(r"\b" + "".join(f"(?<!{w} )" for w in _ALLIED)
                 + r"(?:by|blamed on|attributed to)\s+(?:the\s+|a\s+|an\s+|suspected\s+|"
                 r"presumed\s+|alleged\s+)*(?:[A-Z][\w-]*['’]s\s+)?(?:(?:paramilitary|rebel|"
                 r"militant|jihadist|Islamist|armed|the)\s+)*$", re.I)
# "a mortar shell fired by Sinai Province militants": a name before the group's men
_BY_NAMED = re.compile(r"\b(?:fired|launched|planted|carried out|claimed)\s+by\s+"
                       r"(?:[A-Z][\w'’-]*\s+){1,3}$")
_FROM = re.compile(r"\b(?:fire|shelling|shells|rockets|missiles|strikes|drones|attacks?)\s+from\s+"
                   r"(?:the\s+)?$", re.I)  # "artillery fire from Russian troops"
# "claimed the attack", "claimed responsibility": a group owning an act (also read by the
# pipeline, which keeps such a group an actor where it speaks)
CLAIMED_ACT = (r"(?:claimed|claims|claim|accepted|admitted)\s+(?:the\s+)?responsibility\b|"
               r"(?:claimed|claims)\s+(?:the|this|that)\s+(?:\w+\s+)?(?:attack|assault|bombing|"
               r"ambush|raid|killings?)\b")
# "said in a statement that its fighters had killed": a group owning the killing
_ITS_FIGHTERS = (r"(?:said|says|claimed)\s+(?:in\s+a\s+statement\s+|on\s+\w+\s+)?(?:that\s+)?"
                 r"(?:its|their)\s+(?:fighters|men|militants|members|mujahideen|cadres)\s+"
                 r"(?:had\s+|have\s+)?(?:killed|attacked|carried\s+out|shot|ambushed|fired|launched|"
                 r"targeted|struck|shelled|stormed|downed|destroyed)\b")
# (an acronym and an apposition may come between: "The Group for Support of Islam and Muslims
# (JNIM), the Sahel's main Al-Qaeda affiliate, claimed the assault")
_CLAIM_AFTER = re.compile(rf"(?:\s*\([^()]{{1,15}}\))?(?:,[^,.;]{{1,60}},)?[^.;]{{0,40}}?\b"
                          rf"(?:{CLAIMED_ACT}|{_ITS_FIGHTERS}|(?:is|are|was|were)\s+(?:\w+\s+)?"
                          r"(?:believed|thought|suspected|alleged|said)\s+to\s+(?:be|have)|"
                          # "Al Shabaab is believed responsible", "Al Shabaab suspected as
                          # perpetrators", "Al-Shabaab militants were suspected."
                          r"(?:(?:is|are|was|were)\s+(?:\w+\s+)?)?(?:believed|thought|suspected|"
                          r"blamed)\s+(?:responsible|as\s+(?:the\s+)?perpetrators?|to\s+be\s+"
                          r"behind)|(?:is|are|was|were)\s+suspected\s*[.;,])",
                          re.I)
# "thought to be the work of Al Shabaab", "residents suspect Al Shabaab"
_SUSPECTED = re.compile(r"\b(?:the work of|suspect|suspects|suspected|blame|blamed|"
                        # "the attackers were mostly Lou Nuer youth"
                        r"(?:attackers|assailants|gunmen|raiders)\s+(?:were|was)\s+(?:mostly|"
                        r"mainly|largely|believed\s+to\s+be|identified\s+as)|"
                        r"suspected\s+to\s+be|"
                        # "gunmen linked to Al Shabaab", "suspected to have origin with"
                        r"(?:linked|affiliated|allied|loyal)\s+(?:to|with)|origins?\s+with|"
                        r"(?:claimed|carried out|perpetrated) by(?:\s+\w+){0,4}|"
                        # "attributing the massacre to the Los Lobos gang"
                        r"(?:attribut|blam)\w*\s+(?:the\s+|this\s+|it\s+)?(?:\w+\s+)?(?:to|on))\s+"
                        r"(?:the\s+)?$", re.I)  # ("an attack claimed by Islamist group X")
_ACCORDING = re.compile(r"\b[Aa]ccording\s+to\s+(?:the\s+)?$")
_SAYS = re.compile(r"(?:\s+[A-Z][\w.'-]*){0,3}\s+(?:says|said|told|reports|reported|informs|"
                   r"(?:wishes|would\s+like)\s+to\s+inform|announces|announced|confirms|"
                   # "Police believe the killing was related to the insurgency"
                   r"believe|believes|believed|suspect|suspects|suspected\s+that)\b"
                   r"(?!(?:\s+on\s+\w+|\s+\w+day|\s+in\s+a\s+statement)?,?(?:\s+that)?\s+"
                   r"(?:it|its|they|their|we|our)\b)")  # ("the AA said on Sunday it had")
_BETWEEN = re.compile(r"\bbetween\s+(?:the\s+)?(?:(?:members|fighters|militants|militiamen|gunmen|"
                      r"supporters|forces|troops|units)\s+of\s+(?:the\s+)?)?$", re.I)
# "a soldier was wounded by", "two policemen were shot dead by": the target, with its agent next
HIT_BY = re.compile(r"\s+(?:was|were|had been|has been|have been)\s+(?:\w+\s+)?(?:killed|"
                     r"wounded|injured|shot|hurt|hit)(?:\s+dead)?\s+by\b", re.I)
# "a police reservist shot dead while patrolling", "a soldier was shot and injured in Kilifi":
# the target of an attacker the text does not name (not "police shot dead a suspect")
_HIT_UNNAMED = re.compile(
    r"\s+(?:(?:was|were|had\s+been|has\s+been|have\s+been)\s+)?(?:shot|killed|wounded|"
    r"injured|hacked|stabbed|ambushed|gunned\s+down|murdered|beheaded|lynched)(?:\s+(?:dead|"
    r"to\s+death|and\s+(?:killed|wounded|injured)))?(?=\s*(?:[,;.]|$)|\s+(?:while|in|at|on|"
    r"near|during|after|when|as|inside|outside|along|overnight|yesterday|today|early|late)\b"
    # ("three guards were hacked to death and two others wounded")
    r"|\s+and\s+(?:\w+\s+)?(?:others?|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\b)",
    re.I)


# "The Police Public Relations Officer in the state said", "a police spokesman said": the
# force's voice, not the force in action
_VOICE_AFTER = re.compile(r"\s+(?:Public\s+Relations\s+Officer|PRO|PPRO|spokes(?:man|woman|person)|"
                          r"press\s+(?:office|officer|service))\b", re.IGNORECASE)


def speaking(a: ActorMention, text: str) -> bool:
    """The actor only tells: "according to the police", "the Police Force wishes to inform"."""
    return bool(_ACCORDING.search(text, max(0, a.start - 20), a.start)
                or _SAYS.match(text, a.end) or _VOICE_AFTER.match(text, a.end))


def struck(a: ActorMention, text: str) -> bool:
    """The actor was hit: "a soldier was wounded by ...", "a policeman shot dead while ..."."""
    return bool(HIT_BY.match(text, a.end) or _HIT_UNNAMED.match(text, a.end))


_VERB_FIRST = re.compile(r"\w+ed\b|(?:attack|ambush|raid|storm|target)s?\b|"
                         r"(?:fought|struck|hit|shot|overran|clashed|drove|driving|pushing|"
                         r"forcing|expelling|ousting|dislodging)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Side:
    name: str
    inter: int
    mention: ActorMention | None  # None when the name is a default ("Civilians (Kenya)")
    reason: str


@dataclass(frozen=True)
class Roles:
    actor1: Side | None
    actor2: Side | None
    assoc1: tuple[ActorMention, ...] = ()
    assoc2: tuple[ActorMention, ...] = ()


def _side(m: ActorMention, why: str) -> Side:
    return Side(m.name, m.inter, m, why)


def _unique(actors: Sequence[ActorMention]) -> list[ActorMention]:
    seen: set[str] = set()
    out = []
    for a in actors:
        if a.name not in seen:
            seen.add(a.name)
            out.append(a)
    return out


def order_actors(
    actors: Sequence[ActorMention], main: Trigger | None, text: str
) -> tuple[ActorMention | None, ActorMention | None]:
    """The acting side and the side acted on, from their places around the main trigger.

    "by X" marks the agent of a passive; "between X and Y" gives X first; otherwise the first
    actor before the trigger acted, and the first other one after it was acted on.
    """
    acts = _unique(actors)
    # ("According to the police, four gang members were killed", "Regional governor Ivan
    # Petrov says air defences shot down ...": the police and the governor only tell it)
    told = [a for a in acts if not speaking(a, text)]
    acts = told or acts
    if not acts:
        return None, None
    for a in acts:
        if _BY.search(text[max(0, a.start - 50) : a.start]) or _BY_NAMED.search(
                text[max(0, a.start - 50) : a.start]) or (
                a.inter in ARMED and _FROM.search(text[max(0, a.start - 30) : a.start])):
            rest = [b for b in acts if b.name != a.name]
            return a, (rest[0] if rest else None)
    for i, a in enumerate(acts[:-1]):
        if _BETWEEN.search(text[max(0, a.start - 45) : a.start]):
            return a, acts[i + 1]
    hit = [a for a in acts if struck(a, text)]
    if len(hit) == 1 and hit[0].inter in (1, 8):
        # "another soldier was wounded by Palestinian fire": the soldier was the target
        rest = [b for b in acts if b.name != hit[0].name]
        return (rest[0] if rest else None), hit[0]
    if main is None:
        return acts[0], (acts[1] if len(acts) > 1 else None)
    # an actor the trigger word is part of ("gunmen" in "unknown gunmen attacked") acted
    # ... but one named inside the trigger after its verb ("attacked an army post") was the
    # object
    inside = [a for a in acts if main.start < a.start < main.end
              and _VERB_FIRST.match(text, main.start, a.start)]
    if inside and _REPELLED.match(main.text):
        # "its forces repelled nine Russian assaults": the assaults' side began the fight
        defender = next((a for a in acts if a not in inside and a.name != inside[0].name), None)
        return inside[0], defender
    before = [a for a in acts if a not in inside and (
        a.end <= main.start or a.start < main.end <= a.end
        or main.start <= a.start < main.end)]  # "Russian warplanes", "US strikes"
    after = [a for a in acts if a.start >= main.end or a in inside]
    if not before and after:
        other = next((a for a in after if a.name != after[0].name), None)
        if main.kind.sub_event_type == "Armed clash" and other is not None and all(
                a.inter in ARMED for a in (after[0], other)):
            return after[0], other  # "The fighting began when al Shabaab fighters attacked
            # government positions": both sides told after the battle's name
        if after[0].inter in ARMED and _WHEN_SUBJECT.search(
                text, max(0, after[0].start - 30), after[0].start):
            # "seven people were killed when the insurgents raided Garta": the subject of
            # the clause that tells how
            return after[0], other
        return None, after[0]  # "a bomb killed two soldiers": named after the verb, acted on
    # ("army troops backed by local clan militias known as Macawisley captured the village":
    # the allies named between the subject and its verb did not lead)
    leading = [a for a in before if not _ALLY_BEFORE.search(text, max(0, a.start - 60), a.start)]
    first = (leading or before)[-1] if before else acts[0]
    second = next((a for a in after if a.name != first.name), None)
    if second is None:
        second = next((a for a in acts if a.name != first.name), None)
    return first, second


_ALLY_BEFORE = re.compile(rf"\b(?:{'|'.join(_ALLIED)})\s+by\s+(?:[\w'’-]+\s+){{0,6}}$|"
                          r"\b(?:alongside|together\s+with)\s+(?:[\w'’-]+\s+){0,4}$",
                          re.IGNORECASE)
_REPELLED = re.compile(r"(?:repulsed|repelled|thwarted|fought off|beat back|beaten back)\b",
                       re.IGNORECASE)
_WITHDREW = re.compile(r"(?:\s+[\w-]+){0,3}?\s+(?:had\s+|have\s+|has\s+)?(?:withdrew|withdrawn|"
                       r"pulled\s+out|retreated|left|abandoned|evacuated|handed\s+over)\b")
_WHEN_SUBJECT = re.compile(r"\b(?:when|as|after)\s+(?:the\s+|a\s+|an\s+)?(?:[a-z]+\s+)?$")


def state_side(a: ActorMention) -> bool:
    """State forces and the militias that fight beside them are one side."""
    return a.inter in (1, 8) or a.name.startswith("Pro-Government")


def _opponent(actors: Sequence[ActorMention], first: ActorMention) -> ActorMention | None:
    """The most often named armed actor on the other side from `first`."""
    others = [a for a in actors if a.inter in ARMED and state_side(a) != state_side(first)]
    if not others:
        return None
    counts = {a.name: sum(1 for b in others if b.name == a.name) for a in others}
    return max(others, key=lambda a: (counts[a.name], -others.index(a)))


def _swap_for_weapon(
    first: ActorMention | None, second: ActorMention | None, sub_event_type: str
) -> bool:
    if first is None or second is None or first.inter not in ARMED or second.inter not in ARMED:
        return False
    if sub_event_type == "Air/drone strike":
        return not state_side(first) and state_side(second)
    return sub_event_type in _BOMBS and state_side(first) and not state_side(second)


# manned aircraft, which only states fly (drones are flown by armed groups too)
_WARPLANE = re.compile(r"\b(?:jets?|warplanes?|war\s+planes?|fighter|aircraft|planes?|"
                       r"helicopters?|gunships?|air\s*force)\b(?![\s-]*drones?)", re.IGNORECASE)
_COMMUNAL = with_heads(re.compile(
    r"\b(?:tribal|ethnic|inter-?ethnic|inter-?communal|communal|inter-?clan|clan|sectarian)\s+"
    r"(?:clash(?:es)?|fighting|violence|conflict|feud|militias?)\b|\brival clans\b|"
    r"\bclansmen\b|\b(?:communities|clans|tribes)\s+(?:\w+\s+)?(?:clash(?:ed)?|fought)\b",
    re.IGNORECASE))


def assign_roles(
    actors: Sequence[ActorMention],
    main: Trigger | None,
    text: str,
    *,
    event_type: str,
    sub_event_type: str,
    country: str | None,
    main_span: tuple[int, int] = (0, 0),
    authorities: frozenset[str] = frozenset(),
) -> Roles:
    """actor1/actor2 with defaults the codebook names when a side is unnamed.

    The main trigger's sentence orders the sides; the event's other sentences fill a side
    it leaves unnamed (the other party to a battle, named a sentence earlier).
    """
    lo, hi = main_span
    armed = [a for a in actors if a.inter in ARMED]
    if event_type == "Battles" and main is not None and (
            main.kind.sub_event_type == "Armed clash") and len({state_side(a) for a in armed}) == 2:
        # "at least 18 people were killed, including 11 civilians caught in the crossfire"
        # of a battle between the army and the RSF: civilians are its dead, not a side
        actors = armed
    own = [a for a in actors if lo <= a.start < hi]
    if own or main is None:
        first, second = order_actors(own or actors, main, text)
    else:  # sides named only in other sentences ("X claimed responsibility"): the armed acts
        sides = _unique(actors)
        first = next((a for a in sides if a.inter in ARMED), None)
        second = next((a for a in sides if a is not first), None)
    # "gunmen stormed the post ... AQAP claimed responsibility": the named group is the gunmen
    # ("a blast killed a civilian and a police officer. Al Shabaab is believed responsible")
    if first is None or first.name.startswith("Unidentified Armed Group") or (
            first.inter not in ARMED):
        nameless = first is not None and first.name.startswith("Unidentified Armed Group")
        # (every mention is tried: "a Boko Haram attack" in a summary, then "the governor
        # attributed the attack to Boko Haram")
        claimant = next((a for a in actors if a.inter in (2, 3, 4) and not a.generic
                         and not a.name.startswith("Unidentified")
                         and (second is None or a.name != second.name or nameless)
                         and (_CLAIM_AFTER.match(text, a.end) or _SUSPECTED.search(
                             text, max(0, a.start - 45), a.start))), None)
        if claimant is not None and second is not None and claimant.name == second.name:
            second = None  # "gunmen shot dead eight, attributing the massacre to Los Lobos"
        elif claimant is not None and first is not None and first is not second and (
                second is None):
            second = first  # the victims named first
        if claimant is not None:
            first = claimant
    if sub_event_type == "Arrests" and second is not None and second.generic and (
            second.name.startswith("Unidentified")):
        # "arrested three suspects believed to be facilitators of the Al-Shabaab terror
        # group": the group they are held for
        second = next((a for a in actors if a.inter in (2, 3) and not a.generic
                       and not a.name.startswith("Unidentified")), second)
    # ("fighting between the G9 and the rival G-Pep": two armed groups the text pairs)
    paired = first is not None and second is not None and _BETWEEN.search(
        text[max(0, first.start - 45):first.start]) is not None
    if event_type in ("Battles", "Explosions/Remote violence") and first is not None and (
        not paired) and (
        second is None or (first.inter in ARMED and second.inter in ARMED
                           and state_side(first) == state_side(second)
                           # (two communities' militias fight each other)
                           and not first.inter == second.inter == 4)
    ):
        second = _opponent(actors, first) or second
        if second is not None and second not in own and struck(first, text) and (
                event_type == "Battles"):
            # "Three guards were hacked to death ... The victims were killed by unknown
            # assailants": the side hit, with its attacker named in another sentence
            first, second = second, first
    # Aircraft belong to states; bombs planted or carried by a bomber to armed groups.
    # (drones are flown by armed groups too: "rebels used drones to drop explosives on a
    # police station")
    drone = main is not None and "drone" in main.text.lower() and first is not None and (
        first.inter in (2, 3, 4))
    if _swap_for_weapon(first, second, sub_event_type) and not drone:
        first, second = second, first
    if sub_event_type == "Air/drone strike" and not drone and (
            first is None or first.inter not in (1, 8)):
        flier = next((a for a in actors if a.inter in (1, 8)), None)  # named elsewhere
        if flier is not None:
            # (the victims named first are the target: "nine civilians were killed in air
            # strikes by the coalition")
            first, second = flier, (second if second is not None and second.name != flier.name
                                    else (first if first is not None and first.name != flier.name
                                          else None))
    if sub_event_type == "Air/drone strike" and not drone and first is not None and (
            first.inter in (2, 3, 4) and second is None):
        first, second = None, first  # "an air strike hit a bandit camp": the bandits were hit
    # "al Shabaab moved into El Bur, hours after Ethiopian troops pulled out": the side that
    # takes over acts first; the one that withdrew is acted on
    if sub_event_type == "Non-violent transfer of territory" and first is not None and (
            second is not None) and _WITHDREW.match(text, first.end):
        first, second = second, first
    # Victims never act first when an armed side is named.
    if first is not None and first.inter == 7 and second is not None and second.inter in ARMED:
        first, second = second, first
    where = f" ({country})" if country else ""
    a1: Side | None = _side(first, "acting side") if first else None
    a2: Side | None = _side(second, "side acted on") if second else None
    if event_type in ("Protests", "Riots"):
        crowd = next((a for a in _unique(actors) if a.inter in (5, 6)), None)
        # (a government that imposed a curfew after the riot did not face the crowd)
        force = next((a for a in _unique(actors) if a.inter in (1, 8)
                      and not a.name.startswith("Government of")), None)
        label, inter = ("Rioters", 5) if event_type == "Riots" else ("Protesters", 6)
        a1 = Side(f"{label}{where}", inter, crowd, "the crowd acts first")
        a2 = _side(force, "the force that intervened") if force and sub_event_type not in (
            "Peaceful protest",
        ) else None
        rival = next((a for a in actors if a.inter == 5 and a.party and crowd is not None
                      and crowd.party and a.party != crowd.party), None)
        if sub_event_type == "Mob violence" and a2 is None and rival is not None:
            # "ODM supporters clashed with Jubilee supporters": two parties' crowds
            a2 = Side(f"{label}{where}", inter, rival, "the rival party's crowd")
        if sub_event_type == "Mob violence" and a2 is None:
            a2 = Side(f"Civilians{where}", 7, None, "the mob's victims")
        if sub_event_type in _FORCE_USED and a2 is None:
            a2 = Side(f"Police Forces of {country}" if country else "Police Forces", 1, None,
                      "a crowd is dispersed by the police unless another force is named")
    elif event_type == "Violence against civilians":
        if a1 is None or a1.inter == 7:
            a1 = Side(f"Unidentified Armed Group{where}", 3, None, "attacker not named")
        if a2 is None or a2.inter not in (6, 7):  # (protesters fired on stay protesters)
            a2 = Side(f"Civilians{where}", 7, None, "unarmed people were the target")
    elif event_type == "Battles":
        # "tribal clashes", "two communities clashed": the unnamed sides are communal militias
        communal = bool(_COMMUNAL.search(text, lo, hi)) if hi > lo else False
        # ("clashes between herders and farmers": two communities, both communal militias)
        communal = communal or any(x is not None and x.name.startswith(
            "Unidentified Communal Militia") for x in (a1, a2))
        unnamed, inter = (("Unidentified Communal Militia", 4) if communal
                          else ("Unidentified Armed Group", 3))
        if a1 is None:
            a1 = Side(f"{unnamed}{where}", inter, None, "attacker not named")
        if a2 is None:
            a2 = Side(f"{unnamed}{where}", inter, None, "other side not named")
    elif event_type == "Explosions/Remote violence":
        if (a1 is None and sub_event_type == "Air/drone strike" and country and main is not None
                and _WARPLANE.search(main.text)):
            a1 = Side(f"Military Forces of {country}", 1, None,
                      "warplanes are a state's; no other air force named")
        if (sub_event_type in _BOMBS and a1 is not None and (a2 is None or a2.inter == 7)
                and a1.mention is not None and state_side(a1.mention)):
            a2 = a1  # "soldiers were killed when their vehicle hit a bomb": the bomb's target
            # (and "a bomb went off as a police van passed, killing a constable and five
            # passers-by": the police were the target, the passers-by its bystanders)
            a1 = Side(f"Unidentified Armed Group{where}", 3, None, "who planted it not named")
        if a1 is None or a1.inter == 7:
            victim = a1
            a1 = Side(f"Unidentified Armed Group{where}", 3, None, "attacker not named")
            if a2 is None and victim is not None:
                a2 = victim
        if a2 is None or a2.name.startswith("Government of"):
            a2 = Side(f"Civilians{where}", 7, None, "no armed target named: civilians")
    elif sub_event_type == "Looting/property destruction":
        if a1 is not None and a1.inter == 7 and a2 is None:
            a1, a2 = None, a1
        if a1 is None:
            a1 = Side(f"Unidentified Armed Group{where}", 3, None, "who took or destroyed it "
                      "not named")
        if a2 is None:
            a2 = Side(f"Civilians{where}", 7, None, "property of unarmed people")
    elif sub_event_type == "Arrests":
        # (a group that governs the place arrests too: "the SDF arrested four ISIS suspects")
        if a1 is None or a1.inter not in (1, 8) and a1.name not in authorities:
            force = next((a for a in _unique(actors) if a.inter in (1, 8)), None)
            held = a1
            a1 = _side(force, "the force that arrested") if force else Side(
                f"Police Forces of {country}" if country else "Police Forces", 1, None,
                "arrests are made by the police unless another force is named")
            a2 = Side(held.name, held.inter, held.mention, "the arrested") if held else a2
        if a2 is None:
            a2 = Side(f"Civilians{where}", 7, None, "the arrested, no group named")
    elif (sub_event_type == "Disrupted weapons use" and main is not None
          and INTERCEPTED.search(main.text)):
        # "air defences shot down 20 Russian drones over Kyiv": the defender disrupted the
        # attacker's strike
        home = [a for a in _unique(actors) if a.inter == 1 and (not country or a.country == country)
                and not a.name.startswith("Government of")]  # (a governor tells, not shoots)
        foes = [a for a in _unique(actors) if a.inter in ARMED and a not in home
                and not (a.inter == 1 and a.country == country)]
        a1 = _side(home[0], "the air defences that intercepted") if home else Side(
            f"Military Forces of{' ' + country if country else ''}".strip(), 1, None,
            "interceptions are made by the state's air defences")
        a2 = _side(foes[0], "whose weapons were intercepted") if foes else None
    elif sub_event_type == "Disrupted weapons use" and a1 is None and a2 is not None and (
            a2.inter in (1, 8)):
        a1, a2 = a2, None  # "bomb disposal police defused a bomb": the force that defused it
    elif sub_event_type == "Disrupted weapons use" and a1 is not None and a2 is not None and (
            a1.inter not in (1, 8) and a2.inter in (1, 8)):
        # "troops destroyed a cache used by terrorists": the force that seized it, then the
        # owner
        a1, a2 = a2, a1
    if a1 is None and a2 is not None:
        # a lone actor is actor1 ("the governor was sacked by the central government": the
        # government; a withdrawal with no one taking over: the side that withdrew)
        a1, a2 = a2, None
    if event_type in _ARMED_TYPES:  # "government air strikes": the state's armed forces
        a1 = _armed_state(a1)
    if a1 is not None and a2 is not None and a1.name == a2.name and event_type != "Battles" and (
            not _rival_crowds(a1, a2)):
        a2 = None
    assoc1, assoc2 = _associates(actors, a1, a2)
    assoc1, assoc2 = _with_parties(a1, assoc1, a2), _with_parties(a2, assoc2, a1)
    a1, assoc1 = _named_for_unnamed(a1, assoc1, text)  # "fighters of JNIM": JNIM
    a2, assoc2 = _named_for_unnamed(a2, assoc2, text)
    return Roles(a1, a2, assoc1, assoc2)


def _rival_crowds(a1: Side, a2: Side) -> bool:
    """Two crowds of different parties' supporters (rioters on both sides)."""
    return a1.mention is not None and a2.mention is not None and bool(
        a1.mention.party) and bool(a2.mention.party) and a1.mention.party != a2.mention.party


def _with_parties(side: Side | None, assoc: tuple[ActorMention, ...], other: Side | None
                  ) -> tuple[ActorMention, ...]:
    """A crowd of a party's supporters has the party as its associate, and the other side's
    party is not its associate ("BNP supporters attacked Awami League activists")."""
    theirs = other.mention.party if other is not None and other.mention is not None else ""
    kept = tuple(a for a in assoc if not theirs or a.name != theirs)
    if side is None or side.mention is None or not side.mention.party or any(
            a.name == side.mention.party for a in kept):
        return kept
    own = replace(side.mention, name=side.mention.party, inter=3, generic=False, party="",
                  reason=f"'{side.mention.text}': the crowd's party")
    return (own, *kept)


def _named_for_unnamed(side: Side | None, assoc: tuple[ActorMention, ...], text: str
                       ) -> tuple[Side | None, tuple[ActorMention, ...]]:
    """An unidentified armed group is the group the report says its fighters belong to
    ("an attack by fighters of JNIM"), not one merely named nearby."""
    if side is None or not side.name.startswith("Unidentified Armed Group"):
        return side, assoc
    named = next((a for a in assoc if a.inter in (2, 3, 4) and not a.generic
                  and not a.name.startswith("Unidentified")
                  and not _AFFILIATION.search(a.text)  # not "an Al-Qaeda-linked group"
                  and _MEMBERS_OF.search(text, max(0, a.start - 40), a.start)), None)
    if named is None:
        return side, assoc
    return _side(named, "the group the report names for that side"), tuple(
        a for a in assoc if a is not named)


_MEMBERS_OF = re.compile(
    r"\b(?:fighters|members|militants|gunmen|insurgents|jihadists|elements|combatants|"
    r"cadres|militiamen)\s+(?:of|from)\s+(?:the\s+)?$", re.I)
_AFFILIATION = re.compile(r"(?:linked|affiliated|aligned|allied|inspired|backed)\b", re.I)
_FORCE_USED = ("Protest with intervention", "Excessive force against protesters")
_ARMED_TYPES = ("Battles", "Explosions/Remote violence", "Violence against civilians")


def _armed_state(side: Side | None) -> Side | None:
    if side is None or not side.name.startswith("Government of "):
        return side
    country = side.name.removeprefix("Government of ")
    return replace(side, name=f"Military Forces of {country}",
                   reason=side.reason + "; the government's armed forces used force")


def _associates(
    actors: Sequence[ActorMention], a1: Side | None, a2: Side | None
) -> tuple[tuple[ActorMention, ...], tuple[ActorMention, ...]]:
    """Other named sides join the side they fight with: state with state, the rest with actor1."""
    named = {s.name for s in (a1, a2) if s is not None}
    assoc1: list[ActorMention] = []
    assoc2: list[ActorMention] = []
    for a in _unique(actors):
        if a.name in named or a.inter not in ARMED:
            continue
        if a.inter == 1 and a1 is not None and a1.inter in (5, 6) and a2 is None:
            continue  # "a sit-in watched by a large police presence": no side of the crowd
        state = state_side(a)
        if a2 is not None and a2.mention is not None and a2.inter in ARMED and state_side(
            a2.mention) == state and not (
            a1 is not None and a1.mention is not None and state_side(a1.mention) == state
        ):
            assoc2.append(a)
        else:
            assoc1.append(a)
    return tuple(assoc1), tuple(assoc2)
