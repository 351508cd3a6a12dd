"""Counts of people in one sentence: "at least 73 fighters were killed", "a soldier was killed".

Only counts of people (or bodies) are returned; ages, times, dates, years, money, distances,
labels ("Resolution 2334") and counts of things ("two vehicles") are not. Each count is tied
to the outcome named next to it (killed, injured, missing, kidnapped, arrested, displaced,
casualties) by three rules, tried in order:
1. an outcome word just before the number ("killing 12", "the deaths of 73", "toll rose to 9");
2. an outcome after the counted noun ("12 soldiers were killed", "three others injured");
3. the nearest outcome word earlier in the same clause ("killed 50 IS fighters and 23 soldiers").

Choices (codebook "Numbers of dead"): "up to 40" / "as many as 40" give value 40 with
high=40 and low=None (the only figure stated; deaths.py lets any lower reliable figure win);
"10 to 15" gives value 10, low 10, high 15; "the bomber and 12 others" gives two mentions
(1 and 12) that deaths.py adds up; a plural with no number ("civilians were killed") gives
value 3, qualifier "unnumbered", vague True.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

import yaml

from warcount.mentions.countries import phrase_pattern
from warcount.mentions.date_rules import CALENDAR_WORDS
from warcount.records import NumberMention

DEFAULT_NUMBERS = Path(__file__).resolve().parents[1] / "data" / "numbers.yaml"

_DICT_KEYS = ("units", "tens", "scales", "vague", "vague_high", "qualifiers", "outcomes")
_LIST_KEYS = ("people", "not_people", "attackers", "generic", "label_before", "months",
              "year_before")


def _words(spaced: str) -> list[str]:
    return spaced.split()


AUX = frozenset(_words(
    "was were is are been being be have has had also reportedly later all allegedly who now "
    "confirmed feared believed found left got get subsequently both were later initially "
    "apparently thought said presumed killed sustained suffered"))
CLAUSE_STOPS = frozenset(_words(
    "when after while as said says but which that because before since until if though "
    "although whereas ; . : ? !"))
INTRANSITIVE = frozenset(_words(
    "dead died die dies dying perished missing injured wounded hurt killed displaced "
    "deaths death fatalities casualties injuries martyred succumbed")) | frozenset({
        "lost their lives", "lost his life", "lost her life", "embraced martyrdom",
        "paid the supreme price", "paid the ultimate price", "laid down their lives",
        "paid the ultimate sacrifice", "made the ultimate sacrifice", "sent to hell",
        "fell with arms in hand", "fell with their arms in hand", "fell in combat",
        "fell in action", "fell on the field of honour", "fell on the field of honor"})
OBJECT_STARTERS = frozenset(_words("a an the his her their its two one some several dozens"))


@dataclass(frozen=True)
class NumberLexicon:
    units: dict[str, int]
    tens: dict[str, int]
    scales: dict[str, int]
    vague: dict[str, int]
    vague_high: dict[str, int]
    qualifiers: dict[str, str]
    outcome_of: dict[str, str]  # outcome phrase (lower case) -> outcome
    people: frozenset[str]
    not_people: frozenset[str]  # nouns a number may count that are not people ("camels")
    attackers: frozenset[str]
    generic: frozenset[str]
    label_before: frozenset[str]
    months: frozenset[str]
    year_before: frozenset[str]
    outcome_re: re.Pattern[str]
    precheck: re.Pattern[str]
    starters: frozenset[str]  # words that can begin a number or a vague phrase
    vague_heads: frozenset[str]  # the first words of the vague phrases


def load_number_lexicon(path: Path | None = None) -> NumberLexicon:
    """Read and check the number lexicon (default: the packaged data/numbers.yaml)."""
    data: Any = yaml.safe_load((path or DEFAULT_NUMBERS).read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise ValueError("numbers lexicon: expected a mapping at the top")
    for key in _DICT_KEYS:
        if not isinstance(data.get(key), dict):
            raise ValueError(f"numbers lexicon: '{key}' must be a mapping")
    for key in _LIST_KEYS:
        if not isinstance(data.get(key), list):
            raise ValueError(f"numbers lexicon: '{key}' must be a list")
    for key in ("units", "tens", "scales", "vague", "vague_high"):
        for word, value in data[key].items():
            if not isinstance(word, str) or not isinstance(value, int):
                raise ValueError(f"numbers lexicon: {key}.{word} must map a word to an int")
    outcome_of: dict[str, str] = {}
    for outcome, phrases in data["outcomes"].items():
        if not isinstance(phrases, list) or not all(isinstance(p, str) for p in phrases):
            raise ValueError(f"numbers lexicon: outcomes.{outcome} must be a list of phrases")
        for phrase in phrases:
            outcome_of.setdefault(phrase.lower(), str(outcome))
    people = frozenset(str(w) for w in data["people"])
    words = (
        list(data["units"]) + list(data["tens"]) + list(data["vague"]) + ["dozen", "a", "an"]
    )
    outcome_re = re.compile(r"(?<![\w-])(?:" + phrase_pattern(sorted(outcome_of)) + r")(?!\w)",
                            re.IGNORECASE)
    # The cheap gate: no digit, number word, vague word or outcome word means no mention.
    gate = sorted(set(words) | set(outcome_of) | {"no one"})
    precheck = re.compile(r"\d|(?<!\w)(?:" + phrase_pattern(gate) + r")(?!\w)", re.IGNORECASE)
    return NumberLexicon(
        units=dict(data["units"]), tens=dict(data["tens"]), scales=dict(data["scales"]),
        vague=dict(data["vague"]), vague_high=dict(data["vague_high"]),
        qualifiers={str(k): str(v) for k, v in data["qualifiers"].items()},
        outcome_of=outcome_of, people=people | frozenset(w.lower() for w in people),
        not_people=frozenset(str(w).lower() for w in data["not_people"]),
        attackers=frozenset(data["attackers"]), generic=frozenset(data["generic"]),
        label_before=frozenset(data["label_before"]), months=frozenset(data["months"]),
        year_before=frozenset(data["year_before"]), outcome_re=outcome_re, precheck=precheck,
        starters=frozenset(list(data["units"]) + list(data["tens"]) + ["a", "an", "half"]
                           + [str(p).split()[0] for p in data["vague"]]),
        vague_heads=frozenset(str(p).split(" ")[0] for p in data["vague"]),
    )


_CUMULATIVE = re.compile(
    r"\b(?:since (?:the (?:start|beginning|outbreak)|(?:the )?(?:conflict|war|insurgency|"
    r"uprising|fighting|crisis|violence|revolution|offensive|campaign)|(?:early |late |mid-?)?"
    r"(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december)|(?:19|20)\d\d)|so far this (?:year|month)|this year alone|"
    r"in the (?:current|present) year|since records began|"
    # "have killed at least 45 people since the group first appeared": a group's life's toll
    r"since (?:the (?:group|movement|organi[sz]ation|militia|rebellion|rebels)|it|they) "
    r"(?:first )?(?:appeared|emerged|was (?:founded|formed|created|set up)|took up arms|"
    r"(?:began|started|launched) (?:its|their) (?:insurgency|rebellion|armed struggle|"
    r"campaign))|since (?:its|their) (?:creation|founding|formation|emergence|inception)|"
    r"in the (?:past|last) (?:year|\w+ (?:years|months|decades?))|over the (?:past|last) "
    r"(?:year|decade|\w+ (?:years|months))|in total,? .{0,60}(?:insurgency|conflict|war)|"
    r"(?:conflict|war|insurgency|fighting) (?:has|have) (?:killed|claimed|left)|"
    r"(?:conflict|war|insurgency) that has (?:killed|claimed|left)|"
    # "More than 40,000 people have been killed in the conflict": the war's toll, not a day's
    r"(?:have|has) been killed in (?:the|this) (?:[\w-]+ )?(?:conflict|war|insurgency|"
    r"uprising|unrest|crackdown)\b|"
    # "Thousands of soldiers and civilians have been killed", "at least 9,120 civilians have
    # been killed": no one day's dead
    r"(?:thousands|hundreds of thousands|tens of thousands) of [^.;]{0,40}\b(?:have|has) been "
    r"killed\b|\b\d{1,3}(?:,\d{3})+ [^.;]{0,40}\b(?:have|has) been killed\b|"
    # "At least eleven people have died since Sunday in a new wave of violence": the days'
    # total over the events told after it
    r"\b(?:have|has)\s+(?:died|been\s+killed)\s+since\s+(?:monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday|last\s+week)\b|"
    # "... since the invasion. At least 9,120 civilians have died over the same period"
    r"\b(?:over|in|during|for) the same period\b|"
    # a tally's wording: "casualties among security forces numbered 129 killed", "deaths in
    # the first quarter stood at 1,057"
    r"(?:casualties|causalities|deaths|fatalities|toll|victims|killed)\b[^.;]{0,60}\b"
    r"(?:numbered|totall?ed|stood at|amounted to)|\bin the first (?:quarter|half)\b|"
    # "from January through March", "said in its quarterly report": a period's statistics
    r"\bfrom (?:january|february|march|april|may|june|july|august|september|october|"
    r"november|december) (?:through|to|until|till) (?:january|february|march|april|may|june|"
    r"july|august|september|october|november|december)|"
    r"\b(?:said|says) in (?:a|its|the|their) (?:\w+ )?report\b)",
    re.IGNORECASE,
)


# Speed: every alternative above begins with one of these letters (in any case, folded as the
# pattern folds them) or a digit; looking ahead for one lets the search pass over the other
# characters.
_CUMULATIVE_HEADS = re.compile(r"(?=[stiocwfdvkh0-9])" + _CUMULATIVE.pattern, re.IGNORECASE)


def is_cumulative(sentence_text: str) -> bool:
    """True when the sentence gives a running total over a period, not one event's toll."""
    return _CUMULATIVE_HEADS.search(sentence_text) is not None


class Token(NamedTuple):
    text: str
    low: str
    start: int
    end: int


_TOKEN = re.compile(
    r"\d+(?:-[A-Za-z]+)+|\d{1,3}(?:,\d{3})+(?!\d)|\d+(?:\.\d+)?|[A-Za-z]+(?:['’-][A-Za-z]+)*|\S")
_NOT_MODIFIER = frozenset(_words(
    "in on at of to from for with by near and or nor were was had have has are is the a an "
    "this that these those who which whom said after when per than into across over under "
    "their his her its our them they he she it we i you not no during while as including whose "
    "among between against within without more"))
_OF_DET = frozenset(_words("the them whom those these their its his our"))
_SKIP_BEFORE_HEAD = frozenset(_words("more other additional further"))
_COLLECTIVE = frozenset(_words(
    "people police personnel staff crew militia taliban dead children men women youth "
    "family"))
_BARE_NEXT = frozenset(_words(
    ", . ; : ) and were was have had are died dead killed injured wounded others who "
    "people"))
_PLACE_NEXT = frozenset({"in", "at", "on", "near", "after", "when", "during", "as", "while"})
_DEATH_HEADS = {"bodies": "killed", "corpses": "killed", "dead": "killed", "lives": "killed",
                "casualties": "casualties"}
_HURT_WORDS = {"injured": "injured", "wounded": "injured", "dead": "killed"}
_NO_OBJECT = frozenset(_words("dead died die dies dying perished missing hurt"))
_SUBJECTS = frozenset(_words("they he she we it i you"))
_OWNERS = frozenset(_words("her his their its our the"))
_VERB_AFTER = frozenset(_words("were was are is have has had"))
_NO_UNNUMBERED = frozenset(_words("others dead bodies body corpses lives casualties victims"))


def tokenize(text: str) -> list[Token]:
    """Words, numbers (commas kept inside: "2,000") and single punctuation marks."""
    new = tuple.__new__  # (what `Token(...)` calls, without its Python-level __new__)
    return [new(Token, (word := m.group(), word.lower(), m.start(), m.end()))
            for m in _TOKEN.finditer(text)]


@dataclass
class _Count:
    start_tok: int  # first token of the mention (the qualifier, if any)
    number_tok: int  # first token of the number
    end_tok: int  # exclusive: after the counted noun, or after the number
    value: int
    low: int | None = None
    high: int | None = None
    qualifier: str = ""
    vague: bool = False
    who: str = ""
    head_outcome: str = ""
    described: str = ""  # the outcome an adjective of the noun phrase gives ("injured persons")
    needs_outcome: bool = False
    strict: bool = False  # only an outcome right before or after counts (rules 1 and 2)


_SIDES = frozenset({"sides", "parties", "camps", "groups", "countries", "forces", "ways", "of",
                    "factions", "armies"})


def _word_number(toks: list[Token], i: int, lex: NumberLexicon) -> tuple[int, int] | None:
    """ "seventy-three", "one hundred and twenty", "two dozen", "a dozen" -> (value, next i)."""
    total, current, j, seen = 0, 0, i, False
    while j < len(toks):
        low = toks[j].low
        value = _word_value(low, lex)
        if value is not None:
            current += value
        elif low in lex.scales and seen:
            total += max(current, 1) * lex.scales[low]
            current = 0
        elif low == "dozen" and seen:
            current = max(current, 1) * 12
        elif low == "and" and seen and j + 1 < len(toks) and (
                toks[j + 1].low.split("-")[0] in lex.units or toks[j + 1].low in lex.tens):
            if total == 0:
                break  # "two and three" is not one number
        else:
            break
        seen = True
        j += 1
    if seen and toks[i].low == "both" and (any(t.low == "and" for t in toks[i + 2:i + 5]) or (
            j < len(toks) and toks[j].low in _SIDES)):
        return None  # "both soldiers and civilians", "fighters from both sides": no count
    if not seen:
        if toks[i].low in ("a", "an") and i + 1 < len(toks) and toks[i + 1].low == "dozen":
            return 12, i + 2
        if toks[i].low == "half" and [t.low for t in toks[i + 1:i + 3]] == ["a", "dozen"]:
            return 6, i + 3
        return None
    return total + current, j


def _word_value(low: str, lex: NumberLexicon) -> int | None:
    """ "twelve" -> 12, "seventy-three" -> 73; None unless every part (at most two) is a unit
    or a ten. (Most words checked are single: they skip the split.)"""
    if "-" not in low:
        return lex.units.get(low, 0) + lex.tens.get(low, 0) if (
            low in lex.units or low in lex.tens) else None
    parts = low.split("-")
    if len(parts) > 2 or not all(p in lex.units or p in lex.tens for p in parts):
        return None
    return sum(lex.units.get(p, 0) + lex.tens.get(p, 0) for p in parts)


_AGE_JOIN = frozenset({"and", "to", ",", "-", "or"})


def _is_age(toks: list[Token], i: int, lex: NumberLexicon) -> bool:
    """ "The two men were 52 and 67 years old", "aged 19 and 23", "aged between 20 and 35":
    ages, not counts."""
    low = [t.low for t in toks]
    j = i + 1
    if j + 1 < len(low) and low[j] in _AGE_JOIN and low[j + 1][:1].isdigit():
        j += 2
    if j < len(low) and low[j] in ("years", "year") and j + 1 < len(low) and low[j + 1] in (
            "old", "of"):
        return True
    k = i - 1
    if k >= 1 and low[k] in _AGE_JOIN and low[k - 1][:1].isdigit():
        k -= 2
    if k >= 0 and low[k] == "between":
        k -= 1
    return k >= 0 and low[k] in ("aged", "age", "ages")


_NAMED_BEFORE = re.compile(r"[A-Z][\w'-]*\s*$")


_CURRENCY = frozenset(_words(
    "sh ksh kes ush tsh rs inr pkr usd eur gbp ngn cfa fcfa dollars euros pounds shillings "
    "naira rupees afghanis francs cedis birr riyals rials dinars pesos reais rand kwacha taka "
    "kyats hryvnias hryvnia rubles roubles lira liras yuan"))


def _digit_number(
    text: str, toks: list[Token], i: int, lex: NumberLexicon
) -> tuple[int, int] | None:
    tok = toks[i]
    after = text[tok.end:tok.end + 2]
    before = text[tok.start - 1] if tok.start else " "
    # (a clock's "11:30" is no count; "the toll had risen to 11: six civilians, ..." is)
    if before in "$£€₦₹#/" or before.isalpha() or (after[:1].isalpha()) or (
            after[:1] and after[:1] in "%/") or (
            after[:1] == ":" and after[1:2].isdigit()) or (
            after[:1] in "-–" and after[1:2].isalpha()):
        return None
    prev = toks[i - 1].low if i else ""
    nxt = toks[i + 1].low if i + 1 < len(toks) else ""
    if prev in lex.label_before or prev in lex.months or nxt in lex.months:
        return None
    if prev in _CURRENCY or nxt in _CURRENCY:
        return None  # "lost Sh 40,000", "a ransom of 5 million naira": money, no people
    if before == "(" and after[:1] == ")" and _NAMED_BEFORE.search(text, 0, tok.start - 1):
        return None  # "Daw Ngun Tin (45) and her son Maung Hrang (12)": ages
    if before == " " and text[tok.start - 2:tok.start - 1] == "," and after[:1] == "," and (
            _NAMED_BEFORE.search(text, 0, tok.start - 2)) and 12 <= int(
                tok.text.replace(",", "") or 0) <= 99:
        return None  # "a corporal, Rodrigo Pessanha, 31, was shot dead": an age
    if prev == "-" and i > 1 and toks[i - 2].text[0].isdigit():
        return None  # the far end of a range, read with its start
    if _is_age(toks, i, lex):
        return None
    if nxt in ("percent", "per", "am", "pm", "gmt", "bc", "ad") or nxt in lex.scales and (
            i + 2 < len(toks) and toks[i + 2].low in ("dollars", "euros", "pounds")):
        return None
    if "." in tok.text and nxt not in lex.scales:
        return None
    value = float(tok.text.replace(",", ""))
    j = i + 1
    if nxt in lex.scales:
        value *= lex.scales[nxt]
        j += 1
    if "," not in tok.text and 1900 <= value <= 2099 and len(tok.text) == 4 and (
            prev in lex.year_before or nxt in (",", ".", ")") or not nxt):
        return None
    return int(value), j


def _vague_at(toks: list[Token], i: int, lex: NumberLexicon) -> tuple[str, int] | None:
    if toks[i].low not in lex.vague_heads:
        return None  # no vague phrase begins with this word
    for n in (4, 3, 2, 1):
        if i + n > len(toks):
            continue
        phrase = " ".join(t.low for t in toks[i:i + n])
        if phrase in lex.vague:
            return phrase, i + n
    return None


def _number_at(text: str, toks: list[Token], i: int, lex: NumberLexicon) -> _Count | None:
    tok = toks[i]
    if tok.text[0].isdigit():
        if "-" in tok.text:
            return None
        got = _digit_number(text, toks, i, lex)
        if got is None:
            return None
        return _Count(i, i, got[1], got[0])
    got = _word_number(toks, i, lex)
    if got is not None:
        return _Count(i, i, got[1], got[0])
    vague = _vague_at(toks, i, lex)
    if vague is not None:
        phrase, j = vague
        if phrase == "some" and j < len(toks) and (toks[j].text[0].isdigit() or toks[j].low
                                                    in lex.units or toks[j].low in lex.tens):
            return None  # "some 20" is a qualifier
        value = lex.vague[phrase]
        return _Count(i, i, j, value, high=lex.vague_high.get(phrase), qualifier="vague",
                      vague=True)
    return None


def _qualify(c: _Count, text: str, toks: list[Token], lex: NumberLexicon) -> None:
    """The qualifier before the number and a range after it ("10 to 15", "between 3 and 5")."""
    i = c.number_tok
    for n in (3, 2, 1):
        if i - n < 0:
            continue
        phrase = " ".join(t.low for t in toks[i - n:i])
        if phrase in lex.qualifiers:
            if not c.vague:
                c.qualifier = lex.qualifiers[phrase]
            c.start_tok = i - n
            break
    if c.vague:
        return
    between = i > 0 and toks[i - 1].low == "between"
    j = c.end_tok
    if j + 1 < len(toks) and toks[j].low in (("and",) if between else ("to", "-", "–", "or")):
        far = _number_at(text, toks, j + 1, lex) if toks[j].low != "-" else (
            _Count(j + 1, j + 1, j + 2, int(toks[j + 1].text.replace(",", "")))
            if toks[j + 1].text.isdigit() else None)
        if far is not None and not far.vague and far.value > c.value:
            c.low, c.high, c.end_tok = c.value, far.value, far.end_tok
            c.qualifier = c.qualifier or "range"
            if between:
                c.start_tok = i - 1
    if c.qualifier == "up to":
        c.high = c.value


# nouns in -s that describe the person after them: "a customs officer", "an arms dealer"
_S_MODIFIERS = frozenset(_words("customs arms news sports sales works"))


def _is_modifier(tok: Token) -> bool:
    if tok.text[0].isdigit() and "-" in tok.text:
        return True  # "24-year-old", "500-strong"
    if 2 <= len(tok.text) <= 5 and tok.text.isupper() and tok.text.isalpha():
        return True  # an acronym: "20 IS fighters", "two US soldiers" (not the verb "is")
    if tok.low in _NOT_MODIFIER or not (tok.text[0].isalpha() or tok.text in "()"):
        return False
    if tok.low in _S_MODIFIERS:
        return True
    if tok.text[0].isupper() or tok.text in "()":
        return True
    if tok.low.endswith("ing"):
        return False
    return not (tok.low.endswith("s") and not tok.low.endswith(("ous", "ss", "us", "is")))


def _head(toks: list[Token], j: int, lex: NumberLexicon) -> tuple[int, int] | None:
    """(first token, end) of the people noun phrase starting at j, within five tokens."""
    first = j
    for k in range(j, min(j + 5, len(toks))):
        if toks[k].low in lex.people or toks[k].text in lex.people:
            end = k + 1
            for n in range(k + 1, min(k + 4, len(toks))):  # "Police Force personnel"
                if toks[n].low in lex.people and toks[n].low not in _DEATH_HEADS:
                    end = n + 1
                elif not _is_modifier(toks[n]) or _is_number_word(toks[n], lex):
                    break
            return first, _coordinate(toks, end, lex)
        if not _is_modifier(toks[k]) or _is_number_word(toks[k], lex):
            if k > j and toks[k].low in _VERB_AFTER and toks[k - 1].text[0].isalpha() and (
                    toks[k - 1].low not in lex.not_people):
                return first, k  # "two Israelis were killed": checked by its outcome
            if (k + 1 < len(toks) and toks[k + 1].low in _VERB_AFTER and toks[k].low.isalpha()
                    and toks[k].low not in _NOT_MODIFIER and toks[k].low not in lex.not_people):
                return first, k + 1
            if k > j and _shares_head(toks, j, k, lex):
                return first, k  # "5 ISGS and 2 JNIM militants": the second head is theirs too
            return None
    return None


def _shares_head(toks: list[Token], j: int, k: int, lex: NumberLexicon) -> bool:
    """Names only (toks[j:k]), then "and" and a count of people: "5 ISGS and 2 JNIM militants"."""
    if toks[k].low != "and" or k + 2 >= len(toks) or not all(
            t.text[:1].isupper() for t in toks[j:k]):
        return False
    number = toks[k + 1]
    if not (number.text[:1].isdigit() or _is_number_word(number, lex)):
        return False
    second = _head(toks, k + 2, lex)
    return second is not None and toks[second[1] - 1].low in lex.people


def _is_number_word(tok: Token, lex: NumberLexicon) -> bool:
    first = tok.low.split("-")[0]
    return first in lex.units or first in lex.tens or first in lex.vague


def _coordinate(toks: list[Token], end: int, lex: NumberLexicon) -> int:
    """Extend past "and pro-regime militiamen" (a second noun with no number of its own)."""
    if end < len(toks) and toks[end].low in ("and", "&"):
        for k in range(end + 1, min(end + 4, len(toks))):
            if toks[k].low in lex.people and toks[k].low not in ("others", "people"):
                return _coordinate(toks, k + 1, lex)
            if not _is_modifier(toks[k]) or _is_number_word(toks[k], lex):
                break
    return end


def _noun_phrase(c: _Count, text: str, toks: list[Token], lex: NumberLexicon) -> bool:
    """Attach the counted noun to the count; False when the number counts no people."""
    j = c.end_tok
    if j < len(toks) and toks[j].low == "of":
        if j + 1 < len(toks) and toks[j + 1].low in ("them", "whom", "those", "these"):
            c.end_tok = j + 2
            c.needs_outcome = True
            return True
        j += 2 if j + 1 < len(toks) and toks[j + 1].low in _OF_DET else 1
    while j < len(toks) and toks[j].low in _SKIP_BEFORE_HEAD:
        j += 1
    head = _head(toks, j, lex)
    if head is not None:
        first, end = head
        if toks[end - 1].low not in lex.people:
            c.needs_outcome = c.strict = True  # an unknown noun counts only with its outcome
        c.who = text[toks[first].start:toks[_whose(toks, end) - 1].end]
        c.end_tok = end
        last = toks[end - 1].low
        c.head_outcome = _DEATH_HEADS.get(last, "") if end - first == 1 else ""
        c.described = next(  # "three injured persons", "two wounded soldiers"
            (_HURT_WORDS[t.low] for t in toks[first:end - 1] if t.low in _HURT_WORDS), "")
        return True
    if c.end_tok < j < len(toks) and (toks[j].low in _BARE_NEXT or toks[j].low in lex.outcome_of):
        c.end_tok, c.needs_outcome = j, True  # "at least seven more died"
        return True
    nxt = toks[c.end_tok].low if c.end_tok < len(toks) else "."
    if nxt == "." and c.end_tok + 1 < len(toks) and toks[c.end_tok + 1].start == toks[
            c.end_tok].end and toks[c.end_tok + 1].text[:1].isdigit():
        return False  # "one .303 rifle": a calibre, not the end of a sentence
    if nxt in _BARE_NEXT or nxt in lex.outcome_of:
        c.needs_outcome = True
        return True
    if nxt in _PLACE_NEXT and c.start_tok and toks[c.start_tok - 1].low in lex.outcome_of:
        c.needs_outcome = True  # "killing 10 in Quetta", "killed at least one near the market"
        return True
    return False


_PARTITIVE_HEADS = frozenset({"members", "member", "personnel", "elements", "officers",
                              "troops", "fighters", "men"})


def _whose(toks: list[Token], end: int) -> int:
    """Where the phrase naming whose people they are ends: "nine members of the Afghan
    security forces" names their side; the count itself still ends at "members"."""
    if not (toks[end - 1].low in _PARTITIVE_HEADS and end + 1 < len(toks)
            and toks[end].low == "of"):
        return end
    k = end + 1
    while k < min(len(toks), end + 7) and toks[k].low not in CLAUSE_STOPS and (
            toks[k].low not in AUX and toks[k].low not in (",", ".", ";", "(", ")")):
        k += 1
    return k if k > end + 1 else end


def _describes_person(toks: list[Token], k: int, lex: NumberLexicon) -> bool:
    """ "a cleaning woman", "a serving officer": a word in -ing right before a person noun;
    "a 10 year old child": an age in three words."""
    nxt = toks[k + 1].low if k + 1 < len(toks) else ""
    if toks[k].low.endswith("ing") and nxt in lex.people and toks[k].low not in lex.outcome_of:
        return True
    return toks[k].low.isdigit() and nxt in ("year", "years") and (
        k + 2 < len(toks) and toks[k + 2].low == "old")


_BODY = frozenset(_words("body corpse"))
_FOUND = frozenset(_words("found discovered recovered retrieved dumped exhumed"))


def _found_body(toks: list[Token], i: int) -> _Count | None:
    """ "a burnt man's body is discovered", "the beheaded corpse of a twelve-year-old girl was
    found": one dead, a stranger's (not "his body was found": someone told before)."""
    k = next((k for k in range(i + 1, min(i + 5, len(toks))) if toks[k].low in _BODY), None)
    if k is None or toks[i].low not in ("a", "an", "the") or toks[i].low == "the" and not (
            k + 2 < len(toks) and toks[k + 1].low == "of" and toks[k + 2].low in ("a", "an")):
        return None
    if not any(t.low in _FOUND for t in toks[k + 1:k + 16]):
        return None
    return _Count(i, i, k + 1, 1, who=toks[k].text, head_outcome="killed")


def _singular(text: str, toks: list[Token], i: int, lex: NumberLexicon) -> _Count | None:
    """ "a soldier", "the bomber", "another civilian": one person, kept only with an outcome."""
    skip = 0
    for k in range(i + 1, min(i + 7, len(toks))):
        low = toks[k].low
        if k < skip or _describes_person(toks, k, lex):
            skip = max(skip, k + 3 if low.isdigit() else k + 1)
            continue
        if low in lex.outcome_of and k == i + 2 and _AGE.fullmatch(toks[k - 1].low):
            who = toks[k - 1].text  # "a 14-year-old died": the age names the person
            return _Count(i, i, k, 1, who=who, needs_outcome=True, strict=True)
        if low in lex.outcome_of or "-" not in low and (
                _is_number_word(toks[k], lex) or low[:1].isdigit()):
            return None  # "a bomb killed one person": a verb or a number ends the phrase
        if low in lex.people:
            if k + 1 < len(toks) and toks[k + 1].low in lex.people and (
                    toks[k + 1].low not in lex.outcome_of):
                continue  # "police officer" (not "a commander dead")
            if k + 1 < len(toks) and toks[k + 1].low in _FIGURE_NOUNS:
                return None  # "an official toll of six soldiers": a kind of figure
            if low.endswith(("s", "men")) or low in _COLLECTIVE:
                return None
            who = text[toks[i + 1].start:toks[k].end]
            return _Count(i, i, k + 1, 1, who=who, needs_outcome=True, strict=True)
        if not _is_modifier(toks[k]):
            if k > i + 1 and (toks[k - 1].text[0].isalpha() or _AGE.fullmatch(
                    toks[k - 1].low)) and toks[k].low in ("was", "is") and (
                    toks[k - 1].low + "s" not in lex.not_people):  # ("a motorbike was hit")
                who = text[toks[i + 1].start:toks[k - 1].end]  # "a Naxalite was killed"
                return _Count(i, i, k, 1, who=who, needs_outcome=True, strict=True)
            return None
    return None


_AGE = re.compile(r"\d{1,3}-years?-old")  # "a 14-year-old", the person of that age
_AGE_WORDS = re.compile(r"[\w-]+[\s-]+years?[\s-]+old\b", re.IGNORECASE)
_FIGURE_NOUNS = frozenset({"toll", "tolls", "figure", "figures", "count", "tally", "estimate",
                           "statement", "report", "account", "version", "source", "sources"})
# A bare singular right after one of these is one person killed: "police kill student".
_KILL_VERBS = frozenset({"kill", "kills", "killed", "shoot", "shoots", "behead", "beheads",
                         "lynch", "lynches", "stab", "stabs", "murder", "murders"})


# Present-tense verbs of violence (headline style) after a count: its people did it.
_DOER_VERBS = frozenset(_words("shoot shoots attack attacks ambush ambushes open opens beat beats "
                               "stab stabs hack hacks torch torches raid raids storm storms"))


_SOME_OF = frozenset(_words("many most some all several half one two three"))
_KIN = frozenset(_words("mothers fathers parents families relatives widows wives husbands "
                       "children sons daughters orphans"))


def _unnumbered(text: str, toks: list[Token], i: int, lex: NumberLexicon) -> _Count | None:
    """ "civilians were killed", "killing police officers": a plural with no number."""
    low = toks[i].low
    if i == 0 and low in lex.people and not low.endswith(("s", "men")) and (
            low not in _COLLECTIVE):
        return _Count(0, 0, 1, 1, who=toks[0].text, needs_outcome=True, strict=True)
    singular = low in lex.people and not low.endswith(("s", "men")) and low not in _COLLECTIVE
    verb = i - 1  # headline style: "police kill student", "police shoot Al Shabaab suspect dead"
    while verb > 0 and i - verb < 4 and toks[verb].text[:1].isupper():
        verb -= 1
    if singular and i and toks[verb].low in _KILL_VERBS:
        return _Count(i, i, i + 1, 1, who=toks[i].text, needs_outcome=True, strict=True)
    if low in _NO_UNNUMBERED or not (low.endswith("s") or low in _COLLECTIVE or low.endswith(
            "men")) or low == "person":
        return None
    first = i
    while first > 0 and toks[first - 1].text[:1].isupper() and first > 1:
        first -= 1
    prev = toks[first - 1].low if first else ""
    if prev in ("the", "a", "an", "of", "their", "his", "her", "its", "our", "other", "two"):
        return None
    if prev in lex.outcome_of and first > 1 and toks[first - 2].low in _DETERMINERS:
        return None  # "the funeral of the martyred soldiers": the dead told before
    if any(toks[k].low == "of" and k and toks[k - 1].low in _KIN
           for k in range(max(0, first - 3), first)) or (
            low in _KIN and i + 1 < len(toks) and toks[i + 1].low == "of"):
        return None  # "mothers of young people killed in police operations": their grief
    end = i + 1
    while end < len(toks) and toks[end].low in lex.people:
        end += 1
    end = _coordinate(toks, end, lex)
    last = toks[end - 1].low
    who = text[toks[first].start:toks[end - 1].end]
    if last in lex.people and not last.endswith(("s", "men")) and last not in _COLLECTIVE:
        # "police reservist shot dead": one person
        return _Count(first, first, end, 1, who=who, needs_outcome=True, strict=True)
    return _Count(first, first, end, 3, qualifier="unnumbered", vague=True,
                  who=who, needs_outcome=True, strict=True)


def parse_counts(text: str, toks: list[Token], lex: NumberLexicon) -> list[_Count]:
    """Every candidate count of people in the sentence, left to right, not overlapping."""
    counts: list[_Count] = []
    i = 0
    while i < len(toks):
        low = toks[i].low
        maybe = low in lex.starters or low[0].isdigit() or (
            "-" in low and low.split("-", 1)[0] in lex.starters)
        if low == "one" and i > 1 and toks[i - 1].low == "of" and (
                counts and counts[-1].end_tok == i - 1):
            i += 2  # "eight members of one family": whose they are, not one more person
            continue
        c = _number_at(text, toks, i, lex) if maybe else None
        if c is not None:
            _qualify(c, text, toks, lex)
            if _noun_phrase(c, text, toks, lex):
                counts.append(c)
                i = c.end_tok
                continue
        elif toks[i].low in ("a", "an", "the", "another", "his", "her"):
            s = _found_body(toks, i) or _singular(text, toks, i, lex)
            if s is not None:
                counts.append(s)
                i = s.end_tok
                continue
        elif toks[i].low in lex.people and not (i and toks[i - 1].low in lex.people) and not (
                counts and counts[-1].strict and i - counts[-1].end_tok <= 4
                and toks[counts[-1].end_tok].low in ("of", "from")):  # "officer of the police"
            u = _unnumbered(text, toks, i, lex)
            if u is not None:
                counts.append(u)
                i = u.end_tok
                continue
        i += 1
    return counts


@dataclass(frozen=True)
class _Outcome:
    start_tok: int
    end_tok: int  # exclusive
    outcome: str
    phrase: str


def _outcome_spans(text: str, toks: list[Token], lex: NumberLexicon) -> dict[int, _Outcome]:
    by_start = {t.start: i for i, t in enumerate(toks)}
    by_end = {t.end: i for i, t in enumerate(toks)}
    spans: dict[int, _Outcome] = {}
    for m in lex.outcome_re.finditer(text):
        i, j = by_start.get(m.start()), by_end.get(m.end())
        if i is not None and j is not None:
            phrase = m.group().lower()
            if phrase in ("toll", "tolls") and j + 1 < len(toks) and toks[j + 1].low in lex.people:
                continue  # "toll workers held a sit-in": a road toll, not a death toll
            spans[i] = _Outcome(i, j + 1, lex.outcome_of[phrase], phrase)
    return spans


_SECOND_BLOW = frozenset(_words("killed wounded injured shot stabbed hacked beat robbed"))


def _is_active(out: _Outcome, toks: list[Token], lex: NumberLexicon) -> bool:
    """ "killed two soldiers": an object follows, so the count before it is the doer."""
    if out.phrase in ("dead", "died", "perished", "missing", "dying", "deaths", "death"):
        return False
    if out.end_tok >= len(toks):
        return False
    nxt = toks[out.end_tok]
    if nxt.low == "and" and out.end_tok + 2 < len(toks) and (
            toks[out.end_tok + 1].low in _SECOND_BLOW):
        nxt = toks[out.end_tok + 2]  # "shot and wounded two soldiers"
    if nxt.text[:1].isupper() and nxt.text[1:2].islower() and nxt.low not in CALENDAR_WORDS:
        return True  # "police shot and killed Zacchaeus Okoth": a name is the object
    pair = f"{nxt.low} {toks[out.end_tok + 1].low}" if out.end_tok + 1 < len(toks) else ""
    return (nxt.low in OBJECT_STARTERS or nxt.low in lex.people or nxt.low in lex.units
            or nxt.low in lex.tens or nxt.text[0].isdigit() or nxt.low in lex.qualifiers
            or pair in lex.qualifiers)  # "killed at least 12"


def _coordinated(toks: list[Token], a: int, b: int) -> bool:
    return {t.low for t in toks[a:b]} <= {"and", ",", "as", "well", "plus", "&"}


_DETERMINERS = frozenset({"the", "their", "his", "her", "its", "our", "those", "these"})
# (not "held" or "carried": "ten hostages held by the group were executed")
_CROWD_VERBS = frozenset(_words("marched gathered rallied protested demonstrated assembled "
                                "chanted mourned attended waved"))
_MOVED = frozenset(_words("left fled returned moved arrived stayed remained crossed sought "
                         "headed relocated"))
_PLACED = frozenset(_words("based stationed deployed posted assigned attached"))
# Participles that describe the person counted: "a man accused of witchcraft was beaten to death"
_DESCRIBED = frozenset(_words("accused suspected believed alleged linked wanted known identified "
                              "named described thought"))

# Words that continue a noun phrase after its head: "of the Fatah group", "from Berdiansk".
_NOUN_TAIL = frozenset({"of", "from", "in", "at", "with", "the", "a", "an", ",", "-", "'s", "’s",
                        "and", "for", "working", "group", "party", "unit", "force", "forces",
                        "council", "movement", "community", "family"})


def _opens_participle(toks: list[Token], j: int, outs: dict[int, _Outcome]) -> bool:
    """A participle right after a noun: "travelling on a motorbike", "stationed at the gate"."""
    if j >= len(toks) or j in outs:
        return False
    low = toks[j].low
    return low in _PLACED or low.endswith("ing") and low.isalpha()


_DAY_WORDS = CALENDAR_WORDS | {"night", "week", "weekend"}


def _tie_outcome(c: _Count, toks: list[Token], outs: dict[int, _Outcome], lex: NumberLexicon,
                 starts: dict[int, int]) -> str:
    """The outcome tied to one count (the three rules in the module docstring)."""
    ends = {o.end_tok: o for o in outs.values()}
    if c.start_tok > 0 and toks[c.start_tok - 1].low == "by":
        return ""  # "stabbed to death by two men": the agents, not the dead
    if (right := outs.get(c.end_tok)) is not None and right.outcome == "casualties":
        return "casualties"  # "had lost 1,230 soldiers killed and wounded": dead and hurt
    k = c.start_tok  # 1. just before: "killing 12", "the deaths of 73", "toll of 9"
    for _ in range(3):
        if k in ends and ends[k].phrase not in _NO_OBJECT:
            return ends[k].outcome
        if k > 0 and toks[k - 1].low in ("of", "another", "further", "additional", "a", "to"):
            k -= 1
            if toks[k].low == "of" and k > 1 and toks[k - 2].low in ("on", "last") and (
                    toks[k - 1].low in _DAY_WORDS):
                k -= 2  # "the death on Thursday of a student": the day between
            continue
        break
    j, saw_aux, only_aux, last = c.end_tok, False, True, c.end_tok  # 2. after the noun
    tail = True  # "a volunteer from Bakhmut was killed", "a reporter, Ali Musa, was shot dead"
    skipped = 0
    # "a soldier travelling on a motorbike was killed", "two guards stationed at the gate
    # were shot dead": a participle's phrase describes the person, the verb after it is theirs
    participle = _opens_participle(toks, c.end_tok, outs)
    while j < min(len(toks), c.end_tok + 16 + skipped):
        out = outs.get(j)
        if out is not None and j > 1 and toks[j - 1].low in _DETERMINERS and (
                toks[j - 2].low != "among"):  # ("two children were among the dead")
            break  # "300 people carried photographs of the dead": a noun, not their fate
        if out is not None and j > c.end_tok and toks[j - 1].low.endswith(("'s", "’s")):
            break  # "hundreds of residents angered by the boy's death": his fate, not theirs
        if out is not None:
            right_after = only_aux and saw_aux or (tail and saw_aux and toks[j - 1].low in AUX) or (
                tail and not saw_aux and out.phrase in INTRANSITIVE)
            if (j == c.end_tok or right_after) and (
                    not _is_active(out, toks, lex) or c.who.endswith("others")):
                return out.outcome
            if not c.strict and saw_aux and toks[j - 1].low in AUX:
                return out.outcome
            if not c.strict and out.phrase in INTRANSITIVE and not _is_active(out, toks, lex):
                return out.outcome
            break
        low = toks[j].low
        if low == "(":
            close = next((n for n in range(j, len(toks)) if toks[n].low == ")"), len(toks))
            j = last = close + 1
            only_aux = False
            continue
        if low == "," and j + 3 < len(toks) and toks[j + 1].low in _SOME_OF and (
                toks[j + 2].low == "of" and toks[j + 3].low == "them"):
            # "about 300 people, many of them mothers of young people killed in police
            # operations, marched": who they are, not their fate
            comma = next((n for n in range(j + 4, min(len(toks), j + 30))
                          if toks[n].low == ","), None)
            if comma is None:
                break
            skipped += comma + 1 - j
            j = last = comma + 1
            continue
        if low == "," and j + 1 < len(toks) and toks[j + 1].low in ("including", "among"):
            # "two Maoists, including a woman cadre carrying a reward on her head, were killed"
            comma = next((n for n in range(j + 1, min(len(toks), j + 30))
                          if toks[n].low == ","), None)
            if comma is not None:
                skipped += comma + 1 - j
                j = last = comma + 1
                continue
        if low in CLAUSE_STOPS or low in _SUBJECTS or low in _DOER_VERBS and j == c.end_tok:
            break  # ("police shoot a suspect dead": the police are the doers)
        if (low in _CROWD_VERBS or low in _MOVED) and j == c.end_tok:
            return ""  # "thousands of students marched ... carrying pictures of those
            # killed": the crowd's own verb, the dead are others; "the attack, in which five
            # soldiers died, ... about 2,000 people left the town": the living who moved
        if low == "whose":
            break  # "a vendor whose cousin was killed": the cousin died, not the vendor
        if j in starts:
            if tail and toks[c.end_tok].low in ("of", "from") and j - c.end_tok <= 4:
                j += 1  # "an officer of the border police": inside the phrase
                continue
            if j > 0 and toks[j - 1].low in ("including", "includes", "among"):
                j = last = starts[j]  # "five people, including three soldiers, were killed"
                continue
            if not _coordinated(toks, last, j):
                break
            j = last = starts[j]
            participle = participle or _opens_participle(toks, j, outs)
            continue
        if low in AUX:
            saw_aux = True
        elif participle and not saw_aux and j - c.end_tok <= 14:
            pass  # still inside the participle's phrase
        elif saw_aux and not low.endswith("ly") or j - c.end_tok > 9 or not (
                low in _NOUN_TAIL or toks[j].text[:1].isupper() or low[:1].isdigit()
                or low in _DESCRIBED or low.isalpha() and not low.endswith(("ed", "ing"))):
            tail = False
        only_aux = only_aux and (low in AUX or low in (",", "and", "then", "later", "also")
                                 or low.endswith("ly"))
        j += 1
    if c.described:
        return c.described  # no verb of its own: "... and three injured persons taken away"
    if c.strict:
        return ""
    for k in range(c.start_tok - 1, max(-1, c.start_tok - 16), -1):  # 3. earlier in the clause
        if toks[k].low in CLAUSE_STOPS and not (
                toks[k].low == "as" and "well" in (toks[k - 1].low, toks[k + 1].low)):
            break
        if toks[k].low == "and" and k > 0 and toks[k - 1].low == "," and (
                toks[k + 1].low in _OWNERS):
            break  # "the driver died, and her two passengers were taken to hospital"
        if k in outs:
            return outs[k].outcome
    return ""


# "the Observatory raised the toll from the market strikes to 12", "bringing the toll from
# that strike to two": the count after "to" is the event's new toll
_RAISED = re.compile(r"\b(?:raised|raising|bringing|brought|pushing|pushed|revised|revising|"
                     r"updated|updating|upped)\s+(?:the|its|their)\s+(?:death\s+)?"
                     r"toll\b[^.;]{0,80}?\bto\s+(?=\w)"
                     # ("the toll had risen to seven": a toll word alone, its rise told)
                     r"|\b(?:the|its|their)\s+toll\s+(?:had\s+|has\s+|have\s+)?(?:risen|rose|"
                     r"climbed|increased|jumped|grown|grew)\s+to\s+(?=\w)"
                     # ("The death toll from Monday's bombing of a hotel has risen to 11")
                     r"|\b(?:the|its|their)\s+(?:death\s+)?toll\s+(?:from|of|in|among|for)\s+[^.;]{0,100}?"
                     r"\b(?:(?:had|has|have)\s+(?:risen|climbed|increased|jumped|grown)|rose|"
                     r"climbed|increased|jumped|grew)\s+to\s+(?=\w)"
                     # ("raising to seven the number of officers killed in the attack")
                     r"|\b(?:raising|raised|bringing|brought|pushing|pushed)\s+to\s+(?=\w[^.;]{0,30}?"
                     r"\bthe\s+(?:number|toll|count)\b)", re.IGNORECASE)


_TOLL_RISEN = re.compile(r"\btoll\s+(?:has|had|have)\s+(?:risen|climbed|increased|grown)\b"
                         r"|\btoll\s+(?:rose|climbed|jumped)\b", re.IGNORECASE)


def _raised_tolls(text: str, toks: list[Token]) -> set[int]:
    if "toll" not in text and "number" not in text:
        return set()
    by_start = {t.start: i for i, t in enumerate(toks)}
    return {by_start[m.end()] for m in _RAISED.finditer(text) if m.end() in by_start}


_QUOTES = str.maketrans({'"': " ", "“": " ", "”": " "})


_RESTATED = re.compile(r"\b([A-Za-z]+(?:-[a-z]+)?)(\s*\(\d{1,4}\))(?=\s+[a-z])")

_NO_ONE = re.compile(r"\b[Nn]o one\b")
_MAYBE = re.compile(r"[\[(]\s*(?:possibly|probably|perhaps|maybe|likely)\b[^\])]{0,60}[\])]",
                    re.IGNORECASE)


# the people just taken, killed by the same hands: "abducted four farmers and killed them"
_KILLED_THEM = re.compile(r"\b(?:and|before|then|later)\s+(?:then\s+|later\s+)?(?:shot|shooting|"
                          r"killed|killing|executed|executing|murdered|murdering|beheaded|"
                          r"beheading|slaughtered|hanged|burned)\s+(?:them|all\s+of\s+them)\b"
                          r"(?!\s+(?:in\s+the|on\s+the)\s+(?:leg|arm|foot|feet|hand)s?)")


def find_numbers(text: str, *, offset: int = 0, lexicon: NumberLexicon) -> list[NumberMention]:
    """Counts of people in one sentence, each tied to its outcome; offsets are `offset`-based."""
    if not lexicon.precheck.search(text):
        return []
    shown = text
    text = text.translate(_QUOTES)  # ('eight assailants were "neutralised"': the outcome)
    # "Two (2) officers", "one (1) resident": a police statement's figure written twice
    text = _RESTATED.sub(lambda m: m.group(1) + " " * len(m.group(2)) if _word_value(
        m.group(1).lower(), lexicon) is not None else m.group(), text)
    text = _NO_ONE.sub("      ", text)  # "no one was arrested": nobody, not one person
    text = _MAYBE.sub(lambda m: " " * len(m.group()), text)  # "wounded [possibly killed] several"
    toks = tokenize(text)
    outs = _outcome_spans(text, toks, lexicon)
    counts = parse_counts(text, toks, lexicon)
    raised = _raised_tolls(text, toks)
    rise = _TOLL_RISEN.search(text)  # "The toll has risen: ... two were killed"
    read = {k for c in counts for k in range(c.start_tok, max(c.end_tok, c.start_tok + 1))}
    for i in raised - read:  # "bringing the toll to two" (not a count read already: "risen
        # to 11")
        if (bare := _number_at(text, toks, i, lexicon)) is not None and not bare.vague:
            counts.append(bare)
    counts.sort(key=lambda c: c.start_tok)
    starts = {c.start_tok: c.end_tok for c in counts}
    mentions: list[NumberMention] = []
    prev: tuple[_Count, str] | None = None
    listed: tuple[_Count, str] | None = None  # the last count a list of its parts follows
    for c in counts:
        others = {k: v for k, v in starts.items() if k != c.start_tok}
        outcome = c.head_outcome or _tie_outcome(c, toks, outs, lexicon, others)
        if not outcome and prev is not None and prev[1] and prev[0].end_tok == c.start_tok - 1 \
                and toks[prev[0].end_tok].low == "and":
            outcome = prev[1]  # "killing a man and his son": one verb for both
        if not outcome and listed is not None and _IN_LIST.fullmatch(
                text, toks[listed[0].end_tok - 1].end, toks[c.start_tok].start):
            outcome = listed[1]  # "killed 15 people, including 11 soldiers and members of
            # the Volunteers for the Defence of the Homeland (VDP) and four assailants"
        if prev is not None and prev[1] and _PART_AFTER.fullmatch(
                text, toks[prev[0].end_tok - 1].end, toks[c.start_tok].start):
            outcome = prev[1]  # "11 civilians were killed, among them four children, and six
            # others were wounded": a part of the count before, not of the verb after
        if outcome and _INCLUDING_NEXT.match(text, toks[c.end_tok - 1].end):
            listed = (c, outcome)
        if c.start_tok in raised:  # "raised the toll ... to 12 civilians": a new toll
            c.qualifier, outcome = "rose to", outcome or "killed"
        elif outcome == "killed" and not c.qualifier and _UP_FROM.match(
                text, toks[c.end_tok - 1].end):
            c.qualifier = "rose to"  # "eight soldiers were killed in Thursday's attack, up
            # from six announced on Friday": the newer toll
        elif outcome == "killed" and not c.qualifier and rise is not None and (
                rise.end() <= toks[c.start_tok].start):
            c.qualifier = "rose to"  # "The toll has risen: the governor now says two civilians
            # were killed": the new count
        prev = (c, outcome)
        if c.needs_outcome and not outcome or _AGE_WORDS.match(text, toks[c.start_tok].start):
            continue  # ("the body of a twelve year old girl": her age, not a count)
        if _UP_FROM_BEFORE.search(text, max(0, toks[c.start_tok].start - 30),
                                  toks[c.start_tok].start):
            continue  # ("eight were killed, up from six": the old figure, told already)
        start, end = toks[c.start_tok].start, toks[c.end_tok - 1].end
        if outcome == "injured" and _WOUNDED_THEN_DIED.match(text, end):
            outcome = "killed"  # "A man who was wounded on Monday ... died overnight"
        if outcome == "kidnapped" and _KILLED_THEM.search(text, end):
            outcome = "killed"  # "seized five residents ... and shot them dead": killed
        who = c.who
        if c.qualifier == "rose to" and not who and (
                whose := _TOLL_AMONG.search(text, max(0, start - 120), start)) is not None and (
                whose.group(1).lower() in lexicon.people):
            who = whose.group(1)  # "the toll among soldiers had risen to 11": soldiers
        mentions.append(NumberMention(
            start=start + offset, end=end + offset, text=shown[start:end], value=c.value,
            low=c.low, high=c.high, qualifier=c.qualifier, outcome=outcome, who=who,
            vague=c.vague))
    return mentions


_UP_FROM = re.compile(r"[^.;,]{0,60},\s+up\s+from\s+(?:an?\s+|the\s+)?(?:earlier\s+|previous\s+)?"
                      r"(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|toll|figure|count)",
                      re.IGNORECASE)
_UP_FROM_BEFORE = re.compile(r"\bup\s+from\s+(?:an?\s+|the\s+)?(?:earlier\s+|previous\s+)?$",
                             re.IGNORECASE)
_WOUNDED_THEN_DIED = re.compile(r",?\s+(?:who\s+)?(?:was|were|had\s+been)\s+(?:\w+ly\s+)?"
                                r"(?:wounded|injured|hurt|shot)\b[^.;]{0,160}?(?:,|\band)\s+(?:later\s+)?"
                                r"(?:died|succumbed)\b", re.IGNORECASE)
_PART_AFTER = re.compile(r"[^.;:,]{0,40},\s*(?:including|among\s+them|among\s+whom)\s+",
                         re.IGNORECASE)
_INCLUDING_NEXT = re.compile(r"\s*,\s*(?:including|among them)\b", re.IGNORECASE)
_IN_LIST = re.compile(r"\s*,\s*(?:including|among them)\b[^.;:,]{0,200}", re.IGNORECASE)
_TOLL_AMONG = re.compile(r"\btoll\s+(?:among|of|for)\s+(?:the\s+)?([A-Za-z]+)\b(?=[^.;]*$)",
                         re.IGNORECASE)
