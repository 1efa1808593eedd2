"""mbox files read and written byte-exactly (mboxrd: one level of ``>From`` quoting);
separators checked as mutt does, Content-Length honoured, files of other programs read."""

from __future__ import annotations

import io
import mailbox
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from helpers.mail import make_raw
from threadline.store.mbox import mbox_entry, read_entries, read_mbox, write_mbox

FILES = Path(__file__).resolve().parents[1] / "corpus" / "mbox"


def messages_of(data: bytes) -> list[bytes]:
    return [raw for _, raw in read_mbox(io.BytesIO(data))]


def test_mbox_round_trip_is_byte_exact_even_with_from_lines() -> None:
    tricky = b"Message-ID: <t@x>\nSubject: s\n\nFrom the start\n>From quoted\n\nFrom here\n"
    plain = make_raw("p@x")
    data = mbox_entry(tricky) + mbox_entry(plain)
    assert messages_of(data) == [tricky, plain]


def test_an_entry_has_a_from_line_quoted_body_and_a_separating_empty_line() -> None:
    raw = b"Subject: s\n\nFrom me\n>From you\nFromage\n"
    entry = mbox_entry(raw, sender="ann@example.org", when=0)
    assert entry == (
        b"From ann@example.org Thu Jan 01 00:00:00 1970\n"
        b"Subject: s\n\n>From me\n>>From you\nFromage\n\n"
    )


def test_offsets_point_after_each_message() -> None:
    first, second = mbox_entry(make_raw("a@x"), when=0), mbox_entry(make_raw("b@x"), when=0)
    offsets = [offset for offset, _ in read_mbox(io.BytesIO(first + second))]
    assert offsets == [len(first), len(first) + len(second)]


def test_a_from_line_separates_only_after_an_empty_line_or_at_the_start() -> None:
    data = (
        b"From a Thu Jan 01 00:00:00 1970\nSubject: 1\n\nbody\nFrom inside, unquoted\n\n"
        b"From b Thu Jan 01 00:00:00 1970\r\nSubject: 2\r\n\r\nbody\r\n\r\n"
    )
    expected = [b"Subject: 1\n\nbody\nFrom inside, unquoted\n", b"Subject: 2\r\n\r\nbody\r\n"]
    assert messages_of(data) == expected
    assert messages_of(b"a preamble\n\n" + data) == expected  # text before the first: ignored
    assert messages_of(b"") == []
    assert messages_of(b"no separator at all\nFrom x\n") == []


def test_a_message_without_a_final_line_end_gets_one() -> None:
    assert messages_of(mbox_entry(b"Subject: s\n\nno newline")) == [b"Subject: s\n\nno newline\n"]


def test_write_mbox_counts_what_it_wrote() -> None:
    stream = io.BytesIO()
    assert write_mbox(stream, (make_raw(f"{n}@x") for n in range(3))) == 3
    assert messages_of(stream.getvalue()) == [make_raw(f"{n}@x") for n in range(3)]


_LINES = st.sampled_from([
    b"From x\n", b"From \n", b">From y\n", b">>From z\n", b"From\n", b"Fromage\n", b"\n",
    b"\r\n", b"text\n", b"text\r\n", b"a\rFrom b\n", b"\r", b"From c\r\n", b" From d\n",
])  # fmt: skip
_MESSAGE = st.lists(_LINES, max_size=12).map(lambda lines: b"Subject: s\n\n" + b"".join(lines))


@given(st.lists(_MESSAGE.filter(lambda m: m.endswith(b"\n")), max_size=4))
def test_every_message_that_ends_a_line_comes_back_byte_for_byte(messages: list[bytes]) -> None:
    data = b"".join(mbox_entry(raw) for raw in messages)
    assert messages_of(data) == messages


def subjects(messages: list[bytes]) -> list[str]:
    found = (re.search(rb"^Subject: (.*?)\r?$", m, re.MULTILINE) for m in messages)
    return [match.group(1).decode() if match else "" for match in found]


def test_a_separator_without_an_empty_line_before_it_still_separates() -> None:
    first, second = make_raw("a@x", body="no empty line follows"), make_raw("b@x")
    data = mbox_entry(first)[:-1] + mbox_entry(second)  # appended by a script: no "\n"
    assert messages_of(data) == [first, second]
    strict = b"From ann@example.org Mon Jan  1 00:00:00 2001\n"
    data = b"From a Mon Jan  1 00:00:00 2001\nSubject: 1\n\nbody\n" + strict + b"Subject: 2\n\nb\n"
    assert messages_of(data) == [b"Subject: 1\n\nbody\n", b"Subject: 2\n\nb\n"]


def test_a_from_sentence_in_an_unquoted_body_is_not_a_separator() -> None:
    data = (
        b"From a Mon Jan  1 00:00:00 2001\nSubject: 1\n\nHello,\n\nFrom the start, yes.\n"
        b"From here on, no.\nFrom bob Monday\n\nFrom b Tue Jan  2 00:00:00 2001\nSubject: 2\n\nx\n"
    )
    first, second = messages_of(data)
    assert first.endswith(b"\n\nFrom the start, yes.\nFrom here on, no.\nFrom bob Monday\n")
    assert second == b"Subject: 2\n\nx\n"


def test_the_envelope_time_of_each_entry_is_read() -> None:
    data = mbox_entry(make_raw("a@x"), when=1_700_000_000) + b"From \nSubject: b\n\n"
    assert [e.envelope_time for e in read_entries(io.BytesIO(data))] == [1_700_000_000, None]


def test_mutt_files_are_split_by_content_length_and_kept_byte_for_byte() -> None:
    data = (FILES / "mutt-2.2.12.mbox").read_bytes()
    entries = list(read_entries(io.BytesIO(data)))
    raws = [e.raw for e in entries]
    assert subjects(raws) == ["Launch plan", "Re: Launch plan", "Schedule", "Separators"]
    separators = re.findall(rb"^From ann@example\.org .*\n", data, re.MULTILINE)
    assert b"".join(s + raw + b"\n" for s, raw in zip(separators, raws, strict=True)) == data
    assert b"\n>From a quote.\n" in raws[0]  # mboxcl2 quotes nothing: nothing is unquoted
    assert b"\n\nFrom bob@example.net Mon Jan  1 00:00:00 2001\n\n" in raws[3]
    assert [e.offset for e in entries][-1] == len(data)


def test_a_wrong_content_length_is_ignored() -> None:
    body = b"Hi\n\nFrom the start\n"
    for length in (b"3", b"5", b"99999", b"999999999999"):
        raw = b"Subject: s\nContent-Length: " + length + b"\n\n" + body
        data = mbox_entry(raw) + mbox_entry(make_raw("b@x"))
        assert messages_of(data) == [raw, make_raw("b@x")]
    # a length that leads to an empty line but no separator after it
    raw = b"Subject: s\nContent-Length: 3\n\nHi\n\nmore\n"
    assert messages_of(b"From a Mon Jan  1 00:00:00 2001\n" + raw) == [raw]


def test_a_content_length_that_ends_the_file_takes_the_rest() -> None:
    raw = b"Subject: s\nContent-Length: 36\n\nHi\n\nFrom a Mon Jan  1 00:00:00 2001\n"
    assert len(raw.partition(b"\n\n")[2]) == 36
    assert messages_of(b"From a Mon Jan  1 00:00:00 2001\n" + raw) == [raw]
    assert messages_of(b"From a Mon Jan  1 00:00:00 2001\n" + raw + b"\n") == [raw]


def test_git_format_patch_output_is_split_into_its_patches() -> None:
    data = (FILES / "git-2.39.5-format-patch.mbox").read_bytes()
    first, second = messages_of(data)
    assert subjects([first, second]) == ["[PATCH 1/2] Add a line", "[PATCH 2/2] Say bye"]
    assert b"\n\nFrom the start this file said hello; now it says more.\n\n" in first
    assert b"\nFrom ann@example.org Mon Jan  1 00:00:00 2001 is how mbox" in first
    assert first.endswith(b"+From the top\n-- \n2.39.5\n\n")  # git ends a patch so
    assert b"\nFrom quoted already.\n" in second  # read as mboxrd: one '>' less


def test_thunderbird_128_files_with_bare_from_lines_are_read_byte_for_byte() -> None:
    data = (FILES / "thunderbird-128.mbox").read_bytes()
    first, second = messages_of(data)
    assert first.endswith(b"\r\n\r\nHello Bob,\r\n\r\nFrom the start, this was the plan.\r\n"
                          b">From a quote.\r\n")  # fmt: skip
    assert second.endswith(b"\r\n\r\nFrom bob@example.net Mon Jan  1 00:00:00 2001\r\n"
                           b"no final line end\r\n")  # fmt: skip
    assert subjects([first, second]) == ["Launch plan", "Re: Launch plan"]


def test_older_thunderbird_and_google_takeout_files_are_read() -> None:
    old = messages_of((FILES / "thunderbird-classic.mbox").read_bytes())
    assert subjects(old) == ["Agenda", "Re: Agenda"]
    assert old[0].endswith(b"\r\n\r\nFrom now on, agendas go out on Tuesdays.\r\n")
    takeout = list(read_entries(io.BytesIO((FILES / "google-takeout.mbox").read_bytes())))
    assert subjects([e.raw for e in takeout]) == ["Tickets", "Re: Tickets"]
    assert takeout[0].raw.endswith(b"\r\n\r\nFrom Monday the office is closed.\r\n")
    assert [e.envelope_time for e in takeout] == [1_767_772_801, 1_767_776_401]


def python_mbox(tmp: Path, messages: list[bytes]) -> bytes:
    path = tmp / "python.mbox"
    path.unlink(missing_ok=True)
    box = mailbox.mbox(path)
    try:
        for raw in messages:
            box.add(raw)
        box.flush()
    finally:
        box.close()
    return path.read_bytes()


def test_files_written_by_pythons_mailbox_are_read_back(tmp_path: Path) -> None:
    messages = [make_raw("a@x", body="From the start\r\nFrom a Mon Jan  1 00:00:00 2001"),
                b"Subject: s\n\nFrom \nplain\n"]  # fmt: skip
    assert messages_of(python_mbox(tmp_path, messages)) == messages


# mboxo (Python's mailbox) cannot carry a line that starts with ">From ": left out here
_BODY_LINES = st.sampled_from([
    b"From x\n", b"From \n", b"From a Mon Jan  1 00:00:00 2001\n", b"From\n", b"Fromage\n",
    b"\n", b"\r\n", b"text\n", b"text\r\n", b"a\rFrom b\n", b" From d\n", b"From c\r\n",
    b"> quoted\n", b"Content-Length: 3\n",
])  # fmt: skip
_PLAIN = st.lists(_BODY_LINES, max_size=12).map(lambda ls: b"Subject: s\n\n" + b"".join(ls))


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)  # files
@given(messages=st.lists(_PLAIN, max_size=4))
def test_what_pythons_mailbox_writes_comes_back_as_the_same_messages(
    tmp_path: Path, messages: list[bytes]
) -> None:
    assert messages_of(python_mbox(tmp_path, messages)) == messages


_NOT_ENDING_BLANK = _MESSAGE.filter(lambda m: m.endswith(b"\n") and not m.endswith(b"\n\n"))


@given(st.lists(_NOT_ENDING_BLANK.filter(lambda m: not m.endswith(b"\n\r\n")), max_size=4))
def test_entries_appended_without_empty_lines_come_back_byte_for_byte(
    messages: list[bytes],
) -> None:
    data = b"".join(mbox_entry(raw)[:-1] for raw in messages)
    assert messages_of(data) == messages


@pytest.mark.parametrize("line_end", [b"\n", b"\r\n"])
def test_blank_lines_before_the_first_separator_are_skipped(line_end: bytes) -> None:
    data = line_end * 3 + b"From somebody" + line_end + b"Subject: s\n\nx\n"
    assert messages_of(data) == [b"Subject: s\n\nx\n"]
