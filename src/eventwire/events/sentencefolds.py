"""In one sentence: which trigger's happening each mention belongs to (step 1 of
:mod:`.happenings`).

A trigger that is an argument of another ("lift sanctions", "killed in the attack"), the
content of an intent ("demanded the withdrawal"), a same-type consequence ("shot him, killing
five"), an offence a court named or a toll told after its act is part of that trigger's
happening. :class:`SentenceFolds` reads these over the state :class:`.happenings.Assembler`
builds once per record (which inherits it).
"""

from __future__ import annotations

from copy import copy

from spacy.tokens import Token

from ..nlp.syntax import first_conjunct, is_passive, joined_to_an_infinitive, subject_child
from ..record import Event
from . import aggregates, clauses, mood
from . import eventhood as eh
from .agreement import counts_differ, places_agree
from .cameo import RULING_CODES
from .clausewords import (
    LATER_WORDS,
    MEASURES,
    OBLIGATION_WORDS,
    PLACE_ENTS,
    REPORTING_LEMMAS,
    light_verb,
    prep_objects,
    word_class,
)
from .folding import (
    RELEASE_CODE,
    another_doing,
    elsewhere,
    freed_in,
    names_offence,
    one_act,
    protest_says,
    taken_on_the_way,
    told_back,
)
from .mentions import Happening, Mention, dates_agree, measure, planned
from .nesting import dated_deed
from .quantities import KIND_BY_LEMMA
from .rolewords import FORCE_TYPES, SERIES, came_under
from .sites import OCCUPY_CODE, at_dateline
from .standing import OPERATION_TYPES, TOLL_KINDS
from .storytime import StoryTime

MAX_FOLD_HOPS = 3  # how far up the parse a trigger may sit below the one it belongs to
MAX_SAYING_HOPS = 4  # how far up the parse an act voiced may sit below the verb of speaking
MAX_REASON_HOPS = 5  # "thanked X for supporting Y against Z and for standing with Y": up to the first "for"
VOICED_TYPES = frozenset({"THREATEN", "REQUEST", "ACCUSE"})  # acts a statement's content may voice twice
# types that say what is asked, threatened, refused or allowed: the act they govern is their content
CONTENT_HOLDERS = frozenset({"REQUEST", "THREATEN", "AGREE", "REJECT", "ACCUSE", "CONCEDE"})
PHRASE_DEPS = ("pobj", "prep")  # a noun's phrase hung on another word's ("a mosque in Peshawar")
ARGUMENT_DEPS = ("pobj", "prep", "dobj")  # ... or an act's object ("condemned the air strike")
SPOKEN_ABOUT = mood.SPEECH_TYPES | CONTENT_HOLDERS | {"PROTEST"}  # acts whose words hold another act
# as what they are about: a toll told on that act is a deed of its own (not a sentencing's)
FIGHT_PREPS = ("after", "in", "during")  # a release told as what a fight did: "freed ... after a gunfight"
TOLL_TYPE = "ASSAULT"  # the act a toll of killed or wounded counts
STOPPING_TYPES = frozenset({"SANCTION", "CONCEDE", "REJECT", "RETREAT"})  # acts that stop, ease or refuse another
FOLD_DEPS = frozenset({"dobj", "obj", "pobj", "nsubj", "nsubjpass", "compound", "prep", "agent",
                       "attr", "amod", "poss", "npadvmod", "nmod", "appos"})
OFFENCE_PREPS = frozenset({"with", "of"})  # "charged with", "convicted of" (not "for": "detained
# students for protests outside parliament" tells of protests that happened)
STANCE_TYPES = frozenset({"SUPPORT", "ACCUSE"})  # welcoming, praising, condemning an act named
MAX_OFFENCE_FRAMES = 2  # "on charges of two counts of murder"
SEQUENCE_MARKS = frozenset({"after", "before"})  # not "until": "refused until they cut it" is a condition
SPAN_MARKS = SEQUENCE_MARKS | {"since"}  # a clause set at another time than the act
CONTRAST_MARKS = frozenset({"while", "whereas"})  # "protested in Lahore, while others rallied in Islamabad"
CONSEQUENCE_DEPS = frozenset({"advcl", "conj", "xcomp", "ccomp", "dep"})
TOPIC_PREPS = frozenset({"on", "over", "about", "regarding", "concerning"})  # what talks are about
# what talks may be held on before it is done (a truce, a withdrawal, a release, aid, a deal);
# an attack or an arrest talked about was done, and is its own row
NEGOTIATED = frozenset({"RETREAT", "CONCEDE", "AGREE", "AID", "COOPERATE", "SUPPORT"})
# acts done, not said, whose reason a closing participle of blame may give ("expelled two diplomats,
# accusing them of spying"); a saying's blame is its own accusation
REASONED_TYPES = frozenset({"SANCTION", "COERCE", "ASSAULT", "PROTEST", "MOBILIZE"})


def _says_what_was_rejected(tok: Token, dep: str, came: Token, rejecting: Token) -> bool:
    """The mention is a clause on what a rejection's object is ("vetoed a statement condemning
    X", "a resolution that demanded a ceasefire"), or a participle the parser hung on the verb
    past a time, whose object is a text ("vetoed a joint EU statement on Tuesday condemning X")."""
    if dep in ("dobj", "obj") and came.i != tok.i and tok.dep_ in ("acl", "relcl") and tok.head.i == came.i:
        return True
    if dep in ("dobj", "obj") and came.i != tok.i and tok.pos_ == "NOUN" and tok.dep_ == "pobj" \
            and (word_class(came, "proposals") or clauses.in_words(came, "rule_texts")):
        return True  # "blocked the approval of 6.6 billion euros in military aid": the aid blocked
    return dep == "advcl" and came.i == tok.i and tok.i > rejecting.i and tok.tag_ == "VBG" \
        and tok.doc[tok.i - 1].text != "," and any(
        clauses.in_words(o, "rule_texts") or word_class(o, "discourse")
        for o in rejecting.children if o.dep_ in ("dobj", "obj"))  # (not "vetoed the resolution,
    # accusing Western countries of hypocrisy": the vetoer's own words, set off by a comma)


def _characterizes(noun: Token) -> bool:
    """An act noun bare or with "a" ("in protest", "in a major concession", "as a goodwill
    gesture"), singular: it names what the act it hangs on was, not another act it refers to."""
    return noun.tag_ == "NN" and all(c.lower_ in ("a", "an") for c in noun.children if c.dep_ == "det") \
        and not any(c.dep_ == "poss" for c in noun.children)


def _still_to_do(tok: Token) -> bool:
    """The act's clause, or its first conjunct's, says it will, may or must be done ("Hamas will
    free 50 hostages and Israel will release ...", "Hamas is to free 50 hostages")."""
    verb = clauses.clause_verb(tok)
    return any((c.dep_ == "aux" and c.lower_ in mood.OPEN_CLAUSE_AUX | OBLIGATION_WORDS)
               or (c.dep_ == "aux" and c.lower_ == "to" and v.dep_ == "xcomp" and v.head.lemma_ == "be")
               for v in (verb, first_conjunct(verb)) for c in v.children)


def _acts_carried(verb: Token, tok: Token, dep: str) -> list[Token]:
    """The acts a verb carries that a participle or a joined verb hung on it, with no subject of
    its own, tells on: a light verb's noun ("carried out strikes on Gaza, killing 12", "launched
    a raid on a camp and killed 20 fighters"; not what it prompted, "launched an attack,
    prompting French airstrikes"), the act it came under ("the convoy came under attack, killing
    nine soldiers"), and for a participle the act it tried to do ("tried to storm the residence,
    setting fire to a bus")."""
    participle = dep == "advcl" and tok.tag_ == "VBG"
    carried = [c for c in verb.children if c.dep_ == "dobj"] + prep_objects(verb, ("under",)) \
        if (participle or dep == "conj") and (light_verb(verb) or came_under(verb)) else []
    return carried + ([c for c in verb.children if c.dep_ == "xcomp" and c.i < tok.i] if participle else [])


def _saying_of(tok: Token) -> Token | None:
    """The verb of speaking whose content clause holds the act ("said that X will pay and that
    the group would continue to target ships": "said"), climbing joined and infinitive clauses."""
    cur = tok
    for _ in range(MAX_SAYING_HOPS):
        if cur.dep_ == "ccomp" and cur.head.lemma_.lower() in REPORTING_LEMMAS:
            return cur.head
        if cur.dep_ not in ("conj", "xcomp", "ccomp") or cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


class SentenceFolds(StoryTime):
    """The in-sentence folding of :class:`.happenings.Assembler`."""

    # ---------------------------------------------------------------- in one sentence
    def _sentence_owner(self, i: int, same: list[int]) -> int | None:
        """The mention in the same sentence whose happening mention ``i`` belongs to."""
        m = self.mentions[i]
        if m.nested_in is not None:
            return m.nested_in
        if m.deed:
            return None  # "accused the army of executing 20 civilians in January": told as done
        tok = m.token
        by_token = {self.mentions[j].token.i: j for j in same if j != i}
        blamed = self._blame_on_an_act(tok, m, by_token)
        if blamed is not None:
            m.nested_in = blamed  # "in the second attack blamed on leftist rebels": whom the act is
            return blamed  # laid at, told with it, no accusation voiced by anyone
        described = self._act_in_apposition(tok, by_token)
        if described is not None:
            return described
        fight = self._freed_by_a_fight(tok, m, by_token)
        if fight is not None:
            m.nested_in = fight  # "soldiers freed five of the students after a gunfight with the
            # kidnappers": the rescue is what the fight did, no release conceded; its doers the fight's
            fought = self.mentions[fight].event
            if fought.actor is None and m.event.actor is not None:
                fought.actor = copy(m.event.actor)
            return fight
        for beside in (self._offence_of, self._attached_beside, self._relative_on_its_act, self._participle_on_its_act,
                       self._toll_after_its_act, self._participle_past_an_aside, self._told_in_its_claim,
                       self._voiced_in_one_saying, self._thanked_for, self._side_taken, self._reason_given):
            sibling = beside(tok, m, by_token)
            if sibling is not None:  # (an index: 0 is a mention)
                return sibling
        cur = tok
        series = tok.dep_ == "pobj" and ((tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in SERIES) or (
            tok.head.lower_ in ("of", "in") and tok.head.head.lemma_.lower() in MEASURES))  # ("6.6 billion
        # euros in military aid": the measure's words are no hops either)
        for _ in range(MAX_FOLD_HOPS + (2 if series else 0)):  # "struck 36 targets in a second
            # wave of joint strikes": the series' words are no hops of their own
            if cur.head.i == cur.i:
                return None
            if joined_to_an_infinitive(cur) is not None:
                return None  # "Police urged residents to stay indoors and arrested 12 protesters": told
                # beside the verb that governs the infinitive, not inside what it asks
            if cur.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in SEQUENCE_MARKS for c in cur.children) \
                    and another_doing(cur):
                return None  # "arrested him a day after he led a rally", "killed three before
                # police shot him": a clause placed before or after is another happening (not
                # "killed nine soldiers after they ambushed a patrol": the killers' ambush)
            if cur.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CONTRAST_MARKS for c in cur.children) \
                    and any(c.dep_ == "nsubj" and not told_back(c) for c in cur.children) and not is_passive(cur):
                return None  # "protested in Lahore, while government supporters held a rally":
                # a clause set against the other, with doers of its own, is another happening
                # (not "four soldiers were injured while one civilian was killed": the victims)
            dep = cur.dep_
            came, cur = cur, cur.head
            j = by_token.get(cur.i)
            if j is None and tok.head.i == cur.i and not any(c.dep_.startswith("nsubj") for c in tok.children):
                j = next((by_token[c.i] for c in _acts_carried(cur, tok, dep) if c.i in by_token), None)
            if j is None and tok.head.i == cur.i and dep in ("advcl", "xcomp"):
                k = next((by_token[c.i] for c in cur.children if c.dep_ == "dobj" and c.i in by_token
                          and self.mentions[by_token[c.i]].event.plover == "PROTEST"), None)
                if k is not None and protest_says(tok, m.event, cur, self.mentions[k].event):
                    m.nested_in = k  # "announced a nationwide strike to press for the government's
                    return k  # resignation": what the strike the verb carries is held for
            if j is None:
                if tok.pos_ == "NOUN" and cur.pos_ == "VERB" and dep in ("nsubj", "nsubjpass") and cur.dep_ == "advcl":
                    return None  # "killed 300 since the protests began": the protests are the
                    # subject of their own side clause, no argument of the killing (not "will not
                    # allow attacks on our soldiers to go unanswered")
                continue
            other = self.mentions[j]
            if other.event.status == "negated":
                return None  # "no one was killed in the attack": the attack still happened
            if other.event.plover in CONTENT_HOLDERS and dep in ("ccomp", "xcomp") and tok.pos_ == "VERB":
                m.nested_in = j  # content, never the row's own reading
                return j  # "demanded that Israel withdraw": what was demanded is the demand's
            if other.event.plover == "CONSULT" and m.event.plover in NEGOTIATED and tok.pos_ == "NOUN" \
                    and tok.dep_ == "pobj" and tok.head.lower_ in TOPIC_PREPS and tok.head.head.i == other.token.i:
                m.nested_in = j  # "talks on a Gaza ceasefire", "negotiations over the withdrawal of
                return j  # troops": what is talked about, no act of its own
            if other.event.plover == "REJECT" and _says_what_was_rejected(tok, dep, came, other.token):
                m.nested_in = j  # "vetoed a joint EU statement condemning China's drills", "blocked a
                return j  # resolution calling for a ceasefire": what the thing rejected says
            if protest_says(tok, m.event, other.token, other.event) or freed_in(tok, m.event, other.token, other.event):
                m.nested_in = j  # what a protest says is what it is held for, not a statement; a
                return j  # release an attack made is no release conceded: never the row's reading
            if other.event.plover == "REQUEST" and other.token.pos_ == "NOUN" and tok.dep_ == "pobj" \
                    and tok.head.lower_ == "for" and tok.head.head.i == other.token.i:
                m.nested_in = j  # "calls for a ceasefire": what is called for is the call's
                return j
            # the verb that tells the act: its own, or the light verb that carries its noun ("rejected
            # the results and announced a boycott of parliament": "announced", joined to the other)
            doing = tok if tok.pos_ == "VERB" else came if (
                came.i != tok.i and tok.head.i == came.i and tok.dep_ == "dobj" and light_verb(came)
                and m.event.plover != other.event.plover) else None  # (not "rejected the ultimatum
            # and announced its refusal to attend": one rejection)
            if tok.pos_ == "NOUN" and tok.dep_ in FOLD_DEPS and not (doing is not None and dep == "conj") \
                    and self._folds_as_argument(tok, m, other):
                return j  # "lift sanctions", "killed in the attack", "stormed ..., triggering a siege"
            same_act = one_act(tok, dep, m.event, other.event, other.token)
            subject = next((c for w in (tok, came) for c in w.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            # (the subject of the clause the mention is the means of: "and Hungary retaliated by
            # expelling two diplomats")
            taken = taken_on_the_way(tok, m.event, other.event)
            if dep == "conj" and doing is not None and not taken \
                    and any(c.dep_ == "dobj" and not told_back(c) for c in doing.children) and (
                        measure(m.event) != measure(other.event) or (
                            (m.event.cameo or "")[:2] != (other.event.cameo or "")[:2]
                            and "ASSAULT" not in (m.event.plover, other.event.plover)
                            and any(c.dep_ == "dobj" for c in other.token.children))):
                return None  # "imposed a curfew in Kathmandu and arrested 51 people", "banned the
                # party and detained its leader": a measure and a deed done to others are two acts,
                # as are two kinds of act each on its own object ("blocked the road to Baidoa and
                # detained two aid workers", no force among them: "raided the camp and killed
                # three" is one raid; not "sentenced Dodik to a year and banned him from
                # politics", "was sentenced and banned from politics": one ruling on one person)
            if dep == "conj" and tok.pos_ == "VERB" and not told_back(subject) and not taken and (
                    counts_differ(m.event, other.event) or (subject is not None and elsewhere(m.event, other.event))):
                return None  # "Gunmen killed three in Bokkos and bandits killed five in Mangu": a
                # joined clause with a toll of its own, or doers and a place, is another act (not
                # "shot dead two militants, and four of them blew themselves up")
            if dep == "conj" and tok.pos_ == "VERB" and m.event.plover in mood.SPEECH_TYPES | {"SANCTION"} \
                    and subject is not None and subject.pos_ != "PRON" and not told_back(subject) \
                    and (tok.lemma_ != other.token.lemma_ or came.i != tok.i):
                return None  # "Lithuania and Poland condemned the arrests, and Warsaw summoned the
                # Belarusian envoy", "and Hungary retaliated by expelling two diplomats": a joined
                # clause with a doer of its own says its own thing
            if dep in CONSEQUENCE_DEPS and same_act and not aggregates.since_clause(tok) \
                    and planned(other.event) == planned(m.event) and dates_agree(m, other) \
                    and (places_agree(self.record, m.event, other.event) or self._placed_by_dateline(m, other)):
                return j  # "shot him dead, killing five" (not "attacked Kidal on Monday and Gao on
                # Wednesday", nor the start of a span: "has detained 15 ministers since it seized power")
            return None
        return None

    def _blame_on_an_act(self, tok: Token, m: Mention, by_token: dict[int, int]) -> int | None:
        """An accusation told by a bare participle on an act of force's noun, with no accuser
        ("an attack blamed on rebels", "bombings attributed to the group"; not "an attack the
        army blamed on rebels", nor "blamed by the governor on ..."): the act's."""
        if m.event.plover != "ACCUSE" or tok.dep_ != "acl" or tok.tag_ != "VBN" or tok.head.i not in by_token \
                or any(c.dep_ in ("agent", "nsubj", "nsubjpass") for c in tok.children):
            return None
        j = by_token[tok.head.i]
        return j if self.mentions[j].event.plover in FORCE_TYPES and tok.head.pos_ == "NOUN" else None

    @staticmethod
    def _act_in_apposition(tok: Token, by_token: dict[int, int]) -> int | None:
        """ "laid siege to Marawi in 2017, a five-month battle that left the city in ruins": an
        act noun set off by a comma after an act noun its verb carries (read as its apposition,
        or as a second object of the verb), no "and" between: the act told, described."""
        if tok.pos_ != "NOUN" or tok.dep_ not in ("appos", "dobj"):
            return None
        if tok.dep_ == "appos":
            return by_token.get(tok.head.i)
        doc = tok.doc
        first = next((c for c in tok.head.children if c.dep_ == "dobj" and c.i < tok.i and c.i in by_token), None)
        if first is None or doc[tok.left_edge.i - 1].text != "," \
                or any(t.dep_ == "cc" for t in doc[first.i:tok.left_edge.i]):
            return None
        return by_token[first.i]

    def _freed_by_a_fight(self, tok: Token, m: Mention, by_token: dict[int, int]) -> int | None:
        """A release ("freed", "rescued") told after or in a fight named by a word of one on its
        verb ("after a gunfight with the kidnappers", "in a raid on the hideout"): the fight's. Not
        an attack told as a time before it ("rescued 190 passengers a day after an attack on a
        train": the attack was another's)."""
        freer = eh.role_root(self.record.doc, m.event.actor)
        if m.event.cameo != RELEASE_CODE or tok.pos_ != "VERB" or freer is None \
                or not (word_class(freer, "security") or word_class(freer, "troops")):
            return None  # (a rescue by the forces who fought, not "The government released 200
            # prisoners after the battle", "Kidnappers freed 10 hostages after a gunfight")
        return next((by_token[g.i] for c in tok.children if c.dep_ == "prep" and c.lower_ in FIGHT_PREPS
                     and not any(a.dep_ in ("npadvmod", "advmod") for a in c.children)
                     for g in c.children if g.dep_ == "pobj" and g.i in by_token and g.pos_ == "NOUN"
                     and clauses.in_words(g, "freeing_fights")
                     and not any(d.dep_ == "det" and d.lower_ in ("the", "this", "that") for d in g.children)
                     and not any(d.dep_ == "prep" and d.lower_ == "between" for d in g.children)
                     and self.mentions[by_token[g.i]].event.plover == "ASSAULT"),
                    None)

    def _voiced_in_one_saying(self, tok: Token, m: Mention, by_token: dict[int, int]) -> int | None:
        """ "Saree said the U.S. and Britain 'will pay a heavy price' and that the group would
        continue to target ships": two threats (demands, accusations) told as the content of one
        saying are one act of its speaker, the first of them (not "said ... and warned ...": two
        verbs of speaking, each its own act)."""
        if m.event.plover not in VOICED_TYPES:
            return None
        saying = _saying_of(tok)
        if saying is None or saying.i in by_token:
            return None
        for i, j in sorted(by_token.items()):
            other = self.mentions[j]
            said = _saying_of(other.token)
            if i < tok.i and other.event.plover == m.event.plover and other.event.status == m.event.status \
                    and said is not None and said.i == saying.i \
                    and dates_agree(m, other) and not self._aimed_apart(m, other):
                return j
        return None

    def _aimed_apart(self, m: Mention, other: Mention) -> bool:
        """Each names its own party aimed at ("said Israel must allow aid in and that Hamas must
        release the hostages": two demands), not one or none, nor a pronoun for it, nor a thing
        the act threatened is done to ("would continue to target ships")."""
        mine, theirs = (eh.role_root(self.record.doc, x.event.target) for x in (m, other))
        if mine is None or theirs is None or "PRON" in (mine.pos_, theirs.pos_):
            return False
        return all(eh.is_party(self.record, x.event.target) for x in (m, other)) \
            and mine.lemma_.lower() != theirs.lemma_.lower()

    def _placed_by_dateline(self, *told: Mention) -> bool:
        """One of two acts told in one clause is placed only by the report's dateline: no place
        of its own to set against the other's ("MAPUTO - insurgents beheaded seven villagers and
        set fire to homes in Cabo Delgado province")."""
        return any(m.event.location is not None and at_dateline(self.record, m.event.location) for m in told)

    @staticmethod
    def _side_taken(tok: Token, m: Mention, by_token: dict[int, int]) -> int | None:
        """ "carried out an air strike ... in support of Somali forces", "marched in solidarity with
        the doctors": whose side an act was done on, hung on it (or on the light verb that carries
        it) with "in", is what it was for, no act of its own, and whom it backs no party to it."""
        if tok.dep_ != "pobj" or tok.head.lower_ != "in" or not _characterizes(tok) \
                or not clauses.in_words(tok, "sides_taken"):
            return None
        on = tok.head.head
        carried = [c for c in on.children if c.dep_ == "dobj"] if light_verb(on) else []
        owner = by_token[on.i] if on.i in by_token else next((by_token[c.i] for c in carried if c.i in by_token),
                                                             None)
        if owner is not None:
            m.nested_in = owner  # the side it was done for is no party to the act
        return owner

    def _thanked_for(self, tok: Token, m: Mention, by_token: dict[int, int]) -> int | None:
        """ "Thanked China for standing with Myanmar", "praised the envoy for supporting the talks":
        the support thanked for is the thanks' reason, told in its words, no row of its own."""
        if m.event.plover != "SUPPORT" or tok.tag_ != "VBG" or tok.dep_ not in ("pcomp", "pobj") \
                or tok.head.lower_ != "for":
            return None
        if any(g.ent_type_ == "MONEY" or word_class(g, "aid") or word_class(g, "arms")
               for p in tok.children if p.dep_ == "prep" and p.lower_ == "with" for g in p.children):
            return None  # "for backing the army with $20 million in fuel": aid given, its own act
        for reason in [tok.head, *tok.head.ancestors][:MAX_REASON_HOPS]:  # ("for supporting Myanmar
            # against interference and for standing with it": the second reason joined to the first)
            j = by_token.get(reason.head.i) if reason.lower_ == "for" and reason.dep_ in ("prep", "conj") else None
            if j is not None and self.mentions[j].event.plover == "SUPPORT":
                m.nested_in = j
                return j
        return None

    def _reason_given(self, tok: Token, m: Mention, by_token: dict[int, int]) -> int | None:
        """ "ordered two Chadian diplomats to leave, accusing them of contacts with rebels", "arrested
        the editor, accusing him of spreading false news": blame told by a closing participle with
        no subject of its own, on an act done (not said), is the reason its doer gave for it, no
        accusation of its own (word set ``reasons_voiced``), when it names whom the act was done to
        (:meth:`_blamed_for_it`)."""
        if m.event.plover != "ACCUSE" or tok.tag_ != "VBG" or tok.dep_ != "advcl" or subject_child(tok) is not None \
                or not clauses.in_words(tok, "reasons_voiced"):
            return None
        j = by_token.get(tok.head.i)
        if j is None:
            return None
        owner = self.mentions[j].event
        if owner.plover not in REASONED_TYPES or owner.status == "negated" or planned(owner) != planned(m.event) \
                or not self._blamed_for_it(tok, owner):
            return None
        m.nested_in = j  # what the act was done for, never the row's reading
        return j

    def _blamed_for_it(self, blaming: Token, owner: Event) -> bool:
        """Whom the blame names is whom the act was done to, named again by a pronoun, its word or its
        name ("expelled two diplomats, accusing them", "sanctioned Kabarebe, accusing Kabarebe"), or
        anyone a protest that names no target is held against ("rallied outside parliament, accusing
        Jakarta"); not a third party ("pulled out of the truce, accusing the army of violations",
        "fired tear gas at the crowd, blaming protesters": an accusation of its own)."""
        blamed = next((c for c in blaming.children if c.dep_ in ("dobj", "obj")), None)
        done_to = eh.role_root(self.record.doc, owner.target)
        if blamed is None:
            return False
        if blamed.pos_ == "PRON" or (owner.plover == "PROTEST" and done_to is None):
            return True
        named = self.record.entity_at(blamed.idx, blamed.idx + len(blamed.text))
        return done_to is not None and (done_to.lemma_.lower() == blamed.lemma_.lower() or (
            named is not None and owner.target is not None and named.id == owner.target.entity))

    def _offence_of(self, tok: Token, m: Mention, by_token: dict[int, int]) -> int | None:
        """ "charged him with murder", "arrested on suspicion of murder", "charged with two
        counts of attempted murder": a bare event noun naming the offence of a legal act is
        what the act is about, its content, never a second happening nor the row's reading
        (the parser lends it the charge's doers). The phrase may pass through nouns that
        frame an offence ("counts of", "suspicion of"), or be a gerund's ("charged two men with
        attacking a synagogue", "with ordering the killings of civilians")."""
        first = first_conjunct(tok)  # "charged with murder and kidnapping": the offences share the phrase
        if first.dep_ == "dobj" and first.head.dep_ == "pcomp":
            first = tok = first.head  # the gerund names the offence, whatever its object's article
        if not (first.dep_ == "pobj" and tok.pos_ == "NOUN" or first.dep_ == "pcomp" and tok.pos_ == "VERB") \
                or first.head.lower_ not in OFFENCE_PREPS:
            return None
        cur = first.head.head
        for _ in range(MAX_OFFENCE_FRAMES + 1):
            j = by_token.get(cur.i)
            if j is None:  # "found him guilty of murder": on a word of the act's own phrase
                j = next((k for k in by_token.values() if self.mentions[k].event.trigger.start <= cur.idx
                          < self.mentions[k].event.trigger.end), None)
            if j is not None:
                if not names_offence(tok, self.mentions[j].event) or self.mentions[j].event.status == "negated" \
                        or (tok.pos_ == "VERB" and (self.mentions[j].event.cameo not in RULING_CODES
                                                    or dated_deed(m, self.mentions[j]))):
                    return None  # a gerund only under a charge or a verdict (not "accused of shooting two
                    # people", an accusation's content as before), and not a deed told with its own day
                    # ("charged on Friday with murdering three girls in Southport on Monday")
                m.nested_in = j
                return j
            if not clauses.in_words(cur, "offence_frames") or cur.dep_ != "pobj" or cur.head.dep_ != "prep":
                return None
            cur = cur.head.head
        return None

    def _attached_beside(self, tok: Token, m: Mention, by_token: dict[int, int]) -> int | None:
        """ "followed the killing of X in an airstrike": the parser hangs the phrase on the
        verb above the event noun; a same-kind act in it is still that event's means."""
        if tok.pos_ != "NOUN" or tok.dep_ != "pobj" or tok.head.dep_ != "prep":
            return None
        verb = tok.head.head
        if verb.i in by_token:
            return None  # the verb is itself a trigger: the walk up the parse decides
        for c in verb.children:
            j = by_token.get(c.i)
            if j is not None and c.dep_ in ("dobj", "nsubj", "nsubjpass") and c.pos_ == "NOUN" \
                    and self.mentions[j].event.status != "negated" \
                    and self._folds_as_argument(tok, m, self.mentions[j]):
                target = m.event.target
                if target is not None and target.span.start <= c.idx < target.span.end:
                    m.event.target = None  # the parser read the act it serves as its target
                return j
        return None

    def _participle_past_an_aside(self, tok: Token, m: Mention, by_token: dict[int, int]) -> int | None:
        """ "ambushed a convoy escorted by a militia that fights alongside the army, killing six":
        the parser hangs a closing participle on a present-tense description of a party; it
        tells what the act before that aside did."""
        aside = tok.head
        if tok.dep_ != "advcl" or tok.tag_ != "VBG" or any(c.dep_.startswith("nsubj") for c in tok.children) \
                or aside.dep_ not in ("relcl", "acl") or aside.tag_ not in ("VBZ", "VBP"):
            return None  # (a habit the aside tells, "that fights alongside the army", is no act it did)
        j = next((by_token[a.i] for a in aside.ancestors if a.i in by_token), None)
        if j is None:
            return None
        other = self.mentions[j]
        if one_act(tok, "advcl", m.event, other.event, other.token) and planned(other.event) == planned(m.event) \
                and dates_agree(m, other) and places_agree(self.record, m.event, other.event):
            return j
        return None

    def _told_in_its_claim(self, tok: Token, m: Mention, by_token: dict[int, int]) -> int | None:
        """ "The Houthis claimed the attack, saying they had fired two missiles at the vessel":
        the act a claim's own words tell is the act claimed (not "claimed the attack, and
        vowed to strike again": a threat; nor an act of another kind)."""
        if tok.pos_ != "VERB" or tok.dep_ != "ccomp" or tok.head.dep_ != "advcl" \
                or tok.head.lemma_.lower() not in REPORTING_LEMMAS or planned(m.event) \
                or m.date_from_text or m.event.location is not None \
                or any(c.dep_ == "advmod" and c.lower_ in LATER_WORDS | {"also", "again"} for c in tok.children):
            return None  # ("saying its fighters had also abducted two aid workers in Baidoa on
            # Thursday": another act, with a day and a place of its own)
        verb = tok.head.head
        j = next((by_token[c.i] for c in verb.subtree if c.i in by_token and clauses.claimed(c)
                  and clauses.claiming_verb(c) == verb), None)
        if j is None or self.mentions[j].event.plover != m.event.plover:
            return None
        if any(c.i in by_token for c in tok.subtree if c.i != tok.i):
            return None  # ("fired rockets in retaliation for the killing of a commander": acts of
            # its own inside)
        doer = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        claimer = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if doer is not None and not (doer.pos_ == "PRON" or any(
                c.dep_ == "poss" and c.lower_ in clauses.OWNER_PRONOUNS for c in doer.children)
                or (claimer is not None and doer.lemma_ == claimer.lemma_)):
            return None  # "claimed the attack, saying Israeli forces had shelled its positions":
            # the other side's act
        m.in_content = True  # the claimed act's own telling: the act named back heads the row
        return j  # and joins the one told before; the telling's parties fill its gaps

    def _toll_after_its_act(self, tok: Token, m: Mention, by_token: dict[int, int]) -> int | None:
        """ "was arrested on Wednesday after he attacked worshippers, wounding three": the parser
        hangs the toll's participle on the main verb, an act of another kind; it tells the attack
        told just before it in a clause of that verb."""
        if tok.dep_ != "advcl" or tok.tag_ != "VBG" or KIND_BY_LEMMA.get(tok.lemma_.lower()) not in TOLL_KINDS \
                or any(c.dep_.startswith("nsubj") for c in tok.children):
            return None
        head = by_token.get(tok.head.i)  # (a toll is an attack's, whatever type the sentence
        # lent the participle: "arrested a man after he stabbed a priest, wounding four")
        if head is None or self.mentions[head].event.plover == TOLL_TYPE:
            return None
        before = [c for c in tok.head.children if c.dep_ == "advcl" and c.i < tok.i and c.i in by_token
                  and self.mentions[by_token[c.i]].event.plover == TOLL_TYPE]
        if not before:
            return None
        doer, main = m.event.actor, self.mentions[head].event.actor
        if doer is not None and main is not None and doer.span == main.span:
            m.event.actor = None  # the parser lent it the arrest's doer ("Police"), not the attacker
        return by_token[before[-1].i]

    def _relative_on_its_act(self, tok: Token, m: Mention, by_token: dict[int, int]) -> int | None:
        """ "a suicide bombing at a mosque in Peshawar that killed 14": the parser hangs the
        toll's relative clause on the last noun, a site or a place; it tells the act whose
        phrase that noun is in (not "the militia that killed five": a party's own act)."""
        if tok.dep_ != "relcl" or KIND_BY_LEMMA.get(tok.lemma_.lower()) not in TOLL_KINDS \
                or not any(c.dep_ == "nsubj" and c.lower_ in ("that", "which") for c in tok.children):
            return None
        cur = tok.head
        own = by_token.get(cur.i)  # "the 2015 Ankara bombing that killed more than 100": the act
        if own is not None:  # noun itself, though its phrase lies in another act's, but not in
            # another act's words ("blames the militia for a drone attack on Tuesday that wounded
            # four soldiers", "protested over the shooting that killed a driver": a deed of its own)
            told = self._governing(cur, by_token, ARGUMENT_DEPS)
            if told is not None and self.mentions[told].event.plover in SPOKEN_ABOUT:
                return None
        elif clauses.party_word(cur) and cur.ent_type_ not in PLACE_ENTS:
            return None
        else:
            own = self._governing(cur, by_token, PHRASE_DEPS)
        if own is None:
            return None
        owner = self.mentions[own]
        kinds = (owner.event.plover, m.event.plover)  # ("a raid in December that killed 17 soldiers":
        # the operation the killing was done in)
        operation = kinds[0] in OPERATION_TYPES and kinds[1] == TOLL_TYPE
        return own if owner.token.pos_ == "NOUN" and (kinds[0] == kinds[1] or operation) else None

    def _participle_on_its_act(self, tok: Token, m: Mention, by_token: dict[int, int]) -> int | None:
        """ "talks hosted by Charles Michel", "a prisoner swap mediated by the UAE": a passive
        participle of the same kind on the act noun says who held it, no second act."""
        if tok.dep_ != "acl" or tok.tag_ != "VBN":
            return None
        own = by_token.get(tok.head.i)
        if own is None or self.mentions[own].event.plover != m.event.plover:
            return None
        return own

    @staticmethod
    def _governing(noun: Token, by_token: dict[int, int], deps: tuple[str, ...]) -> int | None:
        """The mention whose phrase a noun lies in, a few phrases (``deps``) up ("over the bombing")."""
        cur = noun
        for _ in range(MAX_FOLD_HOPS):
            if cur.dep_ not in deps or cur.head.i == cur.i:
                return None
            cur = cur.head
            if cur.i in by_token:
                return by_token[cur.i]
        return None

    @staticmethod
    def _folds_as_argument(tok: Token, m: Mention, owner: Mention) -> bool:
        """An event noun is part of the act it is an argument of ("lift sanctions", "Airstrikes
        kill"); one in a phrase of reason or time ("arrested over the attack") is another act,
        unless it is the same kind ("killed in the attack") or an operation the killing was done
        in: "killed three men during a raid" is one raid, not a killing and a raid."""
        if tok.dep_ != "pobj":
            # "Egypt welcomed the release of 12 fishermen by Libyan authorities": an act a stance
            # is taken on, told with its own doer, was done by others: a row of its own; "signed
            # the accord, the seventh round since the government relaunched talks": the object of a
            # clause set at another time, with a subject of its own, is that clause's
            carrier = tok.head
            return not (owner.event.plover in STANCE_TYPES and tok.pos_ == "NOUN"
                        and any(c.dep_ == "prep" and c.lower_ == "by" for c in tok.children)) \
                and not (carrier.i != owner.token.i and carrier.dep_ == "advcl" and subject_child(carrier) is not None
                         and any(c.dep_ == "mark" and c.lower_ in SPAN_MARKS for c in carrier.children))
        prep = tok.head.lower_
        if prep in ("of", "from") and owner.event.plover in ("SANCTION", "REJECT") and word_class(tok, "negotiations") \
                and owner.token.i in (tok.head.head.i, tok.head.head.head.i):
            return True  # "pulled out of the peace talks", "walked out of the talks": the talks left
        if prep == "of" and tok.head.head.i == owner.token.i and owner.token.pos_ == "NOUN" \
                and owner.event.plover in STOPPING_TYPES:
            return True  # "the suspension of aid": what is stopped, as "suspended aid" (not "the
            # shelling of a rally": the rally was held)
        if prep in ("in", "as") and tok.head.head.i == owner.token.i and _characterizes(tok) \
                and owner.event.plover not in FORCE_TYPES:
            return True  # "resigned in protest", "withdrew the bill in a major concession": what
            # the act told by the verb was, in a noun (not "killed in the protest", "injured in an
            # earlier protest": force used where another act went on)
        if prep in ("in", "during") and m.event.plover in OPERATION_TYPES and owner.event.plover == "ASSAULT":
            return True  # the killing is the raid's (not "arrested two men during an attack")
        if prep in ("in", "during") and tok.head.head.i == owner.token.i and m.event.plover == "ASSAULT" \
                and owner.event.cameo == OCCUPY_CODE:
            return True  # "took full control of the region in a one-day offensive": the ground taken
            # is what the offensive did
        if prep == "for" and tok.head.head.i == owner.token.i and clauses.in_words(owner.token, "purpose_journeys") \
                and m.event.plover == owner.event.plover:
            return True  # "will travel to Doha next week for talks": one visit, for the talks
        return prep in ("in", "during", "with", "by", "of") and m.event.plover == owner.event.plover

    def _fold_sentences(self) -> list[Happening]:
        by_seg: dict[int, list[int]] = {}
        for i, m in enumerate(self.mentions):
            by_seg.setdefault(m.segment, []).append(i)
        owner = list(range(len(self.mentions)))
        for same in by_seg.values():
            for i in same:
                j = self._sentence_owner(i, same)
                if j is not None and self.mentions[i].event.status != "negated":
                    owner[i] = j
        for i in range(len(owner)):  # what hangs on a statement's content is content too ("denied
            # that they had attacked a convoy, saying troops carried out the ambush")
            seen, k = {i}, owner[i]
            while k not in seen and self.mentions[k].nested_in is None and owner[k] != k:
                seen.add(k)
                k = owner[k]
            if k != i and self.mentions[k].nested_in is not None and self.mentions[i].nested_in is None:
                self.mentions[i].in_content = True  # (its parties still fill gaps in the row's)
        for m in self.mentions:
            accord = clauses.under_terms(m.token)
            if accord is not None and clauses.named_back(accord) and _still_to_do(m.token) \
                    and not m.date_from_text \
                    and not any(c.dep_ in ("amod", "compound", "nummod", "npadvmod") for c in accord.children) \
                    and any(o.segment < m.segment and o.event.plover == "AGREE" for o in self.mentions):
                m.in_content = m.term = True  # "Israel and Hamas agreed to a truce. Under the deal, Hamas
                # will free 50 hostages": a term of the accord told before, no act of its own (not
                # "Under the deal, Hamas freed 24 hostages on Friday": done; nor "under the 2015 deal")
        for i in range(len(owner)):  # follow chains to the top, never round a cycle
            seen = {i}
            while owner[owner[i]] != owner[i] and owner[owner[i]] not in seen:
                seen.add(owner[i])
                owner[i] = owner[owner[i]]
        units: dict[int, Happening] = {}
        for i in range(len(self.mentions)):
            units.setdefault(owner[i], Happening()).members.append(i)
        for root, unit in units.items():  # the governing mention first
            unit.members.sort(key=lambda k: (k != root, k))
        return sorted(units.values(), key=lambda u: self.mentions[u.members[0]].token.i)
