"""The report draft schema: every kind saves and reloads; malformed drafts fail where they are built."""

from __future__ import annotations

import base64
import hashlib
from pathlib import Path

import pytest

from core.draft import REPORT_KINDS, ArtifactDraft, DraftError, ReportDraft
from engine.reports.store import ReportStore

PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg=="
)
DIGEST = hashlib.sha256(b"the input bytes").hexdigest()


def minimal_draft(kind: str, **changes) -> ReportDraft:
    """A small but complete draft of ``kind``: every field used, one figure and one data artifact."""
    fields = {
        "kind": kind,
        "title": f"A {kind} report — Ünïcödé 北京",
        "params": {"seed": 0, "threshold": 0.5, "layers": ["conv1", "fc1"], "nested": {"a": None}},
        "inputs": {f"{kind} input.bin": DIGEST},
        "summary": {"count": 3, "score": 0.25, "verdict": "ok", "flag": True, "missing": None},
        "result": {"rows": [{"name": "x", "value": 1.5}], "note": "done"},
        "artifacts": (ArtifactDraft("figure.png", "image/png", PNG),
                      ArtifactDraft("detail.json", "application/json", b'{"k": 1}')),
    }
    fields.update(changes)
    return ReportDraft(**fields)


@pytest.mark.parametrize("kind", REPORT_KINDS)
def test_every_kind_saves_and_reloads(tmp_path: Path, kind: str) -> None:
    store = ReportStore(tmp_path / "kinds.db", device="cpu (test)")
    draft = minimal_draft(kind)
    rid = store.save(draft)
    report = store.get(rid)
    assert (report.kind, report.title) == (kind, draft.title)
    assert report.params == dict(draft.params) and report.inputs == dict(draft.inputs)
    assert report.summary == dict(draft.summary) and report.result == dict(draft.result)
    assert [(a.name, a.mime, a.data) for a in store.artifacts(rid)] == [(a.name, a.mime, a.data)
                                                                       for a in draft.artifacts]
    assert [a["sha256"] for a in report.artifacts_meta] == [hashlib.sha256(a.data).hexdigest()
                                                           for a in draft.artifacts]
    assert store.list_reports(kind=kind)[0]["id"] == rid
    assert store.verify().ok


@pytest.mark.parametrize("digest", [
    "ab" * 31,            # too short
    "AB" * 32,            # upper case
    "zz" * 32,            # not hex
    "ab" * 32 + "\n",     # trailing newline
    "",
    None,
])
def test_input_digest_must_be_sha256_hex(digest) -> None:
    with pytest.raises(DraftError, match="SHA-256"):
        minimal_draft("verify", inputs={"doc.txt": digest})


def test_input_label_must_be_a_non_empty_string() -> None:
    with pytest.raises(DraftError, match="label"):
        minimal_draft("verify", inputs={"": DIGEST})


@pytest.mark.parametrize("value", [[1, 2], {"a": 1}, (1,), b"bytes", object()])
def test_summary_values_must_be_scalars(value) -> None:
    with pytest.raises(DraftError, match="scalar"):
        minimal_draft("trace", summary={"ok": 1, "bad": value})


def test_artifact_names_must_not_repeat() -> None:
    twice = (ArtifactDraft("a.png", "image/png", PNG), ArtifactDraft("a.png", "image/png", PNG))
    with pytest.raises(DraftError, match="repeat"):
        minimal_draft("causal", artifacts=twice)


@pytest.mark.parametrize("name", ["", "../escape.png", "dir/x.png", "dir\\x.png"])
def test_artifact_names_are_plain_file_names(name: str) -> None:
    with pytest.raises(DraftError):
        ArtifactDraft(name, "image/png", PNG)


def test_artifact_data_must_be_bytes_and_mime_a_type() -> None:
    with pytest.raises(DraftError, match="bytes"):
        ArtifactDraft("a.txt", "text/plain", "text, not bytes")  # type: ignore[arg-type]
    with pytest.raises(DraftError, match="MIME"):
        ArtifactDraft("a.txt", "text", b"x")


@pytest.mark.parametrize("kind", ["", "Verify", "report", "fingerprint_eval"])
def test_unknown_kinds_are_refused(kind: str) -> None:
    with pytest.raises(DraftError, match="unknown report kind"):
        minimal_draft(kind)


@pytest.mark.parametrize("title", ["", "   ", "two\nlines"])
def test_title_is_one_non_empty_line(title: str) -> None:
    with pytest.raises(DraftError, match="title"):
        minimal_draft("environment", title=title)


def test_params_and_result_need_string_keys() -> None:
    with pytest.raises(DraftError, match="params"):
        minimal_draft("verify", params={1: "x"})
    with pytest.raises(DraftError, match="result"):
        minimal_draft("verify", result=["not", "a", "mapping"])

