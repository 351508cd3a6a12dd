"""Actor mentions on invented sentences: aliases, generics by country, scoping, inter codes."""

from __future__ import annotations

from pathlib import Path

import pytest

from warcount.mentions.actors import (
    ActorLexicon,
    actor_inter,
    find_actors,
    load_actor_lexicon,
    scope_to_country,
)


@pytest.fixture(scope="module")
def lexicon() -> ActorLexicon:
    return load_actor_lexicon()


def names(text: str, lexicon: ActorLexicon, country: str | None) -> list[tuple[str, str]]:
    return [(m.text, m.name) for m in find_actors(text, lexicon=lexicon, country=country)]


def test_actors_islamic_state_aliases_scoped_by_country(lexicon: ActorLexicon) -> None:
    text = "ISIS and Daesh cells, an ISIL unit and the Islamic State group were blamed."
    found = find_actors(text, lexicon=lexicon, country="Turkey")
    assert {m.name for m in found} == {"Islamic State (Turkey)"}
    assert len(found) == 4 and all(m.inter == 2 for m in found)


def test_actors_islamic_state_province_is_not_scoped(lexicon: ActorLexicon) -> None:
    assert names("ISWAP fighters raided a camp.", lexicon, "Nigeria") == [
        ("ISWAP fighters", "Islamic State West Africa Province")]
    assert names("Islamic State Khorasan Province claimed it.", lexicon, "Afghanistan") == [
        ("Islamic State Khorasan Province", "Islamic State Khorasan Province")]


def test_actors_jihadists_refer_back_to_named_group(lexicon: ActorLexicon) -> None:
    found = names("IS attacked the town. Later the jihadists withdrew.", lexicon, "Iraq")
    assert found[-1] == ("jihadists", "Islamic State (Iraq)")
    assert names("The jihadists withdrew.", lexicon, "Iraq") == [
        ("jihadists", "Unidentified Armed Group (Iraq)")]


def test_actors_demonym_and_agent_compose(lexicon: ActorLexicon) -> None:
    text = "Kenyan police and Burkinabe army units met Nigerian troops and Kenya's military."
    assert [n for _, n in names(text, lexicon, "Kenya")] == [
        "Police Forces of Kenya", "Military Forces of Burkina Faso", "Military Forces of Nigeria",
        "Military Forces of Kenya"]


def test_actors_foreign_forces_are_inter_8(lexicon: ActorLexicon) -> None:
    found = find_actors("Russian warplanes struck as Syrian soldiers advanced.", lexicon=lexicon,
                        country="Syria")
    assert [(m.name, m.inter) for m in found] == [
        ("Military Forces of Russia", 8), ("Military Forces of Syria", 1)]
    assert actor_inter("Military Forces of Russia", country="Ukraine", lexicon=lexicon) == 8
    assert actor_inter("Military Forces of Russia", country="Russia", lexicon=lexicon) == 1
    assert actor_inter("AMISOM: African Union Mission in Somalia", country="Somalia",
                       lexicon=lexicon) == 8


def test_actors_generic_words_resolve_by_report_country(lexicon: ActorLexicon) -> None:
    text = "Unknown gunmen shot two villagers; rebels fled and a mob gathered; the army came."
    assert [n for _, n in names(text, lexicon, "Freedonia")] == [
        "Unidentified Armed Group (Freedonia)", "Civilians (Freedonia)",
        "Opposition Rebels (Freedonia)", "Rioters (Freedonia)", "Military Forces of Freedonia"]


def test_actors_generic_without_country_then_scoped(lexicon: ActorLexicon) -> None:
    found = find_actors("Bandits and soldiers clashed.", lexicon=lexicon, country=None)
    assert [(m.name, m.country, m.generic) for m in found] == [
        ("Unidentified Armed Group", None, True), ("Military Forces", None, True)]
    scoped = [scope_to_country(m, "Mali") for m in found]
    assert [m.name for m in scoped] == [
        "Unidentified Armed Group (Mali)", "Military Forces of Mali"]


def test_actors_suspected_prefix_and_member_suffix(lexicon: ActorLexicon) -> None:
    text = "Suspected Al-Shabaab militants and presumed Boko Haram fighters attacked."
    found = find_actors(text, lexicon=lexicon, country="Kenya")
    assert [(m.text, m.name) for m in found] == [
        ("Suspected Al-Shabaab militants", "Al Shabaab"),
        ("presumed Boko Haram fighters",
         "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad")]
    assert found[0].start == 0 and found[0].reason == "alias of Al Shabaab"


def test_actors_longest_match_and_no_overlap(lexicon: ActorLexicon) -> None:
    text = "Pakistani Taliban and Syrian Democratic Forces fighters and US-backed SDF units."
    found = find_actors(text, lexicon=lexicon, country="Pakistan")
    assert [m.name for m in found] == ["TTP: Tehreek-i-Taliban Pakistan",
                                       "QSD: Syrian Democratic Forces",
                                       "QSD: Syrian Democratic Forces"]
    assert all(a.end <= b.start for a, b in zip(found, found[1:], strict=False))


def test_actors_acronyms_are_case_sensitive(lexicon: ActorLexicon) -> None:
    assert names("He is fighting; it is said.", lexicon, "Syria") == []
    assert names("HAMAS and hamas", lexicon, "Palestine") == [
        ("HAMAS", "Hamas"), ("hamas", "Hamas")]


def test_actors_identity_militia_needs_armed_word(lexicon: ActorLexicon) -> None:
    found = names("Pokot raiders stole cattle from Turkana herders' kraals.", lexicon, "Kenya")
    assert found[0] == ("Pokot raiders", "Pokot Communal Militia (Kenya)")
    assert names("A Pokot elder spoke.", lexicon, "Kenya") == [("elder", "Civilians (Kenya)")]


def test_actors_armed_men_from_a_community_are_its_militia(lexicon: ActorLexicon) -> None:
    found = names("Armed youth from the Murle community raided the camps.", lexicon,
                  "South Sudan")
    assert found == [("Armed youth from the Murle community",
                      "Murle Communal Militia (South Sudan)")]
    found = names("Gunmen from the Fulani community attacked the village.", lexicon, "Nigeria")
    assert found[0][1] == "Fulani Communal Militia (Nigeria)"
    assert names("Elders from the Murle community met.", lexicon, "South Sudan") == [
        ("Elders", "Civilians (South Sudan)")]


def test_actors_party_and_crowd_roles(lexicon: ActorLexicon) -> None:
    assert names("AL supporters attacked a rival office.", lexicon, "Bangladesh")[0] == (
        "AL supporters", "Rioters (Bangladesh)")
    assert names("AL supporters met quietly.", lexicon, "Bangladesh") == [
        ("AL supporters", "AL: Bangladesh Awami League")]
    assert names("Students staged a sit-in at the gate.", lexicon, "Ruritania")[0] == (
        "Students", "Protesters (Ruritania)")


def test_actors_offsets_point_into_document(lexicon: ActorLexicon) -> None:
    doc = "Intro. Gunmen struck."
    sentence_start = 7
    found = find_actors(doc[sentence_start:], offset=sentence_start, lexicon=lexicon,
                        country="Chad")
    assert doc[found[0].start:found[0].end] == "Gunmen"


def test_actors_schema_check_rejects_bad_inter(tmp_path: Path) -> None:
    bad = tmp_path / "a.yaml"
    bad.write_text("actors:\n  - {name: Invented Front, inter: 9, country: null, aliases: [IFX]}\n")
    with pytest.raises(ValueError, match="Invented Front.*inter"):
        load_actor_lexicon(bad)
    bad.write_text("actors:\n  - {name: Invented Front, inter: 2, kind: wizard, aliases: [IFX]}\n")
    with pytest.raises(ValueError, match="unknown kind"):
        load_actor_lexicon(bad)


def test_actors_crowd_acted_on_in_the_passive_is_no_crowd() -> None:
    from warcount.mentions.actors import find_actors, load_actor_lexicon
    lex = load_actor_lexicon()
    text = "At least 50 civilians were killed in an attack on the village."
    names = [a.name for a in find_actors(text, lexicon=lex, country="Mali")]
    assert "Civilians (Mali)" in names and "Rioters (Mali)" not in names


def test_actors_an_alias_used_only_in_some_countries(lexicon: ActorLexicon) -> None:
    text = "The RSF repelled an attack on Sunday."
    moz = find_actors(text, lexicon=lexicon, country="Mozambique")
    sudan = find_actors(text, lexicon=lexicon, country="Sudan")
    assert (moz[0].name, moz[0].inter) == ("Military Forces of Rwanda", 8)
    assert sudan[0].name == "RSF: Rapid Support Forces"


def test_actors_government_aircraft_and_rebel_positions(lexicon: ActorLexicon) -> None:
    text = "Government warplanes bombed rebel positions and militant hideouts."
    assert names(text, lexicon, "Syria") == [
        ("Government warplanes", "Military Forces of Syria"),
        ("rebel positions", "Opposition Rebels (Syria)"),
        ("militant hideouts", "Unidentified Armed Group (Syria)")]


def test_actors_a_states_weapons_and_air_defence_are_its_military(lexicon: ActorLexicon) -> None:
    got = names("A Russian guided aerial bomb hit a hospital.", lexicon, "Ukraine")
    assert ("Russian guided aerial bomb", "Military Forces of Russia") in got, got
    got = names("Ukrainian air defence shot down eight drones.", lexicon, "Ukraine")
    assert ("Ukrainian air defence", "Military Forces of Ukraine") in got, got
    got = names("An attack by dissidents of the former FARC.", lexicon, "Colombia")
    assert ("dissidents of the former FARC", "FARC Dissidents") in got, got


def test_actors_a_hyphenated_name_matches_in_any_case(lexicon: ActorLexicon) -> None:
    got = names("The Islamic extremist group al-Shabab claimed responsibility.", lexicon,
                "Somalia")
    assert ("al-Shabab", "Al Shabaab") in got, got


def test_actors_the_pakistani_militarys_word_for_the_ttp(lexicon: ActorLexicon) -> None:
    got = names("Troops engaged the khwarij of Fitna al Khwarij.", lexicon, "Pakistan")
    assert [n for w, n in got if w != "Troops"] == ["TTP: Tehreek-i-Taliban Pakistan"] * 2, got


def test_actors_men_of_a_named_group_are_that_group(lexicon: ActorLexicon) -> None:
    found = names("Clashes broke out between gunmen of the Stability Support Apparatus and "
                  "a rival armed group.", lexicon, "Libya")
    assert found == [("gunmen of the Stability Support Apparatus",
                      "SSA: Stability Support Apparatus"),
                     ("rival armed group", "Unidentified Armed Group (Libya)")]


def test_actors_the_militants_of_a_later_sentence_are_the_group_named(
        lexicon: ActorLexicon) -> None:
    from warcount.mentions.actors import find_actors, refer_back
    first = find_actors("Suspected ISGS militants attacked a house.", lexicon=lexicon,
                        country="Burkina Faso")
    text = "Then the militants seized phones; militants were seen later; gunmen fled."
    later = find_actors(text, lexicon=lexicon, country="Burkina Faso")
    got, last = refer_back(later, first[0], text)
    # "militants" with no article are the group's men too; "gunmen" may be anyone's
    assert [m.name for m in got] == ["Islamic State (Greater Sahara)",
                                     "Islamic State (Greater Sahara)",
                                     "Unidentified Armed Group (Burkina Faso)"]
    assert last is not None and last.name == "Islamic State (Greater Sahara)"


def test_actors_groups_of_more_conflicts_by_acled_names(lexicon: ActorLexicon) -> None:
    def found(text: str, country: str) -> list[tuple[str, str, int]]:
        return [(m.text, m.name, m.inter)
                for m in find_actors(text, lexicon=lexicon, country=country)]

    assert found("FPRC and MPC fighters clashed near Kaga-Bandoro.",
                 "Central African Republic") == [
        ("FPRC", "FPRC: Popular Front for the Renaissance of Central Africa", 2),
        ("MPC fighters", "MPC: Patriotic Movement for Central Africa", 2)]
    assert found("Imbonerakure members beat a trader.", "Burundi")[0] == (
        "Imbonerakure members", "CNDD-FDD-Imbonerakure: National Council for the Defence "
        "of Democracy (Imbonerakure Faction)", 3)
    assert found("Twirwaneho militiamen and Nyatura clashed.", "Democratic Republic of Congo") == [
        ("Twirwaneho militiamen", "Twirwaneho Militia", 3), ("Nyatura", "Nyatura Militia", 3)]
    assert found("The Lions' Den and the Jenin Brigade fired at troops.", "Palestine")[:2] == [
        ("Lions' Den", "Lions' Den", 2), ("Jenin Brigade", "PIJ: Katibat Jenin", 2)]
    assert found("DPR forces shelled the town, the Azov Regiment said.", "Ukraine") == [
        ("DPR forces", "NAF: United Armed Forces of Novorossiya", 2),
        ("Azov Regiment", "Military Forces of Ukraine", 1)]
    # an acronym used in several countries is the group's only where it is meant
    assert found("Suspected BRN insurgents set off a bomb.", "Thailand") == [
        ("Suspected BRN insurgents", "BRN: Barisan Revolusi Nasional", 2)]
    assert found("The MPC and the FNL met.", "Kenya") == []


def test_actors_a_demonym_before_assaults_names_that_army(lexicon: ActorLexicon) -> None:
    assert names("Its units repelled Russian attacks and two Russian assaults near Torske.",
                 lexicon, "Ukraine") == [("Russian attacks", "Military Forces of Russia"),
                                         ("Russian assaults", "Military Forces of Russia")]
    # (a country's name before "attack" is the place the raiders came from, then a verb)
    assert [n for _, n in names("Raiders from Ethiopia attack a Kenyan village.", lexicon,
                                "Kenya")] == ["Unidentified Armed Group (Kenya)"]


def test_actors_civilian_before_a_thing_is_no_crowd(lexicon: ActorLexicon) -> None:
    found = names("The police registered 12 civilian injuries and 63 damaged homes.", lexicon,
                  "Ukraine")
    assert all(not n.startswith(("Rioters", "Protesters")) for _, n in found)


def test_actors_herders_and_farmers_who_fight_are_communal_militias(
        lexicon: ActorLexicon) -> None:
    for text in ("Six died in clashes between nomadic herders and farmers near Kelo.",
                 "Farmers clashed with herders near Kelo on Monday."):
        got = {m.text.lower(): m.inter for m in find_actors(text, lexicon=lexicon,
                                                           country="Chad")}
        assert got == {"herders": 4, "farmers": 4}, (text, got)
    # villagers who clashed with the police are no community at war
    got = {m.text.lower(): m.inter for m in find_actors(
        "Two died in clashes between villagers and police near Kelo.", lexicon=lexicon,
        country="Chad")}
    assert got.get("villagers") != 4, got
    # farmers who only marched are no militia
    got = [m.inter for m in find_actors("Farmers marched to the governor's office.",
                                        lexicon=lexicon, country="Chad")]
    assert 4 not in got
