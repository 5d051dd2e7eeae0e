"""The Image tracing page: enroll, generate with preview, trace the samples, evaluate, via real workers."""

from __future__ import annotations

import pytest


@pytest.fixture
def page(make_page):
    return make_page("trace", (1200, 800))


def test_enroll_generate_trace_evaluate(page, qtbot, tmp_path, monkeypatch, fp_evaluation):
    assert page.title == "Image tracing"
    page.enroll()  # no name: an error, nothing enrolled
    assert "user name" in (page.ctx.last_error or "")
    page.name_edit.setText("alice")
    page.enroll_btn.click()
    qtbot.waitUntil(lambda: page.users_table.rowCount() == 1, timeout=60000)
    page.name_edit.setText("bob")
    page.enroll_btn.click()
    qtbot.waitUntil(lambda: page.users_table.rowCount() == 2, timeout=60000)
    page.name_edit.setText("bob")
    page.enroll_btn.click()
    qtbot.waitUntil(lambda: "already enrolled" in (page.ctx.last_error or ""), timeout=60000)
    assert page.users_table.rowCount() == 2
    assert [u.name for u in page.users] == ["alice", "bob"]

    page.users_table.selectRow(1)
    page.n_spin.setValue(3)
    page.out_edit.setText(str(tmp_path / "samples"))
    page.generate_btn.click()
    qtbot.waitUntil(lambda: len(page.generated) == 3, timeout=60000)
    assert page.preview_grid.count() == 3
    assert all(p.startswith(str(tmp_path / "samples" / "bob")) for p in page.generated)

    # Tracing saves the report at once and says so on the page.
    page.trace_generated_btn.click()
    qtbot.waitUntil(lambda: page.trace_run is not None, timeout=60000)
    assert page.results_table.rowCount() == 3
    assert [r.candidates[0].user for r in page.trace_run.results] == ["bob"] * 3
    assert all(r.user in ("bob", None) for r in page.trace_run.results)
    rid = page.trace_report_id
    assert rid is not None and page.trace_saved_label.text() == f"Saved as report #{rid}"
    report = page.ctx.store.get(rid)
    assert report.kind == "trace" and len([k for k in report.inputs if k.startswith("image ")]) == 3
    page.results_table.selectRow(1)
    assert "bob" in page.banner.text() and page.trace_run.results[1].verdict.split("_")[0] in page.banner.text().lower()
    assert len(page.bits_grid.bits) >= 48
    assert page.cand_table.rowCount() == 2
    page.grab().save(str(tmp_path / "trace_page.png"))

    # A sample rotated by 15 degrees, traced with the search box ticked: the banner names the view.
    from PIL import Image

    from engine.fingerprint import attacks as A
    rotated = tmp_path / "rotated.png"
    A.to_uint8_images(A.rotate(A.from_images([Image.open(page.generated[0]).convert("RGB")]), 15.0))[0].save(rotated)
    first_run = page.trace_run
    page.search_check.setChecked(True)
    page.trace([str(rotated)])
    assert page.trace_run is None and page.trace_saved_label.text() == ""  # nothing stale while it runs
    qtbot.waitUntil(lambda: page.trace_run is not None, timeout=60000)
    assert page.trace_run is not first_run
    assert page.trace_run.results[0].user == "bob" and page.trace_run.n_views == 10
    assert "best of 10" in page.banner.text()
    assert page.trace_saved_label.text() == f"Saved as report #{rid + 1}"

    # A batch with an unusable file: its own row, the good image still traced.
    empty = tmp_path / "empty.png"
    empty.write_bytes(b"")
    page.search_check.setChecked(False)
    page.trace([page.generated[0], str(empty)])
    qtbot.waitUntil(lambda: page.trace_run is not None, timeout=60000)
    assert page.results_table.rowCount() == 2 and page.results_table.item(1, 1).text() == "error"
    assert "1 image(s) traced: 1 attributed" in page.trace_summary_label.text()
    assert "1 could not be traced" in page.trace_summary_label.text()
    page.results_table.selectRow(1)
    assert "Not traced: empty.png is empty" in page.banner.text() and page.cand_table.rowCount() == 0
    # Only unusable files: the trace fails, and nothing of the last run stays on the page.
    page.trace([str(empty)])
    qtbot.waitUntil(lambda: "Trace failed" in page.banner.text(), timeout=60000)
    assert page.trace_run is None and page.results_table.rowCount() == 0 and page.trace_saved_label.text() == ""
    assert page.trace_summary_label.text() == ""
    assert page.ctx.store.count() == 3  # the failed trace saved nothing

    # The evaluation tab passes its settings to the API and renders the session's shared run.
    from engine.fingerprint import api
    seen = []

    def fake_evaluate(options, job=None, *, device="cpu", weights=None):
        seen.append((options, device))
        job.progress(1, 2, "attack none")
        return fp_evaluation

    monkeypatch.setattr(api, "evaluate", fake_evaluate)
    page.eval_users.setValue(2)
    page.eval_per_user.setValue(1)
    page.eval_search.setChecked(True)
    page.tabs.setCurrentIndex(2)
    page.eval_btn.click()
    qtbot.waitUntil(lambda: page.eval_result is not None, timeout=60000)
    assert seen == [(api.EvaluationOptions(n_users=2, per_user=1, search=True), "cpu")]
    assert page.eval_table.rowCount() == len(fp_evaluation.rows) == 7
    assert [page.eval_table.item(i, 0).text() for i in range(7)] == [r.attack for r in fp_evaluation.rows]
    assert page.eval_table.item(0, 1).text() == f"{fp_evaluation.rows[0].bit_acc:.3f}"
    eid = page.eval_report_id
    assert page.eval_saved_label.text() == f"Saved as report #{eid}"
    assert page.ctx.store.get(eid).kind == "fingerprint-eval"
    assert "PSNR" in page.eval_label.text()
    assert page.eval_goals_label.text().startswith("Goals:") and "NOT met" not in page.eval_goals_label.text()
    page.grab().save(str(tmp_path / "eval_page.png"))


def test_bulk_enrollment_from_csv_and_finding_users(page, qtbot, tmp_path):
    """The registry loads when the page opens; a CSV enrolls many users (bad names listed, not enrolled),
    and the search box finds users by name."""
    qtbot.waitUntil(lambda: "user(s)" in page.registry_label.text(), timeout=60000)  # loaded on open
    csv = tmp_path / "users.csv"
    csv.write_text("name\n" + "".join(f"user{i:02d}\n" for i in range(30)) + "bad/name\nuser03\n", encoding="utf-8")
    page.bulk_screen_check.setChecked(False)
    page.enroll_csv(str(csv))
    qtbot.waitUntil(lambda: page.users_table.rowCount() == 30, timeout=60000)
    assert "30 user(s)" in page.registry_label.text()
    assert "refused 2" in (page.ctx.last_status or "") and "invalid name" in page.ctx.last_status
    page.user_search.setText("user1")
    page.refresh_users()
    qtbot.waitUntil(lambda: page.users_table.rowCount() == 10, timeout=60000)
    assert "showing 10 of 30" in page.registry_label.text()
    assert {page.users_table.item(i, 0).text() for i in range(10)} == {f"user1{i}" for i in range(10)}
