"""Average causal effects of single units and of paths, with confidence intervals and BH control.

Sign convention: an effect is ``Y_observed - Y_intervened`` on the target logit (or probability),
averaged over the samples. A positive effect means the unit supports the target: removing it lowers
the target's logit. (The paper writes ``Te = Y_int - Y_obs``; ours is its negative, so that "large
effect" reads as "important".)
"""

from __future__ import annotations

import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from core.errors import AttestError
from core.jobs import Job, ensure_job

from .interventions import OUTPUT, Intervention, ModelRunner, State, _repeat

# -- statistics -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class EffectStats:
    """Per-unit summaries of per-sample effects (arrays of length U)."""

    mean: np.ndarray
    lo: np.ndarray
    hi: np.ndarray
    p: np.ndarray
    q: np.ndarray


def summarize(d: np.ndarray, floor: float = 0.0) -> EffectStats:
    """Mean, 95% t-interval, two-sided one-sample t-test p-value and BH q-value per row of ``d``.

    ``d`` has shape (U, N). Effects whose magnitude is below ``floor`` (numerical noise of the
    floating point kernels) get p = 1, so that a decoy with exactly zero influence can never be
    declared significant because of rounding that happens to share one sign.
    """
    from scipy import stats

    d = np.asarray(d, dtype=np.float64)
    u, n = d.shape
    if n < 2:
        raise AttestError("at least 2 samples are needed for confidence intervals")
    mean = d.mean(axis=1)
    sd = d.std(axis=1, ddof=1)
    se = sd / np.sqrt(n)
    tcrit = float(stats.t.ppf(0.975, n - 1))
    lo, hi = mean - tcrit * se, mean + tcrit * se
    with np.errstate(divide="ignore", invalid="ignore"):
        t = np.where(se > 0, mean / np.where(se > 0, se, 1.0), np.where(mean != 0, np.inf, 0.0))
    p = np.where(np.isfinite(t), 2.0 * stats.t.sf(np.abs(t), n - 1), np.where(mean != 0, 0.0, 1.0))
    p = np.where(np.abs(mean) <= floor, 1.0, p)
    return EffectStats(mean, lo, hi, p, bh(p))


def bh(p: np.ndarray) -> np.ndarray:
    """Benjamini-Hochberg adjusted p-values (q-values), same order as ``p``."""
    p = np.asarray(p, dtype=np.float64)
    m = p.size
    if m == 0:
        return p
    order = np.argsort(p)
    ranked = p[order] * m / np.arange(1, m + 1)
    q = np.minimum.accumulate(ranked[::-1])[::-1]
    out = np.empty(m)
    out[order] = np.clip(q, 0.0, 1.0)
    return out


def numeric_floor(y_obs: np.ndarray) -> float:
    """Smallest effect treated as real: float32 rounding of logits of this size is far below it."""
    return 1e-5 * (1.0 + float(np.max(np.abs(y_obs))))


# -- data preparation ---------------------------------------------------------------------------------


@dataclass
class Batches:
    """The selected samples split into batches, with their observed logits."""

    xs: list[Any]  # tensors (B, ...) on the runner's device
    y_obs: np.ndarray  # (N,) target logit
    p_obs: np.ndarray  # (N,) target probability
    margin: np.ndarray  # (N,) target logit minus the largest other logit

    @property
    def n(self) -> int:
        return int(self.y_obs.shape[0])


def make_batches(runner: ModelRunner, x: Any, target: int, batch_size: int = 64) -> Batches:
    import torch

    xs = [x[i : i + batch_size].to(runner.device) for i in range(0, x.shape[0], batch_size)]
    ys, ps, ms = [], [], []
    for xb in xs:
        logits = runner.forward(xb).double()
        ys.append(logits[:, target].cpu().numpy())
        ps.append(torch.softmax(logits, dim=1)[:, target].cpu().numpy())
        others = logits.clone()
        others[:, target] = -torch.inf
        ms.append((logits[:, target] - others.max(dim=1).values).cpu().numpy())
    return Batches(xs, np.concatenate(ys), np.concatenate(ps), np.concatenate(ms))


def mean_activation(runner: ModelRunner, layer: str, batches: Batches) -> Any:
    """The layer's mean read-out over the samples (per unit and position), for ``mean`` interventions.

    Token models (a runner with a ``token_mask``): the mean over every real token of every sample (padding
    excluded), the same at every position, since inputs of different lengths share no positions.
    """
    total: Any = None
    count: Any = 0
    tokens = False
    for xb in batches.xs:
        act = runner.read(runner.observe(xb, [layer]), layer).double()
        mask = runner.token_mask(xb) if runner.token_mask is not None else None
        tokens = mask is not None and act.dim() >= 3 and act.shape[1] == mask.shape[1]  # e.g. not the pooler
        if tokens and mask is not None:
            m = mask.to(act.device, act.dtype).reshape(act.shape[0], act.shape[1], *([1] * (act.dim() - 2)))
            s = (act * m).sum(dim=(0, 1))
            count = count + m.sum()
        else:
            s = act.sum(dim=0)
        total = s if total is None else total + s
    if tokens:
        per = total / count
        return per.unsqueeze(0).expand(batches.xs[0].shape[-1], *per.shape).contiguous().float()
    return (total / batches.n).float()


def batch_intervention(runner: ModelRunner, layer: str, iv: Intervention, xb: Any) -> Intervention:
    """``iv`` for one batch: a ``patch`` gets the layer's read-out on the batch's paired inputs."""
    if iv.kind != "patch":
        return iv
    if runner.paired is None:
        raise AttestError("activation patching needs paired inputs (--patch-from or a 'corrupted' field)")
    from dataclasses import replace

    src = runner.read(runner.observe(runner.paired(xb), [layer]), layer)
    return replace(iv, source=src)


def rows_per_pass(runner: ModelRunner, st: State, budget_rows: int | None) -> int:
    """How many stacked samples one pass may take, from the device's free memory and the forward's size."""
    if budget_rows is not None:
        return max(1, budget_rows)
    from engine.device import chunk_size

    # a pass holds a few values of the size of the forward's largest one per row at a time
    per_row = int(max(st.row_bytes, 1024) * 6) + 4096
    rows = chunk_size(per_row, runner.device, fraction=0.25, cap=8192)
    if runner.device.type == "cpu":
        # on the CPU, passes beyond ~1 GB gain nothing and only raise the peak memory
        rows = min(rows, max(1, (1 << 30) // per_row))
    return rows


def _is_oom(exc: BaseException) -> bool:
    import torch

    return isinstance(exc, torch.cuda.OutOfMemoryError) or (
        isinstance(exc, RuntimeError) and "out of memory" in str(exc).lower())


CHUNK_BUDGET_S = 0.25  # seconds one chunk of interventions may take before the next cancel check


def chunked(items: list[Any], per: int, fn: Any, tune: Sequence[int] = ()) -> Iterator[tuple[list[Any], Any]]:
    """``fn(chunk)`` over chunks of ``items``; on a GPU out-of-memory error the chunk is halved and retried.

    ``tune``: chunk sizes to try first, one chunk each, timed; the rest then runs at the size with the
    least time per item (on a CPU the largest stack is often not the fastest). Results do not depend
    on the chunk size.
    """
    i = 0
    trials = [min(per, max(1, t)) for t in tune]
    timing: dict[int, float] = {}
    while i < len(items):
        size = trials[0] if trials else per
        chunk = items[i : i + size]
        t0 = time.perf_counter()
        try:
            out = fn(chunk)
        except Exception as exc:
            if not _is_oom(exc) or size == 1:
                if _is_oom(exc):
                    raise AttestError("the device ran out of memory even for one intervention at a time") from None
                raise
            import torch

            if torch.cuda.is_available():
                torch.cuda.empty_cache()
            per = max(1, size // 2)
            trials = [t for t in trials if t <= per]
            continue
        per_item = (time.perf_counter() - t0) / len(chunk)
        if trials:
            trials.pop(0)
            timing[size] = per_item
            if not trials:
                per = min(timing, key=timing.__getitem__)
        # a chunk is the longest stretch without a cancel check: keep one under CHUNK_BUDGET_S (on a loaded
        # machine the fastest size per item can take seconds)
        if per * per_item > CHUNK_BUDGET_S and per > 1:
            per = max(1, int(CHUNK_BUDGET_S / max(per_item, 1e-9)))
        yield chunk, out
        i += len(chunk)


def tune_sizes(runner: ModelRunner, per: int, b: int) -> list[int]:
    """Chunk sizes (in units) to time first on a CPU: stacks of about 32, 128 and 512 rows, and ``per``."""
    if runner.device.type != "cpu" or per <= 1:
        return []
    sizes = sorted({max(1, r // max(1, b)) for r in (32, 128, 512)} | {per})
    return [s for s in sizes if s <= per]


def _score(logits: Any, target: int, reps: int, b: int) -> tuple[np.ndarray, np.ndarray]:
    import torch

    logits = logits.double()
    y = logits[:, target].reshape(reps, b).cpu().numpy()
    p = torch.softmax(logits, dim=1)[:, target].reshape(reps, b).cpu().numpy()
    return y, p


# -- single-unit effects --------------------------------------------------------------------------------


@dataclass(frozen=True)
class UnitEffects:
    """Per-sample effects of intervening on each unit of one layer, on the target logit and probability."""

    layer: str
    units: list[int]
    d_logit: np.ndarray  # (U, N) y_obs - y_int
    d_prob: np.ndarray  # (U, N)
    mode: str  # "split", "replay" or "full-forward"


def single_unit_effects(
    runner: ModelRunner,
    layer: str,
    batches: Batches,
    target: int,
    kind: str = "zero",
    units: list[int] | None = None,
    mean_act: Any = None,
    beta: float = 0.0,
    seed: int = 0,
    budget_rows: int | None = None,
    job: Job | None = None,
) -> UnitEffects:
    """Effect of intervening on each unit of ``layer`` alone (its read-out, for every reader)."""
    job = ensure_job(job)
    if kind == "mean" and mean_act is None:
        mean_act = mean_activation(runner, layer, batches)
    iv0 = Intervention(kind, mean_act, beta, seed)
    d_logit: list[np.ndarray] = []
    d_prob: list[np.ndarray] = []
    start = 0
    all_units: list[int] | None = units
    for bi, xb in enumerate(batches.xs):
        job.check()
        st = runner.observe(xb, [layer])
        act = runner.read(st, layer)
        iv = batch_intervention(runner, layer, iv0, xb)
        job.check()
        if all_units is None:
            all_units = list(range(runner.unit_count(layer, act)))
        b = xb.shape[0]
        y0 = batches.y_obs[start : start + b]
        p0 = batches.p_obs[start : start + b]
        per = max(1, rows_per_pass(runner, st, budget_rows) // b)
        ys, ps = [], []
        done = 0
        tune = tune_sizes(runner, per, b) if bi == 0 and budget_rows is None else []
        for chunk, logits in chunked(all_units, per, lambda c, st=st, iv=iv: runner.run_units(st, layer, c, iv),
                                     tune):
            y, p = _score(logits, target, len(chunk), b)
            ys.append(y0[None, :] - y)
            ps.append(p0[None, :] - p)
            done += len(chunk)
            job.progress(bi * len(all_units) + done, len(batches.xs) * len(all_units), f"{layer}: unit interventions")
        d_logit.append(np.concatenate(ys, axis=0))
        d_prob.append(np.concatenate(ps, axis=0))
        start += b
    assert all_units is not None
    return UnitEffects(layer, list(all_units), np.concatenate(d_logit, axis=1), np.concatenate(d_prob, axis=1),
                       runner.mode(layer))


# -- path effects -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PathEffects:
    """Effects of cutting each parent unit's contribution towards the kept units of its children only.

    ``d_total[i]``: parent i cut towards all kept children at once (the node's path effect);
    ``d_edge[i, k]``: parent i cut towards child ``edge_children[k]`` = (layer, unit) alone (the edge).
    The child layer ``output`` stands for the model's logits (its one kept unit is the target).
    """

    parent: str
    children: dict[str, list[int]]  # child layer -> kept units that were cut towards
    parents: list[int]
    d_total: np.ndarray  # (P, N)
    d_edge: np.ndarray  # (P, K, N), K = len(edge_children)
    mode: str
    edge_children: list[tuple[str, int]]
    d_total_prob: np.ndarray  # (P, N) the node's path effect on the target probability


def path_effects(
    runner: ModelRunner,
    parent: str,
    children: dict[str, list[int]],
    batches: Batches,
    target: int,
    kind: str = "zero",
    mean_act: Any = None,
    beta: float = 0.0,
    seed: int = 0,
    budget_rows: int | None = None,
    job: Job | None = None,
    edge_children: list[tuple[str, int]] | None = None,
) -> PathEffects:
    """Path interventions (see :mod:`engine.causal.interventions` for the definition).

    ``children`` maps each child layer of ``parent`` (as :meth:`ModelRunner.direct_children` gives
    them, ``output`` included) to its kept units; for ``output`` the only unit is the target.
    """
    import torch

    job = ensure_job(job)
    children = {c: list(u) for c, u in children.items() if u}
    if not children:
        raise AttestError("path effects need at least one kept child unit")
    if kind == "mean" and mean_act is None:
        mean_act = mean_activation(runner, parent, batches)
    iv0 = Intervention(kind, mean_act, beta, seed)
    pairs = [(c, u) for c, us in children.items() for u in us]
    edge_children = pairs if edge_children is None else [e for e in edge_children if e in pairs]
    k = len(edge_children)
    layers = [c for c in children if c != OUTPUT]
    totals: list[np.ndarray] = []
    totals_p: list[np.ndarray] = []
    edges: list[np.ndarray] = []
    start = 0
    parents: list[int] | None = None
    for bi, xb in enumerate(batches.xs):
        job.check()
        st = runner.observe(xb, [parent, *layers])
        pact = runner.read(st, parent)
        iv = batch_intervention(runner, parent, iv0, xb)
        job.check()
        if parents is None:
            parents = list(range(runner.unit_count(parent, pact)))
        b = xb.shape[0]
        y0 = batches.y_obs[start : start + b]
        p0 = batches.p_obs[start : start + b]
        per = max(1, rows_per_pass(runner, st, budget_rows) // (b * (k + 1)))
        obs = {c: runner.output(st, c) for c in layers}
        masks = {c: _unit_masks(obs[c], runner.unit_dim(c, obs[c].dim()), children[c], edge_children, c,
                                runner.group(c)) for c in layers}

        def one(chunk: list[int], st: Any = st, obs: Any = obs, masks: Any = masks, b: int = b,
                iv: Intervention = iv) -> Any:
            r = len(chunk)
            sent = runner.send(st, parent, chunk, iv, list(children))
            deltas = {}
            for c in layers:
                diff = (sent[c] - _repeat(obs[c], r)).reshape(1, r * b, *obs[c].shape[1:])
                # (k+1, r*b, ...) -> rows ordered (mix, parent, sample)
                deltas[c] = (masks[c] * diff).reshape((k + 1) * r * b, *obs[c].shape[1:])
            logits = runner.receive(st, deltas, (k + 1) * r).clone()
            if OUTPUT in children:
                direct = (sent[OUTPUT][:, target] - _repeat(st.logits, r)[:, target]).to(logits.dtype)
                gate = torch.tensor([1.0] + [1.0 if e == (OUTPUT, target) else 0.0 for e in edge_children],
                                    dtype=logits.dtype, device=logits.device)
                logits.view(k + 1, r * b, -1)[:, :, target] += gate[:, None] * direct[None, :]
            return logits

        tot_rows, edge_rows, totp_rows = [], [], []
        done = 0
        tune = tune_sizes(runner, per, b * (k + 1)) if bi == 0 and budget_rows is None else []
        for chunk, logits in chunked(parents, per, one, tune):
            r = len(chunk)
            y, pr = _score(logits, target, (k + 1) * r, b)
            d = y0[None, None, :] - y.reshape(k + 1, r, b)
            tot_rows.append(d[0])
            totp_rows.append(p0[None, :] - pr.reshape(k + 1, r, b)[0])
            edge_rows.append(np.transpose(d[1:], (1, 0, 2)))
            done += r
            job.progress(bi * len(parents) + done, len(batches.xs) * len(parents), f"{parent}: path interventions")
        totals.append(np.concatenate(tot_rows, axis=0))
        totals_p.append(np.concatenate(totp_rows, axis=0))
        edges.append(np.concatenate(edge_rows, axis=0))
        start += b
    assert parents is not None
    return PathEffects(parent, children, parents, np.concatenate(totals, axis=1), np.concatenate(edges, axis=2),
                       runner.mode(parent), edge_children, np.concatenate(totals_p, axis=1))


def _unit_masks(obs: Any, udim: int, kept: list[int], edge_children: list[tuple[str, int]], layer: str,
                group: int = 1) -> Any:
    """(k+1, 1, ...) masks over a child's output: mix 0 = all kept units, mix j = edge child j only.

    A unit covers ``group`` consecutive features of the unit axis (an attention head), else one.
    """
    import torch

    shape = [1] * obs.dim()
    shape[udim] = obs.shape[udim]
    n = obs.shape[udim] // group
    rows = []
    m0 = torch.zeros(n, dtype=obs.dtype, device=obs.device)
    m0[kept] = 1
    rows.append(m0)
    for c, u in edge_children:
        m = torch.zeros_like(m0)
        if c == layer:
            m[u] = 1
        rows.append(m)
    return torch.stack([r.repeat_interleave(group).reshape(shape) for r in rows])
