"""A headline is parsed as a sentence of its own, in the case its article's body writes each word.

A first line that reads as a headline (short, no full stop, text below it) begins a sentence
after it (:class:`~.model.NlpStage` presets the start), else the parser reads it into the lead.

Why: the tagger reads capitalised words as names, so "Bandits Abduct 30 Villagers in Zamfara"
is one PERSON and no verb, and "Israeli Strike Kills 12" a labour strike. Plain-text articles
(pasted, or a page whose headline is the first line) start this way. Each headline word takes
the form the body gives it in mid-sentence ("police", "Zamfara"), or that of a word sharing its
stem ("abducted" for "Abduct"); with no such evidence, a function word or a word English uses
as a verb (the lemmatizer's own word index: "Occupies", "Storm") is lowercased, any other word
keeps its case. The recased text has the same length, so the parse of it is laid over the
original characters (:func:`with_text`): every offset and every word's text stay the text's own.
Not done: a first line with no text below it is no headline; a headline word the body never
uses and English does not use as a verb keeps its case, whether it names someone or not.
"""

from __future__ import annotations

import calendar
import re
from collections import Counter

from spacy.attrs import DEP, ENT_IOB, ENT_KB_ID, ENT_TYPE, HEAD, LEMMA, MORPH, POS, TAG
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc

from .syntax import base_forms

HEADLINE_MAX_WORDS = 25  # a longer first line is a sentence, not a headline
SHORT_WORD = 3  # letters: in capitals with no evidence, an initialism ("UN", "AU")
LONG_WORD = 4  # letters; shorter words ("in", "of", "at") are lowercase in many title styles
MIN_LONG_WORDS = 2  # fewer longer words say nothing about the line's case
CASED_SHARE = 0.75  # of the longer words after the first, capitalised (or all capitals)
MIN_STEM = 3  # letters: shorter stems ("a" of "as") say nothing about a word
NON_SPACE = re.compile(r"\S")
SENTENCE_END = re.compile(r"[.!?…]['\"”’)]*\s*$")
BLANK_LINE = re.compile(r"[^\S\n]*\n[^\S\n]*\n")  # matched where the line's words end
TITLE_MINOR = frozenset("a an the and but or nor for so yet as at by in of off on per to up via vs with from "
                        "into onto over amid after than".split())  # left lowercase in title case
RUN_ON_WORDS = frozenset("the a an of and or to at in on by for from with".split())  # no headline ends so
CALENDAR = frozenset(w.lower() for w in (*calendar.month_name[1:], *calendar.day_name))  # "March 10": a date
# A wire dateline opening a paragraph: a town in capitals, then a country or a day after a comma,
# an agency in brackets, and a dash set apart before the lead's first word ("KINSHASA, Democratic
# Republic of Congo (Reuters) —", "ABUJA, May 6 (Reuters) -", "UNITED NATIONS (AP) --").
DATELINE = re.compile(
    r"(?m)^[^\S\n]*[A-Z][A-Z'.-]{2,}(?:[^\S\n][A-Z][A-Z'.-]+)*"  # the town
    r"(?:,[^\S\n]+[A-Z][\w'.-]*(?:[^\S\n]+(?:of|the|and|[A-Z][\w'.-]*|\d{1,2}))*)?"  # a country or a day
    r"(?:[^\S\n]+\([A-Z][\w .&/-]{0,30}\))?"  # the agency
    r"[^\S\n]+(?:—|–|--|-)[^\S\n]+(?=[A-Z“\"‘'])"  # the dash, then the lead
)
DATELINE_DEP = "npadvmod"  # how a dateline hangs on its lead's first clause, as the parser hangs it read whole
PART_SEPARATOR = re.compile(r"\s*(?:…|\.\.\.|\|)\s*")  # between a headline's parts
WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
MID_SENTENCE_BEFORE = re.compile(r"[^\W_]|,")  # the character before a word inside a sentence
ANNOTATION = (TAG, POS, MORPH, LEMMA, DEP, HEAD, ENT_IOB, ENT_TYPE, ENT_KB_ID)


def verb_index(nlp: Language) -> frozenset[str]:
    """The verbs the model's rule lemmatizer knows (WordNet's), empty when it has none."""
    try:
        table = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")  # type: ignore[attr-defined]
        return frozenset(table["verb"])
    except (KeyError, AttributeError):
        return frozenset()


def sentence_case(text: str, verbs: frozenset[str] = frozenset()) -> str:
    """``text`` with a title-case or all-capitals first line recased word by word; ``text``
    itself when there is no such line or no word changes. ``verbs``: :func:`verb_index`."""
    span = headline_span(text)
    if span is None:
        return text
    start, end = span
    line = text[start:end]
    capitals = _style(line)
    if capitals is None:
        return text
    forms = _body_forms(text[end:])
    out = []
    last = 0
    for n, m in enumerate(WORD.finditer(line)):
        word = m.group(0)
        form = _form(word, forms, verbs, capitals, first=n == 0)
        out.append(line[last:m.start()])
        out.append(form)
        last = m.end()
    out.append(line[last:])
    recased = "".join(out)
    if recased == line:
        return text
    return text[:start] + recased + text[end:]


def headline_span(text: str) -> tuple[int, int] | None:
    """Where the first line is, when it reads as a headline: short, not ended as a sentence
    is, with more text below it, and either a blank line after it or its words capitalised (a
    line of wrapped text in sentence case carries its sentence on)."""
    first = _first_line(text)
    if first is None:
        return None
    start, end = first
    line = text[start:end]
    words = line.split()
    if not words or SENTENCE_END.search(line) or len(words) > HEADLINE_MAX_WORDS or _byline(words):
        return None
    if not BLANK_LINE.match(text, end):  # a line break alone: a capitalised line that does not
        # run on ("Macron condemned Sunday's Russian" / "missile strike"; "met Pope Leo at the")
        below = NON_SPACE.search(text, end)
        if _style(line) is None or (below is not None and below.group(0).islower()) \
                or words[-1].lower() in RUN_ON_WORDS \
                or any(w[0].islower() and w not in TITLE_MINOR for w in WORD.findall(line)):
            return None  # and every word but the small ones capitalised ("Biden met Xi in San")
    return start, end


def sentence_starts(text: str) -> list[int]:
    """Where the parse must begin a sentence: after the headline, and after each separator of
    its parts ("“2429 surrender”… Russia occupies Mariupol | JTBC News"); after a byline; after
    a wire dateline's dash (:func:`dateline_starts`)."""
    return sorted({*_headline_starts(text), *dateline_starts(text)})


def _headline_starts(text: str) -> list[int]:
    span = headline_span(text)
    if span is None:
        first = _first_line(text)
        if first is not None and _byline(text[first[0]:first[1]].split()):
            return [first[1]]  # "By Rob Strike, Chief Correspondent": not the lead's subject
        return []
    starts = [m.end() for m in PART_SEPARATOR.finditer(text, span[0], span[1])]
    return [*starts, span[1]]


def dateline_starts(text: str) -> list[int]:
    """Where the lead after a wire dateline begins ("ALMATY, Kazakhstan (Reuters) — A court in
    Almaty on Tuesday jailed ..."): read as one sentence with the dateline, the lead's words are
    parsed around the town's name ("Almaty ... jailed" a modifier of "opposition activist");
    begun on its own, the lead parses as the sentence it is (:func:`rejoin_datelines` then
    hangs the dateline back on it)."""
    return [m.end() for m in DATELINE.finditer(text)]


def rejoin_datelines(doc: Doc, text: str) -> Doc:
    """The lead parsed apart from its dateline (:func:`dateline_starts`), made one sentence with
    it again: the dateline's root hangs on the verb of the lead's first clause (as ``npadvmod``,
    where the parser puts it when it reads both whole), so every reader of a sentence still finds
    the place a lead was filed from in it, over the lead's own parse."""
    joins: list[tuple[int, int]] = []
    for offset in dateline_starts(text):
        lead = next((t for t in doc if t.idx >= offset and not t.is_space), None)
        if lead is None or lead.i == 0 or not lead.is_sent_start:
            continue
        dateline = doc[lead.i - 1].sent
        if dateline.start < lead.i and dateline.end == lead.i:
            sent = lead.sent
            verb = next((t.head for t in sent if t.dep_ in ("nsubj", "nsubjpass") and t.head.pos_ in ("VERB", "AUX")),
                        sent.root)  # the lead's first clause ("Gunmen attacked ..., police said": attacked)
            joins.append((dateline.root.i, verb.i))
    if not joins:
        return doc
    heads = doc.to_array([HEAD, DEP])
    dep = doc.vocab.strings.add(DATELINE_DEP)
    for root, lead_root in joins:
        heads[root, 0] = lead_root - root  # (heads are stored as offsets)
        heads[root, 1] = dep
    joined = doc.copy()
    joined.from_array([HEAD, DEP], heads)  # type: ignore[arg-type]
    return joined


def _first_line(text: str) -> tuple[int, int] | None:
    """The first line's bounds, trailing spaces left out, when more text follows it (found
    without copying the text: this runs on every document)."""
    lead = NON_SPACE.search(text)
    if lead is None:
        return None
    start = lead.start()
    end = text.find("\n", start)
    if end < 0 or NON_SPACE.search(text, end) is None:
        return None
    return start, start + len(text[start:end].rstrip())


def _byline(words: list[str]) -> bool:
    """ "By Rob Strike, Chief Correspondent": who wrote it, short."""
    return bool(words) and words[0].lower() == "by" and len(words) <= HEADLINE_MAX_WORDS


def _style(line: str) -> bool | None:
    """True for a line in capitals, False for title case, None for a line in sentence case."""
    words = [w for w in WORD.findall(line)[1:] if len(w) >= LONG_WORD]
    if len(words) < MIN_LONG_WORDS:
        return None
    if sum(w.isupper() for w in words) >= CASED_SHARE * len(words):
        return True
    if sum(w[0].isupper() for w in words) >= CASED_SHARE * len(words):
        return False
    return None


def stems(word: str) -> set[str]:
    """The word and its forms without an inflection ("kills", "killed", "killing" share "kill"),
    none shorter than three letters."""
    return {f for f in base_forms(word) if len(f) >= MIN_STEM} | {word.lower()}


class _Forms:
    """How the body writes its words inside sentences: each word's forms, and per stem whether
    its words are lowercase or capitalised."""

    def __init__(self) -> None:
        self.exact: dict[str, Counter[str]] = {}
        self.by_stem: dict[str, Counter[bool]] = {}


def _body_forms(body: str) -> _Forms:
    forms = _Forms()
    for m in WORD.finditer(body):
        j = m.start() - 1
        while j >= 0 and body[j] in " \t":
            j -= 1
        if j < 0 or not MID_SENTENCE_BEFORE.fullmatch(body[j]):
            continue  # a sentence's or line's first word: its capital says nothing
        word = m.group(0)
        forms.exact.setdefault(word.lower(), Counter())[word] += 1
        for stem in stems(word):
            forms.by_stem.setdefault(stem, Counter())[word[0].isupper()] += 1
    return forms


def _form(word: str, forms: _Forms, verbs: frozenset[str], capitals: bool, first: bool) -> str:
    """The form a headline word is parsed in."""
    if word.lower() in CALENDAR:
        return word.capitalize() if capitals else word  # "Published: Monday, March 10"
    written = forms.exact.get(word.lower())
    if written:
        form = max(written, key=lambda f: (written[f], f[0].isupper()))  # a tie keeps a capital
    else:
        votes: Counter[bool] = Counter()
        for stem in stems(word):
            votes.update(forms.by_stem.get(stem, Counter()))
        if votes[False] > votes[True] or (not votes and not stems(word).isdisjoint(verbs)):
            form = word.lower()
        elif votes[True] > votes[False] or word.lower() not in STOP_WORDS:
            form = word  # no evidence: a name, as written ...
            if capitals and len(word) > SHORT_WORD:
                form = word.capitalize()  # ... in capitals, as a name is written ("UN" stays)
        else:
            form = word.lower()
    if first:  # a sentence's first word: capitalised, as written in title case
        return word if not capitals else form[0].upper() + form[1:]
    return form


def with_text(parsed: Doc, text: str) -> Doc:
    """The annotation of ``parsed`` (a parse of a recased ``text``, same length) over the
    characters of ``text`` itself."""
    words = [text[t.idx : t.idx + len(t.text)] for t in parsed]
    spaces = [bool(t.whitespace_) for t in parsed]
    doc = Doc(parsed.vocab, words=words, spaces=spaces)
    doc.from_array(list(ANNOTATION), parsed.to_array(list(ANNOTATION)))  # type: ignore[arg-type]
    doc.tensor = parsed.tensor
    return doc
