"""Text classifiers: loading, reading input files, tokens, heads and neurons, token maps.

A causal audit of a text model runs on the same runner, statistics and graph as an image audit; this
module supplies what differs.

* **Model.** A local Hugging Face folder holding an ``AutoModelForSequenceClassification`` (safetensors
  weights, no custom code) and its tokenizer. It is called on one packed ``LongTensor`` of shape
  (N, 3, T): row 0 the token ids, row 1 the attention mask, row 2 the token ids of the paired
  ("corrupted") input, equal to row 0 when there is none. Two hooks on the model unpack it and return
  the logits, so module names stay the model's own.
* **Inputs.** ``FILE.txt``: one text per line (blank lines skipped, line numbers kept for messages).
  ``FILE.jsonl``: one ``{"text": ..., "corrupted": ...}`` object per line (``corrupted`` optional).
  ``--patch-from FILE2.txt`` pairs its lines with the data's, line by line. Texts are never truncated:
  a text longer than the model's maximum length is refused, naming its line, since a cut text is not
  the text the auditor asked about. A pair must have the same number of tokens.
* **Units.** An attention module whose output is the heads' concatenated context (before the output
  projection, e.g. ``bert.encoder.layer.1.attention.self``) has one unit per head: head h is the slice
  ``[h*d, (h+1)*d)`` of the last axis. A linear layer's units are its output features (neurons), and so
  are those of a module made of one linear layer and its activation (BERT's ``intermediate``: the
  neurons after the GELU). Every
  intervention acts at every token position unless ``--positions`` restricts it: ``all``, ``last`` (each
  input's last real token; the ``[SEP]`` for BERT) or indices (``0`` is the first token, ``[CLS]`` for
  BERT; negative indices count back from each input's last real token).
* **Mean** interventions use the unit's mean over every real token of every audited input (padding
  excluded), the same at every position: inputs of different lengths share no positions.
* **Token maps.** For node u and input n, token t is replaced by the tokenizer's mask token (its unknown
  token if it has none; the attention mask is unchanged); u's read-out on that input is written into
  the observed run, u alone, and the drop of the target logit is the token's score:
  ``y(x) - y(x with r_u := r_u(x with token t masked))``. Special tokens ([CLS], [SEP]) score 0.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from core.errors import AttestError, Cancelled
from core.jobs import Job, ensure_job, interruptible

if TYPE_CHECKING:
    pass

TEXT_SUFFIXES = (".txt", ".jsonl")
MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_TEXTS = 100_000
TOKENIZER_FILES = ("tokenizer.json", "vocab.txt", "spiece.model", "sentencepiece.bpe.model", "vocab.json")
HEADS = "heads"
NEURONS = "neurons"


def is_text_data(path: Path) -> bool:
    """Whether ``path`` names a text input file (the audit then reads a text model)."""
    return path.suffix.lower() in TEXT_SUFFIXES and not path.is_dir()


def is_text_model_folder(folder: Path) -> bool:
    """A Hugging Face folder whose config names a sequence classifier."""
    cfg = folder / "config.json"
    if not folder.is_dir() or not cfg.is_file():
        return False
    try:
        arch = json.loads(cfg.read_text(encoding="utf-8")).get("architectures") or []
    except (ValueError, OSError, AttributeError):
        return False
    return any(isinstance(a, str) and a.endswith("ForSequenceClassification") for a in arch)


# -- reading input files -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class TextItem:
    line: int  # 1-based line of the data file
    text: str
    corrupted: str | None = None
    corrupted_line: int | None = None  # line of --patch-from, when the pair came from there


def _lines(path: Path, what: str) -> list[tuple[int, str]]:
    if not path.is_file():
        raise AttestError(f"{what} {path} does not exist or is not a file")
    if path.stat().st_size > MAX_FILE_BYTES:
        raise AttestError(f"{what} {path.name} is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB")
    try:
        raw = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = path.read_bytes()[: exc.start].count(b"\n") + 1
        raise AttestError(f"{what} {path.name}, line {line}: not UTF-8 text") from None
    out = [(i + 1, s.rstrip("\r")) for i, s in enumerate(raw.split("\n"))]
    out = [(i, s) for i, s in out if s.strip()]
    if not out:
        raise AttestError(f"{what} {path.name} holds no texts")
    if len(out) > MAX_TEXTS:
        raise AttestError(f"{what} {path.name} holds {len(out)} texts; at most {MAX_TEXTS} are read")
    return out


def read_texts(path: Path, patch_from: Path | None = None) -> list[TextItem]:
    """The texts of a ``.txt`` or ``.jsonl`` file, paired with ``patch_from``'s lines when given."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in TEXT_SUFFIXES:
        raise AttestError(f"{path.name}: text inputs are a .txt file (one text per line) or a .jsonl file")
    items: list[TextItem] = []
    if suffix == ".txt":
        items = [TextItem(i, s) for i, s in _lines(path, "the text file")]
    else:
        for i, s in _lines(path, "the jsonl file"):
            try:
                obj = json.loads(s)
            except ValueError:
                raise AttestError(f"{path.name}, line {i}: not a JSON object") from None
            if not isinstance(obj, dict) or not isinstance(obj.get("text"), str) or not obj["text"].strip():
                raise AttestError(f"{path.name}, line {i}: expected {{\"text\": \"...\", \"corrupted\": \"...\"}}")
            cor = obj.get("corrupted")
            if cor is not None and (not isinstance(cor, str) or not cor.strip()):
                raise AttestError(f"{path.name}, line {i}: \"corrupted\" must be a non-empty string")
            items.append(TextItem(i, obj["text"], cor))
        with_pairs = sum(1 for it in items if it.corrupted is not None)
        if 0 < with_pairs < len(items):
            first = next(it.line for it in items if it.corrupted is None)
            raise AttestError(f"{path.name}, line {first}: no \"corrupted\" text, but other lines have one; "
                              "give every line a pair or none")
    if patch_from is not None:
        if any(it.corrupted is not None for it in items):
            raise AttestError(f"{path.name} already pairs its texts (\"corrupted\"); drop --patch-from")
        other = _lines(Path(patch_from), "the --patch-from file")
        if len(other) != len(items):
            raise AttestError(f"--patch-from {Path(patch_from).name} holds {len(other)} texts but {path.name} "
                              f"holds {len(items)}; they are paired line by line")
        items = [TextItem(it.line, it.text, s, j) for it, (j, s) in zip(items, other, strict=True)]
    return items


# -- positions ------------------------------------------------------------------------------------------------


def parse_positions(spec: str | None) -> tuple[str, tuple[int, ...]]:
    """``all`` | ``last`` | ``INDEX[,INDEX]`` -> ("all", ()), ("last", ()) or ("index", (i, ...))."""
    s = (spec or "all").strip().lower()
    if s in ("", "all"):
        return "all", ()
    if s == "last":
        return "last", ()
    try:
        idx = tuple(dict.fromkeys(int(v) for v in s.split(",") if v.strip()))
    except ValueError:
        raise AttestError(f"--positions {spec!r}: use all, last or token indices such as 0 or 0,3,-1") from None
    if not idx:
        raise AttestError(f"--positions {spec!r}: no index given")
    return "index", idx


def position_mask(mask: Any, spec: tuple[str, tuple[int, ...]]) -> Any:
    """(B, T) bool: where interventions apply, from the attention mask and a parsed ``--positions``."""
    import torch

    kind, idx = spec
    real = mask.bool()
    if kind == "all":
        return real
    lengths = real.sum(dim=1)
    out = torch.zeros_like(real)
    rows = torch.arange(real.shape[0], device=real.device)
    if kind == "last":
        out[rows, lengths - 1] = True
        return out
    for i in idx:
        pos = lengths + i if i < 0 else torch.full_like(lengths, i)
        out[rows, pos.clamp(0, real.shape[1] - 1)] = True
    return out & real


# -- the model --------------------------------------------------------------------------------------------------


@dataclass
class TextModel:
    """A loaded text classifier and its tokenizer (the model takes packed inputs, see the module docstring)."""

    module: Any
    tokenizer: Any
    folder: Path
    max_length: int
    occlusion_id: int
    special_ids: frozenset[int]
    label: str
    sha256: str

    def tokens(self, ids: Sequence[int]) -> list[str]:
        return [str(t) for t in self.tokenizer.convert_ids_to_tokens([int(i) for i in ids])]


def check_tokenizer(folder: Path) -> None:
    if not any((folder / f).is_file() for f in TOKENIZER_FILES):
        raise AttestError(f"{folder.name} has no tokenizer (none of {', '.join(TOKENIZER_FILES[:2])}); save it into "
                          "the model folder with tokenizer.save_pretrained(folder)")


def load_text_model(folder: Path, job: Job | None = None) -> TextModel:
    """Load a local sequence classifier and its tokenizer: safetensors only, no custom code, no network."""
    import os

    from engine.loading import check_hf_folder

    job = ensure_job(job)
    folder = Path(folder)
    config, weights, digest = check_hf_folder(folder)
    check_tokenizer(folder)
    job.check()
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

    def load() -> tuple[Any, Any]:
        from transformers import AutoModelForSequenceClassification, AutoTokenizer
        from transformers.utils import logging as hf_logging

        hf_logging.set_verbosity_error()
        hf_logging.disable_progress_bar()
        tok = AutoTokenizer.from_pretrained(str(folder), local_files_only=True, trust_remote_code=False)
        module = AutoModelForSequenceClassification.from_pretrained(
            str(folder), use_safetensors=True, trust_remote_code=False, local_files_only=True,
            attn_implementation="eager")
        return tok, module

    try:
        # importing transformers and building the model take seconds, in library calls that cannot check
        # for a cancel: they run on a helper thread while this one watches the job
        tok, module = interruptible(job, load)
    except Cancelled:
        raise
    except Exception as exc:
        first = (str(exc).splitlines() or [type(exc).__name__])[0][:200]
        raise AttestError(f"{folder.name}: transformers could not load a sequence classifier and its tokenizer "
                          f"({type(exc).__name__}: {first})") from None
    module.eval()
    limits = [v for v in (getattr(module.config, "max_position_embeddings", None), tok.model_max_length)
              if isinstance(v, int) and 0 < v < 1_000_000]
    max_len = min(limits) if limits else 512
    occ = tok.mask_token_id if tok.mask_token_id is not None else tok.unk_token_id
    if occ is None:
        occ = tok.pad_token_id if tok.pad_token_id is not None else 0
    special = frozenset(int(i) for i in tok.all_special_ids)
    attach_packed_io(module)
    return TextModel(module, tok, folder, int(max_len), int(occ), special,
                     f"{config.get('model_type', '?')} from {folder.name}", digest)


def attach_packed_io(module: Any) -> None:
    """Let ``module`` take one packed (N, 3, T) LongTensor and return its logits (see the module docstring)."""
    import torch

    def pre(_m: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
        if args and isinstance(args[0], torch.Tensor) and args[0].dim() == 3 and not kwargs.get("input_ids"):
            x = args[0]
            return (), {**kwargs, "input_ids": x[:, 0], "attention_mask": x[:, 1]}
        return args, kwargs

    def post(_m: Any, _a: Any, _k: Any, out: Any) -> Any:
        return out.logits if hasattr(out, "logits") else out

    module.register_forward_pre_hook(pre, with_kwargs=True)
    module.register_forward_hook(post, with_kwargs=True)
    module.attest_text = True


def is_packed_text(model: Any) -> bool:
    return bool(getattr(model, "attest_text", False))


@dataclass(frozen=True)
class Encoded:
    """Packed inputs (N, 3, T) and what the report says about them."""

    x: Any
    items: tuple[TextItem, ...]
    lengths: tuple[int, ...]
    paired: bool


def encode(tm: TextModel, items: Sequence[TextItem], data_name: str = "the data",
           pair_name: str = "its pair") -> Encoded:
    """Tokenize, refuse over-long texts and misaligned pairs (naming the line), pad and pack."""
    import torch

    def ids_of(texts: list[str]) -> list[list[int]]:
        try:
            return [list(map(int, ids)) for ids in tm.tokenizer(texts, truncation=False)["input_ids"]]
        except Exception as exc:
            raise AttestError(f"the tokenizer failed on {data_name}: {type(exc).__name__}: {exc}") from None

    clean = ids_of([it.text for it in items])
    paired = any(it.corrupted is not None for it in items)
    cor = ids_of([it.corrupted or "" for it in items]) if paired else clean
    for it, a, c in zip(items, clean, cor, strict=True):
        if len(a) > tm.max_length:
            raise AttestError(f"{data_name}, line {it.line}: {len(a)} tokens, more than the model's maximum of "
                              f"{tm.max_length}; shorten it (texts are never truncated)")
        if paired and len(c) != len(a):
            where = f"{pair_name}, line {it.corrupted_line}" if it.corrupted_line else f"{data_name}, line {it.line}"
            raise AttestError(f"{where}: the corrupted text has {len(c)} tokens but its clean text (line {it.line}) "
                              f"has {len(a)}; a patched pair must align token by token")
    t = max(len(a) for a in clean)
    pad = tm.tokenizer.pad_token_id if tm.tokenizer.pad_token_id is not None else 0
    x = torch.full((len(items), 3, t), int(pad), dtype=torch.long)
    x[:, 1] = 0
    for i, (a, c) in enumerate(zip(clean, cor, strict=True)):
        x[i, 0, : len(a)] = torch.tensor(a)
        x[i, 1, : len(a)] = 1
        x[i, 2, : len(c)] = torch.tensor(c)
    return Encoded(x, tuple(items), tuple(len(a) for a in clean), paired)


def check_positions(enc: Encoded, spec: tuple[str, tuple[int, ...]], data_name: str = "the data") -> None:
    kind, idx = spec
    if kind != "index":
        return
    for it, n in zip(enc.items, enc.lengths, strict=True):
        for i in idx:
            if not -n <= i < n:
                raise AttestError(f"--positions {i}: {data_name}, line {it.line} has only {n} tokens")


def paired_view(x: Any) -> Any:
    """The packed inputs with the paired ids in place of the clean ones."""
    y = x.clone()
    y[:, 0] = x[:, 2]
    return y


# -- layers ---------------------------------------------------------------------------------------------------


def head_size(module: Any) -> int | None:
    """The head size when ``module`` outputs the concatenated context of its heads (before any output
    projection), else None."""
    import torch.nn as nn

    h = getattr(module, "num_attention_heads", None) or getattr(module, "num_heads", None)
    d = getattr(module, "attention_head_size", None) or getattr(module, "head_dim", None)
    if not (isinstance(h, int) and isinstance(d, int) and h > 0 and d > 0):
        return None
    children = {n for n, _ in module.named_children()}
    if not {"query", "key", "value"} <= children and not {"q_proj", "k_proj", "v_proj"} <= children:
        return None
    if children & {"output", "o_proj", "out_proj", "out_lin", "dense"}:
        return None  # the module already mixes heads through its output projection
    if not all(isinstance(getattr(module, n, None), nn.Linear) for n in children & {"query", "key", "value"}):
        return None
    return d


def layer_kinds(model: Any) -> dict[str, tuple[str, int]]:
    """Every auditable module: name -> (``heads``, head size) or (``neurons``, 1)."""
    import torch.nn as nn

    out: dict[str, tuple[str, int]] = {}
    for name, m in model.named_modules():
        if not name:
            continue
        d = head_size(m)
        if d is not None:
            out[name] = (HEADS, d)
        elif isinstance(m, nn.Linear):
            out[name] = (NEURONS, 1)
        elif _is_linear_activation(m):
            out[name] = (NEURONS, 1)  # an MLP's activated neurons (BERT's `intermediate`: GELU(dense(x)))
    return out


def _is_linear_activation(m: Any) -> bool:
    """A module made of one linear layer and element-wise activations (and dropout) only: its output
    features are the linear layer's neurons after the activation."""
    import torch.nn as nn

    kids = list(m.children())
    linears = [k for k in kids if isinstance(k, nn.Linear)]
    if len(linears) != 1 or len(kids) > 3:
        return False
    act = (nn.ReLU, nn.GELU, nn.SiLU, nn.Tanh, nn.Sigmoid, nn.Dropout, nn.Identity, nn.LeakyReLU, nn.ELU)
    others = [k for k in kids if k is not linears[0]]
    return all(isinstance(k, act) or type(k).__name__.endswith(("Activation", "GELU", "Act")) for k in others) \
        and bool(others)


def resolve_text_layers(model: Any, names: Sequence[str]) -> tuple[list[str], dict[str, tuple[str, int]]]:
    """Check ``--layers`` for a text model; default: every attention module's heads."""
    import difflib

    kinds = layer_kinds(model)
    names = [n.strip() for n in names if n.strip()]
    if not names:
        names = [n for n, (k, _) in kinds.items() if k == HEADS]
        if not names:
            raise AttestError("the model has no attention module whose heads Attest can separate; name linear "
                              "layers with --layers")
    modules = dict(model.named_modules())
    for n in names:
        if n not in kinds:
            close = difflib.get_close_matches(n, list(kinds), n=3, cutoff=0.5)
            heads = [k for k, (kind, _) in kinds.items() if kind == HEADS][:1]
            lin = [k for k, (kind, _) in kinds.items() if kind == NEURONS][:1]
            hint = ", ".join(close) if close else ", ".join(heads + lin)
            what = "has no layer" if n not in modules else f"layer {n} ({type(modules[n]).__name__}) is"
            msg = (f"the model has no layer named {n!r}" if n not in modules else
                   f"{what} neither an attention module with separable heads nor a linear layer")
            raise AttestError(f"{msg}; valid layers include {hint}")
    out = list(dict.fromkeys(names))
    nested = [(a, b) for a in out for b in out if a != b and b.startswith(a + ".")]
    if nested:
        raise AttestError(f"layer {nested[0][1]} lies inside layer {nested[0][0]}: audit one of them")
    return out, {n: kinds[n] for n in out}


# -- token maps -----------------------------------------------------------------------------------------------


def occluded(x: Any, occlusion_id: int) -> Any:
    """``T`` stacked copies of packed inputs ``x``: rows ``[j*M:(j+1)*M]`` have token j masked in every input."""
    from .interventions import _repeat

    m_in, _, t = x.shape
    occ = _repeat(x, t)
    for j in range(t):
        occ[j * m_in : (j + 1) * m_in, 0, j] = occlusion_id
        occ[j * m_in : (j + 1) * m_in, 2, j] = occlusion_id
    return occ


def token_maps(runner: Any, special: frozenset[int], occlusion_id: int, layer: str, x: Any, units: Sequence[int],
               target: int, occ_state: Any = None, job: Job | None = None,
               occ_read: Any = None) -> list[list[list[float]]]:
    """Scores (U, M, T_m) for ``units`` of ``layer`` on packed inputs ``x`` (M inputs). ``occ_state``: an
    observed state of ``occluded(x)`` covering ``layer`` (shared between layers), or ``occ_read``: the
    layer's read-out on ``occluded(x)``; else made here."""
    import torch

    from .interventions import _repeat, unit_index

    m_in, _, t = x.shape
    with torch.no_grad():
        st = runner.observe(x, [layer])
        obs = runner.read(st, layer)
        y0 = st.logits.double()[:, target]
        if occ_read is None:
            if occ_state is None:
                occ_state = runner.observe(occluded(x, occlusion_id), [layer])
            occ_read = runner.read(occ_state, layer)
        where = runner.where(x) if runner.where is not None else None
        udim = runner.unit_dim(layer, obs.dim())
        g = runner.group(layer)
        out = []
        for u in units:
            if job is not None:
                job.check()
            sl = unit_index(udim, int(u), g, obs.dim())
            act = _repeat(obs, t).clone()
            new = act.clone()
            new[sl] = occ_read[sl]
            if where is not None and obs.dim() >= 3 and obs.shape[1] == where.shape[1]:
                w = _repeat(where, t).reshape(t * m_in, where.shape[1], *([1] * (obs.dim() - 2))).bool()
                new = torch.where(w, new, act)
            y = runner.run_readout(st, layer, new, t).double()[:, target].reshape(t, m_in)
            drop = (y0[None, :] - y).cpu().numpy()  # (T, M)
            per = []
            for i in range(m_in):
                n = int(x[i, 1].sum())
                ids = x[i, 0, :n].tolist()
                per.append([0.0 if ids[j] in special else float(drop[j, i]) for j in range(n)])
            out.append(per)
    return out


def attention_scores(model: Any, layer: str, x: Any, special: frozenset[int], batch: int = 32,
                     job: Job | None = None) -> np.ndarray:
    """Per head: the mean attention the first position (what a BERT classifier reads) pays to content tokens
    (not special tokens), over the inputs; the attention-weight ranking of the deletion curve."""
    import torch

    module = dict(model.named_modules())[layer]
    total = None
    for i in range(0, x.shape[0], batch):
        if job is not None:
            job.check()
        xb = x[i : i + batch]
        holder: dict[str, Any] = {}

        def hook(_m: Any, _a: Any, out: Any, holder: dict[str, Any] = holder) -> None:
            if isinstance(out, tuple) and len(out) > 1 and isinstance(out[1], torch.Tensor):
                holder["w"] = out[1].detach()

        h = module.register_forward_hook(hook)
        try:
            with torch.no_grad():
                model(xb)
        finally:
            h.remove()
        if "w" not in holder:
            raise AttestError(f"{layer} does not return attention weights")
        w = holder["w"].double()  # (B, H, T, T)
        content = xb[:, 1].bool().clone()
        for sid in special:
            content &= xb[:, 0] != sid
        s = (w[:, :, 0, :] * content[:, None, :].to(w.dtype)).sum(dim=-1).sum(dim=0)
        total = s if total is None else total + s
    assert total is not None
    return (total / x.shape[0]).cpu().numpy()


def head_norms(runner: Any, layer: str, batches: Any, job: Job | None = None) -> np.ndarray:
    """Per head: the mean L2 norm of its slice over every real token of the audited inputs."""
    total = None
    count = 0.0
    g = runner.group(layer)
    for xb in batches.xs:
        if job is not None:
            job.check()
        act = runner.read(runner.observe(xb, [layer]), layer).double()  # (B, T, H*d)
        norms = act.reshape(*act.shape[:-1], act.shape[-1] // g, g).norm(dim=-1)  # (B, T, H)
        m = xb[:, 1].to(norms.dtype)[..., None]
        s = (norms * m).sum(dim=(0, 1))
        count += float(m.sum())
        total = s if total is None else total + s
    assert total is not None
    return (total / max(count, 1.0)).cpu().numpy()
