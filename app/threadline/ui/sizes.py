"""Sizes for people, in the user's locale: ``1 byte``, ``812 bytes``, ``10.0 kB``, ``30.0 MB``."""

from __future__ import annotations

from PySide6.QtCore import QLocale


def data_size(size: int) -> str:
    """QLocale's own wording (decimal units, one decimal), but ``1 byte``: Qt says
    ``1 bytes`` in several locales."""
    if size == 1:
        return "1 byte"
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)
