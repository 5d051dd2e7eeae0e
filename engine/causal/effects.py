"""Average causal effects of single units and of paths, with confidence intervals and BH control.

Sign convention: an effect is ``Y_observed - Y_intervened`` on the target logit (or probability),
averaged over the samples. A positive effect means the unit supports the target: removing it lowers
the target's logit. (The paper writes ``Te = Y_int - Y_obs``; ours is its negative, so that "large
effect" reads as "important".)
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from core.errors import AttestError
from core.jobs import Job, ensure_job

from .interventions import ModelRunner, _repeat, apply_units, unit_dim_of

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

    @property
    def n(self) -> int:
        return int(self.y_obs.shape[0])


def make_batches(runner: ModelRunner, x: Any, target: int, batch_size: int = 64) -> Batches:
    import torch

    xs = [x[i : i + batch_size].to(runner.device) for i in range(0, x.shape[0], batch_size)]
    ys, ps = [], []
    for xb in xs:
        logits = runner.forward(xb).double()
        ys.append(logits[:, target].cpu().numpy())
        ps.append(torch.softmax(logits, dim=1)[:, target].cpu().numpy())
    return Batches(xs, np.concatenate(ys), np.concatenate(ps))


def mean_activation(runner: ModelRunner, layer: str, batches: Batches) -> Any:
    """The layer's mean output over the samples (per unit and position), for ``mean`` interventions."""
    total: Any = None
    for xb in batches.xs:
        act, _ = runner.prefix(layer, xb)
        s = act.double().sum(dim=0)
        total = s if total is None else total + s
    return (total / batches.n).float()


def _rows_per_pass(runner: ModelRunner, act: Any, budget_rows: int | None) -> int:
    """How many stacked samples one suffix pass may take, from the device's free memory."""
    if budget_rows is not None:
        return max(1, budget_rows)
    from engine.device import chunk_size

    # the suffix holds a few activation-sized tensors per row at a time; 8x the layer's output per
    # row is a generous estimate for conv nets whose deeper layers shrink
    per_row = int(act[0].numel() * act.element_size() * 8) + 4096
    rows = chunk_size(per_row, runner.device, fraction=0.25, cap=8192)
    if runner.device.type == "cpu":
        # on the CPU, passes beyond ~1 GB gain nothing and only raise the peak memory
        rows = min(rows, max(1, (1 << 30) // per_row))
    return rows


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
    mode: str  # "split" or "full-forward"


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
    rank1: bool = True,
) -> UnitEffects:
    """Effect of intervening on each unit of ``layer`` alone, all units of a chunk in one suffix pass."""
    job = ensure_job(job)
    if kind == "mean" and mean_act is None:
        mean_act = mean_activation(runner, layer, batches)
    module = runner.modules[layer]
    d_logit: list[np.ndarray] = []
    d_prob: list[np.ndarray] = []
    start = 0
    all_units: list[int] | None = units
    for bi, xb in enumerate(batches.xs):
        act, cache = runner.prefix(layer, xb)
        udim = unit_dim_of(module, act.dim())
        if all_units is None:
            all_units = list(range(act.shape[udim]))
        b = xb.shape[0]
        y0 = batches.y_obs[start : start + b]
        p0 = batches.p_obs[start : start + b]
        per = max(1, _rows_per_pass(runner, act, budget_rows) // b)
        nxt = runner.rank1_next(layer) if rank1 else None
        if nxt is not None:
            _, ncache = runner.prefix(nxt, xb)
            if runner.mode(nxt) != "split" or not _rank1_agrees(
                runner, layer, nxt, act, cache, ncache, udim, all_units[:3], kind, mean_act, beta, seed
            ):
                runner.disable_rank1(layer)
                nxt = None
        ys, ps = [], []
        for c0 in range(0, len(all_units), per):
            chunk = all_units[c0 : c0 + per]
            if nxt is not None:
                replaced = _replace_all(act, udim, chunk, kind, mean_act, beta, seed)
                n_int = runner.next_outputs(layer, act, chunk, replaced)
                logits = runner.suffix(nxt, n_int, ncache, len(chunk))
            else:
                stacked = apply_units(act, udim, chunk, kind, mean_act, beta, seed)
                logits = runner.suffix(layer, stacked, cache, len(chunk))
            y, p = _score(logits, target, len(chunk), b)
            ys.append(y0[None, :] - y)
            ps.append(p0[None, :] - p)
            job.progress(
                bi * len(all_units) + c0 + len(chunk), len(batches.xs) * len(all_units), f"{layer}: unit interventions"
            )
        d_logit.append(np.concatenate(ys, axis=0))
        d_prob.append(np.concatenate(ps, axis=0))
        start += b
    assert all_units is not None
    mode = runner.mode(layer) + ("+rank1" if rank1 and runner.rank1_next(layer) else "")
    return UnitEffects(layer, list(all_units), np.concatenate(d_logit, axis=1), np.concatenate(d_prob, axis=1), mode)


def _replace_all(act: Any, udim: int, units: list[int], kind: str, mean_act: Any, beta: float, seed: int) -> Any:
    """``act`` with every unit of ``units`` replaced at once (valid input for channel-wise segments)."""
    from .interventions import replacement_values

    out = act.clone()
    for u in units:
        idx: list[Any] = [slice(None)] * out.dim()
        idx[udim] = int(u)
        out[tuple(idx)] = replacement_values(kind, act, udim, int(u), mean_act, beta, seed)
    return out


def _rank1_agrees(runner: ModelRunner, layer: str, nxt: str, act: Any, cache: tuple, ncache: tuple, udim: int,
                  units: list[int], kind: str, mean_act: Any, beta: float, seed: int) -> bool:
    """Check the closed-form update against the plain stacked suffix once, before trusting it."""
    import torch

    try:
        replaced = _replace_all(act, udim, units, kind, mean_act, beta, seed)
        fast = runner.suffix(nxt, runner.next_outputs(layer, act, units, replaced), ncache, len(units))
        slow = runner.suffix(layer, apply_units(act, udim, units, kind, mean_act, beta, seed), cache, len(units))
    except Exception:  # shapes that the closed form does not cover
        return False
    tol = 1e-4 * (1.0 + float(slow.abs().max()))
    return fast.shape == slow.shape and bool(torch.allclose(fast, slow, rtol=1e-4, atol=tol))


def one_at_a_time_effects(
    model: Any,
    layer: str,
    x: Any,
    target: int,
    kind: str = "zero",
    mean_act: Any = None,
    beta: float = 0.0,
    seed: int = 0,
) -> np.ndarray:
    """Reference: one full forward per unit, with a plain hook, at the sample level. Shape (U, N)."""
    import torch

    from .interventions import logits_of

    module = dict(model.named_modules())[layer]
    with torch.no_grad():
        y0 = logits_of(model(x))[:, target].double()
        holder: dict[str, Any] = {}
        h = module.register_forward_hook(lambda _m, _i, o: holder.setdefault("act", o))
        model(x)
        h.remove()
        act = holder["act"]
        udim = unit_dim_of(module, act.dim())
        rows = []
        for u in range(act.shape[udim]):
            new = apply_units(act, udim, [u], kind, mean_act, beta, seed)
            h = module.register_forward_hook(lambda _m, _i, _o, new=new: new)
            y = logits_of(model(x))[:, target].double()
            h.remove()
            rows.append((y0 - y).cpu().numpy())
    return np.stack(rows)


# -- path effects -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PathEffects:
    """Effects of cutting each parent unit's contribution towards kept children only.

    ``d_total[i]``: parent i cut towards all kept children at once (the node's path effect);
    ``d_edge[i, k]``: parent i cut towards child ``edge_children[k]`` alone (the edge's path effect).
    """

    parent: str
    child: str
    parents: list[int]
    children: list[int]
    d_total: np.ndarray  # (P, N)
    d_edge: np.ndarray  # (P, K, N), K = len(edge_children)
    mode: str
    edge_children: list[int]
    d_total_prob: np.ndarray  # (P, N) the node's path effect on the target probability


def path_effects(
    runner: ModelRunner,
    parent: str,
    child: str,
    children: list[int],
    batches: Batches,
    target: int,
    kind: str = "zero",
    mean_act: Any = None,
    beta: float = 0.0,
    seed: int = 0,
    budget_rows: int | None = None,
    job: Job | None = None,
    edge_children: list[int] | None = None,
) -> PathEffects:
    """Path interventions in activation space.

    For parent unit i: run the child layer with i intervened in its input (the segment between the
    two layers sees the intervened parent), then keep the child layer's *observed* output everywhere
    except at the kept children, which take the intervened values; the rest of the network then runs
    from the child layer with every other value observed. This equals setting the weights from i to
    the kept children (only) to the intervention, as the paper does, without editing any weight.
    """
    job = ensure_job(job)
    if not children:
        raise AttestError("path effects need at least one kept child unit")
    if kind == "mean" and mean_act is None:
        mean_act = mean_activation(runner, parent, batches)
    pmod, cmod = runner.modules[parent], runner.modules[child]
    totals: list[np.ndarray] = []
    totals_p: list[np.ndarray] = []
    edges: list[np.ndarray] = []
    start = 0
    parents: list[int] | None = None
    # per-edge tests cost one suffix pass per child: ``edge_children`` bounds them on wide layers
    edge_children = list(children) if edge_children is None else [c for c in edge_children if c in children]
    k = len(edge_children)
    checked: set[str] = set()
    for bi, xb in enumerate(batches.xs):
        pact, pcache = runner.prefix(parent, xb)
        cact, ccache = runner.prefix(child, xb)
        pudim = unit_dim_of(pmod, pact.dim())
        cudim = unit_dim_of(cmod, cact.dim())
        if parents is None:
            parents = list(range(pact.shape[pudim]))
        b = xb.shape[0]
        y0 = batches.y_obs[start : start + b]
        p0 = batches.p_obs[start : start + b]
        per = max(1, _rows_per_pass(runner, cact, budget_rows) // (b * (k + 1)))
        tot_rows, edge_rows, totp_rows = [], [], []
        for c0 in range(0, len(parents), per):
            chunk = parents[c0 : c0 + per]
            r = len(chunk)
            cint = None
            if runner.rank1_next(parent) == child:
                # closed form for the child's output (see ModelRunner.next_outputs), checked once
                replaced = _replace_all(pact, pudim, chunk, kind, mean_act, beta, seed)
                cint = runner.next_outputs(parent, pact, chunk, replaced)
                if parent not in checked:
                    slow_act = apply_units(pact, pudim, chunk, kind, mean_act, beta, seed)
                    slow = runner.capture(parent, slow_act, pcache, r, child)
                    tol = 1e-4 * (1.0 + float(slow.abs().max())) if slow is not None else 0.0
                    if slow is None or slow.shape != cint.shape or not bool((slow - cint).abs().max() <= tol):
                        runner.disable_rank1(parent)
                        cint = slow
                    checked.add(parent)
            else:
                stacked = apply_units(pact, pudim, chunk, kind, mean_act, beta, seed)
                cint = runner.capture(parent, stacked, pcache, r, child)
            if cint is None:  # the child does not depend on the parent: no path
                tot_rows.append(np.zeros((r, b)))
                totp_rows.append(np.zeros((r, b)))
                edge_rows.append(np.zeros((r, k, b)))
                continue
            obs_rep = _repeat(cact, r)
            # copy 0: all kept children cut at once; copies 1..k: one child each
            mixes = []
            allmix = obs_rep.clone()
            _set_units(allmix, cudim, children, cint)
            mixes.append(allmix)
            for ch in edge_children:
                m = obs_rep.clone()
                _set_units(m, cudim, [ch], cint)
                mixes.append(m)
            # order rows as (mix, parent, sample) so that reshape gives (k+1, r, b)
            stacked_c = _stack_mixes(mixes)
            y, pr = _score(runner.suffix(child, stacked_c, ccache, (k + 1) * r), target, (k + 1) * r, b)
            y = y.reshape(k + 1, r, b)
            d = y0[None, None, :] - y
            tot_rows.append(d[0])
            totp_rows.append(p0[None, :] - pr.reshape(k + 1, r, b)[0])
            edge_rows.append(np.transpose(d[1:], (1, 0, 2)))
            job.progress(
                bi * len(parents) + c0 + r, len(batches.xs) * len(parents), f"{parent} -> {child}: path interventions"
            )
        totals.append(np.concatenate(tot_rows, axis=0))
        totals_p.append(np.concatenate(totp_rows, axis=0))
        edges.append(np.concatenate(edge_rows, axis=0))
        start += b
    assert parents is not None
    return PathEffects(parent, child, parents, list(children), np.concatenate(totals, axis=1),
                       np.concatenate(edges, axis=2), runner.mode(parent), edge_children,
                       np.concatenate(totals_p, axis=1))


def _set_units(dst: Any, udim: int, units: list[int], src: Any) -> None:
    idx: list[Any] = [slice(None)] * dst.dim()
    idx[udim] = list(units)
    dst[tuple(idx)] = src[tuple(idx)]


def _stack_mixes(mixes: list[Any]) -> Any:
    import torch

    return torch.cat(mixes, dim=0)
