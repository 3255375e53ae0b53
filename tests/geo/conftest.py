"""Geo fixtures: the real gazetteer, built once per session into the user cache."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def gazetteer():
    from eventwire.geo import shared_gazetteer

    return shared_gazetteer()
