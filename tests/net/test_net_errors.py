"""The network edge's shared errors: a message for people, the server's words, retry or not.

(``test_net_errors``, not ``test_errors``: threadline has four errors modules.)
"""

from __future__ import annotations

from threadline.errors import ThreadlineError
from threadline.net.errors import SendError, SignInRequiredError
from threadline.net.smtp.errors import PermanentRefusal, TemporarySendError


def test_a_send_error_carries_its_message_and_the_servers_reply() -> None:
    error = SendError("smtp.example.org refused the message (554 No).", reply="554 No")
    assert str(error) == "smtp.example.org refused the message (554 No)."
    assert error.reply == "554 No"
    assert SendError("x").reply == ""
    assert isinstance(error, ThreadlineError)


def test_only_temporary_errors_are_retried_and_they_exit_75() -> None:
    assert (SendError.temporary, SendError.exit_code) == (False, 1)
    assert (TemporarySendError.temporary, TemporarySendError.exit_code) == (True, 75)
    assert not PermanentRefusal("x").temporary


def test_signing_in_again_is_a_send_error_that_waits_for_the_user() -> None:
    error = SignInRequiredError("Ann is not signed in to Google.")
    assert isinstance(error, SendError) and not error.temporary
    assert error.exit_code == 1 and error.reply == ""
