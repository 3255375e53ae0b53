"""The trigger lexicon: words that report an event, with their CAMEO code.

Written from the CAMEO and PLOVER codebooks' category descriptions (general verbs and
event nouns, no example sentences). Each row is

    lemma [+ word ...] | POS | CAMEO code | options

``POS`` is V (verb), N (event noun) or A (predicative adjective: "ready to", "willing to").
Words after ``+`` must follow the head within a few tokens ("take + prisoner",
"take + over"). Options:

    w=0.6          prior weight (how often the word reports this event; default 1.0)
    prep=for,on    only counts with one of these prepositions/particles attached
    obj=CLASS:CODE use CODE when the object (or "of" complement) is of CLASS
                   (territory, person, arms, sanction, relations, aid, ban, curfew, emergency, pardon)
    ctx=CLASS:CODE use CODE when the sentence mentions CLASS words (suicide, car, roadside, air, chem)
    tprep=to,on    prepositions whose object is the target
    aprep=to       prepositions whose object is the actor (passives use "by" always)
    block=CLASS    not an event when the object is of CLASS (media: "released a video")
    need=CLASS     only an event when the object is of CLASS ("set up a base", "found explosives")
    xcomp          the event is the verb it governs ("agreed to ...", "refused to ...")
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

LEXICON_ROWS = r"""
# ---- AGREE (03): intent to cooperate
agree | V | 030 | xcomp
promise | V | 030 | xcomp
pledge | V | 030 | xcomp ; obj=aid:033
vow | V | 030 | xcomp ; w=0.8
swear | V | 030 | xcomp ; w=0.8
offer | V | 030 | obj=aid:033
commit | V | 030 | w=0.7 ; prep=to
volunteer | V | 030 | w=0.7
willing | A | 030 | xcomp
ready | A | 030 | xcomp ; w=0.8
prepared | A | 030 | xcomp ; w=0.7
accept | V | 030 | w=0.8 ; obj=demands:083 ; block=responsibility
agreement | N | 030 | w=0.8
pledge | N | 030 | w=0.8
promise | N | 030 | w=0.7
# ---- CONSULT (04)
meet | V | 040
meeting | N | 040 | w=0.8
talk | N | 040 | w=0.7
talk | V | 040 | prep=with ; w=0.8
discuss | V | 040
discussion | N | 040 | w=0.7
consult | V | 040
consultation | N | 040 | w=0.8
confer | V | 040 | w=0.8
negotiate | V | 046
negotiation | N | 046
mediate | V | 045
mediation | N | 045
summit | N | 040 | w=0.8
visit | V | 042
visit | N | 042
host | V | 043 | w=0.8
telephone | V | 041
phone | V | 041
call | N | 041 | w=0.5
arrive | V | 042 | w=0.5
travel | V | 042 | w=0.5
# ---- SUPPORT (05)
praise | V | 051
endorse | V | 051
welcome | V | 051 | w=0.8
hail | V | 051
commend | V | 051
congratulate | V | 051
applaud | V | 051
back | V | 051 | w=0.7
support | V | 051 | w=0.8
support | N | 051 | w=0.6
thank | V | 051 | w=0.8
recognize | V | 054 | w=0.8
recognise | V | 054 | w=0.8
apologize | V | 055
apologise | V | 055
apology | N | 055
forgive | V | 056
sign | V | 057 | w=0.8
establish | V | 054 | need=relations ; w=0.8
upgrade | V | 054 | need=relations ; w=0.8
restore | V | 054 | need=relations ; w=0.8
# ---- COOPERATE (06)
cooperate | V | 060
cooperation | N | 060 | w=0.8
collaborate | V | 060
coordinate | V | 060 | w=0.7
share | V | 064 | w=0.6
extradite | V | 063
extradition | N | 063
# ---- AID (07)
aid | V | 070
aid | N | 070 | w=0.7
assistance | N | 070 | w=0.7
donate | V | 071
grant | V | 070 | w=0.8 ; obj=asylum:075 ; obj=pardon:0841
provide | V | 070 | w=0.8
supply | V | 070 | w=0.8
deliver | V | 070 | w=0.7
send | V | 070 | w=0.6 ; obj=troops:154
help | V | 070 | w=0.6
fund | V | 071 | w=0.7
give | V | 070 | need=aid ; w=0.7
loan | N | 071 | w=0.6
asylum | N | 075 | w=0.8
rescue | V | 073 | w=0.7
evacuate | V | 073 | w=0.6
# ---- CONCEDE (08) / RETREAT (084-087)
yield | V | 080 | w=0.7
concede | V | 080
concession | N | 080 | w=0.8
ease | V | 081 | obj=sanction:085
relax | V | 081
call + off | V | 082 | w=0.8
lift | V | 081 | obj=sanction:085 ; obj=curfew:0813 ; obj=emergency:0814 ; obj=blockade:0872
cancel | V | 081 | need=restrictions ; obj=sanction:085 ; obj=curfew:0813 ; obj=emergency:0814 ; obj=blockade:0872
remove | V | 081 | need=restrictions ; obj=sanction:085 ; obj=curfew:0813 ; obj=emergency:0814 ; obj=blockade:0872
shorten | V | 081 | need=restrictions ; obj=sanction:085 ; obj=curfew:0813 ; obj=emergency:0814 ; obj=blockade:0872
scrap | V | 081 | need=restrictions ; obj=sanction:085 ; obj=curfew:0813 ; obj=emergency:0814 ; obj=blockade:0872
rescind | V | 081 | need=restrictions ; obj=sanction:085 ; obj=curfew:0813 ; obj=emergency:0814 ; obj=blockade:0872
revoke | V | 081 | need=restrictions ; obj=sanction:085 ; obj=curfew:0813 ; obj=emergency:0814 ; obj=blockade:0872
accede | V | 083
compromise | V | 080 | w=0.8
resign | V | 0831
resignation | N | 0831
step + down | V | 0831
back + down | V | 080
give + in | V | 080
legalize | V | 0812
allow | V | 080 | w=0.7 ; obj=aid:0863
permit | V | 080 | w=0.6
release | V | 0841 | block=media
free | V | 0841 | w=0.8 ; obj=territory:190
release | N | 0841 | w=0.7
pardon | V | 0841 | w=0.8
pardon | N | 0841 | w=0.7
return | V | 0842 | w=0.5 ; obj=person:0841
hand + over | V | 0842 | obj=aid:070
withdraw | V | 0872 | obj=relations:161
withdrawal | N | 0872
retreat | V | 0874
retreat | N | 0874
surrender | V | 0874 | tprep=to
surrender | N | 0874
capitulate | V | 0874
disarm | V | 0873
demobilize | V | 0873
ceasefire | N | 0871 | w=0.8
truce | N | 0871 | w=0.8
pull + out | V | 0872
pull + back | V | 0872
lay + down | V | 0873
# ---- ACCUSE (09, 11)
investigate | V | 090 | ctx=warcrime:094 ; ctx=corruption:091
investigation | N | 090 | ctx=warcrime:094 ; ctx=corruption:091
probe | V | 090
probe | N | 090
inquiry | N | 090 | w=0.8
accuse | V | 112 | ctx=warcrime:1124
accusation | N | 112
allege | V | 112 | w=0.7
blame | V | 112
criticize | V | 111
criticise | V | 111
criticism | N | 111
condemn | V | 111
condemnation | N | 111
denounce | V | 111
deplore | V | 111
decry | V | 111
slam | V | 111 | w=0.8
lambast | V | 111
rebuke | V | 111
censure | V | 111
chide | V | 111
fault | V | 111 | w=0.7
disapprove | V | 110
complain | V | 114
complaint | N | 114
sue | V | 115
lawsuit | N | 115
convict | V | 116
# ---- REQUEST (10)
urge | V | 100
call | V | 100 | prep=for,on,upon
appeal | V | 100
appeal | N | 100
ask | V | 100
demand | V | 100 | obj=person:1053
demand | N | 100
request | V | 100
request | N | 100
plead | V | 100
press | V | 100 | prep=for ; w=0.8
seek | V | 100 | w=0.7
petition | V | 100
invite | V | 106 | w=0.8
invitation | N | 106 | w=0.7
insist | V | 100 | w=0.6
# ---- REJECT (12)
reject | V | 120
rejection | N | 120
refuse | V | 120 | xcomp
refusal | N | 120
decline | V | 120 | w=0.6 ; xcomp
veto | V | 129
veto | N | 129
oppose | V | 120 | w=0.8
opposition | N | 120 | w=0.4 ; prep=to
defy | V | 128
dismiss | V | 120 | w=0.6
rebuff | V | 120
spurn | V | 120
turn + down | V | 120
deny | V | 120 | w=0.7
resist | V | 128 | w=0.7
ignore | V | 128 | w=0.6
# ---- THREATEN (13)
threaten | V | 130 | xcomp
threat | N | 130
warn | V | 130
warning | N | 130 | w=0.8
ultimatum | N | 139
# ---- PROTEST (14)
protest | V | 141 | tprep=against
protest | N | 141
demonstrate | V | 141 | w=0.8
demonstration | N | 141
rally | V | 141 | w=0.8
rally | N | 141
march | V | 141 | w=0.6
march | N | 141 | w=0.6
picket | V | 141
strike | N | 143 | ctx=air:195 ; ctx=armed:190
boycott | V | 143
boycott | N | 143
riot | V | 145
riot | N | 145
unrest | N | 145 | w=0.7
hunger + strike | N | 142
block | V | 144 | w=0.6
# ---- MOBILIZE (15)
mobilize | V | 154
mobilise | V | 154
mobilization | N | 154
deploy | V | 154
deployment | N | 154
strengthen | V | 154 | need=troops ; w=0.7
bolster | V | 154 | need=troops ; w=0.7
alert | N | 152 | w=0.6
mass | V | 154 | w=0.7
exercise | N | 150 | w=0.5
establish | V | 150 | need=base ; w=0.7
set + up | V | 150 | need=base ; w=0.7
form | V | 150 | need=troops ; w=0.6
create | V | 150 | need=base ; w=0.6
build | V | 150 | need=base ; w=0.6
dispatch | V | 154 | w=0.7
move | V | 154 | need=troops ; w=0.6
reinforce | V | 154 | w=0.7
drill | N | 150 | w=0.5
# ---- SANCTION (16)
sanction | V | 163
sanction | N | 163
embargo | N | 163
cut | V | 162 | w=0.6 ; obj=relations:161
sever | V | 161
suspend | V | 162 | w=0.8 ; obj=relations:161 ; obj=talks:164
halt | V | 162 | w=0.6 ; obj=talks:164
end | V | 164 | need=talks ; w=0.7
cancel | V | 164 | need=talks ; w=0.7
suspension | N | 162 | w=0.8 ; obj=talks:164 ; obj=relations:161
prohibit | V | 172 | obj=aid:162
reduce | V | 162 | need=aid ; w=0.7
freeze | V | 162 | w=0.7
expel | V | 166 | obj=relations:166 ; obj=person:174
expulsion | N | 166
recall | V | 161 | w=0.6
downgrade | V | 161
break + off | V | 161
# ---- COERCE (17, 191, 192)
arrest | V | 173
arrest | N | 173
detain | V | 173
detention | N | 173
jail | V | 173
imprison | V | 173
sentence | V | 173
charge | V | 173 | prep=with ; w=0.8
indict | V | 173
prosecute | V | 173
apprehend | V | 173
take + prisoner | V | 173
take + into + custody | V | 173
round + up | V | 173
capture | V | 173 | obj=territory:190
capture | N | 190 | w=0.8
seize | V | 171 | obj=territory:190 ; obj=person:173
seizure | N | 171
confiscate | V | 1711
defuse | V | 171 | w=0.8
dismantle | V | 171 | w=0.6
discover | V | 171 | need=arms ; w=0.6
find | V | 171 | need=arms ; w=0.5
clear | V | 171 | need=arms ; w=0.6
defect | V | 128 | w=0.6
occupy | V | 192
occupation | N | 192
annex | V | 192 | aprep=to
annexation | N | 192
take + over | V | 192
takeover | N | 192
take + control | V | 192
come + under + control | V | 192
overrun | V | 190
recapture | V | 190
push + back | V | 190 | w=0.7 ; need=territory,troops,person
wrest + control | V | 192
gain + ground | V | 192 | w=0.7
retake | V | 190
regain | V | 192 | w=0.8
liberate | V | 192 | w=0.8
lock + down | V | 191
blockade | V | 191
blockade | N | 191
besiege | V | 191
siege | N | 191
impose | V | 172 | obj=curfew:1723 ; obj=emergency:1724 ; obj=sanction:163
ban | V | 172
ban | N | 172
restrict | V | 172
restriction | N | 172 | w=0.7
curfew | N | 1723
deport | V | 174
deportation | N | 174
raid | V | 170 | w=0.8
raid | N | 170 | w=0.8 ; ctx=air:195
punish | V | 170
crackdown | N | 175
crack + down | V | 175
confine | V | 173 | w=0.7
transport | V | 173 | w=0.6 ; passive_person
transfer | V | 173 | w=0.5 ; passive_person
move | V | 173 | w=0.5 ; passive_person
take | V | 173 | w=0.5 ; passive_person ; prep=to
# ---- ASSAULT (18-20)
attack | V | 190 | ctx=suicide:1831 ; ctx=car:1832 ; ctx=roadside:1833 ; ctx=chem:2041
attack | N | 190 | ctx=suicide:1831 ; ctx=car:1832 ; ctx=roadside:1833 ; ctx=chem:2041 ; tprep=on,against
assault | V | 182
assault | N | 190 | tprep=on,against
kill | V | 190
killing | N | 190
murder | V | 1823
murder | N | 1823
execute | V | 1823 | w=0.8
shoot | V | 193
shooting | N | 193
gunfire | N | 193
fire | V | 193 | w=0.6 ; prep=on,at,into,upon
open + fire | V | 193
shell | V | 194
shelling | N | 194
bombard | V | 194
bombardment | N | 194
bomb | V | 195 | ctx=suicide:1831 ; ctx=car:1832 ; ctx=roadside:1833
bombing | N | 183 | ctx=suicide:1831 ; ctx=car:1832 ; ctx=roadside:1833 ; ctx=air:195
airstrike | N | 195
strike | V | 190 | w=0.8 ; ctx=air:195
hit | V | 190 | w=0.5
target | V | 190 | w=0.6
fight | V | 190
fight | N | 190 | w=0.8
fighting | N | 190
clash | V | 190
clash | N | 190
battle | V | 190
battle | N | 190 | w=0.8
combat | N | 190 | w=0.6
invade | V | 190
invasion | N | 190
offensive | N | 190 | w=0.8
ambush | V | 190
ambush | N | 190
storm | V | 190 | w=0.7
explode | V | 183 | ctx=suicide:1831 ; ctx=car:1832 ; ctx=roadside:1833
explosion | N | 183 | ctx=suicide:1831 ; ctx=car:1832 ; ctx=roadside:1833
blast | N | 183 | ctx=suicide:1831 ; ctx=car:1832 ; ctx=roadside:1833
detonate | V | 183 | ctx=suicide:1831
blow + up | V | 183
drop | V | 195 | need=munitions ; w=0.7
destroy | V | 1712
destruction | N | 1712 | w=0.7
burn | V | 1712 | w=0.7
torch | V | 1712
set + fire | V | 1712
demolish | V | 1712
loot | V | 171
steal | V | 171 | w=0.7
looting | N | 171
vandalize | V | 171
massacre | V | 202
massacre | N | 202
slaughter | V | 202
genocide | N | 203
assassinate | V | 186
assassination | N | 186
torture | V | 1822
torture | N | 1822
rape | V | 1821
rape | N | 1821
abuse | V | 182 | w=0.6 ; ctx=sexual:1821
cleansing | N | 203 | w=0.8
molest | V | 1821
use | V | 2041 | need=chem ; w=0.7
beat | V | 182 | w=0.6
stab | V | 182
kidnap | V | 181
kidnapping | N | 181
abduct | V | 181
abduction | N | 181
hijack | V | 181
take + hostage | V | 181
injure | V | 190 | w=0.6
wound | V | 190 | w=0.6
violate | V | 196 | w=0.6
violation | N | 196 | w=0.5
"""

# Word classes the options refer to (lemmas; entity labels are checked in code).
WORD_CLASSES: dict[str, frozenset[str]] = {
    "territory": frozenset(
        "town city village territory area region base airport province district capital "
        "port hill position stronghold neighborhood neighbourhood island border zone "
        "outpost checkpoint valley bridge".split()
    ),
    "person": frozenset(
        "person people prisoner hostage detainee soldier troop fighter civilian journalist "
        "activist leader member official man woman child commander militant rebel "
        "personnel worker student protester demonstrator opposition politician suspect "
        "diplomat crew citizen national terrorist insurgent jihadist gunman bandit "
        "separatist".split()
    ),
    "media": frozenset(
        "video statement report footage photo photograph image picture data figure detail "
        "album film book list document result information communique song study survey "
        "version update movie record".split()
    ),
    "sanction": frozenset("sanction embargo boycott".split()),
    "demands": frozenset("demand ultimatum condition".split()),
    "responsibility": frozenset("responsibility blame".split()),  # claimed, not agreed
    "restrictions": frozenset("restriction curfew ban sanction embargo blockade emergency "
                              "limit barrier".split()),
    "relations": frozenset("relation tie ambassador envoy diplomat embassy".split()),
    "aid": frozenset("aid assistance help supply food medicine loan fund grant relief grain "
                      "flour rice wheat vaccine drug blanket tent water".split()),
    "talks": frozenset("talk negotiation mediation dialogue contact visit trip meeting link "
                       "flight".split()),
    "sexual": frozenset("sexually sexual".split()),
    # what is dropped from the air (not "dropped their weapons", a surrender)
    "munitions": frozenset("bomb munition missile shell barrel explosive rocket leaflet "
                           "payload".split()),
    "asylum": frozenset(["asylum"]),
    "pardon": frozenset("pardon clemency amnesty reprieve commutation".split()),  # released by grace
    "troops": frozenset("troop soldier force army warship jet unit marine battalion brigade "
                        "regiment division militia".split()),
    "curfew": frozenset(["curfew"]),
    "blockade": frozenset("blockade siege".split()),
    "emergency": frozenset("emergency martial".split()),
    "arms": frozenset("weapon arm gun ammunition explosive mine landmine cache grenade ied "
                      "device bomb rocket shell munition tnt detonator".split()),
    "base": frozenset("base post checkpoint headquarters camp outpost position garrison "
                      "point".split()),
    # sentence-context classes
    "suicide": frozenset(["suicide"]),
    "car": frozenset(["car"]),
    "roadside": frozenset("roadside ied".split()),
    "air": frozenset("air airstrike aerial warplane jet drone plane aircraft helicopter".split()),
    "armed": frozenset("military missile rocket drone".split()),
    "chem": frozenset("chemical chlorine sarin gas mustard toxic poison".split()),
    "warcrime": frozenset(["war"]),
    "corruption": frozenset("corruption fraud bribery embezzlement".split()),
}


@dataclass(frozen=True, slots=True)
class LexEntry:
    """One way a word can report an event."""

    lemma: str
    pos: str
    code: str
    extra: tuple[str, ...] = ()
    weight: float = 1.0
    preps: tuple[str, ...] = ()
    obj_codes: tuple[tuple[str, str], ...] = ()
    ctx_codes: tuple[tuple[str, str], ...] = ()
    target_preps: tuple[str, ...] = ()
    actor_preps: tuple[str, ...] = ()
    block: tuple[str, ...] = ()
    need: tuple[str, ...] = ()
    xcomp: bool = False
    passive_person: bool = False


def _parse_row(row: str) -> LexEntry:
    cells = [c.strip() for c in row.split("|")]
    words = cells[0].split("+")
    lemma, extra = words[0].strip(), tuple(w.strip() for w in words[1:])
    pos, code = cells[1], cells[2]
    kwargs: dict = {}
    obj_codes: list[tuple[str, str]] = []
    ctx_codes: list[tuple[str, str]] = []
    for opt in (o.strip() for o in (cells[3] if len(cells) > 3 else "").split(";")):
        if not opt:
            continue
        key, _, value = opt.partition("=")
        if key == "w":
            kwargs["weight"] = float(value)
        elif key == "prep":
            kwargs["preps"] = tuple(value.split(","))
        elif key == "obj":
            cls, _, c = value.partition(":")
            obj_codes.append((cls, c))
        elif key == "ctx":
            cls, _, c = value.partition(":")
            ctx_codes.append((cls, c))
        elif key == "tprep":
            kwargs["target_preps"] = tuple(value.split(","))
        elif key == "aprep":
            kwargs["actor_preps"] = tuple(value.split(","))
        elif key == "block":
            kwargs["block"] = tuple(value.split(","))
        elif key == "need":
            kwargs["need"] = tuple(value.split(","))
        elif key == "xcomp":
            kwargs["xcomp"] = True
        elif key == "passive_person":
            kwargs["passive_person"] = True
        else:
            raise ValueError(f"unknown lexicon option {opt!r} in {row!r}")
    return LexEntry(
        lemma, pos, code, extra, obj_codes=tuple(obj_codes), ctx_codes=tuple(ctx_codes), **kwargs
    )


@functools.lru_cache(maxsize=1)
def lexicon() -> dict[str, list[LexEntry]]:
    """head lemma -> entries, phrases (with ``extra`` words) first."""
    table: dict[str, list[LexEntry]] = {}
    for raw in LEXICON_ROWS.splitlines():
        row = raw.strip()
        if not row or row.startswith("#"):
            continue
        entry = _parse_row(row)
        table.setdefault(entry.lemma, []).append(entry)
    for entries in table.values():
        entries.sort(key=lambda e: -len(e.extra))
    return table
