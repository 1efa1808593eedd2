"""Errors meant for people: the text is the message, the class says the exit status."""

from __future__ import annotations

import importlib
import pkgutil

import pytest

import threadline
from threadline.errors import InvalidInputError, NotFoundError, ThreadlineError

#: What scripts can rely on (sysexits-like): 1 failed, 2 bad input or unknown name,
#: 75 temporary failure (EX_TEMPFAIL: try again later).
EXIT_CODES = {1, 2, 75}


def every_error_class() -> set[type[ThreadlineError]]:
    for module in pkgutil.walk_packages(threadline.__path__, "threadline."):
        if module.name != "threadline.__main__":
            importlib.import_module(module.name)
    found: set[type[ThreadlineError]] = set()
    pending: list[type[ThreadlineError]] = [ThreadlineError]
    while pending:
        kind = pending.pop()
        found.add(kind)
        pending.extend(kind.__subclasses__())
    return found


def test_the_text_is_the_message_and_the_class_the_exit_status() -> None:
    error = InvalidInputError("'foo' is not an e-mail address (it needs a name@domain).")
    assert str(error) == "'foo' is not an e-mail address (it needs a name@domain)."
    assert (ThreadlineError("x").exit_code, error.exit_code) == (1, 2)
    assert NotFoundError("There is no conversation 42.").exit_code == 2
    assert issubclass(InvalidInputError, ThreadlineError)
    assert issubclass(NotFoundError, ThreadlineError)


def test_every_error_of_the_package_exits_with_a_status_scripts_know() -> None:
    classes = every_error_class()
    names = {kind.__name__ for kind in classes}
    assert {"SendError", "TemporarySendError", "SignInError", "HeaderInjectionError"} <= names
    odd = {
        kind.__qualname__: kind.exit_code for kind in classes if kind.exit_code not in EXIT_CODES
    }
    assert odd == {}


@pytest.mark.parametrize(
    ("kind", "code"), [(ThreadlineError, 1), (InvalidInputError, 2), (NotFoundError, 2)]
)
def test_raising_keeps_the_status(kind: type[ThreadlineError], code: int) -> None:
    with pytest.raises(ThreadlineError) as raised:
        raise kind("message")
    assert raised.value.exit_code == code and str(raised.value) == "message"
