"""Long news articles written for this project as quotation test data, with their hand annotations.

The articles are original text written for this project (fictional people, companies and events in the style of
wire copy and local papers); they are released under the project's licence, or CC0 at your option. They were
written and annotated by an annotator who never read or ran the project's quotation extractor, following the rules
of `tests/data/README.md` ("### Annotation rules", and the headline conventions of the dev3/test2 section).

- ARTICLES: dicts with doc_id, title (the headline; it is part of the document text), outlet, published, body
  (paragraphs separated by blank lines).
- QUOTES: doc_id -> annotations in document order, Q(span text, kind, speaker, cue, speaker mention, ...).
- NON_QUOTES: doc_id -> (snippet, reason): quote-marked text and reporting verbs that are deliberately NOT
  quotations (scare quotes, titles, noun objects, beliefs, rumours, the writer's voice). The builder requires
  every quote mark and reporting verb outside the annotations to be listed here, as a recall check.
- QUOTE_FREE: documents deliberately without quotations (none in this set).

Built into JSON lines by `scripts/build_quotes_long.py`.
"""

from __future__ import annotations


def Q(text, kind, speaker, cue, mention, resolved=True, nth=None, note=""):
    """One annotation: span text (located in the document), kind, speaker, cue, speaker mention."""
    return {"text": text, "kind": kind, "speaker": speaker, "cue": cue, "mention": mention, "resolved": resolved, "nth": nth,
            "note": note}


D, I, M = "direct", "indirect", "mixed"


def _body(block: str) -> str:
    """Paragraphs (one line each) separated by one blank line."""
    return "\n\n".join(p.strip() for p in block.strip().split("\n\n"))


ARTICLES: list[dict] = []
QUOTES: dict[str, list[dict]] = {}
NON_QUOTES: dict[str, list[tuple[str, str]]] = {}
QUOTE_FREE: set[str] = set()

DATELINE = "dateline excluded from the preposed report"

# ---------------------------------------------------------------------------------------------------------------
# long-01: diplomacy (curly quotes; single quotes in the headline)
ARTICLES.append({
    "doc_id": "long-01",
    "title": "Turkey ‘ready to talk without preconditions’ on Aegean dispute, says Karaosmanoğlu",
    "outlet": "Wire staff",
    "published": "2026-10-14",
    "body": _body("""
GENEVA (Wire) — Turkey is ready to resume talks with Greece on maritime boundaries in the Aegean “without preconditions”, Foreign Minister Mevlüt Karaosmanoğlu said on Tuesday, as the two NATO allies met for the first time in 18 months under United Nations auspices.

Speaking to reporters after a three-hour session at the Palais des Nations, Karaosmanoğlu said Ankara wanted “a fair sharing” of the continental shelf and that any agreement had to respect the rights of Turkish Cypriots.

“We did not come to Geneva to repeat old positions,” he said. “We came to find a way forward, and I believe we can find one if both sides show courage.”

His Greek counterpart, Eleni Vlachou, was more cautious. She told reporters that Athens would not negotiate on sovereignty and that the talks could only cover the delimitation of the continental shelf and exclusive economic zones.

“Greece’s sovereignty is not on the table. It never has been and it never will be,” Vlachou said. “But we are here, and that in itself says something.”

The meeting, chaired by the UN special envoy Søren Ødegaard, was the first since talks collapsed in April last year after a confrontation between coast guard vessels near the island of Kastellorizo.

Ødegaard, a former Norwegian foreign minister, described the atmosphere as “businesslike and, at moments, even warm”.

“Nobody expected a breakthrough today,” the Norwegian diplomat told a news conference. “What matters is that the two delegations have agreed to meet again, and that they have agreed on a calendar.”

According to Ødegaard, technical teams will meet in Vienna in November, and the ministers could return to Geneva before the end of the year.

Diplomats in Geneva said privately that the biggest obstacle remained whether islands such as Kastellorizo, which lies barely two kilometres off the Turkish coast, are entitled to a full continental shelf. One senior European diplomat, who asked not to be named because the discussions were confidential, said the Turkish side had come with “new maps and a new tone”.

“The tone is different, that much is true,” the diplomat said. “Whether the substance is different, we will know in Vienna.”

The Turkish foreign ministry said in a statement later on Tuesday that the minister had also raised the issue of migrants crossing the Aegean and had proposed a joint working group on search and rescue.

Turkish officials said Karaosmanoğlu would travel to Brussels next week to brief European Union foreign ministers on the talks.

Relations between Ankara and Athens have swung between crisis and détente for decades. The two countries came close to war in 1996 over a pair of uninhabited islets, and tensions rose again in 2020 when a Turkish survey ship, the Oruç Reis, prospected for gas in waters claimed by Greece.

Opposition politicians in both countries were quick to criticise the meeting. In Ankara, Şükrü Aydemir, deputy leader of the nationalist opposition, called the Geneva format “a trap set by Brussels”, while in Athens the former defence minister Kostas Manolakis accused the government of “naivety”.

Karaosmanoğlu, 58, brushed off the criticism. Pressed on whether he expected an agreement before Turkey’s next elections, the minister smiled and said: “I am a diplomat, not a fortune teller.”

Vlachou is due to brief the Greek parliament’s foreign affairs committee on Thursday. Her office said she would “set out clearly what was agreed and what was not”, adding that there had been no secret understandings.

There has been speculation in both capitals that the two leaders could meet in the spring, but neither government would confirm it on Tuesday.
"""),
})
QUOTES["long-01"] = [
    Q("Turkey ‘ready to talk without preconditions’ on Aegean dispute", M, "Mevlüt Karaosmanoğlu", "says", "Karaosmanoğlu",
      note="headline: report with a quoted fragment, then ', says X'"),
    Q("Turkey is ready to resume talks with Greece on maritime boundaries in the Aegean “without preconditions”", M,
      "Mevlüt Karaosmanoğlu", "said", "Mevlüt Karaosmanoğlu", note=DATELINE),
    Q("Ankara wanted “a fair sharing” of the continental shelf and that any agreement had to respect the rights of "
      "Turkish Cypriots", M, "Mevlüt Karaosmanoğlu", "said", "Karaosmanoğlu"),
    Q("We did not come to Geneva to repeat old positions,", D, "Mevlüt Karaosmanoğlu", "said", "he"),
    Q("We came to find a way forward, and I believe we can find one if both sides show courage.", D,
      "Mevlüt Karaosmanoğlu", "said", "he"),
    Q("Athens would not negotiate on sovereignty and that the talks could only cover the delimitation of the continental "
      "shelf and exclusive economic zones", I, "Eleni Vlachou", "told reporters", "She"),
    Q("Greece’s sovereignty is not on the table. It never has been and it never will be,", D, "Eleni Vlachou", "said",
      "Vlachou"),
    Q("But we are here, and that in itself says something.", D, "Eleni Vlachou", "said", "Vlachou"),
    Q("businesslike and, at moments, even warm", D, "Søren Ødegaard", "described", "Ødegaard",
      note="quoted words after a non-reporting verb"),
    Q("Nobody expected a breakthrough today,", D, "Søren Ødegaard", "told", "the Norwegian diplomat"),
    Q("What matters is that the two delegations have agreed to meet again, and that they have agreed on a calendar.", D,
      "Søren Ødegaard", "told", "the Norwegian diplomat"),
    Q("technical teams will meet in Vienna in November, and the ministers could return to Geneva before the end of the "
      "year", I, "Søren Ødegaard", "according to", "Ødegaard"),
    Q("the biggest obstacle remained whether islands such as Kastellorizo, which lies barely two kilometres off the "
      "Turkish coast, are entitled to a full continental shelf", I, "Diplomats in Geneva", "said", "Diplomats in Geneva"),
    Q("the Turkish side had come with “new maps and a new tone”", M, "One senior European diplomat", "said",
      "One senior European diplomat", note="anonymous source: the role phrase is the speaker"),
    Q("The tone is different, that much is true,", D, "One senior European diplomat", "said", "the diplomat"),
    Q("Whether the substance is different, we will know in Vienna.", D, "One senior European diplomat", "said",
      "the diplomat"),
    Q("the minister had also raised the issue of migrants crossing the Aegean and had proposed a joint working group on "
      "search and rescue", I, "Turkish foreign ministry", "said", "The Turkish foreign ministry"),
    Q("Karaosmanoğlu would travel to Brussels next week to brief European Union foreign ministers on the talks", I,
      "Turkish officials", "said", "Turkish officials"),
    Q("a trap set by Brussels", D, "Şükrü Aydemir", "called", "Şükrü Aydemir"),
    Q("naivety", D, "Kostas Manolakis", "accused", "Kostas Manolakis",
      note="quoted word after 'accused ... of' (as 'accusing chairman brother of ‘vendetta’')"),
    Q("I am a diplomat, not a fortune teller.", D, "Mevlüt Karaosmanoğlu", "said", "the minister",
      note="attribution first, with a colon"),
    Q("she would “set out clearly what was agreed and what was not”", M, "Her office", "said", "Her office",
      note="Vlachou's office; the role phrase as written is the speaker (as 'His mother' in dev2)"),
    Q("there had been no secret understandings", I, "Her office", "adding", "Her office"),
]
NON_QUOTES["long-01"] = [
    ("Speaking to reporters after a three-hour session", "circumstance; the report follows with 'said'"),
    ("who asked not to be named because the discussions were confidential", "a request for anonymity, no reported content"),
    ("waters claimed by Greece", "a territorial claim (passive participle), not speech"),
    ("quick to criticise the meeting", "noun object"),
    ("brushed off the criticism", "noun object"),
    ("Pressed on whether he expected an agreement", "the reporters' question, no speaker of its own"),
    ("There has been speculation in both capitals that the two leaders could meet", "unattributed speculation"),
]

# ---------------------------------------------------------------------------------------------------------------
# long-02: courts (straight quotes; straight single quotes in the headline)
ARTICLES.append({
    "doc_id": "long-02",
    "title": "Ex-mayor Núñez 'took bribes to fund lifestyle,' prosecutor tells jury",
    "outlet": "The Harlan County Ledger",
    "published": "2026-03-18",
    "body": _body("""
SAN ESTEBAN — José Ángel Núñez, the former mayor of San Esteban, used his office to collect more than $1.2 million in bribes from developers and spent the money on a lake house, a boat and private school fees, a federal prosecutor told jurors Tuesday as his corruption trial opened.

"This case is about a man who put City Hall up for sale," Assistant U.S. Attorney Rachel Whitcombe said in her opening statement. "And the developers who bought it knew exactly what they were paying for."

Núñez, 61, who served three terms before losing his re-election bid in 2024, has pleaded not guilty to 14 counts including bribery, honest-services fraud and money laundering. He faces up to 20 years in prison on the most serious charge. Many of his supporters believe the charges were engineered by his political rivals.

His attorney, Marcus Obi, told the jury that the government's case rested on the word of two developers who had struck deals to avoid prison themselves.

"They are not witnesses. They are customers," Obi said. "They bought themselves a lighter sentence, and the price was my client."

The lake house, Obi argued, had been bought with an inheritance from Núñez's mother, and the boat was "a 19-foot fishing boat, not a yacht, whatever the government wants you to picture."

U.S. District Judge Helen Tran warned both sides before the openings that she would not tolerate "theatrics" in her courtroom, and told jurors the trial could last five weeks.

Tran also ruled on Tuesday that prosecutors could tell jurors about a 2018 ethics complaint against Núñez, which was later dismissed, but only to explain how the FBI investigation began.

The first witness, developer Kyle Brandt, testified that he handed Núñez envelopes of cash in the parking lot of a steakhouse on at least six occasions between 2019 and 2022.

"He would count it in front of me. Every time," Brandt said. He told the jury he had paid because "if you didn't, your permits sat in a drawer."

"Everybody in San Esteban knew that," he said.

Under cross-examination, Obi pressed Brandt on his plea agreement, which the developer acknowledged could reduce his own sentence by several years. Brandt also admitted he had lied to FBI agents in his first two interviews.

"I was scared," Brandt said. "I'm not proud of it."

Outside the courthouse, about two dozen supporters of the former mayor gathered with banners and a portable speaker playing mariachi music. Núñez did not speak to reporters, but his daughter, Ana Lucía Núñez, said the family was "confident the truth will come out."

"My father gave his life to this city," she said. "He's not perfect. Nobody is. But he is not a criminal."

The case is one of several to emerge from a long-running FBI investigation into the awarding of building permits in Harlan County, known locally as "Operation Concrete." Two former city planning officials pleaded guilty last year and are expected to testify later in the trial.

Whitcombe told jurors they would hear recordings that Brandt made in 2022 while wearing a wire for the FBI, in which Núñez allegedly discusses payments and the timing of permit decisions.

Obi told reporters during a break that the recordings had been taken out of context. He has asked the judge to let jurors hear the full four hours of tape rather than the excerpts chosen by prosecutors, a request Tran has yet to rule on.

The trial resumes Wednesday, when prosecutors are expected to call a second developer, Terrence Vo, who ran a construction company in San Esteban until 2023.
"""),
})
QUOTES["long-02"] = [
    Q("Ex-mayor Núñez 'took bribes to fund lifestyle,'", M, "Rachel Whitcombe", "tells", "prosecutor",
      note="headline: the prosecutor is Rachel Whitcombe (body); the comma sits inside the closing mark"),
    Q("José Ángel Núñez, the former mayor of San Esteban, used his office to collect more than $1.2 million in bribes "
      "from developers and spent the money on a lake house, a boat and private school fees", I, "Rachel Whitcombe",
      "told", "a federal prosecutor", note=DATELINE + "; the prosecutor is named in the next paragraph"),
    Q("This case is about a man who put City Hall up for sale,", D, "Rachel Whitcombe", "said", "Rachel Whitcombe"),
    Q("And the developers who bought it knew exactly what they were paying for.", D, "Rachel Whitcombe", "said",
      "Rachel Whitcombe"),
    Q("the government's case rested on the word of two developers who had struck deals to avoid prison themselves", I,
      "Marcus Obi", "told", "Marcus Obi"),
    Q("They are not witnesses. They are customers,", D, "Marcus Obi", "said", "Obi"),
    Q("They bought themselves a lighter sentence, and the price was my client.", D, "Marcus Obi", "said", "Obi"),
    Q('had been bought with an inheritance from Núñez\'s mother, and the boat was "a 19-foot fishing boat, not a yacht, '
      'whatever the government wants you to picture."', M, "Marcus Obi", "argued", "Obi",
      note="the bare subject 'The lake house,' before the attribution is not an entry; the full stop sits inside the "
           "closing mark, so the span runs through the mark"),
    Q('she would not tolerate "theatrics" in her courtroom', M, "Helen Tran", "warned", "Helen Tran"),
    Q("the trial could last five weeks", I, "Helen Tran", "told", "Helen Tran"),
    Q("prosecutors could tell jurors about a 2018 ethics complaint against Núñez, which was later dismissed, but only to "
      "explain how the FBI investigation began", I, "Helen Tran", "ruled", "Tran", note="a ruling reports the judge's decision"),
    Q("he handed Núñez envelopes of cash in the parking lot of a steakhouse on at least six occasions between 2019 and "
      "2022", I, "Kyle Brandt", "testified", "Kyle Brandt"),
    Q("He would count it in front of me. Every time,", D, "Kyle Brandt", "said", "Brandt"),
    Q('he had paid because "if you didn\'t, your permits sat in a drawer."', M, "Kyle Brandt", "told", "He"),
    Q("Everybody in San Esteban knew that,", D, "Kyle Brandt", "said", "he"),
    Q("could reduce his own sentence by several years", I, "Kyle Brandt", "acknowledged", "the developer",
      note="'which the developer acknowledged could reduce ...': the relative pronoun is not in the span"),
    Q("he had lied to FBI agents in his first two interviews", I, "Kyle Brandt", "admitted", "Brandt"),
    Q("I was scared,", D, "Kyle Brandt", "said", "Brandt"),
    Q("I'm not proud of it.", D, "Kyle Brandt", "said", "Brandt"),
    Q('the family was "confident the truth will come out."', M, "Ana Lucía Núñez", "said", "Ana Lucía Núñez"),
    Q("My father gave his life to this city,", D, "Ana Lucía Núñez", "said", "she"),
    Q("He's not perfect. Nobody is. But he is not a criminal.", D, "Ana Lucía Núñez", "said", "she"),
    Q("they would hear recordings that Brandt made in 2022 while wearing a wire for the FBI, in which Núñez allegedly "
      "discusses payments and the timing of permit decisions", I, "Rachel Whitcombe", "told", "Whitcombe"),
    Q("the recordings had been taken out of context", I, "Marcus Obi", "told reporters", "Obi"),
]
NON_QUOTES["long-02"] = [
    ("has pleaded not guilty to 14 counts", "a plea with a noun object"),
    ("Many of his supporters believe the charges were engineered", "belief"),
    ("pressed Brandt on his plea agreement", "noun object"),
    ("Núñez did not speak to reporters", "no reported content"),
    ('known locally as "Operation Concrete."', "the name of an investigation"),
    ("pleaded guilty last year", "a plea, no reported content"),
    ("He has asked the judge to let jurors hear the full four hours of tape", "a request (object + infinitive), "
                                                                              "not reported speech"),
]

# ---------------------------------------------------------------------------------------------------------------
# long-03: business / earnings (curly quotes)
ARTICLES.append({
    "doc_id": "long-03",
    "title": "Baltica Freight cuts outlook as Red Sea detours squeeze margins",
    "outlet": "Wire staff",
    "published": "2026-07-23",
    "body": _body("""
WARSAW, July 23 (Wire) - Baltica Freight cut its full-year profit forecast on Thursday, blaming longer shipping routes around Africa and a slump in European industrial demand, and said it would review the future of its loss-making air cargo unit.

The Warsaw-listed company, which moves goods for carmakers and retailers in 14 countries, now expects adjusted operating profit of 410 million to 450 million zlotys ($104 million to $114 million) for 2026, down from a previous range of 520 million to 560 million.

Its shares fell 9.4% by 1030 GMT, their biggest one-day drop since March 2020.

Baltica said it still expected container volumes to grow by about 4% this year, helped by new contracts with two German carmakers.

“The second quarter was the hardest we have had since the pandemic,” Chief Executive Łukasz Wróblewski told analysts on a conference call. “We are not going to pretend otherwise.”

Wróblewski, who took over in January after eight years at Danish rival Nordlys Logistik, said the company was moving more cargo than a year ago but earning less on every container because ships were sailing around the Cape of Good Hope to avoid attacks in the Red Sea.

A voyage from Shanghai to Gdańsk now takes 12 to 14 days longer, he said, and customers had been slow to accept higher rates.

Chief Financial Officer Małgorzata Zielińska said cost savings of 60 million zlotys announced in April were on track, but warned that the second half would also be “challenging”, particularly in the automotive business.

“Our customers in the car industry are cutting production, and when they cut, we feel it within weeks,” she said.

The air cargo unit, Baltica Air Logistics, lost 38 million zlotys in the first half. Wróblewski said all options were being considered, including a sale or a partnership, but declined to say whether talks had begun.

“I have been asked this question by every investor I have met since January,” the chief executive said, smiling. “The answer today is the same: we will decide by the end of the year.”

Some investors believe the unit could fetch as much as 300 million zlotys in a sale.

Zielińska told reporters after the call that the company would also consider selling its stake in a rail terminal in Kaunas if the price was right, and that several parties had shown “early interest”.

Analysts said the cut to the forecast was larger than expected. Henrik Sæther, an analyst at Fjord Securities in Oslo, said the market had assumed the Red Sea effect would fade by the summer.

“It hasn’t, and there is no sign that it will,” Sæther said. “The question for Baltica is whether it can pass the costs on. So far the answer has been no.”

According to a note from Fjord Securities, Baltica’s net debt could rise to 2.8 times core earnings by the end of the year, close to the 3.0 limit set in its loan agreements.

The company said it remained “comfortably within” its covenants and had no plans to raise equity.

Baltica’s results contrasted with those of Nordlys Logistik, which on Tuesday raised its own forecast, saying strong demand from online retailers had offset the cost of the Red Sea detours.

Workers at Baltica’s terminal in Gdańsk are due to vote next week on a pay offer. Tomasz Łęcki, who leads the dockworkers’ union at the terminal, said members would reject any deal that did not keep pace with inflation.

“The company has money for consultants and for a new headquarters,” Łęcki said. “It can find money for the people who load the ships.”

Wróblewski said he hoped an agreement could be reached before the vote.
"""),
})
QUOTES["long-03"] = [
    Q("it would review the future of its loss-making air cargo unit", I, "Baltica Freight", "said", "Baltica Freight"),
    Q("it still expected container volumes to grow by about 4% this year, helped by new contracts with two German "
      "carmakers", I, "Baltica Freight", "said", "Baltica"),
    Q("The second quarter was the hardest we have had since the pandemic,", D, "Łukasz Wróblewski", "told",
      "Łukasz Wróblewski"),
    Q("We are not going to pretend otherwise.", D, "Łukasz Wróblewski", "told", "Łukasz Wróblewski"),
    Q("the company was moving more cargo than a year ago but earning less on every container because ships were sailing "
      "around the Cape of Good Hope to avoid attacks in the Red Sea", I, "Łukasz Wróblewski", "said", "Wróblewski"),
    Q("A voyage from Shanghai to Gdańsk now takes 12 to 14 days longer", I, "Łukasz Wróblewski", "said", "he"),
    Q("and customers had been slow to accept higher rates", I, "Łukasz Wróblewski", "said", "he",
      note="second part of a report split around the attribution"),
    Q("cost savings of 60 million zlotys announced in April were on track", I, "Małgorzata Zielińska", "said",
      "Małgorzata Zielińska"),
    Q("the second half would also be “challenging”, particularly in the automotive business", M, "Małgorzata Zielińska",
      "warned", "Małgorzata Zielińska"),
    Q("Our customers in the car industry are cutting production, and when they cut, we feel it within weeks,", D,
      "Małgorzata Zielińska", "said", "she"),
    Q("all options were being considered, including a sale or a partnership", I, "Łukasz Wróblewski", "said",
      "Wróblewski"),
    Q("I have been asked this question by every investor I have met since January,", D, "Łukasz Wróblewski", "said",
      "the chief executive"),
    Q("The answer today is the same: we will decide by the end of the year.", D, "Łukasz Wróblewski", "said",
      "the chief executive"),
    Q("the company would also consider selling its stake in a rail terminal in Kaunas if the price was right, and that "
      "several parties had shown “early interest”", M, "Małgorzata Zielińska", "told reporters", "Zielińska"),
    Q("the cut to the forecast was larger than expected", I, "Analysts", "said", "Analysts"),
    Q("the market had assumed the Red Sea effect would fade by the summer", I, "Henrik Sæther", "said", "Henrik Sæther"),
    Q("It hasn’t, and there is no sign that it will,", D, "Henrik Sæther", "said", "Sæther"),
    Q("The question for Baltica is whether it can pass the costs on. So far the answer has been no.", D, "Henrik Sæther",
      "said", "Sæther"),
    Q("Baltica’s net debt could rise to 2.8 times core earnings by the end of the year, close to the 3.0 limit set in its "
      "loan agreements", I, "a note from Fjord Securities", "according to", "a note from Fjord Securities",
      note="a document speaking"),
    Q("it remained “comfortably within” its covenants and had no plans to raise equity", M, "Baltica Freight", "said",
      "The company"),
    Q("strong demand from online retailers had offset the cost of the Red Sea detours", I, "Nordlys Logistik", "saying",
      "which"),
    Q("members would reject any deal that did not keep pace with inflation", I, "Tomasz Łęcki", "said", "Tomasz Łęcki"),
    Q("The company has money for consultants and for a new headquarters,", D, "Tomasz Łęcki", "said", "Łęcki"),
    Q("It can find money for the people who load the ships.", D, "Tomasz Łęcki", "said", "Łęcki"),
    Q("he hoped an agreement could be reached before the vote", I, "Łukasz Wróblewski", "said", "Wróblewski"),
]
NON_QUOTES["long-03"] = [
    ("blaming longer shipping routes around Africa", "noun object"),
    ("now expects adjusted operating profit", "a forecast with a noun object"),
    ("declined to say whether talks had begun", "a refusal, no reported content"),
    ("Some investors believe the unit could fetch", "belief"),
    ("raised its own forecast", "noun object"),
]

# ---------------------------------------------------------------------------------------------------------------
# long-04: sports (curly quotes; single quotes in the headline)
ARTICLES.append({
    "doc_id": "long-04",
    "title": "Achterberg: ‘We were robbed’ as Harrowgate stun Millbrook late on",
    "outlet": "Sport desk",
    "published": "2026-11-08",
    "body": _body("""
A stoppage-time header from 19-year-old substitute Thiago Muñoz gave Harrowgate Town a 2-1 win at Millbrook Rovers on Saturday, but Millbrook manager Zoë Achterberg said the goal should never have stood.

Replays appeared to show Harrowgate captain Dean Holloway pulling the shirt of Millbrook defender Ibrahim Koné as the corner came in, but referee Paul Marsh waved away protests and no VAR check was shown on the stadium screens.

“We were robbed. There’s no other word for it,” Achterberg told BBC Radio Millbrook. “Everybody in the ground saw the shirt being pulled. I’ve watched it five times now and I still can’t believe it was given.”

The 44-year-old, who became the first woman to manage a men’s team in the division when she was appointed in June, said she would be writing to the league to ask for an explanation.

“I’m not going to lose sleep over a fine,” she added. “If they want to fine me for telling the truth, they can.”

Harrowgate manager Gökhan Yıldız, whose side climbed to fifth, said he had not seen a replay and had no sympathy.

“Corners are a wrestling match, every week, in every stadium,” he said. “If you want to give a foul for every shirt that is held, you will have 30 penalties a game.”

Yıldız, a former Turkey international who spent most of his playing career at Beşiktaş, saved his praise for Muñoz, who was making only his third senior appearance.

“He has no fear. None,” the Harrowgate manager said of the teenager. “In training he tries things that make the senior players angry, and then it works and they laugh. Today it worked.”

Muñoz, who was born in Valencia and joined Harrowgate’s academy at 14, said he had dreamed of scoring a winner since he was a child.

“I didn’t even see it go in. I just heard the noise,” he said. “My mum is in the stand. She’s probably crying.”

Yıldız said Muñoz would keep his place in the squad for Tuesday’s cup tie against Redfield, but warned that it was “far too early” to talk about a regular starting place.

Millbrook had led through a first-half penalty from Koné, awarded after Holloway tripped striker Jamal Osei-Bonsu, before Harrowgate’s Ryan Pryce equalised with a deflected shot midway through the second half.

Koné, speaking to reporters in the tunnel, said the dressing room was “devastated”.

“He had two hands on me,” the Ivorian defender said. “Two hands. What am I supposed to do, fall over? Next time maybe I will.”

Holloway, for his part, said only that he had “gone up for the ball like I always do”.

The Match Officials Board, which oversees referees, said in a statement on Saturday evening that the on-field decision had been checked by the video assistant referee and that “no clear and obvious error” had been identified.

Millbrook’s chairman, Geoffrey Plum, said the club would lodge a formal complaint with the league and had asked for the audio of the conversation between the referee and the video assistant to be released.

According to league rules, managers who publicly question a referee’s integrity can be fined up to £10,000. Criticism of individual decisions is usually tolerated.

Harrowgate, whose “dark arts” at set pieces have irritated opponents all season, have now won four of their last five league games. The result leaves Millbrook 14th, three points above the relegation zone, before a trip to leaders Castleford next weekend.

Achterberg insisted her side would respond. “We have a group with character,” she said. “They will be angry tonight, and that’s good. I want them angry.”
"""),
})
QUOTES["long-04"] = [
    Q("We were robbed", D, "Zoë Achterberg", ":", "Achterberg", note="headline: name, colon, quote"),
    Q("the goal should never have stood", I, "Zoë Achterberg", "said", "Zoë Achterberg"),
    Q("We were robbed. There’s no other word for it,", D, "Zoë Achterberg", "told", "Achterberg"),
    Q("Everybody in the ground saw the shirt being pulled. I’ve watched it five times now and I still can’t believe it "
      "was given.", D, "Zoë Achterberg", "told", "Achterberg"),
    Q("she would be writing to the league to ask for an explanation", I, "Zoë Achterberg", "said", "The 44-year-old"),
    Q("I’m not going to lose sleep over a fine,", D, "Zoë Achterberg", "added", "she"),
    Q("If they want to fine me for telling the truth, they can.", D, "Zoë Achterberg", "added", "she"),
    Q("he had not seen a replay and had no sympathy", I, "Gökhan Yıldız", "said", "Gökhan Yıldız"),
    Q("Corners are a wrestling match, every week, in every stadium,", D, "Gökhan Yıldız", "said", "he"),
    Q("If you want to give a foul for every shirt that is held, you will have 30 penalties a game.", D, "Gökhan Yıldız",
      "said", "he"),
    Q("He has no fear. None,", D, "Gökhan Yıldız", "said", "the Harrowgate manager"),
    Q("In training he tries things that make the senior players angry, and then it works and they laugh. Today it "
      "worked.", D, "Gökhan Yıldız", "said", "the Harrowgate manager"),
    Q("he had dreamed of scoring a winner since he was a child", I, "Thiago Muñoz", "said", "Muñoz"),
    Q("I didn’t even see it go in. I just heard the noise,", D, "Thiago Muñoz", "said", "he"),
    Q("My mum is in the stand. She’s probably crying.", D, "Thiago Muñoz", "said", "he"),
    Q("Muñoz would keep his place in the squad for Tuesday’s cup tie against Redfield", I, "Gökhan Yıldız", "said",
      "Yıldız"),
    Q("it was “far too early” to talk about a regular starting place", M, "Gökhan Yıldız", "warned", "Yıldız"),
    Q("the dressing room was “devastated”", M, "Ibrahim Koné", "said", "Koné"),
    Q("He had two hands on me,", D, "Ibrahim Koné", "said", "the Ivorian defender"),
    Q("Two hands. What am I supposed to do, fall over? Next time maybe I will.", D, "Ibrahim Koné", "said",
      "the Ivorian defender"),
    Q("he had “gone up for the ball like I always do”", M, "Dean Holloway", "said", "Holloway"),
    Q("the on-field decision had been checked by the video assistant referee and that “no clear and obvious error” had "
      "been identified", M, "Match Officials Board", "said", "The Match Officials Board"),
    Q("the club would lodge a formal complaint with the league and had asked for the audio of the conversation between the "
      "referee and the video assistant to be released", I, "Geoffrey Plum", "said", "Geoffrey Plum"),
    Q("managers who publicly question a referee’s integrity can be fined up to £10,000", I, "league rules", "according to",
      "league rules", note="a document speaking; the next sentence is the writer's"),
    Q("her side would respond", I, "Zoë Achterberg", "insisted", "Achterberg"),
    Q("We have a group with character,", D, "Zoë Achterberg", "said", "she"),
    Q("They will be angry tonight, and that’s good. I want them angry.", D, "Zoë Achterberg", "said", "she"),
]
NON_QUOTES["long-04"] = [
    ("waved away protests", "noun object"),
    ("saved his praise for Muñoz", "noun object"),
    ("Koné, speaking to reporters in the tunnel", "circumstance; the report follows with 'said'"),
    ("whose “dark arts” at set pieces", "scare quotes, no speaker"),
]

# ---------------------------------------------------------------------------------------------------------------
# long-05: science / health (curly quotes)
ARTICLES.append({
    "doc_id": "long-05",
    "title": "New malaria vaccine cuts severe cases by two-thirds in children, researchers say",
    "outlet": "Health desk",
    "published": "2026-05-12",
    "body": _body("""
A new malaria vaccine given to children in Vietnam and Ghana cut cases of severe malaria by 68% over two years, researchers said on Tuesday, raising hopes for a cheaper alternative to the two vaccines already approved.

The results of the trial, which enrolled 9,400 children aged between five months and three years, were published in The Lancet and presented at a conference in Hanoi.

“This is the result we have been waiting for since we started in 2021,” said Dr Nguyễn Thị Lan, who led the study at the National Institute of Malariology in Hanoi. “For the first time we have a vaccine that is effective, that can be made cheaply, and that does not need to be kept frozen.”

Lan said the vaccine, known as R44, costs less than $2 a dose to produce, compared with $3 to $10 for the existing vaccines, and can be stored in an ordinary refrigerator for up to six months.

The report found that protection waned in the second year, from 79% in the first twelve months to 54% in the second, and that a booster dose restored it in most children.

The co-lead investigator in Ghana, Professor Kwabena Asamoah-Mensah of the Kumasi Centre for Tropical Medicine, said the waning was expected and was “not a cause for alarm”.

“Every malaria vaccine we know of needs a booster. The question is how long the booster lasts, and we will have that data next year,” he said.

According to the World Health Organization, malaria killed an estimated 610,000 people in 2025, most of them children under five in sub-Saharan Africa.

The agency said in a statement that it would review the data but that any recommendation would depend on results from a larger trial in Mali and Burkina Faso, which is due to finish in 2027.

Gavi, the vaccine alliance, said it could begin buying R44 for poor countries within a year of a WHO recommendation, provided the price stayed below $3 a dose.

Independent experts welcomed the results but urged caution. Dr Miriam Feldkamp, an epidemiologist at the Bernhard Nocht Institute in Hamburg who was not involved in the study, noted that the trial had been paid for in part by Halvorsen Biologics, the Norwegian company that makes R44.

“That doesn’t mean the results are wrong. The trial was well designed and the numbers are big,” Feldkamp said. “But I would want to see the same effect in a trial that the company has nothing to do with.”

She also pointed out that severe cases were counted only at clinics taking part in the study, so children treated elsewhere may have been missed.

Halvorsen’s chief executive, Ingrid Bakke-Solheim, said the company had funded less than a third of the trial’s cost and had no role in analysing the data. The company plans to apply for approval from the European Medicines Agency by the end of the year, she said.

“We have built a factory in Accra that can make 40 million doses a year,” the chief executive said. “If the regulators say yes, we can start shipping within months.”

In Ea Súp, a district in Vietnam’s Central Highlands where a third of the trial’s Vietnamese participants live, health worker Hồ Văn Tâm said fewer children had been admitted to the district hospital with malaria this year than at any time he could remember.

“Before, in the rainy season, we had children in every bed, sometimes two in one bed,” Tâm said. “This year there were empty beds. I had never seen that.”

Lan cautioned that the vaccine would not replace bed nets and insecticides. “A vaccine is one tool,” she said. “Malaria has survived every single tool we have thrown at it. It will try to survive this one too.”
"""),
})
QUOTES["long-05"] = [
    Q("New malaria vaccine cuts severe cases by two-thirds in children", I, "researchers", "say", "researchers",
      note="headline: plural role phrase as written"),
    Q("A new malaria vaccine given to children in Vietnam and Ghana cut cases of severe malaria by 68% over two years", I,
      "researchers", "said", "researchers"),
    Q("This is the result we have been waiting for since we started in 2021,", D, "Nguyễn Thị Lan", "said",
      "Nguyễn Thị Lan", note="honorific dropped: the full name is given"),
    Q("For the first time we have a vaccine that is effective, that can be made cheaply, and that does not need to be "
      "kept frozen.", D, "Nguyễn Thị Lan", "said", "Nguyễn Thị Lan"),
    Q("the vaccine, known as R44, costs less than $2 a dose to produce, compared with $3 to $10 for the existing vaccines, "
      "and can be stored in an ordinary refrigerator for up to six months", I, "Nguyễn Thị Lan", "said", "Lan",
      note="Vietnamese given name used as the short form"),
    Q("the waning was expected and was “not a cause for alarm”", M, "Kwabena Asamoah-Mensah", "said",
      "Kwabena Asamoah-Mensah"),
    Q("Every malaria vaccine we know of needs a booster. The question is how long the booster lasts, and we will have "
      "that data next year,", D, "Kwabena Asamoah-Mensah", "said", "he"),
    Q("malaria killed an estimated 610,000 people in 2025, most of them children under five in sub-Saharan Africa", I,
      "World Health Organization", "according to", "the World Health Organization"),
    Q("it would review the data but that any recommendation would depend on results from a larger trial in Mali and "
      "Burkina Faso, which is due to finish in 2027", I, "World Health Organization", "said", "The agency"),
    Q("it could begin buying R44 for poor countries within a year of a WHO recommendation, provided the price stayed below "
      "$3 a dose", I, "Gavi", "said", "Gavi"),
    Q("the trial had been paid for in part by Halvorsen Biologics, the Norwegian company that makes R44", I,
      "Miriam Feldkamp", "noted", "Miriam Feldkamp"),
    Q("That doesn’t mean the results are wrong. The trial was well designed and the numbers are big,", D,
      "Miriam Feldkamp", "said", "Feldkamp"),
    Q("But I would want to see the same effect in a trial that the company has nothing to do with.", D, "Miriam Feldkamp",
      "said", "Feldkamp"),
    Q("severe cases were counted only at clinics taking part in the study, so children treated elsewhere may have been "
      "missed", I, "Miriam Feldkamp", "pointed out", "She"),
    Q("the company had funded less than a third of the trial’s cost and had no role in analysing the data", I,
      "Ingrid Bakke-Solheim", "said", "Ingrid Bakke-Solheim"),
    Q("The company plans to apply for approval from the European Medicines Agency by the end of the year", I,
      "Ingrid Bakke-Solheim", "said", "she"),
    Q("We have built a factory in Accra that can make 40 million doses a year,", D, "Ingrid Bakke-Solheim", "said",
      "the chief executive"),
    Q("If the regulators say yes, we can start shipping within months.", D, "Ingrid Bakke-Solheim", "said",
      "the chief executive"),
    Q("fewer children had been admitted to the district hospital with malaria this year than at any time he could "
      "remember", I, "Hồ Văn Tâm", "said", "Hồ Văn Tâm"),
    Q("Before, in the rainy season, we had children in every bed, sometimes two in one bed,", D, "Hồ Văn Tâm", "said",
      "Tâm"),
    Q("This year there were empty beds. I had never seen that.", D, "Hồ Văn Tâm", "said", "Tâm"),
    Q("the vaccine would not replace bed nets and insecticides", I, "Nguyễn Thị Lan", "cautioned", "Lan"),
    Q("A vaccine is one tool,", D, "Nguyễn Thị Lan", "said", "she"),
    Q("Malaria has survived every single tool we have thrown at it. It will try to survive this one too.", D,
      "Nguyễn Thị Lan", "said", "she"),
]
NON_QUOTES["long-05"] = [
    ("The report found that protection waned", "a document's finding ('found'): not speech (convention of this set)"),
    ("welcomed the results but urged caution", "noun objects"),
    ("raising hopes for a cheaper alternative", "noun object; the writer's comment"),
]

# ---------------------------------------------------------------------------------------------------------------
# long-06: local government (straight quotes; straight single quotes in the headline)
ARTICLES.append({
    "doc_id": "long-06",
    "title": "Mayor hails 'new chapter' as council OKs Main Street bike lanes",
    "outlet": "The Dunmore Courier",
    "published": "2026-02-04",
    "body": _body("""
DUNMORE — The City Council voted 5-4 Tuesday night to install protected bike lanes on a 1.3-mile stretch of Main Street, ending more than a year of debate that packed council chambers, filled social media feeds and, at one point, led to a shouting match in the parking lot of City Hall.

Mayor Renée Okafor, who cast the deciding vote, called the plan "a new chapter for downtown" and said the lanes would make the street safer for everyone, not only cyclists.

"Three people have died on Main Street in the last five years. Three," Okafor said from the dais. "I'm not willing to wait for a fourth before we act."

The $4.6 million project will remove 112 of the street's 190 parking spaces, according to a city staff report, and replace them with concrete-separated lanes in both directions and new crosswalks at six intersections.

Councilman Dale Pruitt, who represents the downtown ward and led the opposition, said the city had "steamrolled" small businesses that depend on drive-up customers.

"Nobody on this council is against safety," Pruitt said. "But you don't fix one problem by creating five more. Ask the pharmacy. Ask the hardware store. They'll tell you."

He said he would ask the city attorney whether the vote could be challenged, because two council members had not received the final engineering drawings until Monday.

Councilwoman Sandra Lutz, who also voted no, said she feared the lanes would push delivery trucks onto narrow side streets where children walk to school.

City Manager Jiří Novák said all council members had received the drawings "in accordance with the charter," and that construction would begin in April and take about seven months.

The Main Street Merchants Association, which represents about 80 businesses, said in a statement that it was "deeply disappointed" and would work with the city to "limit the damage." The group had collected more than 2,000 signatures against the plan.

Linda Marchetti, who has owned Marchetti's Hardware for 31 years, said she expected to lose a fifth of her customers. "My customers are 70, 80 years old. They're not going to ride a bike here to buy a bag of mulch," she said.

Supporters, many wearing yellow T-shirts printed with the slogan "Safe Streets Now," outnumbered opponents at the meeting. Among them was Tomás Ibarra-Quiñones, whose 16-year-old son, Mateo, was struck by a pickup truck at Main and Fifth in 2023 and spent three weeks in the hospital.

"I stood in that parking lot last month and a man told me my son should have been more careful," Ibarra-Quiñones said after the vote. "He was in a crosswalk. With the light."

Okafor, who is in her second term, said she understood the frustration of business owners and promised a $250,000 fund to help them with signs and marketing during construction.

The mayor added that the city would study the effect on sales for two years and "adjust if we have to."

According to the county's transportation department, 14 cyclists and 22 pedestrians were injured in crashes on Main Street between 2021 and 2025. A department spokeswoman, Keisha Dunham, said the design was "consistent with best practice" for cities the size of Dunmore.

"Painted lanes don't protect anybody. Concrete does," the spokeswoman said.

The council also approved, on a unanimous vote, a $310,000 contract to repair the roof of the Dunmore Public Library, which has leaked since a storm in August. No one spoke against it.

Okafor, who faces re-election in November, shrugged off a question about whether the vote would cost her politically. "Maybe," she said. "Ask me in November."
"""),
})
QUOTES["long-06"] = [
    Q("new chapter", D, "Renée Okafor", "hails", "Mayor",
      note="headline: quoted words after a non-reporting verb whose subject speaks"),
    Q("a new chapter for downtown", D, "Renée Okafor", "called", "Renée Okafor"),
    Q("the lanes would make the street safer for everyone, not only cyclists", I, "Renée Okafor", "said", "Renée Okafor"),
    Q("Three people have died on Main Street in the last five years. Three,", D, "Renée Okafor", "said", "Okafor"),
    Q("I'm not willing to wait for a fourth before we act.", D, "Renée Okafor", "said", "Okafor"),
    Q("The $4.6 million project will remove 112 of the street's 190 parking spaces", I, "a city staff report",
      "according to", "a city staff report", note="a document speaking; report split around the attribution"),
    Q("and replace them with concrete-separated lanes in both directions and new crosswalks at six intersections", I,
      "a city staff report", "according to", "a city staff report",
      note="second part of a report split around the attribution"),
    Q('the city had "steamrolled" small businesses that depend on drive-up customers', M, "Dale Pruitt", "said",
      "Dale Pruitt"),
    Q("Nobody on this council is against safety,", D, "Dale Pruitt", "said", "Pruitt"),
    Q("But you don't fix one problem by creating five more. Ask the pharmacy. Ask the hardware store. They'll tell you.",
      D, "Dale Pruitt", "said", "Pruitt"),
    Q("he would ask the city attorney whether the vote could be challenged, because two council members had not received "
      "the final engineering drawings until Monday", I, "Dale Pruitt", "said", "He"),
    Q("she feared the lanes would push delivery trucks onto narrow side streets where children walk to school", I,
      "Sandra Lutz", "said", "Sandra Lutz"),
    Q('all council members had received the drawings "in accordance with the charter," and that construction would begin '
      'in April and take about seven months', M, "Jiří Novák", "said", "Jiří Novák"),
    Q('it was "deeply disappointed" and would work with the city to "limit the damage."', M,
      "Main Street Merchants Association", "said", "The Main Street Merchants Association"),
    Q("she expected to lose a fifth of her customers", I, "Linda Marchetti", "said", "Linda Marchetti"),
    Q("My customers are 70, 80 years old. They're not going to ride a bike here to buy a bag of mulch,", D,
      "Linda Marchetti", "said", "she"),
    Q("I stood in that parking lot last month and a man told me my son should have been more careful,", D,
      "Tomás Ibarra-Quiñones", "said", "Ibarra-Quiñones", note="the report nested in the quote is not an entry"),
    Q("He was in a crosswalk. With the light.", D, "Tomás Ibarra-Quiñones", "said", "Ibarra-Quiñones"),
    Q("she understood the frustration of business owners", I, "Renée Okafor", "said", "Okafor"),
    Q('the city would study the effect on sales for two years and "adjust if we have to."', M, "Renée Okafor", "added",
      "The mayor"),
    Q("14 cyclists and 22 pedestrians were injured in crashes on Main Street between 2021 and 2025", I,
      "the county's transportation department", "according to", "the county's transportation department"),
    Q('the design was "consistent with best practice" for cities the size of Dunmore', M, "Keisha Dunham", "said",
      "Keisha Dunham"),
    Q("Painted lanes don't protect anybody. Concrete does,", D, "Keisha Dunham", "said", "the spokeswoman"),
    Q("Maybe,", D, "Renée Okafor", "said", "she"),
    Q("Ask me in November.", D, "Renée Okafor", "said", "she"),
]
NON_QUOTES["long-06"] = [
    ("led to a shouting match", "a noun, no reported content"),
    ('printed with the slogan "Safe Streets Now,"', "a slogan printed on T-shirts, no speaker"),
    ("promised a $250,000 fund", "noun object"),
    ("No one spoke against it.", "no reported content"),
    ("shrugged off a question about whether the vote would cost her politically", "noun object"),
]

# ---------------------------------------------------------------------------------------------------------------
# long-07: disaster (curly quotes; multi-paragraph quote)
ARTICLES.append({
    "doc_id": "long-07",
    "title": "Portugal wildfire kills 11 as villagers describe ‘wall of flame’",
    "outlet": "Wire staff",
    "published": "2026-09-03",
    "body": _body("""
VALE DE AMÊNDOA, Portugal (Wire) — At least 11 people were killed and dozens injured as a wildfire tore through forested hills in central Portugal overnight, civil protection officials said on Thursday, in the country’s deadliest blaze since 2017.

More than 1,200 firefighters, supported by 14 water-bombing aircraft including two sent from Spain, were still battling three active fronts on Thursday evening, according to the National Authority for Emergency and Civil Protection (ANEPC).

Most of the victims were found in or near cars on a road leading out of the village of Vale de Amêndoa, where residents had tried to flee as the flames approached, ANEPC commander André Conceição Gonçalves told a news conference in the nearby town of Figueiró dos Vinhos.

“The wind changed direction at around two in the morning and the fire travelled four kilometres in less than an hour,” he said. “Nobody could have outrun that. We had crews in the area, but a fire like this creates its own weather.

“I have been doing this job for 26 years and I have seen maybe three fires like it.”

The commander said the fire had started on Wednesday afternoon near a power line, but that investigators had not yet determined the cause. Police said they had ruled out arson “for now”.

In Vale de Amêndoa, a village of about 300 people, dozens of houses were reduced to blackened walls. Maria da Luz Ferreira, 72, said she had been woken by her neighbour banging on the door.

“He was shouting, ‘Maria, get out, get out, it’s here,’” she said, standing in front of what was left of her kitchen. “I took my husband’s photograph and my pills. That’s all. It was a wall of flame, coming down the hill like a train.”

The neighbour, 45-year-old farmer Rui Antunes, said he had gone back for his dogs and found the road blocked by a burning car. “I don’t know who was inside. I didn’t want to know,” he said quietly.

By mid-morning the road was lined with the charred shells of cars, some with their doors still open. A small chapel at the entrance to the village survived almost untouched, its whitewashed walls streaked with soot.

Prime Minister Luísa Marques Teixeira, who cut short a visit to Brussels, declared three days of national mourning and said the government would pay to rebuild every home destroyed by the fire.

“Portugal has lived this nightmare before, and we promised ourselves it would never happen again,” she said after visiting the injured at the hospital in Coimbra. “Today we have to ask ourselves honestly what failed.”

Opposition leaders accused the government of cutting the budget for forest management, a charge the prime minister denied.

The 2017 fires, which killed more than 100 people, led to sweeping reforms, including an obligation on landowners to clear vegetation around homes. Critics say enforcement has been patchy, particularly in areas where many owners have emigrated or died.

Central Portugal’s hills are covered with eucalyptus and pine plantations that burn fast and hot. Much of the land is divided into tiny plots, many of them abandoned as younger people moved to the cities or abroad.

The European Commission said it had activated the EU’s civil protection mechanism at Lisbon’s request, and that aircraft from Greece and Italy would arrive on Friday.

Meteorologists warned that conditions would remain dangerous through the weekend, with temperatures forecast to reach 41C in the interior and winds gusting up to 60 km/h.

On social media, rumours spread that the fire had been started deliberately. Gonçalves dismissed them. “Rumours don’t help anyone. Let the police do their work,” he said.
"""),
})
QUOTES["long-07"] = [
    Q("wall of flame", D, "villagers", "describe", "villagers",
      note="headline: quoted words after a non-reporting verb; plural role phrase as written"),
    Q("At least 11 people were killed and dozens injured as a wildfire tore through forested hills in central Portugal "
      "overnight", I, "civil protection officials", "said", "civil protection officials",
      note=DATELINE + "; ', in the country’s deadliest blaze since 2017' is the writer's"),
    Q("More than 1,200 firefighters, supported by 14 water-bombing aircraft including two sent from Spain, were still "
      "battling three active fronts on Thursday evening", I, "National Authority for Emergency and Civil Protection",
      "according to", "the National Authority for Emergency and Civil Protection"),
    Q("Most of the victims were found in or near cars on a road leading out of the village of Vale de Amêndoa, where "
      "residents had tried to flee as the flames approached", I, "André Conceição Gonçalves", "told",
      "André Conceição Gonçalves"),
    Q("The wind changed direction at around two in the morning and the fire travelled four kilometres in less than an "
      "hour,", D, "André Conceição Gonçalves", "said", "he"),
    Q("Nobody could have outrun that. We had crews in the area, but a fire like this creates its own weather.", D,
      "André Conceição Gonçalves", "said", "he", note="unclosed: the quote runs on into the next paragraph"),
    Q("I have been doing this job for 26 years and I have seen maybe three fires like it.", D,
      "André Conceição Gonçalves", "said", "he", note="continuation paragraph of a multi-paragraph quote"),
    Q("the fire had started on Wednesday afternoon near a power line, but that investigators had not yet determined the "
      "cause", I, "André Conceição Gonçalves", "said", "The commander"),
    Q("they had ruled out arson “for now”", M, "Police", "said", "Police"),
    Q("she had been woken by her neighbour banging on the door", I, "Maria da Luz Ferreira", "said",
      "Maria da Luz Ferreira"),
    Q("He was shouting, ‘Maria, get out, get out, it’s here,’", D, "Maria da Luz Ferreira", "said", "she",
      note="the neighbour's words nested inside are not an entry"),
    Q("I took my husband’s photograph and my pills. That’s all. It was a wall of flame, coming down the hill like a "
      "train.", D, "Maria da Luz Ferreira", "said", "she"),
    Q("he had gone back for his dogs and found the road blocked by a burning car", I, "Rui Antunes", "said",
      "Rui Antunes"),
    Q("I don’t know who was inside. I didn’t want to know,", D, "Rui Antunes", "said", "he"),
    Q("the government would pay to rebuild every home destroyed by the fire", I, "Luísa Marques Teixeira", "said",
      "Luísa Marques Teixeira"),
    Q("Portugal has lived this nightmare before, and we promised ourselves it would never happen again,", D,
      "Luísa Marques Teixeira", "said", "she"),
    Q("Today we have to ask ourselves honestly what failed.", D, "Luísa Marques Teixeira", "said", "she"),
    Q("enforcement has been patchy, particularly in areas where many owners have emigrated or died", I, "Critics", "say",
      "Critics"),
    Q("it had activated the EU’s civil protection mechanism at Lisbon’s request, and that aircraft from Greece and Italy "
      "would arrive on Friday", I, "European Commission", "said", "The European Commission"),
    Q("conditions would remain dangerous through the weekend, with temperatures forecast to reach 41C in the interior and "
      "winds gusting up to 60 km/h", I, "Meteorologists", "warned", "Meteorologists"),
    Q("Rumours don’t help anyone. Let the police do their work,", D, "André Conceição Gonçalves", "said", "he"),
]
NON_QUOTES["long-07"] = [
    ("declared three days of national mourning", "noun object"),
    ("Opposition leaders accused the government of cutting the budget for forest management, a charge the prime minister "
     "denied", "an accusation and a denial with noun objects"),
    ("rumours spread that the fire had been started deliberately", "unattributed rumour"),
    ("Gonçalves dismissed them", "noun object"),
]

# ---------------------------------------------------------------------------------------------------------------
# long-08: culture (curly quotes; many quoted titles)
ARTICLES.append({
    "doc_id": "long-08",
    "title": "Icelandic novelist Ólöf Sigurðardóttir wins Meridian prize for ‘The Salt Year’",
    "outlet": "Books desk",
    "published": "2026-11-20",
    "body": _body("""
The Icelandic novelist Ólöf Sigurðardóttir has won the £50,000 Meridian prize for fiction for “The Salt Year”, a novel about a fishing family in the Westfjords during the financial crash of 2008.

The chair of judges, the French critic François Lemaître-Bâ, said the book had been the unanimous choice of the five-member panel, and called it “a quiet masterpiece that gets louder every time you open it”.

The judges’ citation praised the novel’s “patience and fury” and its portrait of a community that “refuses to disappear”.

“We argued about a great many things over eight months,” Lemaître-Bâ said at the ceremony in London on Thursday night. “We did not argue about this.”

Sigurðardóttir, 51, who wrote the novel in Icelandic and translated it into English herself, said she had not expected to win and had not prepared a speech.

“My mother gutted fish for 40 years in Ísafjörður,” she told the audience. “She never read a novel in her life. She would have thought all of this was very strange, but I think she would have been proud.

“This book is for her, and for every woman who stood in that factory in the cold.”

The novel, her fourth, follows three generations of the Jónsdóttir family as the bank collapse wipes out their savings and the town’s last fish-processing plant closes. It was published in English by the small independent press Harbour & Flint, whose founder, Imogen Strachan, said sales had tripled since the shortlist was announced in September.

“We printed 3,000 copies. We are now printing another 40,000,” Strachan said, adding that the press had employed only four people when it acquired the book.

Strachan said Harbour & Flint would hire two more editors next year and would publish Sigurðardóttir’s next book in English “whenever she lets us have it”.

The Meridian, founded in 1994 by a shipping family from Bristol, is open to novels written in any language and published in English in the previous year. Translated fiction has won it four times in the last decade, and the prize money is split between author and translator when they are different people.

The other shortlisted books were “Nine Bridges” by the Nigerian-British writer Chidi Okonkwo-Hart, “A Field Guide to Leaving” by the American poet Dana Whitlock, and “Hôtel des Anges” by the Belgian author Mathilde Verstraete.

Okonkwo-Hart, who had been the bookmakers’ favourite, congratulated the winner on social media, writing that she was “thrilled for Ólöf and for translated fiction”.

Some critics believe the prize has favoured quiet literary novels over more popular fiction in recent years. Last year’s winner, “The Lantern Keepers”, sold fewer than 20,000 copies in Britain.

Lemaître-Bâ rejected that view. “A prize is not a sales chart,” he said. “If people want to know what sold the most, they can look it up. We are telling them what we think will last.”

Film rights to “The Salt Year” were bought last month by the Danish production company Kattegat Pictures, which is developing it as a television series. Its chief executive, Mads Kjærgaard, said filming would start in the Westfjords next autumn.

Sigurðardóttir, who worked for many years as a schoolteacher in Ísafjörður before moving to Reykjavík, published her first novel at the age of 39. Her second, “Driftwood”, was made into a stage play by the National Theatre of Iceland.

Sigurðardóttir said she would use the prize money to “finally fix the roof” of her house in Reykjavík, and to pay for translations of her earlier novels.

She said she had started a new novel but would not reveal its subject. “Something with no fish in it,” she said, laughing.
"""),
})
QUOTES["long-08"] = [
    Q("the book had been the unanimous choice of the five-member panel", I, "François Lemaître-Bâ", "said",
      "François Lemaître-Bâ"),
    Q("a quiet masterpiece that gets louder every time you open it", D, "François Lemaître-Bâ", "called",
      "François Lemaître-Bâ"),
    Q("patience and fury", D, "the judges’ citation", "praised", "The judges’ citation",
      note="a document speaking; quoted words after a non-reporting verb"),
    Q("refuses to disappear", D, "the judges’ citation", "praised", "The judges’ citation",
      note="second quoted fragment in the object of 'praised'"),
    Q("We argued about a great many things over eight months,", D, "François Lemaître-Bâ", "said", "Lemaître-Bâ"),
    Q("We did not argue about this.", D, "François Lemaître-Bâ", "said", "Lemaître-Bâ"),
    Q("she had not expected to win and had not prepared a speech", I, "Ólöf Sigurðardóttir", "said", "Sigurðardóttir"),
    Q("My mother gutted fish for 40 years in Ísafjörður,", D, "Ólöf Sigurðardóttir", "told", "she"),
    Q("She never read a novel in her life. She would have thought all of this was very strange, but I think she would "
      "have been proud.", D, "Ólöf Sigurðardóttir", "told", "she", note="unclosed: the quote runs on into the next paragraph"),
    Q("This book is for her, and for every woman who stood in that factory in the cold.", D, "Ólöf Sigurðardóttir",
      "told", "she", note="continuation paragraph of a multi-paragraph quote"),
    Q("sales had tripled since the shortlist was announced in September", I, "Imogen Strachan", "said",
      "Imogen Strachan"),
    Q("We printed 3,000 copies. We are now printing another 40,000,", D, "Imogen Strachan", "said", "Strachan"),
    Q("the press had employed only four people when it acquired the book", I, "Imogen Strachan", "adding", "Strachan"),
    Q("Harbour & Flint would hire two more editors next year and would publish Sigurðardóttir’s next book in English "
      "“whenever she lets us have it”", M, "Imogen Strachan", "said", "Strachan"),
    Q("she was “thrilled for Ólöf and for translated fiction”", M, "Chidi Okonkwo-Hart", "writing", "Okonkwo-Hart"),
    Q("A prize is not a sales chart,", D, "François Lemaître-Bâ", "said", "he"),
    Q("If people want to know what sold the most, they can look it up. We are telling them what we think will last.", D,
      "François Lemaître-Bâ", "said", "he"),
    Q("filming would start in the Westfjords next autumn", I, "Mads Kjærgaard", "said", "Mads Kjærgaard"),
    Q("she would use the prize money to “finally fix the roof” of her house in Reykjavík, and to pay for translations of "
      "her earlier novels", M, "Ólöf Sigurðardóttir", "said", "Sigurðardóttir"),
    Q("she had started a new novel but would not reveal its subject", I, "Ólöf Sigurðardóttir", "said", "She"),
    Q("Something with no fish in it,", D, "Ólöf Sigurðardóttir", "said", "she"),
]
NON_QUOTES["long-08"] = [
    ("who wrote the novel in Icelandic", "authorship, noun object"),
    ("for ‘The Salt Year’", "book title (headline)"),
    ("for “The Salt Year”, a novel", "book title"),
    ("“Nine Bridges” by", "book title"),
    ("“A Field Guide to Leaving” by", "book title"),
    ("“Hôtel des Anges” by", "book title"),
    ("congratulated the winner on social media", "noun object"),
    ("Some critics believe the prize has favoured", "belief"),
    ("“The Lantern Keepers”", "book title"),
    ("rejected that view", "noun object"),
    ("Film rights to “The Salt Year”", "book title"),
    ("“Driftwood”", "book title"),
]

# ---------------------------------------------------------------------------------------------------------------
# long-09: technology (straight quotes)
ARTICLES.append({
    "doc_id": "long-09",
    "title": "Fitness app FitPulse exposed 3 million users' health data, researcher says",
    "outlet": "TechWire",
    "published": "2026-06-17",
    "body": _body("""
FitPulse, a popular fitness-tracking app, left the heart-rate readings, sleep records and home addresses of about 3 million users exposed on an unsecured server for at least five weeks, according to a security researcher who found the data.

Zoë Lindqvist, a Stockholm-based researcher at the security firm Northgate Labs, said she discovered the database on May 3 while scanning for misconfigured cloud storage and alerted FitPulse the same day. The company did not lock it down until May 28, she said.

"I sent them four emails and a message on LinkedIn to their head of security," Lindqvist told TechWire. "For three weeks, nothing. Meanwhile anyone with a browser could download the whole thing."

The exposed records included GPS traces of users' runs, which in many cases began and ended at their homes, she said. Some records also contained notes that users had written about medications and pregnancies.

FitPulse, which is based in Austin, Texas, and says it has 11 million users worldwide, confirmed the exposure in a blog post on Tuesday. The blog post said the server had been set up by a contractor for testing and "should never have contained real user data."

"We take the privacy of our community extremely seriously," said Marcus Delaney-Obuya, FitPulse's chief technology officer, in the post. "We have found no evidence that the data was misused."

Lindqvist said that claim was impossible to verify because the server kept no access logs. She said her firm had found copies of at least part of the database for sale on a criminal forum last week, a claim FitPulse disputed.

A FitPulse spokesman, Jordan Reyes, told TechWire the listing "appears to be a scam using old, publicly available data" and that the company had asked the forum's operators to remove it.

The incident has drawn the attention of regulators on both sides of the Atlantic. Ireland's Data Protection Commission, which oversees FitPulse's European operations from Dublin, said it had opened an inquiry. In the United States, Senator Ruth Abernathy, a Democrat from Oregon, wrote to the company on Monday demanding answers within 14 days.

"Health data is the most sensitive data there is. A heart-rate trace can tell someone when you're asleep, when you're home, even when you're pregnant," Abernathy said in a statement. "Companies that collect it have to be held to a higher standard."

Lawyers for a group of users filed a proposed class action in federal court in Austin on Wednesday. The complaint alleges that FitPulse "ignored repeated warnings" from Lindqvist and violated Texas privacy law.

FitPulse shares, which listed on the Nasdaq in 2024, fell 6.2% on Wednesday. The company sells a $9.99 monthly "Pro" subscription that adds sleep coaching and heart-rhythm alerts, and has been pushing into partnerships with health insurers in the United States and Germany.

Analysts at Corbett Hale Securities said the breach could slow FitPulse's push into insurance partnerships, which depend on customers trusting the company with medical data.

Security experts said the case fit a familiar pattern. "Misconfigured cloud storage is still the number one way we find exposed data," said Tomasz Wierzbicki, a researcher at the University of Warsaw who tracks such incidents. "It's not sophisticated hacking. It's someone leaving the door open."

Northgate Labs said in a statement that it had shared its findings with the Data Protection Commission and with the FBI.

Lindqvist, who has reported more than 40 exposed databases since 2021, said FitPulse's response had been among the worst she had seen. Still, she said, she would keep disclosing such problems privately before going public.

"The alternative is that the criminals find it first," she said. "I would rather be the annoying person in their inbox."
"""),
})
QUOTES["long-09"] = [
    Q("Fitness app FitPulse exposed 3 million users' health data", I, "Zoë Lindqvist", "says", "researcher",
      note="headline: the researcher who found the data is Zoë Lindqvist (body)"),
    Q("FitPulse, a popular fitness-tracking app, left the heart-rate readings, sleep records and home addresses of about "
      "3 million users exposed on an unsecured server for at least five weeks", I, "Zoë Lindqvist", "according to",
      "a security researcher", note="the researcher is named in the next paragraph"),
    Q("she discovered the database on May 3 while scanning for misconfigured cloud storage and alerted FitPulse the same "
      "day", I, "Zoë Lindqvist", "said", "Zoë Lindqvist"),
    Q("The company did not lock it down until May 28", I, "Zoë Lindqvist", "said", "she"),
    Q("I sent them four emails and a message on LinkedIn to their head of security,", D, "Zoë Lindqvist", "told",
      "Lindqvist"),
    Q("For three weeks, nothing. Meanwhile anyone with a browser could download the whole thing.", D, "Zoë Lindqvist",
      "told", "Lindqvist"),
    Q("The exposed records included GPS traces of users' runs, which in many cases began and ended at their homes", I,
      "Zoë Lindqvist", "said", "she", note="the next sentence has no attribution and is not annotated"),
    Q("it has 11 million users worldwide", I, "FitPulse", "says", "which",
      note="report inside a relative clause ('which ... says it has ...')"),
    Q('the server had been set up by a contractor for testing and "should never have contained real user data."', M,
      "the blog post", "said", "The blog post", note="a document speaking"),
    Q("We take the privacy of our community extremely seriously,", D, "Marcus Delaney-Obuya", "said",
      "Marcus Delaney-Obuya"),
    Q("We have found no evidence that the data was misused.", D, "Marcus Delaney-Obuya", "said", "Marcus Delaney-Obuya"),
    Q("that claim was impossible to verify because the server kept no access logs", I, "Zoë Lindqvist", "said",
      "Lindqvist", note="'that' is a determiner ('that claim'), not a complementiser: inside the span"),
    Q("her firm had found copies of at least part of the database for sale on a criminal forum last week", I,
      "Zoë Lindqvist", "said", "She", note="', a claim FitPulse disputed' is the writer's"),
    Q('the listing "appears to be a scam using old, publicly available data" and that the company had asked the forum\'s '
      'operators to remove it', M, "Jordan Reyes", "told", "Jordan Reyes"),
    Q("it had opened an inquiry", I, "Ireland's Data Protection Commission", "said", "Ireland's Data Protection Commission"),
    Q("Health data is the most sensitive data there is. A heart-rate trace can tell someone when you're asleep, when "
      "you're home, even when you're pregnant,", D, "Ruth Abernathy", "said", "Abernathy"),
    Q("Companies that collect it have to be held to a higher standard.", D, "Ruth Abernathy", "said", "Abernathy"),
    Q('FitPulse "ignored repeated warnings" from Lindqvist and violated Texas privacy law', M, "the complaint", "alleges",
      "The complaint", note="no plaintiff is named: the document speaks"),
    Q("the breach could slow FitPulse's push into insurance partnerships, which depend on customers trusting the company "
      "with medical data", I, "Analysts at Corbett Hale Securities", "said", "Analysts at Corbett Hale Securities"),
    Q("the case fit a familiar pattern", I, "Security experts", "said", "Security experts"),
    Q("Misconfigured cloud storage is still the number one way we find exposed data,", D, "Tomasz Wierzbicki", "said",
      "Tomasz Wierzbicki"),
    Q("It's not sophisticated hacking. It's someone leaving the door open.", D, "Tomasz Wierzbicki", "said",
      "Tomasz Wierzbicki"),
    Q("it had shared its findings with the Data Protection Commission and with the FBI", I, "Northgate Labs", "said",
      "Northgate Labs"),
    Q("FitPulse's response had been among the worst she had seen", I, "Zoë Lindqvist", "said", "Lindqvist"),
    Q("she would keep disclosing such problems privately before going public", I, "Zoë Lindqvist", "said", "she",
      note="'Still,' before the attribution has no verb: not an entry"),
    Q("The alternative is that the criminals find it first,", D, "Zoë Lindqvist", "said", "she"),
    Q("I would rather be the annoying person in their inbox.", D, "Zoë Lindqvist", "said", "she"),
]
NON_QUOTES["long-09"] = [
    ("a security researcher who found the data", "a discovery, not speech"),
    ("confirmed the exposure in a blog post", "noun object"),
    ("a claim FitPulse disputed", "noun object"),
    ("wrote to the company on Monday demanding answers within 14 days", "a letter with a noun object"),
    ("filed a proposed class action", "noun object"),
    ('monthly "Pro" subscription that adds sleep coaching', "product name; 'adds' is not a reporting verb here"),
    ("who has reported more than 40 exposed databases", "noun object"),
]

# ---------------------------------------------------------------------------------------------------------------
# long-10: interview profile (curly quotes; present-tense 'says'; a quote whose attribution follows in the next
# paragraph)
ARTICLES.append({
    "doc_id": "long-10",
    "title": "‘The mountain doesn’t care who you are’: Gosia Wrześniewska on K2, fear and turning 60",
    "outlet": "Weekend magazine",
    "published": "2026-04-26",
    "body": _body("""
ZAKOPANE, Poland — The first thing you notice about Małgorzata Wrześniewska is her hands. Two fingers on her left hand are missing their top joints, lost to frostbite on Nanga Parbat in 1998; the rest are thick and scarred, the hands of someone who has spent four decades hauling herself up rock and ice.

The second thing is that she laughs constantly, even, or perhaps especially, when the subject is death.

“People expect me to be very serious, like a monk,” says Wrześniewska, who turns 60 next month and is known to everyone in Polish climbing simply as Gosia. “But if you go to the mountains and you are serious all the time, you go crazy. You have to laugh. Otherwise the fear eats you.”

In 2023 she became the first woman to reach the summit of K2, the world’s second-highest mountain, in winter, a feat that many in the climbing world had considered impossible. She did it without supplementary oxygen, in a team of four led by the Nepali guide Mingma Tenzing Sherpa.

The Polish Mountaineering Association said at the time that the ascent had been made in “exemplary style”, and awarded her its gold medal.

She talks about that day in a flat, almost bored voice. The summit, she says, was “nothing special — cold, windy, you can’t see much”. What she remembers is the descent.

“At 8,000 metres, coming down in the dark, Mingma’s headlamp stopped working. We had one lamp for two people. I remember thinking, very calmly, that this is probably how it ends. Not dramatic. Just a small technical problem.

“So we went very slowly, Mingma in front, me holding his harness,” she says. “Fourteen hours. When we reached camp four I sat in the tent and cried like a baby, and then I made tea.”

Mingma Tenzing Sherpa, reached by phone in Kathmandu, said Wrześniewska had been the calmest person on the mountain that night.

Her husband, Jerzy Wrześniewski, a retired physics teacher, says he stopped trying to talk her out of expeditions long ago.

“In the beginning I tried. Every time, I tried,” he says, pouring coffee in the couple’s kitchen, where the walls are covered with photographs of peaks. “Then I understood that asking Gosia not to climb is like asking the river not to go downhill.”

She rolls her eyes. “He says this to every journalist,” she says. “It’s his favourite line. I think he practised it.”

Wrześniewska grew up in Nowy Targ, the daughter of a railway worker and a seamstress, and started climbing at 15 in the Tatras, the mountains that rise behind Zakopane. She says her mother never once asked her to stop, but lit a candle in church every time she left for the Himalayas.

The climbing world she entered in the 1980s was overwhelmingly male. Her former climbing partner, Andrzej Kęsicki, says she was the strongest member of a 1991 expedition to Lhotse, although she was both the only woman and the youngest.

“Some of the men did not like it. They said a woman would slow us down,” Kęsicki, now 71, said by telephone from Kraków. “Then we got to 7,000 metres and she was carrying their loads.”

Wrześniewska is blunt about the sexism she faced, but says it mattered less than people assume. “The mountain doesn’t care who you are,” she says. “Man, woman, rich, poor, famous. If you make a mistake, you die. That is very democratic, in a way.”

She has lost 14 friends in the mountains, she says, including two on K2. She keeps their names in a notebook by her bed.

These days she runs a small guiding school in Zakopane and, to the surprise of many, has taken up painting. Her watercolours of the Tatras sold out at a gallery in Kraków last year. The gallery’s owner, Ewelina Brzęczek, described them as “full of weather”.

Is she planning another expedition? She grins. “My doctor says no. My husband says no. My knees say no,” she says. “So, probably yes.”
"""),
})
QUOTES["long-10"] = [
    Q("The mountain doesn’t care who you are", D, "Małgorzata Wrześniewska", ":", "Gosia Wrześniewska",
      note="headline: quote, colon, the speaker's name ('X on Y' after the name is a topic); the most complete name "
           "is the body's Małgorzata Wrześniewska (Gosia is her nickname)"),
    Q("People expect me to be very serious, like a monk,", D, "Małgorzata Wrześniewska", "says", "Wrześniewska"),
    Q("But if you go to the mountains and you are serious all the time, you go crazy. You have to laugh. Otherwise the "
      "fear eats you.", D, "Małgorzata Wrześniewska", "says", "Wrześniewska"),
    Q("the ascent had been made in “exemplary style”", M, "Polish Mountaineering Association", "said",
      "The Polish Mountaineering Association", note="', and awarded her its gold medal' is no speech"),
    Q("was “nothing special — cold, windy, you can’t see much”", M, "Małgorzata Wrześniewska", "says", "she",
      note="the bare subject 'The summit,' before the attribution is not an entry"),
    Q("At 8,000 metres, coming down in the dark, Mingma’s headlamp stopped working. We had one lamp for two people. I "
      "remember thinking, very calmly, that this is probably how it ends. Not dramatic. Just a small technical problem.",
      D, "Małgorzata Wrześniewska", "says", "she",
      note="unclosed first paragraph of a multi-paragraph quote; its attribution comes in the next paragraph"),
    Q("So we went very slowly, Mingma in front, me holding his harness,", D, "Małgorzata Wrześniewska", "says", "she"),
    Q("Fourteen hours. When we reached camp four I sat in the tent and cried like a baby, and then I made tea.", D,
      "Małgorzata Wrześniewska", "says", "she"),
    Q("Wrześniewska had been the calmest person on the mountain that night", I, "Mingma Tenzing Sherpa", "said",
      "Mingma Tenzing Sherpa"),
    Q("he stopped trying to talk her out of expeditions long ago", I, "Jerzy Wrześniewski", "says", "Jerzy Wrześniewski"),
    Q("In the beginning I tried. Every time, I tried,", D, "Jerzy Wrześniewski", "says", "he"),
    Q("Then I understood that asking Gosia not to climb is like asking the river not to go downhill.", D,
      "Jerzy Wrześniewski", "says", "he"),
    Q("He says this to every journalist,", D, "Małgorzata Wrześniewska", "says", "she"),
    Q("It’s his favourite line. I think he practised it.", D, "Małgorzata Wrześniewska", "says", "she"),
    Q("her mother never once asked her to stop, but lit a candle in church every time she left for the Himalayas", I,
      "Małgorzata Wrześniewska", "says", "She"),
    Q("she was the strongest member of a 1991 expedition to Lhotse, although she was both the only woman and the youngest",
      I, "Andrzej Kęsicki", "says", "Andrzej Kęsicki"),
    Q("Some of the men did not like it. They said a woman would slow us down,", D, "Andrzej Kęsicki", "said", "Kęsicki"),
    Q("Then we got to 7,000 metres and she was carrying their loads.", D, "Andrzej Kęsicki", "said", "Kęsicki"),
    Q("it mattered less than people assume", I, "Małgorzata Wrześniewska", "says", "Wrześniewska"),
    Q("The mountain doesn’t care who you are,", D, "Małgorzata Wrześniewska", "says", "she"),
    Q("Man, woman, rich, poor, famous. If you make a mistake, you die. That is very democratic, in a way.", D,
      "Małgorzata Wrześniewska", "says", "she"),
    Q("She has lost 14 friends in the mountains", I, "Małgorzata Wrześniewska", "says", "she",
      note="', including two on K2' after the attribution has no verb: not an entry"),
    Q("full of weather", D, "Ewelina Brzęczek", "described", "Ewelina Brzęczek"),
    Q("My doctor says no. My husband says no. My knees say no,", D, "Małgorzata Wrześniewska", "says", "she"),
    Q("So, probably yes.", D, "Małgorzata Wrześniewska", "says", "she"),
]
NON_QUOTES["long-10"] = [
    ("a feat that many in the climbing world had considered impossible", "belief"),
    ("She talks about that day", "a topic, no reported content"),
    ("What she remembers is the descent", "memory, the writer's voice"),
    ("Is she planning another expedition?", "the writer's question"),
]

# ---------------------------------------------------------------------------------------------------------------
# long-11: conflict report (curly quotes; nested reports, anonymous sources, rumours)
ARTICLES.append({
    "doc_id": "long-11",
    "title": "Koundara army says it has retaken Ménaka-Sud; rebels say fighting goes on",
    "outlet": "Wire staff",
    "published": "2026-08-15",
    "body": _body("""
BAMARA, Koundara (Wire) — Koundara’s armed forces said on Friday they had recaptured the northern town of Ménaka-Sud from rebels after three days of fighting, but the rebel Movement for Justice in the North (MJN) said its fighters still controlled large parts of the town.

The conflicting claims could not be independently verified. Telephone lines to Ménaka-Sud, a trading town of about 40,000 people near the border with Niger, have been cut since Tuesday.

Army spokesman Colonel Séréba Diakité told state television that 62 rebels had been killed and 14 captured, and that the army had lost nine soldiers. He said troops had seized weapons and vehicles, including two pickup trucks mounted with heavy machine guns.

Diakité said: “The town is under the full control of the republic’s forces. Those terrorists who remain are hiding among civilians, and we are going house to house.”

An MJN spokesman, Aghaly ag Intalla, said by satellite phone that the army controlled only the airport and the main road, and described the government’s account as “propaganda for the television”.

“Our fighters are in the market, in the old quarter, in the eastern districts,” he said. “If the army is in control, why are they still bombing?”

Two residents of Ménaka-Sud reached by telephone in the town of Gao-Est, 90 kilometres to the south, said they had spoken to relatives who had fled on foot. Both described heavy shelling on Wednesday night and said bodies were lying in the streets near the central mosque.

One of them, a teacher who asked to be identified only by his first name, Moussa, for fear of reprisals, said his brother had been wounded by shrapnel.

“He walked for two days with a piece of metal in his leg,” Moussa said. “There is no hospital open in Ménaka-Sud now. The doctors left.”

The United Nations humanitarian coordinator for Koundara, Mirela Știrbu, said in a statement that at least 18,000 people had fled the fighting since Monday, most of them women and children, and that aid agencies had been unable to reach the area.

She called on all parties to respect international humanitarian law and to allow “safe and unimpeded access” for aid convoys.

Koundara’s government spokesman, Ibrahima Sow-Keïta, said later on Friday that humanitarian corridors would open “as soon as the security situation allows”.

According to the aid group Horizons Sans Frontières, which runs two camps near Gao-Est, new arrivals have reported that armed men on motorbikes were stopping civilians on the road and taking their phones and money.

It was not clear which side the men belonged to. Rumours that the MJN had executed prisoners spread quickly on social media on Friday, but no evidence has emerged, and the group dismissed them as lies.

The MJN, which draws most of its support from nomadic communities in the north, took up arms in 2024, accusing the government in Bamara of diverting revenue from a gold mine near Ménaka-Sud and neglecting the region.

As Wire reported last month, the army had been preparing an offensive in the north since the collapse of peace talks in May. Thousands of reservists were recalled in June, and convoys of armoured vehicles were seen leaving the capital in early August.

The African Union’s special envoy, the former Senegalese foreign minister Aïssatou Ndiaye-Fall, said on Thursday she was “deeply alarmed” by the escalation and urged both sides to return to talks.

Diplomats in Bamara said the government had so far rejected mediation, arguing that the rebels must first lay down their weapons. A government minister, speaking on condition of anonymity because he was not authorised to discuss the talks, said there would be “no negotiation with people who burn schools”.
"""),
})
QUOTES["long-11"] = [
    Q("it has retaken Ménaka-Sud", I, "Koundara’s armed forces", "says", "Koundara army"),
    Q("fighting goes on", I, "Movement for Justice in the North", "say", "rebels",
      note="headline: the rebels are the MJN (body)"),
    Q("they had recaptured the northern town of Ménaka-Sud from rebels after three days of fighting", I,
      "Koundara’s armed forces", "said", "Koundara’s armed forces"),
    Q("its fighters still controlled large parts of the town", I, "Movement for Justice in the North", "said",
      "Movement for Justice in the North"),
    Q("62 rebels had been killed and 14 captured, and that the army had lost nine soldiers", I, "Séréba Diakité", "told",
      "Séréba Diakité"),
    Q("troops had seized weapons and vehicles, including two pickup trucks mounted with heavy machine guns", I,
      "Séréba Diakité", "said", "He"),
    Q("The town is under the full control of the republic’s forces. Those terrorists who remain are hiding among "
      "civilians, and we are going house to house.", D, "Séréba Diakité", "said", "Diakité",
      note="attribution first, with a colon"),
    Q("the army controlled only the airport and the main road", I, "Aghaly ag Intalla", "said", "Aghaly ag Intalla"),
    Q("propaganda for the television", D, "Aghaly ag Intalla", "described", "Aghaly ag Intalla",
      note="quoted words after a non-reporting verb"),
    Q("Our fighters are in the market, in the old quarter, in the eastern districts,", D, "Aghaly ag Intalla", "said",
      "he"),
    Q("If the army is in control, why are they still bombing?", D, "Aghaly ag Intalla", "said", "he"),
    Q("they had spoken to relatives who had fled on foot", I, "Two residents of Ménaka-Sud", "said",
      "Two residents of Ménaka-Sud"),
    Q("bodies were lying in the streets near the central mosque", I, "Two residents of Ménaka-Sud", "said", "Both",
      note="'Both described heavy shelling' has a noun object and is not an entry"),
    Q("his brother had been wounded by shrapnel", I, "Moussa", "said", "Moussa"),
    Q("He walked for two days with a piece of metal in his leg,", D, "Moussa", "said", "Moussa"),
    Q("There is no hospital open in Ménaka-Sud now. The doctors left.", D, "Moussa", "said", "Moussa"),
    Q("at least 18,000 people had fled the fighting since Monday, most of them women and children, and that aid agencies "
      "had been unable to reach the area", I, "Mirela Știrbu", "said", "Mirela Știrbu"),
    Q("safe and unimpeded access", D, "Mirela Știrbu", "called on", "She",
      note="an appeal ('called on ... to allow'): only the quoted fragment is an entry"),
    Q("humanitarian corridors would open “as soon as the security situation allows”", M, "Ibrahima Sow-Keïta", "said",
      "Ibrahima Sow-Keïta"),
    Q("new arrivals have reported that armed men on motorbikes were stopping civilians on the road and taking their "
      "phones and money", I, "Horizons Sans Frontières", "according to", "Horizons Sans Frontières",
      note="only the outermost report is annotated"),
    Q("she was “deeply alarmed” by the escalation", M, "Aïssatou Ndiaye-Fall", "said", "Aïssatou Ndiaye-Fall"),
    Q("the government had so far rejected mediation, arguing that the rebels must first lay down their weapons", I,
      "Diplomats in Bamara", "said", "Diplomats in Bamara",
      note="the government's argument is part of what the diplomats report (nested)"),
    Q("there would be “no negotiation with people who burn schools”", M, "A government minister", "said",
      "A government minister", note="anonymous source: the role phrase is the speaker"),
]
NON_QUOTES["long-11"] = [
    ("Both described heavy shelling on Wednesday night", "noun object"),
    ("a teacher who asked to be identified only by his first name", "a request for anonymity"),
    ("Rumours that the MJN had executed prisoners spread quickly", "unattributed rumour"),
    ("the group dismissed them as lies", "noun object"),
    ("accusing the government in Bamara of diverting revenue", "an accusation with a noun (gerund) object"),
    ("As Wire reported last month", "the writer's own aside"),
    ("Thousands of reservists were recalled in June", "'recalled' (called back to service) is not a reporting verb here"),
    ("urged both sides to return to talks", "an appeal (object + infinitive), no quoted words"),
    ("speaking on condition of anonymity", "no reported content"),
]

# ---------------------------------------------------------------------------------------------------------------
# long-12: elections (curly quotes)
ARTICLES.append({
    "doc_id": "long-12",
    "title": "Czech centrists win election as Šťastný concedes: ‘The voters have spoken’",
    "outlet": "Wire staff",
    "published": "2026-10-05",
    "body": _body("""
PRAGUE (Wire) — The centrist Together for Change alliance led by Kateřina Horáčková won Saturday’s Czech parliamentary election with 31.4% of the vote, according to almost complete official results, ending eight years in power for Prime Minister Radim Šťastný’s populist Voice of the People party.

Voice of the People came second with 26.8%, the Czech Statistical Office said on Sunday after votes from 99.6% of polling stations had been counted. Turnout was 64.2%, the highest since 1998.

Šťastný, 63, conceded defeat in a brief speech at his party’s headquarters in Prague’s Smíchov district shortly before midnight.

“The voters have spoken, and in a democracy the voters are always right, even when they are wrong,” he said, to laughter from supporters. “We will be a strong opposition. We will be watching every crown they spend.”

Horáčková, a 47-year-old former judge who entered politics only three years ago, told cheering supporters that her government would restore the independence of the public broadcaster, tackle rising housing costs and “bring the Czech Republic back to the heart of Europe”.

“Tonight is not a victory for one party. It is a victory for decency,” she said.

She will need partners to govern. Together for Change will have 78 of the 200 seats in the lower house, according to projections by Czech Television. It is expected to open talks with the liberal Pirates and the regional Mayors’ Movement, which together won 31 seats.

Pirate leader Matěj Kubíček said his party was “ready to talk, but not ready to sign anything yet”. He said the Pirates would insist on a ministry for digital affairs and a ban on politicians owning media companies.

Mayors’ Movement leader Ondřej Vávra said his party would decide whether to join a coalition at a congress next weekend, and that its priority would be funding for rural hospitals and schools.

Šťastný’s campaign had focused on energy prices and migration, and he repeatedly described Horáčková as “Brussels’ candidate”. In the final week his party ran advertisements claiming that a centrist government would raise the retirement age to 70, a claim Horáčková called “a lie, pure and simple”.

The election was monitored by a mission from the Organization for Security and Co-operation in Europe. Its head, the Swedish diplomat Birgitta Lindahl, told a news conference on Sunday that voting had been “orderly and competitive”, but said the campaign had been marred by disinformation, much of it spread by anonymous accounts on social media.

“We saw fabricated videos of candidates, including one of Ms Horáčková that was viewed more than two million times,” Lindahl said. “We will set this out in detail in our final report.”

Political analyst Petr Jelínek of Charles University said the result reflected fatigue with Šťastný rather than enthusiasm for the opposition.

“People did not suddenly fall in love with Horáčková. They fell out of love with him,” Jelínek said. The new government would face a difficult first year, he added, with a budget deficit above 4% of GDP and a slowing economy.

The Czech crown strengthened 0.6% against the euro on Monday morning. Traders said investors welcomed the prospect of a more predictable government. Jana Pokorná, chief economist at Moravia Capital, warned that coalition talks could nevertheless drag on for weeks, as they did in 2021.

There was a muted reaction from Bratislava. Slovakia’s prime minister, whose party is an ally of Voice of the People, wrote on social media that Czech voters had been “misled by a campaign of fear”. A European Commission spokesman, Arnaud Lefèvre, said the Commission looked forward to “working closely” with the next government in Prague.

Voice of the People won the previous two elections on promises to cap energy bills and resist European Union migration quotas. Its popularity fell sharply last year after a series of scandals over public contracts awarded to companies linked to party donors.

Šťastný said in a radio interview on Monday morning that he would remain party leader and would take up his seat in parliament. The outgoing prime minister also said his party would not support any government that raised taxes on pensions, adding that he expected to be back in power “sooner than anyone thinks”.

President Jan Lipták is expected to ask Horáčková to form a government later this month. A spokesman for the president, Jakub Řezníček, said Lipták would meet the leaders of all parties that won seats, starting on Tuesday.

Outside the Together for Change headquarters, supporters danced to music blaring from a truck until the early hours. One of them, 24-year-old student Tereza Nováková, said she had voted for the first time.

“My parents always said politics was dirty and there was no point,” she said. “I wanted to prove them wrong.”
"""),
})
QUOTES["long-12"] = [
    Q("The voters have spoken", D, "Radim Šťastný", ":", "Šťastný",
      note="headline: 'X concedes: ‘...’' (the subject before the colon speaks); 'centrists win election' is no quote"),
    Q("The centrist Together for Change alliance led by Kateřina Horáčková won Saturday’s Czech parliamentary election "
      "with 31.4% of the vote", I, "almost complete official results", "according to", "almost complete official results",
      note=DATELINE + "; the results are a document speaking; ', ending eight years ...' is the writer's"),
    Q("Voice of the People came second with 26.8%", I, "Czech Statistical Office", "said", "the Czech Statistical Office"),
    Q("The voters have spoken, and in a democracy the voters are always right, even when they are wrong,", D,
      "Radim Šťastný", "said", "he"),
    Q("We will be a strong opposition. We will be watching every crown they spend.", D, "Radim Šťastný", "said", "he"),
    Q("her government would restore the independence of the public broadcaster, tackle rising housing costs and “bring "
      "the Czech Republic back to the heart of Europe”", M, "Kateřina Horáčková", "told", "Horáčková"),
    Q("Tonight is not a victory for one party. It is a victory for decency,", D, "Kateřina Horáčková", "said", "she"),
    Q("Together for Change will have 78 of the 200 seats in the lower house", I, "projections by Czech Television",
      "according to", "projections by Czech Television", note="the next sentence is the writer's"),
    Q("his party was “ready to talk, but not ready to sign anything yet”", M, "Matěj Kubíček", "said", "Matěj Kubíček"),
    Q("the Pirates would insist on a ministry for digital affairs and a ban on politicians owning media companies", I,
      "Matěj Kubíček", "said", "He"),
    Q("his party would decide whether to join a coalition at a congress next weekend, and that its priority would be "
      "funding for rural hospitals and schools", I, "Ondřej Vávra", "said", "Ondřej Vávra"),
    Q("Brussels’ candidate", D, "Radim Šťastný", "described", "he", note="quoted words after a non-reporting verb"),
    Q("a centrist government would raise the retirement age to 70", I, "Voice of the People", "claiming",
      "advertisements", note="the party's advertisements speak; given to the party (as a lawsuit to its plaintiff)"),
    Q("a lie, pure and simple", D, "Kateřina Horáčková", "called", "Horáčková"),
    Q("voting had been “orderly and competitive”", M, "Birgitta Lindahl", "told", "Birgitta Lindahl"),
    Q("the campaign had been marred by disinformation, much of it spread by anonymous accounts on social media", I,
      "Birgitta Lindahl", "said", "Birgitta Lindahl"),
    Q("We saw fabricated videos of candidates, including one of Ms Horáčková that was viewed more than two million "
      "times,", D, "Birgitta Lindahl", "said", "Lindahl"),
    Q("We will set this out in detail in our final report.", D, "Birgitta Lindahl", "said", "Lindahl"),
    Q("the result reflected fatigue with Šťastný rather than enthusiasm for the opposition", I, "Petr Jelínek", "said",
      "Petr Jelínek"),
    Q("People did not suddenly fall in love with Horáčková. They fell out of love with him,", D, "Petr Jelínek", "said",
      "Jelínek"),
    Q("The new government would face a difficult first year", I, "Petr Jelínek", "added", "he",
      note="', with a budget deficit ...' after the attribution has no verb: not an entry"),
    Q("investors welcomed the prospect of a more predictable government", I, "Traders", "said", "Traders"),
    Q("coalition talks could nevertheless drag on for weeks, as they did in 2021", I, "Jana Pokorná", "warned",
      "Jana Pokorná"),
    Q("Czech voters had been “misled by a campaign of fear”", M, "Slovakia’s prime minister", "wrote",
      "Slovakia’s prime minister", note="only a role is given: the role phrase is the speaker"),
    Q("the Commission looked forward to “working closely” with the next government in Prague", M, "Arnaud Lefèvre", "said",
      "Arnaud Lefèvre"),
    Q("he would remain party leader and would take up his seat in parliament", I, "Radim Šťastný", "said", "Šťastný"),
    Q("his party would not support any government that raised taxes on pensions", I, "Radim Šťastný", "said",
      "The outgoing prime minister", note="role noun for Šťastný"),
    Q("he expected to be back in power “sooner than anyone thinks”", M, "Radim Šťastný", "adding",
      "The outgoing prime minister"),
    Q("Lipták would meet the leaders of all parties that won seats, starting on Tuesday", I, "Jakub Řezníček", "said",
      "Jakub Řezníček"),
    Q("she had voted for the first time", I, "Tereza Nováková", "said", "Tereza Nováková"),
    Q("My parents always said politics was dirty and there was no point,", D, "Tereza Nováková", "said", "she"),
    Q("I wanted to prove them wrong.", D, "Tereza Nováková", "said", "she"),
]
NON_QUOTES["long-12"] = [
    ("conceded defeat in a brief speech", "noun object"),
]

# ---------------------------------------------------------------------------------------------------------------
# long-13: labour (straight quotes; straight single quotes in the headline; a one-sentence continuation paragraph)
ARTICLES.append({
    "doc_id": "long-13",
    "title": "Rail union vows it 'will not be bullied' as strike talks collapse",
    "outlet": "Transport desk",
    "published": "2026-01-19",
    "body": _body("""
Train drivers and signal workers across England will walk out for 48 hours from Thursday after last-ditch talks between the National Union of Rail Workers (NURW) and train operators broke down on Sunday night.

The union's general secretary, Siobhán Ní Bhriain, said the employers had offered a 3% pay rise tied to changes in rosters that would "rip up" agreements protecting weekends off.

"Our members will not be bullied into giving up their family life for a pay rise that doesn't even match inflation," she said outside the talks at a hotel in central London. "We have been reasonable. We have been patient."

"That patience has run out."

Rail Partnership England, which represents the train operating companies, said it was "disappointed" by the union's decision and accused the NURW of moving the goalposts.

Its chief negotiator, Graham Whitley, said the offer was "fair and affordable" and that the roster changes were needed to run more services on Sundays, when passenger numbers have grown fastest since the pandemic.

Whitley told the BBC's Today programme that about 40% of trains would run during the strike, mainly on intercity routes, and urged passengers to check before they travel.

Transport Secretary Richard Hallam said the strike was "unjustified" and would "punish the very passengers whose fares pay the union's wages." He said the government would press ahead with legislation requiring minimum service levels on the railways.

"This is not 1979," Hallam told MPs. "Working people cannot be held to ransom every time a union leader decides to flex her muscles."

Ní Bhriain responded that the minister had "never worked a night shift in his life" and should "come and spend a week in a signal box before lecturing anyone."

The minimum service bill, first promised in the government's election manifesto, would allow operators to name staff who must work during a strike. Unions have said they will challenge it in the courts, arguing that it breaches the right to strike.

The walkout is expected to affect about 4 million journeys a day. The Federation of Urban Traders said the disruption could cost businesses £250 million, with hospitality and retail in city centres hit hardest.

At Leeds station on Monday morning, commuters were divided. Kacper Wójcik, a 34-year-old nurse who travels in from Wakefield, said he supported the strike even though it would cost him £60 in taxis.

"They look after us, so somebody has to look after them," he said.

But Amara Osei, who runs a café near the station, said she was "sick of it." "Every strike day I lose half my takings. Nobody compensates me," she said.

Passenger groups said the strike would hit shift workers hardest, because many early-morning and late-night services would not run at all. Transport Focus, a watchdog, advised passengers to travel only if necessary.

Network Rail, which employs the signal workers, said it had drawn up contingency plans using managers trained to staff signal boxes, but that routes across the north would be "severely limited."

The union has held 11 strike days since last March. A ballot last month renewed its mandate for further action until July, with 84% of members voting in favour on a turnout of 71%, according to the union.

Ní Bhriain said the door remained open. "If they ring me tonight, I'll be there in the morning," she said. "But they need to take the rosters off the table."

Rail Partnership England said it would not be making a new offer before Thursday. A spokeswoman for the group, Helen Marsh-Adeyemi, said talks could resume "at any time" if the union agreed to discuss rosters and pay together.
"""),
})
QUOTES["long-13"] = [
    Q("it 'will not be bullied'", M, "National Union of Rail Workers", "vows", "Rail union",
      note="headline: the rail union is the NURW (body)"),
    Q('the employers had offered a 3% pay rise tied to changes in rosters that would "rip up" agreements protecting '
      'weekends off', M, "Siobhán Ní Bhriain", "said", "Siobhán Ní Bhriain"),
    Q("Our members will not be bullied into giving up their family life for a pay rise that doesn't even match "
      "inflation,", D, "Siobhán Ní Bhriain", "said", "she"),
    Q("We have been reasonable. We have been patient.", D, "Siobhán Ní Bhriain", "said", "she"),
    Q("That patience has run out.", D, "Siobhán Ní Bhriain", "said", "she",
      note="continuation paragraph with no attribution of its own"),
    Q('it was "disappointed" by the union\'s decision', M, "Rail Partnership England", "said", "Rail Partnership England",
      note="'accused the NURW of moving the goalposts' has a noun (gerund) object"),
    Q('the offer was "fair and affordable" and that the roster changes were needed to run more services on Sundays, when '
      'passenger numbers have grown fastest since the pandemic', M, "Graham Whitley", "said", "Graham Whitley"),
    Q("about 40% of trains would run during the strike, mainly on intercity routes", I, "Graham Whitley", "told",
      "Whitley", note="'urged passengers to check ...' is an appeal, not an entry"),
    Q('the strike was "unjustified" and would "punish the very passengers whose fares pay the union\'s wages."', M,
      "Richard Hallam", "said", "Richard Hallam"),
    Q("the government would press ahead with legislation requiring minimum service levels on the railways", I,
      "Richard Hallam", "said", "He"),
    Q("This is not 1979,", D, "Richard Hallam", "told", "Hallam"),
    Q("Working people cannot be held to ransom every time a union leader decides to flex her muscles.", D,
      "Richard Hallam", "told", "Hallam"),
    Q('the minister had "never worked a night shift in his life" and should "come and spend a week in a signal box before '
      'lecturing anyone."', M, "Siobhán Ní Bhriain", "responded", "Ní Bhriain"),
    Q("they will challenge it in the courts, arguing that it breaches the right to strike", I, "Unions", "have said",
      "Unions", note="the participle clause is part of what the unions said (nested)"),
    Q("the disruption could cost businesses £250 million, with hospitality and retail in city centres hit hardest", I,
      "Federation of Urban Traders", "said", "The Federation of Urban Traders"),
    Q("he supported the strike even though it would cost him £60 in taxis", I, "Kacper Wójcik", "said", "Kacper Wójcik"),
    Q("They look after us, so somebody has to look after them,", D, "Kacper Wójcik", "said", "he"),
    Q('she was "sick of it."', M, "Amara Osei", "said", "Amara Osei"),
    Q("Every strike day I lose half my takings. Nobody compensates me,", D, "Amara Osei", "said", "she"),
    Q("the strike would hit shift workers hardest, because many early-morning and late-night services would not run at "
      "all", I, "Passenger groups", "said", "Passenger groups"),
    Q('it had drawn up contingency plans using managers trained to staff signal boxes, but that routes across the north '
      'would be "severely limited."', M, "Network Rail", "said", "Network Rail"),
    Q("A ballot last month renewed its mandate for further action until July, with 84% of members voting in favour on a "
      "turnout of 71%", I, "National Union of Rail Workers", "according to", "the union"),
    Q("the door remained open", I, "Siobhán Ní Bhriain", "said", "Ní Bhriain"),
    Q("If they ring me tonight, I'll be there in the morning,", D, "Siobhán Ní Bhriain", "said", "she"),
    Q("But they need to take the rosters off the table.", D, "Siobhán Ní Bhriain", "said", "she"),
    Q("it would not be making a new offer before Thursday", I, "Rail Partnership England", "said",
      "Rail Partnership England"),
    Q('talks could resume "at any time" if the union agreed to discuss rosters and pay together', M,
      "Helen Marsh-Adeyemi", "said", "Helen Marsh-Adeyemi"),
]
NON_QUOTES["long-13"] = [
    ("accused the NURW of moving the goalposts", "an accusation with a noun (gerund) object"),
    ("urged passengers to check before they travel", "an appeal (object + infinitive), no quoted words"),
    ("first promised in the government's election manifesto", "a promise as a passive participle, no content"),
    ("advised passengers to travel only if necessary", "advice (object + infinitive), no reported content"),
]

# ---------------------------------------------------------------------------------------------------------------
# long-14: climate diplomacy (curly quotes)
ARTICLES.append({
    "doc_id": "long-14",
    "title": "Climate talks in Antalya stall over finance as island states warn of ‘betrayal’",
    "outlet": "Wire staff",
    "published": "2026-11-17",
    "body": _body("""
ANTALYA, Turkey (Wire) — Negotiations at the UN climate summit in Antalya stalled on Tuesday over how much money rich countries should provide to help poorer nations cope with global warming, with delegates saying a deal was unlikely before the scheduled close on Friday.

A draft text circulated by the Turkish presidency overnight contained three options for a new finance target, ranging from $300 billion to $1.3 trillion a year by 2035, according to a copy seen by Wire.

Turkey’s environment minister, Murat Kurtuluş, who is presiding over the talks, said he would present a new draft on Wednesday morning, and urged ministers to “stop repeating positions and start writing sentences”.

“Everybody in this building knows where the landing zone is,” Kurtuluş told reporters. “What we are missing is not ideas. It is courage.”

The Alliance of Small Island States, a bloc of 39 nations, said any figure below $1 trillion would be “a betrayal” of the 2015 Paris Agreement. Its lead negotiator, Tuilagi Faʻamausili of Samoa, said some Pacific islands were already moving villages away from the coast.

Faʻamausili said: “We are not here to negotiate over numbers on a screen. We are negotiating over whether our grandchildren will have a country.”

The European Union has said it is willing to increase its contribution but wants China and wealthy Gulf states, which are still classed as developing countries under UN rules, to contribute as well.

EU climate commissioner Annelie Vandermeersch said the bloc had provided 31.7 billion euros in climate finance last year, more than any other donor. “Europe has done its part, and will do more,” she said. “But the list of countries that pay cannot be frozen in 1992.”

China’s delegation rejected the idea. A spokesman, Liu Jianguo, told a briefing that contributions from developing countries must remain “voluntary” and that rich nations should “honour their existing promises first”.

India’s chief negotiator, Rajeshwari Menon, argued that the draft placed too much weight on private investment, which she said had largely bypassed the poorest countries.

“Private money goes where the returns are. It does not go to Malawi or to Haiti,” Menon said. “You cannot build a sea wall with a promise of leverage.”

Brazil’s chief negotiator, Ana Luíza Barbosa, said her delegation would table a compromise on Wednesday combining a public finance core of $500 billion a year with a wider goal that includes private investment. “Nobody will love it,” she said. “That is usually the sign of a good compromise.”

Saudi Arabia, speaking for a group of Arab states, said it would not accept any reference to “transitioning away” from fossil fuels in the finance text, according to two delegates who attended a closed meeting on Monday night.

The United States, which has withdrawn from the Paris Agreement, sent only a small delegation of career officials, who declined to comment on the negotiations.

Campaigners said the talks were being held hostage by fossil fuel interests. More than 1,700 lobbyists linked to the oil, gas and coal industries registered for the conference, according to an analysis by the Clean Halls coalition.

A study published during the conference by the Geneva-based Climate Finance Institute found that developing countries other than China would need about $2.4 trillion a year by 2030 to meet their climate plans. Its author, the economist Mikkel Møller-Jensen, said the figure was “not a wish list but an invoice”.

Ngozi Eze-Okafor of the Climate Action Network said the presidency’s draft was “a menu with no prices on it”.

Outside the venue, several hundred young activists staged a “die-in”, lying on the ground beneath banners calling for “finance now”. Police said the protest was peaceful and that no arrests had been made.

The last round of talks on a finance goal, in 2024, ended more than 30 hours late with a target that developing countries denounced as far too low. Several delegations walked out of the final session before the gavel came down.

Veteran observers said the mood was worse than at the same stage of last year’s talks in Belém, but that deals had been rescued from worse positions before.

Kurtuluş said late on Tuesday that he remained “cautiously optimistic”, adding that ministers would work through the night if necessary.
"""),
})
QUOTES["long-14"] = [
    Q("betrayal", D, "Alliance of Small Island States", "warn", "island states",
      note="headline: quoted word after 'warn of' (as 'accusing ... of ‘vendetta’'); the island states are the alliance "
           "named in the body"),
    Q("a deal was unlikely before the scheduled close on Friday", I, "delegates", "saying", "delegates"),
    Q("A draft text circulated by the Turkish presidency overnight contained three options for a new finance target, "
      "ranging from $300 billion to $1.3 trillion a year by 2035", I, "a copy seen by Wire", "according to",
      "a copy seen by Wire", note=DATELINE + "; a document speaking"),
    Q("he would present a new draft on Wednesday morning", I, "Murat Kurtuluş", "said", "Murat Kurtuluş"),
    Q("stop repeating positions and start writing sentences", D, "Murat Kurtuluş", "urged", "Murat Kurtuluş",
      note="an appeal: only the quoted fragment is an entry"),
    Q("Everybody in this building knows where the landing zone is,", D, "Murat Kurtuluş", "told reporters", "Kurtuluş"),
    Q("What we are missing is not ideas. It is courage.", D, "Murat Kurtuluş", "told reporters", "Kurtuluş"),
    Q("any figure below $1 trillion would be “a betrayal” of the 2015 Paris Agreement", M,
      "Alliance of Small Island States", "said", "The Alliance of Small Island States"),
    Q("some Pacific islands were already moving villages away from the coast", I, "Tuilagi Faʻamausili", "said",
      "Tuilagi Faʻamausili"),
    Q("We are not here to negotiate over numbers on a screen. We are negotiating over whether our grandchildren will have "
      "a country.", D, "Tuilagi Faʻamausili", "said", "Faʻamausili", note="attribution first, with a colon"),
    Q("it is willing to increase its contribution but wants China and wealthy Gulf states, which are still classed as "
      "developing countries under UN rules, to contribute as well", I, "European Union", "has said",
      "The European Union"),
    Q("the bloc had provided 31.7 billion euros in climate finance last year, more than any other donor", I,
      "Annelie Vandermeersch", "said", "Annelie Vandermeersch"),
    Q("Europe has done its part, and will do more,", D, "Annelie Vandermeersch", "said", "she"),
    Q("But the list of countries that pay cannot be frozen in 1992.", D, "Annelie Vandermeersch", "said", "she"),
    Q("contributions from developing countries must remain “voluntary” and that rich nations should “honour their "
      "existing promises first”", M, "Liu Jianguo", "told", "Liu Jianguo"),
    Q("the draft placed too much weight on private investment, which she said had largely bypassed the poorest "
      "countries", I, "Rajeshwari Menon", "argued", "Rajeshwari Menon",
      note="the nested 'which she said' (same speaker) stays inside the outer report"),
    Q("Private money goes where the returns are. It does not go to Malawi or to Haiti,", D, "Rajeshwari Menon", "said",
      "Menon"),
    Q("You cannot build a sea wall with a promise of leverage.", D, "Rajeshwari Menon", "said", "Menon"),
    Q("her delegation would table a compromise on Wednesday combining a public finance core of $500 billion a year with a "
      "wider goal that includes private investment", I, "Ana Luíza Barbosa", "said", "Ana Luíza Barbosa"),
    Q("Nobody will love it,", D, "Ana Luíza Barbosa", "said", "she"),
    Q("That is usually the sign of a good compromise.", D, "Ana Luíza Barbosa", "said", "she"),
    Q("Saudi Arabia, speaking for a group of Arab states, said it would not accept any reference to “transitioning away” "
      "from fossil fuels in the finance text", M, "two delegates who attended a closed meeting on Monday night",
      "according to", "two delegates who attended a closed meeting on Monday night",
      note="outermost report: the delegates relay what Saudi Arabia said (nested, not a separate entry)"),
    Q("the talks were being held hostage by fossil fuel interests", I, "Campaigners", "said", "Campaigners"),
    Q("More than 1,700 lobbyists linked to the oil, gas and coal industries registered for the conference", I,
      "an analysis by the Clean Halls coalition", "according to", "an analysis by the Clean Halls coalition"),
    Q("the figure was “not a wish list but an invoice”", M, "Mikkel Møller-Jensen", "said", "Mikkel Møller-Jensen"),
    Q("the presidency’s draft was “a menu with no prices on it”", M, "Ngozi Eze-Okafor", "said", "Ngozi Eze-Okafor"),
    Q("the protest was peaceful and that no arrests had been made", I, "Police", "said", "Police"),
    Q("the mood was worse than at the same stage of last year’s talks in Belém, but that deals had been rescued from worse "
      "positions before", I, "Veteran observers", "said", "Veteran observers"),
    Q("he remained “cautiously optimistic”", M, "Murat Kurtuluş", "said", "Kurtuluş"),
    Q("ministers would work through the night if necessary", I, "Murat Kurtuluş", "adding", "Kurtuluş"),
]
NON_QUOTES["long-14"] = [
    ("China’s delegation rejected the idea", "noun object"),
    ("who declined to comment on the negotiations", "a refusal, no content"),
    ("staged a “die-in”", "scare quotes, no speaker"),
    ("banners calling for “finance now”", "a slogan on banners, noun object"),
    ("a target that developing countries denounced as far too low", "a characterisation with a noun object"),
    ("A study published during the conference by the Geneva-based Climate Finance Institute found that",
     "a document's finding ('found'): not speech (convention of this set)"),
]

# ---------------------------------------------------------------------------------------------------------------
# long-15: health policy (curly quotes; a role noun that points back several paragraphs)
ARTICLES.append({
    "doc_id": "long-15",
    "title": "Health minister defends closure of Hammerfest maternity ward",
    "outlet": "Nordic Wire",
    "published": "2026-03-02",
    "body": _body("""
OSLO — Norway’s health minister on Monday defended a decision to close the maternity ward at Hammerfest hospital, telling parliament that the unit could no longer recruit enough midwives to operate safely.

Åsmund Brekke-Lie, who took over the health portfolio in a cabinet reshuffle in January, said the ward had been forced to close temporarily 23 times last year because of staff shortages, and that two “serious incidents” had been reported to the health inspectorate.

“I understand the anger in Finnmark. I would be angry too,” Brekke-Lie said. “But I will not ask women to give birth in a unit where we cannot guarantee that there is a midwife on duty.”

Under the plan, women in the region will give birth in Tromsø, about 450 kilometres by road from Hammerfest, or in Kirkenes. The regional health trust, Finnmarkssykehuset, said it would provide hotel accommodation for expectant mothers for up to two weeks before their due date.

Opposition lawmakers were unconvinced. Kari-Anne Sæbø of the Centre Party, who represents Finnmark, said the government was “turning the north into a place you have to leave to be born”.

She told the chamber that the drive to Tromsø could take more than eight hours in winter, when the road across the Kvænangsfjellet mountain pass is often closed by snow.

“Last February a woman from Alta gave birth in an ambulance at the side of the road, in minus 25 degrees,” Sæbø said. “The minister calls this safe. I call it a gamble with women’s lives.”

Brekke-Lie replied that the number of births in Hammerfest had fallen by almost 40% in a decade, to 190 last year, and that international research showed outcomes were better in larger units. He said the ministry would fund two additional ambulance helicopters for Finnmark.

The Norwegian Association of Midwives said it shared the minister’s concern about safety but blamed years of cuts for the staffing crisis. Its leader, Hanne Øvrebø, said midwives in the north were leaving for better-paid jobs in Oslo and in Sweden.

“You cannot close a ward because of a shortage and then say the shortage proves the ward should close,” she said. “That is not a health policy. It is a circle.”

In Hammerfest, a town of 11,000 people on an island above the Arctic Circle, about 2,000 people marched to the hospital on Saturday carrying torches. Organisers said it was the largest demonstration in the town’s history.

Among them was Ingrid Mathisen-Haetta, 29, who is seven months pregnant with her second child. She said she had booked a room in Tromsø for the last three weeks of her pregnancy and would have to leave her three-year-old son with her parents.

“My mother gave birth to me here. My son was born here. My daughter will be born in a hotel 450 kilometres away, without her father,” she said. “People in Oslo think that is normal. It isn’t.”

Finnmark, Norway’s largest and least populated county, has long complained that health services are being concentrated in the south. Two smaller maternity units in the county closed in the 2010s, and the nearest neurosurgery department is in Tromsø.

The mayor of Hammerfest, Terje Nilsen-Kvalsund, said the municipality would take the state to court if the decision was not reversed, arguing that the closure breached a law requiring health services to be reasonably accessible to all citizens.

The minister said on Monday that the municipality was “free to use the courts”, but that he was confident the decision was lawful.

The ward is due to close on June 1. The county governor’s office said it would review the decision but had no power to block it.
"""),
})
QUOTES["long-15"] = [
    Q("the unit could no longer recruit enough midwives to operate safely", I, "Åsmund Brekke-Lie", "telling",
      "Norway’s health minister", note="the minister is named in the next paragraph; 'defended a decision' is a noun object"),
    Q("the ward had been forced to close temporarily 23 times last year because of staff shortages, and that two "
      "“serious incidents” had been reported to the health inspectorate", M, "Åsmund Brekke-Lie", "said",
      "Åsmund Brekke-Lie"),
    Q("I understand the anger in Finnmark. I would be angry too,", D, "Åsmund Brekke-Lie", "said", "Brekke-Lie"),
    Q("But I will not ask women to give birth in a unit where we cannot guarantee that there is a midwife on duty.", D,
      "Åsmund Brekke-Lie", "said", "Brekke-Lie"),
    Q("it would provide hotel accommodation for expectant mothers for up to two weeks before their due date", I,
      "Finnmarkssykehuset", "said", "Finnmarkssykehuset"),
    Q("the government was “turning the north into a place you have to leave to be born”", M, "Kari-Anne Sæbø", "said",
      "Kari-Anne Sæbø"),
    Q("the drive to Tromsø could take more than eight hours in winter, when the road across the Kvænangsfjellet mountain "
      "pass is often closed by snow", I, "Kari-Anne Sæbø", "told", "She"),
    Q("Last February a woman from Alta gave birth in an ambulance at the side of the road, in minus 25 degrees,", D,
      "Kari-Anne Sæbø", "said", "Sæbø"),
    Q("The minister calls this safe. I call it a gamble with women’s lives.", D, "Kari-Anne Sæbø", "said", "Sæbø"),
    Q("the number of births in Hammerfest had fallen by almost 40% in a decade, to 190 last year, and that international "
      "research showed outcomes were better in larger units", I, "Åsmund Brekke-Lie", "replied", "Brekke-Lie"),
    Q("the ministry would fund two additional ambulance helicopters for Finnmark", I, "Åsmund Brekke-Lie", "said", "He"),
    Q("it shared the minister’s concern about safety but blamed years of cuts for the staffing crisis", I,
      "Norwegian Association of Midwives", "said", "The Norwegian Association of Midwives"),
    Q("midwives in the north were leaving for better-paid jobs in Oslo and in Sweden", I, "Hanne Øvrebø", "said",
      "Hanne Øvrebø"),
    Q("You cannot close a ward because of a shortage and then say the shortage proves the ward should close,", D,
      "Hanne Øvrebø", "said", "she"),
    Q("That is not a health policy. It is a circle.", D, "Hanne Øvrebø", "said", "she"),
    Q("it was the largest demonstration in the town’s history", I, "Organisers", "said", "Organisers"),
    Q("she had booked a room in Tromsø for the last three weeks of her pregnancy and would have to leave her three-year-old "
      "son with her parents", I, "Ingrid Mathisen-Haetta", "said", "She"),
    Q("My mother gave birth to me here. My son was born here. My daughter will be born in a hotel 450 kilometres away, "
      "without her father,", D, "Ingrid Mathisen-Haetta", "said", "she"),
    Q("People in Oslo think that is normal. It isn’t.", D, "Ingrid Mathisen-Haetta", "said", "she"),
    Q("health services are being concentrated in the south", I, "Finnmark", "has long complained", "Finnmark",
      note="a county speaking through its people and representatives, like 'Washington maintains ...' in the seed"),
    Q("the municipality would take the state to court if the decision was not reversed", I, "Terje Nilsen-Kvalsund",
      "said", "Terje Nilsen-Kvalsund"),
    Q("the closure breached a law requiring health services to be reasonably accessible to all citizens", I,
      "Terje Nilsen-Kvalsund", "arguing", "Terje Nilsen-Kvalsund"),
    Q("the municipality was “free to use the courts”, but that he was confident the decision was lawful", M,
      "Åsmund Brekke-Lie", "said", "The minister",
      note="role noun pointing back to Brekke-Lie, last named seven paragraphs earlier"),
    Q("it would review the decision but had no power to block it", I, "the county governor’s office", "said",
      "The county governor’s office"),
]
NON_QUOTES["long-15"] = [
    ("Health minister defends closure", "noun object (headline)"),
    ("on Monday defended a decision to close", "noun object"),
]

# ---------------------------------------------------------------------------------------------------------------
# long-16: space science (curly quotes; single quotes in the headline)
ARTICLES.append({
    "doc_id": "long-16",
    "title": "Kestrel probe images ‘better than we dared hope’, says flight director",
    "outlet": "Science desk",
    "published": "2026-09-24",
    "body": _body("""
DARMSTADT, Germany — The European-Japanese Kestrel spacecraft has sent back the first close-up images of the asteroid 2019 QF7 and its tiny moon, revealing a surface strewn with boulders the size of houses, the European Space Agency said on Wednesday.

The probe, launched from French Guiana in 2023, entered orbit around the asteroid on Sunday after a journey of 1.9 billion kilometres.

“These images are better than we dared hope,” flight director Joaquín Ibáñez said at ESA’s operations centre in Darmstadt, where engineers cheered as the first pictures appeared on screens shortly after 3 a.m. local time. “We can see individual rocks a metre across. Two weeks ago this was a dot.”

The spacecraft’s main task is to measure how the asteroid’s mass is distributed, information that planetary defence experts say is essential if humanity ever needs to deflect a rock heading for Earth.

Kaisa Mäkelä, the mission’s lead scientist, said the first images suggested the asteroid was a loose “rubble pile” held together by its own weak gravity rather than a solid body.

“If you pushed on it, it would behave more like a bag of gravel than a billiard ball,” the Finnish astronomer said. “That matters a great deal if you are trying to knock it off course.”

Mäkelä said the team had been surprised by the moon, a body about 160 metres across that orbits the main asteroid every 11 hours. Its surface appears much smoother than expected, she said, possibly because fine dust has migrated there from its larger companion.

Japan’s space agency JAXA, which built the probe’s infrared camera and its small lander, said in a statement that all instruments were working normally. The lander, named Hibari after the Japanese word for skylark, is scheduled to be released in December.

JAXA project manager Yūki Tanabe told reporters in Sagamihara that the landing site would be chosen by mid-November. “We have maybe three or four candidate sites. The boulders make it difficult,” he said. “It is like trying to park a car in a field of rocks, in the dark, from 300 million kilometres away.”

Not everyone has been enthusiastic about the mission, which cost about 780 million euros. Some members of the European Parliament argued during budget talks in 2022 that the money would be better spent on satellites to monitor climate change.

ESA director general Henrik Vestergaard rejected that criticism on Wednesday. “Planetary defence is climate insurance of a different kind,” he said. “The dinosaurs did not have a space programme. We do.”

The asteroid, which was discovered in 2019 by a telescope in Hawaii, poses no threat to Earth, the agency said. Its closest approach in the next century will be about 7 million kilometres, or 18 times the distance to the moon.

Kestrel is the second mission to study a double asteroid up close. In 2022 NASA deliberately crashed its DART spacecraft into the moonlet Dimorphos, shortening its orbit by 32 minutes and showing for the first time that an asteroid’s path could be changed.

Ibáñez said the coming weeks would be the most demanding of the mission, as the spacecraft descends to within two kilometres of the surface to map it in detail. He said controllers had nicknamed the manoeuvre “the staircase” because the probe would step down in a series of small engine burns.

“It is slow, it is careful, and it is the part of the mission where you lose sleep,” he said.
"""),
})
QUOTES["long-16"] = [
    Q("Kestrel probe images ‘better than we dared hope’", M, "Joaquín Ibáñez", "says", "flight director",
      note="headline: verbless report with a quoted fragment; the flight director is Joaquín Ibáñez (body)"),
    Q("The European-Japanese Kestrel spacecraft has sent back the first close-up images of the asteroid 2019 QF7 and its "
      "tiny moon, revealing a surface strewn with boulders the size of houses", I, "European Space Agency", "said",
      "the European Space Agency", note=DATELINE),
    Q("These images are better than we dared hope,", D, "Joaquín Ibáñez", "said", "Joaquín Ibáñez"),
    Q("We can see individual rocks a metre across. Two weeks ago this was a dot.", D, "Joaquín Ibáñez", "said",
      "Joaquín Ibáñez"),
    Q("is essential if humanity ever needs to deflect a rock heading for Earth", I, "planetary defence experts", "say",
      "planetary defence experts", note="'information that ... experts say is essential': the relative pronoun is not "
                                        "in the span"),
    Q("the first images suggested the asteroid was a loose “rubble pile” held together by its own weak gravity rather "
      "than a solid body", M, "Kaisa Mäkelä", "said", "Kaisa Mäkelä"),
    Q("If you pushed on it, it would behave more like a bag of gravel than a billiard ball,", D, "Kaisa Mäkelä", "said",
      "the Finnish astronomer"),
    Q("That matters a great deal if you are trying to knock it off course.", D, "Kaisa Mäkelä", "said",
      "the Finnish astronomer"),
    Q("the team had been surprised by the moon, a body about 160 metres across that orbits the main asteroid every 11 "
      "hours", I, "Kaisa Mäkelä", "said", "Mäkelä"),
    Q("Its surface appears much smoother than expected", I, "Kaisa Mäkelä", "said", "she"),
    Q("possibly because fine dust has migrated there from its larger companion", I, "Kaisa Mäkelä", "said", "she",
      note="verb-bearing part after the interposed attribution"),
    Q("all instruments were working normally", I, "JAXA", "said", "JAXA"),
    Q("the landing site would be chosen by mid-November", I, "Yūki Tanabe", "told reporters", "Yūki Tanabe"),
    Q("We have maybe three or four candidate sites. The boulders make it difficult,", D, "Yūki Tanabe", "said", "he"),
    Q("It is like trying to park a car in a field of rocks, in the dark, from 300 million kilometres away.", D,
      "Yūki Tanabe", "said", "he"),
    Q("the money would be better spent on satellites to monitor climate change", I,
      "Some members of the European Parliament", "argued", "Some members of the European Parliament"),
    Q("Planetary defence is climate insurance of a different kind,", D, "Henrik Vestergaard", "said", "he"),
    Q("The dinosaurs did not have a space programme. We do.", D, "Henrik Vestergaard", "said", "he"),
    Q("The asteroid, which was discovered in 2019 by a telescope in Hawaii, poses no threat to Earth", I,
      "European Space Agency", "said", "the agency",
      note="'the agency' is ESA (its director general spoke last); the next sentence is the writer's"),
    Q("the coming weeks would be the most demanding of the mission, as the spacecraft descends to within two kilometres "
      "of the surface to map it in detail", I, "Joaquín Ibáñez", "said", "Ibáñez"),
    Q("controllers had nicknamed the manoeuvre “the staircase” because the probe would step down in a series of small "
      "engine burns", I, "Joaquín Ibáñez", "said", "He",
      note="a quoted name (a nickname) inside an indirect clause does not make it mixed, as for a quoted title"),
    Q("It is slow, it is careful, and it is the part of the mission where you lose sleep,", D, "Joaquín Ibáñez", "said",
      "he"),
]
NON_QUOTES["long-16"] = [
    ("rejected that criticism", "noun object"),
]

# ---------------------------------------------------------------------------------------------------------------
# long-17: education (straight quotes)
ARTICLES.append({
    "doc_id": "long-17",
    "title": "Students walk out as Eastfield State weighs 12% tuition hike",
    "outlet": "The Eastfield Gazette",
    "published": "2026-04-09",
    "body": _body("""
EASTFIELD — Hundreds of students walked out of classes at Eastfield State University on Wednesday to protest a proposed 12% tuition increase that university officials say is needed to close a $38 million budget gap.

The increase, which the university's board of trustees will vote on April 22, would raise annual in-state tuition to about $11,900, the largest jump in more than a decade.

"We're being asked to pay for decisions we had no part in," said Darnell Fitch, the student government president, who addressed a crowd of about 600 on the main quad. "Every semester it's more, and every semester we get less."

Fitch said the student government would present trustees with a petition signed by more than 9,000 students, nearly half the student body, and called on the university to freeze tuition and cut administrative salaries instead.

University President Renáta Szabó said in a campus-wide email on Tuesday that the increase was "a last resort" after the state legislature cut Eastfield's appropriation by 9% for the second year in a row.

"No one who works at this university wants to raise tuition," Szabó wrote. "But I will not balance this budget by closing programs that students depend on, and without new revenue that is the choice we face."

According to the email, the university has already frozen hiring, delayed two construction projects and eliminated 46 administrative positions since last summer.

State Sen. Bill Kowalczyk, a Republican who chairs the Senate's higher education committee, said the university had "plenty of fat to trim" and accused its leadership of using students as "bargaining chips" in its negotiations with the legislature.

"Every year they come to the Capitol with their hand out, and every year the administration gets bigger," Kowalczyk said in a phone interview.

Faculty members have largely sided with the students. Prof. Anh Trần, who chairs the faculty senate, said professors had not received a cost-of-living raise since 2023 and that many were teaching extra courses to cover vacancies.

"The administration likes to talk about sacrifice," Trần said. "The sacrifices are being made in the classroom, by people who are not at the table."

She said the faculty senate would vote next week on a resolution opposing the increase.

The chair of the board of trustees, Margaret Ostrowski, said the board had "not made up its mind" and would hear from students before the vote. She said trustees were also considering a smaller increase combined with a one-time draw on the university's reserves.

Eastfield spokesman Greg Paulsen said the walkout had been "peaceful and respectful" and that no students would face disciplinary action for missing class.

A spokeswoman for Governor Elena Ruiz-Castillo said the governor was "monitoring the situation closely" and that her budget proposal for next year included a 2% increase for higher education. Kowalczyk said on Wednesday evening that the legislature would not restore the cuts this year.

Not all students joined the protest. Priya Venkataraman, a junior majoring in nursing, said she supported the cause but could not afford to miss a clinical rotation. "If I skip, I fail," she said. "That's not a choice I get to make."

Tuition at Eastfield has risen 41% since 2016, according to the State Higher Education Commission, compared with a 30% rise in consumer prices over the same period.

Eastfield State, founded in 1891 as a teachers college, enrolls about 19,000 students, most of them from within the state. More than a third are the first in their families to attend college.

Szabó is scheduled to meet student leaders on Friday. Fitch said he was "not expecting miracles" but would "go in with an open mind."
"""),
})
QUOTES["long-17"] = [
    Q("is needed to close a $38 million budget gap", I, "university officials", "say", "university officials",
      note="'an increase that officials say is needed': the relative pronoun is not in the span"),
    Q("We're being asked to pay for decisions we had no part in,", D, "Darnell Fitch", "said", "Darnell Fitch"),
    Q("Every semester it's more, and every semester we get less.", D, "Darnell Fitch", "said", "Darnell Fitch"),
    Q("the student government would present trustees with a petition signed by more than 9,000 students, nearly half the "
      "student body", I, "Darnell Fitch", "said", "Fitch", note="'called on the university to ...' is an appeal, not an entry"),
    Q('the increase was "a last resort" after the state legislature cut Eastfield\'s appropriation by 9% for the second '
      'year in a row', M, "Renáta Szabó", "said", "Renáta Szabó"),
    Q("No one who works at this university wants to raise tuition,", D, "Renáta Szabó", "wrote", "Szabó"),
    Q("But I will not balance this budget by closing programs that students depend on, and without new revenue that is "
      "the choice we face.", D, "Renáta Szabó", "wrote", "Szabó"),
    Q("the university has already frozen hiring, delayed two construction projects and eliminated 46 administrative "
      "positions since last summer", I, "Renáta Szabó", "according to", "the email",
      note="Szabó's email: a document by a named author goes to the author (dev2 convention)"),
    Q('the university had "plenty of fat to trim"', M, "Bill Kowalczyk", "said", "Bill Kowalczyk"),
    Q("bargaining chips", D, "Bill Kowalczyk", "accused", "Bill Kowalczyk",
      note="quoted words after 'accused ... of' (as 'accusing chairman brother of ‘vendetta’')"),
    Q("Every year they come to the Capitol with their hand out, and every year the administration gets bigger,", D,
      "Bill Kowalczyk", "said", "Kowalczyk"),
    Q("professors had not received a cost-of-living raise since 2023 and that many were teaching extra courses to cover "
      "vacancies", I, "Anh Trần", "said", "Anh Trần"),
    Q("The administration likes to talk about sacrifice,", D, "Anh Trần", "said", "Trần"),
    Q("The sacrifices are being made in the classroom, by people who are not at the table.", D, "Anh Trần", "said",
      "Trần"),
    Q("the faculty senate would vote next week on a resolution opposing the increase", I, "Anh Trần", "said", "She"),
    Q('the board had "not made up its mind" and would hear from students before the vote', M, "Margaret Ostrowski",
      "said", "Margaret Ostrowski"),
    Q("trustees were also considering a smaller increase combined with a one-time draw on the university's reserves", I,
      "Margaret Ostrowski", "said", "She"),
    Q('the walkout had been "peaceful and respectful" and that no students would face disciplinary action for missing '
      'class', M, "Greg Paulsen", "said", "Greg Paulsen"),
    Q('the governor was "monitoring the situation closely" and that her budget proposal for next year included a 2% '
      'increase for higher education', M, "A spokeswoman for Governor Elena Ruiz-Castillo", "said",
      "A spokeswoman for Governor Elena Ruiz-Castillo", note="the role phrase is the speaker"),
    Q("the legislature would not restore the cuts this year", I, "Bill Kowalczyk", "said", "Kowalczyk"),
    Q("she supported the cause but could not afford to miss a clinical rotation", I, "Priya Venkataraman", "said",
      "Priya Venkataraman"),
    Q("If I skip, I fail,", D, "Priya Venkataraman", "said", "she"),
    Q("That's not a choice I get to make.", D, "Priya Venkataraman", "said", "she"),
    Q("Tuition at Eastfield has risen 41% since 2016", I, "State Higher Education Commission", "according to",
      "the State Higher Education Commission",
      note="', compared with a 30% rise ...' after the attribution has no verb: not an entry"),
    Q('he was "not expecting miracles" but would "go in with an open mind."', M, "Darnell Fitch", "said", "Fitch"),
]
NON_QUOTES["long-17"] = [
    ("called on the university to freeze tuition and cut administrative salaries instead",
     "an appeal (object + infinitive), no quoted words"),
]

# ---------------------------------------------------------------------------------------------------------------
# long-18: transport accident investigation (curly quotes; 'the report found' vs 'according to the report')
ARTICLES.append({
    "doc_id": "long-18",
    "title": "Split runway scare: crew had slept less than five hours, investigators say",
    "outlet": "Wire staff",
    "published": "2026-06-30",
    "body": _body("""
ZAGREB (Wire) — The pilots of an Adria Nord airliner that began its take-off run in Split while a maintenance vehicle was still on the runway had slept less than five hours the night before, Croatian investigators said on Tuesday.

The Airbus A320, carrying 164 passengers and six crew to Düsseldorf, abandoned its take-off at about 140 km/h on May 18 after the co-pilot spotted the vehicle’s flashing lights through early morning fog. Nobody was hurt.

The Air Safety Investigation Agency said in a preliminary report that the captain had been on duty for 11 hours the previous day and had been woken at 3:40 a.m. by a hotel fire alarm.

The report found that the control tower had cleared the flight for take-off 40 seconds after another controller in the same room had authorised the vehicle to enter the runway to inspect a lighting fault.

“This was not one mistake. It was a chain of small mistakes, each of which on its own would have been harmless,” Ivana Kovačević, who leads the investigation, told reporters in Zagreb.

She said the two controllers had been using different radio frequencies and that a system designed to warn of conflicts on the runway had been switched off for maintenance.

“If any one link in that chain had held, we would not be here today,” the investigator said.

According to the report, the co-pilot, a 31-year-old with 2,300 flying hours, twice called for the take-off to be abandoned before the captain applied the brakes.

Adria Nord chief executive Davor Šimić said the airline had introduced new rules limiting how early pilots could be scheduled after a disrupted night, and that the captain had been offered counselling.

Šimić said: “Our pilots did exactly what they are trained to do. They stopped the aircraft.” But he added that the airline had to ask why the crew had been flying in that condition at all, and said the answer was “for us to find”.

The Croatian pilots’ union, HSPP, said fatigue was “an open secret” in the industry. Its president, Zvonimir Perić, said many pilots were reluctant to report being tired for fear of losing pay.

“A pilot who calls in fatigued is asked questions. A pilot who flies tired is asked nothing, until something like Split happens,” he said.

European rules limit pilots to 13 hours of duty a day, with shorter limits for early starts, but allow airlines to extend duty periods in “unforeseen circumstances”. Unions across Europe have campaigned for years to close what they see as a loophole.

The air navigation service, Croatia Control, said it had suspended the two controllers on full pay pending the final report and had changed its procedures so that vehicles and aircraft on the runway are handled on a single frequency.

Croatia’s transport minister, Tomislav Babić, told the state broadcaster HRT that the government would ask the European Union Aviation Safety Agency to review the fatigue rules, and said he had ordered an audit of runway procedures at all Croatian airports.

The European Union Aviation Safety Agency said it was aware of the incident and was in contact with the Croatian authorities.

Airbus said in a statement that it was supporting the investigation and that there was no indication of a technical fault with the aircraft.

One passenger, Leila Haddad, a teacher from Düsseldorf, said she had felt the aircraft brake violently and heard people screaming. “Then the captain came on and said, very calmly, ‘Ladies and gentlemen, we had a problem on the runway,’” she said. “I thought: a problem? That’s one word for it.”

The agency expects to publish its final report within a year, Kovačević said.
"""),
})
QUOTES["long-18"] = [
    Q("crew had slept less than five hours", I, "Croatian investigators", "say", "investigators",
      note="headline: 'Split runway scare:' is a topic label, not a speaker"),
    Q("The pilots of an Adria Nord airliner that began its take-off run in Split while a maintenance vehicle was still on "
      "the runway had slept less than five hours the night before", I, "Croatian investigators", "said",
      "Croatian investigators", note=DATELINE),
    Q("the captain had been on duty for 11 hours the previous day and had been woken at 3:40 a.m. by a hotel fire alarm",
      I, "Air Safety Investigation Agency", "said", "The Air Safety Investigation Agency"),
    Q("This was not one mistake. It was a chain of small mistakes, each of which on its own would have been harmless,", D,
      "Ivana Kovačević", "told reporters", "Ivana Kovačević"),
    Q("the two controllers had been using different radio frequencies and that a system designed to warn of conflicts on "
      "the runway had been switched off for maintenance", I, "Ivana Kovačević", "said", "She"),
    Q("If any one link in that chain had held, we would not be here today,", D, "Ivana Kovačević", "said",
      "the investigator"),
    Q("the co-pilot, a 31-year-old with 2,300 flying hours, twice called for the take-off to be abandoned before the "
      "captain applied the brakes", I, "the report", "according to", "the report",
      note="a document speaking (contrast 'The report found ...', not annotated)"),
    Q("the airline had introduced new rules limiting how early pilots could be scheduled after a disrupted night, and that "
      "the captain had been offered counselling", I, "Davor Šimić", "said", "Davor Šimić"),
    Q("Our pilots did exactly what they are trained to do. They stopped the aircraft.", D, "Davor Šimić", "said", "Šimić",
      note="attribution first, with a colon"),
    Q("the airline had to ask why the crew had been flying in that condition at all", I, "Davor Šimić", "added", "he"),
    Q("the answer was “for us to find”", M, "Davor Šimić", "said", "he"),
    Q("fatigue was “an open secret” in the industry", M, "HSPP", "said", "HSPP"),
    Q("many pilots were reluctant to report being tired for fear of losing pay", I, "Zvonimir Perić", "said",
      "Zvonimir Perić"),
    Q("A pilot who calls in fatigued is asked questions. A pilot who flies tired is asked nothing, until something like "
      "Split happens,", D, "Zvonimir Perić", "said", "he"),
    Q("it had suspended the two controllers on full pay pending the final report and had changed its procedures so that "
      "vehicles and aircraft on the runway are handled on a single frequency", I, "Croatia Control", "said",
      "Croatia Control"),
    Q("the government would ask the European Union Aviation Safety Agency to review the fatigue rules", I, "Tomislav Babić",
      "told", "Tomislav Babić"),
    Q("he had ordered an audit of runway procedures at all Croatian airports", I, "Tomislav Babić", "said",
      "Tomislav Babić"),
    Q("it was aware of the incident and was in contact with the Croatian authorities", I,
      "European Union Aviation Safety Agency", "said", "The European Union Aviation Safety Agency"),
    Q("it was supporting the investigation and that there was no indication of a technical fault with the aircraft", I,
      "Airbus", "said", "Airbus"),
    Q("she had felt the aircraft brake violently and heard people screaming", I, "Leila Haddad", "said", "Leila Haddad"),
    Q("Then the captain came on and said, very calmly, ‘Ladies and gentlemen, we had a problem on the runway,’", D,
      "Leila Haddad", "said", "she", note="the captain's words nested inside are not an entry"),
    Q("I thought: a problem? That’s one word for it.", D, "Leila Haddad", "said", "she"),
    Q("The agency expects to publish its final report within a year", I, "Ivana Kovačević", "said", "Kovačević"),
]
NON_QUOTES["long-18"] = [
    ("The report found that the control tower", "a document's finding ('found'): not speech (convention of this set)"),
    ("in “unforeseen circumstances”", "a quoted legal term in the writer's background paragraph, no speaker"),
]
