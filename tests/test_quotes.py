"""Quotations at ingest: direct, indirect, mixed and continuation quotes, speakers resolved per article."""

from __future__ import annotations

import pytest

from index.articles import load_file
from index.names import fold, name_mentions, same_speaker, speaker_key
from index.quotes import Quotation, extract_quotations
from tests.conftest import SEEDS


@pytest.fixture(scope="module")
def seed() -> tuple[str, list[Quotation]]:
    [a] = load_file(next(SEEDS.glob("*.txt")))
    return a.text, extract_quotations(a.text, title=a.title)


def _find(quotes: list[Quotation], fragment: str) -> Quotation:
    hits = [q for q in quotes if fragment in q.text]
    assert hits, f"no quotation contains {fragment!r}: {[q.text for q in quotes]}"
    return hits[0]


def _check_spans(text: str, quotes: list[Quotation]) -> None:
    for q in quotes:
        assert text[q.start : q.end] == q.text
        assert q.sentence_start <= q.start and q.end <= q.sentence_end
        if q.mention_start >= 0:
            assert text[q.mention_start : q.mention_end] == q.mention
        assert q.speaker_key == speaker_key(q.speaker)
        assert q.kind in ("direct", "indirect", "mixed")


def test_seed_spans_are_exact(seed: tuple[str, list[Quotation]]) -> None:
    text, quotes = seed
    _check_spans(text, quotes)
    assert len(quotes) >= 8


def test_seed_kalin_direct_quotes(seed: tuple[str, list[Quotation]]) -> None:
    text, quotes = seed
    # Both sentences sit inside one pair of quote marks, attributed to "the presidential spokesman".
    q = _find(quotes, "We believe that the S-400s will not pose any threat to the F-35 program.")
    assert "We do not want the F-35 program to be jeopardized by anything" in q.text
    assert q.text.endswith("jeopardized by anything,")  # marks excluded, the comma inside them kept
    assert (q.kind, q.speaker, q.mention, q.cue) == ("direct", "İbrahim Kalın", "the presidential spokesman", "said")
    assert q.role == "Turkish Presidential Spokesman"
    assert text[q.sentence_start : q.sentence_end].endswith("the presidential spokesman said.")
    mandated = _find(quotes, "I’ve been mandated to follow this")
    assert (mandated.speaker, mandated.mention) == ("İbrahim Kalın", "Kalın")


def test_seed_pompeo_quotes_and_seed_odd_closing_marks(seed: tuple[str, list[Quotation]]) -> None:
    _, quotes = seed
    q = _find(quotes, "We’re still talking to the Turks.")
    assert (q.kind, q.speaker, q.role) == ("direct", "Mike Pompeo", "U.S. Secretary of State")
    assert q.text.endswith("through this thing,")  # closed by two apostrophes ’’
    adding = _find(quotes, "we have made very clear to the Turkish Government")
    assert (adding.speaker, adding.cue) == ("Mike Pompeo", "adding")
    assert adding.text.endswith("the S-400 weapon system")
    indirect = _find(quotes, "Washington remained concerned")
    assert (indirect.kind, indirect.speaker) == ("indirect", "Mike Pompeo")
    assert indirect.text.startswith("Washington remained")  # "said that" left out


def test_seed_indirect_speech(seed: tuple[str, list[Quotation]]) -> None:
    _, quotes = seed
    nato = _find(quotes, "would not be integrated into NATO systems")
    assert (nato.kind, nato.speaker, nato.mention) == ("indirect", "İbrahim Kalın", "Kalın")
    assert nato.text == "The S-400 would be operated as a stand-alone platform and would not be integrated into NATO systems"
    first = _find(quotes, "Russian S-400 missile system would not pose any threat")
    assert first.text.startswith("the country’s")
    assert first.mention == "Turkish Presidential Spokesman İbrahim Kalın"
    # "Anadolu news agency quoted Kalın as saying": the speaker is Kalın, not the agency.
    quoted = _find(quotes, "could be proved by a detailed technical study")
    assert (quoted.speaker, quoted.cue, quoted.mention) == ("İbrahim Kalın", "quoted as saying", "Kalın")
    # "Washington maintains the system is ...": a stated position, reported like speech (a finite clause follows).
    maintains = _find(quotes, "not compatible with that of NATO")
    assert (maintains.kind, maintains.speaker, maintains.cue) == ("indirect", "Washington", "maintains")
    assert maintains.text.startswith("the system is")


def test_split_quote_around_attribution() -> None:
    text = "“The results are encouraging,” she said, “but we still have a long way to go.” Dr. Amara Okafor leads the trial."
    text = "Dr. Amara Okafor, the lead researcher, presented the data on Monday. " + text
    quotes = extract_quotations(text)
    _check_spans(text, quotes)
    a = _find(quotes, "The results are encouraging")
    b = _find(quotes, "but we still have a long way to go.")
    assert a.speaker == b.speaker == "Amara Okafor"
    assert a.kind == b.kind == "direct"


def test_attribution_before_and_said_name_appositive() -> None:
    text = (
        'Prime Minister Keir Starmer said: "We will not be rushed into a bad deal." '
        '"Talks are continuing," said Jonathan Reynolds, the business secretary.'
    )
    quotes = extract_quotations(text)
    _check_spans(text, quotes)
    assert _find(quotes, "We will not be rushed").speaker == "Keir Starmer"
    r = _find(quotes, "Talks are continuing")
    assert (r.speaker, r.role, r.cue) == ("Jonathan Reynolds", "the business secretary", "said")


def test_continuation_paragraph_and_pronoun() -> None:
    text = (
        "Chief Executive Sarah Lindqvist spoke to analysts on Thursday.\n\n"
        "“Demand in Europe has recovered faster than we expected,” Lindqvist said.\n\n"
        "“We are hiring again, and we expect margins to improve through the second half of the year.”\n\n"
        "She added that the company would open two plants in Poland next year."
    )
    quotes = extract_quotations(text)
    _check_spans(text, quotes)
    cont = _find(quotes, "We are hiring again")
    assert (cont.speaker, cont.mention_start, cont.mention_end, cont.kind) == ("Sarah Lindqvist", -1, -1, "direct")
    she = _find(quotes, "would open two plants in Poland")
    assert (she.kind, she.speaker, she.mention, she.cue) == ("indirect", "Sarah Lindqvist", "She", "added")


def test_according_to_both_positions() -> None:
    text = (
        "According to the Irish Data Protection Commission, the company failed to protect users' data. "
        "The regulator imposed a record fine of 1.2 billion euros, according to two people familiar with the matter. "
        "Prices rose 4 percent in May, according to data from the statistics office."
    )
    quotes = extract_quotations(text)
    _check_spans(text, quotes)
    first = _find(quotes, "the company failed to protect")
    assert (first.cue, first.kind) == ("according to", "indirect")
    assert same_speaker(first.speaker, "Irish Data Protection Commission")
    second = _find(quotes, "imposed a record fine")
    assert second.speaker == "two people familiar with the matter"
    assert not [q for q in quotes if "Prices rose" in q.text]  # data, not speech


def test_role_noun_and_organisation_speakers() -> None:
    text = (
        "Meta Platforms said in a statement on Wednesday that it would appeal the ruling. "
        "The company said the fine was “unjustified and disproportionate”.\n\n"
        "Turkish Foreign Minister Mevlüt Çavuşoğlu told reporters in Ankara that Turkey would respond. "
        "The minister said the sanctions were unlawful."
    )
    quotes = extract_quotations(text)
    _check_spans(text, quotes)
    meta = _find(quotes, "it would appeal the ruling")
    assert (meta.speaker, meta.kind) == ("Meta Platforms", "indirect")
    assert meta.text.startswith("it would")  # "in a statement on Wednesday that" is attribution
    mixed = _find(quotes, "unjustified and disproportionate")
    assert (mixed.kind, mixed.speaker, mixed.mention) == ("mixed", "Meta Platforms", "The company")
    told = _find(quotes, "Turkey would respond")
    assert (told.cue, told.speaker, told.role) == ("told reporters", "Mevlüt Çavuşoğlu", "Turkish Foreign Minister")
    assert _find(quotes, "sanctions were unlawful").speaker == "Mevlüt Çavuşoğlu"


def test_unnamed_spokesperson_and_quoted_as_saying() -> None:
    text = (
        "“We are reviewing the report,” a company spokesperson said.\n\n"
        "The Kyiv Independent quoted Oleksandr Kamyshin as saying the line would reopen within days."
    )
    quotes = extract_quotations(text)
    _check_spans(text, quotes)
    assert _find(quotes, "We are reviewing the report").speaker == "a company spokesperson"
    q = _find(quotes, "the line would reopen within days")
    assert (q.speaker, q.cue, q.kind) == ("Oleksandr Kamyshin", "quoted as saying", "indirect")


def test_scare_quotes_and_titles_are_not_quotations() -> None:
    text = (
        "Critics call the plan a “wake-up call” for the industry. The so-called 'digital euro' remains in doubt. "
        "The film “Killers of the Flower Moon” opened on Friday. Sales of “smart” speakers fell."
    )
    assert extract_quotations(text) == []


def test_fold_and_keys() -> None:
    assert fold("İbrahim Kalın") == "ibrahim kalin"
    assert fold("Erdoğan") == fold("Erdogan") == "erdogan"
    assert fold("Søren Straße Łukasz") == "soren strasse lukasz"
    assert fold("O’Brien") == "o'brien"
    assert speaker_key("Mr. Ibrahim Kalin") == speaker_key("İbrahim Kalın") == "ibrahim kalin"
    assert speaker_key("Jean‑Luc Mélenchon") == speaker_key("Jean-Luc Melenchon")


def test_same_speaker() -> None:
    assert same_speaker("İbrahim Kalın", "Ibrahim Kalin")
    assert same_speaker("İbrahim Kalın", "Kalin")
    assert same_speaker("Kalın", "Ibrahim Kalin")
    assert same_speaker("Recep Tayyip Erdoğan", "Erdogan")
    assert not same_speaker("İbrahim Kalın", "Mike Pompeo")
    assert not same_speaker("Kalın", "Pompeo")
    assert not same_speaker("Ibrahim Kalin", "Ibrahim Pompeo")
    assert not same_speaker("", "Kalın")


def test_name_mentions() -> None:
    assert name_mentions("What did Kalın say about the F-35?") == ["Kalın"]
    assert name_mentions("What did Erdoğan and O'Brien say?") == ["Erdoğan", "O'Brien"]
    assert name_mentions("Did Jean-Luc Mélenchon's party win?") == ["Jean-Luc Mélenchon"]
    assert name_mentions("what did ursula say") == []
    assert name_mentions("What did Ursula von der Leyen say?") == ["Ursula von der Leyen"]


def test_dateline_organisation_and_named_spokesperson() -> None:
    text = (
        'WASHINGTON (Reuters) - The White House on Monday said it was "deeply concerned" about the reports.\n\n'
        'In a statement, the White House said: "We are monitoring the situation closely."\n\n'
        "“There was no attempt to remove him,” said an Anthropic spokesperson, Sally Aldous.\n\n"
        "Ankara, Washington to discuss Russian S-400 issue next week, says Kalın"
    )
    quotes = extract_quotations(text)
    _check_spans(text, quotes)
    mixed = _find(quotes, "deeply concerned")
    assert (mixed.kind, mixed.text) == ("mixed", 'it was "deeply concerned" about the reports')
    assert same_speaker(mixed.speaker, "The White House")
    assert same_speaker(_find(quotes, "We are monitoring").speaker, "White House")
    assert _find(quotes, "There was no attempt").speaker == "Sally Aldous"
    headline = _find(quotes, "to discuss Russian S-400 issue")
    assert (headline.text, headline.speaker, headline.cue) == ("Ankara, Washington to discuss Russian S-400 issue next week", "Kalın", "says")


def test_same_speaker_multi_token_suffix_and_roles() -> None:
    assert same_speaker("Bankman-Fried", "Sam Bankman-Fried")
    assert same_speaker("Local MP Tom Brennan", "Tom Brennan")
    assert same_speaker("Dr Ines Varga", "Ines Varga")
    assert not same_speaker("Fried", "Sam Bankman-Fried")  # a hyphenated surname is one word
    assert not same_speaker("Tom Brennan", "Tom Hale")


def test_pronoun_prefers_person_named_in_paragraph_and_skips_names_inside_the_report() -> None:
    text = (
        "“Prices will rise,” said Ana Ruiz, the trade minister.\n\n"
        "Coach Peter Lang was angry. “We should have won,” he said.\n\n"
        "It was Lang's decision, she said, as the coach was in charge of selection."
    )
    quotes = extract_quotations(text, title="Lang under fire")
    _check_spans(text, quotes)
    assert _find(quotes, "We should have won").speaker == "Peter Lang"
    first = _find(quotes, "It was Lang")
    assert (first.text, first.speaker) == ("It was Lang's decision", "Ana Ruiz")  # not the man the clause is about
    rest = _find(quotes, "the coach was in charge")
    assert (rest.kind, rest.speaker) == ("indirect", "Ana Ruiz")  # the report goes on after the attribution


def test_role_nouns_age_possessive_and_plural() -> None:
    text = (
        "Substitute Kemi Adeyemi scored in the 89th minute. \"I just tried to keep it low,\" the 19-year-old said.\n\n"
        "His mother said she had been \"in tears\" in the stands.\n\n"
        "The benefit was strongest among older players, the authors wrote."
    )
    quotes = extract_quotations(text)
    _check_spans(text, quotes)
    assert _find(quotes, "keep it low").speaker == "Kemi Adeyemi"
    assert _find(quotes, "in tears").speaker == "His mother"
    assert _find(quotes, "strongest among older").speaker == "the authors"


def test_dash_appositive_calling_and_adding() -> None:
    text = (
        "In a memo, chief executive Laura Chen – who founded the firm in 2009 – wrote: “This is the hardest decision.”\n\n"
        "The Software Workers Union called the layoffs “a betrayal” and said it would seek urgent talks.\n\n"
        "Councillor Ruth Abbott walked out, calling the scheme “a monument to short-term thinking”.\n\n"
        "The firm would keep hiring engineers, she said, adding: “We are not standing still.”\n\n"
        "Under Musk, Twitter — now called X — has prioritized “free speech” for years."
    )
    quotes = extract_quotations(text)
    _check_spans(text, quotes)
    assert (_find(quotes, "hardest decision").speaker, _find(quotes, "hardest decision").cue) == ("Laura Chen", "wrote")
    betrayal = _find(quotes, "a betrayal")
    assert (betrayal.kind, betrayal.cue, betrayal.speaker) == ("direct", "called", "Software Workers Union")
    talks = _find(quotes, "it would seek urgent talks")
    assert (talks.kind, talks.speaker) == ("indirect", "Software Workers Union")
    assert (_find(quotes, "a monument").speaker, _find(quotes, "a monument").cue) == ("Ruth Abbott", "calling")
    adding = _find(quotes, "We are not standing still.")
    assert adding.cue == "adding"
    assert not [q for q in quotes if "free speech" in q.text]  # a name given to a thing, not a quotation


def test_deep_speaker_mid_sentence_cues_and_non_speech() -> None:
    text = (
        "A report from journalist Aisha Karim at the Ledger indicated that two teams had been disbanded.\n\n"
        "Apple has already indicated that it plans to appeal.\n\n"
        "The harbour authority countered that it had held 14 public meetings.\n\n"
        "Before the homestand, the team added some green paint to the batter’s eye.\n\n"
        "On Saturday, the league also said goodbye to a range of veteran players.\n\n"
        "He cut his emissions by about 90%, according to his math."
    )
    quotes = extract_quotations(text)
    _check_spans(text, quotes)
    assert _find(quotes, "two teams had been disbanded").speaker == "Aisha Karim"
    assert (_find(quotes, "it plans to appeal").speaker, _find(quotes, "it plans to appeal").cue) == ("Apple", "indicated")
    assert _find(quotes, "14 public meetings").cue == "countered"
    assert not [q for q in quotes if "green paint" in q.text or "goodbye" in q.text or "emissions" in q.text]


def _only(text: str, title: str = "") -> list[Quotation]:
    quotes = extract_quotations(text, title=title)
    _check_spans(text, quotes)
    return quotes


def test_headline_colon_and_dash_attributions() -> None:
    [q] = _only("‘We will not back down’: union leader Maria Lopez vows to fight the cuts")
    assert (q.text, q.kind, q.speaker, q.cue) == ("We will not back down", "direct", "Maria Lopez", ":")
    [q] = _only("Arsenal and England star Bukayo Saka: ‘The hardest thing about moving? The weather’")
    assert q.speaker == "Bukayo Saka" and q.text.startswith("The hardest thing")
    [q] = _only("Robot startups see huge market in warehouses: 'We can sell millions of them'")
    assert q.speaker == "Robot startups" and q.kind == "direct"
    [q] = _only("“We sell more trucks to racing fans” – Ford Insider Reveals Sales Figures")
    assert q.cue == "–" and q.text == "We sell more trucks to racing fans"
    [q] = _only("NMPA: Generative AI is ‘the greatest risk to songwriters we have ever seen’")
    assert (q.kind, q.speaker) == ("mixed", "NMPA") and q.text.startswith("Generative AI is")
    [q] = _only("Sources: Acme in advanced talks to buy Widget Co for $2B")
    assert (q.kind, q.speaker) == ("indirect", "Sources")


def test_headline_lookalikes_are_not_quotations() -> None:
    # A quote with no speaker, a label before a colon, a scare-quoted word.
    assert _only("'They seemed primed to take over': How the Great Dying doomed the beast tooth") == []
    assert _only("‘Bleeds green and gold’: Ballsy career-saving call that delivered a record") == []
    assert _only("Tennis News: Kyrgios escalates beef with Becker, change ‘warrior’ Novak had to make") == []
    # "reveals" with a noun object, and "claim" after "to", report nothing.
    assert _only("McRae reveals hidden message he carried under the collar of his shirt") == []
    assert _only("Here's your chance to claim $500 in bonuses as a new user from the site.") == []


def test_bare_role_after_the_cue_is_the_speaker() -> None:
    [q] = _only("'Angels and demons do exist,' says exorcist priest")
    assert (q.kind, q.speaker) == ("direct", "exorcist priest")
    [q] = _only("Most teenagers use their phones during lessons, says study")
    assert (q.kind, q.speaker, q.text) == ("indirect", "study", "Most teenagers use their phones during lessons")
    [q] = _only("'We know more about the moon than the deep ocean,' says explorer Jon Copley")
    assert q.speaker == "Jon Copley"


def test_institution_is_not_the_nearest_place() -> None:
    [q] = _only("Port Ellery is a quiet harbour town. The city council said it would review the plan next month.")
    assert q.speaker.lower() == "the city council"
    text = "Port Ellery Town Council met on Monday. The council said it would publish the report in June."
    [q] = _only(text)
    assert q.speaker == "Port Ellery Town Council"


def test_acronym_resolves_to_the_spelled_out_name() -> None:
    text = "‘Right people in right roles’: QRU backs the review\n\nThe Queensland Rugby Union has long wanted a review."
    q = _only(text)[0]
    assert q.speaker == "Queensland Rugby Union"


def test_fragments_joined_by_and_share_the_speaker() -> None:
    quotes = _only("Consumer groups attacked the new fee, branding it ‘unfair’ and ‘illegal’.")
    assert [q.text for q in quotes] == ["unfair", "illegal"]
    assert {q.speaker for q in quotes} == {"Consumer groups"}


def test_report_before_a_quote_in_the_same_sentence() -> None:
    text = ("Chief executive Laura Chen spoke to staff on Friday. The company would keep investing in its tools, she said, "
            "adding: “We are smaller today, but we are not standing still.”")
    quotes = _only(text)
    report = _find(quotes, "keep investing")
    assert report.kind == "indirect" and report.speaker == "Laura Chen"
    assert _find(quotes, "not standing still").speaker == "Laura Chen"


def test_adverbial_between_cue_and_quote_is_no_report() -> None:
    [q] = _only("Mayor Ana Ruiz said in a statement on Tuesday: “We will rebuild the bridge.”")
    assert (q.kind, q.speaker, q.text) == ("direct", "Ana Ruiz", "We will rebuild the bridge.")


def test_low_high_quote_marks_and_interposed_attribution() -> None:
    [q] = _only("Chancellor Angela Merkel said: „We will manage this“")
    assert q.text == "We will manage this" and q.speaker == "Angela Merkel"
    [q] = _only("The company, according to two people familiar with the matter, plans to sell its chip unit next year.")
    assert q.kind == "indirect" and q.text == "plans to sell its chip unit next year"


def test_more_attribution_forms_around_a_quote() -> None:
    [q] = _only("“The plan is dead” — the minister said on Monday.")
    assert (q.text, q.speaker, q.cue) == ("The plan is dead", "the minister", "said")
    [q] = _only("Ruiz said of the plan: “It is a disgrace.”")
    assert (q.kind, q.text, q.speaker) == ("direct", "It is a disgrace.", "Ruiz")
    [q] = _only("“Our thoughts are with the families,” the statement reads.")
    assert q.speaker == "the statement" and q.cue == "reads"
    [q] = _only("“We will not move,” she told the BBC's Today programme.")
    assert q.cue == "told the BBC's Today programme"
    # The listener may carry a relative clause; that clause is no quotation of its own.
    [q] = _only("“We worry about our debt,” President Ana Cruz told members of the Business Council who visited the palace.")
    assert q.speaker == "Ana Cruz" and q.kind == "direct"


def test_headline_bare_subject_and_irregular_past() -> None:
    title = "Prosecutor who chased the estate for years says she was fired for her persistence"
    [q] = _only(title, title=title)
    assert q.kind == "indirect" and q.text == "she was fired for her persistence"
    assert q.speaker.startswith("Prosecutor who chased")
    quotes = _only("Tom Brennan backed the plan. It was the right decision, he said, though he understood the anger.")
    assert [q.text for q in quotes] == ["It was the right decision", "though he understood the anger"]
    assert {q.speaker for q in quotes} == {"Tom Brennan"}


def test_a_name_run_never_starts_inside_a_lower_case_word() -> None:
    """'taking Australia' holds no role 'king', 'freshman Cole Pennington' no 'man': a name run
    starts at a word's start (or a capital: 'iPhone' still gives 'Phone')."""
    from index.quote_rules import RE_NAME_RUN

    def runs(s: str) -> list[str]:
        return [m.group() for m in RE_NAME_RUN.finditer(s)]

    assert runs("The team is taking Australia by storm.") == ["The", "Australia"]
    assert runs("The ball goes to redshirt freshman Cole Pennington.") == ["The", "Cole Pennington"]
    assert runs("Kremlin spokesman Dmitry Peskov said so.") == ["Kremlin spokesman Dmitry Peskov"]
    assert runs("He bought an iPhone.") == ["He", "Phone"]
    quotes = extract_quotations("The ball went to redshirt freshman Cole Pennington. “We are ready,” he said.")
    assert [(q.speaker, q.role) for q in quotes] == [("Cole Pennington", None)]  # was role "man"
    quotes = extract_quotations("The crowd was taking Australia to heart. “We are ready,” the king said.")
    assert [q.speaker for q in quotes] == ["the king"]  # was Australia, role "king"


def test_a_headline_role_after_a_conjunction_is_the_body_person_with_that_role() -> None:
    """'Board delays vote as mayor warns ...': the mayor speaks (not 'Harbour board delays vote as
    mayor'), and the body says who the mayor is; a chairman named first is not the mayor."""
    title = "Harbour board delays vote as mayor warns of ‘a hard winter’"
    body = (title + "\n\nPORT ELLERY — The harbour board put off its vote on Monday. Its chairman, Paul Ames, said the"
            " delay was short.\n\nThe town's mayor, Jane Doe, told residents to expect “a hard winter” and said costs would rise.")
    head = [q for q in extract_quotations(body, title=title) if q.start < len(title)]
    assert [(q.speaker, q.mention) for q in head] == [("Jane Doe", "mayor")]


def test_a_title_gives_a_gender_and_an_indefinite_source_keeps_its_head() -> None:
    # "Mr Kale": Tom Kale is not "she", even as the nearest person with a role.
    text = ("Anna Berg was the first witness.\n\nThe defence lawyer, Tom Kale, pressed the witness. “I saw a man by the"
            " gate,” she said.\n\nThe judge told Mr Kale to move on.")
    assert "Tom Kale" not in [q.speaker for q in extract_quotations(text) if q.text.startswith("I saw")]
    # "A senior official in the finance ministry" is an official (a person), not a ministry: "the official" is that source.
    text = "A senior official in the finance ministry said the plan was “dead on arrival”. “It will not pass,” the official said."
    assert {q.speaker for q in extract_quotations(text)} == {"A senior official in the finance ministry"}
