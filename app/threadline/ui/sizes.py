"""Sizes for people, in the user's locale: ``1 byte``, ``812 bytes``, ``10.0 kB``."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale


def data_size(size: int, locale: QLocale | None = None) -> str:
    """QLocale's own wording (one decimal; 1 MB is 1,048,576 bytes in its traditional
    format, as the 25 MB limits of mail servers count), but ``1 byte``: Qt writes
    ``1 bytes``."""
    if size == 1:
        return QCoreApplication.translate("Sizes", "1 byte")
    chosen = locale or QLocale()
    return chosen.formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)
