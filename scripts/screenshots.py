"""Screenshots of every page of the app for the README (docs/screenshots/*.png).

Run under a real X server so that what is saved is what a user sees:

    python main.py --db /tmp/shots/demo.db demo --out /tmp/shots/out   # reports, registry and images
    xvfb-run -s "-screen 0 1400x900x24" python scripts/screenshots.py --db /tmp/shots/demo.db \
        --images /tmp/shots/out/fingerprint

Each page runs its bundled demo (the Clever-Hans CNN, the demo registry and images, the demo document and
graphs), waits for the worker, and the whole window is grabbed at ``--size`` (default 1280x820), plus one
capture at 1024x700, the smallest supported size.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def _wait(app, ctx, timeout: float = 600.0) -> None:
    """Process events until no worker runs (and a little longer, so that results are drawn)."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        app.processEvents()
        if not ctx.workers:
            break
        time.sleep(0.02)
    for _ in range(20):
        app.processEvents()
        time.sleep(0.02)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, type=Path, help="a database the demo has filled")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--images", type=Path, help="images to trace (default: the demo's DEMO_OUT/fingerprint)")
    parser.add_argument("--size", default="1280x820")
    args = parser.parse_args(argv)
    width, height = (int(v) for v in args.size.lower().split("x"))

    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QApplication

    from gui.app import MainWindow
    from gui.context import AppContext

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Attest")
    app.setFont(QFont(app.font().family(), 10))
    ctx = AppContext(args.db, device="cpu")
    ctx.show_dialogs = False
    window = MainWindow(ctx)
    window.resize(width, height)
    window.show()
    args.out.mkdir(parents=True, exist_ok=True)

    def shot(name: str) -> None:
        _wait(app, ctx)
        path = args.out / f"{name}.png"
        window.grab().save(str(path))
        print(path)

    names = list(window.pages)
    # Model audit: the Clever-Hans demo audit
    window.nav.setCurrentRow(names.index("causal"))
    causal = window.pages["causal"]
    causal.use_demo()
    causal.run()
    _wait(app, ctx)
    nodes = [n for n in causal.graph.visible_ids if not n.startswith("output")]
    if nodes:
        causal.select_node(nodes[0])
    shot("model-audit")

    # Image tracing: trace the demo images against the demo registry
    window.nav.setCurrentRow(names.index("trace"))
    trace = window.pages["trace"]
    _wait(app, ctx)
    folder = args.images or args.db.parent / "out" / "fingerprint"
    images = sorted(folder.glob("*.png"))
    if images:
        trace.trace([str(p) for p in images[:6]])
    shot("image-tracing")

    # Claim verification: the demo document against the demo graph
    window.nav.setCurrentRow(names.index("verify"))
    verify = window.pages["verify"]
    verify.load_demo()
    _wait(app, ctx)
    verify.run_verify()
    shot("claim-verification")

    # Reports: the demo's reports, the first one open
    window.nav.setCurrentRow(names.index("reports"))
    reports = window.pages["reports"]
    reports.refresh()
    ids = reports.visible_ids()
    if ids:
        reports.select_report(ids[0])
    shot("reports")

    # the smallest supported window
    window.resize(1024, 700)
    window.nav.setCurrentRow(names.index("causal"))
    shot("model-audit-1024x700")
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
