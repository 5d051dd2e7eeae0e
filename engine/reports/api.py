"""The reports feature's whole path, for the command line and the Reports page alike.

Listing, opening, exporting (signed JSON, HTML, PDF), verifying the chain or a JSON file,
the installation's signing key, redacting, and the environment report. Nothing here imports Qt:
a PDF export from the command line needs no GUI (see :mod:`engine.reports.pdf`).

The JSON export is an in-toto Statement v1 in a DSSE envelope signed with the installation's
Ed25519 key (format: :mod:`engine.reports.signing`); standard DSSE tools (securesystemslib) check
it with the public key that :func:`signing_key` gives.
Every export is written atomically with the user's umask (0644 under umask 022); only the private
key is 0600.
"""

from __future__ import annotations

import platform
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

from core.draft import ReportDraft
from core.errors import AttestError
from core.fileio import atomic_write_bytes, sha256_file

from .signing import FileVerdict
from .store import Artifact, ChainCheck, Report, ReportStore

FORMATS: Final = ("json", "html", "pdf")
"""Every export format, in the order the app offers them."""

ENVIRONMENT_PACKAGES: Final = (
    "torch", "numpy", "PySide6-Essentials", "pyqtgraph", "sqlite-utils", "safetensors", "pyoxigraph", "rdflib",
    "rapidfuzz", "transformers", "captum", "networkx", "Pillow", "fpdf2", "cryptography",
)


@dataclass(frozen=True)
class ExportResult:
    """What an export wrote."""

    report_id: int
    fmt: str
    path: Path


@dataclass(frozen=True)
class ReportRow:
    """One line of the reports table (no result, no artifacts: cheap to list)."""

    id: int
    seq: int
    kind: str
    title: str
    created: str
    device: str
    summary: dict[str, Any]
    redacted: bool
    hash: str

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "seq": self.seq, "kind": self.kind, "title": self.title, "created": self.created,
                "device": self.device, "summary": self.summary, "redacted": self.redacted, "hash": self.hash}


@dataclass(frozen=True)
class OpenedReport:
    """A saved report with its artifacts, as the preview shows it."""

    report: Report
    artifacts: list[Artifact] = field(default_factory=list)


def export_format(out: Path | str, fmt: str | None = None) -> str:
    """``fmt`` if given, else the suffix of ``out``; an unknown format is one clear line."""
    chosen = (fmt if fmt is not None else Path(out).suffix.lstrip(".")).lower()
    if chosen not in FORMATS:
        shown = repr(chosen) if chosen else f"(none: {Path(out).name!r} has no suffix)"
        raise AttestError(f"unknown export format {shown}: use json, html or pdf")
    suffix = Path(out).suffix.lstrip(".").lower()
    if fmt is not None and suffix in FORMATS and suffix != chosen:
        raise AttestError(f"{Path(out).name} names a .{suffix} file but the format is {chosen}: "
                          f"give the file a .{chosen} suffix or leave the format out")
    return chosen


def export_report(store: ReportStore, report_id: int, out: Path | str, fmt: str | None = None,
                  paper: str = "a4") -> ExportResult:
    """Write report ``report_id`` to ``out`` atomically as signed JSON (a DSSE envelope), HTML or PDF.

    ``fmt=None`` takes the format from the suffix of ``out``; ``paper`` (``a4`` or ``letter``) is the PDF's
    page size. HTML and PDF name the installation's signing key id (the key is created on first use). The one
    export path of the app and the command line; the file gets the user's usual mode (``0o666 & ~umask``).
    """
    from . import export, pdf

    out = Path(out)
    chosen = export_format(out, fmt)
    report = store.get(report_id)
    artifacts = store.artifacts(report_id)
    if chosen == "json":
        atomic_write_bytes(out, export.to_json(report, artifacts).encode("utf-8"))
    elif chosen == "html":
        html = export.to_html(report, artifacts, key_id=signing_key().key_id)
        atomic_write_bytes(out, html.encode("utf-8"))
    else:
        pdf.write_pdf(report, artifacts, out, key_id=signing_key().key_id, paper=paper)
    return ExportResult(report.id, chosen, out)


def list_reports(store: ReportStore, kind: str | None = None, search: str | None = None) -> list[ReportRow]:
    """Reports newest first, optionally of one kind or containing ``search`` in title or summary."""
    return [
        ReportRow(id=r["id"], seq=r["seq"], kind=r["kind"], title=r["title"], created=r["created"],
                  device=r["device"], summary=r["summary"], redacted=r["redacted"], hash=r["hash"])
        for r in store.list_reports(kind=kind, search=search)
    ]


def open_report(store: ReportStore, report_id: int) -> OpenedReport:
    """One report and its artifacts (AttestError if there is no such report)."""
    return OpenedReport(store.get(report_id), store.artifacts(report_id))


def verify_chain(store: ReportStore) -> ChainCheck:
    """Walk the hash chain; the result names the first edited, deleted or reordered report."""
    return store.verify()


def verify_file(path: Path | str, key: Path | str | None = None) -> FileVerdict:
    """Check a signed JSON export: envelope, signature, artifact digests, content digest, chain hash.

    ``key`` is a PEM file with the signer's public key (what ``reports key --out`` writes): the file
    must then be signed by that key, and the verdict says whether it is. Without it, the signature is
    checked with the key the file carries, and the verdict says whether this installation's key
    signed it (when that key exists; checking a file never creates a key). An unreadable file or key
    is an AttestError; anything wrong with the file's content is a failed verdict.
    """
    from .signing import default_key_path, load_or_create_key, load_public_key, verify_export

    path = Path(path)
    given = load_public_key(Path(key)) if key is not None else None
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise AttestError(f"cannot read {path}: {exc.strerror or exc}") from None
    trusted = load_or_create_key() if default_key_path().exists() else None
    return verify_export(raw, trusted, given)


@dataclass(frozen=True)
class SigningKey:
    """The installation's public signing key, as a recipient of its exports needs it."""

    key_id: str
    """Lowercase hex SHA-256 of the raw 32-byte Ed25519 public key (the ``keyid`` in every export)."""
    public_key_pem: str
    """SubjectPublicKeyInfo PEM."""
    path: Path
    """The private key file (mode 0600)."""

    def to_dict(self) -> dict[str, Any]:
        return {"key_id": self.key_id, "public_key_pem": self.public_key_pem, "private_key_file": str(self.path)}


def signing_key() -> SigningKey:
    """The installation's signing key (created on first use, as the first export would)."""
    from .signing import default_key_path, key_id, load_or_create_key, public_key_pem

    key = load_or_create_key()
    return SigningKey(key_id(key), public_key_pem(key), default_key_path())


def write_public_key(out: Path | str) -> SigningKey:
    """Write the installation's public key as PEM to ``out`` (atomically, with the user's umask)."""
    info = signing_key()
    atomic_write_bytes(Path(out), info.public_key_pem.encode("ascii"))
    return info


def redact(store: ReportStore, report_id: int) -> None:
    """Remove a report's content and artifacts; its digests stay, so the chain still verifies."""
    store.delete(report_id)


def environment_draft(assets_dir: Path) -> ReportDraft:
    """Versions, the compute device and the SHA-256 of every bundled asset, as an ``environment`` report."""
    from importlib import metadata

    from engine import __version__
    from engine.device import device_info, pick_device

    packages: dict[str, str | None] = {}
    for name in ENVIRONMENT_PACKAGES:
        try:
            packages[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            packages[name] = None
    assets_dir = Path(assets_dir)
    if not assets_dir.is_dir():
        raise AttestError(f"the assets folder {assets_dir} does not exist")
    assets: dict[str, str] = {}
    for p in sorted(assets_dir.rglob("*")):
        if p.is_file() and "__pycache__" not in p.parts:
            assets[p.relative_to(assets_dir).as_posix()] = sha256_file(p)
    info = device_info(pick_device("auto"))
    return ReportDraft(
        kind="environment",
        title="Environment and bundled assets",
        params={},
        inputs={f"assets/{k}": v for k, v in assets.items()},
        summary={"attest": __version__, "python": platform.python_version(), "device": str(info["device"]),
                 "torch": packages["torch"], "assets": len(assets)},
        result={"platform": platform.platform(), "python": sys.version.split()[0], "packages": packages,
                "device": info, "assets": [{"path": k, "sha256": v} for k, v in assets.items()]},
    )
