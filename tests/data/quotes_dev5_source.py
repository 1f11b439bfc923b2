"""Eight long news articles written for this project as a development set (dev5) for the quotation extractor.

The articles are original text written for this project (fictional people, companies and places in the style of
wire copy, business desks, sports pages and local papers); they are released under the project's licence, or CC0 at
your option. They were written and annotated by an annotator who never read or ran the project's quotation
extractor, following the rules of `tests/data/README.md` ("### Annotation rules", the headline conventions of the
dev3/test2 section and the conventions of the quotes_long section). The set stresses speaker resolution in long
articles: several speakers of both genders, pronouns and role nouns far from the name, people introduced by role or
title before the name, shared surnames, organisations, documents and anonymous sources speaking.

- ARTICLES: dicts with doc_id, title (the headline; it is part of the document text), outlet, published, body
  (paragraphs separated by blank lines).
- QUOTES: doc_id -> annotations in document order, Q(span text, kind, speaker, cue, speaker mention, ...).
- NON_QUOTES: doc_id -> (snippet, reason): quote-marked text and reporting verbs that are deliberately NOT
  quotations (scare quotes, titles, noun objects, beliefs, questions, the writer's voice). The builder requires
  every quote mark and reporting verb outside the annotations to be listed here, as a recall check.
- QUOTE_FREE: documents deliberately without quotations (none in this set).

Built into JSON lines by `scripts/build_quotes_dev5.py`.
"""

from __future__ import annotations


from quotes_long_source import DATELINE, D, I, M, Q, _body  # noqa: F401  (the same annotation helpers)

ARTICLES: list[dict] = []
QUOTES: dict[str, list[dict]] = {}
NON_QUOTES: dict[str, list[tuple[str, str]]] = {}
QUOTE_FREE: set[str] = set()


# ---------------------------------------------------------------------------------------------------------------
# d5-01: a murder trial (curly quotes; a married couple and a brother and sister share surnames)
ARTICLES.append({
    "doc_id": "d5-01",
    "title": "Calder murder trial: neighbour says she heard ‘two shots, then silence’",
    "outlet": "The Calder Gazette",
    "published": "2026-09-16",
    "body": _body("""
CALDER — A neighbour of the murdered businessman Victor Hale told a jury on Wednesday that she heard “two shots, then silence” from his house on the night he died, and saw a man in a dark jacket walking quickly towards the river.

Ruth Pike, 67, was the first witness called by the prosecution in the trial of Tomás Reyes, 34, who is accused of shooting Hale, his former business partner, at the property on Ferris Lane in March. Reyes has pleaded not guilty.

“I was in the kitchen making tea. I heard two bangs, very close together, and then nothing at all,” Pike said, her voice breaking. “I remember thinking it was the quiet that frightened me.”

The indictment says Reyes owed Hale more than £400,000 and that the two men had quarrelled in a restaurant in the town a week before the killing.

Opening the Crown’s case on Tuesday, the prosecutor, Helen Marchetti KC, told jurors that the evidence against Reyes was “circumstantial but overwhelming”.

“You will not hear from anyone who saw the trigger being pulled,” she said. “But you will hear about a debt, a quarrel, a phone switched off for exactly the hours that mattered, and a jacket that was never found.”

Under cross-examination, Reyes’s defence lawyer, Daniel Okoro, suggested that she could not have seen the man’s face from her kitchen window in the dark. She agreed that she had not seen his face, but insisted she had recognised “the build and the walk” of someone she had seen at the house before.

“I saw a man, and I saw the way he walked,” she replied. “I have seen that walk before, more than once.”

Her husband, Martin Pike, 70, who gave evidence after her, told the court he had been asleep upstairs and was woken by his wife calling his name.

“By the time I got downstairs she was already on the phone to the police,” Mr Pike said. He added that he had not looked out of the window himself.

Judge Amara Osei twice interrupted the cross-examination. When Okoro asked Mrs Pike whether she had been drinking that evening, the judge stopped him.

“Mr Okoro, the witness is not on trial,” Osei said. “Move on, please.”

Okoro later told reporters outside the court that his questions had been “entirely proper” and that the defence would show that the police had “settled on a suspect within hours and never looked anywhere else”.

“My client has always said he was at home that night, and the phone records will show it,” the 48-year-old barrister said.

Detective Inspector Carla Brandt, who led the investigation, is expected to give evidence on Thursday. In a written statement read to the court, she said officers had recovered a spent cartridge from the garden of the Hale house but no weapon.

Hale’s sister, Naomi Hale, who has attended every day of the hearing, said outside the court that the family was “holding on” and wanted only the truth.

“Victor was not perfect, but he did not deserve to die on his own kitchen floor,” she said. “We want to know who did this, and why.”

A person close to the family, who asked not to be named, said the siblings had been estranged for several years and had reconciled only last Christmas.

Reyes, wearing a grey suit, showed no reaction as Mrs Pike left the witness box. The trial, which is expected to last four weeks, continues.
"""),
})
QUOTES["d5-01"] = [
    Q("she heard ‘two shots, then silence’", M, "Ruth Pike", "says", "neighbour",
      note="headline: topic label before the colon; the neighbour is Ruth Pike in the body"),
    Q("she heard “two shots, then silence” from his house on the night he died, and saw a man in a dark jacket walking "
      "quickly towards the river", M, "Ruth Pike", "told", "A neighbour of the murdered businessman Victor Hale",
      note="the role comes first; the name only in the next paragraph"),
    Q("I was in the kitchen making tea. I heard two bangs, very close together, and then nothing at all,", D, "Ruth Pike",
      "said", "Pike"),
    Q("I remember thinking it was the quiet that frightened me.", D, "Ruth Pike", "said", "Pike"),
    Q("Reyes owed Hale more than £400,000 and that the two men had quarrelled in a restaurant in the town a week before "
      "the killing", I, "the indictment", "says", "The indictment", note="a document speaking"),
    Q("the evidence against Reyes was “circumstantial but overwhelming”", M, "Helen Marchetti", "told", "Helen Marchetti",
      note="honorific KC dropped"),
    Q("You will not hear from anyone who saw the trigger being pulled,", D, "Helen Marchetti", "said", "she"),
    Q("But you will hear about a debt, a quarrel, a phone switched off for exactly the hours that mattered, and a jacket "
      "that was never found.", D, "Helen Marchetti", "said", "she"),
    Q("she could not have seen the man’s face from her kitchen window in the dark", I, "Daniel Okoro", "suggested",
      "Daniel Okoro", note="introduced by role before the name"),
    Q("she had not seen his face", I, "Ruth Pike", "agreed", "She",
      note="She = the witness (Pike), not the male lawyer of the previous sentence"),
    Q("she had recognised “the build and the walk” of someone she had seen at the house before", M, "Ruth Pike",
      "insisted", "She", note="second verb of the same subject: its own entry"),
    Q("I saw a man, and I saw the way he walked,", D, "Ruth Pike", "replied", "she"),
    Q("I have seen that walk before, more than once.", D, "Ruth Pike", "replied", "she"),
    Q("he had been asleep upstairs and was woken by his wife calling his name", I, "Martin Pike", "told", "Martin Pike"),
    Q("By the time I got downstairs she was already on the phone to the police,", D, "Martin Pike", "said", "Mr Pike",
      note="same surname as the first witness; Mr = the husband"),
    Q("he had not looked out of the window himself", I, "Martin Pike", "added", "He"),
    Q("Mr Okoro, the witness is not on trial,", D, "Amara Osei", "said", "Osei"),
    Q("Move on, please.", D, "Amara Osei", "said", "Osei"),
    Q("his questions had been “entirely proper” and that the defence would show that the police had “settled on a "
      "suspect within hours and never looked anywhere else”", M, "Daniel Okoro", "told", "Okoro"),
    Q("My client has always said he was at home that night, and the phone records will show it,", D, "Daniel Okoro",
      "said", "the 48-year-old barrister"),
    Q("officers had recovered a spent cartridge from the garden of the Hale house but no weapon", I, "Carla Brandt",
      "said", "she", note="a written statement by a named author goes to the author"),
    Q("the family was “holding on” and wanted only the truth", M, "Naomi Hale", "said", "Naomi Hale",
      note="same surname as the victim"),
    Q("Victor was not perfect, but he did not deserve to die on his own kitchen floor,", D, "Naomi Hale", "said", "she"),
    Q("We want to know who did this, and why.", D, "Naomi Hale", "said", "she"),
    Q("the siblings had been estranged for several years and had reconciled only last Christmas", I,
      "A person close to the family", "said", "A person close to the family"),
]
NON_QUOTES["d5-01"] = [
    ("the first witness called by the prosecution", "called = summoned, no speech"),
    ("who is accused of shooting Hale", "the charge, no reported speech"),
    ("When Okoro asked Mrs Pike whether she had been drinking that evening", "a question in court (as journalists' questions)"),
    ("who asked not to be named", "request for anonymity"),
    ("showed no reaction", "noun object, no speech"),
]

# ---------------------------------------------------------------------------------------------------------------
# d5-02: a central-bank decision (curly quotes; a dissenting deputy, a minister, an anonymous official, minutes)
ARTICLES.append({
    "doc_id": "d5-02",
    "title": "Bank of Kestria holds rates as governor warns inflation ‘not yet beaten’",
    "outlet": "Business desk",
    "published": "2026-10-29",
    "body": _body("""
KESTRIA CITY — The Bank of Kestria kept its main interest rate at 4.75 percent on Thursday for a third consecutive meeting, and its governor, Marit Haugland, warned that inflation was “not yet beaten” despite a sharp fall over the summer.

The decision was not unanimous. Seven of the nine members of the monetary policy committee voted to hold, while two, including deputy governor Pavel Novák, voted for a quarter-point cut, the bank said in a statement.

Inflation fell to 3.9 percent in August from a peak of 9.2 percent last year, but the bank warned that price pressures in services “remain stubborn” and that wage growth was running “well above” a level consistent with its 2 percent target.

“We have come a long way, and I want to acknowledge the sacrifices that households and businesses have made,” Haugland told a news conference. “But the last mile is often the hardest. If we declare victory too early, we risk having to do all of this again.”

The 58-year-old, a former economics professor who took over at the bank in 2023, said the committee would need to see “several more months” of easing in services prices before it could consider lowering borrowing costs.

Asked whether a cut before the end of the year was possible, she said: “I am not going to rule anything in or out. We will look at the data, and only the data.”

Novák, who has argued for months that the bank risks keeping policy too tight for too long, set out his reasons in a rare on-the-record briefing after the meeting.

“Monetary policy works with long lags. What we decide today will bite in a year or eighteen months, when inflation may already be below target,” the deputy governor said. “I would rather move a little now than a lot later.”

He added that unemployment had risen for four consecutive months and that construction, which is particularly sensitive to interest rates, was “close to a standstill” in parts of the country.

Finance Minister Jonas Brek welcomed the decision in a brief statement, saying the government and the central bank were “pulling in the same direction”.

But Brek, who faces an election in the spring, has come under pressure from his own party to push for lower rates. One member of the ruling coalition’s economic council, who spoke on condition of anonymity, said some ministers were “losing patience” with the bank.

“There is a lot of grumbling in private,” the official said. “Nobody will say it in public, because the bank is independent and everybody knows how that would look.”

Brek himself rejected that characterisation when approached by reporters in parliament. “I have full confidence in Governor Haugland and her committee,” he said. “Their job is inflation. My job is the budget.”

Economists had broadly expected the hold. Leila Farouk, chief economist at Meridian Bank in Kestria City, said in a note to clients that the tone of the statement was “a touch more hawkish than markets wanted” and that she now expected the first cut in March rather than January.

“The governor is clearly worried about wages,” Farouk said. “She has been burned before by moving too soon, and she does not want to be burned again.”

The Kestrian mark rose 0.4 percent against the euro after the announcement. Yields on two-year government bonds, which are sensitive to expectations for interest rates, climbed by eight basis points.

According to minutes of the previous meeting, published two weeks ago, members had discussed “at some length” whether the bank’s forecasts were overstating the strength of the economy.

Haugland declined to comment on the minutes, but said the committee’s debates were “vigorous, as they should be”. The next rate decision is due on Dec. 11.

She ended the news conference with a warning for anyone hoping for quick relief on mortgages. “Patience is also a policy,” she said.
"""),
})
QUOTES["d5-02"] = [
    Q("inflation ‘not yet beaten’", M, "Marit Haugland", "warns", "governor",
      note="headline role resolved by the body"),
    Q("inflation was “not yet beaten” despite a sharp fall over the summer", M, "Marit Haugland", "warned", "Marit Haugland"),
    Q("Seven of the nine members of the monetary policy committee voted to hold, while two, including deputy governor "
      "Pavel Novák, voted for a quarter-point cut", I, "Bank of Kestria", "said", "the bank",
      note="preposed report; the sentence before it is the writer's"),
    Q("price pressures in services “remain stubborn” and that wage growth was running “well above” a level consistent "
      "with its 2 percent target", M, "Bank of Kestria", "warned", "the bank"),
    Q("We have come a long way, and I want to acknowledge the sacrifices that households and businesses have made,", D,
      "Marit Haugland", "told", "Haugland"),
    Q("But the last mile is often the hardest. If we declare victory too early, we risk having to do all of this again.",
      D, "Marit Haugland", "told", "Haugland"),
    Q("the committee would need to see “several more months” of easing in services prices before it could consider "
      "lowering borrowing costs", M, "Marit Haugland", "said", "The 58-year-old"),
    Q("I am not going to rule anything in or out. We will look at the data, and only the data.", D, "Marit Haugland",
      "said", "she"),
    Q("the bank risks keeping policy too tight for too long", I, "Pavel Novák", "argued", "who"),
    Q("Monetary policy works with long lags. What we decide today will bite in a year or eighteen months, when inflation "
      "may already be below target,", D, "Pavel Novák", "said", "the deputy governor"),
    Q("I would rather move a little now than a lot later.", D, "Pavel Novák", "said", "the deputy governor"),
    Q("unemployment had risen for four consecutive months and that construction, which is particularly sensitive to "
      "interest rates, was “close to a standstill” in parts of the country", M, "Pavel Novák", "added", "He"),
    Q("the government and the central bank were “pulling in the same direction”", M, "Jonas Brek", "saying",
      "Jonas Brek"),
    Q("some ministers were “losing patience” with the bank", M, "One member of the ruling coalition’s economic council",
      "said", "One member of the ruling coalition’s economic council"),
    Q("There is a lot of grumbling in private,", D, "One member of the ruling coalition’s economic council", "said",
      "the official"),
    Q("Nobody will say it in public, because the bank is independent and everybody knows how that would look.", D,
      "One member of the ruling coalition’s economic council", "said", "the official"),
    Q("I have full confidence in Governor Haugland and her committee,", D, "Jonas Brek", "said", "he"),
    Q("Their job is inflation. My job is the budget.", D, "Jonas Brek", "said", "he"),
    Q("the tone of the statement was “a touch more hawkish than markets wanted” and that she now expected the first cut "
      "in March rather than January", M, "Leila Farouk", "said", "Leila Farouk",
      note="a note to clients by a named author goes to the author"),
    Q("The governor is clearly worried about wages,", D, "Leila Farouk", "said", "Farouk"),
    Q("She has been burned before by moving too soon, and she does not want to be burned again.", D, "Leila Farouk",
      "said", "Farouk", note="the She inside the quote is the governor; the speaker is Farouk"),
    Q("members had discussed “at some length” whether the bank’s forecasts were overstating the strength of the economy",
      M, "minutes of the previous meeting", "according to", "minutes of the previous meeting",
      note="a document speaking"),
    Q("the committee’s debates were “vigorous, as they should be”", M, "Marit Haugland", "said", "Haugland"),
    Q("Patience is also a policy,", D, "Marit Haugland", "said", "she",
      note="she = the governor, named in the previous paragraph"),
]
NON_QUOTES["d5-02"] = [
    ("Asked whether a cut before the end of the year was possible", "journalist's question"),
    ("welcomed the decision", "noun object"),
    ("who spoke on condition of anonymity", "request for anonymity"),
    ("rejected that characterisation", "noun object"),
    ("set out his reasons", "noun object"),
    ("Economists had broadly expected the hold", "expectation, no speech"),
    ("declined to comment on the minutes", "refusal"),
]

# ---------------------------------------------------------------------------------------------------------------
# d5-03: a football transfer saga (straight quotes; two unrelated Ruizes, two brothers Mensah)
ARTICLES.append({
    "doc_id": "d5-03",
    "title": "'He is not for sale': Ruiz digs in as Mensah saga drags on",
    "outlet": "Sport desk",
    "published": "2026-08-21",
    "body": _body("""
MADRID — Real Castilla's sporting director, Ana Ruiz, said on Friday that Kofi Mensah was "not for sale at any price", hours after Premier League side Ashford United had a third bid for the Ghanaian winger turned down.

"He is not for sale. I have said it in June, I have said it in July, and I am saying it again today," Ruiz told reporters at the club's training ground. "Kofi has four years left on his contract and he is part of what we are building."

Ashford's latest offer was worth 62 million euros plus 8 million in add-ons, according to a person familiar with the talks, who said the English club had been "surprised by the tone" of the reply.

Ashford said in a statement that it had made "a fair and final offer" and would not be "drawn into a public auction".

Mensah, 23, has scored 19 goals in 61 appearances since joining from Asante Stars two years ago and has made no secret of his wish to play in England.

His brother and agent, Yaw Mensah, told the sports daily Diario Deportivo that the player had "given everything" to the club and felt he had earned the right to choose his next step.

"Kofi is a professional. He trains, he plays, he doesn't complain," the agent said. "But everyone knows what he wants, and the club knows too. They made promises last summer."

Ruiz dismissed any suggestion that promises had been broken. "Nobody at this club promised anybody anything," she said. "If Yaw wants to negotiate through the newspapers, that is his choice. We negotiate in the office."

Castilla's head coach, Mark Devlin, was more conciliatory. The Northern Irishman said he understood the player's frustration but hoped he would stay.

"I've spoken to Kofi every day this week. He's a lovely lad and he's been brilliant in training," Devlin said. "I'm not naive. In football, when a player's head is somewhere else, you have to deal with it. But I want him here."

Asked whether Mensah would start Sunday's league opener at Sevilla, the 51-year-old said that would be decided "after Saturday's session and not before".

The saga has divided the club's supporters. Outside the training ground on Friday, about 200 fans chanted the winger's name, while others held up a banner reading "Nobody is bigger than Castilla".

Club president Esteban Ruiz, no relation to the sporting director, has so far stayed out of the dispute in public. But in a radio interview on Friday evening the president said the board would "listen to any offer that respects the player's value", a remark that appeared to undercut his sporting director.

"We are not a rich club. We have to be intelligent," he told Radio Meseta. "If a proposal comes that is good for Castilla, I have a duty to look at it."

A club spokeswoman later said the president and the sporting director were "completely aligned" and that there was "no contradiction whatsoever" between their positions.

Ashford's manager, Tom Whitlock, said after a pre-season friendly on Thursday that he was "relaxed" about the deadline.

"We've got other targets, we're not going to sit and wait for one player," he said. "But Kofi is our first choice. Everybody knows that."

The transfer window closes on Sept. 1. Ruiz, leaving the training ground on foot, had the final word on Friday. "If they want him, they know the price," she said, before correcting herself. "Actually, there is no price."
"""),
})
QUOTES["d5-03"] = [
    Q("He is not for sale", D, "Ana Ruiz", ":", "Ruiz",
      note="headline: quote, colon, subject; the body gives the words to the sporting director, not the president"),
    Q("Kofi Mensah was \"not for sale at any price\"", M, "Ana Ruiz", "said", "Ana Ruiz",
      note="introduced by role before the name"),
    Q("He is not for sale. I have said it in June, I have said it in July, and I am saying it again today,", D,
      "Ana Ruiz", "told", "Ruiz"),
    Q("Kofi has four years left on his contract and he is part of what we are building.", D, "Ana Ruiz", "told", "Ruiz"),
    Q("Ashford's latest offer was worth 62 million euros plus 8 million in add-ons", I, "a person familiar with the talks",
      "according to", "a person familiar with the talks", note="preposed report before according to"),
    Q("the English club had been \"surprised by the tone\" of the reply", M, "a person familiar with the talks", "said",
      "who"),
    Q("it had made \"a fair and final offer\" and would not be \"drawn into a public auction\"", M, "Ashford United",
      "said", "Ashford"),
    Q("the player had \"given everything\" to the club and felt he had earned the right to choose his next step", M,
      "Yaw Mensah", "told", "Yaw Mensah", note="shares the player's surname"),
    Q("Kofi is a professional. He trains, he plays, he doesn't complain,", D, "Yaw Mensah", "said", "the agent"),
    Q("But everyone knows what he wants, and the club knows too. They made promises last summer.", D, "Yaw Mensah",
      "said", "the agent"),
    Q("Nobody at this club promised anybody anything,", D, "Ana Ruiz", "said", "she"),
    Q("If Yaw wants to negotiate through the newspapers, that is his choice. We negotiate in the office.", D, "Ana Ruiz",
      "said", "she"),
    Q("he understood the player's frustration but hoped he would stay", I, "Mark Devlin", "said", "The Northern Irishman"),
    Q("I've spoken to Kofi every day this week. He's a lovely lad and he's been brilliant in training,", D, "Mark Devlin",
      "said", "Devlin"),
    Q("I'm not naive. In football, when a player's head is somewhere else, you have to deal with it. But I want him here.",
      D, "Mark Devlin", "said", "Devlin"),
    Q("that would be decided \"after Saturday's session and not before\"", M, "Mark Devlin", "said", "the 51-year-old",
      note="that is the demonstrative subject, inside the span"),
    Q("the board would \"listen to any offer that respects the player's value\"", M, "Esteban Ruiz", "said",
      "the president", note="the writer's comment after the comma is outside"),
    Q("We are not a rich club. We have to be intelligent,", D, "Esteban Ruiz", "told", "he"),
    Q("If a proposal comes that is good for Castilla, I have a duty to look at it.", D, "Esteban Ruiz", "told", "he"),
    Q("the president and the sporting director were \"completely aligned\" and that there was \"no contradiction "
      "whatsoever\" between their positions", M, "A club spokeswoman", "said", "A club spokeswoman"),
    Q("he was \"relaxed\" about the deadline", M, "Tom Whitlock", "said", "Tom Whitlock"),
    Q("We've got other targets, we're not going to sit and wait for one player,", D, "Tom Whitlock", "said", "he"),
    Q("But Kofi is our first choice. Everybody knows that.", D, "Tom Whitlock", "said", "he"),
    Q("If they want him, they know the price,", D, "Ana Ruiz", "said", "she",
      note="bare surname shared by two people; she = the sporting director"),
    Q("Actually, there is no price.", D, "Ana Ruiz", "said", "she", note="second half of a split quote"),
]
NON_QUOTES["d5-03"] = [
    ("has made no secret of his wish to play in England", "noun object"),
    ("Ruiz dismissed any suggestion that promises had been broken", "noun object (a denial with no content of its own)"),
    ("Asked whether Mensah would start Sunday's league opener at Sevilla", "journalist's question"),
    ("\"Nobody is bigger than Castilla\"", "banner slogan"),
]

# ---------------------------------------------------------------------------------------------------------------
# d5-04: a wildfire evacuation (curly quotes; a husband and wife, an evacuation order speaking, nested quote)
ARTICLES.append({
    "doc_id": "d5-04",
    "title": "‘This is not a drill’: governor orders 12,000 to flee Pine Hollow fire",
    "outlet": "Wire staff",
    "published": "2026-07-14",
    "body": _body("""
RIDGEWAY, Ore. (Wire) — Governor Diane Castellanos ordered the evacuation of about 12,000 people from three mountain towns on Tuesday as the Pine Hollow fire doubled in size overnight, telling residents who were still hesitating: “This is not a drill.”

The fire, which started on Sunday afternoon near a campground on Forest Road 19, had burned more than 41,000 acres by Tuesday morning and was 5 percent contained, according to the Oregon Department of Forestry.

“We had winds gusting to 50 miles an hour across the ridgeline last night, and at that point you are not fighting a fire, you are getting out of its way,” said Raymond Tull, the incident commander. “Our priority today is life safety. Structures come second.”

Tull, a 30-year veteran of the forest service, said crews had been pulled back from the eastern flank shortly after midnight when the fire jumped Highway 26.

The evacuation order covers the towns of Ridgeway, Elk Bend and Shaw Creek. It says residents must leave “immediately” and warns that emergency services “may not be able to reach you” if they stay.

At a shelter set up in the gymnasium of Sandy River High School, Linda Moss, 61, said she and her husband had loaded two dogs, a box of photographs and a bag of medication into their truck in less than ten minutes.

“It came over the ridge like a wall. I have lived here 34 years and I have never seen anything move that fast,” she said. “You could hear it. People don’t tell you that, that you can hear it.”

Her husband, Gary Moss, said the couple had no idea whether their house was still standing. “A neighbor sent us a photo at four this morning and the whole hillside behind us was orange,” he said.

Moss, a retired mill worker, said he had stayed behind for an hour to soak the roof with a garden hose before a sheriff’s deputy told him to leave.

“He said, ‘Sir, you have five minutes or you are on your own,’ and I believed him,” Moss said. “I’m 66 years old. I’m not a hero.”

The Clearwater County Sheriff’s Office said in a statement that two people had been reported missing in Shaw Creek and that deputies were going door to door in neighborhoods where residents had ignored the order.

Forecasters offered little relief. Priya Raman, a meteorologist with the National Weather Service in Pendleton, said a cold front expected on Thursday could bring rain but would first bring stronger winds.

“The next 48 hours are the dangerous window,” Raman said. “Thursday could go either way. It could help the crews, or it could push the fire straight into Elk Bend.”

Castellanos, who flew over the fire zone by helicopter on Tuesday afternoon, said she had asked the federal government for an emergency declaration and that 400 National Guard members had been activated.

“I know people want to go home. I want them to go home,” the governor said. “But I would rather apologize to you for a wasted night in a gym than stand at your funeral.”

One firefighter from a crew brought in from Idaho, who was not authorized to speak to the media, said the crews were “exhausted” after working 30-hour shifts.

“We’re doing what we can. The fire is doing what it wants,” the firefighter said.

Late on Tuesday, officials said the flames had reached the outskirts of Elk Bend. Asked about her own house in Ridgeway, which lies inside the evacuation zone, the governor smiled. “I packed the same bag as everyone else,” she said.
"""),
})
QUOTES["d5-04"] = [
    Q("This is not a drill", D, "Diane Castellanos", ":", "governor", note="headline role resolved by the body"),
    Q("This is not a drill.", D, "Diane Castellanos", "telling", "Diane Castellanos",
      note="ordered the evacuation is not speech; the participle telling attributes the quote"),
    Q("The fire, which started on Sunday afternoon near a campground on Forest Road 19, had burned more than 41,000 acres "
      "by Tuesday morning and was 5 percent contained", I, "Oregon Department of Forestry", "according to",
      "the Oregon Department of Forestry", note="preposed report before according to"),
    Q("We had winds gusting to 50 miles an hour across the ridgeline last night, and at that point you are not fighting a "
      "fire, you are getting out of its way,", D, "Raymond Tull", "said", "Raymond Tull", note="inverted said X, a …"),
    Q("Our priority today is life safety. Structures come second.", D, "Raymond Tull", "said", "Raymond Tull"),
    Q("crews had been pulled back from the eastern flank shortly after midnight when the fire jumped Highway 26", I,
      "Raymond Tull", "said", "Tull"),
    Q("residents must leave “immediately”", M, "the evacuation order", "says", "It", note="a document speaking"),
    Q("emergency services “may not be able to reach you” if they stay", M, "the evacuation order", "warns", "It",
      note="second verb of the same subject: its own entry"),
    Q("she and her husband had loaded two dogs, a box of photographs and a bag of medication into their truck in less "
      "than ten minutes", I, "Linda Moss", "said", "Linda Moss"),
    Q("It came over the ridge like a wall. I have lived here 34 years and I have never seen anything move that fast,", D,
      "Linda Moss", "said", "she"),
    Q("You could hear it. People don’t tell you that, that you can hear it.", D, "Linda Moss", "said", "she"),
    Q("the couple had no idea whether their house was still standing", I, "Gary Moss", "said", "Gary Moss"),
    Q("A neighbor sent us a photo at four this morning and the whole hillside behind us was orange,", D, "Gary Moss",
      "said", "he"),
    Q("he had stayed behind for an hour to soak the roof with a garden hose before a sheriff’s deputy told him to leave",
      I, "Gary Moss", "said", "Moss", note="bare surname shared by husband and wife; he and the role say the husband"),
    Q("He said, ‘Sir, you have five minutes or you are on your own,’ and I believed him,", D, "Gary Moss", "said", "Moss",
      note="nested quote of the deputy: one entry for the person quoted"),
    Q("I’m 66 years old. I’m not a hero.", D, "Gary Moss", "said", "Moss"),
    Q("two people had been reported missing in Shaw Creek and that deputies were going door to door in neighborhoods "
      "where residents had ignored the order", I, "Clearwater County Sheriff’s Office", "said",
      "The Clearwater County Sheriff’s Office"),
    Q("a cold front expected on Thursday could bring rain but would first bring stronger winds", I, "Priya Raman", "said",
      "Priya Raman"),
    Q("The next 48 hours are the dangerous window,", D, "Priya Raman", "said", "Raman"),
    Q("Thursday could go either way. It could help the crews, or it could push the fire straight into Elk Bend.", D,
      "Priya Raman", "said", "Raman"),
    Q("she had asked the federal government for an emergency declaration and that 400 National Guard members had been "
      "activated", I, "Diane Castellanos", "said", "Castellanos"),
    Q("I know people want to go home. I want them to go home,", D, "Diane Castellanos", "said", "the governor"),
    Q("But I would rather apologize to you for a wasted night in a gym than stand at your funeral.", D,
      "Diane Castellanos", "said", "the governor"),
    Q("the crews were “exhausted” after working 30-hour shifts", M, "One firefighter from a crew brought in from Idaho",
      "said", "One firefighter from a crew brought in from Idaho"),
    Q("We’re doing what we can. The fire is doing what it wants,", D, "One firefighter from a crew brought in from Idaho",
      "said", "the firefighter"),
    Q("the flames had reached the outskirts of Elk Bend", I, "officials", "said", "officials"),
    Q("I packed the same bag as everyone else,", D, "Diane Castellanos", "said", "she",
      note="she = the governor, named four paragraphs earlier"),
]
NON_QUOTES["d5-04"] = [
    ("who was not authorized to speak to the media", "request for anonymity"),
    ("Asked about her own house in Ridgeway", "journalist's question"),
]

# ---------------------------------------------------------------------------------------------------------------
# d5-05: a no-confidence vote (curly quotes; a brother and sister Berg on opposite sides, a multi-paragraph quote)
ARTICLES.append({
    "doc_id": "d5-05",
    "title": "Moravec survives no-confidence vote by four votes, vows to ‘finish the job’",
    "outlet": "Wire staff",
    "published": "2026-11-05",
    "body": _body("""
VARDA (Wire) — Prime Minister Elena Moravec survived a vote of no confidence in parliament on Thursday by just four votes, after a day of bitter debate in which her opponents accused her of “governing by decree” and she accused them of “wanting power without a plan”.

The motion, tabled by the opposition Civic Alliance, was defeated by 104 votes to 100 with three abstentions, the Speaker of parliament, Halvard Lie, announced shortly after 9 p.m.

The motion says the government has “lost the confidence of this house and of the country” because of its pension reform, which raises the retirement age to 67 by 2030.

Opposition leader Tomas Berg opened the debate by calling the reform “an act of arrogance” that had been pushed through without consultation.

“This government has stopped listening. It listens to its consultants, it listens to its spreadsheets, but it does not listen to the nurse who will now work until she is 67,” Berg said. “Tonight we give it one last chance to hear.”

Moravec, 49, a former surgeon who has led a three-party coalition since 2024, was defiant. “I did not come into politics to be comfortable,” she told the chamber. “I came to fix things that had been broken for a long time. Some of those repairs are painful, and I have never pretended otherwise.

“But a government that runs from every hard decision is not a government. It is a weather vane.”

The vote was closer than expected because of a rebellion on the government benches. Five members of the governing Social Democrats voted with the opposition, among them Agnes Berg, the opposition leader’s younger sister, who has sat as a government MP since 2020.

Agnes Berg said she had voted against the government “with a heavy heart” and not because of her brother. “People will say it is about family. It is not,” she told reporters in the lobby. “I have been against this pension reform since the first draft, and I said so in the party room three times.”

Asked about his sister’s vote, Berg said only that she was “her own woman” and had “always been braver than me”.

The junior coalition partner, the Farmers’ Party, held firm. Its leader, Mirela Dobos, said her party had “no appetite for an early election” in the middle of a harvest and a budget round.

But Dobos warned that the Farmers’ Party’s support “is not a blank cheque”. “We have given the prime minister time,” she said. “Time is not the same thing as a guarantee.”

A senior official in the prime minister’s office, who asked not to be named, said the result had been “too close for comfort” and that the government would look again at transitional arrangements for workers in physically demanding jobs.

“Nobody is popping champagne tonight,” the official said.

Political analysts said the narrow margin left Moravec weaker than before. Katarina Wolff, a political scientist at Varda University, said the prime minister had “won the vote and lost the argument”.

“She has survived, but she has used up a lot of goodwill, including inside her own party,” Wolff said. “The real test is the budget in December.”

The 49-year-old prime minister left parliament without speaking to reporters. In a short post on social media later, she wrote that she was “grateful to every member who voted for stability” and promised to “finish the job”.
"""),
})
QUOTES["d5-05"] = [
    Q("finish the job", D, "Elena Moravec", "vows", "Moravec", note="quoted words after vows to: direct fragment"),
    Q("governing by decree", D, "her opponents", "accused", "her opponents",
      note="quoted words after accused … of: direct fragment; a generic group stays as written"),
    Q("wanting power without a plan", D, "Elena Moravec", "accused", "she"),
    Q("The motion, tabled by the opposition Civic Alliance, was defeated by 104 votes to 100 with three abstentions", I,
      "Halvard Lie", "announced", "Halvard Lie", note="preposed report; the Speaker is introduced by role first"),
    Q("the government has “lost the confidence of this house and of the country” because of its pension reform", M,
      "the motion", "says", "The motion",
      note="a document speaking; the relative clause after the comma is the writer's background"),
    Q("an act of arrogance", D, "Tomas Berg", "calling", "Tomas Berg", note="quoted words after calling X: direct"),
    Q("This government has stopped listening. It listens to its consultants, it listens to its spreadsheets, but it does "
      "not listen to the nurse who will now work until she is 67,", D, "Tomas Berg", "said", "Berg"),
    Q("Tonight we give it one last chance to hear.", D, "Tomas Berg", "said", "Berg"),
    Q("I did not come into politics to be comfortable,", D, "Elena Moravec", "told", "she"),
    Q("I came to fix things that had been broken for a long time. Some of those repairs are painful, and I have never "
      "pretended otherwise.", D, "Elena Moravec", "told", "she",
      note="unclosed paragraph of a multi-paragraph quote: runs to the paragraph end"),
    Q("But a government that runs from every hard decision is not a government. It is a weather vane.", D,
      "Elena Moravec", "told", "she", note="continuation paragraph of the multi-paragraph quote"),
    Q("she had voted against the government “with a heavy heart” and not because of her brother", M, "Agnes Berg",
      "said", "Agnes Berg", note="the opposition leader's sister, same surname"),
    Q("People will say it is about family. It is not,", D, "Agnes Berg", "told", "she"),
    Q("I have been against this pension reform since the first draft, and I said so in the party room three times.", D,
      "Agnes Berg", "told", "she"),
    Q("she was “her own woman” and had “always been braver than me”", M, "Tomas Berg", "said", "Berg",
      note="bare surname shared by brother and sister; his sister's vote says the brother"),
    Q("her party had “no appetite for an early election” in the middle of a harvest and a budget round", M,
      "Mirela Dobos", "said", "Mirela Dobos", note="introduced by role (Its leader) before the name"),
    Q("the Farmers’ Party’s support “is not a blank cheque”", M, "Mirela Dobos", "warned", "Dobos"),
    Q("We have given the prime minister time,", D, "Mirela Dobos", "said", "she"),
    Q("Time is not the same thing as a guarantee.", D, "Mirela Dobos", "said", "she"),
    Q("the result had been “too close for comfort” and that the government would look again at transitional "
      "arrangements for workers in physically demanding jobs", M, "A senior official in the prime minister’s office",
      "said", "A senior official in the prime minister’s office"),
    Q("Nobody is popping champagne tonight,", D, "A senior official in the prime minister’s office", "said",
      "the official"),
    Q("the narrow margin left Moravec weaker than before", I, "Political analysts", "said", "Political analysts"),
    Q("the prime minister had “won the vote and lost the argument”", M, "Katarina Wolff", "said", "Katarina Wolff"),
    Q("She has survived, but she has used up a lot of goodwill, including inside her own party,", D, "Katarina Wolff",
      "said", "Wolff", note="the She inside the quote is Moravec; the speaker is Wolff"),
    Q("The real test is the budget in December.", D, "Katarina Wolff", "said", "Wolff"),
    Q("she was “grateful to every member who voted for stability”", M, "Elena Moravec", "wrote", "she",
      note="she = The 49-year-old prime minister"),
    Q("finish the job", D, "Elena Moravec", "promised", "she", note="quoted words after promised to: direct fragment"),
]
NON_QUOTES["d5-05"] = [
    ("Asked about his sister’s vote", "journalist's question"),
    ("who asked not to be named", "request for anonymity"),
    ("left parliament without speaking to reporters", "no speech"),
]

# ---------------------------------------------------------------------------------------------------------------
# d5-06: a pharmaceutical recall (straight quotes; regulator, company, recall notice, an email by a named author,
# a lawsuit with a named plaintiff, an anonymous former employee)
ARTICLES.append({
    "doc_id": "d5-06",
    "title": "Drugmaker recalls 2 million blood-pressure packs; regulator says risk 'low but real'",
    "outlet": "Health desk",
    "published": "2026-10-15",
    "body": _body("""
LONDON — Halvorsen Pharma is recalling about 2 million packs of its blood-pressure drug Corvexa after tests found traces of a potentially cancer-causing impurity, the company said on Thursday.

The Medicines Safety Agency said the risk to patients was "low but real" and urged people not to stop taking the medicine without first speaking to a doctor or pharmacist.

"Stopping blood-pressure treatment suddenly is far more dangerous than the very small added risk from this impurity," said Dr Funmilayo Adeyemi, the agency's chief medical officer. "Please do not throw your tablets away tonight."

The recall notice, published on the agency's website, says the affected batches were made at the company's plant in Tarragona between March and August, and lists 14 batch numbers.

Halvorsen's chief executive, Rajesh Menon, apologised to patients in a video statement and said the company had acted "the moment we had confirmed results".

"I want to be very clear: we are not aware of a single patient who has been harmed," Menon said. "But 'not aware' is not good enough for us, and it should not be good enough for you."

The impurity, known as NDMA, has prompted recalls of several blood-pressure and heartburn medicines worldwide since 2018. Pharmacists will be able to swap affected packs for tablets from unaffected batches, the agency said, adding that there was no shortage of the medicine.

But the company had a warning months earlier, according to an internal email seen by this newspaper.

The email, dated May 19, was written by Elena Sáez, then head of quality at the Tarragona plant, to two senior managers. "We are seeing unexpected peaks in the NDMA results for three batches. I am not comfortable signing off on release until we understand why," she wrote.

Sáez left the company in July. Reached by telephone, she declined to comment.

Halvorsen said in a written response that the May results had been "investigated thoroughly" and traced to a faulty instrument, and that the contamination found in October was "unrelated".

A former quality-control analyst at the plant, who asked not to be identified because she still works in the industry, said the explanation was "hard to believe".

"Everyone in the lab knew the instrument was fine. We had recalibrated it twice," she said.

The recall has already prompted legal action. A lawsuit filed in the High Court on Wednesday on behalf of Dorothy Ames, a 72-year-old retired teacher from Leeds who has taken Corvexa since 2019, alleges that Halvorsen "put production targets ahead of patient safety".

Her lawyer, Marcus Feld, said dozens of other patients had contacted his firm since the recall was announced. "My client took this medicine every morning because her doctor told her to. She trusted it," Feld said.

Patient groups were more measured. Claire Dubois, who chairs the charity Heart Alliance, said the recall showed that the monitoring system "works, even if it works late".

"Patients should not panic," she said. "But they deserve to know why a warning in May became a recall in October."

Shares in Halvorsen fell 7 percent in Oslo. Analysts at Nordhavn Securities wrote in a note that the direct cost of the recall was likely to be "manageable" but that the reputational damage "could last years".

Adeyemi said the agency would publish the results of its own tests within a fortnight. Asked whether other manufacturers could be affected, she said it was "too early to rule anything out".
"""),
})
QUOTES["d5-06"] = [
    Q("risk 'low but real'", M, "Medicines Safety Agency", "says", "regulator", note="headline role resolved by the body"),
    Q("Halvorsen Pharma is recalling about 2 million packs of its blood-pressure drug Corvexa after tests found traces of "
      "a potentially cancer-causing impurity", I, "Halvorsen Pharma", "said", "the company",
      note="preposed report; " + DATELINE),
    Q("the risk to patients was \"low but real\"", M, "Medicines Safety Agency", "said", "The Medicines Safety Agency",
      note="the appeal (urged people not to stop …) is not a quotation"),
    Q("Stopping blood-pressure treatment suddenly is far more dangerous than the very small added risk from this "
      "impurity,", D, "Funmilayo Adeyemi", "said", "Funmilayo Adeyemi", note="honorific Dr dropped"),
    Q("Please do not throw your tablets away tonight.", D, "Funmilayo Adeyemi", "said", "Funmilayo Adeyemi"),
    Q("the affected batches were made at the company's plant in Tarragona between March and August", I,
      "the recall notice", "says", "The recall notice", note="a document speaking; and lists … is not reported speech"),
    Q("the company had acted \"the moment we had confirmed results\"", M, "Rajesh Menon", "said", "Rajesh Menon",
      note="introduced by role before the name"),
    Q("I want to be very clear: we are not aware of a single patient who has been harmed,", D, "Rajesh Menon", "said",
      "Menon"),
    Q("But 'not aware' is not good enough for us, and it should not be good enough for you.", D, "Rajesh Menon", "said",
      "Menon"),
    Q("Pharmacists will be able to swap affected packs for tablets from unaffected batches", I, "Medicines Safety Agency",
      "said", "the agency", note="preposed report; the sentence before it is the writer's"),
    Q("there was no shortage of the medicine", I, "Medicines Safety Agency", "adding", "the agency"),
    Q("But the company had a warning months earlier", I, "Elena Sáez", "according to",
      "an internal email seen by this newspaper",
      note="preposed report; an email by a named author goes to the author, who is named in the next paragraph"),
    Q("We are seeing unexpected peaks in the NDMA results for three batches. I am not comfortable signing off on release "
      "until we understand why,", D, "Elena Sáez", "wrote", "she"),
    Q("the May results had been \"investigated thoroughly\" and traced to a faulty instrument, and that the "
      "contamination found in October was \"unrelated\"", M, "Halvorsen Pharma", "said", "Halvorsen"),
    Q("the explanation was \"hard to believe\"", M, "A former quality-control analyst at the plant", "said",
      "A former quality-control analyst at the plant"),
    Q("Everyone in the lab knew the instrument was fine. We had recalibrated it twice,", D,
      "A former quality-control analyst at the plant", "said", "she"),
    Q("Halvorsen \"put production targets ahead of patient safety\"", M, "Dorothy Ames", "alleges", "Dorothy Ames",
      note="a lawsuit's claim goes to the named plaintiff"),
    Q("dozens of other patients had contacted his firm since the recall was announced", I, "Marcus Feld", "said",
      "Marcus Feld"),
    Q("My client took this medicine every morning because her doctor told her to. She trusted it,", D, "Marcus Feld",
      "said", "Feld"),
    Q("the recall showed that the monitoring system \"works, even if it works late\"", M, "Claire Dubois", "said",
      "Claire Dubois"),
    Q("Patients should not panic,", D, "Claire Dubois", "said", "she"),
    Q("But they deserve to know why a warning in May became a recall in October.", D, "Claire Dubois", "said", "she"),
    Q("the direct cost of the recall was likely to be \"manageable\" but that the reputational damage \"could last "
      "years\"", M, "Analysts at Nordhavn Securities", "wrote", "Analysts at Nordhavn Securities"),
    Q("the agency would publish the results of its own tests within a fortnight", I, "Funmilayo Adeyemi", "said",
      "Adeyemi", note="surname alone, 16 paragraphs after the full name"),
    Q("it was \"too early to rule anything out\"", M, "Funmilayo Adeyemi", "said", "she"),
]
NON_QUOTES["d5-06"] = [
    ("urged people not to stop taking the medicine without first speaking to a doctor or pharmacist", "appeal"),
    ("apologised to patients", "noun object"),
    ("she declined to comment", "refusal"),
    ("who asked not to be identified", "request for anonymity"),
    ("Asked whether other manufacturers could be affected", "journalist's question"),
]

# ---------------------------------------------------------------------------------------------------------------
# d5-07: a port strike (curly quotes; two brothers Ndlovu, a strike notice speaking, appeals with quoted words)
ARTICLES.append({
    "doc_id": "d5-07",
    "title": "Dockers walk out at Port Ashwell as union chief warns of ‘a long, hard winter’",
    "outlet": "The Ashwell Mercury",
    "published": "2026-11-16",
    "body": _body("""
PORT ASHWELL — About 3,000 dock workers walked off the job at Port Ashwell on Monday, halting container traffic at the country’s busiest harbour, after talks over pay and automation broke down overnight.

The Transport and Dock Workers’ Union said the strike would continue “until there is an offer on the table that our members can live on”, and warned that walkouts could spread to two smaller ports next week.

Its general secretary, Bongani Dlamini, addressed strikers from the back of a lorry at the main gate. “They want us to train the machines that will replace us, and then say thank you for a 2 percent rise,” he said. “We are not going to say thank you.”

Dlamini, 56, who started on the quays as a teenage crane driver’s helper, told reporters afterwards that members were prepared for “a long, hard winter” if necessary.

The port authority’s chief executive, Hélène Marchal, said the authority had offered a 4.5 percent rise over two years and a guarantee of no compulsory redundancies until 2029.

“That is a generous offer in a very difficult year for the port,” Marchal said at a news conference. “Automation is not a threat to these jobs. Standing still is.”

She added that the stoppage was costing the regional economy an estimated $30 million a day.

The strike notice, served on the authority last Thursday, says the union objects to the introduction of remote-controlled cranes at the new South Quay terminal “without agreement on staffing levels”.

Among those on the picket line were the brothers Sipho and Thabo Ndlovu, who have worked at the port for a combined 41 years.

“My father worked here, my uncle worked here. This is not just a job for us,” said Sipho Ndlovu, the elder of the two. His brother said he had voted against the strike in the ballot but would not cross the picket line.

“You vote, you lose, you stand with your people,” Thabo Ndlovu said. “That is how it works.”

Shipping companies began diverting vessels. Coral Line said in a statement that six of its ships had been rerouted to ports further up the coast, and warned customers to expect delays of “at least a week” on Asian imports.

Transport Minister Isabel Ferreira called on both sides to return to talks “today, not tomorrow”.

In an interview with state radio, the minister said the government would not intervene directly but was “watching very closely”. “I am not going to negotiate on behalf of the port authority, and I am not going to negotiate on behalf of the union,” Ferreira said. “But the country cannot afford a month of this.”

A person briefed on the talks said mediators from the national conciliation service had contacted both sides on Monday afternoon, and that a meeting could take place as early as Wednesday.

“Nobody wants this to run for weeks. But nobody wants to blink first either,” the person said.

Business groups were less patient. Naledi Khumalo, who heads the Ashwell Chamber of Commerce, said some small importers were “days, not weeks” from running out of stock.

Back at the main gate, as the light faded, strikers lit braziers and settled in for the night. The union leader walked along the line shaking hands. “We have done this before,” he said. “We will do it again if we have to.”
"""),
})
QUOTES["d5-07"] = [
    Q("a long, hard winter", D, "Bongani Dlamini", "warns", "union chief",
      note="quoted words after warns of: direct fragment; headline role resolved by the body"),
    Q("the strike would continue “until there is an offer on the table that our members can live on”", M,
      "Transport and Dock Workers’ Union", "said", "The Transport and Dock Workers’ Union"),
    Q("walkouts could spread to two smaller ports next week", I, "Transport and Dock Workers’ Union", "warned",
      "The Transport and Dock Workers’ Union", note="second verb of the same subject: its own entry"),
    Q("They want us to train the machines that will replace us, and then say thank you for a 2 percent rise,", D,
      "Bongani Dlamini", "said", "he", note="introduced by role (Its general secretary) before the name"),
    Q("We are not going to say thank you.", D, "Bongani Dlamini", "said", "he"),
    Q("members were prepared for “a long, hard winter” if necessary", M, "Bongani Dlamini", "told", "Dlamini"),
    Q("the authority had offered a 4.5 percent rise over two years and a guarantee of no compulsory redundancies until "
      "2029", I, "Hélène Marchal", "said", "Hélène Marchal"),
    Q("That is a generous offer in a very difficult year for the port,", D, "Hélène Marchal", "said", "Marchal"),
    Q("Automation is not a threat to these jobs. Standing still is.", D, "Hélène Marchal", "said", "Marchal"),
    Q("the stoppage was costing the regional economy an estimated $30 million a day", I, "Hélène Marchal", "added",
      "She"),
    Q("the union objects to the introduction of remote-controlled cranes at the new South Quay terminal “without "
      "agreement on staffing levels”", M, "the strike notice", "says", "The strike notice", note="a document speaking"),
    Q("My father worked here, my uncle worked here. This is not just a job for us,", D, "Sipho Ndlovu", "said",
      "Sipho Ndlovu", note="two brothers share the surname"),
    Q("he had voted against the strike in the ballot but would not cross the picket line", I, "Thabo Ndlovu", "said",
      "His brother", note="His brother = the other of the two brothers named before"),
    Q("You vote, you lose, you stand with your people,", D, "Thabo Ndlovu", "said", "Thabo Ndlovu"),
    Q("That is how it works.", D, "Thabo Ndlovu", "said", "Thabo Ndlovu"),
    Q("six of its ships had been rerouted to ports further up the coast", I, "Coral Line", "said", "Coral Line"),
    Q("at least a week", D, "Coral Line", "warned", "Coral Line",
      note="warned customers to expect …: an appeal; the quoted fragment alone is a direct entry"),
    Q("today, not tomorrow", D, "Isabel Ferreira", "called on", "Isabel Ferreira",
      note="called on X to …: an appeal; the quoted fragment alone is a direct entry"),
    Q("the government would not intervene directly but was “watching very closely”", M, "Isabel Ferreira", "said",
      "the minister"),
    Q("I am not going to negotiate on behalf of the port authority, and I am not going to negotiate on behalf of the "
      "union,", D, "Isabel Ferreira", "said", "Ferreira"),
    Q("But the country cannot afford a month of this.", D, "Isabel Ferreira", "said", "Ferreira"),
    Q("mediators from the national conciliation service had contacted both sides on Monday afternoon, and that a meeting "
      "could take place as early as Wednesday", I, "A person briefed on the talks", "said",
      "A person briefed on the talks"),
    Q("Nobody wants this to run for weeks. But nobody wants to blink first either,", D, "A person briefed on the talks",
      "said", "the person"),
    Q("some small importers were “days, not weeks” from running out of stock", M, "Naledi Khumalo", "said",
      "Naledi Khumalo"),
    Q("We have done this before,", D, "Bongani Dlamini", "said", "he",
      note="he = The union leader, named 14 paragraphs earlier"),
    Q("We will do it again if we have to.", D, "Bongani Dlamini", "said", "he"),
]
NON_QUOTES["d5-07"] = [
    ("addressed strikers from the back of a lorry", "noun object"),
]

# ---------------------------------------------------------------------------------------------------------------
# d5-08: a celebrity memoir interview (straight quotes; three Coles: the author, her former husband, her daughter;
# present-tense says, a memoir's words, a book title)
ARTICLES.append({
    "doc_id": "d5-08",
    "title": "Vivienne Cole: 'I spent ten years pretending to be happy'",
    "outlet": "The Weekend Review",
    "published": "2026-10-03",
    "body": _body("""
Vivienne Cole is laughing before she has even sat down. "I know, I know, I'm late. I'm always late. It's in the book," she says, waving at a hardback copy of "Second Takes" on the table between us.

The memoir, published on Tuesday by Harwood Books, is the 63-year-old actress's first public account of her marriage to the director Julian Cole, which ended in 2019 after 24 years and a run of films that made them one of the most closely watched couples in British cinema.

In it, she writes that she spent "ten years pretending to be happy" and that by the end of the marriage the couple "communicated mainly through assistants".

"I wasn't trying to settle scores. If I'd wanted to settle scores it would have been a much longer book," Cole says. "I wanted to write about what it is like to disappear inside a partnership, slowly, without noticing."

Julian Cole, 68, has not commented publicly on the book. A spokesman for the director said on Wednesday that he had "not read it and does not intend to," and that he wished his former wife "every success".

The book is frank about her early career too. Cole writes that a casting director told her at 19 that she had "the wrong kind of face for leading roles", a remark she says she carried "like a stone in my shoe" for two decades.

"Every actress of my generation has a sentence like that," she says. "You can either let it break you or let it make you very, very stubborn."

Her co-star in three films, Dev Malhotra, who wrote the foreword, said in a telephone interview that Cole had been "the most prepared actor on any set I have ever worked on".

"She would know everyone's lines, not just her own. It was terrifying," Malhotra said, laughing. He added that he had been "genuinely shocked" by some of the chapters about her marriage.

"I was at their house for dinner a dozen times. I had no idea," he said.

Harwood Books said the first print run of 80,000 copies had sold out in two days and that a reprint had been ordered.

Critics have been divided. The novelist Clara Finch, reviewing the book for the Sunday Herald, called it "brave, funny and occasionally unfair", while the critic Owen Marsh argued that it "tells us a great deal about one marriage and almost nothing about the other person in it".

Over a second pot of tea, the 63-year-old is more guarded when the conversation turns to her daughter, the actress Rosa Cole, 27, who appears in the book only briefly.

"Rosa read every chapter before anyone else did," she says. "She had a veto. She used it twice, and I'm not going to tell you where."

Rosa Cole, reached through her agent, said in a brief statement that she was "proud of my mother for telling her story in her own words".

Cole's own agent, Bea Lowry, said the actress had turned down two film offers this year to finish the book. "She treated it like the biggest role of her life," Lowry said.

Is she nervous about how her former husband will react? Cole pauses for a long time. "Julian and I said everything we had to say to each other a long time ago," she says. "This book isn't for him. It's for the woman I was at 35, who needed someone to tell her she was allowed to leave."
"""),
})
QUOTES["d5-08"] = [
    Q("I spent ten years pretending to be happy", D, "Vivienne Cole", ":", "Vivienne Cole",
      note="headline: name, colon, quote"),
    Q("I know, I know, I'm late. I'm always late. It's in the book,", D, "Vivienne Cole", "says", "she"),
    Q("she spent \"ten years pretending to be happy\" and that by the end of the marriage the couple \"communicated "
      "mainly through assistants\"", M, "Vivienne Cole", "writes", "she", note="a memoir's words are its author's"),
    Q("I wasn't trying to settle scores. If I'd wanted to settle scores it would have been a much longer book,", D,
      "Vivienne Cole", "says", "Cole",
      note="bare surname shared with the former husband named just before; the interviewee is meant"),
    Q("I wanted to write about what it is like to disappear inside a partnership, slowly, without noticing.", D,
      "Vivienne Cole", "says", "Cole"),
    Q("he had \"not read it and does not intend to,\" and that he wished his former wife \"every success\"", M,
      "A spokesman for the director", "said", "A spokesman for the director",
      note="a representative stays as written, like Her office"),
    Q("a casting director told her at 19 that she had \"the wrong kind of face for leading roles\"", M, "Vivienne Cole",
      "writes", "Cole", note="nesting: only the outermost report (Cole writes) is annotated"),
    Q("she carried \"like a stone in my shoe\" for two decades", M, "Vivienne Cole", "says", "she",
      note="a remark she says …: the relative construction is outside, as for that officials say"),
    Q("Every actress of my generation has a sentence like that,", D, "Vivienne Cole", "says", "she"),
    Q("You can either let it break you or let it make you very, very stubborn.", D, "Vivienne Cole", "says", "she"),
    Q("Cole had been \"the most prepared actor on any set I have ever worked on\"", M, "Dev Malhotra", "said",
      "Dev Malhotra"),
    Q("She would know everyone's lines, not just her own. It was terrifying,", D, "Dev Malhotra", "said", "Malhotra"),
    Q("he had been \"genuinely shocked\" by some of the chapters about her marriage", M, "Dev Malhotra", "added", "He"),
    Q("I was at their house for dinner a dozen times. I had no idea,", D, "Dev Malhotra", "said", "he"),
    Q("the first print run of 80,000 copies had sold out in two days and that a reprint had been ordered", I,
      "Harwood Books", "said", "Harwood Books"),
    Q("brave, funny and occasionally unfair", D, "Clara Finch", "called", "Clara Finch",
      note="quoted words after called it: direct fragment"),
    Q("it \"tells us a great deal about one marriage and almost nothing about the other person in it\"", M, "Owen Marsh",
      "argued", "Owen Marsh"),
    Q("Rosa read every chapter before anyone else did,", D, "Vivienne Cole", "says", "she",
      note="she = the 63-year-old (the author), not the daughter named in the previous sentence"),
    Q("She had a veto. She used it twice, and I'm not going to tell you where.", D, "Vivienne Cole", "says", "she"),
    Q("she was \"proud of my mother for telling her story in her own words\"", M, "Rosa Cole", "said", "Rosa Cole",
      note="a written statement by a named person goes to her"),
    Q("the actress had turned down two film offers this year to finish the book", I, "Bea Lowry", "said", "Bea Lowry",
      note="introduced by role before the name; the actress inside the span is Vivienne Cole"),
    Q("She treated it like the biggest role of her life,", D, "Bea Lowry", "said", "Lowry"),
    Q("Julian and I said everything we had to say to each other a long time ago,", D, "Vivienne Cole", "says", "she"),
    Q("This book isn't for him. It's for the woman I was at 35, who needed someone to tell her she was allowed to leave.",
      D, "Vivienne Cole", "says", "she"),
]
NON_QUOTES["d5-08"] = [
    ("copy of \"Second Takes\"", "book title"),
    ("who wrote the foreword", "noun object"),
    ("has not commented publicly on the book", "no speech"),
    ("Is she nervous about how her former husband will react?", "the interviewer's question"),
]
