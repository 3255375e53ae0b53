"""Trigger detection: which words in a sentence report that something happened.

spaCy's sentence splitter glues a headline onto the first sentence when only a blank
line separates them, so sentences are cut again at paragraph breaks (:func:`segments`).
Candidates come from the lexicon (:mod:`.lexicon`), checked against the parse: part of
speech, required prepositions, multi-word phrases, objects that rule a reading out.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from ..geo.gazetteer import shared_gazetteer
from ..nlp.headline import headline_span
from ..nlp.syntax import base_forms, doc_text, in_dateline, is_passive, to_infinitive
from .cameo import lookup as cameo_entry
from .lexicon import WORD_CLASSES, LexEntry, event_noun, lexicon
from .lexicon import words as word_set
from .timex import MONTHS, WEEKDAYS

__all__ = ["OBLIGATION_WORDS", "PLACE_ENTS", "Candidate", "Segment", "base_forms", "find_candidates",
           "is_passive", "marked_clauses", "needed", "needs_met", "objects", "prep_objects", "refine_code",
           "segments", "subjects", "word_class"]

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
NEED_VERBS = frozenset({"need", "have"})  # "need to", "have to": what must be done
CARRYING_VERBS = frozenset({"carry", "bring", "transport", "deliver"})  # "a convoy carrying food"
PRESENT_TAGS = frozenset({"VB", "VBP", "VBZ"})  # "had to evacuate" says it was done
PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})  # entity labels that name places
BLOCK_PREPS = ("for", "with")  # whose objects a lexicon row's block= also reads
# "the fight against corruption", "airlifted to a hospital" (not "a rally against
# the government's campaign of arrests": a campaign in an "against" phrase is no campaign rally)
CLASS_BLOCK_PREPS = {"ills": ("against",), "care": ("to",), "claims": ("against",)}  # ("a counterattack
# against the claims": in words)
NAMED_BY_MODIFIER = frozenset({"aid"})  # subject classes a doer's own modifier names ("an aid convoy arrived"),
# besides what it carries (a "troop convoy" may be empty; "a convoy carrying troops" is not)
# clauses set beside a verb that say why it was done, read by a row's block= of these classes
# ("crossed into Tajikistan to escape the Taliban", "crossed into Ukraine and surrendered",
# "after fleeing fighting")
CLASS_BLOCK_CLAUSES = {"flight": ("advcl", "xcomp", "conj", "pcomp")}
TIME_ENTS = frozenset({"DATE", "TIME"})  # a phrase that says when, not what or where
WEAPONS_TEST_CODE = "150"  # CAMEO: demonstrate military power ("test-fired", "test-launched")
FIRING_TYPES = frozenset({"ASSAULT"})  # the readings a "test" before the verb turns into a test
OPEN_WATERS = frozenset({"sea", "ocean", "water", "waters"})  # where a missile fired hits no one
SHIP_HARMS = frozenset({"hit", "strike", "damage", "sink", "ablaze"})  # ... unless it hit something
AIMED_AT = frozenset({"at", "toward", "towards"})
SEAWARD_PREPS = frozenset({"into", "toward", "towards"})  # a missile fired out to sea
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
HEAD_ONLY_CLASSES = frozenset({"policy", "outfits", "press", "guests", "security"})  # ("sent police
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
    "reimpose slap renew unveil tighten adopt".split()
)
# Verbs that report what someone said: one set for every judgement that asks whether a
# clause is told by another ("the army said it had recaptured", "marched, saying").
REPORTING_LEMMAS = frozenset(
    "say declare conclude insist state tell announce reiterate argue warn stress add claim note".split()
)
PARTITIVES = frozenset({"part", "some", "most", "much", "rest", "control", "all", "parts", "group",
                        "number", "dozen", "hundred", "thousand", "score", "handful",
                        "team", "mission", "delegation", "contingent",  # "a team of inspectors"
                        "state", "percent", "share", "majority", "half", "third"})  # "declared a
# state of emergency", "captured 40 percent of the vote"
ACCESS_NOUNS = frozenset({"access", "entry"})  # "blocked access to X", "denied entry to X": an act on X
# Measures that hide what was handed over: "700 kg of medicine", "a shipment of arms",
# "5 million dollars of aid".
MEASURES = frozenset(
    "kg kilogram kilo ton tonne pound litre liter gallon barrel shipment consignment load "
    "truckload batch quantity amount supply crate box bag package delivery worth "
    "dollar euro yuan rupee shilling naira franc yen rouble ruble".split()
)


@dataclass(slots=True)
class Segment:
    """A sentence (or headline) as token offsets into the Doc."""

    start: int
    end: int
    headline: bool = False

    def tokens(self, doc: Doc) -> Span:
        return doc[self.start : self.end]


@dataclass(slots=True)
class Candidate:
    """A trigger word and the lexicon reading chosen for it."""

    token: Token
    entry: LexEntry
    code: str
    segment: Segment
    extra_tokens: tuple[Token, ...] = ()

    def _phrase(self) -> list[Token]:
        """The trigger's words, those far from its head left out: the evidence span stays tight."""
        return [t for t in (self.token, *self.extra_tokens) if abs(t.i - self.token.i) <= PHRASE_WINDOW]

    @property
    def start_char(self) -> int:
        return min(t.idx for t in self._phrase())

    @property
    def end_char(self) -> int:
        last = max(self._phrase(), key=lambda t: t.i)
        return last.idx + len(last.text)


def segments(doc: Doc, title: str | None = None, text: str | None = None) -> list[Segment]:
    """Sentences, cut again at blank lines; those of a first line that reads as a headline
    (:func:`~eventwire.nlp.headline.headline_span`), or that repeats the title, are headlines.

    ``text`` is the Doc's text when the caller has it (``Doc.text`` rebuilds the string).
    """
    full = text if text is not None else doc_text(doc)
    out: list[Segment] = []
    for sent in doc.sents:
        start = sent.start
        for tok in sent:
            if tok.is_space and "\n" in tok.text:
                if tok.i > start:
                    out.append(Segment(start, tok.i))
                start = tok.i + 1
        if start < sent.end:
            out.append(Segment(start, sent.end))
    out = [s for s in out if any(not t.is_space and not t.is_punct for t in doc[s.start : s.end])]
    if out:
        first = out[0]
        text = full[doc[first.start].idx : doc[first.end - 1].idx + len(doc[first.end - 1].text)]
        if bool(title) and text.strip()[:20] == (title or "").strip()[:20]:
            first.headline = True
        span = headline_span(full)
        for seg in out:  # the headline's parts ("“2429 surrender”… Russia occupies Mariupol")
            last = doc[seg.end - 1]
            if span is None or last.idx + len(last.text) > span[1]:
                break
            seg.headline = True
    return out


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


def _why_done(noun: Token) -> bool:
    """ "Somalia recalled its ambassador in protest at a deal": the reason a state did another
    act of the lexicon, said with no article (not "called for better pay in a protest outside
    parliament": a protest held; not "traders kept their shops shut in protest", "thousands of
    Chileans gathered in protest": people's protest)."""
    if not (noun.pos_ == "NOUN" and in_protest(noun) and noun.head.head.pos_ in ("VERB", "AUX")
            and not any(c.dep_ in ("det", "poss", "amod", "nummod", "compound") for c in noun.children)):
        return False
    verb = noun.head.head
    acts = [verb, verb.head] if verb.dep_ in ("conj", "xcomp", "ccomp") else [verb]
    doers = [d for a in acts for d in subjects(a)]  # "ordered the envoy to leave, in protest"
    return any(a.lemma_.lower() in lexicon() for a in acts) and any(d.ent_type_ == "GPE" for d in doers)


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


ASKING_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP"})  # names that ask and are asked
ASKING_PARTIES = ("person", "outfits", "holder", "security", "rulers")  # who asks and is asked


def _asks_someone(verb: Token) -> bool:
    """A party asks a party or a person to do something: "pressed Hanoi to free him" (not
    "soaring inflation pushed the Bank of England to raise rates", nor "pressed their offensive
    to seize Pokrovsk")."""
    if not _aims(verb):
        return False
    def party(tok: Token) -> bool:  # (a body by its nation's word too: "Egyptian mediators")
        return tok.ent_type_ in ASKING_ENTS or any(word_class(tok, c) for c in ASKING_PARTIES) or any(
            c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE") for c in tok.children) or any(
            g.ent_type_ in ("GPE", "ORG") for p in tok.children if p.dep_ == "prep" and p.lower_ in ("from", "of")
            for g in p.children)  # ("mediators from Egypt and Qatar")
    return any(party(o) for o in objects(verb)) and any(party(a) and not event_noun(a) for a in _doers(verb))


def _stranded(verb: Token, preps: tuple[str, ...]) -> bool:
    """A passive's preposition left with no object ("were fired on", "was shot at"): what the
    subject underwent, by way of that preposition."""
    return is_passive(verb) and any(c.dep_ in ("prt", "prep") and c.lower_ in preps
                                    and not any(g.dep_ == "pobj" for g in c.children) for c in verb.children)


def _adjunct_of(verb: Token) -> list[Token]:
    """What the act a participle hangs on was done with or to ("hit Russia with new sanctions,
    targeting its gas exports": the participle tells what the sanctions target)."""
    if verb.tag_ != "VBG" or verb.dep_ != "advcl":
        return []
    head = verb.head
    return [*objects(head), *prep_objects(head, BLOCK_PREPS)]


def _beside(verb: Token, deps: tuple[str, ...]) -> list[Token]:
    """The verbs of the clauses set beside ``verb`` by ``deps``, and what a preposition on it
    governs as a clause ("after fleeing")."""
    if not deps:
        return []
    return [c for c in verb.children if c.dep_ in deps] \
        + [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ in deps]


def _aims(verb: Token) -> list[Token]:
    """The "to" infinitives a verb governs: what it was done for or asks ("called him to testify")."""
    return [c for c in verb.children if c.dep_ in ("xcomp", "advcl") and c.pos_ in ("VERB", "AUX")
            and to_infinitive(c)]


def given_a_name(verb: Token) -> bool:
    """ "a think tank called the X", "a man called Ahmed": a name given, however the parser
    hangs it (not "a statement calling the raid illegal": a participle that says something)."""
    return verb.dep_ == "acl" and verb.tag_ != "VBG"


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
    if cls == "person" and token.ent_type_ in ("PERSON", "NORP"):
        return True
    if cls in ("holder", "guests") and token.ent_type_ == "PERSON":
        return True
    if cls == "states" and token.ent_type_ == "GPE":
        return True  # a country or its capital acting as a state ("Russia carried out strikes")
    if cls == "outfits" and token.ent_type_ == "ORG":
        return True  # "dissolved the Muslim Brotherhood"
    if cls == "media" and token.ent_type_ == "WORK_OF_ART":
        return True  # "released 'Hurricane Advisory Number 25A'"
    if token.ent_type_ == "PERSON" and cls in TITLED_CLASSES and any(
            c.dep_ == "compound" and c.lemma_.lower() in words for c in token.children):
        return True  # "ordered French Ambassador Sylvain Itte to leave": the person by the title on the name
    return cls == "aid" and token.ent_type_ == "MONEY"  # "gave $2 million to Nigeria"


def _acts_on(tok: Token, classes: tuple[str, ...]) -> bool:
    """Whether what the word acts on is of one of ``classes``: its objects (of a share, what it
    is a share of: "captured 40 percent of the vote", not "the majority of Bakhmut"), or the
    verb it governs ("declined to comment"). Unlike ``block``, no phrase counts: "killed a
    journalist for his reports" is a killing, "killed the bill" none."""
    acted_on = [*objects(tok), *(c for c in tok.children if c.dep_ == "xcomp")]
    return any(word_class(o, cls) for o in acted_on for cls in classes)


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
    return _with_counted(subj)


def _with_counted(parties: list[Token]) -> list[Token]:
    """The parties and what a count among them counts ("thousands of protesters": protesters)."""
    return parties + [g for s in parties if s.lemma_.lower() in PARTITIVES
                      for c in s.children if c.dep_ == "prep" and c.lower_ == "of"
                      for g in c.children if g.dep_ == "pobj"]


def _carries(doer: Token, cls: str) -> bool:
    """What a doer is said to be, or to carry, is of the class ("an aid convoy reached the town",
    "a convoy carrying food reached the town")."""
    return any(word_class(c, cls) for c in doer.children if c.dep_ in ("compound", "amod")) or _carrying(doer, cls) \
        or (doer.dep_ in ("dobj", "obj") and opening_noun(doer.head) and word_class(doer.head, cls))


def _carrying(doer: Token, cls: str) -> bool:
    """What a doer carries is of the class ("a convoy carrying tents and blankets arrived": aid;
    "a convoy carrying troops": forces)."""
    return any(c.dep_ == "acl" and c.lemma_.lower() in CARRYING_VERBS and any(
        word_class(o, cls) or any(word_class(j, cls) for j in o.conjuncts)
        for o in c.children if o.dep_ in ("dobj", "obj")) for c in doer.children)


def _doers(verb: Token) -> list[Token]:
    """Who does the verb's act: its subjects, the first verb's when it is joined to one with
    none of its own ("blocked roads and burned tyres") or governs it ("voted to strike"), or
    the agent of a passive ("tyres were burned by protesters")."""
    found = subjects(verb)
    if not found and verb.dep_ in ("conj", "xcomp"):
        found = subjects(verb.head)  # ("teachers voted to strike": the voters strike)
    if not found and (misread := misread_doer(verb)) is not None:
        found = [misread]
    if is_passive(verb):
        found = _with_counted([g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]) \
            + [s for s in found if s.dep_ != "nsubj"]
    return found


RIOT_CODE = "145"  # CAMEO: protest violently, riot (PLOVER PROTEST)
HARM_LEMMAS = frozenset({"kill", "wound", "injure", "hurt", "maim", "die", "dead", "death", "alive"})


def done_to_people(verb: Token) -> bool:
    """What a crowd burned was a person, or its fire killed or hurt people ("a mob burned a
    man to death", "burned a suspected thief alive", "set fire to a police officer", "torched
    a bus, killing 12 passengers", "burned a house, and two children died in the fire"):
    violence on people, no riot of things."""
    if _people_burned(verb):
        return True
    burned = (*objects(verb), *prep_objects(verb, ("to",)))
    if any(c.lower_ == "alive" for o in (verb, *burned) for c in o.children) \
            or any(g.lemma_.lower() == "death" for g in prep_objects(verb, ("to",))):
        return True  # "burned him alive", "burned two men to death"
    return bool(_harm_told(verb))


def _people_burned(verb: Token) -> bool:
    """What the act was done to is a person ("set fire to a police officer")."""
    return any(word_class(o, "person") or o.ent_type_ in ("PERSON", "NORP") or o.lemma_.lower() in word_set("victims")
               for o in (*objects(verb), *prep_objects(verb, ("to",))))


def _harm_told(verb: Token) -> list[Token]:
    """The words of harm in the clauses that tell the act on ("torched a bus, killing 12")."""
    told = [c for c in verb.children if c.dep_ in ("advcl", "conj", "xcomp", "parataxis")]
    return [t for c in told for t in c.subtree if t.lemma_.lower() in HARM_LEMMAS]


def _toll_left(verb: Token) -> bool:
    """The harm the act's clauses tell is only a toll it left ("rioted in Nairobi, leaving five
    dead and 20 injured"): no verb of harm and no person acted on that another trigger would read
    as an attack."""
    harm = _harm_told(verb)
    left = [c for c in verb.children if c.lemma_.lower() == "leave"]
    return bool(harm) and not _people_burned(verb) and all(
        t.pos_ in ("ADJ", "VERB") and t.tag_ in ("JJ", "VBN") and any(t in lv.subtree and t.i != lv.i for lv in left)
        for t in harm)


def _chanting(verb: Token) -> bool:
    """ "Several thousand people gathered outside parliament, chanting 'Open the doors'": a
    crowd that chants or shouts slogans as it gathers is protesting, whatever it is called."""
    return any(c.dep_ in ("advcl", "conj", "xcomp") and c.tag_ == "VBG"
               and c.lemma_.lower() in word_set("voicing_crowds") for c in verb.children)


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


def prep_objects(token: Token, preps: tuple[str, ...] | frozenset[str]) -> list[Token]:
    """The objects of the token's prepositions among ``preps`` ("asked for comment": comment)."""
    return [g for c in token.children if c.dep_ in ("prep", "agent", "dative") and c.lower_ in preps
            for g in c.children if g.dep_ == "pobj"]


def marked_clauses(token: Token, marks: tuple[str, ...] | frozenset[str]) -> list[Token]:
    """Clauses after the token opened by one of ``marks``: the parser makes "for" in "called
    for NATO members to increase spending" the marker of the clause, not a preposition."""
    return [c for c in token.children if c.dep_ in ("advcl", "ccomp", "xcomp") and c.i > token.i
            and any(m.dep_ == "mark" and m.lower_ in marks and m.i < c.i for m in c.children)]


def projectile(tok: Token) -> bool:
    """What is fired or thrown ("rockets", "tear gas", "dozens of rockets"), not whom it hits."""
    def listed(t: Token) -> bool:
        return t.lemma_.lower() in word_set("projectiles") or t.lower_ in word_set("projectiles")
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


def _prep_ok(token: Token, preps: tuple[str, ...]) -> bool:
    if not preps or tested(token):
        return True  # ("test-fired a missile": a show of force, aimed at no one)
    # the verb's own phrase, or one the parser hung on what it fired ("fired mortar rounds at
    # Israeli troops")
    holders = [token, *(o for o in token.children if o.dep_ == "dobj" and projectile(o))]
    return any(c.dep_ in ("prep", "prt", "agent", "dative") and c.lower_ in preps
               and not any(says_when(g) for g in c.children)  # "called ... on Monday" (not "drones
               # at Kyiv overnight", the town swept into the time)
               for h in holders for c in h.children) or bool(marked_clauses(token, preps))


PARTICLES = frozenset("down in up off out over back away on".split())
OCCASION_PREPS = ("in",)  # what an act was told in ("attacked X in a speech"; not "during an
# interview", where a man may be attacked)


def _find_extra(doc: Doc, token: Token, seg: Segment, extra: tuple[str, ...]) -> tuple | None:
    """The phrase's other words after its first. A verb's particle ("step down", "give in")
    must be the verb's own, and not a preposition after its object: not "stepped up patrols
    down the coast", "gave $2 million in aid". Past a long object, a word the verb, its object or
    its phrase governs, or one in the "of" phrase of an object that is the phrase's word ("declared
    a six-month state of emergency")."""
    found: list[Token] = []
    lo, hi = token.i + 1, min(seg.end, token.i + 1 + PHRASE_WINDOW)
    for word in extra:
        hit = next((t for t in doc[lo:hi] if (t.lemma_.lower() == word or t.lower_ == word)
                    and (word not in PARTICLES or token.pos_ not in VERB_POS or _particle_of(t, token))),
                   None)
        if hit is not None and word not in PARTICLES and token.pos_ in VERB_POS and "not" not in extra \
                and _denied_or_none(hit, token):
            return None  # ("found him not guilty", "found no one guilty": no verdict of guilt)
        if hit is None and word not in PARTICLES and token.pos_ in VERB_POS:
            # "found 14 pro-democracy activists guilty", "spoke with Israeli Prime Minister Benjamin
            # Netanyahu by telephone": past a long object, a word the verb, its object or its
            # phrase governs
            hit = next((t for t in doc[hi:min(seg.end, token.i + 1 + FAR_PHRASE_WINDOW)]
                        if (t.lemma_.lower() == word or t.lower_ == word)
                        and (t.head.i == token.i or (t.head.head.i == token.i and (
                            t.head.dep_ in ("dobj", "obj")
                            or (t.head.dep_ == "prep" and t.ent_type_ not in TIME_ENTS)))
                             or (t.head.dep_ == "prep" and t.head.lower_ == "of" and t.head.head.dep_ in ("dobj", "obj")
                                 and t.head.head.head.i == token.i and t.head.head.lemma_.lower() in extra))
                        and ("not" in extra or not _denied_or_none(t, token))),
                       None)
        if hit is None:
            return None
        found.append(hit)
    return tuple(found)


def _denied_or_none(word: Token, verb: Token) -> bool:
    """ "found the chief executive not liable", "found no one guilty": the phrase's word denied,
    or said of no one."""
    doc = word.doc
    return any(c.dep_ == "neg" for c in word.children) or doc[word.i - 1].lower_ in ("not", "never") \
        or any(o.lower_ in ("nobody", "none") or (o.lower_ == "one" and any(d.lower_ == "no" for d in o.children))
               for o in [*verb.children, *word.children] if o.dep_ in ("dobj", "obj", "nsubj") and o.i > verb.i)


def _particle_of(tok: Token, verb: Token) -> bool:
    if tok.head.i != verb.i:
        return False
    if tok.dep_ == "prt":
        return True
    return tok.dep_ in ("advmod", "prep") and not any(
        c.dep_ in ("dobj", "obj") and c.i < tok.i for c in verb.children)


def _people_by_participle(verb: Token) -> bool:
    """ "several of the wounded died", "the detained were freed": a participle with an article in
    a noun's place names the people it befell, no act."""
    return verb.tag_ == "VBN" and verb.dep_ in ("pobj", "nsubj", "nsubjpass", "dobj") \
        and any(c.dep_ == "det" and c.lower_ == "the" for c in verb.children) \
        and not any(c.dep_ in ("dobj", "agent", "nsubj", "nsubjpass", "prep") for c in verb.children)


def misread_modifier(verb: Token) -> bool:
    """A verb with a subject of its own that the parser hung as a modifier on the noun after it
    ("A Moscow court sentenced journalist Evan Gershkovich", "Orban backed Slovak leader Robert
    Fico"): a clause's verb, whose object that noun phrase is. A past participle ("the banned
    party", "released detained activist X") may be the modifier it was read as, unless its
    sentence has no verb but it ("A court convicted journalist Alsu Kurmasheva")."""
    if verb.dep_ != "amod" or verb.pos_ != "VERB" or misread_subject(verb) is None:
        return False
    return verb.tag_ == "VBD" or not any(t.pos_ in ("VERB", "AUX") and t.i != verb.i for t in verb.sent)


def misread_subject(verb: Token) -> Token | None:
    """The noun before a verb read as a modifier that the parser hung on it: its subject; or,
    in a sentence the parser left with no verb, the noun it made the root ("A court in Minsk
    sentenced journalist X": "court" the root, "sentenced" a modifier of "journalist")."""
    own = next((c for c in verb.children if c.dep_ in ("nsubj", "npadvmod") and c.i < verb.i
                and c.pos_ in ("NOUN", "PROPN")), None)
    if own is not None:
        return own
    if verb.dep_ == "amod" and verb.tag_ in ("VBD", "VBN"):  # "Trump hosted Erdogan in the White House":
        # a name just before the verb, hung on the same name after it, is the verb's subject (a past
        # tense is no modifier; a participle joined by a hyphen is one: "the Saudi-led coalition")
        before = next((c for c in verb.head.children if c.dep_ in ("nmod", "compound", "poss")
                       and c.i == verb.i - 1 and (c.pos_ == "PROPN" or (c.ent_type_ and c.text[:1].isupper()))),
                      None)  # (the tagger may read a name as a common noun: "Trump")
        if before is not None and (verb.tag_ == "VBD" or (verb.head.pos_ == "PROPN" and verb.head.i == verb.i + 1)):
            return before
    root = verb.sent.root
    if root.pos_ in ("NOUN", "PROPN") and root.i < verb.i and verb.tag_ in ("VBD", "VBN") \
            and not any(t.pos_ in ("VERB", "AUX") and t.i != verb.i for t in verb.sent):
        return root
    return None


def _entry_fits(cand_token: Token, entry: LexEntry, headline: bool) -> bool:
    pos = cand_token.pos_
    if headline:
        return pos in HEADLINE_POS
    if entry.pos == "V":
        # "the Israeli-occupied West Bank", "the banned party": a state, not an event
        return pos in VERB_POS and (cand_token.dep_ != "amod" or misread_modifier(cand_token)) \
            and not _people_by_participle(cand_token) and not opening_noun(cand_token)
    if entry.pos == "N":
        return pos in NOUN_POS and (cand_token.dep_ != "compound" or bool(entry.extra)
                                    or _activity_compound(cand_token, entry)) and not _lacked(cand_token)
    return pos == "ADJ" and any(c.dep_ in ("xcomp", "prep") for c in cand_token.children)


def opening_noun(verb: Token) -> bool:
    """ "Aid workers in Rafah said ...": a sentence's first word read as a bare verb with the
    noun after it as its object, no subject and no auxiliary, is that noun's modifier (news
    tells no orders)."""
    return verb.tag_ == "VB" and verb.i == verb.sent.start and verb.text[:1].isupper() \
        and verb.i + 1 < len(verb.doc) and verb.nbor().dep_ in ("dobj", "obj") and verb.nbor().head.i == verb.i \
        and not any(c.dep_ in ("nsubj", "aux", "auxpass", "neg") for c in verb.children)


def misread_doer(verb: Token) -> Token | None:
    """The subject of a verb the parser read as something else: a modifier ("A Moscow court
    sentenced journalist X"), a past tense hung on the sentence's noun ("The film bombed at the box
    office, earning $4 million": a past tense is no participle), or the object of a first word read
    as a verb ("Aid convoys entered northern Gaza"). Not a participle that may be the modifier it
    was read as ("Journalist arrested in Minsk", a headline's victim)."""
    if verb.dep_ == "acl" and verb.tag_ == "VBD" and verb.head.pos_ in ("NOUN", "PROPN"):
        return verb.head  # ("MAIDUGURI, Nigeria (AP) — Suspected Boko Haram fighters killed ...")
    if misread_modifier(verb) or verb.tag_ == "VBD":
        found = misread_subject(verb)
        if found is not None and not in_dateline(found):
            return found
    return opening_subject(verb)


def opening_subject(verb: Token) -> Token | None:
    """ "Aid agencies in Gaza delivered ...": the subject the parser made the object of a first
    word it read as a verb (:func:`opening_noun`)."""
    return next((c.nbor() for c in verb.children if c.dep_ == "csubj" and opening_noun(c)), None)


def _lacked(noun: Token) -> bool:
    """ "25 million people need humanitarian assistance", "in need of protection": what people
    lack is no act done (verbs of the ``lacking_verbs`` set)."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "of":
        head = head.head  # "in need of aid"
    elif noun.dep_ not in ("dobj", "obj"):
        return False
    lacking = word_set("lacking_verbs")
    return head.lemma_.lower() in lacking or head.lower_ in lacking


# What a campaign or an effort can be for without being it: "a ceasefire effort", "a release
# campaign" aim at an outcome (CAMEO 03, 06-08: cooperation, concessions, retreats).
GOAL_CODES = ("03", "06", "07", "08")


def _activity_compound(tok: Token, entry: LexEntry) -> bool:
    """ "a mediation effort", "a bombing campaign": the activity the holder noun holds; not
    the outcome it seeks ("a ceasefire effort")."""
    return word_class(tok.head, "undertaking") and not entry.code.startswith(GOAL_CODES)


def says_when(tok: Token) -> bool:
    """The word is a date or a time ("on Monday", "on March 3", "at noon"), not a name the
    tagger swept into one ("strikes on Kyiv overnight": Kyiv read as part of a time)."""
    if tok.ent_type_ not in TIME_ENTS:
        return False
    return tok.pos_ != "PROPN" or tok.lower_ in MONTHS or tok.lower_ in WEEKDAYS


STRUCK_CLASSES = ("territory", "base", "forces", "vehicles")
WOUNDING_VERBS = frozenset("kill wound injure".split())  # what only force does to people
HARM_NOUNS = frozenset("killing death wounding injury casualty toll".split())  # the same, told as a noun
DAMAGE_VERBS = frozenset("target hit strike damage destroy shatter rock wreck flatten tear injure "
                         "kill wound".split())  # what a thing can do to someone ("the blast killed")


def _struck(tok: Token) -> bool:
    """What a "strike on" falls on when it is force: a named place, ground, forces or their
    vehicles ("strikes on Kyiv", "on a convoy", "on the Crimean Bridge"; not a workplace or a
    company, "a strike on the metro", "on Uber", "on the platinum mines", nor "on Monday")."""
    if tok.ent_type_ in ("GPE", "LOC"):
        return True
    if tok.ent_type_ in TIME_ENTS:
        return not says_when(tok)  # a town the tagger swept into a time: "Kyiv overnight"
    if (tok.pos_ == "PROPN" and tok.ent_type_ in ("", "PERSON") or tok.pos_ == "NOUN" and tok.ent_type_ != "ORG"
            and (tok.lemma_.lower() in word_set("sites") or word_class(tok, "buildings"))) \
            and tok.head.dep_ == "prep" and not _a_walkout(tok.head.head) and not prep_objects(tok.head.head, ("by",)) \
            and any(c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE") for c in tok.head.head.children):
        return True  # "Israeli strikes on Rafah", "Russian strikes on Kharkiv", the town untagged or
        # read as a person: a state's strikes on a name; "the Israeli strike on the hospital", "the
        # U.S. strike on a warehouse": a state's strikes on a thing
    return tok.ent_type_ not in ("ORG", "PERSON") and any(word_class(tok, c) for c in STRUCK_CLASSES)


def _wreaks(noun: Token) -> bool:
    """A strike that hits people, forces or their bases and vehicles, or kills, is force ("the
    strike hit a crowd", "the strike killed 11", "were killed in the strike"; not "the strike hit
    production", nor "a general strike hit the city": a walkout hits a town or a country too)."""
    verb = noun.head
    harmed = verb.head.lemma_.lower() in WOUNDING_VERBS | HARM_NOUNS
    if noun.dep_ == "pobj" and harmed and (verb.lower_ in ("in", "during")
                                           or (verb.lower_ == "from" and verb.head.pos_ == "NOUN")):
        return True  # "two passengers were killed in the strike": people are killed in an attack;
        # "condemned the killing of a journalist in an Israeli strike", "the toll from the strike"
    if noun.dep_ != "nsubj" or verb.lemma_.lower() not in DAMAGE_VERBS:
        return False
    wounding = verb.lemma_.lower() in WOUNDING_VERBS
    return any(word_class(o, "person") or word_class(o, "protesters")
               or any(word_class(o, c) for c in STRUCK_CLASSES if c != "territory")
               or (wounding and (o.like_num or o.ent_type_ == "CARDINAL")) for o in objects(verb)
               if o.ent_type_ not in PLACE_ENTS)


def _strikes_a_site(noun: Token) -> bool:
    """The noun is the subject of a verb of hitting whose object is a place, a building or
    people ("a second strike hit a nearby house"), not the economy or production ("the strike
    hit exports")."""
    if noun.dep_ != "nsubj" or noun.head.lemma_.lower() not in HITTING_VERBS or any(
            c.dep_ in ("poss", "compound") or (c.dep_ == "amod" and c.lower_ in WALKOUT_KINDS) for c in noun.children):
        return False  # (not "the teachers' strike hit schools", "a general strike hit the capital")
    hit = objects(noun.head)
    return bool(hit) and not any(word_class(o, "economy") for o in hit) and any(
        o.ent_type_ in PLACE_ENTS or word_class(o, "person") or any(word_class(o, c) for c in STRUCK_CLASSES)
        or o.lemma_.lower() in HIT_SITES for o in hit)


def _a_town_misread(tok: Token) -> bool:
    """A name the tagger read as a body that the gazetteer knows as a place ("withdrew from
    Bunia"): ground left, not a body left."""
    return tok.ent_type_ == "ORG" and tok.pos_ == "PROPN" and bool(shared_gazetteer().lookup(tok.text))


def refine_code(token: Token, entry: LexEntry, sentence: Span) -> str:
    """The entry's code, made specific by its object or the sentence's words."""
    if token.pos_ == "VERB" and cameo_entry(entry.code).plover in FIRING_TYPES and tested(token):
        return WEAPONS_TEST_CODE  # "test-fired a ballistic missile": a show of force, not an attack
    objs = objects(token)
    if token.pos_ == "NOUN" and cameo_entry(entry.code).plover in WALKOUT_TYPES and _strikes_a_site(token):
        return CONVENTIONAL_ATTACK_CODE  # "Minutes later, a second strike hit a nearby house": a
        # strike that hits a place or people is an attack, not a stoppage of work
    for cls, code in entry.obj_codes:
        if any(word_class(o, cls) for o in objs):
            return code
    # ("pulled out of the talks": the "of" phrase the parser may hang on the particle)
    whence = [token, *(c for c in token.children
                       if c.dep_ in ("prt", "prep", "advmod") and c.lower_ in ("out", "away"))]
    for cls, code in entry.whence_codes:  # "expelled from the ruling party", "pulled out of the talks"
        if any(word_class(o, cls) and not _a_town_misread(o)
               for h in whence for o in prep_objects(h, ("from", "of"))):
            return code
    kinds = [m for o in objs for m in modifiers(o)]
    for cls, code in entry.obj_codes:  # "peacekeeping troops", "an aid convoy": the kind
        if cls not in HEAD_ONLY_CLASSES and any(word_class(m, cls) for m in kinds):  # when the head is of no
            return code  # class (what is attacked in words is the thing itself: not "attacked
            # the investigation team", "an impeachment rally")
    for cls, code in entry.occasion_codes:  # "attacked the United States in a televised address"
        if any(o.lemma_.lower() in word_set(cls) for o in prep_objects(token, OCCASION_PREPS)):
            return code
    for cls, code in entry.reason_codes:  # "attacked Trump for the 'losers' comment"
        if any(word_class(o, cls) or (o.pos_ == "VERB" and o.lemma_.lower() in REPORTING_LEMMAS)
               for c in token.children if c.dep_ == "prep" and c.lower_ in ("for", "over")
               for o in c.children if o.dep_ in ("pobj", "pcomp")) and _in_words_between_sides(token):
            return code
    if token.dep_ in ("dobj", "obj", "nsubjpass"):  # "reached an agreement"
        for cls, code in entry.gov_codes:
            if word_class(token.head, cls):
                return code
    if token.pos_ == "NOUN":
        for cls, code in entry.kind_codes:  # "a scathing attack": the noun's own word of kind
            if any(word_class(m, cls) for m in modifiers(token)):
                return code
    if entry.code == WALKOUT_CODE and token.pos_ == "NOUN" and _a_walkout(token):
        return entry.code  # "Air traffic controllers went on strike": a walkout by its own
        # words, whatever else the sentence names (not an air strike for "air")
    found = _doers(token) if token.pos_ == "VERB" else subjects(token)
    if token.pos_ == "NOUN" and token.dep_ in ("dobj", "obj") and light_verb(token.head) \
            and verb_in(token.head, FORCE_CARRIERS) and not _a_walkout(token):
        found += subjects(token.head)  # "Russia carried out strikes": who carries the act out
        # (not "France held strikes over the reform": a walkout is held, staged or called)
    for cls, code in entry.subj_codes:
        if any(word_class(s, cls) or (_carries(s, cls) if cls in NAMED_BY_MODIFIER else _carrying(s, cls))
               for s in found) \
                and not (
                cameo_entry(entry.code).plover == "PROTEST" and _a_protest_by_its_doers(token, found)):
            return code
    for prep, code in entry.prep_codes:
        if any(_struck(o) for o in prep_objects(token, (prep,))) or _wreaks(token):
            return code
    lemmas = {t.lemma_.lower() for t in sentence} | {t.lower_ for t in sentence}
    for cls, code in entry.ctx_codes:
        if lemmas & WORD_CLASSES[cls]:
            return code
    return entry.code


def voices_grievance(clause: Token) -> bool:
    """A clause set beside a march that says why it was held ("marched to protest unpaid salaries",
    "marched demanding pensions"; word set ``grievance_purposes``)."""
    return clause.dep_ in ("advcl", "xcomp") and clause.lemma_.lower() in word_set("grievance_purposes") \
        and (clause.tag_ == "VBG" or to_infinitive(clause))


def _a_protest_by_its_doers(token: Token, doers: list[Token]) -> bool:
    """Armed men who march or strike to voice a grievance still protest ("Soldiers marched to
    the palace to protest unpaid salaries", "Retired soldiers marched demanding pensions",
    "Troops and protesters marched together"): the doers' class retypes only a movement of force."""
    if any(voices_grievance(c) for c in token.children) or _over_a_grievance(token):  # not "before the
        return True  # mutiny was called off"
    return any(c.dep_ == "amod" and c.lower_ in word_set("former_marks") for d in doers for c in d.children) \
        or any(word_class(c, "protesters") for d in doers for c in d.conjuncts)


def _a_walkout(noun: Token) -> bool:
    """A stoppage by its own words: a "general", "nationwide" or "one-day" strike, one gone on
    ("went on strike"), or one held over a grievance ("launched a strike over unpaid wages"),
    whoever carries it out ("Argentina launched its first general strike")."""
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ == "on" and verb.head.lemma_.lower() in ON_STRIKE_VERBS:
        return True  # "went on strike", "doctors are on strike"
    return any(word_class(c, "walkout_marks") for c in noun.children if c.dep_ in ("amod", "compound", "nmod")) \
        or _over_a_grievance(noun) or _over_a_grievance(verb)


def _over_a_grievance(tok: Token) -> bool:
    """ "over unpaid wages", "for higher pay", "against the pension reform": what people stop
    work or march over (not "for three days", "against government forces")."""
    return any(o.lemma_.lower() in word_set("grievances") or o.lower_ in word_set("grievances")
               for o in prep_objects(tok, GRIEVANCE_PREPS))


def _in_words_between_sides(token: Token) -> bool:
    """A politician or a state acting on a person or a body ("Biden attacked Trump", "the
    opposition leader attacked the government"): the kind of attack made in words. Not a mob,
    gunmen, villagers or "a man", nor a building ("attacked the parliament building over the
    law")."""
    subj, objs = subjects(token), objects(token)
    with_whom = not objs  # "clashed with the opposition leader over the deal": whom a dispute was
    # with; a person's or an office's only, told with no harm ("Pakistan clashed with the Taliban
    # over a checkpoint, leaving two soldiers dead": a fight)
    if with_whom:
        objs = prep_objects(token, ("with",))
        if any(t.lemma_.lower() in HARM_LEMMAS | HARM_NOUNS for t in token.sent):
            return False
    if not subj or not objs:
        return False
    doer, done = subj[0], objs[0]
    speaking = word_set("offices") | word_set("speaking_bodies")
    speaker = doer.ent_type_ in (("PERSON",) if with_whom else ("PERSON", "GPE")) \
        or (doer.pos_ == "NOUN" and doer.lemma_.lower() in speaking)
    party = done.ent_type_ in ("PERSON", "GPE", "ORG", "NORP") or (
        done.pos_ == "NOUN" and done.lemma_.lower() in speaking)
    return speaker and party and done.lemma_.lower() not in word_set("sites")


def _passive_person(token: Token) -> bool:
    if not is_passive(token):
        return False
    subj = [c for c in token.children if c.dep_ == "nsubjpass"]
    if token.dep_ in ("relcl", "acl"):
        subj.append(token.head)
    if any(s.lower_ in ("who", "whom") for s in subj):
        subj.append(token.head)
    return any(word_class(s, "person") for s in subj)


def find_candidates(doc: Doc, segs: list[Segment]) -> list[Candidate]:
    """Every lexicon trigger in the segments, one reading per token (the acts read from a
    statement's parse are :func:`.speechacts.with_speech_acts`'s)."""
    lex = lexicon()
    out: list[Candidate] = []
    used: set[int] = set()
    for seg in segs:
        span = seg.tokens(doc)
        for tok in span:
            if tok.i in used or tok.is_punct or tok.is_space or not tok.is_alpha:
                continue
            if tok.ent_type_ in BLOCKING_ENT_LABELS and (not seg.headline or tok.ent_type_ in TIME_ENTS):
                continue  # a headline's names are often misread, never its date ("Sunday, March 17")
            forms = [tok.lemma_.lower(), tok.lower_]
            regular = tok.lower_ == tok.lemma_.lower() + "s"  # "aides" is "aide", not "aid"
            if seg.headline or not (regular or any(f in lex for f in forms)):
                forms += base_forms(tok.text)  # the lemmatizer's misses ("raped" -> "rap")
            entries: list[LexEntry] = []
            for form in dict.fromkeys(forms):
                found = lex.get(form, [])
                if tok.lower_.endswith("ing") and form != tok.lower_ and not any(e.pos == "V" for e in found):
                    # "the Turkish drilling": a gerund names its verb's act ("the sanctioning
                    # of X"); a stem that is no verb of the lexicon only names a thing (a
                    # drill, an exercise). Gerunds that are event nouns are listed as such
                    found = [e for e in found if e.pos != "N"]
                entries += found
            if seg.headline:  # a headline parsed in sentence case tags its verb: read it first
                entries.sort(key=lambda e: e.pos != ("V" if tok.pos_ == "VERB" else "N"))
            for entry in entries:
                if not _entry_fits(tok, entry, seg.headline):
                    continue
                if not seg.headline and not _prep_ok(tok, entry.preps):
                    continue
                if entry.unless and any(c.dep_ in ("prt", "prep", "advmod") and c.lower_ in entry.unless
                                        for c in tok.children):
                    continue
                if entry.no_object and any(c.dep_ in ("dobj", "obj") for c in tok.children):
                    continue
                if entry.unnamed and (naming_complement(tok) is not None or given_a_name(tok)):
                    continue  # "called Biden a liar": a naming, read by its complement
                if _why_done(tok):
                    break  # "recalled its ambassador in protest at the deal": why, not a protest held
                if entry.summons and any(c.lemma_.lower() in word_set(entry.summons) for c in _aims(tok)):
                    continue
                if entry.asks and not _asks_someone(tok):
                    continue  # "pressed charges", "pressed their offensive to seize the town"
                extra: tuple[Token, ...] = ()
                if entry.extra:
                    hit = _find_extra(doc, tok, seg, entry.extra)
                    if hit is None:
                        continue
                    extra = hit
                if entry.block and any(
                    word_class(o, cls) for cls in entry.block
                    for o in (*objects(tok), *(modifiers(tok) if tok.pos_ == "NOUN" else ()),
                              *prep_objects(tok, BLOCK_PREPS + CLASS_BLOCK_PREPS.get(cls, ()) + entry.preps),
                              *(w for o in objects(tok) for w in prep_objects(o, ("with",))),  # ("hit the
                              # network with sanctions on Thursday": hung on the object)
                              *_adjunct_of(tok), *_beside(tok, CLASS_BLOCK_CLAUSES.get(cls, ())))
                ):
                    break
                if entry.object_block and _acts_on(tok, entry.object_block) and not _stranded(tok, entry.preps):
                    break  # (not "protesters were fired on": the passive's preposition says how)
                if not needs_met(tok, entry, extra):
                    continue
                if entry.governor_block and tok.dep_ == "pobj" and tok.head.lower_ in ("in", "of", "on", "to") \
                        and any(word_class(tok.head.head, cls) for cls in entry.governor_block):
                    break  # "the pause in aid to Ukraine": the flow stopped
                if entry.need_governor and not (tok.dep_ in ("dobj", "obj", "nsubjpass") and any(
                        word_class(tok.head, cls) for cls in entry.need_governor)):
                    continue
                if entry.need_subject and not any(
                    word_class(o, cls) or _carries(o, cls) for o in _doers(tok) for cls in entry.need_subject
                ) and not _chanting(tok):
                    continue
                if entry.code == RIOT_CODE and done_to_people(tok) and not (
                        _toll_left(tok) and all(e.code == RIOT_CODE for e in entries)):
                    continue  # "a mob burned a man to death", "torched a bus, killing 12": an attack
                    # (read by the word's other sense or its killing); "rioted in Nairobi, leaving five
                    # dead" has no other word to tell it
                if entry.subject_block and any(word_class(o, cls) for o in _doers(tok)
                                               for cls in entry.subject_block):
                    break  # "stocks rallied": a market, not a crowd
                if entry.passive_person and not _passive_person(tok):
                    continue
                head = tok
                if entry.pos == "N" and tok.dep_ == "compound" and (
                        tok.head in extra or _activity_compound(tok, entry)):
                    # "a hunger strike", "a mediation effort": the phrase's head noun is the
                    # one the verbs govern
                    head, extra = tok.head, tuple(t for t in (tok, *extra) if t != tok.head)
                code = refine_code(head, entry, span)
                out.append(Candidate(head, entry, code, seg, extra))
                used.add(head.i)
                used.update(t.i for t in extra)
                break
    return out


