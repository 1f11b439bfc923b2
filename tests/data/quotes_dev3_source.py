"""Hand annotations for the dev3 / test2 quotation sets (read by `scripts/build_quotes_dev3.py`).

Documents (MultiHop-RAG dev, Tang & Yang, COLM 2024, arXiv:2401.15391, ODC-BY 1.0):
- `mh-xxxxxxxx`: every article of the file that no earlier gold file uses, as a news article begins:
  headline, blank line, its evidence sentences (the seed's layout). Headline and body are annotated.
- `mhh-xxxxxxxx`: the headline alone of every article whose evidence sentences are already in a gold
  file (quotes_gold, quotes_dev2, dates_gold). Headlines were never annotated or scored as text before.
Annotated by reading the texts, before the extractor was run on any of them, with the rules of
`tests/data/README.md` plus the headline conventions written there (colon and dash attributions).
Each entry: span text, kind, speaker, cue, speaker mention, resolved, nth occurrence, note.
Documents not listed here have no quotation.
"""


def Q(text, kind, speaker, cue, mention, resolved=True, nth=None, note="", title_marks=False):
    """One annotation: span text (located in the document), kind, speaker, cue, speaker mention."""
    return {"text": text, "kind": kind, "speaker": speaker, "cue": cue, "mention": mention, "resolved": resolved,
            "nth": nth, "note": note, "title_marks": title_marks}


D, I, M = "direct", "indirect", "mixed"

QUOTES = {
    # ---- articles not used before: headline + evidence sentences ----
    "mh-fec02779": [
        Q("he needs to ‘give myself an uppercut’ but ‘100 percent’ committed to coaching Wallabies", M, "Eddie Jones", "says",
          "Eddie Jones"),
    ],
    "mh-f98feed9": [
        Q("Palo Alto in advanced talks to buy Talon and Dig in a $1B security sweep", I, "Sources", ":", "Sources",
          note="headline colon attribution"),
    ],
    "mh-f83762a2": [
        Q("A bridge too far", D, "Boycott", "–", "Boycott", False,
          note="dash attribution; the headline names Boycott and 'former greats': several candidates"),
        Q("dysfunctional", D, "Boycott", "tear into", "Boycott", False,
          note="quoted fragment after a non-reporting verb; several candidate speakers"),
    ],
    "mh-da04594f": [
        Q("I don’t think any label group has been able to turn things around as quickly as my team and I have done in less "
          "than two years.", D, "Michelle Jubelirer", ":", "Michelle Jubelirer", note="headline colon attribution"),
    ],
    "mh-d9a02a45": [
        Q("We Sell More F-150s to NASCAR Fans", D, "Ford Insider", "–", "Ford Insider", note="headline dash attribution"),
    ],
    "mh-d4628dbd": [
        Q("she was fired for her dogged pursuit", I, "Attorney general going after Jeffrey Epstein's estate", "says",
          "Attorney general going after Jeffrey Epstein's estate",
          note="the body names George but does not say she is the attorney general"),
        Q("My bar license, my integrity were more important to me", D, "Attorney general going after Jeffrey Epstein's estate",
          ":", "Attorney general going after Jeffrey Epstein's estate"),
    ],
    "mh-c69718f3": [
        Q("Kings didn’t look after DJ", I, "CJ", "claims", "CJ"),
    ],
    "mh-c2199e93": [
        Q("The most annoying thing about moving down south? The traffic", D, "Cole Palmer", ":", "Cole Palmer"),
    ],
    "mh-bd5fab93": [
        Q("We know far more about the deep ocean than the moon or Mars,", D, "Jon Copley", "says", "explorer Jon Copley"),
    ],
    "mh-b7cecd07": [
        Q("transformative force", D, "Mayo Clinic", "sees", "Mayo Clinic",
          note="quoted fragment after a non-reporting verb, said by its subject"),
    ],
    "mh-b436d036": [
        Q("We can sell millions of humanoids, billions maybe", D, "Robot startups", ":", "Robot startups"),
    ],
    "mh-99850724": [
        Q("Right people in right roles", D, "Queensland Rugby Union", ":", "QRU",
          note="QRU is the Queensland Rugby Union of the body; 'reaffirmed their position that ...' and 'expressed their "
               "desire for ...' have noun objects (not annotated)"),
    ],
    "mh-97cce02e": [
        Q("He is family", I, "Pochettino", ":", "Poch", note="headline colon attribution without marks; Poch = Pochettino"),
    ],
    "mh-936a0573": [
        Q("fantastic", D, "Check Point", "sees", "Check Point", note="quoted fragment after a non-reporting verb"),
    ],
    "mh-8e59d944": [
        Q("he’s a ‘techno optimist,’ despite social media’s impact on society", M, "Alexis Ohanian", "says", "Alexis Ohanian",
          note="'He also believes that ...' in the body is a belief"),
    ],
    "mh-86fe1e6a": [
        Q("vendetta", D, "sister", "accusing", "sister", note="quoted fragment after a non-reporting verb"),
    ],
    "mh-7c97f020": [
        Q("I have never quit being a soldier", D, "Craig Morgan", ":", "Craig Morgan"),
    ],
    "mh-2aa998dd": [
        Q("Buckle up for more ‘turbulence’ in the housing market", M, "BofA", "says", "BofA",
          note="'—it’s a housing recession, 1980s style' after the attribution is the headline's own comment"),
    ],
    "mh-21629716": [
        Q("Israeli girl spends 9th birthday in 'tunnels of Gaza,' with 'no friends, 'no light,'", M, "distraught father",
          "says", "distraught father", note="the body's 'Hand' is not said to be the father"),
    ],
    "mh-1d01a3b2": [
        Q("I see myself as a royal", D, "Vincent Namatjira", ":", "artist Vincent Namatjira"),
    ],
    "mh-0bb63480": [
        Q("I was being ritually tortured", D, "Britney Spears", ":", "Britney Spears’ memoir",
          note="a memoir's first-person words are its author's"),
    ],
    "mh-067e5e81": [
        Q("Generative AI is ‘the greatest risk to the human creative class that has ever existed’", M, "NMPA", ":", "NMPA"),
    ],
    "mh-aa54b3ef": [
        Q("Cell phone shocker as 97% of kids use their device during school hours and beyond", I, "study", "says", "study"),
    ],
    "mh-dfe04f7b": [
        Q("she has nothing to hide in her new relationship with Kelce", I, "Taylor Swift", "shared", "Swift"),
    ],
    # ---- headlines of articles whose evidence sentences are in an earlier gold file ----
    "mhh-3bdc2567": [
        Q("Donald Trump defrauded banks with 'fantasy' to build his real estate empire", M, "judge", "rules", "judge"),
    ],
    "mhh-38eddb7e": [
        Q("Sam and I are shocked and saddened by what the board did", D, "OpenAI's ex-chairman", ":", "OpenAI's ex-chairman",
          note="'accuses board of going rogue' has a noun object"),
    ],
    "mhh-9819da79": [
        Q("Biggest win of my career", D, "De Minaur, Popyrin", ":", "De Minaur, Popyrin", False,
          note="two candidate speakers"),
    ],
    "mhh-a0bf087e": [
        Q("'In God We Trust' essential to America's future as national faith appears to wane", I, "Washington pastor", "says",
          "Washington pastor", note="the quoted motto is a title: indirect", title_marks=True),
    ],
    "mhh-d9da9008": [
        Q("long-overdue", D, "Amazon sellers", "sound off on", "Amazon sellers"),
    ],
    "mhh-fb742c9a": [
        Q("unfair", D, "European consumer groups", "branding", "European consumer groups"),
        Q("illegal", D, "European consumer groups", "branding", "European consumer groups"),
    ],
    "mhh-b9c6b119": [
        Q("This Was Damn Near Espionage", D, "Michigan’s Rivals", ":", "Michigan’s Rivals"),
    ],
    "mhh-ce607653": [
        Q("Learning from failure", D, "Arnold Schwarzenegger, Reese Witherspoon", ":", "Arnold Schwarzenegger, Reese Witherspoon",
          False, note="two candidate speakers"),
    ],
    "mhh-bd9c1acc": [
        Q("Here’s how to handle it", I, "experts", "according to", "experts"),
    ],
    "mhh-9f4ab9f6": [
        Q("Don’t waste time", D, "Virginia woman", ":", "Virginia woman"),
    ],
    "mhh-8f75ce3b": [
        Q("reassess our economy", D, "Kishida", "says", "Kishida"),
    ],
    "mhh-51d4acd8": [
        Q("affordable gifts or combining gifts with my older sister", D, "26-year-old with $145,000 in student debt", "giving",
          "She", note="quoted fragment after a non-reporting verb; She is the 26-year-old of the first sentence"),
    ],
    "mhh-3ade979e": [
        Q("Man Utd have actually improved", I, "Ten Hag", "responds", "Ten Hag", note="colon after 'responds to Carra'"),
    ],
    "mhh-990c3037": [
        Q("It was ringing during the night, but I didn’t answer it because I’m trying to get some sleep, basically", D,
          "Nobel Prize winner", ":", "Nobel Prize winner"),
    ],
    "mhh-8b5a1948": [
        Q("Feel at peace", D, "Woman switched at birth", ":", "Woman switched at birth"),
    ],
    "mhh-b29d8244": [
        Q("God hasn't forsaken us", D, "Jonathan Roumie", ":", "Jonathan Roumie"),
    ],
    "mhh-31c23a82": [
        Q("Europe’s artists and labels could lose $137m annually to US recorded music rightsholders if EU law isn’t changed", I,
          "trade groups", "warn", "trade groups"),
    ],
    "mhh-1360085e": [
        Q("incoming rules for general purpose AIs can evolve over time", I, "EU", "says", "EU"),
    ],
    "mhh-8e18819d": [
        Q("Robin Williams' drug addiction made him 'a monster'", M, "Friends", ":", "Friends",
          note="'Friends recall depth of ...' has a noun object; the colon attributes the first part"),
    ],
    "mhh-b615ec7d": [
        Q("he tried to delete his ‘nonsense’ tweets before they went viral", M, "Travis Kelce", "says", "Travis Kelce"),
    ],
    "mhh-07dde0b0": [
        Q("Angels, demons, spirits and souls do exist,", D, "exorcist priest", "says", "exorcist priest",
          note="'who warns against Ouija board use' has a noun object"),
    ],
    "mhh-0d144a30": [
        Q("There wasn’t a valid alternative", D, "Apple", ":", "Apple"),
    ],
    "mhh-afbdc3f1": [
        Q("Fasting could reduce signs of Alzheimer’s disease", I, "studies", "suggest", "studies",
          note="the tag ‘Profound effects’ after the colon has no speaker of its own"),
    ],
    "mhh-38144d5a": [
        Q("We’re kind of at a tipping point", D, "Billie Jean King", ":", "Billie Jean King"),
    ],
    "mhh-8979b7c5": [
        Q("It happens", D, "All Blacks", ":", "All Blacks"),
        Q("favourites", D, "Cheika", "heaps pressure on", "Cheika", note="quoted fragment after a non-reporting verb"),
    ],
    "mhh-6c806416": [
        Q("the NFL is overdoing it with their Taylor Swift coverage", I, "Travis Kelce", "admits", "Travis Kelce"),
    ],
    "mhh-d35e12a8": [
        Q("it’s prioritizing livestreaming checks during Israel-Hamas war", I, "Meta", "says", "Meta"),
    ],
    "mhh-99b1f098": [
        Q("Israel's blockade of Gaza means that a region the size of Philadelphia faces a real risk of starvation", I,
          "Peace Studies scholar", "says", "Peace Studies scholar"),
    ],
    "mhh-3656642e": [
        Q("So used to seeing us winning", D, "Healy", ":", "Healy", note="'denies Aussie era ending' has a noun object"),
    ],
    "mhh-bc33d78e": [
        Q("Thanksgiving US online sales nudge up to $5.6B", I, "Adobe", ":", "Adobe", note="headline colon attribution"),
        Q("$31.7B spent globally", I, "Salesforce", ":", "Salesforce", note="headline colon attribution"),
    ],
}
