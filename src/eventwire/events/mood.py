"""Whether a clause tells one happening that took place, read from the parse.

A clause does not when it is a question or a condition ("if talks fail"), a possibility
("you can be killed"), habitual or generic ("militias often attack", "the group conducts
bombings"), a forecast ("experts think it will increase threats"), a sum of many happenings
("over 500 attacks", "has killed hundreds since 2009": :mod:`.aggregates`) or the purpose of another act
("sent troops to combat the group"). :mod:`.eventhood` asks these, then who takes part.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..nlp.syntax import PLURAL_TAGS, doc_text, to_infinitive
from ..record import Event
from .clauses import MAX_CLIMB, auxiliaries, clause_verb, governors, in_words, party_word, words
from .clausewords import REPORTING_LEMMAS, light_verb, needs_met, prep_objects, word_class
from .lexicon import event_noun, lexicon
from .status import FUTURE_AUX, HEDGE_MODALS, UNREALISED_AUX

LONG_STRETCHES = frozenset({"year", "decade", "century", "generation", "ages"})  # not months: a siege
EVERY_WORDS = frozenset({"every", "each"})  # "every Friday", "each year": a time that recurs
BOUNDING_WORDS = frozenset({"since", "during", "until"})  # a stretch that bounds the recurring time
# links from an act up to the rule that says it ("allows police to detain": xcomp; "powers to
# arrest": acl, then the noun's own dobj link)
RULE_CLAUSE_DEPS = frozenset({"xcomp", "acl"})
INTENT_NOUNS = frozenset("effort bid order aim goal push drive".split())  # "in an effort to" (not "an
# attempt to assassinate him was thwarted": the attempt was made)
STRIVING_VERBS = frozenset("aim seek try attempt strive".split())  # ", aiming to topple"
PRESENT_PERFECT = frozenset({"have", "has"})  # the auxiliaries of a present perfect ("have arrested")
PERFECT_AUX = PRESENT_PERFECT | {"had"}  # a perfect sums up a span ("had registered 177 arrests since")
SPEECH_TYPES = frozenset({"ACCUSE", "REQUEST", "REJECT", "THREATEN", "AGREE", "SUPPORT"})
FORECAST_DEPS = frozenset({"xcomp", "ccomp", "conj", "advcl", "acomp"})
MODAL_REACH = frozenset({"xcomp", "pcomp", "pobj", "prep", "conj"})  # a modal governs down these
FIRST_PERSON = frozenset({"i", "we"})
ORDERING_VERBS = frozenset({"tell", "order", "instruct", "warn", "urge", "command", "direct"})
STATIVE_VERBS = frozenset({"know", "understand", "remember", "realize", "realise", "recognize", "recognise",
                           "believe", "accept", "be", "have", "feel", "see", "learn"})
ANYONE = frozenset({"you", "one", "anyone", "anybody", "everyone", "everybody"})  # not "it"
# ("it must cooperate": the country just named)
GENERIC_PEOPLE = frozenset("people person man men woman women those others one group".split())
OPEN_CLAUSE_AUX = FUTURE_AUX | HEDGE_MODALS | {"should", "can", "ca"}  # what will or may be done
WH_TAGS = frozenset({"WDT", "WP", "WRB"})
ASKING_VERBS = frozenset({"ask", "inquire", "enquire", "wonder"})  # with a wh-clause: a question


def present_perfect(verb: Token) -> bool:
    """The verb is told in the present perfect ("have arrested", "has been killed")."""
    return bool(PRESENT_PERFECT & set(auxiliaries(verb)))


def _marked(verb: Token, marks: frozenset[str]) -> bool:
    return any(c.dep_ == "mark" and c.lower_ in marks for c in verb.children)


def conditional(tok: Token, plover: str) -> bool:
    """The trigger sits in an "if"/"unless" clause, or its clause is the result of one; a
    threat or demand with a condition ("threatened retaliation if hit") was still made."""
    chain = governors(tok)
    for k, cur in enumerate(chain):
        if cur.dep_ == "advcl" and _marked(cur, frozenset({"if", "unless", "whether"})):
            return True
        if k == 0 and plover in SPEECH_TYPES:
            continue
        if cur.pos_ in ("VERB", "AUX") and any(
            c.dep_ == "advcl" and _marked(c, frozenset({"if", "unless"})) for c in cur.children
        ):
            return True
        if cur.dep_ in ("ccomp", "parataxis") or cur.head.i == cur.i:
            break  # a report's frame ("X said ...") does not make the report conditional
    return False


COUNTERFACTUAL_MODALS = frozenset({"would", "should"})  # "would have banned": it was not


def hypothetical(tok: Token) -> bool:
    """ "could put an end", "can be killed", "may tease the U.S. by defying it": a possibility,
    not a report ("may have" is). The modal may sit on a verb the trigger's clause hangs on."""
    if tok.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "any" for c in tok.children):
        return True  # "would respond forcefully to any NATO deployment": whichever may come
    if tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ == "of" \
            and in_words(tok.head.head, "possibility_nouns") \
            and not any(c.ent_type_ == "DATE" for c in tok.children):
        return True  # "or face the possibility of additional sanctions": what may come (not "the
        # spectre of the 2014 annexation of Crimea": a dated act, done)
    verb = clause_verb(tok)
    joined = False  # reached through "and"/"but": a clause of its own
    for _ in range(MAX_CLIMB):
        aux = auxiliaries(verb)
        if any(a in words("hypothetical_modals") for a in aux):
            return "have" not in aux
        if "have" in aux and any(a in COUNTERFACTUAL_MODALS for a in aux) and verb.tag_ == "VBN" and not joined:
            return True  # "a clause that would have committed them to ending kidnappings", "a plan
            # that would have seen fighters withdraw": what did not come to pass (not "would have
            # faced impeachment but resigned": the resignation was done)
        if verb.dep_ not in MODAL_REACH or verb.head.i == verb.i:
            return False
        joined = joined or verb.dep_ == "conj"
        verb = verb.head
    return False


def habitual(tok: Token) -> bool:
    """A frequency adverb on the trigger or its clause ("often attack", "nightly raids"), or a
    time told with "every" ("rally outside the court every Friday", "Every year, fishermen
    clash with the coast guard")."""
    habits = words("habitual_adverbs")
    verb = clause_verb(tok)
    for cur in (tok, verb):
        if any(c.dep_ in ("advmod", "amod", "npadvmod") and c.lower_ in habits for c in cur.children):
            return True
        if _told_every(cur):
            return True
    first = verb.head
    if verb.dep_ == "conj" \
            and any(c.dep_ == "advmod" and c.lower_ in habits and c.i < first.i for c in first.children) \
            and (verb.tag_ in PAST_TAGS) == (first.tag_ in PAST_TAGS) \
            and not any(c.dep_.startswith("nsubj") for c in verb.children) \
            and not any(c.dep_ == "cc" and c.lower_ in CONTRAST_CCS for c in (*first.children, *verb.children)) \
            and not any(t.ent_type_ in ("DATE", "TIME") for t in verb.subtree):
        return True  # "Armed groups regularly burn classrooms and threaten teachers": the adverb
        # before the first verb is the joined verb's too (not "often attack convoys and on Tuesday
        # killed five soldiers", "frequently shells Kharkiv but struck a hospital": one act)
    # "have said for years that priests should follow": the saying's
    return any(_for_a_long_time(v) for v in (verb, *([verb.head] if verb.dep_ == "ccomp" else [])))


CONTRAST_CCS = frozenset({"but", "yet"})  # "often travels abroad but met Putin in Moscow": set apart
PAST_TAGS = frozenset({"VBD", "VBN"})  # a past joined to a present is a time of its own


def _told_every(verb: Token) -> bool:
    """The verb's own time phrase is counted out by "every" ("rally every Friday", "on every
    Friday"); not when the verb's object is an act, which the phrase may be the time of
    ("promised protests every week": the protests recur, the promise was made once)."""
    if any(c.dep_ == "dobj" and event_noun(c) for c in verb.children):
        return False
    times = [c for c in verb.children if c.dep_ in ("npadvmod", "advmod")]
    times += [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return any(_every(t) for t in times)


def _every(time: Token) -> bool:
    """A time word counted out by "every" or "each" ("every Friday", "each year", "every two
    weeks"): a habit, not one act (not "killed every man": no time)."""
    if not (time.ent_type_ in ("DATE", "TIME") or time.lemma_.lower() in words("time_units")) \
            or not any(d.dep_ in ("det", "amod", "advmod") and d.lower_ in EVERY_WORDS for d in time.subtree):
        return False
    verb = time.head.head if time.dep_ == "pobj" else time.head
    own = set(range(time.left_edge.i, time.i + 1))  # "every two weeks" (not its "this week")
    return not any((t.ent_type_ in ("DATE", "TIME") or t.lower_ in BOUNDING_WORDS) and t.i not in own
                   for t in verb.subtree)  # not "every day this week", "each day from Monday to
    # Wednesday", "every hour during the siege on Tuesday": acts of a stretch told day by day


def repeated(tok: Token, event: Event) -> bool:
    """An adverb of repetition ("repeatedly", "constantly") on the act's clause or on the one
    reporting it, in a perfect ("have repeatedly called for", "has repeatedly stated that
    Britain must leave") or on an act not dated to a day ("repeatedly fired tear gas on
    Tuesday" is one day's act); a count of times on the act's own verb in a present perfect
    not dated to a day ("has bombed civilians several times")."""
    verb = clause_verb(tok)
    day = event.date is not None and event.date.precision == "day"
    if tok.i == verb.i and not day and present_perfect(tok) and any(
            c.dep_ == "npadvmod" and c.lower_ == "times" for c in tok.children):
        return True  # "has bombed civilians several times" (not "shot them several times": shots;
        # not "had stabbed her several times on Thursday": one act, a day, told before)
    return any(any(c.dep_ == "advmod" and in_words(c, "repetition_adverbs") for c in v.children)
               and (PERFECT_AUX & set(auxiliaries(v)) or not day)
               for v in (verb, *([verb.head] if verb.dep_ == "ccomp" else [])))


def _for_a_long_time(verb: Token) -> bool:
    """ "have abused their power for too long", "have said for years", "has long complained": a
    perfect held over a long stretch ("for years", "for decades", "for too long", "long") tells a
    habit, not one act."""
    if not PERFECT_AUX & set(auxiliaries(verb)):
        return False
    if any(c.dep_ == "advmod" and c.lower_ == "long" for c in verb.children):
        return True  # "has long complained that police break up its gatherings"
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "for":
            for g in c.children:
                if g.dep_ in ("pobj", "pcomp") and (g.lemma_.lower() in LONG_STRETCHES or (
                        g.lower_ == "long" and any(a.lower_ in ("too", "so") for a in g.children))):
                    return True
    return False


def generic_present(tok: Token, plover: str, lead: bool) -> bool:
    """A physical act in the simple present ("the group conducts bombings") is habitual,
    and so is a stance ("both sides oppose the rebels"); a headline or the lead sentence
    uses the present for news and stays an event."""
    if lead:
        return False
    if in_words(tok, "stances"):  # "both sides oppose the rebels", "the rebels are backed by Iran"
        if _standing_passive(tok):
            return True
        if _told_in_the_past(tok):
            return False  # "Putin said Thursday that Russia supports the proposal": said then
        return tok.tag_ in ("VBZ", "VBP") and not auxiliaries(tok)
    if plover not in words("material_types"):
        return False
    if _standing_passive(tok):
        return True
    if plover in ("AGREE", "CONCEDE"):
        return False
    verb = tok
    if tok.pos_ == "NOUN":  # "conducts bombings": the light verb carries the tense
        if tok.dep_ not in ("dobj", "obj") or not light_verb(tok.head):
            return False
        verb = tok.head
    return verb.tag_ in ("VBZ", "VBP") and verb.pos_ == "VERB" and not auxiliaries(verb) \
        and not _past_in_present_form(verb)


def _told_in_the_past(verb: Token) -> bool:
    """The clause is what a past verb of saying reported ("said that Russia supports")."""
    return verb.dep_ == "ccomp" and verb.head.tag_ == "VBD" and verb.head.lemma_.lower() in REPORTING_LEMMAS


def _past_in_present_form(verb: Token) -> bool:
    """ "Witnesses said soldiers beat protesters on Tuesday": a verb whose past is spelled as
    its present, told under a past verb of saying or with a date or time phrase of its own,
    is the past."""
    if verb.lower_ != verb.lemma_.lower() or not in_words(verb, "invariant_past"):
        return False
    if _told_in_the_past(verb):
        return True
    return any(t.ent_type_ in ("DATE", "TIME") for c in verb.children if c.dep_ in ("npadvmod", "prep")
               for t in c.subtree)


def _standing_passive(tok: Token) -> bool:
    """ "The PKK is banned in Turkey", "the monarch is allowed to prorogue": a present
    passive with no other auxiliary states a standing condition, not a happening (the
    headline and the lead, which tell news in the present, never reach here)."""
    if tok.pos_ != "VERB" or tok.tag_ != "VBN":
        return False
    aux = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
    return bool(aux) and any(a.dep_ == "auxpass" for a in aux) and all(
        a.lower_ in ("is", "are", "am") for a in aux)


def forecast(tok: Token, status: str, dated: bool = False) -> bool:
    """ "Experts think North Korea will increase threats": a forecast of a possible act."""
    speculation = words("speculation_verbs")
    verb = clause_verb(tok)
    if not dated and any(c.dep_ == "advmod" and c.lower_ in speculation for c in verb.children) and any(
            c.dep_ == "aux" and c.lower_ in FUTURE_AUX | HEDGE_MODALS for c in verb.children):
        return True  # "Iran will likely attack": the writer's forecast, not a threat voiced (a
        # day set, "will likely meet Xi on Friday", is a schedule)
    if status not in ("planned", "hedged"):
        return False
    cur = verb if tok.pos_ == "NOUN" else tok  # "unlikely to resume talks": from the talks' verb
    for _ in range(MAX_CLIMB):
        if cur.head.i == cur.i or cur.dep_ not in FORECAST_DEPS:
            return False
        cur = cur.head
        if cur.lemma_.lower() in speculation and cur.pos_ in ("VERB", "ADJ"):
            return True
    return False


STANDING_VERBS = frozenset({"be", "remain", "stay", "live"})  # a state one is in, not an act done


def procedure_under_rule(tok: Token) -> bool:
    """ "Under the Constitution, the House impeaches the official": an act told in the simple
    present under a rule is the procedure it lays down, no act done ("Under the new law, police
    arrested 30" did happen)."""
    verb = clause_verb(tok)
    return verb.tag_ in ("VBZ", "VBP") and not auxiliaries(verb) and any(
        in_words(r, "rule_texts") for r in prep_objects(verb, ("under",)))


def rule_says(tok: Token) -> bool:
    """ "The new law allows police to detain suspects", "the decree bans gatherings", "a law that
    allows police to ban protests", "a state of emergency gives forces powers to arrest": what a
    rule says, in the present, is no act (passing it, or acting under it, is)."""
    cur, held = tok, False  # held: reached a noun the act hangs on ("powers to arrest")
    while True:
        if cur.tag_ in ("VBZ", "VBP") and not auxiliaries(cur):
            subj = next((c for c in cur.children if c.dep_ == "nsubj"), None)
            if subj is not None and cur.dep_ == "relcl" and subj.lower_ in ("that", "which"):
                subj = cur.head
            if subj is not None and any(in_words(t, "rule_texts") for t in (subj, *prep_objects(subj, ("of",)))):
                return True
        if not (cur.dep_ in RULE_CLAUSE_DEPS or (held and cur.dep_ == "dobj")) or cur.head.i == cur.i:
            return False  # (not "the decree follows the arrest of 20 activists", "the law bans
            # gatherings, and police arrested 30", "the resolution says forces shelled a hospital")
        held = cur.dep_ == "acl"
        cur = cur.head


def backed_by(tok: Token) -> bool:
    """ "Rebels backed by Rwanda seized the town": a participle of backing on a party says who
    the party is (a standing tie), no act of its own; not on an act ("an operation supported
    by Russia": help given to it), nor with a day of its own ("Faye, endorsed by Sonko on
    Monday": an endorsement that day)."""
    return tok.dep_ == "acl" and tok.tag_ == "VBN" and in_words(tok, "backing_verbs") and party_word(tok.head) \
        and not any(t.ent_type_ in ("DATE", "TIME") for t in tok.subtree)


def breached_accord(tok: Token) -> bool:
    """ "The assault violated the Jeddah truce", "the truce was breached": an accord said to be
    breached stands; it is no act of the day."""
    return tok.pos_ == "NOUN" and tok.dep_ in ("dobj", "nsubjpass") and word_class(tok, "truce") \
        and in_words(tok.head, "breaching_verbs")


def standing_state(tok: Token) -> bool:
    """ "Turkey is already under EU sanctions", "top leaders remain under international
    sanctions", "the incident is under police investigation", "50 Uyghurs remain in Thailand's
    custody": a condition a party is in, told with "under" (or "in" a word of ``held_states``)
    after a verb of being; not the act that put it there ("was placed under house arrest"), nor a
    custody "since" a day or under an order."""
    if tok.pos_ != "NOUN" or tok.dep_ != "pobj" or tok.head.head.lemma_.lower() not in STANDING_VERBS:
        return False
    if tok.head.lower_ == "under":
        return True
    # (not "has been in custody since February 24", which dates the arrest that began it)
    held = tok.head.head
    return tok.head.lower_ == "in" and in_words(tok, "held_states") and not any(
        c.dep_ == "prep" and c.lower_ == "since" for h in (tok, held) for c in h.children) \
        and not (held.dep_ in ("ccomp", "xcomp") and held.head.lemma_.lower() in ORDERING_VERBS)
    # (nor "the judge ordered the accused remain in custody": the order keeps him there)


def own_duty(tok: Token) -> bool:
    """ "We have to support renewable energies", "people must know that ...": what the
    speaker's own side, or anyone at all, ought to do is an opinion, not a demand made of
    someone ("the United States must withdraw" is one)."""
    verb = clause_verb(tok)
    obliged = any(c.dep_ == "aux" and c.lower_ in ("must", "should") for c in verb.children)
    holder = verb
    if not obliged and verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ("have", "need") \
            and to_infinitive(verb):
        obliged, holder = True, verb.head
    if not obliged:
        return False
    subj = [c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass")]
    who = subj[0] if subj else None
    if who is None:
        return False
    if who.pos_ == "PRON" and who.lower_ in FIRST_PERSON:
        return True  # "we have to support renewable energies"
    if any(c.dep_ == "det" and c.lower_ in EVERY_WORDS | {"any"} for c in who.children):
        return True  # "every Sikh has to keep his hair uncut": a rule for anyone of a kind
    addressed = holder.dep_ in ("ccomp", "acl") and any(  # "told Iran that it must", "a reminder to Iraq that it must"
        c.dep_ == "dative" or (c.dep_ == "dobj" and g.pos_ == "VERB" and c.i != holder.i)
        or (c.dep_ == "prep" and c.lower_ == "to") for g in (holder.head, holder.head.head) for c in g.children)
    if (who.lower_ == "it" and not addressed) or any(
            c.dep_ == "poss" and c.lower_ in FIRST_PERSON | {"our", "my"} for c in who.children) or (
            who.lemma_.lower() in ("country", "nation") and any(c.lower_ == "the" for c in who.children)):
        return True  # "the government said it needs to borrow more", "our soldiers have to be
        # paid", "the country needs to boost its defences": the speaker's own side's duty (not
        # "issued a reminder to Iraq that it must cooperate": "it" is the one addressed)
    opined = holder.dep_ == "ccomp" and in_words(holder.head, "speculation_verbs") and any(
        c.dep_ == "nsubj" and c.lower_ in FIRST_PERSON for c in holder.head.children)  # "I believe
    # people should allow the court process ..."
    ordered = any(c.lower_ in ("immediately", "now") for c in verb.children) or (
        holder.dep_ in ("ccomp", "parataxis") and holder.head.lemma_.lower() in ORDERING_VERBS)
    return (who.lower_ in ANYONE or who.lower_ in GENERIC_PEOPLE) and (
        verb.lemma_.lower() in STATIVE_VERBS or opined or not ordered)  # "people must evacuate


def advocacy_group(tok: Token) -> bool:
    """ "Rights groups condemned", "aid agencies appealed": an organisation named for the cause
    it speaks for is a party of civil society (CAMEO's NGO); a bare "group" is not ("a group of
    students")."""
    return tok.pos_ == "NOUN" and (word_class(tok, "outfits") or in_words(tok, "institutions")) and any(
        c.dep_ in ("compound", "amod") and in_words(c, "advocacy_marks") for c in tok.children)


def _civil_voice(tok: Token | None) -> bool:
    """A voice of civil society, with no force of its own to threaten with ("campaigners", "aid
    groups", "the charity")."""
    return tok is not None and (advocacy_group(tok) or in_words(tok, "civil_voices"))


def warns_of_a_risk(tok: Token, plover: str) -> bool:
    """ "He warned that the situation could spin out of control": a warning whose content is
    what might happen, done by someone else, forecasts a risk; a threat says what the one
    warning will do ("warned that it could retaliate", "warned it would strike")."""
    if plover != "THREATEN" or tok.pos_ != "VERB":
        return False
    if any(c.dep_ == "prep" and c.lower_ in ("of", "about") and any(
            g.dep_ == "pobj" and in_words(g, "dangers") for g in c.children) for c in tok.children):
        return True  # "warned of an imminent famine": a danger no one does
    speaker = [c for c in tok.children if c.dep_ == "nsubj"]
    for content in (c for c in tok.children if c.dep_ == "ccomp"):
        aux = {a.lower_ for a in content.children if a.dep_ == "aux"}
        if not aux & (words("hypothetical_modals") | FUTURE_AUX) and content.lower_ != "going" \
                and not any(c.dep_ in ("dobj", "obj", "dative") for c in tok.children) \
                and any(in_words(t, "dangers") for t in content.subtree) \
                and not any(t.ent_type_ in ("NORP", "ORG", "PERSON") or _acting_state(t)
                            or (t.dep_ == "mark" and t.lower_ in ("if", "unless")) for t in content.subtree):
            return True  # "warned that 1.1 million people face catastrophic hunger": a danger
            # told as it is now, not what the one warning will do (nor "that Western arms
            # deliveries are a danger to Europe", "that Manila's actions pose a risk": a party's
            # acts named; nor "warned residents that they are at risk if they return": a threat
            # told to those it is made against)
        told_ahead = {"would", "will"} if speaker and _civil_voice(speaker[0]) else set()
        if not aux & (words("hypothetical_modals") | told_ahead):
            continue  # ("campaigners warned that the dam would displace thousands": what civil
            # society, which has no force, says will come is a forecast)
        subj = [c for c in content.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subj and _armed_others(subj[0], content):
            return True  # "warned that militants could attack polling stations": what armed men
            # may do, foretold by those they would attack
        if not subj or subj[0].pos_ == "PRON" or subj[0].ent_type_ in ("GPE", "NORP", "ORG", "PERSON") \
                or party_word(subj[0]) or any(party_word(t) for t in subj[0].subtree):
            continue  # "it could", "Iran could", "demonstrators could be arrested", "its troops
            # could respond": people who may act or be acted on, so a threat
        if speaker and subj[0].lower_ == speaker[0].lower_:
            continue
        if any(t.lower_ in ("if", "unless") and t.dep_ == "mark" for t in content.subtree):
            continue  # "protesters could face arrest if they do not disperse": a condition set
        return True
    return False


def _armed_others(subj: Token, content: Token) -> bool:
    """Armed men of no one's command doing the told act ("militants could attack", "jihadists
    may strike"; word set ``irregular_doers``): not the warner's own ("its fighters could"),
    not men things may be done to ("gunmen could be killed", "rebels could face annihilation":
    word set ``fates``)."""
    return subj.dep_ == "nsubj" and subj.pos_ == "NOUN" and in_words(subj, "irregular_doers") \
        and not in_words(content, "fates") and not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in subj.children)


def _acting_state(tok: Token) -> bool:
    """A country or capital told as doing or owning ("Manila's actions", "Israel's strikes"),
    not as where ("children in Gaza")."""
    return tok.ent_type_ == "GPE" and not (tok.dep_ == "pobj" and tok.head.lower_ in ("in", "at", "near", "across"))


REPRESSION_CODE = "175"  # CAMEO: use tactics of violent repression (a crowd dispersed)
# force that stops a crowd: dispersed (175) or barred from its way by forces (191: "were blocked
# by police near parliament"), ACLED's protest with intervention when told beside the protest
CROWD_STOPPING_CODES = frozenset({REPRESSION_CODE, "191"})
FORCE_USING_VERBS = frozenset({"use", "deploy"})  # verbs of putting force to use, besides firing


def purpose(tok: Token) -> bool:
    """An infinitive of purpose hanging on another verb ("sent troops to combat the group"),
    on a noun of intent ("in an effort to pressure the U.S.", "continued their effort to overthrow
    the government"; not "the push to retake Mosul began", "issued an order to arrest him"), on
    a participle of striving ("conducts bombings, aiming to topple the government and impose
    its rule"), on a scheme ("foiled a plot to bomb the embassy", "plotting to bomb it") or on
    someone engaged to do it ("hired a hitman to kill her"), or a "to" infinitive the parser
    made a clause complement ("expects the government to deny use of its soil", "reiterated its
    call to the authorities to drop all charges"): none of them says the act was done."""
    if tok.pos_ != "VERB" or tok.tag_ != "VB":
        return False
    if tok.dep_ == "conj" and tok.head.i != tok.i and tok.head.pos_ == "VERB" and tok.head.tag_ == "VB":
        tok = tok.head  # "to topple the government and impose": the second shares the "to"
    if not to_infinitive(tok):
        return False
    head = tok.head
    return tok.dep_ in ("advcl", "ccomp") or (tok.dep_ == "acl" and head.lemma_.lower() in INTENT_NOUNS and (
        (head.dep_ == "pobj" and head.head.lower_ == "in")
        or (head.lemma_.lower() != "order" and head.dep_ not in ("nsubj", "nsubjpass")))) or (  # "their
        # effort to overthrow the government" (not "an order to arrest him": the arrest ordered;
        # nor "the push to retake Mosul began": the offensive under way)
        tok.dep_ == "xcomp" and head.lemma_.lower() in STRIVING_VERBS and head.tag_ == "VBG"
        and head.dep_ in ("advcl", "acl")) or (
        tok.dep_ in ("acl", "relcl", "xcomp") and in_words(head, "scheme_nouns")) or (  # "a plot to
        # overthrow him" (which the parser may hang as a relative clause), "plotting to overthrow"
        tok.dep_ == "xcomp" and in_words(head, "engaging_verbs")
        and any(c.dep_ in ("dobj", "obj") for c in head.children)
        and not any(t.ent_type_ == "DATE" for t in tok.subtree))  # "paid fighters to storm the
    # kibbutz on October 7": the act's own day says it was done


def gathered_for(tok: Token, plover: str) -> bool:
    """ "Ministers gathered in Cairo to discuss the crisis": a gathering that took place (in
    the simple past: no modal, negation, frequency or "whether", not told as background in
    the past perfect) did the talking, protesting or demanding it was held for; a physical
    act it was for ("troops gathered to attack") may still not have happened, and gathering
    something ("gathered signatures to demand") is no gathering of people."""
    head = tok.head
    if not (plover in SPEECH_TYPES or plover in ("CONSULT", "PROTEST")) or head.tag_ != "VBD" \
            or not in_words(head, "gathering_verbs"):
        return False
    if any(c.dep_ in ("neg", "dobj", "obj") or (c.dep_ == "advmod" and c.lower_ == "never")
           or (c.dep_ == "aux" and (c.lower_ in UNREALISED_AUX or c.lower_ == "had"))
           for c in head.children):
        return False
    return not (habitual(head) or hypothetical(head) or embedded_question(head))


def protested_by(tok: Token, plover: str) -> bool:
    """ "Traders shut their shops on Tuesday to protest against the bills": a deed of no type of
    its own (no trigger word), done in the simple past by people, was the protest it was done
    for (not "marched to protest", whose march is the row; not "plan to shut shops to protest")."""
    head = tok.head
    if plover != "PROTEST" or head.tag_ != "VBD" or head.pos_ != "VERB" \
            or any(needs_met(head, e) for e in lexicon().get(head.lemma_.lower(), ())) \
            or any(c.dep_ in ("dobj", "obj") and event_noun(c) for c in head.children):
        return False  # ("began a hunger strike to protest": the strike is the row)
    subjects = [c for c in head.children if c.dep_ == "nsubj"]  # "traders", "hundreds of traders":
    # a crowd (not "the minister flew to Paris to protest", a complaint)
    if not any(party_word(w) and w.tag_ in PLURAL_TAGS for c in subjects
               for w in (c, *(g for p in c.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children))):
        return False
    return not any(c.dep_ == "neg" or (c.dep_ == "aux" and (c.lower_ in UNREALISED_AUX or c.lower_ == "had"))
                   for c in head.children) and not (habitual(head) or hypothetical(head))


def force_used_for(tok: Token, code: str | None) -> bool:
    """ "Police fired tear gas to disperse the protesters": force fired or used (in the simple
    past, not negated, no modal, not a habit) at a crowd did the repression it was used for (not
    "sent troops to disperse", "threatened to disperse": what is sent or threatened may not
    come)."""
    head = tok.head
    if code != REPRESSION_CODE or head.tag_ != "VBD" or not (
            in_words(head, "aiming_verbs") or head.lemma_.lower() in FORCE_USING_VERBS):
        return False
    if any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ == "never")
           or (c.dep_ == "aux" and (c.lower_ in UNREALISED_AUX or c.lower_ == "had")) for c in head.children):
        return False
    return not (habitual(head) or hypothetical(head) or embedded_question(head))


def question(tok: Token) -> bool:
    """A question mark that closes the trigger's own clause ("Will the army withdraw?"), not
    one inside a quoted question the clause reports ("asking: 'Who will protect us?'")."""
    sent = tok.sent
    if "?" not in doc_text(tok.doc)[sent.start_char:sent.end_char]:
        return False  # most sentences: no word to walk
    verb = clause_verb(tok)
    for t in sent:
        if t.text != "?":
            continue
        head = t.head
        for _ in range(MAX_CLIMB):
            if head.pos_ in ("VERB", "AUX") or head.head.i == head.i:
                break
            head = head.head
        if head.i in (verb.i, tok.i):
            return True
    return False


def embedded_question(tok: Token) -> bool:
    """A clause that asks rather than tells: "it is unclear whether the army will attack",
    "it was not clear how Washington would defend its ally", "asked whether the government
    would impose sanctions" (and the asking itself is no demand). A wh-clause in the past
    tells what happened ("explained how the troops attacked the village"): only one about
    what will or would be done asks."""
    verb = clause_verb(tok)
    asking = [verb, *(c for c in verb.children if c.dep_ == "ccomp")] if verb.i == tok.i else [verb]
    if tok.lemma_.lower() in ASKING_VERBS and any(  # "asked him how the research is linked"
            c.dep_ == "ccomp" and c.left_edge.tag_ in WH_TAGS for c in tok.children):
        return True
    for v in asking:
        marks = {c.lower_ for c in v.children if c.dep_ == "mark"}
        if "whether" in marks or ("if" in marks and v.dep_ == "ccomp"):
            return True
        if v.dep_ in ("ccomp", "csubj", "csubjpass") and any(
                c.dep_ == "aux" and c.lower_ in OPEN_CLAUSE_AUX for c in v.children) and any(
                t.tag_ in WH_TAGS for t in v.subtree if t.i < v.i and t.head.i != t.i
                and clause_verb(t).i == v.i):
            return True
    return False


ANY_ONE = ANYONE | {"whoever", "those"}  # "anyone who blocks the roads", "those who attack"
ANY_DETS = frozenset({"any", "every"})  # "any ship that enters"


def generic_relative(tok: Token) -> bool:
    """An act in a present-tense relative clause on "anyone", "those" or "any ...": no one act, but
    whoever may do it ("will use the full force of the law against anyone who blocks the roads",
    "those who attack our soldiers will pay"); not a past one ("those who attacked the convoy on
    Monday": done)."""
    if tok.dep_ != "relcl" or tok.tag_ not in ("VBZ", "VBP"):
        return False
    head = tok.head
    return head.lower_ in ANY_ONE or any(c.dep_ == "det" and c.lower_ in ANY_DETS for c in head.children)
