"""Places: an offline gazetteer and toponym resolution (the ``geo`` pipeline stage)."""

from .gazetteer import Candidate, Gazetteer, shared_gazetteer
from .stage import GeoStage

__all__ = ["Candidate", "GeoStage", "Gazetteer", "shared_gazetteer"]
