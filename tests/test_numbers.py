"""find_numbers on invented sentences: counts of people, their outcome, and the traps."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from warcount.mentions.numbers import (
    NumberLexicon,
    find_numbers,
    is_cumulative,
    load_number_lexicon,
)
from warcount.records import NumberMention


@pytest.fixture(scope="module")
def lex() -> NumberLexicon:
    return load_number_lexicon()


def one(text: str, lex: NumberLexicon) -> NumberMention:
    found = find_numbers(text, lexicon=lex)
    assert len(found) == 1, found
    return found[0]


def test_numbers_at_least_keeps_the_figure(lex: NumberLexicon) -> None:
    m = one("Clashes in Veldra killed at least 73 fighters in the last 24 hours.", lex)
    assert (m.value, m.qualifier, m.outcome, m.who) == (73, "at least", "killed", "fighters")
    assert m.text == "at least 73 fighters"


def test_numbers_breakdown_parts_share_the_verb(lex: NumberLexicon) -> None:
    found = find_numbers("The fighting killed at least 50 Northern Front fighters, as well as "
                         "23 Tarvian soldiers and pro-government militiamen.", lexicon=lex)
    assert [(m.value, m.outcome) for m in found] == [(50, "killed"), (23, "killed")]
    assert found[0].who == "Northern Front fighters"
    assert found[1].who == "Tarvian soldiers and pro-government militiamen"


def test_numbers_killed_wounded_kidnapped_are_distinct(lex: NumberLexicon) -> None:
    found = find_numbers("Three villagers were killed, 14 others wounded and two women "
                         "were abducted by the raiders.", lexicon=lex)
    assert [(m.value, m.outcome) for m in found] == [
        (3, "killed"), (14, "injured"), (2, "kidnapped")]


def test_numbers_active_verbs_tie_their_objects(lex: NumberLexicon) -> None:
    found = find_numbers("The shells hit a market, killing 12, including 8 children, and "
                         "wounding another 25.", lexicon=lex)
    assert [(m.value, m.outcome, m.who) for m in found] == [
        (12, "killed", ""), (8, "killed", "children"), (25, "injured", "")]


def test_numbers_doers_are_not_victims(lex: NumberLexicon) -> None:
    m = one("About 40 gunmen attacked the post at dawn.", lex)
    assert (m.value, m.qualifier, m.outcome) == (40, "about", "")


def test_numbers_casualties_alone_is_not_killed(lex: NumberLexicon) -> None:
    assert one("The strike caused 30 casualties.", lex).outcome == "casualties"
    assert one("Nine people were killed or wounded.", lex).outcome == "casualties"


@pytest.mark.parametrize(("text", "value"), [
    ("Seventy-three people died.", 73),
    ("One hundred and twenty people died.", 120),
    ("Two dozen people died.", 24),
    ("A dozen people died.", 12),
    ("Three people died.", 3),
    ("Some 1,250 people died.", 1250),
    ("More than 20 people died.", 20),
    ("Over 20 people died.", 20),
    ("Nearly 20 people died.", 20),
])
def test_numbers_words_to_numbers(lex: NumberLexicon, text: str, value: int) -> None:
    m = one(text, lex)
    assert (m.value, m.outcome) == (value, "killed")


@pytest.mark.parametrize(("text", "value", "high"), [
    ("Tens of people were killed.", 10, None),
    ("Dozens of people were killed.", 12, 99),
    ("Scores of people were killed.", 40, 99),
    ("Hundreds of people were killed.", 100, 999),
    ("Several people were killed.", 3, None),
    ("A few people were killed.", 3, None),
    ("An unspecified number of people were killed.", 3, None),
])
def test_numbers_vague_words(lex: NumberLexicon, text: str, value: int, high: int | None) -> None:
    m = one(text, lex)
    assert (m.value, m.high, m.vague, m.qualifier) == (value, high, True, "vague")


def test_numbers_ranges_and_up_to(lex: NumberLexicon) -> None:
    m = one("Between 10 and 15 soldiers were killed.", lex)
    assert (m.value, m.low, m.high) == (10, 10, 15)
    m = one("Up to 40 people were killed.", lex)
    assert (m.value, m.low, m.high, m.qualifier) == (40, None, 40, "up to")
    assert one("As many as 40 people died.", lex).qualifier == "up to"


def test_numbers_one_person_without_a_number(lex: NumberLexicon) -> None:
    m = one("A soldier was killed near the border.", lex)
    assert (m.value, m.outcome, m.who) == (1, "killed", "soldier")
    assert one("Gunmen opened fire, killing a policeman.", lex).value == 1
    assert one("The militants killed a civilian.", lex).who == "civilian"
    assert find_numbers("A soldier said the road was open.", lexicon=lex) == []


def test_numbers_bomber_and_others_are_two_mentions(lex: NumberLexicon) -> None:
    found = find_numbers("The bomber and 12 others were killed.", lexicon=lex)
    assert [(m.value, m.who, m.outcome) for m in found] == [
        (1, "bomber", "killed"), (12, "others", "killed")]


def test_numbers_plural_without_number_is_unnumbered(lex: NumberLexicon) -> None:
    m = one("Gunmen stormed the hall, killing police officers and guards.", lex)
    assert (m.qualifier, m.outcome, m.vague) == ("unnumbered", "killed", True)
    assert find_numbers("Civilians fled the town.", lexicon=lex) == []


def test_numbers_military_statement_neutralised(lex: NumberLexicon) -> None:
    m = one("The army said it neutralised 17 terrorists.", lex)
    assert (m.value, m.outcome) == (17, "killed")


@pytest.mark.parametrize("text", [
    "A 24-year-old was arrested.",
    "The curfew starts at 10:30 and ends at 6 am.",
    "The attack on 12 March 2019 was the worst since 2015.",
    "Fighting lasted 24 hours.",
    "Troops captured two neighbourhoods.",
    "Two vehicles were destroyed.",
    "Prices rose 15% and the damage cost $5 million.",
    "The convoy was 30 km from the town.",
    "The 3rd battalion moved in.",
    "The council cited Resolution 2334.",
])
def test_numbers_not_people(lex: NumberLexicon, text: str) -> None:
    assert [m for m in find_numbers(text, lexicon=lex) if m.value != 1] == []


def test_numbers_offsets_point_into_the_document(lex: NumberLexicon) -> None:
    doc = "Headline. Five soldiers were killed."
    m = one(doc[10:], lex)
    shifted = find_numbers(doc[10:], offset=10, lexicon=lex)[0]
    assert doc[shifted.start:shifted.end] == m.text == "Five soldiers"


@pytest.mark.parametrize(("text", "cumulative"), [
    ("The death toll since March has risen to 2,000.", True),
    ("So far this year 400 people have been killed.", True),
    ("More than 3,000 people have died since the conflict began.", True),
    ("In total, 9,000 people have died in the insurgency.", True),
    ("The death toll from Saturday's blast rose to 12.", False),
])
def test_numbers_is_cumulative(text: str, cumulative: bool) -> None:
    assert is_cumulative(text) is cumulative


def test_numbers_lexicon_schema_is_checked(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("units: [one, two]\n", encoding="utf-8")
    with pytest.raises(ValueError):
        load_number_lexicon(bad)


def test_numbers_no_number_path_is_fast(lex: NumberLexicon) -> None:
    sentence = "The minister visited the region and met local leaders to discuss the plan."
    words = len(sentence.split()) * 2000
    t0 = time.perf_counter()
    for _ in range(2000):
        find_numbers(sentence, lexicon=lex)
    assert words / (time.perf_counter() - t0) > 100_000


def test_numbers_figure_at_sentence_end(lex: NumberLexicon) -> None:
    m = one("The death toll from the blast in Veldra rose to 24", lex)
    assert (m.value, m.qualifier, m.outcome) == (24, "rose to", "killed")


def test_numbers_unknown_noun_counts_only_with_its_outcome(lex: NumberLexicon) -> None:
    m = one("At least one shopkeeper was killed in the raid.", lex)
    assert (m.value, m.outcome, m.who) == (1, "killed", "shopkeeper")
    assert one("Constable killed by gunmen in Veldra.", lex).value == 1
    assert find_numbers("Two trucks were burned.", lexicon=lex) == []


def test_numbers_slash_dates_are_not_counts(lex: NumberLexicon) -> None:
    found = find_numbers("Rebels attacked troops on 06/12, seven soldiers killed.", lexicon=lex)
    assert [(m.value, m.outcome) for m in found] == [(7, "killed")]


@pytest.mark.parametrize("text", [
    "A volunteer from Berdiansk was killed during the shelling.",
    "A member of the local council died in the bomb attack.",
    "An officer of the border police force was reportedly killed in the ambush.",
])
def test_numbers_one_person_named_with_a_phrase_after_the_noun(text: str,
                                                              lex: NumberLexicon) -> None:
    got = [(n.value, n.outcome) for n in find_numbers(text, lexicon=lex)]
    assert got == [(1, "killed")]


@pytest.mark.parametrize(("text", "value"), [
    ("Kenyan police reservist shot dead while patrolling market", 1),
    ("Police kill student protesting fees", 1),
    ("Police officers were killed in the ambush.", 3),
])
def test_numbers_headline_singulars(text: str, value: int, lex: NumberLexicon) -> None:
    got = [(n.value, n.outcome) for n in find_numbers(text, lexicon=lex)]
    assert got == [(value, "killed")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Ali Musa, aged 69, was killed while shopping.", []),
    ("A woman was stabbed to death by two men.", [(1, "killed"), (2, "")]),
    ("Attackers left 14 soldiers killed and 21 others captive.", [(14, "killed"),
                                                                  (21, "kidnapped")]),
])
def test_numbers_ages_agents_and_captives(text: str, expected: list[tuple[int, str]],
                                          lex: NumberLexicon) -> None:
    assert [(n.value, n.outcome) for n in find_numbers(text, lexicon=lex)] == expected


@pytest.mark.parametrize(("text", "value"), [
    ("At least five people, including a soldier, were killed in the attack.", 5),
    ("An employee of the Ministry of Migration and Displacement was shot dead.", 1),
    ("Two Palestinians were shot dead at the gate.", 2),
])
def test_numbers_counts_with_inclusions_long_tails_and_peoples(text: str, value: int,
                                                               lex: NumberLexicon) -> None:
    got = [(n.value, n.outcome) for n in find_numbers(text, lexicon=lex)]
    assert got[0] == (value, "killed")


def test_numbers_shot_and_killed_is_killed(lex: NumberLexicon) -> None:
    m = one("A constable was shot and killed by gunmen near the market.", lex)
    assert (m.value, m.outcome) == (1, "killed")


def test_numbers_a_verb_or_a_number_ends_a_singular(lex: NumberLexicon) -> None:
    m = one("A bomb killed one trader in the market.", lex)
    assert (m.text, m.value, m.outcome) == ("one trader", 1, "killed")
    aged = one("A 40-year-old herder was shot dead.", lex)
    assert (aged.value, aged.outcome) == (1, "killed")


def test_numbers_a_bare_figure_before_a_place_counts_after_a_kill_verb(lex: NumberLexicon
                                                                       ) -> None:
    assert (one("The raiders killed at least nine in Tamra.", lex).value) == 9
    assert find_numbers("The meeting on 5 in the morning ended.", lexicon=lex) == []


def test_numbers_an_adverb_between_auxiliary_and_outcome(lex: NumberLexicon) -> None:
    m = one("The attacker was then shot dead by guards.", lex)
    assert (m.value, m.outcome) == (1, "killed")


def test_numbers_a_tallys_wording_is_cumulative() -> None:
    assert is_cumulative("Casualties among the security forces numbered 129 killed and 217 "
                         "injured.")
    assert is_cumulative("Deaths in the first quarter stood at 1,057, the mission said.")
    assert not is_cumulative("Gunmen killed 12 people on Saturday, the mission said.")


def test_numbers_a_relative_killed_is_not_the_speaker(lex: NumberLexicon) -> None:
    found = find_numbers("\"We ran,\" said Omar Idris, a 40-year-old baker whose brother was "
                         "killed.", lexicon=lex)
    assert all(m.outcome != "killed" for m in found)


def test_numbers_a_new_clause_after_comma_and_has_its_own_outcome(lex: NumberLexicon) -> None:
    found = find_numbers("The driver died at the scene, and her three passengers were taken "
                         "to hospital.", lexicon=lex)
    # (not the driver's death: their own words, taken to hospital, count them hurt)
    assert [(m.text, m.outcome) for m in found if m.value == 3] == [("three passengers",
                                                                     "injured")]


def test_numbers_an_adjective_of_hurt_tells_the_outcome(lex: NumberLexicon) -> None:
    found = find_numbers("Four bodies were recovered and three injured persons taken to "
                         "hospital.", lexicon=lex)
    assert [(m.value, m.outcome) for m in found] == [(4, "killed"), (3, "injured")]
    later = one("Two wounded soldiers later died in hospital.", lex)
    assert later.outcome == "killed"


def test_numbers_one_verb_for_a_man_and_his_son(lex: NumberLexicon) -> None:
    found = find_numbers("The blast killed a farmer and his son.", lexicon=lex)
    assert [(m.text, m.outcome) for m in found] == [("a farmer", "killed"), ("his son", "killed")]


def test_numbers_the_dead_a_crowd_remembers_are_not_the_crowd(lex: NumberLexicon) -> None:
    text = ("Around 300 people marched through the town carrying photographs of the dead "
            "soldiers.")
    assert [m.outcome for m in find_numbers(text, lexicon=lex)] == [""]
    assert one("Two children were among the dead.", lex).outcome == "killed"


def test_numbers_ages_are_no_counts(lex: NumberLexicon) -> None:
    got = find_numbers("The two men killed were 52 and 67 years old.", lexicon=lex)
    assert [(m.value, m.outcome) for m in got] == [(2, "killed")]
    assert find_numbers("The victims, aged 19 and 23, were killed.", lexicon=lex) == []
    assert find_numbers("Those killed were aged between 20 and 35.", lexicon=lex) == []
    assert one("Between 10 and 15 people were killed.", lex).value == 10


def test_numbers_members_of_a_force_say_whose(lex: NumberLexicon) -> None:
    m = one("The attack killed nine members of the Afghan security forces.", lex)
    assert (m.text, m.who) == ("nine members", "members of the Afghan security forces")


def test_numbers_press_release_idioms_and_the_dead_told_before(lex: NumberLexicon) -> None:
    assert one("Six khwarij were sent to hell.", lex).outcome == "killed"
    assert one("Two soldiers paid the ultimate sacrifice.", lex).outcome == "killed"
    assert find_numbers("The funeral of the martyred soldiers will be held tomorrow.",
                        lexicon=lex) == []


def test_numbers_both_counts_two_people_but_not_two_sides(lex: NumberLexicon) -> None:
    assert (one("Both men in the car were killed.", lex).value, one(
        "Both men in the car were killed.", lex).outcome) == (2, "killed")
    assert one("At least 12 fighters from both sides were killed.", lex).value == 12
    assert [m.value for m in find_numbers("Both soldiers and civilians were killed.",
                                          lexicon=lex)] != [2]


@pytest.mark.parametrize("text", [
    "Since the start of the war, 500 people were killed.", "So far this year 12 died.",
    "The conflict has killed 3,000; casualties numbered 129 killed.", "ſince 2019 (long s)",
    "\u212aILLED in the first quarter: 40", "A bomb killed two soldiers in Gao on Monday.", "",
])
def test_numbers_cumulative_lookahead_finds_what_the_plain_pattern_finds(text: str) -> None:
    from warcount.mentions import numbers

    plain = numbers._CUMULATIVE.search(text)
    guarded = numbers._CUMULATIVE_HEADS.search(text)
    assert (plain and plain.span()) == (guarded and guarded.span())


def test_numbers_animals_and_attacks_are_not_people(lex: NumberLexicon) -> None:
    assert find_numbers("More than 80 goats were killed when raiders torched the kraal.",
                        lexicon=lex) == []
    m = one("Four men linked to the two Varrow bombings were shot dead by soldiers.", lex)
    assert (m.value, m.outcome) == (4, "killed")


def test_numbers_a_road_toll_and_an_escape_count_no_dead(lex: NumberLexicon) -> None:
    assert find_numbers("Toll workers staged a sit-in outside the ministry.", lexicon=lex) == []
    assert one("Three councillors escaped death when the mine missed their car.",
               lex).outcome == "unharmed"


def test_numbers_present_tense_verbs_tie_each_count_to_its_own_fate(lex: NumberLexicon) -> None:
    found = find_numbers("A blast at the depot kills one guard and injures four others.",
                         lexicon=lex)
    assert [(m.value, m.outcome) for m in found] == [(1, "killed"), (4, "injured")]
    m = one("Police shoot Red Hand suspect dead in Oltana.", lex)
    assert (m.value, m.who) == (1, "suspect")


def test_numbers_two_groups_counted_before_one_noun_are_both_counted(lex: NumberLexicon) -> None:
    found = find_numbers("The two factions clashed near Torma, 6 KLF and 3 DRM fighters "
                         "reportedly killed.", lexicon=lex)
    assert [(m.value, m.outcome) for m in found] == [(6, "killed"), (3, "killed")]


def test_numbers_a_guess_in_brackets_is_no_death(lex: NumberLexicon) -> None:
    m = one("Gendarmes repelled the raid and wounded [possibly killed] several raiders.", lex)
    assert m.outcome == "injured"


def test_numbers_a_person_described_by_a_participle_keeps_their_fate(lex: NumberLexicon) -> None:
    m = one("A man accused of theft was beaten to death by a crowd.", lex)
    assert (m.value, m.outcome) == (1, "killed")
    found = find_numbers("Militia fighters shot dead a ranger and a park interpreter.",
                         lexicon=lex)
    assert [(m.value, m.outcome) for m in found] == [(1, "killed"), (1, "killed")]


def test_numbers_a_noun_in_s_or_ing_before_a_person_describes_them(lex: NumberLexicon) -> None:
    found = find_numbers("One customs officer and a cleaning woman were killed in the blast.",
                         lexicon=lex)
    assert [(m.value, m.outcome) for m in found] == [(1, "killed"), (1, "killed")]
    m = one("A bandit shot and killed a 9 year old girl near Torit.", lex)
    assert (m.value, m.outcome) == (1, "killed")


def test_numbers_a_participle_phrase_after_the_noun_keeps_its_fate(lex: NumberLexicon) -> None:
    found = find_numbers("A ranger and a driver travelling together on a motorbike were killed "
                         "by a mine near Kawo.", lexicon=lex)
    assert [(m.value, m.outcome, m.who) for m in found] == [
        (1, "killed", "ranger"), (1, "killed", "driver")]


def test_numbers_police_who_shot_and_killed_a_named_man_are_not_counted(
        lex: NumberLexicon) -> None:
    found = find_numbers("Witnesses said police shot and killed Tomas Ekwe, a trader from "
                         "Lomara, on Friday night.", lexicon=lex)
    assert found == []


def test_numbers_a_stranger_s_body_found_is_one_dead(lex: NumberLexicon) -> None:
    m = one("On 4 May, the mutilated corpse of a young herder was found near Tarsa.", lex)
    assert (m.value, m.outcome) == (1, "killed")
    m = one("A burnt man's body was discovered in a field outside Lomara.", lex)
    assert (m.value, m.outcome) == (1, "killed")
    # someone already told of, or a body only mentioned: no new dead
    assert find_numbers("His body was found two days later.", lexicon=lex) == []
    assert find_numbers("The body of the teacher was found in Tarsa.", lexicon=lex) == []


def test_numbers_people_who_moved_away_have_no_outcome(lex: NumberLexicon) -> None:
    found = find_numbers("Following the attack on Toumour, in which five soldiers died, about "
                         "2,000 people left the town for Diffa.", lexicon=lex)
    assert [(m.value, m.outcome) for m in found] == [(5, "killed"), (2000, "")]
