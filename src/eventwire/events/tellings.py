"""Word tests on two tellings of acts, for the joins (:mod:`.joins`).

Each asks of the words of two mentions whether one tells the other: a "when" clause that says
how an act was done, interceptions of what an attack fired, the toll a claimant tells in the
sentence it claims an attack, a verdict and the sentence it gave; or whether one is told as
another act: a span of time after it, "hours later".
"""

from __future__ import annotations

from spacy.tokens import Token

from ..nlp.syntax import base_forms, subject_child
from ..record import Event
from . import clauses
from .cameo import GUILT_CODE, RULING_CODES, lookup
from .clausewords import HITTING_VERBS, REPORTING_LEMMAS, projectile, word_class
from .lexicon import event_noun, lexicon
from .mentions import Mention
from .rolewords import FORCE_TYPES
from .standing import interception


def apart_from(m: Mention, acts: list[Token]) -> bool:
    """The mention is told as a span of time after or before one of ``acts`` ("came a week after
    the RSF attacked Zamzam camp": the act that came is the shelling, not the attack)."""
    if not clauses.a_span_apart(m.token):
        return False
    head = m.token.head if m.token.dep_ == "advcl" else m.token.head.head
    near = {head.i} | {c.i for c in head.children if c.dep_ in ("nsubj", "nsubjpass")}
    return any(t.i in near for t in acts)


def named_by_subject(m: Mention) -> Token | None:
    """The subject of the clause the mention is told a span of time apart from, when it names an
    act back by a word of ``act_namers`` or an act noun, and the mention names none back ("The
    movement of forces came days after Pyongyang fired a volley of missiles": the movement, the act
    told just before; "It came a day after troops shelled the port"; not "The killings came hours
    after the siege began": the siege named back, not told a span apart)."""
    if not clauses.a_span_apart(m.token) or clauses.named_back(m.token):
        return None
    doers = subject_child(m.token)
    if doers is not None and clauses.named_back(doers) and clauses.in_words(doers, "doer_nouns"):
        return None  # "It came hours after the attackers stormed the building": its doers named by the
        # act told, the same act
    head = m.token.head if m.token.dep_ == "advcl" else m.token.head.head
    subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or not (clauses.in_words(subject, "act_namers") or event_noun(subject)
                               or clauses.in_words(subject, "general_acts")):
        return None
    return subject if subject.pos_ == "PRON" or clauses.named_back(subject) else None


def told_how(how: Token, act: Token) -> bool:
    """ "was hit on Sunday, when a missile struck a building": a "when" clause on an act that
    tells the act itself, in other words (not one told "after" or "before" it)."""
    if how.dep_ not in ("advcl", "relcl") or not any(c.dep_ == "advmod" and c.lower_ == "when"
                                                     for c in how.children) \
            or how.lemma_.lower() not in HITTING_VERBS or any(c.lower_ == "also" for c in how.children):
        return False  # (not "when fighters clashed near the airport", "when forces also stormed a
        # hospital": what else happened then)
    head = how.head
    if head.ent_type_ in ("DATE", "TIME") and head.dep_ == "pobj":
        head = head.head.head  # "hit on Sunday, when ...": the parser hangs the clause on the day
    return head.i == act.i


def act_as_subject(tok: Token) -> bool:
    """ "The strikes hit 13 locations", "The missile struck a residential neighbourhood": the verb
    tells what an act (or its weapon) named back did, so what it hit is the act's target told
    from another side; a general word for an act names one back too ("The incident injured four
    crew members")."""
    return any(c.dep_ == "nsubj" and (event_noun(c) or word_class(c, "arms") or clauses.in_words(c, "general_acts"))
               and clauses.named_back(c) for c in tok.children)


def kinds_named(noun: Token) -> set[str]:
    """The types of act a general word names back: any act of force for a word of force or one
    the lexicon does not read ("the operation", "the raid", "the incident"), a protest for a
    word of protest ("the protest")."""
    read = {lookup(e.code).plover for e in lexicon().get(noun.lemma_.lower(), ()) if e.pos == "N"}
    return set(FORCE_TYPES) if not read or read & FORCE_TYPES else read


def one_ruling(a: Event, b: Event) -> bool:
    """A finding of guilt and the sentence it gave: the two halves of one ruling (not an
    acquittal, an arrest or a charge)."""
    if {a.cameo, b.cameo} != RULING_CODES:
        return False
    verdict, sentence = (a, b) if a.cameo == GUILT_CODE else (b, a)
    said = sentence.trigger.text.split()
    return "not" not in verdict.trigger.text.lower().replace("-", " ").split() and bool(said) \
        and any(form in clauses.words("sentencing_words") for form in base_forms(said[0]))


def kind_told(act: Token, told: Mention) -> bool:
    """The words that say which act a noun names back ("the mosque attack") are in the
    sentence that told it ("gunmen attacked a mosque"), or it has none."""
    kinds = [c.lemma_.lower() for c in act.children if c.dep_ in ("compound", "amod") and c.pos_ == "NOUN"]
    said = told.event.sentence.text.lower()
    return not kinds or any(k in said for k in kinds)


def time_away(tok: Token) -> bool:
    """The act is told a span of time from the one before ("Hours later, gunmen attacked",
    "A day earlier, an ambush ..."): another act, whatever its words share."""
    return any(c.dep_ == "advmod" and c.lower_ in ("later", "earlier")
               and any(g.dep_ == "npadvmod" for g in c.children) for c in tok.children)


def claim_tells(told: Token, claimed: Token) -> bool:
    """``told`` is what the claimant says it did ("saying it killed 12 soldiers", "adding that its
    fighters had shot down a drone") in the sentence where it claims the act ``claimed``."""
    verb = clauses.claiming_verb(claimed)
    if verb is None:
        return False
    saying = told.head if told.dep_ == "ccomp" else None
    return saying is not None and saying.lemma_.lower() in REPORTING_LEMMAS and saying.dep_ in ("advcl", "conj") \
        and saying.head.i == verb.i


def intercepts(im: Mention, am: Mention) -> bool:
    """``im`` shoots down or intercepts what the attack ``am``, told in the same or the sentence
    before, fired ("shot down 27 of them", "intercepted most of the missiles"): part of it."""
    tok = im.token
    if not interception(tok) or am.event.plover != "ASSAULT" or not 0 <= im.segment - am.segment <= 1:
        return False
    fired = [o for o in tok.children if o.dep_ in ("dobj", "nsubjpass")]
    return any(projectile(o) or (o.pos_ == "NUM" and any(
        p.lower_ == "of" and any(g.lower_ in ("them", "these", "those") for g in p.children) for p in o.children))
        for o in fired) and any(projectile(t) for t in am.token.sent if t.i != tok.i and t.i < tok.i)
