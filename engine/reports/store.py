"""The report store: SQLite through sqlite-utils, one transaction per report, a hash chain.

Each report row carries ``body_sha256`` (SHA-256 of the canonical JSON of everything the report
says, artifacts included by their own hashes) and ``hash`` = SHA-256(prev_hash + body_sha256 + seq).
Editing a row changes its body hash; deleting a row leaves a gap in ``seq`` and a broken link;
reordering breaks the links. :meth:`ReportStore.verify` walks the chain and names the first record
that fails.

A user's own deletion must not look like tampering, so :meth:`ReportStore.delete` *redacts*: it
removes the content and artifacts but keeps the row's digests, so that the chain still verifies and
the redaction itself is visible.

Writes happen in ``BEGIN IMMEDIATE`` ... ``COMMIT`` on a WAL database with ``synchronous=FULL`` for
that commit: a killed process leaves the whole report or none of it, and two writers (the app and
the command line) serialise on SQLite's lock with a busy timeout instead of failing.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import json
import os
import sqlite3
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from core.draft import ReportDraft
from core.errors import AttestError

from .canonical import canonical_json, to_jsonable

GENESIS = "0" * 64
REDACTED_TITLE = "(redacted by its owner)"
SCHEMA_VERSION = 1


def default_db_path() -> Path:
    """``ATTEST_DB`` if set, else the per-user data folder (XDG, macOS, Windows conventions)."""
    env = os.environ.get("ATTEST_DB")
    if env:
        return Path(env).expanduser()
    if os.name == "nt":
        base = Path(os.environ.get("APPDATA", Path.home() / "AppData" / "Roaming"))
    elif os.uname().sysname == "Darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME", Path.home() / ".local" / "share"))
    return base / "attest" / "attest.db"


@dataclass(frozen=True)
class Artifact:
    name: str
    mime: str
    sha256: str
    data: bytes

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "mime": self.mime, "sha256": self.sha256, "size": len(self.data)}


@dataclass(frozen=True)
class Report:
    id: int
    seq: int
    kind: str
    title: str
    created: str
    app_version: str
    device: str
    params: dict[str, Any]
    inputs: dict[str, str]
    summary: dict[str, Any]
    result: dict[str, Any]
    artifacts_meta: list[dict[str, Any]]
    prev_hash: str
    body_sha256: str
    hash: str
    redacted: bool = False

    def body(self) -> dict[str, Any]:
        """Everything the report says; its canonical JSON is what ``body_sha256`` is taken over."""
        return {
            "kind": self.kind,
            "title": self.title,
            "created": self.created,
            "app_version": self.app_version,
            "device": self.device,
            "params": self.params,
            "inputs": self.inputs,
            "summary": self.summary,
            "result": self.result,
            "artifacts": self.artifacts_meta,
        }

    def to_dict(self) -> dict[str, Any]:
        d = self.body()
        d.update(id=self.id, seq=self.seq, prev_hash=self.prev_hash, body_sha256=self.body_sha256,
                 hash=self.hash, redacted=self.redacted)
        return d


@dataclass(frozen=True)
class ChainCheck:
    ok: bool
    checked: int
    redacted: int
    first_bad_id: int | None = None
    first_bad_seq: int | None = None
    problem: str = ""
    head_hash: str = GENESIS

    def message(self) -> str:
        if self.ok:
            extra = f", {self.redacted} redacted by their owner" if self.redacted else ""
            return f"chain intact: {self.checked} report(s){extra}; head {self.head_hash[:16]}"
        return f"chain BROKEN at report #{self.first_bad_id} (position {self.first_bad_seq}): {self.problem}"

    def to_dict(self) -> dict[str, Any]:
        return {"ok": self.ok, "checked": self.checked, "redacted": self.redacted,
                "first_bad_id": self.first_bad_id, "first_bad_seq": self.first_bad_seq,
                "problem": self.problem, "head_hash": self.head_hash, "message": self.message()}


def chain_hash(prev_hash: str, body_sha256: str, seq: int) -> str:
    return hashlib.sha256(f"{prev_hash}:{body_sha256}:{seq}".encode("ascii")).hexdigest()


def _stored_json(value: Any) -> str:
    """JSON as the database keeps it: the draft's key order (tables and exports show it as written).
    Hashes never depend on it: they are taken over :func:`canonical_json`, which sorts keys."""
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False, allow_nan=False)


def _now() -> str:
    return _dt.datetime.now(_dt.UTC).isoformat(timespec="seconds")


class ReportStore:
    """One SQLite file of reports and artifacts. Safe to share between threads of one process."""

    def __init__(self, path: str | Path, device: str | Callable[[], str] = "cpu",
                 app_version: str | None = None) -> None:
        self.path = Path(path).expanduser()
        self._device = device
        if app_version is None:
            from .. import __version__

            app_version = __version__
        self.app_version: str = app_version
        conn: sqlite3.Connection | None = None
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(str(self.path), timeout=30.0, isolation_level=None, check_same_thread=False)
            conn.execute("PRAGMA busy_timeout = 30000")
            mode = self._enable_wal(conn)
            conn.execute("PRAGMA synchronous = NORMAL")
            conn.execute("PRAGMA foreign_keys = ON")
        except sqlite3.DatabaseError as exc:
            if conn is not None:
                conn.close()
            raise AttestError(self._explain(f"cannot open the report database {self.path}", exc)) from None
        except OSError as exc:
            raise AttestError(f"cannot create the folder for {self.path}: {exc.strerror or exc}") from None
        self.journal_mode = mode
        self.conn = conn
        self._lock = threading.RLock()
        import sqlite_utils

        self.db = sqlite_utils.Database(conn)
        try:
            self._ensure_schema()
        except AttestError:
            conn.close()  # leave no handle on a database we cannot use
            raise

    @staticmethod
    def _enable_wal(conn: sqlite3.Connection, attempts: int = 100) -> str:
        """Switch to WAL. Two processes opening a new database at once can make this pragma fail
        with "locked" without SQLite's busy handler ever running, so it is retried here."""
        import time

        for i in range(attempts):
            try:
                return str(conn.execute("PRAGMA journal_mode = WAL").fetchone()[0])
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) or i == attempts - 1:
                    raise
                time.sleep(0.05 + 0.01 * i)
        raise AssertionError("unreachable")

    @property
    def device(self) -> str:
        """The device label written into reports; resolved on first use (it may import torch)."""
        if callable(self._device):
            self._device = str(self._device())
        return self._device

    # -- schema -------------------------------------------------------------------------------
    def _ensure_schema(self) -> None:
        with self._lock:
            try:
                self._exec_script(
                    """
                    CREATE TABLE IF NOT EXISTS reports (
                        id INTEGER PRIMARY KEY,
                        seq INTEGER NOT NULL UNIQUE,
                        kind TEXT NOT NULL,
                        title TEXT NOT NULL,
                        created TEXT NOT NULL,
                        app_version TEXT NOT NULL,
                        device TEXT NOT NULL,
                        params TEXT NOT NULL,
                        inputs TEXT NOT NULL,
                        summary TEXT NOT NULL,
                        result TEXT NOT NULL,
                        artifacts TEXT NOT NULL,
                        prev_hash TEXT NOT NULL,
                        body_sha256 TEXT NOT NULL,
                        hash TEXT NOT NULL,
                        redacted INTEGER NOT NULL DEFAULT 0
                    );
                    CREATE TABLE IF NOT EXISTS artifacts (
                        id INTEGER PRIMARY KEY,
                        report_id INTEGER NOT NULL REFERENCES reports(id),
                        name TEXT NOT NULL,
                        mime TEXT NOT NULL,
                        sha256 TEXT NOT NULL,
                        data BLOB NOT NULL
                    );
                    CREATE INDEX IF NOT EXISTS artifacts_report ON artifacts(report_id);
                    CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
                    """
                )
            except sqlite3.OperationalError as exc:
                raise AttestError(self._explain(f"the report database {self.path} cannot be used", exc)) from None
            except sqlite3.DatabaseError as exc:
                raise AttestError(f"{self.path} is not an Attest database or is corrupt: {exc}") from None

    def _explain(self, what: str, exc: BaseException) -> str:
        """Name the usual causes (read-only location, full disk) instead of SQLite's terse text."""
        text = str(exc)
        folder = self.path.parent
        read_only = (not os.access(folder, os.W_OK)
                     or (self.path.exists() and not os.access(self.path, os.W_OK))
                     or "readonly" in text)
        if read_only:
            return f"{what}: the database {self.path} is read-only ({text}); choose another with --db or ATTEST_DB"
        if "full" in text:
            return f"{what}: the disk is full ({text}); free space and try again"
        return f"{what}: {text}"

    def _exec_script(self, script: str) -> None:
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            for stmt in script.split(";"):
                if stmt.strip():
                    self.conn.execute(stmt)
            self.conn.execute(
                "INSERT OR IGNORE INTO meta(key, value) VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),)
            )
            self.conn.execute("COMMIT")
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise

    # -- writing ------------------------------------------------------------------------------
    def save(self, draft: ReportDraft) -> int:
        """Save a report draft in one transaction; return its id."""
        if not isinstance(draft, ReportDraft):
            raise TypeError(f"ReportStore.save takes a ReportDraft, got {type(draft).__name__}")
        kind, title = draft.kind, draft.title
        params = to_jsonable(dict(draft.params))
        inputs = to_jsonable(dict(draft.inputs))
        summary = to_jsonable(dict(draft.summary))
        result = to_jsonable(dict(draft.result))
        artifacts = [Artifact(a.name, a.mime, hashlib.sha256(a.data).hexdigest(), a.data) for a in draft.artifacts]
        created = draft.created or _now()
        with self._lock:
            try:
                self.conn.execute("PRAGMA synchronous = FULL")
                self.conn.execute("BEGIN IMMEDIATE")
                try:
                    head = self.conn.execute("SELECT seq, hash FROM reports ORDER BY seq DESC LIMIT 1").fetchone()
                    seq = 1 if head is None else head[0] + 1
                    prev = GENESIS if head is None else head[1]
                    report = Report(0, seq, kind, title, created, self.app_version, self.device, params,
                                    inputs, summary, result, [a.to_dict() for a in artifacts], prev, "", "")
                    body_sha = hashlib.sha256(canonical_json(report.body()).encode("utf-8")).hexdigest()
                    h = chain_hash(prev, body_sha, seq)
                    cur = self.conn.execute(
                        "INSERT INTO reports (seq, kind, title, created, app_version, device, params, inputs,"
                        " summary, result, artifacts, prev_hash, body_sha256, hash, redacted)"
                        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,0)",
                        (seq, kind, title, created, self.app_version, self.device, _stored_json(params),
                         _stored_json(inputs), _stored_json(summary), _stored_json(result),
                         _stored_json(report.artifacts_meta), prev, body_sha, h),
                    )
                    assert cur.lastrowid is not None  # an INSERT into a rowid table always sets it
                    rid = int(cur.lastrowid)
                    for a in artifacts:
                        self.conn.execute(
                            "INSERT INTO artifacts (report_id, name, mime, sha256, data) VALUES (?,?,?,?,?)",
                            (rid, a.name, a.mime, a.sha256, sqlite3.Binary(a.data)),
                        )
                    self.conn.execute("COMMIT")
                except BaseException:
                    if self.conn.in_transaction:
                        self.conn.execute("ROLLBACK")
                    raise
                finally:
                    self.conn.execute("PRAGMA synchronous = NORMAL")
            except sqlite3.OperationalError as exc:
                raise AttestError(self._explain("the report was not saved; nothing was written", exc)) from None
            except sqlite3.DatabaseError as exc:
                raise AttestError(f"the report was not saved: the database is damaged ({exc})") from None
        return rid

    def delete(self, report_id: int) -> None:
        """Redact a report: its title, content and artifacts go (a title names the files audited);
        its kind, time and digests stay, so the chain verifies and the redaction stays visible."""
        with self._lock:
            row = self.conn.execute("SELECT id FROM reports WHERE id = ?", (report_id,)).fetchone()
            if row is None:
                raise AttestError(f"there is no report #{report_id}")
            try:
                self.conn.execute("BEGIN IMMEDIATE")
                self.conn.execute("DELETE FROM artifacts WHERE report_id = ?", (report_id,))
                self.conn.execute(
                    "UPDATE reports SET title=?, params='{}', inputs='{}', summary='{}', result='{}',"
                    " artifacts='[]', redacted=1 WHERE id = ?",
                    (REDACTED_TITLE, report_id),
                )
                self.conn.execute("COMMIT")
            except sqlite3.DatabaseError as exc:
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                raise AttestError(f"could not delete report #{report_id}: {exc}") from None

    # -- reading ------------------------------------------------------------------------------
    def _row_to_report(self, row: dict[str, Any]) -> Report:
        return Report(
            id=row["id"], seq=row["seq"], kind=row["kind"], title=row["title"], created=row["created"],
            app_version=row["app_version"], device=row["device"], params=json.loads(row["params"]),
            inputs=json.loads(row["inputs"]), summary=json.loads(row["summary"]),
            result=json.loads(row["result"]), artifacts_meta=json.loads(row["artifacts"]),
            prev_hash=row["prev_hash"], body_sha256=row["body_sha256"], hash=row["hash"],
            redacted=bool(row["redacted"]),
        )

    def get(self, report_id: int) -> Report:
        with self._lock:
            rows = list(self.db["reports"].rows_where("id = ?", [report_id]))
        if not rows:
            raise AttestError(f"there is no report #{report_id}")
        return self._row_to_report(rows[0])

    def list_reports(self, kind: str | None = None, search: str | None = None,
                     limit: int | None = None) -> list[dict[str, Any]]:
        """Light rows for tables: id, seq, kind, title, created, device, summary, redacted."""
        where, args = [], []
        if kind:
            where.append("kind = ?")
            args.append(kind)
        if search:
            where.append("(title LIKE ? OR summary LIKE ?)")
            args += [f"%{search}%", f"%{search}%"]
        with self._lock:
            rows = self.db["reports"].rows_where(
                " AND ".join(where) or None, args or None,
                select="id, seq, kind, title, created, device, summary, redacted, hash",
                order_by="seq DESC", limit=limit,
            )
            out = []
            for r in rows:
                r["summary"] = json.loads(r["summary"])
                r["redacted"] = bool(r["redacted"])
                out.append(r)
        return out

    def count(self) -> int:
        with self._lock:
            return int(self.conn.execute("SELECT count(*) FROM reports").fetchone()[0])

    def artifacts(self, report_id: int) -> list[Artifact]:
        with self._lock:
            rows = self.conn.execute(
                "SELECT name, mime, sha256, data FROM artifacts WHERE report_id = ? ORDER BY id", (report_id,)
            ).fetchall()
        return [Artifact(n, m, s, bytes(d)) for n, m, s, d in rows]

    def iter_reports(self) -> Iterator[Report]:
        with self._lock:
            rows = list(self.db["reports"].rows_where(order_by="seq"))
        for r in rows:
            yield self._row_to_report(r)

    # -- verifying ----------------------------------------------------------------------------
    def verify(self) -> ChainCheck:
        """Walk the chain in order; name the first report that was edited, deleted or reordered."""
        prev_hash = GENESIS
        expected_seq = 1
        checked = redacted = 0
        with self._lock:
            rows = self.conn.execute(
                "SELECT id, seq, prev_hash, body_sha256, hash, redacted FROM reports ORDER BY id"
            ).fetchall()
        for rid, seq, row_prev, body_sha, h, is_redacted in rows:
            def bad(problem: str, rid: int = rid, seq: int = seq, checked: int = checked, redacted: int = redacted,
                    prev_hash: str = prev_hash) -> ChainCheck:
                return ChainCheck(False, checked, redacted, rid, seq, problem, prev_hash)

            if seq != expected_seq:
                if seq > expected_seq:
                    return bad(f"report(s) at position {expected_seq}..{seq - 1} are missing (deleted)")
                return bad(f"out of order: position {seq} appears after position {expected_seq - 1}")
            if row_prev != prev_hash:
                return bad("its link to the previous report is broken "
                           "(a report before it was deleted, replaced or reordered)")
            if chain_hash(row_prev, body_sha, seq) != h:
                return bad("its chain hash does not match its content digest (edited)")
            if is_redacted:
                redacted += 1
            else:
                report = self.get(rid)
                actual_body = hashlib.sha256(canonical_json(report.body()).encode("utf-8")).hexdigest()
                if actual_body != body_sha:
                    return bad("its content was edited after it was saved")
                stored = {a["name"]: a["sha256"] for a in report.artifacts_meta}
                artifacts = self.artifacts(rid)
                found = {a.name: a.sha256 for a in artifacts}
                recomputed = {a.name: hashlib.sha256(a.data).hexdigest() for a in artifacts}
                if stored != found or found != recomputed:
                    return bad("one of its artifacts was edited, added or removed")
            prev_hash = h
            expected_seq += 1
            checked += 1
        return ChainCheck(True, checked, redacted, head_hash=prev_hash)

    def integrity_check(self) -> str:
        with self._lock:
            return str(self.conn.execute("PRAGMA integrity_check").fetchone()[0])

    def close(self) -> None:
        with self._lock:
            self.conn.close()
