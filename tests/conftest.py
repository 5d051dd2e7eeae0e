"""Test set-up: headless Qt, offline Hugging Face, one torch thread (CI has two cores)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
# one thread in every process the tests start too (the demo, command-line runs, Ray workers): with two
# xdist workers on two cores, a second torch thread per process only competes with the other worker
os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("MKL_NUM_THREADS", "1")

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import pytest  # noqa: E402

try:  # property-based tests keep no example database in the checkout: tests write only to temporary folders
    from hypothesis import settings as _hypothesis_settings

    _hypothesis_settings.register_profile("attest", database=None)
    _hypothesis_settings.load_profile("attest")
except ImportError:
    pass

# Session-scoped runs of the expensive audits, shared by every test that needs them.
pytest_plugins = ["tests.fixtures_causal", "tests.fixtures_fingerprint"]


@pytest.fixture(autouse=True, scope="session")
def _one_thread():
    try:
        import torch

        torch.set_num_threads(1)
    except ImportError:
        pass
    yield


@pytest.hookimpl(trylast=True)
def pytest_configure(config: pytest.Config) -> None:
    """Hypothesis keeps its files (its constants cache) in pytest's temporary folder, not in the checkout."""
    try:
        from hypothesis.configuration import set_hypothesis_home_dir
    except ImportError:
        return
    factory = getattr(config, "_tmp_path_factory", None)
    if factory is not None:
        set_hypothesis_home_dir(factory.getbasetemp() / "hypothesis")
        if not os.environ.get("PYTEST_XDIST_WORKER"):  # the controller: workers inherit the path
            from tests.figures import FILE_ENV
            figures = factory.getbasetemp() / "figures.jsonl"
            figures.unlink(missing_ok=True)
            os.environ[FILE_ENV] = str(figures)


@pytest.fixture(autouse=True)
def _no_user_state(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test touches the user's database or caches: the defaults point into pytest's temporary folder."""
    base = tmp_path_factory.getbasetemp()
    monkeypatch.setenv("ATTEST_DB", str(base / "default-attest.db"))
    monkeypatch.setenv("ATTEST_KG_CACHE", str(base / "default-kg-cache"))


@pytest.fixture
def db_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh report database per test; ATTEST_DB points at it so nothing touches the user's."""
    path = tmp_path / "attest.db"
    monkeypatch.setenv("ATTEST_DB", str(path))
    return path


@pytest.fixture(autouse=True)
def _private_signing_key(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Exports are signed; tests never touch the user's real installation key."""
    monkeypatch.setenv("ATTEST_KEY", str(tmp_path_factory.getbasetemp() / "signing-key.pem"))


# Tests of over 15 s on this 2-core machine. They are collected first: xdist's work stealing hands each
# worker a contiguous share and steals from its tail, so a long test left at the end of a share keeps
# one worker busy after the other has finished (the suite took 197 s this way, about 35 s of it on one worker).
LONG_FIRST = ("tests/test_demo.py", "tests/test_report_drafts.py", "tests/fingerprint/test_ray.py")


def pytest_collection_modifyitems(session: pytest.Session, config: pytest.Config, items: list[pytest.Item]) -> None:
    def rank(item: pytest.Item) -> int:
        path = Path(str(item.path)).resolve().relative_to(ROOT).as_posix() if item.path else ""
        return LONG_FIRST.index(path) if path in LONG_FIRST else len(LONG_FIRST)
    items.sort(key=rank)  # stable: every other test keeps its order


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    from tests.figures import collect

    FIGURES = collect()
    if not FIGURES:
        return
    terminalreporter.section("Attest figures measured in this run")
    for section in sorted(FIGURES):
        items = ", ".join(f"{k}: {v:g}" for k, v in sorted(FIGURES[section].items()))
        terminalreporter.write_line(f"{section}: {items}")
