"""Linking and grouping the mentions of one document into entities.

Two passes over the mentions: exact KB aliases first, which tell what the document is
about (its countries, the actors it names); then weak aliases and fuzzy names, which
are only trusted inside that context. Nominal mentions ("the Russian army", "the last
defenders", "the underground steelworks") and definite descriptions ("the ministry")
are linked last, to what the document has already named. Mentions that overlap are
settled by priority, then grouped: by KB id, by surface form, by surname, by acronym
and by a parenthesized variant.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable

from spacy.tokens import Doc, Span

from ..nlp.syntax import PLURAL_TAGS
from ..record import Entity, make_span
from .kb import KBEntry, KnowledgeBase, LinkContext, normalize
from .mentions import (
    LEADING_WORDS,
    Mention,
    nominal_phrases,
    paren_alias_after,
)

# Overlapping mentions: the higher priority wins, then the longer one.
PRIORITY_PAREN_INNER = 7
PRIORITY_PAREN = 6
PRIORITY_NOMINAL_MODIFIED = 5
PRIORITY_RESOLVED = 4
PRIORITY_UNRESOLVED = 2
PRIORITY_NOMINAL_BARE = 1
PRIORITY_ANAPHOR = 1

# a given name romanised in two syllables joined by a hyphen ("Hang-tung", "Jong-un"): the name
# before it is the family name, written first, which the tagger often takes for a body alone
HYPHENED_GIVEN = re.compile(r"^[A-Z][a-z]+-[a-z]+$")


def family_name_first(name: str) -> bool:
    """ "Chow Hang-tung", "Kim Jong-un": a full name that ends in a hyphened given name."""
    words = name.split()
    return len(words) == 2 and bool(HYPHENED_GIVEN.match(words[-1]))


# Heads of a bare soldier noun phrase named after a place ("Azovstal soldiers").
SOLDIER_WORDS = frozenset(
    {"soldier", "soldiers", "troops", "fighters", "defenders", "garrison", "servicemen",
     "army", "forces"}
)
GARRISON_PHRASE = "garrison"
# A name after one of these stands where a place does ("a market in Kano").
PLACE_PREPS = frozenset({"in", "at", "near", "from", "to", "into", "across", "outside", "inside", "around"})
# "the ministry", "the regiment": heads that refer back to a named organization.
ANAPHOR_HEADS = frozenset(
    {"ministry", "department", "regiment", "brigade", "battalion", "army", "military",
     "government", "agency", "group", "movement", "militia", "organization", "alliance",
     "plant", "factory", "steelworks", "court", "party", "council", "commission",
     "committee", "bureau", "service", "network", "kremlin", "company", "union",
     "coalition", "junta", "fleet", "guard", "observatory"}
)
GENERIC_NAME_SCORE = 80.0  # "Ministry of Defence" resolved by the document, not by name
STATE_FORCE_HEADS = frozenset({"army", "military"})
ANAPHOR_WINDOW = 30  # "the ministry" looks back this many mentions for its antecedent
UNIT_WORDS = frozenset(
    {"regiment", "brigade", "battalion", "division", "corps", "platoon", "squadron",
     "company", "detachment", "legion"}
)
FACILITY_TYPES = frozenset({"FACILITY"})
# Words that may stand before a nominal head without making it another thing:
# "the last defenders", "2,000 U.S. troops", "the underground steelworks".
MODIFIER_POS = frozenset({"ADJ", "DET", "NUM", "PUNCT", "PART", "ADV", "CCONJ"})
ROLE_NOUNS = frozenset(
    {"spokesman", "spokeswoman", "spokesperson", "minister", "president", "commander",
     "general", "gen.", "colonel", "col.", "adviser", "advisor", "secretary", "leader",
     "mayor", "governor", "ambassador", "envoy", "senator", "sen.", "rep.", "chancellor",
     "premier", "chief", "lieutenant", "major", "captain", "sergeant", "coach", "mr.", "ms.",
     "mrs.", "dr."}
)
# A bare nominal ("the plant", "the defense ministry") may name an anchored entry of
# these kinds; "officials" or "soldiers" alone may be anyone's.
ANCHORED_NOMINAL_KINDS = frozenset({"facility", "ministry"})
PLACE_TYPES = frozenset({"GPE", "LOC", "FACILITY"})
MIN_ACRONYM = 2
MAX_ACRONYM = 6
ACRONYM_SKIP = frozenset({"of", "the", "and", "for", "in", "on", "de", "al"})


class DocumentLinker:
    """Links the mentions of one Doc against the knowledge base and groups them."""

    def __init__(self, kb: KnowledgeBase, doc: Doc, text: str) -> None:
        self.kb = kb
        self.doc = doc
        self.text = text  # == doc.text, which spaCy rebuilds on every access
        self.chunks = list(doc.noun_chunks)
        self.context = LinkContext()
        self._occupied = bytearray(len(text))  # characters covered by chosen mentions

    # --- passes -----------------------------------------------------------------------
    def run(
        self, ner: list[Mention], aliases: list[Mention], parens: list[Mention]
    ) -> list[Entity]:
        aliases = self._outside_unknown_names(ner, aliases)
        named = ner + aliases
        self._link_exact(named)
        self._link_in_context(named)
        self._extend_facilities(named)
        named = [m for m in named if m.entry is not None or m.origin == "ner"]
        nominals = self._nominals(named)
        chosen = self._select(parens + named + nominals)
        chosen += self._anaphors(chosen)
        chosen += self._paren_aliases(chosen)
        chosen += self._bare_surnames(chosen)
        chosen.sort(key=lambda m: m.start)
        return self._group(chosen)

    def _outside_unknown_names(self, ner: list[Mention], aliases: list[Mention]) -> list[Mention]:
        """Alias hits inside a longer name the KB does not know are not mentions.

        "Congress" in "All Progressives Congress", "Jersey" in "New Jersey".
        """
        unknown = sorted((m for m in ner if self.kb.exact(m.text) is None), key=lambda m: m.start)
        starts = [m.start for m in unknown]
        kept = []
        for hit in aliases:
            # spaCy's entities do not overlap: only the last one starting before can hold it
            at = bisect_right(starts, hit.start) - 1
            outer = unknown[at] if at >= 0 else None
            if outer is not None and outer.contains(hit) and (outer.start, outer.end) != (
                hit.start, hit.end
            ):
                rest = self.text[outer.start:hit.start] + " " + self.text[hit.end:outer.end]
                if any(w[:1].isalpha() and w.lower() not in LEADING_WORDS for w in rest.split()):
                    continue
            kept.append(hit)
        return kept

    def _link_exact(self, mentions: Iterable[Mention]) -> None:
        """Strong aliases only: these set the document's context."""
        for m in mentions:
            if not any(c.isupper() for c in m.text):
                continue  # "congress", "the alliance": words, unless a nominal says so
            entry = self.kb.exact(m.lookup or m.text, m.label if m.origin == "ner" else None)
            if entry is not None and not (m.label == "NORP" and entry.kind == "state"):
                m.entry, m.score = entry, 100.0
                self._note(entry)
            elif m.label == "NORP":
                country = self.kb.country_of_demonym(m.text)
                if country:
                    self.context.countries.add(country)
                    m.extra["country"] = country

    def _note(self, entry: KBEntry) -> None:
        self.context.anchored.add(entry.id)
        country = self.kb.country_of(entry.id)
        if country and entry.kind not in ("media", "io", "ngo"):
            self.context.countries.add(country)

    def _link_in_context(self, mentions: Iterable[Mention]) -> None:
        """Weak aliases and fuzzy names, trusted only within the document's context."""
        for m in mentions:
            if m.entry is not None or m.label == "NORP" or not any(c.isupper() for c in m.text):
                continue
            found = self.kb.lookup(m.lookup or m.text, self._hint(m), self.context)
            if found is None and m.origin == "ner":
                found = self._generic_name(m)
            if found is not None:
                m.entry, m.score = found
        for m in mentions:
            if m.entry is not None:
                self._note(m.entry)

    def _generic_name(self, m: Mention) -> tuple[KBEntry, float] | None:
        """"the Ministry of Defence" with no country: the one ministry the document can mean
        (named before, or of the only country in the document that has one)."""
        ids = [i for i in self.kb.nominal_index.get(m.key, ())
               if self.kb.entries[i].kind in ANCHORED_NOMINAL_KINDS]
        for pool in ([i for i in ids if i in self.context.anchored],
                     [i for i in ids if self.kb.country_of(i) in self.context.countries]):
            if len(pool) == 1:
                return self.kb.entries[pool[0]], GENERIC_NAME_SCORE
            if pool:
                return None
        return None

    def _hint(self, m: Mention) -> str | None:
        """spaCy's type, unless a role noun before the name says it is a person
        ("spokesman Konashenko", which the small model calls a GPE)."""
        if m.origin != "ner":
            return None
        span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None and span.start > 0 and self.doc[span.start - 1].lower_ in ROLE_NOUNS:
            return "PERSON"
        return m.label

    def _extend_facilities(self, mentions: list[Mention]) -> None:
        """"Azoustal factory": a facility's name followed by one of its head nouns."""
        for m in mentions:
            if m.entry is None or m.entry.type not in FACILITY_TYPES:
                continue
            token = self._token_after(m.end)
            if token is not None and normalize(token.text) in m.entry.nominal:
                m.end = token.idx + len(token.text)
                m.text = self.text[m.start:m.end]

    def _token_after(self, end: int):
        span = self.doc.char_span(end, len(self.text), alignment_mode="expand")
        if span is None:
            return None
        token = next((t for t in span if not t.is_space), None)
        if token is None or token.idx - end > 1:
            return None
        return token

    # --- nominal mentions ---------------------------------------------------------------
    def _nominals(self, named: list[Mention]) -> list[Mention]:
        out = []
        active = self.kb.active_conflict_countries(self.context.countries)
        named = sorted(named, key=lambda m: m.start)
        starts = [m.start for m in named]
        for chunk, phrase, modifier in nominal_phrases(self.doc, self.kb, self.chunks):
            start, end = chunk.start_char, chunk.end_char
            inside = []
            for m in named[bisect_left(starts, start):]:
                if m.start >= end:
                    break
                if m.end <= end:
                    inside.append(m)
            # "two defence ministries": a plural the KB lists only in the singular
            plural = chunk[-1].tag_ in PLURAL_TAGS and chunk[-1].lower_ != phrase.split()[-1]
            entry, modified = self._nominal_entry(phrase, modifier, inside, active, plural)
            if entry is None:
                continue
            priority = PRIORITY_NOMINAL_MODIFIED if modified else PRIORITY_NOMINAL_BARE
            out.append(Mention(start, end, self.text[start:end], entry.type, "nominal",
                               entry=entry, score=90.0, priority=priority))
        return out

    def _nominal_entry(
        self, phrase: str, modifier: Span, inside: list[Mention], active: set[str],
        plural: bool,
    ) -> tuple[KBEntry | None, bool]:
        """The KB entry a nominal phrase refers to, and whether a modifier named it."""
        if any("pro" in t.lower_.split("-")[:1] and "-" in t.text for t in modifier):
            return None, False  # "pro-Russian forces" are not the Russian army
        country, place = None, False
        countries: set[str] = set()
        covered: set[int] = set()
        for m in inside:
            if m.start >= modifier.end_char and modifier.text:
                continue
            covered.update(range(m.start, m.end))
            if m.entry is not None:
                country = self.kb.country_of(m.entry.id)
                place = m.entry.kind != "state" and m.entry.type in PLACE_TYPES
                if m.entry.type not in PLACE_TYPES:
                    return None, False  # "Hamas fighters": the named actor, not a nominal
            elif m.extra.get("country"):
                country = m.extra["country"]
            elif m.label != "NORP":
                prefix = self._resolve_prefix(m)  # "Azoustal Army soldier"
                head = prefix[0] if prefix is not None else None
                if head is None or head.type not in PLACE_TYPES or head.kind == "state":
                    return None, False  # an unknown name ("Syria's National Defense Forces")
                country, place = self.kb.country_of(head.id), True
            if country is not None:
                countries.add(country)
        for token in modifier:
            if token.idx in covered:
                continue
            demonym = self.kb.country_of_demonym(token.text)
            if demonym:
                country = country or demonym
                countries.add(demonym)
            elif token.pos_ not in MODIFIER_POS or (token.is_title and not token.is_sent_start):
                return None, False  # "sanctions regime", "Air Force", "its defenders"
        if len(countries) > 1:
            return None, False  # "Russian and Syrian forces": more than one side
        plain = self.kb.nominal_index.get(phrase, [])
        bare = self.kb.nominal_bare_index.get(phrase, [])
        if country is not None:
            if place and phrase in SOLDIER_WORDS:
                garrison = self._of_country(self.kb.nominal_bare_index.get(GARRISON_PHRASE, []),
                                            country)
                if garrison:
                    return garrison[0], True
            found = self._of_country(plain, country) or self._of_country(bare, country)
            found = [e for e in found if e.kind != "facility"]  # "a U.S. prison" is any
            return (found[0] if found else None), True
        anchored = [
            i for i in plain if i in self.context.anchored and not plural
            and self.kb.entries[i].kind in ANCHORED_NOMINAL_KINDS
        ]  # "the underground steelworks" after Azovstal; not "officials", not "soldiers"
        if anchored:
            return self.kb.get(anchored[0]), False
        candidates = [i for i in bare if self.kb.country_of(i) in active]
        if len(candidates) == 1:
            return self.kb.get(candidates[0]), False
        return None, False

    def _resolve_prefix(self, m: Mention) -> tuple[KBEntry, int] | None:
        """The entry the first words of an unlinked name stand for ("Azoustal" Army), and
        how many words that takes."""
        words = m.text.split()
        for size in range(len(words) - 1, 0, -1):
            found = self.kb.lookup(" ".join(words[:size]), None, self.context)
            if found is not None:
                return found[0], size
        return None

    def _of_country(self, ids: list[str], country: str) -> list[KBEntry]:
        return [self.kb.entries[i] for i in ids if self.kb.country_of(i) == country]

    # --- overlaps ----------------------------------------------------------------------
    def _select(self, candidates: list[Mention]) -> list[Mention]:
        """Non-overlapping mentions: higher priority first, then longer."""
        for m in candidates:
            if not m.priority:
                m.priority = PRIORITY_RESOLVED if m.entry is not None else PRIORITY_UNRESOLVED
        ranked = sorted(candidates, key=lambda m: (-m.priority, -(m.end - m.start), m.start))
        chosen: list[Mention] = []
        for m in ranked:
            if m.end <= m.start or self._taken(m.start, m.end):
                continue
            self._occupied[m.start:m.end] = b"\x01" * (m.end - m.start)
            chosen.append(m)
        return chosen

    def _taken(self, start: int, end: int) -> bool:
        """Does any chosen mention cover a character of ``[start, end)``?"""
        return any(self._occupied[start:end])

    # --- definite descriptions ---------------------------------------------------------
    def _anaphors(self, chosen: list[Mention]) -> list[Mention]:
        """"the ministry" after "Russia's defense ministry": same entity, nearest first."""
        out = []
        ordered = sorted(chosen, key=lambda m: m.start)
        starts = [m.start for m in ordered]
        for chunk in self.chunks:
            if len(chunk) != 2 or chunk[0].lower_ != "the":
                continue
            head = chunk[1].lower_
            if head not in ANAPHOR_HEADS:
                continue
            start, end = chunk[1].idx, chunk[1].idx + len(chunk[1].text)
            if self._taken(start, end):
                continue
            before = ordered[max(0, bisect_left(starts, start) - ANAPHOR_WINDOW):
                             bisect_left(starts, start)]
            antecedent = next(
                (m for m in reversed(before) if m.end <= start and self._has_head(m, head)),
                None,
            )
            if antecedent is None:
                continue
            self._occupied[start:end] = b"\x01" * (end - start)
            out.append(Mention(start, end, self.text[start:end], antecedent.label, "anaphor",
                               entry=antecedent.entry, score=antecedent.score,
                               priority=PRIORITY_ANAPHOR, same_as=antecedent))
        return out

    def _bare_surnames(self, chosen: list[Mention]) -> list[Mention]:
        """ "Mitsotakis met Trump" after "Greek prime minister Kyriakos Mitsotakis": a lone
        name the tagger did not label is the person whose full name ends with it, named
        last before it; also when it tagged the capitalised word a noun ("Horvat rejected the
        criticism", read as a plural)."""
        full: dict[str, list[Mention]] = {}
        for m in sorted(chosen, key=lambda m: m.start):
            words = m.text.split()
            if m.label == "PERSON" and len(words) > 1:
                full.setdefault(words[-1], []).append(m)
        out = []
        for tok in self.doc:
            before = [m for m in full.get(tok.text, ()) if m.end <= tok.idx]
            if not before or not (tok.pos_ == "PROPN" or (tok.pos_ == "NOUN" and tok.is_title)) \
                    or tok.ent_type_ or tok.dep_ == "compound" \
                    or any(c.dep_ == "det" for c in tok.children):
                continue  # "The King" after "Senator Angus King" is a title
            named = before[-1]  # the nearest: "Silva" after Lula da Silva and Marina Silva
            start, end = tok.idx, tok.idx + len(tok.text)
            if self._taken(start, end):
                continue
            self._occupied[start:end] = b"\x01" * (end - start)
            out.append(Mention(start, end, tok.text, "PERSON", "surname", entry=named.entry,
                               score=named.score, priority=PRIORITY_ANAPHOR, same_as=named))
        return out

    def _has_head(self, mention: Mention, head: str) -> bool:
        if head in STATE_FORCE_HEADS and (mention.entry is None
                                          or mention.entry.kind != "military"):
            return False  # "the army" is a state's army, not the Arakan Army
        words = set(normalize(mention.text).split())
        if mention.entry is not None:
            words |= set(normalize(mention.entry.name).split())
            words |= {w for n in mention.entry.nominal for w in normalize(n).split()}
        return head in words or (head == "kremlin" and mention.entry is not None
                                 and "kremlin" in map(normalize, mention.entry.aliases))

    def _paren_aliases(self, chosen: list[Mention]) -> list[Mention]:
        """"the Libyan National Army (LNA)": the parenthesis is another name for it."""
        out = []
        by_start = {m.start: m for m in chosen}
        for m in list(chosen):
            if m.origin == "paren":
                continue
            bounds = paren_alias_after(self.text, m)
            if bounds is None:
                continue
            start, end = bounds
            inner = by_start.get(start)
            if inner is not None:
                if inner.end == end and (inner.entry is None or inner.entry is m.entry) and (
                    self._renames(m, inner.text)
                ):
                    inner.same_as = m
                continue
            if self._taken(start, end):
                continue
            words = self.text[start:end]
            if not self._renames(m, words):
                continue
            self._occupied[start:end] = b"\x01" * (end - start)
            out.append(Mention(start, end, words, m.label, "paren", entry=m.entry,
                               score=m.score, priority=PRIORITY_PAREN_INNER, same_as=m))
        return out

    def _renames(self, m: Mention, words: str) -> bool:
        """Is "(words)" after ``m`` another name for it: its initials, or a variant spelling
        of a place ("Crimea (Krym)"), not a party tag ("R-IN") or a dateline?"""
        if m.entry is not None and self.kb.exact(words) is m.entry:
            return True
        initials = "".join(
            w[0] for w in m.text.replace("-", " ").split() if w.lower() not in ACRONYM_SKIP
        )
        if words.isupper() and words.isalpha() and words == initials.upper():
            return True
        return m.label in PLACE_TYPES and words.isalpha() and words.istitle()

    # --- grouping ------------------------------------------------------------------------
    def _group(self, mentions: list[Mention]) -> list[Entity]:
        parent = list(range(len(mentions)))

        def find(i: int) -> int:
            while parent[i] != i:
                parent[i] = parent[parent[i]]
                i = parent[i]
            return i

        def union(i: int, j: int) -> None:
            ri, rj = find(i), find(j)
            if ri != rj:
                parent[max(ri, rj)] = min(ri, rj)

        index = {id(m): i for i, m in enumerate(mentions)}
        first_by_key: dict[tuple[str, str], int] = {}
        for i, m in enumerate(mentions):
            if m.same_as is not None and id(m.same_as) in index:
                union(i, index[id(m.same_as)])
            key = self._group_key(m)
            if key in first_by_key:
                union(i, first_by_key[key])
            else:
                first_by_key[key] = i
        self._group_surnames(mentions, union)
        self._group_acronyms(mentions, union)
        self._group_prefixed(mentions, union)
        groups: dict[int, list[Mention]] = {}
        for i, m in enumerate(mentions):
            groups.setdefault(find(i), []).append(m)
        entities = []
        for number, root in enumerate(sorted(groups), 1):
            entities.append(self._entity(f"e{number}", groups[root]))
        return entities

    def _group_key(self, m: Mention) -> tuple[str, str]:
        if m.entry is not None:
            return ("kb", m.entry.id)
        if m.label == "NORP":
            return ("norp", m.extra.get("country") or m.key)
        coarse = "PERSON" if m.label == "PERSON" else "NAME"
        return (coarse, m.key)

    def _group_surnames(self, mentions: list[Mention], union) -> None:
        """"Clinton" after "Hillary Clinton" (both unlinked, or the short one unlinked). The
        tagger often calls a lone surname an organisation or a place ("al-Quaety" after "Nabil
        Hasan al-Quaety", "Khashoggi" after "Jamal Khashoggi"): after the full name, an
        unlinked one (no place or body the KB knows) is the person too, unless it stands where
        a place does ("in Kano"). A lone given name after the one full name it begins ("Nabil"
        after "Nabil Hasan al-Quaety"), or a family name written first and tagged a body ("Chow"
        after "Chow Hang-tung"), is that person."""
        full: dict[str, int] = {}
        for i, m in enumerate(mentions):
            words = m.key.split()
            if m.label == "PERSON" and len(words) > 1:
                for k in range(1, len(words)):  # "quaety", "al quaety": the key splits hyphens
                    full.setdefault(" ".join(words[k:]), i)
        for i, m in enumerate(mentions):
            if m.entry is not None or m.key not in full or len(m.text.split()) != 1:
                continue  # one written word: "Salem al-Harbi" after "Ahmed Salem al-Harbi" is his father
            if m.label == "PERSON" or (m.label in ("ORG", "GPE") and mentions[full[m.key]].start < m.start
                                       and not (m.label == "GPE" and self._where(m))):
                union(i, full[m.key])
        given: dict[str, set[str]] = {}  # "Nabil" after "Nabil Hasan al-Quaety": a given name alone
        first_seen: dict[str, int] = {}
        for i, m in enumerate(mentions):
            words = m.key.split()
            if m.label == "PERSON" and len(m.text.split()) > 1:
                given.setdefault(words[0], set()).add(m.key)
                first_seen.setdefault(words[0], i)
        for i, m in enumerate(mentions):
            if m.entry is not None or m.label not in ("PERSON", "ORG") or len(m.text.split()) != 1 \
                    or m.key in full or len(given.get(m.key, ())) != 1 \
                    or (m.label == "ORG" and not family_name_first(mentions[first_seen[m.key]].text)):
                continue  # two Ahmeds, a word that is also someone's surname, a name the KB knows,
                # or one tagged an organisation or a place ("Chase" the bank, "Victoria" the state);
                # but a family name written first ("Chow's detention" after "Chow Hang-tung")
            if mentions[first_seen[m.key]].start < m.start:
                union(i, first_seen[m.key])

    def _where(self, m: Mention) -> bool:
        """The name stands where a place does: the object of "in", "at", "near", "from" ...
        ("attacked a market in Kano" after "Ahmed Kano": the town)."""
        span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or not len(span):
            return False
        root = span.root
        return root.dep_ == "pobj" and root.head.lower_ in PLACE_PREPS

    @staticmethod
    def _group_acronyms(mentions: list[Mention], union) -> None:
        """"LNA" with "Libyan National Army" when the KB knows neither."""
        initials: dict[str, int] = {}
        for i, m in enumerate(mentions):
            words = [w for w in m.text.replace("-", " ").split() if w.lower() not in ACRONYM_SKIP]
            if len(words) >= MIN_ACRONYM and all(w[:1].isupper() for w in words):
                initials.setdefault("".join(w[0] for w in words), i)
        for i, m in enumerate(mentions):
            text = m.text.replace(".", "")
            if (m.entry is None and MIN_ACRONYM <= len(text) <= MAX_ACRONYM and text.isupper()
                    and text in initials):
                union(i, initials[text])

    def _group_prefixed(self, mentions: list[Mention], union) -> None:
        """ "The U.S. Embassy" and "the United States Embassy" (the KB knows neither): one
        name when the words after a known actor's alias are the same."""
        first: dict[tuple[str, str], int] = {}
        for i, m in enumerate(mentions):
            if m.entry is not None or m.label in ("PERSON", "NORP") or len(m.text.split()) < 2:
                continue
            prefix = self._resolve_prefix(m)
            if prefix is None:
                continue
            key = (prefix[0].id, " ".join(m.text.split()[prefix[1]:]).lower())
            if key in first:
                union(i, first[key])
            else:
                first[key] = i

    def _entity(self, entity_id: str, mentions: list[Mention]) -> Entity:
        entry = next((m.entry for m in mentions if m.entry is not None), None)
        spans = [make_span(self.text, m.start, m.end) for m in mentions]
        texts = list(dict.fromkeys(s.text for s in spans))
        if entry is not None:
            return Entity(
                id=entity_id, name=entry.name, type=entry.type, mentions=spans,
                kb_id=entry.id, country=self.kb.country_of(entry.id), aliases=texts,
            )
        named = any(m.label == "PERSON" and len(m.text.split()) > 1 for m in mentions)
        labels = Counter(m.label for m in mentions if (m.origin == "ner" or m.label != "OTHER")
                         and not (named and m.label in ("ORG", "GPE") and len(m.text.split()) == 1))
        etype = labels.most_common(1)[0][0] if labels else "OTHER"  # a lone "al-Quaety" the
        # tagger called an organisation (or "Khashoggi" a place) was joined to the person's
        # full name: it does not vote
        if etype in ("PERSON", "ORG"):
            name = max(texts, key=len)  # "Maria Kovalenko" over "Kovalenko", a name over "CFU"
        else:
            name = Counter(s.text for s in spans).most_common(1)[0][0]
        if etype == "ORG" and name.split()[-1].lower() in UNIT_WORDS:
            etype = "MILITARY_UNIT"
        country = next((m.extra["country"] for m in mentions if "country" in m.extra), None)
        return Entity(id=entity_id, name=name, type=etype, mentions=spans, country=country,
                      aliases=texts)
