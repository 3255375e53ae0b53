"""Events: who did what to whom, where, when, how many — typed in PLOVER, CAMEO and ACLED."""

from .stage import EventStage

__all__ = ["EventStage"]
