"""The whole path of a causal audit: request, load, hash, run, draft.

The command line and the GUI page both go through :func:`run_audit`; neither loads a model or
hashes a file itself. An :class:`AuditRequest` names the files and settings; :func:`run_audit`

1. checks the settings and picks the device,
2. hashes every input file's bytes (weights, model code, each image) *before* using it, and refuses
   weights that do not match an expected digest (the bundled demo's ``MANIFEST.json``),
3. loads the model and images through :mod:`engine.loading` (safetensors only, no pickle, no code
   shipped with a model), applying a Hugging Face folder's preprocessing,
4. runs :func:`engine.causal.audit.run_audit`,

and returns a :class:`CausalAudit`, whose :meth:`~CausalAudit.to_draft` is the report. Nothing is
cached between calls: each request loads its own model, so a failed load never leaves an earlier
model in use.

torch is imported only inside the functions: the GUI imports this module at start-up.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from core.draft import ReportDraft
from core.errors import AttestError
from core.fileio import sha256_file
from core.jobs import Job, ensure_job

from .audit import KINDS, AuditParams, CausalResult

if TYPE_CHECKING:  # annotations only
    import torch

    from engine.loading import LoadedModel

    from . import graph as G

ASSETS = Path(__file__).resolve().parents[2] / "assets"
"""The bundled assets: next to ``engine/`` in the repository and in an installed wheel alike."""

DEMO_TITLE = "Model audit (demo): the Clever-Hans CNN, class 0 (ring)"


# -- the request ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class AuditRequest:
    """Everything one audit needs: which files, which class, which test settings.

    ``model`` is a ``.safetensors`` file (with ``model_code`` = ``FILE.py:FACTORY`` naming its
    architecture) or a local Hugging Face folder. ``data`` is a folder of images. ``layers`` empty
    means every conv/linear layer but the last. ``manifest_dir``, when given, is a bundled asset
    folder whose ``MANIFEST.json`` lists the weights file's SHA-256: other bytes are refused.
    ``class_names``, ``title``, ``model_label`` and ``data_label`` only change how the report reads.
    """

    model: Path
    data: Path
    target: int
    model_code: str | None = None
    layers: tuple[str, ...] = ()
    intervention: str = "zero"
    beta: float = 0.0
    samples: int = 100
    all_samples: bool = False
    alpha: float = 0.05
    min_effect: float = 0.05
    metrics: bool = True
    seed: int = 0
    device: str = "auto"
    unit_axis: str = "auto"
    max_edge_children: int = 32  # per-edge tests towards at most this many kept children (the strongest)
    patch_from: Path | None = None  # text models: paired "corrupted" texts, line by line
    positions: str = "all"  # text models: all | last | INDEX[,INDEX]
    manifest_dir: Path | None = None
    class_names: tuple[str, ...] = ()
    title: str | None = None
    model_label: str | None = None
    data_label: str | None = None
    is_text: bool = field(init=False, compare=False, repr=False)
    """Whether this audits a text model: the data is a .txt/.jsonl file, or the model a text classifier."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "model", Path(self.model))
        object.__setattr__(self, "data", Path(self.data))
        object.__setattr__(self, "model_code", (self.model_code or "").strip() or None)
        object.__setattr__(self, "layers", tuple(self.layers))
        object.__setattr__(self, "class_names", tuple(self.class_names))
        if self.manifest_dir is not None:
            object.__setattr__(self, "manifest_dir", Path(self.manifest_dir))
        if self.patch_from is not None:
            object.__setattr__(self, "patch_from", Path(self.patch_from))
        from .text import is_text_data, is_text_model_folder

        object.__setattr__(self, "is_text", is_text_data(self.data) or is_text_model_folder(self.model))

    def check(self) -> None:
        """Refuse settings no audit can run with (one line each); files are checked when loaded."""
        if self.intervention not in KINDS:
            raise AttestError(f"unknown intervention {self.intervention!r}: use zero, mean, soft or patch")
        if self.patch_from is not None and self.intervention not in ("zero", "patch"):
            raise AttestError(f"--patch-from patches units with their values on the paired texts; it does not "
                              f"combine with --intervention {self.intervention}")
        if self.is_text:
            from .text import parse_positions

            parse_positions(self.positions)
        elif self.patch_from is not None or self.intervention == "patch":
            raise AttestError("activation patching (--patch-from) is for text models: --data must be a .txt "
                              "or .jsonl file")
        elif (self.positions or "all") != "all":
            raise AttestError("--positions is for text models: --data must be a .txt or .jsonl file")
        if self.samples < 2:
            raise AttestError("--samples must be at least 2")
        if not 0.0 < self.alpha < 1.0:
            raise AttestError(f"--alpha must lie between 0 and 1 (a false discovery rate), got {self.alpha:g}")
        if not 0.0 <= self.min_effect <= 1.0:
            raise AttestError(
                f"--min-effect is a share of the layer's strongest effect: 0 to 1, got {self.min_effect:g}")
        if self.max_edge_children < 1:
            raise AttestError(f"--edge-children must be at least 1, got {self.max_edge_children}")
        if self.beta < 0:
            raise AttestError(f"--beta must not be negative, got {self.beta:g}")
        if self.unit_axis not in ("auto", "channels", "last"):
            raise AttestError(f"unknown unit axis {self.unit_axis!r}: use auto, channels or last")

    def params(self) -> AuditParams:
        return AuditParams(target=self.target, layers=self.layers, intervention=self.intervention,
                           samples=self.samples, beta=self.beta, alpha=self.alpha, all_samples=self.all_samples,
                           min_effect=self.min_effect, seed=self.seed, metrics=self.metrics,
                           unit_axis="last" if self.is_text else self.unit_axis, positions=self.positions,
                           max_edge_children=self.max_edge_children)

    @property
    def code_file(self) -> Path | None:
        """The ``FILE.py`` part of ``model_code``."""
        return Path(self.model_code.rpartition(":")[0]) if self.model_code and ":" in self.model_code else None


def demo_request(assets_dir: str | Path | None = None, **changes: Any) -> AuditRequest:
    """The bundled Clever-Hans demo: its CNN (checked against MANIFEST.json) on its ring images, class 0.

    ``changes`` override request fields (``samples=8``, ``metrics=False``, ``device="cpu"``...).
    """
    from . import demo_model

    area = Path(assets_dir if assets_dir is not None else ASSETS) / "causal"
    request = AuditRequest(
        model=area / demo_model.WEIGHTS, data=area / demo_model.IMAGES, target=demo_model.TARGET,
        model_code=f"{Path(demo_model.__file__).resolve()}:build", manifest_dir=area,
        class_names=demo_model.CLASSES, title=DEMO_TITLE, model_label="bundled Clever-Hans demo CNN",
        data_label="ring images with the corner marker")
    return replace(request, **changes) if changes else request


TEXT_DEMO_TITLE = "Model audit (text demo): MiniLM review classifier, class 1 (positive), sign-off shortcut"
TEXT_DEMO_LAYERS = tuple(f"bert.encoder.layer.{i}.attention.self" for i in (3, 4, 5)) + (
    "bert.encoder.layer.5.intermediate",)


def text_demo_folder(cache: str | Path | None = None, assets_dir: str | Path | None = None) -> Path:
    """The MiniLM text demo as a Hugging Face folder, built once from the installed MiniLM weights and the
    bundled fine-tuned layers (both checked against their SHA-256) under ``cache`` (default: the user's
    cache folder, ``$ATTEST_CACHE`` or ``~/.cache/attest``)."""
    import os

    from . import text_demo

    default = Path(os.environ.get("ATTEST_CACHE") or Path.home() / ".cache" / "attest")
    root = Path(cache) if cache is not None else default
    area = Path(assets_dir) / "causal" / "text" if assets_dir is not None else None
    return text_demo.build_folder(root / "minilm_shortcut", area)


def text_demo_request(folder: str | Path, assets_dir: str | Path | None = None, **changes: Any) -> AuditRequest:
    """The text demo: heads of MiniLM's last three layers and the neurons of the last MLP, patched from the
    same reviews with a neutral sign-off (activation patching), class 1 (positive)."""
    from . import text_demo

    area = Path(assets_dir if assets_dir is not None else ASSETS) / "causal" / "text"
    request = AuditRequest(
        model=Path(folder), data=area / "demo_clean.txt", patch_from=area / "demo_patched.txt",
        target=text_demo.TARGET, layers=TEXT_DEMO_LAYERS, intervention="patch", samples=6, max_edge_children=3,
        class_names=text_demo.CLASSES, title=TEXT_DEMO_TITLE,
        model_label="MiniLM-L6 review classifier with a planted sign-off shortcut",
        data_label="positive reviews signed '- sent from my tablet', patched from '- sent from my laptop'")
    return replace(request, **changes) if changes else request


def is_demo(request: AuditRequest, assets_dir: str | Path | None = None) -> bool:
    """Whether ``request`` audits the bundled demo's files (whatever its settings)."""
    demo = demo_request(assets_dir)
    return (_same(request.model, demo.model) and _same(request.data, demo.data)
            and request.model_code is not None and request.code_file is not None and demo.code_file is not None
            and _same(request.code_file, demo.code_file) and request.model_code.endswith(":build"))


def _same(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False


# -- the result -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class AuditInput:
    """One input file of an audit and the SHA-256 of its bytes, as read for the audit."""

    label: str
    path: Path
    sha256: str


@dataclass(frozen=True)
class CausalAudit:
    """A finished causal audit: what was asked, what was used (with digests) and what was found."""

    request: AuditRequest
    params: AuditParams
    result: CausalResult
    inputs: tuple[AuditInput, ...]
    model_kind: str  # "safetensors+factory" | "huggingface" | "huggingface-text"
    model_label: str
    data_label: str
    device: str
    class_names: tuple[str, ...] = field(default=())

    # -- what the pages and the command line show -----------------------------------------------------
    @property
    def target(self) -> int:
        return self.result.target

    @property
    def target_label(self) -> str:
        """``0 (ring)`` when the class has a name, else ``0``."""
        name = self.class_name(self.target)
        return f"{self.target} ({name})" if name else str(self.target)

    def class_name(self, index: int) -> str | None:
        return self.class_names[index] if 0 <= index < len(self.class_names) else None

    @property
    def nodes(self) -> list[G.Node]:
        return self.result.nodes

    @property
    def edges(self) -> list[G.Edge]:
        return self.result.edges

    @property
    def layers(self) -> list[str]:
        return self.result.layers

    @property
    def execution(self) -> dict[str, str]:
        """How each audited layer was executed (``split`` or ``full-forward``)."""
        return self.result.execution

    @property
    def title(self) -> str:
        if self.request.title:
            return self.request.title
        return f"Model audit of class {self.target_label}: {self.model_label} on {self.data_label}"

    @property
    def input_digests(self) -> dict[str, str]:
        """Input label -> SHA-256 of its bytes: the report's ``inputs``."""
        return {i.label: i.sha256 for i in self.inputs}

    def node_map_png(self, node_id: str, scale: int = 4) -> bytes | None:
        from .report import node_map_png

        return node_map_png(self.result, node_id, scale=scale)

    def graphml(self) -> bytes:
        from .graph import graphml_bytes

        return graphml_bytes(self.result.graph)

    def to_dict(self) -> dict[str, Any]:
        """The command line's ``--json`` object, without ``report_id``."""
        return self.result.to_dict()

    def to_draft(self) -> ReportDraft:
        from .report import build_draft

        extra = {"model": self.model_label, "model_kind": self.model_kind, "data": self.data_label,
                 "model_code": _code_label(self.request.model_code), "device": self.device,
                 "class_name": self.class_name(self.target)}
        return build_draft(self.result, self.params, self.input_digests, self.title, extra)


def _code_label(spec: str | None) -> str | None:
    if not spec:
        return None
    file_part, _, factory = spec.rpartition(":")
    return f"{Path(file_part).name}:{factory}"


# -- loading --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class LoadedInputs:
    """The model (on its device, in eval mode) and the images of one request, with their digests."""

    model: Any  # torch.nn.Module
    x: torch.Tensor  # (N, C, H, W) in [0, 1], on the CPU
    files: tuple[Path, ...]
    inputs: tuple[AuditInput, ...]
    loaded: LoadedModel
    device: str
    class_names: tuple[str, ...]


def load_inputs(request: AuditRequest, job: Job | None = None) -> LoadedInputs:
    """Hash, then load, the request's model and images through the safe loaders."""
    from engine.device import pick_device
    from engine.loading import load_image_folder, load_model

    job = ensure_job(job)
    dev = pick_device(request.device)
    job.check()  # picking the device imported torch
    model_path, data = request.model, request.data
    if not model_path.exists():
        raise AttestError(f"model {model_path} does not exist")
    if not data.is_dir():
        raise AttestError(f"the image folder {data} is not a folder")

    # 1. the model's files, hashed before anything reads them as tensors or code
    inputs = []
    for f in _model_files(model_path):
        job.check()
        inputs.append(AuditInput(_model_label(model_path, f), f, sha256_file(f)))
    if request.manifest_dir is not None:
        _check_bundled(request.manifest_dir, model_path, inputs[0].sha256)
    code = request.code_file
    code_digest = sha256_file(code) if code is not None and code.suffix == ".py" and code.is_file() else None
    job.progress(1, 4, "loading the model")
    loaded = load_model(model_path, request.model_code)
    job.check()
    if loaded.kind != "huggingface" and loaded.sha256 != inputs[0].sha256:
        raise AttestError(f"{model_path.name} changed while it was being read; run the audit again")
    if request.model_code and loaded.kind != "huggingface":
        if code is None or code_digest is None:  # load_model refuses these first; kept for a clear state
            raise AttestError(f"model code {request.model_code!r} was not read")
        inputs.append(AuditInput(f"model code {code.name}", code, code_digest))

    # 2. the images, with the preprocessing a Hugging Face folder asks for
    size, norm = (None, None)
    if loaded.kind == "huggingface":
        size, norm = hf_preprocessing(model_path)
    job.progress(2, 4, "loading the images")
    x, files = load_image_folder(data, size=size, mode=image_mode(loaded.module))
    for f in files:
        job.check()
        inputs.append(AuditInput(f"image {f.name}", f, sha256_file(f)))
    job.progress(3, 4, "moving the model")
    model = loaded.module.to(dev).eval()
    if norm is not None:
        attach_normalization(model, *norm)
    names = request.class_names or _class_names(model)
    job.progress(4, 4, "inputs loaded")
    return LoadedInputs(model, x, tuple(files), tuple(inputs), loaded, str(dev), names)


def input_channels(model: Any) -> int:
    """How many channels the model's images have: its config, its ``input_shape``, or its first conv."""
    cfg = getattr(model, "config", None)
    n = getattr(cfg, "num_channels", None)
    if isinstance(n, int) and n > 0:
        return n
    shape = getattr(model, "input_shape", None)
    if shape:
        return int(shape[0])
    import torch.nn as nn

    for m in model.modules():
        if isinstance(m, (nn.Conv1d, nn.Conv2d, nn.Conv3d)):
            return int(m.in_channels)
    return 3


def image_mode(model: Any) -> str:
    """The Pillow mode images are converted to for this model: ``L`` for 1 channel, ``RGB`` for 3."""
    n = input_channels(model)
    if n not in (1, 3):
        raise AttestError(f"the model expects {n} input channels; Attest reads grayscale (1) or RGB (3) images")
    return "L" if n == 1 else "RGB"


def _model_files(path: Path) -> list[Path]:
    """The files a model is read from: the weights file, or a folder's weights and configs."""
    if not path.is_dir():
        return [path]
    files = sorted(path.glob("*.safetensors"))
    files += [p for p in (path / "config.json", path / "preprocessor_config.json") if p.is_file()]
    return [p for p in files if p.is_file()]


def _model_label(model: Path, f: Path) -> str:
    return f"model {model.name}/{f.name}" if model.is_dir() else f"model {f.name}"


def _check_bundled(area: Path, weights: Path, actual: str) -> None:
    from engine.loading import bundled_sha256

    expected = bundled_sha256(area, weights.name)
    if expected != actual:
        raise AttestError(
            f"{weights.name} does not match its recorded SHA-256 "
            f"(expected {expected[:12]}..., got {actual[:12]}...): refusing modified weights")


def _class_names(model: Any) -> tuple[str, ...]:
    """Class names a model carries (a Hugging Face config's id2label, unless only LABEL_n placeholders)."""
    id2label = getattr(getattr(model, "config", None), "id2label", None)
    if isinstance(id2label, Mapping) and id2label:
        try:
            names = [str(id2label[k]) for k in sorted(id2label, key=int)]
        except (TypeError, ValueError):
            return ()
        if not all(n == f"LABEL_{i}" for i, n in enumerate(names)):
            return tuple(names)
    names_attr = getattr(model, "class_names", None)
    if isinstance(names_attr, (list, tuple)) and all(isinstance(n, str) for n in names_attr):
        return tuple(names_attr)
    return ()


def hf_preprocessing(folder: Path) -> tuple[tuple[int, int] | None, tuple[list[float], list[float]] | None]:
    """Input size and normalisation from a Hugging Face folder's preprocessor_config.json, if present.

    ``shortest_edge`` sizes are approximated by a square resize (no centre crop).
    """
    path = folder / "preprocessor_config.json"
    if not path.is_file():
        return None, None
    from engine.loading import read_json_object

    cfg = read_json_object(path, "preprocessor config")
    try:
        size = None
        s = cfg.get("size")
        if cfg.get("do_resize", True) and s is not None:
            if isinstance(s, int):
                size = (s, s)
            elif isinstance(s, dict) and "height" in s and "width" in s:
                size = (int(s["height"]), int(s["width"]))
            elif isinstance(s, dict) and "shortest_edge" in s:
                size = (int(s["shortest_edge"]), int(s["shortest_edge"]))
        norm = None
        if cfg.get("do_normalize", True) and "image_mean" in cfg and "image_std" in cfg:
            norm = ([float(v) for v in cfg["image_mean"]], [float(v) for v in cfg["image_std"]])
    except (TypeError, ValueError) as exc:
        raise AttestError(f"{path}: invalid size or normalisation ({exc})") from None
    if size is not None and not (0 < size[0] <= 8192 and 0 < size[1] <= 8192):
        raise AttestError(f"{path}: image size {size[0]}x{size[1]} is out of range")
    if norm is not None and any(v == 0 for v in norm[1]):
        raise AttestError(f"{path}: image_std must not contain 0")
    return size, norm


def attach_normalization(model: Any, mean: list[float], std: list[float]) -> None:
    """Normalise [0, 1] images inside the model (a pre-hook), so that layer names stay unchanged and
    every map and perturbation of the audit lives in image space."""
    import torch

    m = torch.tensor(mean).reshape(1, -1, 1, 1)
    s = torch.tensor(std).reshape(1, -1, 1, 1)

    def pre(_mod: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
        if args:
            x = args[0]
            return ((x - m.to(x.device, x.dtype)) / s.to(x.device, x.dtype), *args[1:]), kwargs
        if "pixel_values" in kwargs:
            x = kwargs["pixel_values"]
            kwargs = {**kwargs, "pixel_values": (x - m.to(x.device, x.dtype)) / s.to(x.device, x.dtype)}
        return args, kwargs

    model.register_forward_pre_hook(pre, with_kwargs=True)


# -- the audit ------------------------------------------------------------------------------------------


def run_audit(request: AuditRequest, job: Job | None = None) -> CausalAudit:
    """Load, hash and audit what ``request`` names; raise :class:`AttestError` on bad input."""
    from .audit import run_audit as audit

    job = ensure_job(job)
    request.check()
    if request.is_text:
        return run_text_audit(request, job)
    loaded = load_inputs(request, job=job.stage(0.0, 0.04, "loading the model and images"))
    params = request.params()
    result = audit(loaded.model, loaded.x, params, job=job.stage(0.04, 1.0))
    return CausalAudit(
        request=request, params=params, result=result, inputs=loaded.inputs, model_kind=loaded.loaded.kind,
        model_label=request.model_label or request.model.name, data_label=request.data_label or request.data.name,
        device=loaded.device, class_names=loaded.class_names)


@dataclass(frozen=True)
class LayerChoice:
    """A named module of a model, and whether a default audit tests it."""

    name: str
    kind: str  # the module's class name
    default: bool


def list_layers(model: str | Path, model_code: str | None = None, job: Job | None = None) -> list[LayerChoice]:
    """Every named module of a model, the default audit's layers marked (every weighted one but the last)."""
    from engine.loading import load_model

    from .interventions import weighted_layers
    from .text import HEADS, is_text_model_folder, layer_kinds, load_text_model

    ensure_job(job).progress(0, 1, "loading the model")
    if is_text_model_folder(Path(model)):
        tm = load_text_model(Path(model))
        kinds = layer_kinds(tm.module)
        mods = dict(tm.module.named_modules())
        return [LayerChoice(name, f"{type(mods[name]).__name__}: {k}", k == HEADS) for name, (k, _g) in kinds.items()]
    loaded = load_model(Path(model), (model_code or "").strip() or None)
    weighted = weighted_layers(loaded.module)
    default = set(weighted[:-1])
    return [LayerChoice(name, type(m).__name__, name in default) for name, m in loaded.module.named_modules() if name]


# -- text models ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class LoadedText:
    """A text model (packed inputs, see :mod:`engine.causal.text`), its encoded inputs and their digests."""

    model: Any
    text: Any  # engine.causal.text.TextModel
    encoded: Any  # engine.causal.text.Encoded
    inputs: tuple[AuditInput, ...]
    device: str
    class_names: tuple[str, ...]


def load_text_inputs(request: AuditRequest, job: Job | None = None) -> LoadedText:
    """Hash, then load, a text model folder and its input file(s); refuse bad input with one line."""
    from engine.device import pick_device

    from . import text as T

    job = ensure_job(job)
    dev = pick_device(request.device)
    job.check()  # picking the device imported torch
    folder, data = request.model, request.data
    if not folder.exists():
        raise AttestError(f"model {folder} does not exist")
    if not folder.is_dir():
        raise AttestError(f"{folder.name}: a text model is a local Hugging Face folder (config.json, "
                          "*.safetensors and the tokenizer's files)")
    if data.is_dir():
        raise AttestError(f"{data} is a folder; a text model reads a .txt file (one text per line) or a .jsonl file")
    if not T.is_text_data(data):
        raise AttestError(f"{data.name}: a text model reads a .txt file (one text per line) or a .jsonl file")
    T.check_tokenizer(folder)
    files = _model_files(folder) + [p for p in (folder / n for n in T.TOKENIZER_FILES + ("tokenizer_config.json",
                                                                                          "special_tokens_map.json"))
                                    if p.is_file()]
    inputs = []
    for f in dict.fromkeys(files):
        job.check()
        inputs.append(AuditInput(_model_label(folder, f), f, sha256_file(f)))
    job.progress(1, 4, "reading the texts")
    items = T.read_texts(data, request.patch_from)
    inputs.append(AuditInput(f"texts {data.name}", data, sha256_file(data)))
    if request.patch_from is not None:
        inputs.append(AuditInput(f"paired texts {request.patch_from.name}", request.patch_from,
                                 sha256_file(request.patch_from)))
    job.progress(2, 4, "loading the model")
    tm = T.load_text_model(folder, job=job)
    job.check()
    enc = T.encode(tm, items, data.name, request.patch_from.name if request.patch_from else data.name)
    T.check_positions(enc, T.parse_positions(request.positions), data.name)
    if request.intervention == "patch" and not enc.paired:
        raise AttestError("--intervention patch needs paired texts: --patch-from FILE or a 'corrupted' field")
    job.progress(3, 4, "moving the model")
    model = tm.module.to(dev).eval()
    names = request.class_names or _class_names(model)
    job.progress(4, 4, "inputs loaded")
    return LoadedText(model, tm, enc, tuple(inputs), str(dev), names)


def run_text_audit(request: AuditRequest, job: Job | None = None) -> CausalAudit:
    """The audit of a text classifier (heads and neurons; see :mod:`engine.causal.text`)."""
    from dataclasses import replace as dc_replace

    from . import text as T
    from .audit import TextSetup
    from .audit import run_audit as audit

    job = ensure_job(job)
    loaded = load_text_inputs(request, job=job.stage(0.0, 0.04, "loading the model and texts"))
    layers, kinds = T.resolve_text_layers(loaded.model, request.layers)
    kind = request.intervention
    if loaded.encoded.paired:  # --patch-from, or "corrupted" fields in a jsonl file: activation patching
        if kind not in ("zero", "patch"):
            raise AttestError(f"the texts are paired for activation patching; --intervention {kind} does not "
                              "combine with pairs (drop the pairs or the option)")
        kind = "patch"
    # token maps cost a pass per token and node: the 8 strongest nodes of each layer get one
    params = dc_replace(request.params(), layers=tuple(layers), intervention=kind, maps_per_layer=8)
    tm = loaded.text
    setup = TextSetup(kinds=kinds, special_ids=tm.special_ids, occlusion_id=tm.occlusion_id, tokens=tm.tokens,
                      lines=tuple(it.line for it in loaded.encoded.items), paired=loaded.encoded.paired,
                      maps_inputs=min(4, max(2, request.samples // 4)))
    result = audit(loaded.model, loaded.encoded.x, params, job=job.stage(0.04, 1.0), text=setup)
    return CausalAudit(
        request=request, params=params, result=result, inputs=loaded.inputs, model_kind="huggingface-text",
        model_label=request.model_label or request.model.name, data_label=request.data_label or request.data.name,
        device=loaded.device, class_names=loaded.class_names)
