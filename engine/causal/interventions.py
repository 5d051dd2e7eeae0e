"""Interventions on named layers, with the prefix cached and the suffix run once per batch of units.

A :class:`ModelRunner` wraps an ``nn.Module`` (in eval mode, never modified) and offers three
operations per chosen layer:

* ``prefix(layer, x)``: the layer's output for ``x`` plus every other value the rest of the network
  needs (a skip connection that crosses the layer, the input itself, ...);
* ``suffix(layer, act, cache, reps)``: the target logits when the layer's output is replaced by
  ``act``, which stacks ``reps`` intervened copies of the batch along the batch dimension;
* ``capture(src, act, cache, reps, dst)``: the output of a later layer ``dst`` when ``src``'s output
  is replaced by ``act`` (used by path interventions), stopping the forward as soon as ``dst`` ran.

The split is made with ``torch.fx``: the nodes that depend on the layer's output form the suffix, all
other values that they read are cached by the prefix. When the model cannot be traced, the layer is
called more than once, or the split does not reproduce the model's own logits on the first batch,
the runner falls back to full forward passes of the stacked batch with a forward hook that
substitutes the intervened activations row by row. Both paths are exact; ``mode(layer)`` says which
one ran. Nothing touches the weights, so one model can serve several threads.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from core.errors import AttestError

if TYPE_CHECKING:  # annotations only: torch is imported lazily at run time
    import torch

SPLIT = "split"  # prefix cached, suffix batched
FULL = "full-forward"  # fallback: full forwards with a substituting hook


class _Stop(Exception):
    """Raised from a forward hook to end a forward pass early, carrying the captured output."""

    def __init__(self, value: Any) -> None:
        super().__init__("stop")
        self.value = value


def logits_of(out: Any) -> torch.Tensor:
    """The class logits of a model output: a tensor, a tuple whose first item is one, or ``.logits``."""
    import torch

    if isinstance(out, torch.Tensor):
        t = out
    elif hasattr(out, "logits"):
        t = out.logits
    elif isinstance(out, dict) and "logits" in out:
        t = out["logits"]
    elif isinstance(out, (tuple, list)) and out and isinstance(out[0], torch.Tensor):
        t = out[0]
    else:
        raise AttestError("the model's output is not a tensor of class logits")
    if t.dim() != 2:
        raise AttestError(f"the model's output has shape {tuple(t.shape)}; expected (batch, classes)")
    return t


def weighted_layers(model: Any) -> list[str]:
    """Names of the layers whose units are nodes: conv channels and linear features."""
    import torch.nn as nn

    kinds = (nn.Conv1d, nn.Conv2d, nn.Conv3d, nn.Linear)
    return [name for name, m in model.named_modules() if name and isinstance(m, kinds)]


def unit_dim_of(module: Any, act_dim: int) -> int:
    """Which dimension of a layer's output indexes its units (conv: channels, linear: features)."""
    import torch.nn as nn

    if isinstance(module, nn.Linear):
        return act_dim - 1
    return 1


def resolve_layers(model: Any, names: list[str] | None) -> list[str]:
    """Check layer names against ``named_modules()``; default: every weighted layer but the last."""
    modules = dict(model.named_modules())
    if not names:
        weighted = weighted_layers(model)
        if len(weighted) < 2:
            raise AttestError("the model has no hidden conv or linear layer to audit; name layers with --layers")
        # the last weighted layer usually produces the logits themselves: its units are the classes
        return weighted[:-1]
    out = []
    for name in names:
        name = name.strip()
        if not name:
            continue
        if name not in modules or name == "":
            import difflib

            close = difflib.get_close_matches(name, [n for n in modules if n], n=3)
            hint = f" (did you mean {', '.join(close)}?)" if close else ""
            raise AttestError(f"the model has no layer named {name!r}{hint}")
        if name not in out:
            out.append(name)
    if not out:
        raise AttestError("no layer names given")
    return out


class ModelRunner:
    """Runs a model with interventions on named layers (see the module docstring).

    Parameters
    ----------
    model:
        The classifier; put in eval mode, never modified.
    layers:
        The layer names that will be intervened on or captured.
    force_full:
        Skip the fx split (used by tests and the bench to compare both paths).
    """

    def __init__(self, model: Any, layers: list[str], force_full: bool = False) -> None:
        import torch

        self.model = model.eval()
        self.modules = dict(model.named_modules())
        for name in layers:
            if name not in self.modules:
                raise AttestError(f"the model has no layer named {name!r}")
        self.layers = list(layers)
        self._split: dict[str, tuple[Any, Any, int]] = {}  # layer -> (prefix gm, suffix gm, n_cache)
        self._mode: dict[str, str] = {name: FULL for name in layers}
        self._why: dict[str, str] = {}
        self._verified: set[str] = set()
        self._rank1: dict[str, Any] = {}
        self.device = next((p.device for p in model.parameters()), torch.device("cpu"))
        if force_full:
            for name in layers:
                self._why[name] = "split disabled by the caller"
            return
        try:
            import torch.fx

            gm = torch.fx.symbolic_trace(model)
        except Exception as exc:  # any tracing failure means: use the exact fallback
            for name in layers:
                self._why[name] = f"the model cannot be traced ({type(exc).__name__})"
            return
        for name in layers:
            try:
                self._split[name] = self._build_split(gm, name)
                self._mode[name] = SPLIT
            except _NoSplit as why:
                self._why[name] = str(why)
        for name in layers:
            if self._mode[name] != SPLIT:
                continue
            try:
                info = _find_linear_next(gm, name, self.modules)
                if info is None:
                    continue
                nxt = info["next"]
                if nxt not in self._split:
                    self._split[nxt] = self._build_split(gm, nxt)
                    self._mode[nxt] = SPLIT
                self._rank1[name] = info
            except _NoSplit:
                continue

    # -- fx split -------------------------------------------------------------------------------
    @staticmethod
    def _build_split(gm: Any, layer: str) -> tuple[Any, Any, int]:
        import torch.fx as fx

        nodes = list(gm.graph.nodes)
        hits = [n for n in nodes if n.op == "call_module" and n.target == layer]
        if len(hits) != 1:
            raise _NoSplit(f"layer {layer} is called {len(hits)} times in the traced graph")
        lnode = hits[0]
        desc = {lnode}
        for n in nodes[nodes.index(lnode) + 1 :]:
            if any(a in desc for a in n.all_input_nodes):
                desc.add(n)
        out_node = next(n for n in nodes if n.op == "output")
        if out_node not in desc:
            raise _NoSplit(f"the output does not depend on layer {layer}")
        suffix_nodes = [n for n in nodes if n in desc and n is not lnode]
        cross: list[Any] = []
        for n in suffix_nodes:
            for a in n.all_input_nodes:
                if a not in desc and a.op != "get_attr" and a not in cross:
                    cross.append(a)
        # suffix: placeholders for the layer output and every crossing value, then the descendants
        sg = fx.Graph()
        env: dict[Any, Any] = {lnode: sg.placeholder("act")}
        for i, c in enumerate(cross):
            env[c] = sg.placeholder(f"cross_{i}")
        for n in nodes:
            if n.op == "get_attr":
                env[n] = sg.node_copy(n, lambda a: env[a])
        for n in suffix_nodes:
            env[n] = sg.node_copy(n, lambda a: env[a])
        suffix = fx.GraphModule(gm, sg)
        suffix.graph.eliminate_dead_code()
        suffix.recompile()
        # prefix: everything that is not a descendant, returning (layer output, *crossing values)
        pg = fx.Graph()
        penv: dict[Any, Any] = {}
        for n in nodes:
            if n is lnode or (n not in desc and n.op != "output"):
                penv[n] = pg.node_copy(n, lambda a: penv[a])
        pg.output((penv[lnode], *[penv[c] for c in cross]))
        prefix = fx.GraphModule(gm, pg)
        prefix.graph.eliminate_dead_code()
        prefix.recompile()
        return prefix, suffix, len(cross)

    # -- public API -----------------------------------------------------------------------------
    def mode(self, layer: str) -> str:
        return self._mode[layer]

    def rank1_next(self, layer: str) -> str | None:
        """The next linear layer whose output can be updated in closed form, if any (see ``next_outputs``)."""
        info = self._rank1.get(layer)
        return info["next"] if info is not None and self._mode.get(layer) == SPLIT else None

    def disable_rank1(self, layer: str) -> None:
        self._rank1.pop(layer, None)

    def next_outputs(self, layer: str, act: torch.Tensor, units: list[int], replaced: torch.Tensor) -> torch.Tensor:
        """Output of the next linear layer N for ``len(units)`` stacked single-unit interventions.

        Between the layer and N there are only channel-wise operations (ReLU, pooling, eval batch
        norm, dropout, a final flatten), so intervening on unit i changes N's input in channel i only,
        by dz_i = seg(replaced)_i - seg(act)_i, and N's output by the linear term W[:, i] * dz_i: a
        single-channel convolution (a grouped conv for all units at once) or an outer product. N then
        never runs on the stacked batch. ``replaced`` is ``act`` with every unit in ``units`` replaced.
        """
        import torch
        import torch.nn.functional as F

        info = self._rank1[layer]
        seg, nmod, flat = info["segment"], self.modules[info["next"]], info["flatten"]
        with torch.no_grad():
            # the segment may hold in-place ops (nn.ReLU(inplace=True)): never hand it the cached tensor
            z_obs = seg(act.clone())
            z_rep = seg(replaced)
            n_obs = nmod(torch.flatten(z_obs, 1) if flat else z_obs)
            idx = torch.as_tensor(units, device=act.device)
            dz = (z_rep - z_obs).index_select(1, idx)  # (B, k, ...)
            b, k = dz.shape[0], dz.shape[1]
            w = nmod.weight
            if isinstance(nmod, torch.nn.Linear):
                if flat:
                    wk = w.reshape(w.shape[0], z_obs.shape[1], -1).index_select(1, idx)  # (O, k, S)
                    delta = torch.einsum("bks,oks->kbo", dz.reshape(b, k, -1), wk)
                else:
                    delta = torch.einsum("bk,ok->kbo", dz, w.index_select(1, idx))
                delta = delta.reshape(k * b, -1)
            elif w.dim() == 4:
                # 2-D conv as unfold + one batched matmul over units (much faster than a grouped conv)
                h_out, w_out = n_obs.shape[2], n_obs.shape[3]
                cols = F.unfold(dz.reshape(b * k, 1, *dz.shape[2:]), w.shape[2:], dilation=nmod.dilation,
                                padding=nmod.padding, stride=nmod.stride)  # (b*k, kh*kw, P)
                j, p = cols.shape[1], cols.shape[2]
                cols = cols.reshape(b, k, j, p).permute(1, 0, 3, 2).reshape(k, b * p, j)
                wk = w.index_select(1, idx).reshape(w.shape[0], k, j).permute(1, 2, 0)  # (k, kh*kw, O)
                # (k, b*P, O) is (k*b, O, H, W) in channels-last layout: no transposing copy needed
                delta = torch.bmm(cols, wk).view(k * b, h_out, w_out, w.shape[0]).permute(0, 3, 1, 2)
                delta.view(k, b, *n_obs.shape[1:]).add_(n_obs.unsqueeze(0))
                return delta
            else:
                wk = w.index_select(1, idx).transpose(0, 1)  # (k, O, ...)
                wk = wk.reshape(k * w.shape[0], 1, *w.shape[2:])
                conv = {3: F.conv1d, 5: F.conv3d}[w.dim()]
                out = conv(dz, wk, None, nmod.stride, nmod.padding, nmod.dilation, groups=k)
                out = out.reshape(b, k, w.shape[0], *out.shape[2:]).transpose(0, 1)
                delta = out.reshape(k * b, w.shape[0], *out.shape[3:])
            delta = delta.contiguous()
            delta.view(k, b, *n_obs.shape[1:]).add_(n_obs.unsqueeze(0))
            return delta

    def why_full(self, layer: str) -> str | None:
        return self._why.get(layer) if self._mode[layer] == FULL else None

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        import torch

        with torch.no_grad():
            return logits_of(self.model(x))

    def prefix(self, layer: str, x: torch.Tensor) -> tuple[torch.Tensor, tuple]:
        """The layer's output for ``x`` and the cache the suffix needs."""
        import torch

        with torch.no_grad():
            if self._mode[layer] == SPLIT:
                outs = self._split[layer][0](x)
                act, cache = outs[0], tuple(outs[1:])
                if not isinstance(act, torch.Tensor) or any(not isinstance(c, torch.Tensor) for c in cache):
                    self._fallback(layer, "a value crossing the layer is not a tensor")
                elif any(c.dim() == 0 or c.shape[0] != x.shape[0] for c in cache):
                    self._fallback(layer, "a value crossing the layer has no batch dimension")
                elif layer not in self._verified:
                    self._verify(layer, x, act, cache)
                if self._mode[layer] == SPLIT:
                    return act, cache
            act = self._capture_full(x, layer)
            return act, (x,)

    def suffix(self, layer: str, act: torch.Tensor, cache: tuple, reps: int) -> torch.Tensor:
        """Target logits with ``layer``'s output replaced by ``act`` (``reps`` stacked copies of the batch)."""
        import torch

        with torch.no_grad():
            if self._mode[layer] == SPLIT:
                # fresh tensors only: an in-place op in the suffix must not touch the cache
                crossing = [_repeat(c, reps) if reps > 1 else c.clone() for c in cache]
                return logits_of(self._split[layer][1](act, *crossing))
            x = _repeat(cache[0], reps)
            return self._full_with_replacement(x, layer, act)

    def capture(self, src: str, act: torch.Tensor, cache: tuple, reps: int, dst: str) -> torch.Tensor | None:
        """Output of layer ``dst`` when ``src``'s output is replaced by ``act``.

        None if ``dst`` never runs after ``src``.
        """
        import torch

        def stop(_m: Any, _i: Any, out: Any) -> None:
            raise _Stop(out)

        handle = self.modules[dst].register_forward_hook(stop)
        try:
            with torch.no_grad():
                if self._mode[src] == SPLIT:
                    crossing = [_repeat(c, reps) if reps > 1 else c.clone() for c in cache]
                    self._split[src][1](act, *crossing)
                else:
                    self._full_with_replacement(_repeat(cache[0], reps), src, act, stop_at=None)
        except _Stop as s:
            return s.value
        finally:
            handle.remove()
        return None

    def capture_many(
        self, x: torch.Tensor, layers: list[str]
    ) -> tuple[torch.Tensor, dict[str, torch.Tensor], list[str]]:
        """One plain forward: logits, the outputs of ``layers`` and the order in which they ran."""
        import torch

        acts: dict[str, Any] = {}
        order: list[str] = []
        handles = []
        for name in layers:
            def hook(_m: Any, _i: Any, out: Any, name: str = name) -> None:
                if name in acts:
                    return
                acts[name] = out
                order.append(name)
            handles.append(self.modules[name].register_forward_hook(hook))
        try:
            with torch.no_grad():
                logits = logits_of(self.model(x))
        finally:
            for h in handles:
                h.remove()
        for name in layers:
            if name not in acts:
                raise AttestError(f"layer {name} does not run in the model's forward pass")
            if not isinstance(acts[name], torch.Tensor):
                raise AttestError(f"layer {name} does not output a single tensor; pick a conv or linear layer")
        return logits, acts, order

    # -- internals ------------------------------------------------------------------------------
    def _fallback(self, layer: str, why: str) -> None:
        self._mode[layer] = FULL
        self._why[layer] = why

    def _verify(self, layer: str, x: torch.Tensor, act: torch.Tensor, cache: tuple) -> None:
        """Check once that the split reproduces the model (twice stacked) before trusting it."""
        import torch

        self._verified.add(layer)
        try:
            ref = logits_of(self.model(x))
            got = logits_of(self._split[layer][1](_repeat(act, 2), *[_repeat(c, 2) for c in cache]))
            ok = got.shape == (2 * x.shape[0], ref.shape[1]) and torch.allclose(
                got, _repeat(ref, 2), rtol=1e-4, atol=1e-4 * (1.0 + float(ref.abs().max()))
            )
        except Exception as exc:
            self._fallback(layer, f"the split failed on the data ({type(exc).__name__})")
            return
        if not ok:
            self._fallback(layer, "the split did not reproduce the model's logits")

    def _capture_full(self, x: torch.Tensor, layer: str) -> torch.Tensor:
        def stop(_m: Any, _i: Any, out: Any) -> None:
            raise _Stop(out)

        handle = self.modules[layer].register_forward_hook(stop)
        try:
            self.model(x)
        except _Stop as s:
            return s.value
        finally:
            handle.remove()
        raise AttestError(f"layer {layer} does not run in the model's forward pass")

    def _full_with_replacement(
        self, x: torch.Tensor, layer: str, act: torch.Tensor, stop_at: Any = None
    ) -> torch.Tensor:
        calls = {"n": 0}

        def replace(_m: Any, _i: Any, out: Any) -> Any:
            calls["n"] += 1
            if calls["n"] > 1:
                raise AttestError(f"layer {layer} runs more than once per forward; intervening on it is ambiguous")
            if out.shape != act.shape:
                raise AttestError(f"internal shape mismatch at {layer}: {tuple(out.shape)} vs {tuple(act.shape)}")
            return act

        handle = self.modules[layer].register_forward_hook(replace)
        try:
            return logits_of(self.model(x))
        finally:
            handle.remove()


class _NoSplit(Exception):
    pass


def _repeat(t: torch.Tensor, reps: int) -> torch.Tensor:
    if reps == 1:
        return t
    return t.repeat((reps,) + (1,) * (t.dim() - 1))


def replacement_values(
    kind: str,
    obs: torch.Tensor,
    unit_dim: int,
    unit: int,
    mean_act: torch.Tensor | None = None,
    beta: float = 0.0,
    seed: int = 0,
) -> torch.Tensor:
    """The values that replace one unit's activations for a batch ``obs``.

    ``zero``: 0; ``mean``: the unit's mean activation over the data (per position); ``soft``: values
    drawn uniformly from [beta, beta + 0.01], seeded per unit so that batched and one-at-a-time runs
    draw the same numbers.
    """
    import torch

    sl = obs.select(unit_dim, unit)
    if kind == "zero":
        return torch.zeros_like(sl)
    if kind == "mean":
        if mean_act is None:
            raise AttestError("mean intervention needs the mean activation")
        return mean_act.select(unit_dim - 1, unit).unsqueeze(0).expand_as(sl).to(sl.dtype)
    if kind == "soft":
        gen = torch.Generator(device="cpu").manual_seed(int(seed) * 1_000_003 + int(unit))
        # one draw per position, shared by every sample (as the paper draws one value per weight)
        vals = torch.rand(sl.shape[1:], generator=gen, dtype=torch.float32) * 0.01 + float(beta)
        return vals.to(device=sl.device, dtype=sl.dtype).unsqueeze(0).expand_as(sl)
    raise AttestError(f"unknown intervention {kind!r}: use zero, mean or soft")


def apply_units(
    obs: torch.Tensor,
    unit_dim: int,
    units: Sequence[int | list[int] | tuple[int, ...]],
    kind: str,
    mean_act: torch.Tensor | None = None,
    beta: float = 0.0,
    seed: int = 0,
) -> torch.Tensor:
    """Stack ``len(units)`` intervened copies of ``obs`` along the batch dimension.

    ``units[j]`` is one unit index (or a list of unit indices, all intervened at once) for copy j.
    """
    b = obs.shape[0]
    out = _repeat(obs, len(units)).clone()
    for j, u in enumerate(units):
        block = out[j * b : (j + 1) * b]
        for unit in (u if isinstance(u, (list, tuple)) else [u]):
            vals = replacement_values(kind, obs, unit_dim, int(unit), mean_act, beta, seed)
            idx: list[Any] = [slice(None)] * block.dim()
            idx[unit_dim] = int(unit)
            block[tuple(idx)] = vals
    return out


def _find_linear_next(gm: Any, layer: str, modules: dict[str, Any]) -> dict[str, Any] | None:
    """If ``layer``'s output reaches exactly one conv/linear layer N through channel-wise operations only,
    return ``{"next": N's name, "segment": GraphModule act -> N's input (before a final flatten), "flatten": bool}``."""
    import torch
    import torch.fx as fx
    import torch.nn as nn
    import torch.nn.functional as F

    funcs = {F.relu, torch.relu, F.leaky_relu, F.gelu, F.silu, torch.sigmoid, torch.tanh, F.dropout,
             F.max_pool1d, F.max_pool2d, F.max_pool3d, F.avg_pool1d, F.avg_pool2d, F.avg_pool3d}
    mods = (nn.ReLU, nn.LeakyReLU, nn.GELU, nn.SiLU, nn.Sigmoid, nn.Tanh, nn.Dropout, nn.Identity,
            nn.MaxPool1d, nn.MaxPool2d, nn.MaxPool3d, nn.AvgPool1d, nn.AvgPool2d, nn.AvgPool3d,
            nn.BatchNorm1d, nn.BatchNorm2d, nn.BatchNorm3d)
    nodes = list(gm.graph.nodes)
    hits = [n for n in nodes if n.op == "call_module" and n.target == layer]
    if len(hits) != 1:
        return None
    cur = hits[0]
    chain: list[Any] = []
    flatten = False
    while True:
        if len(cur.users) != 1:
            return None
        nxt = next(iter(cur.users))
        if nxt.op == "call_module":
            m = modules.get(nxt.target)
            if isinstance(m, (nn.Conv1d, nn.Conv2d, nn.Conv3d)) and not flatten:
                if m.groups != 1 or m.padding_mode != "zeros" or isinstance(m.padding, str):
                    return None
                break
            if isinstance(m, nn.Linear):
                break  # shapes are checked against the plain suffix on first use
            if isinstance(m, nn.Flatten) and not flatten and m.start_dim == 1 and m.end_dim == -1:
                flatten = True
                cur = nxt
                continue
            if isinstance(m, mods) and not flatten and not getattr(m, "return_indices", False):
                chain.append(nxt)
                cur = nxt
                continue
            return None
        if nxt.op == "call_function" and nxt.target in funcs and not flatten:
            if nxt.kwargs.get("return_indices") or nxt.args[0] is not cur or any(
                    isinstance(a, fx.Node) for a in list(nxt.args[1:]) + list(nxt.kwargs.values())):
                return None
            chain.append(nxt)
            cur = nxt
            continue
        if nxt.op == "call_function" and nxt.target is torch.flatten and not flatten:
            if nxt.args[0] is not cur or tuple(nxt.args[1:]) not in ((1,), ()) and nxt.kwargs.get("start_dim") != 1:
                return None
            if len(nxt.args) < 2 and nxt.kwargs.get("start_dim", 0) != 1:
                return None
            flatten = True
            cur = nxt
            continue
        return None
    next_name = nxt.target
    g = fx.Graph()
    env: dict[Any, Any] = {hits[0]: g.placeholder("act")}
    for n in chain:
        env[n] = g.node_copy(n, lambda a: env[a])
    g.output(env[chain[-1]] if chain else env[hits[0]])
    seg = fx.GraphModule(gm, g)
    return {"next": next_name, "segment": seg, "flatten": flatten}
