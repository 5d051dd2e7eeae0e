"""Claim verification: a document's claims checked against local RDF knowledge graphs.

Left: the knowledge-graph manager (files, Load, statistics) and the document (open a file or type).
Centre: the document with every claim highlighted in its label's colour, the KAS gauge and the
claims table (label, score, evidence count). Right: the selected claim's rationale, its evidence
triples (labels, IRIs on hover) and its evidence subgraph (pyqtgraph; drag to pan, wheel to zoom,
click a node for its IRI). Loading and verifying run through ``ctx.run`` on a worker thread and call
only :mod:`kg.api`. Every completed verification is saved as a report at once ("Saved as report #N");
Export writes that saved report to a file.

A document opened from a file and left unchanged is verified as read, and its report names the SHA-256
of the file's bytes, as the command line does; text typed or edited here is named by the SHA-256 of
its UTF-8 encoding, under the label "document (edited in the app)" / "document (typed in the app)".
A graph whose load failed leaves no graph loaded: Verify stays off until one loads.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QRectF, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QListWidget,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from core.errors import AttestError, ErrorKind
from kg import api

from ..context import AppContext, scrolled

if TYPE_CHECKING:
    from kg.store import KnowledgeGraph

LABEL_COLOURS = {
    "attributable": QColor(200, 230, 201),
    "extrapolatory": QColor(255, 236, 179),
    "contradictory": QColor(255, 205, 210),
    "no_attribution": QColor(224, 224, 224),
}
LABEL_TEXT = {"attributable": "Attributable", "extrapolatory": "Extrapolatory",
              "contradictory": "Contradictory", "no_attribution": "No attribution"}


# -- widgets ---------------------------------------------------------------------------------------------
class KasGauge(QWidget):
    """A half-dial from 0 to 1: red below 0.4, amber below 0.7, green above."""

    def __init__(self) -> None:
        super().__init__()
        self.value: float | None = None
        self.setMinimumSize(180, 110)

    def set_value(self, value: float | None) -> None:
        self.value = value
        self.update()

    def paintEvent(self, event: Any) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        w, h = self.width(), self.height()
        size = min(w - 20, 2 * (h - 30))
        rect = QRectF((w - size) / 2, 10, size, size)
        for lo, hi, col in ((0.0, 0.4, QColor(229, 115, 115)), (0.4, 0.7, QColor(255, 202, 40)),
                            (0.7, 1.0, QColor(102, 187, 106))):
            pen = QPen(col, 12)
            pen.setCapStyle(Qt.PenCapStyle.FlatCap)
            p.setPen(pen)
            p.drawArc(rect, int((180 - 180 * lo) * 16), int(-180 * (hi - lo) * 16))
        cx, cy = rect.center().x(), rect.center().y()
        if self.value is not None:
            ang = math.pi * (1 - self.value)
            r = size / 2 - 14
            p.setPen(QPen(QColor(40, 40, 40), 3))
            p.drawLine(int(cx), int(cy), int(cx + r * math.cos(ang)), int(cy - r * math.sin(ang)))
        p.setPen(QColor(30, 30, 30))
        f = QFont(self.font())
        f.setPointSize(f.pointSize() + 3)
        f.setBold(True)
        p.setFont(f)
        text = "KAS —" if self.value is None else f"KAS {self.value:.3f}"
        p.drawText(QRectF(0, cy + 4, w, 24), Qt.AlignmentFlag.AlignHCenter, text)
        p.end()


NEG_RGB = (198, 40, 40)
"""Negated evidence: the graph states that the relation does NOT hold."""
EDGE_RGB = (90, 90, 90)


def negated_label(p_label: str) -> str:
    """The predicate of a negated triple as shown: "NOT is a" (unless the label already says not / no / never)."""
    if any(w in p_label.lower().split() for w in ("not", "no", "never")):
        return p_label
    return "NOT " + p_label


class EvidenceGraph(pg.GraphicsLayoutWidget):
    """The evidence subgraph of one claim: nodes are entities / values, edges are triples. A negated triple
    (the graph says the relation does NOT hold) is a dashed red edge labelled "NOT ..."."""

    def __init__(self, on_node: Any = None) -> None:
        super().__init__()
        self.setBackground("w")
        self.view = self.addViewBox()
        self.view.setAspectLocked(True)
        self.graph = pg.GraphItem()
        self.view.addItem(self.graph)
        self.texts: list[Any] = []
        """Every item drawn besides the nodes: edge lines, arrowheads, labels."""
        self.edge_lines: list[pg.PlotCurveItem] = []
        """One line per triple, in the order given: dashed red for a negated triple."""
        self.edge_labels: list[pg.TextItem] = []
        self.nodes: list[str] = []
        self.on_node = on_node
        self.graph.scatter.sigClicked.connect(self._clicked)

    def clear_graph(self) -> None:
        for t in self.texts:
            self.view.removeItem(t)
        self.texts = []
        self.edge_lines = []
        self.edge_labels = []
        self.nodes = []
        self.graph.setData(pos=np.zeros((0, 2)))

    def _add(self, item: Any) -> None:
        self.view.addItem(item)
        self.texts.append(item)

    def set_triples(self, triples: list[dict[str, str]], focus: set[str]) -> None:
        self.clear_graph()
        if not triples:
            return
        labels: dict[str, str] = {}
        edges: list[tuple[str, str, str, bool]] = []
        for t in triples:
            labels.setdefault(t["s"], t["s_label"])
            labels.setdefault(t["o"], t["o_label"])
            neg = bool(t.get("negated"))
            edges.append((t["s"], t["o"], negated_label(t["p_label"]) if neg else t["p_label"], neg))
        self.nodes = list(labels)
        n = len(self.nodes)
        # a circle is readable for the handful of nodes a claim's evidence has
        pos = np.array([[math.cos(2 * math.pi * i / n), math.sin(2 * math.pi * i / n)] for i in range(n)]) * 3.0
        if n == 2:
            pos = np.array([[-2.0, 0.0], [2.0, 0.0]])
        index = {k: i for i, k in enumerate(self.nodes)}
        brushes = [pg.mkBrush(66, 133, 244) if k in focus else pg.mkBrush(150, 150, 150) for k in self.nodes]
        # the nodes only: each edge is its own line, so that a negated one can be dashed
        self.graph.setData(pos=pos, size=18, symbolBrush=brushes, pxMode=True)
        for s_, o_, plabel, neg in edges:
            (x0, y0), (x1, y1) = pos[index[s_]], pos[index[o_]]
            rgb = NEG_RGB if neg else EDGE_RGB
            pen = pg.mkPen(*rgb, width=2.5 if neg else 2,
                           style=Qt.PenStyle.DashLine if neg else Qt.PenStyle.SolidLine)
            line = pg.PlotCurveItem([x0, x1], [y0, y1], pen=pen)
            line.setToolTip(("The graph states that this does NOT hold: " if neg else "") + plabel)
            self._add(line)
            self.edge_lines.append(line)
            # an arrowhead three quarters of the way, pointing from subject to object
            angle = 180.0 - math.degrees(math.atan2(y1 - y0, x1 - x0))
            arrow = pg.ArrowItem(angle=angle, headLen=14, tipAngle=30, brush=rgb, pen=None)
            arrow.setPos(x0 + 0.75 * (x1 - x0), y0 + 0.75 * (y1 - y0))
            self._add(arrow)
            label = pg.TextItem(plabel[:40], color=rgb, anchor=(0.5, 1.1), fill=pg.mkBrush(255, 255, 255, 220),
                                border=pg.mkPen(*rgb) if neg else None)
            label.setPos((x0 + x1) / 2, (y0 + y1) / 2)
            label.setZValue(5)
            self._add(label)
            self.edge_labels.append(label)
        for k, (x, y) in zip(self.nodes, pos, strict=False):
            t = pg.TextItem(labels[k][:40], color=(20, 20, 20), anchor=(0.5, -0.4))
            t.setPos(x, y)
            self._add(t)
        self.graph.setZValue(10)
        self.view.autoRange(padding=0.25)

    def _clicked(self, item: Any, points: Any, *args: Any) -> None:
        if self.on_node is None or not len(points):
            return
        pos = points[0].pos()
        data = self.graph.pos if hasattr(self.graph, "pos") else None
        if data is None or not self.nodes:
            return
        i = int(np.argmin(((np.asarray(data) - np.array([pos.x(), pos.y()])) ** 2).sum(1)))
        self.on_node(self.nodes[i])


EMPTY_GRAPHS = "No graph loaded: press Add RDF files… (or Demo for the bundled graph and document)."
EMPTY_CLAIM = ("<b>No verification yet.</b><br>1. Add RDF files… (or press Demo).<br>2. Type or open a document."
               "<br>3. Press Verify claims, then select a claim to see its evidence here.")
LABEL_TIPS = {"attributable": "Attributable: the graph supports the claim.",
              "extrapolatory": "Extrapolatory: the graph knows the entities but not this fact.",
              "contradictory": "Contradictory: the graph states otherwise.",
              "no_attribution": "No attribution: the graph knows none of the claim's entities."}
LEGEND_TIP = " ".join(LABEL_TIPS.values())
SCORE_MEANING = ("how strongly the evidence bears on the claim: for an attributable claim the match of its weakest "
                 "fact, for a contradictory one that of the strongest denial, for an extrapolatory one how close the "
                 "graph comes (at most 0.5)")
SCORE_TIP = f"Score, 0 to 1: {SCORE_MEANING}"


# -- the page ----------------------------------------------------------------------------------------------
def qt_positions(text: str) -> list[int]:
    """For each index of ``text`` (and its end), the position Qt gives that character once the text is
    shown with ``setPlainText``: Qt counts UTF-16 units and reads "\\r\\n" (and "\\r", U+2028, U+2029)
    as one paragraph break, while a claim's offsets index the Python string."""
    out = []
    pos = 0
    n = len(text)
    for i, ch in enumerate(text):
        out.append(pos)
        if ch == "\r" and i + 1 < n and text[i + 1] == "\n":
            continue  # the "\n" that follows makes the one break
        pos += 2 if ord(ch) > 0xFFFF else 1
    out.append(pos)
    return out


class Page(QWidget):
    title = "Claim verification"

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.kg: KnowledgeGraph | None = None
        """The loaded graph; ``None`` when none is, when its load failed or when the file list changed."""
        self.kg_paths: list[str] = []
        self.load_error: str | None = None
        """Why the last load failed; Verify stays disabled until a graph loads."""
        self.document: api.Document | None = None
        """The document read from a file, as read (its bytes' digest)."""
        self._document_shown = ""
        """The editor's text right after the document was opened: unchanged text is the file's."""
        self.last_run: api.VerifyRun | None = None
        self.saved_id: int | None = None
        self._shown_text = ""
        self._positions: list[int] = []
        self._busy_now = False
        self._build()
        self._update_buttons()

    # layout -----------------------------------------------------------------------------------------
    def _build(self) -> None:
        outer = QHBoxLayout(self)
        outer.setContentsMargins(6, 6, 6, 6)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.setChildrenCollapsible(False)
        outer.addWidget(split)
        self.splitter = split

        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 4, 0)
        box = QGroupBox("Knowledge graphs")
        bv = QVBoxLayout(box)
        self.kg_list = QListWidget()
        self.kg_list.setMaximumHeight(110)
        self.kg_list.setMinimumHeight(48)
        self.kg_list.setToolTip("The RDF files and SPARQL endpoints the claims are checked against")
        bv.addWidget(self.kg_list)
        grid = QGridLayout()
        self.add_btn = QPushButton("Add RDF files…")
        self.add_btn.setToolTip("Turtle, N-Triples, N-Quads, TriG, RDF/XML or JSON-LD files")
        self.add_btn.clicked.connect(lambda: self.add_files())
        self.remove_btn = QPushButton("Remove")
        self.remove_btn.setToolTip("Remove the selected file or endpoint from the list")
        self.remove_btn.clicked.connect(self.remove_selected)
        self.endpoint_btn = QPushButton("Add endpoint…")
        self.endpoint_btn.setToolTip("A SPARQL 1.1 query endpoint (Oxigraph, QLever, Virtuoso, GraphDB), "
                                     "e.g. http://127.0.0.1:7878/query")
        self.endpoint_btn.clicked.connect(lambda: self.add_endpoint())
        self.load_btn = QPushButton("Load")
        self.load_btn.setToolTip("Load the listed graphs (Verify claims loads them first when needed)")
        self.load_btn.clicked.connect(lambda: self.load_graphs())
        for i, b in enumerate((self.add_btn, self.endpoint_btn, self.remove_btn, self.load_btn)):
            b.setStyleSheet("padding: 5px 4px;")  # the app's 12-px side padding clips these labels when narrow
            grid.addWidget(b, i // 2, i % 2)
        bv.addLayout(grid)
        self.stats_label = QLabel(EMPTY_GRAPHS)
        self.stats_label.setWordWrap(True)
        bv.addWidget(self.stats_label)
        lv.addWidget(box)

        dbox = QGroupBox("Document")
        dv = QVBoxLayout(dbox)
        drow = QHBoxLayout()
        self.open_btn = QPushButton("Open document…")
        self.open_btn.setToolTip("A UTF-8 text or Markdown file")
        self.open_btn.clicked.connect(lambda: self.open_document())
        self.demo_btn = QPushButton("Demo")
        self.demo_btn.setToolTip("Load the bundled demo graph and document, and verify them")
        self.demo_btn.clicked.connect(self.load_demo)
        for b in (self.open_btn, self.demo_btn):
            b.setStyleSheet("padding: 5px 4px;")
            drow.addWidget(b)
        dv.addLayout(drow)
        self.doc_label = QLabel("Type or paste text in the editor, or open a UTF-8 text / Markdown file.")
        self.doc_label.setWordWrap(True)
        dv.addWidget(self.doc_label)
        self.run_btn = QPushButton("Verify claims")
        self.run_btn.clicked.connect(lambda: self.run_verify())
        dv.addWidget(self.run_btn)
        lv.addWidget(dbox)
        legend = QLabel(" ".join(
            f'<span style="background:{LABEL_COLOURS[k].name()}">&nbsp;{v}&nbsp;</span>'
            for k, v in LABEL_TEXT.items()))
        legend.setWordWrap(True)
        legend.setToolTip("Attributable: the graph supports the claim. Extrapolatory: the graph knows the entities "
                          "but not this fact. Contradictory: the graph states otherwise. No attribution: the graph "
                          "knows none of its entities.")
        lv.addWidget(legend)
        self.gauge = KasGauge()
        self.gauge.setToolTip(
            "KAS, knowledge-graph attribution score, 0 to 1: the share of the document's checkable content the "
            "graph supports, each claim weighted by its content words and its score; a contradiction costs twice "
            "what a supported claim earns. Claims with no attribution are left out. Red below 0.4, amber below 0.7.")
        lv.addWidget(self.gauge)
        self.warn_label = QLabel("")
        self.warn_label.setWordWrap(True)
        self.warn_label.setStyleSheet("color: #8a4b00; background: #fff4e0; padding: 4px;")
        self.warn_label.setVisible(False)
        lv.addWidget(self.warn_label)
        srow = QHBoxLayout()
        self.saved_label = QLabel("")
        self.saved_label.setWordWrap(True)
        self.export_btn = QPushButton("Export…")
        self.export_btn.setToolTip("Export the saved report (HTML, JSON or PDF)")
        self.export_btn.clicked.connect(lambda: self.export_report())
        srow.addWidget(self.saved_label, 1)
        srow.addWidget(self.export_btn)
        lv.addLayout(srow)
        lv.addStretch(1)
        split.addWidget(scrolled(left, 250))

        centre = QSplitter(Qt.Orientation.Vertical)
        centre.setChildrenCollapsible(False)
        self.doc_view = QTextEdit()
        self.doc_view.setAcceptRichText(False)
        self.doc_view.setTabChangesFocus(True)  # Tab moves on to the claims; the document has no use for tabs
        self.doc_view.setPlaceholderText("Type or paste text, or Open document…")
        self.doc_view.setToolTip("The document whose claims are checked: type or paste text, or press Open "
                                 "document… (Demo loads a sample document and graph). Tab moves on to the claims.")
        self.doc_view.cursorPositionChanged.connect(self._cursor_moved)
        self.doc_view.setMinimumHeight(120)
        centre.addWidget(self.doc_view)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(["#", "Label", "Score", "Triples", "Claim"])
        for j, text in enumerate(("Claim number, in document order", LEGEND_TIP, SCORE_TIP,
                                  "Evidence: the number of graph triples the label rests on",
                                  "The claim's text (hover for all of it)")):
            head = self.table.horizontalHeaderItem(j)
            if head is not None:
                head.setToolTip(text)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)  # every column can be resized
        header.setStretchLastSection(True)
        header.setMinimumSectionSize(28)
        header.sectionResized.connect(lambda *_: self._rows_later(self.table))  # wrapped text follows
        self.table.verticalHeader().setVisible(False)
        self.table.itemSelectionChanged.connect(self._row_selected)
        self.table.setMinimumHeight(120)
        centre.addWidget(self.table)
        centre.setSizes([380, 300])
        centre.setMinimumWidth(300)
        split.addWidget(centre)

        right = QSplitter(Qt.Orientation.Vertical)
        right.setChildrenCollapsible(False)
        top = QWidget()
        rv = QVBoxLayout(top)
        rv.setContentsMargins(4, 0, 0, 0)
        self.claim_title = QLabel(EMPTY_CLAIM)
        self.claim_title.setWordWrap(True)
        self.claim_title.setTextFormat(Qt.TextFormat.RichText)
        rv.addWidget(self.claim_title)
        self.rationale = QLabel("")
        self.rationale.setWordWrap(True)
        rv.addWidget(self.rationale)
        self.evidence_table = QTableWidget(0, 4)
        self.evidence_table.setHorizontalHeaderLabels(["Subject", "Predicate", "Object", "Source"])
        self.evidence_table.setToolTip("The triples of the graph the label rests on; red = negated: the graph "
                                       "states that the relation does NOT hold. Hover a cell for its IRI.")
        eh = self.evidence_table.horizontalHeader()
        eh.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        eh.setStretchLastSection(True)
        eh.setMinimumSectionSize(40)
        eh.sectionResized.connect(lambda *_: self._rows_later(self.evidence_table))
        self.evidence_table.setWordWrap(True)
        self.evidence_table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.evidence_table.verticalHeader().setVisible(False)
        self.evidence_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.evidence_table.setMinimumHeight(80)
        rv.addWidget(self.evidence_table, 1)
        right.addWidget(top)
        self.graph = EvidenceGraph(on_node=lambda iri: self.ctx.status(iri))
        self.graph.setMinimumHeight(120)
        right.addWidget(self.graph)
        right.setSizes([300, 300])
        right.setMinimumWidth(220)
        split.addWidget(right)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 3)
        split.setStretchFactor(2, 2)
        split.setSizes([300, 560, 440])
        for t in (self.table, self.evidence_table):
            t.viewport().installEventFilter(self)
            self._fit_columns(t, self._share(t))

    # knowledge graphs -------------------------------------------------------------------------------
    def add_files(self, paths: list[str] | None = None) -> None:
        if paths is None:
            paths, _ = QFileDialog.getOpenFileNames(
                self, "Add RDF files", "",
                "RDF (*.ttl *.nt *.nq *.trig *.rdf *.owl *.xml *.jsonld *.json);;All files (*)")
        added = False
        for p in paths:
            if p and p not in self.kg_paths:
                self.kg_paths.append(p)
                self.kg_list.addItem(p)
                added = True
        if added:
            self._files_changed()

    def add_endpoint(self, url: str | None = None) -> None:
        """Add a SPARQL endpoint URL to the list of graph sources."""
        if url is None:
            url, ok = QInputDialog.getText(self, "Add SPARQL endpoint", "Query URL of a SPARQL 1.1 endpoint:",
                                           text="http://127.0.0.1:7878/query")
            if not ok:
                return
        url = url.strip()
        if not url.startswith(("http://", "https://")):
            self.ctx.error(f"{url or 'An empty URL'} is not an http(s) SPARQL endpoint URL.")
            return
        self.add_files([url])

    def _sources(self) -> tuple[list[str], list[str]]:
        """(RDF files, SPARQL endpoint URLs) of the list, in list order."""
        files = [p for p in self.kg_paths if "://" not in p]
        return files, [p for p in self.kg_paths if "://" in p]

    def remove_selected(self) -> None:
        items = self.kg_list.selectedItems()
        for item in items:
            self.kg_paths.remove(item.text())
            self.kg_list.takeItem(self.kg_list.row(item))
        if items:
            self._files_changed()

    def _files_changed(self) -> None:
        """A graph loaded from another list of files is not the listed graph: drop it."""
        files, urls = self._sources()
        if self.kg is not None and [f.path for f in self.kg.stats.files] != [str(Path(p)) for p in files] + urls:
            self.kg = None
            self.clear_result()
            self.stats_label.setText("The file list changed: press Load (Verify loads the listed files first).")
        elif self.kg is None and self.load_error is not None:
            self.load_error = None  # the failed list is gone; the next Verify loads the new one
            self.stats_label.setText("The file list changed: press Load (Verify loads the listed files first).")
        self._update_buttons()

    def load_graphs(self, then: Callable[[], None] | None = None) -> None:
        if not self.kg_paths:
            self.ctx.error("Add at least one RDF file or SPARQL endpoint first.")
            return
        # whatever was loaded before is not what the listed files will give: it is never used again,
        # and neither is a result computed from it
        self.kg = None
        self.clear_result()
        self.stats_label.setText("Loading…")
        self._busy(True)

        def done(kg: KnowledgeGraph) -> None:
            self.kg, self.load_error = kg, None
            s = kg.stats
            self.stats_label.setText(
                f"{s.triples:,} triples · {s.entities:,} entities · {s.predicates:,} predicates<br>"
                f"{'opened from cache' if s.from_cache else 'loaded'} in {s.load_s:.2f} s")
            self._busy(False)
            if then is not None:
                then()

        def failed(kind: ErrorKind, message: str) -> None:
            self.kg = None
            self.load_error = "loading was cancelled" if kind is ErrorKind.CANCELLED else message
            self.stats_label.setText(f"No graph loaded: {self.load_error}. Verify is off until a graph loads: "
                                     "fix the file list and press Load.")
            self._busy(False)

        files, urls = self._sources()
        self.ctx.run(api.load_graphs, files, str(api.graph_cache_dir(self.ctx.db_path)), endpoints=urls,
                     label="Loading knowledge graphs", on_done=done, on_error=failed)

    # document ---------------------------------------------------------------------------------------
    def open_document(self, path: str | None = None) -> None:
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, "Open document", "",
                                                  "Text (*.txt *.md *.markdown);;All files (*)")
            if not path:
                return
        try:
            document = api.read_document(path)
        except AttestError as exc:
            self.ctx.error(str(exc))
            return
        self.clear_result()
        self.document = document
        self.doc_view.setPlainText(document.text)
        self._document_shown = self.doc_view.toPlainText()
        self.doc_label.setText(Path(path).name)

    def current_document(self) -> api.Document:
        """What Verify would verify now: the opened file as read while the editor still shows it
        unchanged, else the editor's text (edited or typed)."""
        text = self.doc_view.toPlainText()
        if self.document is not None:
            if text == self._document_shown:
                return self.document
            return self.document.edited(text)
        return api.typed_document(text)

    def load_demo(self) -> None:
        self.kg_paths, self.kg = [], None
        self.kg_list.clear()
        self.add_files([str(api.ASSETS / "demo.ttl")])
        self.open_document(str(api.ASSETS / "demo.md"))
        self.load_graphs(then=self.run_verify)

    # verification -----------------------------------------------------------------------------------
    def run_verify(self) -> None:
        if not self.doc_view.toPlainText().strip():
            self.ctx.error("The document is empty: there is nothing to verify.")
            return
        if self.kg is None:
            if self.load_error is not None:
                self.ctx.error(f"No knowledge graph is loaded ({self.load_error}); fix the files and press Load.")
                return
            self.load_graphs(then=self.run_verify)
            return
        document = self.current_document()
        self.clear_result()
        self._busy(True)

        def done(run: api.VerifyRun) -> None:
            self.last_run = run
            self.saved_id = None
            self._show_result()
            try:
                self.saved_id = self.ctx.save(run.to_draft())
            except AttestError as exc:
                self.saved_label.setText(f"Not saved: {exc}")
                self.ctx.error(str(exc))
            else:
                self.saved_label.setText(f"Saved as report #{self.saved_id}")
            self._busy(False)

        self.ctx.run(api.verify_document, self.kg, document, label="Verifying claims", on_done=done,
                     on_error=lambda kind, message: self._busy(False))

    @property
    def busy(self) -> bool:
        """A load or a verification of this page is running."""
        return self._busy_now

    def _busy(self, busy: bool) -> None:
        self._busy_now = busy
        self._update_buttons()

    def _update_buttons(self) -> None:
        idle = not self._busy_now
        for b in (self.load_btn, self.demo_btn, self.add_btn, self.endpoint_btn, self.remove_btn, self.open_btn):
            b.setEnabled(idle)
        self.run_btn.setEnabled(idle and self.load_error is None)
        self.run_btn.setToolTip(
            "Check every claim of the document against the listed graphs (loading them first if needed)"
            if self.load_error is None else "No knowledge graph is loaded: fix the file list and press Load")
        self.export_btn.setEnabled(idle and self.saved_id is not None)

    def clear_result(self) -> None:
        """Forget the last verification: nothing of it stays on screen or exportable once the graph
        or the document it was computed from is replaced, or a new run starts."""
        self.last_run = None
        self.saved_id = None
        self.saved_label.setText("")
        self.warn_label.setText("")
        self.warn_label.setVisible(False)
        self.gauge.set_value(None)
        self.table.setRowCount(0)
        self.claim_title.setText(EMPTY_CLAIM)
        self.rationale.setText("")
        self.evidence_table.setRowCount(0)
        self.graph.clear_graph()
        # drop the claim highlights; the editor keeps its text
        self.doc_view.blockSignals(True)
        cursor = QTextCursor(self.doc_view.document())
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.setCharFormat(QTextCharFormat())
        self.doc_view.blockSignals(False)
        self._positions = []
        self._update_buttons()

    def _show_result(self) -> None:
        run = self.last_run
        assert run is not None
        self.gauge.set_value(run.kas)
        warnings = run.verification.warnings
        self.warn_label.setText("<br>".join(f"⚠ {_html(w)}" for w in warnings))
        self.warn_label.setVisible(bool(warnings))
        self.doc_view.blockSignals(True)
        self.doc_view.setPlainText(run.document.text)
        self._shown_text = self.doc_view.toPlainText()
        self._positions = qt_positions(run.document.text)
        if run.document is self.document:
            self._document_shown = self._shown_text
        cursor = QTextCursor(self.doc_view.document())
        # longer spans first, so a relative clause stays visible inside its sentence
        for c in sorted(run.claims, key=lambda c: -(c.end - c.start)):
            fmt = QTextCharFormat()
            fmt.setBackground(QBrush(LABEL_COLOURS[c.label]))
            if c.label == "contradictory":
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
                fmt.setUnderlineColor(QColor(198, 40, 40))
            cursor.setPosition(self._positions[c.start])
            cursor.setPosition(self._positions[c.end], QTextCursor.MoveMode.KeepAnchor)
            cursor.mergeCharFormat(fmt)
        self.doc_view.blockSignals(False)
        self.table.setRowCount(len(run.claims))
        for i, c in enumerate(run.claims):
            text = c.text.replace("\n", " ")
            cells = [str(i + 1), LABEL_TEXT[c.label], f"{c.score:.3f}", str(len(c.evidence)), text]
            tips = [f"Claim {i + 1}", LABEL_TIPS[c.label], f"Score {c.score:.3f} (0 to 1): {SCORE_MEANING}",
                    f"{len(c.evidence)} evidence triple{'s' if len(c.evidence) != 1 else ''}",
                    text + (f"\n\n{c.explanation}" if c.explanation else "")]
            for j, v in enumerate(cells):
                item = QTableWidgetItem(v)
                item.setToolTip(tips[j])
                if j == 1:
                    item.setBackground(QBrush(LABEL_COLOURS[c.label]))
                if j in (0, 2, 3):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(i, j, item)
        self._fit_columns(self.table, self._share(self.table))
        counts = ", ".join(f"{v} {LABEL_TEXT[k].lower()}" for k, v in run.counts.items())
        self.ctx.status(f"{len(run.claims)} claims: {counts}; KAS {run.kas:.3f}")
        if run.claims:
            self.table.selectRow(0)

    def _share(self, table: QTableWidget) -> float:
        """The widest share of the view a column other than the last may take."""
        return 0.3 if table is self.table else 0.25

    def eventFilter(self, watched: Any, event: Any) -> bool:
        """A table whose view changes width fits its columns again (the last one takes the rest)."""
        if event.type() == QEvent.Type.Resize:
            for t in (self.table, self.evidence_table):
                if watched is t.viewport() and event.oldSize().width() != event.size().width():
                    self._fit_columns(t, self._share(t))
        return super().eventFilter(watched, event)

    @staticmethod
    def _rows_later(table: QTableWidget) -> None:
        """Fit the rows' heights to their wrapped text once the columns have their new widths."""
        QTimer.singleShot(0, table.resizeRowsToContents)

    @staticmethod
    def _fit_columns(table: QTableWidget, share: float) -> None:
        """Columns fitted to their contents, none wider than ``share`` of the view, the last one stretched
        over the rest; long text wraps onto more lines (each cell's tooltip holds all of it) and every column
        stays resizable by hand."""
        header = table.horizontalHeader()
        limit = max(60, int(table.viewport().width() * share))
        last = table.columnCount() - 1
        header.resizeSection(last, header.minimumSectionSize())  # the stretched last column fills what is left
        for j in range(last):
            table.resizeColumnToContents(j)
            if header.sectionSize(j) > limit:
                header.resizeSection(j, limit)
        table.resizeRowsToContents()

    def claim_span(self, i: int) -> tuple[int, int]:
        """Where claim ``i`` of the last run sits in the document view (Qt positions)."""
        assert self.last_run is not None
        c = self.last_run.claims[i]
        return self._positions[c.start], self._positions[c.end]

    def _cursor_moved(self) -> None:
        run = self.last_run
        if run is None or self.doc_view.toPlainText() != self._shown_text:
            return
        pos = self.doc_view.textCursor().position()
        spans = [self.claim_span(i) for i in range(len(run.claims))]
        hits = [i for i, (a, b) in enumerate(spans) if a <= pos < b]
        if hits:
            best = min(hits, key=lambda i: spans[i][1] - spans[i][0])
            if best != self.table.currentRow():
                self.table.selectRow(best)

    def _row_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows or self.last_run is None:
            return
        self.show_claim(rows[0].row())

    def show_claim(self, i: int) -> None:
        assert self.last_run is not None
        c = self.last_run.claims[i]
        colour = LABEL_COLOURS[c.label].name()
        self.claim_title.setText(
            f'<b>Claim {i + 1}</b> <span style="background:{colour}">&nbsp;{LABEL_TEXT[c.label]} '
            f'({c.score:.3f})&nbsp;</span><br><i>{_html(c.text)}</i>'
            + (f'<br><small>read as: {_html(c.resolved)}</small>' if c.resolved and c.resolved != c.text else ""))
        self.rationale.setText(c.explanation)
        self.evidence_table.setRowCount(len(c.evidence))
        red = QBrush(QColor(*NEG_RGB))
        for r, e in enumerate(c.evidence):
            p_label = negated_label(e.p_label) if e.negated else e.p_label
            for j, (lab, iri) in enumerate(((e.s_label, e.s), (p_label, e.p), (e.o_label, e.o),
                                            (e.source, e.source))):
                item = QTableWidgetItem(lab)
                item.setToolTip(f"{lab}\n{iri}" if iri != lab else lab)
                if e.negated:  # the graph states the opposite: the whole row is red, the predicate says NOT
                    item.setForeground(red)
                    item.setToolTip(f"The graph states that ({e.s_label}, {e.p_label}, {e.o_label}) does NOT "
                                    f"hold.\n{item.toolTip()}")
                    if j == 1:
                        f = item.font()
                        f.setBold(True)
                        item.setFont(f)
                self.evidence_table.setItem(r, j, item)
        self._fit_columns(self.evidence_table, self._share(self.evidence_table))
        focus = {iri for m in c.mentions for iri in m.get("iris", [])[:1]}
        self.graph.set_triples([e.to_dict() for e in c.evidence], focus)

    # reports ------------------------------------------------------------------------------------------
    def export_report(self, path: str | None = None) -> str | None:
        """Export the report saved for the last run; return the file written (``None`` if none was)."""
        from engine.reports.api import export_report

        rid = self.saved_id
        if rid is None:
            return None
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, "Export report", f"verify-report-{rid}.html",
                                                  "HTML (*.html);;JSON (*.json);;PDF (*.pdf)")
            if not path:
                return None
        try:
            out = export_report(self.ctx.store, rid, Path(path), fmt=None)
        except AttestError as exc:
            self.ctx.error(str(exc))
            return None
        self.ctx.status(f"report #{rid} exported to {out.path} ({out.fmt})")
        return str(out.path)


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", " ")
