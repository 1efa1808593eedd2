"""Base subjects and "Re: " exactly once."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from threadline.core.subject import (
    base_subject,
    forward_subject,
    is_reply_subject_changed,
    reply_subject,
)


@pytest.mark.parametrize(
    ("subject", "base"),
    [
        ("Hello", "Hello"),
        ("Re: Hello", "Hello"),
        ("RE: re: Re:Hello", "Hello"),
        ("Re[2]: Hello", "Hello"),
        ("Re(3): Hello", "Hello"),
        ("Re : Hello", "Hello"),
        ("Fwd: Re: Hello", "Hello"),
        ("FW: Hello", "Hello"),
        ("AW: WG: Hello", "Hello"),
        ("SV: VS: Antw: Hello", "Hello"),
        ("R: RIF: TR: Hello", "Hello"),
        ("Réf: Odp: Vá: Hello", "Hello"),
        ("回复：你好", "你好"),
        ("转发: 答复: 你好", "你好"),
        ("[dev-list] Re: Hello", "Hello"),
        ("Re: [dev-list] Re: Hello", "Hello"),
        ("Hello (fwd)", "Hello"),
        ("[Fwd: Re: Hello]", "Hello"),
        ("  Re:   Hello\t world  ", "Hello world"),
        ("=?utf-8?q?Re=3A_Gr=C3=BC=C3=9Fe?=", "Grüße"),
        ("[tag]", "[tag]"),
        ("Re:", ""),
        ("", ""),
        ("Regarding the plan", "Regarding the plan"),
        ("Reply needed: plan", "Reply needed: plan"),
    ],
)
def test_base_subject(subject: str, base: str) -> None:
    assert base_subject(subject) == base


@pytest.mark.parametrize(
    ("subject", "reply"),
    [
        ("Hello", "Re: Hello"),
        ("Re: Hello", "Re: Hello"),
        ("RE: Re: AW: Hello", "Re: Hello"),
        ("Re[4]: Hello", "Re: Hello"),
        ("回复：你好", "Re: 你好"),
        ("[dev] Re: Hello", "Re: [dev] Hello"),
        ("Fwd: Hello", "Re: Fwd: Hello"),
        ("", "Re:"),
    ],
)
def test_reply_subject_has_exactly_one_re(subject: str, reply: str) -> None:
    assert reply_subject(subject) == reply


def test_forward_subject() -> None:
    assert forward_subject("Re: Fwd: Hello") == "Fwd: Hello"
    assert forward_subject("Hello") == "Fwd: Hello"


def test_editing_a_reply_subject_is_detected() -> None:
    assert not is_reply_subject_changed("Hello", "Re: hello")
    assert is_reply_subject_changed("Hello", "Re: Hello again")


_PREFIXES = st.sampled_from(["Re: ", "RE:", "AW: ", "Fwd: ", "[list] ", "Re[2]: ", "回复：", ""])


@given(st.text())
def test_base_subject_is_idempotent(subject: str) -> None:
    once = base_subject(subject)
    assert base_subject(once) == once


@given(st.lists(_PREFIXES, max_size=6), st.text(min_size=1).filter(lambda s: s.strip()))
def test_replying_any_number_of_times_never_stacks_prefixes(prefixes: list[str], text: str) -> None:
    subject = "".join(prefixes) + text
    reply = reply_subject(subject)
    assert not reply_subject(reply).startswith("Re: Re:")
    assert reply_subject(reply) == reply
    assert base_subject(reply) == base_subject(subject)
