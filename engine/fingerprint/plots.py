"""PNG plots for the evaluation report, drawn with Pillow (no matplotlib in the engine)."""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PIL import Image, ImageDraw, ImageFont

from core.draft import ArtifactDraft

if TYPE_CHECKING:
    from .evaluate import AttackRow, EvaluationRun

PALETTE = [(31, 119, 180), (255, 127, 14), (44, 160, 44), (214, 39, 40), (148, 103, 189), (140, 86, 75),
           (227, 119, 194), (127, 127, 127), (188, 189, 34), (23, 190, 207)]


def _font(size: int = 12):
    try:
        return ImageFont.load_default(size=size)
    except TypeError:  # older Pillow
        return ImageFont.load_default()


class Chart:
    """A minimal axes box with data -> pixel mapping."""

    def __init__(self, w: int = 640, h: int = 400, title: str = "", xlabel: str = "", ylabel: str = "",
                 xlim: tuple[float, float] = (0, 1), ylim: tuple[float, float] = (0, 1)) -> None:
        self.img = Image.new("RGB", (w, h), "white")
        self.d = ImageDraw.Draw(self.img)
        self.l, self.t, self.r, self.b = 60, 34, w - 16, h - 48
        self.xlim, self.ylim = xlim, ylim
        f = _font(14)
        self.d.text((w // 2, 8), title, fill="black", font=f, anchor="mt")
        self.d.text(((self.l + self.r) // 2, h - 6), xlabel, fill="black", font=_font(12), anchor="mb")
        self.d.text((6, (self.t + self.b) // 2), ylabel, fill="black", font=_font(12), anchor="lm")
        self.d.rectangle([self.l, self.t, self.r, self.b], outline="black")
        self.legend_y = self.t + 6

    def px(self, x: float, y: float) -> tuple[float, float]:
        (x0, x1), (y0, y1) = self.xlim, self.ylim
        return (self.l + (x - x0) / (x1 - x0 or 1) * (self.r - self.l),
                self.b - (y - y0) / (y1 - y0 or 1) * (self.b - self.t))

    def yticks(self, ticks: Sequence[float], fmt: str = "{:.2f}") -> None:
        for v in ticks:
            _, y = self.px(self.xlim[0], v)
            self.d.line([self.l, y, self.r, y], fill=(225, 225, 225))
            self.d.text((self.l - 4, y), fmt.format(v), fill="black", font=_font(11), anchor="rm")

    def xticks(self, ticks: Sequence[float], labels: Sequence[str] | None = None, rotate: bool = False) -> None:
        for i, v in enumerate(ticks):
            x, _ = self.px(v, self.ylim[0])
            self.d.line([x, self.b, x, self.b + 4], fill="black")
            text = labels[i] if labels else f"{v:g}"
            self.d.text((x, self.b + 6), text, fill="black", font=_font(10), anchor="mt")

    def line(self, xs: Sequence[float], ys: Sequence[float], color, label: str = "", width: int = 2) -> None:
        pts = [self.px(x, y) for x, y in zip(xs, ys, strict=True)]
        if len(pts) > 1:
            self.d.line(pts, fill=color, width=width)
        for p in pts if len(pts) < 30 else []:
            self.d.ellipse([p[0] - 3, p[1] - 3, p[0] + 3, p[1] + 3], fill=color)
        if label:
            self.d.line([self.r - 150, self.legend_y + 6, self.r - 130, self.legend_y + 6], fill=color, width=3)
            self.d.text((self.r - 126, self.legend_y), label, fill="black", font=_font(11))
            self.legend_y += 16

    def hline(self, y: float, color=(120, 120, 120)) -> None:
        _, py = self.px(0, y)
        self.d.line([self.l, py, self.r, py], fill=color, width=1)

    def png(self) -> bytes:
        buf = io.BytesIO()
        self.img.save(buf, format="PNG")
        return buf.getvalue()


def bar_chart(names: list[str], series: dict[str, list[float]], title: str, ylabel: str,
              goal: float | None = None) -> bytes:
    w = max(640, 38 * len(names) + 100)
    c = Chart(w, 420, title, "", ylabel, xlim=(0, len(names)), ylim=(0, 1.0))
    c.b -= 30
    c.d.rectangle([c.l, c.t, c.r, c.b + 30], fill="white")
    c.d.rectangle([c.l, c.t, c.r, c.b], outline="black")
    c.yticks([0, 0.25, 0.5, 0.75, 1.0])
    k = len(series)
    slot = (c.r - c.l) / max(1, len(names))
    bw = slot * 0.8 / max(1, k)
    for si, (label, vals) in enumerate(series.items()):
        color = PALETTE[si % len(PALETTE)]
        for i, v in enumerate(vals):
            if v is None:
                continue
            x0 = c.l + i * slot + slot * 0.1 + si * bw
            _, y = c.px(0, max(0.0, min(1.0, v)))
            c.d.rectangle([x0, y, x0 + bw - 1, c.b], fill=color)
        c.d.rectangle([c.r - 150, c.legend_y + 2, c.r - 138, c.legend_y + 12], fill=color)
        c.d.text((c.r - 132, c.legend_y), label, fill="black", font=_font(11))
        c.legend_y += 16
    if goal is not None:
        _, y = c.px(0, goal)
        c.d.line([c.l, y, c.r, y], fill=(214, 39, 40), width=1)
    f = _font(10)
    for i, n in enumerate(names):
        x = c.l + (i + 0.5) * slot
        txt = Image.new("RGBA", (80, 14), (255, 255, 255, 0))
        ImageDraw.Draw(txt).text((80, 7), n, fill="black", font=f, anchor="rm")
        rot = txt.rotate(45, expand=True)
        c.img.paste(rot, (int(x - rot.width + 6), int(c.b + 2)), rot)
    return c.png()


def eval_plots(result: EvaluationRun) -> tuple[ArtifactDraft, ...]:
    """Artifacts for a fingerprint-eval report: per-attack accuracies, accuracy vs strength, ROC, PR."""
    rows = list(result.rows)
    names = [r.attack for r in rows]
    arts = [ArtifactDraft("attack_accuracy.png", "image/png",
                          bar_chart(names, {"bit accuracy": [r.bit_acc for r in rows],
                                            "attribution": [r.attr_acc for r in rows],
                                            "TPR @ threshold": [r.tpr for r in rows]},
                                    "Accuracy under each attack", "fraction", goal=0.95))]
    fams: dict[str, list[AttackRow]] = {}
    for r in rows:
        if r.family not in ("none", "combo", "erase", "contrast"):
            fams.setdefault(r.family, []).append(r)
    c = Chart(640, 400, "Attribution accuracy against attack strength (0 = none, 1 = strongest)",
              "relative strength", "attribution accuracy", (0, 1), (0, 1.02))
    c.yticks([0, 0.25, 0.5, 0.75, 1.0])
    c.xticks([0, 0.5, 1.0])
    clean = next((r.attr_acc for r in rows if r.attack == "none"), None)
    for i, (fam, rs) in enumerate(sorted(fams.items())):
        strengths = [abs(r.strength - (100 if fam == "jpeg" else 1.0 if fam in ("crop", "resize", "brightness") else 0))
                     for r in rs]
        top = max(strengths) or 1.0
        pts = sorted(zip([s / top for s in strengths], [r.attr_acc for r in rs], strict=True))
        if clean is not None:
            pts = [(0.0, clean)] + pts
        c.line([p[0] for p in pts], [p[1] for p in pts], PALETTE[i % len(PALETTE)], fam)
    arts.append(ArtifactDraft("accuracy_vs_strength.png", "image/png", c.png()))
    for kind, (xl, yl) in {"roc": ("false-positive rate", "true-positive rate"), "pr": ("recall", "precision")}.items():
        title = "ROC: fingerprinted vs clean" if kind == "roc" else "Precision-recall: fingerprinted vs clean"
        c = Chart(640, 400, title, xl, yl, (0, 1), (0, 1.02))
        c.yticks([0, 0.25, 0.5, 0.75, 1.0])
        c.xticks([0, 0.25, 0.5, 0.75, 1.0])
        for i, name in enumerate([n for n in ("none", "jpeg50", "crop50", "blur2", "noise0.05", "rotate15", "combo")
                                  if n in result.curves]):
            cv = result.curves[name]
            xs, ys = (cv.roc_fpr, cv.roc_tpr) if kind == "roc" else (cv.pr_recall, cv.pr_precision)
            c.line(xs, ys, PALETTE[i % len(PALETTE)], name)
        arts.append(ArtifactDraft(f"{kind}.png", "image/png", c.png()))
    return tuple(arts)
