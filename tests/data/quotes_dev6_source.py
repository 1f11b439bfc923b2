"""Eight long news articles written for this project as a development set (dev6) for the quotation extractor.

The articles are original text written for this project (fictional people, companies, clubs, countries and places in
the style of local papers, court reporters, sports desks, health and technology desks and wire copy); they are
released under the project's licence, or CC0 at your option. They were written and annotated by an annotator who
never read or ran the project's quotation extractor or speaker resolver (nothing under `qa/` or `index/`, no
`scripts/eval_quotes.py`), following the rules of `tests/data/README.md` ("### Annotation rules", the headline
conventions of the dev3/test2 section and the conventions of the quotes_long and quotes_dev5 sections). The set
stresses speaker resolution in long articles: several speakers of both genders, pronouns and role nouns far from the
name, people introduced by role before the name, shared surnames, a speaker addressing another person, organisations,
documents and anonymous sources speaking, and non-quotations (scare quotes, titles, findings, beliefs, questions,
"said to be").

- ARTICLES: dicts with doc_id, title (the headline; it is part of the document text), outlet, published, body
  (paragraphs separated by blank lines).
- QUOTES: doc_id -> annotations in document order, Q(span text, kind, speaker, cue, speaker mention, ...).
- NON_QUOTES: doc_id -> (snippet, reason): quote-marked text and reporting verbs that are deliberately NOT
  quotations. The builder requires every quote mark and reporting verb outside the annotations to be listed here,
  as a recall check.
- QUOTE_FREE: documents deliberately without quotations (none in this set).

Built into JSON lines by `scripts/build_quotes_dev6.py`.
"""

from __future__ import annotations


from quotes_long_source import DATELINE, D, I, M, Q, _body  # noqa: F401  (the same annotation helpers)

ARTICLES: list[dict] = []
QUOTES: dict[str, list[dict]] = {}
NON_QUOTES: dict[str, list[tuple[str, str]]] = {}
QUOTE_FREE: set[str] = set()


# ---------------------------------------------------------------------------------------------------------------
# d6-01: a council planning row (curly quotes; two unrelated Thornes, a chair introduced by role, an officers' report)
ARTICLES.append({
    "doc_id": "d6-01",
    "title": "Millbrook Fields housing plan thrown out as developer vows to ‘fight on’",
    "outlet": "The Wexcombe Herald",
    "published": "2026-06-10",
    "body": _body("""
WEXCOMBE — Plans for 1,400 homes on farmland at Millbrook Fields were thrown out by Wexcombe District Council’s planning committee on Tuesday night after a five-hour meeting, with the committee’s chair warning that the scheme would put “intolerable pressure” on roads, schools and the town’s only GP surgery.

Councillors voted nine to three against the proposal from Harrowgate Homes, which the company markets as a “garden village”, overturning a recommendation from the council’s own planning officers, who had advised approval.

The developer said it would “fight on” and was considering an appeal to the national planning inspectorate.

“We are disappointed but not surprised,” said Graham Ellery, Harrowgate’s managing director, who had watched the meeting from the public gallery. “This district needs homes. Young people who grew up here cannot afford to live here, and the committee has just told them to keep waiting.”

Ellery, 57, said the company had offered to build a new primary school and to pay £6 million towards improvements to the A413 junction.

The chair, Councillor Bernadette Quayle, said those offers did not go far enough. “A school with no teachers and a junction with no bypass is not infrastructure. It is a brochure,” she told the meeting.

Earlier in the evening, the council’s head of planning, Adrian Thorne, had told councillors that a refusal would be “difficult to defend” if Harrowgate appealed. “I have to be straight with you, as your professional officer: the reasons you are discussing are not strong ones,” he said.

The planning officers’ report, published last month, said the benefits of the scheme would “clearly outweigh” the harm. It found that traffic at the A413 junction would rise by 11 percent at peak times but described the increase as manageable.

Tariq Mahmood, one of the three councillors who voted in favour, accused colleagues of “planning by petition”. “Every one of us says we want affordable homes. Then a real scheme arrives and we all find a reason to say no,” he said.

He added that the district had no up-to-date local plan, which meant the council could lose control over where homes were built if the developer won on appeal.

Outside the council offices, about 150 residents stood in the drizzle holding placards reading “Save Millbrook Fields” and “Roads first, roofs later”.

The campaign against the scheme has been led by the Millbrook Fields Action Group, whose chair, Sheila Thorne, is no relation to the planning chief. She handed the committee a petition with 6,200 signatures before the meeting began.

“We are not against houses. We are against houses dropped on a village that already floods every other winter,” said Thorne, a retired midwife who has lived in Millbrook for 40 years.

Thorne said she had watched the brook burst its banks “six times in the last ten years” and that new drains promised by the developer would “move the water from their gardens into ours”.

Asked after the vote whether the council could afford to fight an appeal, the planning chief said only that the authority would “cross that bridge when we come to it”.

A council spokeswoman said the authority had spent £84,000 defending planning appeals in the last financial year and had lost two of the three it fought.

Harrowgate has six months to lodge an appeal. A source close to the company, who was not authorised to speak publicly, said its lawyers regarded the refusal as “vulnerable on at least three grounds”.

Leaving the chamber shortly before midnight, the 57-year-old was asked whether the company would cut the number of homes to win approval. “Fewer homes means fewer affordable homes. That is the arithmetic,” he said.

Quayle, for her part, said she fully expected to see the developer again. “They will be back,” she said. “Developers always come back. The question is whether they come back with something this town can live with.”
"""),
})
QUOTES["d6-01"] = [
    Q("fight on", D, "Harrowgate Homes", "vows", "developer",
      note="headline: quoted words after vows to; the developer is Harrowgate Homes (body)"),
    Q("the scheme would put “intolerable pressure” on roads, schools and the town’s only GP surgery", M,
      "Bernadette Quayle", "warning", "the committee’s chair",
      note="role only; the chair is named in the sixth paragraph"),
    Q("it would “fight on” and was considering an appeal to the national planning inspectorate", M, "Harrowgate Homes",
      "said", "The developer"),
    Q("We are disappointed but not surprised,", D, "Graham Ellery", "said", "Graham Ellery",
      note="inverted said X, a …"),
    Q("This district needs homes. Young people who grew up here cannot afford to live here, and the committee has just "
      "told them to keep waiting.", D, "Graham Ellery", "said", "Graham Ellery"),
    Q("the company had offered to build a new primary school and to pay £6 million towards improvements to the A413 "
      "junction", I, "Graham Ellery", "said", "Ellery"),
    Q("those offers did not go far enough", I, "Bernadette Quayle", "said", "Bernadette Quayle",
      note="introduced by role before the name; title Councillor is not part of the mention"),
    Q("A school with no teachers and a junction with no bypass is not infrastructure. It is a brochure,", D,
      "Bernadette Quayle", "told", "she"),
    Q("a refusal would be “difficult to defend” if Harrowgate appealed", M, "Adrian Thorne", "told", "Adrian Thorne",
      note="introduced by role before the name"),
    Q("I have to be straight with you, as your professional officer: the reasons you are discussing are not strong ones,",
      D, "Adrian Thorne", "said", "he"),
    Q("the benefits of the scheme would “clearly outweigh” the harm", M, "the planning officers’ report", "said",
      "The planning officers’ report", note="a document speaking; the next sentence (found) is a finding"),
    Q("planning by petition", D, "Tariq Mahmood", "accused", "Tariq Mahmood",
      note="quoted words after accused … of: direct fragment"),
    Q("Every one of us says we want affordable homes. Then a real scheme arrives and we all find a reason to say no,", D,
      "Tariq Mahmood", "said", "he"),
    Q("the district had no up-to-date local plan, which meant the council could lose control over where homes were built "
      "if the developer won on appeal", I, "Tariq Mahmood", "added", "He",
      note="He opens a new paragraph; the previous speaker is meant"),
    Q("We are not against houses. We are against houses dropped on a village that already floods every other winter,",
      D, "Sheila Thorne", "said", "Thorne",
      note="bare surname shared with the planning chief; the appositive (a retired midwife) and the previous paragraph "
           "say the campaigner"),
    Q("she had watched the brook burst its banks “six times in the last ten years” and that new drains promised by the "
      "developer would “move the water from their gardens into ours”", M, "Sheila Thorne", "said", "Thorne",
      note="bare surname shared by two people; she says the campaigner"),
    Q("the authority would “cross that bridge when we come to it”", M, "Adrian Thorne", "said", "the planning chief",
      note="role noun eight paragraphs after the name"),
    Q("the authority had spent £84,000 defending planning appeals in the last financial year and had lost two of the "
      "three it fought", I, "A council spokeswoman", "said", "A council spokeswoman"),
    Q("its lawyers regarded the refusal as “vulnerable on at least three grounds”", M, "A source close to the company",
      "said", "A source close to the company", note="anonymous source: the role phrase is the speaker"),
    Q("Fewer homes means fewer affordable homes. That is the arithmetic,", D, "Graham Ellery", "said", "he",
      note="he = the 57-year-old (Ellery), named 13 paragraphs earlier"),
    Q("she fully expected to see the developer again", I, "Bernadette Quayle", "said", "Quayle"),
    Q("They will be back,", D, "Bernadette Quayle", "said", "she"),
    Q("Developers always come back. The question is whether they come back with something this town can live with.", D,
      "Bernadette Quayle", "said", "she", note="second half of a split quote"),
]
NON_QUOTES["d6-01"] = [
    ("markets as a “garden village”", "marketing label in scare quotes, no speech"),
    ("who had advised approval", "noun object"),
    ("It found that traffic at the A413 junction would rise by 11 percent at peak times but described the increase as "
     "manageable", "a finding of the report and a characterisation with no quoted words"),
    ("placards reading “Save Millbrook Fields” and “Roads first, roofs later”", "placard slogans"),
    ("Asked after the vote whether the council could afford to fight an appeal", "journalist's question"),
    ("who was not authorised to speak publicly", "request for anonymity"),
    ("was asked whether the company would cut the number of homes to win approval", "journalist's question"),
]

# ---------------------------------------------------------------------------------------------------------------
# d6-02: a court sentencing (straight quotes; the judge addresses the defendant; three Marsdens; a victim statement
# over two paragraphs)
ARTICLES.append({
    "doc_id": "d6-02",
    "title": "'You chose a race over a child's life': judge jails driver for nine years",
    "outlet": "The Northgate Evening Post",
    "published": "2026-09-25",
    "body": _body("""
NORTHGATE — A driver who killed a 12-year-old girl while racing another car along a residential street at almost three times the speed limit was jailed for nine years on Friday by a judge who told him he had "chosen a race over a child's life."

Callum Fryer, 29, of Dovecote Road, Northgate, had admitted causing death by dangerous driving. The other driver, Jordan Pask, 24, was jailed for four years and two months after pleading guilty to dangerous driving.

Ellie Marsden was crossing Tanner Street on her way home from a friend's house on the evening of March 3 when she was hit by Fryer's Audi, which was travelling at 78mph in a 30mph zone, the prosecutor, Simon Achterberg, told Northgate Crown Court.

Pask had been "goading" Fryer at a set of traffic lights moments earlier, revving his engine and pulling alongside, Achterberg said. The two men did not know each other.

"This was not a moment of madness. It was a choice, and he made it again at every junction for a mile and a half," the prosecutor said.

Judge Frances Lydgate told Fryer, who sat with his head bowed in the dock: "You knew that road. You knew there were children on it. You chose a race over a child's life, and nothing I say today can undo that."

The 61-year-old judge, who has sat at Northgate for 15 years, said dashcam footage of the crash was the most distressing evidence she had seen in her career. She said his guilty plea had earned him some credit, but that his previous conviction for speeding and the "sheer arrogance" of his driving made the case one of the most serious of its kind.

In a statement read to the court by the prosecutor, Ellie's mother, Donna Marsden, said: "Ellie was the loudest person in our house. Now it is so quiet that I can hear the kitchen clock from upstairs.

"I laid the table for four every night for a month before I could stop myself. I do not know who I am when I am not her mum."

Fryer's barrister, Naomi Kettering, said her client was "genuinely and profoundly remorseful" and had written to the Marsden family to apologise.

"He knows that nothing he says in this room will bring Ellie back, and he does not ask for forgiveness," Kettering said. "He asks only that the court sees him as he is: a young man who did a terrible thing, not the monster he has been called online."

As he was led to the cells, Fryer turned towards the public gallery and said "I'm sorry" twice. A man in the gallery shouted back that he was not.

Outside court, Ellie's father, Kevin Marsden, said nine years was "not enough, but it is something."

Marsden, 46, said he and his wife would now campaign for a 20mph limit on every residential street in the city. "We don't want another family to sit where we sat today," he said. "If it had been 20, she'd be alive. I really believe that."

Detective Sergeant Imran Qureshi, of Northgate Police's serious collision unit, said footage from the dashcam of a passing bus had been "crucial". "Without it, we would have had two drivers blaming each other and no independent witness," the detective said.

Residents have long complained about drivers using Tanner Street, known locally as the "Tanner Street run", as a shortcut to the ring road. Many believe it should have been closed to through traffic years ago.

Slow Streets Northgate, a campaign group, said in a statement that the council had rejected a request for traffic-calming measures on the street in 2024. Northgate City Council said it was reviewing speed limits across the city and would "not hesitate to act".

Pask's solicitor, Oliver Brandreth, said his client "will carry this for the rest of his life" and had never intended anyone to be hurt.

Lydgate also banned Fryer from driving for 14 years after his release. She told him the ban was "not a punishment but a protection for everyone else on the road".

Pask is said to have sold his car within a week of the crash. Fryer, who has been in custody since June, will serve up to two-thirds of his sentence before he is eligible for release.
"""),
})
QUOTES["d6-02"] = [
    Q("You chose a race over a child's life", D, "Frances Lydgate", ":", "judge",
      note="headline: quote, colon; the judge is Frances Lydgate (body)"),
    Q('he had "chosen a race over a child\'s life."', M, "Frances Lydgate", "told", "who",
      note="the relative who = a judge, named in the sixth paragraph; the full stop sits inside the closing mark"),
    Q("Ellie Marsden was crossing Tanner Street on her way home from a friend's house on the evening of March 3 when she "
      "was hit by Fryer's Audi, which was travelling at 78mph in a 30mph zone", I, "Simon Achterberg", "told",
      "Simon Achterberg", note="preposed report; introduced by role before the name"),
    Q('Pask had been "goading" Fryer at a set of traffic lights moments earlier, revving his engine and pulling '
      'alongside', M, "Simon Achterberg", "said", "Achterberg", note="preposed report"),
    Q("This was not a moment of madness. It was a choice, and he made it again at every junction for a mile and a half,",
      D, "Simon Achterberg", "said", "the prosecutor"),
    Q("You knew that road. You knew there were children on it. You chose a race over a child's life, and nothing I say "
      "today can undo that.", D, "Frances Lydgate", "told", "Frances Lydgate",
      note="attribution first with a colon; Fryer is the person addressed, the judge the speaker; title Judge dropped"),
    Q("dashcam footage of the crash was the most distressing evidence she had seen in her career", I, "Frances Lydgate",
      "said", "The 61-year-old judge"),
    Q('his guilty plea had earned him some credit, but that his previous conviction for speeding and the "sheer '
      'arrogance" of his driving made the case one of the most serious of its kind', M, "Frances Lydgate", "said",
      "She"),
    Q("Ellie was the loudest person in our house. Now it is so quiet that I can hear the kitchen clock from upstairs.", D,
      "Donna Marsden", "said", "Donna Marsden",
      note="a written statement read by the prosecutor goes to its author; unclosed: the quote runs on into the next "
           "paragraph"),
    Q("I laid the table for four every night for a month before I could stop myself. I do not know who I am when I am "
      "not her mum.", D, "Donna Marsden", "said", "Donna Marsden",
      note="continuation paragraph of a multi-paragraph quote"),
    Q('her client was "genuinely and profoundly remorseful" and had written to the Marsden family to apologise', M,
      "Naomi Kettering", "said", "Naomi Kettering", note="introduced by role before the name"),
    Q("He knows that nothing he says in this room will bring Ellie back, and he does not ask for forgiveness,", D,
      "Naomi Kettering", "said", "Kettering"),
    Q("He asks only that the court sees him as he is: a young man who did a terrible thing, not the monster he has been "
      "called online.", D, "Naomi Kettering", "said", "Kettering"),
    Q("I'm sorry", D, "Callum Fryer", "said", "Fryer"),
    Q("he was not", I, "A man in the gallery", "shouted", "A man in the gallery",
      note="he = Fryer; the speaker is the unnamed man"),
    Q('nine years was "not enough, but it is something."', M, "Kevin Marsden", "said", "Kevin Marsden",
      note="the full stop sits inside the closing mark"),
    Q("he and his wife would now campaign for a 20mph limit on every residential street in the city", I, "Kevin Marsden",
      "said", "Marsden", note="bare surname shared by the victim and her mother; he says the father"),
    Q("We don't want another family to sit where we sat today,", D, "Kevin Marsden", "said", "he"),
    Q("If it had been 20, she'd be alive. I really believe that.", D, "Kevin Marsden", "said", "he"),
    Q('footage from the dashcam of a passing bus had been "crucial"', M, "Imran Qureshi", "said", "Imran Qureshi",
      note="rank Detective Sergeant dropped"),
    Q("Without it, we would have had two drivers blaming each other and no independent witness,", D, "Imran Qureshi",
      "said", "the detective"),
    Q("the council had rejected a request for traffic-calming measures on the street in 2024", I,
      "Slow Streets Northgate", "said", "Slow Streets Northgate"),
    Q('it was reviewing speed limits across the city and would "not hesitate to act"', M, "Northgate City Council",
      "said", "Northgate City Council"),
    Q('his client "will carry this for the rest of his life" and had never intended anyone to be hurt', M,
      "Oliver Brandreth", "said", "Oliver Brandreth"),
    Q('the ban was "not a punishment but a protection for everyone else on the road"', M, "Frances Lydgate", "told",
      "She", note="She = Lydgate; him (Fryer) is addressed"),
]
NON_QUOTES["d6-02"] = [
    ("had admitted causing death by dangerous driving", "a plea with a gerund object, no reported content"),
    ("Residents have long complained about drivers using Tanner Street", "noun object"),
    ('known locally as the "Tanner Street run"', "a local name in quotation marks"),
    ("Many believe it should have been closed to through traffic years ago", "belief"),
    ("Pask is said to have sold his car", "unattributed report (said to)"),
]

# ---------------------------------------------------------------------------------------------------------------
# d6-03: a women's football transfer saga (curly quotes; manager and captain share a surname, both women; an agent
# introduced by role; an anonymous source; a supporters' group)
ARTICLES.append({
    "doc_id": "d6-03",
    "title": "Solberg ‘wants to leave’, agent tells Hartfield as second bid is rejected",
    "outlet": "Sport desk",
    "published": "2026-07-29",
    "body": _body("""
LOWTHER — Hartfield City Women have turned down a second offer from the Spanish champions Valmar for Ingrid Solberg, and the Norway striker’s agent said on Wednesday that she wanted to leave the club “as soon as possible”.

Lars Hovland, who has represented Solberg since she was 16, told the Norwegian broadcaster NRK that the 24-year-old had informed the club in writing last month that she would not sign a new contract.

“Ingrid has given Hartfield four wonderful years, two league titles and 71 goals. She doesn’t owe anybody anything,” Hovland said. “She has one dream, and the dream is Valmar.”

Hartfield said in a statement that Solberg remained “a valued member of the squad” and that the club was “under no obligation to sell a player with two years left on her contract”.

The club’s manager, Siobhan Garvey, was blunter. “If somebody wants Ingrid, they know where we are. But a bid that doesn’t reach our valuation isn’t a bid. It’s a phone call,” Garvey told reporters at the club’s training ground.

The 45-year-old Irishwoman, who signed Solberg from Stabæk in 2022, said she had spoken to the striker on Tuesday and had found her “calm and professional”.

Valmar’s sporting director, Carlos Ibarra, said the Spanish club had made “a serious offer for a serious player” and would not get into a bidding war. “We have a number, Hartfield have a number. Between two numbers there is always a conversation,” he told the radio station Onda Sur.

A source close to Hartfield said the club valued Solberg at “at least” £900,000. That would be a world-record fee for a women’s player. Valmar’s second bid was worth about £650,000 including add-ons, according to the same source.

Solberg, who scored twice in Norway’s win over Iceland on Friday and starred in last year’s documentary “Ninety Minutes More”, has not spoken publicly about the move. She is said to have been unsettled since Hartfield sold her strike partner, Chloé Baptiste, in January.

On Wednesday evening, though, she posted a photograph of the Hartfield crest on social media, thanking supporters “for everything”. The post did not mention Valmar.

Her captain, Megan Garvey, no relation to the manager, said the squad had been told to “stay out of it”. “Ingrid is our friend and our best player. What happens in the office is not our business,” said Garvey, 31, the longest-serving player at the club. “We’re a team, not a one-woman show.”

Hartfield’s largest supporters’ group, the Lowther End, said in a post that fans “deserve honesty” from both the player and the club, and urged the board not to let the saga “drag on into the season”.

Spanish newspapers have been less patient. Several have already given Solberg the nickname “la Vikinga”, and one printed a mock-up of her in Valmar’s purple shirt on its front page on Tuesday.

Hovland, a former goalkeeper who played in Norway’s top division in the 1990s, said he expected a third offer “within days”. He added that Solberg would not refuse to play for Hartfield while the talks continued.

“She is a professional. She will train and she will play, and she will score, probably,” the agent said. “That is what makes this so expensive for them.”

Hartfield open their league season at home to Brackley on Sunday. Asked whether Solberg would be in the squad, the manager said: “She’s fit, she’s available and she’s ours.”

In Spain, the tone was more patient. “Good things take time,” the Valmar director said late on Wednesday. “We are not in a hurry. Ingrid knows that we are waiting for her.”
"""),
})
QUOTES["d6-03"] = [
    Q("Solberg ‘wants to leave’", M, "Lars Hovland", "tells", "agent",
      note="headline: report with a quoted fragment; the agent is Lars Hovland (body)"),
    Q("she wanted to leave the club “as soon as possible”", M, "Lars Hovland", "said", "the Norway striker’s agent",
      note="role only; the agent is named in the next paragraph"),
    Q("the 24-year-old had informed the club in writing last month that she would not sign a new contract", I,
      "Lars Hovland", "told", "Lars Hovland", note="the 24-year-old inside the span is Solberg, not the speaker"),
    Q("Ingrid has given Hartfield four wonderful years, two league titles and 71 goals. She doesn’t owe anybody "
      "anything,", D, "Lars Hovland", "said", "Hovland"),
    Q("She has one dream, and the dream is Valmar.", D, "Lars Hovland", "said", "Hovland"),
    Q("Solberg remained “a valued member of the squad” and that the club was “under no obligation to sell a player with "
      "two years left on her contract”", M, "Hartfield City Women", "said", "Hartfield"),
    Q("If somebody wants Ingrid, they know where we are. But a bid that doesn’t reach our valuation isn’t a bid. It’s a "
      "phone call,", D, "Siobhan Garvey", "told", "Garvey", note="introduced by role before the name"),
    Q("she had spoken to the striker on Tuesday and had found her “calm and professional”", M, "Siobhan Garvey", "said",
      "The 45-year-old Irishwoman"),
    Q("the Spanish club had made “a serious offer for a serious player” and would not get into a bidding war", M,
      "Carlos Ibarra", "said", "Carlos Ibarra", note="introduced by role before the name"),
    Q("We have a number, Hartfield have a number. Between two numbers there is always a conversation,", D,
      "Carlos Ibarra", "told", "he"),
    Q("the club valued Solberg at “at least” £900,000", M, "A source close to Hartfield", "said",
      "A source close to Hartfield", note="the next sentence is the writer's comment"),
    Q("Valmar’s second bid was worth about £650,000 including add-ons", I, "A source close to Hartfield", "according to",
      "the same source", note="preposed report before according to"),
    Q("for everything", D, "Ingrid Solberg", "thanking", "she",
      note="quoted words after a non-reporting participle; posted a photograph is not speech"),
    Q("the squad had been told to “stay out of it”", M, "Megan Garvey", "said", "Megan Garvey",
      note="shares the manager's surname"),
    Q("Ingrid is our friend and our best player. What happens in the office is not our business,", D, "Megan Garvey",
      "said", "Garvey", note="bare surname shared by manager and captain, both women; 31 and the role say the captain"),
    Q("We’re a team, not a one-woman show.", D, "Megan Garvey", "said", "Garvey"),
    Q("fans “deserve honesty” from both the player and the club", M, "the Lowther End", "said", "the Lowther End"),
    Q("drag on into the season", D, "the Lowther End", "urged", "the Lowther End",
      note="urged X not to …: an appeal; the quoted fragment alone is a direct entry"),
    Q("he expected a third offer “within days”", M, "Lars Hovland", "said", "Hovland"),
    Q("Solberg would not refuse to play for Hartfield while the talks continued", I, "Lars Hovland", "added", "He"),
    Q("She is a professional. She will train and she will play, and she will score, probably,", D, "Lars Hovland", "said",
      "the agent"),
    Q("That is what makes this so expensive for them.", D, "Lars Hovland", "said", "the agent"),
    Q("She’s fit, she’s available and she’s ours.", D, "Siobhan Garvey", "said", "the manager",
      note="the manager, not the captain of the same surname; attribution first with a colon"),
    Q("Good things take time,", D, "Carlos Ibarra", "said", "the Valmar director",
      note="role noun ten paragraphs after the name"),
    Q("We are not in a hurry. Ingrid knows that we are waiting for her.", D, "Carlos Ibarra", "said",
      "the Valmar director"),
]
NON_QUOTES["d6-03"] = [
    ("second bid is rejected", "a bid turned down (passive, noun subject), no speech"),
    ("documentary “Ninety Minutes More”", "film title"),
    ("has not spoken publicly about the move", "no speech"),
    ("She is said to have been unsettled", "unattributed report (said to)"),
    ("the nickname “la Vikinga”", "a nickname in quotation marks, no cue"),
    ("Asked whether Solberg would be in the squad", "journalist's question"),
]

# ---------------------------------------------------------------------------------------------------------------
# d6-04: a hospital waiting-list report (curly quotes; a watchdog, its review and figures speaking; a father and
# daughter Whitworth; three women speaking in turn)
ARTICLES.append({
    "doc_id": "d6-04",
    "title": "One in four patients waits over a year for surgery, watchdog warns",
    "outlet": "The Lindell Post",
    "published": "2026-11-12",
    "body": _body("""
LINDELL — More than a quarter of patients waiting for planned operations in the Eastmoor region have been on the list for over a year, the health watchdog said on Thursday, warning that long waits had become “a permanent feature rather than a temporary crisis”.

The Care Standards Commission’s annual review of planned care, titled “Still Waiting”, found that 26 percent of the 118,000 people on the region’s waiting list had waited more than 52 weeks, up from 19 percent a year earlier.

The review says hip and knee replacements are the worst affected, with a median wait of 61 weeks, and that waits for cataract surgery have fallen for the first time since 2021.

The commission’s chief inspector, Dr Alison Reddy, said the figures reflected “real people in real pain”. “Many of them cannot work. Many of them cannot sleep. Some of them have stopped leaving the house,” she told a briefing in Lindell. “Waiting has become normal, and we must never accept it as normal.”

Alan Whitworth, 71, a retired bus driver from Carrow, has been waiting 19 months for a hip replacement. “Some days I can’t get up the stairs, so I sleep in the chair in the front room,” he said. “They keep telling me I’m on the list. I know I’m on the list. I’ve been on it so long I should be paying rent.”

His daughter, Joanne Whitworth, a nurse at Carrow General Hospital, said her father had been “passed between three consultants” and had twice had his operation cancelled on the morning it was due.

Whitworth said she did not blame her colleagues. “The staff are running on empty. I see it every shift,” she said. “But somebody has to explain to my dad why a man his age should have to wait two winters to walk properly.”

Health Minister Gethin Price said the government had already committed an extra £120 million to planned surgery this year and that two new surgical hubs would open in the spring.

“I am not going to pretend these figures are anything other than bad,” the minister told the BBC. “They are bad. But the direction of travel is starting to change.”

Opposition health spokeswoman Catrin Hughes accused him of “managing decline” and said the hubs had been promised in three successive budgets. “Patients cannot be operated on by a press release,” she said.

Around 400 operations a month are cancelled at less than a day’s notice, according to figures published by Eastmoor Health Board in September.

The board’s chief executive, Roisin Delaney, said staff shortages in anaesthetics were the main reason. She acknowledged that patients had been let down, but said the board had carried out 9 percent more operations this year than last.

“We have a workforce problem, not a willingness problem,” Delaney said. “Every theatre we open is a theatre we then have to staff.”

Some wards at Carrow General have been so full this autumn that patients waiting for beds have been treated in a corridor that staff call “Ward Zero”.

A spokesman for the health board said the corridor was used only “in exceptional circumstances” and that every patient there had a named nurse.

The Eastmoor branch of the Royal College of Surgeons said the commission’s review should be “a wake-up call” and called on ministers to publish a workforce plan for anaesthetics by the end of the year.

Reddy said the commission would return to Eastmoor in six months. Asked whether she trusted the minister’s promise that waits would fall by next summer, the chief inspector paused. “I believe he means it,” she said. “Whether it happens is another matter.”

Back in Carrow, Whitworth said he had been given a new date for his operation: January 14. “I’ll believe it when I’m asleep on the table,” he said.
"""),
})
QUOTES["d6-04"] = [
    Q("One in four patients waits over a year for surgery", I, "Care Standards Commission", "warns", "watchdog",
      note="headline: preposed report; the watchdog is the Care Standards Commission (body)"),
    Q("More than a quarter of patients waiting for planned operations in the Eastmoor region have been on the list for "
      "over a year", I, "Care Standards Commission", "said", "the health watchdog",
      note=DATELINE + "; the watchdog is named in the next paragraph"),
    Q("long waits had become “a permanent feature rather than a temporary crisis”", M, "Care Standards Commission",
      "warning", "the health watchdog", note="participle whose subject is the speaker of the main clause: its own entry"),
    Q("hip and knee replacements are the worst affected, with a median wait of 61 weeks, and that waits for cataract "
      "surgery have fallen for the first time since 2021", I,
      "the Care Standards Commission’s annual review of planned care", "says", "The review",
      note="a document speaking (the previous sentence, found, is a finding)"),
    Q("the figures reflected “real people in real pain”", M, "Alison Reddy", "said", "Alison Reddy",
      note="introduced by role before the name; honorific Dr dropped"),
    Q("Many of them cannot work. Many of them cannot sleep. Some of them have stopped leaving the house,", D,
      "Alison Reddy", "told", "she"),
    Q("Waiting has become normal, and we must never accept it as normal.", D, "Alison Reddy", "told", "she"),
    Q("Some days I can’t get up the stairs, so I sleep in the chair in the front room,", D, "Alan Whitworth", "said",
      "he"),
    Q("They keep telling me I’m on the list. I know I’m on the list. I’ve been on it so long I should be paying rent.", D,
      "Alan Whitworth", "said", "he"),
    Q("her father had been “passed between three consultants” and had twice had his operation cancelled on the morning "
      "it was due", M, "Joanne Whitworth", "said", "Joanne Whitworth", note="shares her father's surname"),
    Q("she did not blame her colleagues", I, "Joanne Whitworth", "said", "Whitworth",
      note="bare surname shared by father and daughter; she says the daughter"),
    Q("The staff are running on empty. I see it every shift,", D, "Joanne Whitworth", "said", "she"),
    Q("But somebody has to explain to my dad why a man his age should have to wait two winters to walk properly.", D,
      "Joanne Whitworth", "said", "she"),
    Q("the government had already committed an extra £120 million to planned surgery this year and that two new "
      "surgical hubs would open in the spring", I, "Gethin Price", "said", "Gethin Price"),
    Q("I am not going to pretend these figures are anything other than bad,", D, "Gethin Price", "told", "the minister"),
    Q("They are bad. But the direction of travel is starting to change.", D, "Gethin Price", "told", "the minister"),
    Q("managing decline", D, "Catrin Hughes", "accused", "Catrin Hughes",
      note="quoted words after accused … of: direct fragment; him (the minister) is the object, not the speaker"),
    Q("the hubs had been promised in three successive budgets", I, "Catrin Hughes", "said", "Catrin Hughes",
      note="second verb of the same subject: its own entry"),
    Q("Patients cannot be operated on by a press release,", D, "Catrin Hughes", "said", "she"),
    Q("Around 400 operations a month are cancelled at less than a day’s notice", I,
      "figures published by Eastmoor Health Board", "according to", "figures published by Eastmoor Health Board",
      note="preposed report; published figures speak as the document"),
    Q("staff shortages in anaesthetics were the main reason", I, "Roisin Delaney", "said", "Roisin Delaney",
      note="introduced by role before the name"),
    Q("patients had been let down", I, "Roisin Delaney", "acknowledged", "She"),
    Q("the board had carried out 9 percent more operations this year than last", I, "Roisin Delaney", "said", "She",
      note="second verb of the same subject (…, but said …): its own entry"),
    Q("We have a workforce problem, not a willingness problem,", D, "Roisin Delaney", "said", "Delaney"),
    Q("Every theatre we open is a theatre we then have to staff.", D, "Roisin Delaney", "said", "Delaney"),
    Q("the corridor was used only “in exceptional circumstances” and that every patient there had a named nurse", M,
      "A spokesman for the health board", "said", "A spokesman for the health board"),
    Q("the commission’s review should be “a wake-up call”", M,
      "Eastmoor branch of the Royal College of Surgeons", "said",
      "The Eastmoor branch of the Royal College of Surgeons", note="the appeal (called on ministers …) is not a quotation"),
    Q("the commission would return to Eastmoor in six months", I, "Alison Reddy", "said", "Reddy",
      note="surname alone, 13 paragraphs after the full name"),
    Q("I believe he means it,", D, "Alison Reddy", "said", "she",
      note="she = the chief inspector; two other women spoke in between; he inside the quote is the minister"),
    Q("Whether it happens is another matter.", D, "Alison Reddy", "said", "she"),
    Q("he had been given a new date for his operation: January 14", I, "Alan Whitworth", "said", "Whitworth",
      note="bare surname shared by father and daughter; he and his operation say the father"),
    Q("I’ll believe it when I’m asleep on the table,", D, "Alan Whitworth", "said", "he"),
]
NON_QUOTES["d6-04"] = [
    ("titled “Still Waiting”, found that 26 percent of the 118,000 people on the region’s waiting list had waited more "
     "than 52 weeks", "a report title and a finding"),
    ("a corridor that staff call “Ward Zero”", "a nickname in quotation marks"),
    ("called on ministers to publish a workforce plan", "appeal without quoted words"),
    ("Asked whether she trusted the minister’s promise", "journalist's question"),
]

# ---------------------------------------------------------------------------------------------------------------
# d6-05: technology layoffs (straight quotes; sibling co-founders Kapoor; a memo by a named author, also as "it";
# a government notice; a report relayed by sources; a quoted product name)
ARTICLES.append({
    "doc_id": "d6-05",
    "title": "Quillon to cut 1,800 jobs as chief executive admits 'we grew too fast'",
    "outlet": "Technology desk",
    "published": "2026-05-13",
    "body": _body("""
SAN JOSE, Calif. — Quillon, the workplace software company, said on Tuesday it would cut about 1,800 jobs, or 14 percent of its workforce, in its first round of layoffs since it was founded a decade ago.

In a memo to staff, chief executive Arjun Kapoor wrote that the company had "hired for a world that did not arrive" during the pandemic and that the decision to expand so quickly had been his.

"I want to be honest with you about how we got here. We grew too fast, and I was the one pressing the accelerator," Kapoor wrote. "I own that."

The cuts will fall mainly on recruiting, marketing and the company's hardware division, which makes conference-room cameras, according to the memo. Affected employees in the United States would learn their status by email on Wednesday morning, it said.

A notice filed with California's Employment Development Department says 640 of the jobs will go at Quillon's headquarters in San Jose.

Kapoor, 41, co-founded Quillon in 2016 with his sister, Meera Kapoor, who runs its product division. At an all-hands meeting on Tuesday afternoon, she told employees that the company would stop work on three products and "focus on the two things customers actually pay us for," according to two people who attended.

Meera Kapoor, 38, later confirmed the remarks in a post on LinkedIn. "Nobody at Quillon is safe from the consequences of our mistakes, including the people who made them," she wrote.

The chief executive said the company's two founders would each take a 50 percent pay cut for the rest of the year and that no bonuses would be paid to senior executives.

Priya Natarajan, a senior engineer in the hardware division who had worked at Quillon for six years, said she learned she had lost her job when her laptop stopped working before dawn on Wednesday.

"The email came about ten minutes after my access was cut off. So I found out from my laptop, and then from HR," she said. "Six years, and the last thing I got from them was an automated message."

One manager, who spoke on condition of anonymity because staff had been told not to talk to the press, said the list of names had been drawn up in less than a week. "Some of the people on it were hired in March. Some of the people who hired them are still here," the manager said.

A Quillon spokeswoman said departing employees would receive at least 16 weeks' pay, six months of health insurance and help finding new jobs. She declined to say how many of the cuts would fall outside the United States.

Hector Villanueva, an organiser with the Bay Area Software Workers Guild, which has been trying to unionise Quillon's support staff, called the layoffs "a betrayal dressed up as an apology."

"They made record revenue last year. This is not a company fighting for its life. It is a company protecting its share price," he said. Villanueva said the guild would hold a rally outside the headquarters on Friday.

Investors appeared to take a different view. Quillon's shares rose 7 percent in after-hours trading, having fallen by a third this year.

Beatriz Colón, an analyst at Harbor Point Research, said the cuts were "overdue but probably not the last". "The hardware business has been losing money for three years. I'd be surprised if it is still part of Quillon by this time next year," she said.

Colón said investors were also watching Quillon's artificial intelligence assistant, called "Scout", which the company has promoted heavily since its launch in May. Analysts believe it has yet to bring in significant revenue.

On a call with analysts later on Tuesday, Kapoor was asked whether more cuts were coming. "I can't promise you this is the last hard decision I make," he said. "I can promise you it is the last one I make this way."
"""),
})
QUOTES["d6-05"] = [
    Q("we grew too fast", D, "Arjun Kapoor", "admits", "chief executive",
      note="headline: quoted words after admits; the chief executive is Arjun Kapoor (body)"),
    Q("it would cut about 1,800 jobs, or 14 percent of its workforce, in its first round of layoffs since it was founded "
      "a decade ago", I, "Quillon", "said", "Quillon"),
    Q('the company had "hired for a world that did not arrive" during the pandemic and that the decision to expand so '
      'quickly had been his', M, "Arjun Kapoor", "wrote", "Arjun Kapoor",
      note="a memo by a named author goes to the author; role words (chief executive) not in the mention"),
    Q("I want to be honest with you about how we got here. We grew too fast, and I was the one pressing the "
      "accelerator,", D, "Arjun Kapoor", "wrote", "Kapoor"),
    Q("I own that.", D, "Arjun Kapoor", "wrote", "Kapoor"),
    Q("The cuts will fall mainly on recruiting, marketing and the company's hardware division, which makes "
      "conference-room cameras", I, "Arjun Kapoor", "according to", "the memo",
      note="preposed report; the memo's named author is the speaker"),
    Q("Affected employees in the United States would learn their status by email on Wednesday morning", I,
      "Arjun Kapoor", "said", "it", note="preposed report; it = the memo, whose author is the speaker"),
    Q("640 of the jobs will go at Quillon's headquarters in San Jose", I,
      "a notice filed with California's Employment Development Department", "says",
      "A notice filed with California's Employment Development Department", note="a document speaking"),
    Q('the company would stop work on three products and "focus on the two things customers actually pay us for,"', M,
      "two people who attended", "according to", "two people who attended",
      note="she told employees …, according to two people who attended: one entry given to the relaying sources, as "
           "'Saudi Arabia … said …, according to two delegates' in the long set; the comma sits inside the mark"),
    Q("Nobody at Quillon is safe from the consequences of our mistakes, including the people who made them,", D,
      "Meera Kapoor", "wrote", "she"),
    Q("the company's two founders would each take a 50 percent pay cut for the rest of the year and that no bonuses "
      "would be paid to senior executives", I, "Arjun Kapoor", "said", "The chief executive",
      note="role noun right after a paragraph about the sister"),
    Q("she learned she had lost her job when her laptop stopped working before dawn on Wednesday", I, "Priya Natarajan",
      "said", "Priya Natarajan"),
    Q("The email came about ten minutes after my access was cut off. So I found out from my laptop, and then from HR,", D,
      "Priya Natarajan", "said", "she"),
    Q("Six years, and the last thing I got from them was an automated message.", D, "Priya Natarajan", "said", "she"),
    Q("the list of names had been drawn up in less than a week", I, "One manager", "said", "One manager",
      note="anonymous source: the role phrase is the speaker"),
    Q("Some of the people on it were hired in March. Some of the people who hired them are still here,", D,
      "One manager", "said", "the manager"),
    Q("departing employees would receive at least 16 weeks' pay, six months of health insurance and help finding new "
      "jobs", I, "A Quillon spokeswoman", "said", "A Quillon spokeswoman"),
    Q("a betrayal dressed up as an apology.", D, "Hector Villanueva", "called", "Hector Villanueva",
      note="quoted words after called X: direct fragment"),
    Q("They made record revenue last year. This is not a company fighting for its life. It is a company protecting its "
      "share price,", D, "Hector Villanueva", "said", "he"),
    Q("the guild would hold a rally outside the headquarters on Friday", I, "Hector Villanueva", "said", "Villanueva"),
    Q('the cuts were "overdue but probably not the last"', M, "Beatriz Colón", "said", "Beatriz Colón"),
    Q("The hardware business has been losing money for three years. I'd be surprised if it is still part of Quillon by "
      "this time next year,", D, "Beatriz Colón", "said", "she"),
    Q('investors were also watching Quillon\'s artificial intelligence assistant, called "Scout", which the company has '
      'promoted heavily since its launch in May', I, "Beatriz Colón", "said", "Colón",
      note="a quoted name (a product name) inside an indirect clause does not make it mixed"),
    Q("I can't promise you this is the last hard decision I make,", D, "Arjun Kapoor", "said", "he",
      note="bare surname shared by brother and sister; he says the chief executive"),
    Q("I can promise you it is the last one I make this way.", D, "Arjun Kapoor", "said", "he"),
]
NON_QUOTES["d6-05"] = [
    ("she told employees", "the report is relayed by two people who attended and is given to them (see the note)"),
    ("later confirmed the remarks", "noun object"),
    ("who spoke on condition of anonymity because staff had been told not to talk to the press",
     "request for anonymity"),
    ("declined to say how many of the cuts would fall outside the United States", "refusal"),
    ("Analysts believe it has yet to bring in significant revenue", "belief"),
    ("was asked whether more cuts were coming", "journalist's question"),
]

# ---------------------------------------------------------------------------------------------------------------
# d6-06: a diplomatic visit (curly quotes; a state news agency quoting the president; a joint statement; an anonymous
# diplomat; governments "describe"; a memoir title; the visitor's pronoun after other women speak)
ARTICLES.append({
    "doc_id": "d6-06",
    "title": "Sarnish minister hails ‘new chapter’ in Tessarin despite border row",
    "outlet": "Wire staff",
    "published": "2026-03-02",
    "body": _body("""
TESSARIN (Wire) — Sarnland’s foreign minister, Annika Rautio, said on Monday that relations with Mirovia had entered “a new chapter”, as she became the first senior Sarnish official to visit the country in nine years.

Rautio, who met President Teodor Brankov at the Lavra Palace for more than two hours, told a joint news conference with her Mirovian counterpart, Luka Marić, that the two governments had agreed to reopen the Kessel border crossing to freight by the end of March.

“We did not solve nine years of problems in one morning,” she said. “But for the first time in a long time, we are solving them in the same room.”

Marić, standing beside her, was more guarded. He said Mirovia still expected Sarnland to compensate farmers whose land had been damaged when the crossing was fortified in 2019, and that the question of compensation “has not gone away because we are smiling at each other today”.

“Good atmosphere is important. Signed documents are more important,” the Mirovian minister said.

According to a joint statement issued after the talks, the two sides will set up a commission of experts to examine the compensation claims and report within six months.

The state news agency MIRA quoted Brankov as telling Rautio that Mirovia was “ready to turn the page, but not to tear it out”. The president, 66, has governed since 2011 and has often accused Sarnland of treating its smaller neighbour “like a waiting room”.

A spokeswoman for the presidency, Jelena Vuković, said later that the meeting had been “frank and long”. Asked whether the president had raised the compensation issue directly, she said: “The president raises it with everybody. He raised it today.”

The visit comes six weeks after a Sarnish border guard was injured in a scuffle at Kessel, an incident that both governments now describe as “regrettable”.

Rautio, a former judge who became foreign minister in 2024, is said to have pushed for the trip against the advice of some officials in her own ministry. On Monday evening she laid flowers at a memorial to the victims of the 1993 floods, which killed more than 200 people on both sides of the border.

A senior Sarnish diplomat travelling with the delegation, who asked not to be named, said the minister wanted to show that the relationship was “bigger than one border post”. “She has been told by a lot of people that this trip was premature,” the diplomat said. “She thinks the opposite. She thinks it is late.”

In Mirovia, the visit drew criticism from the opposition. Zoran Kostić, leader of the nationalist Homeland party, told a rally in the northern city of Brezno that the government was “selling farmers’ fields for a photograph”.

“Nine years they have kept that border closed. Now they come with flowers, and we are supposed to say thank you,” he said.

“The farmers of Brezno will not be sending thank-you cards.”

Brankov presented his guest with a signed copy of his memoir, “The River Remembers”, and the two sides signed agreements on student exchanges and the joint management of the Kessel river basin.

Analysts in Tessarin were cautiously positive. Dragana Ilić, who teaches international relations at the University of Tessarin, said the border deal mattered more than the symbolism. “Trucks are not sentimental,” she said. “If the crossing opens in March, people here will believe in this chapter. If it doesn’t, they won’t.”

Rautio flies to Brezno on Tuesday to meet the regional governor before returning home. Pressed by a Mirovian reporter on whether Sarnland would pay compensation, the 47-year-old smiled. “We came here to listen,” she said. “Paying comes later, if it comes at all.”
"""),
})
QUOTES["d6-06"] = [
    Q("new chapter", D, "Annika Rautio", "hails", "Sarnish minister",
      note="headline: quoted words after hails; the minister is Annika Rautio (body)"),
    Q("relations with Mirovia had entered “a new chapter”", M, "Annika Rautio", "said", "Annika Rautio",
      note="introduced by role before the name"),
    Q("the two governments had agreed to reopen the Kessel border crossing to freight by the end of March", I,
      "Annika Rautio", "told", "Rautio"),
    Q("We did not solve nine years of problems in one morning,", D, "Annika Rautio", "said", "she"),
    Q("But for the first time in a long time, we are solving them in the same room.", D, "Annika Rautio", "said", "she"),
    Q("Mirovia still expected Sarnland to compensate farmers whose land had been damaged when the crossing was fortified "
      "in 2019, and that the question of compensation “has not gone away because we are smiling at each other today”",
      M, "Luka Marić", "said", "He"),
    Q("Good atmosphere is important. Signed documents are more important,", D, "Luka Marić", "said",
      "the Mirovian minister"),
    Q("the two sides will set up a commission of experts to examine the compensation claims and report within six months",
      I, "a joint statement issued after the talks", "according to", "a joint statement issued after the talks",
      note="a document speaking"),
    Q("Mirovia was “ready to turn the page, but not to tear it out”", M, "Teodor Brankov", "quoted Brankov as telling",
      "Brankov", note="the agency relays; the president is the speaker and Rautio the person addressed"),
    Q("like a waiting room", D, "Teodor Brankov", "accused", "The president",
      note="quoted words after accused … of: direct fragment"),
    Q("the meeting had been “frank and long”", M, "Jelena Vuković", "said", "Jelena Vuković",
      note="introduced by role before the name"),
    Q("The president raises it with everybody. He raised it today.", D, "Jelena Vuković", "said", "she",
      note="attribution first with a colon; the president inside the quote is not the speaker"),
    Q("regrettable", D, "both governments", "describe", "both governments",
      note="quoted word after describe … as (as 'described the atmosphere as …'); a group stays as written"),
    Q("the minister wanted to show that the relationship was “bigger than one border post”", M,
      "A senior Sarnish diplomat travelling with the delegation", "said",
      "A senior Sarnish diplomat travelling with the delegation", note="anonymous source"),
    Q("She has been told by a lot of people that this trip was premature,", D,
      "A senior Sarnish diplomat travelling with the delegation", "said", "the diplomat",
      note="She inside the quote is Rautio; the speaker is the diplomat"),
    Q("She thinks the opposite. She thinks it is late.", D, "A senior Sarnish diplomat travelling with the delegation",
      "said", "the diplomat"),
    Q("the government was “selling farmers’ fields for a photograph”", M, "Zoran Kostić", "told", "Zoran Kostić"),
    Q("Nine years they have kept that border closed. Now they come with flowers, and we are supposed to say thank you,",
      D, "Zoran Kostić", "said", "he"),
    Q("The farmers of Brezno will not be sending thank-you cards.", D, "Zoran Kostić", "said", "he",
      note="continuation paragraph with no attribution: the previous speaker, cue and mention"),
    Q("the border deal mattered more than the symbolism", I, "Dragana Ilić", "said", "Dragana Ilić"),
    Q("Trucks are not sentimental,", D, "Dragana Ilić", "said", "she"),
    Q("If the crossing opens in March, people here will believe in this chapter. If it doesn’t, they won’t.", D,
      "Dragana Ilić", "said", "she"),
    Q("We came here to listen,", D, "Annika Rautio", "said", "she",
      note="she = the 47-year-old visitor; two other women spoke in the paragraphs before"),
    Q("Paying comes later, if it comes at all.", D, "Annika Rautio", "said", "she"),
]
NON_QUOTES["d6-06"] = [
    ("Asked whether the president had raised the compensation issue directly", "journalist's question"),
    ("is said to have pushed for the trip", "unattributed report (said to)"),
    ("who asked not to be named", "request for anonymity"),
    ("his memoir, “The River Remembers”", "book title"),
    ("Pressed by a Mirovian reporter on whether Sarnland would pay compensation", "journalist's question"),
]

# ---------------------------------------------------------------------------------------------------------------
# d6-07: a climate protest (straight quotes; a grandmother and grandson Carrington; police and a group speaking;
# a relative-clause report; a supporter known by first name only; a film title inside an indirect report)
ARTICLES.append({
    "doc_id": "d6-07",
    "title": "Police arrest 46 as climate protesters block Harbour Bridge; 'We are out of time,' says grandmother",
    "outlet": "Metro desk",
    "published": "2026-04-23",
    "body": _body("""
CARROW — Police arrested 46 people on Thursday after climate protesters blocked both carriageways of the Harbour Bridge for more than five hours during the morning rush hour, causing tailbacks that stretched back to the ring road.

The protest was organised by Generation Thaw, a group that wants the government to halt all new oil and gas licences. In a statement, the group said its members had "no choice left but to be inconvenient" and that it would return to the bridge "every week until we are heard."

Among those arrested was Edith Carrington, a 74-year-old retired music teacher, who sat in the middle of the northbound lanes in a folding chair with a flask of tea and a hand-painted sign reading "Ask Your Grandchildren".

"We are out of time. I have been writing letters to my MP since 1989, and I have run out of stamps and patience," she said as two officers helped her to a police van. "If an old woman in a deckchair is the most dangerous thing on this bridge, we are in a very strange country."

Carrington said she had joined Generation Thaw last year after watching the documentary "The Last Glacier" with her grandson.

That grandson, Tom Carrington, 22, was arrested about 20 minutes later after he and three others glued their hands to the road surface. Carrington, a geography student, said he had not told his grandmother in advance that he planned to be there.

"She found out when she saw me on the news. She was furious that I hadn't asked her to come with me," he said.

Chief Superintendent Karen Doyle of Carrow Police said officers had "a duty to keep the city moving" and that the protest had delayed at least three ambulances, one of them carrying a patient with a suspected stroke.

"People have every right to protest. They do not have the right to put someone's mother at risk because an ambulance can't get through," Doyle told reporters at the scene. "That line was crossed this morning."

The force said in a statement later that 41 men and women had been charged with obstructing the highway and that five had been released without charge.

Felix Amankwah, a spokesman for Generation Thaw, disputed the police account of the ambulances. He said protesters had opened a lane for emergency vehicles "within two minutes, every single time" and that the group had filmed each one.

"We are not here to hurt anybody. We are here because the people who are supposed to protect us have stopped doing their jobs," the 23-year-old said.

"If that makes us unpopular on a Thursday morning, so be it."

Drivers caught in the queues were less sympathetic. Stelian Popa, 38, a delivery driver who said he had been stuck on the approach road for three hours, said he would lose a day's pay.

"I've got a van full of parcels and a kid to pick up from school. Who are they helping? Not me," he said. "I care about the planet too. I just can't afford to care about it from a traffic jam."

Transport Minister Harriet Lomax called the blockade "selfish and dangerous" and said the government would bring forward legislation to give police new powers to clear roads.

Generation Thaw, which was founded in Carrow two years ago, says it has about 3,000 active members. The group is said to be planning similar protests in four other cities next month.

Edith Carrington was released on bail on Thursday evening. Waiting outside the police station with a thermos, a supporter who gave her name only as Jo said the older woman had been "cheerful, obviously, and completely unrepentant".

Carrington herself told reporters she would be back on the bridge next week if her bail conditions allowed it. "I'm 74. What are they going to do, ground me?" she said, before being driven home by her grandson.
"""),
})
QUOTES["d6-07"] = [
    Q("We are out of time,", D, "Edith Carrington", "says", "grandmother",
      note="headline: quote, says, singular role resolved by the body (the 74-year-old is a grandmother)"),
    Q('its members had "no choice left but to be inconvenient" and that it would return to the bridge "every week until '
      'we are heard."', M, "Generation Thaw", "said", "the group", note="the full stop sits inside the closing mark"),
    Q("We are out of time. I have been writing letters to my MP since 1989, and I have run out of stamps and patience,",
      D, "Edith Carrington", "said", "she"),
    Q("If an old woman in a deckchair is the most dangerous thing on this bridge, we are in a very strange country.", D,
      "Edith Carrington", "said", "she"),
    Q('she had joined Generation Thaw last year after watching the documentary "The Last Glacier" with her grandson', I,
      "Edith Carrington", "said", "Carrington",
      note="a quoted name (a film title) inside an indirect clause does not make it mixed"),
    Q("he had not told his grandmother in advance that he planned to be there", I, "Tom Carrington", "said",
      "Carrington", note="bare surname shared by grandmother and grandson; he and the role (a geography student) say "
                         "the grandson"),
    Q("She found out when she saw me on the news. She was furious that I hadn't asked her to come with me,", D,
      "Tom Carrington", "said", "he", note="She inside the quote is the grandmother"),
    Q('officers had "a duty to keep the city moving" and that the protest had delayed at least three ambulances, one of '
      'them carrying a patient with a suspected stroke', M, "Karen Doyle", "said", "Karen Doyle",
      note="rank Chief Superintendent dropped"),
    Q("People have every right to protest. They do not have the right to put someone's mother at risk because an "
      "ambulance can't get through,", D, "Karen Doyle", "told", "Doyle"),
    Q("That line was crossed this morning.", D, "Karen Doyle", "told", "Doyle"),
    Q("41 men and women had been charged with obstructing the highway and that five had been released without charge", I,
      "Carrow Police", "said", "The force", note="The force = Carrow Police"),
    Q('protesters had opened a lane for emergency vehicles "within two minutes, every single time" and that the group had '
      'filmed each one', M, "Felix Amankwah", "said", "He"),
    Q("We are not here to hurt anybody. We are here because the people who are supposed to protect us have stopped doing "
      "their jobs,", D, "Felix Amankwah", "said", "the 23-year-old"),
    Q("If that makes us unpopular on a Thursday morning, so be it.", D, "Felix Amankwah", "said", "the 23-year-old",
      note="continuation paragraph with no attribution: the previous speaker, cue and mention"),
    Q("he had been stuck on the approach road for three hours", I, "Stelian Popa", "said", "who",
      note="a report inside the relative clause of the subject: its own entry, relative pronoun outside"),
    Q("he would lose a day's pay", I, "Stelian Popa", "said", "Stelian Popa"),
    Q("I've got a van full of parcels and a kid to pick up from school. Who are they helping? Not me,", D,
      "Stelian Popa", "said", "he", note="a question inside a quotation is part of the quotation"),
    Q("I care about the planet too. I just can't afford to care about it from a traffic jam.", D, "Stelian Popa", "said",
      "he"),
    Q("selfish and dangerous", D, "Harriet Lomax", "called", "Harriet Lomax",
      note="quoted words after called X: direct fragment"),
    Q("the government would bring forward legislation to give police new powers to clear roads", I, "Harriet Lomax",
      "said", "Harriet Lomax"),
    Q("it has about 3,000 active members", I, "Generation Thaw", "says", "Generation Thaw",
      note="the relative clause about its founding is outside"),
    Q('the older woman had been "cheerful, obviously, and completely unrepentant"', M, "Jo", "said",
      "a supporter who gave her name only as Jo", note="the older woman inside the span is Edith Carrington"),
    Q("she would be back on the bridge next week if her bail conditions allowed it", I, "Edith Carrington",
      "told reporters", "Carrington", note="bare surname; herself and she say the grandmother"),
    Q("I'm 74. What are they going to do, ground me?", D, "Edith Carrington", "said", "she"),
]
NON_QUOTES["d6-07"] = [
    ('a hand-painted sign reading "Ask Your Grandchildren"', "slogan on a sign"),
    ("disputed the police account of the ambulances", "noun object"),
    ("The group is said to be planning similar protests", "unattributed report (said to)"),
]

# ---------------------------------------------------------------------------------------------------------------
# d6-08: a scientific study (curly quotes; two unrelated lead authors Soh, a woman and a man; a study, a paper and
# its authors speaking; findings that are not speech; a paper title; an email to the newspaper)
ARTICLES.append({
    "doc_id": "d6-08",
    "title": "City honeybees learn faster than their country cousins, study finds",
    "outlet": "Science desk",
    "published": "2026-08-05",
    "body": _body("""
Honeybees that forage in cities learn to link a scent with a reward almost twice as fast as bees from farmland, according to a study published on Wednesday, a finding its authors say may help explain how the insects cope with crowded and fast-changing urban environments.

The research, published in the journal Behavioural Ecology Letters under the title “Rapid associative learning in urban honeybee colonies”, tested more than 2,400 bees from 38 hives in and around the cities of Harrowby and Lenz, including rooftop colonies whose bees “commute” across busy streets to reach parks.

“We expected city bees to be stressed, and they are. What we didn’t expect was that they would also be quicker learners,” said Dr Mei-Lin Soh, a behavioural ecologist at the University of Harrowby and one of the study’s two lead authors. “It turns out that a bee that has to find flowers between car parks and balconies gets very good at paying attention.”

The other lead author, Daniel Soh, a doctoral researcher at the same university, is not related to her. He said the team had been “sceptical of our own results” at first and had repeated the experiments over a second summer to rule out a fluke.

“When you get a result this clean, your first instinct is to assume you’ve made a mistake,” Soh said. “So we did the whole thing again, with different hives and different people handling the bees.”

The paper says the effect was strongest in colonies kept within 500 metres of a major road, and that city bees also made fewer errors when the reward was switched to a new scent.

The study found no difference between city and rural bees in how long they remembered a scent once they had learned it.

Soh, the senior of the two, said one possible explanation was that city flowers bloom and vanish quickly, in window boxes and on building sites, so bees that learn fast are more likely to survive. She cautioned that the study could not show whether the difference was inherited or learned during a bee’s short life.

Professor Tobias Wendt, a co-author who leads the university’s pollinator research group, described the findings as “a small piece of a very big puzzle”.

“Nobody should read this and think cities are good for bees. They are not,” Wendt said. “Urban bees carry more pesticide residue and more parasites. What this shows is how adaptable they are, not how comfortable.”

Scientists not involved in the research were more cautious. Dr Kwame Asante, an entomologist at Lenz Polytechnic, said the number of hives was large enough to be convincing, but warned that the results might not apply to wild bees, which behave very differently from managed honeybees.

“Honeybees are, in a sense, domesticated animals. I would want to see this done with bumblebees before I believed it said anything about nature in general,” he said.

Professor Ingeborg Lund of the Nordic Institute for Bee Health questioned the way the learning tests were scored, arguing that city bees might simply be hungrier and therefore more motivated during the experiments.

“A hungry bee looks like a clever bee,” she told this newspaper in an email. “I am not saying the authors are wrong. I am saying the alternative has not been ruled out.”

Asked about Lund’s criticism, Mei-Lin Soh said the team had controlled for hunger by feeding all colonies the same sugar solution for 48 hours before each trial. “It’s a fair question, and it’s one the reviewers asked us too,” she said.

The work was funded by the Pollinator Trust, a charity, which said in a statement that it hoped the results would encourage city councils to plant more flowering trees along busy roads.

Bernard Lyle, who keeps 30 hives on the roof of a hotel in central Harrowby, said he was not surprised. “My bees work the whole city. They know where the lime trees are before I do,” he said. “I always thought they were cleverer than the ones in the country. Now I can tell people a university agrees with me.”
"""),
})
QUOTES["d6-08"] = [
    Q("Honeybees that forage in cities learn to link a scent with a reward almost twice as fast as bees from farmland", I,
      "a study published on Wednesday", "according to", "a study published on Wednesday",
      note="preposed report before according to; a document speaking"),
    Q("may help explain how the insects cope with crowded and fast-changing urban environments", I, "its authors", "say",
      "its authors",
      note="a finding its authors say …: the noun and the relative construction are outside, as for 'an increase that "
           "officials say is needed'; a plural group stays as written"),
    Q("We expected city bees to be stressed, and they are. What we didn’t expect was that they would also be quicker "
      "learners,", D, "Mei-Lin Soh", "said", "Mei-Lin Soh", note="inverted said X, a …; honorific Dr dropped"),
    Q("It turns out that a bee that has to find flowers between car parks and balconies gets very good at paying "
      "attention.", D, "Mei-Lin Soh", "said", "Mei-Lin Soh"),
    Q("the team had been “sceptical of our own results” at first and had repeated the experiments over a second summer "
      "to rule out a fluke", M, "Daniel Soh", "said", "He"),
    Q("When you get a result this clean, your first instinct is to assume you’ve made a mistake,", D, "Daniel Soh",
      "said", "Soh", note="bare surname shared by the two lead authors; the previous paragraph (He) says Daniel Soh"),
    Q("So we did the whole thing again, with different hives and different people handling the bees.", D, "Daniel Soh",
      "said", "Soh"),
    Q("the effect was strongest in colonies kept within 500 metres of a major road, and that city bees also made fewer "
      "errors when the reward was switched to a new scent", I, "the paper", "says", "The paper",
      note="a document speaking; the next paragraph (found) is a finding"),
    Q("one possible explanation was that city flowers bloom and vanish quickly, in window boxes and on building sites, so "
      "bees that learn fast are more likely to survive", I, "Mei-Lin Soh", "said", "Soh",
      note="bare surname right after Daniel Soh spoke; the senior of the two and She say Mei-Lin Soh"),
    Q("the study could not show whether the difference was inherited or learned during a bee’s short life", I,
      "Mei-Lin Soh", "cautioned", "She"),
    Q("a small piece of a very big puzzle", D, "Tobias Wendt", "described", "Tobias Wendt",
      note="quoted words after described … as: direct fragment"),
    Q("Nobody should read this and think cities are good for bees. They are not,", D, "Tobias Wendt", "said", "Wendt"),
    Q("Urban bees carry more pesticide residue and more parasites. What this shows is how adaptable they are, not how "
      "comfortable.", D, "Tobias Wendt", "said", "Wendt"),
    Q("the number of hives was large enough to be convincing", I, "Kwame Asante", "said", "Kwame Asante"),
    Q("the results might not apply to wild bees, which behave very differently from managed honeybees", I,
      "Kwame Asante", "warned", "Kwame Asante", note="second verb of the same subject (…, but warned …): its own entry"),
    Q("Honeybees are, in a sense, domesticated animals. I would want to see this done with bumblebees before I believed "
      "it said anything about nature in general,", D, "Kwame Asante", "said", "he"),
    Q("city bees might simply be hungrier and therefore more motivated during the experiments", I, "Ingeborg Lund",
      "arguing", "Ingeborg Lund",
      note="participle whose subject is the speaker; questioned the way … is a noun object"),
    Q("A hungry bee looks like a clever bee,", D, "Ingeborg Lund", "told", "she",
      note="an email to the newspaper by a named author goes to the author"),
    Q("I am not saying the authors are wrong. I am saying the alternative has not been ruled out.", D, "Ingeborg Lund",
      "told", "she"),
    Q("the team had controlled for hunger by feeding all colonies the same sugar solution for 48 hours before each trial",
      I, "Mei-Lin Soh", "said", "Mei-Lin Soh"),
    Q("It’s a fair question, and it’s one the reviewers asked us too,", D, "Mei-Lin Soh", "said", "she"),
    Q("it hoped the results would encourage city councils to plant more flowering trees along busy roads", I,
      "Pollinator Trust", "said", "which", note="relative pronoun for the charity"),
    Q("he was not surprised", I, "Bernard Lyle", "said", "Bernard Lyle"),
    Q("My bees work the whole city. They know where the lime trees are before I do,", D, "Bernard Lyle", "said", "he"),
    Q("I always thought they were cleverer than the ones in the country. Now I can tell people a university agrees with "
      "me.", D, "Bernard Lyle", "said", "he"),
]
NON_QUOTES["d6-08"] = [
    ("City honeybees learn faster than their country cousins, study finds",
     "headline finding: findings are not speech (finds, as found in the body)"),
    ("under the title “Rapid associative learning in urban honeybee colonies”", "paper title"),
    ("whose bees “commute”", "scare quotes"),
    ("The study found no difference", "finding"),
    ("questioned the way the learning tests were scored", "noun object"),
    ("Asked about Lund’s criticism", "journalist's question"),
]
