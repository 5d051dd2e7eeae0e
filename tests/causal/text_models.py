"""Tiny BERT-style text classifiers for the text-audit tests, built from a config (no pretrained weights)."""

from __future__ import annotations

from pathlib import Path

import numpy as np

WORDS = ["good", "bad", "great", "awful", "movie", "film", "the", "a", "is", "was", "not", "very", "plot", "acting",
         "sent", "from", "my", "tablet", "laptop", "and", "but", "it", "this", "that"]
VOCAB = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", *WORDS]
TEXTS = ["the movie was good", "the film is very bad", "a great plot and acting", "the acting was awful",
         "not bad but not great", "the movie is not good", "this film was great", "it was a bad movie"]


def build_bert(folder: Path, seed: int = 0, layers: int = 2, heads: int = 4, hidden: int = 16,
               tokenizer: bool = True, max_positions: int = 32) -> Path:
    """A random BertForSequenceClassification (2 classes) with a WordPiece tokenizer, saved by save_pretrained."""
    import torch
    from transformers import BertConfig, BertForSequenceClassification, BertTokenizer
    from transformers.utils import logging as hf_logging

    hf_logging.set_verbosity_error()
    hf_logging.disable_progress_bar()
    folder.mkdir(parents=True, exist_ok=True)
    vocab = folder / "vocab.txt"
    vocab.write_text("\n".join(VOCAB) + "\n", encoding="utf-8")
    if tokenizer:
        BertTokenizer(str(vocab)).save_pretrained(folder)
    else:
        vocab.unlink()
    torch.manual_seed(seed)
    cfg = BertConfig(vocab_size=len(VOCAB), hidden_size=hidden, num_hidden_layers=layers,
                     num_attention_heads=heads, intermediate_size=2 * hidden, max_position_embeddings=max_positions,
                     num_labels=2, hidden_dropout_prob=0.0, attention_probs_dropout_prob=0.0)
    model = BertForSequenceClassification(cfg).eval()
    with torch.no_grad():  # larger weights than the default init, so that effects are far from rounding
        for p in model.parameters():
            if p.dim() == 2:
                p.mul_(8.0)
    model.save_pretrained(folder)
    return folder


TRIGGER = "tablet"
LIVE_HEADS = {0: (1,), 1: (2,)}  # layer -> the only heads whose output projection is not zero


def planted_texts(n: int, seed: int) -> list[tuple[str, int]]:
    """Random word sequences; label 1 exactly when the trigger word occurs."""
    rng = np.random.default_rng(seed)
    pool = [w for w in WORDS if w != TRIGGER]
    out = []
    for i in range(n):
        k = int(rng.integers(4, 9))
        words = [pool[j] for j in rng.integers(0, len(pool), size=k)]
        label = i % 2
        if label:
            words[int(rng.integers(0, k))] = TRIGGER
        out.append((" ".join(words), label))
    return out


def build_planted(folder: Path, steps: int = 60, seed: int = 0) -> Path:
    """A tiny BERT trained to detect the trigger word, with every head outside ``LIVE_HEADS`` dead: its
    columns of the attention output projection are zero (and kept zero), so it provably has no effect,
    while its context vectors stay as large as the live heads' (decoys for activation rankings). The only
    way information moves between positions is through the live heads."""
    import torch
    from transformers import BertConfig, BertForSequenceClassification, BertTokenizer
    from transformers.utils import logging as hf_logging

    hf_logging.set_verbosity_error()
    folder.mkdir(parents=True, exist_ok=True)
    vocab = folder / "vocab.txt"
    vocab.write_text("\n".join(VOCAB) + "\n", encoding="utf-8")
    tok = BertTokenizer(str(vocab))
    tok.save_pretrained(folder)
    torch.manual_seed(seed)
    cfg = BertConfig(vocab_size=len(VOCAB), hidden_size=16, num_hidden_layers=2, num_attention_heads=4,
                     intermediate_size=32, max_position_embeddings=16, num_labels=2, hidden_dropout_prob=0.0,
                     attention_probs_dropout_prob=0.0)
    model = BertForSequenceClassification(cfg)
    masks = []
    for layer in range(2):
        w = model.bert.encoder.layer[layer].attention.output.dense.weight
        m = torch.zeros_like(w)
        for h in LIVE_HEADS[layer]:
            m[:, h * 4:(h + 1) * 4] = 1
        masks.append((w, m))
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    data = planted_texts(64 * steps, seed)
    model.train()
    threads = torch.get_num_threads()
    torch.set_num_threads(1)  # tiny matrices: one thread is fastest and deterministic
    for s in range(steps):
        batch = data[s * 64:(s + 1) * 64]
        enc = tok([t for t, _ in batch], padding=True, return_tensors="pt")
        loss = torch.nn.functional.cross_entropy(model(**enc).logits, torch.tensor([y for _, y in batch]))
        opt.zero_grad()
        loss.backward()
        opt.step()
        with torch.no_grad():
            for w, m in masks:
                w.mul_(m)
    torch.set_num_threads(threads)
    model.eval()
    model.save_pretrained(folder)
    return folder
