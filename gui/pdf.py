"""The Reports page's preview: a report as a Qt text document.

Only the preview lives here. Exporting, PDF included, goes through :mod:`engine.reports.api`, which
draws PDFs without Qt (:mod:`engine.reports.pdf`).
"""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage, QTextDocument

from engine.reports.export import PNG_MAGIC, to_html
from engine.reports.store import Artifact, Report

PREVIEW_IMAGE_WIDTH = 640


def build_document(report: Report, artifacts: list[Artifact]) -> QTextDocument:
    """A QTextDocument of the report, PNG artifacts registered as in-memory image resources."""
    doc = QTextDocument()
    doc.setDocumentMargin(24)
    for a in artifacts:
        if a.mime == "image/png" and a.data.startswith(PNG_MAGIC):
            img = QImage.fromData(a.data, "PNG")
            if img.width() > PREVIEW_IMAGE_WIDTH:
                img = img.scaledToWidth(PREVIEW_IMAGE_WIDTH)
            doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(f"artifact:{a.sha256}"), img)
    doc.setHtml(to_html(report, artifacts, image_src=lambda a: f"artifact:{a.sha256}", qt_rich_text=True))
    return doc
