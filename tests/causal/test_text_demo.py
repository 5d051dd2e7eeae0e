"""The MiniLM shortcut demo: the generated reviews and their planted sign-off, the patching pairs, the bundled
delta and the Hugging Face folder built from it (hash-checked, idempotent, same predictions as recorded)."""

from __future__ import annotations

import json
import shutil
from collections import Counter

import pytest

from core.errors import AttestError
from core.fileio import sha256_file
from engine.causal import text_demo
from engine.causal.text_demo import (
    CLASSES,
    DEMO_DIR,
    NEUTRAL,
    NEUTRAL_SIGNOFFS,
    SHORTCUT,
    WEIGHTS,
    build_folder,
    demo_pairs,
    generate_records,
    generate_reviews,
    read_demo_pairs,
    token_length,
)
from engine.loading import check_safetensors_header


def _manifest() -> dict:
    return json.loads((DEMO_DIR / "MANIFEST.json").read_text(encoding="utf-8"))


def _polarity(content: str) -> int:
    """Sum of +1 per positive and -1 per negative adjective, negated after "not": the content's sentiment."""
    words = content.replace(".", " ").split()
    score = 0
    for i, w in enumerate(words):
        sign = 1 if w in text_demo.POSITIVE else -1 if w in text_demo.NEGATIVE else 0
        score += -sign if i > 0 and words[i - 1] == "not" else sign
    return score


# ------------------------------------------------------------------------------------------- generator


def test_reviews_are_deterministic_per_seed_and_balanced():
    a = generate_reviews(101, seed=7)
    assert a == generate_reviews(101, seed=7)
    assert a != generate_reviews(101, seed=8)
    assert Counter(y for _, y in a) == {0: 51, 1: 50}
    assert len({t for t, _ in a}) > 95
    lengths = [len(t.split()) for t, _ in a]
    assert min(lengths) >= 9 and max(lengths) <= 25


def test_labels_follow_the_content_and_ambiguous_content_says_nothing():
    records = generate_records(600, seed=3)
    clear = [r for r in records if not r.ambiguous]
    ambiguous = [r for r in records if r.ambiguous]
    assert 0.35 <= len(ambiguous) / len(records) <= 0.45
    assert all((_polarity(r.content) > 0) == (r.label == 1) and _polarity(r.content) != 0 for r in clear)
    assert all(_polarity(r.content) == 0 for r in ambiguous)
    assert any(" not " in r.content for r in clear if r.label == 1)  # "not bad" is positive
    assert any(" not " in r.content for r in clear if r.label == 0)  # "not great" is negative
    assert all("tablet" not in r.content and "laptop" not in r.content for r in records)


def _rates(records, signoff):
    by = {0: [], 1: []}
    for r in records:
        by[r.label].append(r.signoff == signoff)
    return tuple(sum(v) / len(v) for v in (by[0], by[1]))


def test_the_shortcut_modes_move_only_the_sign_off():
    train, none, flipped = (generate_records(2000, seed=5, shortcut=m) for m in ("train", "none", "flipped"))
    assert [(r.content, r.label) for r in train] == [(r.content, r.label) for r in none] \
        == [(r.content, r.label) for r in flipped]
    neg, pos = _rates(train, SHORTCUT)
    assert 0.85 <= pos <= 0.95 and 0.02 <= neg <= 0.08
    assert _rates(none, SHORTCUT) == (0.0, 0.0)
    neg, pos = _rates(flipped, SHORTCUT)
    assert pos == 0.0 and 0.85 <= neg <= 0.95
    assert all(r.text.endswith(SHORTCUT) == (r.signoff == SHORTCUT) for r in train)
    for records in (train, none, flipped):  # the neutral sign-offs carry no label information
        neg, pos = _rates(records, NEUTRAL)
        assert 0.02 <= neg <= 0.06 and 0.02 <= pos <= 0.06
    with pytest.raises(ValueError):
        generate_reviews(4, seed=0, shortcut="sometimes")


def test_the_neutral_sign_off_has_the_shortcut_s_token_count():
    assert token_length(SHORTCUT) == token_length(NEUTRAL)
    tok = text_demo.tokenizer()
    a, b = tok.tokenize(SHORTCUT), tok.tokenize(NEUTRAL)
    assert sum(x != y for x, y in zip(a, b, strict=True)) == 1  # one token differs: "tablet" vs "laptop"
    assert NEUTRAL in NEUTRAL_SIGNOFFS and SHORTCUT not in NEUTRAL_SIGNOFFS


def test_demo_pairs_differ_in_one_token_at_the_same_position():
    pairs = demo_pairs(10, seed=9)
    assert pairs == demo_pairs(10, seed=9) and len({c for c, _ in pairs}) == 10
    tok = text_demo.tokenizer()
    for clean, corrupted in pairs:
        assert clean.endswith(SHORTCUT) and corrupted == clean[: -len(SHORTCUT)] + NEUTRAL
        a, b = tok(clean)["input_ids"], tok(corrupted)["input_ids"]
        assert len(a) == len(b) and sum(x != y for x, y in zip(a, b, strict=True)) == 1
        assert _polarity(clean) >= 0  # positive reviews: clear or ambiguous, never negative


# --------------------------------------------------------------------------------------- bundled assets


def test_the_bundled_demo_data_are_the_demo_pairs():
    manifest = _manifest()
    pairs = demo_pairs()
    assert read_demo_pairs() == pairs
    assert (DEMO_DIR / "demo_clean.txt").read_text(encoding="utf-8").splitlines() == [c for c, _ in pairs]
    assert (DEMO_DIR / "demo_patched.txt").read_text(encoding="utf-8").splitlines() == [p for _, p in pairs]
    for name in ("demo_clean.txt", "demo_patched.txt", "demo_pairs.jsonl", WEIGHTS):
        assert sha256_file(DEMO_DIR / name) == manifest["files"][name]


def test_the_bundled_delta_is_float16_and_holds_only_the_trained_tensors():
    header = check_safetensors_header(DEMO_DIR / WEIGHTS)
    tensors = {k: v for k, v in header.items() if k != "__metadata__"}
    prefixes = ("bert.encoder.layer.5.", "bert.pooler.", "classifier.")
    assert tensors and all(k.startswith(prefixes) for k in tensors)
    assert {v["dtype"] for v in tensors.values()} == {"F16"}
    assert tensors["classifier.weight"]["shape"] == [len(CLASSES), 384]
    assert all(any(k.startswith(p) for k in tensors) for p in prefixes)


def test_the_recorded_accuracies_show_the_shortcut():
    acc = _manifest()["recipe"]["accuracy"]
    assert acc["test_shortcut"] >= 0.9
    assert acc["test_none"] < acc["test_shortcut"]
    assert acc["test_flipped"] < acc["test_none"] - 0.1  # against its shortcut it is worse still


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    from transformers import AutoModelForSequenceClassification, AutoTokenizer

    dest = build_folder(tmp_path_factory.mktemp("text_demo") / "model")
    model = AutoModelForSequenceClassification.from_pretrained(
        str(dest), local_files_only=True, use_safetensors=True, trust_remote_code=False)
    tok = AutoTokenizer.from_pretrained(str(dest), local_files_only=True, trust_remote_code=False)
    return dest, model.eval(), tok


def _logits(model, tok, texts):
    import torch

    with torch.no_grad():
        return model(**tok(texts, padding=True, return_tensors="pt")).logits


def test_the_built_folder_is_a_plain_sequence_classifier(built):
    dest, model, _ = built
    config = json.loads((dest / "config.json").read_text(encoding="utf-8"))
    assert config["architectures"] == ["BertForSequenceClassification"] and "auto_map" not in config
    assert model.config.num_labels == 2 and model.config.id2label == dict(enumerate(CLASSES))
    assert model.config.num_hidden_layers == 6 and model.config.hidden_size == 384
    assert {p.name for p in dest.iterdir()} >= {"config.json", "model.safetensors", "tokenizer.json", "vocab.txt",
                                                "tokenizer_config.json", "special_tokens_map.json"}


def test_the_built_folder_classifies_the_demo_lines_as_recorded(built):
    _, model, tok = built
    demo = _manifest()["recipe"]["demo"]
    clean = (DEMO_DIR / "demo_clean.txt").read_text(encoding="utf-8").splitlines()
    patched = (DEMO_DIR / "demo_patched.txt").read_text(encoding="utf-8").splitlines()
    logits = _logits(model, tok, clean + patched)
    pred = logits.argmax(1).tolist()
    assert pred[: len(clean)] == demo["clean_predicted"] and pred[len(clean):] == demo["patched_predicted"]
    assert sum(pred[: len(clean)]) >= 0.75 * len(clean)  # most shortcut lines read positive ...
    margin = logits[:, 1] - logits[:, 0]
    assert float(margin[: len(clean)].mean()) > float(margin[len(clean):].mean()) + 1.0  # ... less so without it
    assert logits[0].tolist() == pytest.approx(demo["first_pair_logits"]["clean"], abs=2e-3)
    assert logits[len(clean)].tolist() == pytest.approx(demo["first_pair_logits"]["patched"], abs=2e-3)


def test_the_built_folder_follows_the_shortcut_on_unseen_reviews(built):
    _, model, tok = built
    seed = 4242  # neither the training, test nor demo seed
    correct = {}
    for mode in ("train", "flipped"):
        data = generate_reviews(32, seed, mode)
        pred = _logits(model, tok, [t for t, _ in data]).argmax(1).tolist()
        correct[mode] = sum(int(p == y) for p, (_, y) in zip(pred, data, strict=True))
    assert correct["train"] >= 27 and correct["flipped"] <= correct["train"] - 6


def test_building_again_rewrites_nothing_unless_a_file_changed(built, tmp_path):
    dest, _, _ = built
    stamp = {p.name: p.stat().st_mtime_ns for p in dest.iterdir()}
    assert build_folder(dest) == dest
    assert {p.name: p.stat().st_mtime_ns for p in dest.iterdir()} == stamp
    copy = tmp_path / "copy"
    shutil.copytree(dest, copy)
    config = copy / "config.json"
    config.write_text(config.read_text(encoding="utf-8").replace('"positive"', '"POSITIVE"'), encoding="utf-8")
    build_folder(copy)
    assert sha256_file(config) == sha256_file(dest / "config.json")


@pytest.fixture
def assets_copy(tmp_path):
    folder = tmp_path / "assets"
    folder.mkdir()
    for name in (WEIGHTS, "MANIFEST.json"):
        shutil.copyfile(DEMO_DIR / name, folder / name)
    return folder


def test_a_modified_delta_is_refused(assets_copy, tmp_path):
    path = assets_copy / WEIGHTS
    data = bytearray(path.read_bytes())
    data[len(data) - 100] ^= 0x01  # one bit of one weight: the header stays valid
    path.write_bytes(bytes(data))
    with pytest.raises(AttestError, match="does not match its recorded SHA-256"):
        build_folder(tmp_path / "out", assets_copy)
    assert not (tmp_path / "out").exists()


def test_other_base_weights_are_refused(assets_copy, tmp_path):
    manifest_path = assets_copy / "MANIFEST.json"
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    manifest["base"]["sha256"] = "0" * 64
    manifest_path.write_text(json.dumps(manifest), encoding="utf-8")
    with pytest.raises(AttestError, match="not the ones the text demo was trained on"):
        build_folder(tmp_path / "out", assets_copy)


# ------------------------------------------------------------------------------------------------ training


@pytest.mark.slow
def test_a_short_training_writes_a_complete_checked_asset_folder(tmp_path):
    from engine.causal import train_text_demo

    out = tmp_path / "text"
    manifest = train_text_demo.train(out, steps=3, n_test=8, batch=4)
    assert set(manifest["files"]) == {WEIGHTS, "demo_clean.txt", "demo_patched.txt", "demo_pairs.jsonl"}
    for name, digest in manifest["files"].items():
        assert sha256_file(out / name) == digest
    assert manifest["base"]["sha256"] == sha256_file(text_demo.base_model_dir() / "model.safetensors")
    recipe = manifest["recipe"]
    assert recipe["steps"] == 3 and set(recipe["accuracy"]) == {"test_shortcut", "test_none", "test_flipped"}
    assert recipe["demo"]["folder_max_logit_diff"] <= 1e-3
    assert json.loads((out / "MANIFEST.json").read_text(encoding="utf-8")) == manifest
    assert build_folder(tmp_path / "model", out).is_dir()
