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
    Column("published", String), Column("language", String, nullable=False),
    Column("author", Text),
    Column("text", Text, nullable=False),
    Column("source", Text),
    Column("duplicate_of", String),
    Column("skipped", Text),
    Column("record_hash", String, nullable=False),
    Column("record_json", Text, nullable=False),
    Column("minhash", LargeBinary),  # an original's MinHash: copies are found across runs
    Column("input_hash", String),  # record.input_hash: what a --dask rerun compares to skip it
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
    Column("kb_id", String), Column("country", String),
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
    Column("country", String), Column("admin1", Text), Column("geonameid", Integer),
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
    Column("date_start", String), Column("date_end", String),
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

# Linking across documents (schema 4). A member row is one event as linking reads it (its
# date window, point and party words), so a new document is linked by indexed queries over
# this table alone; figures and assertion are JSON (link.figures / link.sources).
cluster_members = Table(
    "cluster_members", metadata,
    _doc_fk(),
    Column("event_id", String, nullable=False),
    Column("cluster_id", String, nullable=False),
    Column("seq", Integer, nullable=False),  # linking order: the first member founds the cluster
    Column("plover", String, nullable=False),
    Column("win_start", String), Column("win_end", String),
    Column("precise", Boolean, nullable=False), Column("dated", Boolean, nullable=False),
    Column("wide", Boolean, nullable=False),  # a window over link.match.WIDE_WINDOW_DAYS: looked up apart
    Column("lat", Float), Column("lon", Float), Column("feature", String),
    Column("country", String), Column("admin1", Text), Column("place_name", Text),
    Column("actors", Text, nullable=False), Column("targets", Text, nullable=False),
    Column("words", Text, nullable=False), Column("named", Boolean, nullable=False),
    Column("publisher", Text), Column("published", String),
    Column("figures", Text, nullable=False), Column("assertion", Text, nullable=False),
)

clusters = Table(
    "clusters", metadata,
    Column("id", String, primary_key=True),
    Column("plover", String, nullable=False),
    Column("date_start", String), Column("date_end", String),
    Column("lat", Float), Column("lon", Float), Column("place", Text), Column("country", String),
    Column("events", Integer, nullable=False), Column("documents", Integer, nullable=False),
    Column("sources", Integer, nullable=False), Column("contradictions", Integer, nullable=False),
    Column("updated_at", String, nullable=False),
)

# Figures that disagree (verdict "contradiction") or that tell a toll over time ("timeline"),
# inside one cluster or inside one document; side a's document owns the row.
contradictions = Table(
    "contradictions", metadata,
    _doc_fk(),
    Column("cluster_id", String),
    Column("verdict", String, nullable=False), Column("kind", String), Column("why", Text),
    Column("a_event", String, nullable=False), Column("a_value", Float, nullable=False),
    Column("a_text", Text, nullable=False), Column("a_start", Integer, nullable=False),
    Column("a_end", Integer, nullable=False), Column("a_source", Text), Column("a_as_of", String),
    Column("b_document", String, nullable=False), Column("b_event", String, nullable=False),
    Column("b_value", Float, nullable=False), Column("b_text", Text, nullable=False),
    Column("b_start", Integer, nullable=False), Column("b_end", Integer, nullable=False),
    Column("b_source", Text), Column("b_as_of", String),
)

CHILD_TABLES = (removed_spans, mentions, entities, quantities, places, events, claims)
LINK_TABLES = (cluster_members, contradictions)

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
LINK_INDEXES = (
    Index("ix_members_block", cluster_members.c.plover, cluster_members.c.wide, cluster_members.c.win_start),
    Index("ix_members_seq", cluster_members.c.seq),
    Index("ix_members_cluster", cluster_members.c.cluster_id),
    Index("ix_members_doc", cluster_members.c.document_id, cluster_members.c.event_id),
    Index("ix_contra_cluster", contradictions.c.cluster_id),
    Index("ix_contra_doc", contradictions.c.document_id),
    Index("ix_contra_bdoc", contradictions.c.b_document),
    Index("ix_clusters_date", clusters.c.date_start),
)
