"""What an act of force is done with, and who wields it.

Roles read a clause's subject as who acted and its object as what was acted on. With weapons
and attacks that is wrong twice over: "an Israeli air strike killed five" names the means as
the subject, and "fired rockets at northern Israel" names the projectile as the object. This
module finds the party behind the means and the target a shot was aimed at. Word sets:
``projectiles`` and ``aiming_verbs`` in ``data/events/happenings.jsonl``.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..record import Record
from .clauses import OWNER_PRONOUNS, in_words
from .clausewords import TIME_ENTS, light_verb, prep_objects, projectile, word_class
from .lexicon import event_noun

AIMED_PREPS = ("at", "on", "upon", "into", "toward", "towards", "against")  # where a shot is aimed
NAMED_OWNERS = frozenset({"GPE", "NORP", "ORG", "PERSON"})  # a name whose attack it is ("Israel's")
NAMED_WIELDERS = frozenset({"NORP", "ORG"})  # a people or organisation before the means ("an
# Israeli air strike"); not a place ("a Kabul car bombing" happened in Kabul)


def brought_down(verb: Token) -> bool:
    """ "air defences shot down 57 drones", "downed two missiles", "the drones were shot down": the
    act brings down projectiles, an interception (ACLED's disrupted weapons use), not the strike
    their names tell (not "shot down a helicopter", "shot down two gunmen")."""
    lemma = verb.lemma_.lower()
    if not (lemma == "down" or (lemma == "shoot" and any(c.dep_ == "prt" and c.lower_ == "down"
                                                         for c in verb.children))):
        return False
    return any(projectile(o) for o in verb.children if o.dep_ in ("dobj", "nsubjpass"))


def done_by(verb: Token) -> list[Token]:
    """Who the "by" phrase of a verb of doing names ("planted by Maoist rebels", "claimed by the
    Pakistani Taliban", "carried out by gunmen"; not "condemned by the UN", "carried by KCNA")."""
    doing = in_words(verb, "doing_participles") or (verb.lemma_.lower() == "carry" and light_verb(verb))
    return prep_objects(verb, ("by",)) if doing else []


def doers_named_on(noun: Token) -> list[Token]:
    """Who a "by" phrase on an act or a weapon, or on a participle hung on it, says did it or set
    it off ("an attack by ADF rebels", "a roadside bomb planted by Maoist rebels", "a car bomb
    claimed by the Pakistani Taliban", "an attack attributed to the ADF", "blamed on herders")."""
    return prep_objects(noun, ("by",)) + [g for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN" for g in (
        done_by(c) + (prep_objects(c, ("to", "on")) if in_words(c, "ascribing_verbs") else []))]
    # (not "denied by the Taliban", "blamed by Hamas on Israel": Israel)


def wielder(tok: Token | None, record: Record) -> Token | None:
    """An attack or a weapon as the subject of a verb of force ("Israel's attack on the
    hospital killed", "an Israeli air strike killed", "Ukrainian drones struck") is no party:
    the party is whose it is (a name owning it, a "by" phrase, a people, an organisation or a
    country before it, or a body's noun: "police gunfire"). A common noun's act stays whole
    ("the military's airstrike"): folding tells "the military" and "Sudan's army" apart by the
    word, and would part them."""
    if tok is None or not (event_noun(tok) or in_words(tok, "projectiles") or word_class(tok, "air")
                           or word_class(tok, "vehicles") or word_class(tok, "arms")):  # ("a landmine")
        return tok  # ("its jets struck": aircraft are flown by whose they are)
    own = any(c.lower_ == "own" for c in tok.children)  # "their own bomb": no one's attack on them
    owner = next((c for c in tok.children if c.dep_ == "poss" and (
        c.ent_type_ in NAMED_OWNERS or (c.lower_ in OWNER_PRONOUNS and not own))), None)
    by = doers_named_on(tok)
    named = [c for c in tok.children if c.dep_ in ("amod", "compound", "nmod") and (
        c.ent_type_ in NAMED_WIELDERS or (c.dep_ == "compound" and c.pos_ == "NOUN" and in_words(c, "order_parties")))]
    # ("police gunfire", "army shelling": an armed body's word right before the means wields it
    # too, not a site's, "an embassy attack"; "an Israeli drone strike": a name on a means before
    # it, not on a site, "a police station attack", "a Russian embassy attack", whose owners were hit)
    named += [g for c in tok.children
              if c.dep_ == "compound" and (in_words(c, "projectiles") or word_class(c, "security"))
              for g in c.children if g.dep_ in ("amod", "compound") and g.ent_type_ in NAMED_WIELDERS]
    # ("Chinese coast guard ships": a nation's word on the force the vessels are)
    # "a U.S. airstrike": a country's name before the means (not a town's, "a Kabul car bombing",
    # which says where)
    named += [c for c in tok.children if c.dep_ == "compound" and c.ent_type_ == "GPE"
              and (place := record.place_at(c.idx, c.idx + len(c.text))) is not None
              and place.feature == "country"]
    return owner or (by[0] if by else None) or (named[0] if named else tok)


def aimed_at(clause: Token) -> Token | None:
    """What a verb of firing, throwing or aiming was aimed at ("fired rockets at Israel",
    "shot at protesters", "bombings targeted at the military"), or None."""
    if not in_words(clause, "aiming_verbs"):
        return None
    fired = [o for o in clause.children if o.dep_ == "dobj" and projectile(o)]  # "fired mortar rounds
    # at Israeli troops": the parser may hang the aim on what was fired
    aimed = [t for h in (clause, *fired) for t in prep_objects(h, AIMED_PREPS) if t.ent_type_ not in TIME_ENTS]
    return aimed[0] if aimed else None  # not "exploded on Friday"
