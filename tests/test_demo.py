"""The README's main job: ``python main.py demo`` runs every audit offline and leaves a verifiable chain."""

from __future__ import annotations

import json
from html.parser import HTMLParser
from pathlib import Path

from tests.figures import record
from tests.test_netguard_selfcheck import run_guarded


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []

    def handle_starttag(self, tag, attrs):  # noqa: ANN001
        self.tags.append(tag)


def test_demo_runs_every_audit_offline(tmp_path: Path) -> None:
    db, out = tmp_path / "demo.db", tmp_path / "out"
    code = ("import main, sys\n"
            f"sys.exit(main.main(['--db', {str(db)!r}, '--json', 'demo', '--out', {str(out)!r}]))\n")
    proc, attempts, detail = run_guarded(code, tmp_path, timeout=900)
    record("network", "connection attempts during the demo", attempts)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert attempts == 0, detail
    data = json.loads(proc.stdout)
    kinds = sorted(r["kind"] for r in data["reports"])
    assert kinds == ["causal", "environment", "fingerprint-eval", "trace", "verify"]
    assert data["chain"]["ok"] and data["chain"]["checked"] == 5
    for r in data["reports"]:
        page = Path(r["html"]).read_text(encoding="utf-8")
        tags = _Tags()
        tags.feed(page)
        assert "script" not in tags.tags
    causal_page = Path(next(r["html"] for r in data["reports"] if r["kind"] == "causal")).read_text()
    assert causal_page.count("<img") >= 2  # node maps and curves are shown, not only listed
