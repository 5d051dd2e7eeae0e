"""The user registry: enrolled users and their fingerprint codes, in the app's SQLite database.

Tables (created on first use, ``if_not_exists``):

- ``fp_users``: one row per user (name, code as hex, k, the weights' SHA-256 the code belongs to).
- ``fp_registry``: key/value settings of the codebook (k, minimum distance, seed, draw counter).
- ``fp_generations``: a log of generated sample batches (user, family, seed, count, folder).

A failed enrollment leaves the tables untouched: every change runs in one ``db.atomic()`` block.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import numpy as np

from core.errors import AttestError

from .codes import Codebook, default_min_distance, pack

_NAME_RE = re.compile(r"^[\w][\w .@+-]{0,63}$", re.UNICODE)


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


class Registry:
    """Users and codes for one fingerprinting model (``k`` bits, weights ``model_sha256``)."""

    def __init__(self, db: Any, k: int, model_sha256: str, min_distance: int | None = None, seed: int = 0,
                 screen: Callable[[np.ndarray], bool] | None = None) -> None:
        self.db = db
        self.screen = screen  # a code is issued only if this accepts it (the model carries it reliably)
        self.k = k
        self.model_sha256 = model_sha256
        self._ensure_tables()
        settings = self._settings()
        if "k" in settings and int(settings["k"]) != k and self.count() > 0:
            raise AttestError(
                f"the registry holds {settings['k']}-bit codes but the fingerprint model uses {k} bits; "
                "use another --db for this model"
            )
        if "k" not in settings or self.count() == 0:
            md = min_distance if min_distance is not None else default_min_distance(k)
            with db.atomic():
                self._put("k", str(k))
                self._put("min_distance", str(md))
                self._put("seed", settings.get("seed", str(seed)))
                self._put("counter", settings.get("counter", "0"))
        s = self._settings()
        self.min_distance = int(s["min_distance"])
        self.codebook = Codebook(k, self.min_distance, int(s["seed"]))

    # -- tables ---------------------------------------------------------------------------------
    def _ensure_tables(self) -> None:
        db = self.db
        db["fp_users"].create({"id": int, "name": str, "code": str, "k": int, "created": str, "model_sha256": str},
                              pk="id", not_null={"name", "code"}, if_not_exists=True)
        db["fp_users"].create_index(["name"], unique=True, if_not_exists=True)
        db["fp_registry"].create({"key": str, "value": str}, pk="key", if_not_exists=True)
        db["fp_generations"].create({"id": int, "user": str, "family": str, "seed": int, "n": int, "out_dir": str,
                                     "created": str}, pk="id", if_not_exists=True)

    def _settings(self) -> dict[str, str]:
        return {r["key"]: r["value"] for r in self.db["fp_registry"].rows}

    def _put(self, key: str, value: str) -> None:
        self.db["fp_registry"].upsert({"key": key, "value": value}, pk="key")

    # -- users ----------------------------------------------------------------------------------
    def count(self) -> int:
        return self.db["fp_users"].count

    def users(self) -> list[User]:
        return [self._user(r) for r in self.db["fp_users"].rows_where(order_by="id")]

    def _user(self, r: dict[str, Any]) -> User:
        bits = hex_to_bits(r["code"], int(r["k"]))
        return User(int(r["id"]), r["name"], tuple(int(b) for b in bits), int(r["k"]), r["created"] or "",
                    r["model_sha256"] or "")

    def get(self, name: str) -> User:
        rows = list(self.db["fp_users"].rows_where("name = ?", [name]))
        if not rows:
            known = ", ".join(u.name for u in self.users()[:10]) or "none enrolled"
            raise AttestError(f"no enrolled user named {name!r} (known: {known})")
        return self._user(rows[0])

    def packed_codes(self) -> tuple[list[str], np.ndarray]:
        users = self.users()
        if not users:
            return [], np.zeros((0, (self.k + 63) // 64), np.uint64)
        return [u.name for u in users], pack(np.array([u.code for u in users], np.uint8))

    def codes_sha256(self) -> str:
        """SHA-256 of the enrolled names and codes, in enrollment order: which registry a trace matched against."""
        from core.fileio import sha256_bytes
        text = "".join(f"{u.name}\t{u.k}\t{u.code_hex}\n" for u in self.users())
        return sha256_bytes(text.encode("utf-8"))

    def enroll(self, name: str) -> User:
        name = (name or "").strip()
        if not _NAME_RE.match(name):
            raise AttestError(f"user name {name!r} is not allowed: 1-64 letters, digits, spaces, . _ @ + -")
        with self.db.atomic():
            if list(self.db["fp_users"].rows_where("name = ?", [name])):
                raise AttestError(f"a user named {name!r} is already enrolled")
            _, existing = self.packed_codes()
            counter = int(self._settings().get("counter", "0"))
            try:
                bits, counter = self.codebook.next_code(existing, counter, accept=self.screen)
            except ValueError as exc:
                raise AttestError(str(exc)) from None
            created = datetime.now(UTC).isoformat(timespec="seconds")
            self.db["fp_users"].insert({"name": name, "code": bits_to_hex(bits), "k": self.k, "created": created,
                                        "model_sha256": self.model_sha256})
            self._put("counter", str(counter))
        return self.get(name)

    def log_generation(self, user: str, family: str, seed: int, n: int, out_dir: str) -> None:
        self.db["fp_generations"].insert({"user": user, "family": family, "seed": seed, "n": n, "out_dir": out_dir,
                                          "created": datetime.now(UTC).isoformat(timespec="seconds")})
