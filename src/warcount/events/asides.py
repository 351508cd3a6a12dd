"""What a sentence tells beside its own events: the killing a protest or an arrest answers,
an earlier attack told in passing, the weapons a haul lists, a force described by whom it
fights beside. Their trigger words make no event and their counts are not its toll."""

from __future__ import annotations

import re

from warcount.events.group import only_outcome
from warcount.events.triggers import AIRBORNE, INTERCEPTED, Trigger
from warcount.records import Sentence
from warcount.regex_heads import with_heads

# "rallied against the killing of a student", "arrested over the killing of": the motive.
_MOTIVE = re.compile(
    r"(?:against|over|condemning|denouncing|protest(?:ing|ed)?|demanding justice for|following|"
    r"after)"
    r"\s+(?:the\s+|an?\s+)?(?:alleged\s+|brutal\s+|recent\s+|custodial\s+)?$", re.IGNORECASE)


# "..., a week after 14 others died in similar attacks": an earlier event told in passing.
_EARLIER = with_heads(re.compile(
    # (not "the operation came a day after gunmen attacked": the day before is news, see below)
    r"\b(?<!came )(?<!comes )(?:(?:just |only |barely |less than |more than )?"
    r"(?:a|one|two|three|four|five|six|several|"
    r"a few|\d+) (?:hours?|days?|weeks?|months?|years?)|hours|days) (?:after|since) "
    r"(?=(?:[\w'’-]+ ){0,8}"
    r"(?:died|were killed|was killed|had been killed|killed|attacked|were abducted|was abducted|"
    r"were kidnapped|was kidnapped|stormed|bombed|fought|clashed|executed|massacred|beheaded|"
    r"shot|ambushed|raided|abducted|kidnapped|"
    r"(?:killing|death|assassination|murder)s? of))", re.IGNORECASE))


# "The blast came a day after fighting erupted in ...": the subject names the lead's event
# again; what the sentence tells anew is the day before's
_RESTATED = with_heads(re.compile(
    r"\b(?:came|comes) (?:just |only )?(?:a|one) day after\b", re.IGNORECASE))


# What a crowd, an inquiry or a charge is about, to the clause's end: "demanding justice for a
# student killed by a police officer", "a man accused of joining a raid in which a local was
# killed", "a probe into the prior death of a party member", "mothers of young people killed in
# police operations", "pictures of those killed", "marched to mourn the three Palestinians
# killed in Jenin". Its dead are not the event's.
_GRIEVANCE = with_heads(re.compile(
    r"\b(?:justice for|(?:probe|investigation|inquiry|inquest) into|(?:to|and) mourn|"
    r"mourning|in (?:memory|honou?r) of|to (?:commemorate|honou?r)|(?:accused|suspected|"
    r"convicted) (?:in|of)|blamed for|wanted for|charged with|involvement in|"
    # ("carrying pictures of those killed in Nasiriyah": the crowd's dead, not its own)
    r"(?:pictures|photos|photographs|portraits|images|posters|coffins|names) of|"
    # ("a tribute ceremony for the five officers killed at the scene was held on Wednesday")
    r"(?:funerals?|burials?|tributes?|(?:tribute |memorial )?ceremon(?:y|ies)|memorials?|"
    r"requiem) (?:for|of)|"
    # (not "the families of two lorry drivers abducted on Tuesday": counted, the news itself)
    r"(?:mothers|fathers|parents|families|relatives|widows|orphans) of(?! (?:the )?(?:\d|a\b|an\b|"
    r"one|two|three|four|five|six|seven|eight|nine|ten|several)))\b"
    r"(?:(?!\s(?:was|were|is|are)\s)[^,;:.])*",
    re.IGNORECASE))


# "arrested 40 young men they accused of taking part in the protests", "a man whom they
# accused of supporting the protests": the charge names a protest, it tells none
_CHARGED_WITH = re.compile(r"\b(?:(?:accused|suspected|convicted) (?:in|of)|charged with|"
                           r"involvement in|blamed for|wanted for) (?:[\w'’-]+ ){0,4}$",
                           re.IGNORECASE)


# ("The ELN was also accused of the murder of two soldiers": the charge is the news; "a
# supporter who was accused in the killing" is not)
_CHARGED_SUBJECT = re.compile(r"(?<!who )(?<!which )(?<!that )\b(?:was|were|is|are|been)\s+"
                              r"(?:also\s+|now\s+|widely\s+)?$", re.IGNORECASE)


def grievance_spans(s: Sentence) -> list[tuple[int, int]]:
    """Document spans of what a crowd, an inquiry or a charge is about."""
    return [(s.start + m.start(), s.start + m.end()) for m in _GRIEVANCE.finditer(s.text)
            if not _CHARGED_SUBJECT.search(s.text, max(0, m.start() - 30), m.start())]


def earlier_spans(s: Sentence) -> list[tuple[int, int]]:
    """Document spans from such a phrase to the end of its clause, and the subject of "came
    a day after", an event told before."""
    out = [(s.start, s.start + m.start()) for m in _RESTATED.finditer(s.text)][:1]
    for m in _EARLIER.finditer(s.text):
        stop = re.compile(r"[,;:]|\.\s").search(s.text, m.end())
        out.append((s.start + m.start(), s.start + (stop.start() if stop else len(s.text))))
    return out


# "protested against the death of a student in custody": a death the crowd answers
_MOTIVE_DEATH = with_heads(re.compile(
    r"\b(?:following|after|over|against|into|protest\w*(?: against)?|mourn\w*|condemn\w*|"
    r"triggered by|sparked by|demanding justice for)\s+(?:the\s+|a\s+(?:spate|wave|series|string|"
    r"rash|spree|surge)\s+of\s+)?(?:alleged\s+|brutal\s+|"
    r"recent\s+|custodial\s+|prior\s+)?(?:death|deaths|killing|killings|murder|assassination|"
    r"lynching)\s+of\b", re.IGNORECASE))


# "a human chain demanding the arrest of the culprits", "protested against the arrest of
# their leader": the arrest a crowd asks for or answers
_DEMANDED = re.compile(r"\b(?:demand\w*|against|over|protest\w*(?: against)?|condemn\w*|"
                       r"denounc\w*|seeking|sought|call(?:s|ed|ing)? for|urg\w*)\s+(?:the\s+|"
                       r"an\s+|their\s+|his\s+|her\s+)?(?:immediate\s+|swift\s+|prompt\s+)?"
                       r"(?:and\s+)?(?:unconditional\s+)?(?:\w+\s+)?$", re.IGNORECASE)


# "arrested three men wanted for setting fire to vehicles": the charge, not a new event
_CHARGE = re.compile(r"(?:wanted for|accused of|suspected of|charged with|in connection with|"
                     r"(?:suspected|accused) of (?:taking part|participating|involvement) in|"
                     r"over|for their role in|for (?:allegedly )?)\s*(?:the\s+|an?\s+)?"
                     r"(?:deadly\s+|fatal\s+|recent\s+)?(?:grenade\s+|bomb\s+|gun\s+)?$",
                     re.IGNORECASE)
_ANSWERED = ("Attack", "Armed clash", "Abduction/forced disappearance", "Violent demonstration",
             "Looting/property destruction", "Remote explosive/landmine/IED", "Grenade",
             "Suicide bomb")


# "a cache of arms including rockets and IEDs was recovered": weapons listed, not used
_HAUL = with_heads(re.compile(
    r"\b(?:caches?|hauls?|stockpiles?|depots?|deposits?|recovered|recovering|seized|seizing|"
    r"confiscated|impounded|found|discovered|unearthed|arsenal|"
    # ("arrested five men carrying grenades", not "a bus carrying traders hit a mine")
    r"carrying\s+(?:[\w,-]+\s+){0,3}(?:grenades?|explosives|bombs?|IEDs?|weapons|arms|guns|"
    r"rifles|pistols?))\b", re.IGNORECASE))
_WEAPON_NOUN = re.compile(
    r"(?:magnetic |sticky |improvised |homemade |home-made )?"
    r"(?:rockets?|grenades?|hand grenades?|IEDs?|(?:improvised |homemade |home-made )?"
    r"explosive devices?|mortars?"
    r"(?: shells?| rounds?)?|missiles?|explosives?|landmines?|mines|bombs?|RPGs?|"
    r"suicide (?:vests?|jackets?|belts?))", re.IGNORECASE)


# "a coalition fighting on the side of the government": who the force is, not a battle
_SIDE_OF = re.compile(r"\s+(?:on the side of|alongside|in support of|on behalf of)\b",
                      re.IGNORECASE)


def _drop_inventory(trigs: list[Trigger], sentence: str) -> list[Trigger]:
    """In a sentence about a weapons haul, the weapons it lists are no attacks."""
    if not _HAUL.search(sentence):
        return trigs
    return [t for t in trigs if not (t.kind.event_type == "Explosions/Remote violence"
                                     and _WEAPON_NOUN.fullmatch(t.text))]


def _drop_motives(trigs: list[Trigger], text: str) -> list[Trigger]:
    """In a sentence about a protest or arrests, the killing they answer is no new event;
    nor is the arrest a protest demands or denounces."""
    if not any(t.kind.protest or t.kind.sub_event_type == "Arrests" for t in trigs):
        return trigs
    protest = any(t.kind.protest for t in trigs)
    return [t for t in trigs if not (
        t.kind.sub_event_type in ("Attack", "Abduction/forced disappearance")
        and _MOTIVE.search(text, max(0, t.start - 40), t.start)
        or t.kind.sub_event_type in _ANSWERED and _CHARGE.search(text, max(0, t.start - 40),
                                                                 t.start)
        or protest and t.kind.sub_event_type == "Arrests"
        and _DEMANDED.search(text, max(0, t.start - 60), t.start))]


# "marched peacefully through Myitkyina to call for an end to the army's offensive and for
# access to civilians trapped by the fighting": what a crowd asks for is no act of its own
_ASKS_FOR = with_heads(re.compile(
    r"\b(?:(?:to (?:demand|call for|press for|ask for|seek|protest|denounce|condemn|decry|"
    r"oppose)|alleging|accusing)\b[^;:]*?(?=[;:]|,\s+(?:and|but|while|before|after|when)\b|\.\s|$)|"
    # ("protesters demanding the resignation of the governor clashed with police": the
    # participle's object ends at the crowd's own verb)
    r"(?:demanding|calling for|in protest (?:at|against|over)|against)\b"
    r"[^;:]*?(?=[;:]|,\s+(?:and|but|while|before|after|when)\b|\.\s|$|\s[a-z]+ed\b))",
    re.IGNORECASE))
_ALLEGING = re.compile(r"alleging|accusing", re.IGNORECASE)
_CROWD_KINDS = ("Peaceful protest", "Protest with intervention",
                "Excessive force against protesters", "Violent demonstration", "Mob violence")


# "signed a resolution ..., committing to stop revenge attacks, return abducted women and
# children": what an agreement binds its parties to do, no act of its own
_COMMITS = re.compile(r"\b(?:(?:committing|pledging|agreeing|promising|vowing|undertaking|"
                      r"resolving)\s+(?:themselves\s+)?to|(?:under|by)\s+which|which\s+"
                      r"(?:provides|calls|commits|requires))\b", re.IGNORECASE)


def _topic_spans(trigs: list[Trigger], s: Sentence) -> list[tuple[int, int]]:
    deal = next((t for t in trigs if t.kind.sub_event_type == "Agreement"), None)
    if deal is not None and (m := _COMMITS.search(s.text, deal.end - s.start)) is not None:
        return [(s.start + m.start(), s.end)]
    protest = next((t for t in trigs if t.kind.protest), None)
    if protest is None:
        return []
    return [(s.start + m.start(), s.start + m.end())
            for m in _ASKS_FOR.finditer(s.text, protest.start - s.start)]


def _drop_topics(trigs: list[Trigger], s: Sentence) -> list[Trigger]:
    spans = _topic_spans(trigs, s)
    return [t for t in trigs if t.kind.sub_event_type in _CROWD_KINDS
            or not any(a <= t.start < b for a, b in spans)]


# "Overnight on Wednesday, before the fighting broke out, an unknown assailant threw a
# grenade", "Minutes after the blast, a mob beat a man to death": an event told elsewhere,
# named to place this one in time
# ("arrested four people linked to the attack": the attack told before)
_REFERENCE = re.compile(r"\b(?:before|after|following|since|until|"
                        r"(?:linked|connected|related)\s+to|in\s+connection\s+with|involved\s+in|over|behind|"
                        # ("a man who rented the car used in the bombing")
                        r"used\s+in|plan(?:ning)?)\s+(?:the|this|that|these|those|"
                        r"(?:\w+day|last\s+\w+)['’]s)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


# ("police arrested 43 activists during the hartal": the arrests, in a strike told before)
_DURING = re.compile(r"\bduring\s+the\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


# "the coalition of parties and unions opposed to the coup": what a body stands against
_OPPOSED = re.compile(r"\b(?:opposed\s+to|opposing|in\s+opposition\s+to)\s+(?:the|this|that)\s+"
                      r"(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


def _drop_references(trigs: list[Trigger], text: str) -> list[Trigger]:
    trigs = [t for t in trigs if not _OPPOSED.search(text, max(0, t.start - 40), t.start)]
    refs = [t for t in trigs if _REFERENCE.search(text, max(0, t.start - 40), t.start)]
    rest = [t for t in trigs if t not in refs]
    if not refs or not any(not only_outcome(t) for t in rest):
        during = [t for t in rest if _DURING.search(text, max(0, t.start - 40), t.start)]
        kept = [t for t in rest if t not in during]
        if during and kept and all(t.kind.event_type == "Strategic developments" for t in kept):
            return kept
        return trigs
    return rest


def _drop_intercepted(trigs: list[Trigger]) -> list[Trigger]:
    """The drones or missiles an interception names are no strike of their own."""
    stops = [t for t in trigs if t.kind.sub_event_type == "Disrupted weapons use"
             and INTERCEPTED.search(t.text)]
    return [t for t in trigs if not (
        t.kind.event_type == "Explosions/Remote violence" and AIRBORNE.fullmatch(t.text)
        and any(0 <= t.start - x.end <= 60 or x.start <= t.start < x.end for x in stops))]


# "carrying placards with inscriptions such as "Bawku needs peace" and "Stop killing our
# husbands"": what a crowd wrote or chanted, no act
_SLOGAN_CUE = re.compile(r"\b(?:placards?|banners?|signs?|inscriptions?|slogans?|posters?|"
                         r"chant(?:ed|ing|s)?|shout(?:ed|ing|s)?|graffiti)\b"
                         r"[^.;\"“”]{0,40}?$", re.IGNORECASE)
_QUOTED = re.compile(r"[\"“]([^\"“”]{1,200})[\"”]")
_QUOTE_JOIN = re.compile(r"\s*(?:,|and|or|,\s*and)?\s*$")


def slogan_spans(s: Sentence) -> list[tuple[int, int]]:
    """Document spans of the quoted words a crowd carried, wrote or chanted."""
    out: list[tuple[int, int]] = []
    prev_end = -1
    for m in _QUOTED.finditer(s.text):
        if _SLOGAN_CUE.search(s.text, max(0, m.start() - 60), m.start()) or (
                prev_end >= 0 and _QUOTE_JOIN.fullmatch(s.text, prev_end, m.start())):
            out.append((s.start + m.start(), s.start + m.end()))
            prev_end = m.end()
        else:
            prev_end = -1
    return out


def own_triggers(s: Sentence, found: list[Trigger], text: str
                 ) -> tuple[list[Trigger], list[tuple[int, int]], list[tuple[int, int]]]:
    """The triggers that tell the sentence's own events; the document spans whose counts are
    not theirs; the spans of earlier events told in passing (their actors are not theirs)."""
    earlier = earlier_spans(s)
    grieved = grievance_spans(s)
    carried = slogan_spans(s)
    found = [t for t in found if not any(a <= t.start < b for a, b in carried)]
    told = [t for t in found if not any(a <= t.start < b for a, b in earlier) and not (
        t.kind.sub_event_type in _ANSWERED and any(a <= t.start < b for a, b in grieved))
        and not (t.kind.protest and _CHARGED_WITH.search(text, max(0, t.start - 50), t.start))]
    own = [t for t in _drop_intercepted(_drop_inventory(_drop_topics(_drop_references(
               _drop_motives(told, text), text), s), s.text))
           if not (t.kind.sub_event_type == "Armed clash" and _SIDE_OF.match(text, t.end))]
    # counts of the motive ("the killing of two") or of earlier events are not this one's
    # (and "a dharna alleging that the two killed were farmers" counts no dead of its own)
    skip = earlier + grieved + [_counts_of(t, text) for t in told if t not in own] + [
        (a, b) for a, b in _topic_spans(own, s) if _ALLEGING.match(s.text, a - s.start)]
    if all(t.kind.protest or t.kind.event_type == "Strategic developments" for t in own):
        skip += [(s.start + m.start(), s.start + m.end() + 40)
                 for m in _MOTIVE_DEATH.finditer(s.text)]
    return own, skip, earlier


# "the attack, which killed two", "the raid that left five dead": its counts follow it; but
# after "On Sunday, a day after the attack, two soldiers were killed" the clause is the day's
_ITS_CLAUSE = re.compile(r",\s+(?:which|that|who|where|in which|killing|leaving|wounding|"
                         r"injuring)\b", re.IGNORECASE)


def _counts_of(t: Trigger, text: str) -> tuple[int, int]:
    """The span after a trigger told in passing whose counts are its own: 40 characters, up
    to the comma that closes it unless a relative clause or a participle goes on with it."""
    comma = text.find(",", t.end, t.end + 40)
    if comma >= 0 and not _ITS_CLAUSE.match(text, comma):
        return t.start, comma
    return t.start, t.end + 40
