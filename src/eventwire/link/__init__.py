"""Linking across documents: which stored events are one happening, who asserts it, and
where the reports' figures disagree.

Pure functions over stored record dicts (RECORD.md form); :mod:`eventwire.store.clusters`
keeps the results in the database. Nothing here touches a database or a spaCy model.
"""

from .figures import Figure, Verdict, compare, figures_of
from .keys import LinkKey, link_keys
from .match import link_score

__all__ = ["Figure", "LinkKey", "Verdict", "compare", "figures_of", "link_keys", "link_score"]
