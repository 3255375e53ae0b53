"""The words of a trigger's clause the event judgements read: its subjects, objects and
phrases, the word classes they belong to, light verbs, namings, and the shared word lists.

Split from :mod:`.triggers`; every reading of a clause below it uses these.
"""

from __future__ import annotations

import functools

from spacy.tokens import Token

from ..geo.gazetteer import shared_gazetteer
from ..nlp.syntax import base_forms, is_passive, to_infinitive
from .datepatterns import MONTHS, WEEKDAYS
from .lexicon import WORD_CLASSES, LexEntry
from .lexicon import words as word_set

PHRASE_WINDOW = 5  # tokens after the head within which a phrase's other words must appear
FAR_PHRASE_WINDOW = 12  # ... or further, when the head or its object governs them
# Named-entity labels a trigger word must not sit inside ("Rally" in a party name, "March").
BLOCKING_ENT_LABELS = frozenset(
    "DATE TIME PERSON ORG GPE WORK_OF_ART LAW NORP FAC LOC PRODUCT MONEY".split()
)
VERB_POS = frozenset({"VERB"})
NOUN_POS = frozenset({"NOUN"})
HEADLINE_POS = frozenset({"VERB", "NOUN", "PROPN", "ADJ"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
OBJECT_DEPS = frozenset({"dobj", "obj", "attr", "oprd"})
OBLIGATION_WORDS = frozenset({"must", "should"})
# marks that make a craft military ("army helicopters", "armoured vehicles")
MILITARY_MARKS = frozenset("army military navy naval fighter combat attack assault armed armoured armored".split())
NEED_VERBS = frozenset({"need", "have"})  # "need to", "have to": what must be done
CARRYING_VERBS = frozenset({"carry", "bring", "transport", "deliver"})  # "a convoy carrying food"
PRESENT_TAGS = frozenset({"VB", "VBP", "VBZ"})  # "had to evacuate" says it was done
PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})  # entity labels that name places
POLITICAL_ENTS = frozenset({"GPE", "NORP"})  # entity labels that name states and peoples
MISREAD_STATE_ENTS = frozenset({"ORG", ""})  # labels the tagger gives a country's name acting ("Armenia")
OCCASION_PREPS = frozenset({"after", "following", "before", "since", "amid"})  # when, not what, of an act
# ("called for sanctions after the killing of ...": the occasion of the call, not what it asks)
BLOCK_PREPS = ("for", "with")  # whose objects a lexicon row's block= also reads
# "the fight against corruption", "airlifted to a hospital" (not "a rally against
# the government's campaign of arrests": a campaign in an "against" phrase is no campaign rally)
CLASS_BLOCK_PREPS = {"ills": ("against",), "care": ("to",), "claims": ("against",),  # ("a counterattack
                     # against the claims": in words)
                     "contests": ("from", "of")}  # ("withdrew from the race": a candidate's step)
NAMED_BY_MODIFIER = frozenset({"aid"})  # subject classes a doer's own modifier names ("an aid convoy arrived"),
# besides what it carries (a "troop convoy" may be empty; "a convoy carrying troops" is not)
# clauses set beside a verb that say why it was done, read by a row's block= of these classes
# ("crossed into Tajikistan to escape the Taliban", "crossed into Ukraine and surrendered",
# "after fleeing fighting")
CLASS_BLOCK_CLAUSES = {"flight": ("advcl", "xcomp", "conj", "pcomp")}
TIME_ENTS = frozenset({"DATE", "TIME"})  # a phrase that says when, not what or where
SHOW_OF_FORCE_CODE = "150"  # CAMEO: demonstrate military power ("test-fired", "fired warning shots")
FIRING_TYPES = frozenset({"ASSAULT"})  # the readings a "test" before the verb turns into a test
OPEN_WATERS = frozenset({"sea", "ocean", "water", "waters"})  # where a missile fired hits no one
SHIP_HARMS = frozenset({"hit", "strike", "damage", "sink", "ablaze"})  # ... unless it hit something
AIMED_AT = frozenset({"at", "toward", "towards"})
SEAWARD_PREPS = frozenset({"into", "toward", "towards"})  # a missile fired out to sea
HOSTING_CLASSES = frozenset({"holder", "guests"})  # classes a titled name fills whatever the tagger's label
TITLED_CLASSES = frozenset({"relations", "peacekeepers", "monitors"})  # classes of office a name's title may carry
WALKOUT_TYPES = frozenset({"PROTEST"})  # a "strike" read as a stoppage of work, which may be an air strike
CONVENTIONAL_ATTACK_CODE = "190"
WALKOUT_KINDS = frozenset({"general", "national", "nationwide", "indefinite", "hunger", "teachers", "doctors"})
HITTING_VERBS = frozenset({"hit", "strike", "destroy", "flatten", "level", "damage", "target", "kill", "wound"})
HIT_SITES = frozenset({"house", "home", "building", "school", "hospital", "market", "camp", "shelter", "village",
                       "town", "neighbourhood", "neighborhood", "car", "vehicle", "mosque", "church"})
GRIEVANCE_PREPS = ("over", "for", "against")  # what a walkout is held over ("over unpaid wages")
# classes only an object's head word names ("suspended the association agreement" suspends no
# association; "the policy's critics" are no policy)
HEAD_ONLY_CLASSES = frozenset({"policy", "outfits", "press", "guests", "security", "reins"})  # ("sent police
# officers" raises police power; "sent military experts to investigate" does not)
# classes an adjective on an event noun itself may name for need= ("joint patrols")
ADJECTIVE_KINDS = frozenset({"joint"})
WALKOUT_CODE = "143"  # CAMEO: conduct strike or boycott (PLOVER PROTEST)
# verbs a walkout is "on" ("went on strike", "are on strike", "remained on strike")
ON_STRIKE_VERBS = frozenset("go be remain stay come continue".split())
# Light verbs whose subject carries out force, not a walkout or a statement: a noun's subj=
# codes read their subject, and their "on" phrase is the noun's target ("resumed its attacks on Kyiv").
FORCE_CARRIERS = frozenset("carry conduct launch mount perpetrate undertake resume continue escalate intensify "
                           "step renew wage".split())
# Verbs that take an event noun as object without adding meaning ("carried out an attack").
LIGHT_VERBS = frozenset(
    "carry launch conduct stage hold make mount begin start continue wage undertake "
    "perpetrate commit organize organise lead resume escalate step announce declare order "
    "impose call open extend join file lodge bring voice express submit level "
    "reimpose slap renew unveil tighten adopt execute".split()
)
LATER_WORDS = frozenset({"later", "subsequently", "afterwards", "afterward"})  # a time after, told bare
# Verbs that report what someone said: one set for every judgement that asks whether a
# clause is told by another ("the army said it had recaptured", "marched, saying").
REPORTING_LEMMAS = frozenset(
    "say declare conclude insist state tell announce reiterate argue warn stress add claim note".split()
)
PARTITIVES = frozenset({"part", "some", "most", "much", "rest", "control", "all", "parts", "group",
                        "number", "dozen", "hundred", "thousand", "score", "handful",
                        "team", "mission", "delegation", "contingent",  # "a team of inspectors"
                        "state", "percent", "share", "majority", "half", "third",  # "declared a
                        # state of emergency", "captured 40 percent of the vote"
                        "series", "wave", "spate", "string", "barrage", "salvo", "volley"})  # "set off
# a series of bombs", "fired a barrage of rockets": what was set off or fired
ACCESS_NOUNS = frozenset({"access", "entry"})  # "blocked access to X", "denied entry to X": an act on X
# Measures that hide what was handed over: "700 kg of medicine", "a shipment of arms",
# "5 million dollars of aid".
MEASURES = frozenset(
    "kg kilogram kilo ton tonne pound litre liter gallon barrel shipment consignment load "
    "truckload batch quantity amount supply crate box bag package delivery worth "
    "dollar euro yuan rupee shilling naira franc yen rouble ruble".split()
)




def verb_in(tok: Token, verbs: frozenset[str]) -> bool:
    """Lemma lookup that survives the lemmatizer's misses ("staged" -> "stag")."""
    return tok.lemma_.lower() in verbs or any(f in verbs for f in base_forms(tok.text))


def light_verb(tok: Token) -> bool:
    """A verb that only carries an act noun ("launched an attack", "carried out the raid"):
    "carry" only with "out" ("the warning, carried by state media": broadcast)."""
    if not verb_in(tok, LIGHT_VERBS):
        return False
    if tok.lemma_.lower() in NAMING_VERBS and naming_complement(tok) is not None:
        return False  # "called the explosion an attack": named, not held ("called a strike")
    return tok.lemma_.lower() != "carry" or any(c.dep_ == "prt" and c.lower_ == "out" for c in tok.children)


NAMING_VERBS = frozenset("call describe label brand term dub characterize characterise name".split())


def in_protest(tok: Token) -> bool:
    """ "in protest at the war in Gaza": a phrase of grievance, why something was done."""
    return tok.lemma_.lower() == "protest" and tok.dep_ == "pobj" and tok.head.lower_ == "in"


def naming_complement(verb: Token) -> Token | None:
    """What a verb of naming calls its object: "called the report false", "calling it an
    aggression" (a second object), "described the attacks as a dastardly act"."""
    objs = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    if not objs:  # "called Britain's ambassador a very stupid guy": the parser may make the one
        # named its second object, and hang what he is called on him
        named = [c for c in verb.children if c.dep_ == "oprd" and c.pos_ in ("NOUN", "PROPN")]
        return _glued_appos(verb, named[0]) if named else None
    for c in verb.children:
        if c.dep_ == "oprd" or (c.dep_ in ("dobj", "obj") and c.i > objs[0].i):
            return c
        if c.dep_ in ("advcl", "acomp") and c.pos_ == "ADJ" and any(
                g.lower_ == "as" for g in c.children):
            return c  # "described the charges as politically motivated"
    said_as = _as_phrase(verb, objs[0].i) or _as_phrase(objs[0], objs[0].i)  # "as" on the object too
    if said_as is not None:
        return said_as
    after = [c for c in objs[0].children if c.dep_ in ("acl", "amod") and c.pos_ == "ADJ" and c.i > objs[0].i]
    if after:
        return after[0]  # "called the agreement 'null and void'": the parser hangs it on the object
    right = [c for c in verb.children if c.dep_ == "advmod" and c.i == objs[0].right_edge.i + 1
             and any(c.lower_ in WORD_CLASSES[v] for v in ("condemnation", "denial"))]
    if right:
        return right[0]  # "called the attack cowardly": an adjective the parser read as an adverb
    return _glued_appos(verb, objs[0])  # "branded the attack a war crime" (no comma)


def _glued_appos(verb: Token, obj: Token) -> Token | None:
    """A noun in apposition to the object with no comma between: what the object is called."""
    glued = [c for c in obj.children if c.dep_ == "appos" and c.i > obj.i
             and not any(t.is_punct and not t.is_quote for t in verb.doc[obj.i + 1: c.left_edge.i])]
    return glued[0] if glued else None


def _as_phrase(head: Token, after: int) -> Token | None:
    """The noun or adjective of an "as" phrase on ``head`` after ``after``: "as baseless"."""
    for c in head.children:
        if c.dep_ == "prep" and c.lower_ == "as" and c.i > after:
            return next((g for g in c.children if g.dep_ == "pobj" or g.pos_ == "ADJ"), None)
    return None


def given_a_name(verb: Token) -> bool:
    """ "a think tank called the X", "a man called Ahmed": a name given, however the parser
    hangs it (not "a statement calling the raid illegal": a participle that says something)."""
    return verb.dep_ == "acl" and verb.tag_ != "VBG"


STRANGERS = frozenset({"man", "person", "people", "individual"})  # whom "armed", "masked" make a band
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his"})  # a person, whoever ("they", "them" may be things)


def armed_marked(token: Token) -> bool:
    """A party marked as armed strangers ("armed", "masked", "unidentified": word set
    ``armed_marks``), whose violence is ACLED's on anyone."""
    marks = word_set("armed_marks")
    return any(c.dep_ == "amod" and (c.lemma_.lower() in marks or c.lower_ in marks) for c in token.children)


def armed_strangers(token: Token) -> bool:
    """ "Armed men", "unidentified men", "masked individuals": people whom a mark makes armed
    strangers."""
    return token.lemma_.lower() in STRANGERS and armed_marked(token)


def word_class(token: Token, cls: str) -> bool:
    """Whether a token belongs to a lexicon word class (entity labels count too)."""
    words = WORD_CLASSES.get(cls, frozenset())
    lemma = token.lemma_.lower()
    if lemma in words or token.lower_ in words:
        return True
    if cls == "relief":
        return word_class(token, "aid")  # relief goods besides all that aid is ("gave $40 million")
    if cls == "territory" and token.ent_type_ in PLACE_ENTS:
        return True
    if cls == "crowds" and any(c.dep_ == "amod" and c.lower_ in WORD_CLASSES["crowd_marks"]
                               for c in token.children):
        return True  # "dispersed hundreds of striking teachers"
    if cls == "aid" and lemma in WORD_CLASSES["backing"] and (any(
            c.dep_ in ("amod", "compound") and c.lower_ in WORD_CLASSES["aid_marks"] for c in token.children)
            or any(t.ent_type_ == "MONEY" for t in token.sent)):
        return True  # "pledged military support", "support worth $1 billion": aid promised, not a stance
    if cls == "person" and (token.ent_type_ in ("PERSON", "NORP")
                            or (token.tag_ == "PRP" and token.lower_ in PERSON_PRONOUNS)):
        return True  # ("barred her from entering the country": a person by a pronoun of one)
    if cls == "abductors" and armed_strangers(token):
        return True  # "armed men seized two activists"
    if cls in ("holder", "guests") and token.ent_type_ == "PERSON":
        return True
    if cls == "backed_parties" and token.ent_type_ in ("PERSON", "NORP", "GPE", "ORG"):
        return True  # "saluted Zelensky", "lauded Qatar"
    if cls == "stood_by" and (token.ent_type_ in ("GPE", "ORG") or (token.ent_type_ == "NORP" and token.tag_ in (
            "NNS", "NNPS"))):
        return True  # "stand by Lebanon", "stand with Kyiv", "with the Ukrainians" (not "stands with Russian
        # ... representatives" in a photo: a nationality, not a people)
    if cls == "war_craft" and (lemma in WORD_CLASSES["air"] or lemma == "vehicle") and any(
            c.dep_ in ("amod", "compound") and c.lemma_.lower() in MILITARY_MARKS for c in token.children):
        return True  # "three army helicopters", "Pakistani military helicopters" (not "a rescue helicopter")
    if cls == "states" and (token.ent_type_ == "GPE" or (
            token.pos_ == "PROPN" and token.ent_type_ in MISREAD_STATE_ENTS and a_country_name(token))):
        return True  # a country or its capital acting as a state ("Russia carried out strikes"; a
        # country's name the tagger read as an organisation: "Armenia closed its embassy")
    if cls == "outfits" and token.ent_type_ == "ORG":
        return True  # "dissolved the Muslim Brotherhood"
    if cls == "media" and token.ent_type_ == "WORK_OF_ART":
        return True  # "released 'Hurricane Advisory Number 25A'"
    if ((token.ent_type_ == "PERSON" and cls in TITLED_CLASSES) or (token.pos_ == "PROPN" and cls in HOSTING_CLASSES)) \
            and any(c.dep_ == "compound" and c.lemma_.lower() in words for c in token.children):
        return True  # "ordered French Ambassador Sylvain Itte to leave": the person by the title on the
        # name ("spoke with Chancellor Olaf Scholz": whatever label the tagger gave the name)
    return cls == "aid" and token.ent_type_ == "MONEY"  # "gave $2 million to Nigeria"


def a_country_name(tok: Token) -> bool:
    """The word is a name the gazetteer knows as a country's: a state, which acts and can
    lose ground."""
    return _country_name(tok.text)


@functools.lru_cache(maxsize=4096)
def _country_name(text: str) -> bool:
    return any(p.feature == "country" for p in shared_gazetteer().lookup(text))


def walked_out_of_a_sitting(verb: Token) -> bool:
    """ "Opposition senators walked out of the chamber": office holders leaving a sitting in
    protest, no demonstration ACLED codes (not workers walking out of a plant: a strike)."""
    if verb.lemma_.lower() not in ("walk", "storm") or not any(c.dep_ in ("prt", "prep", "advmod")
                                                               and c.lower_ == "out" for c in verb.children):
        return False
    return any(word_class(s, "holder") for s in subjects(verb))


def needed(tok: Token) -> bool:
    """ "They need to destroy the missiles", "has to withdraw": an obligation, as "must" is;
    the act has not happened."""
    head = tok.head
    return tok.dep_ == "xcomp" and head.lemma_.lower() in NEED_VERBS and head.i < tok.i \
        and head.tag_ in PRESENT_TAGS and to_infinitive(tok) \
        and not any(c.lower_ == "yet" for c in head.children)  # "has yet to arrest": not done


def needs_met(tok: Token, entry: LexEntry, extra: tuple[Token, ...] = ()) -> bool:
    """Whether what the word acts on is of a class its lexicon row needs (``need=``): "closed
    its borders" is a closure, "closed their shops" none."""
    if not entry.need:
        return True
    objs = objects(tok)
    held = [o for x in extra for o in prep_objects(x, ("of",))] \
        + [g for x in extra if x.dep_ == "prep" for g in x.children if g.dep_ == "pobj"]  # "stripped
    # him of his seat": what the phrase's own preposition governs
    heads = objs + held
    return any(
        word_class(o, cls) for o in (*_with_adjectives(objs), *_kinds(tok), *held)
        for cls in entry.need  # "gained control of the base": what it controls
        if cls not in HEAD_ONLY_CLASSES or o in heads  # ("called a general strike")
    ) or any(word_class(m, cls) for m in modifiers(tok) if tok.pos_ == "NOUN"
             for cls in entry.need if cls in ADJECTIVE_KINDS)


def objects(token: Token) -> list[Token]:
    """Direct objects, the subject of a passive, and "of" complements of a noun."""
    out = [c for c in token.children if c.dep_ in OBJECT_DEPS or c.dep_ in ("nsubjpass",)]
    if not out:  # "granted Angela Stanton a full pardon": the parser hangs the second object on
        # the first as an apposition (a true one is set off by a comma: "Stanton, a former aide")
        out = [a for d in token.children if d.dep_ == "dative" for a in d.children
               if a.dep_ == "appos" and a.pos_ == "NOUN" and a.i > d.i and token.doc[d.i + 1].text != ","]
    for c in token.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            out += [g for g in c.children if g.dep_ == "pobj"]
    if token.dep_ in ("relcl", "acl") and is_passive(token):
        out.append(token.head)
    more = []
    for o in out:
        more += [c for c in o.conjuncts]
        if o.lemma_.lower() in PARTITIVES or o.lemma_.lower() in MEASURES:
            # "part of a stronghold", "control of the town", "700 kg of medicine"
            for c in o.children:
                if c.dep_ == "prep" and c.lower_ == "of":
                    more += [g for g in c.children if g.dep_ == "pobj"]
        if o.lemma_.lower() in ACCESS_NOUNS:  # "blocked access to the internet", "cut internet
            # access": what is reached
            more += [g for c in o.children if c.dep_ == "prep" and c.lower_ == "to"
                     for g in c.children if g.dep_ == "pobj"] + [c for c in o.children if c.dep_ == "compound"]
    return out + more


def subjects(token: Token) -> list[Token]:
    """The verb's subjects ("legislation targeting Turkey": the noun a gerund hangs on), and
    what a counted subject counts ("thousands of protesters")."""
    subj = [c for c in token.children if c.dep_ == "nsubj"]
    if token.dep_ == "acl" and token.tag_ == "VBG":
        subj.append(token.head)
    return with_counted(subj)


def with_counted(parties: list[Token]) -> list[Token]:
    """The parties and what a count among them counts ("thousands of protesters": protesters)."""
    return parties + [g for s in parties if s.lemma_.lower() in PARTITIVES
                      for c in s.children if c.dep_ == "prep" and c.lower_ == "of"
                      for g in c.children if g.dep_ == "pobj"]


HARM_LEMMAS = frozenset({"kill", "wound", "injure", "hurt", "maim", "die", "dead", "death", "alive"})


def _with_adjectives(objs: list[Token]) -> list[Token]:
    """The objects and the adjectives that say their kind ("declared martial law")."""
    return objs + [c for o in objs for c in o.children if c.dep_ == "amod"]


def _kinds(token: Token) -> list[Token]:
    """The noun modifiers that say what kind of thing an event noun is ("a press release")."""
    return [c for c in token.children if c.dep_ == "compound"] if token.pos_ == "NOUN" else []


def modifiers(token: Token) -> list[Token]:
    """The compound and adjective modifiers that say a noun's kind ("peacekeeping troops",
    "storm warnings")."""
    return [c for c in token.children if c.dep_ in ("compound", "amod")]


def told_later(tok: Token) -> bool:
    """ "Fighters later seized the convoy": the act is told as done after, by a bare adverb."""
    return any(c.dep_ == "advmod" and c.lower_ in LATER_WORDS for c in tok.children)


def prep_objects(token: Token, preps: tuple[str, ...] | frozenset[str]) -> list[Token]:
    """The objects of the token's prepositions among ``preps`` ("asked for comment": comment)."""
    return [g for c in token.children if c.dep_ in ("prep", "agent", "dative") and c.lower_ in preps
            for g in c.children if g.dep_ == "pobj"]


CONDITION_MARKS = frozenset({"if", "unless"})  # a threat's condition: whose deed would set it off


def threatened_clauses(verb: Token) -> list[Token]:
    """What a threat or warning says would be done: its "to" or "that" clause ("threatened to
    attack the town", which the parser may hang as an adverbial clause; "warned that they would
    strike")."""
    return [c for c in verb.children if c.pos_ in ("VERB", "AUX") and (
        c.dep_ in ("xcomp", "ccomp") or (c.dep_ == "advcl" and to_infinitive(c)))]


def marked_clauses(token: Token, marks: tuple[str, ...] | frozenset[str]) -> list[Token]:
    """Clauses after the token opened by one of ``marks``: the parser makes "for" in "called
    for NATO members to increase spending" the marker of the clause, not a preposition."""
    return [c for c in token.children if c.dep_ in ("advcl", "ccomp", "xcomp") and c.i > token.i
            and any(m.dep_ == "mark" and m.lower_ in marks and m.i < c.i for m in c.children)]


def projectile(tok: Token) -> bool:
    """What is fired or thrown ("rockets", "tear gas", "dozens of rockets"), not whom it hits."""
    def listed(t: Token) -> bool:
        return t.lemma_.lower() in word_set("projectiles") or t.lower_ in word_set("projectiles")
    if tok.lemma_.lower() in PARTITIVES and not listed(tok):  # "a series of bombs", "a barrage of rockets"
        held = prep_objects(tok, ("of",))
        return bool(held) and all(listed(g) for g in held)
    return listed(tok) and not any(not listed(g) for g in prep_objects(tok, ("of",)))


def tested(verb: Token) -> bool:
    """ "test-fired", "test-launched": the verb says a weapon was tried out; "fired two ballistic
    missiles into the sea": a missile fired into open water hit no one, a show of force."""
    if verb.pos_ != "VERB":
        return False
    if any(c.lower_ == "test" and c.dep_ in ("npadvmod", "compound", "advmod", "amod") for c in verb.children):
        return True
    seaward = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in SEAWARD_PREPS
               and any(g.lemma_.lower() in OPEN_WATERS for g in c.children)]  # "into the sea", "toward
    # the Sea of Japan"
    return verb.lemma_.lower() in ("fire", "launch") and any(projectile(o) for o in objects(verb)) and bool(seaward) \
        and not any(t.lemma_.lower() in HARM_LEMMAS | SHIP_HARMS
                    or (t.dep_ == "prep" and t.lower_ in AIMED_AT and t not in seaward)
                    for t in verb.sent)  # (not "fired two missiles into the Red Sea at a tanker, setting it ablaze")


def says_when(tok: Token) -> bool:
    """The word is a date or a time ("on Monday", "on March 3", "at noon"), not a name the
    tagger swept into one ("strikes on Kyiv overnight": Kyiv read as part of a time)."""
    if tok.ent_type_ not in TIME_ENTS:
        return False
    return tok.pos_ != "PROPN" or tok.lower_ in MONTHS or tok.lower_ in WEEKDAYS
