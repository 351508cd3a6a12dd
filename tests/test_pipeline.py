"""The whole pipeline on invented reports: each trap of the founding report, and a few more."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from warcount.records import Event, PlaceMention, ResolvedPlace

Extract = Callable[..., list[Event]]
SUNDAY = "2023-05-14"
SATURDAY = "2023-05-13"


def check_evidence(text: str, events: list[Event]) -> None:
    for e in events:
        for ev in e.evidence:
            assert text[ev.start:ev.end] == ev.text, ev
        assert e.fatalities_low <= e.fatalities_best <= e.fatalities_high
        d = e.deaths
        assert d.side_a + d.side_b + d.civilians + d.unknown == e.fatalities_best


def one(extract: Extract, text: str, published: str = SUNDAY) -> Event:
    events = extract(text, published)
    check_evidence(text, events)
    assert len(events) == 1, [(e.event_date, e.sub_event_type, e.location) for e in events]
    return events[0]


def test_pipeline_total_and_breakdown_are_one_figure(extract: Extract) -> None:
    text = ("Heavy clashes between the army and Islamic State militants near Mosul have killed "
            "at least 73 fighters in the last 24 hours, a monitor said on Sunday. "
            "The fighting on Saturday killed 50 Islamic State fighters and 23 Iraqi soldiers, "
            "the Iraqi Observatory for Civil Rights monitor said.")
    e = one(extract, text)
    assert e.fatalities == 73
    assert sorted([e.deaths.side_a, e.deaths.side_b]) == [23, 50]
    assert e.event_date == SATURDAY
    assert e.event_type == "Battles"
    assert "Iraqi Observatory for Civil Rights" in e.source
    assert e.country == "Iraq"


def test_pipeline_at_least_n_is_n(extract: Extract) -> None:
    text = ("At least 12 villagers were killed when gunmen attacked a village near Maiduguri "
            "on Saturday, residents said.")
    e = one(extract, text)
    assert e.fatalities == e.fatalities_low == 12
    assert (e.event_type, e.sub_event_type) == ("Violence against civilians", "Attack")
    assert e.actor2 == "Civilians (Nigeria)"


def test_pipeline_on_saturday_in_a_sunday_report(extract: Extract) -> None:
    e = one(extract, "Rebels clashed with soldiers in Goma on Saturday, the army said.")
    assert e.event_date == SATURDAY and e.time_precision == 1


def test_pipeline_monitor_is_the_observatory_named_later(extract: Extract) -> None:
    text = ("Clashes between regime forces and rebels near Idlib killed 10 fighters on Saturday, "
            "a monitor said. Troops advanced into two villages, the Britain-based Syrian "
            "Observatory for Human Rights monitor said.")
    e = one(extract, text)
    assert e.source == "Syrian Observatory for Human Rights"
    src = [ev for ev in e.evidence if ev.field == "source"]
    assert src and src[0].text == "a monitor"


def test_pipeline_background_gives_no_event(extract: Extract) -> None:
    text = ("Islamic State militants have been operating in Nineveh province since 2015. "
            "In early September, soldiers recaptured the town of Sinjar after heavy fighting.")
    assert extract(text, SUNDAY) == []


def test_pipeline_threats_and_denials_give_no_event(extract: Extract) -> None:
    text = ("The rebels vowed to attack Goma within days. The army denied any involvement in "
            "the killing of two traders.")
    assert extract(text, SUNDAY) == []


def test_pipeline_protest_broken_up_with_tear_gas(extract: Extract) -> None:
    text = ("Hundreds of students marched through Nairobi on Saturday to protest against tuition "
            "fees. Police broke up the protest with tear gas.")
    e = one(extract, text)
    assert (e.event_type, e.sub_event_type) == ("Protests", "Protest with intervention")
    assert (e.actor1, e.actor2) == ("Protesters (Kenya)", "Police Forces of Kenya")
    assert (e.inter1, e.inter2, e.interaction) == (6, 1, 16)
    assert e.disorder_type == "Demonstrations"
    assert e.location == "Nairobi" and e.country == "Kenya" and e.event_date == SATURDAY


def test_pipeline_abduction(extract: Extract) -> None:
    e = one(extract, "Gunmen abducted 14 passengers from a bus near Kaduna on Saturday, residents "
            "said.")
    assert (e.event_type, e.sub_event_type) == (
        "Violence against civilians", "Abduction/forced disappearance")
    assert e.fatalities == 0 and e.civilian_targeting
    assert (e.actor1, e.actor2) == ("Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)")


def test_pipeline_ied(extract: Extract) -> None:
    e = one(extract, "An improvised explosive device killed two soldiers near Mogadishu on "
            "Saturday.")
    assert e.sub_event_type == "Remote explosive/landmine/IED"
    assert e.fatalities == 2 and e.country == "Somalia"


def test_pipeline_air_strike(extract: Extract) -> None:
    text = ("Warplanes carried out air strikes on the outskirts of Idlib on Saturday, killing "
            "seven civilians, rescuers said.")
    e = one(extract, text)
    assert (e.event_type, e.sub_event_type) == ("Explosions/Remote violence", "Air/drone strike")
    assert e.fatalities == 7 and e.actor2 == "Civilians (Syria)" and e.civilian_targeting


def test_pipeline_three_days_of_fighting_are_three_events(extract: Extract) -> None:
    text = ("Fighting between soldiers and rebels in Goma lasted three days. On Thursday, rebels "
            "attacked an army base in Goma, killing three soldiers. On Friday, soldiers clashed "
            "with the rebels in Goma again. On Saturday, fighting in Goma killed two rebels.")
    events = extract(text, SUNDAY)
    check_evidence(text, events)
    assert [e.event_date for e in events] == ["2023-05-11", "2023-05-12", SATURDAY]
    assert [e.fatalities for e in events] == [3, 0, 2]
    assert all(e.event_type == "Battles" and e.location == "Goma" for e in events)


def test_pipeline_wounded_are_not_killed(extract: Extract) -> None:
    e = one(extract, "Militants attacked a checkpoint in Peshawar on Saturday, wounding 11 police "
            "officers, officials said.")
    assert e.fatalities == 0 and e.injured == 11


def test_pipeline_strikes_inside_a_battle_merge_into_it(extract: Extract) -> None:
    text = ("Syrian soldiers clashed with Islamic State fighters in Raqqa on Saturday as Russian "
            "warplanes carried out air strikes in support of the army, killing 9 militants.")
    e = one(extract, text)
    assert (e.event_type, e.sub_event_type) == ("Battles", "Armed clash")
    assert (e.actor1, e.actor2) == ("Military Forces of Syria", "Islamic State (Syria)")
    assert "Military Forces of Russia" in e.assoc_actor_1
    assert e.country == "Syria" and e.fatalities == 9


def test_pipeline_announced_day_only_is_week_precision(extract: Extract) -> None:
    text = ("The army said on Sunday that its troops had killed 15 Al Shabaab militants in an "
            "operation near Kismayo.")
    e = one(extract, text)
    assert e.event_date == SUNDAY and e.time_precision == 2
    assert e.actor1 == "Military Forces of Somalia" and e.actor2 == "Al Shabaab"


def test_pipeline_two_towns_two_events(extract: Extract) -> None:
    text = ("Gunmen killed three farmers in Maiduguri on Saturday. "
            "In a separate attack, gunmen killed two herders in Kaduna on Saturday.")
    events = extract(text, SUNDAY)
    check_evidence(text, events)
    assert sorted((e.location, e.fatalities) for e in events) == [("Kaduna", 2),
                                                                   ("Maiduguri", 3)]


def test_pipeline_same_report_same_ids(extract: Extract) -> None:
    text = "Rebels clashed with soldiers in Goma on Saturday, the army said."
    first = [e.event_id for e in extract(text, SUNDAY)]
    assert first and first == [e.event_id for e in extract(text, SUNDAY)]


def test_pipeline_no_publication_date_no_guess(extract: Extract) -> None:
    events = extract("Rebels clashed with soldiers in Goma on Saturday.", None)
    assert all(e.event_date is None for e in events)


def test_pipeline_empty_text_gives_nothing(extract: Extract) -> None:
    assert extract("", SUNDAY) == []
    assert extract("The weather in Goma was mild.", SUNDAY) == []


# Known bugs in the lead's code (see the report); strict, so a fix shows up as XPASS.
def test_pipeline_police_as_source_is_no_actor(extract: Extract) -> None:
    e = one(extract, "Gunmen killed 12 villagers near Maiduguri on Saturday, police said.")
    assert (e.event_type, e.sub_event_type) == ("Violence against civilians", "Attack")
    assert (e.actor1, e.actor2) == ("Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)")


def test_pipeline_police_as_source_is_not_the_mobs_victim(extract: Extract) -> None:
    e = one(extract, "An angry mob lynched two men accused of theft in Kano on Saturday, police "
            "said.")
    assert (e.event_type, e.sub_event_type) == ("Riots", "Mob violence")
    assert (e.actor1, e.actor2) == ("Rioters (Nigeria)", "Civilians (Nigeria)")
    assert e.fatalities == 2


def test_pipeline_foreign_force_does_not_move_the_event(extract: Extract) -> None:
    text = ("Soldiers clashed with Islamic State fighters near Raqqa on Saturday as Russian "
            "warplanes carried out air strikes in support of the army, killing 9 militants.")
    e = one(extract, text)
    assert e.country == "Syria" and e.location
    assert e.actor2 == "Islamic State (Syria)"


def test_pipeline_at_least_n_after_the_killers(extract: Extract) -> None:
    e = one(extract, "Gunmen killed at least 12 villagers near Maiduguri on Saturday.")
    assert e.fatalities == 12


def test_pipeline_bomb_victims_are_acted_on(extract: Extract) -> None:
    e = one(extract, "An improvised explosive device killed two soldiers near Mogadishu on "
            "Saturday.")
    assert (e.actor1, e.actor2) == (
        "Unidentified Armed Group (Somalia)", "Military Forces of Somalia")


def test_pipeline_suicide_bomb_victims_are_acted_on(extract: Extract) -> None:
    e = one(extract, "A suicide bomber blew himself up at a checkpoint in Mogadishu on Saturday, "
            "killing five soldiers.")
    assert e.sub_event_type == "Suicide bomb" and e.fatalities == 6
    assert e.actor1 == "Unidentified Armed Group (Somalia)"
    assert e.actor2 == "Military Forces of Somalia"


def test_pipeline_based_in_is_not_the_place(extract: Extract) -> None:
    text = ("Heavy clashes between the army and Islamic State militants near Mosul have killed "
            "at least 73 fighters in the last 24 hours, a monitor said on Sunday. "
            "The fighting on Saturday killed 50 Islamic State fighters and 23 Iraqi soldiers, "
            "the Baghdad-based Iraqi Observatory for Civil Rights monitor said.")
    e = one(extract, text)
    assert e.fatalities == 73 and e.location == "Mosul"


def test_pipeline_last_24_hours_alone_is_week_precision(extract: Extract) -> None:
    e = one(extract, "Clashes between soldiers and rebels in Goma killed 30 fighters in the last "
            "24 hours, the army said.")
    assert e.event_date == SUNDAY and e.time_precision == 2
    assert dt.date.fromisoformat(e.event_date) <= dt.date.fromisoformat(SUNDAY)


@pytest.mark.xfail(strict=True, reason="'a monitor' is tied only to spaCy ORG entities; the small "
                   "model labels this observatory FAC, so the source stays 'monitor'")
def test_pipeline_monitor_is_an_observatory_the_model_calls_a_facility(extract: Extract) -> None:
    text = ("Clashes between soldiers and rebels in Kidal killed 10 fighters on Saturday, a "
            "monitor said. Troops advanced into the town, the Sahel Observatory for Human Rights "
            "monitor said.")
    assert one(extract, text).source == "Sahel Observatory for Human Rights"


def test_pipeline_dateline_city_is_not_the_event_place(extract: Extract) -> None:
    text = ("KANO, Nigeria (Wire) - Gunmen killed five villagers in Gwoza on Saturday, "
            "a local official said.")
    e = one(extract, text)
    assert e.location == "Gwoza"


def test_pipeline_unplaced_sentence_takes_the_place_named_before_it(extract: Extract) -> None:
    text = ("ABUJA, Nigeria (Wire) - Fighting broke out in Gwoza on Saturday, residents said.\n\n"
            "Two days earlier, on Thursday, gunmen had killed four farmers, a local chief said.")
    events = extract(text, SUNDAY)
    check_evidence(text, events)
    assert {e.location for e in events} == {"Gwoza"}, [(e.event_date, e.location) for e in events]


def test_pipeline_namesake_abroad_is_no_place(extract: Extract) -> None:
    # "Cholet" stands for any small town abroad that shares a village's name.
    text = ("Boko Haram fighters attacked the village of Cholet in Borno State on Saturday, "
            "killing four farmers, residents said.")
    e = one(extract, text)
    assert e.country == "Nigeria"


def test_pipeline_country_that_struck_is_its_military(extract: Extract) -> None:
    text = ("Russia launched a wave of missiles at Odesa on Saturday, killing three civilians, "
            "the regional governor said.")
    e = one(extract, text)
    assert e.actor1 == "Military Forces of Russia"
    assert e.inter1 == 8


def test_pipeline_speaker_claiming_the_strike_is_actor(extract: Extract) -> None:
    text = ("The Kenyan military said on Sunday it had killed 14 militants in an air strike on "
            "Saturday near Mandera.")
    e = one(extract, text)
    assert e.actor1 == "Military Forces of Kenya"
    assert e.fatalities == 14


def test_pipeline_people_named_by_nationality_are_no_place(extract: Extract) -> None:
    text = ("Police in Mombasa arrested six Somali men on Saturday after a grenade attack on a "
            "bus, officials said.")
    events = extract(text, SUNDAY)
    assert events
    assert all(e.country == "Kenya" for e in events), [(e.location, e.country) for e in events]


def test_pipeline_an_earlier_attack_it_came_after_is_background(extract: Extract) -> None:
    text = ("Gunmen killed five farmers in Gwoza on Saturday, residents said. The attack comes "
            "less than two weeks after militants killed 40 villagers in a nearby district.")
    e = one(extract, text)
    assert e.fatalities == 5


def test_pipeline_the_killing_a_crowd_protests_is_no_event(extract: Extract) -> None:
    text = ("Hundreds of traders marched in Kisumu on Saturday against the killing of a "
            "shopkeeper, witnesses said.")
    e = one(extract, text)
    assert (e.event_type, e.fatalities) == ("Protests", 0)


def test_pipeline_arrests_over_a_killing_are_arrests(extract: Extract) -> None:
    text = "Police arrested two men in Kisumu on Saturday over the killing of a shopkeeper."
    e = one(extract, text)
    assert (e.sub_event_type, e.fatalities) == ("Arrests", 0)


def test_pipeline_alias_of_two_actors_does_not_move_the_report(extract: Extract) -> None:
    # "UPDF" names Uganda's army and a party in Bangladesh's hill districts.
    text = ("Members of UPDF blocked roads in Rangamati on Saturday by setting fire to logs, "
            "police said.")
    e = one(extract, text)
    assert e.country == "Bangladesh"


def test_pipeline_generic_named_in_brackets_is_that_group(extract: Extract) -> None:
    text = ("On Saturday, unknown gunmen (believed to be Boko Haram fighters) opened fire on "
            "villagers near Gwoza, killing two farmers.")
    e = one(extract, text)
    assert e.actor1 == "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"
    assert e.sub_event_type == "Attack"


def test_pipeline_party_men_who_clash_are_rioters(extract: Extract) -> None:
    text = ("On Saturday, members of Chhatra League (BCL) clashed with each other in Bogra "
            "town over control of a dormitory, injuring ten.")
    e = one(extract, text)
    assert (e.event_type, e.actor1) == ("Riots", "Rioters (Bangladesh)")


def test_pipeline_blast_of_unknown_kind_is_a_remote_explosive(extract: Extract) -> None:
    e = one(extract, "A blast outside a restaurant in Wajir killed one person on Saturday.")
    assert e.sub_event_type == "Remote explosive/landmine/IED"


def test_pipeline_air_strike_is_flown_by_the_state_named(extract: Extract) -> None:
    text = ("At least 12 civilians were killed in government air strikes on rebel-held villages "
            "near Idlib on Saturday, a monitor said. There were no rebel fighters in the area, "
            "residents said.")
    e = one(extract, text)
    assert e.actor1 == "Military Forces of Syria"
    assert e.actor2 == "Civilians (Syria)"


def test_pipeline_armed_group_as_a_source_is_no_actor(extract: Extract) -> None:
    text = ("Nine civilians were killed in overnight air strikes by the Saudi-led coalition near "
            "Taiz, a medic and rebel forces said on Saturday.")
    e = one(extract, text, "2019-05-25")
    assert e.actor1 == "Military Forces of Saudi Arabia"


def test_pipeline_an_earlier_attack_told_in_passing_adds_nothing(extract: Extract) -> None:
    text = ("Four police officers were killed when their vehicle hit a roadside bomb near Lamu "
            "on Saturday, a week after 14 others died in similar attacks claimed by Al Shabaab, "
            "police said.")
    e = one(extract, text)
    assert e.fatalities == 4
    assert e.actor1 == "Unidentified Armed Group (Kenya)"


def test_pipeline_one_of_whom_is_no_count(extract: Extract) -> None:
    text = ("Fighting in Tripoli on Saturday killed 13 people, including three civilians, one of "
            "whom was a child, the ambulance service said.")
    assert one(extract, text).fatalities == 13


def test_pipeline_a_list_of_towns_is_one_event_each(extract: Extract) -> None:
    text = ("Hundreds of protesters marched on Saturday in Kandahar, Khost and Jalalabad, "
            "calling for peace.")
    events = extract(text, SUNDAY)
    check_evidence(text, events)
    assert sorted(e.location for e in events) == ["Jalālābād", "Kandahār", "Khōst"]


def test_pipeline_a_toll_for_two_towns_is_divided(extract: Extract) -> None:
    text = "Gunmen killed five villagers on Saturday in Gwoza and Bama, residents said."
    events = extract(text, SUNDAY)
    check_evidence(text, events)
    assert sorted(e.fatalities for e in events) == [2, 3]


def test_pipeline_a_road_between_two_towns_is_one_place(extract: Extract) -> None:
    text = ("Gunmen killed three travellers on Saturday on the road between Gao and Kidal, "
            "officials said.")
    assert len(extract(text, SUNDAY)) == 1


def test_pipeline_wounded_taken_to_hospital_does_not_cancel_the_clash(extract: Extract) -> None:
    text = ("At least 20 fighters were killed in clashes near Hodeida on Saturday, and dozens "
            "of wounded were taken to hospitals in Sanaa, medics said.")
    e = one(extract, text)
    assert (e.sub_event_type, e.fatalities) == ("Armed clash", 20)


def test_pipeline_a_count_of_the_dead_tells_an_incident(extract: Extract) -> None:
    text = ("Police opened fire on rioters in Kisumu on Saturday. Later in the evening a man is "
            "killed in the cross fire near the market.")
    events = extract(text, SUNDAY)
    assert sum(e.fatalities for e in events) == 1, [(e.sub_event_type, e.fatalities)
                                                     for e in events]


def test_pipeline_attackers_also_killed_add_to_the_victims(extract: Extract) -> None:
    text = ("Boko Haram fighters killed four people in an attack on a camp in Banki on Saturday. "
            "Two of the attackers were also killed in the fight.")
    e = one(extract, text)
    assert e.fatalities == 6
    assert e.sub_event_type == "Attack"


def test_pipeline_present_tense_massacre_counts(extract: Extract) -> None:
    e = one(extract, "On Saturday, militants massacre 35 villagers near Gwoza, officials say.")
    assert e.fatalities == 35


def test_pipeline_outlet_named_after_the_dateline_is_no_country(extract: Extract) -> None:
    text = ("CAMEROON (France 24) - Clashes between separatists and soldiers near Bamenda killed "
            "five people on Saturday, officials said.")
    e = one(extract, text)
    assert e.country == "Cameroon" and "France" not in e.actor1 + e.actor2


def test_pipeline_fire_from_troops_names_the_shooter(extract: Extract) -> None:
    text = ("Artillery fire from Russian troops killed eight villagers near Kharkiv on Saturday, "
            "the regional governor said.")
    e = one(extract, text)
    assert (e.actor1, e.actor2) == ("Military Forces of Russia", "Civilians (Ukraine)")


def test_pipeline_battled_is_a_battle(extract: Extract) -> None:
    text = ("Afghan forces battled the Taliban near Kandahar on Saturday. The fighting killed 28 "
            "people, officials said.")
    e = one(extract, text)
    assert (e.actor1, e.actor2, e.fatalities) == ("Military Forces of Afghanistan", "Taliban", 28)


def test_pipeline_country_named_as_origin_is_not_the_place(extract: Extract) -> None:
    text = "Raiders from Ethiopia attacked a Kenyan village on Saturday, killing three herders."
    e = one(extract, text)
    assert e.country == "Kenya"


def test_pipeline_a_country_crossed_into_is_the_place(extract: Extract) -> None:
    e = one(extract, "Gunmen crossed into Uganda on Saturday and attacked a police post.")
    assert e.country == "Uganda"


def test_pipeline_a_country_fled_into_is_not_the_place(extract: Extract) -> None:
    text = "Gunmen attacked a police post in Isiolo on Saturday and then fled into Somalia."
    e = one(extract, text)
    assert e.country == "Kenya"


def test_pipeline_an_area_in_brackets_places_an_unknown_village(extract: Extract) -> None:
    text = "On Saturday, gunmen burned a school in Zorgobiri (Zorgobiri, Tapoa)."
    e = one(extract, text)
    assert (e.country, e.admin1) == ("Burkina Faso", "Est")


def test_pipeline_place_with_its_stated_parents_outvotes_a_foreign_force(extract: Extract) -> None:
    text = ("French forces killed ten militants near Oursi (Oursi, Oudalan) on Saturday, the army "
            "said.")
    e = one(extract, text)
    assert e.country == "Burkina Faso"


def test_pipeline_people_named_in_the_plural_hint_the_country(extract: Extract) -> None:
    e = one(extract, "Hundreds of Kenyans marched on Saturday to demand lower prices.")
    assert e.country == "Kenya"


def test_pipeline_title_case_dateline_is_not_the_place(extract: Extract) -> None:
    text = ("Maputo \u2014 Insurgents killed five villagers in Macomia on Tuesday, according to "
            "a local newssheet.")
    e = one(extract, text, "2019-08-28")
    assert e.location == "Macomia"


def test_pipeline_fighting_between_unnamed_groups_is_a_battle(extract: Extract) -> None:
    text = ("At least 13 people, including three civilians, were killed in overnight fighting "
            "between armed groups in Tripoli on Friday, emergency services said.")
    e = one(extract, text, "2022-07-23")
    assert e.sub_event_type == "Armed clash"


def test_pipeline_city_dateline_with_a_colon_and_a_governor_who_informed(extract: Extract) -> None:
    text = ("Kyiv: The regional governor informed that at least 11 civilians were killed in "
            "Russian shelling on Kharkiv on Monday.")
    e = one(extract, text, "2022-02-28")
    assert (e.location, e.actor1, e.actor2) == ("Kharkiv", "Military Forces of Russia",
                                                "Civilians (Ukraine)")


def test_pipeline_the_event_named_again_on_another_day_is_no_new_event(extract: Extract) -> None:
    text = ("Two aid workers were kidnapped near Gao on Saturday, their employer said. "
            "On Sunday the agency said: \"We confirm the kidnapping of two of our colleagues.\"")
    e = one(extract, text, "2023-03-06")
    assert e.event_date == "2023-03-04"


def test_pipeline_a_short_note_in_the_present_is_one_incident(extract: Extract) -> None:
    text = ("Relatives of kidnapped sailors protest in Mombasa on Saturday over the lack of help. "
            "Police disperse the crowd with tear gas.")
    e = one(extract, text)
    assert e.sub_event_type == "Protest with intervention"


def test_pipeline_rioters_who_burn_buses_are_a_violent_demonstration(extract: Extract) -> None:
    text = "On Saturday, rioters set fire to a bus in Dhaka during a blockade, police said."
    e = one(extract, text)
    assert e.sub_event_type == "Violent demonstration"


def test_pipeline_what_the_police_believe_is_no_event(extract: Extract) -> None:
    text = ("Police arrested two suspects in Mombasa on Monday, seizing two rifles. The police "
            "believe that many returnees are using explosive devices to carry out attacks.")
    e = one(extract, text, "2021-08-24")
    assert e.sub_event_type == "Arrests"


def test_pipeline_the_government_as_a_source_is_no_fighting_side(extract: Extract) -> None:
    text = ("At least 50 civilians were killed on Saturday by gunmen near Dori, the government "
            "said in a statement.")
    e = one(extract, text)
    assert e.sub_event_type == "Attack"


def test_pipeline_the_group_that_claimed_it_is_the_actor(extract: Extract) -> None:
    text = ("A bomb exploded at a market in Gao on Saturday, killing three people. Islamic State "
            "Sahel Province claimed responsibility.")
    e = one(extract, text)
    assert e.actor1 == "Islamic State Sahel Province"
    assert e.actor2 == "Civilians (Mali)"


def test_pipeline_grenade_with_no_target_named_hits_civilians(extract: Extract) -> None:
    e = one(extract, "Grenade blasts at a restaurant in Mombasa killed six on Saturday.")
    assert e.actor2 == "Civilians (Kenya)"


def test_pipeline_the_death_a_crowd_protests_adds_no_toll(extract: Extract) -> None:
    text = ("On Saturday, students marched in Kisumu following the death of two classmates in "
            "police custody, and set fire to a bus.")
    e = one(extract, text)
    assert e.fatalities == 0 and e.event_type == "Riots"


def test_pipeline_an_undated_lead_joins_the_day_told_next(extract: Extract) -> None:
    text = ("One person has been shot dead in Kerio Valley by cattle rustlers. The rustlers also "
            "stole 40 goats during the Thursday afternoon attack.")
    e = one(extract, text, "2016-06-01")
    assert e.fatalities == 1 and e.event_date == "2016-05-26"


def test_pipeline_the_dateline_day_is_not_the_event_day(extract: Extract) -> None:
    text = ("SANAA, May 9, 2025 - US air strikes on the city of Saada killed eight people on "
            "Thursday, health officials said.")
    e = one(extract, text, "2025-05-09")
    assert (e.event_date, e.sub_event_type, e.fatalities) == ("2025-05-08", "Air/drone strike", 8)


def test_pipeline_an_attack_condemned_is_still_an_attack(extract: Extract) -> None:
    text = ("The rights group condemns the attack carried out on Saturday against the police "
            "station of Tame, which cost the lives of two police officers.")
    e = one(extract, text)
    assert e.fatalities == 2


def test_pipeline_what_arrested_men_are_wanted_for_is_no_event(extract: Extract) -> None:
    text = ("Police arrested three militia members in Sukma on Saturday who were wanted for "
            "setting fire to road construction vehicles.")
    e = one(extract, text)
    assert e.sub_event_type == "Arrests"


def test_pipeline_drones_shot_down_are_disrupted_weapons_use(extract: Extract) -> None:
    text = "Air defence units shot down 11 Russian attack drones over the Kyiv region on Saturday."
    e = one(extract, text)
    assert e.sub_event_type == "Disrupted weapons use"


def test_pipeline_a_burial_clause_keeps_its_day(extract: Extract) -> None:
    text = ("A jet bombed a ward of Bhamo on Friday, residents said. Six civilians were killed, "
            "and the bodies were buried on Saturday.")
    e = one(extract, text)
    assert (e.event_date, e.fatalities) == ("2023-05-12", 6)


def test_pipeline_a_half_year_toll_between_dashes_is_no_event(extract: Extract) -> None:
    text = ("The UN mission said the number \u2014 1,692 killed in violence \u2014 is the highest "
            "six-month death toll since records began in 2009.")
    assert extract(text, SUNDAY) == []


def test_pipeline_gang_coalition_killing_people_is_an_attack(extract: Extract) -> None:
    text = ("Members of the Viv Ansanm gang coalition killed at least 11 people in Kenscoff on "
            "Saturday, residents said.")
    e = one(extract, text)
    assert e.sub_event_type == "Attack"


def test_pipeline_weapons_listed_in_a_haul_are_no_attack(extract: Extract) -> None:
    text = ("Security forces recovered a huge cache of arms in Chaman on Saturday. The cache "
            "included rockets, improvised explosive devices and hand grenades.")
    e = one(extract, text)
    assert e.sub_event_type == "Disrupted weapons use"


def test_pipeline_a_news_agency_is_no_place(extract: Extract) -> None:
    text = ("An Israeli strike hit a military site near Al-Kiswah on Saturday, killing two "
            "soldiers, SANA reported.")
    e = one(extract, text)
    assert e.country == "Syria"


def test_pipeline_a_disaster_toll_in_the_background_is_no_event(extract: Extract) -> None:
    text = ("Gunmen killed four villagers near Gwoza on Saturday. Last year an earthquake killed "
            "3,700 people in the region.")
    e = one(extract, text)
    assert e.fatalities == 4


def test_pipeline_martyred_is_killed(extract: Extract) -> None:
    e = one(extract, "Three policemen were martyred in a roadside bomb blast in Bannu on Saturday.")
    assert e.fatalities == 3


def test_pipeline_unnamed_gunmen_are_the_group_that_claimed_it(extract: Extract) -> None:
    text = ("Gunmen stormed a checkpoint in Mudiyah on Saturday, killing six soldiers, officials "
            "said. Al Qaeda in the Arabian Peninsula claimed responsibility for the attack.")
    e = one(extract, text)
    assert e.actor1 == "AQAP: Al Qaeda in the Arabian Peninsula"


def test_pipeline_fighting_people_fled_is_no_new_battle(extract: Extract) -> None:
    text = ("A military aircraft dropped two bombs on a monastery near Shwebo on Saturday, "
            "killing 14 displaced villagers. The people in the monastery had fled fighting in "
            "nearby villages, a relief worker said.")
    e = one(extract, text)
    assert e.sub_event_type == "Air/drone strike"


def test_pipeline_a_raid_on_villagers_is_an_attack_though_an_army_is_named(
        extract: Extract) -> None:
    text = ("Rapid Support Forces fighters stormed a village near Bara on Saturday and killed 30 "
            "residents, a rights group said. The army said it would respond.")
    e = one(extract, text)
    assert e.sub_event_type == "Attack"


def test_pipeline_shelling_is_no_riot_when_residents_count_the_damage(extract: Extract) -> None:
    text = ("Israeli artillery shelled the outskirts of Bint Jbeil on Saturday. Inhabitants said "
            "several houses were damaged and a shop was destroyed.")
    e = one(extract, text)
    assert e.sub_event_type == "Shelling/artillery/missile attack"


def test_pipeline_children_among_the_dead_are_part_of_the_toll(extract: Extract) -> None:
    text = ("An air strike on a market in Nyala killed at least 19 civilians on Saturday, "
            "volunteers said. Four children were among the dead.")
    assert one(extract, text).fatalities == 19


def test_pipeline_a_word_describing_a_group_is_no_actor(extract: Extract) -> None:
    text = ("An army warplane struck a market in Nyala, a city held by the paramilitary Rapid "
            "Support Forces, on Saturday, killing 19 civilians.")
    e = one(extract, text)
    assert (e.actor1, e.actor2) == ("Military Forces of Sudan", "Civilians (Sudan)")


def test_pipeline_jihadists_who_are_fighters_of_a_named_group_are_that_group(
        extract: Extract) -> None:
    text = ("At least 23 people were killed on Saturday when Malian soldiers fought off "
            "jihadists near Niono. The army said its units repelled an attack by fighters of the "
            "Group for Support of Islam and Muslims (JNIM) on a military post.")
    e = one(extract, text)
    assert e.actor2 == "JNIM: Group for Support of Islam and Muslims"


def test_pipeline_a_round_up_over_several_regions_is_no_list_of_events(extract: Extract) -> None:
    text = ("A total of 17 drones and missiles were launched on Saturday against targets in "
            "Donetsk, Mykolaiv, Sumy and Zaporizhzhia, the military said.")
    assert len(extract(text, SUNDAY)) <= 1


def test_pipeline_a_quarterly_toll_is_no_event(extract: Extract) -> None:
    text = ("At least 141 people were killed by vigilante groups in the first quarter, the UN "
            "said in a report on Saturday.")
    assert extract(text, SUNDAY) == []


def test_pipeline_a_coalition_fighting_on_the_side_of_is_no_battle(extract: Extract) -> None:
    text = ("Nine civilians were killed in air strikes by a Saudi-led coalition fighting on the "
            "side of the government near Taiz on Saturday, a doctor said.")
    e = one(extract, text)
    assert e.sub_event_type == "Air/drone strike"


def test_pipeline_a_branch_followed_by_its_group_in_brackets_is_the_group(
        extract: Extract) -> None:
    text = ("On Saturday, suspected Katiba Macina (JNIM) militants killed four people in a "
            "village near Djibo.")
    e = one(extract, text)
    assert e.actor1 == "JNIM: Group for Support of Islam and Muslims"


def test_pipeline_a_town_opening_its_sentence_is_an_event_of_its_own(extract: Extract) -> None:
    text = ("Thousands of people marched in Beirut on Saturday to demand the cabinet resign. "
            "In Tyre, protesters formed a human chain along the seafront.")
    events = extract(text, published=SUNDAY)
    assert sorted(e.location for e in events) == ["Beirut", "Tyre"]
    assert {e.event_date for e in events} == {"2023-05-13"}


def test_pipeline_a_title_before_a_name_ends_no_sentence(extract: Extract) -> None:
    text = "Police detained 40 protesters in Moscow on Saturday. In St. Petersburg, police " \
           "detained 37 protesters."
    assert sorted(e.location for e in extract(text, published=SUNDAY)) == [
        "Moscow", "Saint Petersburg"]


def test_pipeline_rival_groups_fighting_over_a_dispute_riot(extract: Extract) -> None:
    e = one(extract, "On Saturday, rival groups clashed in Varosh village over a land dispute, "
            "injuring 12 people.")
    assert (e.event_type, e.sub_event_type) == ("Riots", "Mob violence")
    assert e.actor1.startswith("Rioters")


def test_pipeline_a_bracketed_parent_places_the_chain_before_it(extract: Extract) -> None:
    text = ("On Saturday, supporters of two candidates clashed at Manikpur village, Karimganj "
            "upazila (Kishoregonj, Dhaka), injuring 20 people.")
    assert one(extract, text).country == "Bangladesh"


def test_pipeline_a_group_claiming_a_kill_is_its_author(extract: Extract) -> None:
    text = "On Saturday, ISGS claimed to have killed a JNIM fighter near Deou."
    e = one(extract, text)
    assert (e.sub_event_type, e.actor1) == ("Armed clash", "Islamic State (Greater Sahara)")


def test_pipeline_the_group_that_planted_a_bomb_is_its_author(extract: Extract) -> None:
    text = ("Two soldiers were wounded by a roadside bomb near Djibo on Saturday. The device was "
            "likely planted by JNIM militants.")
    e = one(extract, text)
    assert e.actor1 == "JNIM: Group for Support of Islam and Muslims"


def test_pipeline_a_defused_bomb_was_aimed_by_an_armed_group(extract: Extract) -> None:
    e = one(extract, "On Saturday, the army defused a roadside bomb near Djibo.")
    assert e.sub_event_type == "Disrupted weapons use"
    assert (e.actor1, e.actor2) == ("Military Forces of Burkina Faso",
                                    "Unidentified Armed Group (Burkina Faso)")


def test_pipeline_tribal_clashes_are_between_communal_militias(extract: Extract) -> None:
    e = one(extract, "Four people were killed in tribal clashes near Isiolo on Saturday.")
    assert e.actor1 == e.actor2 == "Unidentified Communal Militia (Kenya)"
    assert e.interaction == 44


def test_pipeline_two_named_communities_that_clash_are_their_militias(extract: Extract) -> None:
    e = one(extract, "Pokot and Turkana communities clashed near Lodwar on Saturday, leaving "
            "three dead.")
    assert {e.actor1, e.actor2} == {"Pokot Communal Militia (Kenya)",
                                    "Turkana Communal Militia (Kenya)"}


def test_pipeline_a_country_inside_a_groups_name_is_no_place(extract: Extract) -> None:
    text = "Soldiers of the Rwanda Security Forces killed 12 insurgents on Sunday."
    e = one(extract, text)
    assert e.actor1 == "Military Forces of Rwanda"
    assert e.country != "Rwanda" and e.location != "Rwanda"


def test_pipeline_rsf_is_sudans_paramilitary_in_sudan(extract: Extract) -> None:
    e = one(extract, "The RSF shelled El Fasher on Sunday, killing 12 civilians.")
    assert e.actor1 == "RSF: Rapid Support Forces" and e.country == "Sudan"


def test_pipeline_a_forces_nationality_does_not_move_the_place(extract: Extract) -> None:
    e = one(extract, "French soldiers killed three civilians near Gao on Saturday.")
    assert (e.country, e.location) == ("Mali", "Gao")
    assert e.actor1 == "Military Forces of France" and e.inter1 == 8


def test_pipeline_forces_of_two_states_fight_a_battle(extract: Extract) -> None:
    e = one(extract, "Russian forces attacked Ukrainian positions near Kostiantynivka on "
            "Saturday.")
    assert e.sub_event_type == "Armed clash"
    assert (e.actor1, e.actor2) == ("Military Forces of Russia", "Military Forces of Ukraine")


def test_pipeline_fighting_told_after_a_strike_is_its_own_event(extract: Extract) -> None:
    text = ("A drone struck a market in Omdurman on Saturday, killing 12 civilians, medics said. "
            "Fighting between the army and the RSF continued in parts of Omdurman.")
    events = extract(text, published=SUNDAY)
    assert sorted(e.sub_event_type for e in events) == ["Air/drone strike", "Armed clash"]
    strike = next(e for e in events if e.sub_event_type == "Air/drone strike")
    assert strike.fatalities == 12 and strike.actor2 == "Civilians (Sudan)"


def test_pipeline_a_tally_sentence_is_no_event(extract: Extract) -> None:
    text = ("Casualties among the security forces in Basra numbered 129 killed and 217 "
            "injured, the mission said in its monthly report.")
    assert extract(text, published=SUNDAY) == []


def test_pipeline_a_clause_about_another_town_is_its_own_event(extract: Extract) -> None:
    text = ("Shelling blamed on the M23 rebels hit a camp for displaced people in Goma on "
            "Saturday, killing six people, officials said, as the army and the rebels fought "
            "for a third day over the town of Rutshuru.\n\n"
            "In Rutshuru, M23 fighters attacked an army base on Friday, residents said. The "
            "fighting resumed on Saturday, when the rebels shelled the base. On Saturday, three "
            "soldiers were killed, a local official said.")
    events = extract(text, published=SUNDAY)
    check_evidence(text, events)
    got = sorted((str(e.event_date), e.location, e.sub_event_type, e.fatalities)
                 for e in events)
    assert got == [("2023-05-12", "Rutshuru", "Armed clash", 0),
                   ("2023-05-13", "Goma", "Shelling/artillery/missile attack", 6),
                   ("2023-05-13", "Rutshuru", "Armed clash", 3)]
    shelling = next(e for e in events if e.location == "Goma")
    assert shelling.actor1 == "M23: March 23 Movement"  # "blamed on the M23 rebels"


def test_pipeline_a_name_cued_once_is_no_namesake_abroad(extract: Extract) -> None:
    text = ("LASHIO, northern Shan State - Junta troops shelled the outskirts of the town on "
            "Saturday, killing four villagers, residents said.\n\n"
            "The fighting in northern Shan intensified after talks hosted by Beijing collapsed "
            "last month. China shares a long border with Shan and has urged both sides to stop.")
    e = one(extract, text)
    assert e.country == "Myanmar" and e.admin1 == "Shan"
    assert e.actor2 == "Civilians (Myanmar)"


def test_pipeline_wire_dateline_day_is_no_event_day(extract: Extract) -> None:
    # the lead names no day of its own: the dateline's day must not make it a second event
    text = ("MOGADISHU, May 14 (Wire) - Al Shabaab fighters attacked army bases in two towns, "
            "officials said.\n\n"
            "In Baidoa, fighters stormed a base on Friday, killing four soldiers, a commander "
            "said.")
    e = one(extract, text)
    assert str(e.event_date) == "2023-05-12" and e.fatalities == 4


def test_pipeline_a_name_inside_an_armed_groups_name_is_no_place(extract: Extract) -> None:
    text = ("In Al Shabaab's account, its fighters killed six soldiers in Baidoa on Saturday, "
            "officials said.")
    e = one(extract, text)
    assert (e.country, e.location) == ("Somalia", "Baidoa")


def test_pipeline_local_government_area_is_no_actor(extract: Extract) -> None:
    text = ("Bandits on Saturday attacked a village in Funtua Local Government Area of Katsina "
            "State, killing nine people, police said.")
    e = one(extract, text)
    assert e.sub_event_type == "Attack" and e.actor2 == "Civilians (Nigeria)"
    assert e.location == "Funtua"


def test_pipeline_a_border_or_foreigners_do_not_place_the_report(extract: Extract) -> None:
    e = one(extract, "Gunmen killed three police officers near the Somali border on Saturday, "
                     "Kenyan officials said; four Somali nationals were arrested.")
    assert e.country == "Kenya"


def test_pipeline_two_nationalities_of_forces_pick_where_the_enemy_operates(
        extract: Extract) -> None:
    text = ("French and Burkinabe forces carried out an airstrike on JNIM militants in the area "
            "of Tingara on Saturday, officials said.")
    e = one(extract, text)
    assert e.country == "Burkina Faso"


def test_pipeline_the_victims_nationality_places_a_cross_border_raid(extract: Extract) -> None:
    e = one(extract, "Ethiopian raiders attacked Kenyan villagers on Saturday, killing two.")
    assert e.country == "Kenya" and e.actor2 == "Civilians (Kenya)"


def test_pipeline_a_sentence_opening_on_its_day_dates_the_incident_after_it(
        extract: Extract) -> None:
    text = ("The monitor is alarmed by new abuses in the region.\n\n"
            "On Friday, a group of women who had left Kadugli to collect firewood were stopped "
            "by armed men. The men raped three of the women and beat the others, survivors "
            "said.\n\n"
            "\"There is no safety today,\" a volunteer said. The women were treated at a "
            "clinic.")
    events = [e for e in extract(text, published=SUNDAY) if e.sub_event_type == "Sexual violence"]
    assert [str(e.event_date) for e in events] == ["2023-05-12"]


@pytest.mark.parametrize("text, sub", [
    ("Garment workers staged a protest on a road in Dhaka on Saturday. Police forces removed "
     "the protesters from the road.", "Protest with intervention"),
    ("Students tried to march in Dhaka on Saturday but were deterred by a strong presence of "
     "the riot police.", "Protest with intervention"),
    ("Party members scuffled with police during their demonstration in Dhaka on Saturday.",
     "Protest with intervention"),
    ("Police shot a protester while breaking up a demonstration in Dhaka on Saturday.",
     "Excessive force against protesters"),
    # (a hyphenated word before the crowd: "beat anti-fare protesters")
    ("On Saturday, riot police beat anti-fare protesters with batons in Kampala.",
     "Excessive force against protesters"),
    ("Opposition supporters held a rally in Rajshahi on Saturday. Police forces obstructed "
     "the rally.", "Protest with intervention"),
    ("Teachers staged a sit-in in Khulna on Saturday. Police broke the sit-in within an hour.",
     "Protest with intervention"),
    ("Farmers protested against land seizures in Kakamega on Saturday. Police responded with "
     "live fire. Three wounded.", "Excessive force against protesters"),
    # (the crowd's people were killed: they met violence, they did not use it)
    ("A schoolboy was killed during protests in Homa Bay on Saturday.",
     "Excessive force against protesters"),
    ("Two people were shot dead at an opposition rally in Eldoret on Saturday.",
     "Excessive force against protesters"),
])
def test_pipeline_how_police_met_a_protest(extract: Extract, text: str, sub: str) -> None:
    assert one(extract, text).sub_event_type == sub


def test_pipeline_unnamed_armed_men_are_one_side(extract: Extract) -> None:
    text = ("Armed gang members raided a market in Croix-des-Bouquets on Saturday night; the "
            "attackers fired on shoppers, killing three people, the mayor said.")
    e = one(extract, text)
    assert e.sub_event_type == "Attack" and e.actor2 == "Civilians (Haiti)"


def test_pipeline_a_cache_found_after_a_killing_is_no_disrupted_weapons_use(
        extract: Extract) -> None:
    text = ("Security forces killed four militants in an operation in Tank district on "
            "Saturday. A cache of weapons and ammunition was recovered, the army said.")
    e = one(extract, text)
    assert (e.sub_event_type, e.fatalities) == ("Armed clash", 4)


def test_pipeline_the_dead_included_is_a_part_not_more_dead(extract: Extract) -> None:
    text = ("Six soldiers and three civilians were killed on Saturday when a suicide bomber hit "
            "a convoy in Bannu, officials said. The civilians killed included a boy and two "
            "drivers, police said.")
    e = one(extract, text)
    assert e.fatalities == 10  # 6 + 3 + the bomber


def test_pipeline_the_bombing_named_again_joins_the_bombing(extract: Extract) -> None:
    text = ("A suicide bomber killed six soldiers at a checkpoint in Bannu on Saturday, "
            "officials said.\n\n"
            "Separately, troops killed three militants in a raid in Tank late on Friday.\n\n"
            "The provincial governor condemned the bombing.")
    events = extract(text, published=SUNDAY)
    check_evidence(text, events)
    got = sorted((e.location, e.sub_event_type) for e in events)
    assert got == [("Bannu", "Suicide bomb"), ("Tank", "Armed clash")]


def test_pipeline_settlers_burning_a_village_attack_it(extract: Extract) -> None:
    text = ("Israeli settlers attacked the village of Burin on Saturday, setting fire to three "
            "cars and beating residents, the Red Crescent said. The army said troops "
            "dispersed the confrontation.")
    e = one(extract, text)
    assert e.sub_event_type == "Attack" and e.actor1 == "Settlers (Israel)"


def test_pipeline_a_loose_spelling_far_from_the_reports_places_is_none(
        extract: Extract) -> None:
    text = ("Two militants were killed in a gunfight with troops in the forests of Chatroo in "
            "Jammu and Kashmir's Kishtwar district on Saturday, officials said.")
    e = one(extract, text)
    assert e.location == "Kishtwar" and e.geo_precision == 3  # not Chittoor, 2,000 km away


def test_pipeline_a_name_joining_two_names_is_one_area(extract: Extract) -> None:
    e = one(extract, "Militants killed two soldiers in Jammu and Kashmir on Saturday, the army "
                     "said.")
    assert e.geo_precision == 3 and e.location != "Jammu"


def test_pipeline_history_deep_in_a_report_that_dates_nothing_is_no_event(
        extract: Extract) -> None:
    text = ("Five years on, the old town is rebuilding slowly. " * 12 + "\n\n"
            "Shopkeepers have reopened along the river, and schools are full again. " * 4 +
            "\n\nThe battle destroyed much of the old quarter of Mosul, and thousands of "
            "civilians were killed in the fighting, monitoring groups say.")
    assert extract(text, published=SUNDAY) == []


def test_pipeline_a_strike_that_got_past_air_defences_is_the_strike(extract: Extract) -> None:
    text = ("Russia attacked Mykolaiv with drones on Saturday night; most drones were shot down "
            "by air defences, but debris hit a house, killing two people, officials said.")
    e = one(extract, text)
    assert e.sub_event_type == "Air/drone strike" and e.actor1 == "Military Forces of Russia"
    assert e.fatalities == 2


def test_pipeline_a_round_ups_place_labels_are_its_items_places(extract: Extract) -> None:
    text = ("WEEKLY ROUND-UP\n\n"
            "Chiure: Insurgents attacked an army position outside the town on Friday, killing "
            "three soldiers, local sources said.\n\n"
            "Tripoli: Heavy clashes erupted late on Friday between two armed groups, killing "
            "four people, medics said.")
    events = extract(text, published=SUNDAY)
    check_evidence(text, events)
    assert sorted((e.location, e.fatalities) for e in events) == [("Chiúre", 3), ("Tripoli", 4)]


def test_pipeline_people_detained_in_a_raid_are_arrests(extract: Extract) -> None:
    e = one(extract, "Israeli forces detained seven Palestinians in raids on Nablus overnight, "
                     "the Palestinian Prisoners' Society said.")
    assert e.sub_event_type == "Arrests" and e.location == "Nablus"


def test_pipeline_an_expected_strike_is_no_event(extract: Extract) -> None:
    text = ("Troops arrested four young men at a checkpoint in Monywa on Saturday, residents "
            "said. Villagers near Monywa are digging bunkers because they expect more "
            "airstrikes.")
    e = one(extract, text)
    assert e.sub_event_type == "Arrests"


def test_pipeline_the_force_named_inside_attacked_x_was_attacked(extract: Extract) -> None:
    e = one(extract, "JNIM militants attacked an army post near Douentza on Saturday, killing "
                     "five soldiers.")
    assert (e.actor1, e.actor2) == ("JNIM: Group for Support of Islam and Muslims",
                                    "Military Forces of Mali")


def test_pipeline_a_dated_strike_is_not_merged_into_background_fighting(
        extract: Extract) -> None:
    text = ("Aid groups are alarmed by attacks on civilians in North Darfur, where El Fasher "
            "remains cut off by fighting between the army and the RSF.\n\n"
            "On Saturday, artillery shells fired from RSF positions struck the main market in "
            "El Fasher, killing six civilians, medics said.")
    events = [e for e in extract(text, published=SUNDAY) if e.fatalities == 6]
    assert [e.sub_event_type for e in events] == ["Shelling/artillery/missile attack"]


def test_pipeline_arrests_on_the_day_are_not_turned_into_undated_fighting(
        extract: Extract) -> None:
    text = ("Tension is high in Kirkuk, where clashes between rival groups have shaken the "
            "city.\n\n"
            "Police arrested twelve men in Kirkuk on Saturday over the unrest, a spokesman "
            "said.")
    events = extract(text, published=SUNDAY)
    assert [e.sub_event_type for e in events] == ["Arrests"]


def test_pipeline_an_interception_is_the_defenders_act_on_the_attacker(
        extract: Extract) -> None:
    e = one(extract, "Air defences shot down 20 Russian drones over Kyiv region on Saturday "
                     "night, the air force said.")
    assert e.sub_event_type == "Disrupted weapons use"
    assert (e.actor1, e.actor2) == ("Military Forces of Ukraine", "Military Forces of Russia")


def test_pipeline_a_round_ups_forces_belong_to_each_items_country(extract: Extract) -> None:
    text = ("Violence flared in two countries of the Horn this week.\n\n"
            "Gondar: Fano militiamen attacked an army camp near Gondar on Friday, killing "
            "six soldiers, residents said. Federal police later arrested ten men in Gondar.\n\n"
            "Mogadishu: A suicide bomber blew himself up near a police training centre on "
            "Friday, killing seven people, four of them police recruits, police said.")
    bomb = next(e for e in extract(text, published=SUNDAY) if e.sub_event_type == "Suicide bomb")
    assert bomb.country == "Somalia" and bomb.actor2 == "Police Forces of Somalia"


def test_pipeline_fighting_told_after_strikes_is_its_own_event(extract: Extract) -> None:
    text = ("Air strikes killed six civilians in northwest Syria on Saturday, a monitor said, "
            "as government forces and rebels fought for a third day over a town in "
            "neighbouring Hama province.\n\n"
            "The strikes hit a market in the town of Saraqib in Idlib province, the monitor "
            "said. Rescuers gave a higher toll of eight dead.\n\n"
            "The clashes continued on Saturday around the town of Morek, where at "
            "least five fighters were killed.")
    events = extract(text, published=SUNDAY)
    check_evidence(text, events)
    got = sorted((e.sub_event_type, e.location, e.fatalities, e.fatalities_high)
                 for e in events)
    assert got == [("Air/drone strike", "Saraqib", 6, 8), ("Armed clash", "Mūrak", 5, 5)]


def test_pipeline_a_war_of_years_past_and_a_dismissal_are_no_events(extract: Extract) -> None:
    text = ("Tens of thousands of people packed Martyrs Square in Tripoli again on Saturday, "
            "waving flags and singing, local journalists said.\n\n"
            "The prime minister announced a package of reforms on Friday, but protesters "
            "dismissed it as too little.\n\n"
            "Lebanon's 1975-1990 civil war killed an estimated 150,000 people.")
    e = one(extract, text)
    assert (e.sub_event_type, str(e.event_date), e.location, e.fatalities) == (
        "Peaceful protest", "2023-05-13", "Tripoli", 0)


def test_pipeline_drones_shot_down_are_their_own_event_beside_a_strike(extract: Extract) -> None:
    text = ("A woman was killed when a Ukrainian drone struck a car in the city of Kursk on "
            "Saturday evening, the regional governor said.\n\n"
            "On Saturday, air defence systems intercepted and destroyed 9 Ukrainian drones over "
            "the Kursk region, the Defence Ministry said.\n\n"
            "Kursk was raided by armed groups in March. The ministry said at the time that "
            "the raid had been repelled and that more than 100 fighters had been killed.")
    got = sorted((e.sub_event_type, e.fatalities) for e in extract(text, published=SUNDAY))
    assert got == [("Air/drone strike", 1), ("Disrupted weapons use", 0)]


def test_pipeline_arrests_announced_later_and_houses_burnt_by_gunmen(extract: Extract) -> None:
    text = ("Gunmen killed six people in an attack on the village of Dorowa in Plateau State, "
            "police said.\n\n"
            "The attackers, who stormed the village on Friday night, shot at residents as they "
            "fled and set fire to more than 30 houses.\n\n"
            "A police spokesman said six bodies had been recovered and two injured persons "
            "taken to hospital. A local association said eight people were killed, including "
            "two children.\n\n"
            "The police said last night that nine suspects had been arrested in connection "
            "with the attack.")
    got = sorted((str(e.event_date), e.sub_event_type, e.fatalities, e.fatalities_high)
                 for e in extract(text, published=SUNDAY))
    assert got == [("2023-05-12", "Attack", 6, 8), ("2023-05-13", "Arrests", 0, 0)]


def test_pipeline_a_gathering_to_demand_is_a_protest_and_notoriety_no_event(
        extract: Extract) -> None:
    text = ("Suspected Abu Sayyaf members abducted three fishermen in Jolo town on Friday, "
            "police said. The group, notorious for kidnappings and bombings, is believed to be "
            "holding at least four hostages.\n\n"
            "In Zamboanga City, several hundred people gathered at the city hall on Saturday at "
            "the call of church groups to demand the release of the hostages.")
    got = sorted((str(e.event_date), e.sub_event_type) for e in extract(text, published=SUNDAY))
    assert got == [("2023-05-12", "Abduction/forced disappearance"),
                   ("2023-05-13", "Peaceful protest")]


def test_pipeline_a_protest_demanding_an_arrest_saw_no_arrest(extract: Extract) -> None:
    for text in ("On Saturday, about 200 women staged a human chain in Tarnow city, demanding "
                 "the arrest of a local leader accused of assault.",
                 "On Saturday, clerics in Tarnow protested against the arrest of a radio host."):
        e = one(extract, text)
        assert e.sub_event_type == "Peaceful protest", text


def test_pipeline_a_group_believed_responsible_is_the_attacker(extract: Extract) -> None:
    e = one(extract, "A roadside bomb killed a trader and a police officer near Mandera on "
                     "Saturday. Al Shabaab is believed to be responsible.")
    assert e.actor1 == "Al Shabaab"
    e = one(extract, "Two aid workers were kidnapped near Dadaab on Saturday in an attack "
                     "thought to be the work of Al Shabaab.")
    assert e.actor1 == "Al Shabaab" and e.sub_event_type == "Abduction/forced disappearance"


def test_pipeline_a_quarter_of_a_town_and_a_region_in_capitals(extract: Extract) -> None:
    text = ("CENTRAL AMERICA SECURITY NOTES\n\n"
            "Gunmen shot dead two taxi drivers in the Rivera Hernandez sector of San Pedro Sula "
            "on Saturday, police said, blaming a gang that demands extortion payments.\n\n"
            "Hundreds of drivers went on strike in Tegucigalpa on Saturday to demand protection "
            "from extortion gangs. The protest was peaceful, according to the Alliance for "
            "Peace and Justice.")
    got = sorted((e.sub_event_type, e.location, e.country) for e in extract(text, published=SUNDAY))
    assert got == [("Attack", "San Pedro Sula", "Honduras"),
                   ("Peaceful protest", "Tegucigalpa", "Honduras")]


def test_pipeline_a_toll_given_the_next_day_is_the_attacks(extract: Extract) -> None:
    text = ("The death toll from Friday night's attack on a village in Riyom Local Government "
            "Area of Plateau State has risen to 12, police said, as anger spilled into the "
            "streets of Jos and Mangu.\n\n"
            "Gunmen stormed the village in Riyom at about 10pm on Friday, shooting residents. "
            "Community leaders had put the number of dead at 9 on Saturday morning, but police "
            "said on Saturday evening that 12 bodies had been recovered, a resident, Mr. Yakubu "
            "Datong, said.\n\n"
            "In Mangu, a mob on Saturday beat two travellers to death, before soldiers restored "
            "calm. The state government imposed a curfew on Mangu on Saturday.")
    events = extract(text, published=SUNDAY)
    check_evidence(text, events)
    got = sorted((str(e.event_date), e.sub_event_type, e.location, e.fatalities)
                 for e in events)
    assert got == [("2023-05-12", "Attack", "Riyom", 12),
                   ("2023-05-13", "Mob violence", "Mangu", 2)]
    mob = next(e for e in events if e.location == "Mangu")
    assert mob.actor2 != "Government of Nigeria"  # the curfew's author faced no crowd


def test_pipeline_a_press_note_with_days_told_from_the_first(extract: Extract) -> None:
    text = ("PRESS NOTE\n\n"
            "Subject: Encounter with Maoists in Gangaloor area; IED blast; arrests.\n\n"
            "1. On 11th May 2023, a joint team of the District Reserve Guard was sent on a "
            "search operation in the forests near Gangaloor.\n\n"
            "2. At about 06:30 hrs on the same day, armed Maoists opened fire on the DRG team. "
            "The exchange of fire continued for forty minutes. Bodies of two Maoists were "
            "recovered along with one .303 rifle.\n\n"
            "3. The next day, a pressure IED exploded on the Gangaloor road, injuring two "
            "jawans, who were evacuated by helicopter to Raipur.")
    got = sorted((str(e.event_date), e.sub_event_type, e.admin2 or e.location, e.fatalities)
                 for e in extract(text, published=SUNDAY))
    assert [g[:2] for g in got] == [("2023-05-11", "Armed clash"),
                                    ("2023-05-12", "Remote explosive/landmine/IED")]
    assert got[0][3] == 2
    assert all(e.location != "Raipur" for e in extract(text, published=SUNDAY))


def test_pipeline_round_up_items_keep_their_own_towns(extract: Extract) -> None:
    text = ("AFRICA WEEKLY\n\n"
            "Middle Shabelle: The army said its forces killed 30 Al Shabaab militants in an "
            "operation near Jowhar on Friday.\n\n"
            "Tripoli: Heavy clashes erupted late on Friday between two armed groups in the "
            "Souq al-Juma district and continued into Saturday morning, killing three people.\n"
            "Zawiya: Over the weekend, hundreds of residents held a sit-in on the main square "
            "to demand the withdrawal of armed groups. The sit-in was peaceful.")
    got = sorted((e.sub_event_type, e.location, e.country, e.fatalities)
                 for e in extract(text, published=SUNDAY))
    subs = [g[0] for g in got]
    assert subs.count("Peaceful protest") == 1 and subs.count("Armed clash") == 2, got
    protest = next(g for g in got if g[0] == "Peaceful protest")
    assert protest[2] == "Libya" and protest[3] == 0
    tripoli = [g for g in got if g[1] == "Tripoli"]
    assert len(tripoli) == 1 and tripoli[0][3] == 3


def test_pipeline_a_lead_compared_with_the_past_and_a_second_bomb(extract: Extract) -> None:
    text = ("BAGHDAD (AP) - A suicide car bomber attacked an army checkpoint at the entrance "
            "to the town of al-Qaim on Saturday, killing three soldiers, officials said, in one "
            "of the deadliest attacks in Anbar province since late last year.\n\n"
            "A medical official in the provincial capital, Ramadi, said five soldiers had "
            "died.\n\n"
            "Also on Saturday, a roadside bomb struck a car on the highway between Rutba and "
            "Ramadi, killing a man and his son, police said.")
    got = sorted((e.sub_event_type, e.location, e.fatalities)
                 for e in extract(text, published=SUNDAY))
    assert [g[0] for g in got] == ["Remote explosive/landmine/IED", "Suicide bomb"], got
    assert got[0][2] == 2 and got[0][1] != "Ramadi"
    assert got[1][1] == "Al Qā’im"


def test_pipeline_event_places_leave_out_the_speakers_town() -> None:
    from warcount.events.sources import Attribution
    from warcount.pipeline import _event_places
    text = "A bomb hit the market in Mora, according to an official at the office in Maroua."
    mora = PlaceMention(25, 29, "Mora", "Mora")
    maroua = PlaceMention(text.index("Maroua"), len(text) - 1, "Maroua", "Maroua")
    said = Attribution(text.index("official"), text.index("official") + 8, "official",
                       "official", "as written")
    town = ResolvedPlace("Mora", "Cameroon", "Far North")
    resolved: dict[tuple[int, int], ResolvedPlace | None] = {
        (25, 29): town, (maroua.start, maroua.end): town}
    assert _event_places([mora, maroua], [said], text, resolved) == (mora,)
    assert _event_places([maroua], [said], text, resolved) == (maroua,)  # the only one



def test_pipeline_list_items_with_their_own_towns_and_fire_from_afar(extract: Extract) -> None:
    text = ("Summary of Saturday's main developments:\n"
            "- A drone launched from Belgorod hit a house in Kharkiv on Saturday, wounding "
            "two people.\n"
            "- Russian tanks fired at Ukrainian positions near Vovchansk. No injuries were "
            "reported.\n"
            "- Late on Saturday, Russian aircraft struck a school in Sumy.")
    got = sorted((e.location, e.country) for e in extract(text, published=SUNDAY))
    assert [loc for loc, _ in got] == ["Kharkiv", "Sumy", "Vovchansk"], got
    assert all(country == "Ukraine" for _, country in got)


def test_pipeline_hours_later_in_a_town_of_a_province_and_another(extract: Extract) -> None:
    text = ("Police arrested three suspects in Medan on Saturday morning, a spokesman said. "
            "A few hours later, officers detained two more men in the city of Cirebon in West "
            "Java and Jakarta.")
    got = sorted((str(e.event_date), e.location) for e in extract(text, published=SUNDAY))
    assert got == [("2023-05-13", "Cirebon"), ("2023-05-13", "Jakarta"),
                   ("2023-05-13", "Medan")]


def test_pipeline_a_similar_protest_elsewhere_is_another_event(extract: Extract) -> None:
    text = ("Protesters marched in Nigeria's northwest on Saturday to condemn the government's "
            "handling of a school kidnapping. The protesters in Katsina State demanded "
            "accountability.\n\n"
            "A similar protest calling for the release of the boys also took place in the "
            "capital Abuja on Saturday.")
    got = sorted((e.sub_event_type, e.location) for e in extract(text, published=SUNDAY))
    assert got == [("Peaceful protest", "Abuja"), ("Peaceful protest", "Katsina")]


def test_pipeline_a_town_described_in_passing_stays_in_its_list(extract: Extract) -> None:
    text = ("Hundreds of people marched on Saturday to call for a ceasefire. In Kandahar, the "
            "southern cradle of the Taliban, and in the eastern cities of Khost and Jalalabad, "
            "they marched holding placards.")
    got = sorted(e.location for e in extract(text, published=SUNDAY))
    assert got == ["Jalālābād", "Kandahār", "Khōst"]


def test_pipeline_a_place_the_gazetteer_lacks_is_no_other_towns(extract: Extract) -> None:
    text = ("Twelve soldiers were killed when militants rammed an explosive-laden vehicle into "
            "a check post near Bannu on Saturday, the military said.\n\n"
            "On Saturday, the army said eight militants were also killed in clashes in the "
            "Zarvandi valley of the Korumzai tribal district.")
    events = extract(text, published=SUNDAY)
    got = sorted((e.sub_event_type, e.location, e.latitude is None, e.fatalities)
                 for e in events)
    assert got == [("Armed clash", "", True, 8), ("Suicide bomb", "Bannu", False, 13)], got
    assert all(e.country == "Pakistan" for e in events)


def test_pipeline_a_tally_goes_on_through_its_paragraph(extract: Extract) -> None:
    text = ("More than 1,800 people were killed or injured in gang violence in Haiti from "
            "January through March, the UN said on Saturday.\n\n"
            "At least 420 were killed during police operations, the mission said in its "
            "report. At least 96 were killed by vigilante groups.")
    assert all(e.fatalities == 0 for e in extract(text, published=SUNDAY))


def test_pipeline_soldiers_in_gaza_are_israels_and_abu_is_no_town(extract: Extract) -> None:
    text = ("GAZA CITY, Gaza Strip (AP) - Soldiers shot dead two Palestinians at a border "
            "protest east of Gaza City on Saturday, health officials said. One of them was a "
            "farmer, Khalil Abu Salem, 43.")
    e = one(extract, text)
    assert e.actor2 == "Military Forces of Israel" or e.actor1 == "Military Forces of Israel"
    assert e.country == "Palestine" and e.location != "Ābu"


def test_pipeline_came_a_day_after_tells_the_day_before(extract: Extract) -> None:
    text = ("Three soldiers were killed on Saturday when a roadside bomb exploded near Tame, "
            "the army said. The brigade, which is based in Arauca, blamed the ELN.\n\n"
            "The blast came a day after fighting between the ELN and dissidents of the former "
            "FARC erupted in the countryside of Arauquita. Five fighters were killed.")
    got = sorted((e.event_date, e.sub_event_type, e.location, e.fatalities)
                 for e in extract(text, published=SUNDAY))
    assert got == [("2023-05-12", "Armed clash", "Arauquita", 5),
                   ("2023-05-13", "Remote explosive/landmine/IED", "Tame", 3)], got


def test_pipeline_a_landmark_yields_to_the_place_it_locates(extract: Extract) -> None:
    text = ("Houthi fighters attacked government positions in Sirwah district on Saturday "
            "and were repelled, a military official said.\n\n"
            "Eight Houthi fighters were killed on the Sirwah front, west of Marib, on "
            "Saturday, he said.")
    events = extract(text, published=SUNDAY)
    assert len(events) == 1 and events[0].fatalities == 8, events


def test_pipeline_a_sentence_that_sets_the_scene_places_the_next(extract: Extract) -> None:
    text = ("Police fired tear gas on Saturday to disperse hundreds of protesters in Abeche, "
            "witnesses said.\n\n"
            "In Moundou, the day was deadlier. Security forces opened fire on demonstrators "
            "who were marching peacefully, killing two young men, a rights group said.")
    got = sorted((e.event_date, e.sub_event_type, e.location, e.fatalities)
                 for e in extract(text, published=SUNDAY))
    assert got == [("2023-05-13", "Excessive force against protesters", "Moundou", 2),
                   ("2023-05-13", "Protest with intervention", "Abéché", 0)], got


def test_pipeline_a_clause_in_another_country_is_its_own_event(extract: Extract) -> None:
    text = ("An air strike hit a village in Yemen's northern Saada province on Saturday, "
            "killing seven civilians, a medical source said, as the Houthis fired a ballistic "
            "missile at the Saudi border city of Jizan.")
    got = sorted((e.country, e.sub_event_type) for e in extract(text, published=SUNDAY))
    assert got == [("Saudi Arabia", "Shelling/artillery/missile attack"),
                   ("Yemen", "Air/drone strike")], got


def test_pipeline_a_command_that_says_it_struck_near_a_town_far_from_a_landmark(
        extract: Extract) -> None:
    text = ("The U.S. Africa Command said Sunday it had carried out an airstrike on Saturday "
            "near Jilib, in the Middle Juba region some 370 kilometers southwest of "
            "Mogadishu, killing three al-Shabab fighters.")
    e = one(extract, text)
    assert (e.actor1, e.location) == ("Military Forces of the United States", "Jilib"), e


def test_pipeline_arrests_over_a_grenade_attack_and_a_bomb_police_defused(
        extract: Extract) -> None:
    text = ("A grenade was thrown into a tea shop in Yala on Friday, wounding six people.\n\n"
            "Two suspects were arrested in Pattani on Saturday in connection with a grenade "
            "attack on the shop, officials said.\n\n"
            "Bomb disposal police defused a bomb hidden in a cooking gas tank in Narathiwat "
            "on Saturday.")
    got = sorted((e.event_date, e.sub_event_type, e.actor1) for e in extract(
        text, published=SUNDAY))
    assert got == [("2023-05-12", "Grenade", "Unidentified Armed Group (Thailand)"),
                   ("2023-05-13", "Arrests", "Police Forces of Thailand"),
                   ("2023-05-13", "Disrupted weapons use", "Police Forces of Thailand")], got


def test_pipeline_a_place_in_passing_sets_no_scene(extract: Extract) -> None:
    text = ("Police fired tear gas on Saturday to disperse hundreds of protesters in Abeche, "
            "witnesses said.\n\n"
            "In Moundou's markets, traders complain that prices have doubled. Residents say "
            "armed men have robbed houses at night.")
    got = [(e.event_date, e.location) for e in extract(text, published=SUNDAY)]
    assert ("2023-05-13", "Moundou") not in got, got


def test_pipeline_a_round_ups_country_sections_keep_their_events_apart(
        extract: Extract) -> None:
    text = ("SECURITY MONITOR\nWeekly round-up of protest and violence | 15 May 2023\n\n"
            "GEORGIA\n\n"
            "Protests continued for a fourth night in Tbilisi. Thousands of people gathered "
            "outside Parliament on Saturday evening. Groups of young men built barricades and "
            "set bins on fire. Riot police used water cannon to push the crowd back in the "
            "early hours of Sunday.\n\n"
            "In Batumi, several hundred people marched along the seafront on Saturday evening.\n"
            "\nKENYA\n\n"
            "Police fired tear gas at protesters in Nairobi on Sunday.")
    got = sorted((e.country, e.location, e.event_date, e.event_type)
                 for e in extract(text, published="2023-05-15"))
    assert got == [("Georgia", "Batumi", "2023-05-13", "Protests"),
                   ("Georgia", "Tbilisi", "2023-05-13", "Riots"),
                   ("Kenya", "Nairobi", "2023-05-14", "Protests")], got


def test_pipeline_a_capital_named_for_its_government_is_no_place(extract: Extract) -> None:
    text = ("The Taliban said on Sunday that Pakistani air strikes on Urgun district had "
            "killed 12 civilians, and warned Islamabad of consequences.\n\n"
            "Pakistani jets bombed three houses in the district late on Friday night, the "
            "Taliban spokesman said.")
    assert all(e.location != "Islamabad" for e in extract(text, published=SUNDAY))


def test_pipeline_the_murder_told_for_another_day_is_another_event(extract: Extract) -> None:
    text = ("Two soldiers were killed in an attack on a checkpoint near Tame, the army said.\n\n"
            "The attack was carried out by gunmen in a pickup truck.\n\n"
            "The ELN was also accused of the murder of two other soldiers last Friday in "
            "Cucuta.")
    got = sorted((e.event_date, e.fatalities) for e in extract(text, published=SUNDAY))
    assert got == [("2023-05-12", 2), ("2023-05-14", 2)], got


def test_pipeline_fighting_as_a_backdrop_does_not_make_a_strike_a_battle(
        extract: Extract) -> None:
    text = ("A military air strike killed five villagers in Kyauktaw on Saturday, a lawmaker "
            "said, as fighting between the army and the Arakan Army intensified.")
    e = one(extract, text)
    assert (e.sub_event_type, e.fatalities) == ("Air/drone strike", 5), e


def test_pipeline_an_armed_group_that_detains_people_abducts_them(extract: Extract) -> None:
    text = ("The Arakan Army said it had detained 12 road workers near Minbya on Saturday, "
            "accusing them of working for the military.")
    e = one(extract, text)
    assert (e.sub_event_type, e.actor1) == ("Abduction/forced disappearance", "AA: Arakan Army")
    text = "Two presumed JNIM militants were arrested in Djibo on Saturday, police said."
    assert one(extract, text).sub_event_type == "Arrests"


def test_pipeline_a_persons_surname_is_no_place(extract: Extract) -> None:
    # "Tamale" is a city in Ghana, and here the surname of an (invented) journalist
    text = ("Police fired tear gas at protesters who demanded justice for the murdered "
            "journalist Sarah Tamale on Saturday.")
    e = one(extract, text)
    assert e.country != "Ghana" and e.location != "Tamale"


def test_pipeline_drones_shot_down_are_their_own_event_and_a_missile_intercepted_one(
        extract: Extract) -> None:
    text = ("A Russian guided aerial bomb struck Kharkiv on Saturday, killing three people.\n\n"
            "The air force said on Saturday that air defences had shot down 14 of 20 "
            "Shahed-type attack drones over Chuhuiv.")
    got = sorted(e.sub_event_type for e in extract(text, published=SUNDAY))
    assert got == ["Air/drone strike", "Disrupted weapons use"], got
    text = ("The Houthis fired a ballistic missile at the Saudi city of Jizan on Saturday. "
            "Saudi air defences intercepted a ballistic missile fired towards Jizan late on "
            "Saturday, the coalition said.")
    got = [e.sub_event_type for e in extract(text, published=SUNDAY)]
    assert got == ["Disrupted weapons use"], got


def test_pipeline_a_plain_texts_first_line_is_its_headline(extract: Extract) -> None:
    text = ("Army air strike on Nyala market kills at least 19, volunteers say\n\n"
            "An air strike on a market in Nyala killed at least 19 civilians on Saturday, a "
            "volunteer group said.")
    got = [(e.event_date, e.fatalities) for e in extract(text, published=SUNDAY)]
    assert got == [("2023-05-13", 19)], got


def test_pipeline_also_on_friday_in_a_village_nearby_is_another_event(extract: Extract) -> None:
    text = ("On Friday, dozens of Israeli settlers descended on the village of Burin, south "
            "of Nablus, throwing stones at homes and setting fire to two cars, residents "
            "said.\n\n"
            "Also on Friday, troops fired tear gas to disperse a protest in the village of "
            "Kafr Qaddum.")
    got = sorted(e.location for e in extract(text, published="2023-05-13"))
    assert len(got) == 2, got


def test_pipeline_a_summary_bullet_and_the_body_tell_one_event(extract: Extract) -> None:
    # invented villages the gazetteer lacks: the same unplaced name told twice is one place
    text = ("HIGHLIGHTS\n"
            "\u2022 Armed men raided cattle camps around Tondiar, Wunlual County, on 3 May.\n\n"
            "OVERVIEW\n"
            "On 3 May, a large group of armed men raided cattle camps around Tondiar, in "
            "Wunlual County. Local officials said 11 people were killed in the raid.")
    got = [(e.event_date, e.fatalities) for e in extract(text, published="2022-05-06")]
    assert got == [("2022-05-03", 11)], got


def test_pipeline_a_participle_clause_keeps_its_cue_to_itself(extract: Extract) -> None:
    text = ("Several hundred students held a silent sit-in outside the governor's office in "
            "Merida on Tuesday, holding up placards with the names of those killed since "
            "April.")
    got = [(e.sub_event_type, e.fatalities) for e in extract(text, published=SUNDAY)]
    assert got == [("Peaceful protest", 0)], got


def test_pipeline_a_march_called_for_a_day_to_come_is_no_event(extract: Extract) -> None:
    text = ("Opposition leaders have called another march for Saturday and say they will keep "
            "protesting until a date is set for the elections. Yesterday the president "
            "submitted the rules for the assembly, which the opposition says it will boycott.")
    assert extract(text, published=SUNDAY) == []



def test_pipeline_an_unplaced_event_is_in_the_area_named_not_at_the_dateline(
        extract: Extract) -> None:
    text = ("N'DJAMENA, Sept 10, 2020 (AFP) - Jihadists attacked an army post in Lac province "
            "late on Monday, the army said. On Wednesday, troops backed by helicopters pursued "
            "the attackers onto islands, killing 25 of them.")
    got = sorted((e.event_date, e.admin1) for e in extract(text))
    assert got == [("2020-09-07", "Lac"), ("2020-09-09", "Lac")], got


def test_pipeline_we_lost_seven_of_our_men_counts_seven_dead(extract: Extract) -> None:
    text = ('"We lost seven of our men and 12 were wounded," the army spokesman said of the '
            "attack on the post at Bol on Monday.")
    assert one(extract, text).fatalities == 7
    text = "The army lost two helicopters and 30 vehicles in the battle for Bol on Monday."
    assert [e.fatalities for e in extract(text, published=SUNDAY)] in ([], [0])


def test_pipeline_a_named_group_against_a_rival_armed_group_is_a_battle(
        extract: Extract) -> None:
    text = ("Fighting erupted in Zawiya on Saturday between gunmen of the Stability Support "
            "Apparatus and a rival armed group from the west of the city. Three people were "
            "killed: two fighters and a civilian who was driving home from work.")
    assert one(extract, text).sub_event_type == "Armed clash"


def test_pipeline_a_total_over_days_told_one_by_one_is_no_event(extract: Extract) -> None:
    text = ("Calm returned to Tripoli on Friday after three days of fighting between two armed "
            "groups killed 21 people, the health ministry said. The fighting erupted late on "
            "Monday night in Tajoura, where five fighters were killed. On Tuesday the clashes "
            "spread to Janzour, and at least 14 people were killed there. The ministry's total "
            "of 21 dead covered all three days of fighting. Flights were diverted to Misrata. "
            "Sporadic gunfire on Wednesday morning killed two more fighters. The UN said "
            "those responsible must be held accountable.")
    got = sorted((e.event_date, e.fatalities) for e in extract(text, published="2024-05-17"))
    assert got == [("2024-05-13", 5), ("2024-05-14", 14), ("2024-05-15", 2)], got
    assert all(e.location != "Misrata" and "Misr" not in e.location
               for e in extract(text, published="2024-05-17"))


def test_pipeline_a_named_area_is_not_overridden_by_a_town_told_before(
        extract: Extract) -> None:
    text = ("Aircraft struck a hideout in the Hamrin mountains, north-east of Tuz Khurmatu "
            "district in Salah al-Din governorate, on Monday, killing six militants.\n\n"
            "On Sunday, militants attacked an army post in the Mutaibijah area, east of "
            "Samarra, killing two soldiers.")
    got = {e.event_date: e.location for e in extract(text, published="2025-08-12")}
    assert got["2025-08-10"] == "Mutaibija", got


def test_pipeline_two_days_of_clan_fighting_told_day_by_day(extract: Extract) -> None:
    text = ("At least 11 people have died in two days of fighting between two clans near "
            "Wapenamanda, police said on Wednesday.\n\n"
            "Four men were killed on Sunday, he said, and the fighting resumed at dawn on "
            "Monday, when at least seven more died, including two young men who were not "
            "involved in the fight.\n\n"
            "The National Court in Wabag is still hearing the case against men charged over a "
            "2023 massacre in the Porgera area.")
    got = sorted((e.event_date, e.fatalities) for e in extract(text, published="2025-03-20"))
    assert got == [("2025-03-16", 4), ("2025-03-17", 7)], got


def test_pipeline_a_notes_category_label_names_its_type(extract: Extract) -> None:
    text = "Non-violent activity: Raiders attacked a water point near Moyale. No one was hurt."
    assert one(extract, text).sub_event_type == "Other"
    text = "Movement of forces: The army deployed troops to Kwale after attacks on police posts."
    assert one(extract, text).sub_event_type == "Change to group/activity"
    text = "Raiders attacked a water point near Moyale on Sunday, killing two herders."
    assert one(extract, text).sub_event_type == "Attack"
    text = ("Gunmen killed two herders near Moyale on Sunday, police said, and named the "
            "motive as recruitment: the herders had refused to join the gang.")
    assert one(extract, text).sub_event_type == "Attack"  # a label opens a line


def test_pipeline_said_that_on_a_day_dates_the_told_event(extract: Extract) -> None:
    text = ("Security forces have recovered a huge cache of arms in Chaman, the military said "
            "on Thursday. The military said that on 15th March 2023, an operation was carried "
            "out in Chaman to search a hideout, and improvised explosive devices were seized.")
    got = [(e.event_date, e.sub_event_type) for e in extract(text, published="2023-03-17")]
    assert got == [("2023-03-15", "Disrupted weapons use")], got


def test_pipeline_a_soldier_wounded_by_fire_is_a_battle(extract: Extract) -> None:
    e = one(extract, "Another soldier was wounded by Palestinian fire near Gaza City on "
                     "Wednesday.")
    assert (e.sub_event_type, e.actor2) == ("Armed clash", "Military Forces of Israel"), e
    e = one(extract, "Two civilians were killed by soldiers in Gao on Monday.")
    assert e.sub_event_type == "Attack"


def test_pipeline_rebels_drones_and_a_march_beside_them(extract: Extract) -> None:
    text = ("Rebels who rejected the peace deal used drones to drop explosives on a police "
            "station in the town of Suarez on Tuesday, wounding two officers, police said, as "
            "thousands of Indigenous people marched through Popayan to demand protection.")
    got = sorted((e.sub_event_type, e.actor1) for e in extract(text, published="2024-05-22"))
    assert got == [("Air/drone strike", "Opposition Rebels (Colombia)"),
                   ("Peaceful protest", "Protesters (Colombia)")], got


def test_pipeline_the_war_around_a_strike_is_no_battle(extract: Extract) -> None:
    text = ("A drone strike hit a crowded market in the town of Gida Ayana on Tuesday, killing "
            "at least 11 people, residents said, in an area where government forces are "
            "fighting the rebel Oromo Liberation Army.")
    assert one(extract, text).sub_event_type == "Air/drone strike"


def test_pipeline_a_crowd_that_went_home_and_words_that_only_sound_violent(
        extract: Extract) -> None:
    text = ("In Tripoli, several hundred people held a sit-in in al-Nour Square on Thursday "
            "afternoon. The gathering was peaceful and dispersed at nightfall.")
    assert one(extract, text).sub_event_type == "Peaceful protest"
    text = ("Hundreds of Meira Paibis (women torch bearers) staged a sit-in protest in Imphal on "
            "Wednesday. Civil society groups have announced a 48-hour shutdown in "
            "Churachandpur district from Thursday midnight. The minister said on Wednesday "
            "she would not accept attacks on the security forces.")
    got = [(e.event_date, e.sub_event_type) for e in extract(text, published="2023-08-30")]
    assert got == [("2023-08-30", "Peaceful protest")], got


def test_pipeline_a_weeks_toll_beside_its_days_is_no_event_of_its_own(
        extract: Extract) -> None:
    text = ("The war between the ELN and the EPL spread this week across the Catatumbo region, "
            "leaving at least nine dead, authorities said.\n\n"
            "The first clash took place on Monday morning in Hacari, when ELN fighters attacked "
            "an EPL camp. The fighting left four dead.\n\n"
            "On Tuesday, EPL gunmen attacked ELN positions in El Tarra. The Ombudsman's Office "
            "reported six dead; the army said it had found five bodies.")
    got = sorted((e.event_date, e.fatalities) for e in extract(text, published="2018-04-21"))
    assert got == [("2018-04-16", 4), ("2018-04-17", 5)], got


def test_pipeline_armed_men_who_took_away_a_leader_abducted_him(extract: Extract) -> None:
    text = ("The war spread this week across the region, leaving at least nine dead.\n\n"
            "On Monday, rebels attacked a camp in Hacari, and the fighting left four dead.\n\n"
            "On Tuesday, gunmen attacked positions in El Tarra, killing five.\n\n"
            "On Wednesday afternoon, armed men took away the president of the community board "
            "of Campo Dos, in rural Tibu, from his home.")
    got = sorted((e.event_date, e.sub_event_type, e.fatalities)
                 for e in extract(text, published="2018-04-21"))
    assert got == [("2018-04-16", "Armed clash", 4), ("2018-04-17", "Armed clash", 5),
                   ("2018-04-18", "Abduction/forced disappearance", 0)], got
    assert extract("The bodies were taken away by relatives in Tibu on Wednesday.",
                   published="2018-04-21") == []


def test_pipeline_a_village_in_a_named_territory_is_no_namesake_abroad(
        extract: Extract) -> None:
    # Cassinga is a town of Angola; "in Lubero territory in North Kivu" says this one is not
    e = one(extract, "On Monday night, fighters of the Allied Democratic Forces attacked the "
                     "village of Cassinga, in Lubero territory in North Kivu, killing 12 "
                     "civilians, local authorities said.", published="2025-10-15")
    assert (e.country, e.location, e.fatalities) == (
        "Democratic Republic of Congo", "Lubero", 12), e


def test_pipeline_fighting_that_resumed_the_next_day_is_an_event_of_that_day(
        extract: Extract) -> None:
    text = ("Also in North Kivu, the Mission reports that fighting broke out on Sunday between "
            "the M23 armed group and Wazalendo groups around the town of Masisi, and resumed "
            "on Monday. On Monday alone, at least four people were killed, according to the "
            "Mission.")
    got = sorted((e.event_date, e.sub_event_type, e.location, e.actor1, e.actor2, e.fatalities)
                 for e in extract(text, published="2025-10-15"))
    assert got == [("2025-10-12", "Armed clash", "Masisi", "M23: March 23 Movement",
                    "Wazalendo Militia", 0),
                   ("2025-10-13", "Armed clash", "Masisi", "M23: March 23 Movement",
                    "Wazalendo Militia", 4)], got


def test_pipeline_an_area_whose_name_ends_in_territory(extract: Extract) -> None:
    e = one(extract, "Police said on Tuesday they had arrested a man suspected of supplying "
                     "ammunition to bandits during an operation in the Federal Capital "
                     "Territory.", published="2026-06-11")
    assert (e.sub_event_type, e.country) == ("Arrests", "Nigeria"), e


def test_pipeline_a_named_gang_that_burns_homes_is_no_mob(extract: Extract) -> None:
    e = one(extract, "Members of the Barrio 18 gang killed six people and set fire to homes "
                     "in Chamelecon on Monday, police said.")
    assert (e.sub_event_type, e.actor1) == ("Attack", "Barrio 18"), e


def test_pipeline_a_town_left_without_a_shot_fired_changed_hands_peacefully(
        extract: Extract) -> None:
    e = one(extract, "On Sunday, the insurgents withdrew from the village of Miangalewa, "
                     "which they had held for three weeks, and soldiers moved in without a "
                     "shot being fired, a local administrator said.", published="2020-10-20")
    assert e.sub_event_type == "Non-violent transfer of territory", e


def test_pipeline_a_headline_above_the_body_and_a_toll_told_twice(extract: Extract) -> None:
    text = ("PRESS RELEASE\n\nMarch 14, 2019\n\n"
            "3 rebels killed in Samar encounter; arms cache recovered\n\n"
            "CATARMAN, Northern Samar - Three members of the New People's Army were killed in "
            "an encounter with troops in a remote barangay of Las Navas, Northern Samar, on "
            "Tuesday, March 12, 2019. A 20-minute firefight ensued, after which the rebels "
            "withdrew, leaving behind their three dead comrades.\n\n"
            "In a follow-up operation on March 13, the troops discovered an arms cache in a "
            "hinterland sitio of Las Navas.\n\n"
            "Meanwhile, also on March 13, about ten NPA members burned two dump trucks of a "
            "contractor in a barangay of Catubig. No one was hurt.")
    got = sorted((e.event_date, e.sub_event_type, e.location, e.fatalities)
                 for e in extract(text, published="2019-03-14"))
    assert got == [("2019-03-12", "Armed clash", "Las Navas", 3),
                   ("2019-03-13", "Disrupted weapons use", "Las Navas", 0),
                   ("2019-03-13", "Looting/property destruction", "Catubig", 0)], got


def test_pipeline_a_flash_update_with_highlights_and_rival_gangs(extract: Extract) -> None:
    text = ("HAITI: Flash Update No. 2\n\n"
            "HIGHLIGHTS\n"
            "- Fighting between rival gangs in Cite Soleil displaces 3,000 people.\n"
            "- Two men lynched in Delmas as the vigilante movement persists.\n\n"
            "SITUATION OVERVIEW\n"
            "On 27 August, heavy fighting broke out in the Brooklyn and Boston areas of Cité "
            "Soleil between members of the G9 coalition and the rival G-Pep coalition, "
            "killing at least seven people.\n\n"
            "On 29 August, the police conducted an operation against the 400 Mawozo gang in "
            "Croix-des-Bouquets. According to the police, four gang members were killed and "
            "one police officer lost his life in the exchange of fire.")
    got = sorted((e.event_date, e.location, frozenset((e.actor1, e.actor2)), e.fatalities)
                 for e in extract(text, published="2023-08-31"))
    assert got == [("2023-08-27", "Cite Soleil", {"G9 an Fanmi e Alye", "G-Pep"}, 7),
                   ("2023-08-29", "Croix-des-Bouquets", {"Police Forces of Haiti", "400 Mawozo"},
                    5)], got


def test_pipeline_what_a_protest_was_about_is_not_where_it_was(extract: Extract) -> None:
    e = one(extract, "On Monday, teachers and students formed a human chain in Rajshahi city, "
                     "condemning Israel's military aggression on Gaza and expressing "
                     "solidarity with Palestine.", published="2024-02-27")
    assert (e.sub_event_type, e.country, e.location) == (
        "Peaceful protest", "Bangladesh", "Rajshahi"), e
    # the place named after what it was about is where it was, when nothing came before
    e = one(extract, "On Monday, party members held a demonstration in support of Palestine "
                     "in Rajshahi city.", published="2024-02-27")
    assert (e.country, e.location) == ("Bangladesh", "Rajshahi"), e


def test_pipeline_a_live_blog_of_interceptions_a_drone_and_a_vigil(extract: Extract) -> None:
    text = ("Russia-Ukraine war: live updates from Sunday 19 May 2024\n\n"
            "09:40 MSK\nRegional governor Ivan Petrov says air defences shot down eight "
            "rockets fired at the city of Kursk on Saturday evening. Debris from one of them "
            "fell on an apartment building, killing a 70-year-old man and injuring four "
            "people.\n\n"
            "11:02 MSK\nBreaking: Petrov says a Ukrainian drone has struck a car near Rylsk "
            "this morning. Both men in the car were killed, he writes.\n\n"
            "13:45 MSK\nIn Moscow, about 20 wives of mobilised soldiers laid flowers by the "
            "Kremlin wall on Saturday to demand that their men be brought home. Police "
            "detained four of the women.")
    got = sorted((e.event_date, e.sub_event_type, e.location, e.actor1, e.fatalities)
                 for e in extract(text, published="2024-05-19"))
    assert got == [
        ("2024-05-18", "Disrupted weapons use", "Kursk", "Military Forces of Russia", 1),
        ("2024-05-18", "Protest with intervention", "Moscow", "Protesters (Russia)", 0),
        ("2024-05-19", "Air/drone strike", "Ryl\u2019sk", "Military Forces of Ukraine", 2)], got


def test_pipeline_an_aim_names_no_event_of_what_came_before_it(extract: Extract) -> None:
    e = one(extract, "On Tuesday the army said its forces shot down a drone near Snake Island, "
                     "the outcrop that Ukraine has been trying to retake.",
            published="2022-05-12")
    assert (e.sub_event_type, e.location) == ("Disrupted weapons use", "Snake Island"), e


def test_pipeline_a_small_town_of_a_common_name_in_the_reports_country(
        extract: Extract) -> None:
    # dozens of Palmas are larger than Mozambique's; the province named says which
    e = one(extract, "Insurgents attacked the coastal town of Palma in Cabo Delgado province "
                     "on Monday, killing five civilians.", published="2019-08-12")
    assert (e.location, e.country, e.admin1) == ("Palma", "Mozambique", "Cabo Delgado"), e


def test_pipeline_a_reprisal_the_same_day_is_its_own_event(extract: Extract) -> None:
    text = ("On 22 May 2021, a column of soldiers was ambushed by resistance fighters on the "
            "road south of Mindat town. At least 15 soldiers were killed.\n\n"
            "In revenge for their losses, at about 3:00 pm on the same day, troops fired "
            "artillery shells into Mindat town. One shell hit a house and killed a woman, "
            "Daw Hla (45), and her son Maung Aye (12).")
    got = sorted((e.sub_event_type, e.fatalities) for e in extract(text, published="2021-05-23"))
    assert [s for s, _ in got] == ["Armed clash", "Shelling/artillery/missile attack"], got
    assert 12 not in [f for _, f in got] and got[0][1] == 15, got


def test_pipeline_a_claim_on_a_later_day_and_men_carrying_assault_rifles(
        extract: Extract) -> None:
    text = ("Wednesday - Arbinda. About 60 assailants on motorcycles attacked the military "
            "detachment in Arbinda at dawn, killing two soldiers. On Friday, JNIM claimed the "
            "attack through its media outlet, saying its fighters had killed ten soldiers.")
    got = [(e.event_date, e.sub_event_type) for e in extract(text, published="2019-11-17")]
    assert got == [("2019-11-13", "Armed clash")], got
    e = one(extract, "Soldiers arrested three men on Saturday in Villagran who were carrying two "
                     "assault rifles and ammunition.", published="2020-09-29")
    assert e.sub_event_type == "Arrests", e


def test_pipeline_the_group_blamed_in_the_next_sentence_is_a_side(extract: Extract) -> None:
    e = one(extract, "A grenade attack wounded six people in a border town on Monday. "
                     "Residents and authorities suspect Al Shabaab.")
    assert (e.sub_event_type, e.actor1) == ("Grenade", "Al Shabaab"), e
    # suspects with ties to a group are no group blamed for the incident
    e = one(extract, "Police arrested six people in Palembang on Tuesday. All suspects had "
                     "alleged ties with the extremist group Jamaah Islamiyah.")
    assert e.sub_event_type == "Arrests", e
