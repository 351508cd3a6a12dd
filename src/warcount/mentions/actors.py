"""Actor mentions: phrases in a report resolved to ACLED actor names and inter codes.

The knowledge (names, aliases, agents, generic words) lives in data/actors.yaml; this module
checks it, compiles it into one regular expression and resolves each match by the report's
country: "gunmen" in a report set in Kenya is `Unidentified Armed Group (Kenya)`, "Syrian
soldiers" is `Military Forces of Syria`, inter 8 when the report is set elsewhere.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import yaml

from warcount.mentions.countries import CountryLexicon, load_countries, phrase_pattern
from warcount.records import ActorMention
from warcount.regex_heads import with_heads

DEFAULT_ACTORS = Path(__file__).resolve().parents[1] / "data" / "actors.yaml"
KINDS = {"state", "rebel", "militia", "identity", "civilians", "protesters", "rioters",
         "government", "external", "party"}
_CROWD_KINDS = {"civilians", "protesters", "party"}
_ENTRY_KEYS = {"name", "inter", "country", "aliases", "kind", "country_scoped", "only_in",
               "active_in"}
_ARMED_KINDS = {"rebel", "militia", "identity", "external"}


@dataclass(frozen=True)
class ActorEntry:
    """One way of naming an actor. `name` may hold "{country}" (agents)."""

    name: str
    inter: int
    country: str | None = None
    kind: str = ""
    aliases: tuple[str, ...] = ()
    country_scoped: bool = False  # "Islamic State" -> "Islamic State (Syria)"
    only_in: tuple[str, ...] = ()  # applies only to reports set in these countries
    active_in: tuple[str, ...] = ()  # where a group with no single country operates
    generic: bool = False  # resolved by the report's country ("gunmen", "the army")
    refers_back: bool = False  # "the militants" -> the armed group named earlier
    composed_only: bool = False  # needs a country before it ("Russian warplanes")
    needs_member_word: bool = False  # identities: "Pokot raiders", not "Pokot"


class ActorLexicon:
    """Entries indexed by phrase, with the compiled pattern that finds them."""

    def __init__(self, entries: list[ActorEntry], *, modifiers: list[str],
                 member_words: list[str], countries: CountryLexicon,
                 crowd_verbs: dict[str, list[str]] | None = None,
                 authorities: frozenset[str] = frozenset()) -> None:
        self.entries = entries
        self.authorities = authorities  # groups that govern: their detentions are arrests
        self.crowd_verbs = {
            role: with_heads(re.compile(r"\b(?:" + "|".join(re.escape(v) for v in stems) + r")",
                                        re.IGNORECASE))
            for role, stems in (crowd_verbs or {}).items()
        }
        self.countries = countries
        self.exact: dict[str, list[ActorEntry]] = {}
        self.folded: dict[str, list[ActorEntry]] = {}
        self.by_name: dict[str, ActorEntry] = {}
        for entry in entries:
            self.by_name.setdefault(entry.name, entry)
            for alias in entry.aliases:
                table, key = ((self.exact, alias) if _case_sensitive(alias)
                              else (self.folded, alias.lower()))
                if entry not in table.setdefault(key, []):
                    table[key].append(entry)
        core = phrase_pattern(_variants({a for e in entries for a in e.aliases}))
        cty = phrase_pattern(sorted(set(countries.names) | set(countries.demonyms)))
        mods = phrase_pattern(_variants(set(modifiers)))
        members = phrase_pattern(_variants(set(member_words)))
        self.pattern = re.compile(
            rf"(?<![\w\-])(?P<pre>(?:(?:{mods})\s+){{1,2}})?"
            # ("Iraqi F-16 jets", "Russian Su-25 warplanes", "a Russian Orlan-10 drone": a
            # model between)
            rf"(?:(?P<core>{core})|(?P<cty>{cty})(?:['’]s)?\s+(?:[A-Za-z]{{1,6}}-?\d{{1,3}}[A-Za-z]?\s+)?"
            rf"(?P<core2>{core}))"
            rf"(?P<suf>(?:-(?:linked|affiliated|aligned))?\s+(?:{members}))?(?!\w)"
        )

        # "the Armed Forces of Ukraine", "the army of Mali": a state's force named after it
        # (a country's name, not its demonym: "personnel of Pakistani intelligence agencies")
        names = phrase_pattern(sorted(set(countries.names)))
        self.of_country = re.compile(rf"\s+of\s+(?:the\s+)?(?P<cty>{names})(?![\w'’])")
        # A report's sentences are searched twice (for country hints, then with the country):
        # the searches do not depend on the country, so the second time reads them back.
        self._searches: dict[str, dict[int, re.Match[str] | None]] = {}

    def search(self, text: str, pos: int) -> re.Match[str] | None:
        """`pattern.search(text, pos)`, remembered for the texts seen last."""
        known = self._searches.get(text)
        if known is None:
            if len(self._searches) >= 4096:
                self._searches.clear()
            known = self._searches[text] = {}
        if pos not in known:
            known[pos] = self.pattern.search(text, pos)
        return known[pos]

    def region_of(self, name: str) -> tuple[str, ...]:
        """The countries an actor is scoped to or operates in (a hint of where a report is)."""
        entry = self.by_name.get(name)
        if entry is None:
            return ()
        return (entry.country,) if entry.country else entry.active_in

    def candidates(self, phrase: str) -> list[ActorEntry]:
        """Entries for a phrase as written: case-sensitive aliases first, then the others."""
        return self.exact.get(phrase, []) + self.folded.get(phrase.lower(), [])


def _variants(phrases: set[str]) -> list[str]:
    """Phrases plus the case forms a report may print them in (an explicit list is several
    times faster to match than re.IGNORECASE)."""
    out: set[str] = set()
    for p in phrases:
        out.add(p)
        if _case_sensitive(p):
            continue
        low = p.lower()
        out.update({low, p.upper(), low[:1].upper() + low[1:], p[:1].upper() + p[1:],
                    p[:1].lower() + p[1:],  # "al Shabaab", "al-Shabaab" for "Al Shabaab"
                    " ".join(w[:1].upper() + w[1:] for w in low.split())})
    return sorted(out)


def _case_sensitive(alias: str) -> bool:
    """Acronyms ("IS", "AL", "SDF", "FAMa") must match as written; other names in any case."""
    # ("Al-Shabab" is two words, each capitalised: "al-Shabab" is the same name)
    return any(sum(ch.isupper() for ch in word) >= 2 for word in re.split(r"[\s-]+", alias))


def _strings(value: object, where: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ValueError(f"{where}: expected a list of non-empty strings, got {value!r}")
    return tuple(value)


def _entry(row: object, where: str, **extra: bool) -> ActorEntry:
    if not isinstance(row, dict):
        raise ValueError(f"{where}: expected a mapping, got {row!r}")
    allowed = _ENTRY_KEYS | {"refers_back", "composed_only"}
    if set(row) - allowed:
        raise ValueError(f"{where}: unknown keys {sorted(set(row) - allowed)}")
    name, inter, kind = row.get("name"), row.get("inter"), row.get("kind", "")
    if not isinstance(name, str) or not name.strip():
        raise ValueError(f"{where}: 'name' must be a non-empty string")
    if not isinstance(inter, int) or isinstance(inter, bool) or not 1 <= inter <= 8:
        raise ValueError(f"{where} ({name}): 'inter' must be an integer 1-8, got {inter!r}")
    if kind and kind not in KINDS:
        raise ValueError(f"{where} ({name}): unknown kind {kind!r}")
    country = row.get("country")
    if country is not None and not isinstance(country, str):
        raise ValueError(f"{where} ({name}): 'country' must be a string or null")
    aliases = _strings(row.get("aliases"), f"{where} ({name}) aliases")
    if not aliases and not extra.get("composed_only"):
        raise ValueError(f"{where} ({name}): needs at least one alias")
    return ActorEntry(name=name, inter=inter, country=country, kind=kind, aliases=aliases,
                      country_scoped=bool(row.get("country_scoped", False)),
                      only_in=_strings(row.get("only_in"), f"{where} ({name}) only_in"),
                      active_in=_strings(row.get("active_in"), f"{where} ({name}) active_in"),
                      refers_back=bool(row.get("refers_back", False)), **extra)


def load_actor_lexicon(path: Path | None = None, *,
                       countries: CountryLexicon | None = None) -> ActorLexicon:
    """Read and check actors.yaml (see its header for the schema); ValueError names a bad entry."""
    src = path or DEFAULT_ACTORS
    data = yaml.safe_load(src.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise ValueError(f"{src}: expected a mapping at the top level")
    countries = countries or load_countries()
    entries: list[ActorEntry] = []
    for i, row in enumerate(data.get("actors") or []):
        entries.append(_entry(row, f"{src} actors[{i}]"))
    for i, row in enumerate(data.get("generic") or []):
        entries.append(_entry(row, f"{src} generic[{i}]", generic=True))
    for i, row in enumerate(data.get("agents") or []):
        where = f"{src} agents[{i}]"
        if not isinstance(row, dict) or "{country}" not in str(row.get("name", "")):
            raise ValueError(f"{where}: an agent's name must contain '{{country}}'")
        bare = {k: v for k, v in row.items() if k != "composed_only"}
        entries.append(_entry(bare, where, generic=True))
        composed = dict(bare, aliases=row.get("composed_only") or [])
        entries.append(_entry(composed, where, generic=True, composed_only=True))
    for i, identity in enumerate(_strings(data.get("identities"), f"{src} identities")):
        entries.append(ActorEntry(name=f"{identity} Communal Militia", inter=4, kind="identity",
                                  aliases=(identity,), country_scoped=True,
                                  needs_member_word=True))
        del i
    authorities = frozenset(_strings(data.get("authorities"), "authorities"))
    if unknown := authorities - {e.name for e in entries}:
        raise ValueError(f"{src}: authorities not among the actors: {sorted(unknown)}")
    verbs = data.get("crowd_verbs") or {}
    if not isinstance(verbs, dict) or set(verbs) - {"rioters", "protesters"}:
        raise ValueError(f"{src}: crowd_verbs must map 'rioters'/'protesters' to word lists")
    return ActorLexicon(entries, modifiers=list(_strings(data.get("modifiers"), "modifiers")),
                        member_words=list(_strings(data.get("member_words"), "member_words")),
                        countries=countries,
                        crowd_verbs={k: list(_strings(v, f"crowd_verbs.{k}"))
                                     for k, v in verbs.items()},
                        authorities=authorities)


def scoped_name(name: str, country: str | None) -> str:
    """`Military Forces of {country}` or `Name (Country)`; the bare name when no country."""
    if "{country}" in name:
        return name.replace("{country}", country) if country else name.replace(" of {country}", "")
    return f"{name} ({country})" if country else name


def scope_to_country(mention: ActorMention, country: str) -> ActorMention:
    """Fill the country of a mention found without one ("gunmen" before the country was known)."""
    if mention.country is not None or not mention.generic:
        return mention
    if mention.name in ("Military Forces", "Police Forces", "Government"):
        name = f"{mention.name} of {country}"
    else:
        name = f"{mention.name} ({country})"
    return replace(mention, name=name, country=country,
                   reason=f"{mention.reason}; scoped to {country}")


STATE_FORCES = ("Military Forces of ", "Police Forces of ")  # a state's forces, by name


def actor_inter(name: str, *, country: str | None, lexicon: ActorLexicon) -> int:
    """The inter code of an actor name; state forces acting outside their country are 8."""
    for prefix in STATE_FORCES:
        if name.startswith(prefix):
            own = name[len(prefix):].split(" (")[0]
            return 8 if country and own != country else 1
    if name.startswith("Government of "):
        return 1
    entry = lexicon.by_name.get(name) or lexicon.by_name.get(name.rsplit(" (", 1)[0])
    if entry is None:
        return 4 if " Communal Militia" in name else 0
    if entry.kind == "state" and entry.country and country and entry.country != country:
        return 8
    return entry.inter


def _pick(entries: list[ActorEntry], country: str | None, word: str = "") -> ActorEntry | None:
    for entry in entries:
        if entry.only_in and country in entry.only_in:
            return entry
    fallback = next((e for e in entries if not e.only_in), None)
    if fallback is None and country is None and entries and not word.islower():
        return entries[0]  # the report's country not yet known: a name all the same (but a
        # common word scoped to a country, "junta", "the ruling party", "regime troops",
        # names no one until the country is known)
    return fallback


def find_actors(text: str, *, offset: int = 0, lexicon: ActorLexicon,
                country: str | None) -> list[ActorMention]:
    """Actor mentions in `text`, longest first and never overlapping.

    `country` is the country the report is set in: it scopes generic words and decides
    inter 8 for foreign forces. Offsets are `offset` plus the index in `text`.
    """
    found: list[tuple[ActorMention, str]] = []
    last_armed: ActorEntry | None = None
    pos = 0
    while (m := lexicon.search(text, pos)) is not None:
        mention = _resolve(m, text, offset, lexicon, country, last_armed)
        if mention is None or mention[0].inter in (1, 8) and (_ROLE_AFTER.match(
                text, mention[0].end - offset) or _FORMER_BEFORE.search(
                text, max(0, mention[0].start - offset - 12), mention[0].start - offset)
        ) or mention[0].generic and _COMPOUND_AFTER.match(text, mention[0].end - offset):
            # ("branding him a police informer": a civilian's role, not the police; "led by
            # former police officer Jimmy Cherizier": a man's past; "a jihadist-led
            # alliance", "the rebel-held town": a word of a description)
            pos = m.start() + 1
            continue
        while found and found[-1][0].end > mention[0].start:
            found.pop()  # "gunmen" of "gunmen from the Fulani community": inside this one
        found.append((mention[0], mention[2]))
        if mention[1] is not None:
            last_armed = mention[1]
        pos = mention[0].end - offset
    # "gunmen of the Stability Support Apparatus", "fighters of the RSF", "armed men belonging to
    # the G9": the named group's men
    merged: list[tuple[ActorMention, str]] = []
    for x in found:
        prev = merged[-1][0] if merged else None
        if prev is not None and prev.generic and not x[0].generic and _OF_THE.fullmatch(
                text, prev.end - offset, x[0].start - offset):
            x = (replace(x[0], start=prev.start, text=text[prev.start - offset:x[0].end - offset]),
                 x[1])
            merged.pop()
        elif prev is not None and not prev.generic and x[0].generic and x[0].inter in (
                2, 3, prev.inter) and text[prev.end - offset:x[0].start - offset].isspace():
            # "the M23 armed group", "ADF rebels": the named group and its description
            x = (replace(prev, end=x[0].end, text=text[prev.start - offset:x[0].end - offset]),
                 merged[-1][1])
            merged.pop()
        merged.append(x)
    found = merged
    return _speakers_own(_paired_forces([_crowd_role(found, i, text, offset, lexicon, country)
                                         for i in range(len(found))], text, offset, lexicon,
                                        country), text, offset, lexicon, country)


_AND_BEFORE = re.compile(r"\s+(?:and|or|&)\s+$")


def _paired_forces(found: list[ActorMention], text: str, offset: int, lexicon: ActorLexicon,
                   country: str | None) -> list[ActorMention]:
    """ "Azerbaijani and Armenian troops": the first people's forces too, of the same kind."""
    out: list[ActorMention] = []
    for a in found:
        local = a.start - offset
        joined = _AND_BEFORE.search(text, max(0, local - 8), local)
        if a.country and a.name.endswith(f" of {a.country}") and joined is not None:
            before = text[max(0, joined.start() - 40):joined.start()]
            m = next((x for x in lexicon.countries.pattern.finditer(before)
                      if x.end() == len(before)), None)
            other = m and (lexicon.countries.names.get(m.group(0))
                           or lexicon.countries.of_demonym(m.group(0)))
            if m is not None and other and other != a.country and not any(
                    b.end > a.start - len(before) + m.start() for b in out[-1:]):
                start = a.start - len(before) + m.start()
                out.append(replace(
                    a, start=start, end=start + len(m.group(0)), text=m.group(0),
                    name=a.name.removesuffix(a.country) + other, country=other,
                    inter=8 if country and other != country else 1,
                    reason=f"'{m.group(0)}' and '{a.text}': both peoples' forces"))
        out.append(a)
    return out


_SAYS = re.compile(r"\s*(?:spokesman\s+|spokesperson\s+|statement\s+)?(?:said|says|reported|"
                   r"announced|stated|confirmed)\b")
_POSSESSOR = re.compile(r"\b(?:its|their)\s+$", re.IGNORECASE)
_ITS_OWN = re.compile(r"\b(?:it|its|we|our|they|their|enemy)\b", re.IGNORECASE)


def _speakers_own(found: list[ActorMention], text: str, offset: int, lexicon: ActorLexicon,
                  country: str | None) -> list[ActorMention]:
    """ "The Israeli army said two soldiers were wounded": a foreign army speaking of soldiers
    speaks of its own, not of the report country's (unless "it" or "its forces" acted on them)."""
    out: list[ActorMention] = []
    for a in found:
        speaker = next((b for b in reversed(out) if b.country and b.name.endswith(
            f" of {b.country}") and _SAYS.match(text, b.end - offset)), None)
        local = a.start - offset
        if speaker is not None and speaker.country and a.country and (
                a.country != speaker.country) and a.name.endswith(
                f" of {a.country}") and lexicon.countries.pattern.search(a.text) is None and (
                _POSSESSOR.search(text, max(0, local - 7), local) is not None
                or not _ITS_OWN.search(text, speaker.end - offset, local)) and not any(
                b.start > speaker.start and b.name.endswith(f" of {b.country}") for b in out):
            a = replace(a, name=a.name.removesuffix(a.country) + speaker.country,
                        country=speaker.country,
                        inter=8 if country and speaker.country != country else 1,
                        reason=f"'{a.text}': {speaker.text}'s own, who speaks of them")
        out.append(a)
    return out


_OF_THE = re.compile(r"\s+(?:of|belonging\s+to|loyal\s+to|from)\s+(?:the\s+)?")
_FORMER_BEFORE = re.compile(r"\b(?:former|ex-|retired)\s*$", re.IGNORECASE)
_ROLE_AFTER = re.compile(r"\s+(?:informers?|informants?|collaborators?|spies|spy)\b",
                         re.IGNORECASE)


_FIRED_ON = re.compile(r"\b(?:fire|fired|firing|shot|shooting)\s+(?:on|at|into)\s+"
                       r"(?:the\s+|a\s+|a\s+group\s+of\s+)?(?:[\w-]+\s+)?$", re.IGNORECASE)
# "Falling debris injured a 61-year-old woman and damaged a school": the one hurt is the
# object of the sentence's verb, and what follows is what its subject did
# ("tied up the workers, set fire to a tractor": those the raiders held, not a crowd)
_HARMED_BEFORE = re.compile(r"\b(?:injur|wound|kill|hurt|kidnapp|abduct|robb|assault|tortur|"
                            r"threaten|whipp|flogg|(?:tied|rounded|lined)\s+up|shooting|"
                            r"(?:shot|fired|firing)\s+(?:at|on)|(?:shot|gunned|hacked|"
                            r"beat|beaten|stabbed)\s+(?:dead|down|to\s+death))\w*\s+"
                            r"(?:(?:a|an|the|one|two|three|four|five|six|\d+|several|some)\s+)?"
                            r"(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_LISTED_BEFORE = re.compile(r"\bamong\s+(?:them|whom)\s+(?:[\w-]+\s+){0,6}$",
                            re.IGNORECASE)
# "fired into the air to disperse the crowd": a crowd that force broke up had gathered
_DISPERSED_BEFORE = re.compile(r"\b(?:dispers\w*|break(?:ing)? up|broke up|scatter\w*)\s+"
                               r"(?:the\s+|a\s+)?$", re.IGNORECASE)
# "civilian casualties", "civilian homes": the word describes a thing, it names no crowd
_ATTRIBUTIVE = re.compile(r"\s+(?:injuries|casualties|deaths|death toll|areas|homes|houses|"
                          r"targets|infrastructure|objects|buildings|facilities|vehicles|cars|"
                          r"sites|neighbourhoods|neighborhoods)\b", re.IGNORECASE)
# herders and farmers who fight each other: communities, named by how they live
_LIVELIHOODS = (r"(?:herders?|herdsmen|pastoralists?|nomads|farmers?|cattle\s+(?:keepers|herders)|"
                r"fishermen|villagers)")
_LIVELIHOOD = re.compile(rf"(?i)(?:nomadic\s+|fulani\s+|local\s+)?{_LIVELIHOODS}")
_LIVING_AS = rf"(?:\w+\s+){{0,3}}?{_LIVELIHOODS}"
# ("fighting broke out on Saturday between armed Arab nomadic herders and Dadjo farmers")
_FIGHT_BETWEEN = (r"\b(?:clash(?:es|ed)?|fighting|fights?|violence|battles?)(?:\s+(?:broke\s+out|"
                  r"erupted|flared))?(?:\s+(?:on|early\s+on|late\s+on)\s+\w+)?\s+between\s+")
# the second community ("... between nomadic herders and farmers") and the first, when the
# second is one too ("clashes between villagers and police" is no fight of communities)
_BETWEEN_BEFORE = re.compile(rf"{_FIGHT_BETWEEN}{_LIVING_AS}\s+and\s+(?:\w+\s+){{0,2}}$",
                             re.IGNORECASE)
_BETWEEN_FIRST = re.compile(rf"{_FIGHT_BETWEEN}(?:\w+\s+){{0,2}}$", re.IGNORECASE)
_AND_COMMUNITY = re.compile(rf"\s+and\s+{_LIVING_AS}\b", re.IGNORECASE)
_CLASHED_WITH = re.compile(rf"\s+(?:clashed|fought)\s+with\s+{_LIVING_AS}\b", re.IGNORECASE)
_CLASHED_WITH_BEFORE = re.compile(rf"\b{_LIVING_AS}\s+(?:clashed|fought)\s+with\s+"
                                  rf"(?:\w+\s+){{0,2}}$", re.IGNORECASE)
# "ODM supporters clashed with Jubilee supporters", "clashes between APC and PDP supporters":
# a party's crowd on the other side of a brawl is rioters too
_CLASHED_WITH_CROWD = re.compile(
    r"\b(?:(?:clashed|fought|scuffled|brawled|exchanged\s+blows)\s+with|clashes\s+between"
    r"(?:\s+[\w-]+){1,3}\s+and)\s+(?:rival\s+|opposing\s+|the\s+)?$", re.IGNORECASE)
_COMPOUND_AFTER = re.compile(r"-(?:led|backed|held|controlled|dominated|run|affiliated|allied|"
                             r"aligned|inspired|occupied|infested|prone)\b")
_PARTICIPLE = re.compile(r"\w+ing\b")
_ARTICLE_BEFORE = re.compile(r"\b(?:in|during|after|before|since|from)\s+(?:a|an|the)\s+$",
                             re.IGNORECASE)
_PASSIVE = re.compile(r"\b(?:were|was|been|being|are|is|got)\s+\w+(?:ed|en|t)\b", re.IGNORECASE)


def _crowd_role(found: list[tuple[ActorMention, str]], i: int, text: str, offset: int,
                lexicon: ActorLexicon, country: str | None) -> ActorMention:
    """Civilians, protesters or party members acting as a crowd: Protesters or Rioters.

    The verb must follow the mention in the same sentence, before the next actor mention
    ("students staged a protest", "BNP supporters vandalised a shop").
    """
    mention, kind = found[i]
    if kind not in _CROWD_KINDS:
        return mention
    if _LIVELIHOOD.fullmatch(mention.text) and (
            _BETWEEN_BEFORE.search(text, max(0, mention.start - offset - 80),
                                   mention.start - offset)
            or _BETWEEN_FIRST.search(text, max(0, mention.start - offset - 60),
                                     mention.start - offset)
            and _AND_COMMUNITY.match(text, mention.end - offset)
            or _CLASHED_WITH.match(text, mention.end - offset)
            or _CLASHED_WITH_BEFORE.search(text, max(0, mention.start - offset - 60),
                                           mention.start - offset)):
        # "clashes between nomadic herders and farmers", "farmers clashed with herders": two
        # communities that fought are communal militias, not rioters or civilians
        return replace(mention, name=scoped_name("Unidentified Communal Militia", country),
                       inter=4, country=country, generic=True,
                       reason=f"'{mention.text}' fought another community: a communal militia")
    if kind == "party" and _CLASHED_WITH_CROWD.search(
            text, max(0, mention.start - offset - 60), mention.start - offset):
        return replace(mention, name=scoped_name("Rioters", country), inter=5, country=country,
                       generic=True, party=mention.name,
                       reason=f"'{mention.text}' were fought by another crowd: "
                              f"rioters ({mention.name})")
    stop = found[i + 1][0].start - offset if i + 1 < len(found) else len(text)
    window = text[mention.end - offset:min(stop, mention.end - offset + 120)]
    window = re.split(r"(?<=[.!?;])\s", window, maxsplit=1)[0]
    if _ATTRIBUTIVE.match(window):
        return mention  # "12 civilian injuries and 63 damaged homes": a word of a count
    if kind != "protesters" and _FIRED_ON.search(text, max(0, mention.start - offset - 30),
                                                 mention.start - offset):
        return mention  # "opened fire on residents gathered outside a house": the targets
    if _HARMED_BEFORE.search(text, max(0, mention.start - offset - 40), mention.start - offset):
        return mention
    if _LISTED_BEFORE.search(text, max(0, mention.start - offset - 40), mention.start - offset):
        return mention  # "shot dead four civilians, among them a farmer and his son, and set
        # fire to houses": one of those named, not the subject of the verb after
    if kind != "protesters" and _DISPERSED_BEFORE.search(
            text, max(0, mention.start - offset - 30), mention.start - offset):
        return replace(mention, name=scoped_name("Protesters", country), inter=6,
                       country=country, generic=True,
                       reason=f"'{mention.text}' dispersed: a gathering, protesters")
    for role, inter in (("rioters", 5), ("protesters", 6)):
        verbs = lexicon.crowd_verbs.get(role)
        if verbs is None or (kind == "protesters" and role == "protesters"):
            continue
        hit = verbs.search(window)
        if hit is None or _PASSIVE.search(window, 0, hit.start()):
            continue  # "civilians were killed in an attack": the crowd was acted on
        if _ARTICLE_BEFORE.search(window, 0, hit.start()):
            continue  # "48 civilians, including 19 children, in an attack on the village":
            # the act they suffered, not the crowd's
        if _PARTICIPLE.match(window, hit.start()) and window[:hit.start()].rstrip().endswith(","):
            continue  # "shelled a Christian village, setting fire to orchards": what the
            # sentence's subject did
        base = "Rioters" if role == "rioters" else "Protesters"
        return replace(mention, name=scoped_name(base, country), inter=inter, country=country,
                       generic=True, party=mention.name if kind == "party" else "",
                       reason=f"'{mention.text}' then '{hit.group()}': {role}"
                              + (f" ({mention.name})" if kind == "party" else ""))
    return mention


# "Kikuyu and Maasai groups", "Lobi communities": an identity's armed men without a member
# word right after the name
_IDENTITY_TAIL = re.compile(
    r"\s+(?:(?:and|&|or)\s+[A-Z][\w'-]+\s+)?(?:communities|clans|clansmen|tribes|tribesmen|"
    r"groups|militias)\b\s+(?:\w+\s+)?(?:clash|fought|fight|attack|raid)"
    # ("gunfire broke out between suspected Kusasi and Mamprusi youth": both peoples' men)
    r"|\s+(?:and|&)\s+[A-Z][\w'-]+\s+(?:youths?|men|fighters|gunmen|militiamen)\b"
    # ("Fulani attacked and burned huts": the people named as the attackers; a headline's
    # "Degodia attack Garre civilians")
    r"|\s+(?:attacked|raided|burned|burnt|torched|stormed|ambushed|looted|attack|raid|kill)\b")
# "armed youth from the Murle community", "gunmen from the Fulani tribe": the armed men of a
# community named after them
_FROM_IDENTITY = re.compile(
    r"\b(?:armed\s+)?(?:youths?|young\s+men|men|fighters|gunmen|raiders|militiamen|attackers|"
    r"militias?|herders|herdsmen)"
    r"\s+from\s+the\s+$", re.IGNORECASE)
_COMMUNITY = re.compile(r"\s+(?:community|communities|clan|tribe|ethnic\s+group)\b")


_GOVERNMENT_PLACE = re.compile(r"\s+(?:[a-z]+['’]?\s+)?(?:Areas?|LGAs?|Council|secretariat|"
                               r"school|schools|secondary|college|hospital|house|building|"
                               r"offices?)\b",
                               re.IGNORECASE)


def _from_identity(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of "armed youth from the <identity> community", given the identity's."""
    lead = _FROM_IDENTITY.search(text, max(0, start - 40), start)
    tail = _COMMUNITY.match(text, end)
    return (lead.start(), tail.end()) if lead and tail else None


# "Russian attacks" are that country's army's; "Ethiopia attack" is a verb after a place
_AFTER_DEMONYM = frozenset({"attack", "attacks"})
# "soldiers of the South Sudan People's Defence Forces": the country opens a longer name
_NAME_GOES_ON = re.compile(r"\s+[A-Z]|['’]s\b")


def _resolve(m: re.Match[str], text: str, offset: int, lexicon: ActorLexicon,
             country: str | None, last_armed: ActorEntry | None,
             ) -> tuple[ActorMention, ActorEntry | None, str] | None:
    core_group = "core" if m.group("core") is not None else "core2"
    core, start, end = m.group(core_group), m.start(), m.end(core_group)
    composed: str | None = None
    if core_group == "core2":
        hit = lexicon.countries.lookup(m.group("cty"), prefer=country)
        if hit is None:  # "us troops": not a country after all
            start = m.start(core_group)
        elif core.lower() in _AFTER_DEMONYM and lexicon.countries.of_demonym(
                m.group("cty")) is None:
            return None  # "raiders from Ethiopia attack a village": a verb, no army
        else:
            composed = hit[0]
    if m.group("pre") and composed is None and core_group == "core2":
        start = m.start(core_group)
    entry = _pick(lexicon.candidates(core), country, core)
    if core_group == "core" and entry is not None and "{country}" in entry.name and (
            after := lexicon.of_country.match(text, m.end("core"))) is not None and (
            hit := lexicon.countries.lookup(after.group("cty"), prefer=country)) is not None and (
            not _NAME_GOES_ON.match(text, after.end())):
        composed, end = hit[0], after.end()
    armed_pre = bool(m.group("pre")) and "armed" in m.group("pre").lower()
    if armed_pre and entry is not None and entry.kind == "civilians":
        # "attacked by armed civilians": armed men, whatever they are called
        entry = _pick(lexicon.candidates("armed civilians"), country) or entry
    span = _from_identity(text, start, m.end(core_group)) if (
        entry is not None and entry.needs_member_word) else None
    if entry is not None and (entry.composed_only and composed is None
                              or entry.needs_member_word and not (
                                  m.group("suf") or armed_pre or span is not None
                                  or _IDENTITY_TAIL.match(text, m.end(core_group)))):
        entry = None
    if entry is not None and span is not None:
        start, end = span
    if entry is None:  # a shorter alias inside the longest match ("IS" in "is fighting")
        return None
    if entry.kind == "government" and _GOVERNMENT_PLACE.match(text, m.end()):
        return None  # "Malumfashi Local Government Area", "a government boarding school"
    if not entry.generic and m.group("suf") and end == m.end(core_group):
        end = m.end()
    words = text[start:end]
    mention, armed = _mention(entry, words, start + offset, end + offset, core, composed,
                              country, last_armed, lexicon)
    return mention, armed, entry.kind


def _mention(entry: ActorEntry, words: str, start: int, end: int, core: str,
             composed: str | None, country: str | None, last_armed: ActorEntry | None,
             lexicon: ActorLexicon) -> tuple[ActorMention, ActorEntry | None]:
    if entry.refers_back and last_armed is not None:
        name = _named(last_armed, country)
        return (ActorMention(start, end, words, name, actor_inter(name, country=country,
                                                                  lexicon=lexicon),
                             last_armed.country if not last_armed.country_scoped else country,
                             False, f"'{core}' after {name} was named"), None)
    if "{country}" in entry.name:
        own = composed or country
        name = scoped_name(entry.name, own)
        inter = 8 if own and country and own != country else entry.inter
        why = (f"'{words}': {entry.kind} forces of {own}" if composed
               else f"'{core}' in a report set in {country}" if country
               else f"'{core}' with no report country")
        return ActorMention(start, end, words, name, inter, own, own is None, why), None
    if entry.generic:
        name = scoped_name(entry.name, country)
        why = (f"'{core}' in a report set in {country}" if country
               else f"'{core}' with no report country")
        return ActorMention(start, end, words, name, entry.inter, country, True, why), None
    name = _named(entry, country)
    scope = country if entry.country_scoped else entry.country
    unscoped = entry.country_scoped and country is None
    armed = entry if entry.kind in _ARMED_KINDS and entry.inter in (2, 3) else None
    return (ActorMention(start, end, words, name, actor_inter(entry.name, country=country,
                                                              lexicon=lexicon),
                         scope, unscoped, f"alias of {entry.name}"), armed)


def _named(entry: ActorEntry, country: str | None) -> str:
    return scoped_name(entry.name, country) if entry.country_scoped else entry.name


_DEFINITE = re.compile(r"\b(?:the|these|those)\s+$", re.IGNORECASE)


# "an attack by insurgents" in a report on Boko Haram: the group's own men, named before
# (not "gunmen" or "attackers", whom anyone may be); insurgents are rebels, never the
# vigilantes or the communal militia named last
_GROUP_WORD = re.compile(r"(?:insurgents|militants|jihadists|jihadis)")
GANG_WORD = re.compile(r"\b(?:[Gg]angs?|[Cc]artels?)\b")


def refer_back(mentions: Sequence[ActorMention], last: ActorMention | None, text: str,
               ) -> tuple[tuple[ActorMention, ...], ActorMention | None]:
    """ "Suspected ISGS militants attacked ... The militants assaulted ...": "the militants",
    "the attackers" of a later sentence are the armed group named before. Returns the
    sentence's mentions and the armed group named last by the end of it."""
    out = []
    for m in mentions:
        if last is not None and m.generic and m.name.startswith("Unidentified Armed Group") and (
                (_DEFINITE.search(text, max(0, m.start - 8), m.start)
                 and (last.inter == 2 or not _GROUP_WORD.search(m.text)))
                or (_GROUP_WORD.fullmatch(m.text) and last.inter == 2)):
            m = replace(m, name=last.name, inter=last.inter, country=last.country,
                        generic=False, reason=f"'{m.text}': the {last.name} named before")
        elif last is not None and m.generic and m.name.startswith("Unidentified Gang") and (
                GANG_WORD.search(f"{last.text} {last.name}")):
            # "an operation against the 400 Mawozo gang ... four gang members were killed"
            m = replace(m, name=last.name, inter=last.inter, country=last.country,
                        generic=False, reason=f"'{m.text}': the {last.name} named before")
        elif last is not None and m.generic and m.name.startswith("Opposition Rebels") and (
                last.inter == 2 and last.country == m.country):
            # "18 Maoist rebels were killed when hundreds of rebels attacked": the rebel
            # group named before, in the same country
            m = replace(m, name=last.name, inter=last.inter, country=last.country,
                        generic=False, reason=f"'{m.text}': the {last.name} named before")
        elif not m.generic and m.inter in (2, 3, 4):
            last = m
        out.append(m)
    return tuple(out), last


# "fighting between the two groups in rural Arauquita": the two sides named last
_TWO_SIDES = re.compile(r"\b(?:between|by)\s+the\s+two\s+(?:rival\s+|armed\s+)*(?:groups|sides|"
                        r"factions|militias|movements|forces|gangs)\b|\bthe\s+two\s+"
                        r"(?:rival\s+|armed\s+)*(?:groups|sides|factions|militias|gangs)\s+"
                        r"(?:clashed|fought|exchanged)\b", re.IGNORECASE)


def two_sides(sentence: str, offset: int, mentions: Sequence[ActorMention],
              named: Sequence[ActorMention]) -> tuple[ActorMention, ...]:
    """The two armed sides "the two groups" of a sentence means: the last two named before
    (``named``, oldest first), when the sentence names no two armed sides itself."""
    m = _TWO_SIDES.search(sentence)
    if m is None or sum(1 for a in mentions if a.inter in (1, 2, 3, 4)) >= 2:
        return ()
    picked: list[ActorMention] = []
    for a in reversed(named):
        if all(a.name != b.name for b in picked):
            picked.append(a)
        if len(picked) == 2:
            break
    if len(picked) < 2 or any(a.name == b.name for a in mentions for b in picked):
        return ()
    start, end = m.start() + offset, m.end() + offset
    return tuple(replace(a, start=start, end=end, text=m.group(0), generic=False,
                         reason=f"'{m.group(0)}': the {a.name} named before")
                 for a in reversed(picked))
