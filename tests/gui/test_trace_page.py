"""The Image tracing page: enroll, generate with preview, trace the samples, evaluate, via real workers."""

from __future__ import annotations

import pytest


@pytest.fixture
def page(make_page):
    return make_page("trace", (1200, 800))


def test_enroll_generate_trace_evaluate(page, qtbot, tmp_path):
    assert page.title == "Image tracing" and page.shortcut == "Ctrl+2"
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

    page.users_table.selectRow(1)
    page.n_spin.setValue(3)
    page.out_edit.setText(str(tmp_path / "samples"))
    page.generate_btn.click()
    qtbot.waitUntil(lambda: len(page.generated) == 3, timeout=60000)
    assert page.preview_grid.count() == 3

    page.trace_generated_btn.click()
    qtbot.waitUntil(lambda: page.trace_run is not None, timeout=60000)
    assert page.results_table.rowCount() == 3
    assert [r.candidates[0].user for r in page.trace_run.results] == ["bob"] * 3
    assert all(r.user in ("bob", None) for r in page.trace_run.results)
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
    qtbot.waitUntil(lambda: page.trace_run is not first_run, timeout=60000)
    assert page.trace_run.results[0].user == "bob" and page.trace_run.params["search_views"] == 10
    assert "best of 10" in page.banner.text()

    page.eval_users.setValue(2)
    page.eval_per_user.setValue(1)
    page.eval_search.setChecked(True)
    page.tabs.setCurrentIndex(2)
    page.eval_btn.click()
    qtbot.waitUntil(lambda: page.eval_result is not None, timeout=120000)
    assert page.eval_result.params["search"] is True
    assert page.eval_table.rowCount() == len(page.eval_result.rows) >= 10
    assert "Report #" in page.eval_label.text()
    page.grab().save(str(tmp_path / "eval_page.png"))
