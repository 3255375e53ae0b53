"""Entities: mentions grouped into the things they name, linked to the knowledge base."""

from .kb import KBEntry, KnowledgeBase, load_kb
from .stage import EntityStage

__all__ = ["EntityStage", "KBEntry", "KnowledgeBase", "load_kb"]
