"""Four news articles written by hand for the quotation dev2 set (fictional people and places).

Written for `scripts/build_quotes_dev2.py`: each is (doc_id, title, paragraphs). They exercise what the
MultiHop-RAG evidence sentences rarely show: several speakers in one article, pronoun and role-noun
references, split quotes, continuation paragraphs, organisations speaking and "according to".
"""


def _paragraphs(block: str) -> list[str]:
    # Paragraphs are separated by blank lines; a paragraph's lines join with single spaces.
    return [" ".join(p.split("\n")) for p in block.strip().split("\n\n")]


ARTICLES = [
    ("hw-harbour", "Harbour expansion approved despite residents' objections", _paragraphs("""
Councillors in Port Ellery voted 7-2 on Tuesday to approve a £140 million expansion of the town's container terminal,
ending a two-year dispute that has divided the coastal community.

Council leader Margaret Hollis said the decision would secure hundreds of jobs for the next generation. “This is the
most important vote this council has taken in a decade,” she told the chamber. “We cannot keep asking our young people
to leave to find work.”

Green Party councillor Ruth Abbott, one of the two who voted against, walked out of the meeting, calling the scheme “a
monument to short-term thinking”.

Opponents outside the town hall were unmoved. Daniel Okoro, who chairs the Ellery Bay Residents' Association, said the
group would seek a judicial review within six weeks.

“They have ignored every concern we raised about noise, traffic and the estuary,” Okoro said. “The consultation was a
box-ticking exercise from start to finish.”

“We will see them in court.”

The harbour authority countered that it had held 14 public meetings and changed the design twice in response to
feedback from residents.

“We listened, and the plans are better for it,” said Priya Natarajan, the authority's chief executive. The new quay
would be shielded by a 12-metre acoustic barrier, she added, and lorry movements would be restricted at night.

According to an independent assessment commissioned by the council, the expansion could add 0.8 per cent to the
regional economy by 2030. Environmental groups dispute those figures, and the estuary's status as a protected habitat
is likely to be central to any legal challenge.

Local MP Tom Brennan, who has previously backed the scheme, admitted that the process had "not been perfect" but said
the town could not afford further delay.

It was the right decision, he said, though he understood why some residents felt let down.

Construction is expected to begin in the spring. A spokesperson for the Environment Agency said the body was still
reviewing the permit application and would publish its findings “in due course”.

Hollis, who has led the council since 2019, said she would meet the residents' association next week. “My door has
always been open,” the council leader said, “and it will stay open.”
""")),
    ("hw-northwind", 'Northwind cuts 1,200 jobs as cloud growth slows', _paragraphs("""
SEATTLE — Northwind Systems announced on Thursday that it would cut about 1,200 jobs, or 6 per cent of its workforce,
after growth in its cloud division slowed for a third straight quarter.

In a memo to staff, chief executive Laura Chen – who co-founded the company in 2009 and has never before ordered
layoffs – wrote: “This is the hardest decision I have made as a leader.”

“We hired for a world that did not arrive,” she wrote. “That is on me, not on the people who are leaving.”

The company said affected employees would receive 16 weeks of pay and continued health coverage through March. Most of
the cuts will fall on sales and recruiting teams in the United States and Ireland.

Analysts had expected deeper cuts. “Frankly, the market was braced for something closer to 10 per cent,” said Rohan
Mehta, an analyst at Bexley Capital. He said the smaller reduction suggested management still believed demand would
recover next year.

Not everyone was convinced by that reading. A report from journalist Aisha Karim at the Coastline Ledger indicated
that two senior engineering teams had been disbanded entirely, a claim the company did not dispute.

Shares in Northwind rose 3 per cent in after-hours trading, recovering some of the ground lost since the company's
disappointing results in October.

The Software Workers Union called the layoffs “a betrayal of the people who built this company” and said it would seek
urgent talks with management. Its president, Luis Ferreira, told reporters that the union had not been consulted
before the announcement.

“We found out from the news like everybody else,” Ferreira said.

Chen, for her part, struck a hopeful note. The company would keep investing in its artificial intelligence tools, she
said, adding: “We are smaller today, but we are not standing still.”

Northwind, which employs about 20,000 people worldwide, is due to report its next quarterly results in February.
""")),
    ("hw-rovers", 'Rovers snatch late winner as Hale rues missed chances', _paragraphs("""
Blackmoor Rovers came from behind to beat Ashford Town 2-1 at Caldwell Park on Saturday, with substitute Kemi Adeyemi
scoring in the 89th minute.

"I just tried to keep it low," the 19-year-old said afterwards. "When it went in I didn't know where to run."

Ashford had led through a first-half header from their captain, Joe Whitley, and missed several chances to extend the
lead before the break.

Town manager Gareth Hale was furious with his side's finishing. "We should have been out of sight by half-time," he
said. "You don't get those chances twice against a team like that, and we've been punished."

Asked whether the referee should have awarded a penalty for a foul on Whitley, Hale said: "I've seen it again. It's a
penalty. Everyone in the ground saw it apart from one man."

The Rovers manager, Sofia Lindgren, disagreed. She said her side had deserved the win because they "never stopped
running" and insisted the decision had been correct.

"People will talk about the penalty, but I thought we were the better team in the second half," Lindgren said. "The
boys showed real character."

Adeyemi's goal was his first for the club. His mother, who travelled from Leeds for the match, said she had been "in
tears" in the stands.

Rovers move up to fourth in the table. According to the club, the crowd of 11,402 was the largest at Caldwell Park
this season.

Hale, whose side sit 14th, said he would not be looking at the table until January. "It's a long season," he said.
"We'll be fine."

Lindgren confirmed that striker Ben Tully would miss next week's trip to Harrow with a hamstring injury. "He's gutted,
but he'll be back," she said.

Whitley, who limped off in stoppage time, is expected to be assessed on Monday, the club said.
""")),
    ("hw-walking", 'Daily walk cuts dementia risk, large study finds', _paragraphs("""
People who walk for at least 30 minutes a day are around a fifth less likely to develop dementia, according to a study
published on Wednesday.

The researchers, from the University of Halden, tracked more than 80,000 adults for nine years. Lead author Dr Ines
Varga said the effect held even after accounting for diet, smoking and income.

“What surprised us was how little exercise it took,” she said. “You don't need to run marathons. A brisk walk to the
shops counts.”

“Even small amounts seemed to help. Ten minutes was better than nothing.”

The benefit was strongest among people over 65, the authors wrote, and was similar for men and women.

Not all experts were persuaded. Professor Mark Ellison, a neurologist at St Anne's Hospital who was not involved in
the research, cautioned that the study was observational. “People who walk a lot may simply be healthier to begin
with,” he said, “so we can't say that walking itself is protective.”

The charity Dementia Research UK welcomed the findings. Its director of research, Dr Hannah Price, said: “This adds to
a growing body of evidence that what is good for the heart is good for the brain.”

About 900,000 people in the UK are living with dementia, a figure expected to rise to 1.6 million by 2040.

The Department of Health said it would consider the study as part of its review of physical activity guidelines, which
is due to report next year.

Varga's team now plans a trial in which half of the participants will be given a structured walking programme. “That
is the only way to answer the causal question,” she said.

Ellison said such a trial would be welcome but expensive. He added that participants would need to be followed for
many years before any difference in dementia rates could show.
""")),
]
