"""The whole pipeline on invented reports whose crowds carry slogans, answer a figure of speech
or block a road, whose police only watch, whose voices speak "according to" a source at a
hospital or "in" a provincial town, whose rival tolls come from "local sources", whose past
days are told again as "on that day", whose towns are a crowd's home or a hero's airport, and
whose wounded die the next night."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from warcount.mentions.capitals import capital_of
from warcount.mentions.numbers import find_numbers, load_number_lexicon
from warcount.pipeline import Pipeline
from warcount.records import Event

Extract = Callable[..., list[Event]]


def test_a_figure_of_speech_in_a_quote_is_no_violence(extract: Extract) -> None:
    text = ("On Tuesday, a few dozen teachers held a sit-in in front of the Ministry of "
            "Education in Niamey to demand their unpaid salaries. The sit-in ended without "
            "incident.\n\n\"We voted, and they stole our votes,\" said one of the teachers. "
            "\"This is a city where nobody knows who is killing whom,\" a trade unionist said.")
    [event] = extract(text, "2019-03-13")
    assert event.sub_event_type == "Peaceful protest"


def test_police_who_only_watch_a_sit_in_are_no_side_of_it(extract: Extract) -> None:
    text = ("On Tuesday, about 50 lawyers held a sit-in in front of the courthouse in Kindia "
            "to demand the release of their colleague. The sit-in, watched by a large police "
            "presence, ended without incident.")
    [event] = extract(text, "2019-03-13")
    assert (event.sub_event_type, event.assoc_actor_1, event.actor2) == (
        "Peaceful protest", "", "")


def test_words_on_placards_are_no_act(extract: Extract) -> None:
    text = ("On Monday, about 200 women marched through the streets of Wa, carrying placards "
            "with inscriptions such as \"Peace now\" and \"Stop killing our sons\". The march "
            "ended at the regional office, where a petition was presented.")
    [event] = extract(text, "2022-05-10")
    assert event.sub_event_type == "Peaceful protest"


def test_youths_who_took_over_a_road_to_demand_jobs_riot_on_that_day(
        extract: Extract) -> None:
    text = ("Hundreds of women on Wednesday staged a peaceful protest in Sapele over the "
            "pollution of their creeks.\n\nTheir action came a day after youths took over "
            "the Warri-Sapele Road on Tuesday to demand jobs at the terminal. The youths "
            "burnt tyres on the highway and threw stones at motorists. Policemen fired tear gas "
            "to disperse them.")
    events = extract(text, "2018-08-09")
    riot = next(e for e in events if e.sub_event_type == "Violent demonstration")
    assert riot.event_date == "2018-08-07"
    assert any(e.sub_event_type == "Peaceful protest" and e.event_date == "2018-08-08"
               for e in events)


def test_the_dead_a_spokesman_in_a_province_counts_are_the_fight_told_before(
        extract: Extract) -> None:
    text = ("On Saturday 6 June, militiamen attacked an army position on the outskirts of "
            "Fataki. According to the army spokesman in Ituri, five assailants were killed and "
            "one soldier died in the fighting, which lasted two hours.")
    [event] = extract(text, "2020-06-09")
    assert (event.location, event.fatalities) == ("Fataki", 6)


def test_a_dead_city_day_is_a_strike_not_a_death(extract: Extract) -> None:
    text = ("On Monday 8 June, shops and schools in Beni were closed in response to a \"dead "
            "city\" day called by civil society groups. Several hundred people held a peaceful "
            "sit-in in front of the town hall.")
    [event] = extract(text, "2020-06-09")
    assert (event.sub_event_type, event.fatalities) == ("Peaceful protest", 0)


def test_local_sources_reporting_a_higher_toll_give_the_high_end(extract: Extract) -> None:
    text = ("On the night of Friday 5 June, armed assailants attacked a village near Fataki, "
            "killing civilians with machetes. According to the territory administrator, at "
            "least nine civilians were killed, among them three children, and four others were "
            "wounded. Local civil society sources reported 14 dead.")
    [event] = extract(text, "2020-06-09")
    assert (event.fatalities, event.fatalities_high, event.injured) == (9, 14, 4)


def test_children_among_the_dead_are_not_wounded() -> None:
    text = ("at least nine civilians were killed, among them three children, and four others "
            "were wounded")
    outcomes = [(n.text, n.outcome) for n in find_numbers(text, lexicon=load_number_lexicon())]
    assert ("three children", "killed") in outcomes


def test_relief_deployed_and_staff_relocated_make_no_event_nor_its_source(
        extract: Extract) -> None:
    text = ("On Sunday, gunmen attacked a village near Mongbwalu, killing four civilians, "
            "according to the local chief.\n\nRESPONSE\n\nMobile clinics have been deployed "
            "to the sites around Mongbwalu, according to the Health Cluster. Several "
            "humanitarian organisations have temporarily relocated staff from Mongbwalu to "
            "Bunia.")
    [event] = extract(text, "2020-06-09")
    assert (event.sub_event_type, event.source) == ("Attack", "local chief")


def test_a_source_at_a_hospital_is_named_as_the_source(extract: Extract) -> None:
    text = ("Police fired tear gas at protesters in Kiffa on Monday. About twenty people were "
            "injured, according to a medical source at the regional hospital. The Constitutional "
            "Council is to rule on the appeal next week.")
    [event] = extract(text, "2019-06-25")
    assert "Constitutional Council" not in event.source
    assert "medical source" in event.source


def test_a_sentence_opening_on_according_to_names_its_source(extract: Extract) -> None:
    text = ("On Saturday, militiamen attacked an army position near Fataki. According to the "
            "administrator of Djugu territory, two soldiers were killed.")
    [event] = extract(text, "2020-06-09")
    assert event.source == "administrator of Djugu territory"


def test_a_crowd_from_one_town_living_in_another_marches_where_it_lives(
        extract: Extract) -> None:
    text = ("On Monday, about 300 women from Bawku resident in Tamale marched through the "
            "principal streets of the city to demand peace. The march ended peacefully.")
    [event] = extract(text, "2023-11-21")
    assert event.location == "Tamale"


def test_on_that_day_after_a_past_date_is_the_past(extract: Extract) -> None:
    text = ("Police fired tear gas this afternoon at protesters who were marching towards "
            "the airport in Juliaca.\n\n\"They want to close the airport because on January "
            "9 our brothers died there,\" a protest leader said. On that day, 17 civilians "
            "were killed in clashes near the airport.")
    events = extract(text, "2023-02-21")
    assert [(e.event_date, e.fatalities) for e in events] == [("2023-02-21", 0)]


def test_an_airport_named_after_a_man_is_not_a_town_of_his_name(extract: Extract) -> None:
    text = ("Police fired tear gas this afternoon at protesters who were marching along the "
            "avenue that leads to the Inca Manco Cápac airport in Juliaca.")
    [event] = extract(text, "2023-02-21")
    assert event.location == "Juliaca"


def test_marching_this_afternoon_from_a_square_is_a_march(extract: Extract) -> None:
    text = ("Thousands of people, many of them women in traditional dress, marched this "
            "afternoon from the main square of Puno to the lakeside, demanding early elections. "
            "The march passed without incidents.")
    [event] = extract(text, "2023-02-21")
    assert (event.sub_event_type, event.location) == ("Peaceful protest", "Puno")


def test_a_protester_wounded_on_monday_who_died_overnight_died_on_monday(
        extract: Extract) -> None:
    text = ("A 24-year-old man who was wounded on Monday in Ilave, when police fired pellets "
            "to clear protesters from the main square, died overnight at the hospital in "
            "Puno, the Ombudsman's Office reported. The protesters had been holding a sit-in "
            "and were not armed.")
    [event] = extract(text, "2023-02-22")
    assert (event.event_date, event.sub_event_type, event.fatalities) == (
        "2023-02-20", "Excessive force against protesters", 1)


def test_explosive_devices_found_in_a_camp_are_no_blast(extract: Extract) -> None:
    text = ("On Friday, soldiers found a camp on a ranch near Chicomuselo holding 20 homemade "
            "explosive devices and four rifles, the Defence Ministry said.")
    events = extract(text, "2024-07-13")
    assert not any(e.event_type == "Explosions/Remote violence" for e in events)


def test_residents_who_block_a_highway_to_stop_a_convoy_protest(extract: Extract) -> None:
    text = ("Some 300 residents of Frontera Comalapa blocked a highway on Thursday to stop an "
            "Army convoy from reaching the area. Soldiers fired tear gas to clear the road.")
    [event] = extract(text, "2024-07-13")
    assert (event.event_type, event.event_date) == ("Protests", "2024-07-11")


def test_the_past_of_the_marchers_does_not_date_their_march(extract: Extract) -> None:
    text = ("In Comitán on Saturday, some 600 people who fled Chicomuselo in recent weeks "
            "marched from the central park to the town hall. The march ended without "
            "incident.")
    [event] = extract(text, "2024-07-13")
    assert (event.sub_event_type, event.event_date) == ("Peaceful protest", "2024-07-13")


def test_the_capital_is_the_capital_of_the_reports_day(extract: Extract) -> None:
    text = ("A grenade thrown from a passing car killed two people at a market in the capital "
            "of Burundi on Friday, police said.")
    [event] = extract(text, "2015-05-24")
    assert event.location == "Bujumbura"
    text = ("Thousands of miners marched in the capital on Monday to demand fuel, a day after "
            "talks with Bolivia's government failed.")
    [event] = extract(text, "2022-11-15")
    assert event.location == "La Paz"


def test_a_report_on_the_capital_places_its_events_there(extract: Extract) -> None:
    text = ("The capital has lived through two tense days. On Monday, thousands of supporters "
            "of the junta marched from the Place de la Liberté to the Independence Monument "
            "in Mali. The march took place without incident.")
    [event] = extract(text, "2012-04-24")
    assert event.location == "Bamako"


def test_federal_officers_on_a_province_avenue_are_in_the_capital(extract: Extract) -> None:
    text = ("BUENOS AIRES - Federal officers used pepper spray and rubber bullets on Wednesday "
            "afternoon to clear several hundred retirees from Entre Ríos avenue, outside "
            "Congress. On Tuesday night, residents protested at the corner of Santa Fe and "
            "Callao avenues in Buenos Aires.")
    events = extract(text, "2025-05-15")
    assert {e.location for e in events} == {"Buenos Aires"}


def test_a_coalition_opposed_to_the_coup_makes_no_coup(extract: Extract) -> None:
    text = ("On Monday, thousands of supporters of the junta marched through Bamako. A few "
            "hours later, the atmosphere was quite different at the Bourse du Travail, where "
            "the coalition of parties opposed to the coup was holding a meeting. Dozens of "
            "young men forced their way into the courtyard, throwing stones.\n\nOn Saturday, "
            "men in military uniform arrested a former minister at his home and took him to the "
            "camp in Kati.")
    events = extract(text, "2012-04-24")
    assert not any(e.event_date == "2012-04-21" and e.event_type == "Riots" for e in events)
    assert any(e.event_date == "2012-04-21" and e.sub_event_type == "Arrests" for e in events)


def test_women_displaced_from_two_towns_protest_where_they_are(extract: Extract) -> None:
    text = ("On Monday, soldiers arrested a former minister in Bamako. Last Wednesday, several "
            "hundred women displaced from Gao and Timbuktu had gathered in front of the "
            "Ministry of Territorial Administration to demand the liberation of the north, in a "
            "sit-in that ended peacefully.")
    events = extract(text, "2012-04-24")
    sit_in = next(e for e in events if e.event_type == "Protests")
    assert sit_in.location not in ("Gao", "Timbuktu")


def test_what_the_fathers_fought_is_no_violence_of_the_march(extract: Extract) -> None:
    text = ("On Tuesday morning, about 300 women marched together along the former dividing "
            "line in Beirut, carrying white roses. The march passed without incident.\n\n"
            "\"Our fathers fought on this street. We will not let anyone drag our sons into "
            "that again,\" said one of the organisers.")
    [event] = extract(text, "2019-11-26")
    assert event.sub_event_type == "Peaceful protest"


def test_a_fighter_wounded_in_a_clash_who_died_later_died_on_its_day(
        extract: Extract) -> None:
    text = ("Soldiers clashed with militants near Kidal on Sunday. A third soldier was wounded "
            "in the clash and died on Tuesday, the army said.")
    [event] = extract(text, "2021-03-17")
    assert (event.event_date, event.fatalities) == ("2021-03-14", 1)


def test_the_capital_table_holds_moved_capitals(pipeline: Pipeline) -> None:
    assert pipeline.gazetteer is not None
    assert capital_of("Burundi", pipeline.gazetteer, dt.date(2015, 5, 24)) == "Bujumbura"
    assert capital_of("Burundi", pipeline.gazetteer, dt.date(2022, 5, 24)) == (
        pipeline.gazetteer.capital("Burundi"))
    assert capital_of("Kenya", pipeline.gazetteer, dt.date(2015, 5, 24)) == "Nairobi"


def test_families_evicted_from_a_town_are_evicted_in_it(extract: Extract) -> None:
    text = ("On Aug 14th, at least 250 families were evicted from Eldoret. The police used "
            "teargas to force out tenants who refused to leave their houses.")
    [event] = extract(text, "2019-08-15")
    assert event.location == "Eldoret"


def test_similar_marches_in_two_towns_are_two_protests(extract: Extract) -> None:
    text = ("Police in Niamey fired tear gas on Sunday to break up a banned demonstration "
            "against new taxes. Similar marches took place on Sunday in Zinder and Maradi "
            "without incident, according to local radio stations.")
    events = extract(text, "2018-04-17")
    assert {e.location for e in events if e.sub_event_type == "Peaceful protest"} == {
        "Zinder", "Maradi"}


def test_a_communique_read_on_television_dates_no_act(extract: Extract) -> None:
    text = ("On 9 June, an army patrol was ambushed near Tassara. According to a communique of "
            "the Ministry of Defence read on national television on 10 June, six soldiers were "
            "killed, while \"about twenty terrorists were neutralised\". The same day, the "
            "health centre of a village near Tassara was set on fire by members of the same "
            "group.")
    events = extract(text, "2024-06-12")
    assert {(e.event_date, e.sub_event_type, e.fatalities) for e in events} == {
        ("2024-06-09", "Armed clash", 26), ("2024-06-09", "Looting/property destruction", 0)}


def test_arrests_of_a_bombers_helpers_are_no_bombing(extract: Extract) -> None:
    text = ("The intelligence agency said on Monday that it had arrested six people in "
            "Mogadishu suspected of helping to plan the hotel attack, including a man who "
            "allegedly rented the car used in the bombing.")
    [event] = extract(text, "2019-03-11")
    assert event.sub_event_type == "Arrests"


def test_homemade_mortars_of_a_barricade_are_no_shelling(extract: Extract) -> None:
    text = ("Police and hooded men armed with rifles attacked the barricades of the Monimbó "
            "neighbourhood in Masaya at dawn on Saturday, killing three people. They opened fire "
            "on the young people guarding the barricades, who defended themselves with homemade "
            "mortars.")
    events = extract(text, "2018-06-10")
    assert not any(e.sub_event_type == "Shelling/artillery/missile attack" for e in events)


def test_a_dateline_with_its_country_is_not_the_scene(extract: Extract) -> None:
    text = ("Pemba, Mozambique, 08 Jun 2022 (Lusa) – Armed insurgents beheaded three civilians "
            "and burned dozens of houses on Sunday in a village near Chiúre, local sources "
            "said.")
    events = extract(text, "2022-06-08")
    assert [e.location for e in events] == ["Chiúre"]
