"""HTTP API: a thin FastAPI layer over the store (read) and the service (extract)."""

from .app import create_app

__all__ = ["create_app"]
