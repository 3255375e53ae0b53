"""Word lists that decide what counts as a cue, a source noun or a hedge.

The verb lists were derived with ``python -m eventwire.claims.tune`` on the PolNeAR train
split (400 articles): a lemma is a cue when it headed a gold cue in at least 40% of its
occurrences (``SPEECH_VERBS``), or in at least 40% of the occurrences where the parser
gave it a clausal complement (``CLAUSAL_VERBS``, accepted only with one). Lemmas that are
parser artefacts were removed by hand; conflict-news verbs the corpus lacks were added.
"""

from __future__ import annotations

SPEECH_VERBS = frozenset("""
accuse acknowledge add admit affirm agree allege allude announce apologize appear applaud
argue articulate ask assail assert assure balk bemoan blame boast brag broadcast call
caution challenge charge cite claim clarify coin complain concede conclude condemn confirm
congratulate contend criticize declare decline decry deem demand denounce deny
deride describe detail disavow disclose discuss dismiss distance document dub echo email
emphasize endorse envision estimate expect explain express fear forecast foresee hail
highlight hint hope hop imply indicate insist interpret joke label lament liken mention
mock note observe order plead point portray post praise predict prefer proclaim promise
propose protest question quote rail rebuff rebuke rebut recall recite recommend recount
refer reference refuse reiterate reject remark remind repeat reply report repudiate request
respond reveal say seem shout show shrug signal single slam speculate state stress suggest
suspect tell thank threaten tout trumpet tweet underscore urge utter voice vouch vow warn
wonder worry write yell
offer seek oppose pledge answer press comment advocate
""".split())

# Nouns that carry an attribution: "his warning that ...", "a call for ...".
NOUN_CUES = frozenset("""
statement criticism complaint suggestion mention disclosure warning vow rejection
denunciation disagreement accusation allegation assertion claim announcement call promise
pledge demand refusal denial admission insistence remarks comment
""".split())

CLAUSAL_VERBS = frozenset("""
convince determine encourage find learn read recognize

""".split())

# Verbs whose direct object is the addressee, never the content ("told reporters").
ADDRESSEE_VERBS = frozenset("tell ask remind assure urge thank congratulate persuade".split())

# "X released a video showing ...": the verb is a cue only with one of these objects.
RELEASE_VERBS = frozenset("release publish post issue share broadcast air distribute".split())
MEDIA_OBJECTS = frozenset("""
video footage statement image photo photograph picture recording clip communique message
tweet report document map audio
""".split())

# Sourceless hedges: "It is said that ...", "X is reported to ...", "reportedly".
HEDGE_PASSIVES = frozenset("""
say report believe understand allege claim rumor rumour think suspect know expect fear
""".split())
HEDGE_ADVERBS = frozenset("""
reportedly allegedly purportedly supposedly ostensibly apparently seemingly
""".split())

# Source head nouns that name a person, for "he/she" (and not "it").
PERSON_NOUNS = frozenset("""
spokesman spokeswoman spokesperson official minister president premier chancellor king
commander general colonel officer soldier analyst expert reporter correspondent journalist
editor source witness resident leader head chief director governor mayor senator
secretary ambassador envoy adviser advisor aide lawyer attorney man woman father mother
candidate prosecutor judge doctor professor researcher activist diplomat lawmaker
""".split())

# Source head nouns that stand for an outlet or agency: a link of the reporting chain.
MEDIA_WORDS = frozenset("""
news agency press newspaper paper times post journal tribune herald gazette daily
television tv radio broadcaster channel network wire magazine outlet website reuters afp
ap bbc cnn nbc cbs abc fox msnbc npr pbs upi tass ria interfax xinhua yonhap kyodo
bloomberg guardian telegraph politico axios jtbc kbs mbc sbs dpa efe ansa anadolu
al-jazeera aljazeera jazeera
""".split())
