"""One schema test over the real report of every kind: what each feature's ``to_draft()`` hands the store.

For every kind in ``core.draft.REPORT_KINDS`` a real run (the shared demo audit, a trace of generated
images, the shared evaluation, a verification of the demo document, the environment) gives a draft
whose inputs are the SHA-256 of the bytes of files that exist, whose summary is flat, and which saves
and reloads unchanged; the store's chain then verifies.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from core.draft import REPORT_KINDS, ReportDraft
from engine.reports.store import ReportStore

ROOT = Path(__file__).resolve().parents[1]
ASSETS = ROOT / "assets"


@pytest.fixture(scope="module")
def drafts(demo_draft, fp_evaluation, fp_samples, fp_registry_file, tmp_path_factory):
    import shutil

    import sqlite_utils

    from engine.fingerprint import api as fp
    from engine.reports.api import environment_draft
    from kg import api as kg

    base = tmp_path_factory.mktemp("drafts")
    shutil.copyfile(fp_registry_file, base / "registry.db")
    db = sqlite_utils.Database(base / "registry.db")
    trace_draft = fp.trace(fp_samples[:2], db=db).to_draft()
    db.close()
    request = kg.VerifyRequest((str(ASSETS / "kg" / "demo.ttl"),), str(ASSETS / "kg" / "demo.md"),
                               cache_dir=str(base / "kg-cache"))
    verify_draft = kg.run_verify(request).to_draft()
    return {
        "causal": (demo_draft, [ASSETS / "causal", ROOT / "engine" / "causal" / "demo_model.py"]),
        "trace": (trace_draft, list(fp_samples[:2]) + [ASSETS / "fingerprint" / "fingerprint.safetensors"]),
        "fingerprint-eval": (fp_evaluation.to_draft(), [ASSETS / "fingerprint" / "fingerprint.safetensors"]),
        "verify": (verify_draft, [ASSETS / "kg" / "demo.ttl", ASSETS / "kg" / "demo.md"]),
        "environment": (environment_draft(ASSETS), [ASSETS]),
    }


def _digests(paths: list[Path]) -> set[str]:
    files = [f for p in paths for f in ([p] if p.is_file() else sorted(q for q in p.rglob("*") if q.is_file()))]
    return {hashlib.sha256(f.read_bytes()).hexdigest() for f in files}


def test_every_kind_has_a_real_draft(drafts) -> None:
    assert sorted(drafts) == sorted(REPORT_KINDS)
    for kind, (draft, _files) in drafts.items():
        assert isinstance(draft, ReportDraft) and draft.kind == kind
        assert draft.summary, kind
        assert all(not isinstance(v, (dict, list, tuple)) for v in draft.summary.values()), kind


@pytest.mark.parametrize("kind", REPORT_KINDS)
def test_inputs_are_digests_of_the_files_used(drafts, kind: str) -> None:
    draft, files = drafts[kind]
    assert draft.inputs, kind
    on_disk = _digests(files)
    unknown = {label: d for label, d in draft.inputs.items() if d not in on_disk}
    assert not unknown, f"{kind}: inputs that are no file's bytes: {unknown}"


def test_every_draft_saves_reloads_and_chains(drafts, tmp_path: Path) -> None:
    store = ReportStore(tmp_path / "all.db", device="cpu")
    try:
        for kind, (draft, _files) in drafts.items():
            rid = store.save(draft)
            report = store.get(rid)
            assert (report.kind, report.title) == (kind, draft.title)
            assert report.inputs == dict(draft.inputs)
            assert [a.name for a in store.artifacts(rid)] == [a.name for a in draft.artifacts]
            assert all(a.data == b.data for a, b in zip(store.artifacts(rid), draft.artifacts, strict=True))
        check = store.verify()
        assert check.ok and check.checked == len(REPORT_KINDS)
    finally:
        store.close()
