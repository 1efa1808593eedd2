"""Base subjects and "Re: " exactly once."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from threadline.core.outlook import thread_topic
from threadline.core.subject import (
    REPLY_PREFIXES,
    _prefix_pattern,
    base_subject,
    forward_subject,
    is_reply_subject_changed,
    normalise,
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
        ("Re: =?iso-8859-1?q?caf=C3=A9?=", "café"),  # UTF-8 labelled Latin-1
        ("=?x-unknown?q?caf=C3=A9?= =?utf-8?q?_plans?=", "café plans"),
        ("=?us-ascii?q?caf=E9?=", "café"),
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
        ("[dev] Re: Hello", "Re: [dev] Re: Hello"),  # only leading prefixes go
        ("Fwd: Hello", "Re: Fwd: Hello"),
        ("AW: Fwd: y", "Re: Fwd: y"),
        ("[RFC][PATCH] foo", "Re: [RFC][PATCH] foo"),  # byte for byte: no space inserted
        ("Re: x\t  y", "Re: x\t  y"),  # runs of spaces and tabs stay
        ("Re:Hello", "Re: Hello"),
        ("=?utf-8?q?caf=C3=A9?=", "Re: =?utf-8?q?caf=C3=A9?="),  # text, already decoded
        ("", "Re:"),
    ],
)
def test_reply_subject_has_exactly_one_re(subject: str, reply: str) -> None:
    assert reply_subject(subject) == reply


@pytest.mark.parametrize(
    ("subject", "topic"),
    [
        ("[list] Re: x", "[list] Re: x"),
        ("AW: Fwd: y", "Fwd: y"),
        ("Re: RE: [RFC][PATCH] foo", "[RFC][PATCH] foo"),
        ("x\t  y", "x\t  y"),
        ("Re:", ""),
    ],
)
def test_thread_topic_is_the_subject_without_its_reply_prefixes_only(
    subject: str, topic: str
) -> None:
    assert thread_topic(subject) == topic


def test_forward_subject_keeps_the_rest_byte_for_byte() -> None:
    assert forward_subject("Re: [RFC][PATCH]  foo") == "Fwd: [RFC][PATCH]  foo"
    assert forward_subject("[list] Re: x") == "Fwd: [list] Re: x"


def test_forward_subject() -> None:
    assert forward_subject("Re: Fwd: Hello") == "Fwd: Hello"
    assert forward_subject("Hello") == "Fwd: Hello"


def test_editing_a_reply_subject_is_detected() -> None:
    assert not is_reply_subject_changed("Hello", "Re: hello")
    assert is_reply_subject_changed("Hello", "Re: Hello again")
    assert not is_reply_subject_changed("=?iso-8859-1?q?caf=C3=A9?=", "Re: Café")


def test_normalise_decodes_and_squeezes_whitespace() -> None:
    assert normalise("  =?utf-8?q?caf=C3=A9?=\r\n\t plans  ") == "café plans"
    assert normalise(None) == normalise("") == ""


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


_REPLY_PREFIX = st.sampled_from(
    ["Re: ", "RE:", "re : ", "AW: ", "Aw:", "SV: ", "Antw: ", "Odp: ", "Re[2]: ", "Re(3):",
     "回复：", "R: ", "RIF: ", "Réf: ", "Vá: "]
)  # fmt: skip


@given(st.lists(_REPLY_PREFIX, max_size=5), st.text())
def test_a_reply_never_changes_the_text_after_the_prefixes(prefixes: list[str], text: str) -> None:
    subject = "".join(prefixes) + text
    reply = reply_subject(subject)
    assert reply.startswith("Re:")
    rest = reply[4:] if reply != "Re:" else ""
    assert subject.endswith(rest)  # byte for byte: only prefixes (and their spaces) removed
    assert reply_subject(reply) == reply  # replying again adds nothing
    if text[:1] not in ("", " ", "\t") and reply_subject(text) == f"Re: {text}":
        assert reply == f"Re: {text}"  # exactly the text after the prefixes


def test_every_reply_prefix_is_understood() -> None:
    for prefix in REPLY_PREFIXES:
        assert reply_subject(f"{prefix}: Hello") == "Re: Hello"
        assert reply_subject(f"{prefix.upper()}: Hello") == "Re: Hello"


def test_the_prefix_pattern_of_a_word_list() -> None:
    pattern = _prefix_pattern(("re", "r.f"))
    found = pattern.match("RE [2] :  x")
    assert found is not None and found.group() == "RE [2] :  "
    assert pattern.match("R.F(3)：x") is not None and pattern.match("rif: x") is None
    assert pattern.match("Re^2\n:\tx") is not None  # any whitespace by default
    assert pattern.match("xre: x") is None and pattern.match("re x") is None
    exact = _prefix_pattern(("re",), r"[ \t]")
    assert exact.match("Re\n: x") is None
    found = exact.match("re \t: \tx")
    assert found is not None and found.group() == "re \t: \t"


@pytest.mark.parametrize(
    ("subject", "forward"),
    [
        ("  Re: Fwd:\tPlan ", "Fwd: Plan "),
        ("", "Fwd:"),
        (None, "Fwd:"),
        ("Re:", "Fwd:"),
        (" \t", "Fwd:"),
        ("Plan", "Fwd: Plan"),
        ("\u00a0Plan", "Fwd: \u00a0Plan"),  # only spaces and tabs are dropped
        ("Xmas", "Fwd: Xmas"),
    ],
)
def test_forward_subject_exactly(subject: str | None, forward: str) -> None:
    assert forward_subject(subject) == forward


@pytest.mark.parametrize(
    ("subject", "reply"),
    [("  Re: Plan  ", "Re: Plan  "), ("Xmas", "Re: Xmas"), ("\u00a0Plan", "Re: \u00a0Plan")],
)
def test_reply_subject_drops_only_leading_spaces_and_tabs(subject: str, reply: str) -> None:
    assert reply_subject(subject) == reply
