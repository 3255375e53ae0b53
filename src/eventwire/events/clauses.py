"""The clause a trigger sits in, the words that can name a party, and the named word sets
the event judgements share (loaded by ``lexicon.words``).

The word lists are data (``data/events/happenings.jsonl``), each with the reason it exists.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..nlp.syntax import base_forms, first_conjunct, in_dateline, misparsed_main_verb
from .clausewords import CONDITION_MARKS, REPORTING_LEMMAS, light_verb, word_class
from .lexicon import WORD_CLASSES, event_noun, words

MAX_CLIMB = 6  # governing words looked at above a trigger
DIRECT_CLAIMS = frozenset({"claim"})  # verbs that own the act they take as object: "claimed the attack"
MODAL_CLAIMS = frozenset({"will", "would", "may", "might", "could", "can", "should"})  # a claim not (yet) made
PARTY_ENTS = frozenset({"GPE", "ORG", "PERSON", "NORP", "FAC", "LOC"})
NUMERIC_ENTS = frozenset({"DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"})
PRONOUNS = frozenset({"he", "she", "they", "we", "i", "him", "her", "them", "us", "me", "his", "their",
                      "our", "my", "its"})
OWNER_PRONOUNS = frozenset({"its", "their"})  # a body's own: "its troops", "their jets", "its forces"
# "blew herself up": the doer again, who names no target another telling could disagree with
REFLEXIVES = WORD_CLASSES["self"] - {"life"}


def paired_parties(tok: Token) -> bool:
    """ "The two countries", "both sides", "the two ministers", "both leaders": the two parties
    of a meeting or a dispute just told (an office counted bare, "two ministers", may be any two)."""
    told = {c.lower_ for c in tok.children}
    if tok.lemma_.lower() in ("side", "country", "nation"):
        return bool(told & {"two", "both"})
    return tok.tag_ == "NNS" and word_class(tok, "guests") and ("both" in told or {"the", "two"} <= told)


def two_sides(tok: Token) -> bool:
    """The phrase names two or more parties: joined by "and" ("Israeli and Hamas negotiators",
    "Chile and Peru"), a pair named back ("the two sides"), or a plural of people or offices."""
    return any(t.dep_ == "conj" for t in tok.subtree) or paired_parties(tok) or (
        tok.tag_ in ("NNS", "NNPS") and (word_class(tok, "guests") or in_words(tok, "person_nouns")))


def named_back(tok: Token) -> bool:
    """A noun with a determiner that points back at what was told ("the attack", "this
    bombing", "its raid"), or owned by its day ("Sunday's rally", "Thursday's raid"): a
    happening the reader is taken to know."""
    return tok.pos_ == "NOUN" and any(
        (c.dep_ in ("det", "poss") and c.lower_ in words("anaphoric_determiners"))
        or (c.dep_ == "poss" and c.ent_type_ == "DATE") for c in tok.children)


def retold(noun: Token) -> bool:
    """An act noun that tells an act again, with no owner of its own: named back ("The exercises,
    dubbed Joint Sword-2024A, came ...", not "its raid"), or the complement of "It was" ("'It was a
    deliberate strike on civilians,' Zelenskiy said")."""
    if noun.pos_ != "NOUN" or any(c.dep_ == "poss" for c in noun.children):
        return False
    return named_back(noun) or (noun.dep_ == "attr" and noun.head.lemma_.lower() == "be" and any(
        c.dep_ == "nsubj" and c.lower_ in ("it", "this") for c in noun.head.children))


def claiming_verb(tok: Token) -> Token | None:
    """The verb by which someone claims the act ``tok`` names as theirs: "X claimed
    responsibility for the bombing", "X claimed the attack in a statement". Its subject is
    the doer by its own account, whoever the report first said did it ("gunmen")."""
    held = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "for" else None
    if held is not None and held.pos_ == "VERB" and any(
            c.dep_ in ("dobj", "obj") and c.lemma_.lower() == "responsibility" for c in held.children):
        held = next(c for c in held.children if c.dep_ in ("dobj", "obj") and c.lemma_.lower() == "responsibility")
        # "claimed responsibility on Wednesday for an attack": the parser hangs "for" on the verb
    if held is not None and held.lemma_.lower() == "responsibility":
        verb = held.head
        if verb.lemma_.lower() not in words("claiming_verbs"):
            return None  # not "denied responsibility for"
    elif tok.dep_ in ("dobj", "obj") and tok.head.lemma_.lower() in DIRECT_CLAIMS and named_back(tok) \
            and event_noun(tok):
        verb = tok.head  # "claimed the assault" (not "claimed victory", "claimed the town")
    else:
        return None
    if verb.dep_ == "xcomp" or any(c.dep_ == "aux" and c.lower_ in MODAL_CLAIMS for c in verb.children):
        return None  # "has yet to claim the bombing", "would probably claim it": no claim made
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    denied = any(c.dep_ == "neg" for c in verb.children) or (
        subject is not None and (subject.lower_ in ("nobody", "none") or any(
            c.dep_ == "det" and c.lower_ == "no" for c in subject.children)))  # not "No group has
    # claimed responsibility for the kidnapping": no claimant
    return None if denied else verb


def claimed(tok: Token) -> bool:
    """ "X claimed responsibility for the bombing", "X claimed the attack" (:func:`claiming_verb`)."""
    return claiming_verb(tok) is not None


def owned_up(tok: Token) -> bool:
    """ "X claimed responsibility for the bombing", or a doer named for an act told before
    ("said one of its fighters had carried out the attack"): the doer named by this telling is
    the one the report left unnamed ("a suicide bomber")."""
    if claimed(tok):
        return True
    if tok.pos_ == "VERB":  # "said its fighters had attacked the convoy": the teller's own men,
        # on what was told before (not "had attacked a police checkpoint in Bannu")
        subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        own = subject is not None and any(c.dep_ == "poss" and c.lower_ in OWNER_PRONOUNS for c in subject.children)
        return own and tok.dep_ == "ccomp" and tok.head.lemma_.lower() in REPORTING_LEMMAS \
            and any(c.dep_ in ("dobj", "obj") and named_back(c) for c in tok.children) \
            and not any(c.dep_ == "neg" for c in tok.children)
    return tok.dep_ in ("dobj", "obj") and named_back(tok) and light_verb(tok.head) \
        and not any(c.dep_ == "neg" for c in tok.head.children)


def in_words(tok: Token, name: str) -> bool:
    """Whether the token's lemma or its own form is in the word set ``name``; a plural in "-men"
    the tagger took for a name keeps its singular ("CODECO militiamen": no lemma made of it)."""
    listed = words(name)
    if tok.lemma_.lower() in listed or tok.lower_ in listed:
        return True
    return tok.pos_ == "PROPN" and tok.lower_.endswith("men") and tok.lower_[:-3] + "man" in listed


def common_noun_in(tok: Token, name: str) -> bool:
    """A common noun of the word set ``name``, also when the tagger took it for a name for its
    capital ("ISLAMABAD (Reuters) - Militants ambushed ...": a word, not a named entity)."""
    if tok.pos_ == "NOUN":
        return in_words(tok, name)
    return tok.pos_ == "PROPN" and not tok.ent_type_ and tok.text[:1].isupper() and tok.text[1:].islower() \
        and any(form in words(name) for form in base_forms(tok.text))


def coded(code: str | None, name: str) -> bool:
    """Whether a CAMEO code falls under one of the code prefixes of the word set ``name``."""
    return any((code or "").startswith(prefix) for prefix in words(name))


def governors(tok: Token) -> list[Token]:
    """The trigger and the words above it, up to the sentence root."""
    out = [tok]
    cur = tok
    for _ in range(MAX_CLIMB):
        if cur.head.i == cur.i:
            break
        cur = cur.head
        out.append(cur)
    return out


def clause_verb(tok: Token) -> Token:
    """The verb whose clause a trigger sits in ("carried out an attack": carried)."""
    cur = tok
    for _ in range(3):
        if cur.pos_ in ("VERB", "AUX") or cur.head.i == cur.i:
            return cur
        cur = cur.head
    return tok


RANKING_WORDS = frozenset({"first", "last"})  # "the first visit since 2015": ranked among others


def ranks(tok: Token) -> bool:
    """A superlative, a first/last or another ordinal ("deadliest", "most", "first", "seventh")."""
    return tok.tag_ in ("JJS", "RBS") or tok.lower_ in RANKING_WORDS or tok.ent_type_ == "ORDINAL"


def ranked(noun: Token) -> bool:
    """A noun ranked among others by a word of its own or of its adjective ("the deadliest
    attack", "the most senior figure", "the highest-ranking officer", "the first visit")."""
    return ranks(noun) or (noun.pos_ == "NOUN" and any(
        c.dep_ == "amod" and (ranks(c) or any(ranks(a) for a in c.children if a.dep_ == "advmod"))
        for c in noun.children))


def under_terms(tok: Token) -> Token | None:
    """The accord an act is told as a term of, named in its clause or its first conjunct's
    ("Under the deal, Hamas will free 50 hostages and Israel will release 150 prisoners"): what
    the accord says, not the accord."""
    verb = clause_verb(tok)
    for v in (verb, first_conjunct(verb), verb.head if verb.dep_ == "xcomp" else verb):  # ("Hamas is to free")
        for c in v.children:
            if c.dep_ == "prep" and c.lower_ == "under":
                for g in c.children:
                    if g.dep_ == "pobj" and (word_class(g, "agreement") or in_words(g, "terms_holders")):
                        return g
    return None


def auxiliaries(verb: Token) -> list[str]:
    return [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]


def filed_day_run_on(tok: Token) -> bool:
    """ "ISLAMABAD, May 7 - Police arrested ...": a word after a dateline that the tagger ran
    into the dateline's filing day as one date; it is the lead's own word, no date."""
    if tok.ent_type_ not in ("DATE", "TIME") or in_dateline(tok):
        return False
    start = tok
    while start.ent_iob_ == "I" and start.i > 0:
        start = start.doc[start.i - 1]
    return start.i != tok.i and in_dateline(start)


def party_word(tok: Token) -> bool:
    """A word that can name a party: a name, a pronoun, a person or an institution (not
    "someone", not a number)."""
    low = tok.lower_
    if low in words("indefinite_parties") or (tok.ent_type_ in NUMERIC_ENTS and not filed_day_run_on(tok)):
        return False
    if tok.ent_type_ in PARTY_ENTS or tok.pos_ == "PROPN" or low in PRONOUNS:
        return True
    lemma = tok.lemma_.lower()
    return word_class(tok, "person") or lemma in words("institutions") \
        or lemma in words("person_nouns") or low in words("person_nouns") \
        or lemma in words("doer_nouns")  # "Arsonists set fire to a mosque": named by their act


def tells_who(clause: Token) -> bool:
    """A relative clause that says who someone is ("the man who attacked the mosque", "the
    girls kidnapped in Zamfara", "George Floyd, who died in Minneapolis"): its time and place
    are that person's story, not the act of the clause it hangs on. Not a clause on a thing
    ("border controls, which they imposed"), an infinitive or a gerund ("a decree banning the
    niqab"), a "where" or "when" clause ("the coast, where forces clashed"), nor a main verb
    the parser hung on its subject ("Members protested")."""
    noun = clause.head
    return clause.dep_ in ("relcl", "acl") and noun.i != clause.i and party_word(noun) \
        and noun.ent_type_ not in ("DATE", "TIME") and (clause.dep_ == "relcl" or clause.tag_ == "VBN") \
        and not misparsed_main_verb(clause) \
        and not any(c.lower_ in ("where", "when") for c in clause.children if c.dep_ == "advmod")


def side_by_side(a: Token, b: Token) -> bool:
    """One act noun is the subject of a verb and the other its object ("The Mansila attack
    recalled the 2022 massacre", "the bombing followed an ambush"): one act set beside
    another, not told twice."""
    # (a phrase's object is no slot: "orchestrated attacks on bases, including the attack on
    # Friday", "the raid led to four arrests": what an act includes or led to may be part of it)
    if a.head.i != b.head.i or {a.dep_.replace("nsubjpass", "nsubj"), b.dep_.replace("nsubjpass", "nsubj")} \
            != {"nsubj", "dobj"}:
        return False
    return a.head.pos_ in ("VERB", "AUX") and a.head.lemma_.lower() != "be"


SPAN_WORDS = frozenset({"minute", "hour", "day", "week", "month", "year"})  # "a week after"


def placed_against(tok: Token) -> tuple[Token, list[Token]] | None:
    """The "after" or "before" that places an act against another time, with the words that may
    count the span between: a clause's mark ("a day after rebels attacked", the count on the
    clause or its mark), or the phrase an act noun closes ("two days after the attack", the
    count on the mark or, as the parser may hang it, the mark on the count)."""
    if tok.dep_ == "advcl":
        mark = next((c for c in tok.children if c.dep_ == "mark" and c.lower_ in ("after", "before")), None)
        return (mark, [*tok.children, *mark.children]) if mark is not None else None
    if tok.dep_ == "pobj" and tok.head.lower_ in ("after", "before"):
        mark = tok.head
        return mark, [*mark.children, *([mark.head] if mark.head.dep_ == "npadvmod" else [])]
    return None


def a_span_apart(tok: Token) -> bool:
    """The act is told as a span of time after or before another ("came a week after the RSF
    attacked Zamzam camp", "a day after demonstrations in Oran"): it is that other act."""
    placing = placed_against(tok)
    if placing is None:
        return False
    mark, counts = placing
    if tok.dep_ == "advcl":  # "It came a day after troops shelled the port": the parser may hang the
        counts = [*counts, *(s for s in tok.head.children if s.right_edge.i == mark.i - 1)]  # span on "came"
    return any(s.dep_ == "npadvmod" and s.lemma_.lower() in SPAN_WORDS for s in counts)


def conditions(tok: Token) -> list[Token]:
    """The "if"/"unless" clauses hung on an act or its head ("... unless Baghdad accepts")."""
    return [c for verb in (tok, tok.head) for c in verb.children
            if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in c.children)]
