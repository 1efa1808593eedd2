"""The Qt binding Threadline runs on keeps Python's True and False alive.

PySide6 6.12.0 drops a reference to True or False for every bool passed to a Qt method:
after about a thousand calls such as ``setVisible(True)`` the interpreter aborts
("Fatal Python error: bool_dealloc"), at exit or sooner. pyproject.toml keeps that
version out; this test fails if a version with the fault comes back.
"""

from __future__ import annotations

import os
import subprocess
import sys

CHURN = """
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel("x")
for n in range(5000):
    label.setVisible(n % 2 == 0)
    label.setEnabled(n % 3 == 0)
print("still alive")
"""


def test_passing_bools_to_qt_does_not_wear_out_true_and_false() -> None:
    done = subprocess.run(
        [sys.executable, "-c", CHURN], capture_output=True, text=True, timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, check=False,
    )  # fmt: skip
    assert "bool_dealloc" not in done.stderr
    assert done.returncode == 0 and done.stdout.strip() == "still alive", done.stderr
