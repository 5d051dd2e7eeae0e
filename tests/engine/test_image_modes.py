"""Every common image mode loads as the picture a person sees: 16-bit grey keeps its tones,
transparency lands on mid-grey, CMYK JPEGs come back in their colours, sideways photos stand upright,
and folders can be walked recursively without leaving the tree."""

from __future__ import annotations

import io
import os
import struct
import zlib
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from core.errors import AttestError
from engine.loading import _to_8bit, image_to_tensor, list_images, open_image

SWOP_PROFILE = Path("/usr/share/color/icc/ghostscript/default_cmyk.icc")  # Ghostscript's CMYK profile, if installed


def _png(path: Path, arr: np.ndarray, colour_type: int, extra: bytes = b"") -> Path:
    """A 16-bit PNG written by hand (Pillow cannot write 16-bit RGB); ``arr`` is H x W x samples."""
    h, w = arr.shape[:2]

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    raw = b"".join(b"\x00" + row.astype(">u2").tobytes() for row in arr)
    ihdr = struct.pack(">IIBBBBB", w, h, 16, colour_type, 0, 0, 0)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + extra + chunk(b"IDAT", zlib.compress(raw))
                     + chunk(b"IEND", b""))
    return path


def _rounded_257(v: np.ndarray) -> np.ndarray:
    return np.rint(v.astype(np.float64) / 257.0).astype(np.uint8)


# -- high bit depth ------------------------------------------------------------------------------


GREY16 = np.array([[0, 257, 1000, 32768], [40000, 65000, 65534, 65535]], dtype=np.uint16)


def test_16bit_grey_png_keeps_its_tones(tmp_path: Path) -> None:
    path = tmp_path / "grey16.png"
    Image.fromarray(GREY16).save(path)
    assert Image.open(path).mode == "I;16"  # what Pillow gives; plain convert("RGB") would clip it to white
    rgb = np.asarray(open_image(path))
    assert np.array_equal(rgb, np.repeat(_rounded_257(GREY16)[..., None], 3, axis=2))
    assert np.array_equal(np.asarray(open_image(path, mode="L")), _rounded_257(GREY16))


def test_16bit_grey_with_trns_is_composited(tmp_path: Path) -> None:
    path = tmp_path / "grey16t.png"
    Image.fromarray(GREY16).save(path, transparency=40000)
    out = np.asarray(open_image(path, mode="L"))
    expected = _rounded_257(GREY16)
    expected[1, 0] = 128
    assert np.array_equal(out, expected)


@pytest.mark.parametrize("mode", ["I;16", "I;16B", "I"])
def test_high_depth_grey_modes_scale_by_16_bit_range(mode: str) -> None:
    if mode == "I":
        img = Image.fromarray(GREY16.astype(np.int32))
    else:
        dtype = ">u2" if mode == "I;16B" else "<u2"
        img = Image.frombytes(mode, (4, 2), GREY16.astype(dtype).tobytes())
    assert img.mode == mode
    out = _to_8bit(img)
    assert out.mode == "L" and np.array_equal(np.asarray(out), _rounded_257(GREY16))
    assert np.allclose(image_to_tensor(img)[0].numpy(), _rounded_257(GREY16) / 255.0)


def test_32bit_grey_beyond_16_bits_is_scaled_by_its_own_maximum() -> None:
    arr = np.array([[-5, 0, 100_000, 200_000]], dtype=np.int32)
    assert np.asarray(_to_8bit(Image.fromarray(arr))).tolist() == [[0, 0, 128, 255]]


def test_float_grey_reads_unit_range_or_8_bit_range() -> None:
    unit = np.array([[0.0, 0.5, 1.0, np.nan]], dtype=np.float32)
    assert np.asarray(_to_8bit(Image.fromarray(unit, mode="F"))).tolist() == [[0, 128, 255, 0]]
    wide = np.array([[0.0, 2.0, 254.6, 300.0]], dtype=np.float32)
    assert np.asarray(_to_8bit(Image.fromarray(wide, mode="F"))).tolist() == [[0, 2, 255, 255]]


def test_16bit_rgb_png_is_within_one_level(tmp_path: Path) -> None:
    with pytest.raises(TypeError):  # Pillow has no 16-bit RGB mode: the file is written by hand
        Image.fromarray(np.zeros((2, 2, 3), dtype=np.uint16))
    arr = np.random.default_rng(1).integers(0, 65536, (6, 5, 3)).astype(np.uint16)
    out = np.asarray(open_image(_png(tmp_path / "rgb16.png", arr, colour_type=2))).astype(int)
    assert out.shape == (6, 5, 3)
    assert np.abs(out - _rounded_257(arr)).max() <= 1


def test_16bit_grey_alpha_png_is_composited(tmp_path: Path) -> None:
    arr = np.array([[[40000, 65535], [40000, 0], [65535, 32896]]], dtype=np.uint16)  # grey, alpha
    out = np.asarray(open_image(_png(tmp_path / "la16.png", arr, colour_type=4), mode="L")).astype(int)
    assert np.abs(out[0] - [156, 128, 192]).max() <= 1


# -- transparency ----------------------------------------------------------------------------------


def test_rgba_png_composites_onto_mid_grey(tmp_path: Path) -> None:
    rgba = np.array([[[200, 10, 30, 255], [0, 0, 0, 0], [255, 255, 255, 128], [10, 20, 30, 0]]], dtype=np.uint8)
    path = tmp_path / "a.png"
    Image.fromarray(rgba).save(path)
    out = np.asarray(open_image(path))
    assert out[0].tolist() == [[200, 10, 30], [128, 128, 128], [192, 192, 192], [128, 128, 128]]
    kept = np.asarray(open_image(path, mode="RGBA"))
    assert np.array_equal(kept, rgba)


def test_palette_with_transparency(tmp_path: Path) -> None:
    img = Image.new("P", (3, 1))
    img.putpalette([255, 0, 0, 0, 255, 0, 0, 0, 255])
    img.putpixel((1, 0), 1)
    img.putpixel((2, 0), 2)
    path = tmp_path / "p.png"
    img.save(path, transparency=bytes([255, 0, 128]))
    out = np.asarray(open_image(path))
    assert out[0].tolist() == [[255, 0, 0], [128, 128, 128], [64, 64, 192]]


def test_grey_alpha_png_and_grey_trns(tmp_path: Path) -> None:
    la = tmp_path / "la.png"
    Image.fromarray(np.array([[[200, 255], [200, 0], [0, 255]]], dtype=np.uint8), mode="LA").save(la)
    assert np.asarray(open_image(la, mode="L"))[0].tolist() == [200, 128, 0]
    trns = tmp_path / "l.png"
    Image.fromarray(np.array([[9, 50]], dtype=np.uint8)).save(trns, transparency=9)
    assert np.asarray(open_image(trns))[0].tolist() == [[128, 128, 128], [50, 50, 50]]


def test_lossless_webp_alpha_is_composited(tmp_path: Path) -> None:
    path = tmp_path / "a.webp"
    Image.new("RGBA", (4, 4), (10, 20, 30, 0)).save(path, lossless=True)
    assert np.asarray(open_image(path))[0, 0].tolist() == [128, 128, 128]


@pytest.mark.parametrize("mode", ["La", "PA", "RGBa"])
def test_other_alpha_modes_are_composited(mode: str) -> None:
    base = Image.new("RGBA", (2, 1), (0, 0, 0, 0))
    base.putpixel((1, 0), (255, 255, 255, 255))
    # Pillow's RGBA -> La conversion drops alpha, so La is built from its bytes (premultiplied grey, alpha)
    img = Image.frombytes("La", (2, 1), bytes([0, 0, 255, 255])) if mode == "La" else base.convert(mode)
    out = np.asarray(_to_8bit(img).convert("L"))
    assert out[0].tolist() == [128, 255]


def test_bilevel_and_plain_palette() -> None:
    assert np.asarray(_to_8bit(Image.new("1", (2, 1), 1)))[0].tolist() == [255, 255]
    img = Image.new("P", (1, 1))
    img.putpalette([0, 0, 0, 10, 200, 30])
    img.putpixel((0, 0), 1)
    assert image_to_tensor(img).mul(255).round().flatten().tolist() == [10, 200, 30]


# -- CMYK ------------------------------------------------------------------------------------------


def _rgb_original() -> Image.Image:
    y, x = np.mgrid[0:32, 0:32]
    return Image.fromarray(np.stack([60 + x * 4, 60 + y * 4, 180 - (x + y) * 2], -1).astype(np.uint8))


def _mean_error(path: Path, rgb: Image.Image) -> float:
    return float(np.abs(np.asarray(open_image(path), dtype=float) - np.asarray(rgb, dtype=float)).mean())


def _strip_adobe_marker(data: bytes) -> bytes:
    i = 2
    while data[i + 1] != 0xDA:  # up to the start of scan
        n = struct.unpack(">H", data[i + 2:i + 4])[0]
        if data[i + 1] == 0xEE:
            return data[:i] + data[i + 2 + n:]
        i += 2 + n
    raise AssertionError("no Adobe marker")


def test_cmyk_jpeg_loads_as_its_rgb(tmp_path: Path) -> None:
    rgb = _rgb_original()
    path = tmp_path / "cmyk.jpg"
    rgb.convert("CMYK").save(path, quality=95)
    with Image.open(path) as img:
        assert img.mode == "CMYK" and "adobe" in img.info  # Pillow writes Adobe's inverted polarity
    assert _mean_error(path, rgb) < 8


def test_cmyk_jpeg_without_adobe_marker_is_not_inverted(tmp_path: Path) -> None:
    from PIL import ImageChops

    rgb = _rgb_original()
    buf = io.BytesIO()
    ImageChops.invert(rgb.convert("CMYK")).save(buf, "JPEG", quality=95)  # stored values end up plain CMYK
    path = tmp_path / "plain.jpg"
    path.write_bytes(_strip_adobe_marker(buf.getvalue()))
    with Image.open(path) as img:
        assert img.mode == "CMYK" and "adobe" not in img.info
    assert _mean_error(path, rgb) < 8


def test_cmyk_jpeg_with_a_foreign_profile_falls_back(tmp_path: Path) -> None:
    from PIL import ImageCms

    rgb = _rgb_original()
    path = tmp_path / "cmyk.jpg"
    srgb = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    rgb.convert("CMYK").save(path, quality=95, icc_profile=srgb)  # an RGB profile on CMYK data: unusable
    assert _mean_error(path, rgb) < 8
    rgb.convert("CMYK").save(path, quality=95, icc_profile=b"not a profile at all")
    assert _mean_error(path, rgb) < 8


@pytest.mark.skipif(not SWOP_PROFILE.is_file(), reason="no CMYK ICC profile on this machine")
def test_cmyk_jpeg_with_embedded_profile_uses_it(tmp_path: Path) -> None:
    from PIL import ImageCms

    rgb = _rgb_original()
    profile = SWOP_PROFILE.read_bytes()
    to_cmyk = ImageCms.buildTransform(ImageCms.createProfile("sRGB"), ImageCms.ImageCmsProfile(io.BytesIO(profile)),
                                      "RGB", "CMYK", renderingIntent=ImageCms.Intent.RELATIVE_COLORIMETRIC)
    path = tmp_path / "swop.jpg"
    ImageCms.applyTransform(rgb, to_cmyk).save(path, quality=95, icc_profile=profile)
    with Image.open(path) as img:
        naive = float(np.abs(np.asarray(img.convert("RGB"), dtype=float) - np.asarray(rgb, dtype=float)).mean())
    assert naive > 16  # the plain formula is far off for a press profile...
    assert _mean_error(path, rgb) < 8  # ...the profile brings the colours back


# -- EXIF orientation ------------------------------------------------------------------------------


def _sideways(tmp_path: Path, exif: Image.Exif | bytes, name: str = "side.jpg") -> Path:
    stored = Image.new("RGB", (32, 16), (255, 0, 0))
    stored.paste((0, 0, 255), (16, 0, 32, 16))  # left half red, right half blue
    path = tmp_path / name
    stored.save(path, quality=95, exif=exif)
    return path


def test_exif_orientation_6_loads_upright(tmp_path: Path) -> None:
    exif = Image.Exif()
    exif[0x0112] = 6  # stored sideways: turn 90 degrees clockwise to view
    out = open_image(_sideways(tmp_path, exif))
    assert out.size == (16, 32)
    top, bottom = np.asarray(out)[4, 8].astype(int), np.asarray(out)[27, 8].astype(int)
    assert top[0] > 200 and top[2] < 50 and bottom[2] > 200 and bottom[0] < 50  # red on top, blue below


def test_corrupt_exif_leaves_the_image_usable(tmp_path: Path) -> None:
    out = open_image(_sideways(tmp_path, b"Exif\x00\x00MM\x00\x2a\x00\x00\x00\x08\xff\xff"))
    assert out.size == (32, 16)


# -- folders ----------------------------------------------------------------------------------------


def _tree(tmp_path: Path) -> Path:
    root = tmp_path / "root"
    for rel in ["b.png", "a/z.jpg", "a/b/c.webp", "a b/x.bmp", ".hidden/h.png", "a/.h.png", "a/notes.txt"]:
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_bytes(b"x")
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "o.png").write_bytes(b"x")
    os.symlink(outside, root / "a" / "out", target_is_directory=True)
    os.symlink(root, root / "a" / "b" / "loop", target_is_directory=True)
    return root


def test_list_images_recursive_is_sorted_and_stays_in_the_tree(tmp_path: Path) -> None:
    root = _tree(tmp_path)
    found = [p.relative_to(root).as_posix() for p in list_images(root, recursive=True)]
    assert found == ["a/b/c.webp", "a/z.jpg", "a b/x.bmp", "b.png"]
    assert [p.name for p in list_images(root)] == ["b.png"]  # the default still lists one folder


def test_list_images_recursive_without_images(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "readme.txt").write_text("no pictures")
    with pytest.raises(AttestError, match="no images .*subfolders"):
        list_images(tmp_path, recursive=True)
