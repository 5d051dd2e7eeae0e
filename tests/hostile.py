"""Builders for hostile files, shared by the tests (small on disk, dangerous when mishandled)."""

from __future__ import annotations

import pickle
import struct
import zlib
from pathlib import Path


class _WritesMarker:
    """Unpickling this object creates ``path``: proof that a loader ran pickle code."""

    def __init__(self, path: Path) -> None:
        self.path = str(path)

    def __reduce__(self):
        return (open, (self.path, "w"))


def pickle_bomb(path: Path, marker: Path) -> Path:
    path.write_bytes(pickle.dumps({"weight": _WritesMarker(marker)}, protocol=4))
    return path


def torch_style_pickle(path: Path, marker: Path) -> Path:
    """A zip archive holding a pickle, as torch.save writes it."""
    import zipfile

    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("archive/data.pkl", pickle.dumps(_WritesMarker(marker), protocol=2))
    return path


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def huge_png(path: Path, width: int = 20000, height: int = 20000) -> Path:
    """A valid PNG header claiming ``width`` x ``height`` with a tiny body (a decompression bomb shape)."""
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    idat = zlib.compress(b"\x00" * 64)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", ihdr) + _chunk(b"IDAT", idat) + _chunk(b"IEND", b""))
    return path


def gif_with_huge_extent(path: Path) -> Path:
    """A GIF whose logical screen is 65535 x 65535 (named .png: the extension lies)."""
    header = b"GIF89a" + struct.pack("<HH", 65535, 65535) + b"\x00\x00\x00"
    image = b"\x2c" + struct.pack("<HHHH", 0, 0, 1, 1) + b"\x00" + b"\x02\x02\x44\x01\x00" + b"\x3b"
    path.write_bytes(header + image)
    return path
