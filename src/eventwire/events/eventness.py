"""Is a finished row one real event? A learned check over the rules' output.

The rules in :mod:`.eventhood` catch the constructions they were written for; on broad news
(science, culture, elections) most rows that survive them are still no events: opinions,
stances, disasters, words in another sense. This model reads what a user reads of a row (its
sentence, trigger word, type, status, which fields are filled) and what its document is like
(how many rows, how violent), and gives the probability that a coder following the guideline
would call it an event. It is trained by
``training/train_eventness.py`` on rows hand-judged against the guideline and on the dev
rows set; the data card is ``data/events/DATA_CARD.md``. Rows under the threshold stored
with the model (pinned inside the cross-validated F1 plateau) are dropped.
"""

from __future__ import annotations

import functools
import os
import re
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from ..nlp.encoder import SentenceEncoder, load_encoder
from ..nlp.syntax import doc_text
from ..record import Event
from .clauses import clause_verb, governors
from .clausewords import REPORTING_LEMMAS
from .status import UNREALISED_AUX
from .tellingtime import quoted
from .typing import LinearTextModel, load_linear

MODEL_FILE = "eventness.npz"
MODEL_ENV = "EVENTWIRE_EVENTNESS_MODEL"  # another model file; "off" runs without one
EVENT_CLASS = "event"


def row_features(event: Event, doc: Any = None) -> tuple[str, dict[str, float]]:
    """The row as the model reads it: its sentence, and named indicators of the rest (with
    the record's parse, how its clause is told: :func:`clause_features`)."""
    word = event.trigger.text.split()[0].lower() if event.trigger.text.strip() else ""
    precision = event.date.precision if event.date is not None else "none"
    flags = {
        f"type={event.plover}": 1.0,
        f"status={event.status}": 1.0,
        f"trigger={word}": 1.0,
        f"date={precision}": 1.0,
        f"actor={event.actor is not None}": 1.0,
        f"target={event.target is not None}": 1.0,
        f"place={event.location is not None}": 1.0,
    }
    if doc is not None:
        flags.update(clause_features(event, doc))
    return event.sentence.text, flags


def clause_features(event: Event, doc: Any) -> dict[str, float]:
    """How the trigger's clause is told, which n-grams see only in part: the word's part of
    speech and role, the clause verb's tense, a modal or a negation on it, a quotation around
    it, a reporting verb above it, and what kind of word its actor is (a name, a pronoun, a
    common noun: "officials" and "I" make rows that are no events more often than "Kenya")."""
    span = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
    if span is None or not len(span):
        return {}
    tok = span.root
    verb = clause_verb(tok)
    flags = {f"clause_pos={tok.pos_}": 1.0, f"clause_dep={tok.dep_}": 1.0, f"clause_tag={verb.tag_}": 1.0}
    if any(c.dep_ in ("aux", "auxpass") and c.lower_ in UNREALISED_AUX for c in verb.children):
        flags["clause_modal"] = 1.0
    if any(c.dep_ == "neg" for c in verb.children):
        flags["clause_negated"] = 1.0
    if quoted(doc_text(doc), event.sentence.start, event.trigger.start):
        flags["clause_quoted"] = 1.0
    if any(g.lemma_.lower() in REPORTING_LEMMAS for g in governors(verb)[1:]):
        flags["clause_reported"] = 1.0
    if event.actor is not None:
        actor = doc.char_span(event.actor.span.start, event.actor.span.end, alignment_mode="expand")
        if actor is not None and len(actor):
            flags[f"clause_actor={actor.root.ent_type_ or actor.root.pos_}"] = 1.0
    return flags


VIOLENT_TYPES = ("ASSAULT", "COERCE", "MOBILIZE", "PROTEST")
FIRST_PERSON = re.compile(r"\b(?:I|we|We|my|our|Our|My)\b")


def document_features(rows: list[Event]) -> dict[str, float]:
    """What the row's document is like: how many of its sentences tell an act and how violent
    its rows are (an article about a film or a storm tells few acts, none of them violent).
    Sentences, not rows: a wire brief that tells one bombing in four sentences is one row, and
    as much news as four rows told once each."""
    n = len(rows)
    told = len({m.sentence.start for e in rows for m in (e.mentions or ())} | {e.sentence.start for e in rows})
    violent = sum(1 for e in rows if e.plover in VIOLENT_TYPES)
    flags = {"doc_told=" + ("0-2" if told <= 2 else "3-6" if told <= 6 else "7+"): 1.0,
             "doc_violent=" + ("none" if violent == 0 else "low" if violent * 3 < n else "high"): 1.0}
    for plover in ("ASSAULT", "COERCE", "PROTEST"):
        if any(e.plover == plover for e in rows):
            flags[f"doc_has={plover}"] = 1.0
    if n:  # an interview or an opinion piece talks in the first person and asks questions
        first = sum(1 for e in rows if FIRST_PERSON.search(e.sentence.text)) / n
        asked = sum(1 for e in rows if e.sentence.text.rstrip().rstrip('"\u201d').endswith("?")) / n
        flags["doc_first_person=" + ("low" if first < 0.2 else "mid" if first < 0.5 else "high")] = 1.0
        flags["doc_questions=" + ("none" if asked == 0 else "some")] = 1.0
    return flags


class Eventness:
    """The shipped model and its threshold. With an embedding part, the row's sentence is
    also read as a MiniLM embedding (:mod:`..nlp.encoder`), whose weights add to the
    sentence n-grams' and the indicators' score."""

    def __init__(self, model: LinearTextModel, threshold: float, embedding_coef: np.ndarray | None = None,
                 embedding_weight: float = 1.0) -> None:
        self.model = model
        self.threshold = threshold
        self.embedding_coef = embedding_coef  # (classes, dimensions), or None: n-grams only
        self.embedding_weight = embedding_weight
        # loaded with the model, so that workers forked after it share the table
        self._encoder: SentenceEncoder | None = load_encoder() if embedding_coef is not None else None
        if self._encoder is not None and embedding_coef is not None \
                and embedding_coef.shape[1] != self._encoder.dimensions:
            raise ValueError(f"the row check's embedding part has {embedding_coef.shape[1]} dimensions, "
                             f"the sentence encoder {self._encoder.dimensions}: retrain it")

    def _embeddings(self, texts: list[str]) -> list[np.ndarray | None]:
        """Each sentence embedded, every distinct one once."""
        if self._encoder is None or not texts:
            return [None] * len(texts)
        distinct = list(dict.fromkeys(texts))
        vectors = dict(zip(distinct, self._encoder.encode(distinct), strict=True))
        return [vectors[t] for t in texts]

    def text_probabilities(self, texts: list[str], flags: list[dict[str, float]]) -> list[float]:
        """P(event) of each (sentence, indicators) pair, as the training script fits them."""
        out = []
        for text, given, embedding in zip(texts, flags, self._embeddings(texts), strict=True):
            offset = None
            if self.embedding_coef is not None and embedding is not None:
                offset = self.embedding_coef @ (embedding * self.embedding_weight)
            out.append(self.model.predict_proba(text, given, offset).get(EVENT_CLASS, 0.0))
        return out

    def probabilities(self, rows: list[Event], document: dict[str, float] | None = None,
                      doc: Any = None) -> list[float]:
        """P(event) of each row of one record."""
        features = [row_features(row, doc) for row in rows]
        return self.text_probabilities([text for text, _ in features],
                                       [{**flags, **(document or {})} for _, flags in features])

    def keep(self, rows: list[Event], document: dict[str, float] | None = None, doc: Any = None) -> list[bool]:
        """Whether each row of one record is kept."""
        return [p >= self.threshold for p in self.probabilities(rows, document, doc)]


def model_path() -> Path | None:
    override = os.environ.get(MODEL_ENV)
    if override:
        return None if override == "off" else Path(override)
    path = resources.files("eventwire").joinpath("data", "events", MODEL_FILE)
    return Path(str(path)) if path.is_file() else None


@functools.lru_cache(maxsize=4)
def load_eventness(path: Path | None = None) -> Eventness | None:
    """The model at ``path`` (default: the shipped one), or None when there is none."""
    path = path or model_path()
    if path is None:
        return None
    with np.load(path, allow_pickle=False) as data:
        embedding = data["eventness_embedding_coef"].astype(np.float64) \
            if "eventness_embedding_coef" in data else None
        weight = float(data["eventness_embedding_weight"]) if "eventness_embedding_weight" in data else 1.0
        return Eventness(load_linear(data, "eventness"), float(data["eventness_threshold"]), embedding, weight)
