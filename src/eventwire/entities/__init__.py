"""Entities: group mentions into the things they name."""

from .grouping import EntityStage

__all__ = ["EntityStage"]
