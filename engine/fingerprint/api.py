"""Image tracing, the whole path: the model and the registry of a database, enrolling, listing,
generating, exporting a user's generator, tracing image files and the robustness evaluation.

The command line (:mod:`engine.fingerprint.cli`) and the app (``gui/pages/trace.py``) call only this
module; each action returns a typed result, and the two audits (:func:`trace`, :func:`evaluate`) return
results whose ``to_draft()`` is the report. Nothing here imports torch at module level.

A trace report names exactly the bytes it was computed from: each traced image by the SHA-256 of its
file's bytes (``image PATH``, hashed with :func:`core.fileio.sha256_file` before it is decoded) and
the model by the SHA-256 of its weights (``model NAME``); the registry it matched against is named by
the digest of its names and codes (``registry_sha256`` in the parameters).

In a batch, an image that cannot be used (missing, empty, corrupt, not an image, too small, a folder
without images) gets its own error entry and the others are still traced. Only when no image at all
can be traced is that an error.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from core.draft import ReportDraft
from core.errors import AttestError, Cancelled
from core.fileio import atomic_write_bytes, sha256_file
from core.jobs import Job, ensure_job

from .evaluate import GOAL_BIT_ACC, GOAL_PSNR_DB, GOAL_TPR, EvaluationOptions, EvaluationRun, Goals
from .evaluate import evaluate as _run_evaluation
from .registry import Registry, User
from .scenes import FAMILIES
from .tracing import VERDICTS, Candidate, TraceOptions, TraceResult, decide, decode_for_matching

if TYPE_CHECKING:
    import torch
    from PIL import Image

    from .system import FingerprintSystem

__all__ = [
    "GOAL_BIT_ACC", "GOAL_PSNR_DB", "GOAL_TPR", "SCENE_FAMILIES", "VERDICTS", "Candidate", "DemoRun",
    "Enrollment", "EvaluationOptions", "EvaluationRun", "ExportedGenerator", "FingerprintSession",
    "GenerateOptions", "Generation", "Goals", "RegistryView", "TraceFailure", "TraceOptions", "TraceResult",
    "TraceRun", "User", "demo", "enroll", "evaluate", "export_generator", "generate", "list_users", "open_session",
    "open_thumbnail", "trace",
]

SCENE_FAMILIES: tuple[str, ...] = FAMILIES
"""The scene families a user's generator is prompted with."""
EMPTY_REGISTRY = "the registry is empty: enroll a user first (python main.py fingerprint enroll NAME)"
MAX_GENERATE = 10_000


# -- the model and the registry of one database ---------------------------------------------------------
@dataclass(frozen=True)
class FingerprintSession:
    """The fingerprint model and the registry of users enrolled for it in one database."""

    system: FingerprintSystem
    registry: Registry


def open_session(db: Any, *, device: str = "cpu", weights: str | Path | None = None) -> FingerprintSession:
    """Load the model (the bundled weights, checked against the manifest, unless ``weights`` names a
    file) and open its registry in ``db`` (a ``sqlite_utils.Database``)."""
    from .system import load_system
    system = load_system(weights, device=device or "cpu")
    registry = Registry(db, k=system.k, model_sha256=system.sha256, screen=system.code_check)
    return FingerprintSession(system, registry)


# -- the registry -------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class RegistryView:
    """The enrolled users and the codebook's settings."""

    users: tuple[User, ...]
    k: int
    min_distance: int
    probes: int
    """Probe scenes on which the model reads a code back before the code is issued."""

    def to_dict(self) -> dict[str, Any]:
        return {"k": self.k, "min_distance": self.min_distance, "users": [u.to_dict() for u in self.users]}


def _view(registry: Registry) -> RegistryView:
    from .system import PROBE_SEEDS
    return RegistryView(tuple(registry.users()), registry.k, registry.min_distance, len(PROBE_SEEDS))


def list_users(*, db: Any, device: str = "cpu", weights: str | Path | None = None,
               job: Job | None = None) -> RegistryView:
    return _view(open_session(db, device=device, weights=weights).registry)


@dataclass(frozen=True)
class Enrollment:
    user: User
    registry: RegistryView
    """The registry after the enrollment."""


def enroll(name: str, *, db: Any, device: str = "cpu", weights: str | Path | None = None,
           job: Job | None = None) -> Enrollment:
    """Enroll ``name``: draw a code far from every enrolled one that the model reads back reliably."""
    registry = open_session(db, device=device, weights=weights).registry
    user = registry.enroll(name)
    return Enrollment(user, _view(registry))


# -- generating and exporting -------------------------------------------------------------------------------
@dataclass(frozen=True)
class GenerateOptions:
    n: int = 4
    seed: int = 0
    family: str | None = None
    """Scene family (the "prompt"); ``None`` cycles through all of them."""

    def __post_init__(self) -> None:
        if not 1 <= self.n <= MAX_GENERATE:
            raise AttestError(f"--n must be between 1 and {MAX_GENERATE} (got {self.n})")
        if self.family is not None and self.family not in FAMILIES:
            raise AttestError(f"unknown scene family {self.family!r}; known: {', '.join(FAMILIES)}")


@dataclass(frozen=True)
class Generation:
    """Images generated with one user's fingerprinted generator."""

    user: str
    seeds: tuple[int, ...]
    families: tuple[str, ...]
    images: tuple[Image.Image, ...] = field(repr=False, compare=False)
    paths: tuple[Path, ...] = ()
    """The PNG files written (empty when no folder was given)."""

    def to_dict(self) -> dict[str, Any]:
        return {"user": self.user, "images": [str(p) for p in self.paths]}


def generate(name: str, options: GenerateOptions | None = None, out_dir: str | Path | None = None, *, db: Any,
             device: str = "cpu", weights: str | Path | None = None, job: Job | None = None) -> Generation:
    """Generate images for an enrolled user; with ``out_dir``, also write them there as PNG files
    (``NAME_FAMILY_SEED.png``)."""
    import numpy as np

    from .attacks import to_uint8_images
    opts = options or GenerateOptions()
    session = open_session(db, device=device, weights=weights)
    user = session.registry.get(name)
    seeds = tuple(opts.seed + i for i in range(opts.n))
    families = tuple(opts.family or FAMILIES[s % len(FAMILIES)] for s in seeds)
    folder = Path(out_dir) if out_dir is not None else None
    if folder is not None:
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise AttestError(f"cannot create {folder}: {exc.strerror or exc}") from None
    system = session.system
    z = system.latents(list(seeds), list(families))
    images = tuple(to_uint8_images(system.generate(np.array(user.code, np.uint8), z, job=job)))
    paths: list[Path] = []
    if folder is not None:
        for s, f, im in zip(seeds, families, images, strict=True):
            p = folder / f"{user.name}_{f}_{s:06d}.png"
            atomic_write_bytes(p, _png(im))
            paths.append(p)
    session.registry.log_generation(user.name, opts.family or "*", opts.seed, opts.n,
                                    str(folder) if folder is not None else "")
    return Generation(user.name, seeds, families, images, tuple(paths))


@dataclass(frozen=True)
class ExportedGenerator:
    user: str
    code_hex: str
    path: Path
    sha256: str
    """SHA-256 of the written file's bytes."""

    def to_dict(self) -> dict[str, Any]:
        return {"user": self.user, "path": str(self.path), "sha256": self.sha256}


def export_generator(name: str, out: str | Path, *, db: Any, device: str = "cpu",
                     weights: str | Path | None = None, job: Job | None = None) -> ExportedGenerator:
    """Write ``name``'s generator with the fingerprint baked into its weights (a .safetensors file)."""
    import numpy as np
    path = Path(out)
    if path.suffix.lower() != ".safetensors":
        raise AttestError(f"the exported generator must be a .safetensors file (got {path.name})")
    session = open_session(db, device=device, weights=weights)
    user = session.registry.get(name)
    sha = session.system.export_user_generator(np.array(user.code, np.uint8), path, user.name, user.code_hex)
    return ExportedGenerator(user.name, user.code_hex, path, sha)


# -- tracing ----------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class TraceFailure:
    """An image of the batch that could not be traced, and why (one line)."""

    image: str
    error: str

    def to_dict(self) -> dict[str, Any]:
        return {"image": self.image, "error": self.error}


@dataclass(frozen=True)
class TraceRun:
    """One trace over image files: a result per traced image, an error entry per unusable one."""

    results: tuple[TraceResult, ...]
    failures: tuple[TraceFailure, ...]
    hashes: tuple[str, ...]
    """SHA-256 of each traced image file's bytes, in the order of ``results``."""
    options: TraceOptions
    registry_users: int
    registry_sha256: str
    k: int
    model_sha256: str
    model_name: str
    n_views: int
    """Views decoded per image: 1, or the geometric search's views (the FPR is corrected for them)."""

    @property
    def counts(self) -> dict[str, int]:
        """Images per verdict (every verdict present, zero included)."""
        return {v: sum(r.verdict == v for r in self.results) for v in VERDICTS}

    @property
    def attributed(self) -> tuple[TraceResult, ...]:
        return tuple(r for r in self.results if r.verdict == "attributed")

    @property
    def params(self) -> dict[str, Any]:
        params = {**self.options.to_dict(), "search_views": self.n_views, "registry_users": self.registry_users,
                  "registry_sha256": self.registry_sha256, "k": self.k, "model_sha256": self.model_sha256}
        if self.options.search:
            params["view_per_image"] = {r.image: r.view for r in self.results}
        return params

    def failure_message(self) -> str:
        """One line naming the images that could not be traced ("" when every image was traced)."""
        if not self.failures:
            return ""
        total = len(self.failures) + len(self.results)
        return f"could not trace {len(self.failures)} of {total} image(s): {_join_failures(self.failures)}"

    def to_dict(self) -> dict[str, Any]:
        """The trace --json object (README, Image tracing); ``errors`` only when some image failed."""
        out: dict[str, Any] = {"results": [r.to_dict() for r in self.results]}
        if self.failures:
            out["errors"] = [f.to_dict() for f in self.failures]
        return out

    def to_draft(self) -> ReportDraft:
        """The report (kind ``trace``)."""
        inputs = {f"image {r.image}": h for r, h in zip(self.results, self.hashes, strict=True)}
        inputs[f"model {self.model_name}"] = self.model_sha256
        failed = f", {len(self.failures)} not traced" if self.failures else ""
        return ReportDraft(
            kind="trace",
            title=f"Trace of {len(self.results)} image(s){failed}",
            params=self.params,
            inputs=inputs,
            summary={"images": len(self.results), **self.counts, "not_traced": len(self.failures),
                     "registry_users": self.registry_users},
            result=self.to_dict(),
        )


def _join_failures(failures: Sequence[TraceFailure], shown: int = 3) -> str:
    text = "; ".join(_failure_line(f) for f in failures[:shown])
    return text + (f"; and {len(failures) - shown} more" if len(failures) > shown else "")


def _failure_line(f: TraceFailure) -> str:
    # the loaders name the file already ("x.png is empty"); otherwise say which image it was
    name = Path(f.image).name
    return f.error if name and name in f.error else f"{f.image}: {f.error}"


def _expand(paths: Sequence[str | Path]) -> list[tuple[str, Path] | TraceFailure]:
    """In the order given: (label, file) per image, a folder standing for the images in it, and a
    failure for a folder without images."""
    from ..loading import list_images
    entries: list[tuple[str, Path] | TraceFailure] = []
    for p in paths:
        pp = Path(p)
        if pp.is_dir():
            try:
                entries += [(str(f), f) for f in list_images(pp)]
            except Cancelled:
                raise
            except AttestError as exc:
                entries.append(TraceFailure(str(p), str(exc)))
        else:
            entries.append((str(p), pp))
    return entries


def _load_image(label: str, path: Path, size: int) -> tuple[torch.Tensor, str]:
    """(tensor [1, 3, size, size], SHA-256 of the file's bytes); AttestError if it cannot be used."""
    import torch.nn.functional as F

    from ..loading import image_to_tensor, open_image
    from .system import MIN_SIDE
    if not path.is_file():
        raise AttestError(f"{label}: no such file")
    digest = sha256_file(path)
    img = open_image(path)
    if min(img.size) < MIN_SIDE:
        raise AttestError(f"{path.name}: the image is {img.size[0]}x{img.size[1]} pixels, too small to carry a "
                          f"fingerprint (at least {MIN_SIDE}x{MIN_SIDE})")
    x = image_to_tensor(img)[None]
    if x.shape[-2:] != (size, size):
        x = F.interpolate(x, size=(size, size), mode="bilinear", align_corners=False, antialias=True)
    return x, digest


def trace(paths: Sequence[str | Path], options: TraceOptions | None = None, job: Job | None = None, *, db: Any,
          device: str = "cpu", weights: str | Path | None = None) -> TraceRun:
    """Which enrolled user generated each image? Files and folders (the images inside them).

    Each file is hashed, decoded (safely: :func:`engine.loading.open_image`), resized to the model's
    size, decoded for its bits and matched against every enrolled code; see :mod:`.tracing` for the
    decision. An unusable image becomes an error entry of the run; if none can be traced, or the
    registry is empty, :class:`AttestError`.
    """
    import torch
    opts = options or TraceOptions()
    job = ensure_job(job)
    session = open_session(db, device=device, weights=weights)
    system, registry = session.system, session.registry
    names, codes = registry.packed_codes()
    if not names:
        raise AttestError(EMPTY_REGISTRY)
    entries = _expand(paths)
    if not entries:
        raise AttestError("no images to trace")
    loading = job.stage(0.0, 0.1, "reading images")
    tensors, labels, hashes = [], [], []
    failures: list[TraceFailure] = []
    for i, entry in enumerate(entries):
        if isinstance(entry, TraceFailure):
            failures.append(entry)
            continue
        label, f = entry
        loading.progress(i, len(entries), f"reading {f.name}")
        try:
            x, digest = _load_image(label, f, system.image_size)
        except Cancelled:
            raise
        except AttestError as exc:
            failures.append(TraceFailure(label, str(exc)))
            continue
        tensors.append(x)
        labels.append(label)
        hashes.append(digest)
    if not tensors:
        if len(failures) == 1:
            raise AttestError(_failure_line(failures[0]))
        raise AttestError(f"none of the {len(failures)} images could be traced: {_join_failures(failures)}")
    images = torch.cat(tensors)
    logits, view_names, n_views = decode_for_matching(system, images, codes, tta=opts.tta, search=opts.search,
                                                      job=job.stage(0.1, 0.95))
    results = decide(logits, names, codes, labels, fpr_threshold=opts.fpr_threshold, chance_level=opts.chance_level,
                     top=opts.top, n_views=n_views)
    results = [replace(r, view=v) for r, v in zip(results, view_names, strict=True)]
    job.progress(1, 1, "matched")
    return TraceRun(tuple(results), tuple(failures), tuple(hashes), opts, len(names), registry.codes_sha256(),
                    system.k, system.sha256, Path(system.path).name, n_views)


def open_thumbnail(path: str | Path, size: int = 128) -> Image.Image:
    """A traced or generated image, opened safely and shrunk to fit ``size`` x ``size``."""
    from ..loading import open_image
    img = open_image(path)
    img.thumbnail((size, size))
    return img


# -- evaluation -------------------------------------------------------------------------------------------
def evaluate(options: EvaluationOptions | None = None, job: Job | None = None, *, device: str = "cpu",
             weights: str | Path | None = None) -> EvaluationRun:
    """The attack suite on held-out prompts and codes drawn as the registry draws them (nobody is
    enrolled); see :mod:`.evaluate`."""
    from .system import load_system
    return _run_evaluation(load_system(weights, device=device or "cpu"), options or EvaluationOptions(), job)


# -- the demo ---------------------------------------------------------------------------------------------
DEMO_USERS = ("alice", "bob", "carol")
DEMO_ATTACKS = ("none", "jpeg70", "crop90", "blur1", "noise0.02", "brightness0.7", "brightness1.3", "combo")


@dataclass(frozen=True)
class DemoRun:
    trace: TraceRun
    evaluation: EvaluationRun


def demo(out_dir: str | Path, *, db: Any, device: str = "cpu", job: Job | None = None) -> DemoRun:
    """Enroll the demo users if absent, generate two images each into ``out_dir``, add an
    unfingerprinted scene and one sample rotated by 15 degrees (as a re-poster might), trace them all
    with the geometric search, and run a quick evaluation."""
    import numpy as np
    from PIL import Image

    from . import attacks as A
    from .scenes import render
    job = ensure_job(job)
    out = Path(out_dir)
    session = open_session(db, device=device)
    known = {u.name for u in session.registry.users()}
    for name in DEMO_USERS:
        if name not in known:
            session.registry.enroll(name)
    gen_job = job.stage(0.0, 0.1, "generating demo images")
    generations = [generate(name, GenerateOptions(n=2, seed=500_000 + 10 * i), out, db=db, device=device,
                            job=gen_job.stage(i / len(DEMO_USERS), (i + 1) / len(DEMO_USERS)))
                   for i, name in enumerate(DEMO_USERS)]
    paths = [p for g in generations for p in g.paths]
    clean = out / "unfingerprinted_scene.png"
    scene = render("sea", 424_242, session.system.image_size)
    atomic_write_bytes(clean, _png(Image.fromarray((scene * 255).round().astype(np.uint8))))
    paths.append(clean)
    rotated = out / f"{paths[0].stem}_rotated15.png"
    x = A.from_images([generations[0].images[0]])
    atomic_write_bytes(rotated, _png(A.to_uint8_images(A.rotate(x, 15.0))[0]))
    paths.append(rotated)
    run = trace([str(p) for p in paths], TraceOptions(search=True), job.stage(0.1, 0.3), db=db, device=device)
    evaluation = evaluate(EvaluationOptions(n_users=4, per_user=3, attacks=DEMO_ATTACKS), job.stage(0.3, 1.0),
                          device=device)
    return DemoRun(run, evaluation)


def _png(image: Image.Image) -> bytes:
    buf = io.BytesIO()
    image.save(buf, format="PNG")
    return buf.getvalue()
