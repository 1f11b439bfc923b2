#!/usr/bin/env python3
"""Build the factoid_fresh evaluation set: articles.jsonl and questions.jsonl.

Every article and question below was written by hand, one by one.  This
script only lays the text out, derives the question ids, writes the two
JSONL files beside itself and checks them.  It uses no randomness and no
third-party packages, so running it again reproduces both files byte for
byte.

    python3 tests/data/factoid_fresh/build.py
"""

import json
import os
import re
import sys
import textwrap
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))

TYPES = ("person", "number", "date", "place", "organisation")

# (original, look-alike): the same kind of event, elsewhere, told differently.
LOOKALIKE_PAIRS = (
    ("f05", "f32"),  # cup final
    ("f07", "f33"),  # council shuts a bridge for repairs
    ("f10", "f31"),  # town flooded, residents evacuated
    ("f11", "f34"),  # company admits customer data stolen
    ("f26", "f35"),  # building work uncovers old burials
    ("f30", "f36"),  # earthquake
)


def T(s):
    """Paragraphs are separated by a blank line; line breaks inside a
    paragraph and runs of spaces become single spaces."""
    paras = re.split(r"\n\s*\n", textwrap.dedent(s).strip())
    return "\n\n".join(" ".join(p.split()) for p in paras)


P, N, D, PL, O = "person", "number", "date", "place", "organisation"

# Each entry: id, title, published, source, text, questions [(type, q, fact)].
ARTICLES = [
    dict(
        id="f01-kellmark-coalition",
        title="Kellmark parties sign coalition pact after seven weeks of talks",
        published="2026-05-05",
        source="Northline Wire",
        text=T("""
            The Social Alliance and the Farmers' League signed a coalition
            agreement in Kellmark on Tuesday, ending 47 days of negotiations
            that followed the regional election in March. The pact gives the
            two parties 38 of the 71 seats in the regional assembly, a
            majority of just three.

            Under the deal, Social Alliance leader Petra Vasko will become
            regional premier, while the Farmers' League chairman, Oskar
            Lindqvist, takes the finance portfolio. The agreement commits the
            new government to freezing property tax until 2028 and to
            spending 410 million crowns on rural broadband.

            "Nobody got everything they wanted, and that is how you know it
            is a fair deal," Vasko told reporters outside the assembly
            building in Dornholt. Lindqvist said his party had insisted on the
            broadband money "as a condition, not a wish."

            The opposition Civic Union, which won the most votes of any single
            party, called the pact "a marriage of convenience" and said it
            would table a confidence motion in June.
            """),
        questions=[
            (P, "Who is set to lead the regional government in Kellmark under the new coalition?", "Petra Vasko"),
            (N, "How long did it take the Kellmark parties to agree a coalition?", "47 days"),
            (P, "Who will be in charge of the regional treasury in Kellmark?", "Oskar Lindqvist"),
        ],
    ),
    dict(
        id="f02-northvale-dairy-merger",
        title="Two farmer-owned dairies agree to merge",
        published="2025-09-08",
        source="Fennick Valley Post",
        text=T("""
            Milkfield Co-operative and Greystead Dairies will combine into a
            single company with annual sales of about 1.2 billion euros, the
            two farmer-owned groups announced on Monday. The merged business,
            to be called Northvale Dairy, will collect milk from 2,340 farms
            across the Fennick Valley and the coastal plain.

            Members of both co-operatives approved the plan at separate votes
            last week, with 91 percent backing it at Milkfield and 84 percent
            at Greystead. The deal still needs clearance from the competition
            authority, which is expected to rule by the end of October.

            Hanne Brekke, who has run Milkfield since 2019, will be chief
            executive of the new group. Greystead's chairman, Tomas Aurell,
            will chair the board. "Our farmers are facing the same retailers
            and the same feed prices, so it makes little sense to keep
            fighting each other for shelf space," Brekke said.

            The companies said no processing plants would close before 2027,
            although the packaging site at Lunsby is under review.
            """),
        questions=[
            (P, "Who will run the company formed by the Milkfield and Greystead merger?", "Hanne Brekke"),
            (N, "What proportion of Greystead's members voted for the merger with Milkfield?", "84 percent"),
            (D, "Until when are the Northvale Dairy processing sites safe from closure?", "2027"),
        ],
    ),
    dict(
        id="f03-ardmoor-treasurer-jailed",
        title="Former Ardmoor treasurer jailed for diverting housing funds",
        published="2025-11-13",
        source="Continental Press Service",
        text=T("""
            A court in Ardmoor on Thursday sentenced the town's former
            treasurer, Gregor Maillard, to six years in prison for diverting
            3.8 million euros from a social housing fund into companies
            controlled by his brother-in-law.

            Judge Imelda Sorensen said Maillard, 58, had abused "a position of
            almost complete trust" over a period of nine years. The court
            heard that the money was moved through 214 invoices for repair
            work that was never carried out.

            Maillard's lawyer, Benedikt Roux, told reporters that his client
            would appeal. "The sentence is out of all proportion to what was
            proven," Roux said. Prosecutors had asked for eight years.

            The brother-in-law, Lucien Farge, received a suspended sentence of
            two years after agreeing to repay 1.1 million euros. The town
            council said it had already recovered about half of the missing
            money through insurance.
            """),
        questions=[
            (P, "Which judge handed down the sentence in the Ardmoor housing fund case?", "Imelda Sorensen"),
            (N, "How much did Ardmoor's ex-treasurer siphon off from the social housing money?", "3.8 million euros"),
            (P, "Which lawyer represents Gregor Maillard?", "Benedikt Roux"),
        ],
    ),
    dict(
        id="f04-tarrow-trench-species",
        title="Deep-sea survey turns up 17 unknown species in Tarrow Trench",
        published="2026-02-18",
        source="Kestrel News Agency",
        text=T("""
            Researchers from the University of Callowmere have described 17
            previously unknown animal species collected during a six-week
            expedition to the Tarrow Trench, the university said on
            Wednesday. The specimens, which include a translucent sea cucumber
            and three kinds of amphipod, were gathered at depths of up to
            6,200 metres by a remotely operated vehicle.

            The expedition was led by the deep-sea ecologist Ingrid Halvorsen,
            whose team spent 41 days aboard the research vessel Meridian Star.
            "Every time the vehicle came back up, there was something in the
            sample drawer that none of us could name," Halvorsen said.

            The findings were published in the journal Abyssal Biology. Rafael
            Okonkwo, a taxonomist at the city's natural history museum who was
            not involved in the work, said the descriptions were careful and
            that the count of new species "could easily double" once the
            remaining samples are sorted.
            """),
        questions=[
            (P, "Who headed the Tarrow Trench expedition?", "Ingrid Halvorsen"),
            (N, "How far down did the robot sub go to collect animals in the Tarrow Trench?", "6,200 metres"),
            (O, "Which university's scientists found the new species in the Tarrow Trench?", "University of Callowmere"),
        ],
    ),
    dict(
        id="f05-brackwater-cup-final",
        title="Rovers end 22-year wait with late winner in cup final",
        published="2025-05-17",
        source="Northline Wire",
        text=T("""
            Brackwater Rovers won the national cup for the first time since
            2003 on Saturday, beating Harbour City 2-1 in front of 48,500
            spectators at the Crown Meadow stadium.

            Harbour City took the lead in the 19th minute through their
            captain, Danny Okafor, but Rovers equalised before half-time when
            defender Luis Carrasco headed in a corner. The winner came eight
            minutes from the end, when the 19-year-old substitute Mattie Gorse
            curled a shot into the top corner from the edge of the area.

            "I told him to go on and be brave, and he did exactly that,"
            Rovers manager Stefan Ivanovic said. "This club has waited a long
            time for a night like this."
            The victory earns Rovers a place in next season's continental
            competition and prize money of 4.5 million pounds.
            """),
        questions=[
            (P, "Who scored the decisive goal for Brackwater Rovers in the cup final?", "Mattie Gorse"),
            (N, "How big was the crowd at the cup final between Brackwater Rovers and Harbour City?", "48,500 spectators"),
            (D, "In what year had Brackwater Rovers previously lifted the national cup?", "2003"),
        ],
    ),
    dict(
        id="f06-velmora-museum-reopens",
        title="Velmora art museum reopens after four-year overhaul",
        published="2026-04-10",
        source="The Meridian Ledger",
        text=T("""
            The Velmora Museum of Art reopened to the public on Friday after a
            four-year renovation that cost 62 million euros, more than double
            the original estimate. About 9,000 visitors passed through its
            doors on the first day, according to the museum.

            The building, a former grain exchange completed in 1884 by the
            architect Aurelio Brandt, now has a glass roof over its central
            courtyard and an extra 2,600 square metres of gallery space. Its
            director, Solveig Marant, said the extension would let the museum
            show roughly a third of its collection at once, compared with a
            tenth before the works.

            "For years we had masterpieces sitting in crates in the basement,"
            Marant said. "Now people can finally see what belongs to them."

            The reopening was delayed twice, first by a dispute with the main
            contractor, Holbeck Construction, and then by the discovery of
            asbestos in the east wing in 2023.
            """),
        questions=[
            (P, "Who designed the building that houses the Velmora Museum of Art?", "Aurelio Brandt"),
            (N, "What was the final bill for refurbishing Velmora's art museum?", "62 million euros"),
            (O, "Which firm was the main builder on the Velmora museum project?", "Holbeck Construction"),
        ],
    ),
    dict(
        id="f07-lornsby-weir-bridge",
        title="Lornsby votes to shut Weir Bridge for deck replacement",
        published="2026-02-03",
        source="Tri-County Herald",
        text=T("""
            Lornsby's town council voted 14 to 5 on Tuesday night to close the
            Weir Bridge over the river Askel for 18 months so that its
            corroded steel deck can be replaced. The work is expected to cost
            7.4 million euros, of which the regional government will pay about
            60 percent.

            The bridge was designed in 1961 by the engineer Harald Vinter and
            carries roughly 11,000 vehicles a day. An inspection last year
            found that some supporting beams had lost up to a quarter of their
            thickness to rust.

            Councillor Mina Achterberg, who chairs the transport committee,
            said a diversion via the ring road would add around 10 minutes to
            most journeys. "Nobody wants to close a bridge, but the
            alternative is waiting until it closes itself," she said.

            Local shopkeepers have asked for a temporary footbridge, which the
            council said it would consider in May.
            """),
        questions=[
            (N, "How long will the Weir Bridge in Lornsby be out of use?", "18 months"),
            (P, "Who was the engineer behind Lornsby's Weir Bridge?", "Harald Vinter"),
            (P, "Which Lornsby councillor is responsible for transport?", "Mina Achterberg"),
        ],
    ),
    dict(
        id="f08-saint-brides-waiting-lists",
        title="Long surgery waits fall at Saint Bride's hospitals",
        published="2025-07-21",
        source="Merrowdale Gazette",
        text=T("""
            The number of patients waiting more than a year for planned
            surgery at the Saint Bride's hospital group fell to 1,870 at the
            end of June, down from 3,420 twelve months earlier, figures
            released on Monday showed.

            The group, which runs four hospitals in the Merrowdale district,
            credited a new weekend operating programme and the opening of a
            day-surgery centre in Castlebury in February. Hip and knee
            replacements accounted for nearly 40 percent of the longest waits.

            "These are real people who have been living with pain, and every
            one of them we take off the list matters," said chief executive
            Amara Feld. But Joss Pennington, who leads the patients'
            association Merrowdale Voices, said the improvement had come "at
            the price of exhausted staff" and warned that nurse vacancies
            stood at 11 percent.

            The regional health board has promised an extra 25 million euros
            for the group next year.
            """),
        questions=[
            (P, "Who is in charge of the Saint Bride's hospital group?", "Amara Feld"),
            (N, "How many Saint Bride's patients had been waiting over a year for an operation by the end of June?", "1,870"),
            (PL, "Where did the Saint Bride's group open its day-surgery unit?", "Castlebury"),
        ],
    ),
    dict(
        id="f09-ellstow-marlbay-line",
        title="Coastal line to close for eleven weeks for track rebuild",
        published="2026-03-18",
        source="Harbour Gazette",
        text=T("""
            Passengers on the Ellstow to Marlbay coastal line face nearly 11
            weeks without trains this summer while the track is rebuilt, the
            operator Westline Rail confirmed on Wednesday. The line will shut
            on 7 July and reopen on 22 September, with replacement buses
            running every 30 minutes.

            The 340 million euro project will replace 46 kilometres of track
            and raise the maximum speed from 90 to 140 kilometres per hour,
            cutting the end-to-end journey by about 15 minutes. The contract
            was awarded to Korvel Infrastructure after a tender that drew five
            bids.

            Westline's operations director, Fatima Qureshi, said the timing
            had been chosen because commuter numbers are lowest in the summer
            holidays. "We know this is painful for a lot of people, and we are
            sorry for it," she said.

            Tourism businesses in Marlbay were less forgiving. Hotelier Declan
            Furlow said bookings for August were already down by a fifth.
            """),
        questions=[
            (O, "Which company won the job of rebuilding the Ellstow to Marlbay railway?", "Korvel Infrastructure"),
            (D, "When will trains return to the Ellstow to Marlbay coastal line?", "22 September"),
            (N, "How fast will trains be allowed to go on the upgraded Ellstow to Marlbay line?", "140 kilometres per hour"),
        ],
    ),
    dict(
        id="f10-sorbridge-dalle-flood",
        title="Hundreds evacuated as the Dalle bursts its banks in Sorbridge",
        published="2025-10-19",
        source="Eastern Newswire",
        text=T("""
            More than 600 residents of Sorbridge were evacuated overnight
            after the river Dalle burst its banks following two days of
            torrential rain, the district emergency service said on Sunday.

            The river peaked at 5.3 metres at the Millgate gauge shortly
            before 3am, about 40 centimetres above the previous record set in
            1998. Around 240 homes were flooded, and the main road to Tessany
            was closed after a section of embankment collapsed.

            Emergency service spokesman Viktor Hahn said no one had been
            seriously hurt, although firefighters rescued an elderly couple
            from the roof of their car. "The water came up faster than anyone
            had predicted," Hahn said.

            Mayor Celestine Ruel said an emergency fund of 2 million euros
            would be opened for affected households, and that a school
            gymnasium would remain open as a shelter until at least
            Wednesday.
            """),
        questions=[
            (N, "How many people had to leave their homes in Sorbridge because of the flooding?", "600 residents"),
            (P, "Who speaks for the district emergency service in Sorbridge?", "Viktor Hahn"),
            (D, "In which year was the Dalle's earlier high-water record set?", "1998"),
        ],
    ),
    dict(
        id="f11-brightlink-data-breach",
        title="Brightlink says hackers took passport details of millions",
        published="2025-10-23",
        source="Continental Press Service",
        text=T("""
            Brightlink, the second-largest mobile operator in the Republic of
            Vessland, said on Thursday that hackers had stolen the names,
            addresses and passport numbers of about 2.1 million customers in
            an attack discovered on 9 October.

            The company said the intruders got in through a contractor's
            account that was not protected by two-factor authentication, and
            copied data for 11 days before being detected. Payment card
            details were not affected, it said.

            Brightlink chief executive Johan Ekdahl apologised in a video
            statement. "We failed to protect information that our customers
            trusted us with, and I take full responsibility," Ekdahl said. The
            company will offer affected customers two years of free identity
            monitoring.

            Vessland's data protection commissioner, Lena Szabo, said her
            office had opened an investigation and could impose a fine of up
            to 4 percent of Brightlink's global turnover.
            """),
        questions=[
            (N, "How many Brightlink subscribers had their personal details taken?", "2.1 million customers"),
            (P, "Who is the Vessland privacy regulator investigating Brightlink?", "Lena Szabo"),
            (D, "When was the cyberattack on Brightlink uncovered?", "9 October"),
        ],
    ),
    dict(
        id="f12-corvally-mayor-recount",
        title="Independent narrowly wins Corvally mayoral race after recount",
        published="2025-11-16",
        source="The Meridian Ledger",
        text=T("""
            Nadia Kowal, a 39-year-old former schoolteacher running as an
            independent, has been elected mayor of Corvally after a recount
            confirmed her lead of just 412 votes over the incumbent, Bernard
            Tessier.
            Kowal won 18,903 votes to Tessier's 18,491, the city's electoral
            office said on Sunday. Turnout was 54 percent, the highest in a
            Corvally municipal election since 2006.

            Tessier, who had served two terms for the Centre Party, conceded
            in a short statement. "The voters have spoken, and I wish the new
            mayor every success," he said.

            Kowal campaigned on a promise to build 1,500 affordable homes and
            to make city buses free for under-18s. Her campaign was run
            largely by volunteers and spent less than a fifth of Tessier's
            budget, according to filings. She will be sworn in on 2 December.
            """),
        questions=[
            (P, "Who did Nadia Kowal unseat to become mayor of Corvally?", "Bernard Tessier"),
            (N, "What was the winning candidate's vote total in the Corvally mayoral election?", "18,903"),
            (D, "When does Corvally's new mayor take office?", "2 December"),
        ],
    ),
    dict(
        id="f13-dunmore-halvik-closure",
        title="Dunmore Tyres to shut Halvik factory with loss of 820 jobs",
        published="2026-01-27",
        source="Northline Wire",
        text=T("""
            Dunmore Tyres will close its factory in Halvik by the end of next
            year, cutting 820 jobs, the company said on Tuesday, blaming
            falling demand and competition from cheaper imports.

            The plant, opened in 1972, was once the town's largest employer,
            with a workforce of more than 3,000 in the 1990s. Production of
            car tyres will move to the company's newer site in Dravnik, where
            labour costs are about 40 percent lower.

            "This is a dark day for Halvik," said Marta Ilves, regional
            secretary of the chemical workers' union, who said staff had
            learned of the decision from a news website. The union is
            demanding talks on a redundancy package worth at least two years'
            pay.
            Dunmore's European president, Karl-Heinz Obermann, said the
            company regretted the decision but had "no viable path" to keep
            the plant open.
            """),
        questions=[
            (N, "How many posts will go when Dunmore shuts its Halvik factory?", "820 jobs"),
            (PL, "Where is Dunmore moving its car tyre production?", "Dravnik"),
            (P, "Which union official condemned the Halvik plant closure?", "Marta Ilves"),
        ],
    ),
    dict(
        id="f14-ruskin-valley-reservoir-ruling",
        title="Supreme Court blocks Ruskin Valley reservoir",
        published="2025-06-11",
        source="Varnland Courier",
        text=T("""
            The Supreme Court of Varnland on Wednesday overturned a government
            order that would have flooded 1,150 hectares of farmland in the
            Ruskin Valley to create a drinking-water reservoir.

            In a 5-2 ruling, the court found that the environment ministry had
            failed to assess alternatives properly before approving the
            project in 2022. Writing for the majority, Justice Orla Keane said
            the ministry had treated the consultation "as a formality to be
            endured rather than a duty to be performed."

            The case was brought by 63 families whose land would have been
            submerged, led by the sheep farmer Ambrose Teague. "We have been
            told for three years that this was a done deal," Teague said
            outside the court. "Today the law said otherwise."

            The ministry said it would study the judgment. The reservoir,
            estimated to cost 890 million euros, was meant to supply the
            capital from 2031.
            """),
        questions=[
            (P, "Which judge wrote the majority opinion in the Ruskin Valley reservoir case?", "Orla Keane"),
            (N, "How many households took the Ruskin Valley reservoir plan to court?", "63 families"),
            (D, "In what year did the ministry give the Ruskin Valley reservoir its approval?", "2022"),
        ],
    ),
    dict(
        id="f15-sarnak-glacier-study",
        title="Sarnak glacier has lost a fifth of its ice in a decade",
        published="2025-08-25",
        source="Kestrel News Agency",
        text=T("""
            The Sarnak glacier, the largest ice mass in the Teller mountains,
            has shrunk by 21 percent in volume since 2014, according to a
            study by the Institute of Alpine Research in Grevenholm published
            on Monday.

            The researchers combined drone surveys with ice-penetrating radar
            and found the glacier's tongue had retreated by 740 metres over
            the period. At the current pace, they estimate it will split into
            several smaller ice fields by about 2045.

            "We are watching the glacier come apart in real time," said
            glaciologist Beatrix Lund, the study's lead author. Her colleague
            Tobias Renner, who has measured the glacier every summer since
            1997, said the retreat had sped up sharply after the heatwave
            summers of 2022 and 2023.

            The glacier supplies meltwater to three hydroelectric plants that
            together produce about 8 percent of the region's electricity.
            """),
        questions=[
            (P, "Who was the principal author of the research on the Sarnak glacier?", "Beatrix Lund"),
            (N, "How far has the snout of the Sarnak glacier pulled back?", "740 metres"),
            (D, "Since what year has Tobias Renner been taking measurements on the Sarnak glacier?", "1997"),
        ],
    ),
    dict(
        id="f16-aldmere-marathon-record",
        title="Hollis breaks Aldmere Marathon record in near-freezing cold",
        published="2025-11-30",
        source="Saltmarsh Chronicle",
        text=T("""
            Grace Hollis broke the Aldmere Marathon course record by 74
            seconds on Sunday, crossing the line in 2 hours 19 minutes 48
            seconds despite temperatures close to freezing.

            The 27-year-old, who only moved up to the marathon distance last
            year, pulled away from her training partner Yetunde Bako at around
            the 35-kilometre mark and finished more than a minute clear. The
            previous record had stood since 2011.

            "My hands were so cold I could not open my gels, so I just ran
            angry," Hollis said, laughing. Her coach, former Olympic
            steeplechaser Mikael Strand, said she could target a national
            record in the spring.
            In the men's race, Arturo Feliciano won a sprint finish by one
            second. A record 21,400 runners started the race, organisers said.
            """),
        questions=[
            (N, "What time did Grace Hollis record in winning the Aldmere Marathon?", "2 hours 19 minutes 48 seconds"),
            (P, "Who trains the Aldmere Marathon record holder Grace Hollis?", "Mikael Strand"),
            (P, "Which runner took the men's title at the Aldmere Marathon?", "Arturo Feliciano"),
        ],
    ),
    dict(
        id="f17-ostrel-film-festival",
        title="Debut feature takes Golden Heron at Ostrel festival",
        published="2026-06-20",
        source="The Meridian Ledger",
        text=T("""
            The Salt Orchard, a debut feature by the director Lidia Moravec,
            won the Golden Heron, the top award at the Ostrel International
            Film Festival, on Saturday night.

            The film, shot in 24 days on a budget of 380,000 euros, follows
            three sisters trying to save their late father's orchard on a
            drying lake shore. It was chosen from 19 films in the main
            competition by a jury chaired by the actor Henrik Solberg.

            "We made this film with friends, borrowed cameras and a lot of
            stubbornness," Moravec said as she accepted the prize. Solberg
            told reporters the jury's decision had been unanimous.

            The festival, founded in 1958, sold a record 96,000 tickets this
            year. The best actor award went to Oren Vasquez-Lind for his role
            in the prison drama Night Shift.
            """),
        questions=[
            (P, "Who made the film that won the Golden Heron at Ostrel?", "Lidia Moravec"),
            (N, "How much money was The Salt Orchard made for?", "380,000 euros"),
            (D, "When was the Ostrel International Film Festival established?", "1958"),
        ],
    ),
    dict(
        id="f18-brennick-schools-budget",
        title="Brennick council passes schools budget after five-hour debate",
        published="2026-02-23",
        source="Tri-County Herald",
        text=T("""
            Brennick county council approved a schools budget of 212 million
            euros for the coming year on Monday, a rise of 4 percent that will
            pay for 85 additional teaching assistants and the repair of
            leaking roofs at 12 primary schools.

            The budget passed by 31 votes to 22 after a debate lasting more
            than five hours. Opposition councillors argued that the increase
            would be swallowed by inflation and energy bills.

            Education chief Rhiannon Vos, a member of the council's ruling
            cabinet, said the plan prioritised children with special needs,
            whose support funding rises by 11 percent. "We cannot do
            everything, but we can stop the worst of the cuts," she said.

            To cover the cost, the council will raise the local property levy
            by 2.5 percent from 1 April. Opposition leader Dermot Quill said
            families were being "asked to pay more for the same crumbling
            schools."
            """),
        questions=[
            (N, "How much will Brennick spend on its schools next year?", "212 million euros"),
            (P, "Who holds the education brief in Brennick's cabinet?", "Rhiannon Vos"),
            (D, "From what date will Brennick homeowners pay the higher property levy?", "1 April"),
        ],
    ),
    dict(
        id="f19-tarvey-measles",
        title="Tarvey launches school vaccination drive as measles spreads",
        published="2025-09-26",
        source="Eastern Newswire",
        text=T("""
            Health authorities in Tarvey have confirmed 57 cases of measles
            since the start of August, the largest outbreak in the province
            for more than a decade, and have launched an emergency vaccination
            campaign in schools.
            Of those infected, 49 had not been vaccinated, and nine children
            have been treated in hospital, the provincial health office said
            on Friday. No deaths have been reported.

            Kasimir Lenz, the province's chief medical officer, said
            vaccination rates among five-year-olds in parts of Tarvey had
            fallen to 81 percent, well below the 95 percent needed to stop the
            disease spreading. "Measles is not a mild illness, and it finds
            every gap in our defences," Lenz said.

            Mobile clinics will visit 140 schools over the next six weeks.
            Paediatric nurse Ottilie Sandgren, who is coordinating the
            clinics, said parents could also book free appointments at any
            pharmacy.
            """),
        questions=[
            (N, "How many measles infections has Tarvey recorded since August?", "57 cases"),
            (P, "Who is Tarvey's most senior doctor?", "Kasimir Lenz"),
            (P, "Who is organising the mobile vaccination clinics in Tarvey's schools?", "Ottilie Sandgren"),
        ],
    ),
    dict(
        id="f20-kestrow-airport-runway",
        title="Kestrow airport wins approval for second runway",
        published="2025-12-11",
        source="Harbour Gazette",
        text=T("""
            The national planning inspectorate on Thursday approved a second
            runway at Kestrow airport, clearing the way for a 2.6 billion euro
            expansion that the operator says will lift capacity to 38 million
            passengers a year by 2034.

            The decision, which followed a public inquiry lasting 14 months,
            comes with conditions including a ban on night flights between
            11pm and 6am and a cap of 420,000 flights a year. Construction is
            due to start in the spring.

            "This is the most important infrastructure decision for the region
            in a generation," said Kestrow Airport Group chief executive Colm
            Hartigan.

            Campaigners were angry. Ines Verhoeven of the residents' group
            Still Skies Alliance said the runway would bring noise to 12
            villages that currently hear almost no aircraft, and that the
            group was considering a legal challenge. The airport handled 24
            million passengers last year.
            """),
        questions=[
            (N, "What is the price tag of the Kestrow airport expansion?", "2.6 billion euro"),
            (P, "Who is the boss of the company that operates Kestrow airport?", "Colm Hartigan"),
            (O, "Which residents' organisation is fighting the new Kestrow runway?", "Still Skies Alliance"),
        ],
    ),
    dict(
        id="f21-monteval-wildfire",
        title="Wildfire in Monteval hills destroys 43 homes",
        published="2025-08-12",
        source="Continental Press Service",
        text=T("""
            A wildfire fanned by gusts of up to 90 kilometres per hour has
            burned through 6,800 hectares of forest and scrub in the Monteval
            hills, destroying 43 homes and forcing about 2,500 people to
            leave, the regional civil protection agency said on Tuesday.

            More than 700 firefighters, supported by 14 aircraft, were
            battling the blaze, which broke out on Sunday afternoon near the
            village of Vallmora. Investigators believe it was started by
            sparks from a power line.

            "We have contained the southern flank, but the north is still very
            active," said Elena Castellvi, the agency's operations chief.
            Three firefighters have been treated for smoke inhalation.

            The regional president, Jordi Almansa, visited an evacuation
            centre in the town of Torrelba and promised emergency payments of
            3,000 euros to each family that lost its home.
            """),
        questions=[
            (N, "How large an area has the Monteval wildfire scorched?", "6,800 hectares"),
            (PL, "Close to which village did the Monteval hills fire begin?", "Vallmora"),
            (P, "Who directs operations at the agency fighting the Monteval fire?", "Elena Castellvi"),
        ],
    ),
    dict(
        id="f22-voltreed-funding",
        title="Sodium battery start-up Voltreed raises 95 million dollars",
        published="2026-03-04",
        source="Kestrel News Agency",
        text=T("""
            Voltreed, a start-up developing sodium-based batteries for home
            energy storage, has raised 95 million dollars in a funding round
            led by the venture firm Fellrun Capital, the company said on
            Wednesday.

            Founded in 2021 by two former university researchers, Yunus
            Terzioglu and Clara Holmqvist, the company now employs 180 people
            at its laboratory in Aster Quay. The new money values Voltreed at
            about 600 million dollars, according to a person familiar with the
            deal.

            Terzioglu, the chief executive, said the funds would pay for a
            pilot factory able to produce 500 megawatt-hours of cells a year
            from 2027. "Sodium is cheap and it is everywhere, which is exactly
            why we think it will win," he said.
            Sodium batteries store less energy than lithium ones of the same
            weight, but they are cheaper and less prone to catching fire,
            which makes them attractive for use in buildings.
            """),
        questions=[
            (O, "Which investor headed Voltreed's latest financing?", "Fellrun Capital"),
            (N, "How much new capital has the battery company Voltreed secured?", "95 million dollars"),
            (D, "When was Voltreed set up?", "2021"),
        ],
    ),
    dict(
        id="f23-ferrante-resigns",
        title="Varnland transport minister quits over expenses",
        published="2026-09-18",
        source="Varnland Courier",
        text=T("""
            Varnland's transport minister, Aldo Ferrante, resigned on Friday,
            two days after a newspaper reported that he had claimed 46,000
            euros in official expenses for trips to a holiday home in the
            mountain resort of Kessin.

            In a letter to Prime Minister Sofia Marchand, Ferrante, 61, said
            he had "made mistakes in the way claims were filed" but denied any
            intention to deceive. He said he would repay the full amount.

            Marchand accepted the resignation and named the deputy interior
            minister, Samir Haddou, as his replacement. "Public office demands
            the highest standards, and that applies to everyone in my
            government," Marchand said in a statement.

            Ferrante had been transport minister since 2023 and was overseeing
            a 12 billion euro rail modernisation plan. The parliamentary
            ethics committee said it would still examine the claims.
            """),
        questions=[
            (P, "Who is Varnland's new transport minister after Aldo Ferrante's departure?", "Samir Haddou"),
            (N, "How much did Aldo Ferrante bill the state for journeys to his holiday home?", "46,000 euros"),
            (PL, "In which resort does Aldo Ferrante have his holiday home?", "Kessin"),
        ],
    ),
    dict(
        id="f24-vellacourt-bank-results",
        title="Vellacourt Bank quarterly profit up 18 percent",
        published="2025-10-31",
        source="Northline Wire",
        text=T("""
            Vellacourt Bank reported a net profit of 1.34 billion euros for
            the third quarter on Friday, up 18 percent from a year earlier, as
            higher interest rates continued to lift its lending margins.
            Revenue rose to 4.9 billion euros, beating analysts' forecasts,
            and the bank said it would buy back up to 500 million euros of its
            own shares before the end of the year. Its shares rose 6.2 percent
            in early trading.

            Chief financial officer Marguerite Osei said loan losses remained
            low but that the bank had set aside an extra 120 million euros for
            possible defaults among small businesses. "We are cautious, not
            worried," Osei told analysts on a conference call.
            Vellacourt, which employs 41,000 people in nine countries, is led
            by chief executive Anders Falk, who took over in January 2024.
            """),
        questions=[
            (N, "What did Vellacourt Bank earn after costs and tax in the July to September quarter?", "1.34 billion euros"),
            (P, "Who is Vellacourt Bank's finance chief?", "Marguerite Osei"),
            (D, "When did Anders Falk become head of Vellacourt Bank?", "January 2024"),
        ],
    ),
    dict(
        id="f25-orbis-chemie-fine",
        title="Orbis Chemie fined for poisoning the river Wend",
        published="2025-03-24",
        source="Eastern Newswire",
        text=T("""
            A criminal court in Drellingen on Monday fined the chemicals group
            Orbis Chemie 12 million euros for polluting the river Wend with
            solvent waste over a period of at least four years.

            The court found that managers at the company's Drellingen plant
            had ordered staff to bypass a treatment tank to save money, and
            that the discharges had killed an estimated 30 tonnes of fish in
            the summer of 2023. Two former plant managers, Dieter Holm and
            Paulina Reyes, received suspended prison sentences of 18 months
            each.

            Presiding judge Ansel Moritz said the company had shown "a cynical
            disregard for the river and the people who depend on it."

            Orbis Chemie said it accepted the verdict and had spent 20 million
            euros on new treatment equipment since the case began. Fishermen's
            association chairman Kurt Baumann said the fine was welcome but
            "will not bring back a single fish."
            """),
        questions=[
            (N, "How heavy a penalty did the Drellingen court impose on Orbis Chemie?", "12 million euros"),
            (P, "Which judge ruled in the river Wend pollution case?", "Ansel Moritz"),
            (P, "Who chairs the fishermen's association that reacted to the Orbis Chemie verdict?", "Kurt Baumann"),
        ],
    ),
    dict(
        id="f26-harnby-bronze-age-cemetery",
        title="Road scheme near Harnby uncovers Bronze Age cemetery",
        published="2026-06-25",
        source="Saltmarsh Chronicle",
        text=T("""
            Archaeologists working ahead of a road-widening scheme near Harnby
            have uncovered a Bronze Age cemetery containing at least 38
            burials, the regional heritage office said on Thursday.

            The graves, thought to date from around 1600 BC, included a woman
            buried with a bronze dagger, amber beads and a gold hair ring.
            Excavation director Sigrun Aasen said the site was "one of the
            richest of its period ever found in this part of the country."

            The dig began in April and had been due to finish in six weeks,
            but the heritage office has extended it until the end of
            September. The road project, worth 31 million euros, will be
            delayed by about four months as a result.

            Local historian Edwin Marsh, 82, said he had long suspected the
            field held something. "My grandfather used to plough up bits of
            pottery there," he said.
            """),
        questions=[
            (N, "How many graves have been found at the Bronze Age site near Harnby?", "38 burials"),
            (P, "Who is leading the excavation near Harnby?", "Sigrun Aasen"),
            (D, "Roughly how old are the graves found near Harnby?", "1600 BC"),
        ],
    ),
    dict(
        id="f27-vossberg-open-semifinal",
        title="Qualifier Radev stuns top seed to reach Vossberg Open final",
        published="2026-07-24",
        source="Northline Wire",
        text=T("""
            Nika Radev, a 20-year-old qualifier ranked 143rd in the world,
            reached the final of the Vossberg Open on Friday by beating the
            top seed, Camille Arnaud, 6-4 3-6 7-5.

            Radev saved four break points in the final set before breaking
            Arnaud's serve at 5-5 with a backhand winner down the line. She
            has now won seven matches in eight days, including three in
            qualifying.

            "I came here hoping to win one match in the main draw," Radev
            said. "Now I do not want to go home."

            She will face the fourth seed, Birgit Hallstrom, in Sunday's
            final, with the winner taking home 164,000 dollars. Arnaud, a
            two-time finalist in Vossberg, said she had been "outplayed in the
            big moments." Victory on Sunday would lift Radev into the top 80
            for the first time.
            """),
        questions=[
            (P, "Who is Nika Radev's opponent in the Vossberg Open final?", "Birgit Hallstrom"),
            (N, "Where does Nika Radev stand in the world rankings?", "143rd"),
            (N, "What is the cheque for the Vossberg Open champion worth?", "164,000 dollars"),
        ],
    ),
    dict(
        id="f28-tennal-prize",
        title="Night-shift porter's first novel wins Tennal Prize",
        published="2026-10-14",
        source="The Meridian Ledger",
        text=T("""
            The poet Anselm Drury has won the Tennal Prize for fiction with his
            first novel, The Lamplighter's Daughter, beating five other
            shortlisted books to the 50,000 euro award.

            The novel, set in a port town during the winter of 1947, was
            written over nine years while Drury worked nights as a hospital
            porter. It was published by Fenwick & Lowe, a small independent
            house with only six staff.

            Chair of the judges, the critic Marisol Ibarra, called it "a book
            that seems to have been written by lamplight, slowly, with
            enormous care." Sales of the novel, which had sold about 4,000
            copies before the shortlist was announced, are expected to rise
            sharply.

            "I still cannot quite believe that somebody other than my mother
            has read it," Drury said at the ceremony in Penmarrow on Wednesday
            evening. The prize was first awarded in 1989.
            """),
        questions=[
            (P, "Who led the Tennal Prize jury?", "Marisol Ibarra"),
            (O, "Which publishing house is behind the novel that won the Tennal Prize?", "Fenwick & Lowe"),
            (N, "How much prize money comes with the Tennal Prize?", "50,000 euro"),
        ],
    ),
    dict(
        id="f29-skarra-ferry-strike",
        title="Skarra islands cut off as ferry crews walk out",
        published="2026-01-12",
        source="Harbour Gazette",
        text=T("""
            Ferry services between the mainland port of Ulvhamn and the Skarra
            islands were halted on Monday as about 450 crew members began a
            72-hour strike over pay and rest hours, leaving island residents
            without a scheduled link for the first time since 2016.

            The seafarers' union wants a 9 percent pay rise over two years;
            the operator, Skarra Line, has offered 5.5 percent. The company
            said 38 sailings had been cancelled on the first day alone,
            affecting an estimated 6,000 passengers.
            "Our members are working 14-hour shifts in winter seas, and they
            are exhausted," said union negotiator Halvard Moen. Skarra Line's
            managing director, Ingeborg Tveit, said the demand would "push
            fares beyond what islanders can afford."

            A private water-taxi firm has been chartered by the regional
            council to carry medical staff and emergency supplies.
            """),
        questions=[
            (N, "How many ferry crossings were scrapped on the first day of the Skarra Line strike?", "38 sailings"),
            (P, "Who runs the ferry operator Skarra Line?", "Ingeborg Tveit"),
            (P, "Who is bargaining on behalf of the striking Skarra ferry crews?", "Halvard Moen"),
        ],
    ),
    dict(
        id="f30-arvadia-earthquake",
        title="Earthquake kills at least 14 in mountainous Arvadia",
        published="2026-08-15",
        source="Continental Press Service",
        text=T("""
            An earthquake of magnitude 6.1 struck the mountainous Arvadia
            region early on Saturday, killing at least 14 people and injuring
            more than 200, the national disaster agency said.

            The quake hit at 4:17am local time at a depth of about 10
            kilometres, with its epicentre near the town of Belgora. Rescuers
            were still searching collapsed buildings in the town's old
            quarter, where many houses were built of stone and mud brick
            before the 1960s.

            "We are digging with our hands because the machines cannot get
            through the streets," said Tamar Vashadze, a volunteer rescuer
            from the neighbouring village of Tsikhelta.

            Interior minister Levan Oradze said 1,200 soldiers had been sent to
            the area and that tents for 5,000 people were on their way. More
            than 30 aftershocks were recorded during the day, the strongest
            measuring 4.8.
            """),
        questions=[
            (N, "How strong was the earthquake that hit the Arvadia region?", "6.1"),
            (PL, "Near which town was the Arvadia quake centred?", "Belgora"),
            (P, "Which government minister announced the troop deployment to the Arvadia quake zone?", "Levan Oradze"),
        ],
    ),
    # ----- look-alikes: same kind of event, another place, other wording -----
    dict(
        id="f31-brenlow-bay-flash-flood",
        title="Flash flood turns Brenlow Bay square into a lake",
        published="2025-11-05",
        source="Saltmarsh Chronicle",
        text=T("""
            A slow-moving storm dumped 180 millimetres of rain on the hills
            above Brenlow Bay in under six hours on Tuesday, sending torrents
            of water through the town centre and forcing about 350 people from
            their homes.

            Fire chief Odile Marchetti said crews had carried out 73 rescues,
            most of them from cars trapped in underpasses. The Brann stream,
            normally ankle-deep, rose by more than four metres in less than an
            hour, she said.

            "I have lived here 60 years and I have never seen the square turn
            into a lake," said Ewan Trelawny, who runs a bakery on the harbour
            front. His shop, like dozens of others, was left under a metre of
            mud.

            Regional governor Silas Brandvold declared a state of emergency on
            Wednesday and pledged 5 million euros in initial aid. Forecasters
            warned that more heavy rain was possible at the weekend.
            """),
        questions=[
            (N, "How many people were driven out of their houses by the Brenlow Bay flash flood?", "350 people"),
            (P, "Who heads the fire service dealing with the Brenlow Bay flooding?", "Odile Marchetti"),
            (P, "Which regional leader declared an emergency over the Brenlow Bay floods?", "Silas Brandvold"),
        ],
    ),
    dict(
        id="f32-eastmoor-challenge-trophy",
        title="Eastmoor Athletic win Challenge Trophy on penalties",
        published="2026-05-24",
        source="Tri-County Herald",
        text=T("""
            Eastmoor Athletic are Challenge Trophy winners after a
            nerve-shredding penalty shoot-out against Dunlin Town at Saltmarsh
            Park on Sunday evening, the final having finished 1-1 after extra
            time.

            Goalkeeper Piotr Wendel was the hero, saving two spot-kicks,
            including the decisive fifth from Dunlin midfielder Carl Ashby.
            Earlier, Dunlin had gone ahead through a Rhys Mallory penalty just
            after the hour, only for Athletic's Tariq Benhamou to level with a
            diving header in the 88th minute.

            A crowd of 31,200 saw Athletic win a major trophy for the first
            time in the club's 112-year history. "I have been dreaming about
            this since I was a kid in the stands," said Wendel, who joined from
            a second-division side in 2023.

            Coach Maren Holt, the first woman to lead a top-flight side to the
            trophy, dedicated the win to the club's volunteers.
            """),
        questions=[
            (P, "Which Eastmoor Athletic player stopped two penalties in the Challenge Trophy final?", "Piotr Wendel"),
            (N, "How many fans attended the Challenge Trophy final won by Eastmoor Athletic?", "31,200"),
            (P, "Who is the manager of Eastmoor Athletic?", "Maren Holt"),
        ],
    ),
    dict(
        id="f33-pellingham-old-mill-bridge",
        title="Cracks force Pellingham to close Old Mill Bridge",
        published="2026-02-12",
        source="Fennick Valley Post",
        text=T("""
            Engineers have found cracks in the stone arches of Pellingham's
            Old Mill Bridge, and the district council has agreed to shut the
            crossing to traffic from 3 March while it is strengthened.

            Repairs will take about nine months and are budgeted at 2.9
            million euros, council leader Rosalind Krebs told a meeting on
            Thursday. The 19th-century bridge, which spans the river Tolle, is
            used by some 4,300 cars daily, and buses will be rerouted over the
            Lindel crossing two kilometres downstream.
            "We will not gamble with people's safety to save a few minutes on
            the school run," Krebs said.
            The cracks were spotted in January by a diver, Nils Aaberg, during
            a routine underwater survey commissioned by the council. A
            structural report by the consultancy Brightwater Partners
            concluded that one arch had shifted by 14 millimetres since 2019.
            """),
        questions=[
            (N, "For how long will Pellingham's Old Mill Bridge be closed?", "nine months"),
            (D, "When will the Old Mill Bridge in Pellingham stop carrying traffic?", "3 March"),
            (P, "Who discovered the damage to the Old Mill Bridge at Pellingham?", "Nils Aaberg"),
        ],
    ),
    dict(
        id="f34-helvex-ransomware",
        title="Pharmacy chain Helvex hit by ransomware, prescriptions exposed",
        published="2026-04-20",
        source="Eastern Newswire",
        text=T("""
            Helvex, which operates 430 pharmacies across the Duchy of Marrant,
            has confirmed that a ransomware gang accessed prescription records
            belonging to roughly 640,000 patients during an attack last month.

            In a notice posted on its website on Monday, the chain said the
            criminals had demanded 3 million dollars in cryptocurrency and
            that it had refused to pay. Systems at its central warehouse in
            Ravelle were offline for six days, causing shortages of some
            medicines.

            "Paying would only fund the next attack on a hospital or a
            school," said Helvex's head of security, Corinne Abadie. Police
            said the group behind the attack was believed to have hit at least
            30 companies in Europe this year.

            Patient groups criticised the chain for waiting three weeks before
            telling customers. Alaric Dunn, a spokesman for the Marrant
            Patients' Federation, called the delay "inexcusable".
            """),
        questions=[
            (N, "How many Helvex customers had their prescription data exposed?", "640,000 patients"),
            (P, "Who is in charge of security at the Helvex pharmacy chain?", "Corinne Abadie"),
            (PL, "Where is Helvex's main distribution centre?", "Ravelle"),
        ],
    ),
    dict(
        id="f35-saltrow-medieval-burials",
        title="Library dig in Saltrow strikes medieval burial ground",
        published="2025-09-30",
        source="Fennick Valley Post",
        text=T("""
            Builders digging the foundations of a new library in Saltrow have
            struck a medieval burial ground, and archaeologists have so far
            recovered the remains of 112 people, the town's museum service
            announced on Tuesday.

            Radiocarbon tests on two skeletons point to the 13th century, when
            a monastery stood on the site. Most of the dead were buried
            without grave goods, but one man was found with a pilgrim's badge
            made of lead and tin.

            "It is a snapshot of an ordinary medieval community, and that is
            exactly what makes it precious," said osteoarchaeologist Harriet
            Vance of the University of Saltrow. Work on the 9.5 million euro
            library has been paused for 10 weeks while the excavation
            continues.

            Town councillor Bram Oosting said the library would still open in
            2027 and that a display about the burials would be included in its
            lobby.
            """),
        questions=[
            (N, "How many skeletons have been dug up at the Saltrow library site?", "112 people"),
            (P, "Who is the bone specialist studying the Saltrow burials?", "Harriet Vance"),
            (D, "From which century do the remains found in Saltrow date?", "13th century"),
        ],
    ),
    dict(
        id="f36-pellara-earthquake",
        title="Offshore quake shakes Pellara, topples Saint Oren lighthouse",
        published="2026-10-28",
        source="Harbour Gazette",
        text=T("""
            At least 63 people were injured and two were killed when a
            5.4-magnitude earthquake shook the coastal province of Pellara on
            Wednesday evening, seismologists and hospital officials said.

            The tremor was centred offshore, roughly 25 kilometres west of the
            fishing port of Saint Oren, and lasted about 20 seconds. Among the
            buildings brought down was the port's 19th-century lighthouse, a
            landmark that had survived a larger quake in 1931.

            Geophysicist Ruben Castellano of the Pellara Seismic Observatory
            said there was no risk of a tsunami but warned residents to expect
            aftershocks for several weeks. "People should sleep somewhere safe
            tonight if their walls have cracked," he said.
            Provincial governor Aurelie Santangelo said schools across the
            province would stay closed on Thursday and Friday while engineers
            checked 340 school buildings.
            """),
        questions=[
            (N, "What magnitude did the Pellara earthquake register?", "5.4"),
            (N, "How many people were hurt in the Pellara quake?", "63 people"),
            (P, "Which scientist ruled out a tsunami after the Pellara earthquake?", "Ruben Castellano"),
        ],
    ),
]

SPEECH_VERBS = re.compile(r"\b(said|says|told|called|warned|added|asked)\b")
SENTENCE_END = re.compile(r'[.!?]["\u201d]?(?=\s+["\u201c]?[A-Z0-9]|\s*$)')


def build():
    articles, questions = [], []
    for a in ARTICLES:
        articles.append({k: a[k] for k in ("id", "title", "text", "published", "source")})
        for i, (qtype, q, fact) in enumerate(a["questions"], 1):
            questions.append({"id": "%s-q%d" % (a["id"], i), "article_id": a["id"],
                              "q": q, "fact": fact, "type": qtype})
    return articles, questions


def check(articles, questions):
    errors = []
    by_id = {a["id"]: a for a in articles}
    if len(by_id) != len(articles):
        errors.append("duplicate article ids")
    qids = [q["id"] for q in questions]
    if len(set(qids)) != len(qids):
        errors.append("duplicate question ids")
    prefixes = [a["id"].split("-")[0] for a in articles]
    if len(set(prefixes)) != len(prefixes):
        errors.append("duplicate article number prefixes")
    for a in articles:
        aid, text = a["id"], a["text"]
        if not re.fullmatch(r"f\d\d-[a-z0-9-]+", aid):
            errors.append("%s: bad id" % aid)
        if not re.fullmatch(r"202[56]-\d\d-\d\d", a["published"]):
            errors.append("%s: published not an ISO date in 2025-2026" % aid)
        paras = text.split("\n\n")
        words = len(text.split())
        sents = len(SENTENCE_END.findall(text))
        if not 2 <= len(paras) <= 4:
            errors.append("%s: %d paragraphs" % (aid, len(paras)))
        if not 120 <= words <= 300:
            errors.append("%s: %d words" % (aid, words))
        if not 4 <= sents <= 9:
            errors.append("%s: %d sentences" % (aid, sents))
        if text.count('"') % 2 or not re.search(r'"[^"]+"', text):
            errors.append("%s: no balanced direct quotation" % aid)
        if not SPEECH_VERBS.search(text):
            errors.append("%s: no speech verb" % aid)
        if len(re.findall(r"\d", text)) < 6:
            errors.append("%s: too few numbers" % aid)
    partner = {}
    for x, y in LOOKALIKE_PAIRS:
        xs = [a["id"] for a in articles if a["id"].startswith(x + "-")]
        ys = [a["id"] for a in articles if a["id"].startswith(y + "-")]
        if len(xs) != 1 or len(ys) != 1:
            errors.append("look-alike pair %s/%s not found" % (x, y))
            continue
        partner[xs[0]], partner[ys[0]] = ys[0], xs[0]
    per_article = Counter(q["article_id"] for q in questions)
    for aid in by_id:
        if per_article[aid] != 3:
            errors.append("%s: %d questions" % (aid, per_article[aid]))
    for q in questions:
        a = by_id.get(q["article_id"])
        if a is None:
            errors.append("%s: unknown article" % q["id"])
            continue
        if q["type"] not in TYPES:
            errors.append("%s: bad type %r" % (q["id"], q["type"]))
        n = a["text"].count(q["fact"])
        if n != 1:
            errors.append("%s: fact %r occurs %d times in its article" % (q["id"], q["fact"], n))
        if q["fact"].lower() in q["q"].lower():
            errors.append("%s: the question contains its own answer" % q["id"])
        other = partner.get(a["id"])
        if other and q["fact"] in by_id[other]["text"]:
            errors.append("%s: fact %r also occurs in look-alike %s" % (q["id"], q["fact"], other))
        if not q["q"].endswith("?"):
            errors.append("%s: question does not end with '?'" % q["id"])
    return errors


def write_jsonl(path, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    articles, questions = build()
    errors = check([dict(a) for a in articles], questions)
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        return 1
    write_jsonl(os.path.join(HERE, "articles.jsonl"), articles)
    write_jsonl(os.path.join(HERE, "questions.jsonl"), questions)
    types = Counter(q["type"] for q in questions)
    words = [len(a["text"].split()) for a in articles]
    print("articles: %d (%d look-alike pairs)" % (len(articles), len(LOOKALIKE_PAIRS)))
    print("questions: %d" % len(questions))
    print("by type: " + ", ".join("%s %d" % (t, types[t]) for t in TYPES))
    print("words per article: min %d, max %d, mean %.0f"
          % (min(words), max(words), sum(words) / len(words)))
    print("every fact occurs exactly once, verbatim, in its article; ids unique")
    return 0


if __name__ == "__main__":
    sys.exit(main())
