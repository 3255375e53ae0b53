"""Trigger detection: which words in a sentence report that something happened.

spaCy's sentence splitter glues a headline onto the first sentence when only a blank
line separates them, so sentences are cut again at paragraph breaks (:func:`segments`).
Candidates come from the lexicon (:mod:`.lexicon`), checked against the parse: part of
speech, required prepositions, multi-word phrases, objects that rule a reading out.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from ..nlp.headline import headline_span
from ..nlp.syntax import base_forms, doc_text, is_passive, to_infinitive
from .clausewords import (
    BLOCK_PREPS,
    BLOCKING_ENT_LABELS,
    CLASS_BLOCK_CLAUSES,
    CLASS_BLOCK_PREPS,
    FAR_PHRASE_WINDOW,
    HARM_LEMMAS,
    HEADLINE_POS,
    NOUN_POS,
    OCCASION_PREPS,
    PHRASE_WINDOW,
    TIME_ENTS,
    VERB_POS,
    given_a_name,
    in_protest,
    marked_clauses,
    modifiers,
    naming_complement,
    needs_met,
    objects,
    prep_objects,
    projectile,
    says_when,
    subjects,
    tested,
    word_class,
)
from .crowds import protest_gathering
from .doers import (
    carries,
    doers,
    misread_modifier,
    opening_noun,
)
from .lexicon import LexEntry, event_noun, lexicon
from .lexicon import words as word_set
from .senses import (
    refine_code,
)

__all__ = ["RIOT_CODE", "Candidate", "Segment", "done_to_people", "find_candidates", "segments"]


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
    return any(party(o) for o in objects(verb)) and any(party(a) and not event_noun(a) for a in doers(verb))


def _asks_on(noun: Token) -> bool:
    """A noun's "on" phrase names whom it asks to do something, a "to" infinitive told after it
    ("his call on Western allies to send air defences"; not "a call on the sidelines of the
    summit", "a call on Zoom")."""
    on = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "on" for g in c.children if g.dep_ == "pobj"]
    return bool(on) and any(c.pos_ == "VERB" and c.i > on[0].i and c.dep_ in ("acl", "advcl", "xcomp", "relcl")
                            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                            for h in (noun, noun.head, on[0]) for c in h.children)


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


def _governors(noun: Token) -> tuple[Token, ...]:
    """The verb a noun is the object or passive subject of, or that it is "under" ("came under
    fire"): the verb whose class a ``needgov`` row asks for."""
    if noun.dep_ in ("dobj", "obj", "nsubjpass"):
        return (noun.head,)
    if noun.dep_ == "pobj" and noun.head.lower_ == "under" and noun.head.head.i != noun.head.i:
        return (noun.head.head,)
    return ()


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


def _acts_on(tok: Token, classes: tuple[str, ...]) -> bool:
    """Whether what the word acts on is of one of ``classes``: its objects (of a share, what it
    is a share of: "captured 40 percent of the vote", not "the majority of Bakhmut"), or the
    verb it governs ("declined to comment"). Unlike ``block``, no phrase counts: "killed a
    journalist for his reports" is a killing, "killed the bill" none."""
    acted_on = [*objects(tok), *(c for c in tok.children if c.dep_ == "xcomp")]
    return any(word_class(o, cls) for o in acted_on for cls in classes)


RIOT_CODE = "145"  # CAMEO: protest violently, riot (PLOVER PROTEST)
PROTEST_ROOT = "14"  # CAMEO: protest (a gathering of people for a cause: ``crowds``)


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
    """The words of harm in the clauses that tell the act on ("torched a bus, killing 12"); not
    a clause that says what it came after or why ("rioted after police shot dead a protester":
    the police's act, the riot's occasion)."""
    told = [c for c in verb.children if c.dep_ in ("advcl", "conj", "xcomp", "parataxis")
            and not (c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in OCCASION_PREPS | {"because"}
                                               for m in c.children))]
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
AFTER_OBJECT_PARTICLES = frozenset({"back"})  # a particle the parser hangs as an adverb after the object


def _object_of_stranded(verb: Token, preps: tuple[str, ...]) -> bool:
    """ "We call on all parties to exercise restraint": the parser hangs the preposition's object
    on the verb, leaving the preposition bare right before it; the object is the preposition's."""
    return any(c.dep_ in ("prep", "prt") and c.lower_ in preps and not list(c.children)
               and any(o.dep_ in ("dobj", "obj") and o.left_edge.i == c.i + 1 for o in verb.children)
               for c in verb.children)


def _find_extra(doc: Doc, token: Token, seg: Segment, extra: tuple[str, ...]) -> tuple | None:
    """The phrase's other words after its first. A verb's particle ("step down", "give in")
    must be the verb's own, and not a preposition after its object: not "stepped up patrols
    down the coast", "gave $2 million in aid"; an adjective must not only describe the verb's
    object. Past a long object, a word the verb, its object or its phrase governs, or one in the
    "of" phrase of an object that is the phrase's word ("declared a six-month state of
    emergency")."""
    found: list[Token] = []
    lo, hi = token.i + 1, min(seg.end, token.i + 1 + PHRASE_WINDOW)
    for word in extra:
        hit = next((t for t in doc[lo:hi] if (t.lemma_.lower() == word or t.lower_ == word)
                    and (word not in PARTICLES or token.pos_ not in VERB_POS or _particle_of(t, token))
                    and not _describes_the_object(t, token, extra)), None)
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


def _describes_the_object(word: Token, verb: Token, phrase: tuple[str, ...]) -> bool:
    """ "would hold those responsible to account": the adjective describes whom the verb acts on,
    a pronoun, no complement of the verb's own ("held Washington responsible"; not a noun,
    "designated the foundation an extremist organisation", nor the phrase's own word,
    "launched legal action")."""
    return word.pos_ == "ADJ" and word.dep_ == "amod" and word.head.dep_ in ("dobj", "obj") \
        and word.head.head.i == verb.i and word.head.pos_ in ("PRON", "DET") and word.head.lemma_.lower() not in phrase


def _particle_of(tok: Token, verb: Token) -> bool:
    counted = tok.head.head  # "over" -> "3,000" -> "tonnes"
    if tok.dep_ == "quantmod" and tok.i == verb.i + 1 and counted.head.i == verb.i and counted.dep_ in ("dobj", "obj"):
        return True  # "handed over 3,000 tonnes of wheat": the parser reads the particle as "more than"
    if tok.head.i != verb.i:
        return False
    if tok.lower_ == "out" and any(c.lower_ == "of" for c in tok.children):
        return True  # "pulled its troops out of Chad": the parser hangs "out" as a preposition
    if tok.dep_ == "prt":
        return True
    if tok.dep_ == "advmod" and tok.lower_ in AFTER_OBJECT_PARTICLES and tok.i - verb.i <= PHRASE_WINDOW \
            and any(c.dep_ in ("dobj", "obj") and c.i < tok.i for c in verb.children):
        return True  # "pulling our forces back from the front", "handed four villages back to Azerbaijan":
        # the particle after a short object (not "stepped up patrols down the coast": a preposition)
    return tok.dep_ in ("advmod", "prep") and not any(
        c.dep_ in ("dobj", "obj") and c.i < tok.i for c in verb.children)


def _people_by_participle(verb: Token) -> bool:
    """ "several of the wounded died", "the detained were freed": a participle with an article in
    a noun's place names the people it befell, no act."""
    return verb.tag_ == "VBN" and verb.dep_ in ("pobj", "nsubj", "nsubjpass", "dobj") \
        and any(c.dep_ == "det" and c.lower_ == "the" for c in verb.children) \
        and not any(c.dep_ in ("dobj", "agent", "nsubj", "nsubjpass", "prep") for c in verb.children)


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
                if entry.no_object and any(c.dep_ in ("dobj", "obj") for c in tok.children) \
                        and not _object_of_stranded(tok, entry.preps):
                    continue
                if entry.unnamed and (naming_complement(tok) is not None or given_a_name(tok)):
                    continue  # "called Biden a liar": a naming, read by its complement
                if _why_done(tok):
                    break  # "recalled its ambassador in protest at the deal": why, not a protest held
                if entry.summons and any(c.lemma_.lower() in word_set(entry.summons) for c in _aims(tok)):
                    continue
                if entry.asks and not (_asks_on(tok) if entry.pos == "N" else _asks_someone(tok)):
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
                if entry.need_governor and not any(word_class(gov, cls) for gov in _governors(tok)
                                                   for cls in entry.need_governor):
                    continue
                if entry.need_subject and not any(
                    word_class(o, cls) or carries(o, cls) for o in doers(tok) for cls in entry.need_subject
                ) and not _chanting(tok) and not (
                        entry.code.startswith(PROTEST_ROOT) and protest_gathering(tok)):
                    continue
                if entry.code == RIOT_CODE and done_to_people(tok) and not (
                        _toll_left(tok) and all(e.code == RIOT_CODE for e in entries)):
                    continue  # "a mob burned a man to death", "torched a bus, killing 12": an attack
                    # (read by the word's other sense or its killing); "rioted in Nairobi, leaving five
                    # dead" has no other word to tell it
                if entry.subject_block and any(word_class(o, cls) for o in doers(tok)
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
