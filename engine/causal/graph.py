"""The causal explanatory graph, built top down from the target output over the model's dataflow.

1. A layer that only the output reads (the last audited layer, in a chain): single-unit
   interventions; keep units whose effect is significant after Benjamini-Hochberg control and
   above the practical floor.
2. Every other layer, in reverse execution order: path interventions towards the units already kept
   in the layers it feeds (its children in the dataflow, the output included where it reaches it
   directly); keep the significant parents. An edge parent -> child carries the effect of cutting
   that one connection (its own test, BH-controlled over all tested edges of the layer). A kept
   parent none of whose connections is significant alone keeps its strongest one, marked
   ``significant: false`` in the JSON and GraphML and drawn dashed in the app.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

from .effects import EffectStats, PathEffects, summarize


@dataclass(frozen=True)
class Node:
    id: str
    layer: str
    unit: int
    effect: float  # mean logit drop (path effect for earlier layers)
    ci: tuple[float, float]
    p_value: float
    q_value: float
    prob_effect: float
    prob_ci: tuple[float, float]
    test: str  # "unit" (last layer) or "path"
    mean_activation: float

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "layer": self.layer, "unit": self.unit, "effect": _f(self.effect),
                "ci": [_f(self.ci[0]), _f(self.ci[1])], "p_value": _f(self.p_value)}

    def details(self) -> dict[str, Any]:
        return {"q_value": _f(self.q_value), "prob_effect": _f(self.prob_effect),
                "prob_ci": [_f(self.prob_ci[0]), _f(self.prob_ci[1])], "test": self.test,
                "mean_activation": _f(self.mean_activation)}


@dataclass(frozen=True)
class Edge:
    source: str
    target: str
    effect: float
    p_value: float
    q_value: float
    significant: bool

    def to_dict(self) -> dict[str, Any]:
        return {"source": self.source, "target": self.target, "effect": _f(self.effect),
                "q_value": _f(self.q_value), "significant": bool(self.significant)}


def _f(v: Any) -> float | None:
    if v is None:
        return None
    v = float(v)
    return v if np.isfinite(v) else None


OUTPUT = "output"  # the pseudo layer of the model's logits (same name as interventions.OUTPUT)


def node_id(layer: str, unit: int) -> str:
    return f"{layer}:{unit}"


def output_id(target: int) -> str:
    return f"output:{target}"


def kept_units(st: EffectStats, alpha: float, floor: float) -> np.ndarray:
    return np.flatnonzero((st.q < alpha) & (np.abs(st.mean) > floor))


@dataclass
class LayerTest:
    """What was tested at one layer, kept for the stability metrics."""

    layer: str
    test: str  # "unit" | "path"
    d_logit: np.ndarray  # (U, N) per-sample effects that decided the layer's nodes
    units: list[int]
    kept: list[int]
    children: list[str] = field(default_factory=list)  # ids of the child nodes tested towards


def layer_nodes(layer: str, units: list[int], d_logit: np.ndarray, d_prob: np.ndarray | None, alpha: float,
                floor: float, test: str, mean_act: np.ndarray) -> tuple[list[Node], list[int], EffectStats]:
    st = summarize(d_logit, floor)
    pst = summarize(d_prob, 0.0) if d_prob is not None else None
    keep = kept_units(st, alpha, floor)
    nodes = []
    for i in keep:
        u = units[int(i)]
        nodes.append(Node(node_id(layer, u), layer, u, st.mean[i], (st.lo[i], st.hi[i]), st.p[i], st.q[i],
                          pst.mean[i] if pst else float("nan"),
                          (pst.lo[i], pst.hi[i]) if pst else (float("nan"), float("nan")),
                          test, float(mean_act[u])))
    return nodes, [units[int(i)] for i in keep], st


def path_edges(pe: PathEffects, kept_parents: list[int], alpha: float, floor: float, target: int) -> list[Edge]:
    """Edges from each kept parent to the kept children, tested per edge with BH over the layer."""
    p_n, k_n, n = pe.d_edge.shape
    if k_n == 0:
        return []
    st = summarize(pe.d_edge.reshape(p_n * k_n, n), floor)
    mean = st.mean.reshape(p_n, k_n)
    q = st.q.reshape(p_n, k_n)
    p = st.p.reshape(p_n, k_n)
    edges: list[Edge] = []
    for parent in kept_parents:
        i = pe.parents.index(parent)
        sig = [k for k in range(k_n) if q[i, k] < alpha and abs(mean[i, k]) > floor]
        if not sig:
            # the parent matters only jointly: keep its strongest single connection, marked as such
            sig_flag = False
            sig = [int(np.argmax(np.abs(mean[i])))]
        else:
            sig_flag = True
        for k in sig:
            c_layer, c_unit = pe.edge_children[k]
            child_id = output_id(target) if c_layer == OUTPUT else node_id(c_layer, c_unit)
            edges.append(Edge(node_id(pe.parent, parent), child_id, mean[i, k], p[i, k], q[i, k], sig_flag))
    return edges


def to_networkx(target: int, layers: list[str], nodes: list[Node], edges: list[Edge]) -> Any:
    """The graph as a networkx DiGraph, with the target output as the sink."""
    import networkx as nx

    g = nx.DiGraph(target=int(target), layers=",".join(layers))
    out = output_id(target)
    g.add_node(out, layer="output", unit=int(target), layer_index=len(layers), effect=0.0, ci_lo=0.0, ci_hi=0.0,
               p_value=1.0, q_value=1.0, test="output")
    index = {name: i for i, name in enumerate(layers)}
    for nd in nodes:
        g.add_node(nd.id, layer=nd.layer, unit=int(nd.unit), layer_index=index[nd.layer], effect=float(nd.effect),
                   ci_lo=float(nd.ci[0]), ci_hi=float(nd.ci[1]), p_value=float(nd.p_value),
                   q_value=float(nd.q_value), test=nd.test)
    for e in edges:
        g.add_edge(e.source, e.target, effect=float(e.effect), p_value=float(e.p_value), q_value=float(e.q_value),
                   significant=bool(e.significant))
    return g


def graphml_bytes(g: Any) -> bytes:
    import networkx as nx

    return "\n".join(nx.generate_graphml(g)).encode("utf-8")
