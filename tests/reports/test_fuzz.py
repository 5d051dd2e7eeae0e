"""Property-based tests: the report serialiser round-trips; the image loader never crashes."""

from __future__ import annotations

import io
import math
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.draft import ArtifactDraft, ReportDraft
from core.errors import AttestError
from engine.loading import open_image
from engine.reports.api import export_report, verify_file
from engine.reports.canonical import canonical_json
from engine.reports.store import ReportStore

scalars = st.one_of(
    st.none(), st.booleans(), st.integers(min_value=-(2**53), max_value=2**53),
    st.floats(allow_nan=True, allow_infinity=True), st.text(max_size=40),
)
json_values = st.recursive(
    scalars,
    lambda inner: st.one_of(st.lists(inner, max_size=5), st.dictionaries(st.text(max_size=12), inner, max_size=5)),
    max_leaves=25,
)


def _finite(value):
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, dict):
        return {k: _finite(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_finite(v) for v in value]
    return value


titles = st.text(min_size=1, max_size=60).filter(lambda t: t.strip() and "\n" not in t)  # a draft's title rule


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(title=titles, result=st.dictionaries(st.text(max_size=12), json_values, max_size=6),
       blob=st.binary(max_size=300))
def test_report_round_trip_and_signed_export(tmp_path: Path, title: str, result: dict, blob: bytes) -> None:
    store = ReportStore(tmp_path / "fuzz.db")
    rid = store.save(ReportDraft("verify", title, {}, {}, {}, result,
                                 (ArtifactDraft("b", "application/octet-stream", blob),)))
    report = store.get(rid)
    assert report.title == title
    assert canonical_json(report.result) == canonical_json(_finite(result))
    assert store.artifacts(rid)[0].data == blob
    assert store.verify().ok
    out = export_report(store, rid, tmp_path / "f.json").path
    assert verify_file(out).ok
    store.close()


def _png_bytes() -> bytes:
    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (16, 16), (10, 200, 30)).save(buf, format="PNG")
    return buf.getvalue()


PNG = _png_bytes()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.one_of(
    st.binary(max_size=400),
    st.tuples(st.integers(0, len(PNG) - 1), st.binary(min_size=1, max_size=8)).map(
        lambda t: PNG[: t[0]] + t[1] + PNG[t[0] + len(t[1]):]),
    st.integers(0, len(PNG)).map(lambda n: PNG[:n]),
))
def test_image_loader_returns_image_or_clear_error(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "fuzz.png"
    path.write_bytes(data)
    try:
        img = open_image(path)
    except AttestError as exc:
        assert str(exc) and "\n" not in str(exc)
    else:
        assert img.mode == "RGB" and img.width * img.height <= 40_000_000
