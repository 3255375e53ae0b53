"""How the mentions of one sentence fold: which clause tells another happening, and which
tells more of the one it hangs on. Read by :mod:`.happenings` when it folds a sentence."""

from __future__ import annotations

from spacy.tokens import Token

from ..nlp.syntax import PLURAL_TAGS
from ..record import Event
from . import clauses, mood
from .cameo import PROPERTY_CODE, RULING_CODES
from .clausewords import word_class
from .lexicon import event_noun
from .quantities import KIND_BY_LEMMA
from .standing import OPERATION_TYPES, TOLL_KINDS

RELEASE_CODE = "0841"  # CAMEO: return, release persons
AIMING_VERBS = frozenset({"target"})  # a participle saying whom the act it hangs on was aimed at


def taken_on_the_way(tok: Token, mine: Event, owner: Event) -> bool:
    """A participle of looting or burning told with an attack ("killing two drivers and looting 12
    trucks"): what the attackers took or burned on the way, however many, is the attack's."""
    return tok.tag_ == "VBG" and owner.plover == "ASSAULT" and (mine.cameo or "").startswith(PROPERTY_CODE)


def one_act(tok: Token, dep: str, mine: Event, owner: Event, owner_tok: Token) -> bool:
    """The mention ``tok`` (its reading ``mine``), hung by ``dep`` under the mention ``owner_tok``
    read as ``owner``, tells the same act: of one type, or what the act did or whom it was aimed at."""
    if mine.plover == owner.plover:
        return True
    if dep == "conj" and mine.cameo in RULING_CODES and owner.cameo in RULING_CODES \
            and not any(c.dep_.startswith("nsubj") for c in tok.children):
        return True  # "convicted him of rioting and sentenced him to five years": one ruling (not
        # "police detained him and a court convicted him": two doers, two acts)
    if mine.plover == "ASSAULT" and owner.plover in OPERATION_TYPES and (
            (dep == "advcl" and tok.tag_ == "VBG")
            or (dep == "conj" and clauses.in_words(owner_tok, "operation_words") and _raid_toll(tok))):
        return True  # "raided a hideout, killing three", "raided a hideout and killed three":
        # the killing is the raid's (not "has been arrested after X ... was stabbed", an
        # arrest the parser joins to the stabbing)
    if KIND_BY_LEMMA.get(tok.lemma_.lower()) in TOLL_KINDS and any(
            a.lemma_.lower() == "leave" and owner_tok in a.ancestors for a in tok.ancestors):
        return True  # "rioted in Nairobi, leaving five people dead and 20 injured": the toll the act left
    if tok.tag_ != "VBG":
        return False
    if taken_on_the_way(tok, mine, owner) and dep in ("advcl", "conj"):
        return True  # "stormed the clinic, opening fire and looting an ambulance"
    return dep == "advcl" and tok.lemma_.lower() in AIMING_VERBS  # "imposed sanctions on
    # Monday, targeting 16 people": whom the act was aimed at


def _raid_toll(tok: Token) -> bool:
    """A verb joined to a raid that tells whom it killed or wounded, with no subject or "then"
    of its own ("raided a hideout and killed three suspects"; not "and tortured detainees",
    "and killed his dog", "then opened fire on a crowd")."""
    return KIND_BY_LEMMA.get(tok.lemma_.lower()) in TOLL_KINDS \
        and not any(c.dep_.startswith("nsubj") or (c.dep_ == "advmod" and c.lower_ == "then") for c in tok.children) \
        and any(c.dep_ == "dobj" and (clauses.party_word(c) or any(n.dep_ == "nummod" for n in c.children))
                for c in tok.children)


def freed_in(tok: Token, mine: Event, owner: Token, owner_event: Event) -> bool:
    """ "Stormed the prison, freeing 600 inmates": a release told by a participle hung on an
    attack is what the attack did, a jailbreak, no release conceded (not "arrested 12,
    releasing 30 others detained last week": a release of the arresters' own)."""
    return tok.tag_ == "VBG" and tok.dep_ in ("advcl", "conj") and tok.head.i == owner.i \
        and mine.cameo == RELEASE_CODE and owner_event.plover == "ASSAULT"


def protest_says(tok: Token, mine: Event, owner: Token, owner_event: Event) -> bool:
    """ "Protesters gathered to denounce the visit, accusing Kishida of ...": a statement a
    protest makes, hung on it with no speaker of its own, is what the protest is held for
    (not "rallied, leading the government to accuse ...": another's statement)."""
    first = tok  # "rallied, holding banners and demanding their release": one of a series
    while first.dep_ == "conj" and first.head.tag_ in ("VB", "VBG") and first.head.i != first.i:
        first = first.head
    return owner_event.plover == "PROTEST" and mine.plover in mood.SPEECH_TYPES and first.head.i == owner.i \
        and first.dep_ in ("advcl", "xcomp") and tok.tag_ in ("VB", "VBG") and first.tag_ in ("VB", "VBG") \
        and not any(c.dep_.startswith("nsubj") for c in (*tok.children, *first.children))


def another_doing(clause: Token) -> bool:
    """A clause of sequence ("after ...", "before ...") told of another doer than its main
    clause's subject, or a time away from it ("a day after"): another happening."""
    if any(c.dep_ == "npadvmod" for c in clause.children):
        return True
    mine = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    main = clause.head
    while not any(c.dep_ == "nsubj" for c in main.children) and main.dep_ in ("advcl", "xcomp", "conj", "pcomp"):
        main = main.head.head if main.dep_ == "pcomp" else main.head  # "opened fire, killing three
        # before police shot him": the gunman's; "retaliated by firing rockets after Israeli
        # troops killed": the retaliators'
    theirs = next((c for c in main.children if c.dep_ == "nsubj"), None)
    if mine is None or theirs is None:
        return False
    if mine.pos_ == "PRON":  # "they" for "militants", "he" for "the police" is someone else
        return (mine.tag_ in PLURAL_TAGS or mine.lower_ in ("they", "we")) != (theirs.tag_ in PLURAL_TAGS)
    if any(c.dep_ == "det" and c.lower_ in clauses.words("anaphoric_determiners") for c in mine.children):
        return False  # "after the militants ambushed": the doers named back
    if word_class(mine, "forces") and word_class(theirs, "forces"):
        return False  # "the army killed 12 after soldiers stormed": one side
    return mine.lemma_.lower() != theirs.lemma_.lower()


def told_back(subject: Token | None) -> bool:
    """A subject that names what was already told of: a pronoun, some "of them", or the act
    named back ("the blast")."""
    if subject is None:
        return False
    if subject.pos_ == "PRON" or (event_noun(subject) and clauses.named_back(subject)):
        return True  # "and the blast also killed two"
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(g.pos_ == "PRON" for g in c.children)
               for c in subject.children)


def elsewhere(a: Event, b: Event) -> bool:
    """Both acts are placed, at two places."""
    return a.location is not None and b.location is not None and a.location.place != b.location.place


def names_offence(tok: Token, owner: Event) -> bool:
    """An event noun that names the offence of a legal act: bare ("charged with murder"),
    not a happening referred to ("charged with the attack", "convicted of his killing")."""
    if not clauses.coded(owner.cameo, "offence_holders"):
        return False
    return not any(c.dep_ in ("det", "poss") for c in tok.children)
