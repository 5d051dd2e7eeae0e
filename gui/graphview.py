"""The causal graph view: a layered graph that stays fast and readable at thousands of nodes.

Input-side layers at the bottom, the target output at the top. One scatter item draws the nodes (size =
|effect|, red = raises the target, blue = lowers it), one item draws every edge, one item the labels.

- **Layout.** Each layer is a band of rows; a layer wider than the view can show at a readable spacing is
  wrapped into several staggered rows of equal length (the row width is chosen for the plot area's size so
  that node spacing is as large as it can be, and a layer is wrapped only when one row would put its nodes
  closer than ``COMFORT_PX``). Units are in reading order by |effect|, strongest first, row by row from the
  top. Every node stays its own clickable, searchable point: nothing is merged or collapsed. A threshold
  change lays the shown nodes out again, so that they use the room.
- **Edges.** Batched by sign, width bucket (|effect|) and style (dashed = kept only as its parent's
  strongest connection): a few ``drawLines`` calls, blue first and red on top. Edges and labels are drawn
  into an image at the current zoom (:class:`CachedLayer`); panning only moves that image, which is drawn
  again when the threshold, the edge filter or the selection changes, when a pan leaves it, and once a zoom
  pauses.
- **Threshold and edge filter.** Numpy masks and a numpy layout over arrays built once in ``set_graph``;
  no Python loop per node or edge.
- **Level of detail.** Nodes shrink when the view is too dense for their size; unit names appear once
  neighbours are ``LABEL_PX`` apart on screen, only for nodes in view; the output ("output: ring") and the
  selected node are always named.
- **Keyboard.** Tab gives the view focus; arrows move the selection (left/right along the layer's rows,
  up/down to the nearest node of the next row up or down, which is the next layer when a layer has one row;
  Ctrl+up/down jumps a whole layer); Home selects the output, End the strongest node; Enter or Space
  activates the selected node (``on_click``). ``sigNodeSelected`` tells whoever listens where the selection
  went, ``sigNodeActivated`` that it was activated.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QLineF, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QImage, QKeyEvent, QPainter, QPen, QStaticText, QTransform
from PySide6.QtWidgets import QWidget

POS = (200, 40, 40)
NEG = (40, 90, 210)
OUT = (30, 30, 30)

ROW_GAP = 1.0  # scene units between the rows of one layer (nodes in a row are 1 unit apart)
LAYER_GAP = 2.0  # scene units between the last row of a layer and the first row of the next
STAGGER = 0.5  # every other row of a wrapped layer is shifted by half a node
REF_SIZE = (1000.0, 700.0)  # the view size the layout is fitted to
COMFORT_PX = 14.0  # a layer is wrapped only when one row would put its nodes closer than this (pixels)
LABEL_PX = 30.0  # unit names are shown when neighbours are at least this many pixels apart...
MAX_LABELS = 400  # ...and at most this many nodes are in view
EDGE_WIDTHS = (1.2, 2.0, 2.9, 3.8)  # by |effect| quartile of the strongest; >= 1.2 keeps Qt's fast line path
EDGE_ALPHAS = (70, 115, 160, 205)
ZOOM_SETTLE_MS = 120  # a cached layer is drawn at a new zoom this long after the zoom stops (scaled till then)
MAX_CACHE_PX = 6_000_000  # the edge image covers a margin around the view only while it stays this small


# -- layout ------------------------------------------------------------------------------------------------


def choose_row_width(counts: Sequence[int], size: tuple[float, float] = REF_SIZE) -> int:
    """Most nodes per row: the largest width whose node spacing on a view of ``size`` pixels is at least
    ``min(COMFORT_PX, best spacing)``; one row per layer whenever that is comfortable."""
    ks = np.asarray([max(1, int(k)) for k in counts], dtype=float)
    if not len(ks):
        return 1
    kmax = int(ks.max())
    w = np.arange(1, kmax + 1, dtype=float)[:, None]
    rows = np.ceil(ks[None, :] / w)
    height = ((rows - 1) * ROW_GAP).sum(axis=1) + (len(ks) - 1) * LAYER_GAP
    width = np.ceil(ks[None, :] / rows).max(axis=1) - 1 + np.where((rows > 1).any(axis=1), STAGGER, 0.0)
    spacing = np.minimum(size[0] / (width + 1.0), size[1] / (height + 1.0))
    target = min(COMFORT_PX, float(spacing.max()))
    ok = np.nonzero(spacing >= target - 1e-9)[0]
    return int(ok.max()) + 1


def layered_layout(counts: Sequence[int], row_width: int | None = None,
                   size: tuple[float, float] = REF_SIZE) -> tuple[list[np.ndarray], list[np.ndarray], list[float]]:
    """Positions of ``counts[i]`` nodes in layer ``i`` (bottom layer first), in each layer's order: the
    (k, 2) x, y of each layer, the (k,) row of each node counted over the whole graph from the bottom, and the
    y of each layer's centre (the axis tick). A layer of k nodes takes r = ceil(k / row width) rows of
    ceil(k / r) nodes (the last holds the rest), filled from the top of its band, left to right, each row
    centred on x = 0 and every other row shifted by ``STAGGER``."""
    w = choose_row_width(counts, size) if row_width is None else max(1, int(row_width))
    xy: list[np.ndarray] = []
    row_of: list[np.ndarray] = []
    centres: list[float] = []
    y0, row0 = 0.0, 0
    for k in counts:
        k = int(k)
        nrows = max(1, math.ceil(k / w))
        per = max(1, math.ceil(k / nrows))  # balanced: 26 nodes at width 25 are two rows of 13, not 25 + 1
        i = np.arange(k)
        r_top = i // per  # row counted from the top of this layer's band
        col = i % per
        in_row = np.where(r_top < nrows - 1, per, k - (nrows - 1) * per)
        x = col - (in_row - 1) / 2.0 + np.where(r_top % 2 == 1, STAGGER, 0.0) * (nrows > 1)
        y = y0 + (nrows - 1 - r_top) * ROW_GAP
        xy.append(np.stack([x, y], axis=1).astype(float) if k else np.zeros((0, 2)))
        row_of.append((row0 + nrows - 1 - r_top).astype(int))
        centres.append(y0 + (nrows - 1) * ROW_GAP / 2.0)
        y0 += (nrows - 1) * ROW_GAP + LAYER_GAP
        row0 += nrows
    return xy, row_of, centres


# -- cached layers -------------------------------------------------------------------------------------------


class CachedLayer(pg.GraphicsObject):
    """An item drawn once into an image at the current zoom and then only moved while the view pans.

    A frame that pans costs one ``drawImage``; the item is drawn again when its content changes
    (``_changed``), when a pan leaves the image (which then covers a quarter of the view more on each side),
    and ``ZOOM_SETTLE_MS`` after a zoom, during which the image is drawn scaled. Besides speed: PySide6 6.12
    on CPython 3.11 drops a reference to ``None`` at every call of a method that returns nothing (``None``
    is not immortal before 3.12), so a view that made such calls per edge or label at every frame would
    bring that crash sooner.

    ``paints``: paint calls so far; ``renders``: how many of them drew the content (the rest moved the image).
    """

    def __init__(self) -> None:
        super().__init__()
        self.paints = 0
        self.renders = 0
        self._rect = QRectF()
        self._version = 0
        self._cache: QImage | None = None
        self._cache_key: tuple = ()
        self._cache_rect = QRectF()  # item coordinates covered by the cached image
        self._cache_anchor = QPointF()  # the item point at the image's top-left pixel
        self._cache_origin = (0.0, 0.0)  # the device point of that pixel when it was drawn
        self._cache_inverse = QTransform()  # device to item, when it was drawn
        self._redraw_now = False
        self._zoom_timer = QTimer(self)
        self._zoom_timer.setSingleShot(True)
        self._zoom_timer.setInterval(ZOOM_SETTLE_MS)
        self._zoom_timer.timeout.connect(self._zoom_settled)

    def _zoom_settled(self) -> None:
        self._redraw_now = True
        self.update()

    def _changed(self) -> None:
        self._version += 1
        self._cache = None
        self.update()

    def boundingRect(self) -> QRectF:
        return self._rect

    def _empty(self) -> bool:
        return self._rect.isEmpty()

    def _draw(self, p: QPainter, t: QTransform, ox: float, oy: float, w: int, h: int, rect: QRectF,
              view: QRectF) -> None:
        """Draw the content of ``rect`` (item coordinates) onto ``p``, an image of ``w`` x ``h`` pixels whose
        top-left pixel is the device point (``ox``, ``oy``) of the item-to-device transform ``t``."""
        raise NotImplementedError

    def paint(self, painter: QPainter, *args: Any) -> None:
        self.paints += 1
        if self._empty():
            return
        t = painter.transform()
        view = self.viewRect()
        if view is None:
            return
        bounds = self._rect.adjusted(-0.01, -0.01, 0.01, 0.01)
        want = bounds.intersected(view)
        if want.isEmpty():
            return
        key = (self._version, round(t.m11(), 6), round(t.m22(), 6), round(t.m12(), 6), round(t.m21(), 6),
               painter.device().devicePixelRatioF())
        old = self._cache_key
        if (self._cache is not None and not self._redraw_now and key != old and key[0] == old[0]
                and key[-1] == old[-1] and isinstance(painter.device(), QWidget)):  # on screen (not a print)
            # a zoom: the image at its old scale stands in, and the content is drawn at the new scale once the
            # zoom has paused (a wheel turn is many frames; each drawn afresh would cost a full render)
            painter.save()
            painter.setTransform(QTransform.fromTranslate(*self._cache_origin) * self._cache_inverse * t)
            painter.drawImage(QPointF(0.0, 0.0), self._cache)
            painter.restore()
            self._zoom_timer.start()
            return
        self._redraw_now = False
        c = self._cache_rect
        ex, ey = 1e-6 * (abs(c.width()) + 1.0), 1e-6 * (abs(c.height()) + 1.0)  # edges equal up to rounding
        if self._cache is None or key != self._cache_key or not c.adjusted(-ex, -ey, ex, ey).contains(want):
            # a pan that left the image: draw a margin around the view too, so that the next frames of the pan
            # only move the image; a zoom or a change of content: only what is in view, at once
            panned = self._cache is not None and key == self._cache_key
            self._render(t, want, view, bounds if panned else None, key)
        if self._cache is None:
            return
        at = t.map(self._cache_anchor)
        painter.save()
        painter.resetTransform()
        painter.drawImage(QPointF(round(at.x()), round(at.y())), self._cache)
        painter.restore()

    def _render(self, t: QTransform, want: QRectF, view: QRectF, margin_in: QRectF | None, key: tuple) -> None:
        self.renders += 1
        dpr = float(key[-1]) or 1.0
        rect = want
        whole = t.mapRect(self._rect)
        if whole.width() * whole.height() <= 1.3 * max(1.0, t.mapRect(want).width() * t.mapRect(want).height()):
            rect = self._rect.adjusted(-0.01, -0.01, 0.01, 0.01)  # all of it, for hardly more than the view
        elif margin_in is not None:
            mx, my = view.width() * 0.25, view.height() * 0.25
            wide = view.adjusted(-mx, -my, mx, my).intersected(margin_in)
            d = t.mapRect(wide)
            if d.width() * d.height() * dpr * dpr <= MAX_CACHE_PX:  # else only what is in view
                rect = wide
        dev = t.mapRect(rect)
        pad = 4.0
        ox, oy = math.floor(dev.left() - pad), math.floor(dev.top() - pad)
        w, h = math.ceil(dev.width() + 2 * pad) + 1, math.ceil(dev.height() + 2 * pad) + 1
        if w <= 0 or h <= 0:
            self._cache = None
            return
        img = QImage(max(1, round(w * dpr)), max(1, round(h * dpr)), QImage.Format.Format_ARGB32_Premultiplied)
        img.setDevicePixelRatio(dpr)
        img.fill(Qt.GlobalColor.transparent)
        p = QPainter(img)
        self._draw(p, t, ox, oy, w, h, rect, view)
        p.end()
        inv, ok = t.inverted()
        self._cache = img
        self._cache_key = key
        self._cache_rect = rect
        self._cache_anchor = inv.map(QPointF(ox, oy)) if ok else QPointF()
        self._cache_origin = (float(ox), float(oy))
        self._cache_inverse = inv if ok else QTransform()


# -- edges ---------------------------------------------------------------------------------------------------


class EdgeLayer(CachedLayer):
    """Every edge of the graph in one item: a few batched line sets (sign x width bucket x style), blue
    first and red on top, cached as an image (:class:`CachedLayer`).

    ``count``: edges shown; ``dashed``: of those, the ones kept only as a parent's strongest connection.
    """

    def __init__(self) -> None:
        super().__init__()
        self.count = 0
        self.dashed = 0
        self._segs = np.zeros((0, 4))
        self._bucket = np.zeros(0, dtype=int)
        self._mask = np.zeros(0, dtype=bool)
        self._sig = np.zeros(0, dtype=bool)
        self._sets: list[tuple[int, list[tuple[QPen, QPen, np.ndarray]]]] = []  # (opacity, lines) per layer

    @staticmethod
    def _pens() -> list[tuple[int, QPen, QPen]]:
        """Per bucket (sign, width, style): the layer's opacity, an opaque pen and the same pen translucent."""
        pens = []
        for rgb in (NEG, POS):  # blue first: red (supports the target) is drawn on top
            for b in range(4):
                for solid in (True, False):
                    pen = QPen(QColor(*rgb))
                    pen.setWidthF(EDGE_WIDTHS[b])
                    pen.setCosmetic(True)
                    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
                    if not solid:
                        pen.setStyle(Qt.PenStyle.DashLine)
                    translucent = QPen(pen)
                    translucent.setColor(QColor(*rgb, EDGE_ALPHAS[b]))
                    pens.append((EDGE_ALPHAS[b], pen, translucent))
        return pens

    def set_geometry(self, segs: np.ndarray, effects: np.ndarray, significant: np.ndarray | None = None,
                     show: bool = True) -> None:
        """``segs``: (E, 4) x0, y0, x1, y1; ``effects``: (E,) (NaN drawn as the weakest); ``significant``:
        (E,) bools (default all). ``show``: show every edge now (else the edges shown stay those shown)."""
        segs = np.asarray(segs, dtype=float).reshape(-1, 4)
        eff = np.nan_to_num(np.asarray(effects, dtype=float).reshape(-1), nan=0.0)
        sig = np.ones(len(segs), dtype=bool) if significant is None else np.asarray(significant, dtype=bool)
        peak = float(np.max(np.abs(eff))) if len(eff) else 0.0
        mag = np.abs(eff) / (peak or 1.0)
        width = np.minimum((mag * 4).astype(int), 3)
        self._bucket = (eff >= 0).astype(int) * 8 + width * 2 + (~sig).astype(int)
        self._segs = segs
        self._sig = sig
        self.set_mask(np.ones(len(segs), dtype=bool) if show or len(self._mask) != len(segs) else self._mask)

    def set_edges(self, segs: np.ndarray, effects: np.ndarray, significant: np.ndarray | None = None) -> None:
        """All of these edges, shown (the interface of the page's earlier edge item)."""
        self.set_geometry(segs, effects, significant)

    def set_mask(self, mask: np.ndarray) -> None:
        """Show the edges where ``mask`` is true."""
        mask = np.asarray(mask, dtype=bool)
        self._mask = mask
        self.count = int(mask.sum())
        self.dashed = int((mask & ~self._sig).sum()) if len(mask) else 0
        self.prepareGeometryChange()
        if self.count:
            shown = self._segs[mask]
            xs, ys = shown[:, [0, 2]], shown[:, [1, 3]]
            self._rect = QRectF(float(xs.min()), float(ys.min()), float(np.ptp(xs)) or 1.0, float(np.ptp(ys)) or 1.0)
        else:
            self._rect = QRectF()
        groups: dict[int, tuple[int, list[tuple[QPen, QPen, np.ndarray]]]] = {}
        for b, (alpha, pen, translucent) in enumerate(self._pens()):
            sel = mask & (self._bucket == b)
            if sel.any():
                groups.setdefault(b // 2, (alpha, []))[1].append((pen, translucent, self._segs[sel]))
        self._sets = [groups[g] for g in sorted(groups)]
        self._changed()

    def shown(self) -> np.ndarray:
        """The (E,) mask of edges shown, in the order given to :meth:`set_geometry`."""
        return self._mask.copy()

    def _empty(self) -> bool:
        return not self._sets

    def _draw(self, p: QPainter, t: QTransform, ox: float, oy: float, w: int, h: int, rect: QRectF,
              view: QRectF) -> None:
        """The lines are mapped to pixels and cut to the image here (numpy): Qt draws cosmetic lines through
        a scaling painter several times slower than lines already in pixels. A layer of many lines is drawn
        opaque into a scratch image and laid on with the layer's opacity (Qt fills opaque wide lines several
        times faster than translucent ones); a layer of a few lines is drawn translucent directly."""
        m = np.array([[t.m11(), t.m12()], [t.m21(), t.m22()]])
        off = np.array([t.dx() - ox, t.dy() - oy])
        pad = 4.0
        scratch: QImage | None = None
        for alpha, sets in self._sets:
            mapped = []
            for pen, translucent, segs in sets:
                lines = _clip(np.concatenate([segs[:, :2] @ m + off, segs[:, 2:] @ m + off], axis=1),
                              -pad, -pad, w + pad, h + pad)
                if len(lines):
                    mapped.append((pen, translucent, lines))
            if sum(len(x[2]) for x in mapped) < 64:
                for _, translucent, lines in mapped:
                    p.setPen(translucent)
                    _draw_lines(p, lines)
                continue
            if scratch is None:
                dev = p.device()
                scratch = QImage(dev.width(), dev.height(), QImage.Format.Format_ARGB32_Premultiplied)
                scratch.setDevicePixelRatio(dev.devicePixelRatioF())
            scratch.fill(Qt.GlobalColor.transparent)
            q = QPainter(scratch)
            for pen, _, lines in mapped:
                q.setPen(pen)
                _draw_lines(q, lines)
            q.end()
            p.setOpacity(alpha / 255.0)
            p.drawImage(0, 0, scratch)
            p.setOpacity(1.0)


def _clip(segs: np.ndarray, x0: float, y0: float, x1: float, y1: float) -> np.ndarray:
    """(n, 4) segments cut to the rectangle (Liang-Barsky, vectorised); those outside it dropped. Keeps the
    coordinates Qt rasterises small however far the view is zoomed in."""
    p = segs[:, :2]
    d = segs[:, 2:] - p
    lo = np.zeros(len(segs))
    hi = np.ones(len(segs))
    ok = np.ones(len(segs), dtype=bool)
    for k, (a, b) in enumerate(((x0, x1), (y0, y1))):
        dk, pk = d[:, k], p[:, k]
        flat = dk == 0
        ok &= ~(flat & ((pk < a) | (pk > b)))
        with np.errstate(divide="ignore", invalid="ignore"):
            ta, tb = (a - pk) / dk, (b - pk) / dk
        t_in = np.where(flat, -np.inf, np.minimum(ta, tb))
        t_out = np.where(flat, np.inf, np.maximum(ta, tb))
        lo = np.maximum(lo, t_in)
        hi = np.minimum(hi, t_out)
    ok &= lo <= hi
    lo, hi, p, d = lo[ok, None], hi[ok, None], p[ok], d[ok]
    return np.concatenate([p + lo * d, p + hi * d], axis=1)


def _draw_lines(p: QPainter, segs: np.ndarray) -> None:
    """One ``drawLines`` of (n, 4) pixel segments, from a buffer Qt reads in place where pyqtgraph offers
    one, else from a list of QLineF."""
    if _PrimitiveArray is not None:
        arr = _PrimitiveArray(QLineF, 4)
        arr.resize(len(segs))
        arr.ndarray()[:] = segs
        p.drawLines(*arr.drawargs())
    else:  # pragma: no cover - older pyqtgraph
        p.drawLines([QLineF(a, b, c, d) for a, b, c, d in segs.tolist()])


try:
    from pyqtgraph.Qt.internals import PrimitiveArray as _PrimitiveArray
except ImportError:  # pragma: no cover - older pyqtgraph
    _PrimitiveArray = None


# -- labels --------------------------------------------------------------------------------------------------


class LabelLayer(CachedLayer):
    """Unit names beside the nodes, in screen pixels (cached as an image, :class:`CachedLayer`): every shown
    node once neighbours are ``LABEL_PX`` apart and at most ``MAX_LABELS`` nodes are in view, and always
    the output and the selected node (bold)."""

    def __init__(self) -> None:
        super().__init__()
        self._xy = np.zeros((0, 2))
        self._texts: list[str] = []
        self._mask = np.zeros(0, dtype=bool)
        self._always: set[int] = set()
        self._static: dict[int, QStaticText] = {}
        self.font = QFont()
        self.font.setPointSizeF(8.0)
        self.bold = QFont(self.font)
        self.bold.setBold(True)

    def set_labels(self, xy: np.ndarray, texts: list[str]) -> None:
        self.prepareGeometryChange()
        self._xy = np.asarray(xy, dtype=float).reshape(-1, 2)
        if list(texts) != self._texts:
            self._texts = list(texts)
            self._static = {}
        if len(self._mask) != len(self._texts):
            self._mask = np.ones(len(self._texts), dtype=bool)
        if len(self._xy):
            x0, y0 = self._xy.min(axis=0)
            x1, y1 = self._xy.max(axis=0)
            self._rect = QRectF(x0 - 1.0, y0 - 1.0, x1 - x0 + 6.0, y1 - y0 + 2.0)
        else:
            self._rect = QRectF()
        self._changed()

    def set_mask(self, mask: np.ndarray) -> None:
        self._mask = np.asarray(mask, dtype=bool)
        self._changed()

    def set_always(self, idx: set[int]) -> None:
        if set(idx) != self._always:
            self._always = set(idx)
            self._changed()

    def indices(self, view: QRectF | None, sx: float, sy: float, area: QRectF | None = None
                ) -> tuple[np.ndarray, list[int]]:
        """(the nodes named because neighbours are far enough apart, the always-named ones) inside ``area``
        (default ``view``; item coordinates), as indices; ``sx``, ``sy``: pixels per unit across and up."""
        if view is None or not len(self._xy):
            return np.zeros(0, dtype=int), []
        x, y = self._xy[:, 0], self._xy[:, 1]

        def inside(r: QRectF) -> np.ndarray:
            return (x >= r.left()) & (x <= r.right()) & (y >= r.top()) & (y <= r.bottom()) & self._mask

        in_view = inside(view)
        in_area = in_view if area is None else inside(area)
        always = [i for i in sorted(self._always) if 0 <= i < len(x) and in_area[i]]
        if sx < LABEL_PX or sy * ROW_GAP < 12.0 or int(in_view.sum()) > MAX_LABELS:
            return np.zeros(0, dtype=int), always
        return np.nonzero(in_area)[0], always

    def _draw(self, p: QPainter, t: QTransform, ox: float, oy: float, w: int, h: int, rect: QRectF,
              view: QRectF) -> None:
        idx, always = self.indices(view, math.hypot(t.m11(), t.m12()), math.hypot(t.m21(), t.m22()), rect)
        p.setPen(QColor(25, 25, 25))
        xy = self._xy @ np.array([[t.m11(), t.m12()], [t.m21(), t.m22()]]) + [t.dx() - ox + 7.0, t.dy() - oy - 7.0]
        for font, group in ((self.font, [i for i in idx.tolist() if i not in self._always]), (self.bold, always)):
            p.setFont(font)
            for i in group:
                st = self._static.get(i)
                if st is None:
                    st = QStaticText(self._texts[i])
                    st.setTextFormat(Qt.TextFormat.PlainText)
                    self._static[i] = st
                p.drawStaticText(QPointF(*xy[i]), st)


# -- the view ------------------------------------------------------------------------------------------------


class GraphView(pg.PlotWidget):
    """Layered causal graph: input-side layers at the bottom, the target output at the top.

    The interface of the page's earlier view: ``set_graph``, ``apply_threshold``, ``mark``, ``on_click``,
    ``selected``, ``visible_ids``, ``nodes``, ``pos``, ``edges`` (``.count``, ``.dashed``), ``scatter``; and
    ``search``, ``set_edge_filter``, ``labelled_ids``, the keyboard, ``sigNodeSelected`` and
    ``sigNodeActivated``.
    """

    sigNodeSelected = Signal(str)  # the selection moved (keyboard, search or click) to this node
    sigNodeActivated = Signal(str)  # Enter / Space on the selected node (a click calls on_click directly)

    def __init__(self, on_click: Any = None) -> None:
        super().__init__()
        self.setBackground("w")
        self.hideAxis("bottom")
        left = self.getPlotItem().getAxis("left")
        left.setPen(pg.mkPen("k"))
        left.setTextPen(pg.mkPen("k"))
        left.setWidth(90)
        left.setTicks([[]])  # no names until a graph gives the bands their layer names
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setStyleSheet("GraphView { border: 2px solid transparent; } "
                           "GraphView:focus { border: 2px solid rgb(255, 170, 0); }")
        self.edges = EdgeLayer()
        self.addItem(self.edges)
        self.scatter = pg.ScatterPlotItem(hoverable=True, tip=self._tip, pxMode=True)
        self.scatter.setZValue(10)
        self.addItem(self.scatter)
        self.scatter.sigClicked.connect(self._clicked)
        self.highlight = pg.ScatterPlotItem(pxMode=True)
        self.highlight.setZValue(11)
        self.addItem(self.highlight, ignoreBounds=True)
        self.labels = LabelLayer()
        self.labels.setZValue(12)
        self.addItem(self.labels, ignoreBounds=True)
        self.on_click = on_click
        self.selected: str | None = None
        self.nodes: list[dict] = []
        self.edge_list: list[dict] = []
        self.layers: list[str] = []
        self.pos: dict[str, tuple[float, float]] = {}
        self.visible_ids: list[str] = []
        self.threshold = 0.0
        self.edge_filter = 0.0
        self.output_id: str | None = None
        self.output_label = "output"
        self._ids = np.zeros(0, dtype=object)
        self._index: dict[str, int] = {}
        self._xy = np.zeros((0, 2))
        self._eff = np.zeros(0)
        self._layer_of = np.zeros(0, dtype=int)
        self._row_of = np.zeros(0, dtype=int)
        self._order = np.zeros(0, dtype=int)  # place of each node in its layer's reading order
        self._size = np.zeros(0)
        self._brush = np.zeros(0, dtype=object)
        self._vis = np.zeros(0, dtype=bool)
        self._src = np.zeros(0, dtype=int)
        self._dst = np.zeros(0, dtype=int)
        self._edge_eff = np.zeros(0)
        self._search_text: list[tuple[str, str]] = []
        self._texts: list[str] = []
        self._band_names: list[str] = []
        self._ranked = np.zeros(0, dtype=int)
        self._edge_sig = np.zeros(0, dtype=bool)
        self._peak = 1.0
        self._fitting = False
        self._size_cap = math.inf
        self._pen = pg.mkPen(0, 0, 0, 120)
        self.getPlotItem().getViewBox().sigRangeChanged.connect(self._range_changed)
        self.getPlotItem().getViewBox().sigResized.connect(self._range_changed)

    # -- data ------------------------------------------------------------------------------------------------
    def set_graph(self, layers: list[str], nodes: list[dict], edges: list[dict], target: int | None = None,
                  class_names: Sequence[str] | None = None) -> None:
        """``nodes``: dicts with id, layer, unit, effect (+ anything); ``edges``: source, target, effect and
        optionally significant (edges into the output node included). ``target`` adds the output node,
        named after ``class_names[target]`` where given ("output: ring")."""
        self.layers = list(layers)
        self.nodes = list(nodes)
        self.edge_list = list(edges)
        self.output_id = None
        self.output_label = "output"
        if target is not None:
            name = class_names[target] if class_names is not None and 0 <= target < len(class_names) else None
            self.output_label = f"output: {name}" if name else f"output: class {target}"
            self.output_id = f"output:{target}"
            self.nodes = self.nodes + [{"id": self.output_id, "layer": "output", "unit": target, "effect": None}]
        rows = list(self.layers)
        for n in self.nodes:  # a node of a layer not named in ``layers`` gets a band below the output
            if n["layer"] != "output" and n["layer"] not in rows:
                rows.append(n["layer"])
        rows.append("output")
        self._band_names = rows  # the output's band says "output"; the node's own label names the class
        row_index = {name: i for i, name in enumerate(rows)}
        n_nodes = len(self.nodes)
        eff = np.array([np.nan if n.get("effect") is None else float(n["effect"]) for n in self.nodes], dtype=float)
        self._eff = eff
        self._layer_of = np.array([row_index[n["layer"]] for n in self.nodes], dtype=int)
        # reading order within a layer: strongest |effect| first (unknown effects last), then input order
        self._ranked = np.lexsort((np.arange(n_nodes), np.where(np.isnan(eff), np.inf, -np.abs(np.nan_to_num(eff))),
                                   self._layer_of))
        self._ids = np.array([n["id"] for n in self.nodes], dtype=object)
        self._index = {nid: i for i, nid in enumerate(self._ids.tolist())}
        self._xy = np.zeros((n_nodes, 2))
        self._row_of = np.zeros(n_nodes, dtype=int)
        self._order = np.zeros(n_nodes, dtype=int)
        peak = float(np.nanmax(np.abs(eff))) if np.isfinite(eff).any() else 1.0
        self._peak = peak or 1.0
        self._size = np.where(np.isnan(eff), 16.0, 6.0 + 18.0 * np.abs(np.nan_to_num(eff)) / self._peak)
        pos_b, neg_b, out_b = pg.mkBrush(*POS, 220), pg.mkBrush(*NEG, 220), pg.mkBrush(*OUT)
        self._brush = np.array([out_b if np.isnan(e) else (pos_b if e >= 0 else neg_b) for e in eff.tolist()],
                               dtype=object)
        self._search_text = [(str(n["id"]).casefold(), str(n.get("unit", "")).casefold()) for n in self.nodes]
        if self.output_id is not None:
            i = self._index[self.output_id]
            self._search_text[i] = (f"{self.output_id} {self.output_label}".casefold(),
                                    str(self.nodes[i]["unit"]).casefold())
        # edges between known nodes, as index arrays
        src, dst, e_eff, sig = [], [], [], []
        for e in self.edge_list:
            a, b = self._index.get(e["source"]), self._index.get(e["target"])
            if a is None or b is None:
                continue
            src.append(a)
            dst.append(b)
            e_eff.append(np.nan if e.get("effect") is None else float(e["effect"]))
            sig.append(bool(e.get("significant", True)))
        self._src, self._dst = np.array(src, dtype=int), np.array(dst, dtype=int)
        self._edge_eff = np.array(e_eff, dtype=float)
        self._edge_sig = np.array(sig, dtype=bool)
        texts = [str(n.get("unit", n["id"])) for n in self.nodes]
        if self.output_id is not None:
            texts[self._index[self.output_id]] = self.output_label
        self._texts = texts
        if self.selected is not None and self.selected not in self._index:
            self.selected = None
        self._vis = np.ones(n_nodes, dtype=bool)
        self._relayout()  # every node gets a place, also those the threshold hides
        self.apply_threshold(self.threshold, refit=True)

    def apply_threshold(self, frac: float, refit: bool | None = None) -> None:
        """Show nodes whose |effect| is at least ``frac`` of the largest (the output always), laid out again
        so that the shown ones use the room, and the edges between shown nodes that pass the edge filter.
        ``refit``: fit the view to the graph (default: where the whole graph was in view)."""
        self.threshold = float(frac)
        if refit is None:
            refit = self._whole_graph_in_view()
        eff = self._eff
        vis = np.isnan(eff) | (np.abs(np.nan_to_num(eff)) >= self.threshold * self._peak)
        self._vis = vis
        self.visible_ids = self._ids[vis].tolist()
        self._relayout()
        self._fitting = True  # the range first, so that the nodes are sized once, for it
        try:
            if refit and len(self._ids):
                self.fit()
            elif self.selected in self._index and self._vis[self._index[self.selected]]:
                self.centre_on(self.selected)  # zoomed in: the selected node stays in the middle as the rest moves
        finally:
            self._fitting = False
        self._range_changed()
        self._update_scatter()
        self._update_edges()
        self.labels.set_mask(vis)
        self.mark(self.selected)

    def fit(self) -> None:
        """Fit the view to the shown nodes."""
        if not self._vis.any():
            return
        xy = self._xy[self._vis]
        (x0, y0), (x1, y1) = xy.min(axis=0), xy.max(axis=0)
        mx, my = max(0.6, 0.03 * (x1 - x0)), max(0.6, 0.03 * (y1 - y0))
        self.getPlotItem().getViewBox().setRange(xRange=(x0 - mx, x1 + mx), yRange=(y0 - my, y1 + my), padding=0)

    def _whole_graph_in_view(self) -> bool:
        if not self._vis.any():
            return True
        (x0, x1), (y0, y1) = self.getPlotItem().getViewBox().viewRange()
        xy = self._xy[self._vis]
        return bool(xy[:, 0].min() >= x0 and xy[:, 0].max() <= x1 and xy[:, 1].min() >= y0 and xy[:, 1].max() <= y1)

    def _relayout(self) -> None:
        """Place the shown nodes (``layered_layout`` of their counts per layer) and everything drawn from
        the places: edge lines, labels, the axis names. Hidden nodes keep their last place."""
        n_bands = len(self._band_names)
        ranked = self._ranked[self._vis[self._ranked]]
        counts = np.bincount(self._layer_of[ranked], minlength=n_bands) if len(ranked) else np.zeros(n_bands, int)
        xy_l, row_l, centres = layered_layout(counts.tolist(), size=self._layout_size())
        if len(ranked):
            self._xy[ranked] = np.concatenate(xy_l)
            self._row_of[ranked] = np.concatenate(row_l)
            starts = np.concatenate([[0], np.cumsum(counts)[:-1]])
            self._order[ranked] = np.arange(len(ranked)) - starts[self._layer_of[ranked]]
        self.pos = {nid: (x, y) for nid, (x, y) in zip(self._ids.tolist(), self._xy.tolist(), strict=True)}
        segs = (np.concatenate([self._xy[self._src], self._xy[self._dst]], axis=1) if len(self._src)
                else np.zeros((0, 4)))
        self.edges.set_geometry(segs, self._edge_eff, self._edge_sig, show=False)
        self.labels.set_labels(self._xy, self._texts)
        ax = self.getPlotItem().getAxis("left")
        ax.setTicks([list(zip(centres, self._band_names, strict=True))] if len(self._ids) or self.layers else [[]])

    def _layout_size(self) -> tuple[float, float]:
        """The plot area's size in pixels, once the view is shown at a real size (else ``REF_SIZE``)."""
        r = self.getPlotItem().getViewBox().boundingRect()
        return (r.width(), r.height()) if r.width() >= 200 and r.height() >= 150 else REF_SIZE

    def set_edge_filter(self, min_fraction: float) -> None:
        """Show only edges whose |effect| is at least ``min_fraction`` of the strongest edge's (0 = all),
        apart from the node threshold."""
        self.edge_filter = max(0.0, float(min_fraction))
        self._update_edges()

    def _update_edges(self) -> None:
        if not len(self._src):
            self.edges.set_mask(np.zeros(0, dtype=bool))
            return
        mask = self._vis[self._src] & self._vis[self._dst]
        if self.edge_filter > 0:
            mag = np.abs(np.nan_to_num(self._edge_eff))
            peak = float(mag.max()) or 1.0
            mask &= mag >= self.edge_filter * peak
        self.edges.set_mask(mask)

    def _update_scatter(self) -> None:
        vis = self._vis
        if not vis.any():
            self.scatter.setData([])
            return
        xy = self._xy[vis]
        self.scatter.setData(x=xy[:, 0], y=xy[:, 1], size=self._sizes(vis), brush=list(self._brush[vis]),
                             pen=self._pen, data=self._ids[vis], symbol="o")

    def _sizes(self, vis: np.ndarray) -> np.ndarray:
        s = self._size[vis]
        real = ~np.isnan(self._eff[vis])
        s = np.where(real, np.minimum(s, self._size_cap), s)
        return np.round(s * 2.0) / 2.0  # half-pixel steps: few distinct symbols for the scatter's atlas

    # -- level of detail -------------------------------------------------------------------------------------
    def px_per_unit(self) -> tuple[float, float]:
        """Pixels per scene unit across and up."""
        vb = self.getPlotItem().getViewBox()
        (x0, x1), (y0, y1) = vb.viewRange()
        r = vb.boundingRect()
        return r.width() / ((x1 - x0) or 1.0), r.height() / ((y1 - y0) or 1.0)

    def _range_changed(self, *_: Any) -> None:
        if not len(self._xy):
            return
        px, py = self.px_per_unit()
        cap = max(4.0, 0.85 * min(px, py * ROW_GAP))
        if cap >= 24.0:
            cap = math.inf
        old = self._size_cap
        if cap == old or (math.isfinite(cap) and math.isfinite(old) and abs(cap - old) < 0.05 * old):
            return
        self._size_cap = cap
        if self._fitting:
            return
        if self._vis.any():
            self.scatter.setSize(self._sizes(self._vis))
        self.mark(self.selected)

    def labelled_ids(self) -> list[str]:
        """The nodes whose names are drawn now (those in view once zoomed in far enough, plus the output and
        the selected node)."""
        (x0, x1), (y0, y1) = self.getPlotItem().getViewBox().viewRange()
        idx, always = self.labels.indices(QRectF(x0, y0, x1 - x0, y1 - y0), *self.px_per_unit())
        return [str(self._ids[i]) for i in sorted(set(idx.tolist()) | set(always))]

    # -- selection -------------------------------------------------------------------------------------------
    def mark(self, nid: str | None) -> None:
        """Ring the selected node (and name it)."""
        self.selected = nid
        i = self._index.get(nid) if nid is not None else None
        always = {self._index[self.output_id]} if self.output_id in self._index else set()
        if i is None or not self._vis[i]:
            self.highlight.setData([])
            self.labels.set_always(always)
            return
        size = float(self._sizes(np.arange(len(self._ids)) == i)[0]) + 12.0
        self.highlight.setData([{"pos": tuple(self._xy[i]), "size": size, "brush": pg.mkBrush(0, 0, 0, 0),
                                 "pen": pg.mkPen(255, 170, 0, width=3)}])
        self.labels.set_always(always | {i})

    def select(self, nid: str, centre: bool = False) -> None:
        """Move the selection to ``nid`` (ring it, keep it in view) and tell ``sigNodeSelected``."""
        if nid not in self._index:
            return
        changed = nid != self.selected
        self.mark(nid)
        if centre:
            self.centre_on(nid)
        else:
            self._keep_in_view(nid)
        if changed:
            self.sigNodeSelected.emit(nid)

    def centre_on(self, nid: str, zoom_to_labels: bool = False) -> None:
        """Centre the view on ``nid``; with ``zoom_to_labels``, zoom in (never out) until names show."""
        vb = self.getPlotItem().getViewBox()
        (x0, x1), (y0, y1) = vb.viewRange()
        w, h = x1 - x0, y1 - y0
        if zoom_to_labels:
            px, py = self.px_per_unit()
            f = min(1.0, px / (LABEL_PX * 1.3), py * ROW_GAP / 16.0)
            w, h = w * f, h * f
        x, y = self.pos[nid]
        vb.setRange(xRange=(x - w / 2, x + w / 2), yRange=(y - h / 2, y + h / 2), padding=0)

    def _keep_in_view(self, nid: str) -> None:
        (x0, x1), (y0, y1) = self.getPlotItem().getViewBox().viewRange()
        x, y = self.pos[nid]
        if not (x0 <= x <= x1 and y0 <= y <= y1):
            self.centre_on(nid)

    def search(self, text: str) -> list[str]:
        """Nodes whose id or unit contains ``text`` (case ignored): exact matches first, shown nodes before
        ones hidden by the threshold, then graph order. The first is selected, centred and named."""
        t = text.strip().casefold()
        if not t or not len(self._ids):
            return []
        hits = [(0 if t in (a, b) else 1, 0 if self._vis[i] else 1, i)
                for i, (a, b) in enumerate(self._search_text) if t in a or t in b]
        hits.sort()
        ids = [str(self._ids[i]) for _, _, i in hits]
        if ids:
            self.select(ids[0])
            self.centre_on(ids[0], zoom_to_labels=True)
        return ids

    def _node(self, nid: str) -> dict | None:
        i = self._index.get(nid)
        return None if i is None else self.nodes[i]

    def _tip(self, x: float, y: float, data: Any) -> str:
        n = self._node(data)
        if n is None:
            return str(data)
        if n["effect"] is None:
            if n["id"] == self.output_id:
                return f"{n['id']}: target output ({self.output_label})"
            return f"{n['id']}: no effect measured"
        ci = n.get("ci") or [None, None]
        ci_txt = f" [{ci[0]:+.3f}, {ci[1]:+.3f}]" if ci[0] is not None and ci[1] is not None else ""
        p = n.get("p_value")
        target = self.output_label.removeprefix("output: ") if self.output_id else "the target"
        return (f"{n['id']}\neffect {n['effect']:+.3f} logits on {target}{ci_txt}"
                + (" (95% CI)" if ci_txt else "") + (f"\np = {p:.2g}" if p is not None else ""))

    def _clicked(self, _item: Any, points: Any, *_: Any) -> None:
        if not len(points):
            return
        nid = str(points[0].data())
        self.select(nid)
        if self.on_click is not None:
            self.on_click(nid)

    # -- keyboard --------------------------------------------------------------------------------------------
    def step(self, key: str) -> str | None:
        """The node a key moves the selection to: ``left``, ``right`` (along the layer's rows), ``up``,
        ``down`` (nearest in the next row that has shown nodes), ``layer_up``, ``layer_down`` (nearest in the
        next layer), ``home`` (the output), ``end`` (the strongest node). None where there is nowhere to go."""
        vis = np.nonzero(self._vis)[0]
        if not len(vis):
            return None
        if key == "home" or (self.selected not in self._index and key != "end"):
            if self.output_id in self._index:
                return self.output_id
            key = "end"
        if key == "end":
            mags = np.abs(np.nan_to_num(self._eff[vis], nan=-1.0))
            return str(self._ids[vis[int(np.argmax(mags))]])
        i = self._index[str(self.selected)]
        if key in ("left", "right"):
            same = vis[self._layer_of[vis] == self._layer_of[i]]
            o = self._order[same]
            cand = same[o < self._order[i]] if key == "left" else same[o > self._order[i]]
            if not len(cand):
                return None
            o = self._order[cand]
            return str(self._ids[cand[int(np.argmax(o) if key == "left" else np.argmin(o))]])
        up = key in ("up", "layer_up")
        level = self._row_of if key in ("up", "down") else self._layer_of
        cand = vis[level[vis] > level[i]] if up else vis[level[vis] < level[i]]
        if not len(cand):
            return None
        nxt = level[cand].min() if up else level[cand].max()
        cand = cand[level[cand] == nxt]
        dist = np.abs(self._xy[cand, 0] - self._xy[i, 0]) + 1e-6 * self._order[cand]
        return str(self._ids[cand[int(np.argmin(dist))]])

    _KEYS = {Qt.Key.Key_Left: "left", Qt.Key.Key_Right: "right", Qt.Key.Key_Up: "up", Qt.Key.Key_Down: "down",
             Qt.Key.Key_Home: "home", Qt.Key.Key_End: "end"}

    def keyPressEvent(self, ev: QKeyEvent) -> None:
        key = Qt.Key(ev.key())
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            if self.selected is not None and self.selected in self._index:
                self.sigNodeActivated.emit(self.selected)
                if self.on_click is not None:
                    self.on_click(self.selected)
            ev.accept()
            return
        name = self._KEYS.get(key)
        if name is None:
            super().keyPressEvent(ev)
            return
        if name in ("up", "down") and ev.modifiers() & Qt.KeyboardModifier.ControlModifier:
            name = "layer_" + name
        nid = self.step(name)
        if nid is not None:
            self.select(nid)
        ev.accept()
