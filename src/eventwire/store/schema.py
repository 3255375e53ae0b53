"""Tables of the store: the RECORD.md record, normalized so it can be queried.

The whole record is also kept as JSON (``documents.record_json``) so ``show`` returns
exactly what ``extract`` wrote; the other tables are indexes over it.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()


def _doc_fk() -> Column:
    return Column("document_id", String, ForeignKey("documents.id", ondelete="CASCADE"),
                  nullable=False)


schema_migrations = Table(
    "schema_migrations", metadata,
    Column("version", Integer, primary_key=True),
    Column("name", String, nullable=False),
    Column("applied_at", String, nullable=False),
)

documents = Table(
    "documents", metadata,
    Column("id", String, primary_key=True),
    Column("title", Text), Column("publisher", Text), Column("url", Text),
    Column("published", String(10)), Column("language", String(8), nullable=False),
    Column("author", Text),
    Column("text", Text, nullable=False),
    Column("source", Text),
    Column("duplicate_of", String),
    Column("skipped", Text),
    Column("record_hash", String(40), nullable=False),
    Column("record_json", Text, nullable=False),
    Column("minhash", LargeBinary),  # an original's MinHash: copies are found across runs
    Column("ingested_at", String, nullable=False),
    Column("updated_at", String, nullable=False),
)

removed_spans = Table(
    "removed_spans", metadata,
    _doc_fk(),
    Column("start", Integer, nullable=False), Column("end", Integer, nullable=False),
    Column("reason", String, nullable=False),
)

entities = Table(
    "entities", metadata,
    _doc_fk(),
    Column("id", String, nullable=False),
    Column("name", Text, nullable=False), Column("type", String, nullable=False),
    Column("kb_id", String), Column("country", String(2)),
)

mentions = Table(
    "mentions", metadata,
    _doc_fk(),
    Column("entity_id", String, nullable=False),
    Column("text", Text, nullable=False),
    Column("start", Integer, nullable=False), Column("end", Integer, nullable=False),
)

places = Table(
    "places", metadata,
    _doc_fk(),
    Column("id", String, nullable=False),
    Column("name", Text, nullable=False), Column("entity_id", String),
    Column("lat", Float), Column("lon", Float), Column("feature", String),
    Column("country", String(2)), Column("admin1", Text), Column("geonameid", Integer),
)

events = Table(
    "events", metadata,
    _doc_fk(),
    Column("id", String, nullable=False),
    Column("plover", String, nullable=False), Column("mode", String), Column("cameo", String),
    Column("acled_event_type", String), Column("acled_sub_event_type", String),
    Column("trigger", Text, nullable=False),
    Column("sentence_start", Integer), Column("sentence_end", Integer),
    Column("actor_name", Text), Column("actor_entity", String),
    Column("target_name", Text), Column("target_entity", String),
    Column("location_text", Text), Column("place_id", String),
    Column("date_start", String(10)), Column("date_end", String(10)),
    Column("date_precision", String),
    Column("status", String, nullable=False),
    Column("claim_id", String),
    Column("confidence", Float, nullable=False),
    Column("mentions", Integer, nullable=False, server_default="1"),  # reports of the happening
)

quantities = Table(
    "quantities", metadata,
    _doc_fk(),
    Column("event_id", String, nullable=False),
    Column("value", Float, nullable=False), Column("kind", String), Column("unit", String),
    Column("text", Text), Column("start", Integer), Column("end", Integer),
)

claims = Table(
    "claims", metadata,
    _doc_fk(),
    Column("id", String, nullable=False),
    Column("source_name", Text), Column("source_entity", String),
    Column("cue", Text),
    Column("content", Text, nullable=False),
    Column("via", Text),  # names of the reporting chain, nearest first, joined by " < "
    Column("hedged", Boolean, nullable=False),
    Column("verification_status", String), Column("verification_by", Text),
    Column("party_to_conflict", Boolean),
)

CHILD_TABLES = (removed_spans, mentions, entities, quantities, places, events, claims)

INDEXES = (
    Index("ix_removed_doc", removed_spans.c.document_id),
    Index("ix_entities_doc", entities.c.document_id, entities.c.id),
    Index("ix_entities_name", entities.c.name),
    Index("ix_entities_kb", entities.c.kb_id),
    Index("ix_mentions_doc", mentions.c.document_id, mentions.c.entity_id),
    Index("ix_places_doc", places.c.document_id, places.c.id),
    Index("ix_places_name", places.c.name),
    Index("ix_events_doc", events.c.document_id, events.c.id),
    Index("ix_events_plover", events.c.plover),
    Index("ix_events_date", events.c.date_start),
    Index("ix_quantities_doc", quantities.c.document_id, quantities.c.event_id),
    Index("ix_claims_doc", claims.c.document_id, claims.c.id),
    Index("ix_documents_published", documents.c.published),
    Index("ix_documents_dup", documents.c.duplicate_of),
)
