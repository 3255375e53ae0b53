"""Errors that name the input they are about, so one bad file never stops a batch."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(slots=True)
class InputError:
    """A problem with one input (file, line or record): reported, then skipped."""

    origin: str  # "path", "path:line" or "path#record"
    reason: str

    def __str__(self) -> str:
        return f"{self.origin}: {self.reason}"


class ModelMissingError(RuntimeError):
    """No spaCy model is installed."""
