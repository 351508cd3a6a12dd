"""The whole pipeline on invented reports: what later sentences add to an event told before
(a toll that rose, bodies recovered, an accident named, arrests after a blast), where a
sentence's place is (a quarter, a way out, a round-up's labels) and who acted (an attack
claimed by a group, "insurgents" of the group named before, allies, the side that took over)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator

from warcount.pipeline import Pipeline
from warcount.records import Document, Event

Extract = Callable[..., list[Event]]


def _got(events: list[Event]) -> list[tuple[str | None, str, int]]:
    return sorted((e.event_date, e.sub_event_type, e.fatalities) for e in events)


def test_a_toll_that_rose_when_a_wounded_man_died_in_another_town_is_the_attacks(
        extract: Extract) -> None:
    text = ("Gunmen opened fire on a bus near Kidal late on Monday, killing two passengers.\n\n"
            "The death toll rose to three on Tuesday afternoon, when one of the wounded died "
            "at the hospital in Gao, a doctor said.")
    [event] = extract(text, "2019-11-06")
    assert (event.event_date, event.fatalities, event.location) == ("2019-11-04", 3, "Kidal")


def test_bodies_recovered_by_a_later_day_are_the_attacks_dead(extract: Extract) -> None:
    text = ("Suspected Boko Haram insurgents attacked the village of Dalwa near Konduga on "
            "Sunday evening. The council chairman said that 14 bodies had been recovered and "
            "buried by Monday afternoon.")
    assert _got(extract(text, "2014-03-04")) == [("2014-03-02", "Attack", 14)]


def test_a_mishap_the_next_sentence_calls_an_accident_is_no_event(extract: Extract) -> None:
    text = ("A fuel tanker overturned and exploded on the Kano-Zaria highway on Thursday, "
            "killing its driver and a motorist. Police said the accident was caused by brake "
            "failure.")
    assert extract(text, "2023-05-21") == []


def test_a_protest_over_an_accident_is_still_a_protest(extract: Extract) -> None:
    text = ("On 7 March, railway workers staged a protest in Khulna city following the death "
            "of a colleague in an accident.")
    assert _got(extract(text, "2023-03-08")) == [("2023-03-07", "Peaceful protest", 0)]


def test_arrests_hours_after_the_blast_are_an_event_of_their_own(extract: Extract) -> None:
    text = ("A car bomb exploded at a checkpoint in Mogadishu on Thursday evening, killing "
            "five people, police said. Security forces arrested 11 suspects in raids in the "
            "capital late on Thursday, hours after the blast.")
    got = _got(extract(text, "2017-06-09"))
    assert ("2017-06-08", "Arrests", 0) in got and len(got) == 2


def test_a_toll_including_the_bomber_counts_him_once(extract: Extract) -> None:
    text = ("A suicide bomber rammed a car into a police post in Baidoa on Thursday, killing "
            "seven people, including the bomber, police said.")
    [event] = extract(text, "2017-06-09")
    assert (event.sub_event_type, event.fatalities) == ("Suicide bomb", 7)


def test_a_group_that_claimed_the_attack_is_its_actor(extract: Extract) -> None:
    text = ("A suicide bomber rammed a car into a police post in Baidoa on Thursday, killing "
            "seven people, in an attack claimed by Islamist group al Shabaab.")
    [event] = extract(text, "2017-06-09")
    assert event.actor1 == "Al Shabaab"


def test_insurgents_of_a_report_on_one_group_are_that_group(extract: Extract) -> None:
    text = ("Boko Haram fighters killed 12 villagers in Gwoza on Sunday, residents said.\n\n"
            "On Monday, troops repelled an attack by insurgents on the army barracks in Bama, "
            "killing 18 of the attackers.")
    events = {e.location: e for e in extract(text, "2014-03-04")}
    assert events["Bama"].actor1.startswith("Boko Haram")
    assert events["Bama"].actor2.startswith("Military Forces of Nigeria")


def test_the_insurgents_after_when_acted(extract: Extract) -> None:
    text = ("Boko Haram fighters killed 12 villagers in Gwoza on Sunday. In Adamawa, seven "
            "people were killed when the insurgents raided Garta village in Michika on Sunday "
            "evening, the state police spokesman, DSP Musa Bello, confirmed.")
    events = {e.location: e for e in extract(text, "2014-03-04")}
    garta = events.get("Garta") or events["Michika"]
    assert garta.sub_event_type == "Attack" and garta.actor1.startswith("Boko Haram")


def test_allied_militias_fight_beside_the_group_not_against_it(extract: Extract) -> None:
    text = ("At least 40 people were killed on Wednesday when RSF fighters and allied Arab "
            "militias stormed the Al Jamarik neighbourhood of El Geneina, shooting residents "
            "and burning homes.")
    [event] = extract(text, "2023-06-02")
    assert event.sub_event_type == "Attack" and event.actor2 == "Civilians (Sudan)"


def test_the_side_that_moved_in_takes_over_from_the_side_that_pulled_out(
        extract: Extract) -> None:
    text = ("Al Shabaab fighters moved into the town of El Bur in Galgadud region on Wednesday, "
            "hours after Ethiopian troops pulled out of their base there, residents said. "
            "There was no fighting.")
    [event] = extract(text, "2017-06-09")
    assert event.sub_event_type == "Non-violent transfer of territory"
    assert event.actor1 == "Al Shabaab"


def test_a_quarter_read_as_a_namesake_abroad_yields_to_the_town_beside_it(
        extract: Extract) -> None:
    text = ("WEEKLY SECURITY ROUND-UP\n\n"
            "Celaya - Gunmen burst into a bar in the San Juanico neighbourhood shortly before "
            "midnight on Monday, killing seven people.\n\n"
            "Culiacan - Soldiers arrested three men in a raid on a house on Friday.\n")
    events = {e.sub_event_type: e for e in extract(text, "2023-05-21")}
    assert events["Attack"].location == "Celaya"


def test_round_up_items_labelled_with_a_dash_are_placed_by_their_label(
        extract: Extract) -> None:
    text = ("WEEKLY SECURITY ROUND-UP\n\n"
            "Celaya - Gunmen opened fire on customers in a bar on Monday, killing seven.\n\n"
            "Culiacan - Soldiers arrested three men in a raid on a house on Friday.\n")
    got = sorted((e.location, e.sub_event_type) for e in extract(text, "2023-05-21"))
    assert got == [("Celaya", "Attack"), ("Culiacán", "Arrests")]


def test_families_displaced_from_a_town_protest_where_they_gathered(extract: Extract) -> None:
    text = ("On Wednesday, several hundred families displaced from Cite Soleil gathered "
            "peacefully in front of the Prime Minister's office in Port-au-Prince to demand "
            "a humanitarian corridor.")
    [event] = extract(text, "2022-07-14")
    assert event.location == "Port-au-Prince"


def test_a_currency_names_no_country(extract: Extract) -> None:
    text = ("Armed men abducted a pastor in Croix-des-Bouquets on Tuesday and demanded a "
            "ransom of US$200,000, his family said. Gangs also fought in the Brooklyn "
            "neighbourhood of Cite Soleil on Tuesday.")
    assert {e.country for e in extract(text, "2022-07-14")} == {"Haiti"}


def test_soldiers_who_fell_with_arms_in_hand_are_dead(extract: Extract) -> None:
    text = ("On Tuesday 7 September, the military detachment of Arbinda was attacked by "
            "terrorists. Fifteen terrorists were neutralised. Unfortunately, three (3) "
            "soldiers fell with arms in hand.")
    [event] = extract(text, "2021-09-09")
    assert (event.fatalities, event.location) == (18, "Aribinda")


def test_a_summary_of_two_separate_attacks_adds_no_dead_of_its_own(extract: Extract) -> None:
    text = ("Insurgents killed 29 people in two separate attacks on villages on Sunday.\n\n"
            "In Borno, gunmen killed 22 people in Dalwa village near Konduga on Sunday.\n\n"
            "In Adamawa, seven people were killed when the insurgents raided Garta village in "
            "Michika on Sunday evening.")
    assert sorted(e.fatalities for e in extract(text, "2014-03-04")) == [7, 22]


def test_a_correction_notice_tells_no_event(extract: Extract) -> None:
    text = ("Insurgents attacked the port town of Mocimboa da Praia on Tuesday, killing 14 "
            "soldiers, a police source said.\n\n"
            "CORRECTION (12 August 2020, 17:30): An earlier version of this article said that "
            "the assault began on Monday and that 40 soldiers had been killed in Macomia.")
    got = [(e.event_date, e.fatalities) for e in extract(text, "2020-08-12")]
    assert got == [("2020-08-11", 14)]


def test_a_sources_town_is_not_where_the_soldiers_died(extract: Extract) -> None:
    text = ("Insurgents attacked the port town of Mocimboa da Praia on Tuesday, fighting "
            "government forces for hours. At least 14 soldiers were killed in the fighting, a "
            "police source in Pemba told the Monitor.")
    [event] = extract(text, "2020-08-12")
    assert (event.location, event.fatalities) == ("Mocímboa da Praia", 14)


def test_separately_another_kind_of_act_in_the_same_town_is_another_event(
        extract: Extract) -> None:
    text = ("Houthi rebels shelled residential areas of Taiz on Tuesday, killing four "
            "civilians. Separately on Tuesday, pro-government fighters clashed with the Houthis "
            "near the Republican Palace in eastern Taiz, and six fighters were killed.")
    got = sorted(e.sub_event_type for e in extract(text, "2016-04-27"))
    assert got == ["Armed clash", "Shelling/artillery/missile attack"]


def test_a_deal_signed_abroad_happens_where_it_was_signed(extract: Extract) -> None:
    text = ("Houthi rebels shelled residential areas of Taiz on Tuesday, killing four "
            "civilians.\n\nIn Kuwait, where peace talks opened last week, the government and "
            "rebel delegations signed a deal on Tuesday to release half of the prisoners.")
    events = {e.sub_event_type: e for e in extract(text, "2016-04-27")}
    assert events["Agreement"].country == "Kuwait"


def test_suspects_rounded_up_the_day_of_a_raid_are_an_event_of_their_own(
        extract: Extract) -> None:
    text = ("On Tuesday, soldiers arrested 14 people suspected of being Boko Haram "
            "collaborators in Mora. Hours before the arrests, Boko Haram fighters raided a "
            "village near Mora and abducted eleven people.")
    got = sorted(e.sub_event_type for e in extract(text, "2017-09-13"))
    assert got == ["Abduction/forced disappearance", "Arrests"]


def test_men_arrested_for_taking_part_in_fighting_are_arrests(extract: Extract) -> None:
    text = ("Army units moved into Bab al-Tabbaneh on Friday and arrested seven men suspected "
            "of taking part in the fighting, the army said.")
    [event] = extract(text, "2013-10-26")
    assert event.sub_event_type == "Arrests"


def test_herders_a_militia_killed_are_its_victims(extract: Extract) -> None:
    text = ("Members of a Koglweogo self-defence group killed two Fulani herders they accused "
            "of cattle theft near Kaya on Thursday, a community association said.")
    [event] = extract(text, "2019-11-16")
    assert (event.sub_event_type, event.actor2) == ("Attack", "Civilians (Burkina Faso)")


def test_an_agencys_title_case_dateline_dates_no_event(extract: Extract) -> None:
    text = ("Guayaquil (Ecuador), Feb 14 (EFE).- Gunmen burst into a house in Guayaquil on "
            "Thursday night and shot dead eight people, the police said on Friday, attributing "
            "the massacre to the Los Lobos criminal gang.")
    [event] = extract(text, "2026-02-14")
    assert (event.event_date, event.sub_event_type) == ("2026-02-12", "Attack")
    assert event.actor1 == "Los Lobos"


def test_suspects_planning_attacks_tell_no_attack(extract: Extract) -> None:
    text = ("On Sunday, the Counter-Terrorism Department arrested three suspected TTP militants "
            "in Peshawar. A spokesman said the suspects had been planning attacks on security "
            "forces in the city.")
    assert _got(extract(text, "2023-06-19")) == [("2023-06-18", "Arrests", 0)]


def test_armed_civilians_who_attacked_the_national_guard_fought_a_battle(
        extract: Extract) -> None:
    text = ("On Sunday afternoon, elements of the National Guard were attacked by armed "
            "civilians while patrolling a road near Salvatierra. The guardsmen repelled the "
            "attack; three of the assailants were killed.")
    [event] = extract(text, "2025-03-11")
    assert event.sub_event_type == "Armed clash"
    assert event.actor2 == "Military Forces of Mexico"


def test_demonstrators_who_came_out_after_friday_prayers_were_fired_on_that_friday(
        extract: Extract) -> None:
    text = ("Security forces opened fire on demonstrators who came out after Friday prayers in "
            "Homs, killing seven people, activists said.")
    [event] = extract(text, "2011-06-12")
    assert event.event_date == "2011-06-10"


def test_weekly_protests_after_friday_prayers_name_no_friday(extract: Extract) -> None:
    text = ("Gunmen killed five police officers in Saravan on Wednesday, officials said.\n\n"
            "On 30 September 2022, dozens of people were killed in Zahedan when security forces "
            "opened fire during protests after Friday prayers. Weekly protests after Friday "
            "prayers in Zahedan continued for months afterwards.")
    assert _got(extract(text, "2023-10-27")) == [("2023-10-25", "Armed clash", 5)]


def test_the_largest_protest_since_the_uprising_began_is_todays(extract: Extract) -> None:
    text = ("In Hama, tens of thousands of people gathered in al-Assi Square on Friday in one of "
            "the largest demonstrations since the start of the uprising.")
    assert _got(extract(text, "2011-06-12")) == [("2011-06-10", "Peaceful protest", 0)]


def test_years_a_trader_has_worked_at_the_market_do_not_date_the_shell(
        extract: Extract) -> None:
    text = ("KHERSON - The shell landed a little after eleven in the morning yesterday, at the "
            "corner of the covered market where Halyna Sydorenko has sold pickled tomatoes for "
            "nineteen years. Three people were killed.")
    [event] = extract(text, "2023-02-14")
    assert (event.event_date, event.fatalities) == ("2023-02-13", 3)


def test_troops_massing_before_an_expected_assault_tell_no_assault(extract: Extract) -> None:
    text = ("Security forces carried out house raids in Baniyas on Saturday, arresting dozens of "
            "young men. Army units were massing on Saturday near the town ahead of an expected "
            "assault.")
    assert _got(extract(text, "2011-06-12")) == [("2011-06-11", "Arrests", 0)]


def test_a_police_officers_range_sets_no_scene(extract: Extract) -> None:
    text = ("Sixteen Maoists were killed in a gunfight in the forests of Bijapur district on "
            "Sunday, Inspector General of Police (Bastar range) Sundarraj P said.")
    [event] = extract(text, "2025-03-25")
    assert event.location != "Bastar"


def test_a_heading_line_does_not_cut_off_the_first_word_of_the_story(extract: Extract) -> None:
    text = ("SUDAN WAR WEEKLY\n\nBAHRI\nArmy warplanes bombed positions in the Kafouri district "
            "of Bahri on Wednesday, killing six civilians, residents said.\n")
    [event] = extract(text, "2023-05-21")
    assert event.actor1 == "Military Forces of Sudan"


def test_militiamen_wearing_a_forces_uniforms_are_not_that_force(extract: Extract) -> None:
    text = ("Dozens of people were killed on Friday when Arab militiamen, some of them wearing "
            "RSF uniforms, attacked the Jamarik neighbourhood of El Geneina. Doctors said they "
            "had counted 34 bodies.")
    [event] = extract(text, "2023-05-21")
    assert (event.sub_event_type, event.fatalities) == ("Attack", 34)


def test_civilians_caught_in_a_battles_crossfire_are_not_a_side(extract: Extract) -> None:
    text = ("Fighting between the army and the RSF raged in Khartoum on Monday. The battle "
            "resumed on Tuesday, when at least 18 people were killed, including 11 civilians "
            "caught in the crossfire. The RSF said its fighters had repelled an assault by the "
            "army.")
    events = {e.event_date: e for e in extract(text, "2023-05-21")}
    tuesday = events["2023-05-16"]
    assert tuesday.sub_event_type == "Armed clash" and "Civilians" not in tuesday.actor2


def test_many_documents_stream_through_one_parse_in_order(pipeline: Pipeline) -> None:
    pulled: list[int] = []

    def docs() -> Iterator[Document]:
        for i in range(400):
            pulled.append(i)
            yield Document(f"d{i}", "Gunmen killed two people in Kidal on Monday.",
                           dt.date(2020, 1, 8))

    stream = pipeline.extract_many(docs())
    first, events = next(stream)
    assert first.id == "d0" and events[0].fatalities == 2
    # the first answer comes after one batch, before the whole input is read
    assert len(pulled) <= pipeline.nlp.batch_size + 1 < 400
    assert [d.id for d, _ in stream] == [f"d{i}" for i in range(1, 400)]


def test_reinforcements_sent_from_a_town_and_a_rival_toll_stay_with_the_event(
        extract: Extract) -> None:
    text = ("Clashes between former Seleka rebels and anti-balaka militiamen killed at least 11 "
            "people on Wednesday in Dekoa, a local priest said.\n\n"
            "An officer of the regional force gave a lower toll of nine dead, and said calm "
            "returned after peacekeepers were sent from Sibut.")
    got = [(e.location, e.event_date, e.fatalities) for e in extract(text, "2014-08-21")]
    assert got == [("Dekoa", "2014-08-20", 9)], got


def test_the_town_an_event_is_dated_against_is_not_its_place(extract: Extract) -> None:
    text = ("Clashes killed at least 11 people on Wednesday in Dekoa, a local priest said.\n\n"
            "The violence in Dekoa came a day after a soldier was killed when his convoy was "
            "ambushed on Tuesday near Boali.")
    got = sorted((e.event_date, e.location) for e in extract(text, "2014-08-21"))
    assert got == [("2014-08-19", "Boali"), ("2014-08-20", "Dekoa")], got


def test_a_clash_elsewhere_joins_no_bombing_it_is_told_beside(extract: Extract) -> None:
    text = ("BOGOTA, March 14 (Wire) - A car bomb outside a police station in the Colombian "
            "border town of Arauquita has killed two police officers and wounded six people, "
            "authorities said on Thursday, as the army reported a deadly clash with National "
            "Liberation Army (ELN) guerrillas elsewhere in the eastern province of Arauca.\n\n"
            "The car, packed with explosives, blew up shortly after 9 p.m. on Tuesday in front "
            "of the station.")
    got = [(e.sub_event_type, e.event_date) for e in extract(text, "2019-03-14")]
    assert got == [("Remote explosive/landmine/IED", "2019-03-12")], got
