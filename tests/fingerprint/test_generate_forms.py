"""`fingerprint generate NAME | --generator FILE | --base`: the same seeds decode the same latents,
names sort alike, an exported file alone reproduces the user's images, and the base carries no code."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
from PIL import Image


def call(capsys, *args: str) -> tuple[int, str, str]:
    import main
    rc = main.main(list(args))
    out = capsys.readouterr()
    return rc, out.out, out.err


def _pixels(paths: list[str]) -> np.ndarray:
    return np.stack([np.asarray(Image.open(p).convert("RGB"), np.float64) for p in paths])


def test_every_form_of_generate_decodes_the_same_latents(capsys, fp_db_path, tmp_path):
    db = str(fp_db_path)
    gen_file = tmp_path / "bob.safetensors"
    rc, _, err = call(capsys, "--db", db, "fingerprint", "export", "bob", "--out", str(gen_file))
    assert rc == 0, err
    forms = {"user": ["bob"], "file": ["--generator", str(gen_file)], "base": ["--base"]}
    images = {}
    for form, args in forms.items():
        rc, out, err = call(capsys, "--db", db, "fingerprint", "generate", *args, "--n", "3", "--seed", "41",
                            "--out", str(tmp_path / form), "--json")
        assert rc == 0, err
        images[form] = json.loads(out)["images"]
    # names: LABEL_SEED_FAMILY.png, the same order for every form
    suffixes = {form: [Path(p).name.split("_", 1)[1] for p in sorted(paths)] for form, paths in images.items()}
    assert suffixes["user"] == suffixes["file"] == suffixes["base"]
    assert [Path(p).name for p in sorted(images["file"])][0].startswith("bob_000041_")
    user, file_, base = (_pixels(sorted(images[f])) for f in ("user", "file", "base"))
    # the export alone gives the user's images (PNG rounding aside); the base is close but not equal
    assert np.abs(user - file_).max() <= 1.0
    mse = ((user - base) ** 2).mean() / 255 ** 2
    assert mse > 0 and 10 * np.log10(1 / mse) > 28
    rc, out, _ = call(capsys, "--db", db, "trace", *sorted(images["file"]), *sorted(images["base"]), "--json")
    verdicts = [(r["user"], r["verdict"]) for r in json.loads(out)["results"]]
    assert verdicts[:3] == [("bob", "attributed")] * 3
    assert all(v != "attributed" for _, v in verdicts[3:])


def test_generate_needs_exactly_one_source(capsys, fp_db_path, tmp_path):
    db = str(fp_db_path)
    for args in ([], ["bob", "--base"], ["--base", "--generator", str(tmp_path / "x.safetensors")]):
        rc, _, err = call(capsys, "--db", db, "fingerprint", "generate", *args, "--out", str(tmp_path / "o"))
        assert rc == 2 and "exactly one of" in err and err.count("\n") == 1
    rc, _, err = call(capsys, "--db", db, "fingerprint", "generate", "--generator", str(tmp_path / "none.safetensors"),
                      "--out", str(tmp_path / "o"))
    assert rc == 2 and "no generator file" in err
    bad = tmp_path / "bad.safetensors"
    bad.write_bytes(b"not a safetensors file at all")
    rc, _, err = call(capsys, "--db", db, "fingerprint", "generate", "--generator", str(bad),
                      "--out", str(tmp_path / "o"))
    assert rc == 2 and err.count("\n") == 1
