"""Build a situation report from the store: the clusters the filters select, each with its
reports, sources, disputes and cited sentences, as one HTML page and as Markdown."""

from __future__ import annotations

from dataclasses import dataclass

from ..store import EventFilter, Store
from .html import render_html
from .markdown import render_markdown
from .model import ReportData, gather


@dataclass(slots=True)
class SituationReport:
    html: str
    markdown: str
    data: ReportData

    @property
    def clusters(self) -> int:
        return len(self.data.clusters)

    @property
    def documents(self) -> int:
        return len(self.data.documents)


def build_report(store: Store, flt: EventFilter | None = None, min_documents: int = 1, *,
                 title: str | None = None, generated: str | None = None) -> SituationReport:
    """The report for ``flt`` (the events' filter model: place, since, until, type ...);
    happenings with fewer than ``min_documents`` reporting documents are left out (1 keeps
    single reports). ``generated`` fixes the timestamp printed (for reproducible files)."""
    data = gather(store, flt or EventFilter(), min_documents=min_documents, title=title, generated=generated)
    return SituationReport(html=render_html(data), markdown=render_markdown(data), data=data)
