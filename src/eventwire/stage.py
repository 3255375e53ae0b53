"""What a pipeline stage is: a callable that takes a Record and returns it.

Each stage declares what it ``requires`` (parts of the record filled by earlier
stages, e.g. ``"doc"`` or ``"entities"``) and what it ``assigns``, the way spaCy
components declare theirs; :class:`eventwire.pipeline.Pipeline` checks the order.
"""

from __future__ import annotations

from typing import ClassVar, Protocol

from .record import Record


class Stage(Protocol):
    name: ClassVar[str]
    requires: ClassVar[tuple[str, ...]]
    assigns: ClassVar[tuple[str, ...]]

    def __call__(self, record: Record) -> Record: ...
