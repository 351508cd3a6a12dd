"""tally_deaths on counts from invented reports: totals, parts, repeats, vague words."""

from __future__ import annotations

import pytest

from warcount.events.deaths import DeathTally, bombers_named, split_toll, tally_deaths
from warcount.mentions.numbers import NumberLexicon, find_numbers, load_number_lexicon
from warcount.records import NumberMention


@pytest.fixture(scope="module")
def lex() -> NumberLexicon:
    return load_number_lexicon()


def side_of(who: str) -> str:
    w = who.lower()
    if "soldier" in w or "police" in w:
        return "a"
    if "front" in w or "bomber" in w or "attacker" in w:
        return "b"
    if "civilian" in w or "children" in w:
        return "civilians"
    return "unknown"


def tally(sentences: list[str], lex: NumberLexicon, **kw: object) -> DeathTally:
    numbers: list[NumberMention] = []
    offset = 0
    for s in sentences:
        numbers += find_numbers(s, offset=offset, lexicon=lex)
        offset += len(s) + 1
    return tally_deaths(numbers, side_of=side_of, **kw)  # type: ignore[arg-type]


def check_range(t: DeathTally) -> None:
    assert t.fatalities_low <= t.fatalities_best <= t.fatalities_high
    d = t.deaths
    assert d.side_a + d.side_b + d.civilians + d.unknown == t.fatalities_best


def test_deaths_total_and_breakdown_are_one_figure(lex: NumberLexicon) -> None:
    t = tally(["Clashes in Veldra have killed at least 73 fighters, a monitor said.",
               "The fighting killed at least 50 Northern Front fighters, as well as 23 "
               "government soldiers and allied militiamen."], lex)
    assert t.fatalities == 73  # never 146
    assert (t.deaths.side_a, t.deaths.side_b) == (23, 50)
    check_range(t)
    assert {e.field for e in t.evidence} >= {"fatalities", "deaths.side_a", "deaths.side_b"}


def test_deaths_repeated_figure_counts_once(lex: NumberLexicon) -> None:
    t = tally(["At least 61 people were killed in the market blast.",
               "The blast killed at least 61 people, officials said."], lex)
    assert t.fatalities == 61


def test_deaths_headline_gives_way_to_body(lex: NumberLexicon) -> None:
    head = "Blast kills 9 in Veldra"
    t = tally([head, "The toll from the blast rose to 14 people."], lex,
              headline_end=len(head))
    assert t.fatalities == 14


def test_deaths_parts_larger_than_total_go_high(lex: NumberLexicon) -> None:
    t = tally(["Ten people were killed.", "Six soldiers and five civilians died."], lex)
    assert (t.fatalities, t.fatalities_high) == (10, 11)
    check_range(t)


def test_deaths_separate_victims_add_up(lex: NumberLexicon) -> None:
    t = tally(["Three soldiers were killed in the ambush.", "Two civilians also died."], lex)
    assert t.fatalities == 5
    assert (t.deaths.side_a, t.deaths.civilians) == (3, 2)


def test_deaths_bomber_and_others(lex: NumberLexicon) -> None:
    assert tally(["The bomber and 12 others were killed."], lex).fatalities == 13


def test_deaths_suicide_attack_adds_its_bomber(lex: NumberLexicon) -> None:
    t = tally(["A suicide bomber struck a checkpoint, killing three people."], lex,
              suicide=1)
    assert t.fatalities == 4
    assert t.deaths.side_b == 1
    said = tally(["The bomber and 3 others were killed."], lex, suicide=1)
    assert said.fatalities == 4


def test_deaths_each_suicide_bomber_named_counts(lex: NumberLexicon) -> None:
    text = "A guard was killed when two teenage suicide bombers blew themselves up."
    assert bombers_named(text) == 2
    assert tally([text], lex, suicide=bombers_named(text)).fatalities == 3
    assert bombers_named("Two people were killed by suicide bombers.") == 1


def test_deaths_specific_beats_vague(lex: NumberLexicon) -> None:
    t = tally(["Dozens were killed in the raid.", "Rescuers recovered more than 30 bodies."],
              lex)
    assert t.fatalities == 30


def test_deaths_vague_alone_uses_codebook_value(lex: NumberLexicon) -> None:
    assert tally(["Dozens of people were killed."], lex).fatalities == 12


def test_deaths_killed_is_not_wounded_or_kidnapped(lex: NumberLexicon) -> None:
    t = tally(["Two guards were killed, 11 people wounded and 30 students kidnapped."], lex)
    assert (t.fatalities, t.injured) == (2, 11)


def test_deaths_unnumbered_plural_is_three(lex: NumberLexicon) -> None:
    t = tally(["Gunmen stormed the village, killing civilians."], lex)
    assert t.fatalities == 3
    assert tally(["Gunmen killed civilians.", "Four bodies were found."], lex).fatalities == 4


def test_deaths_up_to_gives_way_to_a_reliable_figure(lex: NumberLexicon) -> None:
    t = tally(["Up to 40 people may have died.", "Police said 25 people were killed."], lex)
    assert (t.fatalities, t.fatalities_high) == (25, 40)
    assert tally(["Up to 40 people may have died."], lex).fatalities == 40


def test_deaths_competing_generic_figures_take_the_lower(lex: NumberLexicon) -> None:
    t = tally(["Police said 10 people were killed.", "Witnesses said 15 people died."], lex)
    assert (t.fatalities, t.fatalities_high) == (10, 15)


def test_deaths_none_reported(lex: NumberLexicon) -> None:
    t = tally(["Troops captured two neighbourhoods."], lex)
    assert (t.fatalities, t.injured, t.fatalities_high) == (0, None, 0)


def test_deaths_split_toll() -> None:
    assert split_toll(4, 2) == [2, 2]
    assert split_toll(22, 3) == [8, 7, 7]
    assert split_toll(5, 0) == []


def test_deaths_combatants_is_a_total_of_both_sides() -> None:
    ms = [NumberMention(0, 5, "61 combatants", 61, outcome="killed", who="combatants"),
          NumberMention(10, 15, "43 rebels", 43, outcome="killed", who="rebels"),
          NumberMention(20, 25, "nine soldiers", 9, outcome="killed", who="soldiers")]
    sides = {"soldiers": "a", "rebels": "b"}
    t = tally_deaths(ms, side_of=lambda who: sides.get(who, "unknown"))
    assert t.fatalities == 61
    assert (t.deaths.side_a, t.deaths.side_b, t.deaths.unknown) == (9, 43, 9)


def test_deaths_two_reports_of_one_sides_dead_keep_the_lower() -> None:
    text = "Five police officers were killed. The militants claim they killed 25 soldiers."
    ms = [NumberMention(0, 19, "Five police officers", 5, outcome="killed", who="police officers"),
          NumberMention(55, 65, "25 soldiers", 25, outcome="killed", who="soldiers")]
    t = tally_deaths(ms, side_of=lambda who: "a", text=text)
    assert (t.fatalities, t.fatalities_high) == (5, 25)


def test_deaths_another_count_of_one_side_adds() -> None:
    text = "Two soldiers were killed in an ambush. Another three soldiers died in a blast."
    ms = [NumberMention(0, 12, "Two soldiers", 2, outcome="killed", who="soldiers"),
          NumberMention(47, 60, "three soldiers", 3, outcome="killed", who="soldiers")]
    t = tally_deaths(ms, side_of=lambda who: "a", text=text)
    assert t.fatalities == 5


def test_deaths_a_claim_beside_a_neutral_figure_is_the_high_end() -> None:
    text = "Officials said seven passengers were killed. The group claimed it killed nine soldiers."
    ms = [NumberMention(14, 30, "seven passengers", 7, outcome="killed", who="passengers"),
          NumberMention(70, 82, "nine soldiers", 9, outcome="killed", who="soldiers")]
    t = tally_deaths(ms, side_of=lambda who: "civilians" if who == "passengers" else "a",
                     text=text)
    assert (t.fatalities, t.fatalities_high) == (7, 9)


def test_deaths_one_sides_counts_joined_in_a_sentence_add_up(lex: NumberLexicon) -> None:
    text = "At least four Varoshi soldiers and one police officer were killed in the raid."
    assert tally([text], lex, text=text).fatalities == 5


def test_deaths_a_part_after_including_is_no_new_count(lex: NumberLexicon) -> None:
    text = "Three soldiers, including a police officer, were killed by a roadside bomb."
    assert tally([text], lex, text=text).fatalities == 3


def test_deaths_one_sides_counts_in_two_sentences_are_two_reports(lex: NumberLexicon) -> None:
    sentences = ["Five soldiers were killed in the raid.", "The army said three soldiers died."]
    assert tally(sentences, lex, text=" ".join(sentences)).fatalities == 3


def test_deaths_a_higher_toll_from_another_report_is_the_high_end(lex: NumberLexicon) -> None:
    sentences = ["Air strikes killed seven civilians in Varosh, a monitor said.",
                 "Rescuers gave a higher toll of 10 dead."]
    t = tally(sentences, lex, text=" ".join(sentences))
    assert (t.fatalities, t.fatalities_high) == (7, 10)
    assert any(e.field == "fatalities_high" and e.text == "10 dead" for e in t.evidence)


def test_deaths_unarmed_dead_of_no_side_and_civilians_told_twice_keep_the_lower() -> None:
    text = ("Gunmen opened fire on a crowd, killing five young men, medics said. "
            "The governor said two villagers had died.")
    a, b = text.index("five young men"), text.index("two villagers")
    ms = [NumberMention(a, a + 14, "five young men", 5, outcome="killed", who="young men"),
          NumberMention(b, b + 13, "two villagers", 2, outcome="killed", who="villagers")]
    t = tally_deaths(ms, side_of=lambda who: "civilians" if who == "villagers" else "unknown",
                     text=text)
    assert (t.fatalities, t.fatalities_high) == (2, 5)
