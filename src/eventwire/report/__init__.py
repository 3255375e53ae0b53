"""Situation reports: what the store knows about a place and a period, as a self-contained
HTML page (map, timeline, every happening with its sources and cited sentences) and as
Markdown. See docs/report.md."""

from .build import SituationReport, build_report
from .model import MAX_CLUSTERS, MAX_REPORTS_PER_CLUSTER

__all__ = ["MAX_CLUSTERS", "MAX_REPORTS_PER_CLUSTER", "SituationReport", "build_report"]
