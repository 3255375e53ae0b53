"""Claims: who says so (attribution, reporting chain, verification, party to the conflict)."""

from .stage import ClaimStage

__all__ = ["ClaimStage"]
