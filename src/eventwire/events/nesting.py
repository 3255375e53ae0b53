"""Acts told inside other acts: what a vow, demand, order or protest holds (its content, not a
second event), the deeds and causes an accusation or protest names, and the parties a content
lends its holder.

Split from :mod:`.stage`, which decides with these whether a nested act is a row of its own.
"""



from spacy.tokens import Token

from ..entities.kb import KnowledgeBase
from ..nlp.syntax import is_passive, shares_the_to, subject_child, to_infinitive
from ..record import Event, Record, Role
from . import acled as acled_rules
from . import clauses, eventhood
from .cameo import RULING_CODES, lookup
from .clausewords import (
    CONDITION_MARKS,
    HARM_LEMMAS,
    OBLIGATION_WORDS,
    OCCASION_PREPS,
    PLACE_ENTS,
    REPORTING_LEMMAS,
    light_verb,
    needed,
    says_when,
    subjects,
    threatened_clauses,
    word_class,
)
from .lexicon import event_noun
from .mentions import Mention
from .naming import make_role
from .placing import CONTENT_PREPS
from .roles import Roles, past_dateline
from .rolewords import FORCE_TYPES
from .speechacts import CRITICISM_CODE  # criticise or denounce: "condemned the killing of ..."
from .status import WISHING_VERBS, told_to
from .triggers import Candidate

COERCIVE = frozenset({"ASSAULT", "COERCE", "SANCTION"})
PROMISE_LEMMAS = frozenset({"vow", "pledge", "promise", "swear"})  # verbs whose infinitive is an act promised
SCHEDULE_WORDS = frozenset({"due", "scheduled", "set", "expected"})  # "is due to be tried"
INTENT_TYPES = frozenset({"AGREE", "REQUEST", "THREATEN", "REJECT", "ACCUSE"})
DEED_HOLDERS = frozenset({"ACCUSE", "PROTEST", "REQUEST"})  # acts whose content may be a deed done
# (dated_deed: "told police to investigate the killing of a journalist on Friday")
OCCASION_NOUNS = frozenset({"wake", "aftermath"})  # "in the wake of", "in the aftermath of": as OCCASION_PREPS
ALLEGATION_PREFIX = "112"  # CAMEO: accuse (of crime, abuses, aggression ...), not criticise or denounce (111)
SPAN_PRECISION = "range"  # a span of days: told ("last week", "since 2019") or the week before the report
DEED_PRECISIONS = frozenset({"day", "month"})  # how near a deed's own date must say when it was
SPAN_PREPS = frozenset({"since", "over", "throughout", "for"})  # a time that spans many acts, not one act's
SAYING_DEPS = frozenset({"advcl", "xcomp", "conj"})  # "marched, saying ...": the marchers say it
PURPOSE_DEPS = frozenset({"advcl", "xcomp", "acl", "pobj", "prep", "relcl"})
CAUSE_PREPS = frozenset({"after", "following", "over", "since", "because"})  # a cause or a time
ANSWER_NOUNS = frozenset({"response", "retaliation", "reprisal", "revenge"})  # beside a threat ("after a
# drone strike", "in response to its launch", "in retaliation for the raid")
OFFENCE_VERBS = frozenset({"convict", "find"})  # verbs of a finding of guilt ("found guilty of")
GRIEVANCE_PREPS = frozenset({"against", "over"})  # what a protest is held against ("against the arrest")


def _vowed(act: Token, vow: Token) -> bool:
    """The act a promise governs: "vowed to attack", or through a verb of going on with it
    ("vowed to keep attacking ships", "pledged to continue strikes")."""
    if act.dep_ == "xcomp" and act.head.i == vow.i:
        return True
    phase = act.head
    return act.dep_ in ("xcomp", "dobj") and phase.dep_ == "xcomp" and phase.head.i == vow.i \
        and (phase.lemma_.lower() == "keep" or clauses.in_words(phase, "phase_verbs"))


def vows_harm(vow: Token, trigger_ids: dict[int, Candidate]) -> bool:
    """A promise of force or harm, a threat: an act of coercion it governs ("vowed to keep
    attacking ships"), or a verb of the ``harm_verbs`` set on a party, trigger or not ("vowed to
    crush the kidnappers", "vowed that the attackers would be punished", "vowed to retaliate");
    not on an ill ("pledged to eliminate poverty") nor a search ("vowed to hunt for a new
    minister")."""
    if any(lookup(c.code).plover in COERCIVE for c in trigger_ids.values() if _vowed(c.token, vow)):
        return True
    for answer in (c for c in vow.children if c.dep_ == "xcomp" and clauses.in_words(c, "response_verbs")):
        if any(p.dep_ == "prep" and p.lower_ == "to" and any(clauses.in_words(o, "vengeance_objects")
                                                              for o in p.children if o.dep_ == "pobj")
               for p in answer.children):
            return True  # "Tehran vowed to respond to the Israeli strike": an answer to force (not
            # "vowed to respond to the letter")
    for act in (c for c in vow.children  # "vowed on Sunday to topple": an infinitive the parser hung as a clause
                if (c.dep_ in ("xcomp", "ccomp") or (c.dep_ == "advcl" and to_infinitive(c)))
                and (clauses.in_words(c, "harm_verbs") or clauses.in_words(c, "vengeance_verbs"))):
        harmed = [c for c in act.children if c.dep_ in ("dobj", "nsubjpass")]
        avenged = clauses.in_words(act, "vengeance_verbs") and all(
            clauses.in_words(h, "vengeance_objects") or clauses.in_words(h, "victims")
            or (clauses.party_word(h) and h.pos_ != "PROPN") for h in harmed)  # not "last season's defeat"
        if harmed and (avenged or all(clauses.party_word(h) and not word_class(h, "ills") for h in harmed)):
            return True  # ("vowed to avenge the killing of their commander")
        if not harmed and not any(c.dep_ == "prep" and c.lower_ == "for" for c in act.children):
            return True  # "vowed to retaliate" (not "to hunt for")
    return False


def has_child(tok, deps: tuple[str, ...], words: frozenset[str]) -> bool:
    return any(c.dep_ in deps and c.lower_ in words for c in tok.children)


def conditional_clause(tok) -> bool:
    """ "... unless Baghdad accepts": a conditional clause hangs on the event or its head."""
    return bool(clauses.conditions(tok))


def ordered_act(tok, plover: str) -> bool:
    """ "ordered the arrest of", "ordered troops to withdraw": an act an authority orders is
    the order ("ordered the journalist to be detained", which the parser may read as a clause of
    its own); not an attack ("ordered troops to attack" is a threat until they do)."""
    return plover != "ASSAULT" and tok.dep_ in ("dobj", "xcomp", "ccomp") and tok.head.lemma_.lower() == "order" \
        and not is_passive(tok.head)  # ("troops were ordered to withdraw": the withdrawal is to come)


def scheduled_measure(tok, plover: str) -> bool:
    """ "Avenatti is to be sentenced in June", "he is due to be extradited": a coercive measure
    set down in the passive ("is to be", "is due to be", "is scheduled to be"), with no one
    doing it and no condition, is planned by an authority, not threatened (not "Israel would
    be punished", "will be arrested if they march": what someone threatens)."""
    return plover == "COERCE" and is_passive(tok) and not conditional_clause(tok) \
        and not any(c.dep_ == "agent" for c in tok.children) and tok.dep_ == "xcomp" \
        and (tok.head.lemma_.lower() == "be" or tok.head.lemma_.lower() in SCHEDULE_WORDS)


def acted_on_by(noun: Token, verb: Token) -> bool:
    """The act noun is the verb's object ("granted him a pardon"): the class the sentence owes
    to it is how the verb is meant, not another act's (not "called for an investigation": what
    a call asks for is another act)."""
    if noun.dep_ == "appos":  # "granted the governor a pardon", parsed as apposition
        noun = noun.head
    return noun.head.i == verb.i and noun.dep_ in ("dobj", "obj", "attr", "dative")


def _protest_purpose(cand: Candidate, trigger_ids: dict[int, Candidate]) -> Candidate | None:
    """ "demonstrated, calling for independence": the demand is what the protest is for; so
    is what its protesters say must be done (:func:`_protest_message`)."""
    message = _protest_message(cand, trigger_ids)
    if message is not None:
        return message
    if lookup(cand.code).plover != "REQUEST":
        return None
    tok = cand.token
    for _ in range(3):
        if tok.head.i == tok.i or tok.dep_ not in PURPOSE_DEPS:
            return None
        tok = tok.head
        gov = trigger_ids.get(tok.i)
        if gov is not None and lookup(gov.code).plover == "PROTEST":
            return gov
    return None


def _protest_message(cand: Candidate, trigger_ids: dict[int, Candidate]) -> Candidate | None:
    """ "staged rallies, saying the leader must resign": what the protesters say must be done
    is the protest's message, not a second act."""
    tok = cand.token
    if not (has_child(tok, ("aux",), OBLIGATION_WORDS) or needed(tok)):
        return None
    saying = tok.head if tok.dep_ == "ccomp" else None
    if saying is None or saying.lemma_.lower() not in REPORTING_LEMMAS or saying.dep_ not in SAYING_DEPS:
        return None
    clause = saying.head  # the protest itself, or the object of "staged", "held" (not of
    # "police dispersed the protest, saying the demonstrators must leave": the police's demand)
    words = [clause] + ([c for c in clause.children if c.dep_ == "dobj"]
                        if light_verb(clause) else [])
    for word in words:
        gov = trigger_ids.get(word.i)
        if gov is not None and lookup(gov.code).plover == "PROTEST":
            return gov
    return None


def nested_in(cand: Candidate, trigger_ids: dict[int, Candidate]) -> Candidate | None:
    """The intent trigger ("agreed", "refused", "called for") this trigger is the content of."""
    purpose = _protest_purpose(cand, trigger_ids)
    if purpose is not None:
        return purpose
    tok = cand.token
    if tok.dep_ in ("ccomp", "acl") and tok.head.pos_ == "NOUN":
        gov = trigger_ids.get(tok.head.i)  # "its demand that Israel ease restrictions"
        if gov is not None and lookup(gov.code).plover in INTENT_TYPES:
            return gov
    asked_for = False  # climbed through a "for X to" clause: only what asks has it as content
    for _ in range(4):
        if tok.head.i == tok.i or (tok.dep_ in ("ccomp", "parataxis", "advcl", "relcl", "conj")
                                   and not _for_to_clause(tok) and not shares_the_to(tok)):
            return None
        asked_for = asked_for or _for_to_clause(tok)
        if tok.dep_ == "pobj" and (tok.head.lower_ in OCCASION_PREPS or (
                tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in OCCASION_NOUNS)):
            return None  # "wants the minister to resign after the killing of three protesters on
            # Friday", "called for sanctions in the wake of the execution of": the occasion, told
            # as done, not what is asked
        tok = tok.head
        gov = trigger_ids.get(tok.i)
        if gov is not None:
            return gov if not asked_for or lookup(gov.code).plover in INTENT_TYPES else None
    return None


def _for_to_clause(tok: Token) -> bool:
    """ "called for Russia to reciprocate by agreeing to a ceasefire": a "for X to" clause, which
    the parser hangs as an adverbial one, is what a call asks, not a clause beside it."""
    return tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "for" for c in tok.children) \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def dated_deed(inner: Mention, outer: Mention) -> bool:
    """An act of force an accusation or a protest is about, told with a day or month of its
    own ("accused the army of executing 20 civilians in Merawi in January", "condemned
    Tuesday's bombing of a mosque"), or, condemned, with no time but its place and whom it struck
    ("The killing of two aid workers in Khartoum was condemned"): a deed reported as done, a row of its
    own besides the accusation (not "accused Russia of attacking civilians": no time, no one act)."""
    when = inner.event.date
    if outer.event.plover not in DEED_HOLDERS or inner.event.plover not in FORCE_TYPES \
            or inner.event.status in ("negated", "planned") \
            or (when is not None and when.precision not in DEED_PRECISIONS
                and not (when.precision == SPAN_PRECISION and when.span is None)):
        return False  # (not "in 2017", "between 2007 and 2008", "since 2019": a year or a span told
        # is a history; the week before the report, told by no words, is no time at all)
    if (when is None or when.precision == SPAN_PRECISION) \
            and not (outer.event.cameo or "").startswith(CRITICISM_CODE):
        return False  # with no time, only a deed condemned is news: one alleged, tried or asked justice
        # for may be any year's ("demanded justice for the killing of journalist Caruana Galizia")
    head = inner.token
    if head.pos_ == "NOUN" and any(t.ent_type_ in PLACE_ENTS for t in head.subtree if t.i != head.i) \
            and (_toll_clause(head) is not None or any(c.dep_ == "prep" and c.lower_ == "by" for c in head.children)
                 or _victims_told(head)):
        return True  # "condemned the Russian missile strike on a hospital in Kyiv on Monday that
        # killed two people", "the killing of three aid workers by gunmen in Darfur", "the arrest
        # of Kizza Besigye in Nairobi": a deed with its place and its dead, its doers or whom it
        # struck, counted or named, whatever the day hangs on
    if when is None or when.precision not in DEED_PRECISIONS:
        return False
    for t in head.subtree:
        if t.i == head.i or not says_when(t):
            continue
        between = []
        for a in t.ancestors:
            if a.i == head.i:
                break
            between.append(a)
        if not any(a.dep_ == "prep" and a.lower_ in SPAN_PREPS for a in between):
            return True
    return False


def _victims_told(noun: Token) -> bool:
    """ "the killing of three aid workers", "the arrest of Kizza Besigye": the act noun's "of"
    names whom it struck by number or by name, as one act names them (not "the killing of
    civilians", with no count; a count of any size is taken as one act's, as a toll is)."""
    struck = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
              if g.dep_ == "pobj"]
    return any(any(n.dep_ == "nummod" for n in g.children) or g.ent_type_ == "PERSON" for g in struck)


def _toll_clause(noun: Token) -> Token | None:
    """The deed's own clause that counts its dead or wounded ("the strike ... that killed two
    people", parsed on the noun or, past a time phrase, on the verb that governs it)."""
    verb = noun.head
    clauses_on = [c for c in noun.children if c.dep_ in ("relcl", "acl")] \
        + [c for c in verb.children if c.dep_ in ("ccomp", "relcl") and c.i > noun.i
           and any(s.lower_ in ("that", "which") and s.dep_.startswith("nsubj") for s in c.children)]
    return next((c for c in clauses_on if c.lemma_.lower() in HARM_LEMMAS and any(
        g.dep_ in ("dobj", "nsubjpass") and any(n.dep_ == "nummod" or n.like_num for n in g.subtree)
        for g in c.children)), None)


def read_deeds(mentions: list[Mention], deeds: list[tuple[int, int]]) -> None:
    """A dated deed stands as its own act only where the text tells no act of its kind
    outright: there it is most often the act told before or after ("the bombing of the mosque
    on Tuesday" under "condemned", after the blast's own report), and stays the content."""
    inners = {inner for inner, _ in deeds}
    # (the deed's own clauses tell no other act: "condemned Monday's bombing of a school that
    # killed 12 children")
    within = {t.i for inner in inners for t in mentions[inner].token.subtree}
    within |= {t.i for inner in inners for clause in [_toll_clause(mentions[inner].token)]
               if clause is not None for t in clause.subtree}  # its toll, told past a time phrase
    told = {m.event.plover for i, m in enumerate(mentions) if m.why_not is None and m.nested_in is None
            and i not in inners and m.token.i not in within}
    for inner, outer in deeds:
        m, about = mentions[inner], mentions[outer]
        if m.event.plover in told:
            m.nested_in = outer  # the accusation's content, as any (DEED_HOLDERS are CONTENT_HOLDERS)
            continue
        m.deed = True
        alleged = about.event.plover == "ACCUSE" and ((about.event.cameo or "").startswith(ALLEGATION_PREFIX)
                                                      or _blamed_for(m.token, about.token))
        if m.event.status == "asserted" and (alleged or about.event.plover != "ACCUSE"):
            m.event.status = "hedged"  # the accuser's or the protesters' account of it (a deed
            # condemned is not in doubt: "the arrest of X on Monday was condemned by Y")
        if m.event.actor is None and alleged:
            m.event.actor = about.event.target  # "accused the army of executing": the army
            # did it, as the accuser says (not "condemned the arrest of X": X was arrested)


def demand_roles(record: Record, tok: Token, roles: Roles, kb: KnowledgeBase) -> Roles:
    """ "The opposition said the president must resign": a demand read off an obligation is
    made by whoever says it (the subject of the reporting verb above; of the clause a
    "saying" hangs on), or wants it ("the opposition wants the minister to resign"), on the
    one obliged; with no one saying it, by no one named."""
    demander = None
    obliged = roles.actor if roles.actor is not None else roles.target
    chain = clauses.governors(clauses.clause_verb(tok))
    for below, gov in zip(chain, chain[1:], strict=False):
        directed = told_to(below)  # ("told reporters that they must": a report, whoever is told)
        if gov.lemma_.lower() in WISHING_VERBS or directed:  # (or tells someone to do it)
            wished_by = _lead_subjects(gov)
            demander = make_role(record, wished_by[0], kb) if wished_by else None
            told = [c for c in gov.children if c.dep_ in ("dative", "dobj") and clauses.party_word(c)]
            wished_of = [c for c in below.children if c.dep_ in ("nsubj", "nsubjpass")]
            if directed and told:
                obliged = make_role(record, told[0], kb)  # "gave the separatists 24 hours to": them
            elif not directed and wished_of:
                obliged = make_role(record, wished_of[0], kb)  # "want him to resign": him
            break
        if gov.lemma_.lower() in REPORTING_LEMMAS:
            said_by = _lead_subjects(gov) or (_lead_subjects(gov.head) if gov.dep_ in SAYING_DEPS else [])
            demander = make_role(record, said_by[0], kb) if said_by else None
            break
    return Roles(actor=demander, target=obliged, location=roles.location)


def _lead_subjects(verb: Token) -> list[Token]:
    """The verb's subjects, read past a dateline the parser made one (:func:`.roles.past_dateline`)."""
    return [s for s in map(past_dateline, subjects(verb)) if s is not None]


def _blamed_for(deed: Token, judged: Token) -> bool:
    """ "criticised the junta for the arrest of 30 students": a deed a judgement names as its
    reason ("for", "over") was done by whom it judges."""
    return deed.dep_ == "pobj" and deed.head.lower_ in ("for", "over") and deed.head.head.i == judged.i


def mention_roots(record: Record, row: Event) -> list[Token]:
    """The head word of each of the row's mentions' triggers, in the record's parse."""
    spans = (record.doc.char_span(m.trigger.start, m.trigger.end, alignment_mode="expand") for m in row.mentions)
    return [span.root for span in spans if span is not None and len(span)]


def _edges(tok: Token) -> tuple[int, int]:
    """The characters a token's phrase spans."""
    return tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge.text)


def offence_spans(record: Record, row: Event) -> list[tuple[int, int]]:
    """The words of what a court's ruling was for ("convicted of organising riots", "jailed
    over deadly protests", "sentenced for assaulting a police officer"): the offence, whose
    violence is not the ruling's. Only for a row that is a ruling (a finding of guilt or a
    sentence)."""
    if row.cameo not in RULING_CODES:
        return []
    out = []
    for tok in mention_roots(record, row):
        if not (clauses.in_words(tok, "sentencing_words") or tok.lemma_.lower() in OFFENCE_VERBS):
            continue
        for heads in (tok, *(c for c in tok.children if c.dep_ in ("oprd", "acomp"))):
            out += [(p.idx, p.right_edge.idx + len(p.right_edge.text)) for p in heads.children
                    if p.dep_ == "prep" and p.lower_ in CONTENT_PREPS]
    return out


def promised_spans(record: Record, row: Event) -> list[tuple[int, int]]:
    """The words of what a vow promises ("vowed to keep firing rockets at Israel"): a threat
    of an act not done, whose weapon gives the threat no type of violence."""
    if row.plover != "THREATEN":
        return []
    span = record.doc.char_span(row.trigger.start, row.trigger.end, alignment_mode="expand")
    if span is None or not len(span) or span.root.lemma_.lower() not in PROMISE_LEMMAS:
        return []
    return [_edges(c) for c in span.root.children if c.dep_ in ("xcomp", "advcl")]


def protested_spans(record: Record, row: Event) -> list[tuple[int, int]]:
    """The words of what a protest is against ("gathered to protest against the arrest of a
    local official", "a strike to protest the killings"): its grievance, no intervention at it."""
    if row.plover != "PROTEST":
        return []
    return [_edges(c) for tok in mention_roots(record, row) for c in tok.children
            if (c.dep_ == "prep" and c.lower_ in GRIEVANCE_PREPS)
            or (c.dep_ == "dobj" and tok.pos_ == "VERB" and tok.lemma_.lower() == "protest")]
    # ("protested the killings"; not "blocked the highway": what the protest did)


def cause_spans(record: Record, row: Event) -> list[tuple[int, int]]:
    """The words of what a threat or a coercion answers ("threatened to expel the envoy after a
    drone strike killed two soldiers", "vowed to impose sanctions in response to its latest
    launch", "imposed a curfew after clashes"): a cause or a time told beside it, whose
    violence or protest is not the act's, whose own words may still be ("threatened officials
    and smashed windows"); and what its target did, told of it in a relative clause."""
    if row.plover not in acled_rules.CAUSED_ACTS:
        return []
    if row.plover != "THREATEN" and row.target is not None and acled_rules.crowd(row.target.span.text):
        return []  # "detained 20 protesters after they clashed with riot police": their own riot
    out = []
    for root in mention_roots(record, row):
        clause = [root, *(t for t in root.subtree if t.dep_ in ("xcomp", "ccomp", "conj")
                          and t.pos_ in ("VERB", "AUX"))]  # "threatened to expel": expel's too
        if row.plover == "THREATEN":  # ("threatened to attack the town unless ...", however hung)
            clause += [c for c in threatened_clauses(root) if c not in clause]
        for verb in clause:
            for c in verb.children:
                if (c.dep_ == "prep" and not any(g.dep_ == "pcomp" for g in c.children) and (
                        c.lower_ in CAUSE_PREPS or any(g.lemma_.lower() in ANSWER_NOUNS
                                                       for g in c.children if g.dep_ == "pobj"))) \
                        or (c.dep_ == "advcl" and any(g.dep_ == "mark" and (
                            g.lower_ in CAUSE_PREPS or (row.plover == "THREATEN" and g.lower_ in CONDITION_MARKS))
                                                      for g in c.children)
                            and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)):
                    # (a threat's condition is another's deed: "threatened to halt the talks if the
                    # United States deploys new missiles" names no weapon of the threat)
                    # (a clause with a doer of its own: "after a drone strike killed two"; not
                    # "threatened protesters after firing live rounds", a gerund: the threat's own act)
                    out.append(_edges(c))
    hit = eventhood.role_root(record.doc, row.target)
    if hit is not None:  # "arrested three men who kidnapped a schoolgirl", "threatened to punish the
        # officers who beat the protesters": what the target did is its own act, not this one
        out += [_edges(c) for c in hit.children if c.dep_ == "relcl"]
    return out


def _same(a: Role | None, b: Role | None) -> bool:
    return a is not None and b is not None and (a.span.start, a.span.end) == (b.span.start, b.span.end)


def target_from_content(outer: Event, inner: Event) -> None:
    """Whom a demand, offer or refusal is aimed at, when its object is the act itself.

    "demanded that Israel ease restrictions" is a demand on Israel; "demanded the
    withdrawal of Serbian forces" one on the forces; "offered to hand over to Britain"
    an offer to Britain. The nested act's own actor is the target unless it is the one
    who demands (then the act's target is).
    """
    if outer.plover not in INTENT_TYPES and outer.plover != "PROTEST":
        return
    own = outer.target
    if own is not None and not (own.span.start <= inner.trigger.start < own.span.end):
        return
    if inner.actor is not None and not _same(inner.actor, outer.actor) and not (
        outer.actor is not None and inner.actor.entity is not None
        and inner.actor.entity == outer.actor.entity
    ):
        candidate: Role | None = inner.actor
    else:
        candidate = inner.target
    if candidate is None or _same(candidate, outer.actor):
        return
    outer.target = candidate


def provoked_condition(tok: Token) -> bool:
    """Force promised on another's act: an "if"/"unless" clause whose doer is a party or an act
    ("if the riots continued", "unless the rebels withdraw"; not "if the match goes to extra time"),
    by the speaker ("said he would send the army"; not "said Azerbaijan would mobilise reserves if
    ...": a forecast of another's act)."""
    subject = subject_child(tok)
    if tok.dep_ == "ccomp" and subject is not None and subject.pos_ != "PRON":
        return False
    return any(s.dep_ in ("nsubj", "nsubjpass") and (event_noun(s) or clauses.party_word(s))
               for cond in clauses.conditions(tok) for s in cond.children)
