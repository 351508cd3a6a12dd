"""Event type and sub-type of one assembled event, by the codebook's rules."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from warcount.events.triggers import CLASH_WORD, INTERCEPTED, RAID_WORD, Trigger
from warcount.mentions.actors import GANG_WORD
from warcount.records import ActorMention

DISORDER = {
    "Battles": "Political violence",
    "Explosions/Remote violence": "Political violence",
    "Violence against civilians": "Political violence",
    "Riots": "Political violence",
    "Protests": "Demonstrations",
    "Strategic developments": "Strategic developments",
}
ARMED = (1, 2, 3, 4, 8)
EXPLOSIVE = (
    "Air/drone strike",
    "Shelling/artillery/missile attack",
    "Remote explosive/landmine/IED",
    "Grenade",
)
# Disrupted-weapons patterns ranked above the explosive ones name an explosion prevented.
PREVENTED_ABOVE = 60
STRATEGIC_ORDER = (
    "Disrupted weapons use",
    "Arrests",
    "Looting/property destruction",
    "Non-violent transfer of territory",
    "Agreement",
    "Headquarters or base established",
    "Change to group/activity",
    "Other",
)


@dataclass(frozen=True)
class TypeDecision:
    event_type: str
    sub_event_type: str
    trigger: Trigger | None  # the words that decided it
    reason: str

    @property
    def disorder_type(self) -> str:
        return DISORDER[self.event_type]


def _first(trigs: Sequence[Trigger], subs: Sequence[str]) -> Trigger | None:
    for t in trigs:
        if t.kind.sub_event_type in subs:
            return t
    return None


def _battle_under_way(trigs: Sequence[Trigger]) -> Trigger | None:
    """ "Special forces battled the militants street by street, facing suicide car bombs and
    snipers": the battle told first, the bombs (many of them) weapons used in it."""
    first = trigs[0] if trigs else None
    bombs = [t for t in trigs if t.kind.sub_event_type == "Suicide bomb"]
    if first is None or first.kind.sub_event_type != "Armed clash" or not _BATTLED.fullmatch(
            first.text) or not all(t.text.lower().endswith("bombs") for t in bombs):
        return None
    return first


_BATTLED = re.compile(r"(?:battled|fought|clashed)", re.IGNORECASE)


def _best(trigs: Sequence[Trigger], subs: Sequence[str]) -> Trigger | None:
    chosen = [t for t in trigs if t.kind.sub_event_type in subs]
    return max(chosen, key=lambda t: t.kind.priority) if chosen else None




def _unnamed_shooter(trigs: Sequence[Trigger], actors: Sequence[ActorMention]
                     ) -> Trigger | None:
    """ "Gunmen in civilian clothes fired on protesters": force against a crowd used by armed
    men who are no state force is an attack on it (the force closest before the words)."""
    force = _first(trigs, ("Excessive force against protesters",))
    if force is None or any(CLASH_WORD.fullmatch(t.text) for t in trigs):
        return None  # ("students clashed with party men, who fired bullets": a riot's fight)
    before = [a for a in actors if a.end <= force.start and force.start - a.end < 60
              and a.inter in ARMED]  # ("gunmen in civilian clothes": not the civilians)
    last = max(before, key=lambda a: a.end, default=None)
    return force if last is not None and last.inter in (2, 3) else None


def classify(
    trigs: Sequence[Trigger],
    actors: Sequence[ActorMention],
    *,
    killed: int,
    state_acted_first: bool = True,
    hurt: int = 0,
    protest_report: bool = False,
) -> TypeDecision:
    """Type and sub-type from an event's triggers, its actors and whether anyone died.

    `state_acted_first`: actor1 is a state force (decides regains vs overtakes territory);
    when the sides are not yet ordered, `settle_territory` decides it afterwards.
    `protest_report`: the report's headline tells of protests.
    """
    if killed == 0 and not hurt:
        trigs = _without_seized_arms(trigs)
    subs = {t.kind.sub_event_type for t in trigs}
    inters = {a.inter for a in actors}
    # the civil government (a source, a target) is no fighting side
    armed = [a for a in actors if a.inter in ARMED and not a.name.startswith("Government of")]
    armed_sides = _sides(armed)
    protest_words = _first(trigs, ("Peaceful protest", "Violent demonstration")) or _first(
        trigs, ("Excessive force against protesters",)) or next(
        # ("the march was dispersed by police with tear gas": a crowd dispersed was a protest;
        # tear gas fired at villagers at a demolition is not)
        (t for t in trigs if t.kind.sub_event_type == "Protest with intervention"
         and t.text.lower().startswith("dispers")
         and not any(x.kind.sub_event_type == "Attack" for x in trigs)), None)
    crowd = bool(inters & {5, 6})
    if crowd and protest_words is None and 5 not in inters and all(
            a.text.lower() in ("crowd", "crowds", "the crowd", "the crowds")
            for a in actors if a.inter == 6) and any(
            t.kind.event_type in ("Battles", "Strategic developments") for t in trigs):
        crowd = False  # "Crowds were in the streets of Kherson, a day after troops entered
        # the city": people out, no protest told, around a change of hands
    if protest_words is not None and not crowd and _best(trigs, EXPLOSIVE) is not None and all(
            _BURNING.search(t.text) for t in trigs if t.kind.protest):
        protest_words = None  # "artillery shelled the village, setting fire to orchards"
    if protest_words is not None and not crowd and armed and all(
            _ARSON.match(t.text) for t in trigs if t.kind.protest):
        protest_words = None  # "soldiers burned houses ... set fire to every house": no crowd
    protest_ctx = protest_words is not None or crowd
    # rebels and identity militias ("Israeli settlers attacked Sinjil, setting fire to cars")
    # are no crowd: what they burn is an attack, not a riot; party militias may riot
    # (nor are gangs and cartels with no crowd named: "gang members looted and set fire to
    # shops", but "drivers went on strike to demand protection from gangs")
    rebels = any(a.inter in (2, 4) or a.name.startswith("Unidentified Armed")
                 or GANG_WORD.search(f"{a.name} {a.text}") and not inters & {5, 6} for a in armed)

    def out(sub: str, t: Trigger | None, why: str) -> TypeDecision:
        etype = t.kind.event_type if t is not None and t.kind.sub_event_type == sub else _TYPE[sub]
        return TypeDecision(etype, sub, t, why)

    label = next((t for t in trigs if t.kind.label), None)
    if label is not None:
        return out(label.kind.sub_event_type, label, f"the note's category label '{label.text}'")
    if "Suicide bomb" in subs and (battle := _battle_under_way(trigs)) is not None:
        return out("Armed clash", battle, "a battle under way, suicide bombs used in it")
    if "Suicide bomb" in subs:
        return out("Suicide bomb", _first(trigs, ("Suicide bomb",)), "a suicide attack opens it")
    if "Chemical weapon" in subs:
        return out("Chemical weapon", _first(trigs, ("Chemical weapon",)), "chemical weapon named")
    forces = any(a.name.startswith(("Police Forces", "Military Forces")) for a in actors)
    fighting = _first(trigs, ("Attack", "Armed clash", "Abduction/forced disappearance",
                              "Sexual violence", *EXPLOSIVE))
    # a group's fighters who vandalise or burn are no demonstrators ("militants vandalized
    # the town hall"): with no crowd named, such words tell property destruction
    crowd_told = protest_words is not None and (
        protest_words.kind.sub_event_type == "Peaceful protest" or bool(inters & {5, 6}))
    shooter = _unnamed_shooter(trigs, actors)
    if shooter is not None:
        return out("Attack", shooter, "armed men, not the state, fired on the crowd")
    if protest_words is not None and (not rebels or 6 in inters or fighting is None
                                      and crowd_told):
        return _demonstration(trigs, subs, killed=killed, hurt=hurt, state_present=forces,
                              armed_present=bool(armed) or {5, 6} <= inters,
                              protest_report=protest_report)
    if "Sexual violence" in subs and "Armed clash" not in subs:
        return out("Sexual violence", _first(trigs, ("Sexual violence",)), "sexual violence")
    if "Mob violence" in subs:
        return out("Mob violence", _first(trigs, ("Mob violence",)), "a mob or lynching")
    violent = _first(trigs, ("Attack", "Armed clash", "Violent demonstration"))
    if 5 in inters and violent is not None and not rebels and _best(trigs, EXPLOSIVE) is None:
        if protest_report:  # ("young men burned tyres" in a report of opposition protests)
            return out("Violent demonstration", violent,
                       "a crowd used violence in a report of protests")
        return out("Mob violence", violent, "a crowd used violence, no demonstration named")
    if crowd and not rebels and protest_ctx and violent is None:
        return _demonstration(trigs, subs, killed=killed, hurt=hurt, state_present=forces,
                              armed_present=bool(armed) or {5, 6} <= inters,
                              protest_report=protest_report)
    territory = _first(trigs, ("Government regains territory",))
    clash = _first(trigs, ("Armed clash",))
    if territory is not None and clash is None and _FOUGHT.search(territory.text):
        clash = territory  # "entered Bakala after an exchange of fire with CPC elements"
    if territory is not None and clash is None and killed == 0 and hurt == 0 and not _first(
            trigs, ("Attack", *EXPLOSIVE)):
        return out("Non-violent transfer of territory", territory,
                   "control changed hands, no fighting told")
    if territory is not None and (clash is not None or len(armed_sides) >= 2):
        sub = "Government regains territory" if state_acted_first else (
            "Non-state actor overtakes territory"
        )
        return out(sub, territory, "control changed hands in fighting")
    # one named group against civilians ("the fight" at a camp it raided) is an attack;
    # "fighting between armed groups", both unnamed, stays a battle
    # ("gunmen ambushed a convoy of traders, killing 12 civilians": unnamed, but no fight)
    one_sided = (len(armed_sides) == 1 and 7 in inters and not forces
                 and (not next(iter(armed_sides)).startswith("Unidentified Armed")
                      or clash is not None and not _MUTUAL.search(clash.text)))
    if clash is not None and not one_sided and CLASH_WORD.fullmatch(clash.text) and not any(
            a.inter in (2, 3, 4) for a in armed) and (protest_report or inters & {5, 6}) and (
            not inters & {2, 3, 4}):
        # "Monday's clashes in Ratoma" in a report of opposition protests, "rioters clashed
        # with the police": a crowd against the police, no armed group (not the civilians
        # killed in clashes of armed groups named in another sentence)
        return out("Violent demonstration", clash,
                   "clashes with no armed group named, among protests or a crowd: a riot")
    if clash is not None and not one_sided:
        return out("Armed clash", clash, "fighting between armed sides; strikes merge into it")
    # "killed five militants ... a cache of weapons was recovered", "drones were shot down
    # over Odesa ... two people were killed": the killing is the event
    prevented = [t for t in trigs if t.kind.sub_event_type == "Disrupted weapons use"
                 and t.kind.priority > PREVENTED_ABOVE
                 and not (killed > 0 and _SEIZED.search(t.text))
                 and not (killed > 0 and INTERCEPTED.search(t.text))]
    if prevented and _first(trigs, ("Arrests",)) is not None and killed == 0 and all(
            _SEIZED.search(t.text) for t in prevented):
        prevented = []  # "arrested three men ... officers found two explosive vests": arrests
        # in a raid that also seizes weapons are one Arrests event
    if prevented:
        return out("Disrupted weapons use", prevented[0],
                   "an explosive found, defused or set off by those planting it")
    explosive = _best(trigs, EXPLOSIVE)
    if explosive is not None:
        return out(explosive.kind.sub_event_type, explosive, "remote violence: " + explosive.text)
    abduction = _first(trigs, ("Abduction/forced disappearance",))
    if abduction is not None and killed == 0:
        return out("Abduction/forced disappearance", abduction, "people taken, no one killed")
    arrests = _first(trigs, ("Arrests",))
    if arrests is not None and killed == 0 and hurt == 0 and all(
            RAID_WORD.fullmatch(t.text) for t in trigs if t.kind.sub_event_type == "Attack"):
        # "detained nine Palestinians in raids on Hebron": the raid is how they were taken
        return out("Arrests", arrests, "people detained in a raid, no one hurt")
    violence = _first(trigs, ("Attack",)) or abduction
    looting = _first(trigs, ("Looting/property destruction",))
    if looting is not None and abduction is None and killed == 0 and hurt == 0:
        return out("Looting/property destruction", looting, "property attacked, no one hurt")
    # "armed men set fire to the town hall annex. No one was hurt": no crowd, no riot
    arson = next((t for t in trigs if t.kind.sub_event_type == "Violent demonstration"
                  and _ARSON.match(t.text)), None)
    # ("Hooded men set fire to nine logging trucks ... claimed the attack": the noun names the
    # arson, no other act)
    named_only = all(t.text.lower() in ("attack", "attacks", "gunmen", "gunman", "attackers",
                                        "assailants") for t in trigs
                     if t.kind.sub_event_type == "Attack")
    if arson is not None and rebels and (violence is None or named_only and abduction is None) and (
            territory is None):
        if killed == 0 and hurt == 0:
            return TypeDecision("Strategic developments", "Looting/property destruction", arson,
                                "armed men burned property, no one hurt")
        return out("Attack", arson, "armed men burned property and hurt people")
    if violence is not None or territory is not None:
        t = violence or territory
        if len(armed_sides) >= 2:
            return out("Armed clash", t, "violence between two armed sides")
        return out("Attack", t, "violence against unarmed people")
    strategic = next((s for s in STRATEGIC_ORDER if s in subs), None)
    if strategic is not None:
        return out(strategic, _first(trigs, (strategic,)), "no violence reported")
    return out("Other", trigs[0] if trigs else None, "no type word matched")


TERRITORY = ("Government regains territory", "Non-state actor overtakes territory")


def settle_territory(decision: TypeDecision, *, state_first: bool) -> TypeDecision:
    """A change of control is the government's when a state force took the place."""
    if decision.sub_event_type not in TERRITORY:
        return decision
    sub = TERRITORY[0] if state_first else TERRITORY[1]
    return TypeDecision(decision.event_type, sub, decision.trigger, decision.reason)


def _sides(armed: Sequence[ActorMention]) -> set[str]:
    """Distinct sides: a country's state forces (and its militias) are one side, another
    country's another ("Russian forces attacked Ukrainian positions"); groups are their own."""
    sides = {
        f"state:{a.country or ''}" if a.inter in (1, 8) else
        "state:" if a.name.startswith("Pro-Government") else _organisation(a.name)
        for a in armed
    }
    if len({s for s in sides if s.startswith("state:")}) > 1 and "state:" in sides:
        sides.discard("state:")  # a force of no named country sides with those named
    # "Boko Haram fighters ... two terrorists": an unnamed group beside a named one is it
    named = {s for s in sides if not s.startswith(("state:", "Unidentified"))}
    # (but "a rival armed group" is the other side)
    rival = any(a.name.startswith("Unidentified") and _RIVAL.search(a.text) for a in armed)
    sides = {s for s in sides if not (named and s.startswith("Unidentified") and not rival)}
    # "gang members raided ..., the attackers fired": unnamed armed men are one side
    return {"Unidentified Armed Group" if s.startswith("Unidentified") else s for s in sides}


def _without_seized_arms(trigs: Sequence[Trigger]) -> Sequence[Trigger]:
    """ "troops found 40 rifles, ammunition and three drones adapted to drop explosives": the
    weapons listed after a seizure are what was seized, no strike (when no one was hurt)."""
    seizures = [t for t in trigs if t.kind.sub_event_type == "Disrupted weapons use"
                and _SEIZED.match(t.text)]
    if not seizures:
        return trigs
    return [t for t in trigs if not (
        t.kind.event_type == "Explosions/Remote violence"
        and any(0 < t.start - x.end < _LIST_REACH for x in seizures))]


_LIST_REACH = 120  # characters of a seizure's list of weapons


_ANGRY_CROWD = re.compile(r"(?:irate|angry|enraged)\s+\w+", re.IGNORECASE)
_PAST_ACTS = re.compile(r"attacks|killings|massacres|assaults", re.IGNORECASE)
# what the crowd's people suffered, not what it did
_SUFFERED = re.compile(r"killed|shot dead|shot|wounded|injured|died", re.IGNORECASE)


# "Islamic State (Mozambique)", "Islamic State Mozambique Province": one organisation, its
# branch named by its country or by its province
_BRANCH = re.compile(r"^Islamic State\b")


def _organisation(name: str) -> str:
    return "Islamic State" if _BRANCH.match(name) else name


_FOUGHT = re.compile(r"exchange of fire|fighting|clashes|battle|gunfight|firefight|"
                     # ("after driving the separatists out of the town": by force)
                     r"\b(?:driving|drove|driven|pushed|pushing|forced|forcing|expelled|"
                     r"chased|dislodg\w+|ousted|ousting|flushed|"
                     # ("recaptured the town of Morobo from SPLA-IO fighters": taken back by
                     # arms, casualties or not)
                     r"recaptur\w+|re-captur\w+|retook|retaken|re-took|overr[au]n|stormed)\b",
                     re.IGNORECASE)
_ARSON = re.compile(r"(?:setting|set) fire|torch|burn", re.IGNORECASE)
_RIVAL = re.compile(r"\b(?:rival|another|opposing|enemy)\b", re.IGNORECASE)
# words of a fight between two sides, not of one side falling on another
_MUTUAL = re.compile(r"(?i)fight|fought|clash|battl|gunfight|firefight|exchange|shoot-?out|"
                     r"skirmish|combat|engage|encounter|crossfire")
_SEIZED = re.compile(r"\b(?:found|discover\w*|recover\w*|seiz\w*|uncover\w*|caches?)\b",
                     re.IGNORECASE)
# "police shot a protester", "shot dead two marchers": the words tell someone was hit
_HARM = re.compile(r"(?:shot|shoots?|shooting|killed|shot dead)\s+(?!at\b|into\b|in\b|on\b)",
                   re.IGNORECASE)
_GUNFIRE = re.compile(r"(?i)\b(?:shot|shoots?|shooting|fired?|firing|gunfire|gunshots?|bullets?|"
                      r"live (?:rounds|ammunition))\b")
_NON_LETHAL = re.compile(r"(?i)tear\s?gas|rubber|water cannon|warning shots|in the air|pellets")
# "police beat protesters", "violently dispersed": force that hurts a peaceful crowd
_BEATEN = re.compile(r"violently|beat|beaten|clubbed|clobbered|caned|whipped|assaulted",
                     re.IGNORECASE)


# what a crowd throws at the police, or fights them with: a violent demonstration, whatever
# force met it; so are burning tyres and barricades, but a crowd behind a barricade of sandbags
# that the police shot at can still have met excessive force
_THROWN_WORDS = (r"\b(?:stones?|rocks|bricks|brick chips|brickbats|bottles|petrol bombs|molotov|"
                 r"fireworks)|"
                 r"(?:battles?|clash\w*) with (?:the )?police")
_DEMONSTRATORS_ARMS = re.compile(rf"(?i){_THROWN_WORDS}|\b(?:tyres|barricad\w*)")
_BURNING = re.compile(r"(?i)fire|burn|ablaze|torch")
_ARMED_CROWD = re.compile(rf"(?i){_THROWN_WORDS}|\bburning (?:tyres|tires|barricades)\b|"
                          r"\btyres (?:set )?(?:on fire|ablaze)")


def _demonstration(
    trigs: Sequence[Trigger], subs: set[str], *, killed: int, state_present: bool,
    armed_present: bool = False, hurt: int = 0, protest_report: bool = False,
) -> TypeDecision:
    """A crowd's event: who used force decides it (codebook: protests and riots).

    Force named against the crowd ("opened fire on protesters") that killed or hurt someone,
    or deaths or injuries with state forces present and no violence by the crowd named, is
    excessive force; police action that hurt no one is an intervention. A crowd that
    clashed, burned, stoned or attacked is a violent demonstration when a demonstration or a
    riot is named (a protest, rally, march, blockade, "riots"), else mob violence; an attack
    on the crowd by state forces, party men or a militia is an intervention.
    """
    # ("angry residents blocked the road to protest against the killings": an angry crowd
    # that protests, no mob)
    moods = [t for t in trigs if t.kind.sub_event_type == "Mob violence"]
    if moods and "Peaceful protest" in subs and all(_ANGRY_CROWD.fullmatch(t.text) for t in moods):
        trigs = [t for t in trigs if t not in moods]
        subs = subs - {"Mob violence"}
    # (injuries make it excessive force when guns did them: "fired live rounds ... dozens were
    # injured"; a baton charge or tear gas that hurt some is an intervention)
    shot_at = hurt > 0 and any(_GUNFIRE.search(t.text) and not _NON_LETHAL.search(t.text)
                               for t in trigs)
    harmed = killed > 0 or shot_at or any(_HARM.match(t.text) for t in trigs) or (
        "Violent demonstration" not in subs and any(_BEATEN.match(t.text) for t in trigs))
    # (a demonstration whose crowd threw stones or burned barricades is the riot it became,
    # whatever force met it)
    armed_crowd = state_present and "Mob violence" not in subs and any(
        t.kind.sub_event_type == "Violent demonstration" and _ARMED_CROWD.search(t.text)
        for t in trigs) or any(CLASH_WORD.fullmatch(t.text) for t in trigs)
    # ("students staged a demonstration and clashed with party men and police": they fought)
    if "Excessive force against protesters" in subs and harmed and not armed_crowd:
        t = _first(trigs, ("Excessive force against protesters",))
        return TypeDecision("Protests", "Excessive force against protesters", t,
                            "force against protesters killed or maimed")
    if "Mob violence" in subs:
        return TypeDecision("Riots", "Mob violence", _first(trigs, ("Mob violence",)), "a mob")
    # (a crowd that "attacked" used violence; one whose people were "killed" or "shot dead"
    # met it: "a student was killed during protests", "two people shot dead at the rally")
    violent = _first(
        trigs, ("Violent demonstration", "Armed clash", "Looting/property destruction")
    ) or (None if state_present or armed_present else next(
        (t for t in trigs if t.kind.sub_event_type == "Attack"
         and not _PAST_ACTS.fullmatch(t.text) and not _SUFFERED.fullmatch(t.text)), None))
    # (stones, burning tyres and barricades against the police make a demonstration violent)
    rioting = any(t.text.lower() in ("riot", "riots", "rioting", "rioted") or state_present
                  and _DEMONSTRATORS_ARMS.search(t.text) for t in trigs)
    if violent is not None and "Peaceful protest" not in subs and not rioting and (
            not protest_report):  # (a report of protests names the demonstration)
        return TypeDecision("Riots", "Mob violence", violent,
                            "a crowd used violence, no demonstration named: " + violent.text)
    if violent is not None:
        return TypeDecision("Riots", "Violent demonstration", violent,
                            "demonstrators used violence: " + violent.text)
    suffered = any(_SUFFERED.fullmatch(t.text) for t in trigs)
    if (state_present or suffered) and "Attack" in subs and (killed > 0 or shot_at):
        return TypeDecision("Protests", "Excessive force against protesters",
                            _first(trigs, ("Attack",)), "force against protesters killed or hurt")
    # (party men who "assaulted the demonstrators" intervened; past attacks named as the
    # crowd's grievance did not: "urging the government to hand over the commanders of the
    # August attacks")
    intervention = next((t for t in trigs if t.kind.sub_event_type in (
        "Protest with intervention", "Excessive force against protesters", "Arrests")
        or t.kind.sub_event_type == "Attack" and (
            state_present or not _PAST_ACTS.fullmatch(t.text))), None)
    if intervention is not None:
        return TypeDecision("Protests", "Protest with intervention", intervention,
                            "police intervened: " + intervention.text)
    t = _first(trigs, ("Peaceful protest",))
    return TypeDecision("Protests", "Peaceful protest", t, "a demonstration, no violence")


_TYPE = {
    "Armed clash": "Battles",
    "Government regains territory": "Battles",
    "Non-state actor overtakes territory": "Battles",
    "Chemical weapon": "Explosions/Remote violence",
    "Air/drone strike": "Explosions/Remote violence",
    "Suicide bomb": "Explosions/Remote violence",
    "Shelling/artillery/missile attack": "Explosions/Remote violence",
    "Remote explosive/landmine/IED": "Explosions/Remote violence",
    "Grenade": "Explosions/Remote violence",
    "Sexual violence": "Violence against civilians",
    "Attack": "Violence against civilians",
    "Abduction/forced disappearance": "Violence against civilians",
    "Peaceful protest": "Protests",
    "Protest with intervention": "Protests",
    "Excessive force against protesters": "Protests",
    "Violent demonstration": "Riots",
    "Mob violence": "Riots",
    **{s: "Strategic developments" for s in STRATEGIC_ORDER},
}
