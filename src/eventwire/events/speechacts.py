"""Acts read from how a statement is put, not from a trigger word of the lexicon.

"X called the report false" rejects it and "X called it an aggression" condemns it; "It would
be an outrage," X said criticises; "expressed disappointment at the ruling" criticises; "China
must drop its barriers," X said demands. The verb that tells them is a reporting or naming
verb the lexicon lists for nothing, so the readers here run after :func:`.triggers.find_candidates`
on the tokens it left, and the complement's words (VADER valences, word classes) say which act.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from ..nlp.syntax import doc_text
from .cameo import VERBAL_DEFENCE_CODE
from .clauses import conditions, in_words, paired_parties
from .clausewords import (
    NAMING_VERBS,
    OBLIGATION_WORDS,
    REPORTING_LEMMAS,
    given_a_name,
    naming_complement,
    needed,
    prep_objects,
    word_class,
)
from .lexicon import WORD_CLASSES, LexEntry, event_noun, valences
from .lexicon import words as word_set
from .status import FUTURE_AUX
from .tellingtime import quoted
from .triggers import Candidate, Segment

__all__ = ["displeased", "felt_at", "reported_obligation", "with_speech_acts"]

OBLIGATION_CODE = "100"  # CAMEO: make a demand / request
OBLIGATION_WEIGHT = 0.7  # a reported obligation is a demand less surely than "demanded" is
DENIAL_CODE = "120"  # CAMEO: reject
CHARACTERIZATION_CODES = (("denial", DENIAL_CODE), ("condemnation", "111"))  # reject; denounce
CHARACTERIZATION_WEIGHT = 0.8
ASSAILING_NOUNS = frozenset({"attack", "assault", "blow", "threat", "insult"})  # said of an act on what all hold
CRITICISM_VALENCE = -1.5  # a complement at least this bad criticises (VADER: "mistake" -1.4,
CRITICISM_CODE = "111"  # "error" -1.7, "disgrace" -2.2)
VOICING_VERBS = frozenset({"express", "voice"})  # "expressed disappointment", "voiced anger"
FELT_AT_PREPS = ("at", "over", "with", "about", "by")  # what a voiced feeling is felt at
SPEAKER_PRONOUNS = frozenset("i we me us".split())  # a reported "we are" tells the speaker's own state
THEY = frozenset({"they", "them"})  # residents as often as a government: no party said to feel it
SELF_PRONOUNS = frozenset("himself herself itself themselves myself ourselves".split())
JUDGED_CLASSES = ("policy", "claims", "legislation", "verdicts")  # a measure, a claim or a court's verdict, judged by
# calling it bad ("called the conviction an outrage")
# what an adjective on it judges ("a cowardly act", "a fraudulent vote")
JUDGED_NOUNS = frozenset("act move step decision action attack vote election referendum".split()) | word_set("accords")
JUDGING_LEMMAS = REPORTING_LEMMAS | frozenset("comment write rule find".split())  # "ruled it was unlawful"
# the word classes that judge of themselves, said of anything: a falsehood, a wrong, an outrage
VERDICT_CLASSES = ("denial", "condemnation", "displeasure")
CLAIM_CLASSES = ("claims", "verdicts", "remarks")  # what a falsehood is said of: reports, charges, accusations


def with_speech_acts(doc: Doc, segs: list[Segment], cands: list[Candidate]) -> list[Candidate]:
    """The lexicon's candidates with the acts read from statements added, each segment's
    after its own lexicon triggers, on tokens no trigger holds."""
    used = {t.i for c in cands for t in (c.token, *c.extra_tokens)}
    by_seg: dict[int, list[Candidate]] = {}
    for c in cands:
        by_seg.setdefault(c.segment.start, []).append(c)
    out: list[Candidate] = []
    for seg in segs:
        span = list(seg.tokens(doc))  # each reader walks the words: made once, not once per reader
        out += by_seg.get(seg.start, [])
        out += _reported_obligations(span, used, seg)
        out += _characterizations(span, used, seg)
        out += _displeasures(span, used, seg)
        out += _reported_judgements(span, used, seg)
        out += _reported_threats(span, used, seg)
        out += _reported_approvals(span, used, seg)
        out += _reported_needs(span, used, seg)
    return out


def _characterizations(span: Sequence[Token], used: set[int], seg: Segment) -> list[Candidate]:
    """ "X called the allegations baseless" rejects them; "X called it an aggression"
    condemns it: the complement, not the verb, says which (CAMEO 120, 111)."""
    found = []
    for tok in span:
        if tok.i in used or tok.pos_ != "VERB" or tok.lemma_.lower() not in NAMING_VERBS or given_a_name(tok):
            continue
        comp = naming_complement(tok)
        obj = next((c for c in tok.children if c.dep_ in ("dobj", "obj")), None)
        code = None if comp is None or obj is None else _verdict(obj, comp, _referent(tok, obj))
        if code is None:
            continue
        entry = LexEntry(tok.lemma_.lower(), "V", code, weight=CHARACTERIZATION_WEIGHT)
        found.append(Candidate(tok, entry, code, seg))
        used.add(tok.i)
    return found


def felt_at(verb: Token) -> list[Token]:
    """What a feeling voiced is felt at: "expressed disappointment at the court's ruling",
    "was disappointed by the decision"."""
    feeling = next((c for c in verb.children if c.dep_ in ("dobj", "obj")), None)
    found = [] if feeling is None else prep_objects(feeling, FELT_AT_PREPS)
    return found + prep_objects(verb, FELT_AT_PREPS)


def displeased(tok: Token) -> bool:
    """A party said to feel displeasure: "the EU was disappointed with the ruling", "Germany
    was angered by Moscow's decision" (the feeling's adjective or passive, with a subject)."""
    if tok.lower_ not in word_set("displeased"):
        return False
    if not ((tok.pos_ == "ADJ" and tok.dep_ == "acomp") or any(c.dep_ == "auxpass" for c in tok.children)):
        return False  # not "Biden angered Netanyahu with his decision": the one who angers accuses no one
    clause = tok.head if tok.dep_ == "acomp" else tok
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and (subj.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")  # not "investors"
                                 or (subj.pos_ == "PRON" and subj.lower_ not in THEY)
                                 or subj.lemma_.lower() in word_set("institutions"))


def _voiced(tok: Token) -> bool:
    """ "expressed disappointment", "voiced anger": a feeling of displeasure voiced."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in VOICING_VERBS:
        return False
    feeling = next((c for c in tok.children if c.dep_ in ("dobj", "obj")), None)
    return feeling is not None and word_class(feeling, "displeasure")


def _displeasures(span: Sequence[Token], used: set[int], seg: Segment) -> list[Candidate]:
    """ "The EU expressed disappointment at the court's ruling", "Germany voiced anger at
    Moscow", "the U.S. was disappointed by the parliament's decision": displeasure voiced at
    a party or at what a party decided criticises it (111); not frustration with the
    weather, the economy or oneself, nor outrage at a killing (the killing is the row)."""
    found = []
    for tok in span:
        if tok.i in used or not (_voiced(tok) or displeased(tok)):
            continue
        at = felt_at(tok)
        acts = [t for t in at if event_noun(t) and not any(word_class(t, c) for c in JUDGED_CLASSES)]
        if acts or not any(_judged(t) and t.lower_ not in SELF_PRONOUNS for t in at):
            continue
        entry = LexEntry(tok.lemma_.lower(), "V", CRITICISM_CODE, weight=CHARACTERIZATION_WEIGHT)
        found.append(Candidate(tok, entry, CRITICISM_CODE, seg))
        used.add(tok.i)
    return found


def _referent(verb: Token, obj: Token) -> Token:
    """ "commented on the agreement, calling it 'ridiculous'": the "it" of a participle that
    goes on from a clause is that clause's object, what the words judge."""
    if obj.lower_ != "it" or verb.dep_ != "advcl" or verb.head.i == verb.i:
        return obj
    held = [c for c in verb.head.children if c.dep_ in ("dobj", "obj") and c.pos_ == "NOUN"]
    held += [g for c in verb.head.children if c.dep_ == "prep" for g in c.children
             if g.dep_ == "pobj" and g.pos_ == "NOUN"]
    return held[0] if len(held) == 1 else obj


def _verdict(obj: Token, comp: Token, about: Token | None = None) -> str | None:
    """What calling ``obj`` ``comp`` does: rejects it ("baseless", 120), condemns it ("an act
    of aggression", 111), or criticises it by the words' sentiment (111); None when it does none.
    ``about`` is what "it" stands for, which only tells a claim denied from an act judged."""
    about = about if about is not None else obj
    if comp.lemma_.lower() in ASSAILING_NOUNS and any(
            in_words(g, "public_goods") for g in prep_objects(comp, ("on", "to", "against"))):
        return CRITICISM_CODE  # "an attack on democracy", "a blow to press freedom"
    said = [comp, *comp.conjuncts]  # "null and void and geographically ridiculous"
    words = {c.lemma_.lower() for c in said}
    if comp.lemma_.lower() in JUDGED_NOUNS:  # "a cowardly act", "an act of aggression" (not
        # "illegal aliens"); the parser may hang the adjective as an adverb ("a 'dastardly act'")
        words |= {c.lemma_.lower() for c in comp.children if c.dep_ in ("amod", "advmod")}
        words |= {g.lemma_.lower() for c in comp.children if c.dep_ == "prep" and c.lower_ == "of"
                  for g in c.children if g.dep_ == "pobj"}
    code = next((c for cls, c in CHARACTERIZATION_CODES if words & WORD_CLASSES[cls]), None)
    if code == DENIAL_CODE and about.pos_ not in ("PRON", "DET") and not _a_claim(about):
        code = _judgement(about, comp, words) or code  # "called the agreement ridiculous"
        # criticises a party's act; "called the reports ridiculous" rejects them
    return code if code is not None else _judgement(obj, comp, words)


def _a_claim(tok: Token) -> bool:
    """What a falsehood is said of: a report, a charge, an accusation."""
    return any(word_class(tok, c) for c in CLAIM_CLASSES)


def _reported_judgements(span: Sequence[Token], used: set[int], seg: Segment) -> list[Candidate]:
    """ "It would be a constitutional outrage," Hammond said; the court ruled the prorogation
    was unlawful: a reported clause that calls a party or its act wrong says what "X called it
    an outrage" says (one verdict for both, :func:`_reported_verdict`). Not when the sentence
    tells an act of its own there (the act keeps its row: "ruled the ban was illegal", "said
    the verdict was unjust and urged them to free him"), nor a clause denied."""
    found = []
    for tok in span:
        if tok.i in used or tok.pos_ != "VERB" or tok.lemma_.lower() not in JUDGING_LEMMAS \
                or any(t.i in used for t in tok.subtree):
            continue
        for clause in (c for c in tok.children if c.dep_ == "ccomp" and c.lemma_.lower() == "be"):
            subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            comp = next((c for c in clause.children if c.dep_ in ("attr", "acomp")), None)
            if subj is None or comp is None or comp.tag_ == "VBN" or subj.lower_ in SPEAKER_PRONOUNS \
                    or _denied(clause, subj):
                continue
            code = _reported_verdict(subj, comp)
            if code is None:
                continue
            entry = LexEntry(tok.lemma_.lower(), "V", code, weight=CHARACTERIZATION_WEIGHT)
            found.append(Candidate(tok, entry, code, seg))
            used.add(tok.i)
            break
    return found


def _reported_verdict(subj: Token, comp: Token) -> str | None:
    """What a reported "X is Y" says of X, more narrowly than a naming verb: told of "it",
    "this" or "that", only a word for a wrong, a falsehood or an outrage judges ("this is
    unacceptable", "it would be an outrage"; not "it was an accident", "it will be a
    disaster", "it is hell"); a falsehood only of a claim ("the reports are false", not "the
    passports were false"); a bad adjective only of an act or measure ("the ban was illegal",
    not "the people who arrived were illegal"); a bad noun of a party or its act ("this man
    is a terrorist")."""
    code = _verdict(subj, comp)
    if code is None:
        return None
    said = [comp, *(c for c in comp.children if c.dep_ in ("amod", "conj"))]
    said += [g for c in said[1:] for g in c.children if g.dep_ == "conj"]  # "a dangerous and irresponsible way"
    named = next((cls for cls in VERDICT_CLASSES for w in said if word_class(w, cls)), None)
    if subj.pos_ in ("PRON", "DET"):
        return code if named is not None else None
    if named == "denial":
        return code if _a_claim(subj) else None
    if comp.pos_ == "ADJ":
        return code if _measure(subj) else None
    return code


def _denied(clause: Token, subj: Token) -> bool:
    """ "it is not a crime", "no one is to blame", "not every corrupt act is a crime"."""
    return any(c.dep_ == "neg" for c in clause.children) or any(
        t.lower_ in ("not", "no", "never", "nothing") for t in subj.subtree)


def _measure(subj: Token) -> bool:
    """A party's act or measure, which a bad adjective judges ("the decision was reckless")."""
    return subj.lemma_.lower() in JUDGED_NOUNS or any(word_class(subj, c) for c in JUDGED_CLASSES)


def _judgement(obj: Token, comp: Token, words: set[str]) -> str | None:
    """What a naming verb's complement says of its object when no word class does, by its
    words' sentiment: "called the vote a disgrace" criticises (111). Not a name given to a
    thing ("what officials described as high-threat aliens", "what we call contagion") unless
    it charges someone's act ("what he called the president's failure to govern"), nor
    a bad thing called bad ("called the fire a tragedy", "called the crisis the worst in the
    world"): that mourns or describes. An adjective on people classifies them ("described
    them as illegal migrants"). Praise is left alone: a kind word ("called him a friend") is
    too often no act of support."""
    if words & WORD_CLASSES["grief"]:
        return None
    if obj.tag_ in ("WP", "WDT") and not any(c.dep_ == "poss" and _someone(c) for c in comp.children):
        return None  # "what he called the president's failure to govern" charges the president
    if valences().get(obj.lemma_.lower(), 0.0) < 0 or not _judged(obj):
        return None
    if not _someone(comp):
        words = words | {c.lemma_.lower() for c in comp.children if c.dep_ in ("amod", "compound")}
    scores = [valences().get(w, 0.0) for w in words] + [valences().get(comp.lower_, 0.0)]
    return CRITICISM_CODE if min(scores) <= CRITICISM_VALENCE else None


def _judged(obj: Token) -> bool:
    """What calling bad criticises: a party, or what a party did, decided or put forward ("the
    vote", "the law", "the move", "the report", "Trump's action", "it"); not a state of things
    ("described the situation as dire", "the talks as difficult") nor a violent act told
    ("described the shelling as terrifying": the witness tells how it was)."""
    lemma = obj.lemma_.lower()
    return (_someone(obj) or lemma in JUDGED_NOUNS or lemma in word_set("authored")
            or lemma in word_set("institutions") or any(word_class(obj, c) for c in JUDGED_CLASSES)
            or any(c.dep_ == "poss" and _someone(c) for c in obj.children)) and not (
            obj.pos_ == "PRON" and obj.lower_ in ("them", "him", "her"))


def _someone(tok: Token) -> bool:
    """A named party or a person ("the president", "Trump", "he")."""
    return tok.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or tok.pos_ == "PRON" or word_class(tok, "person") \
        or tok.lemma_.lower() in word_set("person_nouns")


THREAT_CODE = "130"  # CAMEO: threaten
FORCE_THREAT_CODE = "138"  # CAMEO: threaten with military force
TELLING = REPORTING_LEMMAS | frozenset({"write", "tweet", "post"})  # what a threat or a need is told by
THREAT_WEIGHT = 1.0  # read off the parse: as sure as "threatened" is
ALL_WE_HAVE = frozenset("everything all might".split())  # "respond with everything we have"


def _told_by(clause: Token) -> Token | None:
    """The reporting verb a clause is the content of ("'X will pay,' the spokesman said"), when
    its speaker may be a party (not "analysts said": a forecast)."""
    if clause.dep_ not in ("ccomp", "conj") or clause.head.i == clause.i:
        return None
    head = clause.head
    if clause.dep_ == "conj":  # "Either ..., or we will bring the country to a standstill"
        return _told_by(head)
    if head.lemma_.lower() not in TELLING or (head.tag_ == "VBG" and head.dep_ in ("advcl", "xcomp")):
        return None  # (not "rejected the criticism, telling RTV that the decree was lawful": the
        # rejection's own words, not a second act)
    if any(outside_voice(s) for s in head.children if s.dep_ == "nsubj"):
        return None
    return head


def outside_voice(speaker: Token) -> bool:
    """A speaker who forecasts or comments rather than acts ("analysts said", "Greek daily
    Kathimerini said"): what it says will come or is needed is no threat or demand."""
    return in_words(speaker, "outside_voices") or any(
        c.dep_ in ("compound", "amod", "appos") and in_words(c, "outside_voices") for c in speaker.children)


def _party_speaker(verb: Token) -> bool:
    """The reporting verb's speaker may be a party: a named person, body or state, an office or
    a political word ("the minister said", "the agency said"; not "a think tank argued")."""
    return any(s.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or in_words(s, "political_words")
               or word_class(s, "guests") or in_words(s, "offices") for s in verb.children if s.dep_ == "nsubj")


def _future(verb: Token) -> bool:
    """A future told plainly ("will pay"; "would" only as the future of a past report)."""
    return any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX - {"would"} for c in verb.children)


def _negated(verb: Token) -> bool:
    return any(c.dep_ == "neg" for c in verb.children)


def _threat_code(verb: Token) -> str | None:
    """What a reported future clause threatens, or None: harm answered ("we will respond",
    "will retaliate", "will be crushed"), a price to pay ("Ankara will pay dearly", "will pay
    a heavy price"), consequences ("there will be consequences"), a response met with ("any
    provocation will be met with a decisive military response"), force not hesitated over
    ("will not hesitate to use nuclear weapons")."""
    lemma = verb.lemma_.lower()
    objs = [c for c in verb.children if c.dep_ in ("dobj", "attr")]
    if _negated(verb):
        if lemma == "hesitate":
            for act in (c for c in verb.children if c.dep_ == "xcomp"):
                used = [o for o in act.children if o.dep_ == "dobj"]
                if in_words(act, "response_verbs") or in_words(act, "harm_verbs") \
                        or (act.lemma_.lower() == "use" and any(in_words(o, "forceful_uses") for o in used)):
                    return FORCE_THREAT_CODE
        return None
    if in_words(verb, "response_verbs") and lemma != "answer":
        subj = [c for c in verb.children if c.dep_ == "nsubj"]
        forceful = any(c.dep_ == "advmod" and in_words(c, "forceful_manners") for c in verb.children) \
            or any(g.lower_ in ALL_WE_HAVE or in_words(g, "threat_outcomes")
                   for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children)
        provoked = bool(conditions(verb))
        if forceful or (provoked and subj and subj[0].lower_ in SPEAKER_PRONOUNS):
            return FORCE_THREAT_CODE  # "if they cross that line, we will respond with everything we have",
            # "Iran will respond decisively" (not "we will respond to the letter", "with a detailed plan")
    if lemma == "use" and any(o.lemma_.lower() == "force" or in_words(o, "forceful_uses") for o in objs) \
            and any(c.dep_ == "prep" and c.lower_ == "against" for c in verb.children):
        return FORCE_THREAT_CODE  # "will use the full force of the law against anyone who blocks the roads"
    if in_words(verb, "harm_verbs") and any(c.dep_ in ("nsubjpass", "dobj") for c in verb.children):
        return FORCE_THREAT_CODE  # "Taiwan independence forces will be crushed"
    if lemma == "pay" and any(_a_party(s) for s in verb.children if s.dep_ == "nsubj") and (
            any(o.lemma_.lower() == "price" and not any(c.tag_ in ("JJR", "RBR") for c in o.children) for o in objs)
            or any(c.dep_ == "advmod" and c.lower_ == "dearly" for c in verb.children)):
        return THREAT_CODE  # "Ankara will pay dearly" (not "customers will pay a higher price", "you
        # will pay the price", "taxpayers will pay dearly": no party made to pay)
    if lemma == "be" and any(c.dep_ == "expl" for c in verb.children) and any(
            o.lemma_.lower() in ("consequence", "retaliation", "reprisal")
            and not any(c.dep_ == "det" and c.lower_ == "no" for c in o.children)
            and all(_a_party(g) for p in o.children if p.dep_ == "prep" and p.lower_ == "for"
                    for g in p.children if g.dep_ == "pobj")
            for o in objs):
        return THREAT_CODE  # "there will be consequences" (not "consequences for the economy", "no
        # consequences")
    if lemma == "meet" and any(c.dep_ == "auxpass" for c in verb.children):
        met = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children
               if g.dep_ == "pobj"]
        if any(in_words(g, "threat_outcomes") for g in met):
            return FORCE_THREAT_CODE  # "will be met with force", "with a decisive military response"
    return None


def _a_party(tok: Token) -> bool:
    """A state, a body, a people or a named person, or a political word ("Israel", "the regime",
    "Netanyahu"); not "you", "customers", "ordinary people"."""
    return tok.ent_type_ in ("GPE", "ORG", "NORP", "PERSON") or in_words(tok, "political_words")


def _reported_threats(span: Sequence[Token], used: set[int], seg: Segment) -> list[Candidate]:
    """ "'Ankara will pay dearly for this,' a PKK spokesman said"; "'If they cross that line, we
    will respond with everything we have,' a commander told TV": harm a speaker says will come, in
    his own words or reported, threatens (CAMEO 130, 138) though no verb of threatening is used."""
    found = []
    for tok in span:
        if tok.i in used or tok.pos_ not in ("VERB", "AUX"):
            continue
        future = _future(tok)
        if not (future or any(c.dep_ == "aux" and c.lower_ == "would" for c in tok.children)):
            continue
        teller = _told_by(tok)
        if teller is None or not _party_speaker(teller):
            continue  # (not "there will be consequences," the headteacher said)
        if not (future or teller.tag_ == "VBD"):
            continue  # ("said any attack would be met with a decisive response": the future told
            # back from a past report)
        code = _threat_code(tok)
        if code is None:
            continue
        entry = LexEntry(tok.lemma_.lower(), "V", code, weight=THREAT_WEIGHT, obligation=True)  # (the
        # speaker threatens, as a speaker demands what "must" be done)
        found.append(Candidate(tok, entry, code, seg))
        used.add(tok.i)
    return found


def _with_aux(verb: Token) -> list[Token]:
    return [*verb.children, *(g for c in verb.children if c.dep_ in ("aux", "auxpass") for g in c.children)]


def _approved_act(tok: Token) -> bool:
    """A party's act or measure, which calling justified defends ("the strike", "Bahrain's measures")."""
    return event_noun(tok) or _measure(tok) or tok.lemma_.lower() in ("measure", "operation", "response")


def _reported_approvals(span: Sequence[Token], used: set[int], seg: Segment) -> list[Candidate]:
    """ "'The strike was fully justified,' a spokeswoman said"; "said it found the Egyptian air
    strike justified"; "said Bahrain's measures were justified and legitimate": a party's act
    called justified is defended (CAMEO 052, PLOVER SUPPORT); the act itself keeps its own row."""
    found = []
    for tok in span:
        if tok.i in used or not in_words(tok, "approvals") or any(c.dep_ == "neg" for c in tok.children):
            continue
        judged = None
        verb = None
        if tok.dep_ == "acomp" and tok.head.lemma_.lower() == "be":  # "the strike was justified"
            clause = tok.head
            judged = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            verb = _told_by(clause)
            if _negated(clause):
                continue
        elif tok.dep_ == "ccomp" and any(c.dep_ in ("nsubjpass", "nsubj") for c in _with_aux(tok)):
            # (the parser may hang the subject on the auxiliary: "measures ... were justified")
            judged = next(c for c in _with_aux(tok) if c.dep_ in ("nsubjpass", "nsubj"))
            if tok.head.lemma_.lower() in ("find", "deem", "consider", "judge", "rule"):
                verb = tok.head  # "found the strike justified"
            else:
                verb = _told_by(tok)  # "said the measures were justified"
        elif tok.dep_ in ("oprd", "xcomp", "acomp") and tok.head.lemma_.lower() in ("find", "deem", "consider",
                                                                                     "call", "describe"):
            verb = tok.head
            judged = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if verb is None or judged is None or verb.i in used or not _approved_act(judged) \
                or any(c.dep_ == "det" and c.lower_ in ("every", "any", "each", "no", "all") for c in judged.children) \
                or any(s_.lemma_.lower() in WORD_CLASSES["court"] for s_ in verb.children if s_.dep_ == "nsubj"):
            continue  # (not "every vote is legitimate", nor a court's finding: a ruling, no stance)
        entry = LexEntry(verb.lemma_.lower(), "V", VERBAL_DEFENCE_CODE, weight=CHARACTERIZATION_WEIGHT)
        found.append(Candidate(verb, entry, VERBAL_DEFENCE_CODE, seg))
        used.add(verb.i)
    return found


NEED_LEMMAS = frozenset({"need", "require"})  # "'We need a ceasefire'", "a firm response is needed"
VOICED_THREAT_CODES = frozenset({THREAT_CODE, FORCE_THREAT_CODE})  # the threats read off a statement
NEEDING_LEMMAS = NEED_LEMMAS | {"be"}  # what a need is voiced by ("it is essential that ...")


def _pointed_at(noun: Token) -> bool:
    """The noun names back one already there ("the ban", "those reinforcements"): no new thing asked."""
    return any(d.dep_ in ("det", "poss") and in_words(d, "anaphoric_determiners") for d in noun.children)


def _asked_for(tok: Token) -> bool:
    """What a party says is needed of others: an act the lexicon names, help, arms, money."""
    return event_noun(tok) or in_words(tok, "needed_acts") or word_class(tok, "aid") or word_class(tok, "arms") \
        or word_class(tok, "troops") or tok.ent_type_ == "MONEY"


def _reported_needs(span: Sequence[Token], used: set[int], seg: Segment) -> list[Candidate]:
    """ "'A firm international response is urgently needed,' the minister said"; "'We need a
    ceasefire,' Safadi said"; "the agency said Bangladesh needed $300 million"; "'It is essential
    that the elections be held on schedule'": a need or urgency a party voices asks others for
    it (CAMEO 100), as "must" does."""
    found = []
    for tok in span:
        lemma = tok.lemma_.lower()
        if tok.i in used or lemma not in NEEDING_LEMMAS:
            continue
        teller = _told_by(tok)
        if teller is None or _negated(tok) or not _party_speaker(teller):
            continue
        hit = False
        if lemma in NEED_LEMMAS and tok.pos_ == "VERB":
            if any(c.dep_ == "auxpass" for c in tok.children):  # "is urgently needed"
                hit = any(c.dep_ == "nsubjpass" and _asked_for(c) and not _pointed_at(c)
                          for c in tok.children)  # (not "the ban was needed to preserve order": a measure
                # taken, defended)
            else:  # "we need a ceasefire", "Bangladesh needed $300 million"
                subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
                asks = subj is not None and ((subj.lower_ in SPEAKER_PRONOUNS and quoted(
                    doc_text(subj.doc), subj.sent.start_char, subj.idx)) or (
                    subj.pos_ == "PROPN" and subj.ent_type_ in ("GPE", "ORG")) or in_words(subj, "political_words"))
                if subj is not None and subj.lower_ in SPEAKER_PRONOUNS and tok.tag_ not in ("VBP", "VBZ"):
                    asks = False  # ("'We needed those reinforcements'": a need past, no demand)
                hit = asks and any(c.dep_ == "dobj" and _asked_for(c) and not _pointed_at(c) for c in tok.children)
        elif lemma == "be" and any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in tok.children):
            urgent = [c for c in tok.children if c.dep_ == "acomp" and in_words(c, "urgency_adjectives")]
            clauses_ = [c for c in [*tok.children, *(urgent[0].children if urgent else [])] if c.dep_ == "ccomp"]
            doers_ = [d for c in clauses_ for d in _with_aux(c) if d.dep_ in ("nsubj", "nsubjpass")]
            hit = bool(urgent) and any(event_noun(d) or d.ent_type_ in ("GPE", "ORG", "NORP")
                                       or in_words(d, "political_words") or paired_parties(d) for d in doers_)
            # ("it is essential that the elections be held on schedule"; not "that students eat breakfast")
        if not hit:
            continue
        entry = LexEntry(lemma, "V", OBLIGATION_CODE, weight=OBLIGATION_WEIGHT, obligation=True)
        found.append(Candidate(tok, entry, OBLIGATION_CODE, seg))
        used.add(tok.i)
    return found


def reported_obligation(tok: Token) -> bool:
    """A "must"/"should" clause, or a "need to"/"has to" one, under a reporting verb: the
    speaker demands it ("said, 'They need to stand by us'")."""
    if tok.pos_ != "VERB":
        return False
    clause = tok.head if needed(tok) else tok
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in REPORTING_LEMMAS \
            or any(outside_voice(s) for s in clause.head.children if s.dep_ == "nsubj"):
        return False  # (not "Greek daily Kathimerini said Greece had to speed up": comment)
    if clause.i == tok.i:
        return any(c.dep_ == "aux" and c.lower_ in OBLIGATION_WORDS for c in tok.children)
    # "need to", "have to" tell hardship as often as duty ("residents have to walk miles for
    # water, the agency said"): a demand only of a state or a body named ("Russia needs to
    # withdraw"), not of people, a pronoun or one acted on ("civilians need to be protected")
    obliged = [c for c in clause.children if c.dep_ == "nsubj"]
    if not obliged or any(c.dep_ == "auxpass" for c in tok.children):
        return False
    who = obliged[0]
    if who.lower_ in ("they", "you"):  # in the speaker's own words, others ('"They need to stand
        return quoted(doc_text(who.doc), who.sent.start_char, who.idx)  # by us," Erdogan said'); told
        # in indirect speech, the speakers
    return (who.pos_ == "PROPN" and who.ent_type_ in ("GPE", "ORG")) or in_words(who, "political_words") \
        or paired_parties(who) or (who.lemma_.lower() == "world" and any(c.lower_ == "the" for c in who.children)) \
        or (who.lemma_.lower() == "community"
                                   and any(c.lower_ == "international" for c in who.children))
    # ("the government needs to act", "both sides need to return to talks", "the international
    # community needs to act now"; not "Palestinians have to pass through a checkpoint")



def _reported_obligations(span: Sequence[Token], used: set[int], seg: Segment) -> list[Candidate]:
    """ "X said that China must drop its barriers": a reported "must" is a demand (REQUEST)."""
    found = []
    for tok in span:
        if tok.i in used or not reported_obligation(tok):
            continue
        entry = LexEntry(tok.lemma_.lower(), "V", OBLIGATION_CODE, weight=OBLIGATION_WEIGHT,
                         obligation=True)
        found.append(Candidate(tok, entry, OBLIGATION_CODE, seg))
        used.add(tok.i)
    return found
