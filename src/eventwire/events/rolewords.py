"""What every reading of an act's parties shares: who a verb's subject is (its own, one shared
with a governing verb, a teller's), whether a word can be a party, the two sides a "between"
phrase names, and the classes of act the role readings tell apart.

Split from :mod:`.roles`; the verb and noun readings below it use these.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..nlp.syntax import FINITE_TAGS, is_passive, joined_to_an_infinitive, misparsed_main_verb, subject_child
from ..record import Record
from .cameo import lookup
from .clauses import words
from .clausewords import (
    REPORTING_LEMMAS,
    TIME_ENTS,
    prep_objects,
    projectile,
    verb_in,
    word_class,
)
from .doers import misread_doer
from .eventhood import is_site
from .instruments import NAMED_OWNERS, doers_named_on
from .lexicon import event_noun, lexicon
from .mood import SPEECH_TYPES, purpose
from .pronouns import (
    MAX_CLIMB,
    OBJECT_CONTROL,
    PERSON_PRONOUNS,
    PLURAL_PRONOUNS,
)

MEASURE_TARGET_PREPS = ("on", "against")  # who a measure in the passive is laid on
ARRIVING_VERBS = frozenset("come pour flood arrive".split())  # "criticism came from X": X voiced it
# Nouns that count acts ("a series of attacks", "dozens of arrests"): the act is the counted one.
SERIES = frozenset("series wave spate string spree campaign round number "
                   "dozen hundred thousand score handful couple".split())  # ("made dozens of arrests")
DONE_TO_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION"})  # acts whose object undergoes them
# Acts of force: they land on things as well as parties ("shelled the hospital", "seized the
# weapons"), and where one "came from" names no one who did it ("the attacks came from Yemen").
FORCE_TYPES = frozenset({"ASSAULT", "COERCE"})
SUSPECTED_VERBS = frozenset({"believe", "think", "suspect", "say", "report", "allege", "understand"})  # "X believed
# to be ...", a reduced relative the parser may read as the sentence's verb
MANNER_PREPS = frozenset({"by", "through", "besides"})  # how the subject itself did it, even after
# an object ("dispersed the crowd by firing"); after an object, other phrases may tell the
# object's act ("congratulated Zelensky on signing", "detained the president upon returning")
LEADING_PREPS = frozenset({"on", "upon"})  # only before the verb: after it they mostly give a topic
# ("briefed reporters on sanctioning", "insisted on meeting")
PASSIVE_SCENE_PREPS = frozenset({"by", "in"})  # on a passive, the act's cause or scene: "displaced by
# fighting", "killed in shelling"
SYMMETRIC_TYPES = frozenset({"AGREE", "CONSULT", "SUPPORT", "COOPERATE"})  # done between two sides


def children_in(tok: Token, deps: tuple[str, ...]) -> list[Token]:
    return [c for c in tok.children if c.dep_ in deps]


def _speech_verb(verb: Token) -> bool:
    """A verb the lexicon reads as a statement act (urge, accuse, reject, threaten ...)."""
    return any(lookup(e.code).plover in SPEECH_TYPES for e in lexicon().get(verb.lemma_.lower(), ()))


def _teller(verb: Token, head: Token) -> Token | None:
    """ "Amnesty said the sentence was cruel and urged Beijing to free him": the parser joins
    the act to the told judgement, whose subject is a thing that cannot act; the act is the
    teller's ("the police were brutal and arrested them" keeps its own subject)."""
    if is_passive(verb) or verb.lemma_ == "be" or head.lemma_ != "be" or head.dep_ != "ccomp" \
            or head.head.lemma_.lower() not in REPORTING_LEMMAS or not _speech_verb(verb):
        return None  # (a deed keeps the judged thing: "said the blast was huge and destroyed")
    judged = children_in(head, ("nsubj",))
    if not judged or judged[0].pos_ == "PRON" or party_or_person(judged[0]):
        return None
    return subject_child(head.head)


def subject_of(verb: Token, depth: int = 0) -> Token | None:
    """Who does ``verb``: its subject, or the subject it shares with a governing verb."""
    own = subject_child(verb)
    if own is not None:
        return own
    misread = misread_doer(verb)  # "A court convicted journalist Alsu Kurmasheva", "Aid agencies in
    if misread is not None:       # Gaza delivered ..."
        return misread
    for mark in children_in(verb, ("mark",)):  # "after Theresa May stepped down": the parser
        named = children_in(mark, ("pobj",))    # hangs the subject on the conjunction
        if named and named[0].i < verb.i:
            return named[0]
    if depth >= MAX_CLIMB or verb.head.i == verb.i:
        return None
    head = joined_to_an_infinitive(verb) or verb.head  # ("urged residents to stay indoors and arrested
    # 12 protesters": the police arrested them)
    if verb.dep_ == "conj" and head.pos_ in ("VERB", "AUX"):
        if is_passive(head) and not is_passive(verb):
            return None
        return _teller(verb, head) or subject_of(head, depth + 1)
    if verb.dep_ == "xcomp":
        if verb_in(head, OBJECT_CONTROL):
            obj = children_in(head, ("dobj", "obj"))
            if obj:
                return obj[0]
        if head.pos_ == "VERB" and is_passive(head) and verb.tag_ == "VB" and subject_child(head) is None:
            return subject_child(head, ("nsubjpass",))  # "the two leaders are scheduled to meet",
            # "troops were ordered to withdraw": the passive's subject does it
        if head.pos_ in ("VERB", "AUX", "ADJ"):
            return subject_of(head if head.pos_ != "ADJ" else head.head, depth + 1)
    if verb.dep_ in ("acomp", "oprd") and verb.pos_ == "ADJ" and head.pos_ in ("VERB", "AUX"):
        return subject_of(head, depth + 1)  # "Norway is willing to ...": the copula's subject
    if verb.dep_ in ("relcl", "acl") and verb.tag_ == "VBG" and head.dep_ in ("dobj", "obj") \
            and head.head.pos_ == "VERB" and projectile(head) and not is_passive(head.head) \
            and head.head.lemma_.lower() in words("aiming_verbs") \
            and not any(c.dep_ == "prt" for c in head.head.children) and not _users_named(head):
        # (not "shot down three missiles targeting ships", nor "a Houthi missile targeting Jazan",
        # "missiles fired by Ukraine targeting Crimea": who used them is told otherwise)
        return subject_of(head.head, depth + 1)  # "Iran fired missiles targeting U.S. troops": who
        # fired them, not the missiles
    if verb.dep_ == "advcl" and verb.tag_ == "VBN" and any(
            c.dep_ == "aux" and c.lower_ == "having" for c in verb.children) \
            and not any(c.dep_ == "mark" for c in verb.children):
        return subject_of(head, depth + 1)  # "The army moved on Monday, having first arrested
        # Mugabe": a perfect participle's doer is the clause's, as a gerund's is
    if verb.dep_ in ("advcl", "pcomp") and verb.tag_ == "VBG":
        if verb.dep_ == "pcomp" and head.dep_ == "prep":  # "after meeting Putin, Trump said"
            if not _shares_subject(head, verb):
                return None
            head = head.head
        elif not any(c.dep_ == "mark" and c.lower_ in words("subject_preps") for c in verb.children):
            if came_under(head):
                return None  # "the convoy came under attack, killing nine soldiers": the attack's
                # unnamed doers killed them, not the convoy
            return subject_of(head, depth + 1)  # "when announcing": the parser's guess at a verb
        # a passive's subject does what its gerund says: "was arrested after attacking a
        # guard", "the convoy was attacked while delivering food"
        return subject_of(head, depth + 1) or subject_child(head, ("nsubjpass",))
    if purpose(verb) and head.pos_ == "VERB" and not is_passive(head):
        return subject_of(head, depth + 1)  # "ministers gathered to discuss": they discuss
    if verb.dep_ in ("relcl", "acl") and not is_passive(verb) and (
            verb.tag_ in ("VBG", "VBD", "VBZ", "VBP") or misparsed_main_verb(verb)):
        return head
    if verb.dep_ == "oprd" and head.dep_ in ("acl", "relcl"):
        return head.head  # "the people left surrendered": the noun the clause hangs on
    if verb.dep_ == "ccomp" and verb.tag_ == "VBD" and head.lemma_.lower() in SUSPECTED_VERBS \
            and any(c.dep_ == "xcomp" and c.lemma_.lower() == "be" for c in head.children):
        return subject_child(head)  # "Gunmen believed to be members of IS attacked a checkpoint":
        # the parser made "believed" the verb; the gunmen attacked
    return None


def _users_named(weapon: Token) -> bool:
    """The weapon names who used it: a name on it, or a "by" phrase on it or on a participle of
    doing hung on it ("a Houthi missile", "drones fired by Russia")."""
    return bool(doers_named_on(weapon)) or any(
        c.dep_ in ("amod", "compound", "nmod", "poss") and c.ent_type_ in NAMED_OWNERS for c in weapon.children)


def _marked_clause(verb: Token) -> bool:
    """A clause of its own opened by a conjunction ("after an Israeli strike killed one of its
    commanders"), no misparsed subject of the word it hangs on."""
    return verb.dep_ == "advcl" and any(c.dep_ == "mark" for c in verb.children)


def _shares_subject(prep: Token, gerund: Token) -> bool:
    """A preposition whose gerund is done by the clause's own subject ("after meeting Putin,
    Trump said", "was arrested after attacking a guard"), hung on that clause's verb; not one
    whose gerund may be the object's ("arrested him for attacking", "accused them of lying",
    "helped police in arresting", "jailed him despite apologizing"), a passive's cause or
    scene, nor a gerund used as a noun ("after the shelling", "after shelling by government
    forces")."""
    verb = prep.head
    if prep.dep_ != "prep" or verb.pos_ not in ("VERB", "AUX") or prep.lower_ not in words("subject_preps"):
        return False
    if is_passive(verb) and prep.lower_ in PASSIVE_SCENE_PREPS:
        return False
    if prep.lower_ in LEADING_PREPS and prep.i > verb.i:
        return False
    if any(c.dep_ in ("det", "poss") or (c.tag_ in FINITE_TAGS and not _marked_clause(c))
           or (c.dep_ == "prep" and c.lower_ in ("of", "by")) for c in gerund.children):
        return False  # a noun ("the shelling", "shelling of the city") or a misparsed subject
    people = PERSON_PRONOUNS | PLURAL_PRONOUNS
    return prep.lower_ in MANNER_PREPS or not any(
        c.dep_ in ("dobj", "obj", "dative") and c.i < prep.i and (can_be_party(c) or c.lower_ in people)
        for c in verb.children)


def can_be_party(tok: Token) -> bool:
    """A name or a group of people: someone an act can be done to or for."""
    return (tok.ent_type_ in ("GPE", "ORG", "PERSON", "NORP", "LOC", "FAC") or word_class(tok, "person")
            or tok.lemma_.lower() in words("institutions"))


def party_or_person(tok: Token) -> bool:
    """A party, or a common noun for people the lexicon's person class lacks ("the mayor")."""
    return can_be_party(tok) or tok.lemma_.lower() in words("person_nouns")


def laid_on_party(tok: Token) -> bool:
    """Who a measure is laid on: a party or person, never a place or site named by "on"
    ("torched on Lagos Island")."""
    return party_or_person(tok) and tok.ent_type_ != "LOC" and not is_site(tok)


def between_sides(tok: Token, record: Record | None = None) -> tuple[Token, Token | None] | None:
    """The two sides a "between" phrase names ("talks between Russia and Ukraine"); with the
    record, never two towns or two days, which say where or when ("killed between Bunia and
    Mahagi", "broke out between Monday and Tuesday")."""
    found = prep_objects(tok, ("between",))
    if not found:
        return None
    conj = list(found[0].conjuncts)
    sides = found[0], (conj[0] if conj else None)
    if record is not None and any(side is not None and _where_or_when(record, side) for side in sides):
        return None
    return sides


def _where_or_when(record: Record, tok: Token) -> bool:
    """A day, or a place that is no country (a country may be a side: "war between Russia and
    Ukraine")."""
    place = record.place_at(tok.idx, tok.idx + len(tok.text))
    return tok.ent_type_ in TIME_ENTS or (place is not None and place.feature != "country")


def came_under(verb: Token) -> bool:
    """ "the convoy came under attack": what came under an act underwent it."""
    return verb.lemma_.lower() in ARRIVING_VERBS and any(event_noun(o) for o in prep_objects(verb, ("under",)))
