"""Actor and target of an act told by a noun: its possessor, modifiers and phrases, the light
verb that carries it ("held talks", "launched an attack"), and who the act came from or was laid
on.

Split from :mod:`.roles`, which reads every noun trigger with :func:`noun_roles`.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..nlp.syntax import PLURAL_TAGS, is_passive, subject_child
from ..record import Record
from .cameo import lookup
from .clauses import claiming_verb, coded, in_words, words
from .clausewords import (
    FORCE_CARRIERS,
    MEASURES,
    TIME_ENTS,
    light_verb,
    prep_objects,
    verb_in,
    word_class,
)
from .eventhood import DAMAGE_VERBS, in_office
from .instruments import aimed_at, doers_named_on, done_by
from .lexicon import event_noun
from .mood import SPEECH_TYPES
from .placing import TALK_TYPES
from .pronouns import (
    POSSESSIVE_PRONOUNS,
)
from .rolewords import (
    ARRIVING_VERBS,
    FORCE_TYPES,
    MEASURE_TARGET_PREPS,
    SERIES,
    SYMMETRIC_TYPES,
    between_sides,
    came_under,
    can_be_party,
    children_in,
    laid_on_party,
    party_or_person,
    subject_of,
)
from .sites import names_town, told_as_a_spot
from .status import DENYING_VERBS
from .triggers import Candidate

# Verbs light only for some nouns: "issued an ultimatum", "reached an agreement" is agreeing
SETTLEMENTS = frozenset("agreement accord deal settlement compromise ceasefire truce".split())
LIGHT_FOR = {"issue": frozenset("ultimatum demand warning threat".split()), "reach": SETTLEMENTS,
             # "gave Sudan's army a 72-hour ultimatum", "delivered an ultimatum to Kyiv"
             "give": frozenset("ultimatum warning".split()), "deliver": frozenset("ultimatum warning".split()),
             # "would not attend the talks": who stays away refuses them
             "attend": frozenset("talk talks meeting summit conference session negotiation".split()),
             # "had a phone conversation with Erdogan", "had talks with the rebels"
             "have": frozenset("conversation talk meeting call discussion negotiation consultation".split())}
LODGING_VERBS = frozenset({"lodge", "file", "register", "submit", "deliver", "hand", "raise"})  # a complaint's
ADDRESSED = frozenset({"warning"})  # a threat only when issued to a party ("a travel warning": a notice)
NOUN_TARGET_PREPS = ("on", "against", "of", "at")
MEMBER_PREPS = frozenset({"including"})  # one of the acts a phrase counts ("attacks ... including the attack on")
LIGHT_TARGET_PREPS = frozenset({"on", "against"})  # an act noun's target phrase hung on its light verb
AIMED_AT_SITES = ("sites", "generic_sites", "held_sites", "moving_sites")  # things an act can be aimed at
# Nouns that only say an act was put in place ("Washington's imposition of sanctions"): their
# possessor or "by" phrase does the act named in their "of" phrase, as a light verb's subject does.
LIGHT_NOUNS = frozenset(
    "imposition launch launching conduct staging waging introduction enforcement "
    "perpetration commission".split())  # not "announcement", "declaration": telling of an
# act is not doing it ("the party's announcement of the arrest of its leader")
INDEFINITE_ARTICLES = frozenset({"a", "an"})
VISIT_PREPS = frozenset({"during", "on"})  # "said during a visit", "on a trip to": told on the visit
ALERTED_UNITS = frozenset({"unit"})  # "put its front-line units on high alert": forces, by another word
PUTTING_VERBS = frozenset({"put", "place"})  # "placed its forces on alert": who placed them is the actor
BACKING_TYPES = frozenset({"SUPPORT", "AID", "COOPERATE"})  # acts for someone, against a common foe
STATE_VERBS = frozenset("remain stay be die languish sit spend serve".split())  # who is in the state
# undergoes it ("remain in custody", "spent a year in detention")


def _had_done(noun: Token) -> bool:
    """ "had talks planned", "had a meeting postponed": "have" says what was done to the act
    (a participle on the noun or after it, or a clause of its own), it does not carry it."""
    have = noun.head
    return any(c.dep_ in ("acl", "amod", "oprd") and c.tag_ == "VBN" for c in noun.children) \
        or any(c.dep_ in ("ccomp", "xcomp") for c in have.children) \
        or (have.dep_ == "ccomp" and have.head.tag_ in ("VBN", "VBD") and have.head.i > noun.i)
    # ("had a meeting with them postponed": the parser makes "postponed" the main verb)


def _doers_told(noun: Token) -> bool:
    """The act noun's doers are told otherwise, so a body's word before it names whom it hit: by
    a participle of doing on it ("the police attack claimed by IS", read by ``doers_named_on``
    first), by the verb of doing it is the subject of ("the police bombing was carried out by
    the Taliban"), or the noun itself describes someone ("a police shooting suspect")."""
    return noun.dep_ == "compound" or (noun.dep_ in ("nsubjpass", "nsubj") and bool(done_by(noun.head)))
    # (not "the police raid on a newspaper owned by the opposition leader", nor "was condemned by
    # the UN": no doer of it)


def carried_by_verb(noun: Token) -> bool:
    """The act noun is the object of a verb that only carries it: a light verb ("launched an
    attack") or one light for that noun ("issued an ultimatum", "attend the talks"; not "had
    talks planned", what was done to them)."""
    head = noun.head
    return noun.dep_ in ("dobj", "obj") and (light_verb(head) or (
        noun.lemma_.lower() in LIGHT_FOR.get(head.lemma_.lower(), ())
        and not (head.lemma_.lower() == "have" and _had_done(noun))))


def _in_a_role(tok: Token) -> bool:
    """ "with Turkey as mediator", "with journalists present": a third party in a role of its
    own (an "as" phrase or a predicate right after it), not the other side."""
    if any(c.dep_ == "acl" and c.tag_ in ("VBG", "VBN") for c in tok.children):
        return True  # "with Turkey hosting"
    nxt = tok.right_edge.i + 1
    if nxt >= len(tok.doc):
        return False
    after = tok.doc[nxt]
    return after.lower_ == "as" or (after.tag_ in ("JJ", "VBG", "VBN") and after.head.i != tok.i
                                     and after.dep_ not in ("amod", "compound"))


def _collective(record: Record, tok: Token) -> bool:
    """A state, people or organisation (which acts: "Russia's killings"), not a person (who
    undergoes: "Navalny's arrest"); the article's entity speaks over the tagger's reading of
    this one mention, which often takes a lone surname before "'s" for a country or a body."""
    entity = record.entity_at(tok.idx, tok.idx + len(tok.text))
    if entity is not None and entity.type == "PERSON":
        return False
    return tok.ent_type_ in ("GPE", "NORP", "ORG")


def _doers_named(verb: Token) -> bool:
    """The verb's subject names the act's doers by their act ("the attacker", "two of the
    assailants") or armed men ("Russian troops suffered heavy losses in the assault": the losing side
    of a fight may have made it)."""
    subj = subject_of(verb)
    return subj is not None and any(in_words(w, "doer_nouns") or in_words(w, "act_doers")
                                    or word_class(w, "fighting_men") for w in (subj, *prep_objects(subj, ("of",))))


def _teller_on_a_visit(record: Record, noun: Token) -> Token | None:
    """The person, named and in office, whose clause a "during" or "on" phrase of the visit noun
    hangs on: the visitor (not "police arrested two activists during his visit": whoever "his" is)."""
    told_anew = any((c.dep_ == "det" and c.lower_ in INDEFINITE_ARTICLES)
                    or (c.dep_ == "poss" and c.lower_ in POSSESSIVE_PRONOUNS) for c in noun.children)
    # (not "Trump told Starmer during the visit": one told before, maybe the guest's)
    if noun.dep_ != "pobj" or noun.head.lower_ not in VISIT_PREPS or noun.head.head.pos_ not in ("VERB", "AUX") \
            or not told_anew:
        return None
    subj = subject_of(noun.head.head)
    if subj is None:
        return None
    entity = record.entity_at(subj.idx, subj.idx + len(subj.text))
    return subj if entity is not None and entity.type == "PERSON" and (
        entity.kb_id is not None or in_office(record, entity)) else None  # (one the text or the knowledge
    # base makes a political actor: a visit by anyone else is left without one, as before)


def _put_on(noun: Token) -> bool:
    """ "placed its nuclear forces on alert": forces or a party put on the state the noun
    names (not "putting less emphasis on talks")."""
    verb = noun.head.head
    return noun.head.lower_ == "on" and verb.lemma_.lower() in PUTTING_VERBS and any(
        party_or_person(o) or word_class(o, "forces") or o.lemma_.lower() in ALERTED_UNITS
        for o in children_in(verb, ("dobj",)))


def noun_roles(record: Record, cand: Candidate) -> tuple[Token | None, Token | None]:
    noun = cand.token
    actor: Token | None = None
    target: Token | None = None
    poss = [p for p in children_in(noun, ("poss",)) if p.ent_type_ not in TIME_ENTS]  # not "Monday's"
    many = noun.tag_ == "NNS" and poss and poss[0].tag_ not in PLURAL_TAGS  # "Duterte's killings"
    if poss and cand.entry.poss_target and not prep_objects(noun, ("of",)) and not many \
            and not _collective(record, poss[0]):
        target = poss[0]  # "Tarrant's arrest": he was arrested; "Russia's killings": Russia killed
    elif poss:
        actor = poss[0]
    by = doers_named_on(noun)
    if by:
        actor = by[0]
    if actor is None and cand.entry.actor_preps:  # "the resignation of the governor"
        actor = next((t for t in prep_objects(noun, cand.entry.actor_preps)
                      if party_or_person(t)), None)
    if actor is None:
        for child in noun.children:
            if child.dep_ in ("amod", "compound") and child.ent_type_ in ("NORP", "GPE", "ORG") \
                    and not names_town(record, child, plover=lookup(cand.code).plover) \
                    and not (child.pos_ == "PROPN" and record.place_at(child.idx, child.idx + len(child.text)) is None
                             and told_as_a_spot(child)):  # "U.S. strikes", not
                # "a Kandahar bombing", nor "the Tassia attack" after "near the village of Tassia"
                actor = child
                break
            if child.dep_ == "compound" and child.pos_ == "NOUN" and in_words(child, "agent_bodies") \
                    and not list(child.children) and coded(cand.code, "agents_act_prefixes") \
                    and not coded(cand.code, "measure_codes") and not _doers_told(noun):
                # (not "an army embargo": what it bars; not "the police attack claimed by Islamic
                # State", "the police bombing was carried out by the Taliban": the police were hit)
                actor = child  # "the police killing of Rayshard Brooks", "an army raid": the state's
                break  # agents named before the act noun did it
    sides = between_sides(noun, record)
    if sides is None and noun.dep_ == "nsubj" and in_words(noun.head, "onset_verbs"):
        sides = between_sides(noun.head, record)  # "Fighting erupted between the army and the RSF"
        sides = sides if sides is not None and sides[1] is not None else None  # (not "between the
        # two sides": whoever they are, told before)
    if sides is not None:
        actor, target = sides
    preps = cand.entry.target_preps or NOUN_TARGET_PREPS
    if lookup(cand.code).plover in BACKING_TYPES:
        preps = tuple(p for p in preps if p != "against")  # "Kenya's support against al-Shabaab":
        # the foe backed against, not whom the support is for
    found = [t for t in prep_objects(noun, preps) if t.ent_type_ not in TIME_ENTS and t is not actor
             and not (t.head.lower_ == "with" and (_in_a_role(t) or not party_or_person(t)))]
    # "talks with the rebels"; not "with the backing of the AU", "with the aim of ending the war"
    if found and lookup(cand.code).plover == "AID" and found[0].head.lower_ == "for" and not (
            party_or_person(found[0]) or word_class(found[0], "territory")
            or any(c.dep_ == "poss" and party_or_person(c) for c in found[0].children)):
        found = []  # "a loan for the construction of a dam": what aid is for is no one it helps
    if found and target is None:
        target = found[0]  # "an attack on the market", never "an attack on 13 September"
    if target is None and noun.dep_ == "pobj" and noun.head.lower_ in MEMBER_PREPS:
        # "orchestrated attacks on coalition bases ... including the attack on December 27th":
        # one of the acts the phrase counts (on the noun or on the verb whose object it is),
        # on whom they fell
        whole = noun.head.head
        if whole.pos_ == "VERB":
            whole = next((o for o in children_in(whole, ("dobj",)) if event_noun(o)), whole)
        if event_noun(whole) and whole.i != noun.i:
            target = next((t for t in prep_objects(whole, preps) if t.ent_type_ not in TIME_ENTS), None)
    if target is None:  # "bombings targeted at the military"
        for clause in children_in(noun, ("acl",)):
            target = aimed_at(clause)
            if target is not None:
                break
    if target is None and noun.dep_ == "dobj" and noun.tag_ == "NN" \
            and noun.head.lemma_.lower() in words("undergoing_verbs"):
        survivor = subject_child(noun.head)  # "he survived a drone attack": the attack was on him
        target = survivor if survivor is not None and survivor.i != noun.i else None
    if target is None:
        if noun.dep_ == "nsubj" and noun.head.lemma_.lower() in DAMAGE_VERBS:
            objs = children_in(noun.head, ("dobj",))  # "the explosion targeted a bakery"
            target = objs[0] if objs else None
        elif noun.dep_ == "pobj" and noun.head.dep_ == "agent" \
                and noun.head.head.lemma_.lower() in DAMAGE_VERBS:
            subj = children_in(noun.head.head, ("nsubjpass",))  # "was shattered by an explosion"
            target = subj[0] if subj else None
    # "launched a series of attacks", "sent a shipment of arms": the light verb's object is
    # the series or the measure
    slot = noun
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and (
            noun.head.head.lemma_.lower() in SERIES or noun.head.head.lemma_.lower() in MEASURES
            or noun.head.head.lower_ == "one"):  # "carried out one of the biggest drone attacks"
        slot = noun.head.head
    if carried_by_verb(slot):
        given = (children_in(slot.head, ("dative",)) + prep_objects(slot.head, ("to",))
                 + prep_objects(slot, ("to",)))
        if lookup(cand.code).plover in SYMMETRIC_TYPES:  # "held talks with the rebels"
            given += [t for t in prep_objects(slot.head, ("with",)) + prep_objects(slot, ("with",))
                      if not _in_a_role(t)]
        elif in_words(slot, "lodged_nouns") and slot.head.lemma_.lower() in LODGING_VERBS:
            # "lodged a formal complaint with Moscow": the state it is lodged with; what it is
            # "against" first ("filed a complaint with the WTO against the EU": not the forum)
            given += prep_objects(slot, ("against",)) + prep_objects(slot.head, ("against",)) + [
                t for t in prep_objects(slot.head, ("with",)) + prep_objects(slot, ("with",)) if t.ent_type_ == "GPE"]
        told = next((t for t in given if can_be_party(t)), None)  # "issued an ultimatum to Peru"
        if told is not None or slot.lemma_.lower() not in ADDRESSED:
            carrier = subject_of(slot.head)
            if carrier is not None and event_noun(carrier) and not can_be_party(carrier):
                carrier = None  # "The killing of the activist renewed calls for ...": no one called
            actor = actor or carrier
            target = target or told or _laid_on_verb(slot, preps, actor)
    if actor is None and noun.dep_ == "pobj" and noun.head.lower_ == "with" \
            and in_words(noun.head.head, "response_verbs"):
        actor = subject_of(noun.head.head)  # "the junta responded with air strikes": the answer is theirs
        target = target or next((t for t in prep_objects(noun.head.head, ("on", "against"))
                                 if t.ent_type_ not in TIME_ENTS), None)  # ("... on rebel positions")
    if actor is None and lookup(cand.code).plover in SPEECH_TYPES and noun.dep_ == "dobj" \
            and in_words(noun.head, "drawing_verbs"):
        # "drew condemnation from the EU", "faced condemnation from Moscow": who it came from (not
        # "approved a request from HHS", "to counter threats from Iran": what another act is on)
        actor = next((t for t in prep_objects(noun, ("from",)) + prep_objects(noun.head, ("from",))
                      if can_be_party(t)), None)
    laid_on = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "with" else None
    if laid_on is not None and laid_on.dep_ == "dobj" and in_words(laid_on.head, "measure_carriers"):
        laid_on = laid_on.head  # ("hit Iran's oil network with sanctions on Thursday": the parser
        # may hang the phrase on the object)
    if actor is None and laid_on is not None and in_words(laid_on, "measure_carriers"):
        actor = subject_of(laid_on)  # "the Treasury hit Iran's oil network with sanctions": the
        target = target or next(iter(children_in(laid_on, ("dobj",))), None)  # Treasury laid them on it
    if actor is None and noun.dep_ == "pobj" and noun.head.lower_ == "for" \
            and in_words(noun.head.head, "purpose_journeys"):
        actor = subject_of(noun.head.head)  # "the president flew to Beijing for a visit": the traveller's
    if actor is None and noun.dep_ == "pobj" and noun.head.lower_ == "of" \
            and noun.head.head.lemma_.lower() in LIGHT_NOUNS:
        put = noun.head.head  # "the army's imposition of a curfew": the army imposed it
        actor = next(iter(children_in(put, ("poss",)) + prep_objects(put, ("by",))), None)
    if noun.dep_ == "nsubjpass" and light_verb(noun.head):
        agents = prep_objects(noun.head, ("by",))  # "the attack was carried out by militants"
        actor = actor or (agents[0] if agents else None)
        preps = ("against",) if lookup(cand.code).plover in SYMMETRIC_TYPES else MEASURE_TARGET_PREPS
        target = target or next((t for t in prep_objects(noun.head, preps)  # "a lawsuit was filed
                                 if laid_on_party(t)), None)                      # against him"; not
        # "talks were held on Syria"
    if actor is None:  # "attacks carried out by the IRA"
        for clause in children_in(noun, ("acl", "relcl")):
            if light_verb(clause):
                agents = prep_objects(clause, ("by",))
                if agents:
                    actor = agents[0]
                    break
    claimer = claiming_verb(noun) if actor is None else None
    if claimer is not None and claimer.pos_ in ("VERB", "AUX"):
        actor = subject_of(claimer)  # "X claimed responsibility for the bombings", "X claimed the attack"
    if noun.dep_ == "pobj" and (noun.head.lower_ in ("under", "into", "in") or _put_on(noun)):
        holder = noun.head.head
        if holder.pos_ in ("VERB", "AUX") and lookup(cand.code).plover == "ASSAULT" and in_words(holder, "case_verbs") \
                and in_words(noun, "case_acts"):
            pass  # "police arrested three suspects in the bombing": the arrest's parties are not
            # the bombing's (but "militants killed 12 in the attack", "clashed in running battles")
        elif holder.pos_ in ("VERB", "AUX"):  # "placed Mugabe under house arrest"
            held = [h for h in children_in(holder, ("dobj", "nsubjpass")) if h.ent_type_ not in TIME_ENTS]
            # a span of time held is none ("spent a year in detention")
            if holder.lemma_.lower() in STATE_VERBS and not held:
                target = target or subject_of(holder)  # "the accused remain in custody"
            elif noun.head.lower_ == "under" and came_under(holder):
                target = target or subject_of(holder)  # "the convoy came under attack from JNIM
                actor = actor or next((t for t in prep_objects(holder, ("from",)) + prep_objects(noun, ("from",))
                                       if party_or_person(t)), None)  # fighters": it was attacked
            elif noun.head.lower_ == "in" and in_words(holder, "partaking_verbs") \
                    and holder.dep_ not in ("relcl", "acl") \
                    and not (holder.dep_ == "ccomp" and holder.head.lemma_.lower() in DENYING_VERBS):
                # (not "militants, who were involved in the assault": who they are, told of the act
                # another row holds; nor "denied that officers were involved in any abductions":
                # an act no one owns to, whose parties stay as told)
                actor = actor or subject_of(holder) or subject_child(holder, ("nsubjpass",))  # "forces were
                # engaged in ethnic cleansing", "the militia was involved in the killing": who took part did it
            elif noun.head.lower_ == "in" and in_words(holder, "undergoing_verbs") and not _doers_named(holder) \
                    and not prep_objects(noun, LIGHT_TARGET_PREPS):
                target = target or subject_of(holder)  # "Wiranto suffered two stab wounds in the
                # attack": who suffered it was its target, not its doer (not "the attacker suffered
                # gunshot wounds in the attack": hurt in it, still its doer)
            else:
                if target is None and held:
                    target = held[0]
                if actor is None and not is_passive(holder):
                    actor = subject_of(holder)
        elif holder.pos_ in ("NOUN", "PROPN") and target is None and can_be_party(holder):
            target = holder  # "two suspects in custody" (not "a lull in the fighting")
    if actor is None and noun.dep_ == "pobj" and noun.head.lower_ == "on" \
            and noun.head.head.lemma_.lower() in ("go", "be", "remain", "stay"):
        actor = subject_of(noun.head.head)  # "judges went on strike", "doctors remain on hunger strike"
    if actor is None and lookup(cand.code).plover not in FORCE_TYPES | {"PROTEST"}:
        actor = _came_from(noun)  # not "the attacks came from Yemen", "protests came from Paris"
    if (actor is None or actor.lower_ in POSSESSIVE_PRONOUNS) and lookup(cand.code).plover in TALK_TYPES \
            and (visitor := _teller_on_a_visit(record, noun)) is not None:
        actor = visitor  # "Sanchez said during a visit to Beijing", "During his visit to Kyiv,
        # Blinken announced aid": who tells it on the visit made it
    if actor is None and noun.dep_ in ("nsubj",) and noun.head.lemma_.lower() in ("involve",):
        objs = children_in(noun.head, ("dobj",))
        actor = objs[0] if objs else None
    return actor, target


def _laid_on_verb(slot: Token, preps: tuple[str, ...], actor: Token | None) -> Token | None:
    """ "launched a brazen assault on a military base": the parser often hangs the act noun's
    "on" or "against" phrase on the light verb that carries it; it still says whom the act was
    aimed at. Only the noun's own target prepositions that name no place ("at" a place, "of"
    a kind), and only a party, a person or a site that can be struck or held: the verb's "on"
    says as often how or where ("on two fronts", "on the orders of", "on the main road")."""
    verb = slot.head
    said = tuple(p for p in preps if p in LIGHT_TARGET_PREPS and (p == "against" or verb_in(verb, FORCE_CARRIERS)))
    # ("staged a sit-in on Independence Square", "announced a curfew on CNN": where or how)
    return next((t for t in prep_objects(verb, said)
                 if t.ent_type_ not in TIME_ENTS and t is not actor and (
                     party_or_person(t) or any(in_words(t, s) for s in AIMED_AT_SITES))), None)


def _came_from(noun: Token) -> Token | None:
    """ "Condemnation came from the UN", "statements of support have come from Britain": who
    voiced a statement is where it came from; not one who told of it ("a report of the threat
    came from diplomats"), a critic ("came under fire from"), or "came not from X"."""
    said = noun
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" \
            and noun.head.head.lemma_.lower() in words("statements") - {"report"}:
        said = noun.head.head
    came = said.head
    if said.dep_ != "nsubj" or came.lemma_.lower() not in ARRIVING_VERBS or prep_objects(came, ("under",)):
        return None
    froms = [c for c in came.children if c.dep_ == "prep" and c.lower_ == "from"]
    if any(g.dep_ == "neg" for t in (came, *froms) for g in t.children):
        return None
    return next((t for t in prep_objects(came, ("from",)) if party_or_person(t)), None)
