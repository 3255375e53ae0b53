"""The words a role spans and whom they name.

A role is a noun phrase cut to what names the party ("the rebels", not "the rebels of
attacking a convoy"), linked to the entity its head names, or to the person an office
stands for ("the President": the one introduced as President X).
"""

from __future__ import annotations

from spacy.tokens import Token

from ..entities.kb import KnowledgeBase
from ..geo.wording import DIVISION_NOUNS
from ..nlp.syntax import noun_phrase
from ..record import Entity, Record, Role, make_span
from .clauses import OWNER_PRONOUNS, party_word, words
from .clausewords import prep_objects, word_class
from .pronouns import resolve

MAX_APPOSED_NAME = 5  # words of a name run on from an office ("President Emmerson Dambudzo Mnangagwa")
EXCLUDED_CHILD_DEPS = frozenset({"relcl", "acl", "appos", "advcl", "punct", "parataxis"})
CONJUNCT_DEPS = frozenset({"conj", "cc"})
ROLE_KEEP_PREPS = frozenset({"of"})
MAX_ROLE_TOKENS = 16  # a role longer than this is cut back to the head's noun chunk
MAX_NAME_CHARS = 80  # a name the recognizer found that a role may run on to


def phrase_bounds(head: Token, alone: bool = False, clip: int | None = None) -> tuple[int, int]:
    """Token range of the noun phrase headed by ``head``: modifiers, "of" phrases, conjuncts
    (not when ``alone``: its conjunct is the other side); a phrase longer than a role can be
    is cut back to the head's own words. ``clip``: a token the phrase stops short of, on the
    head's side (a headline's parse reads "Biden Meets Xi" as one noun phrase: its trigger
    parts the actor from the target)."""
    lo, hi = noun_phrase(head, EXCLUDED_CHILD_DEPS | CONJUNCT_DEPS if alone else EXCLUDED_CHILD_DEPS,
                         ROLE_KEEP_PREPS)
    if hi - lo + 1 - (head.doc[hi].text == ")") > MAX_ROLE_TOKENS:  # (a closing bracket is no word)
        lo, hi = head.left_edge.i if head.left_edge.i >= head.i - 4 else head.i, head.i
    if clip is not None and lo <= clip <= hi and clip != head.i:
        lo, hi = (lo, clip - 1) if head.i < clip else (clip + 1, hi)
    return lo, hi


def _state_of(entity: Entity, head: Token, kb: KnowledgeBase) -> str | None:
    """ "The Turkish statement called for ...": a nationality adjective standing alone for
    the party names its state ("Turkey"); a people ("Israelis protested") stays a people."""
    if entity.type != "NORP" or not entity.country or head.pos_ != "ADJ" or head.ent_type_ != "NORP":
        return None
    state = kb.state_for(entity.country)
    return state.name if state is not None else None


def make_role(record: Record, head: Token, kb: KnowledgeBase, alone: bool = False,
              clip: int | None = None) -> Role:
    """A Role over the phrase headed by ``head`` (without its conjuncts when ``alone``; short
    of the token ``clip``),
    linked to the entity it names; ``kb`` (the run's, with the user's files) says which state a
    nationality stands for."""
    doc = head.doc
    # An apposition that names someone is the better name ("the spokeswoman, Konashenko").
    named = head
    if head.ent_type_ in ("", "CARDINAL"):  # "One of these groups, the Syrian Democratic Forces,"
        for child in head.children:
            if child.dep_ == "appos" and (clip is None or (child.i < clip) == (head.i < clip)) \
                    and (child.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
                         or (child.pos_ == "PROPN" and not child.ent_type_)):
                # "the Greek gas producer Energean": a name the recognizer did not label
                named = child
                break
        named = next((n for c in head.children if c.dep_ == "acl" and c.lemma_.lower() in NAMING_VERBS
                      for n in prep_objects(c, ("as",)) if n.ent_type_ in ("PERSON", "ORG")),
                     named)  # "the attacker, identified as Sudesh Amman"
    lo, hi = phrase_bounds(head, alone, clip)
    split = _name_split_off(head, hi)
    if split is not None:  # "Members of the militant group Hamas attacked": the parser made the
        named, hi = split, split.right_edge.i  # group's name a second subject of the verb
    if lo < head.i and doc[lo].lower_ == "dead" and lo > 0 and doc[lo - 1].pos_ == "VERB":
        lo += 1  # "shot dead 11 passengers": the verb's word, not the victims'
    hi = _name_in_apposition(named, head, hi, clip)
    tied = _ties(head, AFFILIATIONS | SPONSORS) \
        if party_word(head) or word_class(head, "forces") or head.lemma_.lower() in BAND_NOUNS else []
    for tie, whose in tied:
        end = phrase_bounds(whose)[1]  # the tie's own words, not a time or place the parser hung
        # on it ("five men linked to the bombing on Tuesday in Quetta")
        if head.i < tie.i <= hi + 1 and end - lo < MAX_ROLE_TOKENS and (clip is None or not tie.i <= clip <= end):
            hi = max(hi, end)  # "Forces loyal to General Khalifa Haftar": whose they are
    hi = _whose_officials(head, lo, hi, alone, clip)
    text = record.document.text
    start, end = doc[lo].idx, doc[hi].idx + len(doc[hi].text)
    for _, m in record.entity_mentions_between(start, doc[hi].idx):
        if m.start <= head.idx < m.end and m.end > end and m.end - start <= MAX_NAME_CHARS:
            whole = doc.char_span(m.start, m.end, alignment_mode="expand")
            if whole is not None and (clip is None or not whole.start <= clip < whole.end):
                run_on = text[end:whole.end_char]
                if run_on.count("(") > run_on.count(")"):  # "... Religious Freedom (USCIRF": the
                    run_on = run_on[:run_on.rindex("(")].rstrip()  # name, not its open bracket
                end += len(run_on)  # "The Egyptian Initiative for Personal Rights": the name
                # runs on past a phrase a role would drop
    span = make_span(text, start, end)
    # The entity must cover the head word: "the Russian army" is not the NORP "Russian".
    entity = record.entity_at(named.idx, named.idx + len(named.text))
    if entity is None:
        entity = _titled_person(record, head)  # "the President": the one introduced as such
    if entity is not None:
        name = _state_of(entity, head, kb) or entity.name
    elif named is not head:
        name = named.text
    else:
        name = _owners_name(record, head) or _bands_name(record, head) or span.text
    return Role(span=span, name=name, entity=entity.id if entity else None)


def _name_split_off(head: Token, hi: int) -> Token | None:
    """The name right after a phrase that ends in a word for a group ("the militant group
    Hamas", "the rebel group M23"), which the parser hung on the verb as a subject of its own."""
    doc = head.doc
    if hi + 1 >= len(doc) or head.dep_ != "nsubj" or not word_class(doc[hi], "outfits"):
        return None
    nxt = doc[hi + 1]
    return nxt if nxt.dep_ == "nsubj" and nxt.head.i == head.head.i and nxt.pos_ == "PROPN" else None


def _name_in_apposition(named: Token, head: Token, hi: int, clip: int | None) -> int:
    """The phrase's last token, run on over the name set beside it ("Zimbabwe's president
    Emmerson Mnangagwa", "Brazil's foreign minister, Mauro Vieira"): the words a user reads name
    the person, not only the office. Only a name of a few words right after the phrase, past a
    comma at most (not "the spokeswoman, a former diplomat who ...")."""
    if named is head or named.dep_ != "appos" or named.head.i != head.i:
        return hi
    lo_name, hi_name = named.left_edge.i, named.right_edge.i
    between = head.doc[hi + 1:lo_name]
    if lo_name <= hi or len(between) > 1 or any(t.text != "," for t in between) \
            or hi_name - lo_name + 1 > MAX_APPOSED_NAME or (clip is not None and lo_name <= clip <= hi_name) \
            or not all(t.pos_ == "PROPN" or (t.ent_type_ and t.ent_type_ == named.ent_type_)
                       for t in head.doc[lo_name:hi_name + 1]):
        return hi
    return hi_name


BAND_PREPS = ("from",)  # "gunmen from the Gran Grif gang" ("of" phrases stay in the role's words)
AFFILIATIONS = frozenset({"loyal", "linked", "affiliated", "allied", "aligned", "belonging", "tied", "attached"})
# "forces loyal to Haftar", "militants linked to JNIM": whose men they are
SPONSORS = frozenset({"led", "backed"})  # "a coalition led by Saudi Arabia": in the role's words, not its name
BAND_NOUNS = frozenset({"gang", "faction", "cartel", "clan", "network", "front", "coalition", "alliance",
                        "wing", "cell", "unit", "guard"})  # besides bodies (outfits) and forces


def _whose_officials(head: Token, lo: int, hi: int, alone: bool, clip: int | None) -> int:
    """ "Foreign ministers and water officials from Egypt, Sudan and Ethiopia met": office
    holders "from" a state or a body are its own, and the phrase is in the role's words (not
    "fighters from Syria", who may be anyone's)."""
    holders = [head] if alone else [head, *head.conjuncts]
    if not any(h.lemma_.lower() in words("offices") or h.lemma_.lower() in words("meeting_sides") for h in holders):
        return hi
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ != "prep" or prep.lower_ not in OFFICIALS_FROM or prep.i <= head.i:
                continue
            whose = [g for g in prep.children if g.dep_ == "pobj"]
            end = prep.right_edge.i
            if whose and whose[0].ent_type_ in STATE_ENTS and prep.i <= hi + 1 and end - lo < MAX_ROLE_TOKENS \
                    and (clip is None or not prep.i <= clip <= end):
                hi = max(hi, end)
    return hi


OFFICIALS_FROM = frozenset({"from"})  # "officials from Iran": whose officials they are
STATE_ENTS = frozenset({"GPE", "NORP", "ORG"})  # a state, a people or a body an official acts for


def _ties(head: Token, kinds: frozenset[str]) -> list[tuple[Token, Token]]:
    """Each tie of ``kinds`` on the noun and whom it ties to: "loyal to Haftar", "linked to
    JNIM", "led by Saudi Arabia"."""
    return [(c, whose) for c in head.children if c.dep_ in ("amod", "acl") and c.lower_ in kinds
            for whose in prep_objects(c, ("to", "with", "by"))]


def _bands_name(record: Record, head: Token) -> str | None:
    """ "Gunmen from the Gran Grif gang", "armed men from the CODECO militia": armed men a
    named group's phrase follows act for the group, by its name (the span stays the words);
    not the place they came from ("fighters from Syria", "armed men from the Djugu district")."""
    armed = word_class(head, "forces") or head.lemma_.lower() in words("irregular_doers") or (
        head.lemma_.lower() == "man" and any(c.dep_ == "amod" and c.lower_ == "armed" for c in head.children))
    if not armed:
        return None
    for band in [*prep_objects(head, BAND_PREPS), *(whose for _, whose in _ties(head, AFFILIATIONS))]:
        named = [t for t in band.subtree if t.pos_ == "PROPN" or t.ent_type_ == "ORG"]
        if not named or band.lower_ in DIVISION_NOUNS or band.lemma_.lower() in words("settlements"):
            continue
        entity = record.entity_at(band.idx, band.idx + len(band.text)) \
            or record.entity_at(named[0].idx, named[-1].idx + len(named[-1].text))
        if entity is not None and entity.type == "ORG":
            return entity.name  # ("the Kurdistan Workers' Party": a group, though it names a land)
        if any(record.place_at(t.idx, t.idx + len(t.text)) for t in named):
            continue  # (not "armed men from the Djugu district": a place)
        if not (word_class(band, "outfits") or word_class(band, "forces") or band.lemma_.lower() in BAND_NOUNS):
            continue  # a name the text calls no group ("gunmen from Kapanga": a town the gazetteer lacks)
        lo, hi = phrase_bounds(band, True, None)
        return record.document.text[band.doc[lo].idx:band.doc[hi].idx + len(band.doc[hi].text)]
    return None


def _owners_name(record: Record, head: Token) -> str | None:
    """ "The army said its troops had killed 20", "Israel said their jets struck", "al-Houthi said
    his forces had attacked": forces named by a pronoun's possession act for whom the pronoun
    stands for, by that one's name
    (the span stays the words; folding still reads them as the teller's forces)."""
    if not (word_class(head, "forces") or word_class(head, "vehicles")
            or head.lemma_.lower() in words("irregular_doers")):
        return None
    owner = next((resolve(c) for c in head.children if c.dep_ == "poss"  # ("Houthi leader Abdul Malik
                  and (c.lower_ in OWNER_PRONOUNS or c.lower_ in LEADER_PRONOUNS)), None)  # al-Houthi
    # said his forces had attacked four ships": the forces he commands, by his name)
    if owner is None or owner.pos_ == "PRON":
        return None
    entity = record.entity_at(owner.idx, owner.idx + len(owner.text))
    if entity is not None:
        return entity.name
    lo, hi = phrase_bounds(owner, True, None)
    return record.document.text[owner.doc[lo].idx:owner.doc[hi].idx + len(owner.doc[hi].text)]


LEADER_PRONOUNS = frozenset({"his", "her"})  # a commander's own: "his forces", "her troops"
NAMING_VERBS = frozenset({"identify", "name"})  # "the gunman, named by police as X": X is who

OFFICE_QUALIFIERS = frozenset("prime vice deputy".split())  # "the prime minister", "vice president"
TITLE_LOOK_BACK = 40  # characters before a name searched for its title


def _titled_person(record: Record, head: Token) -> Entity | None:
    """The person "the president" or "the prime minister" stands for: the last one named
    before it with that title in front of the name ("... President Donald Trump ... the
    President insists"), when the phrase is definite and names no one itself."""
    qualifier = next((c.lower_ for c in head.children
                      if c.dep_ in ("amod", "compound") and c.lower_ in OFFICE_QUALIFIERS), None)
    title = head.lower_ if head.lower_ in words("sole_offices") else None
    if title is None and qualifier == "prime" and head.lower_ == "minister":
        title = "minister"
    if title is None or not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        return None
    said = f"{qualifier} {title}" if qualifier else title
    text = record.document.text
    best: tuple[int, Entity] | None = None
    for entity in record.entities:
        if entity.type != "PERSON":
            continue
        for m in entity.mentions:
            if m.start >= head.idx or (best is not None and m.start <= best[0]):
                continue
            before = text[max(0, m.start - TITLE_LOOK_BACK):m.start].lower().rstrip()
            if before.endswith(said) and (len(before) == len(said)
                                           or not before[-len(said) - 1].isalnum()):
                best = (m.start, entity)
    return best[1] if best else None
