"""The causal bench compares like with like: our effects equal captum's on the same layer and images."""

from __future__ import annotations

from engine.causal.bench import measure
from engine.causal.demo_model import demo_images_dir, load_demo_model
from engine.loading import load_image_folder


def test_measure_times_both_on_equal_effects():
    model = load_demo_model()
    x, _ = load_image_folder(demo_images_dir())
    r = measure(model, "conv3", x[:6], 0, unit_axis=1, settings=(1, 4, "all"))
    assert r["units"] == 32 and r["images"] == 6
    assert r["max_abs_diff"] < 1e-4  # the same intervention (the raw output set to 0), the same numbers
    assert set(r["all_settings"]) == {"1", "4", "all"}
    assert r["peer_setting"] in {"perturbations_per_eval=1", "perturbations_per_eval=4", "perturbations_per_eval=32"}
    assert r["peer_s"] == min(r["all_settings"].values())
    assert r["bound"] > 1.0  # what follows conv3 is cheaper than the whole model
    assert not any(m._forward_hooks for m in model.modules())
