"""Claim verification, the whole path: where the graph cache lives, loading the graphs, reading the
document, verifying it, and the report draft. The command line and the GUI both call only this module.

A report names exactly the bytes it was computed from:

- each RDF file of the graph *actually used* by its SHA-256 (``kg NAME``), taken while it was loaded;
- a document read from a file by the SHA-256 of that file's bytes (``document NAME``), the same
  digest and label on the command line and in the app;
- text typed or edited in the app by the SHA-256 of its UTF-8 encoding, under a label that says so
  (``document (edited in the app)``, ``document (typed in the app)``).
"""

from __future__ import annotations

import hashlib
import os
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from core.draft import ReportDraft
from core.errors import AttestError, ErrorKind
from core.fileio import sha256_bytes
from core.jobs import Job, ensure_job

from .store import GraphFile, GraphStats, KnowledgeGraph, open_graphs
from .verify import ClaimResult, Verifier, VerifyResult

MAX_DOC_BYTES = 20 * 1024**2
ASSETS = Path(__file__).resolve().parent.parent / "assets" / "kg"
CACHE_FOLDER_NAME = "kg-cache"

PathLike = str | os.PathLike[str]


# -- where the graph cache lives -----------------------------------------------------------------------
def graph_cache_dir(db_path: PathLike, explicit: PathLike | None = None) -> Path:
    """The store cache folder for a report database: ``explicit`` (``--cache DIR``) when given,
    else ``kg-cache`` next to the database. The command line and the app use this one rule."""
    if explicit:
        return Path(explicit).expanduser()
    return Path(db_path).expanduser().resolve().parent / CACHE_FOLDER_NAME


def load_graphs(paths: Sequence[PathLike], cache_dir: PathLike | None = None,
                job: Job | None = None, endpoints: Sequence[str] = ()) -> KnowledgeGraph:
    """Load (or reopen from the cache) RDF files as one union graph; see :func:`kg.store.open_graphs`.

    ``cache_dir`` is usually :func:`graph_cache_dir` of the report database; ``None`` means the
    per-user default (``ATTEST_KG_CACHE`` or ``~/.cache/attest/kg``).
    """
    return open_graphs(list(paths), cache_dir=cache_dir, job=job, endpoints=tuple(endpoints))


# -- the document -------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Document:
    """The text that is verified, and how a report names it."""

    text: str
    sha256: str
    """SHA-256 of the file's bytes (read from a file) or of the UTF-8 text (typed or edited)."""
    path: str | None = None
    """The file it was read from; ``None`` for typed text."""
    source: str = "file"
    """``file``, ``edited`` (read from a file, then changed in the app) or ``typed``."""

    @property
    def name(self) -> str:
        """A short name for titles: the file name, or what the text is."""
        if self.source == "file" and self.path is not None:
            return Path(self.path).name
        if self.source == "edited" and self.path is not None:
            return f"{Path(self.path).name} (edited in the app)"
        return "text typed in the app"

    @property
    def input_label(self) -> str:
        """The report's input label for this document."""
        if self.source == "file" and self.path is not None:
            return f"document {Path(self.path).name}"
        if self.source == "edited":
            return "document (edited in the app)"
        return "document (typed in the app)"

    def edited(self, text: str) -> Document:
        """The document as the user changed it in the app (``self`` itself when the text is the same)."""
        if text == self.text:
            return self
        return Document(text, sha256_bytes(text.encode("utf-8")), self.path, "edited" if self.path else "typed")


def read_document(path: PathLike, max_bytes: int = MAX_DOC_BYTES) -> Document:
    """A UTF-8 text or Markdown document; refuses other encodings, NUL bytes, empty and huge files.

    The digest is taken over the very bytes that are decoded, so it names what is verified."""
    p = Path(path)
    if p.is_dir():
        raise AttestError(f"{p} is a folder, not a document; give a UTF-8 text or Markdown file")
    if not p.is_file():
        raise AttestError(f"{p}: no such document")
    size = p.stat().st_size
    if size > max_bytes:
        raise AttestError(f"{p}: the document is {size} bytes, over the {max_bytes} byte limit")
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise AttestError(f"{p}: cannot read the document: {exc.strerror or exc}") from None
    if len(data) > max_bytes:
        raise AttestError(f"{p}: the document is {len(data)} bytes, over the {max_bytes} byte limit")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise AttestError(f"{p}: the document is not UTF-8 text (invalid byte 0x{data[exc.start]:02x} at "
                          f"offset {exc.start}); save it as UTF-8") from None
    if "\x00" in text:
        raise AttestError(f"{p}: the document contains NUL bytes; it is not a text file")
    if not text.strip():
        raise AttestError(f"{p}: the document is empty: there is nothing to verify")
    return Document(text, sha256_bytes(data), str(p), "file")


def typed_document(text: str) -> Document:
    """Text typed (or pasted) into the app, not read from any file."""
    return Document(text, sha256_bytes(text.encode("utf-8")), None, "typed")


# -- verification ---------------------------------------------------------------------------------------
@dataclass(frozen=True)
class VerifyRequest:
    """What to verify: the RDF files of the graph and the document (a path, or a :class:`Document`)."""

    kg_paths: tuple[str, ...]
    doc: str | Document
    cache_dir: str | None = None
    use_embeddings: bool | None = None
    """Rank predicates with sentence embeddings; ``None``: when the model package is installed."""
    endpoints: tuple[str, ...] = ()
    """SPARQL 1.1 query endpoints verified against together with the files."""


@dataclass(frozen=True)
class VerifyRun:
    """Everything one verification produced and was computed from."""

    verification: VerifyResult
    document: Document
    graph: GraphStats
    """The graph actually used: its statistics and its files with their digests."""
    embeddings: bool
    """Whether relation phrases were ranked with sentence embeddings."""

    @property
    def kas(self) -> float:
        return self.verification.kas

    @property
    def claims(self) -> tuple[ClaimResult, ...]:
        return self.verification.claims

    @property
    def counts(self) -> dict[str, int]:
        return self.verification.counts

    @property
    def kg_files(self) -> tuple[GraphFile, ...]:
        return self.graph.files

    @property
    def inputs(self) -> dict[str, str]:
        """Input label -> SHA-256 of the bytes: every graph file, then the document."""
        names = [Path(f.path).name for f in self.graph.files]
        out = {}
        for f, name in zip(self.graph.files, names, strict=True):
            if f.format == "sparql-endpoint":
                # an endpoint's answers cannot be hashed up front: the report names its URL (hashed)
                out[f"SPARQL endpoint {f.path}"] = hashlib.sha256(f.path.encode("utf-8")).hexdigest()
                continue
            # two files of the same name from different folders keep apart by their full path
            out[f"kg {name if names.count(name) == 1 else f.path}"] = f.sha256
        out[self.document.input_label] = self.document.sha256
        return out

    def to_json(self) -> dict[str, Any]:
        """The ``--json`` object, without ``report_id``: ``{"kas", "claims"}``."""
        return self.verification.to_dict()

    def to_draft(self) -> ReportDraft:
        """The report (kind ``verify``) for ``ctx.save``."""
        from .report import build_draft

        return build_draft(self)


_VERIFIERS_LOCK = threading.Lock()


def _verifier(kg: KnowledgeGraph, use_embeddings: bool | None) -> Verifier:
    """One verifier per loaded graph and embedding choice, stored on the graph: building one links
    the label index and may load the embedding model, which a second document should not repeat.
    (A verifier refers to its graph, so a cache keyed weakly by the graph would never let it go.)"""
    with _VERIFIERS_LOCK:
        if use_embeddings not in kg.verifiers:
            kg.verifiers[use_embeddings] = Verifier(kg, use_embeddings=use_embeddings)
        verifier: Verifier = kg.verifiers[use_embeddings]
        return verifier


def verify_document(kg: KnowledgeGraph, document: Document, use_embeddings: bool | None = None,
                    job: Job | None = None) -> VerifyRun:
    """Verify ``document`` against the loaded graph ``kg``."""
    job = ensure_job(job)
    verifier = _verifier(kg, use_embeddings)
    result = verifier.verify_text(document.text, job=job)
    return VerifyRun(result, document, kg.stats, bool(verifier.linker.use_embeddings))


def run_verify(request: VerifyRequest, job: Job | None = None, kg: KnowledgeGraph | None = None) -> VerifyRun:
    """Read the document, load the graph (unless ``kg``, already loaded from the same files, is given)
    and verify.

    The document is read first, so a bad document fails before a large graph is loaded.
    """
    job = ensure_job(job)
    document = request.doc if isinstance(request.doc, Document) else read_document(request.doc)
    if kg is None:
        kg = load_graphs(request.kg_paths, cache_dir=request.cache_dir,
                         job=job.stage(0.0, 0.4, "loading the knowledge graph"), endpoints=request.endpoints)
    elif [str(Path(p)) for p in request.kg_paths] + list(request.endpoints) != [f.path for f in kg.stats.files]:
        raise AttestError("the loaded knowledge graph is not made of the files asked for; load them again",
                          kind=ErrorKind.BUG)
    return verify_document(kg, document, use_embeddings=request.use_embeddings,
                           job=job.stage(0.4, 1.0, "verifying claims"))
