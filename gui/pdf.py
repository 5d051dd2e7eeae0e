"""Reports as Qt text documents: the preview pane and the PDF export share one renderer."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from core.errors import AttestError
from engine.reports.export import PNG_MAGIC, to_html
from engine.reports.store import Artifact, Report


def ensure_gui_app() -> None:
    """The command line exports PDF too: give Qt an application (offscreen without a display)."""
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:
        if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        ensure_gui_app.app = QGuiApplication([])  # type: ignore[attr-defined]


def build_document(report: Report, artifacts: list[Artifact]):  # noqa: ANN201 - QTextDocument
    """A QTextDocument of the report, PNG artifacts registered as in-memory image resources."""
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QImage, QTextDocument

    doc = QTextDocument()
    doc.setDocumentMargin(24)
    for a in artifacts:
        if a.mime == "image/png" and a.data.startswith(PNG_MAGIC):
            img = QImage.fromData(a.data, "PNG")
            if img.width() > 640:
                img = img.scaledToWidth(640)
            doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(f"artifact:{a.sha256}"), img)
    doc.setHtml(to_html(report, artifacts, image_src=lambda a: f"artifact:{a.sha256}", qt_rich_text=True))
    return doc


def export_pdf(report: Report, artifacts: list[Artifact], out: Path) -> Path:
    """Render with Qt's own PDF writer into a temporary file, then fsync and rename atomically."""
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter

    ensure_gui_app()
    out = Path(out)
    folder = out.parent if str(out.parent) else Path(".")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=folder)
        os.close(fd)
    except OSError as exc:
        raise AttestError(f"cannot write to {folder}: {exc.strerror or exc}") from None
    try:
        writer = QPdfWriter(tmp)
        writer.setTitle(f"{report.title} — Attest report #{report.id}")
        writer.setCreator("Attest")
        writer.setResolution(150)
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                         QMarginsF(12, 12, 12, 12), QPageLayout.Unit.Millimeter))
        doc = build_document(report, artifacts)
        doc.print_(writer)
        del writer  # flushes and closes the file
        with open(tmp, "rb") as fh:
            if not fh.read(5) == b"%PDF-":
                raise AttestError(f"Qt did not produce a PDF for report #{report.id}")
            os.fsync(fh.fileno())
        os.replace(tmp, out)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    return out
