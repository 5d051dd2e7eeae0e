"""Text audits: head, neuron, patching, position and path interventions against direct hook computations,
token maps, and bad input (one line, exit 2, nothing saved)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from core.errors import AttestError
from tests.causal.text_models import TEXTS, build_bert

torch = pytest.importorskip("torch")

L0 = "bert.encoder.layer.0.attention.self"
L1 = "bert.encoder.layer.1.attention.self"
NEURONS = "bert.encoder.layer.0.intermediate.dense"
D = 4  # head size of the tiny model (hidden 16, 4 heads)


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_bert(tmp_path_factory.mktemp("bert") / "model")


@pytest.fixture(scope="module")
def loaded(folder: Path):
    from engine.causal import text as T

    tm = T.load_text_model(folder)
    items = [T.TextItem(i + 1, t, t.replace("good", "bad").replace("great", "awful")) for i, t in enumerate(TEXTS)]
    return tm, T.encode(tm, items)


def _runner(tm, layers, positions="all", paired=True):
    from engine.causal import text as T
    from engine.causal.interventions import ModelRunner

    kinds = T.layer_kinds(tm.module)
    spec = T.parse_positions(positions)
    return ModelRunner(tm.module, layers, groups={L: kinds[L][1] for L in layers},
                       where=None if spec[0] == "all" else (lambda xb: T.position_mask(xb[:, 1], spec)),
                       token_mask=lambda xb: xb[:, 1].bool(), paired=T.paired_view if paired else None)


def _direct(model, layer, x, fn, target=1):
    """Target logit of a plain forward whose ``layer`` output main tensor is rewritten by ``fn``."""
    mod = dict(model.named_modules())[layer]

    def hook(_m, _i, out):
        t = out[0] if isinstance(out, tuple) else out
        new = fn(t.clone())
        return (new, *out[1:]) if isinstance(out, tuple) else new

    h = mod.register_forward_hook(hook)
    try:
        with torch.no_grad():
            return model(x)[:, target].double().numpy()
    finally:
        h.remove()


def _record(model, layer, x):
    mod = dict(model.named_modules())[layer]
    rec = {}

    def hook(_m, _i, out):
        rec["v"] = (out[0] if isinstance(out, tuple) else out).clone()

    h = mod.register_forward_hook(hook)
    with torch.no_grad():
        model(x)
    h.remove()
    return rec["v"]


def _y0(model, x, target=1):
    with torch.no_grad():
        return model(x)[:, target].double().numpy()


def test_heads_are_slices_and_attention_modules_are_found(loaded):
    from engine.causal import text as T

    tm, _ = loaded
    kinds = T.layer_kinds(tm.module)
    assert kinds[L0] == ("heads", D) and kinds[L1] == ("heads", D)
    assert kinds[NEURONS] == ("neurons", 1)
    assert "bert.encoder.layer.0.attention.output" not in kinds  # mixes heads already
    layers, _ = T.resolve_text_layers(tm.module, [])
    assert layers == [L0, L1]  # default: every attention module's heads


@pytest.mark.parametrize("kind", ["zero", "mean", "patch"])
def test_head_effects_equal_direct_hook_computation(loaded, kind):
    from engine.causal.effects import make_batches, single_unit_effects

    tm, enc = loaded
    x, model = enc.x, tm.module
    runner = _runner(tm, [L0, L1])
    got = single_unit_effects(runner, L0, make_batches(runner, x, 1), 1, kind)
    assert got.mode == "replay" and got.units == [0, 1, 2, 3]
    obs = _record(model, L0, x)
    real = x[:, 1].bool()
    mean = obs[real].double().mean(dim=0).float()  # over every real token of every input
    src = _record(model, L0, enc.x.clone().index_copy_(1, torch.tensor([0]), enc.x[:, 2:3]))
    y0 = _y0(model, x)
    for h in range(4):
        sl = slice(h * D, (h + 1) * D)

        def fn(t, sl=sl):
            t[..., sl] = {"zero": 0.0, "mean": mean[sl], "patch": src[..., sl]}[kind]
            return t
        want = y0 - _direct(model, L0, x, fn)
        np.testing.assert_allclose(got.d_logit[h], want, atol=1e-5)
    assert np.abs(got.d_logit).max() > 1e-3  # the comparison is not between zeros


def test_neuron_effects_and_positions_equal_direct_computation(loaded):
    from engine.causal import text as T
    from engine.causal.effects import make_batches, single_unit_effects

    tm, enc = loaded
    x, model = enc.x, tm.module
    y0 = _y0(model, x)
    for positions in ("all", "last", "0,-2"):
        runner = _runner(tm, [NEURONS], positions)
        got = single_unit_effects(runner, NEURONS, make_batches(runner, x, 1), 1, "zero", units=[0, 5, 31])
        mask = T.position_mask(x[:, 1], T.parse_positions(positions))
        for row, j in enumerate([0, 5, 31]):
            def fn(t, j=j, mask=mask, positions=positions):
                if positions == "all":
                    t[..., j] = 0  # every position, padding included, as the contract says
                else:
                    t[..., j] = torch.where(mask, torch.zeros_like(t[..., j]), t[..., j])
                return t
            np.testing.assert_allclose(got.d_logit[row], y0 - _direct(model, NEURONS, x, fn), atol=1e-5)
    m = T.position_mask(x[:, 1], T.parse_positions("last"))
    lengths = x[:, 1].sum(dim=1)
    assert m.sum(dim=1).tolist() == [1] * x.shape[0]
    assert all(bool(m[i, int(lengths[i]) - 1]) for i in range(x.shape[0]))


def test_path_effect_equals_two_pass_direct_computation(loaded):
    """Parent head p cut, other audited layers held; only the kept child heads receive the change."""
    from engine.causal.effects import make_batches, path_effects

    tm, enc = loaded
    x, model = enc.x, tm.module
    runner = _runner(tm, [L0, L1], paired=False)
    kept = [1, 3]
    pe = path_effects(runner, L0, {L1: kept}, make_batches(runner, x, 1), 1, "zero")
    obs1 = _record(model, L1, x)
    y0 = _y0(model, x)
    mods = dict(model.named_modules())
    for p in range(4):
        rec = {}

        def cut(_m, _i, out, p=p):
            c = out[0].clone()
            c[..., p * D:(p + 1) * D] = 0
            return (c, *out[1:])

        def hold(_m, _i, out, rec=rec):
            rec["c"] = out[0].clone()
            return (obs1.clone(), *out[1:])

        h1, h2 = mods[L0].register_forward_hook(cut), mods[L1].register_forward_hook(hold)
        with torch.no_grad():
            model(x)
        h1.remove(), h2.remove()
        child = rec["c"]

        def give(t, child=child):
            for k in kept:
                t[..., k * D:(k + 1) * D] = child[..., k * D:(k + 1) * D]
            return t
        want = y0 - _direct(model, L1, x, give)
        np.testing.assert_allclose(pe.d_total[p], want, atol=1e-5)
        # the edge towards one kept child head alone
        for e, (_c, k) in enumerate(pe.edge_children):
            def one(t, k=k, child=child):
                t[..., k * D:(k + 1) * D] = child[..., k * D:(k + 1) * D]
                return t
            np.testing.assert_allclose(pe.d_edge[p, e], y0 - _direct(model, L1, x, one), atol=1e-5)
    assert np.abs(pe.d_total).max() > 1e-4


def test_token_map_is_occlusion_through_the_unit(loaded):
    from engine.causal import text as T

    tm, enc = loaded
    x, model = enc.x[:2], tm.module
    runner = _runner(tm, [L0], paired=False)
    maps = T.token_maps(runner, tm.special_ids, tm.occlusion_id, L0, x, [2], 1)
    assert [len(m) for m in maps[0]] == [int(x[i, 1].sum()) for i in range(2)]
    assert maps[0][0][0] == 0.0  # [CLS] is special
    y0 = _y0(model, x)
    j = 2
    occ = x.clone()
    occ[:, 0, j] = tm.occlusion_id
    src = _record(model, L0, occ)

    def fn(t):
        t[..., 2 * D:3 * D] = src[..., 2 * D:3 * D]
        return t
    want = y0 - _direct(model, L0, x, fn)
    assert maps[0][0][j] == pytest.approx(want[0], abs=1e-5)
    assert maps[0][1][j] == pytest.approx(want[1], abs=1e-5)


# -- the whole audit through the API, and bad input -------------------------------------------------------------


def _write(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("case", ["no_tokenizer", "too_long", "empty", "pair_count", "pair_length", "bad_layer",
                                  "folder_data", "bad_jsonl", "position_past_end"])
def test_bad_text_input_is_one_line(folder, tmp_path, case):
    from engine.causal.api import AuditRequest, run_audit

    data = _write(tmp_path / "texts.txt", TEXTS)
    kw: dict = {}
    model = folder
    want = ""
    if case == "no_tokenizer":
        model = build_bert(tmp_path / "notok", tokenizer=False)
        want = "has no tokenizer"
    elif case == "too_long":
        data = _write(tmp_path / "long.txt", ["good"] * 2 + [" ".join(["good"] * 40)])
        want = "line 3: 42 tokens, more than the model's maximum of 32"
    elif case == "empty":
        data = _write(tmp_path / "empty.txt", ["", "  "])
        want = "holds no texts"
    elif case == "pair_count":
        kw["patch_from"] = _write(tmp_path / "p.txt", TEXTS[:3])
        want = "holds 3 texts but texts.txt holds 8"
    elif case == "pair_length":
        bad = list(TEXTS)
        bad[4] = bad[4] + " very"
        kw["patch_from"] = _write(tmp_path / "p.txt", bad)
        want = "p.txt, line 5: the corrupted text has"
    elif case == "bad_layer":
        kw["layers"] = ("bert.encoder.layer.0.output.LayerNorm",)
        want = "neither an attention module with separable heads nor a linear layer; valid layers include"
    elif case == "folder_data":
        data = tmp_path
        want = "is a folder; a text model reads a .txt file"
    elif case == "bad_jsonl":
        data = tmp_path / "t.jsonl"
        data.write_text('{"text": "good"}\n{"txt": 1}\n', encoding="utf-8")
        want = "t.jsonl, line 2: expected"
    elif case == "position_past_end":
        kw["positions"] = "9"
        want = "--positions 9: texts.txt, line 1 has only 6 tokens"
    with pytest.raises(AttestError) as err:
        run_audit(AuditRequest(model=model, data=data, target=1, all_samples=True, metrics=False, device="cpu", **kw))
    msg = str(err.value)
    assert want in msg and "\n" not in msg, msg


# -- a planted circuit whose true heads are known -------------------------------------------------------------


@pytest.fixture(scope="module")
def planted(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from tests.causal.text_models import build_planted

    return build_planted(tmp_path_factory.mktemp("planted") / "model")


def test_planted_circuit_heads_are_found_and_dead_heads_never(planted, tmp_path):
    from engine.causal.api import AuditRequest, run_audit
    from tests.causal.text_models import LIVE_HEADS, TRIGGER, planted_texts

    texts = [t for t, y in planted_texts(48, seed=7) if y == 1][:16]
    data = _write(tmp_path / "trigger.txt", texts)
    audit = run_audit(AuditRequest(model=planted, data=data, target=1, device="cpu", metrics=False))
    r = audit.result
    assert r.samples.used == 16
    live = {f"bert.encoder.layer.{layer}.attention.self:{h}" for layer, hs in LIVE_HEADS.items() for h in hs}
    kept = {n.id for n in r.nodes}
    assert kept and kept <= live, kept
    for layer in (L0, L1):  # dead heads: exactly no effect, though their context vectors are not small
        eff = r.unit_effects[layer]
        for u, e, a in zip(eff["unit"], eff["effect"], eff["mean_activation"], strict=True):
            if f"{layer}:{u}" not in live:
                assert abs(e) < 1e-5 and a > 0.1
    # the strongest node's token map peaks at the trigger word in every mapped input
    top = max(r.nodes, key=lambda n: abs(n.effect))
    tmaps = r.metrics["token_maps"]
    for inp, scores in zip(tmaps["inputs"], tmaps["scores"][top.id], strict=True):
        assert inp["tokens"][int(np.argmax(scores))] == TRIGGER


def test_patching_audit_through_the_api_reports_heads_and_token_maps(planted, tmp_path):
    from engine.causal.api import AuditRequest, run_audit
    from tests.causal.text_models import TRIGGER, planted_texts

    texts = [t for t, y in planted_texts(24, seed=3) if y == 1]
    data = _write(tmp_path / "texts.txt", texts)
    pairs = _write(tmp_path / "pairs.txt", [t.replace(TRIGGER, "laptop") for t in texts])
    audit = run_audit(AuditRequest(model=planted, data=data, target=1, patch_from=pairs, metrics=False,
                                   device="cpu"))
    r = audit.result
    assert audit.model_kind == "huggingface-text" and r.intervention == "patch"
    assert r.layers == [L0, L1]
    assert r.metrics["units"][L0] == {"kind": "heads", "size": D}
    assert r.samples.used == len(texts) and r.metrics["samples"]["lines"] == list(range(1, len(texts) + 1))
    assert r.nodes and all(n.unit in range(4) for n in r.nodes)
    tmaps = r.metrics["token_maps"]
    assert tmaps["inputs"][0]["tokens"][0] == "[CLS]" and tmaps["inputs"][0]["special"][0]
    assert set(tmaps["scores"]) == {n.id for n in r.nodes}
    draft = audit.to_draft()
    assert draft.result["metrics"]["token_maps"]["inputs"][0]["line"] == 1
    assert "texts texts.txt" in draft.inputs and "paired texts pairs.txt" in draft.inputs
    assert draft.params["intervention"] == "patch" and draft.params["positions"] == "all"


def test_bench_heads_equal_captum_layer_feature_ablation(loaded):
    """captum ablates a head as one feature group of the layer mask: the same numbers as ours."""
    from engine.causal.bench import measure

    tm, enc = loaded
    r = measure(tm.module, L0, enc.x, 1, unit_axis=-1, settings=(4, "all"), group=D, text=True)
    assert r["units"] == 4 and r["mode"] == "replay"
    assert r["max_abs_diff"] < 1e-4
    assert r["peer_s"] == min(r["all_settings"].values())


def test_command_line_text_audit_and_a_bad_pair_saves_nothing(planted, tmp_path, capsys):
    import json

    import main
    from engine.reports.store import ReportStore
    from tests.causal.text_models import TRIGGER, planted_texts

    texts = [t for t, y in planted_texts(24, seed=5) if y == 1]
    data = _write(tmp_path / "t.txt", texts)
    pairs = _write(tmp_path / "p.txt", [t.replace(TRIGGER, "laptop") for t in texts])
    db = tmp_path / "r.db"
    rc = main.main(["--db", str(db), "--device", "cpu", "causal", "--model", str(planted), "--data", str(data),
                    "--patch-from", str(pairs), "--target", "1", "--no-metrics", "--positions", "all", "--json"])
    out = json.loads(capsys.readouterr().out)
    assert rc == 0 and out["report_id"] == 1
    assert out["metrics"]["intervention"] == "patch" and out["metrics"]["units"][L0]["kind"] == "heads"
    assert {n["layer"] for n in out["nodes"]} <= {L0, L1} and out["nodes"]
    bad = list(texts)
    bad[2] = bad[2] + " good"
    _write(pairs, [t.replace(TRIGGER, "laptop") for t in bad])
    rc = main.main(["--db", str(db), "causal", "--model", str(planted), "--data", str(data),
                    "--patch-from", str(pairs), "--target", "1", "--no-metrics"])
    err = capsys.readouterr().err.strip()
    assert rc == 2 and "p.txt, line 3: the corrupted text has" in err and "\n" not in err
    assert ReportStore(db).count() == 1  # the failed audit saved nothing


def test_activated_neurons_use_the_closed_form_reader_update_and_equal_direct_computation(loaded):
    """BERT's `intermediate` (GELU(dense(x))) has the MLP's neurons as units; its output is read by
    `output.dense` alone, so the runner updates that output in closed form instead of recomputing it:
    the same numbers as zeroing the neuron in a plain forward."""
    from engine.causal import text as T
    from engine.causal.effects import make_batches, single_unit_effects

    tm, enc = loaded
    x, model = enc.x, tm.module
    layer = "bert.encoder.layer.0.intermediate"
    assert T.layer_kinds(model)[layer] == ("neurons", 1)
    runner = _runner(tm, [layer], paired=False)
    b = make_batches(runner, x, 1)
    first = single_unit_effects(runner, layer, b, 1, "zero", units=list(range(8)))
    assert runner._hooks._readers[layer] == "bert.encoder.layer.0.output.dense"
    assert runner._hooks._reader_ok[layer] is True  # checked against the plain run on its first use
    again = single_unit_effects(runner, layer, b, 1, "zero", units=list(range(8)))  # now in closed form
    y0 = _y0(model, x)
    for j in range(8):
        def fn(t, j=j):
            t[..., j] = 0
            return t
        want = y0 - _direct(model, layer, x, fn)
        np.testing.assert_allclose(first.d_logit[j], want, atol=1e-5)
        np.testing.assert_allclose(again.d_logit[j], want, atol=1e-5)
    # attention outputs are read by the residual stream too: no closed form there
    r2 = _runner(tm, [L0], paired=False)
    single_unit_effects(r2, L0, make_batches(r2, x, 1), 1, "zero")
    assert r2._hooks._readers.get(L0) is None


def test_other_encoders_heads_are_found_or_refused_by_name():
    """Architectures nobody here wrote: RoBERTa's and ELECTRA's self-attention modules are separable into
    heads; DistilBERT's attention mixes its heads through out_lin inside the module, so it has none."""
    from transformers import (
        DistilBertConfig,
        DistilBertForSequenceClassification,
        ElectraConfig,
        ElectraForSequenceClassification,
        RobertaConfig,
        RobertaForSequenceClassification,
    )

    from engine.causal import text as T

    small = dict(hidden_size=16, num_hidden_layers=2, num_attention_heads=4, intermediate_size=32,
                 max_position_embeddings=40, vocab_size=40)
    roberta = RobertaForSequenceClassification(RobertaConfig(**small, pad_token_id=0))
    electra = ElectraForSequenceClassification(ElectraConfig(**small, embedding_size=16))
    for model, prefix in ((roberta, "roberta"), (electra, "electra")):
        layers, kinds = T.resolve_text_layers(model, [])
        assert layers == [f"{prefix}.encoder.layer.{i}.attention.self" for i in range(2)]
        assert all(k == ("heads", 4) for k in kinds.values())
        assert T.layer_kinds(model)[f"{prefix}.encoder.layer.0.intermediate"] == ("neurons", 1)
        assert T.layer_kinds(model)[f"{prefix}.encoder.layer.0.attention.self.key"] == ("neurons", 1)
    distil = DistilBertForSequenceClassification(DistilBertConfig(vocab_size=40, dim=16, n_layers=1, n_heads=4,
                                                                  hidden_dim=32, max_position_embeddings=40))
    with pytest.raises(AttestError, match="no attention module whose heads Attest can separate"):
        T.resolve_text_layers(distil, [])
    with pytest.raises(AttestError, match="valid layers include"):
        T.resolve_text_layers(distil, ["distilbert.transformer.layer.0.attention"])
    assert T.resolve_text_layers(distil, ["distilbert.transformer.layer.0.attention.k_lin"])[0]


def test_a_layer_without_token_axis_takes_mean_and_positions_as_a_whole(loaded):
    """The pooler's output has no token axis: its mean is over the texts, and --positions (which picks
    token positions) leaves it intervened as a whole, in agreement with a direct computation."""
    from engine.causal.effects import make_batches, single_unit_effects

    tm, enc = loaded
    x, model = enc.x, tm.module
    layer = "bert.pooler.dense"
    obs = _record(model, layer, x)
    y0 = _y0(model, x)
    for kind in ("zero", "mean"):
        runner = _runner(tm, [layer], positions="last", paired=False)
        got = single_unit_effects(runner, layer, make_batches(runner, x, 1), 1, kind, units=[0, 3])
        for row, j in enumerate([0, 3]):
            value = 0.0 if kind == "zero" else obs[:, j].double().mean().float()

            def fn(t, j=j, value=value):
                t[:, j] = value
                return t
            np.testing.assert_allclose(got.d_logit[row], y0 - _direct(model, layer, x, fn), atol=1e-5)
