"""Accidents and disasters: death or damage no political actor caused (a crash, a storm, a
fire with no one told to have set it, an illness), and notices of a natural hazard. Such a
happening is no row of the guideline's; :mod:`.eventhood` asks these.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..nlp.syntax import misparsed_main_verb
from .clauses import (
    PRONOUNS,
    clause_verb,
    in_words,
    party_word,
)
from .clausewords import (
    POLITICAL_ENTS,
    modifiers,
    objects,
    prep_objects,
    word_class,
)
from .lexicon import event_noun

CAUSE_PREPS = frozenset({"in", "during", "after", "from"})  # "killed in a crash", "died after a fire"
ACCIDENT_VERBS = frozenset({"crash", "collide", "derail", "drown", "collapse", "plunge", "capsize", "overturn",
                            "sink", "topple", "skid"})
NAMED_HAZARDS = frozenset({"hurricane", "typhoon", "cyclone", "storm"})  # "Hurricane Beryl": a storm's name
BLAST_NOUNS = frozenset({"explosion", "blast"})  # what a fuel that blew up names ("a gas explosion")
WHERE_PREPS = frozenset({"at", "in", "near", "inside", "outside"})  # where a fire burned, not who lit it


def _accident_verb(tok: Token) -> bool:
    """ "The bus crashed", "plunged into a river": a mishap, which does nothing to anything
    (not "plunging the country into a recession")."""
    return tok.lemma_.lower() in ACCIDENT_VERBS and not any(c.dep_ == "dobj" for c in tok.children)


def _doer_told(verb: Token) -> bool:
    """A clause on the verb names who set the blast or the fire off ("... killed 12 soldiers
    after Boko Haram fighters planted a bomb under the truck", "after a mob set it alight")."""
    return any(c.dep_ == "advcl" and any(s.dep_ in ("nsubj", "nsubjpass") and (
        party_word(s) or s.ent_type_ in POLITICAL_ENTS or in_words(s, "weapon_words")) for s in c.children)
        for c in verb.children)


ILLNESS_HEADS = frozenset({"attack", "arrest", "fever", "failure"})  # what an organ or a disease names as illness
ILLNESS_ORGANS = frozenset({"heart", "cardiac", "kidney", "liver", "respiratory", "renal"})


def a_hazard(tok: Token | None) -> bool:
    """A storm by its name ("Hurricane Beryl", "Tropical Cyclone Jude"), or a word for a
    disaster or a mishap: no one who can act."""
    return tok is not None and (in_words(tok, "accident_causes") or (
        tok.pos_ == "PROPN" and not word_class(tok, "forces")
        and any(c.dep_ == "compound" and c.lower_ in NAMED_HAZARDS for c in tok.children)) or (
        tok.lemma_.lower() in ILLNESS_HEADS and any(
            c.dep_ in ("compound", "amod") and (c.lower_ in ILLNESS_ORGANS or in_words(c, "accident_causes"))
            for c in tok.children)))  # "a heart attack", "dengue fever", "cardiac arrest": an illness


def accident(tok: Token) -> bool:
    """Death or damage whose cause is an accident, a disaster or an animal: the cause is
    the clause's subject or agent, a "killed in a crash" phrase on the act, or the act is
    joined to a crash ("struck power lines and crashed"); a cause word elsewhere in the
    sentence ("aid workers delivering food to flood victims") says nothing."""
    verb = clause_verb(tok)

    def cause(t: Token) -> bool:
        if t.lower_ in ("which", "that") and t.head.dep_ == "relcl":
            t = t.head.head  # "the fire, which also injured a man"
        if t.lower_ == "it" and t.head.dep_ in ("advcl", "conj") and t.head.head.pos_ == "VERB":
            # "Hurricane Otis killed 27 people when it struck Acapulco": the main clause's subject
            t = next((c for c in t.head.head.children if c.dep_ in ("nsubj", "nsubjpass")), t)
        if a_hazard(t):
            return True  # and a storm by its name: "Hurricane Beryl", "Storm Ciaran" (not "RAF
            # Typhoon jets", "an Ebola treatment centre", "Flood victims")
        blast = t.lemma_.lower() in BLAST_NOUNS and any(  # "a gas explosion", "a boiler blast"
            c.dep_ in ("compound", "amod") and in_words(c, "mishap_fuels") for c in t.children)
        # what is said of it: not whom it hurt ("the fire, which injured a man") nor where it
        # burned ("a fire at a garment factory in Dhaka"), which say nothing of who lit it
        said = [m for c in t.children if c.dep_ not in ("relcl", "punct")
                and not (c.dep_ == "prep" and c.lower_ in WHERE_PREPS) for m in c.subtree]
        # a fire or a blast no party, weapon or doer's clause is told with ("Israeli fire", "fire
        # from tanks", "set by militants", "a fuel tanker explosion caused by an Israeli missile")
        return (blast or in_words(t, "fires")) and not any(
            m.ent_type_ in POLITICAL_ENTS or in_words(m, "weapon_words") or party_word(m)
            or in_words(m, "political_words") for m in said) and not _doer_told(verb)

    first = tok
    while first.dep_ == "conj" and first.head.i != first.i and first.head.tag_ == "VBG":
        first = first.head  # "..., killing nine people and injuring hundreds": the first participle's
    if first.dep_ == "advcl" and first.tag_ == "VBG" and not any(c.dep_.startswith("nsubj") for c in tok.children):
        main = first.head  # "a bus crashed into a ravine, killing 14"; "an earthquake struck
        # southern Peru, killing three": the killing is the main clause's, and so is its cause
        subjects = [c for c in main.children if c.dep_ in ("nsubj", "nsubjpass")]
        carrier = any(word_class(s, "vehicles") for s in subjects)  # a plane, a bus (not "an army bulldozer")
        crashed = carrier and _accident_verb(main)
        armed = any(in_words(t, "weapon_words") or (t.ent_type_ in POLITICAL_ENTS and not crashed)
                    for s in subjects for t in s.subtree
                    if not (t.i == s.i and t.lemma_.lower() in BLAST_NOUNS and cause(s)))  # (not "a gas
        # explosion tore through a restaurant": a fuel's blast) "a car packed with explosives", "a Russian
        # drone" (not "a Ukrainian passenger plane crashed near Tehran, killing 176": whose plane
        # it was makes no crash an attack)
        set_off = in_words(main, "setting_off_verbs") and any(cause(o) for o in main.children if o.dep_ == "dobj")
        if not armed and (any(cause(s) for s in subjects) or _accident_verb(main) or set_off):
            return True  # ("heavy rain triggered landslides, killing 150": the landslides'
            # toll, whatever set them off)
    if tok.dep_ == "acl" and tok.tag_ == "VBG" and word_class(tok.head, "vehicles") and any(
            c.dep_ == "acl" and c.i < tok.i and _accident_verb(c) for c in tok.head.children) and not any(
            in_words(t, "weapon_words") for t in tok.head.subtree if t.i < tok.i):
        return True  # "A bus overturned near Cusco on Tuesday, killing 22 people", parsed as the bus's
        # two clauses (not "a car packed with explosives overturned, killing four")
    if tok.dep_ == "conj" and _accident_verb(tok.head) and not any(
            c.dep_.startswith("nsubj") for c in tok.children) and not any(
            in_words(c, "weapon_words") for c in tok.head.children if c.dep_.startswith("nsubj")):
        return True  # "the plane crashed near the runway and struck a facility" (not a drone)
    if not any(c.dep_ == "nsubj" for c in verb.children) and any(
            _accident_verb(t) and t.pos_ == "VERB" and any(
                c.lower_ == "when" for c in (*t.children, *(t.head.children if t.dep_ == "acl" else ())))
            and not any(in_words(w, "weapon_words") for c in t.children if c.dep_ in ("prep", "advcl", "agent")
                        for w in c.subtree)
            for t in verb.subtree):  # (not "when a building toppled after a Russian missile strike")
        return True  # "seven people were killed yesterday, when a bomber crashed"; "when a bus
        # overturned", parsed as the bus's own clause
    if verb.dep_ in ("acl", "relcl") and misparsed_main_verb(verb) and cause(verb.head):
        return True  # "KABUL (AP) — Flash floods killed at least 50": the subject the parser hung
        # the verb on, under a dateline
    for head in {verb, tok}:
        for c in head.children:
            if c.dep_ in ("nsubj", "nsubjpass") and cause(c):
                return True
            if c.dep_ in ("agent", "prep") and c.lower_ in CAUSE_PREPS | {"by"}:
                if any(g.dep_ == "pobj" and cause(g) for g in c.children):
                    return True
            if c.dep_ in ("conj", "advcl") and _accident_verb(c) and not any(
                    s.dep_ == "nsubj" and (event_noun(s) or (party_word(s) and s.lower_ not in PRONOUNS))
                    for s in c.children):
                return True  # not "since the talks collapsed", "after the government collapsed"
    return False


def hazard_notice(tok: Token) -> bool:
    """An act on a notice of a natural hazard: "storm warnings were lifted", "withdrew its
    hurricane watch", "was downgraded to a tropical storm": weather service business, not
    an act between political actors. The hazard must name the thing acted on (its head or
    the words that say its kind), not merely appear nearby ("lifted the curfew imposed
    after the earthquake" is still a concession)."""
    def hazard(t: Token) -> bool:
        return in_words(t, "natural_hazards")

    if any(hazard(m) for m in modifiers(tok)):
        return True  # "storm warnings", "the hurricane watch" themselves
    things = objects(tok)
    if tok.dep_ == "conj" and not any(c.dep_.startswith("nsubj") for c in tok.children):
        things += [c for c in tok.head.children if c.dep_.startswith("nsubj")]  # "reached
        # Category 5 but was downgraded": the hurricane, subject of both
    if any(hazard(k) for thing in things for k in (thing, *modifiers(thing))):
        return True
    # "downgraded to a tropical storm" (not "offered aid to the flood victims")
    return any(hazard(t) for t in prep_objects(tok, ("to", "into")))
