"""Short answers over hand-written articles and the seed: each question type, exact spans, proposals, choose."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from qa.corpus import Corpus
from qa.intent import parse_intent
from qa.short_answer import ShortAnswer, choose, question_type, short_answer
from qa.short_rules import without_sources
from tests.conftest import build_seed_corpus, write

ARTICLES = {
    "chips.txt": (
        "Chipmaker results beat forecasts\n\n"
        "Nvidia reported record quarterly revenue on Wednesday, driven by demand for its data-centre chips. "
        "The chipmaker said revenue from artificial intelligence processors tripled from a year earlier."
    ),
    "chips2.txt": (
        "AI boom lifts chip stocks\n\n"
        "Shares of Nvidia rose after the company said demand for its artificial intelligence processors kept growing. "
        "Analysts said data-centre chips remain in short supply."
    ),
    "fine.txt": (
        "Regulator fines carmaker\n\n"
        "The competition authority fined Volkora Motors 405 million euros for fixing the prices of spare parts. "
        "The fine was announced in Brussels on March 14, 2023."
    ),
    "ceo.txt": (
        "Bank names new chief executive\n\n"
        "The board of Harlan Bank appointed Maria Okafor as chief executive on Monday. "
        "Okafor previously ran the bank's retail division in Lagos."
    ),
    "bridge.txt": (
        "Bridge reopens after repairs\n\n"
        "The Sabdale bridge reopened to traffic in Tarnow after two years of repairs. "
        "Engineers said the bridge would not need further closures this decade."
    ),
}


def _corpus_of(tmp_path_factory: pytest.TempPathFactory, minilm, articles: dict[str, str], name: str) -> Iterator[Corpus]:  # type: ignore[no-untyped-def]
    """An index of the seed plus `articles` (file name -> text), closed after the module."""
    d = tmp_path_factory.mktemp(name)
    for fname, text in articles.items():
        write(d / "docs" / fname, text)
    c = build_seed_corpus(d / "idx", minilm, d / "docs")
    yield c
    c.close()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory, minilm) -> Iterator[Corpus]:  # type: ignore[no-untyped-def]
    yield from _corpus_of(tmp_path_factory, minilm, ARTICLES, "short")


def ask(corpus: Corpus, question: str, **kw: object) -> ShortAnswer | None:
    return short_answer(question, corpus.search(question, k=6), corpus.embedder, **kw)  # type: ignore[arg-type]


def assert_exact(corpus: Corpus, sa: ShortAnswer) -> None:
    assert sa.evidence
    for ev in sa.evidence:
        art = corpus.store.get_article(ev.article_id)
        assert art is not None and art.text[ev.start : ev.end] == ev.quote
        if ev.span_start is not None:
            assert ev.start <= ev.span_start < ev.span_end <= ev.end  # type: ignore[operator]
    first = sa.evidence[0]
    if sa.qtype not in ("yesno", "choice"):
        art = corpus.store.get_article(first.article_id)
        assert art is not None and art.text[first.span_start : first.span_end] == sa.text


@pytest.mark.parametrize(
    ("question", "qtype"),
    [
        ("Who was appointed chief executive of Harlan Bank?", "person"),
        ("Which company reported record quarterly revenue?", "organisation"),
        ("How much was Volkora Motors fined?", "number"),
        ("When was the fine announced?", "date"),
        ("Where did the Sabdale bridge reopen?", "place"),
        ("Did Nvidia report record revenue?", "yesno"),
        ("Between the report on Nvidia and the report on chip stocks, was the coverage consistent?", "yesno"),
        ("Which of Nvidia or Volkora Motors reported record revenue?", "choice"),
        # hostile3 (a blind suite): quantities asked without "how many"
        ("What did the Vesellan desalination plant cost to build?", "number"),
        ("By what margin did the councillors back the merger?", "number"),
        ("What was the inflation rate in Kelwick in the latest figures?", "number"),
        ("How strong were the gusts when the storm hit?", "number"),
        ("What did the report say about cost?", "entity"),
        ("What is the lead story?", "entity"),
    ],
)
def test_question_type(question: str, qtype: str) -> None:
    assert question_type(question) == qtype


def test_which_company(corpus: Corpus) -> None:
    sa = ask(corpus, "Which company reported record quarterly revenue driven by data-centre chips and demand for AI processors?")
    assert sa is not None and sa.text == "Nvidia" and sa.qtype == "organisation"
    assert_exact(corpus, sa)
    assert len({e.article_id for e in sa.evidence}) == 2  # both Nvidia articles support it


def test_who(corpus: Corpus) -> None:
    sa = ask(corpus, "Who did the board of Harlan Bank appoint as chief executive?")
    assert sa is not None and sa.text == "Maria Okafor" and sa.qtype == "person"
    assert_exact(corpus, sa)


def test_how_much_keeps_the_unit(corpus: Corpus) -> None:
    sa = ask(corpus, "How much did the competition authority fine Volkora Motors for fixing spare parts prices?")
    assert sa is not None and sa.text == "405 million euros"
    assert_exact(corpus, sa)


def test_when(corpus: Corpus) -> None:
    sa = ask(corpus, "When was the fine on Volkora Motors announced in Brussels?")
    assert sa is not None and sa.text == "March 14, 2023"
    assert_exact(corpus, sa)


def test_when_on_the_seed(corpus: Corpus) -> None:
    sa = ask(corpus, "When is the NATO summit?")
    assert sa is not None and sa.text == "Dec. 3-4"
    assert_exact(corpus, sa)


def test_where(corpus: Corpus) -> None:
    sa = ask(corpus, "Where did the Sabdale bridge reopen to traffic after repairs?")
    assert sa is not None and sa.text == "Tarnow"
    assert_exact(corpus, sa)


def test_yes_from_two_supported_claims(corpus: Corpus) -> None:
    q = ("Did the report say Nvidia reported record quarterly revenue driven by data-centre chips, "
         "while the other report says shares of Nvidia rose after demand for artificial intelligence processors kept growing?")
    sa = ask(corpus, q)
    assert sa is not None and sa.text == "Yes" and sa.qtype == "yesno"
    assert "claim 1" in sa.basis and "claim 2" in sa.basis
    assert len(sa.evidence) == 2
    assert_exact(corpus, sa)


def test_no_from_a_contradicting_quote(corpus: Corpus) -> None:
    sa = ask(corpus, "Did engineers say the Sabdale bridge would need further closures this decade?")
    assert sa is not None and sa.text == "No"
    assert "contradicted" in sa.basis
    assert_exact(corpus, sa)


def test_unsupported_yes_no_gets_no_answer(corpus: Corpus) -> None:
    assert ask(corpus, "Did the Ulmora ferry company announce a merger with an airline in Oslo?") is None


def test_comparison_between_reports(corpus: Corpus) -> None:
    q = ("Between the report on Nvidia's record quarterly revenue from data-centre chips and the report on shares of Nvidia "
         "rising on demand for artificial intelligence processors, was the coverage consistent?")
    sa = ask(corpus, q)
    assert sa is not None and sa.text == "Yes" and sa.basis


def test_proposal_accepted_only_when_quoted(corpus: Corpus) -> None:
    q = "Which company reported record quarterly revenue driven by data-centre chips and demand for AI processors?"
    sa = ask(corpus, q, proposal="nvidia")
    assert sa is not None and sa.text == "Nvidia"  # the article's spelling, not the model's
    assert_exact(corpus, sa)
    dropped = ask(corpus, q, proposal="Intel")
    assert dropped is None or dropped.text != "Intel"


def test_choose_supported_option(corpus: Corpus) -> None:
    q = "Which company reported record quarterly revenue driven by data-centre chips?"
    res = choose(q, ["Volkora Motors", "Nvidia", "Harlan Bank"], corpus.search(q, k=6), corpus.embedder)
    assert res.best == "Nvidia"
    scores = {c.option: c.score for c in res.choices}
    assert scores["Nvidia"] > scores["Volkora Motors"] and scores["Nvidia"] > scores["Harlan Bank"]
    best = next(c for c in res.choices if c.option == "Nvidia")
    for ev in best.evidence:
        art = corpus.store.get_article(ev.article_id)
        assert art is not None and art.text[ev.start : ev.end] == ev.quote


def test_choose_none_supported(corpus: Corpus) -> None:
    q = "Which company reported record quarterly revenue driven by data-centre chips?"
    res = choose(q, ["Zentrix", "Ulmora Ferries", "Quillon Labs"], corpus.search(q, k=6), corpus.embedder)
    assert res.best is None
    assert len(res.choices) == 3 and all(c.score == 0 for c in res.choices)


def test_no_hits_no_answer(hash_embedder, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert short_answer("Who won?", [], hash_embedder) is None
    assert choose("Who won?", ["A", "B"], [], hash_embedder).best is None


NVIDIA_REPORTS = ("Between the report on Nvidia's record quarterly revenue from data-centre chips and the report on shares of Nvidia "
                  "rising on demand for artificial intelligence processors, ")


def test_no_from_an_opposite_word(corpus: Corpus) -> None:
    sa = ask(corpus, "Did the report say shares of Nvidia fell after the company said demand for its artificial intelligence processors kept growing?")
    assert sa is not None and sa.text == "No"
    assert "contradicted" in sa.basis and "'fell'" in sa.basis and "'rose'" in sa.basis
    assert_exact(corpus, sa)


def test_no_from_a_negated_claim(corpus: Corpus) -> None:
    q = ("Did the report say Nvidia reported record quarterly revenue driven by data-centre chips, while the other report says "
         "shares of Nvidia did not rise after demand for artificial intelligence processors kept growing?")
    sa = ask(corpus, q)
    assert sa is not None and sa.text == "No" and "claim 2" in sa.basis and "negates" in sa.basis


@pytest.mark.parametrize(
    ("asked", "expected", "basis"),
    [
        ("was the coverage consistent?", "Yes", "claim 2 supported"),
        ("was there inconsistency in the coverage?", "No", "no inconsistency shown"),
        ("was there a change in the coverage?", "Yes", "reporting different facts"),
        ("was there no change in the coverage?", "No", "reporting different facts"),
    ],
)
def test_the_asked_relation_decides(corpus: Corpus, asked: str, expected: str, basis: str) -> None:
    sa = ask(corpus, NVIDIA_REPORTS + asked)
    assert sa is not None and sa.text == expected and basis in sa.basis
    assert len(sa.evidence) == 2 and len({ev.article_id for ev in sa.evidence}) == 2
    assert_exact(corpus, sa)


def test_before_from_the_dates_the_question_gives(corpus: Corpus) -> None:
    q = ("Was Nvidia's record quarterly revenue from data-centre chips reported on October 5, 2023, before the report on shares of "
         "Nvidia rising on demand for artificial intelligence processors published on September 1, 2023?")
    sa = ask(corpus, q)
    assert sa is not None and sa.text == "No"
    assert sa.basis.startswith("first dated 2023-10-05, second dated 2023-09-01: second is earlier")


def test_before_without_dates_is_not_guessed(corpus: Corpus) -> None:
    # The hand-written articles carry no publication date: no basis for "before".
    q = ("Was Nvidia's record quarterly revenue from data-centre chips reported before the report on shares of "
         "Nvidia rising on demand for artificial intelligence processors?")
    assert ask(corpus, q) is None


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Who is the individual, as reported by both The Verge and TechCrunch, accused of fraud?", "Who is the individual, accused of fraud?"),
        ("Does the 'Fortune' article suggest that rates rose?", "Does article suggest that rates rose?"),
        ("Which company, according to articles from TechCrunch and The Age, paid billions?", "Which company, paid billions?"),
        ("Does the article from Cnbc | World Business News Leader claim that X rose?", "Does claim that X rose?"),
        ("Does 'The Roar | Sports Writers Blog' suggest that the All Blacks won?", "Does suggest that the All Blacks won?"),
        ("Who founded Nvidia?", "Who founded Nvidia?"),
    ],
)
def test_without_sources(question: str, expected: str) -> None:
    assert without_sources(question) == expected


def test_a_report_claim_is_yes_no_not_a_speakers_words() -> None:
    assert parse_intent("Does the TechCrunch article claim that Google harms publishers?").kind == "yesno"
    assert parse_intent("Does the 'Fortune' report state that rates rose?").kind == "yesno"
    said = parse_intent("Did Kalın say that the S-400 would not be integrated?")
    assert said.kind == "said" and said.speaker == "Kalın"


def test_which_question_with_a_framing_comma() -> None:
    assert question_type("In which game, covered by Polygon, can you smash things with a Barbarian build?") == "entity"
    assert question_type("Between the report A and report B, was the coverage consistent?") == "yesno"


# --- a role or a passive verb ties a name to the question; a count ties to what is counted ------------

def test_counted_noun_is_the_head_before_its_qualifiers() -> None:
    from qa.short_rules import counted_noun

    assert counted_noun("How many specimens of the Hollin frog were found?") == {"specimen"}
    assert counted_noun("How many new jobs did the plant create?") == {"job"}
    assert counted_noun("Who founded the firm?") == frozenset()


def test_role_or_passive_verb_binds_a_name() -> None:
    from qa.short_rules import Span, bound_to_question

    s = "Harbour master Petra Lind said the ferries would run again on Friday."
    span = Span(s.index("Petra"), s.index("Petra") + len("Petra Lind"), "Petra Lind", "name")
    assert bound_to_question("Who is the harbour master of Ostwick?", s, span)
    assert not bound_to_question("Who is the mayor of Ostwick?", s, span)
    s2 = "The survey was led by ecologist Tomas Berg in the spring."
    span2 = Span(s2.index("Tomas"), s2.index("Tomas") + len("Tomas Berg"), "Tomas Berg", "name")
    assert bound_to_question("Who led the survey?", s2, span2)
    assert not bound_to_question("Who funded the survey?", s2, span2)


def test_answers_from_a_sentence_that_does_not_repeat_the_subject(tmp_path: Path, minilm) -> None:  # type: ignore[no-untyped-def]
    path = write(tmp_path / "arts" / "ferry.txt",
                 "Ostwick ferries resume after storm\n\n"
                 "Ferries between Ostwick and the islands will resume on Friday after a week of storms, the port said.\n\n"
                 "Harbour master Petra Lind said crews had checked 14 piers since Monday.\n\n"
                 "The storm damaged 3 boats at the Ostwick quay.")
    other = write(tmp_path / "arts" / "tram.txt",
                  "Brindle tram line opens\n\n"
                  "The Brindle tram line opened on Monday with 12 stops.\n\n"
                  "Project manager Omar Haddad said 40 drivers had been trained.")
    corpus = build_seed_corpus(tmp_path / "idx", minilm, path, other)
    try:
        hits = corpus.search("Who is the harbour master of the Ostwick island ferries?", k=6)
        who = short_answer("Who is the harbour master of the Ostwick island ferries?", hits, corpus.embedder)
        assert who is not None and who.text == "Petra Lind"
        q = "How many piers were checked in Ostwick?"
        many = short_answer(q, corpus.search(q, k=6), corpus.embedder)
        assert many is not None and many.text == "14 piers"  # not "3 boats": they count something else
    finally:
        corpus.close()


# --- factoid questions whose words the answering sentence does not repeat ------------------------------

def test_counted_noun_ends_at_its_plural_head() -> None:
    from qa.short_rules import counted_noun

    assert counted_noun("How many runners started the Brisk marathon?") == {"runner"}  # not "marathon"
    assert counted_noun("How many firefighters fought the blaze?") == {"firefight"}
    assert counted_noun("How many of the bus lines are free?") == {"line"}


def test_which_role_and_a_passive_with_words_between() -> None:
    from index.lexical import tokenize
    from qa.short_rules import bound_to_question, name_spans, trim_asked

    q = "Which judge sentenced the former club treasurer?"
    s = "Judge Ines Varga said Holt had betrayed the members' trust."
    spans = {sp.text: trim_asked(set(tokenize(q)), sp, s) for sp in name_spans(s)}
    assert spans["Judge Ines Varga"].text == "Ines Varga"  # the question's own word is not the answer
    assert bound_to_question(q, s, spans["Judge Ines Varga"])
    assert not bound_to_question(q, s, spans["Holt"])  # the role names Varga, not a later name
    s2 = 'The canvas, titled "Low Water", was painted in 1931 by the local artist Edda Rusk.'
    span = next(sp for sp in name_spans(s2) if sp.text == "Edda Rusk")
    assert bound_to_question("Who painted the canvas bought by the museum?", s2, span)
    assert not bound_to_question("Who bought the canvas?", s2, span)


def test_numbers_tied_by_money_word_unit_or_quantity() -> None:
    from qa.short_rules import measure_asked, number_fit, number_spans, number_tied

    def spans(q: str, s: str) -> dict[str, tuple[float, str]]:
        return {sp.text: (f := number_fit(q, sp, s, 0.5))[0:1] + (f[1].text,) for sp in number_spans(s)}  # type: ignore[misc]

    assert number_tied("How much was invested in the plant?", number_spans("The investment of 90 million euros came from a grant.")[0],
                       "The investment of 90 million euros came from a grant.")
    s = "Reyes, 44, will start in May on a 3-year contract."
    tied = [sp.text for sp in number_spans(s) if number_tied("How long is the new coach's contract?", sp, s)]
    assert tied == ["3"]
    s = "Crews ended their 9-day strike after a pay rise of 4 percent was agreed."
    assert [sp.text for sp in number_spans(s) if number_tied("What pay rise did the crews get?", sp, s)] == ["4 percent"]
    # "How long" wants time or length: a sum of money or a bare count answers neither.
    got = spans("How long was the treasurer jailed for?", "Bell was jailed for 6 years for taking 90,000 euros.")
    assert got["6 years"][0] == 1.0 and got["90,000 euros"][0] < 0.5
    assert measure_asked("At what altitude did the climbers turn back?") == ("length",)
    assert measure_asked("By how much will the tunnel cut the journey time?") == ("time",)
    assert measure_asked("How much did it cost?") == ()


@pytest.mark.parametrize(("question", "qtype"), [
    ("What pay rise will the crews receive?", "number"),
    ("What fine do offenders face under the ban?", "number"),
    ("At what altitude were the hikers caught?", "number"),
    ("To what level have the reservoirs fallen?", "number"),
    ("What is the capacity of the wind farm?", "number"),  # "what is the <noun>" asks for it too
    ("What is the name of the wind farm?", "entity"),
])
def test_quantity_nouns_ask_for_a_number(question: str, qtype: str) -> None:
    assert question_type(question) == qtype


LOOKALIKES = {
    # Three ferry stories of one shape: only the place and the people differ.
    place: (f"{place} ferry crews end strike\n\n"
            f"Ferries between {place} and the islands ran again on Saturday after crews ended a strike over pay. "
            f"The operator, {place} Island Lines, said a full timetable would run from Monday.\n\n"
            f"Chief executive {ceo} said the strike had cost about {cost} million euros. "
            f"The company, founded in {year} with two boats, now runs nine.")
    for place, ceo, cost, year in [("Varnholm", "Agnes Lidell", 3, 1921), ("Kestrup", "Mikael Rost", 5, 1948),
                                   ("Oddby", "Sanna Ekholt", 2, 1966)]
}


@pytest.fixture(scope="module")
def lookalikes(tmp_path_factory: pytest.TempPathFactory, minilm) -> Iterator[Corpus]:  # type: ignore[no-untyped-def]
    yield from _corpus_of(tmp_path_factory, minilm, {f"{place}.txt": text for place, text in LOOKALIKES.items()}, "lookalike")


def test_a_name_every_lookalike_shares_picks_no_story(lookalikes: Corpus) -> None:
    from qa.answer import articles_naming
    from qa.verify import key_terms

    q = "Who is the chief executive of Kestrup Island Lines?"
    hits = lookalikes.search(q, k=6)
    def titles(named: set[str]) -> set[str]:
        return {h.chunk.title for h in hits if h.chunk.article_id in named}

    assert titles(articles_naming(hits, key_terms(q), match="most")) == {"Kestrup ferry crews end strike"}
    assert len(titles(articles_naming(hits, key_terms(q)))) == 3  # any name: "Island Lines" is in all three


def test_lookalike_stories_answer_for_the_one_named(lookalikes: Corpus) -> None:
    from qa.assistant import Assistant

    a = Assistant(lookalikes, None)
    ceo = a.ask("Who is the chief executive of Kestrup Island Lines?")
    assert ceo.short == "Mikael Rost" and "Mikael Rost" in ceo.text
    assert {c.title for c in ceo.citations} == {"Kestrup ferry crews end strike"}
    cost = a.ask("How much did the strike cost the Oddby operator?")
    assert cost.short == "2 million euros"
    assert "disagree" not in cost.text  # the other places' costs are other strikes, not a contradiction
    year = a.ask("When was the Varnholm ferry company founded?")
    assert "1921" in year.text and "1948" not in year.text


def test_question_tense() -> None:
    from qa.said import question_tense

    assert question_tense("When does the new mayor take office?") == "future"
    assert question_tense("When are the theft suspects due in court?") == "future"
    assert question_tense("When was the chain founded?") == "past"
    assert question_tense("When is the summit?") is None


def test_possessive_names_the_place_not_an_s() -> None:
    from qa.verify import key_terms

    assert key_terms("When does Varnholt's new mayor take office?") == {"varnholt"}


STORIES = {
    "mayor.txt": ("Holm wins Sarnby mayoral race\n\n"
                  "Greta Holm, a former teacher, was elected mayor of Sarnby on Sunday with 51 percent of the vote. "
                  "Turnout reached 61 percent, the highest since 1998.\n\n"
                  "Holm, 47, has promised to build 3,000 flats by 2030. She will be sworn in on 2 June, the city clerk said."),
    "rector.txt": ("Tarnwick university picks physicist as rector\n\n"
                   "The University of Tarnwick has elected physicist Halina Wojcik as its rector. "
                   "She will take office on 1 September for a four-year term."),
    "prize.txt": ("Debut novel wins the Ambervale Prize\n\n"
                  "A debut novel about lighthouse keepers has won the Ambervale Prize for Fiction. "
                  "The book by Noor Halvsen was chosen from a shortlist of six at a ceremony on Tuesday.\n\n"
                  "Halvsen receives 50,000 crowns and a translation into four languages. "
                  "The chair of judges, critic Amadou Fell, praised the book."),
    "cup.txt": ("Harbour United win the Coastal Cup\n\n"
                "Harbour United won the Coastal Cup on Saturday. "
                "The victory also earns the club a place in next season's qualifying rounds, worth at least 3 million euros in prize money."),
}


@pytest.fixture(scope="module")
def stories(tmp_path_factory: pytest.TempPathFactory, minilm) -> Iterator[Corpus]:  # type: ignore[no-untyped-def]
    yield from _corpus_of(tmp_path_factory, minilm, STORIES, "stories")


def test_when_reads_the_named_story_in_the_questions_tense(stories: Corpus) -> None:
    from qa.assistant import Assistant

    a = Assistant(stories, None)
    took = a.ask("When does Sarnby's new mayor take office?")
    assert "2 June" in took.text and "1 September" not in took.text  # not the other story's "take office"
    assert {c.title for c in took.citations} == {"Holm wins Sarnby mayoral race"}


def test_the_named_storys_sentence_holding_the_asked_amount_answers(stories: Corpus) -> None:
    from qa.assistant import Assistant

    money = Assistant(stories, None).ask("How much money does the Ambervale winner take home?")
    assert "50,000 crowns" in money.text and "3 million euros" not in money.text


def test_holds_asked_and_tied() -> None:
    from qa.short_rules import holds_asked

    q = "Who leads the Brannock dockers' union?"
    assert holds_asked(q, "Union leader Lena Moor said the strike would go on.", tied=True)
    # Two capitalised words are a name, but nothing ties a picture credit to the question.
    assert holds_asked(q, "Picture: Lena Moor/Wirephoto.")
    assert not holds_asked(q, "Picture: Lena Moor/Wirephoto.", tied=True)
    assert holds_asked("How much did the council spend?", "The council spent 4 million euros.", tied=True)
    assert not holds_asked("How much did the council spend?", "The council met 4 times.")
    assert not holds_asked("What did the mayor say?", "The mayor, Lena Moor, spoke.")


def test_a_dateline_is_no_answer_and_a_vote_is_one_figure() -> None:
    from qa.short_rules import name_spans, number_spans

    assert [s.text for s in name_spans("VESELLAN, February 19 (Harbour Wire) — A plant opened by Eamon Halloran.")] == ["Eamon Halloran"]
    assert [s.text for s in name_spans("WASHINGTON (Reuters) - Apple said on Monday.")] == ["Apple"]
    assert [s.text for s in name_spans("NASA said the Artemis launch slipped.")] == ["NASA", "Artemis"]  # no dash: no dateline
    assert [s.text for s in number_spans("Councillors voted 32 to 9 on Saturday.")] == ["32 to 9"]
    assert [s.text for s in number_spans("They won 3-1 at home.")] == ["3-1"]
    assert [s.text for s in number_spans("Prices rose from 5 to 7 percent.")] == ["5", "7 percent"]


def test_a_question_in_an_article_is_no_evidence(tmp_path: Path) -> None:
    text = ("Q: How many floors does the new Ardmere tower have?\n\n"
            "Builders placed the final beam on the Ardmere tower on Saturday, a 46-storey block of offices and flats.")
    write(tmp_path / "docs" / "tower.txt", "Ardmere tower tops out\n\n" + text)
    with Corpus.open(tmp_path / "idx", create=True) as corpus:
        corpus.ingest([tmp_path / "docs"])
        hits = corpus.search("How many floors does the new Ardmere tower have?", k=4)
        from qa.verify import asks, passage_quotes

        quotes = [q.text for q in passage_quotes(hits, pairs=False)]
        assert quotes and not any(asks(q) for q in quotes)
        assert any("46-storey" in q for q in quotes)
