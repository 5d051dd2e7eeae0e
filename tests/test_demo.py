"""The README's main job: ``attest demo`` runs every audit offline and leaves a verifiable chain.

It runs from a non-editable install of a wheel built from this checkout, in another folder, so the test
also shows that the wheel carries the assets and needs nothing from the source tree.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

from tests.figures import record
from tests.test_netguard_selfcheck import run_guarded


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)


ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A virtual environment holding a wheel of this checkout (non-editable), dependencies from this Python."""
    base = tmp_path_factory.mktemp("wheel")
    # setuptools builds inside the source tree, so build from a copy: the test writes nothing into the checkout
    source = base / "source"
    shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(
        ".git", "build", "dist", "*.egg-info", "__pycache__", ".hypothesis", ".pytest_cache", "runs", "attest-demo"))
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "--no-input"]
    subprocess.run([*pip, "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(base / "dist"), str(source)],
                   check=True, capture_output=True, cwd=base)
    [wheel] = (base / "dist").glob("attest-*.whl")
    venv = base / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", "--system-site-packages", str(venv)], check=True)
    python = venv / "bin" / "python"
    subprocess.run([*pip, "--python", str(python), "install", "-q", "--no-deps", "--no-index", str(wheel)],
                   check=True, capture_output=True, cwd=base)
    return python


def test_wheel_carries_code_and_assets(installed: Path, tmp_path: Path) -> None:
    probe = ("import engine, main, pathlib, sys\n"
             "print(pathlib.Path(main.__file__).parent); print(pathlib.Path(engine.__file__).parents[1]);"
             "print(sorted(p.name for p in main.ASSETS.iterdir()))")
    proc = subprocess.run([str(installed), "-c", probe], capture_output=True, text=True, cwd=tmp_path, check=True)
    main_dir, engine_root, assets = proc.stdout.splitlines()
    site = installed.parents[1] / "lib"
    assert Path(main_dir).is_relative_to(site) and Path(engine_root).is_relative_to(site), proc.stdout
    assert assets == "['causal', 'fingerprint', 'kg']"


def test_demo_runs_every_audit_offline(installed: Path, tmp_path: Path) -> None:
    db, out = tmp_path / "demo.db", tmp_path / "out"
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    attest = installed.parent / "attest"
    code = ("import runpy, sys\n"
            f"sys.argv = [{str(attest)!r}, '--db', {str(db)!r}, '--json', 'demo', '--out', {str(out)!r}]\n"
            f"runpy.run_path({str(attest)!r}, run_name='__main__')\n")
    proc, attempts, detail = run_guarded(code, tmp_path, timeout=900, python=str(installed), cwd=elsewhere,
                                         use_checkout=False)
    record("network", "connection attempts during the demo", attempts)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert attempts == 0, detail
    data = json.loads(proc.stdout)
    kinds = sorted(r["kind"] for r in data["reports"])
    assert kinds == ["causal", "causal", "environment", "fingerprint-eval", "trace", "verify", "verify"]
    assert data["chain"]["ok"] and data["chain"]["checked"] == 7
    assert (out / "minilm_shortcut" / "model.safetensors").is_file()  # the text demo's model, rerunnable
    for r in data["reports"]:
        page = Path(r["html"]).read_text(encoding="utf-8")
        tags = _Tags()
        tags.feed(page)
        assert "script" not in tags.tags
    causal_page = Path(next(r["html"] for r in data["reports"] if r["kind"] == "causal")).read_text()
    assert causal_page.count("<img") >= 2  # node maps and curves are shown, not only listed
