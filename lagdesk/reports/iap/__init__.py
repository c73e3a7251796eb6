"""The Integrated Action Plan as a ``Document``: the ten chapters of DOMAIN.md, in order.

The one place where the chapters are decided, a module each (``summary``, ``context``,
``process``, ``objectives``, ``actions``, ``implementation``, ``resourcing``,
``monitoring``, ``risks``, ``annexes``; what they share is in ``common``); DOCX, PDF and
HTML only write the result. Offered here: ``iap_document`` builds the document from the
gathered ``IapData`` (``lagdesk.core.reporting.plan_content.gather_iap``), ``write_iap``
writes it in the format its file name asks for, ``CHAPTERS`` lists the chapter builders
in order and ``CHAPTER_STEPS`` is each chapter's share of the progress bar.

Every chapter is present: one without data says so. Text is translated in the language
installed when ``iap_document`` runs, and numbers, dates and money follow its locale.
Personal names of local group members (members, responsible people, owners) are shown
only when the data was gathered with names; otherwise organisations and roles.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from lagdesk.core.reporting.plan_content import IapData
from lagdesk.i18n import current_language, translate
from lagdesk.reports.document import Chapter, Document, Labels
from lagdesk.reports.iap import (
    actions,
    annexes,
    context,
    implementation,
    monitoring,
    objectives,
    process,
    resourcing,
    risks,
    summary,
)
from lagdesk.reports.iap.common import Progress, report_chapter_progress

__all__ = ["CHAPTERS", "CHAPTER_STEPS", "Progress", "iap_document", "write_iap"]

#: Steps of one chapter on the progress bar: a chapter that takes long (the timeline of a
#: large plan, drawn a page at a time) moves the bar within its own share.
CHAPTER_STEPS = 20

#: Which callable builds each chapter, in the document's order (for tests and previews).
CHAPTERS: tuple[Callable[[IapData], Chapter], ...] = (
    summary.chapter,
    context.chapter,
    process.chapter,
    objectives.chapter,
    actions.chapter,
    implementation.chapter,
    resourcing.chapter,
    monitoring.chapter,
    risks.chapter,
    annexes.chapter,
)


def iap_document(data: IapData, progress: Progress | None = None) -> Document:
    """The whole document from gathered data. ``progress(done, total)`` counts
    ``CHAPTER_STEPS`` per chapter: at the end of each, and within a long one.

    An exception raised by ``progress`` is not caught: that is how a caller cancels."""
    built: list[Chapter] = []
    whole = len(CHAPTERS) * CHAPTER_STEPS

    def within(done: int, total: int) -> None:
        if progress is not None and total > 0:
            share = min(CHAPTER_STEPS - 1, done * CHAPTER_STEPS // total)
            progress(len(built) * CHAPTER_STEPS + share, whole)

    report_chapter_progress(within)
    try:
        for build in CHAPTERS:
            built.append(build(data))
            if progress is not None:
                progress(len(built) * CHAPTER_STEPS, whole)
    finally:
        report_chapter_progress(None)
    version = data.version
    return Document(
        title=data.title or translate("Iap", "Integrated Action Plan"),
        subtitle=translate("Iap", "Integrated Action Plan"),
        cover_lines=summary.cover_lines(data),
        chapters=tuple(built),
        labels=Labels(
            contents=translate("Iap", "Contents"),
            page_of=translate("Iap", "Page {page} of {pages}"),
            figure=translate("Iap", "Figure"),
        ),
        footer=" · ".join(part for part in (data.title, version.name if version else "") if part),
        language=current_language(),
    )


def write_iap(document: Document, out: Path, progress: Progress | None = None) -> int:
    """Write the document in the format its suffix names (.docx, .pdf or .html); returns the
    number of pages for a PDF, else 0. Nothing is left behind when writing fails.

    ``progress(done, total)`` is told after each chapter of a DOCX, each page of a PDF and
    once, at the end, for HTML. Raising in it cancels: no file appears at ``out`` and a file
    already there stays as it was."""
    suffix = out.suffix.lower()
    if suffix == ".docx":
        from lagdesk.reports.docx_writer import write_docx

        write_docx(document, out, progress)
        return 0
    if suffix == ".html":
        from lagdesk.reports.html_writer import write_html

        write_html(document, out, progress)
        return 0
    if suffix == ".pdf":
        from lagdesk.reports.pdf import write_document_pdf

        return write_document_pdf(document, out, progress)
    raise ValueError(f"not a document format: {suffix}")
