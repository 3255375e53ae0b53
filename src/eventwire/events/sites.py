"""What a place word in an act's clause is: the act's own site, or a speaker's place, a party's,
a journey's end, a dateline; and the Location a named place makes.

Split from :mod:`.placing`, which reads where one mention's words put it with these tests.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Token

from ..geo.gazetteer import is_capital
from ..geo.resolve import great_circle_km
from ..geo.wording import DIVISION_NOUNS, SITE_NOUNS, TOWN_NOUNS, named_as_a_place, place_noun_of
from ..nlp.syntax import dateline_lead, first_conjunct, in_dateline
from ..record import Location, Place, Record, make_span
from .cameo import lookup
from .clauses import clause_verb, in_words, party_word
from .clausewords import PLACE_ENTS, TIME_ENTS, prep_objects, word_class
from .eventhood import said_of
from .lexicon import event_noun, lexicon, words
from .mood import SPEECH_TYPES
from .naming import phrase_bounds
from .tellingtime import TELLING_LEMMAS as SOURCE_LEMMAS  # what a news source tells by (not only says)
from .triggers import Candidate

LOCATION_PREPS = frozenset(
    "in at near outside inside across throughout through around into within from".split()
)
DESTINATION_PREPS = frozenset({"to", "toward", "towards"})
OBJECT_PLACE_PREPS = ("in", "at", "near", "outside", "inside")  # where a thing acted on lies
MAX_PLACE_DEPTH = 3  # nested phrases looked through for a place ("a street in the city of X")
# Acts a government does from its capital ("the Damascus assault on Idlib").
SEAT_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "THREATEN"})
# A town that names an act ("the Kabul bombing") is where it happened; a country that does
# ("U.S. strikes") is whose act it is.
TOWN_FEATURES = frozenset({"city", "locality", "facility", "admin2"})
PLACE_BREADTH = {f: i for i, f in enumerate(  # narrow to broad, for places named in one phrase
    ("facility", "locality", "city", "admin2", "admin1", "region", "country"))}
OCCUPY_CODE = "192"  # CAMEO: occupy territory
PARTY_DEPS = frozenset({"nsubj", "nsubjpass", "dative"})  # a place that acts (a struck town stays where)
UNPLACED_ENTS = frozenset({"GPE", "LOC", "FAC", "PERSON", "ORG", ""})  # what a town the gazetteer lacks is tagged as
JOURNEY_ENDS = frozenset({"from", "to"})  # where a journey set out from or was bound for
TOLD_AT_PREPS = frozenset({"in", "at"})  # where a report was given ("said in Bamako")
TELLING_LEMMAS = frozenset({"say", "tell", "speak", "talk", "add"})  # only ever tell (not
# "declared an emergency at the hospital in Sibi")
# what a bare name the gazetteer lacks after "in" or "near" is tagged as when it is a town (not a
# square or a building, which mostly lie in the town already named, nor a body)
SITE_ENTS = frozenset({"GPE", "LOC", "PERSON"})
SITE_PREPS = frozenset({"in", "near", "outside", "around"})
CITY_WORDS = frozenset({"city", "capital", "town"})  # "the north of the city": a part of it
SITE_HOLDERS = frozenset({"dobj", "nsubjpass", "attr"})  # the verb's words a place phrase may hang on
BUILDING_WORDS = frozenset("house palace square hall building court embassy ministry parliament assembly "
                           "office headquarters street avenue road bridge mall hotel hospital university "
                           "college school mosque church temple cathedral station prison".split())
# divisions wider than a town that introduce a name by "of" (not all of DIVISION_NOUNS: "the
# Department of Transportation", "the Republic of X", "the district of", inside a town)
PROVINCES = frozenset({"state", "province", "region", "county", "governorate", "prefecture", "oblast"})
SETTLED_FEATURES = frozenset({"city", "locality"})  # a town or a village: TOWN_FEATURES less a district or a site
AREA_WORDS = frozenset({"area"})  # a part of the town that owns it ("Dhaka's Shahbag area")
QUARTER_NOUNS = ("township", "district", "neighbou?rhood", "suburb", "quarter", "slum", "estate", "camp",
                 "commune", "ward", "borough", "settlement")  # parts of a town ("the Mtendere township")


def names_a_quarter(tok: Token, place: Place, trigger: Token, struck: bool) -> bool:
    """ "in the Damascus neighbourhood of Mazzeh", "hit a Kharkiv apartment block": a town named
    before the quarter or the site a place phrase puts the act in, or before what the act
    struck, is where it was (not "the Russian military", "U.S. strikes": whose)."""
    head = tok.head
    if tok.dep_ == "poss" and place.feature in TOWN_FEATURES | {"admin1"}:  # "in Dhaka's Shahbag area",
        # "struck Beirut's southern suburbs", "in Yala's Bannang Sata district": the town or province
        # whose part it is (not "at Israel's embassy", "attacked Kharkiv's mayor": whose)
        return (quarter_noun(head) or head.lemma_.lower() in AREA_WORDS) and (
            (head.dep_ == "pobj" and head.head.lower_ in LOCATION_PREPS)
            or (struck and head.dep_ in ("dobj", "nsubjpass") and head.head.i == trigger.i))
    if tok.dep_ != "compound" or place.feature not in TOWN_FEATURES or tok.ent_type_ == "NORP":
        return False
    if head.dep_ in ("dobj", "nsubjpass") and head.head.i == trigger.i:
        return struck and not party_word(head)  # (not "kidnapped a Lagos businessman": where he is from)
    return (quarter_noun(head) or in_words(head, "sites")) \
        and head.lower_ not in DIVISION_NOUNS and head.dep_ == "pobj" and head.head.lower_ in LOCATION_PREPS


def quarter_of_its_own(record: Record, noun: Token, owner: Place) -> bool:
    """The quarter noun's name is a town or a village of the owner's country in the gazetteer ("in
    Johannesburg's Soweto township": Soweto, not Johannesburg; a district may share a town's name)."""
    for name in (c for c in noun.children if c.dep_ == "compound"):
        place = record.place_at(name.idx, name.idx + len(name.text))
        if place is not None and place.feature in SETTLED_FEATURES and place.country == owner.country:
            return True
    return False


def quarter_noun(tok: Token) -> bool:
    """A noun for a part of a town ("township", "district", "suburbs")."""
    return re.fullmatch("|".join(QUARTER_NOUNS), tok.lower_.rstrip("s")) is not None


def spoken_at(tok: Token, trigger: Token) -> bool:
    """ "rallied outside Parliament House, accusing Jakarta of abuses": a place that is the
    object of another verb, one that only ever voices a statement, is whom it was voiced at."""
    verb = tok.head
    return tok.dep_ in ("dobj", "obj") and verb.i != trigger.i and verb.pos_ == "VERB" and only_voiced(verb)


def voiced_by(tok: Token) -> bool:
    """ "drawing condemnation from London", "a move criticised by Washington": a place a
    statement came from is who voiced it, not where anything happened."""
    tok = first_conjunct(tok)  # "from Washington and Brussels"
    if tok.dep_ != "pobj" or tok.head.lower_ not in ("from", "by"):
        return False
    said = tok.head.head
    return only_voiced(said) or any(c.dep_ in ("dobj", "obj") and only_voiced(c) for c in said.children)


def told_at(tok: Token) -> bool:
    """ "the army said in Bamako", "told reporters in Nairobi", "speaking in Kyiv": where a
    report was given is where its teller was, not where what it tells happened."""
    tok = first_conjunct(tok)
    if tok.dep_ != "pobj" or tok.head.lower_ not in TOLD_AT_PREPS:
        return False
    host = tok.head.head
    if host.dep_ in ("dobj", "dative") and (in_words(host, "press") or in_words(host, "telling_occasions")):
        host = host.head  # "told reporters in Nairobi", "told a news conference in Kyiv"
    elif host.dep_ == "acl" and in_words(host.head, "telling_occasions"):
        host = host.head  # "said in a statement issued in Tel Aviv": the statement's place
    if host.dep_ == "pobj" and in_words(host, "telling_occasions") and host.head.dep_ == "prep":
        host = host.head.head  # "said in a statement in Bamako"
    return host.pos_ == "VERB" and host.lemma_.lower() in TELLING_LEMMAS


def seat_of_a_body(tok: Token) -> bool:
    """ "the Doha-based Al Jazeera network reported", "a monitor based in London said": where a
    body that tells the news is based is its seat, not where what it tells happened (nor the
    wider place set beside the town). Not a body the act is done to or by ("raided the offices
    of the Moscow-based newspaper", "troops based in Gao attacked")."""
    while tok.dep_ == "appos" and tok.head.i != tok.i:
        tok = tok.head
    based = tok.head.head if tok.dep_ == "pobj" and tok.head.dep_ == "prep" else tok.head
    if based.i == tok.i or not in_words(based, "seat_words") or based.dep_ not in ("amod", "acl"):
        return False
    body = based.head
    after = body.right_edge.i + 1
    while after < len(body.doc) and body.doc[after].is_punct:
        after += 1
    if after < len(body.doc) and _telling(body.doc[after]) and not any(
            c.dep_ == "nsubj" for c in body.doc[after].children):
        return True  # "..., a monitoring group based in London said": the parser left the teller unhung
    for _ in range(MAX_PLACE_DEPTH):  # "owner of Beijing-based TechMoat Consulting, told VOA"
        if body.dep_ == "nsubj" and _telling(body.head):
            return True
        if body.dep_ not in ("pobj", "prep", "appos", "compound", "poss") or body.head.i == body.i:
            return False
        body = body.head
    return False


def _telling(verb: Token) -> bool:
    """A verb a source tells the news by ("said", "reported")."""
    return verb.lemma_.lower() in SOURCE_LEMMAS


def on_a_journey(tok: Token) -> bool:
    """ "The bomber had travelled from Quetta", "a train travelling from Quetta to Peshawar":
    where a journey began or was bound, not where the news is."""
    tok = first_conjunct(tok)
    while tok.dep_ == "appos" and tok.head.i != tok.i:
        tok = tok.head  # "from Quetta, Balochistan"
    tok = place_noun_of(tok) or tok  # "travelled from the town of Kaya"
    if tok.dep_ != "pobj" or tok.head.lower_ not in JOURNEY_ENDS:
        return False
    verb = tok.head.head
    if verb.lower_ in JOURNEY_ENDS:
        verb = verb.head  # "from Quetta to Peshawar": "to" hung on "from"
    return in_words(verb, "purpose_journeys")


def only_voiced(word: Token) -> bool:
    """Every reading the lexicon has for the word ("accuse", "criticism") is a statement."""
    readings = [e for e in lexicon().get(word.lemma_.lower(), ())
                if e.pos == ("V" if word.pos_ == "VERB" else "N")]
    return bool(readings) and all(lookup(e.code).plover in SPEECH_TYPES for e in readings)


def addressed_in_words(tok: Token) -> bool:
    """ "rallied ..., accusing Jakarta of abuses", "urging Kyiv to withdraw": a place a verb that
    only voices a statement is aimed at stands for its government, a party, not where anything
    happened."""
    return tok.dep_ in ("dobj", "obj") and only_voiced(tok.head)


def as_a_party(tok: Token) -> bool:
    """A place that acts or undergoes, alone, joined to another party or set beside one ("Russia
    recaptured", "China and Russia vetoed", "The militant organisation, the Islamic State of Iraq
    and the Levant, claimed")."""
    tok = first_conjunct(tok)
    for _ in range(MAX_PLACE_DEPTH):
        if tok.dep_ != "appos":
            break
        tok = first_conjunct(tok.head)
    return tok.dep_ in PARTY_DEPS


def a_partys_own(tok: Token) -> bool:
    """ "the government of Syria", "the president of the United States", "Sheriff of Milwaukee
    County": the place says whose the party or the office is (not "the Gulf of Aden")."""
    tok = first_conjunct(tok)  # "of Iraq and the Levant"
    if tok.dep_ != "pobj" or tok.head.lower_ != "of":
        return False
    owner = tok.head.head
    lemma = owner.lemma_.lower()
    if lemma in PROVINCES:
        return False  # "the western state of Rakhine": a division of the country, not its government
    return (owner.pos_ == "NOUN" and party_word(owner)) or (
        owner.pos_ == "PROPN" and (lemma in words("person_nouns") or lemma in words("institutions")))


def describes_the_subject(tok: Token, trigger: Token) -> bool:
    """ "JNIM, al Qaeda's affiliate in the Sahel, claimed the ambush": a place in an apposition
    to the clause's subject says who the party is, not where the act was (not "Protesters in
    Nairobi clashed with police", whose place phrase is the subject's own)."""
    for above in tok.ancestors:
        if above.i == trigger.i or above.pos_ in ("VERB", "AUX"):
            return False
        if above.dep_ == "appos" and above.head.dep_ in ("nsubj", "nsubjpass") and trigger not in above.subtree:
            return above.head.ent_type_ not in PLACE_ENTS  # (not "Gao, the largest city in northern
            # Mali, was hit": a place told more widely)
    return False


def joined_to_a_party(record: Record, tok: Token) -> bool:
    """ "criticism from rights groups and Washington": a place name joined to a common noun
    for people or a body stands for a government, like them a party (not "the Islamic State
    of Iraq and the Levant", a name)."""
    first = first_conjunct(tok)
    return first.i != tok.i and first.pos_ == "NOUN" and party_word(first) and not names_place(record, first)


def unplaced_town(record: Record, words: Sequence[Token]) -> bool:
    """The words name a town the gazetteer does not know ("attacked the town of Boulkessi",
    "in the village of Kuriga", "in the state of Gezira"): the news is there, not at a dateline
    (not a street, a square or a district, which mostly lie in the town already named)."""
    for tok in words:
        if tok.dep_ != "pobj" or tok.pos_ != "PROPN" or in_dateline(tok) \
                or tok.ent_type_ not in UNPLACED_ENTS or record.place_at(tok.idx, tok.idx + len(tok.text)):
            continue
        if tok.head.lower_ == "of" and (in_words(tok.head.head, "settlements") or tok.head.head.lower_ in PROVINCES):
            return True  # ("in the state of Gezira", a name the tagger did not find)
    return False


def unplaced_site(record: Record, trigger: Token) -> Token | None:
    """The act's own clause puts it at a bare name the gazetteer does not know, after a
    preposition of place on the act, its verb (or the verb it is coordinated with) or the
    verb's object ("gunmen killed a policeman in Lakki Marwat", "an offensive near Mahas"):
    a town, or a quarter of one. Only names the tagger reads as a place or a person (a town
    it does not know is often read as one: "Lakki Marwat"). The name's head word, or None."""
    for tok in site_phrases(record, trigger):
        if tok.pos_ == "PROPN" and _a_site_name(record, tok) \
                and not any(c.dep_ in ("case", "poss") for c in tok.children) \
                and not record.place_at(tok.idx, tok.idx + len(tok.text)):
            return tok
        name = _division_name(record, tok)
        if name is not None:
            return name
    return None


def unnamed_area(record: Record, trigger: Token) -> bool:
    """The act's own clause puts it in an area it gives no name ("in a village in the country's
    northwest", "near the Somali border", "in the north"): the news is out there, not in the
    town the report was filed from (a market, a street or a mosque may lie in that town)."""
    for tok in site_phrases(record, trigger):
        for area in (tok, *prep_objects(tok, ("in", "of"))):  # "in a village in the north"
            if not in_words(area, "areas") or any(o.lemma_.lower() in CITY_WORDS for o in (
                    *prep_objects(area, ("of",)), *(c for c in area.children if c.dep_ == "poss"))):
                continue  # "in a mosque in the north of the city", "in the city's west": a part of
                # the town the report is about
            if not any(t.ent_type_ in PLACE_ENTS or (t.pos_ == "PROPN" and t.ent_type_ not in TIME_ENTS)
                       for t in area.subtree):
                return True  # (a nationality names none: "near the Somali border" is on this side)
    return False


def site_phrases(record: Record, trigger: Token) -> list[Token]:
    """The nouns of the place phrases ("in", "near" ...) on the act, its verb (or the verb it is
    coordinated with) or the verb's object, outside a dateline: where the act's clause puts it,
    named or not ("outside parliament", "in the capital", "at a rally"); not an act that caused it
    ("killed in fighting")."""
    verbs = [clause_verb(trigger)]
    verbs.append(first_conjunct(verbs[0]))  # "stopped a convoy near Kass and seized two trucks"
    words = record.doc[verbs[1].left_edge.i:verbs[1].right_edge.i + 1]
    on = {trigger.i} | {v.i for v in verbs} | {c.i for v in verbs for c in v.children if c.dep_ in SITE_HOLDERS
                                                or (c.dep_ == "nsubj" and event_noun(c))}
    return [tok for tok in words if tok.dep_ == "pobj" and tok.head.lower_ in SITE_PREPS and not in_dateline(tok)
            and not (tok.head.lower_ == "in" and event_noun(tok)) and _hangs_on(tok.head.head, on)]
    # (not "killed in fighting": a cause; "arrested at a rally" is a site)


def _hangs_on(head: Token, on: set[int]) -> bool:
    """A place phrase's head is one of the act's words, or lies in a phrase on one ("airstrikes
    on villages in Kajo-Keji county killed", "a drone strike on a vehicle near Sarmada")."""
    for _ in range(MAX_PLACE_DEPTH):
        if head.i in on:
            return True
        if head.dep_ != "pobj":
            return False
        head = head.head.head
    return head.i in on


def _division_name(record: Record, noun: Token) -> Token | None:
    """ "in Kajo-Keji county", "in Bakura village": a name the gazetteer does not know, told as
    a division or a settlement by the noun after it."""
    if noun.pos_ != "NOUN" or not (noun.lemma_.lower() in DIVISION_NOUNS or noun.lemma_.lower() in PROVINCES
                                   or in_words(noun, "settlements")) \
            or quarter_noun(noun):
        return None  # (not "the Hodan district", "Hpapun township": a part of a town may lie in the
        # report's town)
    return next((c for c in noun.children if c.dep_ == "compound" and c.i < noun.i and c.pos_ == "PROPN"
                 and c.ent_type_ in UNPLACED_ENTS and not record.place_at(c.idx, c.idx + len(c.text))), None)


def _a_site_name(record: Record, tok: Token) -> bool:
    """What the tagger calls a bare town it does not know: a place, a person, or a body the
    knowledge base does not know ("clashed in Kajo-Keji", tagged an organisation; not "in
    Congress")."""
    if tok.ent_type_ in SITE_ENTS:
        return True
    if tok.ent_type_ != "ORG" or in_words(tok, "sites") or tok.lower_ in BUILDING_WORDS:
        return False  # ("rallied outside Parliament House": a building in the town)
    entity = record.entity_at(tok.idx, tok.idx + len(tok.text))
    return entity is not None and entity.kb_id is None


def a_quarter(record: Record, name: Token) -> bool:
    """The text calls the bare name a part of a town somewhere ("the Mtendere township", "the
    Kibera slum"): a quarter, not a town of its own."""
    first = min([name, *(c for c in name.children if c.dep_ == "compound")], key=lambda t: t.i)
    words = record.document.text[first.idx:name.idx + len(name.text)]
    return re.search(r"\b" + re.escape(words) + r"\s+(?:" + "|".join(QUARTER_NOUNS) + r")\b",
                     record.document.text, re.I) is not None


def filed_from(record: Record, start: int, end: int) -> tuple[int, int] | None:
    """The dateline and its lead (token range) when the words at ``start:end`` are a dateline."""
    span = record.doc.char_span(start, end, alignment_mode="expand")
    return dateline_lead(span.root) if span is not None and len(span) else None


def at_dateline(record: Record, found: Location) -> bool:
    """The place was found at the dateline (where the report was filed): any place the act's
    own words name is better."""
    return found.span is not None and filed_from(record, found.span.start, found.span.end) is not None


def takes_ground(cand: Candidate) -> bool:
    """An act whose object is ground: CAMEO's "occupy territory" (192), or a reading the
    lexicon chose because the object is territory ("captured the town": 190)."""
    return cand.code == OCCUPY_CODE or ("territory", cand.code) in cand.entry.obj_codes


STRUCK_TYPES = frozenset({"ASSAULT"})  # acts that happen where their target is


def struck_ground(record: Record, cand: Candidate, target: Token, found: Location | None) -> Location | None:
    """An attack on a place happens there: "shelled the town of El Fasher in North Darfur" is
    in El Fasher, the narrower of the two in one country; "Iran attacked Israel" in Israel when
    nothing else says where. Not a place only spoken of ("condemned the attack on Kyiv")."""
    if lookup(cand.code).plover not in STRUCK_TYPES or said_of(cand.token) or not names_place(record, target):
        return found
    if whose_site(record, target):
        return found  # "attacked Russian positions near Robotyne": whose the positions are
    struck = make_location(record, target)
    if struck is None or found is None or at_dateline(record, found):
        return struck or found  # ("KYIV - Russian drones struck Kharkiv": not at the dateline)
    return struck if narrower_within(record, struck, found) else found


def narrower_within(record: Record, inner: Location, outer: Location) -> bool:
    """``inner`` names a narrower place than ``outer``, in the same country ("the town of El
    Fasher" in "North Darfur"; "Bakhmut, a city in eastern Ukraine")."""
    mine, other = record.place_by_id(inner.place), record.place_by_id(outer.place)
    if mine is None or other is None or mine.country != other.country:
        return False
    broad = len(PLACE_BREADTH)
    return PLACE_BREADTH.get(mine.feature, broad) < PLACE_BREADTH.get(other.feature, broad)


def site_town(record: Record, site: Token) -> Location | None:
    """ "attacked Kuje prison near Abuja", "raided the Kakuma refugee camp in northern Kenya":
    a site named after its town is in that town."""
    if site.lemma_.lower() not in SITE_NOUNS or not site.is_lower:  # (not "Kennedy Airport": a name)
        return None
    for name in (c for c in site.children if c.dep_ == "compound" and c.i < site.i and not c.is_lower):
        found = make_location(record, name)
        place = record.place_by_id(found.place) if found is not None else None
        if place is not None and place.feature in TOWN_FEATURES:
            return found
    return None


NEAR_PREPS = frozenset({"near", "outside"})  # a place a site is told to lie by, not in
SITE_NEAR_KM = 50  # a site's town stands for a place found otherwise only this close to it


def site_town_beside(record: Record, town: Location, found: Location) -> bool:
    """The site's town lies in the place found otherwise, or close to it when that is a town
    (not "Gamboru market in Maiduguri", a town 125 km off, nor "Kennedy airport" read abroad)."""
    mine, other = record.place_by_id(town.place), record.place_by_id(found.place)
    if mine is None or other is None or mine.country != other.country:
        return False
    if other.feature == "admin1":
        return mine.admin1 is not None and mine.admin1 == other.admin1
    if other.feature in ("country", "region"):
        return True
    return great_circle_km(mine.lat, mine.lon, other.lat, other.lon) <= SITE_NEAR_KM


def describes_site(record: Record, town: Location, found: Location, site: Token) -> bool:
    """The place found is what the site is told to lie near ("attacked Kuje prison near
    Abuja"), in the town's country: less exact than the site's own town (not "Giwa barracks
    in Maiduguri": a site named after another town than the one it is in)."""
    mine, other = record.place_by_id(town.place), record.place_by_id(found.place)
    if mine is None or other is None or mine.country != other.country or found.span is None:
        return False
    said = site.doc.char_span(found.span.start, found.span.end, alignment_mode="expand")
    return said is not None and len(said) > 0 and said.root.dep_ == "pobj" \
        and said.root.head.lower_ in NEAR_PREPS and said.root.head.head.i == site.head.i


def whose_site(record: Record, site: Token) -> bool:
    """A military site named by the nation or the countries that hold it ("Russian positions",
    "a joint Kenya-U.S. military base"): that says whose it is, not where it lies; a town does
    say where ("a Kabul checkpoint"), and so, most often, does one country's name ("a Pakistan
    army checkpoint")."""
    if site.ent_type_ in PLACE_ENTS or not in_words(site, "held_sites"):
        return False
    countries = set()
    for mod in (t for t in site.subtree if t.i < site.i and t.dep_ in ("amod", "compound", "nmod")):
        place = record.place_at(mod.idx, mod.idx + len(mod.text))
        if mod.ent_type_ == "NORP" and mod.head.i == site.i:
            return True
        if place is not None and place.feature == "country":
            countries.add(place.id)
    return len(countries) > 1  # a joint base; one country's ("a Pakistan army checkpoint") is


MISREAD_PLACE_ENTS = frozenset({"NORP", "ORG"})  # labels the tagger gives towns it misreads


SPOT_PREPS = frozenset({"in", "at", "near", "outside"})  # a name these govern is told as a spot


def told_as_a_spot(tok: Token) -> bool:
    """The name was told before as a spot an act was at ("ambushed a convoy near the village of
    Tassia ... The Tassia attack"; "in Mansila"): a town the gazetteer lacks, not a party, when
    it names an act (not "two members of Hamas")."""
    return any(t.text == tok.text and ((t.dep_ == "pobj" and t.head.lower_ in SPOT_PREPS)
                                       or named_as_a_place(t.doc, t.idx, t.idx + len(t.text)))
               for t in tok.doc[:tok.i])


def names_town(record: Record, tok: Token, article: bool = True, plover: str | None = None) -> bool:
    """The word names a town, facility or district the geocoder placed, after an article
    unless ``article`` is False (a compound that names one says where an act was, not whose
    it was: "a Kabul car bombing"; without one a capital stands for its government: "Moscow
    strikes on Kyiv"). A word the tagger labels a people or a group still names the town when
    the geocoder placed those very words ("the Argelia ambush", "the Poltava strike"; not
    initials, an organisation's: "the AU summit", for which the geocoder found a village)."""
    if article and not any(c.dep_ in ("det", "poss") for c in tok.head.children):
        return False
    place = record.place_at(tok.idx, tok.idx + len(tok.text))
    if place is None:
        return False
    if tok.ent_type_ not in PLACE_ENTS and not (tok.ent_type_ in MISREAD_PLACE_ENTS and not tok.text.isupper()
                                                and _placed_as_read(record, tok, place, tok.ent_type_ == "ORG")):
        return False
    if place.feature not in TOWN_FEATURES:
        return False
    if plover not in SEAT_TYPES or not is_capital(place.name, place.country):
        return True
    # "the Damascus assault on Idlib", "the Beijing crackdown in Xinjiang": the capital's act on
    # another place; "the Mogadishu attack (on Monday, on a hotel)" happened there
    return not any(g.dep_ == "pobj" and g.i != tok.i and (g.ent_type_ in ("GPE", "LOC") or (
        (other := record.place_at(g.idx, g.idx + len(g.text))) is not None and other.id != place.id))
        for c in tok.head.children if c.dep_ == "prep" and c.lower_ in ("on", "against", "in")
        for g in c.children)


def named_back_town(record: Record, tok: Token) -> Location | None:
    """ "The Mayadin raid" after "drones hit a command post near Mayadin": a name before an act
    noun that the report has placed as a town, which the tagger read as a person here and the
    geocoder passed over (a name is one place throughout a report)."""
    if tok.pos_ != "PROPN" or tok.ent_type_ in PLACE_ENTS or record.place_at(tok.idx, tok.idx + len(tok.text)):
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.head.children):
        return None
    text = record.document.text
    for place in record.places:
        if place.feature in TOWN_FEATURES and any(text[m.start:m.end] == tok.text for m in place.mentions):
            return Location(span=make_span(text, tok.idx, tok.idx + len(tok.text)), place=place.id)
    return None


def _placed_as_read(record: Record, tok: Token, place: Place, named_elsewhere: bool) -> bool:
    """The geocoder placed the word's very characters; with ``named_elsewhere`` (a word read as
    an organisation), the text must also name the place elsewhere as a place, by its label or
    after "in", "near", "at" ("a military academy in Poltava" before "the Poltava strike"; not
    "Toyota plants" before "the Toyota strike": a company named after a town)."""
    doc = record.doc
    spans = [(m.start, m.end) for m in place.mentions]
    if (tok.idx, tok.idx + len(tok.text)) not in spans or doc is None:
        return False
    if not named_elsewhere:
        return True
    for start, end in spans:
        other = doc.char_span(start, end, alignment_mode="expand")
        if other is not None and len(other) and other.start != tok.i and (
                other.root.ent_type_ in PLACE_ENTS
                or (other.root.dep_ == "pobj" and other.root.head.lower_ in OBJECT_PLACE_PREPS)
                or (other.root.dep_ == "pobj" and other.root.head.lower_ == "of"
                    and other.root.head.head.lemma_.lower() in TOWN_NOUNS)):
            return True  # (the tagger may misread it there too: "hit an academy in Poltava", "near
            # the port city of Gwadar")
    return False


def names_place(record: Record, head: Token) -> bool:
    """The phrase's head word is a place ("Mariupol", "the town", a name the geocoder placed
    though the tagger read it as an organisation or a person), not a party a place name
    qualifies ("United States troops", "Islamic State of Iraq")."""
    if head.ent_type_ in PLACE_ENTS or word_class(head, "territory"):
        return True
    place = record.place_at(head.idx, head.idx + len(head.text))
    return place is not None and head.ent_type_ != "NORP"  # "Russian": a people, not ground


def bound_for(tok: Token, clause: Token) -> bool:
    """A place inside a destination phrase ("to", "towards") of another verb of the clause
    than the trigger's own: where someone went, not where the act was."""
    for anc in tok.ancestors:
        if anc.i == clause.i:
            return False
        if anc.dep_ == "prep" and anc.lower_ in DESTINATION_PREPS and anc.head.i != clause.i \
                and anc.head.pos_ == "VERB":  # not "next to a school", "the road to Kano"
            return True
    return False


def make_location(record: Record, head: Token) -> Location | None:
    doc = head.doc
    text = record.document.text
    ent = next((e for e in doc.ents if e.start <= head.i < e.end and e.label_ not in TIME_ENTS), None)
    if ent is not None:  # (not "Amhara on Monday", a name the recognizer read into a date)
        start, end = ent.start_char, ent.start_char + len(ent.text.rstrip())  # not the blank line
        # the recognizer may sweep in after a headline's last name ("In Mali" + blank line)
    else:
        lo, hi = phrase_bounds(head)
        start, end = doc[lo].idx, doc[hi].idx + len(doc[hi].text)
    span = make_span(text, start, end)
    inside = [(p, m) for p, m in record.place_mentions_between(start, end) if m.end <= end]
    place: Place | None
    if len(inside) > 1:  # "northern Nigeria's Borno state": the narrowest place the words name
        place = min(inside, key=lambda pm: (PLACE_BREADTH.get(pm[0].feature, len(PLACE_BREADTH)),
                                            pm[1].start - pm[1].end))[0]
    else:
        place = record.place_at(start, end)
    if place is None:
        entity = record.entity_at(start, end)
        place = record.place_for_entity(entity.id) if entity else None
    if place is None:
        return None  # the contract's location points at a place; no place, no location
    wider = next((m for m in place.mentions if m.start <= start and end <= m.end), None)
    return Location(span=wider or span, place=place.id)  # "northern Syria", not "Syria"
