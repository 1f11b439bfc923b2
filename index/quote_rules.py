"""Lexicons and regular expressions for quotation attribution (used by `index.quotes`).

Rules only: a speech-cue lexicon, role nouns, and a small grammar of speaker mentions
("Turkish Presidential Spokesman İbrahim Kalın", "the company", "he", "a spokesperson for Meta")
followed or preceded by a cue ("said on Tuesday", "told reporters", "according to").
"""

from __future__ import annotations

import re

# Every upper-case letter the BMP's common scripts have: stdlib `re` has no \p{Lu}.
_UP = "".join(re.escape(chr(c)) for c in range(0x41, 0x24F) if chr(c).isupper())
_UP += "".join(re.escape(chr(c)) for c in range(0x370, 0x52F) if chr(c).isupper())
_L = r"[^\W\d_]"
# Titles written with a period; a lone capital + period is an initial ("Robert F. Kennedy").
_ABBR = r"(?:[A-Z]\.){2,}|(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Prof|Capt|Sgt|Adm|Rev|Hon|Pres|Sec|Supt|Det|Jr|Sr|St)\.|[A-Z]\.(?=\s)"
# A capitalised word; "’s" is never swallowed, so "Kalın’s" stays "Kalın" + possessive.
NAME_WORD = rf"[{_UP}]{_L}*(?:['’\-](?!s\b){_L}+)*"
CAP_TOKEN = rf"(?:{_ABBR}|{NAME_WORD}|[A-Z]{{2,}}\b)"
_PARTICLE = r"(?:de|da|di|du|del|della|der|den|van|von|bin|ibn|al|el|la|le|dos|das|ter|ag|ould|of|for)"
# Bounded on purpose: a name is a few words, and unbounded runs made matching time explode on
# title-case or all-caps text (100 capitalised words took minutes; the bad-input suite ingests such files).
CAP_RUN = rf"{CAP_TOKEN}(?:[ \u00a0]+(?:{_PARTICLE}[ \u00a0]+)?{CAP_TOKEN}){{0,5}}(?:,?[ \u00a0]+(?:Jr|Sr)\.)?"

_w = str.split
# Nouns that describe who a speaker is; "the minister said" points back at a minister.
PERSON_ROLES = frozenset(
    _w("""spokesman spokeswoman spokesperson spokespeople spokesmen minister secretary president chancellor premier
    official chief executive ceo cfo cto coo director senator governor mayor chairman chairwoman chair founder cofounder
    co-founder analyst lawyer attorney prosecutor judge officer leader diplomat ambassador commissioner general coach
    manager researcher professor economist expert scientist source representative lawmaker congressman congresswoman
    candidate adviser advisor aide head strategist investor partner owner editor reporter author engineer doctor
    historian teacher student player striker captain actor actress singer rapper star host artist king queen prince princess
    pope man woman resident witness victim survivor mother father son daughter deputy speaker envoy negotiator
    commander colonel admiral sheriff prosecutor inspector officer psychologist physician nurse designer developer
    boss president-elect premier vice-president campaigner activist organiser organizer sergeant contributor writer
    columnist critic commentator blogger user customer fan member employee worker staffer publicist insider friend
    relative neighbour neighbor colleague person partner veteran official forward midfielder defender goalkeeper
    winger quarterback pitcher guard pastor journalist councillor councilor mp substitute winner scholar priest explorer
    entrepreneur insider""")
)
ORG_ROLES = frozenset(
    _w("""company firm startup start-up group agency ministry department government administration organisation
    organization maker giant carmaker automaker airline bank regulator network platform outlet newspaper broadcaster
    union court team club campaign commission council committee office embassy military army police retailer brand
    studio publisher service app site website exchange fund university school hospital party spokesteam developer
    conglomerate operator insurer lender utility channel station magazine paper daily manufacturer chainmaker""")
)
# Documents that speak ("the study says", "a new report found", "..., says study"): the phrase is the speaker.
DOC_ROLES = frozenset(_w("""study report survey poll paper memo filing lawsuit complaint analysis documentary memoir research
    statement letter notice"""))
# Plural speakers that need no determiner ("officials said", "Israeli officials told Reuters").
PLURAL_ROLES = frozenset(
    _w("""officials police analysts experts sources prosecutors authorities researchers investigators lawmakers critics
    residents witnesses organisers organizers executives scientists doctors activists diplomats economists officers
    spokespeople regulators investors employees workers lawyers attorneys campaigners observers insiders leaders
    ministers scholars historians engineers teachers parents fans groups companies firms startups sellers retailers
    rivals studies owners players teams clubs unions banks carriers publishers labels founders friends families
    managers coaches users customers members veterans""")
)
ROLE_SYNONYMS = {
    "spokesman": "spokesperson", "spokeswoman": "spokesperson", "spokespeople": "spokesperson", "spokesmen": "spokesperson",
    "ceo": "executive", "chief": "executive", "chairwoman": "chairman", "chair": "chairman", "advisor": "adviser",
    "cofounder": "founder", "co-founder": "founder", "organizer": "organiser", "attorney": "lawyer",
}
# Capitalised words that are titles, not names ("Spokesman", "Secretary"): the name follows them.
TITLE_WORDS = frozenset(
    _w("""spokesman spokeswoman spokesperson secretary minister president vice prime chancellor premier ceo cfo coo cto
    chief executive officer director senator sen. rep. representative gov. governor mayor chairman chairwoman chair
    founder judge justice general gen. lt. col. colonel captain capt. admiral king queen prince princess pope ambassador
    commissioner attorney prosecutor dr. prof. professor mr. mrs. ms. sheikh speaker leader head coach manager deputy
    acting former presidential commander sgt. sergeant envoy adviser advisor analyst economist editor correspondent
    lawmaker congressman congresswoman pres. sec. det. inspector superintendent cardinal bishop rabbi imam chancellor
    dr prof mr mrs ms mp mep councillor councilor councilman councilwoman assemblyman assemblywoman journalist""")
)
# Words in a capitalised run that make it an organisation ("Anadolu Agency", "Bank of America").
ORG_WORDS = frozenset(
    _w("""agency inc inc. corp corp. co. ltd ltd. llc plc ministry department company group association bank university
    commission council office party police times post news reuters press institute foundation committee court
    government authority service forum summit organization organisation union league club federation fund capital
    partners technologies labs systems house kremlin pentagon nato eu un motors airlines network studios media
    pictures records entertainment games holdings ventures securities exchange stadium arena park street square airport
    hall center centre""")
)
HONORIFIC_TITLES = frozenset(_w("mr. mrs. ms. dr. prof. mr mrs ms dr sir dame"))
# Capitalised words that start sentences without naming anyone.
LEADING_STOP = frozenset(
    _w("""but and however meanwhile still yet so also then now earlier later in on at the a an it this that these those
    there here when while after before as if though although because since speaking asked separately instead
    overall indeed moreover furthermore additionally finally first second third last today yesterday next is are was
    were what who how why where which according""")
)
# Capitalised words that are never speakers.
NOT_NAMES = frozenset(
    _w("""monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
    september october november december""")
)

_CUES_BARE = _w(
    """said says told tells added adds warned warns argued argues insisted insists claimed claims wrote writes predicted
    predicts stressed stresses acknowledged acknowledges admitted admits noted notes explained
    explains say claim argue warn note insist write commented comments""")
# These verbs also take plain objects ("announced a product", "denied the charges"): indirect speech needs "that".
_CUES_THAT = _w(
    """stated tweeted tweets posted announced announces asked asks continued continues replied replies confirmed
    confirms denied denies suggested suggests emphasised emphasized emphasises emphasizes urged urges remarked recalled
    recalls observed declared declares reiterated reiterates cautioned cautions responded testified agreed complained
    complains vowed joked quipped alleged alleges countered concluded assured reported reports believes
    revealed reveals disclosed shared maintains maintained maintain indicated indicates indicate counter counters
    recounts recounted recount allege admit explain state states suggest reflected reflects estimated acknowledge reads
    point_out pointed_out points_out conceded concedes""")
PARTICIPLES = _w(
    """saying adding noting warning arguing explaining stressing insisting claiming writing telling emphasising
    emphasizing urging suggesting acknowledging continuing""")
BARE_CUES = frozenset(_CUES_BARE)
# "believes" is opinion, not speech: only accepted next to quote marks (see `index.quotes`).
# A bare clause after these verbs must look finite ("maintains the system is ..."), not a noun object ("indicated support").
FINITE = re.compile(
    r"(?:\S+[ \u00a0]+){0,7}?(?:will|would|could|can|may|might|should|must|is|are|was|were|has|had|have|did|does|do|"
    r"isn['’]t|wasn['’]t|won['’]t|didn['’]t|[a-z]{3,}ed|understood|knew|thought|felt|made|took|got|gave|went|came|saw|found|left|kept"
    r"|held|brought|began|became|won|lost|paid|sold|spent|built|sent|meant|stood|ran|met|told|said|wrote|heard)\b"
)
# Every attribution (`RE_ATTR_MC`, `RE_ATTR_CM`, `RE_ATTR_QUOTED`, `RE_ACCORDING`), wherever it starts,
# holds one of these strings (a cue verb, "quoted", "ccording"): a sentence with none of them reports no
# speech, and most sentences have none. Words holding a shorter one are left out ("says" holds "say").
_ATTR_PARTS = {c.replace("_", " ") for c in [*_CUES_BARE, *_CUES_THAT]} | {"told", "tells", "telling", "quoted", "ccording"}
ATTR_PARTS = tuple(sorted(w for w in _ATTR_PARTS if not any(o != w and o in w for o in _ATTR_PARTS)))


def may_attribute(text: str, s: int, e: int) -> bool:
    """False when `text[s:e]` cannot hold an attribution (a cheap test before the costly patterns)."""
    part = text[s:e]
    return any(w in part for w in ATTR_PARTS)


NOT_INDIRECT = frozenset(["believes", "asked", "asks", "continued", "continues", "joked", "quipped"])
_CUE_ALT = "|".join(sorted([c.replace("_", "[ ]") for c in [*_CUES_BARE, *_CUES_THAT]], key=len, reverse=True))
_OBJ = rf"""(?:him|her|them|us|me|reporters|journalists|lawmakers|investors|analysts|supporters|listeners|viewers|readers
    |the[ \u00a0]+{CAP_RUN}(?:['’]s[ \u00a0]+{CAP_RUN}(?:[ \u00a0]+(?:programme|program|show|podcast))?)?|the[ \u00a0]+(?!that\b)[a-z]+(?:[ \u00a0]+(?:conference|briefing|audience|hearing|committee|panel
    |crowd|meeting|summit|forum|newspaper|broadcaster|station|channel|magazine|court|jury|podcast|show))?|an?[ \u00a0]+[a-z\-]+
    (?:[ \u00a0]+(?:conference|briefing|audience|hearing|committee|panel|crowd|meeting|summit|forum|interviewer|event|rally))?
    |{CAP_RUN}(?:['’]s[ \u00a0]+{CAP_RUN})?|[a-z]+(?=[ \u00a0]*[.,;:!?]|[ \u00a0]+that\b)|[a-z]+[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?{CAP_RUN})"""
_AUX = r"(?:has|had|have|would|will|also|later|then|again|previously|once|reportedly|separately|further|repeatedly|already|now|just|[a-z]{3,}ly)"
_KEEN = r"""(?:(?:was|were|is|are)[ \u00a0]+(?:keen|quick|eager|careful|happy|right|expected|set|going|likely)[ \u00a0]+to|went[ \u00a0]+on[ \u00a0]+to
    |goes[ \u00a0]+on[ \u00a0]+to|(?:attempt|attempts|attempted|try|tries|tried|plan|plans|planned)[ \u00a0]+to)"""
CUE = rf"""(?P<cue>(?:(?:{_AUX}|{_KEEN})[ \u00a0]+)*(?:(?P<tverb>told|tells|telling)[ \u00a0]+(?P<obj>{_OBJ})|(?P<verb>{_CUE_ALT}))\b)"""

_DET = r"(?:the|The|a|A|an|An|another|Another|one|One|two|Two|three|Three|several|Several|other|Other|its|Its|his|His|her|Her|their|Their)"
_ROLE_HEADS = "|".join(sorted(PERSON_ROLES | ORG_ROLES | DOC_ROLES, key=len, reverse=True))
_BARE_HEADS = "|".join(sorted(PERSON_ROLES | DOC_ROLES, key=len, reverse=True))
# Words that end no noun phrase ("a figure we confirmed", "Here's your chance to claim").
_NOT_LAST = r"(?:to|we|you|they|us|it|he|she|i|and|or|of|for|that|which|who|is|are|was|were|has|have|had)"
_NOT_POSS = r"(?:Here|There|That|It|What|Who|This|Let|He|She)"
_PLURALS = "|".join(sorted(PLURAL_ROLES, key=len, reverse=True))
_RW = r"[\w’'.\-]+"
# A run of capitalised and lower-case role words ending in a name ("Kremlin spokesman Dmitry Peskov").
# A lower-case modifier counts when a role head follows it ("transport director", "defence minister").
_RUN_ITEM = rf"(?:{CAP_TOKEN}(?:['’]s)?|[a-z]+-(?:run|owned|backed|based)|former|then-\w+|acting|deputy|chief|senior|top|(?:{_ROLE_HEADS})"
_RUN_ITEM += rf"|[a-z]{{3,}}(?=[ \u00a0]+(?:{_ROLE_HEADS})\b))"
NAME_RUN = rf"(?:{_RUN_ITEM}[ \u00a0]+(?:(?:of|for)[ \u00a0]+)?){{0,4}}{CAP_RUN}(?:[ \u00a0]+(?:news[ ]agency|agency|newspaper|daily))?"
MENTION = rf"""(?P<mention>
    (?P<pron>\b(?:he|she|they|it|He|She|They|It)\b)
  | (?P<rolenp>{_DET}[ \u00a0]+(?:{_RW}[ \u00a0]+){{0,5}}?(?:\d+-year-old|(?:{_ROLE_HEADS})s?)\b
        (?:[ \u00a0]+(?:for|at|of|from|with)[ \u00a0]+(?:the[ \u00a0]+)?(?:{CAP_RUN}|[a-z]+))?)
  | (?P<plural>(?:(?:{CAP_RUN}|[a-z]+)[ \u00a0]+){{0,2}}?(?:{_PLURALS})\b(?:[ \u00a0]+(?:familiar[ ]with[ ]the[ ]matter|close[ ]to[ ]the[ ]\w+))?)
  | (?P<name>(?:[Tt]he[ \u00a0]+)?{NAME_RUN})
  | (?P<detnp>(?:(?:the|The|a|A|an|An|one|One|another|Another)|(?!{_NOT_POSS}['’]s){CAP_RUN}['’]s)[ \u00a0]+(?:[\w’'\-]+[ \u00a0]+){{0,6}}?
        (?!{_NOT_LAST}\b)[a-z][\w\-]*)
  | (?P<bare>(?:(?:{CAP_TOKEN}|[a-z][a-z\-]+)[ \u00a0]+){{0,3}}?(?:{_BARE_HEADS})(?=[ \u00a0]*(?:$|[.,;:!?]|[ \u00a0]+who\b)))
)"""
# Words between a speaker and the cue ("on Tuesday", "during a press briefing in Washington", ", the minister,").
_ADV_CH = r"(?:(?!\b(?:that|which|who|whom|whose|and|but|said|says)\b)[^,;:\"“”.!?])"
# A dash appositive counts like a comma one ("Laura Chen – who co-founded the company – wrote").
ADV = rf"""(?:[ \u00a0]*,[ \u00a0]*[^,;“”"]{{1,160}}?,|[ \u00a0]*,[ \u00a0]*[^,;–—“”"]{{1,160}}?(?=[ \u00a0]*[–—])|[ \u00a0]*[–—][ \u00a0]*[^–—;“”"]{{1,160}}?[ \u00a0]*[–—]|[ \u00a0]+(?:on|in|during|at|after|before|while|via|through
    |from|with|last|this|late|early|earlier|speaking|when|over|to|late)\b{_ADV_CH}{{0,80}}?)*"""
ATTR_MC = rf"{MENTION}(?P<adv>{ADV})[ \u00a0]+{CUE}"
ATTR_CM = rf"{CUE}[ \u00a0]+{MENTION}"
ATTR_QUOTED = rf"(?P<source>[^,;:“”\"]{{2,80}}?)[ \u00a0]+(?P<qcue>quoted)[ \u00a0]+{MENTION}[ \u00a0]+as[ \u00a0]+saying"
# The source after "according to" may be anything that speaks ("the Irish Data Protection Commission").
ACCORDING = r"(?P<acc>[Aa]ccording[ \u00a0]+to)[ \u00a0]+(?P<mention>(?:[^,;:.“”\"]|\.(?=\w|[ \u00a0][a-z])){2,90}?)(?=[ \u00a0]*(?:[,;:.!?“”\"]|$))"
TAIL_OK = re.compile(r"""[ \u00a0]*(?:$|[.,;:!?…\-–—)]|[“"‘]|(?:on|in|during|at|after|before|while|via|through|from|with|last|this|late
    |earlier|later|when|over|to|as|about|of|outside|yesterday|today|tonight|recently|afterwards|who|which|whom|where|Monday|Tuesday|Wednesday
    |Thursday|Friday|Saturday|Sunday)\b|\w+ing\b)""", re.VERBOSE)
PARTICIPLE_LEAD = re.compile(rf"[ \u00a0]*(?:,|and)?[ \u00a0]*(?:\b(?:{'|'.join(PARTICIPLES)})\b)[ \u00a0]*(?:that\b)?", re.VERBOSE)

FLAGS = re.VERBOSE
RE_ATTR_MC = re.compile(ATTR_MC, FLAGS)
RE_ATTR_CM = re.compile(ATTR_CM, FLAGS)
RE_ATTR_QUOTED = re.compile(ATTR_QUOTED, FLAGS)
RE_ACCORDING = re.compile(ACCORDING, FLAGS)
RE_MENTION = re.compile(MENTION, FLAGS)
# Where a scan for a name run may start: not inside a lower-case word ("taking Australia" holds no
# role "king", "freshman Cole Pennington" no "man"). Also what keeps the scan cheap: most positions
# of a text are inside lower-case words, and each tried the role-head alternatives.
WORD_START = r"(?:(?<![a-z])|(?![a-z]))"
RE_NAME_RUN = re.compile(WORD_START + NAME_RUN, FLAGS)
RE_CAP_TOKEN = re.compile(CAP_TOKEN)
RE_THAT = re.compile(r"[ \u00a0]*(?:,[ \u00a0]*|:[ \u00a0]*)?(?:that\b[ \u00a0]*)?")
# "said in a statement on Wednesday that ...": an adverbial between the cue and "that".
RE_ADV_THAT = re.compile(
    r"[ \u00a0]+(?:in|on|at|by|during|after|before|via|to|late|last|this|earlier|later|through|from|while|when|over|yesterday|today"
    r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
    r"[^,;:“”\"]{0,80}?[ \u00a0]*,?[ \u00a0]+that\b[ \u00a0]*"
)
# A dateline ("WASHINGTON (Reuters) - ") and sentence connectors come before the subject.
RE_LEAD = re.compile(
    # A dateline: "GENEVA —", "BAMARA, Koundara (Wire) — ", "ANTALYA, Turkey (Reuters) -".
    r"(?:[A-Z][A-Z .,'’\-]{2,40}(?:,[ \u00a0]+[A-Z][^\W\d_]+(?:[ \u00a0]+[A-Z][^\W\d_]+){0,2})?(?:[ \u00a0]*\([^)]{1,40}\))?"
    r"[ \u00a0]*[-–—][ \u00a0]*|[A-Z]{3,}:[ \u00a0]+)?"
    r"(?:(?:But|And|However|Meanwhile|Still|Yet|So|Also|Separately|Earlier|Later|Now|Then)\b,?[ \u00a0]+)*"
)
# A leading adverbial ending with a comma ("On Tuesday, ", "In a statement on Monday, ", "Asked about the deal, ").
RE_LEAD_ADV = re.compile(
    r"(?:(?:On|In|At|During|After|Before|Speaking|Asked|Earlier|Later|Last|This|Separately|However|Meanwhile|Since|When|While"
    r"|Writing|From|For|With|Through|Over|Under|Following|Because|Although|Though|If|As|Despite|Given|Like|Unlike|Instead)\b"
    r"[^,;:]{0,90}?,[ \u00a0]+)"
)
# "..., who recently said she wants ...", "the Fed, which has insisted it will ...": a relative clause reports speech.
RE_RELATIVE = re.compile(rf"{WORD_START}(?:[Tt]he[ \u00a0]+)?(?P<relname>{NAME_RUN})[ \u00a0]*,[ \u00a0]+(?:who|which)[ \u00a0]+(?:\w+ly[ \u00a0]+)?{CUE}", FLAGS)
# A time adverbial between the cue and a bare clause ("indicated last week it may cut ...").
RE_TIME_AFTER = re.compile(
    r"[ \u00a0]+(?:(?:last|this|next|earlier[ \u00a0]+this)[ \u00a0]+(?:week|month|year|night|\w+day)|yesterday|today|on[ \u00a0]+\w+day)\b"
)
RE_PARTICIPLE_CLAUSE = re.compile(
    r",[ \u00a0]+(?P<verb>saying|claiming|adding|noting|arguing|warning|insisting|explaining|stressing)[ \u00a0]+(?:that[ \u00a0]+)?"
)
