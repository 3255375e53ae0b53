"""``eventwire kb``: list, search and validate the knowledge base."""

from __future__ import annotations

import typer

kb_app = typer.Typer(help="List, search and validate the knowledge base.", no_args_is_help=True)
