#!/usr/bin/env python3
"""Build the factoid_dev evaluation set (articles.jsonl, questions.jsonl).

Every article and question below was written by hand for this project on
2026-12-02, blind to the question-answering system's rules.  The script only
serialises and checks the data; it uses no randomness, so two runs produce
byte-identical files.  Standard library only.

    python3 tests/data/factoid_dev/build.py
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))

# Each entry: (id, title, published, source, [paragraphs], [(q, fact, type) x 3])
ARTICLES = [
    (
        "d01-varnholt-mayor",
        "Greta Holmqvist wins Varnholt mayoral race by narrow margin",
        "2026-05-11",
        "Northern Ledger Wire",
        [
            '''Greta Holmqvist, a former schoolteacher standing for the Civic Alliance, was elected mayor of Varnholt on Sunday with 50.8 percent of the vote, ending 16 years of control by the Harbour Party. Turnout reached 61 percent, the highest in the city since 1998, according to the municipal election office.''',
            '''Her opponent, incumbent deputy mayor Anders Vikstrom, conceded shortly after midnight when the count showed him trailing by 1,412 votes out of roughly 174,000 cast. "The people of Varnholt asked for a change and I respect that," Vikstrom told supporters at a hotel near the old port.''',
            '''Holmqvist, 47, has promised to freeze tram fares for two years and to build 3,000 affordable flats by 2030. She will be sworn in on 2 June, the city clerk, Maja Lindqvist, said.''',
        ],
        [
            ("Who won the race to become mayor of Varnholt?", "Greta Holmqvist", "person"),
            ("How narrowly did Anders Vikstrom lose the Varnholt mayoral contest?", "1,412 votes", "number"),
            ("When does Varnholt's new mayor take office?", "2 June", "date"),
        ],
    ),
    (
        "d02-ostria-budget",
        "Ostrian parliament passes austerity budget after all-night session",
        "2025-12-18",
        "Meridian Press Agency",
        [
            '''Lawmakers in the Ostrian National Assembly approved the 2026 budget early on Thursday by 112 votes to 97, after a session that lasted more than 14 hours. The plan cuts public spending by 2.3 billion crowns and raises the top rate of income tax from 42 to 45 percent.''',
            '''Finance Minister Teodor Brankovic defended the package as the only way to bring the deficit below 3 percent of output by 2027. "Nobody enjoys voting for cuts, but the alternative is a debt crisis that would hurt the poorest first," he said in his closing speech.''',
            '''Opposition leader Ilse Marwitz accused the government of hiding the cost to hospitals and said her Social Union would challenge two of the tax measures at the constitutional court. Eleven members abstained. The budget now goes to President Kasimir Oddvar, who has 15 days to sign it.''',
        ],
        [
            ("Who holds the finance portfolio in Ostria's government?", "Teodor Brankovic", "person"),
            ("What was the tally when Ostrian lawmakers passed the 2026 spending plan?", "112 votes to 97", "number"),
            ("How long does Ostria's head of state have to put his signature on the budget?", "15 days", "number"),
        ],
    ),
    (
        "d03-kessler-dorn-results",
        "Kessler Dorn profit falls as beer volumes slide",
        "2026-02-26",
        "Albright Financial Wire",
        [
            '''Kessler Dorn, the brewing group based in Lauterbrun, reported a 19 percent drop in annual operating profit to 318 million euros on Wednesday, blaming a wet summer and higher costs for aluminium cans. Revenue edged up 2 percent to 4.1 billion euros thanks to price increases.''',
            '''Shares in the company fell 7.4 percent in morning trading, their steepest one-day decline since March 2020. Chief executive Henrike Sauer told analysts on a conference call that volumes in the group's core markets had shrunk by 5 percent.''',
            '''"We raised prices, and some drinkers simply bought less," Sauer said. "That is a trade-off we have to manage more carefully this year." The board proposed cutting the dividend to 1.10 euros per share from 1.45 euros. Chief financial officer Lorenz Abt said the group would close a bottling plant in Feldmarsch with the loss of about 240 jobs by the end of 2026.''',
        ],
        [
            ("How much did Kessler Dorn's stock drop after the brewer's annual figures?", "7.4 percent", "number"),
            ("Who runs the Lauterbrun brewer Kessler Dorn?", "Henrike Sauer", "person"),
            ("Where is Kessler Dorn shutting a bottling site?", "Feldmarsch", "place"),
        ],
    ),
    (
        "d04-halvik-norrmark-deal",
        "Halvik Shipping agrees to buy Norrmark Freight for 1.6 billion dollars",
        "2025-09-08",
        "Baltic Coast Newswire",
        [
            '''Halvik Shipping will acquire rival container operator Norrmark Freight in a cash-and-shares deal worth 1.6 billion dollars, the two companies announced on Monday, creating the largest carrier on the Ferrisund coast. Norrmark shareholders will receive 14.20 dollars per share, a premium of 31 percent to Friday's closing price.''',
            '''The combined group will operate 86 vessels and employ about 9,500 people. Halvik chief executive Oskar Lindahl will lead the merged company, while Norrmark's founder, Birgit Norrmark, is to become non-executive chair. "Two mid-sized fleets were always going to struggle against the giants. Together we can compete," Lindahl said.''',
            '''The transaction requires approval from competition regulators in three countries and is expected to close in the second quarter of 2026. Advisers at Stennett Hale estimated annual cost savings of 120 million dollars.''',
        ],
        [
            ("Who will be in charge of the shipping group formed when Halvik takes over Norrmark?", "Oskar Lindahl", "person"),
            ("What price is Halvik offering for each Norrmark Freight share?", "14.20 dollars", "number"),
            ("Which advisory firm put a figure on the savings from the Halvik-Norrmark deal?", "Stennett Hale", "organisation"),
        ],
    ),
    (
        "d05-trevane-ashcombe-merger",
        "Trevane Foods and Ashcombe Dairies to merge in all-share deal",
        "2026-03-17",
        "Westmoor Business Report",
        [
            '''Two of Caldmoor's biggest food producers, Trevane Foods and Ashcombe Dairies, said on Tuesday they would combine in an all-share merger valuing the new business at about 2.4 billion pounds. Trevane investors will own 58 percent of the enlarged company, which will be called Trevane Ashcombe and keep its headquarters in Pellingford.''',
            '''Ashcombe's chief executive, Rosalind Pryce, is set to run the merged group. Trevane's boss, Martin Olufemi, will step down when the deal completes but stay on as an adviser for 12 months. According to the companies, the tie-up should produce savings of 85 million pounds a year by 2028, partly through closing duplicate depots.''',
            '''"Farmers who supply us will see no change to their contracts," Pryce told reporters at a briefing on Tuesday afternoon. The unions representing around 6,200 workers at the two firms said they wanted guarantees on jobs before backing the plan.''',
        ],
        [
            ("Who is going to head Trevane Ashcombe once the two food firms combine?", "Rosalind Pryce", "person"),
            ("What stake in the enlarged dairy and food company will Trevane's shareholders hold?", "58 percent", "number"),
            ("In which town will the merged Trevane Ashcombe be based?", "Pellingford", "place"),
        ],
    ),
    (
        "d06-marrowgate-council-fraud",
        "Former finance director jailed for Marrowgate council fraud",
        "2025-11-21",
        "Eastshire Gazette Wire",
        [
            '''A former finance director of Marrowgate Borough Council was sentenced to six years in prison on Friday for stealing 3.8 million pounds of public money over nearly a decade. Desmond Harrowby, 58, had pleaded not guilty, but a jury at Kingsreach Crown Court convicted him on 11 counts of fraud after a five-week trial.''',
            '''Prosecutors said Harrowby diverted payments meant for road repairs into accounts controlled by a shell company registered to his brother-in-law between 2014 and 2023. The money paid for a villa, two sports cars and private school fees.''',
            '''"You abused a position of trust at the heart of local government," Judge Celia Marchbanks told him as she passed sentence. Council leader Priya Venkat said the authority had since overhauled its payment checks and recovered 1.1 million pounds so far.''',
        ],
        [
            ("How long will Desmond Harrowby spend behind bars?", "six years", "number"),
            ("Which judge dealt with the ex-Marrowgate finance chief?", "Celia Marchbanks", "person"),
            ("How much of the stolen money has Marrowgate's borough authority got back?", "1.1 million pounds", "number"),
        ],
    ),
    (
        "d07-kellsburg-charity-embezzlement",
        "Charity treasurer guilty of embezzling flood relief funds",
        "2026-04-09",
        "Riverside Daily Wire",
        [
            '''The former treasurer of the Kellsburg Flood Relief Trust, Margot Ellery, was found guilty on Thursday of embezzling 412,000 euros donated to families whose homes were damaged in the 2021 floods. The verdict came after jurors at Kellsburg District Court deliberated for less than four hours.''',
            '''Ellery, 64, transferred the money to her own accounts in 37 separate payments, prosecutor Stefan Quill told the court, and spent much of it on online gambling. She admitted taking the funds but claimed she had intended to pay them back. Sentencing has been set for 12 May.''',
            '''"These donations came from pensioners and schoolchildren. Every euro was meant for someone who had lost everything," the trust's current chair, Ruth Oyelaran, said outside court. The charity has paid out 90,000 euros from its reserves to cover grants that were never delivered.''',
        ],
        [
            ("Who brought the case against the Kellsburg charity's former treasurer?", "Stefan Quill", "person"),
            ("When will Margot Ellery learn her punishment?", "12 May", "date"),
            ("In how many transfers was the Kellsburg relief money moved?", "37", "number"),
        ],
    ),
    (
        "d08-dunmorrow-art-theft",
        "Police arrest five over theft of paintings from Dunmorrow museum",
        "2026-01-14",
        "Harbour City Courier Wire",
        [
            '''Detectives in Dunmorrow have arrested five people in connection with the theft of three 18th-century landscapes from the Calloway Museum of Art last month, police said on Tuesday. The paintings, valued together at about 7 million euros, were recovered undamaged from a rented garage in the suburb of Pellstown.''',
            '''Detective Inspector Ronan Gallagher, who led the inquiry, said the suspects, aged between 23 and 51, had been traced through a van spotted on traffic cameras near the museum on the night of 19 December. "They were not criminal masterminds. They were careless, and that was enough," he told a news conference. All five will appear before Dunmorrow magistrates next Tuesday.''',
            '''The museum's director, Fenella Marsh, said the works would go back on display in February after checks by conservators. Security at the museum had been upgraded, she added, at a cost of 350,000 euros.''',
        ],
        [
            ("Where did police find the landscapes stolen from the Calloway Museum?", "Pellstown", "place"),
            ("Which detective ran the investigation into the Dunmorrow art theft?", "Ronan Gallagher", "person"),
            ("When are the Calloway Museum theft suspects due in court?", "next Tuesday", "date"),
        ],
    ),
    (
        "d09-serrano-turtle-fossil",
        "Fossil of giant river turtle unearthed in Serrano basin",
        "2025-07-22",
        "Science Desk International",
        [
            '''Palaeontologists from the University of Ostvale have uncovered the near-complete shell of a giant freshwater turtle that lived about 11 million years ago, in a quarry in the Serrano basin. The shell measures 2.1 metres from front to back, making the animal one of the largest turtles known from the period.''',
            '''The find was described on Tuesday in the Journal of Ancient Vertebrates by a team led by Dr Lucia Ferrante, who named the species Serranochelys maxima. The fossil was spotted in 2023 by a quarry worker, Paolo Berti, who noticed a curved edge of bone in a block of sandstone. "At first I thought it was an old tyre," Berti said.''',
            '''Ferrante said the turtle probably weighed more than 900 kilograms and fed on fish and river plants. Excavating and cleaning the fossil took 14 months.''',
        ],
        [
            ("Which scientist headed the research on the giant Serrano basin turtle?", "Lucia Ferrante", "person"),
            ("How long is the fossil turtle's shell?", "2.1 metres", "number"),
            ("Who first came across the Serrano basin turtle fossil?", "Paolo Berti", "person"),
        ],
    ),
    (
        "d10-veloria-weather-satellite",
        "Veloria launches first home-built weather satellite",
        "2026-06-30",
        "Orbital News Service",
        [
            '''Veloria's space agency launched its first domestically built weather satellite on Monday, sending the 640-kilogram spacecraft into orbit aboard a Kestrel-2 rocket from the Punta Sarda spaceport. The launch took place at 06:42 local time after two postponements caused by high winds.''',
            '''The satellite, named Aurela-1, will circle the Earth at an altitude of 820 kilometres and send images of cloud cover every 10 minutes. The project cost 214 million dollars and took seven years, said agency director Tomas Ruelas.''',
            '''"This is the first time our forecasters will not have to wait for data from someone else's satellite," Ruelas told state television. Mission controllers confirmed contact with the spacecraft 58 minutes after lift-off. Chief engineer Ines Carvalhal said the solar panels had unfolded as planned and testing would last about three months.''',
        ],
        [
            ("How high above the planet will Aurela-1 fly?", "820 kilometres", "number"),
            ("Who is in charge of Veloria's space agency?", "Tomas Ruelas", "person"),
            ("What was the price tag of Veloria's Aurela-1 programme?", "214 million dollars", "number"),
        ],
    ),
    (
        "d11-brennport-coastal-cup",
        "Brennport United win Coastal Cup with late Okparaeke winner",
        "2026-05-24",
        "Sportsline Wire",
        [
            '''Brennport United won the Coastal Cup for the first time in 23 years on Saturday, beating Haldane Rovers 2-1 in front of 41,300 fans at the National Stadium in Ardmoray. Substitute Chidi Okparaeke scored the winner in the 88th minute, heading in a corner from captain Jonas Brekke.''',
            '''Rovers had taken the lead through Mateo Sandoval just before half-time, and Brennport only drew level when defender Luuk Verbeek bundled the ball in after 71 minutes. "I told the lads at half-time that one goal would change everything," Brennport manager Siobhan Carey said. "Two goals was a luxury."''',
            '''Carey, 44, became the first woman to lift the trophy as a manager. The victory also earns Brennport a place in next season's continental qualifying rounds, worth at least 3 million euros in prize money.''',
        ],
        [
            ("Who got Brennport United's decisive goal against Haldane Rovers?", "Chidi Okparaeke", "person"),
            ("What was the final score of the Coastal Cup final?", "2-1", "number"),
            ("Who is the manager of Brennport United?", "Siobhan Carey", "person"),
        ],
    ),
    (
        "d12-tolvenna-corvina-shield",
        "Tolvenna edge Marisco on penalties to claim the Corvina Shield",
        "2025-08-17",
        "Southern Sports Agency",
        [
            '''FC Tolvenna lifted the Corvina Shield on Sunday night after beating Marisco Athletic 5-4 on penalties, following a 1-1 draw that had gone to extra time at the Estadio Luzarra. Goalkeeper Ansel Dimas saved the final kick, from Marisco midfielder Rui Contreras, to settle the shootout.''',
            '''Marisco went ahead in the 34th minute when striker Fabio Leal curled a free kick over the wall, but Tolvenna's captain, Dario Menotti, equalised with a low drive nine minutes from the end of normal time. A crowd of 28,750 watched the match.''',
            '''"My legs were shaking, but I had studied every one of their takers," Dimas told reporters afterwards. It is Tolvenna's fourth Shield title and the first under coach Helena Raposo, who was appointed in January.''',
        ],
        [
            ("Which Tolvenna player kept out the deciding spot kick in the Corvina Shield final?", "Ansel Dimas", "person"),
            ("How many spectators were at the Corvina Shield final?", "28,750", "number"),
            ("Who coaches FC Tolvenna?", "Helena Raposo", "person"),
        ],
    ),
    (
        "d13-larkholm-marchetaux-transfer",
        "Larkholm sign striker Marchetaux in club-record deal",
        "2026-01-30",
        "Transfer Desk Wire",
        [
            '''Larkholm Athletic have signed striker Julien Marchetaux from Sevrac for a club-record fee of 38 million euros, the club confirmed on Thursday, hours before the winter transfer window closed. The 24-year-old has agreed a contract running until June 2030.''',
            '''Marchetaux scored 17 goals in 22 league matches for Sevrac this season and was the subject of late interest from at least two other clubs. Larkholm's sporting director, Ingrid Solberg, said the deal had been agreed shortly before midnight on Wednesday after three days of talks.''',
            '''"We have been following Julien since he was a teenager," Solberg said. "When the chance came, we did not hesitate." The previous record was the 25 million euros Larkholm paid for winger Tariq Haddad in 2023. Head coach Pieter van Aalst is expected to hand Marchetaux his debut against Corbrent on Sunday.''',
        ],
        [
            ("How much did Larkholm Athletic pay Sevrac for Julien Marchetaux?", "38 million euros", "number"),
            ("How old is Larkholm's new centre forward?", "24", "number"),
            ("Which Larkholm executive negotiated the Marchetaux signing?", "Ingrid Solberg", "person"),
        ],
    ),
    (
        "d14-amberline-prize",
        "Debut novel about lighthouse keepers wins Amberline Prize",
        "2025-10-15",
        "Culture Wire",
        [
            '''A debut novel set among lighthouse keepers on a remote northern island has won the Amberline Prize for Fiction, one of the most valuable literary awards in Estmarch. The Keeper's Almanac by Noor Halvorsen, a 39-year-old former ferry worker from Skelde, was chosen from a shortlist of six books at a ceremony in Lindmouth on Tuesday evening.''',
            '''Halvorsen receives 50,000 crowns and a guaranteed translation into four languages. The chair of judges, critic Amadou Fall, described the book as "a quiet, furious novel about loneliness and weather". He said the panel had read 164 submissions.''',
            '''Halvorsen wrote the book over eight years, mostly during night shifts. "I never thought anyone outside my family would read it," she said. Her publisher, Greyheron Books, said it had ordered a reprint of 30,000 copies.''',
        ],
        [
            ("Who is the author of this year's Amberline Prize-winning novel?", "Noor Halvorsen", "person"),
            ("How much money does the Amberline winner take home?", "50,000 crowns", "number"),
            ("Who presided over the Amberline judging panel?", "Amadou Fall", "person"),
        ],
    ),
    (
        "d15-calvera-orrin-hall",
        "Restored Orrin Hall reopens after 14-year closure",
        "2026-09-19",
        "Stage and Screen Wire",
        [
            '''The Orrin Hall, a 1,100-seat concert venue in the centre of Calvera, reopened on Friday after a 14-year closure and a restoration that cost 96 million euros, nearly double the original estimate. The hall, designed in 1911 by the architect Emil Vargosi, had been shut in 2012 after inspectors found cracks in its roof.''',
            '''The opening concert was conducted on Friday evening by Mireille Tassin, the hall's new music director, and had sold out within 20 minutes when tickets went on sale in June. "The acoustics are better than anyone remembers," Tassin said after rehearsals. "You can hear a violinist breathe from the back row."''',
            '''City culture councillor Bruno Ferrazzi said the overruns had been caused mainly by asbestos removal and rising steel prices. The venue plans to stage 180 performances in its first season.''',
        ],
        [
            ("What did the restoration of Calvera's Orrin Hall end up costing?", "96 million euros", "number"),
            ("Who is the music director at Calvera's Orrin Hall?", "Mireille Tassin", "person"),
            ("In what year was the Orrin Hall in Calvera designed?", "1911", "date"),
        ],
    ),
    (
        "d16-brackwell-airfield-homes",
        "Brackwell councillors back 1,200-home scheme on former airfield",
        "2026-07-03",
        "County Lines News",
        [
            '''Brackwell District Council's planning committee voted 8-3 on Wednesday night to approve 1,200 homes on the former Upcott Moor airfield, despite objections from more than 2,000 residents. The developer, Harcastle Homes, has agreed that 35 percent of the properties will be sold or rented as affordable housing.''',
            '''Committee chair Gwen Talbot said the district had to meet a government target of 640 new homes a year. "Nobody on this committee takes the loss of open land lightly," she said. "But our young people cannot afford to live where they grew up."''',
            '''Campaigners from Save Upcott Moor, led by retired engineer Clive Ashdown, said they would ask for a judicial review. Construction could begin in spring 2027, with the first residents moving in about 18 months later.''',
        ],
        [
            ("By what margin did Brackwell planners back the Upcott Moor scheme?", "8-3", "number"),
            ("Which company is behind the Upcott Moor housing development?", "Harcastle Homes", "organisation"),
            ("Who heads the campaign against building on Upcott Moor?", "Clive Ashdown", "person"),
        ],
    ),
    (
        "d17-fennick-riverside-flats",
        "Fennick council approves riverside flats despite flood fears",
        "2025-06-12",
        "Valley Herald Wire",
        [
            '''Plans for 450 flats on the banks of the River Lowe in Fennick were given the go-ahead on Tuesday, after the town council's planning board backed the scheme by five votes to four. The development, put forward by Quayside Living, includes a riverside walkway, a health centre and 210 parking spaces.''',
            '''Opponents had argued that the site flooded twice in the past decade, most recently in February 2024. The Environment Office withdrew its objection last month after the developer agreed to raise the ground floors by 1.5 metres and build a flood wall.''',
            '''Board member Harold Nkemelu, who voted against, said: "We are being asked to trust a wall that has not been built yet." The council's chief planner, Sunita Rao, told the meeting that the flats would be among the first in the region to meet new energy standards. Building work is due to start in January.''',
        ],
        [
            ("How many homes are planned beside the River Lowe in Fennick?", "450 flats", "number"),
            ("Who is Fennick council's most senior planning officer?", "Sunita Rao", "person"),
            ("How much higher must the lowest storeys of the Fennick riverside development be built?", "1.5 metres", "number"),
        ],
    ),
    (
        "d18-ormsbury-bin-collections",
        "Ormsbury switches to fortnightly bin collections to close budget gap",
        "2026-02-05",
        "Local Democracy Wire",
        [
            '''Households in Ormsbury will have their general rubbish collected every two weeks instead of weekly from 6 April, after councillors voted to close a 4.7 million pound hole in next year's budget. Recycling and food waste will still be picked up every week.''',
            '''Council leader Darren Pike said the change would save about 900,000 pounds a year and that the authority had run out of other options after its grant from central government fell by 11 percent. The council will also raise its share of local property tax by 4.99 percent, the maximum allowed without a referendum.''',
            '''Opposition councillor Fatima Qureshi called the decision "a false economy that will leave rats in our streets by summer". The council's head of waste, Neil Brampton, said crews would hand out 38,000 larger bins before the switch.''',
        ],
        [
            ("From what date will Ormsbury's bins be emptied only fortnightly?", "6 April", "date"),
            ("Who leads Ormsbury council?", "Darren Pike", "person"),
            ("What annual saving does Ormsbury expect from collecting household waste less often?", "900,000 pounds", "number"),
        ],
    ),
    (
        "d19-tarrow-measles",
        "Measles outbreak in Tarrow spreads to 86 cases",
        "2025-04-03",
        "Health Bulletin Wire",
        [
            '''A measles outbreak in the northern city of Tarrow has grown to 86 confirmed cases, health officials said on Wednesday, with 19 children admitted to hospital since the first infection was recorded on 2 March. Most of those affected had not received both doses of the vaccine.''',
            '''Dr Helga Morrow, Tarrow's director of public health, urged parents to check their children's records. "Measles is not a mild illness. One in five of the children we are seeing needs hospital care," she said. Vaccination rates among five-year-olds in parts of the city have fallen to 71 percent, well below the 95 percent needed to stop the disease spreading.''',
            '''Pop-up clinics will open at 12 schools next week. Regional health minister Oren Falk said an extra 2 million crowns had been set aside to pay for additional nurses.''',
        ],
        [
            ("How many youngsters in Tarrow have needed a hospital bed because of measles?", "19 children", "number"),
            ("Who is Tarrow's top public health official?", "Helga Morrow", "person"),
            ("When was the first case of the Tarrow outbreak identified?", "2 March", "date"),
        ],
    ),
    (
        "d20-cresthaven-cancer-centre",
        "Cresthaven General opens cancer centre as waits lengthen",
        "2026-10-08",
        "Regional Health Wire",
        [
            '''A new cancer treatment centre opened at Cresthaven General Hospital on Monday, adding 48 beds and two radiotherapy machines at a cost of 63 million pounds. The opening comes as the number of patients in the region waiting more than 62 days to start cancer treatment reached 1,940 in August, the highest figure on record.''',
            '''The hospital's chief executive, Samuel Adeyemi, said the centre would allow it to treat around 4,000 extra patients a year. Patients currently travel up to 90 miles to Harlow Bridge for radiotherapy, he said.''',
            '''Consultant oncologist Dr Anya Petrov, who helped design the unit, said staff shortages remained the biggest problem. "Machines do not treat people. We still need 30 more specialist nurses," she told reporters during a tour of the building. The first patients will be treated on 20 October.''',
        ],
        [
            ("How far do Cresthaven patients have to go for radiotherapy at the moment?", "90 miles", "number"),
            ("Who runs Cresthaven General Hospital?", "Samuel Adeyemi", "person"),
            ("When will the new Cresthaven cancer unit take its first patients?", "20 October", "date"),
        ],
    ),
    (
        "d21-skyvara-diversion",
        "Skyvara jet diverts to Arnhavn after engine warning",
        "2025-08-29",
        "Aviation Daily Wire",
        [
            '''A Skyvara Airlines jet carrying 183 passengers and six crew made an emergency landing at Arnhavn airport on Thursday afternoon after pilots received a fire warning from one of its two engines. Nobody was hurt, the airline said.''',
            '''Flight SV418 had left Port Celador at 13:05 bound for Vessington and was cruising at 36,000 feet when the warning light came on about 40 minutes into the journey. Captain Elena Moravec shut down the left engine and diverted to Arnhavn, where fire crews met the aircraft on the runway.''',
            '''"The crew followed procedures exactly as they are trained to," Skyvara's head of safety, Gareth Lowden, said in a statement. The national air accident bureau has opened an investigation. Passengers continued their journey on a replacement aircraft more than five hours later.''',
        ],
        [
            ("How many travellers were on board the Skyvara plane that made an unscheduled landing?", "183 passengers", "number"),
            ("Who was flying Skyvara flight SV418?", "Elena Moravec", "person"),
            ("What was the intended destination of Skyvara flight SV418?", "Vessington", "place"),
        ],
    ),
    (
        "d22-coldmere-freight-derailment",
        "Freight train derails near Coldmere, spilling fertiliser",
        "2026-03-03",
        "Transport Wire",
        [
            '''A freight train derailed near the village of Coldmere early on Monday, with 14 of its 32 wagons leaving the track and about 600 tonnes of fertiliser spilling beside the line. No one was injured, according to rail operator Northline Freight.''',
            '''The train came off the rails at about 04:15 while travelling at roughly 50 kilometres per hour on the main line between Aberlin and Southmarsh. Investigators are examining a section of track that had been flagged for repair in January, said Philippa Okonjo, chief inspector at the Rail Accident Board.''',
            '''Track owner Railnet said the line would stay shut until at least Friday while cranes removed the wagons. "We will not reopen until we are completely sure it is safe," Railnet's operations director, Callum Fraser, told local radio. Passengers face bus replacement services adding up to an hour to journeys.''',
        ],
        [
            ("How many wagons were derailed in the Coldmere accident?", "14", "number"),
            ("Which Rail Accident Board official is examining the Coldmere crash?", "Philippa Okonjo", "person"),
            ("How much fertiliser was spilled near Coldmere?", "600 tonnes", "number"),
        ],
    ),
    (
        "d23-wendham-commuter-derailment",
        "Passengers hurt as commuter train leaves track outside Wendham",
        "2025-10-27",
        "Metro Transit Wire",
        [
            '''A commuter train carrying about 400 people derailed on a curve just outside Wendham station on Friday evening, and 23 passengers were taken to hospital, three of them with serious injuries, regional ambulance chief Marek Zielny said.''',
            '''The first two carriages of the six-car train tipped onto their sides at around 17:50. Data from the train's recorder showed it was travelling at 88 kilometres per hour on a section of track limited to 60, according to a preliminary report released on Sunday by the Transport Safety Authority.''',
            '''The driver, a 31-year-old man who has not been named, has been suspended. "Our thoughts are with everyone who was hurt, and we will co-operate fully with the investigation," said Celeste Amory, managing director of operator Wendham Valley Railways. The line is expected to reopen on 3 November.''',
        ],
        [
            ("When should trains be running again past Wendham station?", "3 November", "date"),
            ("How fast was the Wendham commuter train going when it came off the track?", "88 kilometres per hour", "number"),
            ("Who is the boss of Wendham Valley Railways?", "Celeste Amory", "person"),
        ],
    ),
    (
        "d24-morwenna-wreck",
        "Divers find wreck of steamer lost off Greyhaven in 1923",
        "2026-08-12",
        "Maritime News Agency",
        [
            '''Wreck divers have located the SS Morwenna, a cargo steamer that sank in a storm in 1923 with the loss of all 27 crew, lying upright on the seabed 14 kilometres off Greyhaven Point at a depth of 68 metres. The ship had been carrying coal and timber to Tresk when it disappeared.''',
            '''The discovery was made on 30 July by a team from the Greyhaven Wreck Society, using sonar data gathered during a survey for an offshore cable. Team leader Isobel Penhallow said the bell and the ship's name were still visible on the bow.''',
            '''"It felt less like finding a wreck and more like finding a grave," Penhallow said. Harbour historian Walter Kenning, whose great-grandfather served as the ship's cook, called it "a day our family has waited a hundred years for". The site is now protected under maritime heritage law, and divers need a permit to visit it.''',
        ],
        [
            ("How far out to sea does the SS Morwenna lie?", "14 kilometres", "number"),
            ("On what date did the wreck society locate the Morwenna?", "30 July", "date"),
            ("Where was the SS Morwenna sailing to on its final voyage?", "Tresk", "place"),
        ],
    ),
    (
        "d25-pelthorne-river-flood",
        "River Aldune bursts banks, forcing thousands from homes in Pelthorne",
        "2025-11-02",
        "Weather and Disaster Wire",
        [
            '''About 2,300 residents of Pelthorne were evacuated overnight after the River Aldune burst its banks following three days of heavy rain, the regional emergency service said on Saturday. Water reached a depth of 1.8 metres in parts of the old town, and around 640 homes were flooded.''',
            '''The river peaked at 6.4 metres at the bridge gauge at 03:00, just below the record set in 1979. Emergency service spokesman Jonas Feldmann said 48 millimetres of rain had fallen in 12 hours on Friday alone.''',
            '''Mayor Therese Vantongeren visited a sports hall where 300 people spent the night. "People have lost furniture, cars, photographs, things that insurance will never replace," she said. Soldiers were filling sandbags to protect the water treatment works downstream.''',
        ],
        [
            ("How many people had to leave their homes in Pelthorne because of the flooding?", "2,300", "number"),
            ("What height did the Aldune reach at its highest point in Pelthorne?", "6.4 metres", "number"),
            ("Which Pelthorne official visited the overnight shelter?", "Therese Vantongeren", "person"),
        ],
    ),
    (
        "d26-castelverna-flash-flood",
        "Flash flood sweeps through Castelverna, two missing",
        "2026-09-07",
        "Alpine Regions Press",
        [
            '''Two people were missing and dozens of cars were swept away on Saturday after a flash flood tore through the mountain village of Castelverna, following a thunderstorm that dumped 130 millimetres of rain in under two hours. Rescue teams with dogs were searching the banks of the Rio Sernio for a 72-year-old woman and her son.''',
            '''Civil protection chief Aldo Benvenuti said 85 people had been moved to a school in the neighbouring town of San Leto and that the only road into the village had been cut by a landslide. Helicopters were flying in water and medicine.''',
            '''Castelverna's mayor, Chiara Zanetti, estimated the damage at 20 million euros. "In ten minutes the stream became a river of mud," she told regional television. The storm was the worst to hit the valley since October 2000, according to the regional weather service.''',
        ],
        [
            ("When did the Castelverna valley last see a storm this bad?", "October 2000", "date"),
            ("Where were people evacuated from Castelverna taken?", "San Leto", "place"),
            ("Who is the mayor of Castelverna?", "Chiara Zanetti", "person"),
        ],
    ),
    (
        "d27-korvasa-wildfire",
        "Wildfire near Korvasa burns 4,800 hectares, destroys 37 homes",
        "2025-07-30",
        "Southern Wire Service",
        [
            '''A wildfire fanned by winds of up to 70 kilometres per hour has burned through 4,800 hectares of pine forest and farmland near Korvasa since Monday, destroying 37 homes and forcing 1,500 people to flee. More than 400 firefighters, supported by nine water-dropping aircraft, were still battling the blaze on Wednesday.''',
            '''Regional fire commander Yannis Koutrelis said the fire was 60 percent contained but warned that temperatures of 41 degrees forecast for the weekend could cause it to flare again. Police have arrested a 56-year-old farmer on suspicion of starting the fire while burning stubble, despite a ban in force since 1 June.''',
            '''Resident Eleni Charalam, whose house in the hamlet of Agios Lefteris was reduced to ash, said she had 15 minutes to leave. "I took my mother, the dog and my passport. Everything else is gone," she said.''',
        ],
        [
            ("Which resident lost her house to the Korvasa fire in Agios Lefteris?", "Eleni Charalam", "person"),
            ("Who is directing the firefighting effort at Korvasa?", "Yannis Koutrelis", "person"),
            ("What area has the Korvasa blaze scorched so far?", "4,800 hectares", "number"),
        ],
    ),
    (
        "d28-storm-hedda",
        "Storm Hedda cuts power to 190,000 homes on Kestle coast",
        "2026-01-19",
        "Coastal Weather Wire",
        [
            '''Storm Hedda left about 190,000 homes without electricity along the Kestle coast on Sunday after gusts of up to 142 kilometres per hour brought down power lines and trees. A 67-year-old man died when a tree fell on his car near Dunkerry, police said.''',
            '''Grid operator Kestlegrid said engineers had reconnected 110,000 customers by evening, but warned that some rural areas could be without power until Wednesday. "This is the strongest storm we have seen here in a decade," said Moira Callaghan, the company's network director.''',
            '''Ferries between Port Anselm and the Isle of Crane were cancelled for a second day. The national weather agency's chief forecaster, Tobias Reinholt, said a second, weaker storm was expected to arrive on Tuesday night.''',
        ],
        [
            ("What was Storm Hedda's strongest recorded wind speed?", "142 kilometres per hour", "number"),
            ("Which Kestlegrid executive called Hedda the worst storm in ten years?", "Moira Callaghan", "person"),
            ("Where was a motorist killed by a falling tree during Storm Hedda?", "Dunkerry", "place"),
        ],
    ),
    (
        "d29-hollinsford-ransomware",
        "Ransomware attack shuts down Hollinsford city services",
        "2026-04-22",
        "Cyber Security Wire",
        [
            '''The city of Hollinsford has shut down most of its computer systems after a ransomware attack that began on the night of 18 April, leaving residents unable to pay parking fines, book sports halls or register births online. Emergency phone lines were not affected, city officials said.''',
            '''A criminal group calling itself BlackVane has claimed responsibility and is demanding 2.5 million dollars in cryptocurrency, according to a post on its leak site seen by reporters. City manager Harriet Osei said Hollinsford would not pay. "We will not fund criminals with taxpayers' money," she told a council meeting on Monday.''',
            '''Investigators from security firm Redline Forensics have been hired to restore the systems, which could take up to three weeks. Chief information officer Daniel Okwu said the attackers appeared to have entered through an old remote-access account belonging to a former contractor.''',
        ],
        [
            ("When did the cyber attack on Hollinsford begin?", "18 April", "date"),
            ("Which firm was brought in to get Hollinsford's computers working again?", "Redline Forensics", "organisation"),
            ("Which Hollinsford official refused to pay the attackers?", "Harriet Osei", "person"),
        ],
    ),
    (
        "d30-quillon-funding",
        "Quillon raises 140 million dollars to build battery chips",
        "2025-05-20",
        "Tech Ventures Wire",
        [
            '''Quillon, a three-year-old chip designer based in Ravenscarth, has raised 140 million dollars in a funding round led by investment firm Larchfield Capital, valuing the company at about 1.2 billion dollars. The money will be used to start production of its power-management chips for electric-vehicle batteries.''',
            '''Co-founder and chief executive Amira Selassie said Quillon's chips could extend a car's range by up to 8 percent by reducing energy lost as heat. The company employs 160 people and plans to double that by the end of 2026, she said.''',
            '''Larchfield partner Victor Stroud will join Quillon's board. "Batteries are where the real bottlenecks in electric cars are, and Quillon is attacking one of the hardest," Stroud added. The first chips are expected to reach customers in the third quarter of next year.''',
        ],
        [
            ("Which investor put together Quillon's latest fundraising?", "Larchfield Capital", "organisation"),
            ("Who is the boss of chip start-up Quillon?", "Amira Selassie", "person"),
            ("What is Quillon now valued at?", "1.2 billion dollars", "number"),
        ],
    ),
    (
        "d31-vellmark-drought-harvest",
        "Drought cuts Vellmark wheat harvest by a third",
        "2025-09-16",
        "Farm and Food Wire",
        [
            '''Farmers in the Vellmark plains expect to harvest about 3.1 million tonnes of wheat this year, down 34 percent from 2024, after the driest spring and summer since records began in 1881, the regional agriculture board said on Monday.''',
            '''Board chairman Piet Havelaar said yields on some unirrigated farms had fallen below two tonnes per hectare, less than half the usual level. The board has asked the government for an emergency aid package of 180 million euros to help growers cover loans for seed and fuel.''',
            '''On her family farm near Ommerdal, grower Annelies Brouwer pointed to a field of stunted, yellow stalks. "My grandfather farmed this land for 50 years and never saw anything like it," she said. Millers have warned that bread prices could rise by 10 to 15 percent before Christmas.''',
        ],
        [
            ("By how much is the Vellmark wheat crop expected to shrink this year?", "34 percent", "number"),
            ("How much more could a loaf cost in Vellmark because of the drought?", "10 to 15 percent", "number"),
            ("Who heads the agriculture board in the Vellmark plains?", "Piet Havelaar", "person"),
        ],
    ),
    (
        "d32-harnwick-bird-flu",
        "Bird flu found at Harnwick poultry farm; 65,000 hens to be culled",
        "2026-11-04",
        "Rural Affairs Wire",
        [
            '''About 65,000 laying hens will be culled at a farm near Harnwick after tests confirmed a highly contagious strain of bird flu, the national veterinary office said on Tuesday. A protection zone with a radius of 3 kilometres has been set up around the site, and poultry within 10 kilometres must be kept indoors.''',
            '''The infection was detected after the farm reported that more than 400 birds had died within two days. Chief veterinary officer Dr Konrad Albers said the virus had probably been carried by wild geese, which have been arriving from the north since mid-October.''',
            '''Farm owner Lisbeth Amundsen told a local newspaper she had built her business over 22 years. "Losing the flock is heartbreaking, but we understand why it has to happen," she added. It is the third outbreak in the country this autumn, and compensation will be paid at market rates.''',
        ],
        [
            ("How many birds are to be killed at the Harnwick farm?", "65,000", "number"),
            ("Which veterinary official blamed wild geese for the Harnwick outbreak?", "Konrad Albers", "person"),
            ("Whose poultry business near Harnwick was hit by the virus?", "Lisbeth Amundsen", "person"),
        ],
    ),
    (
        "d33-dravik-teacher-strike",
        "Teachers in Dravik walk out over pay, closing 240 schools",
        "2026-03-25",
        "Education Wire",
        [
            '''Around 240 schools across the Dravik region were closed on Tuesday as teachers held the first of three planned one-day strikes over pay. The Union of Dravik Teachers says its members' real wages have fallen by 13 percent since 2020 and is demanding a rise of 9 percent.''',
            '''Regional education secretary Mona Lindgren said the government could not afford more than the 4.5 percent it has offered. "We value our teachers enormously, but every extra point costs 28 million crowns," she said in a radio interview.''',
            '''Union general secretary Farid Bensaid told a rally of about 5,000 teachers outside the regional parliament that further strikes would follow on 8 April and 15 April unless ministers improved their offer. Parents' groups said many families had been forced to take unpaid leave.''',
        ],
        [
            ("What pay increase has Dravik's regional government put on the table?", "4.5 percent", "number"),
            ("Who leads the Dravik teachers' union?", "Farid Bensaid", "person"),
            ("On what day is the next walkout by Dravik teachers planned?", "8 April", "date"),
        ],
    ),
    (
        "d34-saltmere-rector",
        "University of Saltmere picks physicist as first woman rector",
        "2025-06-27",
        "Campus News Wire",
        [
            '''The University of Saltmere has elected physicist Professor Halina Wojcik as its rector, the first woman to lead the 400-year-old institution. The university senate chose her on Thursday by 41 votes to 29 over economist Professor Gerhard Lenz.''',
            '''Wojcik, 56, has headed the university's physics department since 2017 and is known for her research on superconducting materials. She will take office on 1 September for a four-year term, succeeding Professor Anton Reiss, who is retiring after 12 years in the post and congratulated her within minutes of the result.''',
            '''"Saltmere must become a place where talented students from poor families feel they belong," Wojcik said after the vote. She has pledged to raise the share of students receiving grants from 18 percent to 25 percent and to build 1,000 new student rooms.''',
        ],
        [
            ("Who will be the next head of the University of Saltmere?", "Halina Wojcik", "person"),
            ("When does Saltmere's incoming rector start?", "1 September", "date"),
            ("Who lost the Saltmere senate vote for the top university job?", "Gerhard Lenz", "person"),
        ],
    ),
    (
        "d35-brisling-bank-wind",
        "Offshore wind farm off Skarre begins supplying power",
        "2026-10-21",
        "Energy Markets Wire",
        [
            '''The Brisling Bank offshore wind farm, 35 kilometres off the island of Skarre, delivered its first electricity to the grid on Tuesday, two months ahead of schedule. When all 72 turbines are running next summer, the 1,080-megawatt project will supply enough power for about 1.3 million homes.''',
            '''The farm was built by a consortium of state utility Nordel Energi and pension fund Havenstock at a cost of 3.9 billion euros. Project director Lars Eikeland said each turbine stood 260 metres tall from sea level to blade tip.''',
            '''Energy minister Sigrid Tollefsen, who attended a ceremony at the port of Skarre, said the country aimed to generate 60 percent of its electricity from wind by 2035. "Ten years ago people laughed at that target. Today we are halfway there," she said.''',
        ],
        [
            ("Which government minister spoke at the ceremony for the Brisling Bank wind farm?", "Sigrid Tollefsen", "person"),
            ("Who is managing the Brisling Bank project?", "Lars Eikeland", "person"),
            ("By what year does the energy minister, speaking at the Brisling Bank opening, want wind to produce 60 percent of electricity?", "2035", "date"),
        ],
    ),
    (
        "d36-mosshavn-nuclear-extension",
        "Regulator approves 20-year life extension for Mosshavn nuclear plant",
        "2025-03-14",
        "Power and Grid Report",
        [
            '''The Mosshavn nuclear power station will be allowed to run until 2047 after the national nuclear safety regulator approved a 20-year extension to its operating licence on Thursday. The plant's two reactors, which started up in 1987 and 1989, supply about 14 percent of the country's electricity.''',
            '''Operator Baltram Power will spend 1.7 billion euros on new steam generators, safety systems and a flood barrier as a condition of the licence. Chief executive Nils Gunnarsson called the decision "a vote of confidence in 600 skilled workers".''',
            '''Environmental group Clear Coast said it would appeal. Its spokeswoman, Astrid Holm, argued that the reactors were "too old and too close to the sea". The regulator's director, Karin Blomqvist, said inspectors had spent 18 months examining the plant and found no reason to refuse.''',
        ],
        [
            ("Until what year may the Mosshavn plant keep generating?", "2047", "date"),
            ("In what year did the first of Mosshavn's reactors begin operating?", "1987", "date"),
            ("Who runs Baltram Power?", "Nils Gunnarsson", "person"),
        ],
    ),
]

# Pairs of articles about the same kind of event in different places.
LOOKALIKE_PAIRS = [
    ("d04-halvik-norrmark-deal", "d05-trevane-ashcombe-merger"),
    ("d06-marrowgate-council-fraud", "d07-kellsburg-charity-embezzlement"),
    ("d11-brennport-coastal-cup", "d12-tolvenna-corvina-shield"),
    ("d16-brackwell-airfield-homes", "d17-fennick-riverside-flats"),
    ("d22-coldmere-freight-derailment", "d23-wendham-commuter-derailment"),
    ("d25-pelthorne-river-flood", "d26-castelverna-flash-flood"),
]

TYPES = {"person", "number", "date", "place", "organisation"}
DATE_RE = re.compile(r"^(2025|2026)-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$")


def sentence_count(paragraph):
    # Rough: a sentence ends at . ! ? (optionally followed by a closing quote)
    # before whitespace and a capital letter or an opening quote, or at the end.
    ends = re.findall(r'[.!?]["\u201d]?(?=\s+["\u201cA-Z]|\s*$)', paragraph)
    return len(ends)


def build():
    errors = []
    warnings = []
    articles = []
    questions = []
    seen_ids = set()
    for aid, title, published, source, paras, qs in ARTICLES:
        if aid in seen_ids:
            errors.append("duplicate article id %s" % aid)
        seen_ids.add(aid)
        if not DATE_RE.match(published):
            errors.append("%s: bad published date %s" % (aid, published))
        if not (2 <= len(paras) <= 4):
            errors.append("%s: %d paragraphs" % (aid, len(paras)))
        for p in paras:
            if p != p.strip() or "\n" in p:
                errors.append("%s: paragraph whitespace" % aid)
        text = "\n\n".join(paras)
        words = len(text.split())
        if not (120 <= words <= 300):
            errors.append("%s: %d words" % (aid, words))
        sents = sum(sentence_count(p) for p in paras)
        if not (4 <= sents <= 9):
            errors.append("%s: about %d sentences" % (aid, sents))
        if '"' not in text:
            errors.append("%s: no direct quotation" % aid)
        if len(qs) != 3:
            errors.append("%s: %d questions" % (aid, len(qs)))
        articles.append({"id": aid, "title": title, "text": text,
                         "published": published, "source": source})
        for n, (q, fact, typ) in enumerate(qs, 1):
            qid = "%s-q%d" % (aid, n)
            if qid in seen_ids:
                errors.append("duplicate question id %s" % qid)
            seen_ids.add(qid)
            if typ not in TYPES:
                errors.append("%s: bad type %s" % (qid, typ))
            occ = text.count(fact)
            if occ == 0:
                errors.append("%s: fact %r not in article text" % (qid, fact))
            elif occ > 1:
                warnings.append("%s: fact %r occurs %d times" % (qid, fact, occ))
            if fact.lower() in q.lower():
                errors.append("%s: fact %r appears in the question" % (qid, fact))
            if not q.endswith("?"):
                errors.append("%s: question does not end with '?'" % qid)
            questions.append({"id": qid, "article_id": aid, "q": q,
                              "fact": fact, "type": typ})
    for a, b in LOOKALIKE_PAIRS:
        for x in (a, b):
            if x not in seen_ids:
                errors.append("look-alike pair names unknown article %s" % x)
    if len(articles) != 36:
        errors.append("%d articles, expected 36" % len(articles))
    return articles, questions, errors, warnings


def write_jsonl(path, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


def main():
    articles, questions, errors, warnings = build()
    for w in warnings:
        print("warning:", w)
    if errors:
        for e in errors:
            print("error:", e, file=sys.stderr)
        return 1
    write_jsonl(os.path.join(HERE, "articles.jsonl"), articles)
    write_jsonl(os.path.join(HERE, "questions.jsonl"), questions)
    types = Counter(q["type"] for q in questions)
    words = [len(a["text"].split()) for a in articles]
    print("articles: %d" % len(articles))
    print("questions: %d" % len(questions))
    print("types: " + ", ".join("%s=%d" % (t, types[t]) for t in sorted(types)))
    print("words per article: min %d, max %d, total %d" % (min(words), max(words), sum(words)))
    print("look-alike pairs: %d" % len(LOOKALIKE_PAIRS))
    return 0


if __name__ == "__main__":
    sys.exit(main())
