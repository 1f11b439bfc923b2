"""Hand annotations for the quotation and relative-date gold sets.

Everything here was written by a person reading the documents (see tests/data/README.md for the
rules). Offsets are NOT written by hand: scripts/build_gold.py finds each annotated string in the
document text, computes start/end, assigns the split and validates everything.

Quotation entries:  Q(kind, text, speaker, cue, mention, nth=None, resolved=True, note=None)
  kind     "direct" | "indirect" | "mixed"
  text     the exact words of the span (copied from the document)
  speaker  the speaker, as fully named in the document (title included), or a role phrase
  cue      the attribution verb/phrase as written ("said", "told", "according to", ...); "" when
           the sentence has no cue and the speaker comes from the adjacent sentence
  mention  the words that point at the speaker for this quote ("he", "Kalın", "the spokesman")
  nth      0-based occurrence of `text` in the document when it occurs more than once
  resolved False when the document does not say who the pronoun/role refers to
Date entries:       D(text, kind, value_start, value_end, nth=None, note=None)
"""

def Q(kind, text, speaker, cue, mention, nth=None, resolved=True, note=None):
    return {"kind": kind, "text": text, "speaker": speaker, "cue": cue, "mention": mention, "nth": nth,
            "resolved": resolved, "note": note}


def D(text, kind, value_start, value_end=None, nth=None, note=None):
    return {"text": text, "kind": kind, "value_start": value_start,
            "value_end": value_end or value_start, "nth": nth, "note": note}


def E(**fields):
    """One date object: doc, published, [para], [assumed], [anchor_from], [anchor_note], dates."""
    return fields


NBSP = "\u00a0"

# --------------------------------------------------------------------------------------------
# Quotations. Keys: "seed" or the MultiHop-RAG doc_id ("mh-" + sha1(title)[:8]); the script
# checks that every key names an existing pseudo-article.
# --------------------------------------------------------------------------------------------
QUOTES = {
    "seed": [
        Q("indirect", "Ankara, Washington to discuss Russian S-400 issue next week",
          "İbrahim Kalın", "says", "Kalın", note="headline: 'X, says Kalın'"),
        Q("indirect", "the country’s Russian S-400 missile system would not pose any threat to the U.S. F-35 fighter jet programme and Ankara will hold talks" + NBSP + "with the United States next week to overcome differences over Ankara’s procurement of the system",
          "İbrahim Kalın", "said", "İbrahim Kalın"),
        Q("indirect", "Turkey’s use of the S-400s would not pose a threat to the F-35 fighter jet programme and that this could be proved by a detailed technical study",
          "İbrahim Kalın", "quoted Kalın as saying", "Kalın",
          note="relayed by Anadolu news agency; the speaker is Kalın"),
        Q("direct", "We will be talking about this next week at the NATO summit, we believe that those concerns can be addressed,",
          "İbrahim Kalın", "said", "Kalın", nth=0),
        Q("indirect", "The S-400 would be operated as a stand-alone platform and would not be integrated into NATO systems",
          "İbrahim Kalın", "said", "Kalın"),
        Q("indirect", "Washington remained concerned over reports that Turkey was testing the S-400 system",
          "Mike Pompeo", "said", "Mike Pompeo"),
        Q("direct", "We’re still talking to the Turks." + NBSP + " We’re still trying to figure our way through this thing,",
          "Mike Pompeo", "said", "Pompeo"),
        Q("direct", "we have made very clear to the Turkish Government our desire to see them move away from the – putting into full operationalization the S-400 weapon system",
          "Mike Pompeo", "adding", "Pompeo"),
        Q("direct", "I’ve been mandated to follow this with my U.S. counterpart Robert O'Brien",
          "İbrahim Kalın", "said", "Kalın"),
        Q("direct", "We will be talking about this next week at the NATO summit, we believe that those concerns can be addressed",
          "İbrahim Kalın", "said", "Kalın", nth=1,
          note="second direct sentence after 'Kalın said.'; same speaker, no attribution of its own"),
        Q("direct", "We believe that the S-400s will not pose any threat to the F-35 program. We do not want the F-35 program to be jeopardized by anything,",
          "İbrahim Kalın", "said", "the presidential spokesman"),
        Q("indirect", "the system is not compatible with that of NATO and could expose the F-35s to possible Russian subterfuge",
          "Washington", "maintains", "Washington",
          note="organisation as speaker ('Washington maintains ...')"),
    ],
    # Sam Altman backs teens’ startup, Google unveils the Pixel 8 and TikTok tests an ad-free tier
    "mh-f5742c36": [
        Q("indirect", "the FTX founder acted in good faith, never meant to commit fraud or steal and basically got in over his head",
          "the defense", "countered", "the defense",
          note="'The prosecution painted Bankman-Fried as someone who ...' is a characterisation, not reported speech: not annotated"),
        Q("direct", "deeply concerning.", "Dave Clark", "calling", "Dave Clark",
          note="quoted fragment as the object of 'calling X ...'"),
        Q("indirect", "LinkedIn this week unveiled a string of new AI features spanning its job hunting, marketing and sales products",
          "Ingrid", "writes", "Ingrid"),
    ],
    # Donald Trump defrauded banks with 'fantasy' ...
    "mh-3bdc2567": [
        Q("indirect", "No apartment in New York City has ever sold for close to that amount", "James", "said", "James"),
    ],
    # OpenAI's ex-chairman accuses board of going rogue ...
    "mh-38eddb7e": [
        Q("mixed", "Altman’s exit “is indeed shocking as he has been the face of” generative AI technology",
          "Arun Chandrasekaran", "said", "Arun Chandrasekaran"),
    ],
    # Here’s how Rainforest, a budding Stripe rival, ...
    "mh-3907acb7": [
        Q("mixed", "the company had let go of 18% of its workforce as “the current macroeconomic conditions” had begun to impact its clients and platforms, affecting its anticipated growth",
          "Sankaet Pathak", "wrote", "Sankaet Pathak"),
    ],
    # Twitch’s money guy talks about the revenue split controversy ...
    "mh-4ea6d07e": [
        Q("indirect", "it would end the 70/30 subscription revenue split deal that it had offered select streamers in favor of prioritizing ad revenue",
          "Twitch", "announced", "the company", note="'the company' resolved through the headline"),
    ],
    # Beeper Mini is back in operation after Apple’s attempt to shut it down
    "mh-dc631c91": [
        Q("direct", "As soon as things stabilize (we hope they will), we’ll look at turning on subscriptions again,",
          "the blog post", "reads", "the blog post",
          note="the single quoted word “chaotic” in the next paragraph has no attribution cue: not annotated"),
    ],
    # ChatGPT: Everything you need to know about the AI-powered chatbot
    "mh-ba272f46": [
        Q("indirect", "GPT-4 with vision will become available alongside the upcoming launch of GPT-4 Turbo API",
          "OpenAI", "announced", "OpenAI"),
        Q("indirect", "GPT-4 can be more easily prompted than other LLMs to spout toxic, biased text",
          "the co-authors", "claim", "the co-authors"),
    ],
    # ‘Biggest win of my career’: De Minaur, Popyrin power Australia into Davis Cup final
    "mh-9819da79": [
        Q("direct", "Hopefully we can go one better this year,", "he", "added", "he", resolved=False,
          note="headline names two players; the passage does not say which one"),
    ],
    # Jada Pinkett Smith reveals why she and Will Smith never signed a prenup
    "mh-330dfaf4": [
        Q("direct", "My children, they’re little gurus.", "Jada Pinkett Smith", "adding", "Jada",
          note="quotation not closed in the evidence sentence: span runs to the end of the paragraph"),
        Q("mixed", "“divorce just can’t be an option” for him and Jada", "Will Smith", "said", "he"),
    ],
    # Jada Pinkett Smith and Will Smith have been separated since 2016 ...
    "mh-e84ec0f1": [
        Q("direct", "little gurus", "Jada Pinkett Smith", "praised", "She",
          note="quoted fragment as the complement of 'praised ... for being her ...'"),
        Q("mixed", "they’ve taught her “a deep sense of self-acceptance”", "Jada Pinkett Smith", "noting", "She"),
        Q("indirect", "divorce wasn’t an option for him and his second wife", "Will Smith", "explained",
          "the Fresh Prince of Bel-Air star"),
    ],
    # ASX to rise after interest rate hopes boost US shares
    "mh-bfd5b33c": [
        Q("mixed", "For investors around the world, the “Fed matters more than other central banks,” and weak US data is “the only game-changer for markets”",
          "foreign-exchange strategists at Bank of America", "wrote",
          "foreign-exchange strategists at Bank of America"),
    ],
    # 'Massive intel failure by Mossad': Hamas' surprise attack on Israel shocks internet
    "mh-01ba04b6": [
        Q("indirect", "since this morning, Israel had been at war and its first objective was to clear out the hostile forces that infiltrated its territory",
          "Benjamin Netanyahu", "said", "Benjamin Netanyahu"),
        Q("indirect", "no one can carry out such a major attack against Israel without intelligence support",
          "another user", "said", "Another user"),
        Q("direct", "The second objective, at the same time, is to exact an immense price from the enemy, within the Gaza Strip as well,",
          "Benjamin Netanyahu", "said", "he",
          note="'he' continues Netanyahu's list of objectives"),
        Q("indirect", "the third objective was to reinforce other fronts so that nobody should mistakenly join this war",
          "Benjamin Netanyahu", "adding", "he"),
    ],
    # Country music couples Tim McGraw, Faith Hill and Garth Brooks, Trisha Yearwood ...
    "mh-c8beb111": [
        Q("direct", "I sucked at being a husband, I was horrible at it,", "he", "told", "he", resolved=False,
          note="the headline names two men; the evidence does not say which one"),
    ],
    # Britney Spears and Kevin Federline: A complete timeline of their relationship
    "mh-6f9093f5": [
        Q("mixed", "Federline has created “legal issues” for himself, after posting private videos of Spears sternly speaking with her children without her consent",
          "Mathew Rosengart", "said", "Mathew Rosengart"),
        Q("direct", "Kevin commends Britney for recognising that she needs to take a step back and that she is taking the reasonable steps to dealing with her situation in a responsible way.",
          "Mark Kaplan", "told", "Mark Kaplan"),
    ],
    # The jury finally hears from Sam Bankman-Fried
    "mh-07edcd3a": [
        Q("indirect", "Because FTX had grown so much, he could no longer run both companies",
          "Sam Bankman-Fried", "said", "he",
          note="'Bankman-Fried suggested an “alert” or “delay” ...' proposes a thing (noun object), not reported speech: not annotated"),
    ],
    # Hipgnosis Songs Fund’s board is concerned over Citrin Cooperman’s latest valuation ...
    "mh-f76f1216": [
        Q("mixed", "he was “surprised” to see that a second valuation expert had not been drafted in to value the HSF portfolio for the latest interim results, especially as Kroll was appointed to consider the “reasonableness” of Citrin Cooperman’s assumptions for HSF’s previous set of results (to end of March 2023)",
          "Brown", "added", "Brown"),
    ],
    # When pop culture and sport collide: A timeline of Taylor Swift’s NFL takeover
    "mh-9163827e": [
        Q("indirect", "he intended to give Swift a friendship bracelet with his number on it during her Eras Tour concert in Kansas City",
          "Kelce", "said", "Kelce",
          note="“Kiss, Marry, Kill” is a game's name, not a quotation"),
        Q("indirect", "Shortly after that remark, Kelce took a week off training to visit New York City",
          "Vulture", "according to", "Vulture"),
    ],
    # Taylor Swift reveals secret start to her relationship with Travis Kelce
    "mh-34150758": [
        Q("indirect", "she tries not to let the paparazzi get to her, even though so many of her outings with pals go on to make headlines",
          "Taylor Swift", "said", "the “Anti-Hero” singer"),
        Q("indirect", "she connected with Kelce in July, after he confessed on his podcast that he tried and failed to give her a friendship bracelet with his phone number on it during one of her Eras Tour shows",
          "Taylor Swift", "said", "she",
          note="contains a nested report (he confessed ... that ...); only the outermost report is annotated"),
    ],
    # How ego and fear fuelled the rise of artificial intelligence
    "mh-e078e597": [
        Q("direct", "There was no attempt to remove Sam Altman from OpenAI by the co-founders of Anthropic,",
          "Sally Aldous", "said", "Sally Aldous"),
        Q("indirect", "By the end of 2012, Google and Facebook were angling to acquire the London lab",
          "three people familiar with the matter", "according to", "three people familiar with the matter"),
    ],
    # A timeline of Will Smith and Jada Pinkett Smith’s relationship amid separation
    "mh-9e524e4c": [
        Q("mixed", "they were “suffering the brutal death of our romantic fantasies, the burning away of the idealistic illusion of the perfect marriage and the perfect family.",
          "Will Smith", "wrote", "He",
          note="quotation not closed in the evidence sentence; 'He' resolved to Will Smith (only man in the document)"),
        Q("indirect", "at the time of the 2022 Academy Awards, when Will slapped Chris Rock, they had been separated for six years",
          "Jada Pinkett Smith", "explained", "She"),
        Q("indirect", "he and Jada had never accused each other of cheating", "Will Smith", "said", "Will"),
    ],
    # He’s Hockey’s Brightest Young Star. This Is What Makes His Shot So Special.
    "mh-c0c9b01d": [
        Q("direct", "It’s not the NHL that he was playing in the last few years,", "Davidson", "said", "Davidson"),
        Q("direct", "but the level of performance and how he could control a game and dominate a game in junior — it indicated he was going to be able to do that at some point in the NHL.",
          "Davidson", "said", "Davidson", note="second half of a quotation split around the attribution"),
    ],
    # A deficit budget for 2024
    "mh-86834ead": [
        Q("indirect", "the Finance department aims to gradually reduce net financing or new debt from P1.42 trillion in 2022 to P1.22 trillion in 2024, which will help bring the country’s debt-to-GDP ratio to almost below 60% by 2025",
          "Diokno", "said", "Diokno"),
        Q("direct", "We worry about our debt-to-GDP ratio in the Philippines, as it stands at about 63% and that’s a little high for us and it is not ideal,",
          "Ferdinand Marcos, Jr.", "told", "Ferdinand Marcos, Jr."),
    ],
    # Sex, Signal messages, and sabotaging FTX's code ...
    "mh-4b3d497c": [
        Q("indirect", "Paradigm pressed Bankman-Fried on the board issue and was told he didn't want investors as directors but he did plan on having a board with experts",
          "Huang", "said", "Huang",
          note="the fragment \"seemed like a lot of money\" in the next paragraph has no attribution cue: not annotated"),
    ],
    # A timeline of Sam Altman’s firing from OpenAI — and the fallout
    "mh-48090e95": [
        Q("indirect", "Altman has been telling investors that he’s planning to launch a new venture",
          "The Information", "according to", "The Information"),
        Q("direct", "today’s news.", "Brockman", "citing", "Brockman"),
    ],
    # The Steam Deck OLED arrives November 16 ...
    "mh-46a94ddd": [
        Q("mixed", "it's important to Valve that developers don't need to \"split their attention\" between different performance targets",
          "Griffais", "explained", "Griffais",
          note="'For now,' before the interposed attribution has no verb and is not an entry of its own"),
    ],
    # Charlie Sheen is 'single dad' to twins, follows John Travolta, Liam Neeson ...
    "mh-f60c1c38": [
        Q("mixed", "grief sometimes hit him \"like a wave.", "he", "said", "he", resolved=False,
          note="\"60 Minutes\" is a programme title; the headline names three men"),
    ],
    # 'In God We Trust' essential to America's future ..., says Washington pastor
    "mh-a0bf087e": [
        Q("direct", "Abiding with God goes beyond and is more valuable than money, technology and entertainment,",
          "Pastor Bradley", "said", "Pastor Bradley"),
    ],
    # YouTube influencer who gave parenting advice pleads guilty to horrific child abuse
    "mh-655f585b": [
        Q("direct", "She was also repeatedly told she was evil and possessed, the punishments were necessary for her to be obedient and repent, and these things were being done to her in order to help her,",
          "the plea agreement", "said", "the plea agreement"),
    ],
    # The obsessive tormenter who made professors’ lives miserable
    "mh-12ad4bdc": [
        Q("direct", "She wrote this long letter accusing me of sexually harassing her, forcing her to be a lesbian.",
          "Tan", "explained", "Tan"),
    ],
    # Discogs’ vibrant vinyl community is shattering
    "mh-04ce1ab8": [
        Q("direct", "eBay has much more of a user base, so for the little bit of extra cost it’s a no brainer,",
          "Martin", "says", "Martin"),
        Q("indirect", "for him, eBay’s fees are usually around 1 percent higher than Discogs’",
          "Martin", "says", "who"),
    ],
    # Sony Music’s artists aren’t involved in YouTube’s new voice-cloning AI experiment ...
    "mh-072ebeba": [
        Q("indirect", "it was working behind the scenes with a number of UMG-affiliated artists",
          "YouTube", "said", "YouTube"),
        Q("indirect", "the company’s general ongoing relationship with YouTube and YouTube Music is a harmonious one",
          "MBW’s sources close to Sony Music", "point out", "MBW’s sources close to Sony Music"),
        Q("direct", "With each major leap in technology, the music industry navigates a fresh set of challenges and opportunities.",
          "Robert Kyncl", "commented", "Robert Kyncl"),
        Q("mixed", "“invest[ment] in the AI-powered technology” that, amongst other things, would help YouTube “protect our community of viewers, creators, artists and songwriters… [from] trademark and copyright abuse”",
          "They", "promised", "They", resolved=False),
    ],
    # Amazon sellers sound off on the FTC's 'long-overdue' antitrust case
    "mh-d9da9008": [
        Q("direct", "Selling on Amazon is a life-changing opportunity and the amount of sellers that throw stones at the platform is astounding,",
          "one user", "wrote", "one user"),
        Q("direct", "Even with those tools, some of the businesses selling on Amazon might still choose to set prices that aren’t competitive,",
          "Zapolsky", "said", "Zapolsky"),
    ],
    # 'Too big to fail' Egypt faces economic crisis ...
    "mh-e543a206": [
        Q("mixed", "For now, Egypt will try to play a constructive part “in the hope that its contribution will be acknowledged by its international and regional partners and potentially rewarded economically,”",
          "he", "said", "he", resolved=False),
    ],
    # From Justin Timberlake to Sam Asghari: A timeline of Britney Spears’ relationships
    "mh-b38f402e": [
        Q("indirect", "she had been forced to take lithium against her will", "Britney Spears", "alleged", "Spears"),
        Q("direct", "She’s my first wife, my only wife,", "Alexander", "told", "Alexander",
          note="'sparked rumours that ...' has no speaker: not annotated"),
    ],
    # Taylor Swift-Travis Kelce timeline ...
    "mh-7f9f0858": [
        Q("indirect", "he made a friendship bracelet, a fan tradition at her concerts, with his number on it to give to her",
          "Travis Kelce", "revealed", "He",
          note="', seemingly expressing his interest in Swift' is the writer's comment, outside the span"),
        Q("direct", "Taylor Swift likes that Travis Kelce 'pursued her' and the two are having a 'great time getting to know each other,'",
          "a source", "told", "a source"),
    ],
    # Amazon brings conversational AI to kids with launch of ‘Explore with Alexa’
    "mh-61c8b9ea": [
        Q("indirect", "it’s not training its LLM on kids’ answers", "Amazon", "notes", "the company"),
    ],
    # Sony Music has issued nearly 10,000 deepfake takedowns ... Dennis Kooker’s speech about AI
    "mh-12ed6d6e": [
        Q("direct", "Music is a tremendous driver for AI technology, and AI technology presents a tremendous opportunity for the creative development of music.",
          "Dennis Kooker", "added", "Kooker",
          note="'as we noted last week' is the writer's own aside: not annotated"),
    ],
    # European consumer groups band together to fight Meta’s self-serving ad-free sub ...
    "mh-fb742c9a": [
        Q("direct", "The company’s approach also raises concerns regarding the GDPR,", "Pachl", "noted", "Pachl"),
    ],
    # Sleepy tea, counting backwards and dense earplugs: Inside the lives of insomniacs
    "mh-ec836f99": [
        Q("direct", "This sex difference in insomnia emerges after puberty, suggesting that hormonal differences such as menstruation, pregnancy and menopause may be the cause of this increased risk in women,",
          "Dr Browning", "says", "Dr Browning"),
    ],
    # How U.S. Women’s Soccer Team Lured Emma Hayes Away From Chelsea
    "mh-e9af4ea7": [
        Q("direct", "I’m here until the end,", "Emma Hayes", "said", "she"),
    ],
    # How is it still getting worse for Sam Bankman-Fried?
    "mh-ce343944": [
        Q("indirect", "When Changpeng Zhao, the CEO of Binance, announced on Twitter that he intended to acquire FTX, Ellison confessed the theft of customer funds to him and a few other employees",
          "Drappi", "said", "Drappi", note="nested report inside; only the outermost is annotated"),
        Q("indirect", "she had conversations with investors as part of their due diligence", "she", "did say", "she",
          resolved=False, note="the text after the dash is the writer's comment"),
    ],
    # Young Taylor Swift fans go viral for struggling to open the star's CD
    "mh-ba8d9931": [
        Q("indirect", "she never imagined that millions of people would have found the video so comical, let alone the \"1989\" singer herself",
          "Annika", "said", "Annika", note="\"1989\" is an album title, not a quoted fragment: indirect"),
    ],
    # Michigan’s Rivals Fume About Sign-Stealing
    "mh-b9c6b119": [
        Q("direct", "There is just a ton of frustration,", "a Big Ten coach", "told", "a Big Ten coach"),
    ],
    # Craft beer and cheese boxes: Swans tap into something ‘uniquely Sydney’ ...
    "mh-9fdc5700": [
        Q("direct", "Our team has put a lot of work into sourcing some wonderful food offerings, entertainment and activities for kids, while we’ve had a local focus in promoting our games,",
          "she", "said", "she", resolved=False),
    ],
    # Israel's defense undone by reliance on technology
    "mh-6e391ebe": [
        Q("mixed", "The understandings that Israel reached with Hamas in 2012 were made \"to stop the fighting\"",
          "Ortal", "says", "Ortal"),
        Q("indirect", "and to get life back to normal as quickly as possible", "Ortal", "says", "Ortal",
          note="second half of a report split around the attribution"),
    ],
    # We could end the AIDS epidemic in less than a decade. Here's how.
    "mh-54cb5bc3": [
        Q("direct", "We need to continue our investments to find a vaccine, to find a cure,", "she", "told", "she",
          resolved=False),
    ],
    # Is Sam Bankman-Fried’s defense even trying to win?
    "mh-20155f0f": [
        Q("mixed", "Plus, major VC firms had invested, and “they don’t commit hundreds of millions without doing due diligence, checking the books, the accountancy of the firm, going through several compliance process[es], so that was a vote of confidence for me,”",
          "Juilliard", "said", "Juilliard"),
    ],
    # Ange aghast as Spurs suffer ‘unbelievable’ West Ham turnaround ...
    "mh-e71280e7": [
        Q("direct", "Without those 10 points, we’d be in an amazing position,", "Sean Dyche", "said", "Sean Dyche"),
    ],
    # Blue Halloween buckets for autism ...
    "mh-cfa18c63": [
        Q("direct", "The ultimate goal is for the child to have a fun Halloween,", "Borba", "said", "Borba"),
    ],
    # Arnold Schwarzenegger, Reese Witherspoon parent with tough love ...
    "mh-ce607653": [
        Q("mixed", "being like a \"drill instructor\" when his kids were young", "Arnold Schwarzenegger", "admitted to",
          "who"),
        Q("indirect", "she wants kids to deal with failure more directly", "Reese Witherspoon", "said", "who"),
    ],
    # Taylor Swift's 1989: The stories behind her biggest album
    "mh-c4fdb064": [
        Q("direct", "It was almost like this very strange, subtle clue to the media that they don't know everything that happened in that relationship, and I can have something really major and traumatic happen to me and they don't know about it,",
          "Taylor Swift", "told", "she"),
    ],
    # ‘Zoom fatigue’ is common struggle for remote workers ...
    "mh-bd9c1acc": [
        Q("direct", "We all found ourselves at home looking at the people we worked with, the people we went out for drinks with and the people in our extended family on a computer screen,",
          "he", "told", "he", resolved=False),
    ],
    # The shipping industry’s boom-and-bust cycle ...
    "mh-b6268dbf": [
        Q("direct", "Each actor will have to be responsible to ensure that the market remains reasonable amid rates that are relatively low,",
          "Ramon Fernandez", "told", "Ramon Fernandez"),
    ],
    # Microsoft Activision: What does deal mean for gamers?
    "mh-ad04f77a": [
        Q("direct", "We want everyone to be able to play video games that they want to play, we want them to be accessible for everyone,",
          "she", "said", "she", resolved=False),
    ],
    # After losing her leg to the flu, Virginia woman urges people to get vaccinated ...
    "mh-9f4ab9f6": [
        Q("direct", "A viral illness like influenza can set you up for something more serious further on,",
          "he", "warned", "he", resolved=False),
    ],
    # Japan’s prime minister Kishida says: ‘reassess our economy’
    "mh-8f75ce3b": [
        Q("direct", "You are seeing more interest in Japan from investors, who were primarily invested in China, as China has slowed and some of its economic policies have been confusing and opaque,",
          "Kirk Neureiter", "says", "Kirk Neureiter"),
    ],
    # Tires are saving us — and killing us, too
    "mh-7c57d6bb": [
        Q("direct", "The product 6PPD-quinone, which was identified in late 2020, requires more research to understand what impact, if any, it may have on aquatic life or the environment,",
          "Chris Helsel", "says", "Chris Helsel"),
    ],
    # 26-year-old with $145,000 in student debt can't afford Christmas ...
    "mh-51d4acd8": [
        Q("direct", "One of the hardest things is resentment can build up if you feel like you need to buy gifts for your family and you can barely make your student loan payments, so bring things up,",
          "Alev", "said", "Alev"),
    ],
    # ASX rises after Wall Street gains on rate optimism; Oil drops
    "mh-479cd4fe": [
        Q("mixed", "the current geopolitical environment was the “most threatening and challenging” he’d ever seen following Hamas’s attack on Israel over the weekend",
          "Paul Tudor Jones", "told", "Paul Tudor Jones"),
        Q("indirect", "the US will enter into a recession early next year", "Paul Tudor Jones", "predicted",
          "Paul Tudor Jones"),
    ],
    # European neobroker Scalable Capital raises $65M on a flat $1.4B valuation
    "mh-448f0f07": [
        Q("direct", "We can do a bit more marketing, we can hire the top people but we also have a much bigger equity cushion,",
          "he", "said", "he", resolved=False),
    ],
    # Ten Hag responds to Carra: Man Utd have actually improved
    "mh-3ade979e": [
        Q("mixed", "United still need to find their \"balance and routines\" this season", "Christian Eriksen", "said",
          "Christian Eriksen"),
    ],
    # Author Melissa Lucashenko on playing with black and white binaries
    "mh-1e330c35": [
        Q("mixed", "there’s a “whole demographic of people who have an Aboriginal ancestor, who sometimes think they’re Aboriginal, but actually, regardless of skin colour, they’re white people and they have to go on a very long and different journey if they’re going to become Aboriginal”",
          "Melissa Lucashenko", "says", "Lucashenko"),
    ],
    # The 5 biggest mistakes parents make at Christmastime, according to a parenting expert
    "mh-01474b98": [
        Q("direct", "It’s also lazy parenting, which never pays off in the long run,", "a parenting expert", "said",
          "she", note="'she' resolved to the headline's 'a parenting expert'"),
    ],
    # SBF Trial: The latest updates from the FTX collapse’s courtroom drama
    "mh-fbbb8ea6": [
        Q("indirect", "she took $14 billion from customers to repay debts to lenders, using them as a line of credit under the instruction of SBF",
          "Caroline Ellison", "claimed", "who"),
        Q("indirect", "pulled funding directly from FTX customers, whose transactions would be funneled toward Alameda and then directed elsewhere",
          "Wang", "according to", "Wang",
          note="interposed attribution: the subject 'The crypto trading firm' before it has no verb and is not an entry of its own"),
    ],
    # SBF, riding high on FTX, reportedly offered $5B to Trump to cancel President re-run
    "mh-0663c4a3": [
        Q("direct", "He was the richest person in the world under 30 [and] he was going to spend it to save humanity from extinction,",
          "he", "said", "he", resolved=False,
          note="the opening quotation mark is missing in the evidence sentence (continuation of a longer quote)"),
        Q("indirect", "he was in the room when SBF made his first television appearance", "Lewis", "recounts", "Lewis"),
    ],
    # RA set to announce local as high-performance director ...
    "mh-e62be961": [
        Q("indirect", "the experienced coach is exactly the type of person the Wallabies need", "several sources",
          "telling", "several sources", note="“integrating” in the next paragraph is a scare quote"),
    ],
    # Uber sexual assault survivors call for in-car cameras, tech upgrades
    "mh-b5034b05": [
        Q("indirect", "the rate of sexual assault reported on the app decreased 38% between its first and second reports",
          "Uber", "claims", "The ride-hail company"),
        Q("mixed", "Uber’s “fast and shallow background checks” are substandard and designed to make it as easy as possible for drivers to sign up quickly",
          "The survivors in the joined lawsuit", "allege", "The survivors in the joined lawsuit"),
    ],
    # Chelsea secure last-eight spot after Raheem Sterling sinks Blackburn
    "mh-799bc49a": [
        Q("direct", "It was the millionaires of the Premier League against the youngsters of the Championship,",
          "the former Denmark forward", "reflected", "the former Denmark forward"),
    ],
    # What to know about Fortnite maker Epic Games’ antitrust battle with Google, starting today
    "mh-51dbbff4": [
        Q("mixed", "Google hid items from discovery by allowing execs and employees to have “off the record” chats",
          "Epic", "will also suggest", "Epic", note="announced future argument, annotated as reported content"),
        Q("indirect", "it has provided the court with thousands of chat logs and millions of documents",
          "Google", "saying", "Google"),
        Q("indirect", "Google restrains competition within two separate markets, including the distribution of apps to Android users and the market for payment processing solutions for content inside Android apps",
          "Epic", "will attempt to argue", "It"),
    ],
    # News publisher files class action antitrust suit against Google ...
    "mh-c687a557": [
        Q("mixed", "Google “siphons off” news publishers’ content, their readers and ad revenue through anticompetitive means",
          "Helena World Chronicle", "argues", "The case",
          note="a lawsuit's claim; speaker = the plaintiff named in the sentence"),
    ],
    # Is Sam Bankman-Fried a bad ‘man’ or a good ‘boy’? Lawyers swap opening statements ...
    "mh-fa2fb3bb": [
        Q("direct", "all of that, all of it, was built on lies,", "Rehn", "declared", "Rehn"),
        Q("mixed", "Using Caroline Ellison, his on-again off-again girlfriend and the CEO of Alameda, as a front, Bankman-Fried had “secret access” to customer money—both cash and crypto",
          "the government", "claimed", "the government"),
        Q("indirect", "did not adequately protect her hedge fund from the inherent risk of the crypto markets",
          "he", "said", "he", resolved=False,
          note="Bankman-Fried's (unnamed) defence lawyer; 'who, he said, ...': the relative pronoun before the attribution is not an entry"),
        Q("direct", "very innovative, successful company.", "he", "", "he", resolved=False,
          note="quoted fragment with no cue in its sentence; the speaker is the 'he argued' of the next sentence"),
        Q("indirect", "And the business practices between the two were reasonable", "he", "argued", "he", resolved=False),
        Q("indirect", "Alameda acted legally as an FTX customer, payment processor, and market maker, or financial entity that acts as a trading partner for customers looking to buy and sell cryptocurrencies",
          "he", "claiming", "he", resolved=False),
    ],
    # Meta has a moderation bias problem ...
    "mh-98c67b32": [
        Q("indirect", "her frustration with Meta is common among Palestinians, both in occupied territories and across the diaspora",
          "Al Saadi", "said", "Al Saadi"),
    ],
    # ASX set to open lower as Wall Street closes September with more losses
    "mh-637eb1a4": [
        Q("indirect", "it will make upcoming decisions on interest rates based on what incoming data say about the economy",
          "the Fed", "has insisted", "which"),
        Q("indirect", "it may cut interest rates next year by less than it earlier expected", "the Fed", "indicated",
          "the central bank"),
    ],
    # Nobel Prize winner shocked by early morning phone call from Sweden ...
    "mh-990c3037": [
        Q("indirect", "he was not thinking about the possible applications of his work when he started researching quantum dots",
          "Bawendi", "said", "Bawendi"),
    ],
    # Sam Bankman-Fried didn’t ask where the $8 billion went
    "mh-33a8ddf9": [
        Q("indirect", "Bankman-Fried had ever been told by Yedidia about that money, in words or in substance",
          "Lewis Kaplan", "ask if", "Judge Lewis Kaplan", note="reported question; 'if' is treated like 'that' and left out"),
        Q("indirect", "he’d been told", "Sam Bankman-Fried", "admitted", "Bankman-Fried", nth=None),
    ],
    # Legacy vs ego: The Springboks are playing for South Africa ...
    "mh-9d2424b6": [
        Q("indirect", "the All Blacks were intent on sending their leaders out on a high", "Papali’i", "said", "Papali’i"),
    ],
    # How Chinese firm linked to repression of Uyghurs aids Israeli surveillance in West Bank
    "mh-5d7ddf5c": [
        Q("indirect", "These cameras have created a chilling effect on not just the ability to protest but also on the daily lives of Palestinians who live under occupation",
          "Amnesty investigators", "according to", "Amnesty investigators"),
    ],
    # Meta turned a blind eye to kids on its platforms for years, unredacted lawsuit alleges
    "mh-2644a54b": [
        Q("direct", "and it is damning,", "Rob Bonta", "put it", "AG Rob Bonta of California"),
    ],
    # 10 Minute School aims to democratize education for Bangladeshi students
    "mh-ca82c8b5": [
        Q("indirect", "he realized the idea was scalable", "Sadiq", "said", "Sadiq"),
    ],
    # Woman switched at birth spends holidays with birth mom ...
    "mh-8b5a1948": [
        Q("indirect", "Enjoying Christmastime with her oldest child — and only daughter — has been a long time coming for Sherri Geerts, 81, of Sunnyvale, California",
          "Sherri Geerts", "told", "Geerts"),
    ],
    # Northern Lights: Here are the best tips ...
    "mh-5dd9bdc1": [
        Q("direct", "Recent observations of sunspots, a measure of how active the sun is, show a dramatic increase from this time last year, and we are approaching the expected peak of the 11-year solar cycle in 2024 or 2025,",
          "New Scientist", "reported", "New Scientist"),
    ],
    # Jonathan Roumie on faith and prayer life during Advent and always ...
    "mh-b29d8244": [
        Q("direct", "As you consistently tap into that habit, you find your relationship with Jesus growing deeper and deeper, just automatically.",
          "Jonathan Roumie", "added", "He", note="'He' resolved through the headline"),
    ],
    # VAR apology list in Premier League ...
    "mh-cdca4eb8": [
        Q("indirect", "he would wait for an apology", "Bruno Fernandes", "said", "Bruno Fernandes",
          note="'— one that never arrived —' and the 'after ...' clause are the writer's narration"),
    ],
    # The restaurant nearest Google
    "mh-a868252b": [
        Q("indirect", "it uses three categories to rank results that are local to a searcher: relevance, distance, and prominence",
          "Google’s public documentation", "says", "Google’s public documentation"),
    ],
    # These jellyfish can learn without brains
    "mh-53998754": [
        Q("indirect", "scientists could look at what chemicals play a role in how different animals learn",
          "Nakanishi", "says", "Nakanishi",
          note="'For instance,' before the interposed attribution is not an entry"),
    ],
    # Europe’s artists and labels could lose $137m annually ...
    "mh-31c23a82": [
        Q("mixed", "the European Commission “has on several occasions acknowledged concerns about the impact of the ruling and made clear its intention to find a balanced solution.",
          "The artists’ groups", "noted", "The artists’ groups"),
    ],
    # EU says incoming rules for general purpose AIs can evolve over time
    "mh-1360085e": [
        Q("direct", "And some of these staff will also be deployed within the European Commission,", "they", "added",
          "they", resolved=False, note="opening quotation mark missing in the evidence sentence"),
    ],
    # Beeper reversed engineered iMessage to bring blue bubble texts to Android users
    "mh-17d4c7db": [
        Q("indirect", "Beeper Mini was made possible because the team behind the app has managed to reverse-engineer the iMessage protocol",
          "the team behind the app", "say", "they"),
    ],
    # EU commissioner sidesteps MEPs’ questions about CSAM microtargeting
    "mh-6a094520": [
        Q("direct", "For example the GDPR and other requirements, there are no derogation from that in my proposal,",
          "EU commissioner", "said", "she", note="opening quotation mark missing; 'she' resolved through the headline"),
    ],
    # Digital twin market: Analyzing growth and 4 emerging trends
    "mh-0bffd06c": [
        Q("direct", "Digital solutions provide the visibility, analysis, and insight needed to address the challenges inherent in sustainability goals.",
          "a former VP at an industrial automation vendor", "shared", "a former VP at an industrial automation vendor"),
    ],
    # Meet the American who made cranberries a Turkey Day tradition ...
    "mh-2abacf39": [
        Q("direct", "After he set up cooking facilities at a packinghouse in Hanson, Massachusetts, he began to consider ways to extend the short selling season of the berries,",
          "Smithsonian Magazine", "reported", "Smithsonian Magazine"),
    ],
    # 54 Best Apple Black Friday Deals (2023)
    "mh-f998c425": [
        Q("indirect", "it charged his iPhone 14 Pro once and then delivered an additional 64 percent the second time before tapping out",
          "Simon Hill", "says", "Simon Hill"),
    ],
    # California’s privacy watchdog eyes AI rules with opt-out and access rights
    "mh-a18c9abc": [
        Q("direct", "Once again, California is taking the lead to support privacy-protective innovation in the use of emerging technologies, including those that leverage artificial intelligence.",
          "Vinhcent Le", "added", "Vinhcent Le"),
    ],
    # Tesla ‘digs its own grave with the Cybertruck,’ ...
    "mh-e53a901c": [
        Q("indirect", "it will expand across the UAE as part of a memorandum of understanding with the Abu Dhabi Investment Office",
          "Archer", "says", "Archer"),
    ],
    # Want to help your kids achieve their potential? This expert has some advice
    "mh-a88643d8": [
        Q("direct", "I think it’s awfully arrogant to assume that you can tell your kids what a stable career looks like.",
          "Grant", "", "Grant", note="no cue in its sentence; speaker from the next sentence ('Grant suggests')"),
        Q("indirect", "By directing our kids down a path that is not of their choosing, there are several likely outcomes",
          "Grant", "suggests", "Grant"),
    ],
    # Robin Williams' drug addiction made him 'a monster' ...
    "mh-8e18819d": [
        Q("indirect", "Belushi's death, along with the birth of Williams' first son in 1983, really helped the comedian clean up his drug addiction",
          "the documentary", "according to", "the documentary"),
    ],
    # NFL Week 13 injuries: Browns to start Joe Flacco ...
    "mh-fa861b83": [
        Q("indirect", "despite Olave being a full participant in Friday's practice he is still in concussion protocol though has a chance to play",
          "Dennis Allen", "told", "Dennis Allen"),
    ],
    # Michigan sign-stealing scandal winners and losers ...
    "mh-08c814a3": [
        Q("indirect", "Ohio State and Rutgers leaked Michigan's signs to Purdue in last year's Big Ten championship game",
          "Michigan", "countered with allegations", "they"),
        Q("indirect", "the school initially refused to consent to the Big Ten obtaining the spreadsheet and other documents from the NCAA related to its investigation",
          "Tony Petitti", "says", "Tony Petitti"),
    ],
    # The FTX trial is bigger than Sam Bankman-Fried
    "mh-1a8de167": [
        Q("indirect", "FTX was founded because of Bankman-Fried’s frustration with other exchanges when he was running Alameda Research, his crypto trading firm",
          "Sequoia Capital", "According to", "a now-deleted profile from FTX investors Sequoia Capital"),
    ],
    # The $777 million surprise: Donald Trump is getting richer
    "mh-9a83f9b8": [
        Q("indirect", "that was to mask a drop in the value of one of his other properties", "The prosecution", "argues",
          "The prosecution", note="'that' is the demonstrative subject of the reported clause (the complementiser is omitted), so it is inside the span"),
    ],
    # 5 things we learned so far about the Google antitrust case
    "mh-2a8839d8": [
        Q("indirect", "When Google’s search head Prabhakar Raghavan testified in court on October 28, he revealed that the tech giant had paid $26.3 billion in 2021 to multiple browsers, phones and platforms, from companies including Apple, Samsung and Mozilla",
          "The Verge", "reports", "The Verge", note="nested report inside; only the outermost is annotated"),
    ],
    # Is Google Search better than the rest? And is that fair?
    "mh-941fc703": [
        Q("indirect", "she may have misinterpreted the evidence", "She", "admits", "She", resolved=False),
        Q("indirect", "Google manipulates Search to maximise ad revenue", "She", "maintains", "She", resolved=False),
    ],
    # Deepfake election risks trigger EU call for more generative AI safeguards
    "mh-093dbceb": [
        Q("indirect", "it has no additional measures planned for YouTube", "Google’s report", "states", "Google’s report"),
    ],
    # Early impressions of Google’s Gemini aren’t great
    "mh-3c4dfff1": [
        Q("indirect", "the model meets or exceeds the performance of other leading gen AI models like OpenAI’s GPT-4",
          "Google", "claiming", "Google"),
    ],
    # Inter Miami vs FC Cincinnati live score ...
    "mh-d4a80d18": [
        Q("indirect", "Inter Miami are likely to have Lionel Messi back for this match in some capacity",
          "Gaston Edul", "indicated", "A report from well-connected Argentine journalist Gaston Edul"),
    ],
    # In the end, the FTX trial was about the friends screwed along the way
    "mh-3228b22e": [
        Q("indirect", "he heard Bankman-Fried tell another trader that it was okay to continue withdrawing money from the account as long as the amount was less than FTX’s total trading revenue",
          "Wang", "testified", "Wang", note="nested report inside; only the outermost is annotated"),
        Q("indirect", "Ellison’s tenure as CEO of Alameda Research was an exercise in optics", "Ellison", "testified",
          "she"),
    ],
    # ASX set to open higher as Wall Street rebounds; $A rises
    "mh-281bc928": [
        Q("indirect", "it may keep its overnight rate higher next year than it had earlier expected", "the Fed",
          "has indicated", "the Fed"),
    ],
    # Sweeping White House AI executive order ...
    "mh-71650288": [
        Q("indirect", "this reporting requirement will not impact any AI models currently available on the market, nor will it impact independent or small- to medium-size AI companies moving forward, as the threshold for enforcement is quite high",
          "Administration officials", "point out", "Administration officials"),
    ],
    # Meta and IBM form an AI Alliance, but to what end?
    "mh-76bec1e1": [
        Q("indirect", "it’s potentially dangerous and disinformation-encouraging", "Google, OpenAI and Microsoft", "arguing",
          "Google, OpenAI and Microsoft"),
    ],
    # Fantasy Injury Updates Week 10 ...
    "mh-6a690f38": [
        Q("indirect", "Hockenson is expected to play against New Orleans", "Ian Rapoport", "reported", "Ian Rapoport"),
    ],
    # MLB Winter Meetings tracker ...
    "mh-68f7c50a": [
        Q("indirect", "Ohtani is expected to make his pick before the end of the upcoming weekend", "Jon Morosi",
          "reported", "Jon Morosi"),
    ],
    # Twitch is the best way to watch sports ...
    "mh-7f686267": [
        Q("indirect", "it’s been interesting seeing fans evolve from those that were fans of his gaming streams to ones who are sports fans, or discovering gaming fans who are also sports fans",
          "He", "adds", "He", resolved=False),
    ],
    # Office rents in Israel stay firm - for now
    "mh-a37d055f": [
        Q("indirect", "despite the damage to its revenue, which cannot yet be accurately estimated, they will be reflected in the company's annual NOI and FFO within the forecast",
          "the company's management", "estimates", "the company's management"),
    ],
    # Faith dilemma: How effective is positive thinking ...
    "mh-3dbcb5d2": [
        Q("indirect", "Jesus brought more positivity than anyone — which is why it's important to keep faith aligned with that practice of positive thinking",
          "The pastor", "explain", "The pastor"),
    ],
    # Alcoholism, Ayahuasca and the Enlightenment of an N.F.L. Player
    "mh-30e7e373": [
        Q("indirect", "What he has done", "Les Frazier", "according to", "former Bills defensive coordinator Les Frazier",
          note="first half of a report split around the attribution (it contains a verb)"),
        Q("indirect", "is enable his defense to be the best it can by lifting others through versatility, sacrifice, toughness and communication",
          "Les Frazier", "according to", "former Bills defensive coordinator Les Frazier"),
    ],
    # Shohei Ohtani rumors tracker ...
    "mh-e1ce6cc6": [
        Q("mixed", "the superstar is \"likely to decide on a team within the next week,\"", "Jon Morosi", "reports",
          "Jon Morosi", note="Morosi relays an unnamed source ('according to a source'); the speaker is the reporter, the source phrase is excluded from the span"),
    ],
    # When it comes to generative AI in the enterprise, CIOs are taking it slow
    "mh-5ad97aa3": [
        Q("direct", "So we’ve been doing this whole push for AI over the last maybe six or nine months and we’re at the point right now where we’re building specific use cases for each different team and function within the firm.",
          "He", "", "He", resolved=False,
          note="no cue in its sentence; the speaker is the 'He' of the next sentence, who is not named in the evidence"),
        Q("indirect", "it’s early, and they are still exploring ways in which it can help, but so far the results have been good in terms of offering more efficient ways to do things",
          "He", "cautions", "He", resolved=False),
    ],
    # ‘AfroFuture’s vision is to bring African art, cuisine, fashion, and music to a global audience.’
    "mh-2739aa2c": [
        Q("indirect", "he decided to launch the event after one of his first visits to Ghana with co-founder Kenny Agyapong",
          "Abdullah", "explains", "Abdullah",
          note="the first paragraph is first-person speech without quotation marks or attribution in the evidence: not annotated"),
    ],
    # A comprehensive list of 2023 tech layoffs
    "mh-538f7ce3": [
        Q("indirect", "Is laying off more than 10% of its staff ahead of the company spinning out from Lionsgate",
          "Jeffrey Hirsch", "announced", "Jeffrey Hirsch"),
        Q("indirect", "the Fortnite maker is laying off 16% of its workforce, amounting to 870 people",
          "the Fortnite maker", "Announced", "the Fortnite maker", resolved=False,
          note="list entry whose subject (the company) is not in the evidence sentence"),
    ],
}

# Documents chosen because they contain NO quotation (precision). Several contain traps: titles
# or scare quotes in quotation marks, 'reported $76 million', 'called it', passive 'announced'.
NO_QUOTE_DOCS = [
    "mh-a34c25f3",  # SBF’s trial starts soon ... (“unlocked FTT”; 'The report showed'; 'many called him')
    "mh-1d597ff3",  # FanDuel 'Prop Stars' Picks ... (“Saturday Night Live”)
    "mh-c7f87980",  # Jack Skellington turned ... Danny Elfman ... (song titles)
    "mh-b821c7d4",  # Beyoncé tops box office ... (film titles)
    "mh-69584ec5",  # OpenAI hosts a dev day ... (passive 'announced', “GPTs”)
    "mh-e11bb1de",  # 8 predictions for AI in 2024 (scare quotes)
    "mh-b615ec7d",  # Travis Kelce says he tried to delete ... ('invited')
    "mh-3b099cf5",  # The 30 best Amazon Prime Day deals ... ("Prime Big Deal Days")
    "mh-44d71a14",  # Epic v. Google, explained (“market definition.”)
    "mh-26d70d4f",  # Google fakes an AI demo ... (“lite”)
    "mh-07dde0b0",  # 'Angels, demons, spirits and souls do exist,' ... (book title)
    "mh-d639f315",  # Dolphins vs. Eagles live score ... ("Sunday Night Football")
    "mh-b1d3ff80",  # Strategizing for sustainable development (“crowd out”)
    "mh-64eb2ebb",  # YouTube demonetizes popular content creator ... (“reaction”)
    "mh-14c93e98",  # Walks, tech and protein ... (“parenting”)
    "mh-d99fedc4",  # How the conspiracy-fueled Epoch Times ... ('reported $76 million')
    "mh-1ea5d86e",  # The Halloween Countdown ... (“connected”)
    "mh-b121e110",  # Inter Miami friendly matches for 2024 preseason ...
]

# --------------------------------------------------------------------------------------------
# Dates. Each entry is one document ("doc": doc_id, whole text) or one passage ("para": a prefix
# of one evidence paragraph of that document; the object's doc_id becomes "<doc_id>:p<index>").
# --------------------------------------------------------------------------------------------
DATES = [
    E(doc="seed", published="2019-11-27", assumed=True, anchor_from=None,
         anchor_note="assumed: the day after the Berlin Foreign Policy Forum (Tue 26 Nov 2019); with "
                     "26 Nov the 'pub day only for today' rule would send 'on Tuesday' to 19 Nov",
         dates=[
             D("next week", "relative", "2019-12-02", "2019-12-08", nth=0),
             D("Tuesday", "relative", "2019-11-26", nth=0),
             D("next week", "relative", "2019-12-02", "2019-12-08", nth=1),
             D("next week", "relative", "2019-12-02", "2019-12-08", nth=2),
             D("Dec. 3-4", "partial", "2019-12-03", "2019-12-04"),
             D("Tuesday", "relative", "2019-11-26", nth=1),
             D("next week", "relative", "2019-12-02", "2019-12-08", nth=3),
             D("July", "partial", "2019-07-01", "2019-07-31"),
         ]),
    E(doc="mh-f5742c36", published="2023-10-07", anchor_from="Q13", dates=[
        D("Monday", "relative", "2023-10-02"),
        D("This week", "relative", "2023-10-02", "2023-10-08", nth=0),
        D("This week", "relative", "2023-10-02", "2023-10-08", nth=1),
        D("this week", "relative", "2023-10-02", "2023-10-08"),
    ]),
    E(doc="mh-38eddb7e", para="At its first developer conference last week", published="2023-11-18",
         anchor_from="Q1360", dates=[D("last week", "relative", "2023-11-06", "2023-11-12")]),
    E(doc="mh-9163827e", published="2023-09-26", anchor_from="Q378", dates=[
        D("2016", "absolute", "2016-01-01", "2016-12-31"),
        D("2020", "absolute", "2020-01-01", "2020-12-31"),
        D("2023", "absolute", "2023-01-01", "2023-12-31"),
        D("Monday", "relative", "2023-09-25"),
        D("July", "partial", "2023-07-01", "2023-07-31"),
    ]),
    E(doc="mh-b615ec7d", published="2023-11-25", anchor_from="Q1557", dates=[
        D("24 September", "partial", "2023-09-24"),
        D("11 November", "partial", "2023-11-11"),
    ]),
    E(doc="mh-34150758", published="2023-12-06", anchor_from="Q558", dates=[
        D("November", "partial", "2023-11-01", "2023-11-30"),
        D("July", "partial", "2023-07-01", "2023-07-31"),
    ]),
    E(doc="mh-613fd8f3", published="2023-10-30", anchor_from="Q118", dates=[
        D("next year", "relative", "2024-01-01", "2024-12-31"),
    ]),
    E(doc="mh-637eb1a4", para="The Fed’s main interest rate is at its highest", published="2023-10-01",
         anchor_from="Q288", dates=[
             D("2001", "absolute", "2001-01-01", "2001-12-31"),
             D("last week", "relative", "2023-09-18", "2023-09-24"),
             D("next year", "relative", "2024-01-01", "2024-12-31"),
         ]),
    E(doc="mh-bfd5b33c", para="On Wall Street, the S&P 500 climbed", published="2023-11-05",
         anchor_from="Q1161", dates=[D("Friday", "relative", "2023-11-03")]),
    E(doc="mh-008d23b1", para="Since you need your moneyline bet", published="2023-12-18",
         anchor_from="Q1231", dates=[D("tonight", "relative", "2023-12-18")]),
    E(doc="mh-1d597ff3", published="2023-09-28", anchor_from="Q1231", dates=[
        D("March", "partial", "2023-03-01", "2023-03-31"),
    ]),
    E(doc="mh-fa2fb3bb", para="Yedidia will continue his testimony", published="2023-10-04",
         anchor_from="Q635", dates=[D("Thursday", "relative", "2023-10-05")]),
    E(doc="mh-fa2fb3bb", para="That answer ultimately lies with the jury", published="2023-10-04",
         anchor_from="Q635", dates=[
             D("Wednesday", "relative", "2023-10-04",
               note="news usage (AP style names the weekday, not 'today'): a past-tense weekday equal to the "
                    "publication weekday is the publication day itself; the jury was selected that day"),
         ]),
    E(doc="mh-2a8839d8", published="2023-10-31", anchor_from="Q125", dates=[
        D("October 28", "partial", "2023-10-28"),
        D("2021", "absolute", "2021-01-01", "2021-12-31", nth=0),
        D("Monday", "relative", "2023-10-30"),
        D("2021", "absolute", "2021-01-01", "2021-12-31", nth=1),
    ]),
    E(doc="mh-d4a80d18", published="2023-10-07", anchor_from="Q452", dates=[
        D("last night", "relative", "2023-10-06"),
        D("Wednesday", "relative", "2023-10-04"),
    ]),
    E(doc="mh-fb361f1a", para="LAST WEEK: Purdy", published="2023-10-04", anchor_from="Q247", dates=[
        D("LAST WEEK", "relative", "2023-09-25", "2023-10-01"),
        D("last week", "relative", "2023-09-25", "2023-10-01"),
    ]),
    E(doc="mh-fb361f1a", para="It's not all on him", published="2023-10-04", anchor_from="Q247", dates=[
        D("last week", "relative", "2023-09-25", "2023-10-01"),
    ]),
    E(doc="mh-fb361f1a", para="That includes Kirk Cousins last week", published="2023-10-04",
         anchor_from="Q247", dates=[D("last week", "relative", "2023-09-25", "2023-10-01")]),
    E(doc="mh-4bb1bac8", para="The Bears' defense is all over the Vikings tonight", published="2023-11-27",
         anchor_from="Q85", dates=[D("tonight", "relative", "2023-11-27")]),
    E(doc="mh-01ba04b6", para="Israeli Prime Minister Benjamin Netanyahu said", published="2023-10-07",
         anchor_from="Q1392", dates=[D("this morning", "relative", "2023-10-07")]),
    E(doc="mh-a0ec6d13", para="The Steam Deck OLED will go on sale", published="2023-11-09",
         anchor_from="Q190", dates=[D("November 16th", "partial", "2023-11-16")]),
    E(doc="mh-88c714ff", para="After ignoring prices for food and fuel", published="2023-10-12",
         anchor_from="Q814", dates=[D("last month", "relative", "2023-09-01", "2023-09-30")]),
    E(doc="mh-12ed6d6e", para="The initial cohort of stars involved", published="2023-11-30",
         anchor_from="Q1834",
         anchor_note="Q1834 names MBW reports of November 23 and November 30, 2023 for this document and "
                     "mh-072ebeba; Q2044 pins mh-072ebeba to November 23, so this one is November 30",
         dates=[D("last week", "relative", "2023-11-20", "2023-11-26")]),
    E(doc="mh-072ebeba", published="2023-11-23", anchor_from="Q2044", dates=[
        D("August", "partial", "2023-08-01", "2023-08-31"),
        D("Seven days ago", "relative", "2023-11-16"),
        D("November 16", "partial", "2023-11-16"),
    ]),
    E(doc="mh-9aef4ad7", para="The Qatari banker’s patience finally snapped", published="2023-10-18",
         anchor_from="Q373", dates=[D("last week", "relative", "2023-10-09", "2023-10-15")]),
    E(doc="mh-3056b574", para="A number of videos posted to X", published="2023-10-10",
         anchor_from="Q771", dates=[D("last month", "relative", "2023-09-01", "2023-09-30")]),
    E(doc="mh-64464eec", para="As for the All Blacks", published="2023-10-14", anchor_from="Q374", dates=[
        D("last summer", "relative", "2022-06-01", "2022-08-31"),
    ]),
    E(doc="mh-8979b7c5", para="It comes despite Argentina knocking over", published="2023-10-18",
         anchor_from="Q374", dates=[
             D("last year", "relative", "2022-01-01", "2022-12-31"),
             D("2020", "absolute", "2020-01-01", "2020-12-31"),
         ]),
    E(doc="mh-83ca5ea8", para="The former All-Pro, who battled", published="2023-11-19",
         anchor_from="Q1505", dates=[D("earlier this year", "relative", "2023-01-01", "2023-11-18")]),
    E(doc="mh-a577dd70", para="Kincaid was a limited participant", published="2023-12-21",
         anchor_from="Q1823", dates=[
             D("Wednesday", "relative", "2023-12-20"),
             D("Saturday", "relative", "2023-12-23"),
         ]),
    E(doc="mh-8a52e88d", published="2023-10-04", anchor_from="Q1882", dates=[
        D("September", "partial", "2023-09-01", "2023-09-30"),
        D("October 17", "partial", "2023-10-17"),
    ]),
    E(doc="mh-9e524e4c", para="During an interview on CBS Sunday Morning", published="2023-10-12",
         anchor_from="Q1346", dates=[D("earlier this month", "relative", "2023-10-01", "2023-10-11")]),
    E(doc="mh-8cf62faf", para="India will face New Zealand", published="2023-11-11", anchor_from="Q180",
         anchor_note="Q853 swaps the dates of the two Zee Business reports; Q180's date agrees with the "
                     "future tense and 'Wednesday (November 15)'",
         dates=[
             D("Wednesday", "relative", "2023-11-15"),
             D("November 15", "partial", "2023-11-15"),
         ]),
    E(doc="mh-6a690f38", para="After turning in three limited practices this week", published="2023-11-11",
         anchor_from="Q1823", dates=[D("this week", "relative", "2023-11-06", "2023-11-12")]),
    # ---- anchors assumed (no question pins the article's date) ----
    E(doc="mh-479cd4fe", published="2023-10-10", assumed=True, dates=[
        D("the weekend", "relative", "2023-10-07", "2023-10-08"),
        D("next year", "relative", "2024-01-01", "2024-12-31"),
    ]),
    E(doc="mh-281bc928", para="After already raising its main interest rate", published="2023-10-04",
         assumed=True, dates=[
             D("2001", "absolute", "2001-01-01", "2001-12-31"),
             D("next year", "relative", "2024-01-01", "2024-12-31"),
         ]),
    E(doc="mh-3638cf90", published="2023-12-04", assumed=True, dates=[
        D("Thursday", "relative", "2023-11-30"),
    ]),
    E(doc="mh-74732a3c", published="2023-11-26", assumed=True, dates=[
        D("Saturday", "relative", "2023-11-25"),
    ]),
    E(doc="mh-bd8ebcf7", published="2023-10-09", assumed=True, dates=[
        D("Saturday", "relative", "2023-10-07"),
    ]),
    E(doc="mh-7d2fa31e", published="2023-11-02", assumed=True, dates=[
        D("May 2013", "absolute", "2013-05-01", "2013-05-31"),
        D("April", "partial", "2023-04-01", "2023-04-30"),
    ]),
    E(doc="mh-12bf911e", published="2023-12-09", assumed=True, dates=[
        D("1975", "absolute", "1975-01-01", "1975-12-31"),
        D("last week", "relative", "2023-11-27", "2023-12-03"),
        D("Sunday", "relative", "2023-12-10"),
    ]),
    E(doc="mh-7a2439cc", published="2023-10-11", assumed=True, dates=[
        D("Monday", "relative", "2023-10-09"),
        D("October 7", "partial", "2023-10-07"),
    ]),
    E(doc="mh-9c0c636a", published="2023-11-01", assumed=True, dates=[
        D("October 7", "partial", "2023-10-07"),
    ]),
    E(doc="mh-31c23a82", published="2023-10-25", assumed=True, dates=[
        D("Tuesday", "relative", "2023-10-24"),
    ]),
    E(doc="mh-cce40d84", published="2023-11-20", assumed=True, dates=[
        D("Friday", "relative", "2023-11-17"),
    ]),
    E(doc="mh-7e6c5e85", published="2023-12-02", assumed=True, dates=[
        D("Friday", "relative", "2023-12-01"),
    ]),
    E(doc="mh-b9c6b119", para="“There is just a ton of frustration,”", published="2023-11-04", assumed=True,
         dates=[D("Thursday", "relative", "2023-11-02")]),
    E(doc="mh-e9af4ea7", para="“I’m here until the end,”", published="2023-11-05", assumed=True,
         dates=[D("Friday", "relative", "2023-11-03")]),
    E(doc="mh-6c806416", published="2023-10-05", assumed=True, dates=[
        D("1 October", "partial", "2023-10-01"),
    ]),
    E(doc="mh-7df995e9", published="2023-10-06", assumed=True, dates=[
        D("October 14", "partial", "2023-10-14"),
    ]),
    E(doc="mh-698011eb", published="2023-12-14", assumed=True, dates=[
        D("2030", "absolute", "2030-01-01", "2030-12-31"),
        D("last week", "relative", "2023-12-04", "2023-12-10"),
    ]),
    E(doc="mh-0e3ecda7", published="2023-11-20", assumed=True, dates=[
        D("23 November", "partial", "2023-11-23"),
        D("this year", "relative", "2023-01-01", "2023-12-31"),
    ]),
    E(doc="mh-f1398dde", published="2023-12-18", assumed=True, dates=[
        D("December 19", "partial", "2023-12-19"),
    ]),
    E(doc="mh-ee494b3e", published="2023-11-22", assumed=True, dates=[
        D("March", "partial", "2023-03-01", "2023-03-31"),
    ]),
    E(doc="mh-bf1ebf69", published="2023-11-22", assumed=True, dates=[
        D("last week", "relative", "2023-11-13", "2023-11-19"),
    ]),
    E(doc="mh-4daaf8d7", published="2023-11-30", assumed=True, dates=[
        D("December 2022", "absolute", "2022-12-01", "2022-12-31"),
        D("March", "partial", "2023-03-01", "2023-03-31"),
    ]),
    E(doc="mh-91912eb8", published="2023-11-06", assumed=True, dates=[
        D("24 September", "partial", "2023-09-24"),
    ]),
    E(doc="mh-5fb2e6a8", published="2023-11-27", assumed=True, dates=[
        D("Monday, Nov. 27", "partial", "2023-11-27"),
    ]),
    E(doc="mh-3f4ae24f", published="2023-12-01", assumed=True, dates=[
        D("December 5", "partial", "2023-12-05"),
    ]),
    E(doc="mh-d447beac", published="2023-10-30", assumed=True, dates=[
        D("tonight", "relative", "2023-10-30"),
    ]),
    E(doc="mh-3b099cf5", published="2023-10-10", assumed=True, dates=[
        D("July", "partial", "2023-07-01", "2023-07-31"),
        D("this year", "relative", "2023-01-01", "2023-12-31"),
        D("next month", "relative", "2023-11-01", "2023-11-30"),
    ]),
    E(doc="mh-6f5eb4ae", published="2023-12-01", assumed=True, dates=[
        D("this year", "relative", "2023-01-01", "2023-12-31"),
        D("2022", "absolute", "2022-01-01", "2022-12-31"),
    ]),
    E(doc="mh-5dee7757", published="2023-12-19", assumed=True, dates=[
        D("last week", "relative", "2023-12-11", "2023-12-17", nth=0),
        D("last week", "relative", "2023-12-11", "2023-12-17", nth=1),
    ]),
    E(doc="mh-f60be88b", published="2023-10-10", assumed=True, dates=[
        D("this past summer", "relative", "2023-06-01", "2023-08-31"),
    ]),
    E(doc="mh-360a08a1", published="2023-12-01", assumed=True, dates=[
        D("earlier this year", "relative", "2023-01-01", "2023-11-30"),
    ]),
    E(doc="mh-55245407", published="2023-11-15", assumed=True, dates=[
        D("this year", "relative", "2023-01-01", "2023-12-31"),
    ]),
    E(doc="mh-bc33d78e", published="2023-11-24", assumed=True, dates=[
        D("this year", "relative", "2023-01-01", "2023-12-31"),
    ]),
    E(doc="mh-538f7ce3", published="2023-12-15", assumed=True, dates=[
        D("November 3", "partial", "2023-11-03"),
        D("September 28", "partial", "2023-09-28"),
    ]),
    E(doc="mh-21b0e506", published="2023-11-05", assumed=True, dates=[
        D("last year", "relative", "2022-01-01", "2022-12-31"),
    ]),
    E(doc="mh-d35e12a8", published="2023-10-13", assumed=True, dates=[
        D("earlier this week", "relative", "2023-10-09", "2023-10-12"),
    ]),
    E(doc="mh-3907acb7", published="2023-10-09", assumed=True, dates=[
        D("June", "partial", "2023-06-01", "2023-06-30"),
    ]),
    E(doc="mh-9819da79", published="2023-11-25", assumed=True, dates=[
        D("this year", "relative", "2023-01-01", "2023-12-31"),
        D("2022", "absolute", "2022-01-01", "2022-12-31"),
    ]),
    E(doc="mh-61c8b9ea", para="Amazon’s Echo devices will now allow kids", published="2023-11-29",
         assumed=True, dates=[D("September", "partial", "2023-09-01", "2023-09-30")]),
    E(doc="mh-288b79db", para="The company's reported net income", published="2023-09-28", assumed=True,
         dates=[D("August 31", "partial", "2023-08-31")]),
    E(doc="mh-fa861b83", published="2023-12-02", assumed=True, dates=[
        D("Friday", "relative", "2023-12-01", nth=0),
        D("Friday", "relative", "2023-12-01", nth=1),
    ]),
    E(doc="mh-27a769f5", published="2023-10-04", assumed=True, dates=[
        D("Sunday", "relative", "2023-10-08"),
    ]),
    E(doc="mh-137e67a7", published="2023-11-08", assumed=True, dates=[
        D("Friday", "relative", "2023-11-10"),
    ]),
    E(doc="mh-17e72228", published="2023-11-28", assumed=True, dates=[
        D("November 24", "partial", "2023-11-24"),
    ]),
    E(doc="mh-572afa3d", published="2023-12-17", assumed=True, dates=[
        D("this weekend", "relative", "2023-12-16", "2023-12-17"),
    ]),
    E(doc="mh-5dfb0934", published="2023-10-27", assumed=True, dates=[
        D("October", "partial", "2023-10-01", "2023-10-31"),
    ]),
    E(doc="mh-b6268dbf", published="2023-11-13", assumed=True, dates=[
        D("Friday", "relative", "2023-11-10"),
    ]),
    E(doc="mh-99b1f098", para="Israel stopped allowing deliveries", published="2023-10-17", assumed=True,
         dates=[D("Oct. 10, 2023", "absolute", "2023-10-10")]),
    E(doc="mh-99b1f098", para="On Oct. 12, 2023, Israel warned", published="2023-10-17", assumed=True,
         dates=[D("Oct. 12, 2023", "absolute", "2023-10-12")]),
    E(doc="mh-86834ead", para="And yet, “We worry", published="2023-09-15", assumed=True,
         dates=[D("Aug. 9, 2023", "absolute", "2023-08-09")]),
    E(doc="mh-a34c25f3", para="FTX co-founder and former CTO Gary Wang", published="2023-10-01",
         anchor_from="Q635", dates=[D("December 2022", "absolute", "2022-12-01", "2022-12-31")]),
    E(doc="mh-3656642e", published="2023-12-17", assumed=True, dates=[
        D("January 2014", "absolute", "2014-01-01", "2014-01-31"),
    ]),
    E(doc="mh-d1c066f7", published="2023-10-20", assumed=True, dates=[
        D("April 2020", "absolute", "2020-04-01", "2020-04-30"),
    ]),
    E(doc="mh-f39081c1", published="2023-11-20", assumed=True, dates=[
        D("July 2023", "absolute", "2023-07-01", "2023-07-31"),
    ]),
]
