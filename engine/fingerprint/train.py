"""Train the generator and the WOUAF fingerprint, from nothing, on this CPU (or CUDA when present).

The shipped weights come from one command::

    python -m engine.fingerprint.train recipe --out runs/fp --install

which runs the recorded stages in order (``RECIPE``), resuming where an interrupted run stopped, and
then copies the result into assets/fingerprint. ``recipe`` is rerunnable: a stage whose checkpoint
already reached its step count is skipped, an interrupted stage resumes from its last checkpoint
(written every ``--save-every`` steps; a resume restarts the data order and Adam's moments, so an
interrupted run is not bit-identical to an uninterrupted one). ``--scale F`` multiplies every stage's
step counts by F, and flags ``recipe`` does not know are passed on to every training stage; both are
for checking the machinery (``recipe --out /tmp/fp --scale 0.001 --ae-pool 16 --pool 40 --threads 1``).

Every ``ae``/``joint`` run appends to ``OUT/stages.json`` its command, every hyperparameter it used
(the effective argparse values), its step range, seconds, threads and torch version; ``install``
copies those records into ``assets/fingerprint/MANIFEST.json`` beside the file's SHA-256, the format
``engine.loading.bundled_sha256`` reads. Logs: ``OUT/ae_log.jsonl`` and ``OUT/joint_log.jsonl``
(loss, bit accuracy, PSNR; every ``--eval-every`` steps the held-out bit accuracy under attacks).

Stage ``ae`` trains the autoencoder (:mod:`engine.fingerprint.vae`, the SD VAE's layout) to
reconstruct 64-px windows of 256-px views of the training photographs (:mod:`engine.fingerprint.photos`,
random crops, scales and mirrors) and of procedural scenes; it is fully convolutional and runs at
256x256. Stage ``joint`` follows WOUAF: the mapping network, the per-layer affines
(:mod:`engine.fingerprint.modulation`) and the fingerprint decoder are trained together with BCE on
the bits plus a quality loss against the frozen base decoder's output; the decoder's own weights stay
the base's (``--lr-gen 0``), so an export differs from the base only in the modulated layers. The
quality weight is steered so that PSNR tracks a target that ramps up (a dual ascent), the WOUAF
augmentations (with flips, off-centre crops, shifts, colour jitter and greyscale) grow while the bits
are read, and a copy-attack term teaches the decoder that a pasted residual is not a fingerprint.
"""

from __future__ import annotations

import argparse
import json
import math
import shlex
import shutil
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np
import torch
import torch.nn.functional as F

from . import attacks as A
from .models import DecoderConfig, FingerprintDecoder, meta_dict
from .modulation import Modulator
from .scenes import render_batch
from .vae import AEConfig, Encoder, ImageDecoder, kl_loss

WEIGHTS_NAME = "fingerprint.safetensors"
ASSETS = Path(__file__).resolve().parents[2] / "assets" / "fingerprint"
PROG = "python -m engine.fingerprint.train"
STAGES_FILE = "stages.json"
RECIPE_OUT = "runs/fp"
# The recipe of the shipped weights, stage by stage (every other flag at its default). Each stage's
# ``--steps`` is the step its checkpoint must reach for ``recipe`` to skip it.
RECIPE: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ae", ("--steps", "1400", "--ae-batch", "16", "--ae-crop", "64", "--log-every", "25", "--save-every", "100")),
    ("joint", ("--steps", "20000",)),
)
SCALED_FLAGS = ("--steps", "--decay-start")
# The flags each stage reads (what its record lists as hyperparameters).
AE_KEYS = ("steps", "ae_batch", "lr", "ae_pool", "channels", "seed", "ae_crop", "threads", "ae_sample")
NOT_JOINT_KEYS = ("stage", "out", "assets", "ae_batch", "lr", "ae_pool", "channels", "ae_crop", "resume", "ae_sample")


def _log(path: Path, rec: dict) -> None:
    line = json.dumps(rec)
    print(line, flush=True)
    with open(path, "a", encoding="utf-8") as f:
        f.write(line + "\n")


def psnr(a: torch.Tensor, b: torch.Tensor) -> float:
    mse = F.mse_loss(a.clamp(0, 1), b.clamp(0, 1)).item()
    return 99.0 if mse <= 1e-10 else 10 * math.log10(1.0 / mse)


def _save(tensors: dict[str, torch.Tensor], path: Path, meta: dict[str, str]) -> None:
    from safetensors.torch import save_file
    tmp = path.with_suffix(".tmp")
    save_file({k: v.detach().contiguous().cpu() for k, v in tensors.items()}, str(tmp), metadata=meta)
    tmp.replace(path)


def _prefixed(prefix: str, module: torch.nn.Module) -> dict[str, torch.Tensor]:
    return {f"{prefix}.{k}": v for k, v in module.state_dict().items()}


def _strip(prefix: str, tensors: dict[str, torch.Tensor]) -> dict[str, torch.Tensor]:
    p = prefix + "."
    return {k[len(p):]: v for k, v in tensors.items() if k.startswith(p)}


# -- stage 1: autoencoder ----------------------------------------------------------------------------
def ae_pool(n: int, crop: int, seed: int) -> torch.Tensor:
    """The autoencoder's training crops (uint8 [n, 3, crop, crop]): two thirds from the training
    photographs (a crop of a 256-px view of 0.3-1 of the photo's side, mirrored half the time), one
    third from procedural scenes rendered at 256 px."""
    from .photos import TRAIN, views
    n_photo = (2 * n) // 3
    # A ``crop``-px window of a 256-px view that covers 0.3-1 of the photo's shorter side.
    lo, hi = 0.3 * crop / 256, crop / 256
    photos = views(TRAIN, n_photo, crop, seed, min_scale=lo, max_scale=hi)
    rng = np.random.default_rng(seed + 1)
    scenes = []
    for i in range(0, n - n_photo, 16):
        full = render_batch(list(range(100_000 + i, 100_000 + min(n - n_photo, i + 16))), 256)
        for img in full:
            oy, ox = (int(v) for v in rng.integers(0, 256 - crop + 1, 2))
            scenes.append(img[:, oy:oy + crop, ox:ox + crop])
    data = np.concatenate([photos, np.stack(scenes)]) if scenes else photos
    return torch.from_numpy((data * 255).round().astype(np.uint8))


def train_ae(a: argparse.Namespace) -> None:
    """Reconstruction with L1 + MSE. SD's VAE samples its posterior with a KL weight of 1e-6 and adds a
    perceptual and an adversarial loss; here the latents are the posterior mean with a small L2 term
    (``--ae-sample 1`` samples as SD does), and there is no perceptual loss (no pretrained network for
    LPIPS is available offline), so the decoder is blurrier than SD's."""
    out = Path(a.out)
    torch.manual_seed(a.seed)
    rng = np.random.default_rng(a.seed)
    cfg = AEConfig(channels=tuple(int(c) for c in a.channels.split(",")))
    t0 = time.time()
    data = ae_pool(a.ae_pool, a.ae_crop, a.seed)
    print(f"prepared {len(data)} crops of {a.ae_crop} px in {time.time() - t0:.1f}s", flush=True)
    enc, gen = Encoder(cfg), ImageDecoder(cfg)
    step0 = 0
    ck = out / "ae.safetensors"
    if a.resume and ck.exists():
        e, g, _ = load_ae(out)
        enc.load_state_dict(e.state_dict())
        gen.load_state_dict(g.state_dict())
        step0 = checkpoint_step(ck)
        print(f"resumed at step {step0}", flush=True)
    enc.train()
    gen.train()
    params = list(enc.parameters()) + list(gen.parameters())
    opt = torch.optim.AdamW(params, lr=a.lr, weight_decay=0.0)
    log = out / "ae_log.jsonl"
    for step in range(step0 + 1, a.steps + 1):
        # Warm-up for 5%, then cosine to 5% of the rate (a function of the step alone, so a resume continues it).
        f = step / max(1, a.steps)
        lr = a.lr * (f / 0.05 if f < 0.05 else 0.05 + 0.475 * (1 + math.cos(math.pi * (f - 0.05) / 0.95)))
        for g_ in opt.param_groups:
            g_["lr"] = lr
        idx = torch.from_numpy(rng.integers(0, len(data), a.ae_batch))
        x = data[idx].float() / 255.0
        if rng.random() < 0.5:
            x = x.flip(-1)
        mean, logvar = enc.moments(x)
        if a.ae_sample:
            z = mean + torch.randn_like(mean) * (0.5 * logvar).exp()
            reg = 1e-6 * kl_loss(mean, logvar) * mean[0].numel()
        else:
            # Deterministic latents with a small L2 pull towards 0 (sampling at the start drowns the
            # latents in unit noise, which a run of a few thousand CPU steps cannot outgrow).
            z, reg = mean, 1e-4 * mean.pow(2).mean()
        y = gen(z)
        rec = F.mse_loss(y, x) + 0.5 * F.l1_loss(y, x)
        loss = rec + reg
        opt.zero_grad(set_to_none=True)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(params, 1.0)
        opt.step()
        if step % a.log_every == 0 or step == a.steps:
            _log(log, {"stage": "ae", "step": step, "loss": round(rec.item(), 5), "psnr": round(psnr(y, x), 2),
                       "lr": round(lr, 6), "t": round(time.time() - t0, 1)})
        if step % a.save_every == 0 or step == a.steps:
            _save({**_prefixed("enc", enc), **_prefixed("base", gen)}, out / "ae.safetensors",
                  meta_dict(ae_config=cfg.to_json(), step=str(step)))


def load_ae(out: Path) -> tuple[Encoder, ImageDecoder, AEConfig]:
    from safetensors import safe_open
    from safetensors.torch import load_file
    path = out / "ae.safetensors"
    with safe_open(str(path), "pt") as f:
        cfg = AEConfig.from_json(f.metadata()["ae_config"])
    t = load_file(str(path))
    enc, gen = Encoder(cfg), ImageDecoder(cfg)
    enc.load_state_dict(_strip("enc", t))
    gen.load_state_dict(_strip("base", t))
    return enc.eval(), gen.eval(), cfg


# -- stage 2: joint WOUAF training -------------------------------------------------------------------
def joint_pool(enc: Encoder, base: ImageDecoder, n: int, size: int, seed: int) -> tuple[torch.Tensor, torch.Tensor]:
    """Latents and base decodes of ``n`` training windows of ``size`` px: two thirds from 256-px views of
    the training photographs, one third from 256-px procedural scenes (8 windows per scene)."""
    from .photos import TRAIN, views
    n_photo = (2 * n) // 3
    lo, hi = 0.3 * size / 256, size / 256
    imgs = [torch.from_numpy(views(TRAIN, n_photo, size, seed + 7, min_scale=lo, max_scale=hi))]
    rng = np.random.default_rng(seed + 8)
    n_scene = n - n_photo
    per_scene = 8
    for i in range(0, -(-n_scene // per_scene), 16):
        seeds = list(range(200_000 + i, 200_000 + min(-(-n_scene // per_scene), i + 16)))
        full = render_batch(seeds, 256)
        for img in full:
            for _ in range(per_scene):
                oy, ox = (int(v) for v in rng.integers(0, 256 - size + 1, 2))
                imgs.append(torch.from_numpy(np.ascontiguousarray(img[None, :, oy:oy + size, ox:ox + size])))
    x = torch.cat(imgs)[:n]
    zs, refs = [], []
    with torch.no_grad():
        for i in range(0, len(x), 64):
            z = enc(x[i:i + 64])
            zs.append(z)
            refs.append(base(z).clamp(0, 1).half())
    return torch.cat(zs), torch.cat(refs)


@torch.no_grad()
def quick_eval(gen: ImageDecoder, mod: Modulator, dec: FingerprintDecoder, z: torch.Tensor, ref: torch.Tensor,
               bits: torch.Tensor) -> dict[str, float]:
    gen.eval()
    dec.eval()
    with mod.applied(gen.decoder, bits):
        img = gen(z).clamp(0, 1)
    res = {"psnr": round(psnr(img, ref), 2)}
    for name in ("none", "jpeg50", "crop90", "blur1", "noise0.02", "flip", "shift8", "crop80_offcentre"):
        if name not in A.ATTACKS_BY_NAME:
            continue
        x = A.ATTACKS_BY_NAME[name](img)
        acc = ((dec(x, native=True) > 0).float() == bits).float().mean().item()  # windows, as trained
        res[f"acc_{name}"] = round(acc, 4)
    res["acc_base"] = round(((dec(ref, native=True) > 0).float() == bits).float().mean().item(), 4)
    gen.train()
    dec.train()
    return res


def _augment(x: torch.Tensor, p: float, s: float, rng: np.random.Generator, geometry: bool) -> torch.Tensor:
    """WOUAF's augmentations (attacks.train_augment), with geometry and colour jitter, and now and then a
    greyscale copy (a re-poster's desaturation): a fingerprint that lives in one colour dies there."""
    x = A.train_augment(x, p, s, rng, geometry=geometry)
    grey = torch.from_numpy(rng.random(x.shape[0]) < p * 0.25 * s).to(x.dtype)[:, None, None, None]
    return x * (1 - grey) + A.luma(x).expand_as(x) * grey


def train_joint(a: argparse.Namespace) -> None:
    """WOUAF: the decoder (from the base), the mapping network, the per-layer affines and the
    fingerprint decoder trained together; BCE on the bits + a quality loss against the frozen base.

    Additions (ours): the quality weight is steered so that PSNR tracks a target (dual ascent), and a
    copy-attack term: the mean high-pass residual of one code's images, pasted on base images, must
    not read as that code (logits pushed to 0), and pasted on another code's images must still read
    as theirs. The bits then cannot ride on a pattern that survives averaging over content."""
    out = Path(a.out)
    torch.manual_seed(a.seed)
    rng = np.random.default_rng(a.seed)
    enc, base, cfg = load_ae(out)
    for p_ in list(enc.parameters()) + list(base.parameters()):
        p_.requires_grad_(False)
    t0 = time.time()
    px = a.crop * cfg.factor
    cache = out / f"latents_{a.pool}_{px}.safetensors"
    if cache.exists() and cache.stat().st_mtime > (out / "ae.safetensors").stat().st_mtime:
        from safetensors.torch import load_file
        c = load_file(str(cache))
        z_all, ref_all = c["z"], c["ref"]
    else:
        z_all, ref_all = joint_pool(enc, base, a.pool, px, a.seed)
        _save({"z": z_all, "ref": ref_all}, cache, {})
    print(f"encoded {len(z_all)} latents of {px} px in {time.time() - t0:.1f}s", flush=True)
    z_full = ref_full = None
    if a.full_every > 0:
        # Whole 256-px images now and then: the decoder's GroupNorms and attention see the whole image
        # at generation time, and a fingerprint learned on windows alone reads worse there.
        fcache = out / f"latents_full_{a.full_pool}.safetensors"
        if fcache.exists() and fcache.stat().st_mtime > (out / "ae.safetensors").stat().st_mtime:
            from safetensors.torch import load_file
            c = load_file(str(fcache))
            z_full, ref_full = c["z"], c["ref"]
        else:
            z_full, ref_full = joint_pool(enc, base, a.full_pool, 256, a.seed + 100)
            _save({"z": z_full, "ref": ref_full}, fcache, {})
        print(f"encoded {len(z_full)} whole images", flush=True)
    k = a.k
    gen = ImageDecoder(cfg)
    gen.load_state_dict(base.state_dict())
    mod = Modulator(gen.decoder, k, affine_gain=a.affine_gain)
    widths = tuple(int(c) for c in a.dec_channels.split(","))
    dec = FingerprintDecoder(DecoderConfig(k=k, input_size=256, channels=widths, head="mean", norm=a.dec_norm,
                                           tile=px))
    step0 = 0
    ck = out / WEIGHTS_NAME
    state_path = out / "joint_state.json"
    if a.resume and ck.exists():
        from safetensors import safe_open
        from safetensors.torch import load_file
        t = load_file(str(ck))
        gen.load_state_dict(_strip("gen", t))
        mod.load_state_dict(_strip("mod", t))
        dec.load_state_dict(_strip("dec", t))
        with safe_open(str(ck), "pt") as f:
            step0 = int(f.metadata().get("step", "0"))
        print(f"resumed at step {step0}", flush=True)
    groups = [{"params": list(dec.parameters()), "lr": a.lr_dec}, {"params": list(mod.parameters()), "lr": a.lr_mod}]
    if a.lr_gen > 0:
        groups.append({"params": list(gen.parameters()), "lr": a.lr_gen})
    else:
        for p_ in gen.parameters():
            p_.requires_grad_(False)
    opt = torch.optim.Adam(groups)
    st = json.loads(state_path.read_text()) if a.resume and state_path.exists() else {}
    lam, aug_level, acc_ema = st.get("lam", a.lam0), st.get("aug_level", 0.0), st.get("acc_ema", 0.5)
    n_ev = 16
    g = torch.Generator().manual_seed(1)
    ev_idx = torch.arange(len(z_all) - n_ev, len(z_all))
    ev_bits = torch.randint(0, 2, (n_ev, k), generator=g).float()
    train_n = len(z_all) - n_ev
    log = out / "joint_log.jsonl"
    run: dict[str, float] = {"bce": 0.0, "acc": 0.0, "mse": 0.0, "copy": 0.0, "n": 0}
    base_lrs = [g_["lr"] for g_ in opt.param_groups]
    per_code = max(1, a.batch // a.codes_per_batch)
    for step in range(step0 + 1, a.steps + 1):
        if a.decay_start and step > a.decay_start:
            f = (step - a.decay_start) / max(1, a.steps - a.decay_start)
            for g_, lr0 in zip(opt.param_groups, base_lrs, strict=True):
                g_["lr"] = lr0 * (0.1 + 0.45 * (1 + math.cos(math.pi * f)))
        r = min(1.0, step / max(1, a.ramp))
        tgt = a.target_psnr - a.target_drop * (1 - r)
        target_mse = 10 ** (-tgt / 10)
        full_step = z_full is not None and ref_full is not None and step % a.full_every == 0
        idx = torch.from_numpy(rng.integers(0, train_n, a.batch))
        if a.pair_content:
            # each latent twice in the batch, under two different codes (code j covers images 2j, 2j+1):
            # what differs between the pair is the fingerprint alone, which the decoder learns far sooner
            half = (a.batch + 1) // 2
            idx = torch.cat([idx[:half], idx[:half]])[: a.batch]
        z, ref = z_all[idx], ref_all[idx].float()
        if full_step:
            assert z_full is not None and ref_full is not None
            fidx = torch.from_numpy(rng.integers(0, len(z_full), a.full_batch))
            z, ref = z_full[fidx], ref_full[fidx].float()
        if rng.random() < 0.5:
            z, ref = z.flip(-1), ref.flip(-1)
        codes = torch.randint(0, 2, (a.codes_per_batch, k)).float()
        bits = codes.repeat_interleave(per_code, 0)[: a.batch]
        if full_step:
            bits = torch.randint(0, 2, (z.shape[0], k)).float()
        with mod.applied(gen.decoder, bits):
            img = gen(z)
        mse = F.mse_loss(img, ref)
        p_aug = a.aug_p * aug_level
        s_aug = 0.3 + 0.7 * aug_level
        x = img.clamp(0, 1)
        nc = int(round(x.shape[0] * a.clean_frac))  # full-image steps use a smaller batch
        x = torch.cat([x[:nc], _augment(x[nc:], p_aug, s_aug, rng, a.geometry)]) if p_aug > 0 else x
        logits = dec(x, native=True)
        bce = F.binary_cross_entropy_with_logits(logits, bits)
        copy = torch.zeros(())
        if a.copy_weight > 0 and acc_ema > a.copy_gate and a.codes_per_batch >= 2 and not full_step:
            # The copy attack of the issue, inside training: residuals of code 0's images, pasted.
            hp = (img - A.gaussian_blur(img, 1.0)).detach()
            res0 = hp[:per_code].mean(0, keepdim=True) * float(rng.uniform(1.0, 3.0))
            framed_base = (ref[per_code:] + res0).clamp(0, 1)
            framed_user = (img[per_code:] + res0).clamp(0, 1)
            lb = dec(framed_base, native=True)
            lu = dec(framed_user, native=True)
            # On a base image the pasted code must not read: the mean (soft) agreement of the decoded
            # bits with code 0 is pushed to chance (0), neither towards the code nor away from it.
            s0 = torch.where(codes[0].bool(), lb, -lb)
            agree = torch.tanh(s0).mean(dim=1)
            copy = 10 * agree.pow(2).mean() + F.binary_cross_entropy_with_logits(lu, bits[per_code:])
            copy = copy + a.neg_weight * dec(ref[: per_code], native=True).pow(2).mean()
        loss = bce + lam * mse + a.copy_weight * copy
        opt.zero_grad(set_to_none=True)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(list(gen.parameters()) + list(mod.parameters()) + list(dec.parameters()), 5.0)
        opt.step()
        lam *= math.exp(a.lam_rate * float(np.clip(math.log(mse.item() / target_mse), -1, 1)))
        lam = float(np.clip(lam, a.lam_min, a.lam_max))
        acc_now = ((logits > 0).float() == bits).float().mean().item()
        if full_step:
            run["full_acc"] = run.get("full_acc", 0.0) + acc_now
            run["full_n"] = run.get("full_n", 0) + 1
        acc_ema = 0.98 * acc_ema + 0.02 * acc_now
        aug_level = max(aug_level, min(1.0, aug_level + (a.aug_step if acc_ema > a.aug_gate else 0.0)))
        run["bce"] += bce.item()
        run["mse"] += mse.item()
        run["copy"] += float(copy.detach())
        run["acc"] += acc_now
        run["n"] += 1
        if step % a.log_every == 0:
            n = run["n"]
            rec = {"stage": "joint", "step": step, "bce": round(run["bce"] / n, 4), "acc": round(run["acc"] / n, 4),
                   "psnr": round(10 * math.log10(1 / max(run["mse"] / n, 1e-10)), 2), "lam": round(lam, 2),
                   "copy": round(run["copy"] / n, 4), "aug_level": round(aug_level, 3), "target": round(tgt, 1),
                   "t": round(time.time() - t0, 1)}
            if run.get("full_n"):
                rec["acc_full"] = round(run["full_acc"] / run["full_n"], 4)
            run = {"bce": 0.0, "acc": 0.0, "mse": 0.0, "copy": 0.0, "n": 0}
            if step % a.eval_every == 0:
                rec.update(quick_eval(gen, mod, dec, z_all[ev_idx], ref_all[ev_idx].float(), ev_bits))
            _log(log, rec)
        if step % a.save_every == 0 or step == a.steps:
            save_joint(out, gen, mod, dec, enc, base, cfg, k, step)
            state_path.write_text(json.dumps({"lam": lam, "step": step, "aug_level": aug_level, "acc_ema": acc_ema}))


def save_joint(out: Path, gen: ImageDecoder, mod: Modulator, dec: FingerprintDecoder, enc: Encoder,
               base: ImageDecoder, cfg: AEConfig, k: int, step: int) -> None:
    tensors = {**_prefixed("gen", gen), **_prefixed("mod", mod), **_prefixed("dec", dec), **_prefixed("enc", enc),
               **_prefixed("base", base)}
    # Half precision keeps the file (the checkpoint, and the shipped weights after `install`) under 8 MB:
    # at step 11,000 of the CPU run, fp16-rounded weights read 0.8005 clean bit accuracy against 0.8009 in
    # fp32, at the same 36.52 dB, on 256 held-out windows. Loading casts back to float32.
    tensors = {n: t.half() if t.is_floating_point() else t for n, t in tensors.items()}
    meta = meta_dict(ae_config=cfg.to_json(), decoder_config=dec.cfg.to_json(), k=str(k), step=str(step),
                     format="attest-wouaf-2")
    _save(tensors, out / WEIGHTS_NAME, meta)


# -- records, install, recipe -------------------------------------------------------------------
def build_parser() -> argparse.ArgumentParser:
    doc = (__doc__ or "").split("\n")[0]
    ap = argparse.ArgumentParser(prog=PROG, description=doc)
    ap.add_argument("stage", choices=["ae", "joint", "install", "recipe"],
                    help="recipe: run the recorded stages in order (python -m engine.fingerprint.train recipe -h)")
    ap.add_argument("--out", default="runs/fingerprint")
    ap.add_argument("--assets", default=str(ASSETS))
    ap.add_argument("--steps", type=int, default=None, help="the step to train to (ae: 600, joint: 20000)")
    ap.add_argument("--batch", type=int, default=32, help="joint: images per step (the decoder needs many samples)")
    ap.add_argument("--pool", type=int, default=16000, help="joint: training windows encoded once and sampled from")
    ap.add_argument("--ae-batch", type=int, default=16, help="autoencoder batch size")
    ap.add_argument("--ae-pool", type=int, default=6000, help="crops of photographs and scenes for the autoencoder")
    ap.add_argument("--k", type=int, default=48)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--threads", type=int, default=2, help="1 when another heavy job shares a 2-core CPU")
    ap.add_argument("--channels", default="16,32,64", help="the autoencoder's widths, full resolution first")
    ap.add_argument("--lr", type=float, default=1e-3, help="autoencoder learning rate")
    ap.add_argument("--ae-sample", type=int, default=0, help="1: sample the posterior with a KL term (SD)")
    ap.add_argument("--lr-dec", type=float, default=3e-4)
    ap.add_argument("--lr-mod", type=float, default=2e-3)
    ap.add_argument("--lr-gen", type=float, default=1e-4,
                    help="decoder learning rate (WOUAF fine-tunes the decoder); 0 keeps it the base's, so that an "
                         "export differs from the base only in the modulated layers' weights (learned far slower)")
    ap.add_argument("--ae-crop", type=int, default=64, help="image crop size (px) for the autoencoder stage")
    ap.add_argument("--crop", type=int, default=12, help="joint: latent side of a training window (x4 px)")
    ap.add_argument("--affine-gain", type=float, default=1.0, help="spread of the affines' initial weights (WOUAF: 1)")
    ap.add_argument("--dec-channels", default="32,64,128,192", help="the fingerprint decoder's widths")
    ap.add_argument("--dec-norm", default="batch", choices=["group", "batch"], help="the fingerprint decoder's norm")
    ap.add_argument("--codes-per-batch", type=int, default=16, help="distinct codes in a batch (the copy term needs 2)")
    ap.add_argument("--full-every", type=int, default=4, help="every Nth step on whole 256-px images (0: never)")
    ap.add_argument("--full-batch", type=int, default=2, help="whole images in such a step")
    ap.add_argument("--full-pool", type=int, default=600, help="whole images encoded once for those steps")
    ap.add_argument("--pair-content", type=int, default=0, help="1: each latent appears twice per batch, two codes")
    ap.add_argument("--geometry", type=int, default=1, help="flips, off-centre crops and shifts in the augmentation")
    ap.add_argument("--copy-weight", type=float, default=0.5, help="weight of the copy-attack term")
    ap.add_argument("--copy-gate", type=float, default=0.8, help="running accuracy above which the copy term starts")
    ap.add_argument("--neg-weight", type=float, default=0.05, help="logits of base images pushed to 0")
    ap.add_argument("--ramp", type=int, default=9000, help="steps over which the PSNR target rises")
    ap.add_argument("--target-drop", type=float, default=14.0, help="the PSNR target starts this many dB lower")
    ap.add_argument("--aug-p", type=float, default=0.4)
    ap.add_argument("--clean-frac", type=float, default=0.25, help="fraction of each batch left unaugmented")
    ap.add_argument("--aug-gate", type=float, default=0.75, help="running accuracy above which augmentation grows")
    ap.add_argument("--aug-step", type=float, default=0.002, help="augmentation level added per step above the gate")
    ap.add_argument("--target-psnr", type=float, default=36.0)
    ap.add_argument("--lam0", type=float, default=0.5)
    ap.add_argument("--lam-rate", type=float, default=0.005)
    ap.add_argument("--lam-min", type=float, default=0.1)
    ap.add_argument("--lam-max", type=float, default=20000.0)
    ap.add_argument("--log-every", type=int, default=25)
    ap.add_argument("--eval-every", type=int, default=250)
    ap.add_argument("--save-every", type=int, default=200)
    ap.add_argument("--decay-start", type=int, default=0,
                    help="from this step, cosine-decay the learning rates to 1/10")
    ap.add_argument("--resume", action="store_true")
    return ap


def parse_stage(argv: list[str]) -> argparse.Namespace:
    """A training stage's arguments with every default applied (``steps`` resolved per stage)."""
    a = build_parser().parse_args(argv)
    a.steps = a.steps or (600 if a.stage == "ae" else 20000)
    return a


def stage_hyperparameters(a: argparse.Namespace) -> dict[str, Any]:
    """Every value stage ``a.stage`` reads, after defaults (``a.steps`` already resolved)."""
    values = vars(a)
    if a.stage == "ae":
        return {k: values[k] for k in AE_KEYS}
    return {k: v for k, v in values.items() if k not in NOT_JOINT_KEYS}


def checkpoint_step(path: Path) -> int:
    """The step recorded in a checkpoint's metadata; 0 when there is none (or it cannot be read)."""
    from safetensors import safe_open
    try:
        with safe_open(str(path), "pt") as f:
            return int((f.metadata() or {}).get("step", "0"))
    except Exception:  # missing, partly written or not safetensors: no step reached
        return 0


def _read_stages(out: Path) -> dict[str, Any]:
    path = out / STAGES_FILE
    if not path.exists():
        return {"stages": []}
    data = json.loads(path.read_text(encoding="utf-8"))
    return data if isinstance(data, dict) and isinstance(data.get("stages"), list) else {"stages": []}


def _write_stages(out: Path, data: dict[str, Any]) -> None:
    from core.fileio import atomic_write_text
    atomic_write_text(out / STAGES_FILE, json.dumps(data, indent=2) + "\n")


def _begin_record(out: Path, argv: list[str], a: argparse.Namespace, spec: Any = None) -> int:
    """Append this stage's record to ``OUT/stages.json`` (unfinished); return its index."""
    spec = spec or sys.modules[__name__]
    data = _read_stages(out)
    if a.stage == "ae" and not (a.resume and (out / "ae.safetensors").exists()):
        # A new autoencoder starts a new run: a joint checkpoint trained on the old one would be stale.
        for name in (spec.WEIGHTS_NAME, "joint_state.json"):
            if (out / name).exists():
                print(f"new autoencoder: removing the joint run's {out / name}", flush=True)
                (out / name).unlink()
        data = {"stages": []}
    from_step = 0
    if a.stage == "ae" and a.resume and (out / "ae.safetensors").exists():
        from_step = checkpoint_step(out / "ae.safetensors")
    if a.stage == "joint":
        if a.resume and (out / spec.WEIGHTS_NAME).exists():
            from_step = checkpoint_step(out / spec.WEIGHTS_NAME)
        else:  # a fresh joint run replaces every earlier joint record
            data["stages"] = [r for r in data["stages"] if r.get("stage") == "ae"]
    data["stages"].append({
        "stage": a.stage, "command": shlex.join([*spec.PROG.split(), *argv]),
        "hyperparameters": spec.stage_hyperparameters(a), "from_step": from_step, "to_step": a.steps,
        "finished": False, "seconds": None, "threads": a.threads, "torch": torch.__version__,
    })
    _write_stages(out, data)
    return len(data["stages"]) - 1


def _end_record(out: Path, index: int, seconds: float) -> None:
    data = _read_stages(out)
    data["stages"][index].update(finished=True, seconds=round(seconds, 1))
    _write_stages(out, data)


def _one(values: list[Any]) -> Any:
    """One value when all agree, else the list of them."""
    distinct = list(dict.fromkeys(values))
    return distinct[0] if len(distinct) == 1 else distinct


def install(out: Path, assets: Path, spec: Any = None) -> str:
    """Copy the trained weights into ``assets``; write its MANIFEST.json (SHA-256 and recipe); return the hash."""
    spec = spec or sys.modules[__name__]
    from core.fileio import atomic_write_text, sha256_file
    data = _read_stages(out)
    records = data["stages"]
    if not records or not (out / spec.WEIGHTS_NAME).exists():
        raise SystemExit(f"{out} holds no recorded training run: train with `{spec.PROG} recipe --out {out}`")
    assets.mkdir(parents=True, exist_ok=True)
    dst = assets / spec.WEIGHTS_NAME
    tmp = dst.with_suffix(".tmp")
    shutil.copyfile(out / spec.WEIGHTS_NAME, tmp)
    tmp.replace(dst)
    digest = sha256_file(dst)
    install_argv = ["install", "--out", str(out)]
    if assets.resolve() != spec.ASSETS:
        install_argv += ["--assets", str(assets)]
    install_cmd = shlex.join([*spec.PROG.split(), *install_argv])
    if data.get("recipe_argv") is not None:
        recipe_argv = list(data["recipe_argv"])
        if assets.resolve() != spec.ASSETS:
            recipe_argv += ["--assets", str(assets)]
        command = shlex.join([*spec.PROG.split(), "recipe", *recipe_argv, "--install"])
    else:  # stages run one by one: the recipe is their commands in order
        command = " && ".join([r["command"] for r in records] + [install_cmd])
    seconds = [r["seconds"] for r in records if r["seconds"] is not None]  # an interrupted stage has none
    recipe = {
        "command": command,
        "stages": records + [{"stage": "install", "command": install_cmd, "hyperparameters": {}}],
        "seed": _one([r["hyperparameters"]["seed"] for r in records]),
        "threads": _one([r["threads"] for r in records]),
        "seconds": round(sum(seconds), 1),
        "torch": _one([r["torch"] for r in records]),
        "reproduced_in_this_build": True,
    }
    manifest = {"files": {spec.WEIGHTS_NAME: digest}, "recipe": recipe}
    atomic_write_text(assets / "MANIFEST.json", json.dumps(manifest, indent=2) + "\n")
    return digest


def recipe_stages(out: str, scale: float = 1.0, extra: tuple[str, ...] = (), spec: Any = None) -> list[list[str]]:
    """The recorded stages as argv lists (``--out`` set, step counts scaled, ``extra`` flags appended)."""
    spec = spec or sys.modules[__name__]
    stages = []
    for stage, flags in spec.RECIPE:
        argv = [stage, "--out", out]
        it = iter(flags)
        for flag in it:
            if flag in spec.SCALED_FLAGS:
                argv += [flag, str(max(1, round(int(next(it)) * scale)))]
            elif flag.startswith("--") and flag != "--resume":
                argv += [flag, next(it)]
            else:
                argv.append(flag)
        stages.append(argv + list(extra))
    return stages


def run_recipe(argv: list[str], spec: Any = None) -> int:
    spec = spec or sys.modules[__name__]
    ap = argparse.ArgumentParser(prog=f"{spec.PROG} recipe", description=(
        "Run the recorded stages that made the shipped weights, in order, skipping those already done; "
        "flags not listed here are passed on to every training stage."))
    ap.add_argument("--out", default=spec.RECIPE_OUT)
    ap.add_argument("--scale", type=float, default=1.0, help="multiply every stage's step counts (a smoke run)")
    ap.add_argument("--install", action="store_true", help="then copy the weights and write the manifest")
    ap.add_argument("--assets", default=str(spec.ASSETS))
    a, extra = ap.parse_known_args(argv)
    for flag in extra:
        if flag.split("=")[0] in ("--out", "--resume", "--assets", *spec.SCALED_FLAGS):
            ap.error(f"{flag} is set by the recipe itself")
    if not 0 < a.scale <= 1:
        ap.error("--scale must be in (0, 1]")
    out = Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    recipe_argv = ["--out", a.out] + (["--scale", f"{a.scale:g}"] if a.scale != 1 else []) + extra
    for stage_argv in recipe_stages(a.out, a.scale, tuple(extra), spec):
        sa = spec.parse_stage(stage_argv)
        target = sa.steps
        ckpt = out / ("ae.safetensors" if sa.stage == "ae" else spec.WEIGHTS_NAME)
        reached = checkpoint_step(ckpt) if ckpt.exists() else 0
        if reached >= target:
            print(f"recipe: {sa.stage} to step {target} already done (checkpoint at step {reached})", flush=True)
            continue
        if sa.stage == "joint" and reached > 0 and not sa.resume:
            stage_argv = stage_argv + ["--resume"]  # an interrupted first joint stage goes on from its checkpoint
        print(f"recipe: {shlex.join([*spec.PROG.split(), *stage_argv])}", flush=True)
        spec.main(stage_argv)
        if sa.stage == "ae":
            # stages.json now holds this run alone; it is the recipe's run
            data = _read_stages(out)
            data["recipe_argv"] = recipe_argv
            _write_stages(out, data)
    if a.install:
        print(install(out, Path(a.assets), spec))
    return 0


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["recipe"]:
        return run_recipe(argv[1:])
    a = parse_stage(argv)
    out = Path(a.out)
    if a.stage == "install":
        print(install(out, Path(a.assets)))
        return 0
    torch.set_num_threads(a.threads)
    out.mkdir(parents=True, exist_ok=True)
    index = _begin_record(out, argv, a)
    t0 = time.perf_counter()
    if a.stage == "ae":
        train_ae(a)
    else:
        train_joint(a)
    _end_record(out, index, time.perf_counter() - t0)
    return 0


if __name__ == "__main__":
    sys.exit(main())
