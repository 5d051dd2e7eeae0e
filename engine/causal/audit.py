"""One causal audit: select samples, test units and paths, build the graph, maps and metrics.

``run_audit(model, x, params, job)`` is pure (no Qt, no store, no files); it returns a
:class:`CausalResult` whose ``to_dict()`` is the command line's ``--json`` object without
``report_id``. Loading, hashing and the report draft live in :mod:`engine.causal.api`.

The metrics are kept as one JSON-like dict (that is what the report stores); the typed views
below (:class:`SampleCounts`, :class:`DeletionCurves`, ...) are what the GUI and the command line
read, so no caller digs into the dict by key.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from core.errors import AttestError
from core.jobs import Job, ensure_job

from . import graph as G
from .effects import make_batches, mean_activation, numeric_floor, path_effects, single_unit_effects
from .interventions import ModelRunner, logits_of, resolve_layers

KINDS = ("zero", "mean", "soft", "patch")
ABS_FLOOR = 0.001  # no node or edge below this share of the mean margin of the target logit over the runner-up


OCCLUDED_ROWS = 64  # occluded texts per observed pass of the token maps


@dataclass(frozen=True)
class AuditParams:
    target: int
    layers: tuple[str, ...] = ()
    intervention: str = "zero"
    samples: int = 100
    beta: float = 0.0  # soft interventions draw from U[beta, beta + 0.01]
    alpha: float = 0.05  # BH false discovery rate
    min_effect: float = 0.05  # a node's |effect| must reach this share of the strongest in its layer
    min_edge_effect: float = 0.10  # the same for an edge, against the strongest edge of its layer
    min_margin_share: float = ABS_FLOOR  # and every node or edge at least this share of the mean logit margin
    max_edge_children: int = 32  # per-edge tests towards at most this many kept children (the strongest)
    all_samples: bool = False  # count misclassified / other-class samples too
    seed: int = 0
    maps: bool = True
    maps_per_layer: int = 16  # causal maps for this many of each layer's strongest nodes
    metrics: bool = True
    bootstrap: int = 20
    betas: tuple[float, ...] = (0.0, 0.25, 0.5)
    lipschitz_samples: int = 3
    lipschitz_perturbations: int = 10
    force_full: bool = False  # skip the fast paths (tests, bench)
    batch_size: int = 64
    unit_axis: str = "auto"  # auto | channels | last (see engine.causal.interventions)
    positions: str = "all"  # token models: all | last | INDEX[,INDEX] (see engine.causal.text)

    def to_dict(self) -> dict[str, Any]:
        return {"target": self.target, "layers": list(self.layers), "intervention": self.intervention,
                "samples": self.samples, "beta": self.beta, "alpha": self.alpha, "all_samples": self.all_samples,
                "min_effect": self.min_effect, "min_edge_effect": self.min_edge_effect,
                "min_margin_share": self.min_margin_share,
                "max_edge_children": self.max_edge_children, "unit_axis": self.unit_axis,
                "positions": self.positions,
                "seed": self.seed, "maps": self.maps, "maps_per_layer": self.maps_per_layer, "metrics": self.metrics,
                "bootstrap": self.bootstrap,
                "betas": list(self.betas), "lipschitz_samples": self.lipschitz_samples,
                "lipschitz_perturbations": self.lipschitz_perturbations}


@dataclass(frozen=True)
class CausalResult:
    target: int
    layers: list[str]
    nodes: list[G.Node]
    edges: list[G.Edge]
    metrics: dict[str, Any]
    graph: Any = field(repr=False, compare=False)  # networkx.DiGraph
    node_maps: dict[str, np.ndarray] = field(repr=False, compare=False, default_factory=dict)
    mean_image: np.ndarray | None = field(repr=False, compare=False, default=None)
    unit_effects: dict[str, dict[str, list]] = field(repr=False, compare=False, default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"target": int(self.target), "layers": list(self.layers), "nodes": [n.to_dict() for n in self.nodes],
                "edges": [e.to_dict() for e in self.edges], "metrics": _jsonable(self.metrics)}

    def node(self, nid: str) -> G.Node | None:
        return next((n for n in self.nodes if n.id == nid), None)

    # -- typed views of the metrics -------------------------------------------------------------------
    @property
    def samples(self) -> SampleCounts:
        s = self.metrics["samples"]
        return SampleCounts(int(s["images"]), int(s["classified_as_target"]), int(s["used"]))

    @property
    def intervention(self) -> str:
        return str(self.metrics["intervention"])

    @property
    def execution(self) -> dict[str, str]:
        """How each layer was executed: ``split`` (prefix cached, suffix batched) or ``full-forward``."""
        return {str(k): str(v) for k, v in self.metrics["execution"].items()}

    @property
    def execution_notes(self) -> dict[str, str]:
        """Why a layer fell back to full forwards (only layers that did)."""
        return {str(k): str(v) for k, v in self.metrics.get("execution_notes", {}).items()}

    @property
    def layer_stats(self) -> tuple[LayerStat, ...]:
        """What was tested and kept in each layer, in execution order."""
        stats = self.metrics["layer_stats"]
        return tuple(LayerStat(L, int(stats[L].get("units", 0)), int(stats[L].get("tested", 0)),
                               int(stats[L].get("kept", 0)), str(stats[L].get("test", "")),
                               str(stats[L].get("execution", "")), stats[L].get("note"))
                     for L in self.layers if L in stats)

    @property
    def seconds(self) -> float:
        return float(self.metrics.get("seconds", 0.0))

    @property
    def deletion(self) -> DeletionCurves | None:
        dc = self.metrics.get("deletion")
        if not dc:
            return None
        return DeletionCurves(str(dc["layer"]), tuple(float(v) for v in dc["x"]),
                              {str(k): tuple(float(v) for v in ys) for k, ys in dc["prob"].items()},
                              {str(k): float(v) for k, v in dc["auc"].items()})

    @property
    def bootstrap(self) -> tuple[BootstrapStability, ...]:
        """Per tested layer: how often the kept nodes stay significant over bootstrap resamples."""
        boot = (self.metrics.get("stability") or {}).get("bootstrap") or {}
        return tuple(BootstrapStability(str(L), str(b["test"]), _opt_float(b.get("kept_mean_rate")),
                                        int(b.get("others_above_half", 0)))
                     for L, b in boot.items())

    @property
    def beta_sweep(self) -> BetaSweep | None:
        sw = (self.metrics.get("stability") or {}).get("beta_sweep")
        if not sw:
            return None
        return BetaSweep(str(sw["layer"]), tuple(float(b) for b in sw["betas"]),
                         tuple(int(c) for c in sw["kept_counts"]),
                         tuple(_opt_float(j) for j in sw["jaccard_with_graph"]))

    @property
    def agreement(self) -> tuple[LayerAgreement, ...]:
        """Kendall tau between the causal, activation and gradient rankings of each layer's units."""
        agree = self.metrics.get("agreement") or {}
        return tuple(LayerAgreement(str(L), _opt_float(a.get("tau_causal_activation")),
                                    _opt_float(a.get("tau_causal_gradient")),
                                    _opt_float(a.get("tau_activation_gradient")))
                     for L, a in agree.items())

    @property
    def robustness(self) -> Robustness | None:
        rob = self.metrics.get("robustness")
        if not rob:
            return None
        return Robustness(float(rob["sigma"]), int(rob["perturbations"]), int(rob["samples"]),
                          {str(k): float(v) for k, v in rob["mean"].items()})

    def corner_share(self, nid: str) -> dict[str, float] | None:
        """Share of a node map's positive mass in each corner, or None without a map."""
        share = (self.metrics.get("map_corner_share") or {}).get(nid)
        return None if share is None else {str(k): float(v) for k, v in share.items()}


@dataclass(frozen=True)
class SampleCounts:
    images: int  # images given
    classified_as_target: int  # of those, predicted as the target class
    used: int  # images the audit ran on


@dataclass(frozen=True)
class LayerStat:
    layer: str
    units: int
    tested: int
    kept: int
    test: str  # "unit" (last layer) or "path"
    execution: str
    note: str | None = None


@dataclass(frozen=True)
class DeletionCurves:
    """Target probability as the last layer's units are removed in causal, activation and random order."""

    layer: str
    x: tuple[float, ...]  # fraction of units removed
    prob: dict[str, tuple[float, ...]]  # order name -> mean target probability at each x
    auc: dict[str, float]  # order name -> area under the curve (lower = more faithful)


@dataclass(frozen=True)
class BootstrapStability:
    layer: str
    test: str
    kept_mean_rate: float | None  # mean appearance rate of the kept nodes; None when none were kept
    others_above_half: int  # units not kept that still appear in at least half of the resamples


@dataclass(frozen=True)
class BetaSweep:
    layer: str
    betas: tuple[float, ...]
    kept_counts: tuple[int, ...]
    jaccard_with_graph: tuple[float | None, ...]


@dataclass(frozen=True)
class LayerAgreement:
    layer: str
    tau_causal_activation: float | None
    tau_causal_gradient: float | None
    tau_activation_gradient: float | None


@dataclass(frozen=True)
class Robustness:
    """Local Lipschitz estimates of the input maps (lower = more stable), mean over the samples."""

    sigma: float
    perturbations: int
    samples: int
    mean: dict[str, float]  # method -> estimate


def _opt_float(v: Any) -> float | None:
    if v is None:
        return None
    f = float(v)
    return f if np.isfinite(f) else None


def _jsonable(v: Any) -> Any:
    if isinstance(v, dict):
        return {str(k): _jsonable(x) for k, x in v.items()}
    if isinstance(v, (list, tuple)):
        return [_jsonable(x) for x in v]
    if isinstance(v, (np.floating, float)):
        f = float(v)
        return f if np.isfinite(f) else None
    if isinstance(v, (np.integer,)):
        return int(v)
    if isinstance(v, np.ndarray):
        return _jsonable(v.tolist())
    if isinstance(v, np.bool_):
        return bool(v)
    return v


@dataclass(frozen=True)
class TextSetup:
    """What a text audit adds to :func:`run_audit` (see :mod:`engine.causal.text`)."""

    kinds: dict[str, tuple[str, int]]  # layer -> ("heads", head size) | ("neurons", 1)
    special_ids: frozenset[int]
    occlusion_id: int
    tokens: Any  # ids -> token strings
    lines: tuple[int, ...]  # data-file line of each input, in input order
    paired: bool = False
    maps_inputs: int = 4  # token maps on this many of the audited inputs


# -- input checks -----------------------------------------------------------------------------------------


def check_inputs(model: Any, x: Any, target: int) -> int:
    """Validate images against the model and the target against its outputs; return the class count."""
    import torch

    if x is None or x.dim() != 4 or x.shape[0] == 0:
        raise AttestError("no images to audit")
    expected = getattr(model, "input_shape", None)
    if expected is not None and tuple(x.shape[1:]) != tuple(expected):
        got = "x".join(map(str, x.shape[1:]))
        want = "x".join(map(str, expected))
        raise AttestError(f"the images are {got} (channels x height x width) but the model expects {want}")
    try:
        with torch.no_grad():
            out = logits_of(model(x[:1]))
    except AttestError:
        raise
    except (RuntimeError, ValueError) as exc:
        first = str(exc).splitlines()[0][:160] if str(exc) else type(exc).__name__
        raise AttestError(
            f"the images ({'x'.join(map(str, x.shape[1:]))}) do not fit the model's input: {first}") from None
    return _check_target(int(out.shape[1]), target)


def _check_target(n_classes: int, target: Any) -> int:
    if not isinstance(target, (int, np.integer)) or not (0 <= int(target) < n_classes):
        raise AttestError(
            f"target class {target} is out of range: the model has {n_classes} classes (0..{n_classes - 1})")
    return n_classes


def select_samples(runner: ModelRunner, x: Any, target: int, limit: int,
                   all_samples: bool, job: Job | None = None) -> tuple[Any, dict[str, Any]]:
    import torch

    preds = []
    for i in range(0, x.shape[0], 128):
        if job is not None:
            job.check()
        preds.append(runner.forward(x[i : i + 128].to(runner.device)).argmax(dim=1).cpu())
    pred = torch.cat(preds)
    correct = (pred == target)
    info: dict[str, Any] = {"images": int(x.shape[0]), "classified_as_target": int(correct.sum())}
    idx = torch.arange(x.shape[0]) if all_samples else torch.nonzero(correct).flatten()
    if idx.numel() < 2:
        what = "texts" if x.dim() == 3 else "images"
        raise AttestError(
            f"only {int(correct.sum())} of {x.shape[0]} {what} are classified as class {target}; at least 2 "
            f"correctly classified {what} of the target class are needed (or count all samples)")
    idx = idx[: max(2, int(limit))]
    info["used"] = int(idx.numel())
    info["index"] = [int(i) for i in idx.tolist()]
    return x[idx], info


# -- the audit ----------------------------------------------------------------------------------------------


def check_text_inputs(model: Any, x: Any, target: int) -> int:
    """Validate packed token inputs against the model and the target against its outputs."""
    import torch

    if x is None or x.dim() != 3 or x.shape[0] == 0:
        raise AttestError("no texts to audit")
    with torch.no_grad():
        out = logits_of(model(x[:1]))
    return _check_target(int(out.shape[1]), target)


def run_audit(model: Any, x: Any, params: AuditParams, job: Job | None = None,
              text: TextSetup | None = None) -> CausalResult:
    """Run the whole audit on images ``x`` (N, C, H, W, float in [0, 1]), or on packed token inputs
    (N, 3, T) of a text model when ``text`` is given."""
    import torch

    job = ensure_job(job)
    t0 = time.perf_counter()
    if params.intervention not in KINDS:
        raise AttestError(f"unknown intervention {params.intervention!r}: use zero, mean, soft or patch")
    if params.intervention == "patch" and not (text is not None and text.paired):
        raise AttestError("activation patching needs paired inputs: --patch-from FILE or a 'corrupted' field")
    if params.samples < 2:
        raise AttestError("--samples must be at least 2")
    model.eval()
    device = next((p.device for p in model.parameters()), torch.device("cpu"))
    x = x.to(device)
    target = int(params.target)
    if text is None:
        layers = resolve_layers(model, list(params.layers) or None)
        check_inputs(model, x, params.target)
        runner = ModelRunner(model, layers, force_full=params.force_full, unit_axis=params.unit_axis)
    else:
        from . import text as T

        layers = list(params.layers)
        check_text_inputs(model, x, target)
        spec = T.parse_positions(params.positions)
        runner = ModelRunner(
            model, layers, force_full=params.force_full, unit_axis="last",
            groups={L: g for L, (_k, g) in text.kinds.items()},
            where=None if spec[0] == "all" else (lambda xb: T.position_mask(xb[:, 1], spec)),
            token_mask=lambda xb: xb[:, 1].bool(),
            paired=T.paired_view if text.paired else None)
    job.check()
    xs, sample_info = select_samples(runner, x, target, params.samples, params.all_samples, job)
    job.check()
    used_index = sample_info.pop("index")
    if text is not None:
        sample_info["lines"] = [int(text.lines[i]) for i in used_index]  # data-file line of each used input
        xs = xs[:, :, : max(1, int(xs[:, 1].sum(dim=1).max()))].contiguous()  # no padding beyond the longest
    _, acts, order = runner.capture_many(xs[:1], layers)
    layers = sorted(layers, key=order.index)  # execution order: input side first
    job.check()
    batches = make_batches(runner, xs, target, params.batch_size)
    job.check()
    # a node must be significant AND practically relevant: |effect| at least a share of the strongest
    # effect in its layer, and above an absolute floor of 0.1% of the mean margin of the target logit
    # over the runner-up (float rounding below that). Effects, margins and so both floors are
    # differences of logits: a constant added to every logit moves none of them.
    scale = float(np.mean(np.abs(batches.margin)))
    floor = max(numeric_floor(batches.y_obs), params.min_margin_share * scale)
    floors: dict[str, float] = {}
    edge_floors: dict[str, float] = {}

    def layer_floor(d: np.ndarray, share: float) -> float:
        peak = float(np.max(np.abs(d.mean(axis=-1)))) if d.size else 0.0
        return max(floor, share * peak)
    kind, beta, seed, alpha = params.intervention, params.beta, params.seed, params.alpha
    job.progress(0, 1, "preparing")
    # the fx graph gives the dataflow directly; without it, it is probed on one batch
    probe = None if runner.traced else runner.observe(batches.xs[0])
    children_of = {}
    for L in layers:
        job.check()
        children_of[L] = runner.direct_children(L, probe)
    del probe

    # per-layer mean read-outs (for mean interventions, the activation ranking and node details)
    # (a head's activation is its slice norm, so its mean read-out is needed only for mean interventions)
    mean_acts = {}
    for L in layers:
        if kind == "mean" or text is None or runner.group(L) == 1:
            job.check()
            mean_acts[L] = mean_activation(runner, L, batches)
    unit_means: dict[str, np.ndarray] = {}
    for L in layers:
        job.check()
        if text is not None and runner.group(L) > 1:
            # a head's "activation" is the mean norm of its slice over the real tokens
            from .text import head_norms

            unit_means[L] = head_norms(runner, L, batches, job)
            continue
        m = mean_acts[L]
        if text is not None:
            m = m[0]  # the same at every position (mean over real tokens)
        udim = runner.unit_dim(L, m.dim() + 1) - 1
        dims = [d for d in range(m.dim()) if d != udim]
        unit_means[L] = (m.mean(dim=dims) if dims else m).double().cpu().numpy()

    # 1. single-unit effects of every chosen layer (layers that only feed the output get their nodes here)
    single: dict[str, Any] = {}
    w_single = 0.35
    for i, L in enumerate(layers):
        job.check()
        sub = job.stage(w_single * i / len(layers), w_single * (i + 1) / len(layers), f"{L}: single-unit interventions")
        single[L] = single_unit_effects(runner, L, batches, target, kind,
                                        mean_act=mean_acts[L] if kind == "mean" else None, beta=beta, seed=seed,
                                        job=sub)

    # 2. top down over the dataflow: each layer is tested towards the kept units of the layers it feeds
    kept: dict[str, list[int]] = {}
    all_nodes: list[G.Node] = []
    edges: list[G.Edge] = []
    tests: list[G.LayerTest] = []
    layer_stats: dict[str, Any] = {}
    w_path = 0.35
    strength: dict[tuple[str, int], float] = {(G.OUTPUT, target): float("inf")}
    import importlib

    from core.jobs import interruptible

    interruptible(job, importlib.import_module, "scipy.stats")  # the tests need it; a second or more the first time
    for i, P in enumerate(reversed(layers)):
        job.check()
        kids = children_of[P]
        stats: dict[str, Any] = {"units": len(single[P].units), "children": list(kids),
                                 "execution": single[P].mode}
        if kids == [G.OUTPUT]:
            # only the output reads this layer (with no audited layer in between): its unit effect is its path
            floors[P] = layer_floor(single[P].d_logit, params.min_effect)
            nodes, kept[P], _st = G.layer_nodes(P, single[P].units, single[P].d_logit, single[P].d_prob, alpha,
                                                floors[P], "unit", unit_means[P])
            all_nodes.extend(nodes)
            edges.extend(G.Edge(n.id, G.output_id(target), n.effect, n.p_value, n.q_value, True) for n in nodes)
            tests.append(G.LayerTest(P, "unit", single[P].d_logit, single[P].units, kept[P], [G.output_id(target)]))
            stats.update({"tested": len(single[P].units), "kept": len(kept[P]), "test": "unit", "floor": floors[P]})
        else:
            targets = {c: list(kept.get(c, [])) for c in kids if c != G.OUTPUT}
            if G.OUTPUT in kids:
                targets[G.OUTPUT] = [target]
            targets = {c: u for c, u in targets.items() if u}
            if not targets:
                kept[P] = []
                stats.update({"tested": 0, "kept": 0, "test": "path",
                              "note": "no kept units in the layers it feeds"})
                layer_stats[P] = stats
                continue
            span = w_path / max(1, len(layers))
            sub = job.stage(w_single + span * i, w_single + span * (i + 1), f"{P}: path interventions")
            pairs = [(c, u) for c, us in targets.items() for u in us]
            edge_children = sorted(pairs, key=lambda e: -strength.get(e, 0.0))[: max(1, params.max_edge_children)]
            pe = path_effects(runner, P, targets, batches, target, kind,
                              mean_act=mean_acts[P] if kind == "mean" else None, beta=beta, seed=seed, job=sub,
                              edge_children=edge_children)
            job.check()
            floors[P] = layer_floor(pe.d_total, params.min_effect)
            edge_floors[P] = layer_floor(pe.d_edge, params.min_edge_effect)
            pnodes, kept[P], _st = G.layer_nodes(P, pe.parents, pe.d_total, pe.d_total_prob, alpha, floors[P], "path",
                                                 unit_means[P])
            all_nodes.extend(pnodes)
            edges.extend(G.path_edges(pe, kept[P], alpha, edge_floors[P], target))
            tests.append(G.LayerTest(P, "path", pe.d_total, pe.parents, kept[P],
                                     [G.node_id(c, u) if c != G.OUTPUT else G.output_id(target) for c, u in pairs]))
            stats.update({"tested": len(pe.parents), "kept": len(kept[P]), "test": "path",
                          "children_units": len(pairs), "edge_children": len(edge_children), "floor": floors[P],
                          "edge_floor": edge_floors[P]})
        for n in all_nodes:
            if n.layer == P:
                strength[(P, n.unit)] = abs(n.effect)
        layer_stats[P] = stats
    job.progress(1, 1, "graph built")
    last = layers[-1]
    tests.sort(key=lambda t: layers.index(t.layer), reverse=True)

    # node order: input side first, then by effect
    index = {L: i for i, L in enumerate(layers)}
    all_nodes.sort(key=lambda n: (index[n.layer], -abs(n.effect)))
    last_effects = {n.id: n.effect for n in all_nodes if n.layer == last}
    g = G.to_networkx(target, layers, all_nodes, edges)

    metrics: dict[str, Any] = {
        "samples": sample_info, "intervention": kind, "beta": beta if kind == "soft" else None, "alpha": alpha,
        "effect_floor": floor, "floor_rule": f"|effect| >= {params.min_effect:g} x the layer's strongest and >= "
        f"{params.min_margin_share:g} x the mean |target logit - runner-up logit|", "mean_abs_margin": scale,
        "execution": {L: single[L].mode for L in layers},
        "readout": {L: runner.readout_of(L) for L in layers},
        "children": {L: list(children_of[L]) for L in layers},
        "execution_notes": {L: runner.why_full(L) for L in layers if runner.why_full(L)},
        "layer_stats": layer_stats,
        "node_details": {n.id: n.details() for n in all_nodes},
        **({"units": {L: {"kind": k, "size": g} for L, (k, g) in text.kinds.items()}} if text is not None else {}),
        "observed": {"mean_target_logit": float(batches.y_obs.mean()), "mean_target_prob": float(batches.p_obs.mean()),
                     "mean_margin": float(batches.margin.mean())},
    }
    # per-unit single effects of every layer, for the GUI and for re-analysis
    unit_table: dict[str, dict[str, list]] = {}
    for L in layers:
        from .effects import summarize

        job.check()
        s = summarize(single[L].d_logit, floors.get(L, floor))
        unit_table[L] = {"unit": list(single[L].units), "effect": s.mean.tolist(), "q_value": s.q.tolist(),
                         "mean_activation": unit_means[L].tolist()}
    metrics["unit_effects"] = unit_table

    # 3. node maps (token maps for a text model)
    node_maps: dict[str, np.ndarray] = {}
    mean_image = xs.mean(dim=0).permute(1, 2, 0).cpu().double().numpy() if xs.dim() == 4 else None
    if text is not None and params.maps and all_nodes:
        metrics["token_maps"] = _token_maps(runner, text, xs, sample_info["lines"], all_nodes, target, params,
                                            job.stage(0.70, 0.78, "token maps"))
    if params.maps and all_nodes and xs.dim() == 4:
        xm = xs[: min(8, xs.shape[0])]
        by_layer: dict[str, list[G.Node]] = {}
        for n in sorted(all_nodes, key=lambda n: -abs(n.effect)):
            if len(by_layer.setdefault(n.layer, [])) < params.maps_per_layer:
                by_layer[n.layer].append(n)
        maps_job = job.stage(0.70, 0.78, "node maps")
        for i, (L, ns) in enumerate(by_layer.items()):
            from .maps import node_maps as nm

            maps = nm(runner, L, xm, [n.unit for n in ns], target,
                      job=maps_job.stage(i / len(by_layer), (i + 1) / len(by_layer), f"{L}: node maps"))
            for n, m in zip(ns, maps, strict=True):
                node_maps[n.id] = m
            maps_job.progress(i + 1, len(by_layer), "node maps")
        from .maps import corner_share

        metrics["map_corner_share"] = {nid: corner_share(m) for nid, m in node_maps.items()}

    # 4. metrics
    if params.metrics:
        metrics.update(_metrics(runner, model, layers, single, unit_means, tests, batches, xs, target, params, floors,
                                last_effects, job.stage(0.78, 1.0, "metrics"), text))
    metrics["seconds"] = time.perf_counter() - t0
    job.progress(1, 1, "done")
    return CausalResult(target, layers, all_nodes, edges, metrics, g, node_maps, mean_image, unit_table)


def _metrics(runner: ModelRunner, model: Any, layers: list[str], single: dict[str, Any],
             unit_means: dict[str, np.ndarray],
             tests: list[G.LayerTest], batches: Any, xs: Any, target: int, params: AuditParams,
             floors: dict[str, float],
             last_effects: dict[str, float], job: Job, text: TextSetup | None = None) -> dict[str, Any]:
    from . import metrics as M
    from .effects import summarize

    out: dict[str, Any] = {}
    last = layers[-1]
    floor = floors.get(last, 0.0)
    rng = np.random.default_rng(params.seed)
    # (a) deletion curves on the last layer: causal order vs activation, gradient (and attention) order vs random
    grads = {L: M.gradient_scores(model, L, xs, target, axis=runner.unit_axis, group=runner.group(L), job=job)
             for L in layers}

    def deletion(L: str) -> dict[str, Any]:
        units = single[L].units
        eff = summarize(single[L].d_logit, floors.get(L, floor)).mean
        orders = {"causal": [units[i] for i in np.argsort(-eff, kind="stable")],
                  "activation": [units[i] for i in np.argsort(-unit_means[L][units], kind="stable")],
                  "gradient": [units[i] for i in np.argsort(-grads[L][units], kind="stable")]}
        if text is not None and text.kinds.get(L, ("", 1))[0] == "heads":
            from .text import attention_scores

            att = attention_scores(model, L, xs, text.special_ids, job=job)
            orders["attention"] = [units[i] for i in np.argsort(-att[units], kind="stable")]
        for r in range(3):
            orders[f"random{r}"] = [units[i] for i in rng.permutation(len(units))]
        dc = M.deletion_curves(runner, L, batches, target, orders, kind="zero", job=job)
        rnd = [k for k in dc["prob"] if k.startswith("random")]
        for key in ("prob", "logit"):
            dc[key]["random"] = np.mean([dc[key][k] for k in rnd], axis=0).tolist()
            for k in rnd:
                del dc[key][k]
        dc["auc"]["random"] = float(np.mean([dc["auc"].pop(k) for k in rnd]))
        return dc

    out["deletion"] = deletion(last)
    if text is not None:
        # a text audit that ends on neurons also gets the curve of its last attention layer's heads, where
        # attention weights give a ranking to compare with
        heads = [L for L in layers if text.kinds.get(L, ("", 1))[0] == "heads"]
        if heads and heads[-1] != last:
            out["deletion_heads"] = deletion(heads[-1])
    job.progress(1, 5, "deletion curves")

    # (b) stability: bootstrap over samples for every tested layer, soft-beta sweep on the last layer
    boot: dict[str, Any] = {}
    for t in tests:
        rate = M.bootstrap_appearance(t.d_logit, t.units, params.alpha, floors.get(t.layer, floor), params.bootstrap,
                                      params.seed, job=job)
        kept_rates = [rate[u] for u in t.kept]
        boot[t.layer] = {"test": t.test, "kept_mean_rate": float(np.mean(kept_rates)) if kept_rates else None,
                         "rate": {str(u): rate[u] for u in t.kept},
                         "others_above_half": int(sum(1 for u, r in rate.items() if u not in t.kept and r >= 0.5))}
    stab: dict[str, Any] = {"bootstrap": boot, "bootstrap_reps": params.bootstrap}
    if params.betas and params.intervention != "patch":  # a soft sweep says nothing about a patching audit
        sw = M.beta_sweep(runner, last, batches, target, list(params.betas), params.alpha, floor, params.seed,
                          job=job.stage(0.2, 0.6, "soft-intervention sweep"))
        kept_last = {int(n.split(":")[-1]) for n in last_effects}
        stab["beta_sweep"] = {"layer": last, "betas": sw["betas"], "kept_counts": [len(k) for k in sw["kept"]],
                              "jaccard_with_graph": [M.jaccard(set(k), kept_last) for k in sw["kept"]],
                              "rate": {str(u): sw["rate"][u] for u in sorted(kept_last)}}
    out["stability"] = stab
    job.progress(3, 5, "agreement")

    # (c) agreement between rankings, per layer
    agree: dict[str, Any] = {}
    for L in layers:
        job.check()
        causal = summarize(single[L].d_logit, floors.get(L, floor)).mean
        act = unit_means[L][single[L].units]
        grad = grads[L][single[L].units]
        k = max(1, len(causal) // 10)
        agree[L] = {"tau_causal_activation": M.kendall(causal, act), "tau_causal_gradient": M.kendall(causal, grad),
                    "tau_activation_gradient": M.kendall(act, grad),
                    "top10pct_overlap_causal_activation": M.top_overlap(causal, act, k),
                    "top10pct_overlap_causal_gradient": M.top_overlap(causal, grad, k)}
    out["agreement"] = agree
    job.progress(4, 5, "robustness of maps")

    # (d) local Lipschitz robustness of the graph's input map vs captum baselines
    if params.lipschitz_samples > 0 and last_effects and xs.dim() == 4:
        ids = list(last_effects)
        lx = xs[: params.lipschitz_samples]
        out["robustness"] = M.lipschitz(runner, model, last, lx, target, [int(i.split(":")[-1]) for i in ids],
                                        n_perturb=params.lipschitz_perturbations, seed=params.seed,
                                        job=job.stage(0.8, 1.0))
    job.progress(5, 5, "metrics done")
    return out


def _token_maps(runner: ModelRunner, text: TextSetup, xs: Any, lines: list[int], nodes: list[G.Node], target: int,
                params: AuditParams, job: Job) -> dict[str, Any]:
    """Per-token scores through the strongest nodes of each layer, on the first few audited inputs."""
    from .text import token_maps

    m = min(text.maps_inputs, xs.shape[0])
    xm = xs[:m]
    inputs = []
    for i in range(m):
        n = int(xm[i, 1].sum())
        ids = xm[i, 0, :n].tolist()
        inputs.append({"line": int(lines[i]), "tokens": text.tokens(ids),
                       "special": [int(t) in text.special_ids for t in ids]})
    by_layer: dict[str, list[G.Node]] = {}
    for nd in sorted(nodes, key=lambda nd: -abs(nd.effect)):
        if len(by_layer.setdefault(nd.layer, [])) < params.maps_per_layer:
            by_layer[nd.layer].append(nd)
    scores: dict[str, list[list[float]]] = {}
    import torch

    from .text import occluded

    job.check()
    # one pass over the occluded texts serves every layer, in slices with a cancel check between them (a
    # copy of each input per token: hundreds of rows)
    occ_x = occluded(xm, text.occlusion_id)
    parts: dict[str, list[Any]] = {L: [] for L in by_layer}
    with torch.no_grad():
        for r in range(0, int(occ_x.shape[0]), OCCLUDED_ROWS):
            job.check()
            st = runner.observe(occ_x[r:r + OCCLUDED_ROWS], list(by_layer))
            for L in by_layer:
                parts[L].append(runner.read(st, L))
    occ_reads = {L: torch.cat(v) for L, v in parts.items()}
    for i, (L, ns) in enumerate(by_layer.items()):
        job.check()
        maps = token_maps(runner, text.special_ids, text.occlusion_id, L, xm, [nd.unit for nd in ns], target,
                          occ_read=occ_reads[L], job=job)
        for nd, per in zip(ns, maps, strict=True):
            scores[nd.id] = per
        job.progress(i + 1, len(by_layer), "token maps")
    return {"inputs": inputs, "scores": scores}
