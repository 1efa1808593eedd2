"""Compressed files are read through their content, told apart by their first bytes."""

from __future__ import annotations

import bz2
import gzip
import lzma
from collections.abc import Callable
from pathlib import Path

import pytest
import zstandard

from threadline.store.compressed import DamagedFileError, compression_of, open_content

CONTENT = b"".join(b"line %d of the mbox\n" % n for n in range(20_000))

COMPRESSORS: dict[str, Callable[[bytes], bytes]] = {
    "gzip": gzip.compress,
    "xz": lzma.compress,
    "bzip2": bz2.compress,
    "zstd": lambda data: zstandard.ZstdCompressor().compress(data),
}


@pytest.mark.parametrize("kind", sorted(COMPRESSORS))
def test_each_kind_is_recognised_and_read_line_by_line(tmp_path: Path, kind: str) -> None:
    path = tmp_path / "mail.mbox"  # the name says nothing: the bytes do
    path.write_bytes(COMPRESSORS[kind](CONTENT))
    assert compression_of(path.read_bytes()[:10]) == kind
    with open_content(path) as stream:
        assert next(iter(stream)) == b"line 0 of the mbox\n"
        assert b"".join(stream) == CONTENT[len(b"line 0 of the mbox\n") :]


def test_zstd_frames_written_one_after_another_are_all_read(tmp_path: Path) -> None:
    path = tmp_path / "two.zst"
    path.write_bytes(COMPRESSORS["zstd"](b"first\n") + COMPRESSORS["zstd"](b"second\n"))
    with open_content(path) as stream:
        assert stream.read() == b"first\nsecond\n"


def test_a_plain_file_is_read_as_it_is(tmp_path: Path) -> None:
    for data in (b"From a Mon Jan  1 00:00:00 2001\n", b"BZh is how this text starts\n", b""):
        path = tmp_path / "plain"
        path.write_bytes(data)
        assert compression_of(data) is None
        with open_content(path) as stream:
            assert stream.read() == data


@pytest.mark.parametrize("kind", sorted(COMPRESSORS))
def test_data_cut_short_gives_what_came_before_then_a_clear_error(
    tmp_path: Path, kind: str
) -> None:
    data = COMPRESSORS[kind](CONTENT)
    path = tmp_path / "cut"
    path.write_bytes(data[: len(data) * 2 // 3])
    got = bytearray()
    stream = open_content(path)
    with pytest.raises(DamagedFileError, match=f"its {kind} data is damaged or cut short"):
        for line in stream:
            got += line
    stream.close()
    assert CONTENT.startswith(bytes(got))
    assert got or kind == "bzip2"  # bzip2 gives nothing before its 900 KB block is whole


def test_closing_the_stream_closes_the_file(tmp_path: Path) -> None:
    path = tmp_path / "x.gz"
    path.write_bytes(gzip.compress(b"x\n"))
    stream = open_content(path)
    stream.close()
    assert stream.closed
