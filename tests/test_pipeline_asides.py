"""The whole pipeline on invented reports: what a sentence says in passing (a holiday long
past, a relative clause, a denied account, an earlier battle), how log entries and decks are
laid out, and which words name a crowd, a people or a battle's sides."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from warcount.mentions.dates import find_dates
from warcount.records import Event

Extract = Callable[..., list[Event]]


def _got(events: list[Event]) -> list[tuple[str | None, str, int]]:
    return sorted((e.event_date, e.sub_event_type, e.fatalities) for e in events)


def test_a_holiday_names_its_day_and_weeks_before_publication_is_background() -> None:
    found = find_dates("On New Year's Day, about 30 people were burnt to death; on Christmas "
                       "Eve 2019 a bomb went off.", published=dt.date(2020, 1, 29))
    assert [(d.text, d.date, d.background) for d in found] == [
        ("New Year's Day", dt.date(2020, 1, 1), True),
        ("Christmas Eve 2019", dt.date(2019, 12, 24), True)]


def test_a_date_in_a_perfect_relative_clause_does_not_date_the_main_verb(
        extract: Extract) -> None:
    text = ("Yesterday, more than 2,000 people who had fled to the grounds of the Ombati "
            "police station over the weekend marched to the district office in Kericho, "
            "singing hymns.")
    assert _got(extract(text, "2019-01-29")) == [("2019-01-28", "Peaceful protest", 0)]


def test_a_headline_with_its_deck_above_the_body_makes_no_event(extract: Extract) -> None:
    text = ("THE HIGHLAND COURIER\n\nMOLO HORROR: 12 KILLED\nSix burnt in one house; "
            "five more die in Kericho clashes\n\nAt least 12 people were killed in Molo on "
            "Sunday when a mob went from house to house with machetes, police said.")
    events = extract(text, "2019-01-29")
    assert _got(events) == [("2019-01-27", "Mob violence", 12)]


def test_a_community_named_before_its_youths_is_no_place(extract: Extract) -> None:
    text = ("In Nakuru town, gangs of Kalenjin and Kikuyu youths armed with bows and "
            "machetes fought running battles for most of yesterday.")
    [event] = extract(text, "2019-01-29")
    assert event.location == "Nakuru" and event.event_date == "2019-01-28"


def test_an_earlier_battle_told_in_passing_is_not_the_strike(extract: Extract) -> None:
    text = ("Mortar shells slammed into Mogadishu's Bakara market on Thursday morning, "
            "killing at least nine civilians, hours after insurgents and government troops "
            "fought a pitched battle in the capital's Hodan district, witnesses said.")
    assert _got(extract(text, "2010-10-21")) == [
        ("2010-10-21", "Shelling/artillery/missile attack", 9)]


def test_friday_prayers_date_only_the_sentence_they_open(extract: Extract) -> None:
    text = ("Security forces opened fire on protesters in Zahedan on Tuesday, killing two, "
            "a rights group said.\n\nWeekly protests after Friday prayers in Zahedan have "
            "continued for months.\n\nAfter Friday prayers, several hundred people gathered "
            "in the main square of Khash to demand the release of detainees.")
    assert _got(extract(text, "2023-10-21")) == [
        ("2023-10-17", "Excessive force against protesters", 2),
        ("2023-10-20", "Peaceful protest", 0)]


def test_stones_thrown_at_the_police_make_a_violent_demonstration(extract: Extract) -> None:
    text = ("On Tuesday a boy was killed near the bus stand in Sopore during clashes between "
            "stone-throwing youths and the police, who fired tear gas shells.")
    [event] = extract(text, "2016-08-12")
    assert event.sub_event_type == "Violent demonstration"


def test_arrests_linked_to_the_attack_are_arrests(extract: Extract) -> None:
    text = ("Gunmen killed three police officers on the road between Khash and Nikshahr late "
            "on Wednesday, the provincial police said.\n\nThe police chief said on Thursday "
            "that officers in Iranshahr had arrested four people linked to the attack in a "
            "raid on a house earlier in the day.")
    assert [e.sub_event_type for e in extract(text, "2023-10-26")] == [
        "Armed clash", "Arrests"]


def test_what_a_denied_account_says_is_no_toll(extract: Extract) -> None:
    text = ("1. On 6 October 2021 at around 14:00, the garrison of Ayorou came under attack by "
            "a large group of terrorists. Provisional toll: two (02) soldiers killed, eleven "
            "(11) terrorists neutralised.\n\n2. The Ministry firmly denies the fanciful tolls "
            "circulated on social networks concerning the attack on Ayorou, which claimed "
            "that some thirty soldiers had been killed.")
    assert _got(extract(text, "2021-10-11")) == [("2021-10-06", "Armed clash", 13)]


def test_a_fronted_since_then_makes_its_whole_sentence_a_tally(extract: Extract) -> None:
    text = ("Militants shot dead a police constable in Bijbehara on Thursday morning.\n\n"
            "The unrest began on July 8. Since then, at least 55 people have been killed in "
            "the valley, and more than 5,000 have been injured. Two policemen have also "
            "died.")
    assert _got(extract(text, "2016-08-12")) == [("2016-08-11", "Armed clash", 1)]


def test_an_undated_sentence_after_a_dated_past_one_goes_on_with_it(extract: Extract) -> None:
    text = ("Turkish artillery shelled the outskirts of Kanimasi on Monday, residents said. "
            "No one was hurt.\n\nIn January 2019, protesters angry at civilian deaths stormed "
            "a Turkish base near Sheladize. One protester was killed when troops opened "
            "fire.")
    assert _got(extract(text, "2021-08-13")) == [
        ("2021-08-09", "Shelling/artillery/missile attack", 0)]


def test_a_log_entry_gives_its_day_and_town(extract: Extract) -> None:
    text = ("INCIDENTS\n\n14 October, Sheikh Zuweid - Several mortar rounds struck a street "
            "near the market, wounding six civilians, according to a medical source at El "
            "Arish General Hospital.\n\n15 October, Bir al-Abd - Masked gunmen shot dead two "
            "men outside their home.")
    got = [(e.event_date, e.sub_event_type, e.country) for e in extract(text, "2015-10-20")]
    assert got == [("2015-10-14", "Shelling/artillery/missile attack", "Egypt"),
                   ("2015-10-15", "Attack", "Egypt")]
    assert "Arish" not in (extract(text, "2015-10-20")[0].location or "")


def test_the_speakers_town_does_not_take_the_dead_elsewhere(extract: Extract) -> None:
    text = ("Gunmen shot dead a trader in El Arish on 15 October.\n\n"
            "On 19 October an IED struck an armoured vehicle near Rafah. The army said two "
            "soldiers were killed. Medical sources in El Arish told us four soldiers died.")
    got = [(e.event_date, e.fatalities, e.fatalities_high) for e in extract(text, "2015-10-20")]
    assert got == [("2015-10-15", 1, 1), ("2015-10-19", 2, 4)]


def test_air_force_strikes_are_air_strikes(extract: Extract) -> None:
    text = ("On 10 October 2021, acting on intelligence, the National Air Force carried out a "
            "strike on a gathering of terrorists in the area of Abala. About twenty "
            "terrorists were killed.")
    [event] = extract(text, "2021-10-11")
    assert event.sub_event_type == "Air/drone strike" and event.fatalities == 20


def test_fire_returned_makes_an_exchange_a_battle(extract: Extract) -> None:
    text = ("An Armenian serviceman was killed on Sunday when Azerbaijani units fired on "
            "Armenian positions near Sotk with small arms and a mortar, and Armenian troops "
            "returned fire, the Defence Ministry said.")
    [event] = extract(text, "2021-08-17")
    assert event.sub_event_type == "Armed clash"


def test_orchards_set_alight_by_shelling_are_no_riot(extract: Extract) -> None:
    text = ("On Monday, Turkish artillery shelled the outskirts of Sharanish, a Christian "
            "village east of Zakho, setting fire to orchards, residents said.")
    [event] = extract(text, "2021-08-13")
    assert event.sub_event_type == "Shelling/artillery/missile attack"


def test_a_crowd_that_caught_and_beat_two_men_is_a_mob(extract: Extract) -> None:
    text = ("On Wednesday, residents in Carrefour caught two young men they accused of being "
            "gang scouts at a checkpoint, beat them and set them on fire, witnesses said. "
            "Both men died.")
    [event] = extract(text, "2026-03-12")
    assert event.sub_event_type == "Mob violence" and event.fatalities == 2


def test_both_sides_named_after_the_fighting_began(extract: Extract) -> None:
    text = ("The fighting began late on Wednesday afternoon in Mogadishu when al Shabaab "
            "fighters attacked government positions near the Taleh junction.")
    [event] = extract(text, "2010-10-21")
    assert (event.actor1, event.actor2) == ("Al Shabaab", "Military Forces of Somalia")


def test_a_killing_a_month_before_is_no_event_of_the_day(extract: Extract) -> None:
    text = ("A month after the killing of a militant commander set the valley alight, "
            "stone-throwing youths clashed with the police in Shopian on Tuesday.")
    [event] = extract(text, "2016-08-12")
    assert event.fatalities == 0 and event.sub_event_type == "Violent demonstration"


def test_a_live_blog_dates_its_entries_by_their_day_headers(extract: Extract) -> None:
    text = ("LIVE | Protests in Armenia\n\nLast updated: Tuesday 3 December 2024, 12:40\n"
            "By our Caucasus desk, reporting from Yerevan\n\n"
            "12:40\nPolice have detained an opposition organiser at his party's office in "
            "Gyumri, his lawyer said.\n\n"
            "02:20\nRiot police are pushing the remaining protesters away from parliament with "
            "water cannon.\n\n"
            "Monday 2 December\n\n"
            "23:50\nProtesters are throwing stones and bottles at the police lines outside "
            "parliament in Yerevan.\n\n"
            "22:00\nIn Vanadzor, thousands are marching along the main avenue. The march is "
            "peaceful.\n\n"
            "18:30\nThe prime minister said there would be no new elections.")
    got = sorted((e.event_date, e.sub_event_type, e.location) for e in extract(text, "2024-12-03"))
    assert got == [("2024-12-02", "Peaceful protest", "Vanadzor"),
                   ("2024-12-02", "Violent demonstration", "Yerevan"),
                   ("2024-12-03", "Arrests", "Gyumri")]


def test_a_live_blog_entry_that_names_another_day_keeps_it(extract: Extract) -> None:
    text = ("Live updates from Sunday 19 May 2024\n\n"
            "09:05\nGood morning. The governor says air defences shot down ten rockets fired "
            "at Belgorod on Saturday evening. Debris fell on a building, killing a woman.\n\n"
            "10:15\nKyiv does not usually comment on attacks inside Russia.\n\n"
            "11:02\nA drone has struck a car near Shebekino, killing both men inside, the "
            "governor says.")
    got = sorted((e.event_date, e.location, e.fatalities) for e in extract(text, "2024-05-19"))
    assert got == [("2024-05-18", "Belgorod", 1), ("2024-05-19", "Shebekino", 2)]


def test_a_day_fronting_what_a_ministry_stated_had_happened_is_when_it_was_told(
        extract: Extract) -> None:
    text = ("On 14 June 2019, soldiers entered the Ntanfoang quarter of Bali and shot dead "
            "three men, four witnesses said.\n\nOn 15 June, the Ministry of Defence stated "
            "that the army had \"neutralised three terrorists\" during an operation in Bali.")
    assert [(e.event_date, e.fatalities) for e in extract(text, "2019-06-18")] == [
        ("2019-06-14", 3)]


def test_separatists_who_abducted_teachers_over_a_boycott_abducted_them(
        extract: Extract) -> None:
    text = ("On 12 June 2019, armed separatists abducted five teachers from a school in "
            "Kumbo, accusing them of defying the separatists' boycott of schools.")
    [event] = extract(text, "2019-06-18")
    assert (event.sub_event_type, event.actor1) == (
        "Abduction/forced disappearance", "Ambazonian Separatists")


def test_a_summary_far_above_the_incidents_joins_none_of_them(extract: Extract) -> None:
    summary = ("Armed groups have abducted teachers, students and civil servants, and killed "
               "people they accuse of collaborating with the army. ")
    filler = "Researchers interviewed victims and witnesses in several towns. " * 8
    text = (summary + filler + "\n\nOn 16 June 2019, two women were stopped at a checkpoint "
            "near Ndop and raped by armed men, a health worker said.")
    assert _got(extract(text, "2019-06-18")) == [("2019-06-16", "Sexual violence", 0)]


def test_a_teenager_named_by_age_alone_is_one_of_the_dead(extract: Extract) -> None:
    text = ("Health officials said two Palestinians were killed by Israeli fire at a border "
            "protest east of Khan Younis on Friday. The ministry said a 14-year-old died from "
            "a gunshot to the head. Earlier it said a 43-year-old man was killed.")
    [event] = extract(text, "2018-07-27")
    assert event.fatalities == 2


def test_the_day_of_the_verdict_a_strike_answers_is_not_the_strike_s(extract: Extract) -> None:
    text = ("Two activists were killed as party men fought pitched battles with police in "
            "Rajshahi during the hartal yesterday. The hartal was called to protest against "
            "the death sentence handed down by the tribunal on Thursday.\n\nIn Chittagong, "
            "police arrested 43 activists during the hartal.")
    got = sorted((e.event_date, e.sub_event_type) for e in extract(text, "2013-03-05"))
    assert got == [("2013-03-04", "Arrests"), ("2013-03-04", "Violent demonstration")]


def test_an_officer_who_lost_his_life_is_one_dead(extract: Extract) -> None:
    text = ("At 16:40 on Monday 8 October 2012, a police patrol was attacked with firearms by "
            "a column of the Shining Path in Llochegua, Peru. In the confrontation, which "
            "lasted forty minutes, Police Sub-Officer (SO2 PNP) Rolando Quispe Huaman, 29, "
            "lost his life.")
    [event] = extract(text, "2012-10-10")
    assert (event.sub_event_type, event.fatalities) == ("Armed clash", 1)


def test_a_seized_rifle_cache_dates_the_same_day_after_it(extract: Extract) -> None:
    text = ("1. On Monday 8 October 2012, a patrol was attacked by a column of the Shining "
            "Path in Llochegua; an officer was killed.\n\n2. In the follow-up operations, at "
            "about 07:00 on Tuesday 9 October, special forces located an abandoned camp in the "
            "Quempiri sector of Pichari and seized two AKM rifles and dynamite.\n\n3. On the "
            "same day, police arrested two men in the town of Pichari.\n\n4. The police "
            "categorically denies the information disseminated by some media according to "
            "which three soldiers were also killed in the attack of 8 October.")
    got = sorted((e.event_date, e.fatalities) for e in extract(text, "2012-10-10"))
    assert got[0] == ("2012-10-08", 1) and {d for d, _ in got[1:]} == {"2012-10-09"}


def test_also_that_day_another_kind_of_act_in_the_same_town_is_another_event(
        extract: Extract) -> None:
    text = ("On 20 May, unidentified armed men looted the offices of two aid agencies in Bria, "
            "taking vehicles and fuel.\n\nAlso on 20 May, a UN patrol came under fire from "
            "armed men on the outskirts of Bria. One peacekeeper was wounded.")
    got = sorted(e.sub_event_type for e in extract(text, "2017-05-22"))
    assert got == ["Armed clash", "Looting/property destruction"]


def test_the_killing_a_crowd_protests_adds_no_dead_to_the_protest(extract: Extract) -> None:
    text = ("Boda boda riders blocked a road in Kisumu on Monday to protest the killing of a "
            "fellow rider.\n\nIn Eldoret, residents marched on Monday demanding justice for a "
            "teacher killed by a police officer.")
    assert _got(extract(text, "2021-03-10")) == [("2021-03-08", "Peaceful protest", 0),
                                                 ("2021-03-08", "Peaceful protest", 0)]


def test_the_killing_a_victim_was_accused_of_is_not_the_lynching_toll(extract: Extract) -> None:
    text = ("On Sunday villagers in Orumba beat to death a man accused of taking part in a "
            "robbery in which a shopkeeper was killed.")
    [event] = extract(text, "2021-03-10")
    assert (event.sub_event_type, event.fatalities) == ("Mob violence", 1)


def test_an_earlier_massacre_days_before_adds_nothing_to_the_toll(extract: Extract) -> None:
    text = ("Six more herders were killed by raiders near Kotido on Tuesday, two days after "
            "the gang executed 15 other villagers.")
    [event] = extract(text, "2021-03-10")
    assert event.fatalities == 6
