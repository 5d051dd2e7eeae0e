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
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from core.draft import ArtifactDraft, ReportDraft
from core.errors import AttestError, Cancelled
from core.fileio import atomic_write_bytes, sha256_file
from core.jobs import Job, ensure_job

from .evaluate import GOAL_BIT_ACC, GOAL_PSNR_DB, GOAL_SSIM, GOAL_TPR, EvaluationOptions, EvaluationRun, Goals
from .evaluate import evaluate as _run_evaluation
from .registry import BulkEnrollment, Registry, User
from .scenes import FAMILIES
from .tracing import (
    SEARCH_VIEWS,
    VERDICTS,
    Candidate,
    Matcher,
    TraceOptions,
    TraceResult,
    decide,
    decode_for_matching,
)

if TYPE_CHECKING:
    import torch
    from PIL import Image

    from .system import FingerprintSystem

__all__ = [
    "GOAL_BIT_ACC", "GOAL_PSNR_DB", "GOAL_SSIM", "GOAL_TPR", "SCENE_FAMILIES", "VERDICTS", "BulkEnrollment",
    "Candidate",
    "DemoRun", "Enrollment", "EvaluationOptions", "EvaluationRun", "ExportedGenerator", "FingerprintSession",
    "GenerateOptions", "Generation", "Goals", "Matcher", "RegistryView", "TraceFailure", "TraceInputs", "TraceItem",
    "TraceOptions", "TraceResult", "TraceRun", "User", "demo", "enroll", "enroll_many", "evaluate",
    "export_generator", "generate", "generate_base", "generate_from_file",
    "list_users", "open_session", "open_thumbnail", "registry_matcher", "trace",
    "trace_batch", "trace_to_jsonl",
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


def open_session(db: Any, *, device: str = "cpu", weights: str | Path | None = None,
                 job: Job | None = None) -> FingerprintSession:
    """Load the model (the bundled weights, checked against the manifest, unless ``weights`` names a
    file) and open its registry in ``db`` (a ``sqlite_utils.Database``)."""
    from .system import load_system
    system = load_system(weights, device=device or "cpu", job=job)
    registry = Registry(db, k=system.k, model_sha256=system.sha256, screen=system.code_check,
                        screen_many=system.code_check_many)
    return FingerprintSession(system, registry)


# -- the registry -------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class RegistryView:
    """The enrolled users and the codebook's settings."""

    users: tuple[User, ...]
    """A page of users (``limit`` from ``offset``, optionally only names containing ``search``)."""
    k: int
    min_distance: int
    probes: int
    """Probe scenes on which the model reads a code back before the code is issued."""
    total: int = 0
    """Users enrolled in all."""
    digest: str = ""
    """The registry digest (hash chain over the enrolled users)."""

    def to_dict(self) -> dict[str, Any]:
        return {"k": self.k, "min_distance": self.min_distance, "total": self.total, "digest": self.digest,
                "users": [u.to_dict() for u in self.users]}


def _view(registry: Registry, limit: int | None = 1000, offset: int = 0, search: str | None = None) -> RegistryView:
    from .system import PROBE_SEEDS
    return RegistryView(tuple(registry.users(limit=limit, offset=offset, search=search)), registry.k,
                        registry.min_distance, len(PROBE_SEEDS), registry.count(), registry.codes_sha256())


def list_users(*, db: Any, device: str = "cpu", weights: str | Path | None = None, job: Job | None = None,
               limit: int | None = 1000, offset: int = 0, search: str | None = None) -> RegistryView:
    """A page of the enrolled users (the first 1000 by default) and the registry's settings."""
    return _view(open_session(db, device=device, weights=weights).registry, limit, offset, search)


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
    return Enrollment(user, _view(registry, limit=20))


def enroll_many(names: str | Path | Sequence[str], *, db: Any, screen: bool = True, device: str = "cpu",
                weights: str | Path | None = None, job: Job | None = None) -> BulkEnrollment:
    """Enroll many users: from a CSV file (a ``name`` column, or one name per line) or a list of names.
    Invalid, already enrolled and repeated names are refused with a reason; the rest are enrolled in
    committed batches. ``screen=False`` skips the model check of each code (see the README for its
    cost)."""
    from .registry import read_names
    if isinstance(names, (str, Path)):
        listed, total = read_names(names)
    else:
        listed, total = list(names), len(names)
    registry = open_session(db, device=device, weights=weights).registry
    return registry.enroll_many(listed, screen=screen, job=job, total=total)


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


def _out_folder(out_dir: str | Path | None) -> Path | None:
    folder = Path(out_dir) if out_dir is not None else None
    if folder is not None:
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise AttestError(f"cannot create {folder}: {exc.strerror or exc}") from None
    return folder


def _write_generation(label: str, seeds: tuple[int, ...], families: tuple[str, ...], images: tuple[Any, ...],
                      folder: Path | None) -> tuple[Path, ...]:
    """``LABEL_SEED_FAMILY.png``: for one label, names sort by seed, whatever the family."""
    paths: list[Path] = []
    if folder is not None:
        for s, f, im in zip(seeds, families, images, strict=True):
            p = folder / f"{label}_{s:06d}_{f}.png"
            atomic_write_bytes(p, _png(im))
            paths.append(p)
    return tuple(paths)


def _prompts(opts: GenerateOptions) -> tuple[tuple[int, ...], tuple[str, ...]]:
    seeds = tuple(opts.seed + i for i in range(opts.n))
    return seeds, tuple(opts.family or FAMILIES[s % len(FAMILIES)] for s in seeds)


def generate(name: str, options: GenerateOptions | None = None, out_dir: str | Path | None = None, *, db: Any,
             device: str = "cpu", weights: str | Path | None = None, job: Job | None = None) -> Generation:
    """Generate images for an enrolled user; with ``out_dir``, also write them there as PNG files
    (``NAME_SEED_FAMILY.png``). The same seed and family decode the same latents in every form of
    generation (:func:`generate_base`, :func:`generate_from_file`)."""
    import numpy as np

    from .attacks import to_uint8_images
    opts = options or GenerateOptions()
    session = open_session(db, device=device, weights=weights)
    user = session.registry.get(name)
    seeds, families = _prompts(opts)
    folder = _out_folder(out_dir)
    system = session.system
    z = system.latents(list(seeds), list(families), job=job)
    images = tuple(to_uint8_images(system.generate(np.array(user.code, np.uint8), z, job=job)))
    paths = _write_generation(user.name, seeds, families, images, folder)
    session.registry.log_generation(user.name, opts.family or "*", opts.seed, opts.n,
                                    str(folder) if folder is not None else "")
    return Generation(user.name, seeds, families, images, paths)


def generate_base(options: GenerateOptions | None = None, out_dir: str | Path | None = None, *,
                  device: str = "cpu", weights: str | Path | None = None, job: Job | None = None) -> Generation:
    """Generate with the unfingerprinted generator (``base_SEED_FAMILY.png``); no registry involved."""
    from .attacks import to_uint8_images
    from .system import load_system
    opts = options or GenerateOptions()
    system = load_system(weights, device=device, job=job)
    seeds, families = _prompts(opts)
    folder = _out_folder(out_dir)
    z = system.latents(list(seeds), list(families), job=job)
    images = tuple(to_uint8_images(system.generate(None, z, job=job)))
    return Generation("base", seeds, families, images, _write_generation("base", seeds, families, images, folder))


def generate_from_file(generator: str | Path, options: GenerateOptions | None = None,
                       out_dir: str | Path | None = None, *, job: Job | None = None) -> Generation:
    """Generate with an exported user generator file alone (no model, no registry): its own encoder
    turns each (family, seed) prompt into the same latent the provider's model would, and its baked
    decoder decodes it. Images are named ``STEM_SEED_FAMILY.png`` after the file's stem."""
    import torch

    from .attacks import to_uint8_images
    from .system import IMAGE_SIZE, LEGACY_USER_FORMAT, encode_prompts, load_user_generator
    opts = options or GenerateOptions()
    job = ensure_job(job)
    path = Path(generator)
    if not path.is_file():
        raise AttestError(f"no generator file at {path}")
    gen, enc, meta = load_user_generator(path)
    size = IMAGE_SIZE
    if meta.get("format") == LEGACY_USER_FORMAT:
        from .legacy import GeneratorConfig
        size = GeneratorConfig.from_json(meta["generator_config"]).image_size
    seeds, families = _prompts(opts)
    folder = _out_folder(out_dir)
    z = encode_prompts(enc, list(seeds), list(families), size, job=job)
    out: list[Any] = []
    for i in range(0, len(seeds), 8):
        job.check()
        with torch.no_grad():
            out.append(gen(z[i:i + 8]).clamp(0, 1))
        job.progress(min(len(seeds), i + 8), len(seeds), "generating")
    images = tuple(to_uint8_images(torch.cat(out)))
    label = path.stem.replace(" ", "_")
    return Generation(label, seeds, families, images, _write_generation(label, seeds, families, images, folder))


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
    verdict: str = "error"

    def to_dict(self) -> dict[str, Any]:
        return {"image": self.image, "verdict": "error", "error": self.error}


TraceItem = TraceResult | TraceFailure
KEEP_FAILURES = 1000
"""Failures kept in a streamed run (the results file has all of them)."""


@dataclass(frozen=True)
class TraceRun:
    """One trace over image files: in input order, a result per traced image and an error entry per
    unusable one. A streamed run (``keep=False``) holds the counts and the first failures only; its
    rows are in the results file named by ``results_file``."""

    items: tuple[TraceItem, ...]
    options: TraceOptions
    registry_users: int
    registry_sha256: str
    k: int
    model_sha256: str
    model_name: str
    n_views: int
    """Views decoded per image: 1, or the geometric search's views (the FPR is corrected for them)."""
    totals: dict[str, int] = field(default_factory=dict)
    """Images per verdict over the whole run, ``error`` included."""
    streamed_failures: tuple[TraceFailure, ...] = ()
    results_file: str | None = None
    results_sha256: str | None = None
    list_inputs: dict[str, str] = field(default_factory=dict)
    """File lists and manifests read, by SHA-256."""
    seconds: float = 0.0

    @property
    def results(self) -> tuple[TraceResult, ...]:
        return tuple(i for i in self.items if isinstance(i, TraceResult))

    @property
    def failures(self) -> tuple[TraceFailure, ...]:
        kept = tuple(i for i in self.items if isinstance(i, TraceFailure))
        return kept or self.streamed_failures

    @property
    def hashes(self) -> tuple[str, ...]:
        """SHA-256 of each traced image file's bytes, in the order of ``results``."""
        return tuple(r.sha256 for r in self.results)

    @property
    def counts(self) -> dict[str, int]:
        """Images per verdict (every verdict present, zero included)."""
        return {v: self.totals.get(v, 0) for v in VERDICTS}

    @property
    def n_failed(self) -> int:
        return self.totals.get("error", 0)

    @property
    def n_traced(self) -> int:
        return sum(self.counts.values())

    @property
    def attributed(self) -> tuple[TraceResult, ...]:
        return tuple(r for r in self.results if r.verdict == "attributed")

    @property
    def params(self) -> dict[str, Any]:
        params = {**self.options.to_dict(), "search_views": self.n_views, "registry_users": self.registry_users,
                  "registry_sha256": self.registry_sha256, "k": self.k, "model_sha256": self.model_sha256}
        if self.options.search and self.items:
            params["view_per_image"] = {r.image: r.view for r in self.results}
        return params

    def failure_message(self) -> str:
        """One line naming the images that could not be traced ("" when every image was traced)."""
        if not self.n_failed:
            return ""
        total = self.n_failed + self.n_traced
        return f"could not trace {self.n_failed} of {total} image(s): {_join_failures(self.failures, self.n_failed)}"

    def to_dict(self) -> dict[str, Any]:
        """The trace --json object (README, Image tracing): ``results`` in input order, an unusable image
        as ``{"image", "verdict": "error", "error"}``."""
        out: dict[str, Any] = {"results": [i.to_dict() for i in self.items]}
        if self.results_file is not None:
            out["results_file"] = self.results_file
            out["results_sha256"] = self.results_sha256
            out["counts"] = {**self.counts, "error": self.n_failed}
        return out

    def to_draft(self) -> ReportDraft:
        """The report (kind ``trace``)."""
        inputs = {f"image {r.image}": r.sha256 for r in self.results}
        inputs.update(self.list_inputs)
        if self.results_file is not None and self.results_sha256:
            inputs[f"results {self.results_file}"] = self.results_sha256
        inputs[f"model {self.model_name}"] = self.model_sha256
        failed = f", {self.n_failed} not traced" if self.n_failed else ""
        result = self.to_dict()
        if self.results_file is not None:
            result["errors"] = [f.to_dict() for f in self.failures]
        return ReportDraft(
            kind="trace",
            title=f"Trace of {self.n_traced} image(s){failed}",
            params=self.params,
            inputs=inputs,
            summary={"images": self.n_traced, **self.counts, "not_traced": self.n_failed,
                     "registry_users": self.registry_users},
            result=result,
            artifacts=_thumbnails(result.get("results") or []),
        )


MAX_THUMBNAILS = 24
"""Images of a trace report shown as thumbnails (the first ones, in input order)."""


def _thumbnails(rows: Sequence[dict[str, Any]], size: int = 128) -> tuple[ArtifactDraft, ...]:
    """``thumb-<i>.png`` for the first :data:`MAX_THUMBNAILS` rows whose image can still be read (``i`` = the row's
    position in ``results``); an image that is gone or unreadable simply has none."""
    import io

    from engine.loading import open_image

    out = []
    for i, row in enumerate(rows[:MAX_THUMBNAILS]):
        path = row.get("image")
        if not path or row.get("verdict") == "error":
            continue
        try:
            img = open_image(path)
            img.thumbnail((size, size))
            buf = io.BytesIO()
            img.save(buf, format="PNG")
        except (AttestError, OSError, ValueError):
            continue
        out.append(ArtifactDraft(f"thumb-{i}.png", "image/png", buf.getvalue()))
    return tuple(out)


def _join_failures(failures: Sequence[TraceFailure], total: int | None = None, shown: int = 3) -> str:
    total = len(failures) if total is None else total
    text = "; ".join(_failure_line(f) for f in failures[:shown])
    return text + (f"; and {total - min(shown, len(failures))} more" if total > shown else "")


def _failure_line(f: TraceFailure) -> str:
    # the loaders name the file already ("x.png is empty"); otherwise say which image it was
    name = Path(f.image).name
    return f.error if name and name in f.error else f"{f.image}: {f.error}"


# -- inputs: files, folders, file lists and manifests -----------------------------------------------------
MAX_LIST_BYTES = 1 << 30


def _list_file_lines(path: Path) -> Iterator[str]:
    """Lines of a file list (one path per line; blank lines and lines starting with # skipped)."""
    with path.open("r", encoding="utf-8-sig", errors="strict") as fh:
        for line in fh:
            line = line.strip()
            if line and not line.startswith("#"):
                yield line


def _manifest_paths(path: Path) -> Iterator[str]:
    """Image paths of a manifest: CSV with a ``path`` (or ``image`` / ``file``) column, or JSON Lines
    with such a key per object."""
    import csv
    import json
    if path.suffix.lower() in (".jsonl", ".ndjson"):
        with path.open("r", encoding="utf-8-sig") as fh:
            for n, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    obj = json.loads(line)
                except ValueError:
                    raise AttestError(f"{path.name} line {n} is not JSON") from None
                value = next((obj.get(k) for k in ("path", "image", "file") if isinstance(obj, dict) and k in obj),
                             None)
                if not isinstance(value, str):
                    raise AttestError(f"{path.name} line {n} has no \"path\" string")
                yield value
        return
    with path.open("r", encoding="utf-8-sig", newline="") as fh:
        reader = csv.reader(fh)
        header = next(reader, None)
        if header is None:
            return
        cols = [c.strip().lower() for c in header]
        col = next((cols.index(k) for k in ("path", "image", "file") if k in cols), None)
        if col is None:
            raise AttestError(f"{path.name}: a CSV manifest needs a 'path' column (found: {', '.join(cols)})")
        for row in reader:
            if col < len(row) and row[col].strip():
                yield row[col].strip()


@dataclass(frozen=True)
class TraceInputs:
    """What a trace reads: image files and folders (recursively), file lists (one path per line) and
    manifests (CSV or JSON Lines with a ``path`` column). Paths in a list or manifest are relative to
    the list's folder. Streamed twice: once to count, once to trace, so memory does not grow with the
    number of images."""

    paths: tuple[str, ...] = ()
    file_lists: tuple[str, ...] = ()
    manifests: tuple[str, ...] = ()
    recursive: bool = True

    def lists(self) -> dict[str, str]:
        out = {}
        for kind, group in (("file list", self.file_lists), ("manifest", self.manifests)):
            for f in group:
                p = Path(f)
                if not p.is_file():
                    raise AttestError(f"{kind} {f}: no such file")
                if p.stat().st_size > MAX_LIST_BYTES:
                    raise AttestError(f"{kind} {p.name} is larger than 1 GB; split it")
                out[f"{kind} {f}"] = sha256_file(p)
        return out

    def entries(self) -> Iterator[tuple[str, Path] | TraceFailure]:
        from ..loading import list_images
        for p in self.paths:
            pp = Path(p)
            if pp.is_dir():
                try:
                    files = list_images(pp, recursive=self.recursive)
                except Cancelled:
                    raise
                except AttestError as exc:
                    yield TraceFailure(str(p), str(exc))
                    continue
                for f in files:
                    yield str(f), f
            else:
                yield str(p), pp
        for group, reader in ((self.file_lists, _list_file_lines), (self.manifests, _manifest_paths)):
            for listed in group:
                base = Path(listed).parent
                try:
                    for line in reader(Path(listed)):
                        q = Path(line)
                        yield line, (q if q.is_absolute() else base / q)
                except UnicodeDecodeError:
                    raise AttestError(f"{Path(listed).name} is not UTF-8 text") from None

    def count(self) -> int:
        return sum(1 for _ in self.entries())


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


def registry_matcher(registry: Registry) -> Matcher:
    """A :class:`Matcher` over the registry's codes, names looked up in its database."""
    ids, index = registry.index()

    def name_of(pos: Sequence[int]) -> list[str]:
        rows = [int(ids[p]) for p in pos]
        names = registry.names_of(rows)
        return [names[r] for r in rows]

    return Matcher(index, name_of)


def trace_batch(system: FingerprintSystem, matcher: Matcher, entries: Sequence[tuple[str, Path]],
                options: TraceOptions, job: Job | None = None) -> tuple[list[TraceItem], int]:
    """Trace one batch of image files: (items in the order given, views per image). The unit of work of
    a local trace and of a Ray worker. Each unusable file becomes a :class:`TraceFailure`."""
    import torch
    job = ensure_job(job)
    tensors, labels, hashes = [], [], []
    items: list[TraceItem | None] = []
    for label, f in entries:
        job.check()  # each file is hashed and decoded
        try:
            x, digest = _load_image(label, f, system.image_size)
        except Cancelled:
            raise
        except AttestError as exc:
            items.append(TraceFailure(label, str(exc)))
            continue
        except Exception as exc:  # one file's surprise (a decoder bug) must not sink the batch
            items.append(TraceFailure(label, f"{f.name}: could not be read ({type(exc).__name__}: {exc})"))
            continue
        tensors.append(x)
        labels.append(label)
        hashes.append(digest)
        items.append(None)
    n_views = SEARCH_VIEWS if options.search else 1
    if tensors:
        images = torch.cat(tensors)
        logits, view_names, n_views = decode_for_matching(system, images, matcher.index, tta=options.tta,
                                                          search=options.search, rule=options.rule,
                                                          job=job.stage(0.0, 1.0))
        job.check()
        results = decide(logits, matcher, labels, fpr_threshold=options.fpr_threshold,
                         chance_level=options.chance_level, top=options.top, n_views=n_views, rule=options.rule)
        done = iter(replace(r, view=v, sha256=h) for r, v, h in zip(results, view_names, hashes, strict=True))
        items = [next(done) if i is None else i for i in items]
    return [i for i in items if i is not None], n_views


def trace(paths: Sequence[str | Path] | TraceInputs, options: TraceOptions | None = None, job: Job | None = None, *,
          db: Any, device: str = "cpu", weights: str | Path | None = None,
          sink: Callable[[TraceItem], None] | None = None, keep: bool = True, batch: int = 64) -> TraceRun:
    """Which enrolled user generated each image? Files, folders (recursively), file lists, manifests.

    Images are read, decoded and matched ``batch`` at a time (memory bounded by the batch), each
    hashed (SHA-256 of its bytes) before it is decoded, decoded safely
    (:func:`engine.loading.open_image`), resized to the model's size, and matched against the
    registry's index (:mod:`.tracing` for the decision). Each item goes to ``sink`` as soon as its
    batch is done; ``keep=False`` keeps only counts and the first failures in the run. An unusable
    image becomes an error item; if none can be traced, or the registry is empty, :class:`AttestError`.
    """
    import time
    t0 = time.perf_counter()
    opts = options or TraceOptions()
    job = ensure_job(job)
    inputs = paths if isinstance(paths, TraceInputs) else TraceInputs(tuple(str(p) for p in paths))
    lists = inputs.lists()
    session = open_session(db, device=device, weights=weights, job=job)
    system, registry = session.system, session.registry
    if registry.count() == 0:
        raise AttestError(EMPTY_REGISTRY)
    matcher = registry_matcher(registry)
    total = inputs.count()
    if total == 0:
        raise AttestError("no images to trace")
    kept: list[TraceItem] = []
    failures: list[TraceFailure] = []
    totals: dict[str, int] = {v: 0 for v in (*VERDICTS, "error")}
    n_views = SEARCH_VIEWS if opts.search else 1
    done = 0
    pending: list[tuple[str, Path]] = []

    def emit(items: Sequence[TraceItem]) -> None:
        for it in items:
            totals[it.verdict] += 1
            if isinstance(it, TraceFailure) and len(failures) < KEEP_FAILURES:
                failures.append(it)
            if keep:
                kept.append(it)
            if sink is not None:
                sink(it)

    def run_pending() -> None:
        nonlocal n_views, done
        step = job.stage(done / total, min(1.0, (done + len(pending)) / total),
                         prefix=f"images {done + 1:,}-{done + len(pending):,} of {total:,}")
        items, n_views = trace_batch(system, matcher, pending, opts, job=step)
        emit(items)
        done += len(pending)
        pending.clear()

    job.progress(0, total, f"tracing {total:,} image(s)")
    for entry in inputs.entries():
        if isinstance(entry, TraceFailure):
            emit([entry])
            done += 1
            continue
        pending.append(entry)
        if len(pending) >= batch:
            run_pending()
            job.progress(done, total, f"traced {done:,} of {total:,}")
    if pending:
        run_pending()
    job.progress(total, total, "matched")
    n_ok = sum(totals[v] for v in VERDICTS)
    if n_ok == 0:
        if len(failures) == 1:
            raise AttestError(_failure_line(failures[0]))
        raise AttestError(f"none of the {totals['error']} images could be traced: "
                          f"{_join_failures(failures, totals['error'])}")
    return TraceRun(tuple(kept), opts, matcher.n, registry.codes_sha256(), system.k, system.sha256,
                    Path(system.path).name, n_views, totals, tuple(failures), list_inputs=lists,
                    seconds=time.perf_counter() - t0)


def trace_to_jsonl(paths: Sequence[str | Path] | TraceInputs, options: TraceOptions | None, out: Path, *,
                   db: Any, device: str = "cpu", weights: str | Path | None = None, job: Job | None = None,
                   batch: int = 64) -> TraceRun:
    """:func:`trace`, streamed: one JSON line per image (in input order, errors included) to ``out``,
    written to ``out.partial`` and renamed when the run completes. The run keeps counts and the first
    failures; the report names the file by its SHA-256."""
    import json
    import os
    out = Path(out)
    partial = out.with_name(out.name + ".partial")
    try:
        fh = partial.open("w", encoding="utf-8")
    except OSError as exc:
        raise AttestError(f"cannot write {out}: {exc.strerror or exc}") from None
    try:
        with fh:
            def sink(item: TraceItem) -> None:
                fh.write(json.dumps(item.to_dict(), separators=(",", ":")) + "\n")
            run = trace(paths, options, job, db=db, device=device, weights=weights, sink=sink, keep=False,
                        batch=batch)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    os.replace(partial, out)
    return replace(run, results_file=str(out), results_sha256=sha256_file(out))


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
    return _run_evaluation(load_system(weights, device=device or "cpu", job=job), options or EvaluationOptions(), job)


# -- the demo ---------------------------------------------------------------------------------------------
DEMO_USERS = ("alice", "bob", "carol")
DEMO_BULK = 1000
# no attack and the goal attacks (attacks.GOAL_ATTACKS_V2)
DEMO_ATTACKS = ("none", "jpeg50", "webp60", "blur1", "noise0.02", "brightness0.7", "brightness1.3", "contrast1.5",
                "saturation1.5", "hue0.1", "screenshot", "flip", "crop80_offcentre")


@dataclass(frozen=True)
class DemoRun:
    trace: TraceRun
    evaluation: EvaluationRun


def demo(out_dir: str | Path, *, db: Any, device: str = "cpu", job: Job | None = None) -> DemoRun:
    """Enroll the demo users if absent (and 1,000 more in bulk), generate two images each into
    ``out_dir``, add an unfingerprinted scene, one sample rotated by 15 degrees (as a re-poster might),
    a 16-bit greyscale copy and a 1x1 thumbnail, trace them all with the geometric search, and run a
    quick evaluation."""
    import numpy as np
    from PIL import Image

    from . import attacks as A
    from .scenes import render
    job = ensure_job(job)
    out = Path(out_dir)
    session = open_session(db, device=device)
    known = {u.name for u in session.registry.users(limit=None)}
    for name in DEMO_USERS:
        if name not in known:
            session.registry.enroll(name)
    # a provider's registry is large: 1,000 more users, enrolled in bulk (codes unscreened: they only
    # have to be there to be matched against)
    session.registry.enroll_many((f"demo-user-{i:04d}" for i in range(DEMO_BULK)), screen=False, total=DEMO_BULK)
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
    # a 16-bit greyscale copy (loaded by its range, not clipped to white) and a thumbnail too small to
    # carry a fingerprint: its own error row, the rest traced
    grey = np.asarray(generations[1].images[0].convert("L"), np.uint16) * 257
    grey16 = out / f"{generations[1].paths[0].stem}_grey16.png"
    atomic_write_bytes(grey16, _png(Image.fromarray(grey)))
    thumb = out / "thumbnail_1x1.png"
    atomic_write_bytes(thumb, _png(Image.new("RGB", (1, 1), (128, 128, 128))))
    paths += [grey16, thumb]
    run = trace([str(p) for p in paths], TraceOptions(search=True), job.stage(0.1, 0.3), db=db, device=device)
    evaluation = evaluate(EvaluationOptions(n_users=4, per_user=3, attacks=DEMO_ATTACKS), job.stage(0.3, 1.0),
                          device=device)
    return DemoRun(run, evaluation)


def _png(image: Image.Image) -> bytes:
    buf = io.BytesIO()
    image.save(buf, format="PNG")
    return buf.getvalue()
