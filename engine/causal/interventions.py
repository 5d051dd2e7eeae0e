"""Interventions on the units of named layers: what they are, and exact fast ways to run them.

Definitions (they are the contract; the tests check each against a direct computation)
-------------------------------------------------------------------------------------------
* **Unit.** One index along a layer's *unit axis*: the channels of a conv (or of a batch/group norm),
  the features of a linear layer or a layer norm (the last axis, so ``(B, T, D)`` token tensors and
  channels-last ``(B, H, W, C)`` tensors count features, not positions). A block (an ``nn.Sequential``,
  a Hugging Face layer) is audited as the units of its output: channels for 4-D and 5-D outputs,
  features (last axis) for 2-D and 3-D ones, or the axis given with ``unit_axis``.
* **Read-out.** A unit's value *as the rest of the network reads it*: the layer's output followed by
  the channel-wise operations that only it feeds (batch norm, activation, dropout, pooling). In a
  ResNet block this is ``relu(bn1(conv1(x)))``. It is found in the model's fx graph; when the model
  cannot be traced it is the module's own output.
* **Intervention on unit i** replaces channel i of the read-out on the connections being cut:
  ``zero`` with 0, ``mean`` with its mean over the audited samples (per position), ``soft`` as the
  paper does: where the read-out enters a conv or linear layer directly, that layer's weights from
  channel i are drawn from U(beta, beta + 0.01), one value per weight; where it enters anything else
  (a residual sum, a module that cannot be traced) its connection weight 1 is drawn instead.
  Where the read-out enters a conv or linear layer N directly, replacing it by 0 is exactly the
  weight edit ``W_N[:, i] = 0`` of the paper, with BN, ReLU and pooling in between.
* **Unit effect**: the read-out replaced for every reader.
* **Path effect of unit i of layer P towards kept units K of its child layers** (the paper's
  ``W_C[K, i] = u``, generalised to networks that are not chains): the *children* of P are the audited
  layers that P's read-out reaches without passing through another audited layer (through skip
  connections, sums, concatenations, downsample branches), and the output itself when P reaches it
  that way. Run 1 ("send"): P's unit is intervened and every other audited layer is held at its
  observed output; each child's output is recorded. Run 2 ("receive"): the network runs observed,
  except that each kept child unit gets the change recorded in run 1 added to its output (units not
  kept keep theirs), and everything downstream is recomputed. Where P reaches the output directly,
  that path's change of the logits in run 1 is added as well. For a child that is a conv or linear
  layer this is exactly the weight edit, including the propagation through other children: a conv
  is affine, so editing ``W_C[K, i]`` changes those outputs by exactly the recorded amount.

How they run
------------
A :class:`ModelRunner` executes these on a model that it never modifies. When ``torch.fx`` can trace
the model, the graph is interpreted from the intervened value on, with every value that does not
depend on it taken from a cache filled by one observed pass per batch (mode ``split``). When it
cannot (most Hugging Face models), forward hooks do the same at module granularity: every module
that finished before the intervened layer started returns its cached output instead of running
(mode ``replay``). Both are checked once against the model's own logits and fall back to plain full
forward passes with substituting hooks (mode ``full-forward``) if they disagree. Interventions on
many units are stacked along the batch dimension.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from core.errors import AttestError

if TYPE_CHECKING:  # annotations only: torch is imported lazily at run time
    import torch

SPLIT = "split"  # traced: the graph runs from the intervened value on
REPLAY = "replay"  # untraceable: modules that ran before the layer return cached outputs
FULL = "full-forward"  # fallback: full forwards with a substituting hook
OUTPUT = "output"  # the pseudo child layer "the model's logits"
UNIT_AXES = ("auto", "channels", "last")
KINDS = ("zero", "mean", "soft", "patch")


class _Stop(Exception):
    """Raised from a forward hook to end a forward pass early."""


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


def main_tensor(out: Any) -> Any:
    """A module output's main tensor: itself, or the first tensor of a tuple / model output."""
    import torch

    if isinstance(out, torch.Tensor):
        return out
    if isinstance(out, dict):
        for v in out.values():
            if isinstance(v, torch.Tensor):
                return v
    if isinstance(out, (tuple, list)) and out and isinstance(out[0], torch.Tensor):
        return out[0]
    return None


def _with_main(out: Any, new: Any) -> Any:
    """``out`` with its main tensor replaced by ``new`` (same container type)."""
    import torch

    if isinstance(out, torch.Tensor):
        return new
    if isinstance(out, dict):
        key = next(k for k, v in out.items() if isinstance(v, torch.Tensor))
        items = dict(out)
        items[key] = new
        return type(out)(**items) if type(out) is not dict else items
    rest = list(out[1:])
    return type(out)([new, *rest]) if isinstance(out, list) else (new, *rest)


def weighted_layers(model: Any) -> list[str]:
    """Names of the layers whose units are nodes: conv channels and linear features."""
    import torch.nn as nn

    kinds = (nn.Conv1d, nn.Conv2d, nn.Conv3d, nn.Linear)
    return [name for name, m in model.named_modules() if name and isinstance(m, kinds)]


def unit_dim_of(module: Any, act_dim: int, axis: str = "auto") -> int:
    """Which axis of a layer's output (batch axis 0 included) indexes its units; see the module docstring."""
    import torch.nn as nn

    if axis == "channels":
        return 1
    if axis == "last":
        return act_dim - 1
    if axis != "auto":
        raise AttestError(f"unknown unit axis {axis!r}: use auto, channels or last")
    if isinstance(module, (nn.Linear, nn.LayerNorm, nn.Embedding)):
        return act_dim - 1
    if isinstance(module, (nn.Conv1d, nn.Conv2d, nn.Conv3d, nn.BatchNorm1d, nn.BatchNorm2d, nn.BatchNorm3d,
                           nn.GroupNorm, nn.InstanceNorm1d, nn.InstanceNorm2d, nn.InstanceNorm3d)):
        return 1
    if getattr(module, "data_format", None) == "channels_last":
        return act_dim - 1
    return 1 if act_dim >= 4 else act_dim - 1


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
        if name not in modules:
            import difflib

            close = difflib.get_close_matches(name, [n for n in modules if n], n=3)
            hint = f" (did you mean {', '.join(close)}?)" if close else ""
            raise AttestError(f"the model has no layer named {name!r}{hint}")
        if name not in out:
            out.append(name)
    if not out:
        raise AttestError("no layer names given")
    nested = [(a, b) for a in out for b in out if a != b and b.startswith(a + ".")]
    if nested:
        a, b = nested[0]
        raise AttestError(f"layer {b} lies inside layer {a}: audit a block or the layers inside it, not both")
    return out


# -- what replaces a unit ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Intervention:
    """What replaces a unit's read-out.

    ``zero``; ``mean`` (needs ``mean_act``: the layer's mean read-out without the batch axis); ``soft``;
    ``patch`` (activation patching: needs ``source``, the layer's read-out on the paired "corrupted"
    inputs, batch first, row for row the batch being intervened on).
    """

    kind: str = "zero"
    mean_act: Any = None  # the layer's mean read-out over the samples, without the batch axis
    beta: float = 0.0
    seed: int = 0
    source: Any = None  # patch: the read-out on the paired inputs (B, ...)

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise AttestError(f"unknown intervention {self.kind!r}: use zero, mean, soft or patch")
        if self.kind == "mean" and self.mean_act is None:
            raise AttestError("a mean intervention needs the layer's mean activation")


def _seed_of(seed: int, layer: str, unit: int, salt: str = "") -> int:
    import zlib

    return (int(seed) * 1_000_003 + zlib.crc32(f"{layer}|{salt}".encode()) * 7919 + int(unit)) % (2**63 - 1)


def soft_scale(iv: Intervention, layer: str, unit: int) -> float:
    """The drawn connection weight of a unit's read-out into a reader that has no weights of its own."""
    import torch

    gen = torch.Generator(device="cpu").manual_seed(_seed_of(iv.seed, layer, unit, "scale"))
    return float(torch.rand((), generator=gen)) * 0.01 + float(iv.beta)


def soft_weights(iv: Intervention, layer: str, unit: int, shape: Sequence[int], like: Any) -> Any:
    """The weights from a unit into reader ``layer`` drawn from U(beta, beta + 0.01), one per weight."""
    import torch

    gen = torch.Generator(device="cpu").manual_seed(_seed_of(iv.seed, layer, unit, "weights"))
    w = torch.rand(tuple(shape), generator=gen, dtype=torch.float64) * 0.01 + float(iv.beta)
    return w.to(device=like.device, dtype=like.dtype)


def unit_index(udim: int, unit: int, group: int, ndim: int) -> tuple[Any, ...]:
    """The index of one unit in a read-out: position ``unit`` (or the slice of ``group`` features of a
    head) along axis ``udim``, everything along the other axes."""
    idx: list[Any] = [slice(None)] * ndim
    idx[udim] = int(unit) if group == 1 else slice(int(unit) * group, (int(unit) + 1) * group)
    return tuple(idx)


def replaced_readout(obs: Any, udim: int, units: Sequence[int | Sequence[int]], iv: Intervention,
                     layer: str, group: int = 1, where: Any = None) -> Any:
    """``len(units)`` stacked copies of ``obs`` with ``units[j]`` (one index or several) replaced in copy j.

    ``group`` > 1: a unit is a slice of ``group`` consecutive features (an attention head). ``where``: a
    boolean (B, T) mask of the token positions the intervention applies to (others keep ``obs``).
    For ``soft`` the copy carries the read-out scaled by the drawn connection weight (what readers
    without weights of their own see).
    """
    import torch

    b = obs.shape[0]
    out = _repeat(obs, len(units))
    if iv.kind == "patch" and (iv.source is None or tuple(iv.source.shape) != tuple(obs.shape)):
        raise AttestError(f"internal: the patch source of {layer} does not match its read-out")
    if group == 1 and iv.kind in ("zero", "mean", "patch") and all(isinstance(u, int) for u in units):
        # one unit per copy: one indexed write for all copies
        view = out.view(len(units), b, *obs.shape[1:]).movedim(udim + 1, 1)  # (U, units axis, B, ...)
        idx = torch.tensor([u for u in units if isinstance(u, int)], device=obs.device)
        rows = torch.arange(len(units), device=obs.device)
        if iv.kind == "zero":
            view[rows, idx] = 0
        elif iv.kind == "mean":
            view[rows, idx] = iv.mean_act.to(obs.dtype).movedim(udim - 1, 0).unsqueeze(1)[idx]
        else:
            view[rows, idx] = iv.source.to(obs.dtype).movedim(udim, 0)[idx]
    elif iv.kind in ("zero", "mean", "patch"):
        # sets of units (deletion curves, heads): a (copies, features) mask, one masked write
        n = obs.shape[udim]
        mask = torch.zeros(len(units), n // group, dtype=torch.bool, device=obs.device)
        for j, u in enumerate(units):
            mask[j, [int(u)] if isinstance(u, int) else [int(v) for v in u]] = True
        if group > 1:
            mask = mask.repeat_interleave(group, dim=1)
        shape = [len(units), 1] + [1] * (obs.dim() - 1)
        shape[udim + 1] = n
        m = mask.reshape(shape)
        view = out.view(len(units), b, *obs.shape[1:])
        if iv.kind == "zero":
            value: Any = torch.zeros((), dtype=obs.dtype, device=obs.device)
        elif iv.kind == "mean":
            value = iv.mean_act.to(obs.dtype).unsqueeze(0).unsqueeze(0)
        else:
            value = iv.source.to(obs.dtype).unsqueeze(0)
        view.copy_(torch.where(m, value, view))
    else:
        _replace_loop(out, b, udim, units, iv, layer, group)
    if where is not None and obs.dim() >= 3 and obs.shape[1] == where.shape[1]:  # a layer with a token axis
        m = where.to(device=obs.device, dtype=torch.bool).reshape(b, where.shape[1], *([1] * (obs.dim() - 2)))
        out = torch.where(_repeat(m, len(units)), out, _repeat(obs, len(units)))
    return out


def _replace_loop(out: Any, b: int, udim: int, units: Sequence[int | Sequence[int]], iv: Intervention, layer: str,
                  group: int) -> None:
    for j, u in enumerate(units):
        block = out[j * b : (j + 1) * b]
        for unit in ([u] if isinstance(u, int) else list(u)):
            sl = unit_index(udim, int(unit), group, block.dim())
            if iv.kind == "zero":
                block[sl] = 0
            elif iv.kind == "mean":
                block[sl] = iv.mean_act[sl[1:]].to(block.dtype).unsqueeze(0)
            elif iv.kind == "patch":
                block[sl] = iv.source[sl].to(block.dtype)
            else:
                block[sl] = block[sl] * soft_scale(iv, layer, int(unit))


# -- the runner ------------------------------------------------------------------------------------------------


@dataclass
class State:
    """Observed values of one batch that the runs need (opaque to callers)."""

    x: Any
    values: dict[Any, Any] = field(default_factory=dict)  # fx node / module name -> observed value
    logits: Any = None
    row_bytes: int = 0  # largest value of the forward pass per sample, in bytes (for chunk sizes)

    @property
    def b(self) -> int:
        return int(self.x.shape[0])


class ModelRunner:
    """Runs a model with interventions on named layers (see the module docstring).

    Parameters
    ----------
    model:
        The classifier; put in eval mode, never modified.
    layers:
        The layer names that are audited (intervened on, held fixed or recorded).
    force_full:
        Skip both fast paths (tests and the bench compare them).
    unit_axis:
        ``auto`` (see the module docstring), ``channels`` (axis 1) or ``last``.
    at:
        ``readout`` (the definition above) or ``output``: intervene on the module's raw output, as
        captum's LayerFeatureAblation does (the bench compares on equal terms with it).
    """

    def __init__(self, model: Any, layers: list[str], force_full: bool = False, unit_axis: str = "auto",
                 at: str = "readout", groups: dict[str, int] | None = None, where: Any = None,
                 token_mask: Any = None, paired: Any = None) -> None:
        import torch

        if unit_axis not in UNIT_AXES:
            raise AttestError(f"unknown unit axis {unit_axis!r}: use auto, channels or last")
        if at not in ("readout", "output"):
            raise AttestError(f"unknown intervention point {at!r}: use readout or output")
        self.at = at
        self.model = model.eval()
        self.modules = dict(model.named_modules())
        for name in layers:
            if name not in self.modules:
                raise AttestError(f"the model has no layer named {name!r}")
        self.layers = list(layers)
        self.unit_axis = unit_axis
        self.device = next((p.device for p in model.parameters()), torch.device("cpu"))
        self._why: dict[str, str] = {}
        self._fx: _FxPlan | None = None
        self._hooks = _HookPlan(self)
        self.rank1 = True  # closed-form update of a direct conv/linear reader, when it is faster
        # token models: a unit may be a slice of features (an attention head: ``groups[layer]`` = head
        # size), interventions may apply at some positions only (``where(x)`` -> (B, T) bool mask), and
        # means are taken over real tokens only (``token_mask(x)`` -> (B, T) bool mask)
        self.groups = {k: int(v) for k, v in (groups or {}).items() if int(v) > 1}
        self.where = where
        self.token_mask = token_mask
        self.paired = paired  # x -> the paired ("corrupted") inputs of x, for activation patching
        if force_full:
            self._hooks.replay = False
            for name in layers:
                self._why[name] = "fast paths disabled by the caller"
            return
        if self.groups or where is not None or token_mask is not None or paired is not None:
            for name in layers:  # head slices and position masks are applied by module hooks
                self._why[name] = "token models run with module hooks"
            return
        try:
            self._fx = _FxPlan(self, model, layers)
        except _NoSplit as why:
            for name in layers:
                self._why[name] = str(why)

    # -- description ------------------------------------------------------------------------------
    def mode(self, layer: str) -> str:
        if self._fx is not None and self._fx.ok:
            return SPLIT
        return REPLAY if self._hooks.replay and self._hooks.ok(layer) else FULL

    def why_full(self, layer: str) -> str | None:
        return self._why.get(layer) if self.mode(layer) != SPLIT else None

    def readout_of(self, layer: str) -> str:
        """Where the layer's units are read (fx node name, or the module itself)."""
        if self._fx is not None and self._fx.ok:
            return self._fx.read[layer].name
        return layer

    def unit_dim(self, layer: str, act_dim: int) -> int:
        return unit_dim_of(self.modules[layer], act_dim, self.unit_axis)

    def group(self, layer: str) -> int:
        """Features per unit along the unit axis: the head size for attention heads, else 1."""
        return self.groups.get(layer, 1)

    def unit_count(self, layer: str, act: Any) -> int:
        """How many units a read-out of ``layer`` holds."""
        return int(act.shape[self.unit_dim(layer, act.dim())]) // self.group(layer)

    def unit_values(self, layer: str, act: Any) -> Any:
        """``act`` (batch first) summed within each unit's features: (B, ..., U) with the unit axis last."""
        udim = self.unit_dim(layer, act.dim())
        g = self.group(layer)
        moved = act.movedim(udim, -1)
        if g == 1:
            return moved
        return moved.reshape(*moved.shape[:-1], moved.shape[-1] // g, g).sum(dim=-1)

    @property
    def traced(self) -> bool:
        """Whether the fx graph is in use (its dataflow needs no batch to be read)."""
        return self._fx is not None and self._fx.ok

    def direct_children(self, layer: str, state: State | None = None) -> list[str]:
        """Audited layers (and ``output``) that ``layer``'s read-out reaches without crossing another one."""
        if self._fx is not None and self._fx.ok:
            return list(self._fx.children[layer])
        if state is None:
            raise AttestError("internal: the dataflow of an untraced model is probed on a batch")
        return self._hooks.children_of(layer, state)

    def _fallback(self, why: str) -> None:
        """The fx plan failed on the data: use hooks from now on."""
        self._fx = None
        for name in self.layers:
            self._why[name] = why

    # -- observed values --------------------------------------------------------------------------
    def forward(self, x: torch.Tensor) -> torch.Tensor:
        import torch

        with torch.no_grad():
            return logits_of(self.model(x))

    def observe(self, x: torch.Tensor, layers: Sequence[str] | None = None) -> State:
        """One observed pass over ``x``, keeping what runs on ``layers`` (default: all) will need."""
        import torch

        layers = list(self.layers if layers is None else layers)
        with torch.no_grad():
            if self._fx is not None:
                st = self._fx.observe(x, layers)
                if st is not None:
                    return st
            return self._hooks.observe(x, layers)

    def read(self, st: State, layer: str) -> torch.Tensor:
        """The layer's observed read-out (batch first)."""
        if self._fx is not None and self._fx.ok and self._fx.read[layer] in st.values:
            return st.values[self._fx.read[layer]]
        return st.values[layer]

    def output(self, st: State, layer: str) -> torch.Tensor:
        """The layer's observed output (batch first)."""
        if self._fx is not None and self._fx.ok and self._fx.out[layer] in st.values:
            return st.values[self._fx.out[layer]]
        return st.values[layer]

    # -- runs ---------------------------------------------------------------------------------------
    def run_units(self, st: State, layer: str, units: Sequence[int | Sequence[int]], iv: Intervention) -> Any:
        """Logits of ``len(units)`` stacked copies of the batch; copy j has ``units[j]`` intervened everywhere."""
        import torch

        with torch.no_grad():
            if self._fx is not None and self._fx.ok:
                return self._fx.run_units(st, layer, units, iv)
            if (self.rank1 and iv.kind in ("zero", "mean", "patch") and self.group(layer) == 1
                    and self.where is None and all(isinstance(u, int) for u in units)):
                fast = self._hooks.run_reader_update(st, layer, [u for u in units if isinstance(u, int)], iv)
                if fast is not None:
                    return fast
            return self._hooks.run(st, len(units), {layer: self._readout_rep(st, layer, units, iv)})

    def run_readout(self, st: State, layer: str, act: Any, reps: int) -> Any:
        """Logits with the layer's read-out replaced by ``act`` (``reps`` stacked copies of the batch)."""
        import torch

        with torch.no_grad():
            if self._fx is not None and self._fx.ok:
                return self._fx.run(st, reps, {self._fx.read[layer]: act})[0]
            return self._hooks.run(st, reps, {layer: act})

    def send(self, st: State, parent: str, units: Sequence[int], iv: Intervention,
             children: Sequence[str]) -> dict[str, Any]:
        """Run 1 of a path intervention: each child's output with ``parent``'s unit intervened, all else held.

        Returns ``{child: tensor of len(units) * B rows}``; the key ``output`` holds the logits when
        ``output`` is among ``children``.
        """
        import torch

        with torch.no_grad():
            if self._fx is not None and self._fx.ok:
                return self._fx.send(st, parent, units, iv, list(children))
            rep = self._readout_rep(st, parent, units, iv)
            return self._hooks.send(st, parent, rep, len(units), list(children))

    def receive(self, st: State, deltas: dict[str, Any], reps: int) -> Any:
        """Run 2: logits with ``deltas[child]`` added to each child's output (``reps`` stacked copies)."""
        import torch

        with torch.no_grad():
            if self._fx is not None and self._fx.ok:
                return self._fx.receive(st, deltas, reps)
            return self._hooks.receive(st, deltas, reps)

    def _readout_rep(self, st: State, layer: str, units: Sequence[int | Sequence[int]], iv: Intervention) -> Any:
        act = self.read(st, layer)
        where = self.where(st.x) if self.where is not None else None
        return replaced_readout(act, self.unit_dim(layer, act.dim()), units, iv, layer, self.group(layer), where)

    def capture_many(self, x: torch.Tensor, layers: list[str]) -> tuple[torch.Tensor, dict[str, Any], list[str]]:
        """One plain forward: logits, the outputs of ``layers`` and the order in which they ran."""
        import torch

        acts: dict[str, Any] = {}
        order: list[str] = []
        handles = []
        for name in layers:
            def hook(_m: Any, _i: Any, out: Any, name: str = name) -> None:
                if name in acts:
                    return
                acts[name] = main_tensor(out)
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
            if acts[name] is None:
                raise AttestError(f"layer {name} does not output a tensor; pick a conv, linear or block layer")
        return logits, acts, order


class _NoSplit(Exception):
    pass


def _repeat(t: Any, reps: int) -> Any:
    """``reps`` stacked copies along the batch axis (always a fresh tensor)."""
    if reps == 1:
        return t.clone()
    return t.repeat((reps,) + (1,) * (t.dim() - 1))


def _rep_value(v: Any, reps: int, b: int) -> Any:
    """Repeat every batch-first tensor inside ``v`` (tensors, tuples, lists, dicts); leave the rest."""
    import torch

    if isinstance(v, torch.Tensor):
        return _repeat(v, reps) if v.dim() > 0 and v.shape[0] == b else v
    if isinstance(v, tuple):
        return tuple(_rep_value(a, reps, b) for a in v)
    if isinstance(v, list):
        return [_rep_value(a, reps, b) for a in v]
    if isinstance(v, dict):
        items = {k: _rep_value(a, reps, b) for k, a in v.items()}
        return items if type(v) is dict else type(v)(**items)
    return v


def _clone_value(v: Any) -> Any:
    import torch

    if isinstance(v, torch.Tensor):
        return v.clone()
    if isinstance(v, (tuple, list)):
        return type(v)(_clone_value(a) for a in v)
    if isinstance(v, dict):
        items = {k: _clone_value(a) for k, a in v.items()}
        return items if type(v) is dict else type(v)(**items)
    return v


def _close(a: Any, b: Any) -> bool:
    import torch

    return bool(a.shape == b.shape and torch.allclose(a, b, rtol=1e-4, atol=1e-4 * (1.0 + float(b.abs().max()))))


@contextlib.contextmanager
def exact_math(device: Any) -> Iterator[None]:
    """TF32 off while interventions are checked and run on CUDA (the checks compare to 1e-4)."""
    import torch

    if getattr(device, "type", "cpu") != "cuda":
        yield
        return
    old = (torch.backends.cuda.matmul.allow_tf32, torch.backends.cudnn.allow_tf32)
    torch.backends.cuda.matmul.allow_tf32 = False
    torch.backends.cudnn.allow_tf32 = False
    try:
        yield
    finally:
        torch.backends.cuda.matmul.allow_tf32, torch.backends.cudnn.allow_tf32 = old


# -- fx: interpret the traced graph from the intervened values on ------------------------------------------


_CHANNELWISE_MODS = ("ReLU", "ReLU6", "LeakyReLU", "GELU", "SiLU", "Sigmoid", "Tanh", "Hardswish", "Mish", "ELU",
                     "Dropout", "Dropout1d", "Dropout2d", "Dropout3d", "Identity", "MaxPool1d", "MaxPool2d",
                     "MaxPool3d", "AvgPool1d", "AvgPool2d", "AvgPool3d", "AdaptiveAvgPool1d", "AdaptiveAvgPool2d",
                     "AdaptiveAvgPool3d", "AdaptiveMaxPool2d", "BatchNorm1d", "BatchNorm2d", "BatchNorm3d")


def _channelwise_funcs() -> set[Any]:
    import torch
    import torch.nn.functional as F

    return {F.relu, torch.relu, F.relu6, F.leaky_relu, F.gelu, F.silu, torch.sigmoid, torch.tanh, F.hardswish,
            F.dropout, F.max_pool1d, F.max_pool2d, F.max_pool3d, F.avg_pool1d, F.avg_pool2d, F.avg_pool3d,
            F.adaptive_avg_pool1d, F.adaptive_avg_pool2d, F.adaptive_max_pool2d, F.elu}


def _tracer(leaves: set[str]) -> Any:
    import torch.fx as fx

    class Tracer(fx.Tracer):
        def is_leaf_module(self, m: Any, qualname: str) -> bool:
            return qualname in leaves or super().is_leaf_module(m, qualname)

    return Tracer()


class _FxPlan:
    """The traced graph, the read-out and output node of every audited layer, and its children."""

    def __init__(self, runner: ModelRunner, model: Any, layers: list[str]) -> None:
        import torch.fx as fx

        self.runner = runner
        self.ok = True
        try:
            tracer = _tracer(set(layers))
            graph = tracer.trace(model)
            self.gm = fx.GraphModule(tracer.root, graph)
        except Exception as exc:  # any tracing failure means: use hooks
            raise _NoSplit(f"the model cannot be traced ({type(exc).__name__})") from None
        self.nodes = list(self.gm.graph.nodes)
        self.index = {n: i for i, n in enumerate(self.nodes)}
        self.out_node = next(n for n in self.nodes if n.op == "output")
        self.submods = dict(self.gm.named_modules())
        self.out: dict[str, Any] = {}
        self.read: dict[str, Any] = {}
        for name in layers:
            hits = [n for n in self.nodes if n.op == "call_module" and n.target == name]
            if len(hits) != 1:
                raise _NoSplit(f"layer {name} is called {len(hits)} times in the traced graph")
            self.out[name] = hits[0]
            self.read[name] = self._readout(hits[0]) if runner.at == "readout" else hits[0]
        self.layer_of_out = {n: name for name, n in self.out.items()}
        # values that carry the batch (depend on the input); the rest (parameters, shapes of weights) are
        # constants that must never be stacked, whatever their first dimension happens to be
        self.batchy: set[Any] = set()
        for n in self.nodes:
            if n.op == "placeholder" or any(a in self.batchy for a in n.all_input_nodes):
                self.batchy.add(n)
        self.children: dict[str, list[str]] = {name: self._children(name) for name in layers}
        self.direct: dict[str, list[tuple[Any, Any]]] = {name: self._direct_readers(name) for name in layers}
        self._desc: dict[frozenset, list[Any]] = {}
        self._checked: set[Any] = set()
        self._rank1_ok: dict[str, bool] = {}

    # -- structure ---------------------------------------------------------------------------------
    def _readout(self, node: Any) -> Any:
        """Follow the channel-wise operations that only ``node`` feeds."""
        funcs = _channelwise_funcs()
        cur = node
        while len(cur.users) == 1:
            nxt = next(iter(cur.users))
            if nxt.op == "call_module":
                m = self.submods.get(nxt.target)
                ok = type(m).__name__ in _CHANNELWISE_MODS and not getattr(m, "return_indices", False)
            elif nxt.op == "call_function":
                ok = nxt.target in funcs and not nxt.kwargs.get("return_indices")
            elif nxt.op == "call_method":
                ok = nxt.target in ("relu", "sigmoid", "tanh")
            else:
                ok = False
            if not ok or not nxt.args or nxt.args[0] is not cur or len(nxt.all_input_nodes) != 1:
                break
            cur = nxt
        return cur

    def _children(self, layer: str) -> list[str]:
        start = self.read[layer]
        seen = {start}
        stack = [start]
        found: set[str] = set()
        while stack:
            n = stack.pop()
            for u in n.users:
                if u in seen:
                    continue
                seen.add(u)
                if u in self.layer_of_out and self.layer_of_out[u] != layer:
                    found.add(self.layer_of_out[u])
                    continue
                if u.op == "output":
                    found.add(OUTPUT)
                    continue
                stack.append(u)
        order = sorted((c for c in found if c != OUTPUT), key=lambda c: self.index[self.out[c]])
        return order + ([OUTPUT] if OUTPUT in found else [])

    def _direct_readers(self, layer: str) -> list[tuple[Any, Any]]:
        """Conv / linear readers of the read-out with no other input: (reader node, flatten node or None)."""
        import torch.nn as nn

        out = []
        read = self.read[layer]
        for u in read.users:
            flat = None
            node = u
            if self._is_flatten(u) and len(u.users) == 1:
                flat, node = u, next(iter(u.users))
            if node.op != "call_module" or len(node.all_input_nodes) != 1 or node.kwargs:
                continue
            m = self.submods.get(node.target)
            if isinstance(m, nn.Linear) or (isinstance(m, (nn.Conv1d, nn.Conv2d, nn.Conv3d)) and flat is None
                                            and m.padding_mode == "zeros"):
                out.append((node, flat))
        return out

    @staticmethod
    def _is_flatten(n: Any) -> bool:
        import torch

        if n.op == "call_function" and n.target is torch.flatten:
            return tuple(n.args[1:2]) == (1,) or n.kwargs.get("start_dim") == 1
        if n.op == "call_method" and n.target == "flatten":
            return tuple(n.args[1:2]) == (1,) or n.kwargs.get("start_dim") == 1
        return False

    def descendants(self, starts: frozenset) -> list[Any]:
        """Nodes that depend on any of ``starts`` (in graph order, the starts excluded)."""
        if starts not in self._desc:
            aff = set(starts)
            out = []
            lo = min(self.index[s] for s in starts)
            for n in self.nodes[lo:]:
                if n in starts:
                    continue
                if any(a in aff for a in n.all_input_nodes):
                    aff.add(n)
                    out.append(n)
            self._desc[starts] = out
        return self._desc[starts]

    def roots(self, nodes: Any) -> frozenset:
        """The nodes of ``nodes`` that depend on none of the others."""
        nodes = sorted(nodes, key=self.index.__getitem__)
        out: list[Any] = []
        for n in nodes:
            if not out or n not in set(self.descendants(frozenset(out))):
                out.append(n)
        return frozenset(out)

    def _needed(self, starts: frozenset) -> set[Any]:
        desc = self.descendants(starts)
        dset = set(desc) | set(starts)
        need = set(starts)
        for n in desc:
            need.update(a for a in n.all_input_nodes if a not in dset)
        return need

    def needed_for(self, layers: Sequence[str]) -> set[Any]:
        need: set[Any] = set()
        for name in layers:
            read = self.read[name]
            starts = {read} | {r for r, _f in self.direct[name]}
            need |= self._needed(frozenset(starts)) | self._needed(frozenset({read}))
            need |= {self.out[name]} | {r for r, _f in self.direct[name]}
            kids = [c for c in self.children[name] if c != OUTPUT]
            held = [self.out[c] for c in self.layer_of_out.values() if c != name
                    and self.out[c] in set(self.descendants(frozenset({read})))]
            need |= set(held)
            if kids:
                outs = frozenset(self.out[c] for c in kids)
                need |= self._needed(self.roots(outs)) | set(outs)
        return need

    # -- interpretation ----------------------------------------------------------------------------
    def _call(self, n: Any, env: dict[Any, Any], fetch: Any) -> Any:
        import torch.fx as fx

        args = fx.node.map_arg(n.args, fetch)
        kwargs = fx.node.map_arg(n.kwargs, fetch)
        if n.op == "call_module":
            return self.submods[n.target](*args, **kwargs)
        if n.op == "call_function":
            return n.target(*args, **kwargs)
        if n.op == "call_method":
            return getattr(args[0], n.target)(*args[1:], **kwargs)
        if n.op == "get_attr":
            obj: Any = self.gm
            for part in str(n.target).split("."):
                obj = getattr(obj, part)
            return obj
        if n.op == "output":
            return args[0]
        raise _NoSplit(f"unsupported node {n.op}")

    def observe(self, x: Any, layers: Sequence[str]) -> State | None:
        import torch

        keep = self.needed_for(layers)
        env: dict[Any, Any] = {}
        last_use = {}
        for n in self.nodes:
            for a in n.all_input_nodes:
                last_use[a] = self.index[n]
        st = State(x)
        try:
            for i, n in enumerate(self.nodes):
                val = x if n.op == "placeholder" else self._call(n, env, lambda a: env[a])
                if isinstance(val, torch.Tensor) and val.dim() > 0 and val.shape[0] == x.shape[0]:
                    st.row_bytes = max(st.row_bytes, val[0].numel() * val.element_size())
                if n in keep:
                    # a later in-place op (ReLU(inplace=True)) must not change what is kept
                    st.values[n] = val.clone() if isinstance(val, torch.Tensor) else val
                env[n] = val
                for a in n.all_input_nodes:
                    if last_use.get(a) == i and a in env:
                        del env[a]
            st.logits = logits_of(env[self.out_node])
        except AttestError:
            raise
        except Exception as exc:
            self.runner._fallback(f"the traced graph failed on the data ({type(exc).__name__})")
            return None
        if self.out_node not in self._checked:
            self._checked.add(self.out_node)
            ref = logits_of(self.runner.model(x))
            if not _close(st.logits, ref):
                self.runner._fallback("the traced graph did not reproduce the model's logits")
                return None
        for name in layers:
            # once per layer: two stacked copies of the observed read-out must give the observed logits
            # twice (a batch size read from the input, x.view(x.size(0), -1), would not stack)
            read = self.read[name]
            if read in self._checked or read not in st.values:
                continue
            self._checked.add(read)
            try:
                twice = self.run(st, 2, {read: _repeat(st.values[read], 2)})[0]
                ok = _close(twice, _repeat(st.logits, 2))
            except Exception:
                ok = False
            if not ok:
                self.runner._fallback(f"the traced graph does not run stacked copies of the batch from {name}")
                return None
        return st

    def run(self, st: State, reps: int, given: dict[Any, Any], held: set[Any] | frozenset = frozenset(),
            record: set[Any] | frozenset = frozenset(), added: dict[Any, Any] | None = None,
            stop_after_record: bool = False) -> tuple[Any, dict[Any, Any]]:
        """Interpret the graph with ``given`` node values (``reps`` * B rows), from them on.

        ``held`` nodes take their observed values; ``record`` nodes are recorded as computed (before
        being held); ``added[node]`` is added to that node's computed value. Returns the logits (None
        when stopped early) and the recorded values.
        """
        added = added or {}
        b = st.b
        roots = self.roots(added)
        starts = frozenset(given) | roots
        env: dict[Any, Any] = dict(given)
        rep_cache: dict[Any, Any] = {}

        def fetch(a: Any) -> Any:
            if a in env:
                return env[a]
            if a.op == "get_attr":
                return self._call(a, env, fetch)
            if a not in rep_cache:
                if a not in st.values:
                    raise _NoSplit(f"internal: value {a.name} was not kept")
                rep_cache[a] = _rep_value(st.values[a], reps, b) if a in self.batchy else st.values[a]
            return rep_cache[a]

        recorded: dict[Any, Any] = {}
        todo = set(record)
        for node in roots:
            env[node] = _rep_value(st.values[node], reps, b) + added[node]
        for n in self.descendants(starts):
            if n in held and n not in record:
                env[n] = _rep_value(st.values[n], reps, b)
                continue
            val = self._call(n, env, fetch)
            if n in added:
                val = val + added[n]
            if n in record:
                recorded[n] = val.clone()
                todo.discard(n)
                if n in held:
                    val = _rep_value(st.values[n], reps, b)
                if stop_after_record and not todo:
                    return None, recorded
            env[n] = val
        if self.out_node in env:
            return logits_of(env[self.out_node]), recorded
        return _repeat(st.logits, reps), recorded

    # -- interventions -------------------------------------------------------------------------------
    def _unit_given(self, st: State, layer: str, units: Sequence[int | Sequence[int]],
                    iv: Intervention, rank1: bool | None = None) -> dict[Any, Any]:
        """Values that start a run with ``units`` of ``layer`` intervened for every reader."""
        runner = self.runner
        read = self.read[layer]
        act = st.values[read]
        udim = runner.unit_dim(layer, act.dim())
        given = {read: replaced_readout(act, udim, units, iv, layer)}
        singles = all(isinstance(u, int) for u in units)
        if rank1 is None:
            rank1 = runner.rank1 and self._rank1_ok.get(layer) is True
        use_rank1 = iv.kind == "soft" or (rank1 and iv.kind != "patch")
        if singles and self.direct[layer] and use_rank1:
            for node, flat in self.direct[layer]:
                given[node] = _reader_update(self.submods[node.target], node.target, act, st.values[node],
                                             udim, [int(u) for u in units if isinstance(u, int)], iv,
                                             flat is not None, layer)
        elif iv.kind == "soft" and self.direct[layer]:
            raise AttestError("soft interventions act on one unit at a time")
        return given

    def run_units(self, st: State, layer: str, units: Sequence[int | Sequence[int]], iv: Intervention) -> Any:
        singles = all(isinstance(u, int) for u in units)
        if (iv.kind not in ("soft", "patch") and singles and self.direct[layer] and self.runner.rank1
                and layer not in self._rank1_ok):
            # the closed form for direct readers: check it once against the plain run, keep it if faster
            t0 = time.perf_counter()
            fast = self.run(st, len(units), self._unit_given(st, layer, units, iv, rank1=True))[0]
            t1 = time.perf_counter()
            slow = self.run(st, len(units), self._unit_given(st, layer, units, iv, rank1=False))[0]
            t2 = time.perf_counter()
            self._rank1_ok[layer] = _close(fast, slow) and (t1 - t0) < (t2 - t1)
            return slow
        return self.run(st, len(units), self._unit_given(st, layer, units, iv))[0]

    def send(self, st: State, parent: str, units: Sequence[int], iv: Intervention,
             children: list[str]) -> dict[str, Any]:
        given = self._unit_given(st, parent, units, iv)
        audited_outs = {self.out[c] for c in self.layer_of_out.values() if c != parent}
        kid_nodes = {self.out[c]: c for c in children if c != OUTPUT}
        want_output = OUTPUT in children
        recorded_given = {n: v for n, v in given.items() if n in kid_nodes}
        given = {n: (v if n not in audited_outs else _rep_value(st.values[n], len(units), st.b))
                 for n, v in given.items()}
        record = set(kid_nodes) - set(recorded_given)
        logits, rec = self.run(st, len(units), given, held=audited_outs, record=record,
                               stop_after_record=not want_output)
        rec.update(recorded_given)
        out = {kid_nodes[n]: v for n, v in rec.items()}
        if want_output:
            out[OUTPUT] = logits
        return out

    def receive(self, st: State, deltas: dict[str, Any], reps: int) -> Any:
        added = {self.out[c]: d for c, d in deltas.items() if c != OUTPUT}
        if not added:
            return _repeat(st.logits, reps)
        logits, _ = self.run(st, reps, {}, added=added)
        return logits


def _reader_update(mod: Any, name: str, act: Any, obs_out: Any, udim: int, units: list[int], iv: Intervention,
                   flat: bool, layer: str) -> Any:
    """Output of a conv / linear reader of the read-out for single-unit interventions, in closed form.

    Copy j changes the reader's input in channel ``units[j]`` only, so its output changes by the
    reader's weights from that channel applied to the change (zero, mean), or by the drawn weights
    minus the real ones applied to the channel (soft). ``act`` is the observed read-out (B rows),
    ``obs_out`` the reader's observed output.
    """
    import torch
    import torch.nn.functional as F

    b, k = act.shape[0], len(units)
    idx = torch.as_tensor(units, device=act.device)
    z = act.index_select(udim, idx)  # the units' channels, (B, ..k..)
    w = mod.weight
    if isinstance(mod, torch.nn.Linear):
        if flat:
            o = w.shape[0]
            s = act[0].numel() // act.shape[1]
            wk = w.reshape(o, act.shape[1], s).index_select(1, idx)  # (O, k, S)
            zk = z.reshape(b, k, s)
            if iv.kind == "zero":
                dw, dz = -wk, zk
            elif iv.kind == "mean":
                m = iv.mean_act.index_select(0, idx).reshape(1, k, s).to(z.dtype)
                dw, dz = wk, m - zk
            else:
                u = torch.stack([soft_weights(iv, name, unit, (o, s), w) for unit in units], dim=1)
                dw, dz = u - wk, zk
            delta = torch.einsum("bks,oks->kbo", dz, dw)
        else:
            if udim != act.dim() - 1:
                raise AttestError("internal: a linear reader reads the last axis")
            wk = w.index_select(1, idx)  # (O, k)
            if iv.kind == "zero":
                dw, dz = -wk, z
            elif iv.kind == "mean":
                dw, dz = wk, iv.mean_act.index_select(iv.mean_act.dim() - 1, idx).unsqueeze(0).to(z.dtype) - z
            else:
                u = torch.stack([soft_weights(iv, name, unit, (w.shape[0],), w) for unit in units], dim=1)
                dw, dz = u - wk, z
            delta = torch.einsum("b...k,ok->kb...o", dz, dw)
        return (obs_out.unsqueeze(0) + delta).reshape(k * b, *obs_out.shape[1:])
    # convolution: one single-channel conv per unit, run as one grouped conv
    if udim != 1:
        raise AttestError("internal: a conv reader reads channels")
    groups = mod.groups
    cin_g = w.shape[1]
    o_g = w.shape[0] // groups
    g_of = [u // cin_g for u in units]
    wk = torch.stack([w[g * o_g:(g + 1) * o_g, u % cin_g] for u, g in zip(units, g_of, strict=True)])  # (k, O_g, ...)
    if iv.kind == "zero":
        dw, dz = -wk, z
    elif iv.kind == "mean":
        dw, dz = wk, iv.mean_act.index_select(0, idx).unsqueeze(0).to(z.dtype) - z
    else:
        u = torch.stack([soft_weights(iv, name, unit, wk.shape[1:], w) for unit in units])
        dw, dz = u - wk, z
    conv = {3: F.conv1d, 4: F.conv2d, 5: F.conv3d}[w.dim()]
    kern = dw.reshape(k * o_g, 1, *w.shape[2:])
    d = conv(dz, kern, None, mod.stride, mod.padding, mod.dilation, groups=k)  # (B, k*O_g, ...)
    d = d.reshape(b, k, o_g, *d.shape[2:]).transpose(0, 1)  # (k, B, O_g, ...)
    out = obs_out.unsqueeze(0).repeat((k,) + (1,) * obs_out.dim())
    if groups == 1:
        out += d
    else:
        for j, g in enumerate(g_of):
            out[j, :, g * o_g:(g + 1) * o_g] += d[j]
    return out.reshape(k * b, *obs_out.shape[1:])


# -- hooks: module-level replay for models that torch.fx cannot trace --------------------------------------


class _HookPlan:
    """Call order of the model's modules, and which of them can be replayed before a given layer."""

    def __init__(self, runner: ModelRunner) -> None:
        self.runner = runner
        self.replay = True
        self.pre: dict[str, int] = {}
        self.post: dict[str, int] = {}
        self.calls: dict[str, int] = {}
        self._sets: dict[str, list[str]] = {}
        self._verified: dict[str, bool] = {}
        self._children: dict[str, list[str]] = {}
        self.batchy: set[str] = set()
        self.row_bytes = 0  # the largest module output of a forward, per row (probed once)
        self._readers: dict[str, str | None] = {}  # layer -> its only (linear) reader, for the closed form
        self._reader_ok: dict[str, bool] = {}  # layer -> the closed form matched the plain run

    def ok(self, layer: str) -> bool:
        """Replay is in use for ``layer``: it has modules to replay (once probed) and passed its check."""
        has_modules = layer not in self._sets or bool(self._sets[layer])
        return self._verified.get(layer, True) and has_modules

    def _probe(self, x: Any) -> None:
        if self.pre:
            return
        import torch

        clock = [0]
        handles = []
        for name, m in self.runner.modules.items():
            if not name:
                continue

            def pre(_m: Any, _a: Any, name: str = name) -> None:
                clock[0] += 1
                self.pre.setdefault(name, clock[0])
                self.calls[name] = self.calls.get(name, 0) + 1

            def post(_m: Any, _a: Any, _o: Any, name: str = name) -> None:
                clock[0] += 1
                self.post[name] = clock[0]
            handles.append(m.register_forward_pre_hook(pre))
            handles.append(m.register_forward_hook(post))
        shapes: dict[str, list[int]] = {}

        def size0(_m: Any, _a: Any, out: Any, name: str) -> None:
            t = main_tensor(out)
            shapes.setdefault(name, []).append(int(t.shape[0]) if t is not None and t.dim() > 0 else -1)
            if t is not None and t.dim() > 0 and t.shape[0] > 0:  # the largest module output per row
                self.row_bytes = max(self.row_bytes, t[0].numel() * t.element_size())
        try:
            with torch.no_grad():
                self.runner.model(x[:1])
        finally:
            for h in handles:
                h.remove()
        # which module outputs carry the batch: their first dimension follows the batch size (1, then 2)
        probes = [m.register_forward_hook(lambda m_, a, o, name=name: size0(m_, a, o, name))
                  for name, m in self.runner.modules.items() if name]
        try:
            with torch.no_grad():
                self.runner.model(x[:1])
                self.runner.model(torch.cat([x[:1], x[:1]]))
        finally:
            for h in probes:
                h.remove()
        self.batchy = {n for n, v in shapes.items() if len(v) >= 2 and v[0] == 1 and v[-1] == 2}
        for name in self.runner.layers:
            if self.calls.get(name, 0) != 1:
                n = self.calls.get(name, 0)
                raise AttestError(f"layer {name} runs {n} times per forward pass; intervening on it is ambiguous")

    def replay_set(self, layer: str) -> list[str]:
        """Maximal modules that finish before ``layer`` starts and run once (never an ancestor of it)."""
        if layer not in self._sets:
            start = self.pre[layer]
            names = [n for n in self.runner.modules if n and self.calls.get(n) == 1 and self.post[n] < start]
            chosen = []
            for n in names:
                parent = n.rsplit(".", 1)[0] if "." in n else ""
                if parent and parent in names:
                    continue
                chosen.append(n)
            self._sets[layer] = chosen
        return self._sets[layer]

    def observe(self, x: Any, layers: Sequence[str]) -> State:
        self._probe(x)
        keep: set[str] = set(self.runner.layers)
        if self.replay:
            for name in layers:
                keep.update(self.replay_set(name))
                for c in self._children.get(name, []):
                    if c != OUTPUT:
                        keep.update(self.replay_set(c))
        st = State(x, row_bytes=self.row_bytes)
        handles = []
        for name in keep:
            def rec(_m: Any, _i: Any, out: Any, name: str = name) -> None:
                t = main_tensor(out)
                if t is not None and t.dim() > 0:
                    st.row_bytes = max(st.row_bytes, t[0].numel() * t.element_size())
                st.values[name] = _clone_value(out)
                if name in self.runner.layers:
                    st.values[name] = main_tensor(out).clone()
                    st.values[("full", name)] = _clone_value(out)
            handles.append(self.runner.modules[name].register_forward_hook(rec))
        try:
            st.logits = logits_of(self.runner.model(x))
        finally:
            for h in handles:
                h.remove()
        return st

    @contextlib.contextmanager
    def _replaying(self, st: State, first: str, reps: int, fixed: dict[str, Any] | None = None) -> Iterator[None]:
        """Modules finished before ``first`` return their cached outputs; each module of ``fixed`` returns
        its cached output with the main tensor replaced by ``fixed[name]`` without running (its output
        does not depend on its input in this run, so computing it would be wasted)."""
        import torch

        mods = self.replay_set(first) if self.replay and self._verified.get(first, True) else []
        saved = []
        for name in mods:
            m = self.runner.modules[name]
            val = st.values.get(("full", name), st.values.get(name))
            if val is None:
                continue
            out = _rep_value(val, reps, st.b) if name in self.batchy else val
            saved.append((m, m.__dict__.get("forward")))
            m.forward = (lambda *a, _o=out, **k: _o)
        replayed = set(mods)
        for name, main in (fixed or {}).items():
            full = st.values.get(("full", name))
            if full is None or name in replayed or any(name.startswith(r + ".") for r in replayed):
                continue  # it does not run at all
            m = self.runner.modules[name]
            out = _with_main(_rep_value(full, reps, st.b), main)
            saved.append((m, m.__dict__.get("forward")))
            m.forward = (lambda *a, _o=out, **k: _o)
        try:
            with torch.no_grad():
                yield
        finally:
            for m, old in reversed(saved):
                if old is None:
                    del m.forward
                else:
                    m.forward = old

    def _forward(self, st: State, reps: int, first: str, hooks: dict[str, Any],
                 fixed: dict[str, Any] | None = None) -> Any:
        handles = [self.runner.modules[n].register_forward_hook(h) for n, h in hooks.items()]
        try:
            with self._replaying(st, first, reps, fixed if self._verified.get(first, True) else None):
                return self.runner.model(_repeat(st.x, reps))
        finally:
            for h in handles:
                h.remove()

    def _first(self, names: Sequence[str]) -> str:
        return min(names, key=lambda n: self.pre[n])

    def _check(self, st: State, first: str) -> None:
        """Verify once that replaying before ``first`` reproduces the model's logits."""
        if first in self._verified or not self.replay or not self.replay_set(first):
            return
        self._verified[first] = True
        try:
            out = logits_of(self._forward(st, 2, first, {}))
            ok = _close(out, _repeat(st.logits, 2))
        except Exception:
            ok = False
        if not ok:
            self._verified[first] = False
            self.runner._why[first] = "replaying the modules before the layer did not reproduce the model's logits"

    def run(self, st: State, reps: int, replace: dict[str, Any]) -> Any:
        first = self._first(list(replace))
        self._check(st, first)
        if self.replay and self._verified.get(first, True):
            return logits_of(self._forward(st, reps, first, {}, fixed=replace))

        def make(name: str) -> Any:
            def hook(_m: Any, _i: Any, out: Any) -> Any:
                return _with_main(out, replace[name])
            return hook
        return logits_of(self._forward(st, reps, first, {n: make(n) for n in replace}))

    # -- closed form for a linear layer that alone reads the layer's output ---------------------------------
    def linear_reader(self, layer: str, st: State) -> str | None:
        """The ``nn.Linear`` module whose input is exactly ``layer``'s output, when it is the only way from
        that output to the logits (checked on the batch: with it held, a perturbed output changes nothing)."""
        import torch
        import torch.nn as nn

        if layer in self._readers:
            return self._readers[layer]
        self._readers[layer] = None
        if not self.replay or layer not in self.pre:
            return None
        self._check(st, layer)
        if not self._verified.get(layer, True) or not self.replay_set(layer):
            return None
        cands = [n for n, m in self.runner.modules.items() if n and isinstance(m, nn.Linear)
                 and self.calls.get(n) == 1 and self.pre.get(n, -1) > self.post.get(layer, 1 << 30)]
        if not cands:
            return None
        out = st.values[layer]
        seen: dict[str, Any] = {}
        handles = []
        for n in cands:
            def pre(_m: Any, args: tuple[Any, ...], n: str = n) -> None:
                if args and isinstance(args[0], torch.Tensor):
                    seen[n] = args[0]
            handles.append(self.runner.modules[n].register_forward_pre_hook(pre))
        outs: dict[str, Any] = {}
        for n in cands:
            def post(_m: Any, _a: Any, o: Any, n: str = n) -> None:
                outs[n] = o.clone()
            handles.append(self.runner.modules[n].register_forward_hook(post))
        try:
            with torch.no_grad():
                self._forward(st, 1, layer, {})
        finally:
            for h in handles:
                h.remove()
        reader = next((n for n in cands if n in seen and seen[n].shape == out.shape and torch.equal(seen[n], out)),
                      None)
        if reader is None:
            return None
        # the only path: perturb the layer's output, hold the reader at its observed output
        st.values[("full", reader)] = outs[reader]
        gen = torch.Generator(device="cpu").manual_seed(4321)
        pert = out + torch.randn(out.shape, generator=gen).to(out.device, out.dtype) * (out.std() + 1.0)
        with torch.no_grad():
            got = logits_of(self._forward(st, 1, layer, {}, fixed={layer: pert, reader: outs[reader]}))
        if not _close(got, st.logits):
            del st.values[("full", reader)]
            return None
        st.values[("reader-out", layer)] = outs[reader]
        self._readers[layer] = reader
        return reader

    def run_reader_update(self, st: State, layer: str, units: list[int], iv: Intervention) -> Any:
        """Logits with ``units`` (one per copy) intervened, the reader's output updated in closed form
        (``y + (v - a) W[:, u]``) instead of being recomputed; None when the layer has no such reader or the
        closed form did not match the plain run on its first use (then the plain run is used)."""
        reader = self.linear_reader(layer, st)
        if reader is None or self._reader_ok.get(layer) is False:
            return None
        y = st.values.get(("reader-out", layer))
        if y is None:  # another batch: record the reader's observed output once
            import torch

            rec: dict[str, Any] = {}
            h = self.runner.modules[reader].register_forward_hook(lambda _m, _a, o: rec.__setitem__("y", o.clone()))
            try:
                with torch.no_grad():
                    self._forward(st, 1, layer, {})
            finally:
                h.remove()
            y = st.values[("reader-out", layer)] = st.values[("full", reader)] = rec["y"]
        import torch

        act = st.values[layer]
        udim = act.dim() - 1
        r = len(units)
        idx = torch.tensor(units, device=act.device)
        old = act.movedim(udim, 0)[idx]  # each copy's unit, observed: (U, B, ...)
        if iv.kind == "zero":
            nv: Any = torch.zeros_like(old)
        elif iv.kind == "mean":
            nv = iv.mean_act.to(act.dtype).movedim(udim - 1, 0)[idx].unsqueeze(1)
        else:
            nv = iv.source.to(act.dtype).movedim(udim, 0)[idx]
        d = nv - old  # the change of each copy's unit
        w = self.runner.modules[reader].weight  # (out, in)
        dy = d.unsqueeze(-1) * w.t()[idx].reshape(r, *([1] * (d.dim() - 1)), w.shape[0]).to(d.dtype)
        y_new = (y.unsqueeze(0) + dy).reshape(r * act.shape[0], *y.shape[1:])
        try:
            # the layer's own output is read by the reader alone, which does not run: it is passed unstacked
            fast = logits_of(self._forward(st, r, layer, {}, fixed={layer: act, reader: y_new}))
        except Exception:
            self._reader_ok[layer] = False
            return None
        if layer not in self._reader_ok:
            slow = self.run(st, r, {layer: replaced_readout(act, udim, units, iv, layer)})
            self._reader_ok[layer] = _close(fast, slow)
            return slow
        return fast

    def send(self, st: State, parent: str, rep: Any, reps: int, children: list[str]) -> dict[str, Any]:
        self._check(st, parent)
        recorded: dict[str, Any] = {}
        kids = [c for c in children if c != OUTPUT]
        want_output = OUTPUT in children

        def replace(_m: Any, _i: Any, out: Any) -> Any:
            return _with_main(out, rep)

        def holder(name: str) -> Any:
            def hook(_m: Any, _i: Any, out: Any) -> Any:
                if name in kids:
                    recorded[name] = main_tensor(out).clone()
                    if not want_output and len(recorded) == len(kids):
                        raise _Stop()
                return _with_main(out, _repeat(st.values[name], reps))
            return hook

        fast = self.replay and self._verified.get(parent, True)
        hooks = {} if fast else {parent: replace}
        fixed = {parent: rep} if fast else {}
        for n in self.runner.layers:
            if n == parent:
                continue
            if fast and n not in kids:
                fixed[n] = _repeat(st.values[n], reps)  # held at its observed output: no need to run it
            else:
                hooks[n] = holder(n)
        try:
            out = self._forward(st, reps, parent, hooks, fixed=fixed)
        except _Stop:
            return recorded
        if want_output:
            recorded[OUTPUT] = logits_of(out)
        return recorded

    def receive(self, st: State, deltas: dict[str, Any], reps: int) -> Any:
        kids = [c for c in deltas if c != OUTPUT]
        if not kids:
            return _repeat(st.logits, reps)
        first = self._first(kids)
        self._check(st, first)

        def make(name: str) -> Any:
            def hook(_m: Any, _i: Any, out: Any) -> Any:
                return _with_main(out, main_tensor(out) + deltas[name])
            return hook
        return logits_of(self._forward(st, reps, first, {n: make(n) for n in kids}))

    def children_of(self, layer: str, st: State) -> list[str]:
        """Probe the dataflow: perturb the layer, hold every other audited layer, see which ones change."""
        import torch

        if layer in self._children:
            return self._children[layer]
        act = st.values[layer]
        gen = torch.Generator(device="cpu").manual_seed(12345)
        noise = torch.randn(act.shape, generator=gen, dtype=torch.float32).to(act.device, act.dtype)
        pert = act + noise * (act.std() + 1.0)
        others = [n for n in self.runner.layers if n != layer]
        rec = self.send(st, layer, pert, 1, others + [OUTPUT])
        kids = []
        for n in others:
            if n in rec and not _close(rec[n], st.values[n]):
                kids.append(n)
        if OUTPUT in rec and not _close(rec[OUTPUT], st.logits):
            kids.append(OUTPUT)
        self._children[layer] = kids
        return kids
