"""The tripwire itself works: a real connection attempt is caught and counted (else 0 proves nothing)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def run_guarded(code: str, tmp_path: Path, timeout: int = 900, python: str | None = None,
                cwd: Path | None = None, use_checkout: bool = True) -> tuple[subprocess.CompletedProcess, int, str]:
    """Run ``code`` in a child Python with the network tripwire installed; return (process, attempts, detail).

    ``use_checkout=False`` keeps the repository off ``sys.path`` (the tripwire is loaded from its file), so that
    the child imports Attest from wherever ``python`` has it installed.
    """
    out = tmp_path / "netguard.txt"
    env = dict(os.environ, ATTEST_NETGUARD_OUT=str(out), QT_QPA_PLATFORM="offscreen")
    env.pop("PYTHONPATH", None)
    guard = str(ROOT / "tests" / "netguard.py")
    prog = ("import importlib.util as u, sys\n"
            f"s = u.spec_from_file_location('attest_netguard', {guard!r}); g = u.module_from_spec(s)\n"
            "s.loader.exec_module(g); g.install()\n")
    if use_checkout:
        prog += f"sys.path.insert(0, {str(ROOT)!r})\n"
    proc = subprocess.run([python or sys.executable, "-c", prog + code], capture_output=True, text=True, env=env,
                          cwd=cwd or ROOT, timeout=timeout)
    text = out.read_text() if out.exists() else "-1\n"
    count, _, detail = text.partition("\n")
    return proc, int(count), detail


def test_tripwire_catches_connections(tmp_path: Path) -> None:
    code = ("import socket, urllib.request\n"
            "for f in (lambda: socket.create_connection(('192.0.2.1', 80), timeout=1),\n"
            "          lambda: urllib.request.urlopen('http://example.invalid/', timeout=1)):\n"
            "    try:\n        f()\n    except Exception as e:\n        print(type(e).__name__)\n")
    proc, count, detail = run_guarded(code, tmp_path)
    assert count >= 2, (proc.stdout, proc.stderr, detail)
    assert "ConnectionRefusedError" in proc.stdout or "URLError" in proc.stdout
