"""Node maps: where in the input a node's causal effect on the target comes from, and PNG rendering.

Method (occlusion, passed through the one unit). A square patch of the input is replaced by the
image's own mean colour, at every position of a grid. For node u of layer L, the occluded image's
read-out of u (and of u alone) is written into the observed run, and the drop of the target logit is
measured:

    map_u(pixel) = mean_{patches over pixel} [ y(x) - y(x with r_u := r_u(x_occluded)) ]

so the map is in logit units and says how much the target logit falls *through that unit* when that
part of the image is removed; every other unit keeps its observed value. It is an intervention on the
input followed by an intervention on the unit, not a gradient: it does not saturate behind ReLUs or
max-pools. The occluded images of one chunk of patches share one pass up to the layer; each node then
needs one pass of the rest of the network per chunk.
"""

from __future__ import annotations

import io
from typing import Any

import numpy as np

from .interventions import ModelRunner


def default_patch(h: int, w: int) -> tuple[int, int]:
    """Patch side and stride: 1/8 of the image side, patches side by side (an 8 x 8 grid)."""
    patch = max(2, min(h, w) // 8)
    return patch, patch


def _positions(h: int, w: int, patch: int, stride: int) -> list[tuple[int, int]]:
    ys = list(range(0, max(1, h - patch + 1), stride))
    xs = list(range(0, max(1, w - patch + 1), stride))
    if ys[-1] != h - patch:
        ys.append(max(0, h - patch))
    if xs[-1] != w - patch:
        xs.append(max(0, w - patch))
    return [(y, x) for y in ys for x in xs]


def causal_maps(runner: ModelRunner, layer: str, x: Any, units: list[int], target: int, patch: int | None = None,
                stride: int | None = None, max_rows: int | None = None, job: Any = None) -> np.ndarray:
    """Logit-drop maps through each unit, shape (U, B, H, W), for ``units`` of ``layer`` and images ``x``."""
    import torch

    b, _c, h, w = x.shape
    if patch is None or stride is None:
        patch, stride = default_patch(h, w)
    pos = _positions(h, w, patch, stride)
    with torch.no_grad():
        st = runner.observe(x, [layer])
        obs = runner.read(st, layer)
        udim = runner.unit_dim(layer, obs.dim())
        y0 = st.logits.double()[:, target]
        fill = x.mean(dim=(2, 3), keepdim=True)
        drops = torch.zeros(len(units), len(pos), b, dtype=torch.float64)
        from .effects import rows_per_pass

        per = max(1, rows_per_pass(runner, st, max_rows) // b)
        for c0 in range(0, len(pos), per):
            if job is not None:
                job.progress(c0, len(pos))
            chunk = pos[c0 : c0 + per]
            xo = x.repeat(len(chunk), 1, 1, 1)
            for j, (py, px) in enumerate(chunk):
                xo[j * b : (j + 1) * b, :, py : py + patch, px : px + patch] = fill
            occ = runner.read(runner.observe(xo, [layer]), layer)
            for k, u in enumerate(units):
                if job is not None:
                    job.check()
                act = obs.repeat((len(chunk),) + (1,) * (obs.dim() - 1))
                idx: list[Any] = [slice(None)] * act.dim()
                idx[udim] = int(u)
                act[tuple(idx)] = occ[tuple(idx)]
                yt = runner.run_readout(st, layer, act, len(chunk)).double()[:, target]
                drops[k, c0 : c0 + len(chunk)] = (y0.repeat(len(chunk)) - yt).reshape(len(chunk), b).cpu()
    acc = np.zeros((len(units), b, h, w))
    cnt = np.zeros((h, w))
    d = drops.numpy()
    for j, (py, px) in enumerate(pos):
        acc[:, :, py : py + patch, px : px + patch] += d[:, j, :, None, None]
        cnt[py : py + patch, px : px + patch] += 1
    return acc / np.maximum(cnt, 1)[None, None]


def node_maps(runner: ModelRunner, layer: str, x: Any, units: list[int], target: int, **kw: Any) -> np.ndarray:
    """Each node's causal map averaged over the samples, shape (U, H, W), in target-logit units."""
    if not units:
        return np.zeros((0,) + tuple(x.shape[2:]))
    return causal_maps(runner, layer, x, units, target, **kw).mean(axis=1)


def corner_share(m: np.ndarray, frac: float = 0.25) -> dict[str, float]:
    """Share of a map's positive mass in each corner square (side ``frac`` of the image)."""
    h, w = m.shape
    ch, cw = max(1, int(round(h * frac))), max(1, int(round(w * frac)))
    pos = np.clip(m, 0, None)
    total = pos.sum() + 1e-12
    return {"top_left": float(pos[:ch, :cw].sum() / total), "top_right": float(pos[:ch, -cw:].sum() / total),
            "bottom_left": float(pos[-ch:, :cw].sum() / total), "bottom_right": float(pos[-ch:, -cw:].sum() / total)}


# -- rendering ---------------------------------------------------------------------------------------------


def _diverging(m: np.ndarray) -> np.ndarray:
    """Map values in [-1, 1] to RGB: blue (negative) - white - red (positive)."""
    v = np.clip(m, -1, 1)
    r = np.where(v >= 0, 1.0, 1.0 + v)
    g = 1.0 - np.abs(v)
    bl = np.where(v <= 0, 1.0, 1.0 - v)
    return np.stack([r, g, bl], axis=-1)


def map_png(m: np.ndarray, image: np.ndarray | None = None, scale: int = 4, title: str = "") -> bytes:
    """A PNG of the map (and, to its left, the mean input image), upscaled by ``scale``."""
    from PIL import Image, ImageDraw

    peak = float(np.max(np.abs(m))) or 1.0
    heat = _diverging(m / peak)
    panels = []
    if image is not None:
        img = np.clip(image, 0, 1)
        gray = img.mean(axis=-1, keepdims=True)
        overlay = 0.45 * gray + 0.55 * heat
        panels = [img, overlay]
    else:
        panels = [heat]
    h, w = m.shape
    gap = 4
    canvas = np.ones((h, w * len(panels) + gap * (len(panels) - 1), 3))
    for i, p in enumerate(panels):
        canvas[:, i * (w + gap) : i * (w + gap) + w] = p
    size = (canvas.shape[1] * scale, canvas.shape[0] * scale)
    im = Image.fromarray((canvas * 255).astype(np.uint8)).resize(size, Image.Resampling.NEAREST)
    if title:
        bar = Image.new("RGB", (im.width, 16), (255, 255, 255))
        ImageDraw.Draw(bar).text((2, 2), title[:60], fill=(0, 0, 0))
        full = Image.new("RGB", (im.width, im.height + 16), (255, 255, 255))
        full.paste(bar, (0, 0))
        full.paste(im, (0, 16))
        im = full
    buf = io.BytesIO()
    im.save(buf, format="PNG")
    return buf.getvalue()


def curves_png(curves: dict[str, list[float]], title: str = "", size: tuple[int, int] = (460, 320)) -> bytes:
    """A line plot of y-values over a shared 0..1 x axis (Pillow only), legend below the axes."""
    from PIL import Image, ImageDraw

    w, h = size
    legend_h = 14 * len(curves) + 6
    left, right, top, bottom = 44, 14, 22, 30 + legend_h
    im = Image.new("RGB", (w, h), (255, 255, 255))
    d = ImageDraw.Draw(im)
    ys = [v for c in curves.values() for v in c if v is not None and np.isfinite(v)]
    lo, hi = (min(ys), max(ys)) if ys else (0.0, 1.0)
    if hi - lo < 1e-9:
        hi = lo + 1.0
    d.rectangle([left, top, w - right, h - bottom], outline=(0, 0, 0))
    d.text((left, 4), title[:70], fill=(0, 0, 0))
    d.text((2, top), f"{hi:.2f}", fill=(0, 0, 0))
    d.text((2, h - bottom - 10), f"{lo:.2f}", fill=(0, 0, 0))
    d.text((left, h - bottom + 4), "0", fill=(0, 0, 0))
    d.text((w - right - 8, h - bottom + 4), "1", fill=(0, 0, 0))
    d.text(((left + w - right) // 2 - 50, h - bottom + 4), "fraction removed", fill=(0, 0, 0))
    colours = [(200, 30, 30), (30, 90, 200), (30, 150, 60), (200, 130, 0), (120, 120, 120)]
    for ci, (name, c) in enumerate(curves.items()):
        col = colours[ci % len(colours)]
        n = len(c)
        pts = []
        for i, v in enumerate(c):
            if v is None:
                continue
            px = left + (w - right - left) * (i / max(1, n - 1))
            py = (h - bottom) - (h - bottom - top) * ((v - lo) / (hi - lo))
            pts.append((px, py))
        if len(pts) > 1:
            d.line(pts, fill=col, width=2)
        ly = h - legend_h + 14 * ci
        d.line([(left, ly + 6), (left + 24, ly + 6)], fill=col, width=3)
        d.text((left + 30, ly), name, fill=col)
    buf = io.BytesIO()
    im.save(buf, format="PNG")
    return buf.getvalue()


def token_map_png(inputs: list[dict], scores: list[list[float]], title: str = "", width: int = 640) -> bytes:
    """Texts with each token's background coloured by its score (red = raises the target logit through the
    node, blue = lowers it; strength relative to the largest |score|), one paragraph per input (Pillow only)."""
    from PIL import Image, ImageDraw

    peak = max((abs(v) for per in scores for v in per), default=0.0) or 1.0
    probe = ImageDraw.Draw(Image.new("RGB", (1, 1)))
    line_h, pad = 16, 6
    rows: list[list[tuple[str, float, int]]] = []  # per visual line: (token, score, x)
    heads: list[int] = []  # index in rows where each input starts
    for inp, per in zip(inputs, scores, strict=False):
        heads.append(len(rows))
        rows.append([(f"line {int(inp.get('line', 0))}:", 0.0, pad)])
        line: list[tuple[str, float, int]] = []
        x = pad
        for tok, v in zip(inp.get("tokens", []), per, strict=False):
            t = str(tok)
            w = int(probe.textlength(t)) + 4
            if x + w > width - pad and line:
                rows.append(line)
                line, x = [], pad
            line.append((t, float(v), x))
            x += w + 3
        if line:
            rows.append(line)
    top = 20 if title else 4
    im = Image.new("RGB", (width, top + line_h * len(rows) + pad), (255, 255, 255))
    d = ImageDraw.Draw(im)
    if title:
        d.text((pad, 4), title[:90], fill=(0, 0, 0))
    for r, line in enumerate(rows):
        y = top + r * line_h
        for t, v, x in line:
            if r in heads:
                d.text((x, y + 2), t, fill=(90, 98, 117))
                continue
            rgb = _diverging(np.array([[v / peak]]))[0, 0]
            col = tuple(int(c * 255) for c in rgb)
            w = int(d.textlength(t)) + 4
            d.rectangle([x, y, x + w, y + line_h - 2], fill=col)
            d.text((x + 2, y + 2), t, fill=(0, 0, 0))
    buf = io.BytesIO()
    im.save(buf, format="PNG")
    return buf.getvalue()
