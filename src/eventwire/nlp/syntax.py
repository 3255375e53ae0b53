"""Dependency-parse tests every stage shares: one helper for each idea.

The event and claim stages both ask whether a verb is passive and who its subject is; they
ask it here, so a fix to either question reaches both.
"""

from __future__ import annotations

import calendar

from spacy.tokens import Doc, Token

# month and weekday names and their abbreviations ("March", "Mar", "Friday"): words of a date, never a
# name of anything else the date reader or the place scan should take
CALENDAR_WORDS = frozenset(w.lower() for w in (*calendar.month_name, *calendar.month_abbr, *calendar.day_name,
                                                *calendar.day_abbr) if w)
TIME_LABELS = frozenset({"DATE", "TIME"})  # the recognizer's labels for a phrase that says when

PASSIVE_MARKS = frozenset({"nsubjpass", "auxpass", "csubjpass"})
ACTIVE_SUBJECTS = ("nsubj", "csubj")
PLURAL_TAGS = frozenset({"NNS", "NNPS"})  # plural common and proper nouns
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})  # a verb with a tense of its own
DATELINE_DASHES = frozenset({"—", "–", "-", "--"})
MAX_DATELINE_TOKENS = 14  # "KINSHASA, Democratic Republic of Congo (Reuters) —" and no longer
NAME_JOINERS = frozenset({"of", "and", "the"})  # small words inside a country's name after the comma
DATELINES_KEY = "eventwire.datelines"  # Doc.user_data: found once per document
TEXT_KEY = "eventwire.text"  # Doc.user_data: the text, joined once


def doc_text(doc: Doc) -> str:
    """The Doc's text, joined once: spaCy rebuilds ``Doc.text`` from every token on each
    access (a per-trigger ``doc.text`` cost the event stage a fifth of its time)."""
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc.user_data[TEXT_KEY] = doc.text
    return text


def marked_passive(tok: Token) -> bool:
    """The verb carries a passive auxiliary or a passive subject ("was arrested")."""
    return any(c.dep_ in PASSIVE_MARKS for c in tok.children)


def is_passive(tok: Token) -> bool:
    """Passive as an event reads it: marked, shared across "and" ("she was arrested and
    charged"), or a bare participle that modifies a noun ("the men detained on Monday")."""
    if marked_passive(tok):
        return True
    if tok.dep_ == "conj" and tok.tag_ == "VBN" and tok.head.i != tok.i \
            and not any(c.dep_ in ("nsubj", "dobj", "aux") for c in tok.children) \
            and any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.head.children):
        return True
    # ("the members killed": a bare -ed form on a noun, which the tagger may call a past tense)
    participle = tok.tag_ == "VBN" or (tok.tag_ == "VBD" and tok.dep_ == "acl"
                                       and not any(c.dep_ == "nsubj" for c in tok.children))
    return participle and tok.dep_ in ("acl", "relcl") and not any(
        c.dep_ == "aux" for c in tok.children
    ) and not misparsed_main_verb(tok)


def joined_to_an_infinitive(verb: Token) -> Token | None:
    """The verb governing the infinitive a verb of its own tense is joined to ("Police urged
    residents to stay indoors and arrested 12 protesters": "arrested" is told beside "urged",
    whose subject does it, not inside what "urged" asks)."""
    head = verb.head
    if verb.dep_ == "conj" and verb.tag_ in FINITE_TAGS and head.tag_ == "VB" and head.dep_ in ("xcomp", "ccomp") \
            and verb.lower_ != verb.lemma_.lower():
        return head.head  # (a form that is also the bare verb, "hit", "cut", "shut", may be asked too)
    return None


def shares_the_to(verb: Token) -> bool:
    """The converse: "urged locals to assist authorities and deny terrorism any victory", a bare
    verb the parser joins to the governing verb, though it shares the "to" of that verb's
    infinitive (no subject, no auxiliary, no tense of its own), is asked too."""
    return verb.dep_ == "conj" and verb.tag_ == "VB" and verb.head.tag_ != "VB" \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in verb.children) \
        and any(c.dep_ == "xcomp" and to_infinitive(c) for c in verb.head.children)


def first_conjunct(tok: Token) -> Token:
    """The head of the coordination ``tok`` is in ("rights groups and Washington": groups)."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def in_content_of(tok: Token, governor: Token) -> bool:
    """The word lies in a clause the governor takes as its content ("demanded that the ELN
    restore a ceasefire", "saying an attack on Tuesday showed"), not among the governor's own
    words ("negotiated the deal")."""
    if governor not in tok.ancestors:
        return False
    for anc in tok.ancestors:
        if anc.i == governor.i:
            return False
        if anc.dep_ in ("ccomp", "xcomp"):
            return True
    return False


def to_infinitive(verb: Token) -> bool:
    """A verb with its own "to" ("vowed to respond", "need to leave"): an act aimed at, not done."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


VOWING_LEMMAS = frozenset("threaten vow pledge promise refuse decide agree plan".split())  # "X threatened to ..."
# Verbs done with no object, whose bare past form after a noun is the noun's own act ("Hundreds
# of workers protested outside the ministry"), not a participle on it ("the men detained"): a
# crowd's acts, a meeting's, a fighter's yielding or going
UNDONE_TO_LEMMAS = frozenset("protest rally march demonstrate riot gather assemble convene meet "
                             "surrender resign flee retreat collide reunite vote".split())
SENTENCE_ENDS = (".", '."', ".\u201d")  # a full sentence, not a headline or a caption


SPOT_WORDS = frozenset("outside inside near beside opposite behind".split())  # words of where


def misread_spot(noun: Token) -> bool:
    """An object the parser made of a place phrase, its preposition read as an adjective, on a
    verb done to no one ("protested outside parliament"): where the act was, not whom it was
    done to."""
    first = noun.doc[noun.left_edge.i]
    return first.lower_ in SPOT_WORDS and first.dep_ in ("amod", "advmod") and first.head.i == noun.i \
        and noun.head.lemma_.lower() in UNDONE_TO_LEMMAS  # (not "blamed outside agitators": a real
    # adjective on the object of a verb that takes one)


def misparsed_main_verb(tok: Token) -> bool:
    """A past form the parser hung as a participle on the sentence's noun root, though it is
    the sentence's own verb: it takes a direct object ("Members protested the law"), which a
    passive participle cannot, or a "by" with a gerund ("protested by shouting"), which says
    how, where a passive's "by" names who."""
    if tok.tag_ not in ("VBN", "VBD") or tok.dep_ not in ("acl", "relcl") \
            or tok.head.pos_ not in ("NOUN", "PROPN"):
        return False
    if tok.head.dep_ not in ("ROOT", "dep") and not (tok.head.dep_ == "appos" and in_dateline(tok.head.head)) \
            and not _second_subject(tok.head):
        return False  # the lead's subject hung on a dateline ("MAIDUGURI (AP) — Fighters killed"),
        # or left unattached before a reporting verb ("Gunmen abducted 61 pupils, police said"), or
        # made a second subject of that verb ("Israeli airstrikes killed 20 people, officials said")
    doc = tok.doc
    if tok.head.dep_ == "ROOT" and any(c.dep_ in ("appos", "relcl") and c.right_edge.i + 2 == tok.i
                                       and doc[c.right_edge.i + 1].text == "," for c in tok.head.children):
        return True  # "The governor of Borno State, Babagana Zulum, called on residents", "China,
        # which has brokered truces, called on both sides": the verb right after a name or a
        # clause set off by commas is the sentence's own
    if tok.head.dep_ == "ROOT" and tok.lemma_.lower() in VOWING_LEMMAS and any(
            c.dep_ == "xcomp" and to_infinitive(c) for c in tok.children):
        return True  # "The regional bloc threatened on Monday to use force": one vows what one will do
    if tok.head.dep_ == "ROOT" and tok.i > tok.head.i and tok.lemma_.lower() in UNDONE_TO_LEMMAS \
            and tok.sent.text.rstrip().endswith(SENTENCE_ENDS) \
            and not any(c.dep_ == "agent" for c in tok.children):
        return True  # "Hundreds of workers protested outside the Ministry of Labour.": a full
        # sentence has a verb, and this one is done by the noun, to no one (not "Protesters
        # detained in Nairobi", a headline, nor a crowd "dispersed by police")
    return any(c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ == "by" and any(
        g.dep_ == "pcomp" and g.tag_ == "VBG" for g in c.children)) for c in tok.children)


def _second_subject(noun: Token) -> bool:
    """The noun is a subject of a verb that has another subject after it, set off by a comma
    ("Israeli airstrikes killed 20 people overnight, health officials said": the parser's
    reading of a lead whose verb it hung on the noun)."""
    verb = noun.head
    return noun.dep_ == "nsubj" and verb.i > noun.i and any(
        c.dep_ == "nsubj" and c.i > noun.i and noun.doc[c.left_edge.i - 1].text == "," for c in verb.children)


def dateline_end(tok: Token) -> int:
    """Index of the dash closing a wire dateline that opens ``tok``'s paragraph ("KABUL,
    Afghanistan (AP) — Taliban fighters attacked"), else -1: the place the report was filed
    from is no party and no part of one. (The last such dash at or before ``tok``: a dash of
    an earlier sentence is before every word of ``tok``'s own, so it bars none of them.)"""
    return next((i for i in reversed(_dateline_ends(tok.doc)) if i <= tok.i), -1)


def in_dateline(tok: Token) -> bool:
    """Whether ``tok`` is a word of a wire dateline ("ADDIS ABABA —"): where the report was
    filed from, not where what it tells happened."""
    return dateline_lead(tok) is not None


def dateline_lead(tok: Token) -> tuple[int, int] | None:
    """For a word of a dateline, the token range of the dateline and the sentence it opens
    (the lead), however the parser cut them; else None."""
    sent = tok.sent
    dash = next((e for e in _dateline_ends(tok.doc) if tok.i < e < sent.end), None)
    if dash is None:
        return None
    after = dash + 1 if dash + 1 < len(tok.doc) else dash
    return sent.start, tok.doc[after].sent.end


def first_dateline(doc: Doc) -> tuple[int, int] | None:
    """The token range of the document's first wire dateline, up to its closing dash, or None."""
    ends = _dateline_ends(doc)
    return (doc[ends[0]].sent.start, ends[0]) if ends else None


def _dateline_ends(doc: Doc) -> list[int]:
    """The closing dashes of the document's datelines, found once per document."""
    ends = doc.user_data.get(DATELINES_KEY)
    if ends is None:
        ends = doc.user_data[DATELINES_KEY] = _datelines(doc)
    return ends


def _datelines(doc: Doc) -> list[int]:
    """The closing dash of every dateline in the document, found once per document: a
    paragraph opening with a word in capitals, then capitals, brackets and commas (after a
    comma, a name: "GAZA CITY, Gaza Strip —"; in brackets, an agency: "(Reuters)"), then a
    dash set apart with a sentence opening after it and no second dash in the sentence (not
    "NATO-led troops", "OPEC — whose members met", "NATO — Ukraine's main backer —
    condemned")."""
    ends = []
    text = doc_text(doc)
    for sent in doc.sents:
        first = sent[0]
        if (first.idx and text[first.idx - 1] != "\n") \
                or not (first.is_upper and first.is_alpha and len(first) >= 3):
            continue
        named = False  # a place's name may follow a comma
        credit = False  # inside brackets, an agency's name ("(Reuters)", "(AP)")
        for t in sent[1:MAX_DATELINE_TOKENS]:
            if t.text in DATELINE_DASHES and not t.whitespace_ and not doc[t.i - 1].whitespace_ \
                    and doc[t.i - 1].is_upper and t.i + 1 < sent.end and doc[t.i + 1].is_upper:
                continue  # a hyphen inside the town's name ("PORT-AU-PRINCE (AP) -")
            if t.text in DATELINE_DASHES:
                # the parser may end a sentence at the dash: the lead opens the next one
                after = doc[t.i + 1] if t.i + 1 < len(doc) else None
                lead_end = sent.end if t.i + 1 < sent.end or after is None else after.sent.end
                if t.whitespace_ and doc[t.i - 1].whitespace_ and after is not None \
                        and (after.is_title or after.is_upper) \
                        and not any(u.text in DATELINE_DASHES and u.whitespace_ and doc[u.i - 1].whitespace_
                                    for u in doc[t.i + 1:lead_end]):  # not "Al-Qaim"
                    ends.append(t.i)
                break
            named = named or t.text == ","
            credit = (credit or t.text == "(") and t.text != ")"
            if not (t.is_punct or t.is_upper or ((named or credit) and t.is_title)
                    or (named and t.lower_ in NAME_JOINERS)  # "Democratic Republic of Congo"
                    or (named and t.is_digit and doc[t.i - 1].is_title)):  # the day filed: "ABUJA, May 6 (Reuters) -"
                break
    return ends


def subject_child(tok: Token, deps: tuple[str, ...] | frozenset[str] = ACTIVE_SUBJECTS) -> Token | None:
    """The verb's own subject (a child with one of ``deps``), or None. A subject inside a
    dateline is none, though its apposition after the dash is ("UNITED NATIONS (AP) — The
    Security Council condemned"). Of two subjects a garbled parse gives, the nearest before the
    verb when a clause break parts them and it runs on into the verb ("the last 40 fighters
    left surrendered, so the plant has been locked down"); the name right after a title ("army
    chief Abdel Fattah al-Burhan visited"); else the first: when nothing parts
    them ("Refugees the army expelled attacked", "HAMAS militants fired") or a comma closes
    the nearer one off (an apposition: "Many of the rebels, fighters from the north,
    attacked")."""
    line = dateline_end(tok)
    found: list[Token] = []
    for c in tok.children:
        if c.dep_ not in deps:
            continue
        own = c if c.i > line else next((a for a in c.subtree if a.dep_ == "appos" and a.i > line
                                         and a.head.i <= line), None)  # on the dateline's country
        # too ("DHAKA, Bangladesh — The Students' Rights Council called")
        if own is not None:
            found.append(own)
    before = [c for c in found if c.i < tok.i]
    if len(before) > 1:
        first, last = before[0], before[-1]
        between = tok.doc[first.i + 1:last.left_edge.i]
        if not any(t.is_punct or t.dep_ == "cc" or t.pos_ == "CCONJ" for t in between):
            if first.pos_ == "NOUN" and last.ent_type_ == "PERSON" and last.left_edge.i == first.i + 1:
                return last  # "Sudan's army chief Abdel Fattah al-Burhan visited": the title's name
            return first
        verb_start = min([tok.i] + [c.i for c in tok.children if last.i < c.i < tok.i and not c.is_punct])
        return _described(first if tok.doc[verb_start - 1].is_punct else last)
    return _described(found[0]) if found else None


def _described(subj: Token) -> Token:
    """The noun a subject adjective describes, when the parser made the noun the adjective's
    own subject ("According to officials, gunmen loyal to a warlord killed six": gunmen)."""
    if subj.pos_ != "ADJ":
        return subj
    return next((c for c in subj.children if c.dep_ == "nsubj" and c.i < subj.i
                 and c.pos_ in ("NOUN", "PROPN", "PRON")), subj)


def _clause_only(prep: Token) -> bool:
    """A preposition whose object is a clause ("of attacking a convoy"), not a noun."""
    deps = {c.dep_ for c in prep.children}
    return "pcomp" in deps and "pobj" not in deps


def noun_phrase(head: Token, drop_deps: frozenset[str], keep_preps: frozenset[str]
                ) -> tuple[int, int]:
    """Token range ``(lo, hi)``, inclusive, of the noun phrase ``head`` heads.

    Every descendant counts except those under a dependency in ``drop_deps`` (clauses,
    asides) or under a preposition outside ``keep_preps``, at any depth; a preposition
    before the word it hangs on opens no phrase of it ("In Kyiv, the minister"). The range
    stays contiguous around the head (a dropped clause ends it) and loses edge punctuation,
    conjunctions and a possessive ending. The event roles and the claim sources both read
    their phrases here.
    """
    kept = {head.i}
    stack = [head]
    while stack:
        tok = stack.pop()
        for child in tok.children:
            if child.is_punct:
                kept.add(child.i)  # "US-backed", "men, women and children": inside, not an end
                continue
            if child.dep_ in drop_deps:
                if _bracketed(child):  # "the Azadliq (Freedom) coalition": a gloss, inside
                    kept.update(t.i for t in child.subtree)
                continue
            if child.dep_ == "prep" and (child.lower_ not in keep_preps or child.i < tok.i or _clause_only(child)):
                continue  # "accused the rebels of attacking a convoy": the act is no part of the name
            kept.add(child.i)
            stack.append(child)
    lo = hi = head.i
    line = dateline_end(head)
    doc = head.doc
    while lo - 1 in kept and lo - 1 > line and not _line_break_after(doc[lo - 1]):
        lo -= 1
    while hi + 1 in kept and not _line_break_after(doc[hi]):
        hi += 1
    edge = ("cc", "punct")
    while lo < head.i and (doc[lo].is_space or doc[lo].dep_ in edge or doc[lo].is_punct):
        lo += 1
    while hi > head.i and (doc[hi].is_space or doc[hi].dep_ in edge + ("case",) or doc[hi].is_punct):
        hi -= 1  # and a possessive ending: "the government's decision" names the government
    opened = sum(doc[i].text == "(" for i in range(lo, hi + 1)) - sum(doc[i].text == ")" for i in range(lo, hi + 1))
    if opened > 0 and hi + 1 < len(doc) and doc[hi + 1].text == ")":
        hi += 1  # "the Syrian Democratic Forces (SDF)": the bracket a name's initials open, closed
    return lo, hi


def _line_break_after(tok: Token) -> bool:
    """A line ends after the token ("... over rector's dismissal" / "Hundreds of students"):
    a name or a phrase does not run on from a headline into the lead."""
    after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None  # spaCy keeps a line break
    return after is not None and after.is_space and "\n" in after.text  # as a token of its own


def _bracketed(tok: Token) -> bool:
    """The token's subtree is an aside in brackets: "(Freedom)", "(AKK)"."""
    doc = tok.doc
    lo, hi = tok.left_edge.i, tok.right_edge.i
    opens = doc[lo].text in "([" or (lo > 0 and doc[lo - 1].text in "([")
    closes = doc[hi].text in ")]" or (hi + 1 < len(doc) and doc[hi + 1].text in ")]")
    return opens and closes


def base_forms(word: str) -> list[str]:
    """Cheap lemmas for words the tagger got wrong (title-case headline verbs)."""
    w = word.lower()
    forms = [w]
    if w.endswith("ies"):
        forms.append(w[:-3] + "y")
    if w.endswith("es"):
        forms.append(w[:-2])
    if w.endswith("s"):
        forms.append(w[:-1])
    if w.endswith("men"):
        forms.append(w[:-3] + "man")  # "Gunmen"
    if w.endswith("ed"):
        forms += [w[:-2], w[:-1]]
    if w.endswith("ing"):
        forms += [w[:-3], w[:-3] + "e"]
        if len(w) > 6 and w[-4] == w[-5]:
            forms.append(w[:-4])  # "stabbing"
    return forms
