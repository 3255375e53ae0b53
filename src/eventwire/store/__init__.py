"""The store: SQLite (through SQLAlchemy) at the centre, one writer, migrations in a table."""

from .database import Store, WriteResult
from .queries import EventFilter, FilterError

__all__ = ["EventFilter", "FilterError", "Store", "WriteResult"]
