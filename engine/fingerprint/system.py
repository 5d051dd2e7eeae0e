"""Loading the bundled fingerprint model, generating images for a user, exporting a user's generator.

The bundled file ``assets/fingerprint/fingerprint.safetensors`` holds, under prefixes:
``gen.*`` (the generator: an SD-layout latent decoder, fine-tuned with the fingerprint), ``mod.*``
(WOUAF's mapping network and one affine per modulated layer), ``dec.*`` (the fingerprint decoder),
``enc.*`` (the frozen encoder: a "prompt" is a scene or a photograph, encoded to a latent) and
``base.*`` (the unfingerprinted decoder, the reference for quality). Its metadata holds the
architectures, so nothing here hard-codes a size.

A user's export (:meth:`FingerprintSystem.export_user_generator`) holds ``gen.*`` (the same tensor
names and shapes as the base generator; the user's scales are multiplied into the weights of every
ResNet conv1/conv2 and attention q/k/v) and ``enc.*``. Its metadata names the format, the
architecture and the model it came from; it carries neither the user's code nor their name.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from core.errors import AttestError
from core.jobs import Job

if TYPE_CHECKING:
    import torch

    from .models import FingerprintDecoder
    from .modulation import FingerprintedGenerator
    from .vae import Encoder, ImageDecoder

ASSETS = Path(__file__).resolve().parents[2] / "assets" / "fingerprint"
WEIGHTS_NAME = "fingerprint.safetensors"
MIN_SIDE = 32  # below this no fingerprint can survive; refuse rather than guess
IMAGE_SIZE = 256  # generated images are 256x256 (latents 64x64 at the autoencoder's factor 4)
# Code screening: before a code is issued, the model generates these probe scenes (eight, covering
# every family) with it, and every bit must decode right on every one of them. Bit errors are mostly
# systematic per (code, bit): a code the model misreads on one scene it misreads on most, so a few probes
# find the codes it cannot carry. PROBE_MARGIN > 0 would also demand confidence (logit margin).
PROBE_SEEDS = tuple(700_000 + i for i in range(8))  # training used 100k-102.5k and 200k-202k, evaluation 900k+
PROBE_MARGIN = 0.0
PROBE_SIZE = 128  # probes are decoded at 128 px (the generator is fully convolutional): a quarter of the cost


@dataclass
class FingerprintSystem:
    fg: FingerprintedGenerator
    dec: FingerprintDecoder
    enc: Encoder
    base: ImageDecoder
    k: int
    image_size: int
    sha256: str
    """SHA-256 of the weights file's bytes (checked against the manifest for the bundled file)."""
    path: Path
    device: torch.device
    step: int
    legacy: bool = False
    """The earlier carrier model (format attest-wouaf-1), loaded through engine/fingerprint/legacy.py."""
    _probe: torch.Tensor | None = field(default=None, repr=False, compare=False)

    # -- latents ---------------------------------------------------------------------------------
    def latents(self, seeds: list[int], families: list[str] | None = None, job: Job | None = None,
                size: int | None = None) -> torch.Tensor:
        """Latents for (family, seed) "prompts": the scene (``size`` px, default the image size), through the
        frozen encoder."""
        return encode_prompts(self.enc, seeds, families, size or self.image_size, self.device, job)

    def generate(self, bits: np.ndarray | None, z: torch.Tensor, batch: int = 8,
                 job: Job | None = None) -> torch.Tensor:
        """Images [N, 3, H, W] in [0, 1]; ``bits`` is one code (0/1, length k), a [N, k] array, or None."""
        import torch

        from core.jobs import ensure_job
        job = ensure_job(job)
        out = []
        n = z.shape[0]
        for i in range(0, n, batch):
            zb = z[i:i + batch]
            with torch.no_grad():
                if bits is None:
                    img = self.base(zb)
                else:
                    b = np.asarray(bits)
                    bb = b[i:i + batch] if b.ndim == 2 else np.broadcast_to(b, (zb.shape[0], self.k))
                    img = self.fg(zb, torch.as_tensor(np.array(bb), dtype=torch.float32, device=self.device))
            out.append(img.clamp(0, 1))
            job.progress(min(n, i + batch), n, "generating")
        return torch.cat(out) if out else torch.zeros(0, 3, self.image_size, self.image_size)

    def decode_logits(self, images: torch.Tensor, batch: int = 64, tta: bool = False,
                      job: Job | None = None) -> torch.Tensor:
        """Bit logits [N, k] for images [N, 3, H, W] in [0, 1], in batches."""
        import torch

        from core.jobs import ensure_job

        from . import attacks as A
        job = ensure_job(job)
        out = []
        n = images.shape[0]
        for i in range(0, n, batch):
            x = images[i:i + batch].to(self.device).float()
            with torch.no_grad():
                logits = self.dec(x)
                if tta:
                    # Small, label-preserving views; averaging logits steadies bits near the boundary.
                    views = [A.center_crop_area(x, 0.95), A.gaussian_blur(x, 0.5), A.resize_back(x, 0.8)]
                    decoded = [logits]
                    for v in views:
                        job.check()  # each view is a full pass of the decoder over the batch
                        decoded.append(self.dec(v))
                    logits = torch.stack(decoded).mean(0)
            out.append(logits.cpu())
            job.progress(min(n, i + batch), n, "decoding fingerprints")
        return torch.cat(out) if out else torch.zeros(0, self.k)

    def code_check(self, bits: np.ndarray, job: Job | None = None) -> bool:
        """True if this model carries ``bits`` reliably: every bit right (by at least PROBE_MARGIN in logit) on
        every probe scene."""
        if self._probe is None:
            self._probe = self.latents(list(PROBE_SEEDS), job=job, size=PROBE_SIZE)
        b = np.asarray(bits, np.uint8)
        logits = self.decode_logits(self.generate(b, self._probe, job=job), job=job).numpy()
        signed = np.where(b.astype(bool)[None, :], logits, -logits)
        return bool((signed > 0).all() and signed.min() >= PROBE_MARGIN)

    def code_check_many(self, bits: np.ndarray, chunk: int = 2) -> np.ndarray:
        """:meth:`code_check` for many codes [B, k] at once (bool [B]): the probe scenes of ``chunk`` codes
        are generated and decoded in one batch."""
        if self._probe is None:
            self._probe = self.latents(list(PROBE_SEEDS), size=PROBE_SIZE)
        b_all = np.asarray(bits, np.uint8).reshape(-1, self.k)
        p = self._probe.shape[0]
        out = np.zeros(b_all.shape[0], bool)
        for i in range(0, b_all.shape[0], chunk):
            b = b_all[i:i + chunk]
            z = self._probe.repeat(b.shape[0], *([1] * (self._probe.dim() - 1)))
            rep = np.repeat(b, p, axis=0)
            logits = self.decode_logits(self.generate(rep, z)).numpy().reshape(b.shape[0], p, self.k)
            signed = np.where(b.astype(bool)[:, None, :], logits, -logits)
            out[i:i + b.shape[0]] = (signed > 0).all(axis=(1, 2)) & (signed.min(axis=(1, 2)) >= PROBE_MARGIN)
        return out

    def export_user_generator(self, bits: np.ndarray, path: Path, user: str = "", code_hex: str = "") -> str:
        """Write one user's generator: the base architecture with their modulation multiplied into its
        weights. ``user`` and ``code_hex`` are accepted for the caller's records and not written."""
        import torch

        from ..loading import save_safetensors
        fg: Any = self.fg
        g = fg.baked_generator(torch.as_tensor(np.asarray(bits), dtype=torch.float32, device=self.device))
        if self.legacy:
            from .legacy import baked_state
            tensors = {f"gen.{k}": v.cpu() for k, v in baked_state(g).items()}
            arch = {"generator_config": fg.generator.cfg.to_json()}
            fmt = LEGACY_USER_FORMAT
        else:
            tensors = {f"gen.{k}": v.detach().contiguous().cpu().clone() for k, v in g.state_dict().items()}
            arch = {"ae_config": self.base.cfg.to_json()}
            fmt = USER_FORMAT
        tensors.update({f"enc.{k}": v.detach().contiguous().cpu() for k, v in self.enc.state_dict().items()})
        meta = {"format": fmt, "k": str(self.k), **arch, "source_sha256": self.sha256}
        try:
            return save_safetensors(tensors, Path(path), metadata=meta)
        except OSError as exc:
            raise AttestError(f"cannot write {path}: {exc.strerror or exc}") from None


def encode_prompts(enc: Any, seeds: list[int], families: list[str] | None, size: int, device: Any = "cpu",
                   job: Job | None = None) -> torch.Tensor:
    """Latents of (family, seed) prompts: each scene rendered at ``size`` px, 8 at a time (a cancel is
    seen between them), through the encoder ``enc``."""
    import torch

    from core.jobs import ensure_job

    from .scenes import render_batch
    job = ensure_job(job)
    parts = []
    for i in range(0, len(seeds), 8):
        job.check()
        parts.append(render_batch(seeds[i:i + 8], size, families[i:i + 8] if families else None))
    rendered = np.concatenate(parts) if parts else render_batch([], size)
    with torch.no_grad():
        return enc(torch.from_numpy(rendered).to(device))


USER_FORMAT = "attest-wouaf-user-2"
MODEL_FORMAT = "attest-wouaf-2"
LEGACY_MODEL_FORMAT = "attest-wouaf-1"  # the carrier model (engine/fingerprint/legacy.py)
LEGACY_USER_FORMAT = "attest-wouaf-user-1"


def load_user_generator(path: Path) -> tuple[Any, Any, dict[str, str]]:
    """Load an exported user generator: (generator, encoder, metadata); ``generator(encoder(scene))``
    is an image in [0, 1]."""
    from safetensors import safe_open

    from ..loading import load_safetensors
    from .vae import AEConfig, Encoder, ImageDecoder
    try:
        with safe_open(str(path), "pt") as f:
            meta = f.metadata() or {}
    except Exception:
        raise AttestError(f"{Path(path).name} is not a safetensors file") from None
    fmt = meta.get("format")
    if fmt not in (USER_FORMAT, LEGACY_USER_FORMAT):
        raise AttestError(f"{Path(path).name} is not an exported Attest user generator")
    tensors = load_safetensors(path)
    gen: Any
    enc: Any
    try:
        if fmt == LEGACY_USER_FORMAT:
            from . import legacy
            gcfg = legacy.GeneratorConfig.from_json(meta["generator_config"])
            gen = legacy.load_baked({k[4:]: v for k, v in tensors.items() if k.startswith("gen.")}, gcfg)
            enc = legacy.Encoder(gcfg)
        else:
            cfg = AEConfig.from_json(meta["ae_config"])
            gen = ImageDecoder(cfg)
            gen.load_state_dict({k[4:]: v for k, v in tensors.items() if k.startswith("gen.")})
            enc = Encoder(cfg)
        enc.load_state_dict({k[4:]: v for k, v in tensors.items() if k.startswith("enc.")})
    except (KeyError, ValueError, TypeError, RuntimeError) as exc:
        raise AttestError(f"{Path(path).name}: a damaged generator export ({str(exc).splitlines()[0][:120]})") from None
    return gen.eval(), enc.eval(), meta


# One loaded model per (file, its size and modification time, device): a file replaced on disk is
# loaded (and checked) afresh, never answered from the copy of the old one.
_CACHE: dict[tuple[str, int, int, str], FingerprintSystem] = {}
_LOCK = threading.Lock()


def load_system(path: str | Path | None = None, device: str = "cpu", job: Job | None = None) -> FingerprintSystem:
    """The fingerprint model, checked against the manifest's SHA-256 (cached per file and device).

    The first load (imports, hashing and building the networks: library calls) runs through
    :func:`core.jobs.interruptible`, so a cancel is seen while it runs; the model is cached all the same."""
    from core.jobs import ensure_job, interruptible
    job = ensure_job(job)
    from ..device import pick_device

    p = Path(path) if path is not None else ASSETS / WEIGHTS_NAME
    dev = pick_device(device) if isinstance(device, str) else device
    job.check()  # picking the device imported torch
    try:
        st = p.stat()
    except OSError:
        raise AttestError(f"fingerprint weights not found at {p}; train them with python -m engine.fingerprint.train"
                          ) from None
    key = (str(p.resolve()), st.st_size, st.st_mtime_ns, str(dev))
    cached = _CACHE.get(key)
    if cached is not None:
        return cached
    return interruptible(job, _build_system, p, path, dev, key)


def _build_system(p: Path, path: str | Path | None, dev: Any, key: tuple[str, int, int, str]) -> FingerprintSystem:
    from safetensors import safe_open

    from core.fileio import sha256_file

    from ..loading import load_safetensors
    from .models import DecoderConfig, FingerprintDecoder
    from .modulation import FingerprintedGenerator, Modulator
    from .vae import AEConfig, Encoder, ImageDecoder

    with _LOCK:
        if key in _CACHE:
            return _CACHE[key]
        from ..loading import bundled_sha256
        expected = bundled_sha256(ASSETS, WEIGHTS_NAME) if path is None else None
        t = load_safetensors(p, expected_sha256=expected)
        with safe_open(str(p), "pt") as f:
            meta = f.metadata() or {}
        fmt = meta.get("format")
        if fmt not in (MODEL_FORMAT, LEGACY_MODEL_FORMAT):
            raise AttestError(f"{p.name} is not an Attest fingerprint model (format {fmt!r})")
        dcfg = DecoderConfig.from_json(meta["decoder_config"])
        k = int(meta["k"])

        def part(prefix: str) -> dict[str, Any]:
            return {kk[len(prefix) + 1:]: v for kk, v in t.items() if kk.startswith(prefix + ".")}

        fg: Any
        enc: Any
        base: Any
        if fmt == LEGACY_MODEL_FORMAT:
            from . import legacy
            gcfg = legacy.GeneratorConfig.from_json(meta["generator_config"])
            bcfg = legacy.GeneratorConfig.from_json(meta.get("base_config", meta["generator_config"]))
            fg = legacy.FingerprintedGenerator(gcfg, k)
            fg.load_state_dict(part("fg"))
            enc = legacy.Encoder(bcfg)
            enc.load_state_dict(part("enc"))
            base = legacy.Generator(bcfg)
            base.load_state_dict({**base.state_dict(), **part("base")})
            size = gcfg.image_size
        else:
            cfg = AEConfig.from_json(meta["ae_config"])
            gen = ImageDecoder(cfg)
            gen.load_state_dict(part("gen"))
            mod = Modulator(gen.decoder, k)
            mod.load_state_dict(part("mod"))
            fg = FingerprintedGenerator(gen, mod)
            enc = Encoder(cfg)
            enc.load_state_dict(part("enc"))
            base = ImageDecoder(cfg)
            base.load_state_dict(part("base"))
            size = IMAGE_SIZE
        dec = FingerprintDecoder(dcfg)
        dec.load_state_dict(part("dec"))
        for m in (fg, dec, enc, base):
            m.to(dev).eval()
        system = FingerprintSystem(fg, dec, enc, base, k=k, image_size=size,
                                   sha256=expected or sha256_file(p), path=p, device=dev,
                                   step=int(meta.get("step", "0")), legacy=fmt == LEGACY_MODEL_FORMAT)
        for stale in [c for c in _CACHE if c[0] == key[0] and c[3] == key[3]]:
            del _CACHE[stale]  # an older copy of this file
        _CACHE[key] = system
        return system
