"""A network tripwire for child processes: any attempt to reach the network is counted and refused.

Use: ``python -c "import tests.netguard as g; g.install(); ..."``. An audit hook sees every
``socket.connect``, name lookup and ``urllib.Request`` (including those made inside libraries); each
internet-family attempt is counted and fails loudly with ``ConnectionRefusedError``. At exit the count
goes to the file named by ``ATTEST_NETGUARD_OUT`` so the parent test can assert it is 0.
"""

from __future__ import annotations

import atexit
import os
import socket
import sys

ATTEMPTS: list[str] = []
_WATCHED = {"socket.connect", "socket.getaddrinfo", "socket.gethostbyname", "socket.gethostbyaddr",
            "socket.sendto", "urllib.Request", "http.client.connect", "ftplib.connect", "smtplib.connect"}


def _hook(event: str, args: tuple) -> None:
    if event not in _WATCHED:
        return
    if event in ("socket.connect", "socket.sendto"):
        sock = args[0]
        if getattr(sock, "family", None) == socket.AF_UNIX:
            return  # local IPC is not the network
    if event == "socket.getaddrinfo" and args and args[0] in (None, "localhost", "127.0.0.1", "::1"):
        return
    ATTEMPTS.append(f"{event} {args[:2]!r}"[:200])
    raise ConnectionRefusedError(f"network access attempted in an offline audit: {event}")


def _report() -> None:
    out = os.environ.get("ATTEST_NETGUARD_OUT")
    if out:
        with open(out, "w", encoding="utf-8") as fh:
            fh.write(f"{len(ATTEMPTS)}\n" + "\n".join(ATTEMPTS))


def install() -> None:
    sys.addaudithook(_hook)
    atexit.register(_report)
