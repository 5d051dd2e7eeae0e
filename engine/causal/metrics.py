"""Metrics an auditor can check: faithfulness, stability, agreement, robustness of maps."""

from __future__ import annotations

from typing import Any

import numpy as np

from .effects import Batches, _score, single_unit_effects, summarize
from .interventions import Intervention, ModelRunner, main_tensor, unit_dim_of
from .maps import causal_maps

# -- (a) faithfulness: deletion curves ----------------------------------------------------------------------


def deletion_curves(runner: ModelRunner, layer: str, batches: Batches, target: int, orders: dict[str, list[int]],
                    kind: str = "zero", mean_act: Any = None, max_points: int = 33, seed: int = 0,
                    job: Any = None) -> dict[str, Any]:
    """Mean target probability (and logit) as the units of ``layer`` are removed cumulatively in each order.

    All prefixes of one order run as one stacked suffix pass per batch. The area under the
    probability curve (x = fraction removed, trapezoids) is reported: lower = the order finds the
    units the decision depends on faster (RISE deletion).
    """
    out: dict[str, Any] = {"layer": layer, "x": None, "prob": {}, "logit": {}, "auc": {}}
    iv = Intervention(kind, mean_act, 0.0, seed)
    for name, order in orders.items():
        u = len(order)
        ks = sorted(set(int(round(v)) for v in np.linspace(0, u, min(max_points, u + 1))))
        sets = [list(order[:k]) for k in ks]
        ys = np.zeros(len(ks))
        ps = np.zeros(len(ks))
        for xb in batches.xs:
            if job is not None:
                job.check()
            st = runner.observe(xb, [layer])
            b = xb.shape[0]
            y, p = _score(runner.run_units(st, layer, sets, iv), target, len(sets), b)
            ys += y.sum(axis=1)
            ps += p.sum(axis=1)
        ys /= batches.n
        ps /= batches.n
        x = np.asarray(ks, dtype=np.float64) / max(1, u)
        out["x"] = x.tolist()
        out["prob"][name] = ps.tolist()
        out["logit"][name] = ys.tolist()
        out["auc"][name] = float(np.sum((ps[1:] + ps[:-1]) * np.diff(x)) / 2)  # trapezoids
    return out


# -- (b) stability -----------------------------------------------------------------------------------------------


def bootstrap_appearance(d_logit: np.ndarray, units: list[int], alpha: float, floor: float, reps: int = 20,
                         seed: int = 0, job: Any = None) -> dict[int, float]:
    """Share of bootstrap resamples of the samples in which each unit is significant (BH within the layer)."""
    rng = np.random.default_rng(seed)
    n = d_logit.shape[1]
    hits = np.zeros(d_logit.shape[0])
    for _ in range(reps):
        if job is not None:
            job.check()
        idx = rng.integers(0, n, size=n)
        st = summarize(d_logit[:, idx], floor)
        hits += (st.q < alpha) & (np.abs(st.mean) > floor)
    return {int(units[i]): float(hits[i] / reps) for i in range(len(units))}


def beta_sweep(runner: ModelRunner, layer: str, batches: Batches, target: int, betas: list[float], alpha: float,
               floor: float, seed: int = 0, job: Any = None) -> dict[str, Any]:
    """Soft interventions U[beta, beta+0.01] for each beta: which units stay significant, and how often."""
    kept_sets = []
    units: list[int] = []
    for i, beta in enumerate(betas):
        sub = job.stage(i / len(betas), (i + 1) / len(betas)) if job is not None else None
        ue = single_unit_effects(runner, layer, batches, target, "soft", beta=beta, seed=seed + i, job=sub)
        units = ue.units
        st = summarize(ue.d_logit, floor)
        kept_sets.append(set(int(ue.units[j]) for j in np.flatnonzero((st.q < alpha) & (np.abs(st.mean) > floor))))
    rate = {u: float(sum(u in s for s in kept_sets) / len(kept_sets)) for u in units}
    return {"betas": list(map(float, betas)), "kept": [sorted(s) for s in kept_sets], "rate": rate}


def jaccard(a: set, b: set) -> float | None:
    if not a and not b:
        return None
    return len(a & b) / len(a | b)


# -- (c) agreement ------------------------------------------------------------------------------------------------


def gradient_scores(model: Any, layer: str, x: Any, target: int, batch: int = 64, axis: str = "auto",
                    group: int = 1, job: Any = None) -> np.ndarray:
    """Mean over samples of grad x activation summed over positions: the first-order estimate of each
    unit's zero-ablation effect, i.e. the ranking a gradient method would give. ``group`` > 1 sums the
    features of each unit (an attention head's slice)."""
    import torch

    module = dict(model.named_modules())[layer]
    total = None
    for i in range(0, x.shape[0], batch):
        if job is not None:
            job.check()
        xb = x[i : i + batch]
        holder: dict[str, Any] = {}

        def hook(_m: Any, _i: Any, out: Any, holder: dict[str, Any] = holder) -> None:
            t = main_tensor(out)
            t.retain_grad()
            holder["a"] = t

        h = module.register_forward_hook(hook)
        try:
            with torch.enable_grad():
                from .interventions import logits_of

                y = logits_of(model(xb))[:, target].sum()
                y.backward()
        finally:
            h.remove()
        a = holder["a"]
        udim = unit_dim_of(module, a.dim(), axis)
        ga = (a.grad * a).detach()
        dims = [d for d in range(ga.dim()) if d != udim]
        s = ga.sum(dim=dims).double()
        if group > 1:
            s = s.reshape(-1, group).sum(dim=1)
        total = s if total is None else total + s
        model.zero_grad(set_to_none=True)
    return (total / x.shape[0]).cpu().numpy()


def kendall(a: np.ndarray, b: np.ndarray) -> float | None:
    from scipy.stats import kendalltau

    if len(a) < 2 or np.ptp(a) == 0 or np.ptp(b) == 0:
        return None
    tau = kendalltau(a, b).statistic
    return float(tau) if np.isfinite(tau) else None


def top_overlap(a: np.ndarray, b: np.ndarray, k: int) -> float | None:
    if k <= 0:
        return None
    ta = set(np.argsort(-a)[:k].tolist())
    tb = set(np.argsort(-b)[:k].tolist())
    return len(ta & tb) / k


# -- (d) robustness of maps ---------------------------------------------------------------------------------


def _norm(m: np.ndarray) -> np.ndarray:
    n = float(np.linalg.norm(m))
    return m / n if n > 0 else m


def causal_input_map(runner: ModelRunner, layer: str, x: Any, units: list[int], target: int) -> np.ndarray:
    """Per image: sum over the last layer's nodes of their causal maps, shape (B, H, W)."""
    return causal_maps(runner, layer, x, units, target).sum(axis=0)


def lipschitz(runner: ModelRunner, model: Any, layer: str, x: Any, target: int, units: list[int],
              n_perturb: int = 10, sigma: float = 0.02, ig_steps: int = 16,
              seed: int = 0, job: Any = None) -> dict[str, Any]:
    """Local Lipschitz estimate max ||M(x) - M(x')|| / ||x - x'|| over Gaussian perturbations x'.

    Maps are reduced to one value per pixel (channels summed) and scaled to unit L2 norm, so the
    estimates of different methods are comparable; lower = more stable. Baselines: captum Saliency
    and IntegratedGradients of the target logit.
    """
    import importlib

    import torch

    from core.jobs import interruptible

    interruptible(job, importlib.import_module, "captum.attr")  # a second or more the first time
    from captum.attr import IntegratedGradients, Saliency

    from .interventions import logits_of

    gen = torch.Generator(device="cpu").manual_seed(seed)
    fwd = lambda inp: logits_of(model(inp))  # noqa: E731
    sal = Saliency(fwd)
    ig = IntegratedGradients(fwd)

    def m_causal(inp: Any) -> np.ndarray:
        return causal_input_map(runner, layer, inp, units, target)

    def m_sal(inp: Any) -> np.ndarray:
        inp = inp.detach().clone().requires_grad_(True)
        return sal.attribute(inp, target=target, abs=True).sum(dim=1).detach().cpu().double().numpy()

    def m_ig(inp: Any) -> np.ndarray:
        inp = inp.detach().clone().requires_grad_(True)
        a = ig.attribute(inp, target=target, n_steps=ig_steps, internal_batch_size=64)
        return a.sum(dim=1).detach().cpu().double().numpy()

    methods = {"causal": m_causal, "saliency": m_sal, "integrated_gradients": m_ig}
    per: dict[str, list[float]] = {k: [] for k in methods}
    noise = [torch.randn(x.shape, generator=gen).to(x.device) * sigma for _ in range(n_perturb)]
    for mi, (name, fn) in enumerate(methods.items()):
        if job is not None:
            job.check()
        base = fn(x)
        worst = np.zeros(x.shape[0])
        for e in noise:
            if job is not None:
                job.check()
            xp = (x + e).clamp(0, 1)
            mp = fn(xp)
            for b in range(x.shape[0]):
                dx = float(torch.linalg.vector_norm((xp[b] - x[b]).double()))
                dm = float(np.linalg.norm(_norm(mp[b]) - _norm(base[b])))
                if dx > 0:
                    worst[b] = max(worst[b], dm / dx)
        per[name] = worst.tolist()
        if job is not None:
            job.progress(mi + 1, len(methods), "robustness of maps")
    return {"sigma": sigma, "perturbations": n_perturb, "samples": int(x.shape[0]),
            "mean": {k: float(np.mean(v)) for k, v in per.items()}, "per_sample": per}
