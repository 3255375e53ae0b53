"""What the words around a name say of it: whether it goes on ("Mazar-i-Sharif"), is a
proper noun, is the end of a person's name, and whether the text itself puts it where a
place goes ("in Goma", "the town of Kabkabiya", "Seno province", "the capital, Banja Luka").
Read by the geo stage's detection (and ``DIVISION_NOUNS`` by the event stage)."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..nlp.syntax import in_dateline
from .gazetteer import Candidate
from .sources import DIVISION_WORDS, KIND_DEMONYM

MAX_SCAN_TOKENS = 6  # longest place name the scan tries, in tokens ("Mazar - i - Sharif")
# Lower-case words inside one place name: "Bosnia and Herzegovina", "Mocimboa da Praia",
# "Mazar-i-Sharif", "Dar es Salaam" (the whole must still be a gazetteer name).
NAME_JOINERS = frozenset({"of", "and", "-", "da", "de", "do", "dos", "das", "del", "di", "du",
                          "el", "al", "es", "i", "e", "ul"})
# The joiners that may carry an uncovered run of capitalized words on (not "of", "and": "Goma
# and Bukavu" are two names, each a whole run).
RUN_JOINERS = NAME_JOINERS - {"of", "and"}
# Generic words a mention may carry around a name: "Mariupol city", "the Idlib region".
GENERIC_TRAILERS = ("city", "region", "area", "province", "town", "village", "district")
# Words that make the name beside them a division ("Latakia province", "Sukma district of
# Chhattisgarh"; the event stage reads them too): the gazetteer's division words, and the
# lower divisions news names that its sources do not.
DIVISION_NOUNS = frozenset(DIVISION_WORDS) | {"township", "municipality"}
# Nouns that say the name beside them is a place ("the regional capital, Banja Luka").
PLACE_NOUNS = frozenset(GENERIC_TRAILERS) | {"capital", "port", "county", "state"}
TOWN_NOUNS = frozenset({"town", "city", "village", "port"})  # what a town described after its name is called
# sites a town names before them ("Goma airport", "the Kakuma refugee camp", "Kuje prison"): a name
# the tagger read as a person or an organisation there is the town (not a hospital or a school,
# as often named after a person)
SITE_NOUNS = frozenset({"airport", "airfield", "airbase", "port", "harbour", "harbor", "camp", "prison", "jail",
                        "barracks", "market"})
# Prepositions that put what they govern on the map ("killed in Goma", "clashes near Djugu").
PLACE_PREPOSITIONS = frozenset({"in", "near", "outside", "inside"})  # not "at", "around":
# "shouted at Kennedy", "rallied around Hassan" are people
AROUND_THINGS = frozenset({"around"})  # "positions around Goma": around a thing, not a deed
# Verbs of force whose object is ground a side takes or strikes ("M23 rebels seized Goma",
# "troops raided Jenin", "shelled Kherson"): the object named there is a town, if one by that name
# is big enough to stand on its own
GROUND_VERBS = frozenset({"seize", "capture", "retake", "recapture", "overrun", "storm", "raid", "shell",
                          "bomb", "bombard", "besiege", "encircle", "liberate", "occupy", "pound", "take"})
FALLING_VERBS = frozenset({"hit", "strike"})  # ground a projectile falls on (PROJECTILES)
# Acts of force whose "on"/"against" phrase names the ground they fell on ("Israeli strikes on
# Rafah", "the shelling of Kharkiv"; tagged a person, the name is the town): not "attack", which
# is said of words too ("their attack on Warren")
FORCE_ON = frozenset({"on", "against", "of"})
FORCE_NOUNS = frozenset({"strike", "airstrike", "offensive", "bombing", "shelling", "bombardment", "incursion"})
# What falls on ground when it "hits" or "strikes" it ("Russian missiles hit Belgorod"; not
# "officers hit Jackson with a Taser", "an ad struck Jackson"); the geocoder runs before the event
# stage and keeps its own short list of the projectiles that stage reads
PROJECTILES = frozenset({"missile", "rocket", "drone", "shell", "bomb", "airstrike", "strike", "jet",
                         "warplane", "artillery", "mortar", "barrage", "salvo"})
BEARINGS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
                      "north-east", "north-west", "south-east", "south-west"})  # "15 km north of Goma"
SURROUNDINGS = frozenset({"outskirts", "outskirt", "edge", "centre", "center", "suburb", "suburbs", "streets",
                          "neighbourhood", "neighborhood", "township", "district", "slum"})  # ("the
# Chagoua neighbourhood of N'Djamena": the town a quarter belongs to, whatever the tagger calls it)


def name_continuations(doc: Doc, i: int) -> list:
    """The capitalized words that could end a place name whose last word so far is token
    ``i``: the next word when it is capitalized ("New" -> "Jersey"), else each word that
    joiners lead to ("Mazar" -> "Sharif" in "Mazar-i-Sharif", "Mocimboa" -> "Praia"), nearest
    first."""
    k = i + 1
    if k < len(doc) and capitalized(doc[k]):
        return [doc[k]]
    ends: list = []
    while k < len(doc):
        j = k
        while j < len(doc) and doc[j].lower_ in RUN_JOINERS:
            j += 1
        if j == k or j >= len(doc) or j - i >= MAX_SCAN_TOKENS or not capitalized(doc[j]):
            break
        ends.append(doc[j])
        k = j + 1
    return ends


def held_by_joiner(doc: Doc, start: int, end: int) -> bool:
    """The name's words are held together by a joiner ("Surigao del Sur", "Mazar-i-Sharif")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and any(t.lower_ in RUN_JOINERS for t in span[1:-1])


def capitalized(token) -> bool:
    return bool(token.text[:1].isupper()) and token.is_alpha or token.text in ("U.S.", "U.K.")


def proper(token, cands: tuple[Candidate, ...]) -> bool:
    """A single capitalized word counts only as a proper noun or a demonym, not "May"/"Will"."""
    if any(c.kind == KIND_DEMONYM for c in cands):
        return token.pos_ in ("ADJ", "PROPN", "NOUN")
    if token.is_sent_start and token.is_stop:
        return False
    return token.pos_ == "PROPN" and not token.is_stop


def surname(token) -> bool:
    """The last word of a person's name the tagger cut short: "Judge Amy Berman Jackson" tags
    "Amy Berman" a person and leaves "Jackson", which heads the name, to look like a town."""
    return any(c.dep_ == "compound" and c.ent_type_ == "PERSON" for c in token.children)


def heads_a_name(token) -> bool:
    """The word opens a longer name: "Secretary of State", "University of Chicago"."""
    doc = token.doc
    if token.i + 2 >= len(doc):
        return False
    return doc[token.i + 1].lower_ == "of" and doc[token.i + 2].is_title


def before_division(doc: Doc, end: int) -> bool:
    """The name ending at ``end`` is followed by a division noun ("the Sumy region"), not one
    inside a longer name ("Madrid District Hospital")."""
    span = doc.char_span(end - 1, end, alignment_mode="expand")
    if span is None or span[-1].i + 1 >= len(doc) or doc[span[-1].i + 1].lower_ not in DIVISION_NOUNS:
        return False
    nxt = doc[span[-1].i + 1]
    return not (nxt.text[:1].isupper() and nxt.dep_ == "compound" and nxt.head.i > nxt.i
                and nxt.head.text[:1].isupper())


def named_as_a_place(doc: Doc, start: int, end: int) -> bool:
    """A name the text itself calls a place: in apposition to "the capital", "the town" (before
    it or after it: "Sake, a town in eastern Congo"), or the name in "the city of X" (a
    tagger's PERSON there, or a town too small to trust unaided, is a place)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    root = span.root
    head = root.head
    if root.dep_ == "appos" and head.lemma_.lower() in PLACE_NOUNS:
        return True
    if any(c.dep_ == "appos" and c.lemma_.lower() in TOWN_NOUNS for c in root.children):
        return True  # "Sake, a town in eastern Congo" (not "Tillaberi, a region": a town's name too)
    return place_noun_of(root) is not None


def place_noun_of(root: Token) -> Token | None:
    """The place noun a name follows in "the city of X", "the town of Kaya", or None."""
    head = root.head
    if root.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in PLACE_NOUNS \
            and head.head.i < head.i:
        return head.head
    return None


def in_the_dateline(doc: Doc, start: int, end: int) -> bool:
    """Every word at ``start:end`` is a dateline's ("NAIROBI, Kenya (AP) —"): where the report
    was filed."""
    span = doc.char_span(start, end, alignment_mode="contract")
    return span is not None and len(span) > 0 and all(in_dateline(t) for t in span)


def named_for_a_site(doc: Doc, start: int, end: int) -> bool:
    """The name a site is called by, before its common noun ("Goma airport", "the Kakuma
    refugee camp", "Kuje prison"): often its town's (not "LaGuardia Airport", a name of its
    own; nor "Mvog-Ada market", the end of a quarter's name)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span) or (span.start > 0 and doc[span.start - 1].text == "-"):
        return False
    root = span.root
    head = root.head
    return root.dep_ == "compound" and head.is_lower and head.lemma_.lower() in SITE_NOUNS \
        and head.i > root.i and all(t.dep_ == "compound" and t.is_lower for t in doc[span.end:head.i])


def after_place_preposition(doc: Doc, start: int, end: int) -> bool:
    """The whole name is what "in", "near", "outside" ... governs ("in Goma", "near
    Beledweyne", "on the outskirts of Taiz", "15 km north of Goma"), not a part of a longer phrase ("in Trump's
    speech" is governed at "speech")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    root = _placed_phrase(span)
    if root.dep_ != "pobj":
        return False
    prep = root.head
    if prep.lower_ in PLACE_PREPOSITIONS:
        return True
    if prep.lower_ in AROUND_THINGS and prep.head.pos_ == "NOUN":
        return True
    return prep.lower_ == "of" and (prep.head.lemma_.lower() in SURROUNDINGS or prep.head.lower_ in BEARINGS) \
        and prep.head.i < prep.i


def taken_as_ground(doc: Doc, start: int, end: int) -> bool:
    """The whole name is what a verb of force took or struck ("seized Goma", "raided Jenin",
    "shelled Kherson and Mykolaiv")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    root = _placed_phrase(span)
    if any(c.dep_ == "appos" and c.lemma_.lower() not in PLACE_NOUNS for c in root.children):
        return False  # "captured Austin, a Boko Haram commander": a person (not "seized Goma, the
        # provincial capital")
    if root.dep_ == "pobj" and root.head.lower_ in FORCE_ON and root.head.head.lemma_.lower() in FORCE_NOUNS:
        return True  # "Israeli strikes on Rafah", "the shelling of Kharkiv"
    if root.dep_ != "dobj" or root.head.pos_ != "VERB":
        return False
    verb = root.head.lemma_.lower()
    return verb in GROUND_VERBS or (verb in FALLING_VERBS and any(
        c.dep_ == "nsubj" and (c.lemma_.lower() in PROJECTILES or any(
            g.dep_ == "compound" and g.lemma_.lower() in PROJECTILES for g in c.children))
        for c in root.head.children))  # "Russian missiles hit Belgorod", "a drone strike hit Nabatieh"


def _placed_phrase(span: Span) -> Token:
    """The word a preposition would govern for the name: the name's own root, the first of
    names joined to it ("in Aleppo and Homs": Aleppo), or the division noun it names ("in the
    Beni territory of North Kivu", "in Kaduna's Kajuru district": territory, district)."""
    root = span.root
    while root.dep_ == "conj" and root.head.i < root.i and root.head.pos_ == "PROPN":
        root = root.head
    return _named_division(span, root) or root


def _named_division(span: Span, root: Token) -> Token | None:
    """The division noun right after the name, which the name names ("Beni" read as an
    adjective of "territory")."""
    after = span[-1].i + 1
    if root.dep_ in ("compound", "amod", "nmod") and root.head.i == after and root.head.lower_ in DIVISION_NOUNS:
        return root.head
    return None


def division_owner(doc: Doc, start: int, end: int) -> str | None:
    """The wider place a division the name names is said to lie in: "the Hyderabad district
    of Sindh", "Kaduna's Kajuru district" (Sindh, Kaduna); None when the name names no
    division or the division is given no wider place."""
    span = doc.char_span(start, end, alignment_mode="expand")
    division = _named_division(span, span.root) if span is not None and len(span) else None
    if division is None:
        return None
    for c in division.children:
        if c.dep_ == "poss":
            return c.text
        if c.dep_ == "prep" and c.lower_ == "of":
            owner = next((g for g in c.children if g.dep_ == "pobj"), None)
            if owner is None:
                return None
            words = [t for t in owner.subtree if t.dep_ != "det" and not t.is_punct]
            if owner.lower_ in DIVISION_NOUNS:  # "of North Kivu province": the name before it
                words = [t for t in words if t.i < owner.i]
            return " ".join(t.text for t in words) or None
    return None


def told_as_a_place(doc: Doc, start: int, end: int) -> bool:
    """A bare name the text puts where places go: "in Kabkabiya", "the town of Kabkabiya",
    "Dantewada district" (not "the Valley", "from Helmet", "Banksy and London boroughs")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span) or (span.start > 0 and doc[span.start - 1].dep_ == "det"):
        return False
    return named_as_a_place(doc, start, end) or before_division(doc, end) \
        or after_place_preposition(doc, start, end)
