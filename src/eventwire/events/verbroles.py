"""Actor and target of an act told by a verb: its subject and object, the party an act is done
to or for (a recipient, the one it was asked of, the one it befell), and the second side of a
mutual act.

Split from :mod:`.roles`, which reads every verb trigger with :func:`verb_roles`.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..geo.wording import DIVISION_NOUNS, PLACE_NOUNS
from ..nlp.syntax import is_passive, misread_spot, subject_child, to_infinitive
from ..record import Record
from .cameo import lookup
from .clauses import in_words, words
from .clausewords import (
    CONDITION_MARKS,
    PLACE_ENTS,
    a_country_name,
    marked_clauses,
    needed,
    prep_objects,
    threatened_clauses,
    word_class,
)
from .doers import misread_modifier, passive_agents
from .eventhood import is_site
from .instruments import aimed_at, projectile, wielder
from .lexicon import event_noun, lexicon
from .pronouns import (
    POSSESSIVE_PRONOUNS,
)
from .quantities import KIND_BY_LEMMA
from .rolewords import (
    DONE_TO_TYPES,
    FORCE_TYPES,
    MEASURE_TARGET_PREPS,
    SYMMETRIC_TYPES,
    between_sides,
    can_be_party,
    children_in,
    laid_on_party,
    party_or_person,
    subject_of,
)
from .speechacts import NEED_LEMMAS, SPEAKER_PRONOUNS, VOICED_THREAT_CODES, displeased, felt_at
from .standing import TOLL_KINDS
from .triggers import RIOT_CODE, Candidate

RECIPIENT_PREPS = ("to", "with", "for", "against", "on", "toward", "towards")
OWNER_ENTS = frozenset({"ORG", "PERSON"})  # names that own the thing they modify (a people's
# name says what it is about: "the Rohingya crisis")
CLAUSE_TARGET_TYPES = frozenset({"REQUEST", "ACCUSE"})  # whose "that" clause names the target
HOSTILE_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION"})  # acts done against someone
PLACE_OWNERS = DIVISION_NOUNS | PLACE_NOUNS | {"country", "nation"}  # a place's, no party's
SENDING_LEMMAS = frozenset({"send", "dispatch", "despatch", "deploy"})  # whom they send helps another
UNDERGOING_CAUSERS = frozenset({"have", "get"})  # verbs of causing that also tell what befell their subject
# acts a verb of causing makes its object undergo ("ordered him jailed", "ordered them freed")
CAUSED_TYPES = DONE_TO_TYPES | {"RETREAT", "CONCEDE"}
ACCUSING_LEMMAS = frozenset({"accuse", "blame"})  # verbs whose "of"/"for" phrase tells a deed (not "charge":
# "riot police charged demonstrators for defying the ban, injuring 20" is the police's charge)
DEED_PREPS = ("of", "for")  # "accused rebels of shelling", "blamed the army for shelling"
PEOPLE_ENTS = frozenset({"PERSON", "NORP", "ORG"})  # names of people taken, not of ground or goods


def _recipient(verb: Token, done_to: bool = False) -> Token | None:
    """Whom the act is done to or for: a named object, else the dative, else a named
    "to/with/for/against" complement, else the plain object ("provide aid to refugees").
    ``done_to``: an act done to its object (an arrest, an expulsion), whose object is the
    one it is done to when it is a person ("detained the French envoy to Mali", however the
    parser hangs "to Mali")."""
    objs = [o for o in children_in(verb, ("dobj", "obj")) if not misread_spot(o)]
    if not objs and misread_modifier(verb):  # "sentenced journalist Evan Gershkovich", parsed as a
        named = verb.head  # modifier of the name: the whole name is the object
        while named.dep_ == "compound" and named.head.i != named.i:
            named = named.head
        objs = [named]
    if not objs and not is_passive(verb):  # "called Chinese President Xi Jinping": the parser
        # reads the one called as what an unseen object is called
        objs = [c for c in children_in(verb, ("oprd",)) if c.ent_type_ in ("PERSON", "ORG", "GPE")] or [
            s for c in children_in(verb, ("ccomp", "xcomp")) if c.pos_ == "ADJ" for s in children_in(c, ("nsubj",))
            if s.pos_ == "PRON" or party_or_person(s)]
        # ("found him guilty": the parser makes him the subject of "guilty"; not "make the region
        # climate neutral")
    taken_from = _taken_from(verb, objs)
    if taken_from is not None:
        return taken_from
    own = bool(objs) and any(c.dep_ == "poss" and c.lower_ in POSSESSIVE_PRONOUNS for c in objs[0].children)
    if objs and (can_be_party(objs[0]) or (done_to and not own and party_or_person(objs[0]))):
        return objs[0]  # not "recalled its ambassador to Turkey": a move against Turkey
    dative = children_in(verb, ("dative",))
    for d in dative:
        if d.pos_ in ("NOUN", "PROPN", "PRON"):
            return d
        pobj = [g for g in d.children if g.dep_ == "pobj"]
        if pobj:
            return pobj[0]
    for named in prep_objects(verb, RECIPIENT_PREPS):
        if party_or_person(named):
            return named
    if not objs:  # "protested against the government's quota system": whose measure it was (not
        # an act's: "against Trump's visit to Scotland" is against Trump, whom the act noun names)
        owner = next((o for t in prep_objects(verb, ("against",)) if not event_noun(t)
                      and (o := _party_behind(t)) is not None), None)
        if owner is not None:
            return owner
    if objs and word_class(objs[0], "displeasure"):
        return _felt_party(verb)
    if objs and event_noun(objs[0]) and prep_objects(objs[0], ("of",)):
        return objs[0]  # "demanded the withdrawal of X": the nested event names the target
    if objs:
        # "confiscated weapons from armed groups", "aid for Romania": the party the thing
        # is taken from or meant for is the target; the thing itself only when no one is named.
        # A person is acted on themself ("expelled the Libyan ambassador to Greece").
        return objs[0] if party_or_person(objs[0]) and not own else \
            _party_behind(objs[0], owners=not done_to) or objs[0]
    return None


def _taken_from(verb: Token, objs: list[Token]) -> Token | None:
    """ "recaptured Adale from al-Shabaab", "seized weapons from the rebels", "took Crimea from
    Ukraine": ground or goods taken are taken from a party, the one the act is aimed at (not
    people taken: "seized two journalists from a hotel"; not a town or a site: "seized arms
    from a depot in Gao")."""
    if not objs or verb.lemma_.lower() not in words("taking_verbs") or objs[0].ent_type_ in PEOPLE_ENTS \
            or party_or_person(objs[0]) and objs[0].ent_type_ not in PLACE_ENTS:
        return None
    ground = word_class(objs[0], "territory")  # goods "from Afghanistan" came from there; ground
    # "from Ukraine" was Ukraine's
    return next((p for p in (*prep_objects(verb, ("from",)), *prep_objects(objs[0], ("from",)))
                 if laid_on_party(p) and (p.ent_type_ != "GPE" or (ground and a_country_name(p)))), None)


def _felt_party(verb: Token) -> Token | None:
    """ "expressed disappointment at the court's ruling", "was angered by Moscow's decision":
    the feeling is no party; whoever did what it is felt at is."""
    return next((p for felt in felt_at(verb)
                 for p in (felt if can_be_party(felt) else _party_behind(felt),) if p is not None), None)


def _an_act_of_force(noun: Token) -> bool:
    """The noun may name an act of force or coercion (any of its lexicon readings: "strike",
    "raid", "crackdown"; not "consultations", "decision")."""
    return any(e.pos == "N" and any(lookup(c).plover in FORCE_TYPES for c in (
        e.code, *(code for _, code in e.obj_codes + e.subj_codes + e.ctx_codes + e.prep_codes)))
        for e in lexicon().get(noun.lemma_.lower(), []))


def _party_behind(thing: Token, owners: bool = True) -> Token | None:
    """A party named in a to/for/from/against/by phrase of an object noun (or its "of" noun:
    "alleged fraud by the governor");
    else the party whose thing it is ("condemned the brutality of the military", "discussed
    China's role"), though not the one an act noun is done to ("condemned Mhlanga's arrest"
    charges whoever arrested him), nor the name of a place ("the village of Kalikot"); with
    ``owners`` off (an act done to its object), only the phrases."""
    if owners and _an_act_of_force(thing):
        mods = [c for c in thing.children if c.dep_ in ("amod", "compound") and (c.ent_type_ in ("NORP", "ORG") or (
            c.ent_type_ == "GPE" and a_country_name(c)))]
        weapons = [c for c in thing.children if c.dep_ == "compound"
                   and (in_words(c, "projectiles") or word_class(c, "air"))]
        mods += [g for c in weapons for g in c.children
                 if g.dep_ in ("amod", "compound") and g.ent_type_ in ("NORP", "GPE", "ORG")]
        if mods:  # "condemned the Russian missile strike on a hospital", "the Israel strike on
            # Rafah": whose act of force it was, by a nation's or group's word on the act or on its
            # weapon (not a town's or a site's: "the Moscow concert hall attack", "the Kenyan
            # embassy bombing" name whom or where it hit; not "WTO consultations": a forum)
            return mods[0]
    heads = [thing] + prep_objects(thing, ("of",))
    # "by" beside a thing hit is no owner: "a shop by the embassy"
    preps = (*RECIPIENT_PREPS, "from", "by") if owners else (*RECIPIENT_PREPS, "from")
    for head in heads:
        for pobj in prep_objects(head, preps):
            if party_or_person(pobj):
                return pobj
    held = held_by(thing)
    if held is not None:
        return held  # "a helicopter belonging to the Malian army", "a refinery owned by Lukoil"
    if owners:  # "rejected the budget proposed by the finance minister", "the plan drawn up by
        # Brazil and China": who made the thing (not "a shop damaged by shelling": what hit it)
        made = next((a for c in thing.children if c.dep_ == "acl" and c.tag_ == "VBN"
                     and in_words(c, "making_participles")
                     for a in prep_objects(c, ("by",)) if party_or_person(a)), None)  # (not "the violence
        # suffered by refugees", "a plan criticised by its allies": who bore or judged it)
        if made is not None:
            return made
    if not owners or event_noun(thing) or word_class(thing, "territory") or is_site(thing) \
            or thing.ent_type_ in ("CARDINAL", "QUANTITY") or thing.lower_ in words("quantifiers"):
        return None  # nor what a blow lands on ("burned the flags of Israel", "killed three sons of
        # X"), nor a count ("hundreds of people")
    # "the UN proposal", "the Trump plan": a name before the thing is whose it is (not a place's
    # or a people's: "the Gaza plan", "the Rohingya crisis" are about them)
    authored = thing.lemma_.lower() in words("authored")  # not "the Assange ruling", "the Brexit deal"
    whose = [c for c in thing.children
             if c.dep_ == "poss" or (authored and c.dep_ == "compound" and c.ent_type_ in OWNER_ENTS)]
    if word_class(thing, "conduct"):
        whose += prep_objects(thing, ("of",))  # "the brutality of the army" (not "the reform of the police")
    return next((o for o in whose if can_be_party(o)), None)


def held_by(thing: Token) -> Token | None:
    """Whose a thing is, told by a participle on it (word set ``holding_participles``:
    "belonging to the Malian army", "owned by Lukoil", "run by MSF"): the party an act on the
    thing is done to. (Not who is in a vehicle, "a bus carrying soldiers": a later telling
    names the bus, and the toll names the people.)"""
    for clause in thing.children:
        if clause.dep_ != "acl" or not in_words(clause, "holding_participles"):
            continue
        # "belonging to X"; "owned/run by X" (not "a pipeline running to Turkey": where it goes)
        preps = ("to",) if clause.lemma_.lower() == "belong" else ("by",) if clause.tag_ == "VBN" else ()
        holder = next((o for o in prep_objects(clause, preps) if party_or_person(o)), None)
        if holder is not None:
            return holder
    return None


def undergoer_named(target: Token) -> Token:
    """ "calling for the removal of President X", "demanded the ouster of the governor": the
    one the demanded fate would befall (word set ``undergone_nouns``), not the fate."""
    if not in_words(target, "undergone_nouns") or prep_objects(target, ("by",)):
        return target  # (not "protested the arrest of their leaders by state police": the doer named)
    return next((o for o in prep_objects(target, ("of",)) if party_or_person(o)), target)


def protested_party(act: Token) -> Token | None:
    """Whom a protest with no target of its own is held against: whose measure it is held
    "over" ("protested over the government's handling of the disaster"; not "over wages", nor
    "over the country's power cuts", a place's), else what it is held for says (its "to"
    clause or its "calling for ..." participle, on the protest's word or on the verb that
    carries it): the one a demanded removal would befall ("staged a hunger strike to demand the
    resignation of President X"), else the party a demand is made "from", "by" or "against",
    or whose thing that is ("to demand higher wages from the health ministry", "calling for
    independence from Iraq")."""
    over = next((o for t in prep_objects(act, ("over",)) if act.pos_ == "VERB" and not event_noun(t)
                 and (o := _party_behind(t)) is not None
                 and not (o.pos_ == "NOUN" and o.lemma_.lower() in PLACE_OWNERS)), None)
    if over is not None:
        return over
    holders = [act] + ([act.head] if act.pos_ == "NOUN" and act.dep_ == "dobj" else [])
    for holder in holders:
        for clause in holder.children:
            if clause.dep_ not in ("advcl", "xcomp") or clause.i < holder.i \
                    or not (to_infinitive(clause) or clause.tag_ == "VBG"):
                continue
            asked = children_in(clause, ("dobj",)) + prep_objects(clause, ("for",))
            for thing in asked:
                named = undergoer_named(thing)
                if named is not thing:
                    return named
            for head in (clause, *asked):
                for party in prep_objects(head, ("from", "by", "against")):
                    owner = party if party_or_person(party) else _party_behind(party)
                    if owner is not None:
                        return owner
    return None


def _asked_party(verb: Token) -> Token | None:
    """ "demanded that Hamas renounce ...", "called for NATO members to increase ...": the
    one a demand or accusation is about (the parser hangs "for X to Y" as an adverbial clause)."""
    for clause in children_in(verb, ("ccomp",)) + marked_clauses(verb, ("for",)):
        subj = children_in(clause, ("nsubj", "nsubjpass"))
        if subj and can_be_party(subj[0]):
            return subj[0]
    return None


def _threatened_party(verb: Token) -> Token | None:
    """Whom a threat is aimed at, told inside what is threatened: what it would be taken
    "against" ("would take reciprocal measures against Malaysian vessels"), the one a hostile
    threatened act would be done to ("warned that they would attack government forces"; not
    "would protect Kosovo Serbs", "would withdraw its peacekeepers"), else the one whose deed
    would set it off ("threatened to halt the talks if the United States deploys missiles",
    "unless Israel rescinds the annexation"; not "if its members do not receive back pay")."""
    threatened = threatened_clauses(verb)
    for clause in threatened:
        doer = subject_child(clause, ("nsubj",))
        if doer is not None and doer.pos_ != "PRON" and not can_be_party(doer):
            continue  # a consequence foretold, no act threatened ("warned that the government's
            # actions would divide the country")
        against = next((o for h in (clause, *children_in(clause, ("dobj",)))
                        for o in prep_objects(h, ("against",)) if o.pos_ in ("NOUN", "PROPN")), None)
        if against is not None:
            return against  # what is aimed at, a party or its things
        done_to = _recipient(clause, done_to=True) if _hostile(clause) else None
        if done_to is not None and party_or_person(done_to) \
                and not any(c.dep_ == "poss" and c.lower_ in POSSESSIVE_PRONOUNS for c in done_to.children):
            return done_to
    for clause in (verb, *threatened):
        for condition in marked_clauses(clause, CONDITION_MARKS):
            subj = children_in(condition, ("nsubj",))  # a doer ("unless Israel rescinds"), not
            # whom the deed is awaited for ("if the crews were not freed", "if its members do not
            # receive back pay")
            if subj and can_be_party(subj[0]) and subj[0].pos_ != "PRON" \
                    and not in_words(condition, "undergone_outcomes"):
                return subj[0]
    return None


def _hostile(clause: Token) -> bool:
    """The verb may tell an act done against someone (a lexicon reading of force, coercion or
    sanction): what it would be done to is whom a threat of it is aimed at."""
    return any(entry.pos == "V" and lookup(entry.code).plover in HOSTILE_TYPES
               for entry in lexicon().get(clause.lemma_.lower(), ()))


def _undergoer(verb: Token) -> Token | None:
    """Who a subjectless passive participle clause happens to: the subject of the clause it
    hangs on ("died on Tuesday after being shot", "released from prison a week ago")."""
    cur = verb
    for _ in range(3):
        if cur.dep_ not in ("advcl", "pcomp", "pobj", "prep") or cur.head.i == cur.i:
            return None
        cur = cur.head
        if cur.pos_ in ("VERB", "AUX"):
            subj = children_in(cur, ("nsubj", "nsubjpass"))
            return subj[0] if subj else None
    return None


def _accused_doer(verb: Token) -> Token | None:
    """ "State media accused rebels of shelling the town, wounding three people": a toll's
    participle the parser hung on the verb of accusing, with no subject of its own, tells what the
    deed the accusation names did, done by the accused (not "accused rebels of lying, saying"):
    whom the accusation is aimed at."""
    head = verb.head
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or subject_child(verb) is not None \
            or head.lemma_.lower() not in ACCUSING_LEMMAS or KIND_BY_LEMMA.get(verb.lemma_.lower()) not in TOLL_KINDS:
        return None
    accused = children_in(head, ("dobj",))
    told_deed = any(g.dep_ in ("pobj", "pcomp") and g.tag_ == "VBG" for holder in (head, *accused)
                    for p in holder.children if p.dep_ == "prep" and p.lower_ in DEED_PREPS for g in p.children)
    return accused[0] if accused and told_deed and can_be_party(accused[0]) else None


def _small_clause(verb: Token) -> bool:
    """ "The court ordered the journalist detained for 15 days": the tagger read the participle
    as a past tense and its undergoer as its subject; a clause of its own would have a "that" or
    an object who undergoes it ("ordered that police detained him"), and its subject would not
    stand right after the verb of causing."""
    causer = verb.head
    subj = children_in(verb, ("nsubj",))
    return verb.dep_ == "ccomp" and causer.i < verb.i and bool(subj) and subj[0].left_edge.i == causer.i + 1 \
        and not children_in(verb, ("mark", "aux")) \
        and not any(can_be_party(o) for o in children_in(verb, ("dobj", "obj")))
    # ("ordered the opposition leader jailed pending trial": "trial" is no one jailed)


def _made_to_undergo(verb: Token) -> tuple[Token | None, Token] | None:
    """ "A court ordered the editor jailed", "the judge ordered him released", "the president had
    two ministers arrested": a participle told of a verb of causing's object is done to that object,
    by that verb's doer (or a "by" agent). The parser hangs it on the object, on a noun inside the
    object's phrase ("the editor of a website jailed") or on the verb; it gives no subject of its own
    but the object. (Not "residents had their homes destroyed": a thing of the doer's own undergoes it.)"""
    if verb.tag_ not in ("VBN", "VBD") or (verb.tag_ == "VBD" and children_in(verb, ("nsubj",))
                                            and not _small_clause(verb)):
        return None  # (a past tense with a subject of its own is its own clause: "ordered that police detained")
    if verb.dep_ in ("xcomp", "ccomp", "oprd"):
        causer = verb.head
        objs = [o for o in children_in(causer, ("dobj",)) if o.i < verb.i] or [
            s for s in children_in(verb, ("nsubj", "nsubjpass")) if s.i < verb.i]
    elif verb.dep_ == "acl":
        obj = verb.head
        while obj.dep_ == "pobj" and obj.head.dep_ == "prep" and obj.head.head.pos_ in ("NOUN", "PROPN", "PRON"):
            obj = obj.head.head  # "the editor of an independent news website jailed": the editor
        causer = obj.head
        told = {t.i for t in verb.subtree}
        objs = [obj] if obj.dep_ == "dobj" and max(t.i for t in obj.subtree if t.i not in told) + 1 == verb.i else []
    else:
        return None
    if not objs or not in_words(causer, "causing_verbs") or causer.i > objs[0].i:
        return None
    undergoer = objs[0]
    if any(c.dep_ == "poss" and c.lower_ in POSSESSIVE_PRONOUNS for c in undergoer.children):
        return None  # "they had their homes destroyed": undergone, not caused
    if causer.lemma_.lower() in UNDERGOING_CAUSERS and undergoer.pos_ == "NOUN" \
            and not any(c.dep_ in ("det", "poss", "nummod") for c in undergoer.children):
        return None  # "journalists had equipment seized": undergone (not "had the two ministers arrested")
    agents = prep_objects(verb, ("by",))
    return (agents[0] if agents else subject_of(causer)), undergoer


def verb_roles(record: Record, cand: Candidate) -> tuple[Token | None, Token | None]:
    verb = cand.token
    entry = cand.entry
    plover = lookup(cand.code).plover
    actor: Token | None = None
    target: Token | None = None
    if cand.entry.obligation and (cand.code in VOICED_THREAT_CODES or verb.lemma_.lower() in NEED_LEMMAS):
        # a threat or a need read off what is said: the speaker threatens the one it says will pay
        # or be crushed ("'Ankara will pay dearly,' a PKK spokesman said"), no one else ("'We will
        # respond decisively'", "any attack would be met with force": the speaker's own side, a
        # provocation); a need asks no one it names ("Bangladesh needed $300 million": the one in need)
        subj = children_in(verb, ("nsubj", "nsubjpass"))
        paid = verb.lemma_.lower() == "pay" or (is_passive(verb) and in_words(verb, "harm_verbs"))
        return subject_of(verb.head), (subj[0] if paid and subj and can_be_party(subj[0])
                                       and subj[0].lower_ not in SPEAKER_PRONOUNS else None)
    if cand.entry.obligation:
        # "the minister said the laws must change", "Russia needs to pull out": the speaker
        # demands, of the one who must act
        clause = verb.head if needed(verb) else verb
        subj = children_in(clause, ("nsubj", "nsubjpass"))
        return subject_of(clause.head), (subj[0] if subj and can_be_party(subj[0])
                                         and subj[0].lower_ not in SPEAKER_PRONOUNS else None)
    if displeased(verb):
        # "the U.S. was disappointed by the parliament's decision": the one who feels it, at
        # whoever did what it is felt at (not the passive's subject and agent)
        clause = verb.head if verb.dep_ == "acomp" else verb
        subj = children_in(clause, ("nsubj", "nsubjpass"))
        return (subj[0] if subj else None), _felt_party(verb)
    caused = _made_to_undergo(verb)
    if caused is not None and plover in CAUSED_TYPES:
        return caused
    if is_passive(verb) and in_words(verb, "held_stances") and not prep_objects(verb, ("by",)) \
            and prep_objects(verb, ("to",)):
        # "Israel is opposed to French mediation": a stance held, told as a state of its holder
        # (not "the plan was opposed by the army": the army opposed it)
        opposed = prep_objects(verb, ("to",))[0]
        return subject_child(verb, ("nsubjpass", "nsubj")), (
            opposed if can_be_party(opposed) else _party_behind(opposed))
    if is_passive(verb):
        agents = passive_agents(verb)
        actor = agents[0] if agents else None
        if plover in FORCE_TYPES:
            actor = wielder(actor, record)  # "killed by police gunfire", "hit by an Israeli airstrike"
        own = subject_child(verb, ("nsubjpass",))
        if actor is None and own is not None and plover in FORCE_TYPES and projectile(own):
            fired_by = wielder(own, record)  # "Iranian drones and missiles were fired at Israel":
            actor = fired_by if fired_by is not own else None  # whose the means were
        if own is not None:
            target = own
            if not party_or_person(own) and plover != "ASSAULT":
                # "sanctions were imposed on Belarus": the measure is not its target (what an
                # attack hit is: "a checkpoint was attacked on Mount Sinjar")
                target = next((t for t in prep_objects(verb, MEASURE_TARGET_PREPS)
                               if laid_on_party(t)), target)
        elif verb.dep_ in ("relcl", "acl"):
            target = verb.head
        elif verb.dep_ == "conj":
            # "she was arrested and charged"; "Mugabe co-founded ZANU but was arrested"
            shared = children_in(verb.head, ("nsubjpass", "nsubj"))
            target = shared[0] if shared else None
        else:
            target = _undergoer(verb)
    else:
        actor = _accused_doer(verb) or subject_of(verb)
        if plover in FORCE_TYPES:
            actor = wielder(actor, record)
        target = _recipient(verb, plover in DONE_TO_TYPES)
        own_word = target is not None and any(target.i == x.i for x in cand.extra_tokens)
        if own_word:
            target = None  # the entry's own word ("set fire to", "took control of") acts on no one
        elif plover == "SUPPORT" and target is not None and word_class(target, "backing"):
            # "pledged full support for the plan": what is backed, not the backing
            backed = prep_objects(target, ("for", "to", "with")) or prep_objects(verb, ("for",))
            target = backed[0] if backed else None
        elif plover == "AID" and target is not None and not word_class(target, "territory"):
            given = prep_objects(verb, ("to",))  # "delivered chlorine tablets to 30,000 families":
            # the goods are no party, whom they went to is; nor are the helpers sent ("sent a
            # team of medical experts to Pakistan": Pakistan is helped)
            if given and (not party_or_person(target) or (
                    verb.lemma_.lower() in SENDING_LEMMAS
                    and (can_be_party(given[0]) or word_class(given[0], "territory")))):
                target = given[0]  # (not "evacuated 300 civilians to Zaporizhzhia": they are helped)

        if target is None and not own_word:  # "investigate and punish X": the object is shared
            # across "and" (not by a verb whose object is its own word: "declared a state of
            # emergency and deployed the national guard")
            for conj in verb.conjuncts:
                if conj.i > verb.i and not is_passive(conj) \
                        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in conj.children):
                    target = _recipient(conj)  # (not a clause with doers of its own: "Teachers
                    break  # rallied in Lima and police arrested ten nurses in Cusco")
        if target is None and entry.xcomp:
            # "agreed to provide aid to Romania": the one the promised act is for
            for child in verb.children:
                if child.dep_ in ("xcomp", "prep"):
                    inner = child if child.dep_ == "xcomp" else next(
                        (g for g in child.children if g.dep_ == "pobj"), None)
                    if inner is not None and inner.pos_ in ("VERB", "NOUN"):
                        target = _recipient(inner)
                        if target is not None:
                            break
        if plover in ("REQUEST", "THREATEN") and target is not None and target.dep_ in ("dobj", "obj") \
                and target.pos_ == "NOUN" and not party_or_person(target) and not event_noun(target) \
                and not word_class(target, "territory") \
                and not any(t.ent_type_ or t.pos_ == "PROPN" for t in target.subtree) \
                and not (target.head.i == verb.i and children_in(verb, ("xcomp", "ccomp"))):
            # ("asked his countrymen to stay home": whom it asks; "threatened to use force": what)
            target = None  # "urged restraint", "demanded compensation": what is asked for or
            # threatened is no party (not "demanded the removal of President X": a party named in it)
    if target is None and plover in CLAUSE_TARGET_TYPES:
        target = _asked_party(verb)
    if plover == "THREATEN" and (target is None or not party_or_person(target)):
        target = _threatened_party(verb) or target  # (not what is threatened: "to halt the talks")
    if actor is None and entry.actor_preps:
        found = prep_objects(verb, entry.actor_preps)
        actor = found[0] if found else None
    if target is None and entry.target_preps:
        found = prep_objects(verb, entry.target_preps)
        target = found[0] if found else None
    sides = between_sides(verb, record)
    if actor is None and sides is not None and can_be_party(sides[0]) and (plover in SYMMETRIC_TYPES or (
            plover in FORCE_TYPES and sides[1] is not None
            and (in_words(verb, "mutual_acts") or in_words(verb, "fights")))):
        # "a deal was signed between the rebels and the government": the sides, not the deal;
        # "fighting between the army and the RSF" (not "five were killed between two towns")
        actor, target = sides[0], sides[1] or target
    mutual = plover in FORCE_TYPES and in_words(verb, "mutual_acts")
    if (plover in FORCE_TYPES or cand.code == RIOT_CODE) and (target is None or projectile(target)):
        aimed = aimed_at(verb)  # "fired rockets at Israel", "shot at protesters"
        if aimed is not None:
            target = aimed
        elif target is not None and projectile(target) and (mutual or in_words(verb, "aiming_verbs")) \
                and not any(c.dep_ == "prt" and c.lower_ == "down" for c in verb.children):  # "shot down drones"
            # what was fired is no party: "exchanged fire with X", "opened fire", "fired rockets"
            target = next(iter(prep_objects(verb, ("with",))), None)
    if target is None and actor is not None and mutual:
        target = other_side(actor)  # "the two armies clashed" (a meeting: :func:`find_roles`)
    ordered = next((x for x in cand.extra_tokens if x.pos_ == "VERB" and x.dep_ == "xcomp"), None)
    done_to = children_in(ordered, ("dobj",)) if ordered is not None else []
    if done_to and lookup(cand.code).plover == "COERCE":
        target = done_to[0]  # "ordered his officers to disperse the protesters": whom the order is aimed at
    if target is None and cand.extra_tokens:
        # "come under the control of X": X acts; "take control of X": X is the target.
        for extra in cand.extra_tokens:
            found = [f for f in prep_objects(extra, ("of",))  # not "a state of emergency"
                     if not any(f.i == x.i for x in cand.extra_tokens)]
            if found:
                if verb.lemma_.lower() == "come":
                    subj = children_in(verb, ("nsubj",))
                    actor, target = found[0], subj[0] if subj else None
                else:
                    target = found[0]
                break
    return actor, target


def other_side(actor: Token) -> Token | None:
    """The second side of an act done between the subject's conjuncts: "Putin and Macron met"
    (not for every mutual type: "Australia and Canada offered to resettle them" are two
    offers, "Hawkins and La Riva agreed" agree with a third)."""
    return next((c for c in actor.conjuncts if c.i > actor.i and can_be_party(c)), None)
