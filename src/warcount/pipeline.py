"""Build the services once; run the stages in order: document in, events out."""

from __future__ import annotations

import bisect
import datetime as dt
import re
import time
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from warcount.events.asides import own_triggers
from warcount.events.assemble import EventContext, build_event
from warcount.events.frames import (
    Frame,
    SentenceFacts,
    accident_after,
    background_goes_on,
    build_frames,
    published_on,
)
from warcount.events.group import LABELLED, group_frames, only_outcome
from warcount.events.roles import CLAIMED_ACT
from warcount.events.sentence_model import SentenceModel
from warcount.events.sources import AGENCIES, Attribution, find_attributions
from warcount.events.split import split_by_clauses, split_by_places
from warcount.events.triggers import (
    TriggerLexicon,
    find_cues,
    find_triggers,
    load_trigger_lexicon,
)
from warcount.geo.borders import load_neighbours
from warcount.geo.gazetteer import Gazetteer
from warcount.geo.report import (
    HOSPITAL_AFTER,
    default_place,
    named_as_home,
    named_as_speakers_town,
    named_as_way_out,
    own_places,
    precision_rank,
    quarter_of,
)
from warcount.geo.report_country import FORCE_AFTER, CountryClues, place_report
from warcount.geo.resolve import GeoWeights, load_geo_weights
from warcount.mentions.actors import (
    STATE_FORCES,
    ActorLexicon,
    find_actors,
    load_actor_lexicon,
    refer_back,
    two_sides,
)
from warcount.mentions.capitals import bare_capital_mentions, capital_mentions
from warcount.mentions.countries import CountryLexicon, find_countries, load_countries
from warcount.mentions.country_cues import (
    CountryCues,
    build_cues,
    load_country_cues,
)
from warcount.mentions.datelines import (
    capitals_titled,
    dated_line_spans,
    filed_here,
    is_dateline,
    outlet_free,
    outlet_spans,
)
from warcount.mentions.dates import day_told_before, find_dateline, find_dates
from warcount.mentions.live_blog import entry_dates
from warcount.mentions.metonymy import names_a_government
from warcount.mentions.named_dead import named_dead
from warcount.mentions.no_scene import names_no_scene
from warcount.mentions.numbers import (
    NumberLexicon,
    find_numbers,
    is_cumulative,
    load_number_lexicon,
)
from warcount.mentions.places import NOT_PLACE_LABELS, find_places, reread
from warcount.mentions.state_agents import find_state_agents
from warcount.mentions.subject_fate import fate_from_parse
from warcount.nlp import (
    PLACE_LABELS,
    entities,
    load_model,
    sentence_entities,
    sentences,
)
from warcount.read.furniture import FurnitureLexicon, furniture_spans, load_furniture_lexicon
from warcount.read.sections import country_sections
from warcount.records import (
    ActorMention,
    DateMention,
    Document,
    Event,
    PlaceMention,
    ResolvedPlace,
    Sentence,
)
from warcount.regex_heads import with_heads


@dataclass
class Pipeline:
    """The services every stage needs, built once and passed in."""

    nlp: Language
    triggers: TriggerLexicon
    actors: ActorLexicon
    countries: CountryLexicon
    numbers: NumberLexicon
    furniture: FurnitureLexicon
    gazetteer: Gazetteer | None
    geo_weights: GeoWeights
    cues: CountryCues = field(default_factory=lambda: build_cues({}))
    neighbours: dict[str, frozenset[str]] = field(default_factory=dict)
    # actors sharing an alias ("UPDF"), with every country the alias may point to
    ambiguous: dict[str, frozenset[str]] = field(default_factory=dict)
    timings: dict[str, float] = field(default_factory=dict)
    sentences: SentenceModel | None = None  # the second opinion on what is an incident
    # one document's actor readings: the stages ask for the same sentence's actors up to
    # four times (emptied for every document, so memory stays flat)
    actor_memo: dict[tuple[str, int, str | None], list[ActorMention]] = field(
        default_factory=dict)

    @classmethod
    def load(cls, *, gazetteer: Gazetteer | None = None, geocode: bool = True) -> Pipeline:
        """Load the model and lexicons; open (building on first use) the gazetteer."""
        countries = load_countries()
        gaz = gazetteer if gazetteer is not None or not geocode else Gazetteer.open()
        actors = load_actor_lexicon(countries=countries)
        return cls(
            nlp=load_model(),
            triggers=load_trigger_lexicon(),
            actors=actors,
            countries=countries,
            numbers=load_number_lexicon(),
            furniture=load_furniture_lexicon(),
            gazetteer=gaz,
            geo_weights=load_geo_weights(),
            cues=load_country_cues(),
            neighbours=load_neighbours(),
            ambiguous=_ambiguous(actors),
            sentences=SentenceModel.load(),
        )

    def extract(self, doc: Document) -> list[Event]:
        """The events one document reports."""
        return extract_events(self, doc, self._parse([doc.text])[0])

    def extract_many(self, docs: Iterable[Document]) -> Iterator[tuple[Document, list[Event]]]:
        """Stream documents through the model in batches; memory stays flat. One stream for
        all the documents: a fresh `nlp.pipe` for every batch cost a tenth of spaCy's time."""
        pending: deque[Document] = deque()

        def texts() -> Iterator[str]:
            for doc in docs:
                pending.append(doc)
                yield doc.text

        stream = self.nlp.pipe(texts())
        while True:
            t0 = time.perf_counter()
            parsed = next(stream, None)
            self._time("spacy", t0)
            if parsed is None:
                return
            doc = pending.popleft()
            yield doc, extract_events(self, doc, parsed)

    def _parse(self, texts: list[str]) -> list[Doc]:
        t0 = time.perf_counter()
        parsed = list(self.nlp.pipe(texts))
        self._time("spacy", t0)
        return parsed

    def _time(self, stage: str, t0: float) -> None:
        self.timings[stage] = self.timings.get(stage, 0.0) + time.perf_counter() - t0


def _next_end(sents: list[Sentence], s: Sentence) -> int:
    """Where the sentence after `s` ends (the end of `s` when it is the last)."""
    return next((x.end for x in sents if x.start >= s.end), s.end)


def _day_next(p: Pipeline, text: str, offset: int, anchor: dt.date | None,
              day: dt.date) -> bool:
    """The next sentence (`text`) tells an act on a day before `day`, not a plan ("Organisers
    have called for another gathering on Tuesday")."""
    if not any(d.precision == 1 and not d.background and d.date < day
               for d in find_dates(text, offset=offset, published=anchor)):
        return False
    return not any(c.kind in ("modal", "aim") for c in find_cues(
        text, offset=offset, lexicon=p.triggers))


def _mark_furniture(
    sents: list[Sentence], spans: list[tuple[int, int, str]]
) -> tuple[list[Sentence], set[int]]:
    """Sentences inside furniture lines are dropped; title lines are kept as headlines."""
    kept: list[Sentence] = []
    headlines: set[int] = set()
    for s in sents:
        hit = next((r for a, b, r in spans if s.start < b and s.end > a), None)
        if hit is None:
            kept.append(s)
        elif "title" in hit:
            headlines.add(s.index)
            kept.append(s)
    return kept, headlines


def extract_events(p: Pipeline, doc: Document, parsed: Doc) -> list[Event]:
    """All stages after parsing, for one document."""
    t0 = time.perf_counter()
    p.actor_memo.clear()
    text = doc.text
    published = doc.published or find_dateline(text)
    if published is not None and doc.published is None:
        doc = Document(doc.id, doc.text, published, doc.title, doc.url, doc.source, "dateline")
    spans = furniture_spans(text, title=doc.title or _headline_line(text), lexicon=p.furniture)
    outlets = outlet_spans(text)
    dated_lines = dated_line_spans(text)  # "SANAA, May 9, 2025 -": the filing day
    anchor = _filed_on(text, dated_lines, published)  # "today" in a story filed the day before
    entries = entry_dates(text, published)  # a live blog's entries and their days
    entry_told: set[int] = set()  # the entries a sentence of which named a day
    sents, headlines = _mark_furniture(sentences(parsed, text), spans)
    headline_end = max((s.end for s in sents if s.index in headlines), default=0)
    # (a section head inside the body is a headline too, but the body's counts before it
    # stay the body's)
    headlines |= {s.index for s in sents if _SUBHEAD.fullmatch(s.text) and text.startswith(
        "\n\n", s.end) and (s.start == 0 or text.startswith("\n", s.start - 1))}
    places: dict[int, list[PlaceMention]] = {}
    persons: dict[int, list[tuple[int, int]]] = {}  # local spans of PERSON names
    topics: dict[int, tuple[int, int]] = {}  # what each sentence's protest is about
    clues = CountryClues()
    for s in sents:
        persons[s.index] = [(a, b) for a, b, _ in sentence_entities(parsed, s, NOT_PLACE_LABELS)]
        plain = outlet_free(s, outlets)
        spoken_of = _find_actors(p, plain, s.start, None)
        named = [a for a in spoken_of if not a.generic]
        # "gangs of Kalenjin and Kikuyu youths": a community's men, not the town of Kikuyu
        peoples = [(a.start, a.end) for a in spoken_of if a.inter == 4 and a.generic]
        peoples += [(m.start(), b) for a, b in peoples
                    if (m := _PAIRED.search(text, max(0, a - 30), a)) is not None]
        # "French soldiers" near Gao, "Rwanda Security Forces" in Mozambique: a force's
        # nationality, or its home in the name of a force named only abroad, says who fought,
        # not where; a nationality is a hint only when nothing else places the report
        forces = [a for a in named if _by_demonym(p, a)]
        in_name = [(a.start, a.end) for a in named if a in forces or _abroad(p, a.name)]
        found: list[PlaceMention] = []
        if p.gazetteer is not None:
            found = [reread(m, p.gazetteer, strict=True) for m in find_places(
                s.text, offset=s.start,
                entities=sentence_entities(parsed, s, (*PLACE_LABELS, "ORG")),
                gazetteer=p.gazetteer, people=persons[s.index],
                proper_start=_opens_on_proper_noun(parsed, s),
            ) if not any(a <= m.start < b for a, b in in_name + peoples)
                and not any(a.start <= m.start < a.end for a in named)  # "Al Shabaab's view"
                # ("the Rwanda Defence Force said": the force's country, not the place)
                and not FORCE_AFTER.match(text, m.end)]
        # "a protest in Kurigram condemning Israel's war in Gaza": what it was about
        # (a town or a force there only after the sentence named where the protest was: "a
        # demonstration in support of Palestine in Chittagong city", "a protest against the
        # attacks on ODM politicians")
        # (a country named there always is: "a demonstration in support of Palestine")
        lo, hi = topics[s.index] = _topic_span(s)
        countries = find_countries(capitals_titled(plain), offset=s.start, lexicon=p.countries)
        found = [m for m in found if not (lo <= m.start < hi and p.countries.canonical(m.name))]
        clues.add_countries([c for c in countries if not lo <= c.start < hi], text,
                            in_name=in_name, force_starts={a.start for a in forces})
        if not any(m.start < lo for m in found):
            lo = hi
        named = [a for a in named if not lo <= a.start < hi]
        found = [m for m in found if not lo <= m.start < hi]
        usable = [a for a in named if a.country and a.name not in p.ambiguous
                  and not _abroad(p, a.name)]
        clues.forces_of += [a.country or "" for a in usable if a in forces]
        clues.hints += [a.country or "" for a in usable if a not in forces]
        clues.region.update(c for a in named if a not in forces
                            for c in p.actors.region_of(a.name))
        clues.region.update(c for a in named for c in p.ambiguous.get(a.name, ()))
        clues.operating += [area for a in named if len(area := p.actors.region_of(a.name)) > 1]
        for cue in p.cues.find(plain):  # "Pokot raiders", "the upazila chairman"
            clues.add_cue(cue.countries)
        if p.gazetteer is not None:
            places[s.index] = found
            if capitals := capital_mentions(s.text, offset=s.start, countries=p.countries,
                                            gazetteer=p.gazetteer, day=published):
                places[s.index] = sorted(capitals + [
                    m for m in places[s.index]
                    if not any(c.start <= m.start < c.end for c in capitals)],
                    key=lambda m: m.start)
    if p.gazetteer is not None and (own := clues.fallback()) is not None:
        for s in sents:  # "In the capital, thousands marched": the report's country's capital
            if bare := bare_capital_mentions(s.text, offset=s.start, country=own,
                                             gazetteer=p.gazetteer, day=published):
                taken = places.get(s.index, [])
                places[s.index] = sorted(taken + [b for b in bare if not any(
                    m.start < b.end and b.start < m.end for m in taken)], key=lambda m: m.start)
    p._time("mentions", t0)
    t1 = time.perf_counter()
    # ("A Taliban spokesman, Qari Yousef Ahmadi, said ... Ahmadi claimed that": the man named
    # again by his surname, not Al Ahmadi in Kuwait)
    surnames = {words[-1] for a, b, _ in entities(parsed, NOT_PLACE_LABELS)
                if len(words := text[a:b].split()) > 1}
    for i, found in places.items():  # "Somali residents": a people, not the Somali Region;
        # "SANA reported": a news agency, not Sanaa
        places[i] = [m for m in found if m.text not in p.countries.demonyms
                     and m.text not in AGENCIES
                     and not names_a_government(text, m, p.countries.names)
                     and not names_no_scene(text, m)
                     and not (m.text in surnames and not _PLACE_WORD_BEFORE.search(
                         text, max(0, m.start - 12), m.start))]
    all_places = [m for s in sents for m in places.get(s.index, [])
                  if not _BASED.match(text, m.end)]
    resolved, country = place_report(all_places, text, clues, gazetteer=p.gazetteer,
                                     weights=p.geo_weights, neighbours=p.neighbours)
    p._time("geocode", t1)
    t2 = time.perf_counter()
    orgs = [(a, b, text[a:b]) for a, b, _ in entities(parsed, ("ORG",))]
    attributions = tuple(find_attributions(sents, orgs, text))
    frames: list[Frame] = []
    body = [s.index for s in sents if s.index not in headlines]
    carried: tuple[DateMention, ...] = ()  # the day a sentence with no event told
    told_day: DateMention | None = None  # the last day the text gave
    sections = country_sections(text, p.countries)
    tally_before = False  # the paragraph's sentence before gave a tally
    scene: list[PlaceMention] = []  # the town a sentence with no incident opened on
    labelled = False  # the scene is an item's label ("Kisumu.")
    mourned = False  # the sentence before named a funeral
    named_group: ActorMention | None = None  # the armed group named last ("the militants")
    sides: list[ActorMention] = []  # the armed sides named so far ("the two groups")
    last_end = 0
    for s in sents:
        if "\n" in text[last_end:s.start]:
            tally_before = False
        if "\n\n" in text[last_end:s.start]:
            carried, scene, labelled = (), [], False  # a new paragraph
            mourned = False
        last_end = s.end
        trig, skip, earlier = own_triggers(
            s, find_triggers(s.text, offset=s.start, lexicon=p.triggers), text)
        mourning = _FUNERAL.search(s.text) is not None
        if trig and (mourning or mourned) and all(
                t.kind.sub_event_type == "Peaceful protest" for t in trig) and not (
                _PROTEST_WORD.search(s.text)):
            trig = []  # "The funeral of a paramedic is being held at the cathedral. Hundreds of
            # people have gathered.": mourners, not a protest (unless they protest)
        mourned = mourning
        # a sentence with no incident is read for a day only at its opening (cheap)
        dates = tuple(d for d in find_dates(s.text if trig else s.text[:_OPENING],
                                            offset=s.start, published=anchor)
                      if not any(a <= d.start < b for a, b in dated_lines)
                      and not _decided_in_topic(s, d, topics[s.index])
                      and not _LASTED_INTO.search(text, max(0, d.start - 40), d.start)
                      and not _DIED_LATER.search(text, max(0, d.start - 90), d.start)
                      and not _WOUNDED_DIED.search(text, max(0, d.start - 220), d.start)
                      and not (_DIED_ON.search(text, max(0, d.start - 30), d.start)
                               and _TREATED_SINCE.match(text, d.end)))
        if len(dates) > 1:  # ("The toll from Saturday's fighting rose to six on Sunday": the
            # day of the count, when the sentence gives the fighting's own)
            dates = tuple(d for d in dates
                          if not _TOLL_ROSE_TO.search(text, max(0, d.start - 150), d.start))
        if trig and (first := next((d for d in dates if d.precision == 1 and not d.background),
                                   None)) is not None and (again := day_told_before(
                s.text[first.end - s.start:], offset=first.end, anchor=first)) is not None:
            if again.date > first.date and not _AFTER_WORD.search(again.text):
                dates += (again,)  # "burned 200 houses on Friday, before it was ambushed by
                # resistance fighters the following day": Saturday's ambush
            elif _DAY_AFTER.fullmatch(again.text) and not _TOLD_ACT.match(text, again.end):
                # "pressed west on Monday, a day after they rolled into Bin Jawad": Sunday's
                # (not "On Sunday, a day after the attack, two soldiers were killed": the
                # attack is the one told before, and Sunday is this act's day)
                before = first.date - dt.timedelta(days=1)
                dates += (replace(again, date=before, reason=f"'{first.text} ({first.date}), "
                                  f"{again.text}': the day before, {before}"),)
        entry = next(((a, day, b) for a, b, day in entries if a <= s.start < b), None)
        if entry is not None and s.index not in headlines:
            # a live blog's entry tells its incidents on the entry's day, unless a sentence
            # of it named another day: the sentences after that one go on with it
            if dates:
                entry_told.add(entry[0])
            elif trig and entry[0] not in entry_told and not all(
                    only_outcome(t) for t in trig) and (
                    _past_verbs(parsed, s) or _GOING_ON.search(s.text)) and not _day_next(
                    p, text[s.end:min(entry[2], _next_end(sents, s))], s.end, anchor,
                    entry[1].date):
                # (not an entry's label, "Village attacked in Ouallam department.", before
                # the sentence that tells the day: "gunmen ... attacked a village on Wednesday")
                dates = (entry[1],)  # (not "Kyiv does not usually comment on attacks", nor
                # "Six other passengers were wounded": the sentence before's dead)
        if s.index not in headlines:
            told = [d for d in dates if d.precision == 1 and not d.background]
            if not dates and trig and told_day is not None and (
                    again := day_told_before(s.text, offset=s.start, anchor=told_day,
                                             last_told=max(t.start for t in trig))):
                # "on the same day", "the next day" (of a past day: "on January 9 our
                # brothers died there. On that day, 17 civilians were killed": the past too)
                again = replace(again, background=told_day.background)
                dates, told = (again,), ([] if again.background else [again])
            gone = [d for d in dates if d.precision == 1 and d.background]
            # (not the day of the words: "a communique read on national television on 10
            # June" leaves "the same day" on the day of the ambush it tells)
            told = [d for d in told if not published_on(text, d)]
            told_day = told[-1] if told else gone[-1] if gone else told_day
        if not trig:
            # "On Saturday, 4 October, women were stopped by armed men. The men raped four of
            # them": the day a sentence opens on, told before the incident in the same
            # paragraph, is the incident's day
            # (a short sentence sets the scene with its day wherever it names it: "The
            # attackers came after dark on Saturday.")
            opening = [d for d in dates if (d.start - s.start < 30 or len(s.text) <= _SHORT)
                       and not s.text.startswith(("\"", "“"))]
            if s.index not in headlines and (day := tuple(
                    d for d in opening if d.precision == 1 and not d.background)):
                carried = day
                if _INCIDENT_WAS.match(s.text):
                    # "... were killed when Maoists triggered a landmine blast. The incident
                    # took place yesterday afternoon.": the day of the incident just told
                    frames = [replace(f, date=day[0]) if f.sentence.index == s.index - 1
                              and f.date is None and not f.rejected else f for f in frames]
            elif s.index not in headlines and (past := tuple(
                    d for d in opening if d.background)):
                # "In April, the government ordered ... and protests erupted in several
                # towns": a sentence that opens in the past keeps the next one there
                carried = past
            # "In Moundou, the day was deadlier. Security forces opened fire ...": the place
            # the sentence opens on is the next incident's
            # ("3. DURAN (Guayas). In the early hours of Sunday, a patrol came under fire",
            # "Kisumu. Running battles went on ...": an item's label, its own short sentence)
            label = [m for m in places.get(s.index, [])[:1] if len(s.text) <= _LABEL and (
                m.text.isupper() or s.text.rstrip(".: ") == m.text)]
            scene = [m for m in places.get(s.index, []) if _OPENS_ON.fullmatch(
                text, s.start, m.start) and text.startswith(",", m.end)] or label or scene
            # (a paragraph that opens on the place alone: not a dateline, "KABUL -")
            labelled = labelled or any(s.text.rstrip(".: ") == m.text for m in label) and (
                s.start == 0 or text[s.start - 1] == "\n")
            if frames and frames[-1].sentence.index >= s.index - 2 and _BLAMED.search(s.text):
                # "A grenade wounds six in a border town. Residents suspect Al Shabaab.": the
                # group blamed is a side of the incident just told
                blamed = tuple(a for a in _sentence_actors(p, s, country, outlets)
                               if not a.generic and a.inter in (2, 3, 4))
                frames[-1] = replace(frames[-1], actors=frames[-1].actors + blamed)
            continue
        if not dates:
            dates, carried = carried, ()
        undated = not dates
        if not dates and scene and not places.get(s.index) and told_day is not None:
            dates = (told_day,)  # "In Moundou, the day was deadlier. Security forces ..."
        carried = ()
        # (a sentence after a tally in its paragraph that dates nothing of its own goes on
        # with the tally: "At least 590 were killed, the UN said in its report. At least 141
        # were killed by vigilantes.")
        cumulative = is_cumulative(s.text) or (tally_before and not dates)
        tally_before = cumulative
        if cumulative and all(only_outcome(t) for t in trig):
            continue  # "casualties numbered 129 killed": a tally, no event of its own
        nums = () if cumulative else fate_from_parse(tuple(
            n for n in find_numbers(s.text, offset=s.start, lexicon=p.numbers)
            if not any(a <= n.start <= b for a, b in skip)), parsed)
        if not cumulative and not any(n.outcome == "killed" for n in nums) and any(
                t.kind.event_type != "Strategic developments" for t in trig):
            nums += tuple(n for n in named_dead(s.text, persons[s.index], offset=s.start)
                          if not any(a <= n.start <= b for a, b in skip))
        actors, named_group = refer_back(_unnest(
            [a for a in _sentence_actors(p, s, country, outlets)
             if not any(_told_by(a, t, text) and not _own_action(t, text)
                        for t in attributions)
             and not any(x <= a.start < y for x, y in earlier)
             # ("a march to demand the departure of French troops": the cause, no side)
             and not topics[s.index][0] <= a.start < topics[s.index][1]
             and not _linked(a, text)], text),
            named_group, text)
        actors += two_sides(s.text, s.start, actors, sides)
        sides += [a for a in actors if not a.generic and a.inter in (1, 2, 3, 4)]
        facts = SentenceFacts(
            sentence=s,
            triggers=tuple(trig),
            cues=tuple(find_cues(s.text, offset=s.start, lexicon=p.triggers)),
            actors=actors,
            numbers=nums,
            dates=dates,
            # (an item's label stands behind the places its sentence names: "Mombasa. About
            # 200 protesters gathered near Makupa roundabout", a place the gazetteer lacks)
            places=_event_places(places.get(s.index, []) + scene if labelled else
                                 places.get(s.index, []) or scene, attributions, text, resolved),
            # (a round-up's lines before its first country section are its masthead)
            headline=s.index in headlines or bool(sections) and s.start < sections[0],
            past=_past_verbs(parsed, s),
            lead=bool(body) and s.index == body[0],
            opening=s.index in body[:2],
            published=anchor,
            short=len(body) <= 3,
            section=bisect.bisect_right(sections, s.start),
        )
        built = build_frames(facts, text)
        if labelled:  # a paragraph's place label opens another item of the round-up
            # (an undated one: a dated item finds its own event by its day and place)
            built = [replace(f, new_event_cue=True, extra=(*f.extra, LABELLED))
                     if f.date is None or undated else f for f in built]
        frames += built
        scene, labelled = [], False
    datelines = {(m.start, m.end) for m in all_places if is_dateline(m, text)}
    colons = {(a, b) for a, b in datelines if text.startswith(":", b)}
    dashes = {(a, b) for a, b in datelines - colons if text[a:b].upper() != text[a:b]}
    for labels in (colons, dashes):
        if len({text.rfind("\n", 0, a) for a, _ in labels}) > 1:
            datelines -= labels  # "Mogadishu: ...", "Tripoli: ...", "Celaya - ...": a
            # round-up's items by place (a wire's one dateline is written once)
    # neither a dateline nor a way out ("the wounded were airlifted to Raipur") is where an
    # event happened
    if filed_here(text, datelines):
        datelines = set()  # "DERA ISMAIL KHAN: ... in a crowded market here": the scene
    away = {(m.start, m.end) for m in all_places if named_as_way_out(text, m.start)
            or named_as_speakers_town(text, m.start, m.end) or named_as_home(text, m.start)}
    aside = datelines | away

    def town_of(m: PlaceMention) -> ResolvedPlace | None:
        return None if (m.start, m.end) in aside else resolved.get((m.start, m.end))

    if (section := _BACKGROUND_HEAD.search(text)) is not None:
        # "BACKGROUND" over the report's last paragraphs: history, whatever its verbs (up to
        # the next heading: "CONTEXT" then "INCIDENTS" in a bulletin)
        ends = _HEADING.search(text, section.end())
        stop = ends.start() if ends is not None else len(text)
        frames = [replace(f, rejected=f.rejected or "in the report's background section")
                  if section.start() < f.start < stop else f for f in frames]
    frames = [h for f in background_goes_on(accident_after(frames, text), text)
              for g in split_by_clauses(f, text, town_of)
              for h in split_by_places(g, text, town_of)]

    towns = sorted((m.start, r) for m in all_places if (r := town_of(m)) is not None
                   and r.geo_precision < 3)
    starts = {s.index: s.start for s in sents}
    home = default_place([m for m in all_places if (m.start, m.end) not in away], resolved,
                         datelines, country)

    def place_of(f: Frame) -> ResolvedPlace | None:
        # a landmark ("the Sirwah front, west of Marib") yields to the place it locates,
        # unless that is only its province ("north of Mogadishu in the Middle Shabelle region")
        found = own_places([(m, r) for m in f.places if (r := town_of(m)) is not None], text)
        if found:  # (a city's quarter the sentence names: "the Damascus district of Qaboun")
            return quarter_of(min((r for _, r in found), key=precision_rank),
                              (r for _, r in found))
        # a live blog's entry that names no town is where the entry named one before, else
        # where the blog is ("00:35 A barricade is burning in front of the church")
        entry = next((a for a, b, _ in entries if a <= f.sentence.start < b), None)
        if entry is None:
            return None
        # ("The Kupiansk toll has risen": a town told before, named as a word of a noun; not
        # one the sentence names as a landmark: "35 km north of Aleppo")
        own = {m.text for m in f.places}
        named = next((r for m in reversed(all_places) if m.end <= f.sentence.start
                      and (r := town_of(m)) is not None and r.geo_precision < 3
                      and len(m.text) > 3 and m.text not in own and m.text in f.sentence.text),
                     None)
        return named or next((r for pos, r in reversed(towns) if entry <= pos < f.sentence.start),
                             home[1] if home else None)

    def last_town(index: int, back: int = 0) -> ResolvedPlace | None:
        """The town the text named last before sentence `index` (at most `back` sentences
        before it, if given)."""
        lo = starts.get(index - back, 0) if back else 0
        return next((r for pos, r in reversed(towns) if lo <= pos < starts[index]), None)

    groups = group_frames(frames, published=published, place_of=place_of, last_town=last_town)
    if p.sentences is not None:
        # an event none of whose sentences reads as an incident is background, when another
        # event of the report does read as one (a report that told no incident in the
        # model's eyes keeps what the rules found: a coder's short note is not news copy)
        keep = p.sentences.incidents(
            [[f.sentence.text for f in g.frames if not f.rejected] for g in groups])
        groups = [g for g, k in zip(groups, keep, strict=True) if k]
    ctx = EventContext(
        doc=doc,
        country=country,
        attributions=attributions,
        resolved={k: v for k, v in resolved.items() if k not in aside},
        default_place=home,
        placed=tuple((i, m, r) for i in sorted(places) for m in places[i]
                     if (m.start, m.end) not in aside and not _BASED.match(text, m.end)
                     and (r := resolved.get((m.start, m.end))) is not None),
        find_actors=lambda t, c: _actors_in(p, t, c),
        headline_end=headline_end,
        live_blog=bool(entries),
        authorities=p.actors.authorities,
        generic_heads=p.numbers.generic,
        attacker_heads=p.numbers.attackers,
        protest_report=_PROTEST_HEADLINE.search(
            f"{doc.title or ''} {text[:headline_end]}") is not None,
    )
    events = [build_event(g, ctx, index=i) for i, g in enumerate(groups)]
    p._time("events", t2)
    return events




# "The army said it had killed 24 militants", "the coalition said its aircraft had carried out 14
# strikes": the speaker claims the act as its own.
_DONE = (r"(?:killed|carried out|launched|conducted|struck|shot|fired|hit|destroyed|arrested|"
         r"captured|repulsed|repelled|neutrali[sz]ed|targeted|attacked|seized|bombed|bombarded|"
         r"shelled|detained|ambushed|raided|stormed|overran|downed|shot\s+down)\b")
_OWN_ACTION = re.compile(
    r"\s+(?:has |have |had )?(?:also )?(?:said|says|announced|claimed|confirmed|reported|stated)"
    r"(?: on \w+| \w+day| in a statement| late \w+)?,? (?:that )?"
    r"(?:it|they|(?:its|their) (?:forces|troops|units|fighters|men|soldiers|aircraft|"
    r"warplanes|jets|fighter jets|planes|drones|helicopters|artillery|navy)) "
    rf"(?:had |has |have |was |were )?(?:\w+ly )?{_DONE}"
    r"|\s+(?:has |have |had )?(?:claimed|claims|claim|accepted|admitted) (?:the )?responsibility"
    # "JNIM claimed to have ambushed an army convoy": the claimant did it
    rf"|\s+(?:has |have |had )?(?:claimed|claims|said|says) (?:to have|it had|they had) "
    rf"(?:\w+ly )?{_DONE}"
    # "the Burkinabe armed forces announced an operation to secure the region": its own measure
    r"|\s+(?:has |have |had )?(?:announced|declared|launched|imposed|lifted|extended) "
    r"(?:an? |the |its |their )?(?:\w+ ){0,2}(?:operation|offensive|curfew|ceasefire|truce|"
    r"state of emergency|deployment|ban|lockdown)s?\b",
    re.IGNORECASE)


# "The incident took place yesterday afternoon": the day of what the sentence before told
_INCIDENT_WAS = re.compile(r"(?:The|This|That)\s+(?:incident|attack|blast|explosion|ambush|"
                           r"raid|killing|killings|shooting|clash|clashes)\s+(?:took\s+place|"
                           r"happened|occurred)\b", re.IGNORECASE)


def _filed_on(text: str, dated_lines: list[tuple[int, int]],
              published: dt.date | None) -> dt.date | None:
    """The day a story was filed when its dateline gives the day before publication
    ("IMPHAL, Sep 26: ... were injured today" in the paper of 27 September); else the
    publication day."""
    if not dated_lines or published is None:
        return published
    a, b = dated_lines[0]
    day = next((d.date for d in find_dates(text[a:b], offset=a, published=published)
                if d.precision == 1), None)
    return day if day is not None and (published - day).days == 1 else published


def _told_by(a: ActorMention, t: Attribution, text: str) -> bool:
    """The actor is the source itself, its article included ("according to the police
    report": the police only tell), or a militia or community the speaker is said to lead
    ("said Kolo, a leader of the local vigilante group")."""
    return (t.start <= a.start < t.end or text[a.start:t.start].lower() in ("the ", "a ", "an ")
            or (a.inter in (3, 4) and 0 <= a.start - t.end <= 90
                and bool(_SPEAKER_ROLE.match(text[t.end:a.start]))))


# "..., said Kolo, a leader of the local self-defence militia known as the CJTF": the group a
# speaker belongs to, in the apposition after the name
_SPEAKER_ROLE = re.compile(r",\s+(?:a|an|the)\s+(?:[\w'-]+\s+){0,3}?(?:of|for|in|with|from)\s+"
                           r"[^,.;:\"]*$", re.IGNORECASE)


# "a jihadist group linked to Al-Qaeda", "the Sahel's main Al-Qaeda affiliate": the network a
# group belongs to, not the group that acted
_LINKED_BEFORE = re.compile(r"\b(?:group|faction|militia|organi[sz]ation|network|cell|outfit|"
                            r"movement)\s+(?:\w+\s+)?(?:linked|affiliated|allied|tied|loyal|"
                            r"aligned|close)\s+(?:to|with)\s+(?:the\s+)?$", re.IGNORECASE)
_LINKED_AFTER = re.compile(r"(?:['’]s)?[\s-]+(?:affiliate|offshoot|franchise|branch|ally|"
                           r"allies|linked|affiliated)\b", re.IGNORECASE)


# "beat to death a man accused of being an informant for an armed group", "killed four people,
# accusing them of collaborating with the dissidents": the accusation
# (but "arrested four persons suspected of belonging to ISIS cells": members, the side taken)
_ACCUSED_OF = re.compile(r"\b(?:accus(?:e|es|ed|ing)(?:\s+\w+){0,2}|suspected)\s+of\s+"
                         r"(?!belonging|being\s+(?:an?\s+)?(?:members?|part|fighters?)|"
                         r"membership|links?|ties)[^.;]{0,50}$", re.IGNORECASE)


# "gunmen whom police described as separatist fighters": the police only describe them
_DESCRIBER = re.compile(r"\s+(?:had\s+)?(?:described|identified|called|labell?ed|branded)\s+as\b")
_WHOM = re.compile(r"\bwhom\s+$")


def _linked(a: ActorMention, text: str) -> bool:
    if a.inter in (2, 3) and _ACCUSED_OF.search(text, max(0, a.start - 75), a.start):
        return True
    if _WHOM.search(text, max(0, a.start - 10), a.start) and _DESCRIBER.match(text, a.end):
        return True
    return not a.generic and a.inter in (2, 3) and bool(
        _LINKED_BEFORE.search(text, max(0, a.start - 45), a.start)
        or _LINKED_AFTER.match(text, a.end))


def _own_action(a: Attribution, text: str) -> bool:
    return bool(_OWN_ACTION.match(text, a.end) or _CLAIMED.match(text, a.end))


# "The Islamic State group claimed the attack": a claim is the group's own act
_CLAIMED = re.compile(rf"(?:\s+group)?\s+(?:has\s+|had\s+)?(?:{CLAIMED_ACT})")


_GOING_ON = re.compile(r"\b(?:is|are)\s+(?:now\s+|still\s+)?\w+ing\b")  # "Police are firing"
_OPENING = 60  # characters of a sentence that may set the scene's day
_SHORT = 60  # a sentence this short that names a day sets the scene with it
_LABEL = 40  # a sentence this short that is a place in capitals labels the item after it


def _headline_line(text: str) -> str | None:
    """A plain text's first line, when it reads as a headline: short, with no full stop, and
    a blank line before the body ("Army air strike on Nyala market kills at least 19")."""
    first, sep, rest = text.lstrip().partition("\n\n")
    first = first.strip()
    if not sep or not rest.strip() or "\n" in first or len(first) > 160 or first.endswith(
            (".", ":", ";")):
        return None
    return first


# a funeral's gathering, and the words that make one a protest all the same
_FUNERAL = re.compile(r"\b(?:funerals?|burials?|mourners|mourning)\b", re.IGNORECASE)
_PROTEST_WORD = re.compile(r"\b(?:protest\w*|demonstrat\w*|march\w*|rall(?:y|ied|ies)|chant\w*|"
                           r"slogans?|demand\w*|denounc\w*|condemn\w*)", re.IGNORECASE)
# "the shootout that followed, which lasted into the early hours of Friday": the day it
# ended, not the day it happened ("continued until dawn on Monday": the night's fighting ends
# on Monday, it starts no event there)
_LASTED_INTO = re.compile(r"\b(?:lasted|lasting|continued|continuing|went on|dragged on|"
                          r"stretched|raged)\s+(?:well\s+)?(?:(?:in)?to|until|till)\s+(?:the\s+"
                          r"(?:early\s+)?(?:hours|morning|night)\s+of\s+|(?:dawn|daybreak|"
                          r"sunrise|first light|midnight)\s+)?$", re.IGNORECASE)
# "The death toll from Saturday's fighting rose to six on Sunday": the day of the count
_TOLL_ROSE_TO = re.compile(r"\btoll\b[^.;]{0,120}\b(?:rose|risen|climbed|increased|jumped|"
                           r"reached)\s+to\s+(?:[\w,]+\s+){1,2}(?:late\s+|early\s+)?(?:on\s+)?$",
                           re.IGNORECASE)
# "a second, who had been struck on the head, died at the District Headquarters Hospital on
# Tuesday": the day a wounded man died, not the day of the clash
# (and "taken to the hospital, where two of them died late on Wednesday": the wounded's day;
# "11 people were killed and buried on Monday": the burial's)
_DIED_LATER = re.compile(r"\b(?:died|succumbed)\b[^.;]{0,60}\b(?:hospital|clinic|infirmary)\b"
                         r"[^.;]{0,12}$|\b(?:buried|laid\s+to\s+rest)\s+(?:late\s+|early\s+)?"
                         r"(?:on\s+)?$|\b(?:(?:of\s+(?:them|whom)|later|subsequently)\s+died|"
                         r"died\s+of\s+(?:his|her|their)\s+(?:wounds|injuries)|succumbed(?:\s+to\s+"
                         r"(?:his|her|their)\s+(?:wounds|injuries))?)\s+(?:late\s+|early\s+)?"
                         r"(?:on\s+)?$", re.IGNORECASE)
# "a man who was wounded on Monday in Juli, when police fired pellets ..., died overnight", "a
# third was wounded in the clash and died on Tuesday": the day a wounded man died
_WOUNDED_DIED = re.compile(r"\b(?:wounded|injured|hurt|who\s+(?:was|were|had\s+been)\s+"
                           r"(?:\w+ly\s+)?shot)\b[^.;]{0,160}\b(?:died|succumbed)\s+"
                           r"(?:late\s+|early\s+)?(?:on\s+)?$", re.IGNORECASE)
# "died on Sunday at the hospital, where he had been treated since Friday": the day a man
# hurt in an event told elsewhere died
_DIED_ON = re.compile(r"\b(?:died|succumbed)\s+(?:late\s+|early\s+)?(?:on\s+)?$", re.IGNORECASE)
_TREATED_SINCE = re.compile(r"[^.;]{0,120}\b(?:(?:had\s+been|was\s+being|was)\s+(?:treated|"
                            r"hospitali[sz]ed|admitted|in\s+a\s+coma)\s+since|of\s+(?:his|her|"
                            r"their)\s+(?:wounds|injuries))\b", re.IGNORECASE)
_PLACE_WORD_BEFORE = re.compile(r"\b(?:in|at|near|from|to|of|outside|into)\s+(?:the\s+)?$",
                                re.IGNORECASE)
_DAY_AFTER = re.compile(r"(?:a|one)\s+day\s+after", re.IGNORECASE)
_TOLD_ACT = re.compile(r"\s+(?:the|that|this)(?:\s+[\w'-]+){1,2}\s*[,;)\u2013\u2014]")
_AFTER_WORD = re.compile(r"\bafter\b", re.IGNORECASE)  # ("on Monday, a day after the gang
# stormed the community": the storming was the day before, no act of the day after)
_BACKGROUND_HEAD = re.compile(r"(?m)^[ \t]*(?:BACKGROUND|Background|CONTEXT|Context|HISTORY|"
                              r"(?:Some|A little|The)\s+(?:background|context)|Backstory|"
                              r"BACKSTORY)[ \t]*:?[ \t]*$")
# a heading: a short line of its own without a sentence's end, a paragraph after it
# (after a blank line, or in capitals: not the first line of a hard-wrapped paragraph)
_HEADING = re.compile(r"\n[ \t]*\n[ \t]*[A-Z][^\n.!?:;,\"\u201d]{0,50}?[ \t]*\n"
                      r"(?=[ \t]*\n?[ \t]*\S)"
                      r"|^[ \t]*[A-Z][A-Z \t&/-]{2,50}\n(?=[ \t]*\n?[ \t]*\S)", re.MULTILINE)
# a headline about protests: its "clashes" with no armed group named are a crowd's with
# the police ("Opposition protests in Conakry: second day of clashes")
_PROTEST_HEADLINE = re.compile(r"\b(?:protest|demonstrat|march(?:es|ers)\b|rall(?:y|ies)\b|"
                               r"riot|unrest|uprising)", re.IGNORECASE)
_BLAMED = re.compile(r"\b(?:[Ss]uspect(?:s|ed)?|[Bb]lamed?|[Bb]laming|believed to be|accused|"
                     r"[Cc]laimed by|"
                     r"(?:[Aa]ttribut\w+|[Bb]lamed)\s+(?:the|this|it)\s+(?:\w+\s+)?to|"
                     # "Officials said the attackers were mostly Lou Nuer youth"
                     r"(?:attackers|assailants|gunmen|raiders|attacker|assailant)\s+(?:were|was)"
                     r"\s+(?:mostly|mainly|largely|all|believed\s+to\s+be|identified\s+as)?)"
                     r"\s+(?:\w+\s+on\s+)?(?:the\s+)?[A-Z0-9]")
_OPENS_ON = re.compile(r"(?:In|At)\s+(?:the\s+)?(?:(?:town|city|village)\s+of\s+)?")
_PAIRED = re.compile(r"\b[A-Z][a-z]+\s+(?:and|or)\s+$")  # "Kalenjin and " before "Kikuyu youths"
_BASED = re.compile(r"[-\s]based\b", re.I)
# "Two Maoists killed in Bijapur encounter" on a line of its own over a paragraph: a
# round-up's section head, a headline of what the paragraph tells
_SUBHEAD = re.compile(r"[A-Z][^\n.!?:;\"“”]{3,80}")
_SPEAKER_TAIL = re.compile(r"[^.,;:()\"“”]{0,30}")


_PROTEST_WORD = with_heads(re.compile(
    r"\b(?:protest\w*|rall(?:y|ies|ied)|march(?:ed|es)?|demonstrat\w+|"
    r"sit-in|human chain|vigil)\b", re.IGNORECASE))
# what a protest is about: "a human chain in Dhaka condemning Israel's war in Gaza"
_TOPIC = with_heads(re.compile(
    r"\b(?:against|condemning|denouncing|in solidarity with|in support of|"
    r"(?:expressing|express|to express) solidarity with|to protest|to condemn|"
    r"to denounce|(?:to )?(?:demand|demanding|call for|calling for) (?:the )?(?:departure|"
    r"withdrawal|release|exit|expulsion) of)\b", re.IGNORECASE))


_TOPIC_END = re.compile(r"[,;:.()]|\s(?:were|was|are|is|have|has|had|erupted|broke out|took place|"
                        r"turned|spread|continued|flared)\b")


def _topic_span(s: Sentence) -> tuple[int, int]:
    """The clause telling what a protest was about ("condemning Israel's military aggression
    on Gaza", "against Prime Minister Modi's visit"), up to its verb or the clause's end:
    forces and places named there are the cause's, not the event's. (0, 0) when none."""
    if (protest := _PROTEST_WORD.search(s.text)) is None or (
            topic := _TOPIC.search(s.text, protest.end())) is None:
        return 0, 0
    end = _TOPIC_END.search(s.text, topic.end())
    return s.start + topic.start(), s.start + (end.start() if end else len(s.text))


# "to protest against the death sentence handed down by the tribunal on Thursday": the day
# of the decision the protest answers
_DECIDED = re.compile(r"\b(?:handed down|announced|issued|passed|delivered|imposed|pronounced|"
                      r"adopted|signed|made)\b", re.IGNORECASE)


def _decided_in_topic(s: Sentence, d: DateMention, topic: tuple[int, int]) -> bool:
    lo, hi = topic
    return lo <= d.start < hi and (
        _DECIDED.search(s.text, lo - s.start, d.start - s.start) is not None)


def _event_places(found: list[PlaceMention], attributions: Sequence[Attribution], text: str,
                  resolved: dict[tuple[int, int], ResolvedPlace | None]
                  ) -> tuple[PlaceMention, ...]:
    """A sentence's places, less those naming where its speaker is ("according to an official
    at the governor's office in Maroua") when it names another town."""
    said_at = [m for m in found if any(
        a.start <= m.start < a.end or a.end <= m.start and _SPEAKER_TAIL.fullmatch(
            text, a.end, m.start) for a in attributions)]
    own = [m for m in found if m not in said_at]
    towns = [m for m in own if (r := resolved.get((m.start, m.end))) and r.geo_precision < 3]
    if towns:
        return tuple(own)
    # ("a doctor at Al-Thawra hospital told AFP": where the speaker works, never the scene)
    return tuple(m for m in found if m not in said_at or not HOSPITAL_AFTER.match(text, m.end))


_SAME_ACTOR = re.compile(
    r"\(\s*(?:(?:believed|thought|suspected|said|reported|alleged|presumed) to be|"
    r"reportedly|presumably|probably|likely|allegedly|possibly|suspected)?\s*(?:the\s+)?$",
    re.IGNORECASE)


def _unnest(actors: list[ActorMention], text: str) -> tuple[ActorMention, ...]:
    """ "Katiba Macina (JNIM) militants", "gunmen (believed to be JNIM militants)": a name in
    brackets after another names the same actor; the named one wins over a generic one."""
    out: list[ActorMention] = []
    skip_until = -1
    for a in actors:
        if a.start <= skip_until:
            skip_until = -1
            continue
        if out and not text[out[-1].end:a.start].strip() and not a.generic and (
                out[-1].generic or out[-1].inter == 1 and a.inter in (2, 3, 4)):
            out[-1] = a  # "the paramilitary Rapid Support Forces": a word describing the group
            continue
        between = text[out[-1].end : a.start] if out else ""
        if out and _SAME_ACTOR.fullmatch(between.strip()):
            close = text.find(")", a.end, a.end + 40)
            if (a.inter in (5, 6) and out[-1].inter not in (5, 6)  # "(BCL) clashed": a crowd
                    or out[-1].generic and not a.generic  # "gunmen (believed to be X)": X
                    # "Katiba Macina (JNIM)": the group it belongs to, as ACLED names it
                    or not out[-1].generic and not a.generic and a.inter == out[-1].inter == 2):
                out[-1] = replace(out[-1], name=a.name, inter=a.inter, country=a.country,
                                  generic=a.generic,
                                  reason=f"'{out[-1].text}' named in brackets: {a.reason}")
            skip_until = close + 2 if close >= 0 else -1  # "(JNIM) militants": one actor
            continue
        out.append(a)
    return tuple(out)


def _opens_on_proper_noun(parsed: Doc, s: Sentence) -> bool:
    """The model reads the sentence's first word as a proper noun ("Kupiansk came under
    fire", not "Police said" or "Fighting continued")."""
    span = parsed.char_span(s.start, s.end, alignment_mode="expand")
    return span is not None and len(span) > 0 and span[0].pos_ == "PROPN"


def _past_verbs(parsed: Doc, s: Sentence) -> tuple[int, ...]:
    span = parsed.char_span(s.start, s.end, alignment_mode="expand")
    if span is None:
        return ()
    # (tags compared as the ints spaCy stores: `tag_` looks each one's string up)
    vbd, vbn = parsed.vocab.strings["VBD"], parsed.vocab.strings["VBN"]
    return tuple(
        t.idx for t in span
        if t.tag == vbd or (t.tag == vbn and any(c.dep_ in ("aux", "auxpass")
                                                 for c in t.children))
    )


def _by_demonym(p: Pipeline, a: ActorMention) -> bool:
    """A state force named by its nationality ("French soldiers", "Kenyan police")."""
    return (a.name.startswith(STATE_FORCES)
            and a.text.split(" ", 1)[0] in p.countries.demonyms)


def _abroad(p: Pipeline, name: str) -> bool:
    """A force named only in other countries' reports ("Rwanda Security Forces" in
    Mozambique): its home country is no hint of where the report is set."""
    entry = p.actors.by_name.get(name)
    # (a home force with a name of its own there, "Iraq's Counter-Terrorism Service", is home)
    return entry is not None and bool(entry.only_in) and entry.country not in entry.only_in


def _ambiguous(lexicon: ActorLexicon) -> dict[str, frozenset[str]]:
    """Actors an alias shares with another ("UPDF" in Uganda and in Bangladesh)."""
    out: dict[str, frozenset[str]] = {}
    for table in (lexicon.exact, lexicon.folded):
        for entries in table.values():
            if len({e.name for e in entries}) < 2:
                continue
            where = frozenset(c for e in entries
                              for c in ((e.country,) if e.country else ()) + e.only_in
                              + e.active_in)
            for e in entries:
                out[e.name] = out.get(e.name, frozenset()) | where
    return out


_UNIFORM = re.compile(r"\s+(?:army\s+|military\s+|police\s+)?uniforms?\b")


def _sentence_actors(p: Pipeline, s: Sentence, country: str | None,
                     outlets: list[tuple[int, int]]) -> list[ActorMention]:
    """The lexicon's actors, and countries named as the ones who struck ("Russia launched")."""
    plain = outlet_free(s, outlets)
    # ("militiamen, some of them wearing RSF uniforms": a garment, not the RSF)
    found = [a for a in _find_actors(p, plain, s.start, country)
             if not _UNIFORM.match(plain, a.end - s.start)]
    for a in find_state_agents(plain, offset=s.start, countries=p.countries):
        if not any(f.start < a.end and a.start < f.end for f in found):
            inter = 8 if country and a.country != country else 1
            found.append(replace(a, inter=inter))
    return sorted(found, key=lambda a: a.start)


def _actors_in(p: Pipeline, text: str, country: str | None) -> list[ActorMention]:
    return _find_actors(p, text, 0, country)


def _find_actors(p: Pipeline, text: str, offset: int, country: str | None
                 ) -> list[ActorMention]:
    """`find_actors`, read once per document for each text, offset and country."""
    key = (text, offset, country)
    found = p.actor_memo.get(key)
    if found is None:
        found = p.actor_memo[key] = find_actors(text, offset=offset, lexicon=p.actors,
                                                country=country)
    return list(found)


def extract(text: str, *, published: Any = None, doc_id: str = "text") -> list[Event]:
    """Python API: the events of one text (loads the pipeline once per process)."""
    if isinstance(published, str):
        published = dt.date.fromisoformat(published)
    return _default().extract(Document(doc_id, text, published))


_PIPELINE: list[Pipeline] = []


def _default() -> Pipeline:
    if not _PIPELINE:
        _PIPELINE.append(Pipeline.load())
    return _PIPELINE[0]
