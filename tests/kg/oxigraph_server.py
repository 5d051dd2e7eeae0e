"""Test helper: a throw-away Oxigraph SPARQL server on a free loopback port.

``oxigraph`` (the server binary, installed by ``pip install oxigraph``) loads the given RDF files
into a fresh folder, serves it on ``127.0.0.1:PORT``, and is killed when the context ends.
"""

from __future__ import annotations

import contextlib
import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Iterator, Sequence
from pathlib import Path

STARTUP_S = 30.0


def oxigraph_binary() -> str | None:
    """Path of the ``oxigraph`` server binary, or None when it is not installed."""
    return shutil.which("oxigraph")


def free_port() -> int:
    """A loopback TCP port that was free a moment ago."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url + "?query=ASK%7B%7D", timeout=1) as resp:
            return bool(resp.status == 200)
    except (urllib.error.URLError, OSError):
        return False


@contextlib.contextmanager
def oxigraph_server(files: Sequence[Path], workdir: Path) -> Iterator[str]:
    """Serve ``files`` (loaded into ``workdir/db``); yields the query URL ``http://127.0.0.1:PORT/query``."""
    binary = oxigraph_binary()
    if binary is None:
        raise FileNotFoundError("the oxigraph server binary is not on PATH (pip install oxigraph)")
    location = workdir / "db"
    load = subprocess.run([binary, "load", "--location", str(location), "--file", *map(str, files)],
                          capture_output=True, text=True, timeout=120)
    if load.returncode != 0:
        raise RuntimeError(f"oxigraph load failed: {load.stderr.strip()[-500:]}")
    port = free_port()
    log = open(workdir / "server.log", "w+b")  # noqa: SIM115 - closed in the finally below
    proc = subprocess.Popen([binary, "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"],
                            stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}/query"
    try:
        deadline = time.monotonic() + STARTUP_S
        while not _answers(url):
            if proc.poll() is not None:
                log.seek(0)
                raise RuntimeError(f"oxigraph serve exited with {proc.returncode}: "
                                   f"{log.read().decode(errors='replace')[-500:]}")
            if time.monotonic() > deadline:
                raise RuntimeError(f"oxigraph serve did not answer on port {port} within {STARTUP_S:g} s")
            time.sleep(0.05)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=5)
        log.close()
