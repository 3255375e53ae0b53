"""Repair and clean: from a RawDocument to a Record whose text is the article alone."""

from .cleaner import Cleaner

__all__ = ["Cleaner"]
