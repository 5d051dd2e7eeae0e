"""The user registry: enrolled users and their fingerprint codes, in the app's SQLite database.

Tables (created on first use; a registry of an earlier layout is upgraded in place):

- ``fp_users``: one row per user: name (unique), code as hex, ``k``, the weights' SHA-256 the code
  belongs to, the code packed into one signed 64-bit integer (``word``) and its 16-bit chunks
  ``c0 .. c3``, each indexed. A code's neighbours within a radius are found by index probes on the
  chunks (multi-index hashing, :mod:`.index`), so enrolling costs a few hundred index lookups, not a
  read of the registry.
- ``fp_registry``: key/value settings: ``k``, ``min_distance``, ``secret`` (32 random bytes, hex; the
  codebook's key, see :class:`.codes.Codebook`), ``counter`` (candidates drawn so far), ``digest``
  (the registry digest, below).
- ``fp_snapshot``: the packed codes and their row ids as two blobs, tagged with the digest they
  belong to, so a trace against 1,000,000 users reads 16 MB instead of a million rows.
- ``fp_generations``: a log of generated sample batches.

The registry digest is a hash chain over the enrolled users in enrollment order:
``d_0 = ""``, ``d_i = SHA-256(d_{i-1} + name + TAB + k + TAB + code_hex + LF)`` (hex digests), so it
is updated in O(1) per enrollment and anyone with the list of users can recompute it.

Every change runs in one ``db.atomic()`` block; a failed enrollment leaves the tables untouched.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np

from core.errors import AttestError, Cancelled
from core.jobs import Job, ensure_job

from .codes import Codebook, default_min_distance, full_message, new_secret, screen_failure
from .index import CodeIndex, _masks, chunk_layout

_NAME_RE = re.compile(r"^[\w][\w .@+-]{0,63}$", re.UNICODE)
MAX_CHUNKS = 4
BULK_BATCH = 8192
MAX_BULK_FILE = 512 * 1024 * 1024


@dataclass(frozen=True)
class User:
    id: int
    name: str
    code: tuple[int, ...]
    k: int
    created: str
    model_sha256: str

    @property
    def code_hex(self) -> str:
        return bits_to_hex(np.array(self.code, np.uint8))

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "code": self.code_hex, "k": self.k, "created": self.created,
                "model_sha256": self.model_sha256}


def bits_to_hex(bits: np.ndarray) -> str:
    s = "".join(str(int(b)) for b in bits)
    s = s + "0" * (-len(s) % 4)
    return "".join(f"{int(s[i:i + 4], 2):x}" for i in range(0, len(s), 4))


def hex_to_bits(text: str, k: int) -> np.ndarray:
    s = "".join(f"{int(c, 16):04b}" for c in text)
    return np.array([int(c) for c in s[:k]], np.uint8)


def _nibble_hex(byte: int) -> str:
    # bit j of the code is bit j of the byte; hex digits read 4 bits at a time, first bit most significant
    lo, hi = byte & 0xF, byte >> 4
    rev = [int(f"{v:04b}"[::-1], 2) for v in (lo, hi)]
    return f"{rev[0]:x}{rev[1]:x}"


_BYTE_HEX = tuple(_nibble_hex(b) for b in range(256))


def word_hex(word: int, k: int) -> str:
    """:func:`bits_to_hex` of a packed code, fast when ``k`` is a multiple of 8."""
    if k % 8:
        return bits_to_hex(word_to_bits(word, k))
    return "".join(_BYTE_HEX[b] for b in int(word).to_bytes(8, "little")[: k // 8])


def word_to_bits(word: int, k: int) -> np.ndarray:
    """A packed code (bit j of the code is bit j of the word) as 0/1 bits."""
    return np.array([(int(word) >> j) & 1 for j in range(k)], np.uint8)


def bits_to_word(bits: np.ndarray) -> int:
    return sum(int(b) << j for j, b in enumerate(np.asarray(bits).reshape(-1)))


def _signed(word: int) -> int:
    return word - (1 << 64) if word >= 1 << 63 else word


def _unsigned(value: int) -> int:
    return value + (1 << 64) if value < 0 else value


def chain(digest: str, name: str, k: int, code_hex: str) -> str:
    return hashlib.sha256(f"{digest}{name}\t{k}\t{code_hex}\n".encode()).hexdigest()


def _valid_name(name: str) -> str | None:
    """None if ``name`` may be enrolled, else why not."""
    if not _NAME_RE.match(name):
        return "not allowed: 1-64 letters, digits, spaces, . _ @ + -"
    return None


@dataclass(frozen=True)
class BulkEnrollment:
    """What ``enroll --from FILE`` did."""

    enrolled: int
    refused: tuple[tuple[str, str], ...]
    """(name, reason) for each name not enrolled (invalid, already enrolled, repeated in the file)."""
    drawn: int
    """Candidates drawn; the ones not issued were too close to an enrolled code or failed the screen."""
    too_close: int
    screened_out: int
    seconds: float
    screen_seconds: float
    registry_users: int
    cancelled: bool = False

    def reasons(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for _, why in self.refused:
            out[why] = out.get(why, 0) + 1
        return out

    def to_dict(self) -> dict[str, Any]:
        return {"enrolled": self.enrolled, "refused": len(self.refused), "refused_by_reason": self.reasons(),
                "refused_examples": [{"name": n, "reason": r} for n, r in self.refused[:20]],
                "candidates_drawn": self.drawn, "too_close": self.too_close, "screened_out": self.screened_out,
                "seconds": round(self.seconds, 3), "screen_seconds": round(self.screen_seconds, 3),
                "registry_users": self.registry_users, "cancelled": self.cancelled}


class Registry:
    """Users and codes for one fingerprinting model (``k`` <= 64 bits, weights ``model_sha256``).

    ``secret`` fixes the codebook's key of a *new* registry (tests); by default a fresh registry
    draws one from the operating system. ``screen`` accepts a candidate code only if the model
    carries it; ``screen_many`` is its batched form (bits [B, k] -> bool [B]) used in bulk.
    """

    def __init__(self, db: Any, k: int, model_sha256: str, min_distance: int | None = None,
                 secret: bytes | None = None, screen: Callable[[np.ndarray], bool] | None = None,
                 screen_many: Callable[[np.ndarray], np.ndarray] | None = None) -> None:
        if not 1 <= k <= 64:
            raise AttestError(f"the registry holds codes of 1-64 bits; this model uses {k}")
        self.db = db
        self.screen = screen
        self.screen_many = screen_many
        self.k = k
        self.model_sha256 = model_sha256
        self.layout = chunk_layout(k)
        self._ensure_tables()
        settings = self._settings()
        count = self.count()
        if "k" in settings and int(settings["k"]) != k and count > 0:
            raise AttestError(
                f"the registry holds {settings['k']}-bit codes but the fingerprint model uses {k} bits; "
                "use another --db for this model"
            )
        with db.atomic():
            if "k" not in settings or count == 0:
                md = min_distance if min_distance is not None else default_min_distance(k)
                self._put("k", str(k))
                self._put("min_distance", str(md))
                self._put("counter", settings.get("counter", "0") if count else "0")
            if "secret" not in settings or (count == 0 and secret is not None):
                # a registry from before secrets (seeded draws) gets one now: its issued codes stay
                self._put("secret", (secret or new_secret()).hex())
            if "digest" not in settings:
                self._put("digest", self._recompute_digest())
        s = self._settings()
        self.min_distance = int(s["min_distance"])
        self.codebook = Codebook(k, self.min_distance, bytes.fromhex(s["secret"]))
        self._radius_r = -(-self.min_distance // len(self.layout)) - 1  # probes for radius min_distance - 1

    # -- tables ---------------------------------------------------------------------------------
    def _ensure_tables(self) -> None:
        db = self.db
        chunks = {f"c{i}": int for i in range(MAX_CHUNKS)}
        db["fp_users"].create({"id": int, "name": str, "code": str, "k": int, "created": str, "model_sha256": str,
                               "word": int, **chunks}, pk="id", not_null={"name", "code"}, if_not_exists=True)
        cols = {c.name for c in db["fp_users"].columns}
        if "word" not in cols:
            self._upgrade()
        db["fp_users"].create_index(["name"], unique=True, if_not_exists=True)
        for i in range(len(self.layout)):
            db["fp_users"].create_index([f"c{i}"], if_not_exists=True)
        db["fp_registry"].create({"key": str, "value": str}, pk="key", if_not_exists=True)
        db["fp_snapshot"].create({"key": str, "n": int, "digest": str, "ids": bytes, "words": bytes}, pk="key",
                                 if_not_exists=True)
        db["fp_generations"].create({"id": int, "user": str, "family": str, "seed": int, "n": int, "out_dir": str,
                                     "created": str}, pk="id", if_not_exists=True)

    def _upgrade(self) -> None:
        """Add the packed word and chunk columns to a registry of the earlier layout, and fill them."""
        db = self.db
        with db.atomic():
            db["fp_users"].add_column("word", int)
            for i in range(MAX_CHUNKS):
                db["fp_users"].add_column(f"c{i}", int)
            rows = db.execute("SELECT id, code, k FROM fp_users").fetchall()
            for rid, code, k in rows:
                word = bits_to_word(hex_to_bits(code, int(k)))
                db.execute(f"UPDATE fp_users SET word = ?, {', '.join(f'c{i} = ?' for i in range(len(self.layout)))} "
                           "WHERE id = ?", [_signed(word), *self._chunks(word), rid])

    def _settings(self) -> dict[str, str]:
        return {r["key"]: r["value"] for r in self.db["fp_registry"].rows}

    def _put(self, key: str, value: str) -> None:
        self.db.execute("INSERT OR REPLACE INTO fp_registry (key, value) VALUES (?, ?)", [key, value])

    def _chunks(self, word: int) -> list[int]:
        return [(word >> off) & ((1 << w) - 1) for off, w in self.layout]

    def _recompute_digest(self) -> str:
        d = ""
        for name, k, code in self.db.execute("SELECT name, k, code FROM fp_users ORDER BY id"):
            d = chain(d, name, int(k), code)
        return d

    # -- reading -------------------------------------------------------------------------------
    def count(self) -> int:
        return int(self.db.execute("SELECT count(*) FROM fp_users").fetchone()[0])

    def users(self, limit: int | None = None, offset: int = 0, search: str | None = None) -> list[User]:
        """Users in enrollment order; ``search`` keeps names containing it (case-insensitive)."""
        sql = "SELECT id, name, code, k, created, model_sha256 FROM fp_users"
        args: list[Any] = []
        if search:
            sql += " WHERE name LIKE ? ESCAPE '\\'"
            args.append("%" + search.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
        sql += " ORDER BY id"
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"
            args += [int(limit), int(offset)]
        return [self._user(r) for r in self.db.execute(sql, args).fetchall()]

    def _user(self, r: Sequence[Any]) -> User:
        rid, name, code, k, created, sha = r
        bits = hex_to_bits(code, int(k))
        return User(int(rid), name, tuple(int(b) for b in bits), int(k), created or "", sha or "")

    def get(self, name: str) -> User:
        rows = self.db.execute("SELECT id, name, code, k, created, model_sha256 FROM fp_users WHERE name = ?",
                               [name]).fetchall()
        if not rows:
            known = ", ".join(u.name for u in self.users(limit=10)) or "none enrolled"
            raise AttestError(f"no enrolled user named {name!r} (known: {known})")
        return self._user(rows[0])

    def names_of(self, ids: Iterable[int]) -> dict[int, str]:
        """Names of the given row ids (one query per 900 ids)."""
        ids = sorted({int(i) for i in ids})
        out: dict[int, str] = {}
        for i in range(0, len(ids), 900):
            part = ids[i:i + 900]
            q = f"SELECT id, name FROM fp_users WHERE id IN ({', '.join('?' * len(part))})"
            out.update({int(a): b for a, b in self.db.execute(q, part).fetchall()})
        return out

    def code_words(self) -> tuple[np.ndarray, np.ndarray]:
        """(row ids int64 [N], packed codes uint64 [N]) in enrollment order, from the snapshot when it
        is current (else read once and the snapshot rewritten)."""
        digest = self.codes_sha256()
        snap = self.db.execute("SELECT n, digest, ids, words FROM fp_snapshot WHERE key = 'codes'").fetchone()
        if snap is not None and snap[1] == digest:
            return (np.frombuffer(snap[2], "<i8").astype(np.int64),
                    np.frombuffer(snap[3], "<u8").astype(np.uint64))
        rows = self.db.execute("SELECT id, word FROM fp_users ORDER BY id").fetchall()
        arr = np.array(rows, np.int64).reshape(-1, 2)
        ids, words = arr[:, 0].copy(), arr[:, 1].view(np.uint64).copy()
        with self.db.atomic():
            self.db.execute("INSERT OR REPLACE INTO fp_snapshot (key, n, digest, ids, words) "
                            "VALUES ('codes', ?, ?, ?, ?)",
                            [len(ids), digest, ids.astype("<i8").tobytes(), words.astype("<u8").tobytes()])
        return ids, words

    def index(self) -> tuple[np.ndarray, CodeIndex]:
        """(row ids, a :class:`CodeIndex` over the codes) for tracing."""
        ids, words = self.code_words()
        return ids, CodeIndex(words, self.k)

    def packed_codes(self) -> tuple[list[str], np.ndarray]:
        """(names, packed codes [N, 1]) in enrollment order: for small registries and tests."""
        ids, words = self.code_words()
        names = self.names_of(ids)
        return [names[int(i)] for i in ids], words.reshape(-1, 1).copy()

    def codes_sha256(self) -> str:
        """The registry digest (module docstring): which registry a trace matched against."""
        row = self.db.execute("SELECT value FROM fp_registry WHERE key = 'digest'").fetchone()
        return row[0] if row else ""

    # -- enrolling -----------------------------------------------------------------------------------
    def _neighbours_sql(self, word: int) -> bool:
        """True if an enrolled code lies within ``min_distance - 1`` bits of ``word`` (index probes)."""
        radius = self.min_distance - 1
        parts, args = [], []
        for i, ((_, w), chunk) in enumerate(zip(self.layout, self._chunks(word), strict=True)):
            keys = [chunk ^ int(mm) for r in range(self._radius_r + 1) for mm in _masks(w, r)]
            parts.append(f"SELECT word FROM fp_users WHERE c{i} IN ({', '.join('?' * len(keys))})")
            args += keys
        for (value,) in self.db.execute(" UNION ".join(parts), args):
            if bin(_unsigned(value) ^ word).count("1") <= radius:
                return True
        return False

    def _insert_sql(self) -> str:
        chunks = [f"c{i}" for i in range(len(self.layout))]
        return (f"INSERT INTO fp_users (name, code, k, created, model_sha256, word, {', '.join(chunks)}) "
                f"VALUES ({', '.join('?' * (6 + len(chunks)))})")

    def _row(self, name: str, word: int, created: str) -> tuple[list[Any], str]:
        code_hex = word_hex(word, self.k)
        return [name, code_hex, self.k, created, self.model_sha256, _signed(word), *self._chunks(word)], code_hex

    def _insert(self, name: str, word: int, created: str, digest: str) -> str:
        row, code_hex = self._row(name, word, created)
        self.db.execute(self._insert_sql(), row)
        return chain(digest, name, self.k, code_hex)

    def enroll(self, name: str) -> User:
        name = (name or "").strip()
        why = _valid_name(name)
        if why:
            raise AttestError(f"user name {name!r} is {why}")
        with self.db.atomic():
            if self.db.execute("SELECT 1 FROM fp_users WHERE name = ?", [name]).fetchone():
                raise AttestError(f"a user named {name!r} is already enrolled")
            s = self._settings()
            counter = int(s.get("counter", "0"))
            screened_out = 0
            for _ in range(self.codebook.max_tries):
                bits = self.codebook.candidate(counter)
                counter += 1
                word = bits_to_word(bits)
                if self._neighbours_sql(word):
                    continue
                if self.screen is not None and not self.screen(bits):
                    screened_out += 1
                    if screened_out >= self.codebook.max_screened:
                        raise AttestError(screen_failure(screened_out))
                    continue
                break
            else:
                raise AttestError(full_message(self.min_distance, self.codebook.max_tries, self.k))
            created = datetime.now(UTC).isoformat(timespec="seconds")
            self._put("digest", self._insert(name, word, created, s.get("digest", "")))
            self._put("counter", str(counter))
        return self.get(name)

    def enroll_many(self, names: Iterable[str], *, screen: bool = True, job: Job | None = None,
                    batch: int = BULK_BATCH, total: int | None = None) -> BulkEnrollment:
        """Enroll many users: codes checked against an in-memory index of the registry, in batches of
        ``batch`` names, each batch committed in one transaction (a cancel keeps the batches done).

        Refused, with a reason and without stopping the rest: invalid names, names already enrolled,
        names repeated in the input. ``screen`` (default) runs the model's screen on each candidate,
        batched when the registry has ``screen_many``."""
        import time
        job = ensure_job(job)
        t0 = time.perf_counter()
        screen_s = 0.0
        enrolled = drawn = too_close = screened_out = 0
        refused: list[tuple[str, str]] = []
        _, words = self.code_words()
        index = CodeIndex(words, self.k)
        seen: set[str] = set()
        cancelled = False
        done_names = 0

        def flush_names(chunk: list[str]) -> list[str]:
            ok = []
            existing: set[str] = set()
            for i in range(0, len(chunk), 900):
                part = chunk[i:i + 900]
                q = f"SELECT name FROM fp_users WHERE name IN ({', '.join('?' * len(part))})"
                existing.update(r[0] for r in self.db.execute(q, part))
            for n in chunk:
                if n in existing:
                    refused.append((n, "already enrolled"))
                else:
                    ok.append(n)
            return ok

        it = iter(names)
        while True:
            chunk: list[str] = []
            for raw in it:
                n = (raw or "").strip()
                why = _valid_name(n)
                if why:
                    refused.append((n, "invalid name"))
                elif n in seen:
                    refused.append((n, "repeated in the file"))
                else:
                    seen.add(n)
                    chunk.append(n)
                if len(chunk) >= batch:
                    break
            if not chunk:
                break
            try:
                job.progress(done_names, total or max(done_names + len(chunk), 1), f"enrolling ({enrolled:,} so far)")
            except Cancelled:
                cancelled = True
                break
            ok = flush_names(chunk)
            done_names += len(chunk)
            if not ok:
                continue
            s = self._settings()
            counter = int(s["counter"])
            issued: list[int] = []
            issued_words = np.zeros(0, np.uint64)
            tries = 0
            while len(issued) < len(ok):
                need = len(ok) - len(issued)
                cand = self.codebook.candidate_words(counter, int(need * 1.15) + 8)
                counter += cand.size
                drawn += cand.size
                radius = self.min_distance - 1
                far = ~index.any_within(cand, radius)
                if issued_words.size:   # the codes drawn for this batch in an earlier round (few)
                    far &= ~CodeIndex(issued_words, self.k).any_within(cand, radius)
                keep = _spread(cand, far, self.k, self.min_distance)
                too_close += cand.size - len(keep)
                good = cand[keep][:need]   # screened codes are not wasted: only as many as are needed
                if screen and (self.screen_many is not None or self.screen is not None) and good.size:
                    ts = time.perf_counter()
                    bits = np.array([word_to_bits(int(w), self.k) for w in good], np.uint8)
                    mask = (self.screen_many(bits) if self.screen_many is not None
                            else np.array([bool(self.screen(b)) for b in bits]))  # type: ignore[misc]
                    screen_s += time.perf_counter() - ts
                    screened_out += int((~mask).sum())
                    good = good[mask]
                    try:
                        job.progress(done_names - len(ok) + len(issued), total or done_names, "screening codes")
                    except Cancelled:
                        cancelled = True
                        break
                good = good[:need]
                issued += [int(w) for w in good]
                issued_words = np.concatenate([issued_words, good])
                tries += 1
                if tries > 1000:
                    raise AttestError(full_message(self.min_distance, drawn, self.k))
            if cancelled:
                break
            created = datetime.now(UTC).isoformat(timespec="seconds")
            with self.db.atomic():
                digest = self._settings().get("digest", "")
                rows = []
                for n, w in zip(ok, issued, strict=True):
                    row, code_hex = self._row(n, w, created)
                    rows.append(row)
                    digest = chain(digest, n, self.k, code_hex)
                self.db.conn.executemany(self._insert_sql(), rows)
                self._put("digest", digest)
                self._put("counter", str(counter))
            enrolled += len(rows)
            index = CodeIndex(np.concatenate([index.words, issued_words]), self.k)
        if enrolled:
            self.code_words()  # refresh the snapshot once
        try:
            job.progress(1, 1, f"enrolled {enrolled:,}")
        except Cancelled:
            cancelled = True
        return BulkEnrollment(enrolled, tuple(refused), drawn, too_close, screened_out,
                              time.perf_counter() - t0, screen_s, self.count(), cancelled)

    def log_generation(self, user: str, family: str, seed: int, n: int, out_dir: str) -> None:
        self.db["fp_generations"].insert({"user": user, "family": family, "seed": seed, "n": n, "out_dir": out_dir,
                                          "created": datetime.now(UTC).isoformat(timespec="seconds")})


def _spread(cand: np.ndarray, ok: np.ndarray, k: int, min_distance: int) -> list[int]:
    """Indices of the candidates (among those ``ok``) to keep so that every two kept are at least
    ``min_distance`` apart, earlier candidates first. Conflicts within a batch are rare, so only the
    candidates that have a close neighbour are resolved one by one."""
    idx = np.flatnonzero(ok)
    if idx.size < 2:
        return [int(i) for i in idx]
    sub = cand[idx]
    near = np.zeros(idx.size, bool)
    for a in range(0, idx.size, 1024):   # all pairs, in blocks: a batch is a few thousand codes
        d = np.bitwise_count(sub[a:a + 1024, None] ^ sub[None, :]) < min_distance
        d[np.arange(d.shape[0]), np.arange(a, a + d.shape[0])] = False
        near[a:a + 1024] = d.any(1)
    clash = np.flatnonzero(near)
    keep = np.ones(idx.size, bool)
    kept_clash: list[int] = []
    for j in clash:
        if kept_clash and int(np.bitwise_count(sub[kept_clash] ^ sub[j]).min()) < min_distance:
            keep[j] = False
        else:
            kept_clash.append(int(j))
    return [int(i) for i in idx[keep]]


def read_names(path: str | Path) -> tuple[list[str], int]:
    """Names from a CSV file for bulk enrollment: the ``name`` column if the first row is a header
    that has one, else the first column. Returns (names, rows read); one-line errors."""
    p = Path(path)
    if not p.is_file():
        raise AttestError(f"{p}: no such file")
    if p.stat().st_size > MAX_BULK_FILE:
        raise AttestError(f"{p.name} is larger than {MAX_BULK_FILE // 2**20} MB; split it")
    try:
        text = p.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise AttestError(f"{p.name} is not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    if "\x00" in text:
        raise AttestError(f"{p.name} contains NUL bytes: not a CSV file")
    rows = list(csv.reader(io.StringIO(text)))
    rows = [r for r in rows if any(c.strip() for c in r)]
    if not rows:
        raise AttestError(f"{p.name} holds no names")
    header = [c.strip().lower() for c in rows[0]]
    col = 0
    if "name" in header:
        col = header.index("name")
        rows = rows[1:]
    return [r[col] if col < len(r) else "" for r in rows], len(rows)
