"""The Reports page's preview: a report as a Qt text document.

Only the preview lives here. It draws the same report document as the HTML and PDF exports
(:mod:`engine.reports.document`), written in the subset of HTML that Qt's rich-text engine draws
(``to_html(..., qt_rich_text=True)``), figures registered as in-memory image resources. Exporting, PDF
included, goes through :mod:`engine.reports.api`, which draws PDFs without Qt (:mod:`engine.reports.pdf`,
fpdf2: the command line writes PDF on machines without a display).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QImage, QTextDocument, QTextOption

from engine.reports.document import build_document as build_report_document
from engine.reports.export import PNG_MAGIC, render_html
from engine.reports.store import Artifact, Report

PREVIEW_IMAGE_WIDTH = 640


def build_document(report: Report, artifacts: list[Artifact], key_id: str | None = None) -> QTextDocument:
    """A QTextDocument of the report; its figures (artifacts and those drawn from the result) are registered
    as in-memory image resources. Long words (IRIs, digests) wrap anywhere rather than widen the page."""
    doc = QTextDocument()
    doc.setDocumentMargin(24)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    doc.setDefaultTextOption(option)
    model = build_report_document(report, artifacts, key_id)
    for figure in model.figures():
        if not figure.png.startswith(PNG_MAGIC):
            continue
        img = QImage.fromData(figure.png)
        if img.width() > PREVIEW_IMAGE_WIDTH:
            img = img.scaledToWidth(PREVIEW_IMAGE_WIDTH, Qt.TransformationMode.SmoothTransformation)
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(f"artifact:{figure.sha256}"), img)
    doc.setHtml(render_html(model, image_src=lambda a: f"artifact:{a.sha256}", qt_rich_text=True))
    return doc
