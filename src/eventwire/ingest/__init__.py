"""Ingest: turn files, folders, feeds, WARCs, JSON Lines and stdin into RawDocuments."""

from .raw import RawDocument
from .readers import read_inputs

__all__ = ["RawDocument", "read_inputs"]
