"""Sizes in words: exact for small files, one decimal above, never '1 bytes'."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale

from threadline.ui.sizes import data_size


@pytest.mark.parametrize(
    ("size", "shown"),
    [(0, "0 bytes"), (1, "1 byte"), (812, "812 bytes"), (10_249, "10.0 kB"),
     (31_457_280, "30.0 MB")],
)  # fmt: skip
def test_sizes_read_as_people_write_them(size: int, shown: str) -> None:
    before = QLocale()
    QLocale.setDefault(QLocale.c())
    try:
        assert data_size(size) == shown
    finally:
        QLocale.setDefault(before)
