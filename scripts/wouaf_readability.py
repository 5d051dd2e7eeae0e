"""How fast does a fingerprint decoder learn to read WOUAF's weight modulation? A diagnostic, not a recipe.

It loads the autoencoder of ``python -m engine.fingerprint.train ae --out runs/fp`` (about 6.5 minutes on a
2-core CPU), encodes a pool of training windows, and trains a fingerprint decoder to read 48 bits from
windows decoded with the modulated decoder, reporting held-out bit accuracy, accuracy after JPEG 50, the
reading of base images and the PSNR against the base every 50 steps.

``--mode blind`` reads the image alone (what WOUAF does); ``--mode residual`` reads the image beside its
residual against the provider's own autoencoder, ``x - base(enc(x))`` (the provider holds the base, so
a trace may use it). ``--frozen 1`` keeps the modulation at its random initialisation (a readability test:
is a random modulation of this strength readable at all?); otherwise the affines train jointly and the
quality weight is steered to ``--target`` dB.

Measured on the 2-core CPU (48-px windows, batch 32, 48 bits; see the README's fingerprint section):
frozen random modulation at 33 dB stays at chance blind after 600 steps and reaches 0.526 with the
residual; trained jointly (target 30 dB) 0.54 blind after 800 steps (at 23.9 dB) and 0.55 with the
residual after 500 steps (at 29.7 dB).
"""

from __future__ import annotations

import argparse
import json
import math
import time
from pathlib import Path

import numpy as np
import torch
import torch.nn.functional as F

from engine.fingerprint import attacks as A
from engine.fingerprint.models import DecoderConfig, FingerprintDecoder
from engine.fingerprint.modulation import Modulator
from engine.fingerprint.train import joint_pool, load_ae, psnr
from engine.fingerprint.vae import ImageDecoder


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--ae", default="runs/fp", help="folder with ae.safetensors")
    ap.add_argument("--mode", choices=["blind", "residual"], default="blind")
    ap.add_argument("--steps", type=int, default=600)
    ap.add_argument("--target", type=float, default=32.0, help="PSNR target of the quality weight (dB)")
    ap.add_argument("--frozen", type=int, default=0, help="1: the modulation stays at its random start")
    ap.add_argument("--gain", type=float, default=0.3, help="spread of the affines' initial weights")
    ap.add_argument("--lr-mod", type=float, default=2e-3)
    ap.add_argument("--lr-dec", type=float, default=1e-3)
    ap.add_argument("--batch", type=int, default=32)
    ap.add_argument("--px", type=int, default=48, help="window side in pixels (a multiple of 4)")
    ap.add_argument("--pool", type=int, default=3000)
    ap.add_argument("--threads", type=int, default=2)
    a = ap.parse_args()
    torch.set_num_threads(a.threads)
    torch.manual_seed(0)
    rng = np.random.default_rng(0)
    enc, base, cfg = load_ae(Path(a.ae))
    for p in list(enc.parameters()) + list(base.parameters()):
        p.requires_grad_(False)
    z_all, ref_all = joint_pool(enc, base, a.pool, a.px, 0)
    ref_all = ref_all.float()
    gen = ImageDecoder(cfg)
    gen.load_state_dict(base.state_dict())
    for p in gen.parameters():
        p.requires_grad_(False)
    k = 48
    mod = Modulator(gen.decoder, k, affine_gain=a.gain)
    dec = FingerprintDecoder(DecoderConfig(k=k, input_size=256, channels=(32, 64, 128, 192), head="mean"))
    if a.mode == "residual":
        old = dec.features[0]
        dec.features[0] = torch.nn.Conv2d(6, old.out_channels, 3, stride=2, padding=1)

    def read(x: torch.Tensor) -> torch.Tensor:
        if a.mode == "blind":
            return dec(x, native=True)
        with torch.no_grad():
            r = x - base(enc(x)).clamp(0, 1)
        h = torch.cat([x, 0.5 + 4 * r], 1)
        return dec.head(dec.features((h - 0.5) / 0.25).mean(dim=(2, 3)))

    groups = [{"params": list(dec.parameters()), "lr": a.lr_dec}]
    if a.frozen:
        for p in mod.parameters():
            p.requires_grad_(False)
    else:
        groups.append({"params": list(mod.parameters()), "lr": a.lr_mod})
    opt = torch.optim.Adam(groups)
    n_ev = 128
    ev = torch.arange(len(z_all) - n_ev, len(z_all))
    ev_bits = torch.randint(0, 2, (n_ev, k), generator=torch.Generator().manual_seed(1)).float()
    lam, target_mse, t0, accs = 1.0, 10 ** (-a.target / 10), time.time(), []
    for step in range(1, a.steps + 1):
        idx = torch.from_numpy(rng.integers(0, len(z_all) - n_ev, a.batch))
        bits = torch.randint(0, 2, (a.batch // 2, k)).float().repeat_interleave(2, 0)
        with mod.applied(gen.decoder, bits):
            img = gen(z_all[idx])
        mse = F.mse_loss(img, ref_all[idx])
        logits = read(img.clamp(0, 1))
        loss = F.binary_cross_entropy_with_logits(logits, bits) + (0.0 if a.frozen else lam) * mse
        opt.zero_grad()
        loss.backward()
        opt.step()
        if not a.frozen:  # dual ascent on the quality weight towards the PSNR target
            lam = float(np.clip(lam * math.exp(0.02 * float(np.clip(math.log(mse.item() / target_mse), -1, 1))),
                                0.01, 1e6))
        accs.append(((logits > 0).float() == bits).float().mean().item())
        if step % 50 == 0:
            dec.eval()
            with torch.no_grad():
                with mod.applied(gen.decoder, ev_bits):
                    im = gen(z_all[ev]).clamp(0, 1)

                def acc(x: torch.Tensor) -> float:
                    return round(((read(x) > 0).float() == ev_bits).float().mean().item(), 3)
                rec = {"step": step, "s": round(time.time() - t0), "train": round(float(np.mean(accs[-50:])), 3),
                       "held_out": acc(im), "jpeg50": acc(A.jpeg(im, 50)), "base": acc(ref_all[ev]),
                       "psnr": round(psnr(im, ref_all[ev]), 2)}
            dec.train()
            print(json.dumps(rec), flush=True)


if __name__ == "__main__":
    main()
