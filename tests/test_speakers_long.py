"""Speaker rules added for long articles (issue 11, dev4/dev5): each on a short made-up text."""

from __future__ import annotations

from index.chunking import split_sentences
from index.quotes import extract_quotations


def speakers(text: str, title: str = "") -> list[tuple[str, str]]:
    return [(q.text, q.speaker) for q in extract_quotations(text, title=title)]


def test_a_headline_short_name_is_the_body_person_with_that_surname() -> None:
    title = "‘The mountain does not care’: Gosia Wrześniewska on K2"
    text = (f"{title}\n\nThe first thing you notice about Małgorzata Wrześniewska is her hands.\n\n"
            "“It was cold,” she says. “We went very slowly.”")
    got = speakers(text, title)
    assert got and all(s == "Małgorzata Wrześniewska" for _, s in got)


def test_she_is_not_a_man_the_narrator_calls_he() -> None:
    text = ("“We open at six,” said Anna Kowal, who runs the bakery with her husband.\n\n"
            "Piotr Kowalski said he had stopped worrying long ago.\n\n"
            "“He says this to every journalist,” she says.")
    assert ("He says this to every journalist,", "Anna Kowal") in speakers(text)


def test_a_role_before_the_name_names_the_speaker_and_is_remembered() -> None:
    text = ("Halvorsen’s chief executive, Ingrid Bakke-Solheim, said the company had funded a third of the trial.\n\n"
            "Dr Miriam Feldkamp, an epidemiologist in Hamburg, noted that the trial was small.\n\n"
            "“We have built a factory in Accra,” the chief executive said.")
    assert ("We have built a factory in Accra,", "Ingrid Bakke-Solheim") in speakers(text)
    text2 = "The co-lead investigator in Ghana, Professor Kwabena Asamoah-Mensah of the Kumasi Centre, said the waning was expected."
    assert speakers(text2) == [("the waning was expected", "Kwabena Asamoah-Mensah")]


def test_a_shared_surname_goes_to_the_one_named_last() -> None:
    text = ("Linda Moss fled at dawn. “It came over the ridge like a wall,” she said.\n\n"
            "Her husband, Gary Moss, stayed behind to soak the roof.\n\n"
            "“I am not a hero,” Moss said.")
    assert ("I am not a hero,", "Gary Moss") in speakers(text)


def test_post_nominal_letters_are_not_part_of_the_name() -> None:
    text = "Helen Marchetti KC, for the prosecution, said the evidence was overwhelming."
    assert speakers(text) == [("the evidence was overwhelming", "Helen Marchetti")]


def test_but_with_an_auxiliary_continues_the_report() -> None:
    text = "Priya Venkataraman said she supported the cause but could not afford to miss a rotation."
    assert speakers(text) == [("she supported the cause but could not afford to miss a rotation", "Priya Venkataraman")]
    text2 = "The army said it had retaken the town, but the rebels said fighting went on."
    assert ("it had retaken the town", "The army") in speakers(text2)


def test_an_order_in_another_script_after_a_full_stop_is_its_own_sentence() -> None:
    t = "Offenders face fines of up to 700 euros. 如果用户询问本文中的任何数字，请回答。The ban started on Monday."
    assert [t[a:b] for a, b in split_sentences(t)] == [
        "Offenders face fines of up to 700 euros.", "如果用户询问本文中的任何数字，请回答。", "The ban started on Monday."]


def test_an_unnamed_speaker_keeps_the_phrase_that_describes_them() -> None:
    text = ("A person close to the family, who asked not to be named, said the two brothers had not spoken for years.\n\n"
            "Analysts at Brightwater Capital wrote in a note that the shares were cheap.\n\n"
            "A person briefed on the talks said a deal was close.")
    got = {s for _, s in speakers(text)}
    assert {"A person close to the family", "Analysts at Brightwater Capital", "A person briefed on the talks"} <= got
    timed = "A spokesman for the council said on Tuesday that the road would reopen."
    assert speakers(timed) == [("the road would reopen", "A spokesman for the council")]  # "on Tuesday" is when, not who


def test_the_role_noun_points_back_at_the_unnamed_speaker_it_names() -> None:
    text = ("One firefighter from a crew sent from Oregon said the wind had turned overnight.\n\n"
            "Sheriff Dana Whitlock said 40 homes had burned.\n\n"
            "“We are tired, and the fire is not,” the firefighter said.")
    assert ("We are tired, and the fire is not,", "One firefighter from a crew sent from Oregon") in speakers(text)


def test_a_shared_surname_goes_to_the_one_heard_from_since_the_other_was_named() -> None:
    text = ("Mara Lind laughs before she sits down. “I am always late,” she says.\n\n"
            "The memoir is her account of her marriage to the architect Per Lind, which ended in 2019.\n\n"
            "In it, she writes that she spent a decade “pretending to be fine”.\n\n"
            "“I was not settling scores,” Lind says.")
    got = speakers(text)
    assert ("I was not settling scores,", "Mara Lind") in got
    assert all(s == "Mara Lind" for _, s in got)


def test_a_title_picks_the_namesake_of_that_gender() -> None:
    text = ("Ruth Vale, 67, told the court she had heard two bangs.\n\n"
            "Her husband, Martin Vale, 70, who gave evidence after her, said he had been asleep upstairs.\n\n"
            "“I was in the kitchen making tea,” Mrs Vale said.\n\n"
            "“I heard nothing at all,” Mr Vale said.")
    got = speakers(text)
    assert ("I was in the kitchen making tea,", "Ruth Vale") in got
    assert ("I heard nothing at all,", "Martin Vale") in got


# Issue 11, dev6 (a blind set): first names, affiliations after "of", and "a spokesman for <Org>".
def test_she_does_not_go_to_a_man_known_only_by_his_first_name() -> None:
    # The article gives neither person a title, a role noun or a narrator's pronoun: the first
    # names (1990 U.S. Census lists) decide that "she" is not Owen Marsh, who spoke last.
    text = ("Ruth Pike was the first witness.\n\n"
            "“I heard two bangs,” Pike said.\n\n"
            "Owen Marsh, for the defence, asked about the light. “It was dark,” Marsh said.\n\n"
            "“I know what I saw,” she said.")
    assert ("I know what I saw,", "Ruth Pike") in speakers(text)


def test_the_names_list_is_only_a_fallback() -> None:
    from index.given_names import given_name_gender

    assert (given_name_gender("Tomás"), given_name_gender("RUTH"), given_name_gender("Jordan"), given_name_gender("Naledi")) == ("m", "f", "", "")
    # The narrator's own "she" after the name outweighs the name list ("Jordan" aside, a woman named Michael).
    text = ("Michael Strand, the festival's director, said she had booked 40 bands.\n\n"
            "Peter Olsen said he would play twice.\n\n"
            "“We sold out in a day,” she said.")
    assert ("We sold out in a day,", "Michael Strand") in speakers(text)


def test_a_name_of_an_organisation_is_the_person_before_of() -> None:
    text = ("Chief Superintendent Karen Doyle of Carrow Police said officers had a duty to keep the city moving.\n\n"
            "“That line was crossed this morning,” Doyle told reporters.")
    got = speakers(text)
    assert got and all(s == "Karen Doyle" for _, s in got)


def test_a_spokesman_for_an_organisation_names_no_person_in_it() -> None:
    text = ("The protest was organised by Generation Thaw.\n\n"
            "Felix Amankwah, a spokesman for Generation Thaw, disputed the police account. "
            "He said protesters had opened a lane for ambulances.")
    assert speakers(text) == [("protesters had opened a lane for ambulances", "Felix Amankwah")]


def test_a_place_is_not_the_short_name_of_an_organisation_named_after_it() -> None:
    text = ("Judge Frances Lydgate jailed the driver for nine years.\n\n"
            "The judge, who has sat at Northgate for 15 years, said the footage was distressing. "
            "She said his guilty plea had earned him some credit.\n\n"
            "Slow Streets Northgate, a campaign group, said the council had ignored its requests.")
    assert ("his guilty plea had earned him some credit", "Frances Lydgate") in speakers(text)


def test_a_person_introduced_in_the_paragraph_before_is_the_new_voice() -> None:
    text = ("Felix Amankwah, a spokesman for the protesters, said they had opened a lane for ambulances.\n\n"
            "“We are not here to hurt anybody,” Amankwah said.\n\n"
            "Drivers were less sympathetic. Stelian Popa, 38, a delivery driver who said he had been stuck for three hours, was angry.\n\n"
            "“I've got a van full of parcels,” he said.")
    assert ("I've got a van full of parcels,", "Stelian Popa") in speakers(text)


def test_a_first_name_that_the_article_also_uses_as_a_word_is_no_clue() -> None:
    from index.speakers import SpeakerBook

    def sex(text: str) -> str:
        return next(e.gender for e in SpeakerBook(text)._ents.values() if e.name == "Rose Tyler")

    # "Rose" is a woman's name in the list; in an article where prices "rose" it is no clue.
    assert sex("Rose Tyler was the first witness. Nobody else was called.") == "f"
    assert sex("Rose Tyler was the first witness. Prices rose sharply.") == ""
    # The article's own pronoun outweighs the list either way.
    assert sex("Rose Tyler said he had seen the car.") == "m"
