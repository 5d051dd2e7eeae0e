"""The text of a PDF, for tests: poppler's ``pdftotext`` where installed, else a small reader of our own.

The reader follows the PDF format, not the library that wrote the file: it inflates the content
streams, maps each font's codes to text through the font's ``/ToUnicode`` CMap (two-byte codes, as
Identity-H TrueType fonts use) or takes literal strings as Latin-1 (core fonts), and joins the text
shown by ``Tj`` / ``TJ``, one line per show operation. Enough for the PDFs Attest writes.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import zlib
from pathlib import Path

_OBJ = re.compile(rb"(\d+) 0 obj(.*?)endobj", re.S)
_STREAM = re.compile(rb"stream\r?\n(.*?)\r?\nendstream", re.S)
_SHOW = re.compile(
    rb"/(F\d+)\s+[\d.]+\s+Tf"  # a font is chosen
    rb"|\[((?:[^\]\\]|\\.)*)\]\s*TJ"  # [(..) -12 <..>] TJ
    rb"|<([0-9A-Fa-f]*)>\s*Tj"  # <hex> Tj
    rb"|\(((?:[^)\\]|\\.)*)\)\s*Tj",  # (literal) Tj
    re.S,
)


def pdf_text(path: Path) -> str:
    """All text of the PDF at ``path``."""
    if shutil.which("pdftotext"):
        return subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True,
                              text=True).stdout
    return own_pdf_text(path.read_bytes())


def _stream(body: bytes) -> bytes:
    m = _STREAM.search(body)
    if m is None:
        return b""
    data = m.group(1)
    length = re.search(rb"/Length\s+(\d+)\b", body[: m.start()])
    if length is not None:  # the stream's own length: its last byte may be a CR that the pattern took
        data = body[m.start(1) : m.start(1) + int(length.group(1))]
    return zlib.decompress(data) if b"/FlateDecode" in body[: m.start()] else data


def _cmap(data: bytes) -> dict[int, str]:
    table: dict[int, str] = {}
    for block in re.findall(rb"beginbfchar(.*?)endbfchar", data, re.S):
        for src, dst in re.findall(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            table[int(src, 16)] = bytes.fromhex(dst.decode()).decode("utf-16-be")
    for block in re.findall(rb"beginbfrange(.*?)endbfrange", data, re.S):
        for lo, hi, dst in re.findall(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            start = int(dst, 16)
            for i, code in enumerate(range(int(lo, 16), int(hi, 16) + 1)):
                table[code] = chr(start + i)
    return table


_ESCAPES = {b"n": b"\n", b"r": b"\r", b"t": b"\t", b"b": b"\b", b"f": b"\f"}


def _unescape(raw: bytes) -> bytes:
    """The bytes of a PDF literal string (backslash escapes, octal codes, escaped line ends)."""
    def one(m: re.Match[bytes]) -> bytes:
        esc = m.group(1)
        if esc[:1].isdigit():
            return bytes([int(esc, 8) & 0xFF])
        if esc in (b"\n", b"\r", b"\r\n"):
            return b""
        return _ESCAPES.get(esc, esc)

    return re.sub(rb"\\([0-7]{1,3}|\r\n|.)", one, raw, flags=re.S)


def _decode(data: bytes, cmap: dict[int, str] | None) -> str:
    if cmap is None:  # a core font: single bytes, Latin-1
        return data.decode("latin-1")
    return "".join(cmap.get(int.from_bytes(data[i:i + 2], "big"), "\ufffd") for i in range(0, len(data) - 1, 2))


def own_pdf_text(raw: bytes) -> str:
    objects = {int(n): body for n, body in _OBJ.findall(raw)}
    fonts: dict[bytes, dict[int, str] | None] = {}  # resource name -> CMap (None: a core font)
    for body in objects.values():
        for block in re.findall(rb"/Font\s*<<(.*?)>>", body, re.S):
            for name, ref in re.findall(rb"/(F\d+)\s+(\d+)\s+0\s+R", block):
                font = objects.get(int(ref), b"")
                to_unicode = re.search(rb"/ToUnicode\s+(\d+)\s+0\s+R", font)
                fonts[name] = _cmap(_stream(objects[int(to_unicode.group(1))])) if to_unicode else None
    pages = [int(n) for n, body in objects.items() if re.search(rb"/Type\s*/Page\b", body)]
    lines: list[str] = []
    for page in sorted(pages):
        contents = re.search(rb"/Contents\s+(\d+)\s+0\s+R", objects[page])
        if contents is None:
            continue
        cmap: dict[int, str] | None = None
        for m in _SHOW.finditer(_stream(objects[int(contents.group(1))])):
            if m.group(1):
                cmap = fonts.get(m.group(1))
            elif m.group(2) is not None:  # [(..) -12 <..>] TJ
                parts = re.findall(rb"\(((?:[^)\\]|\\.)*)\)|<([0-9A-Fa-f]*)>", m.group(2), re.S)
                lines.append("".join(_decode(_unescape(lit) if lit or not hx else bytes.fromhex(hx.decode()), cmap)
                                     for lit, hx in parts))
            elif m.group(3) is not None:
                lines.append(_decode(bytes.fromhex(m.group(3).decode()), cmap))
            else:
                lines.append(_decode(_unescape(m.group(4)), cmap))
    return "\n".join(lines)


def words(text: str) -> str:
    """Whitespace collapsed: a line break in the PDF is not a difference in the text."""
    return " ".join(text.split())
