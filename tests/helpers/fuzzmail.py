"""Hostile mail for fuzz tests: real messages mutated, and messages made up, by seed.

Message ``index`` of a :class:`MailFuzzer` depends only on the fuzzer's seed, its
originals and ``index`` (each message has a random generator of its own), so a failure
reproduces from ``(seed, index)`` alone, without generating the messages before it.

Mutations come in four kinds, and a message gets one to four of them:

- headers: Message-IDs missing, duplicated (ids of the originals and of other fuzzed
  messages), garbled or twice; References loops (messages naming each other) and huge
  reference lists; junk In-Reply-To; CR, LF, NUL and terminal controls inside values;
  overlong lines; broken RFC 2047 encoded words; unknown and wrong charsets; broken
  dates; raw 8-bit bytes; duplicated, junk and very many header fields;
- MIME: missing, duplicated, mismatched and unclosed boundaries, truncated parts, deep
  nesting (multipart and message/rfc822, tens to hundreds of levels; a few messages a
  run past the parser's recursion limit), wrong or unknown Content-Transfer-Encoding,
  invalid base64 and quoted-printable, messages inside messages, huge and broken
  parameters (RFC 2231), hostile HTML (a few messages a run nested tens of thousands
  deep);
- bytes: bit flips, truncation, random insertions, 8-bit bytes in the header block,
  line ends swapped, slices doubled or cut;
- made-up messages: plain generated mail with random threading and bodies.
"""

from __future__ import annotations

import base64
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from random import Random
from typing import TypeVar

#: The domain of the Message-IDs the fuzzer makes up (``fz<seed>.<index>@...``).
FUZZ_DOMAIN = "fuzz.example"
#: Fuzzed messages name each other's ids within blocks of this many.
BLOCK = 25
#: No fuzzed message grows past this (a few hostile ones are near it).
MAX_SIZE = 2 * 1024 * 1024

T = TypeVar("T")
_ID_IN_HEADER = re.compile(rb"^message-id:[^<]*<([^<>\s]{1,200}@[^<>\s]{1,200})>", re.I | re.M)
_HEAD_END = re.compile(rb"\r?\n\r?\n")
_FIELD_SPLIT = re.compile(rb"\r?\n(?![ \t])")
_WORDS = (
    "budget", "plan", "release", "meeting", "invoice", "report", "deploy", "review", "patch",
    "design", "question", "server", "outage", "ticket", "customer", "schedule", "draft",
    "Grüße", "naïve", "façade", "Ελληνικά", "русский", "日本語", "עברית", "العربية", "🙂",
)  # fmt: skip


@dataclass(frozen=True)
class Fuzzed:
    """One generated message: its bytes, what was done to it, and how deep its MIME is."""

    seed: int
    index: int
    raw: bytes
    mutations: tuple[str, ...]
    depth: int = 0  # the deepest MIME nesting built on purpose (0: none)

    def describe(self) -> str:
        """``seed=.. index=.. mutations=[..]``: enough to make the message again."""
        return f"seed={self.seed} index={self.index} mutations={list(self.mutations)}"

    def save(self, folder: Path) -> Path:
        """Write the message's bytes to ``folder`` (for a bug report); returns the file."""
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"fuzz-{self.seed}-{self.index:05d}.eml"
        path.write_bytes(self.raw)
        return path


def fuzz_id(seed: int, index: int) -> str:
    """The Message-ID (bare) the fuzzer gives message ``index`` when it makes one up."""
    return f"fz{seed}.{index}@{FUZZ_DOMAIN}"


def message_ids_in(raws: Sequence[bytes]) -> list[str]:
    """The (plain-looking) Message-IDs of ``raws``, in order, each once."""
    found: dict[str, None] = {}
    for raw in raws:
        head = _HEAD_END.split(raw, maxsplit=1)[0]
        match = _ID_IN_HEADER.search(head)
        if match:
            found.setdefault(match.group(1).decode("ascii", "replace"), None)
    return list(found)


@dataclass
class Mail:
    """A message taken apart just enough to mutate it: header fields and body bytes.

    Each field is its bytes without the final line end (folded lines stay inside it).
    """

    fields: list[bytes]
    body: bytes
    nl: bytes = b"\r\n"

    @classmethod
    def parse(cls, raw: bytes) -> Mail:
        """Split ``raw`` at its first empty line (all header, if there is none)."""
        nl = b"\r\n" if b"\r\n" in raw[:4096] else b"\n"
        found = _HEAD_END.search(raw)
        head, body = (raw[: found.start()], raw[found.end() :]) if found else (raw, b"")
        return cls([f for f in _FIELD_SPLIT.split(head) if f], body, nl)

    def render(self) -> bytes:
        """The message's bytes again."""
        return self.nl.join(self.fields) + self.nl + self.nl + self.body

    @staticmethod
    def name_of(field: bytes) -> bytes:
        """A field's name, lower case (``b""`` when it has no colon)."""
        name, colon, _ = field.partition(b":")
        return name.strip().lower() if colon else b""

    def get(self, name: bytes) -> bytes | None:
        """The first value of ``name`` (bytes after the colon, folding kept)."""
        for item in self.fields:
            if self.name_of(item) == name.lower():
                return item.partition(b":")[2].strip()
        return None

    def remove(self, name: bytes) -> None:
        """Drop every ``name`` field."""
        self.fields = [f for f in self.fields if self.name_of(f) != name.lower()]

    def set(self, name: bytes, value: bytes) -> None:
        """Replace the first ``name`` field (drop the others), or add it at the end."""
        new = name + b": " + value
        for position, item in enumerate(self.fields):
            if self.name_of(item) == name.lower():
                self.fields[position] = new
                self.fields = [
                    f
                    for n, f in enumerate(self.fields)
                    if n <= position or self.name_of(f) != name.lower()
                ]
                return
        self.fields.append(new)

    def add(self, name: bytes, value: bytes) -> None:
        """Add a ``name`` field after the others (a second one, if there is one)."""
        self.fields.append(name + b": " + value)

    def set_body(self, headers: list[bytes], body: bytes) -> None:
        """Give the message a new MIME body with its own content headers."""
        for name in (b"content-type", b"content-transfer-encoding", b"mime-version"):
            self.remove(name)
        self.fields.append(b"MIME-Version: 1.0")
        self.fields.extend(headers)
        self.body = body


@dataclass
class _Context:
    """What a mutation may use: the message's random generator and the id pools."""

    rng: Random
    seed: int
    index: int
    known_ids: Sequence[str]
    originals: Sequence[bytes]
    depth: int = 0

    def own_id(self) -> str:
        return fuzz_id(self.seed, self.index)

    def some_id(self) -> str:
        """An id another message has: an original's, or a fuzzed message's of the same
        block of :data:`BLOCK` (links between blocks would glue every fuzzed message into
        one conversation; one block in eight names originals' ids too, and joins stored
        conversations)."""
        roll = self.rng.random()
        if roll < 0.25 and self.known_ids and (self.index // BLOCK) % 8 == 0:
            return self.rng.choice(self.known_ids)
        if roll < 0.9:
            block = self.index - self.index % BLOCK
            return fuzz_id(self.seed, block + self.rng.randrange(BLOCK))
        return f"{self.rng.getrandbits(64):x}@random.example"

    def words(self, count: int) -> str:
        return " ".join(self.rng.choice(_WORDS) for _ in range(count))

    def junk(self, size: int) -> bytes:
        return self.rng.randbytes(size)


Mutation = Callable[[Mail, _Context], str]

# -- header mutations ---------------------------------------------------------------------

_GARBLED_IDS = (
    b"",
    b"<>",
    b"<<a@b.example>>",
    b"no-brackets-at-all",
    b"<a b c@spaced.example>",
    b"<unclosed@example.org",
    b"closed-only@example.org>",
    b"<@>",
    b"<left@>",
    b"<@right.example>",
    b"<two@ats@example.org>",
    b"(just a comment)",
    b"<a@b.example> <second@b.example>",
    b"=?utf-8?q?=3Cencoded=40word.example=3E?=",
    b'<"quoted local"@example.org>',
    b"<\xc3\xbcnic\xc3\xb6de@ex\xc3\xa4mple.org>",
    b"<latin\xe9@example.org>",
    b"<tab\there@example.org>",
    b"<ctl\x1b[2J@example.org>",
    b"<" + b"x" * 5000 + b"@long.example>",
    b"<" + b"y" * 990 + b"@edge.example>",
)


def msgid_missing(mail: Mail, ctx: _Context) -> str:
    mail.remove(b"message-id")
    return "msgid-missing"


def msgid_duplicate(mail: Mail, ctx: _Context) -> str:
    mail.set(b"Message-ID", b"<" + ctx.some_id().encode() + b">")
    return "msgid-duplicate"


def msgid_garbled(mail: Mail, ctx: _Context) -> str:
    mail.set(b"Message-ID", ctx.rng.choice(_GARBLED_IDS))
    return "msgid-garbled"


def msgid_twice(mail: Mail, ctx: _Context) -> str:
    mail.add(b"Message-ID", b"<" + ctx.some_id().encode() + b">")
    return "msgid-twice"


def references_loop(mail: Mail, ctx: _Context) -> str:
    """Messages of a small group name each other (and maybe themselves) as parents."""
    size = ctx.rng.choice((1, 2, 3, 5))
    base = ctx.index - ctx.index % size
    others = [fuzz_id(ctx.seed, base + (ctx.index - base + s) % size) for s in range(1, size)]
    own = ctx.own_id()
    refs = [*others, own] if ctx.rng.random() < 0.5 or not others else others
    mail.set(b"Message-ID", f"<{own}>".encode())
    mail.set(b"References", " ".join(f"<{r}>" for r in refs).encode())
    mail.set(b"In-Reply-To", f"<{(others or [own])[0]}>".encode())
    return f"references-loop-{size}"


def references_huge(mail: Mail, ctx: _Context) -> str:
    """A References header of thousands of ids (rarely more than SQLite's 32766 variables)."""
    count = ctx.rng.choice((100, 300, 1000, 3000))
    if ctx.index % 4000 == 1234:  # a few per run: more ids than one SQL statement takes
        count = 33000
    tokens = []
    for n in range(count):
        roll = ctx.rng.random()
        if roll < 0.1:
            tokens.append(f"<{ctx.some_id()}>")
        elif roll < 0.15:
            tokens.append(ctx.rng.choice(("junk", "<>", "<no-at>", "<a@b@c>", "(c)")))
        else:
            tokens.append(f"<r{n}.{ctx.index}.{ctx.seed}@refs.example>")
    sep = ctx.rng.choice((" ", (mail.nl + b" ").decode(), (mail.nl + b"\t").decode()))
    mail.set(b"References", sep.join(tokens).encode())
    return f"references-huge-{count}"


def in_reply_to_junk(mail: Mail, ctx: _Context) -> str:
    choices = (
        f"<{ctx.some_id()}> (Ann's message of Tuesday)",
        f"Your message of Tue, 3 Mar 2026 <{ctx.some_id()}>",
        ctx.some_id(),
        f"<{ctx.some_id()}> <{ctx.some_id()}> <{ctx.some_id()}>",
        "<>",
        "(only a comment)",
        "<" + ctx.some_id() + ">" + "x" * 3000,
        "=?utf-8?b?PGZvb0BiYXI+?=",
    )
    value = ctx.rng.choice(choices).encode()
    mail.set(b"In-Reply-To", value if ctx.rng.random() < 0.8 else value + ctx.junk(8))
    return "in-reply-to-junk"


_CONTROLS = (
    b"\r",
    b"\n",
    b"\x00",
    b"\r\n",
    b"\x1b[2J",
    b"\x07",
    b"\x7f",
    b"\x0b\x0c",
    b"\xc2\x85",
    b"\xe2\x80\xa8",
    b"\r\n\r\n",
    b"\n \n",
    b"\x1b]8;;http://x/\x07",
)
_TARGET_HEADERS = (
    b"Subject",
    b"From",
    b"To",
    b"Cc",
    b"Message-ID",
    b"References",
    b"In-Reply-To",
    b"Date",
    b"Content-Type",
    b"Reply-To",
    b"List-Post",
)


def header_controls(mail: Mail, ctx: _Context) -> str:
    name = ctx.rng.choice(_TARGET_HEADERS)
    value = mail.get(name) or ctx.words(3).encode()
    cut = ctx.rng.randint(0, len(value))
    control = ctx.rng.choice(_CONTROLS)
    mail.set(name, value[:cut] + control + value[cut:])
    return f"header-controls-{name.decode().lower()}"


def overlong_line(mail: Mail, ctx: _Context) -> str:
    size = 200_000 if ctx.rng.random() < 0.03 else ctx.rng.choice((999, 2000, 20_000))
    name = ctx.rng.choice((b"Subject", b"X-Junk", b"From", b"To", b"Thread-Topic", b"Date"))
    if name in (b"From", b"To"):
        value = ("Very " * (size // 5)).encode() + b"<long@example.org>"
    else:
        value = "".join(ctx.rng.choice("abcxyz ") for _ in range(min(size, 2000))).encode()
        value = (value * (size // max(1, len(value)) + 1))[:size]
    mail.set(name, value)
    return f"overlong-line-{name.decode().lower()}-{size}"


_BAD_WORDS = (
    b"=?utf-8?B?!!!not*base64?=",
    b"=?utf-8?Q?=ZZ=0?=",
    b"=?x-unknown-charset?Q?caf=E9?=",
    b"=?utf-8?X?unknown-encoding?=",
    b"=?utf-8?B?w6k",
    b"=?utf-8?q?unterminated",
    b"=?utf-16?B?" + base64.b64encode(b"\x00a\x00") + b"?=",
    b"=?utf-8*en?Q?with_language?=",
    b"=?=?utf-8?q?nested?=?=",
    b"=??q?empty_charset?=",
    b"=?utf-8?q??=",
    b"=?utf-8?q?a=0D=0Ab=00c=1B[2J?=",
    b"=?iso-2022-jp?B?GyRC?=",
    b"=?utf-8?b?" + base64.b64encode(b"\xff\xfe\xfd") + b"?=",
    b"=?windows-1252?q?=80=81=8D=8F=90=9D?=",
    b"=?utf-8?q?" + b"=E2=82=AC" * 400 + b"?=",
    b" ".join([b"=?utf-8?q?w?="] * 300),
    b"=?UTF-8?B?PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==?=",
    b"=?utf-7?q?+AGEAYgBj-?=",
    b"=?big5?b?" + base64.b64encode(b"\xa4\xa4\xa4") + b"?=",
)


def bad_encoded_words(mail: Mail, ctx: _Context) -> str:
    name = ctx.rng.choice((b"Subject", b"From", b"To", b"Cc", b"Thread-Topic"))
    word = ctx.rng.choice(_BAD_WORDS)
    if name in (b"From", b"To", b"Cc"):
        value = word + b" <" + ctx.rng.choice((b"ann", b"bob")) + b"@example.org>"
    else:
        value = ctx.words(2).encode() + b" " + word + b" " + ctx.words(1).encode()
    mail.set(name, value)
    return f"bad-encoded-words-{name.decode().lower()}"


_CHARSETS = (
    b"x-unknown",
    b"utf-7",
    b"utf-16",
    b"utf-32",
    b"",
    b'"',
    b"us-ascii",
    b'iso-8859-1"',
    b"unicode-1-1-utf-7",
    b"cp65001",
    b"big5",
    b"\x00",
    b"c" * 300,
    b"mac-roman",
    b"iso-2022-jp",
    b"utf-8; charset=latin1",
    b"koi8-r",
    b"gb18030",
    b"=?utf-8?q?x?=",
    b"idna",
    b"rot13",
    b"base64",
)


def wrong_charset(mail: Mail, ctx: _Context) -> str:
    charset = ctx.rng.choice(_CHARSETS)
    current = mail.get(b"content-type") or b""
    if b"multipart" in current.lower() or b"message/" in current.lower():
        mail.body = re.sub(rb"charset=\"?[\w.:-]*\"?", b"charset=" + charset, mail.body, count=3)
    else:
        mail.set(b"Content-Type", b"text/plain; charset=" + charset)
        if ctx.rng.random() < 0.5:
            mail.body = ctx.words(20).encode(
                ctx.rng.choice(("utf-8", "utf-16", "latin-1")), "replace"
            )
    return "wrong-charset"


_BAD_DATES = (
    b"",
    b"0",
    b"yesterday",
    b"Mon, 32 Foo 99999 25:61:61 +9999",
    b"Tue, 24 Nov 0000 10:00:00",
    b"Fri, 31 Dec 9999 23:59:60 -2359",
    b"Sat, 1 Jan 10000 00:00:00 +0000",
    b"99999999999999999999",
    b"Thu, 1 Jan 1970 00:00:00 -0000",
    b"Mon, 1 Jan 1900 00:00:00 +0000",
    b"1 Jan 70 0:0 GMT",
    b"Tue, 24 Nov 2026 10:00:00 XYZ",
    b"Tue, 24 Nov 2026 10:00:00 +00:00",
    b"2026-11-24T10:00:00Z",
    b"Tue,,, 24 Nov",
    b"\xff\xfe date",
    b"Tue, 24 Nov 2026 10:00:00 +0000 (" + b"x" * 3000 + b")",
    b"Sun, 06 Nov 1994 08:49:37 +2500",
    b"Wed, 29 Feb 2023 12:00:00 +0000",
    b"-1",
    b"Tue, 24 Nov -2026 10:00:00 +0000",
)


def broken_date(mail: Mail, ctx: _Context) -> str:
    mail.set(b"Date", ctx.rng.choice(_BAD_DATES))
    if ctx.rng.random() < 0.2:
        mail.add(b"Date", ctx.rng.choice(_BAD_DATES))
    return "broken-date"


def eight_bit_headers(mail: Mail, ctx: _Context) -> str:
    name = ctx.rng.choice((b"Subject", b"From", b"To", b"Cc", b"X-Mailer", b"Thread-Topic"))
    text = ctx.words(3)
    encoded = ctx.rng.choice(
        (
            text.encode("utf-8"),
            text.encode("latin-1", "replace"),
            ctx.junk(12),
            b"\xc3\x28 invalid utf-8 \xa0\xa1",
            text.encode("utf-16"),
        )
    )
    if name in (b"From", b"To", b"Cc"):
        encoded += b" <m\xc3\xbcller@b\xc3\xbccher.example>"
    mail.set(name, encoded)
    return f"eight-bit-headers-{name.decode().lower()}"


def duplicate_headers(mail: Mail, ctx: _Context) -> str:
    for name in ctx.rng.sample(
        [
            b"Subject",
            b"From",
            b"To",
            b"Date",
            b"Content-Type",
            b"In-Reply-To",
            b"References",
            b"Content-Transfer-Encoding",
        ],
        3,
    ):
        mail.add(
            name,
            ctx.rng.choice(
                (
                    ctx.words(2).encode(),
                    b"<" + ctx.some_id().encode() + b">",
                    b"text/html; charset=utf-8",
                    b"base64",
                )
            ),
        )
    return "duplicate-headers"


_JUNK_ADDRESSES = (
    b"<<>>",
    b"@",
    b"a@b@c",
    b'"unterminated <a@example.org>',
    b"(((((",
    b"group: a@example.org, b@example.org;",
    b"undisclosed-recipients:;",
    b"=?utf-8?q?Last=2C_First?= <lf@example.org>",
    b"<>",
    b",,,,",
    b"Ann <ann@example.org",
    b"ann@example.org>",
    b"<@route:x@y.example>",
    b'"\\"" <q@example.org>',
    b"\\ <back@example.org>",
    b"a@[127.0.0.1]",
    b"user@localhost",
    b"ann@example.org (Ann (nested)",
)


def address_junk(mail: Mail, ctx: _Context) -> str:
    name = ctx.rng.choice((b"From", b"To", b"Cc", b"Reply-To", b"Mail-Followup-To"))
    if ctx.rng.random() < 0.1:
        value = b", ".join(
            f"p{n}@many.example".encode() for n in range(ctx.rng.choice((500, 3000)))
        )
    else:
        value = b", ".join(ctx.rng.choice(_JUNK_ADDRESSES) for _ in range(ctx.rng.randint(1, 4)))
    mail.set(name, value)
    return f"address-junk-{name.decode().lower()}"


def list_post_junk(mail: Mail, ctx: _Context) -> str:
    mail.set(
        b"List-Post",
        ctx.rng.choice(
            (
                b"<mailto:>",
                b"NO",
                b"<mailto:%ZZ>",
                b"<mailto:list@example.org?subject=x>",
                b"(Posting) <mailto:l@example.org>, <http://example.org>",
                b"<mailto:a@b\r\n>",
                b"<https://example.org/post>",
                b"mailto:bare@example.org",
                b"<" + b"m" * 2000 + b">",
            )
        ),
    )
    return "list-post-junk"


def thread_index_junk(mail: Mail, ctx: _Context) -> str:
    value = ctx.rng.choice(
        (
            base64.b64encode(ctx.junk(ctx.rng.choice((0, 5, 21, 22, 27, 200)))),
            b"!!!",
            b"=",
            b"AQHZ" * 500,
            b"not base64 at all",
        )
    )
    mail.set(b"Thread-Index", value)
    mail.set(b"Thread-Topic", ctx.words(2).encode())
    return "thread-index-junk"


def header_name_junk(mail: Mail, ctx: _Context) -> str:
    position = ctx.rng.randint(0, len(mail.fields))
    mail.fields.insert(
        position,
        ctx.rng.choice(
            (
                b": empty name",
                b"Name With Spaces: v",
                b"N\xc3\xa4me: v",
                b"X" * 5000 + b": v",
                b"no colon at all",
                b" continuation first",
                b"\tx",
                b"X-Tab\t: v",
                b"::::",
            )
        ),
    )
    return "header-name-junk"


def many_headers(mail: Mail, ctx: _Context) -> str:
    count = ctx.rng.choice((100, 500, 2000))
    mail.fields.extend(f"X-Many-{n}: {n}".encode() for n in range(count))
    return f"many-headers-{count}"


def folded_oddly(mail: Mail, ctx: _Context) -> str:
    name = ctx.rng.choice((b"Subject", b"References", b"Message-ID", b"From"))
    value = mail.get(name) or ctx.words(3).encode()
    nl = mail.nl
    folded = ctx.rng.choice(
        (
            nl + b" " + value,
            value.replace(b" ", nl + b" "),
            value + nl + b" " + nl + b" ",
            nl + b"\t" + nl + b" " + value,
            value.replace(b"@", nl + b" @"),
        )
    )
    mail.set(name, folded)
    return f"folded-oddly-{name.decode().lower()}"


# -- MIME ----------------------------------------------------------------------------------


def _boundary(ctx: _Context) -> bytes:
    return f"=_b{ctx.rng.getrandbits(40):x}".encode()


def _text_part(ctx: _Context, nl: bytes, html: bool = False) -> tuple[list[bytes], bytes]:
    if html:
        body = _hostile_html(ctx).encode()
        return [b"Content-Type: text/html; charset=utf-8"], body
    return [b"Content-Type: text/plain; charset=utf-8"], ctx.words(30).encode() + nl


def _join_part(headers: list[bytes], body: bytes, nl: bytes) -> bytes:
    return nl.join(headers) + nl + nl + body


def _multipart(
    parts: list[bytes], boundary: bytes, nl: bytes, subtype: bytes = b"mixed", *, close: bool = True
) -> tuple[list[bytes], bytes]:
    body = b"preamble" + nl
    for part in parts:
        body += b"--" + boundary + nl + part + nl
    if close:
        body += b"--" + boundary + b"--" + nl + b"epilogue" + nl
    return [b"Content-Type: multipart/" + subtype + b'; boundary="' + boundary + b'"'], body


def _leaf(ctx: _Context, nl: bytes) -> bytes:
    roll = ctx.rng.random()
    if roll < 0.4:
        return _join_part(*_text_part(ctx, nl), nl)
    if roll < 0.6:
        return _join_part(*_text_part(ctx, nl, html=True), nl)
    if roll < 0.8:
        data = base64.encodebytes(ctx.junk(ctx.rng.randint(0, 600))).replace(b"\n", nl)
        name = ctx.rng.choice(
            (
                b"report.pdf",
                b"../../etc/passwd",
                b"a\tb.txt",
                b"\xc3\xa9t\xc3\xa9.doc",
                b"=?utf-8?q?x=0D=0Ay?=.txt",
                b"con.txt",
            )
        )
        return _join_part(
            [
                b"Content-Type: application/octet-stream",
                b"Content-Transfer-Encoding: base64",
                b'Content-Disposition: attachment; filename="' + name + b'"',
                b"Content-ID: <part" + str(ctx.rng.randint(0, 9)).encode() + b"@x>",
            ],
            data,
            nl,
        )
    inner = ctx.rng.choice(ctx.originals) if ctx.originals else b"Subject: inner\r\n\r\nhi\r\n"
    return _join_part([b"Content-Type: message/rfc822"], inner[:20_000], nl)


def mime_random_tree(mail: Mail, ctx: _Context) -> str:
    """A new body: a random small tree of multiparts, texts, attachments, messages."""
    nl = mail.nl

    def tree(level: int) -> bytes:
        if level >= 3 or ctx.rng.random() < 0.4:
            return _leaf(ctx, nl)
        kids = [tree(level + 1) for _ in range(ctx.rng.randint(0, 4))]
        subtype = ctx.rng.choice((b"mixed", b"alternative", b"related", b"digest", b"x-junk"))
        return _join_part(*_multipart(kids, _boundary(ctx), nl, subtype), nl)

    top = Mail.parse(tree(0))
    headers, body = top.fields, top.body
    mail.set_body(headers, body)
    return "mime-random-tree"


def mime_boundary_faults(mail: Mail, ctx: _Context) -> str:
    nl = mail.nl
    fault = ctx.rng.choice(
        (
            "missing",
            "mismatched",
            "duplicated",
            "unclosed",
            "empty",
            "huge",
            "unbalanced-quote",
            "in-body",
            "truncated",
        )
    )
    boundary = _boundary(ctx)
    parts = [_join_part(*_text_part(ctx, nl), nl), _leaf(ctx, nl)]
    headers, body = _multipart(parts, boundary, nl, close=fault != "unclosed")
    if fault == "missing":
        headers = [b"Content-Type: multipart/mixed"]
    elif fault == "mismatched":
        headers = [b'Content-Type: multipart/mixed; boundary="other-' + boundary + b'"']
    elif fault == "duplicated":
        inner_headers, inner = _multipart(parts, boundary, nl, b"alternative")
        _, body = _multipart([_join_part(inner_headers, inner, nl), *parts], boundary, nl)
    elif fault == "empty":
        headers, body = _multipart(parts, b"", nl)
    elif fault == "huge":
        headers, body = _multipart(parts, b"B" * ctx.rng.choice((71, 998, 5000)), nl)
    elif fault == "unbalanced-quote":
        headers = [b'Content-Type: multipart/mixed; boundary="' + boundary]
    elif fault == "in-body":
        body = body.replace(b"preamble", b"--" + boundary + b"--" + nl + b"--" + boundary)
    elif fault == "truncated":
        body = body[: ctx.rng.randint(0, len(body))]
    mail.set_body(headers, body)
    return f"mime-boundary-faults-{fault}"


def mime_deep_nesting(mail: Mail, ctx: _Context) -> str:
    """Multiparts or messages inside each other, tens to hundreds deep.

    Nested multiparts stay shallow: the email package's parser takes time that grows with
    the square of their depth (a 900-deep one, 70 KB, takes seconds).
    """
    kind = ctx.rng.choice(("multipart", "rfc822", "mixed"))
    depths = (10, 30, 60) if kind == "multipart" else (20, 60, 150, 300)
    return _nest(mail, ctx, kind, ctx.rng.choice(depths))


def mime_beyond_recursion(mail: Mail, ctx: _Context) -> str:
    """Messages inside messages, as deep as the parser's recursion limit and beyond."""
    kind = ctx.rng.choice(("rfc822", "mixed"))
    return _nest(mail, ctx, kind, ctx.rng.choice((800, 1000, 1300, 2000)))


def _nest(mail: Mail, ctx: _Context, kind: str, depth: int) -> str:
    nl = mail.nl
    headers, leaf = _text_part(ctx, nl, html=ctx.rng.random() < 0.3)
    # built from the inside out as two lists (prefixes, suffixes): linear, not quadratic
    before: list[bytes] = []
    after: list[bytes] = []
    for level in range(depth):
        use_message = kind == "rfc822" or (kind == "mixed" and level % 2 == 1)
        inner_head = nl.join(headers) + nl + nl
        if use_message:
            before.append(b"From: level@example.org" + nl + b"Subject: level" + nl + inner_head)
            after.append(b"")
            headers = [b"Content-Type: message/rfc822"]
        else:
            boundary = f"lvl{level}".encode()
            before.append(b"preamble" + nl + b"--" + boundary + nl + inner_head)
            after.append(nl + b"--" + boundary + b"--" + nl)
            headers = [b"Content-Type: multipart/mixed; boundary=" + boundary]
    # the loop wrote each level's own headers into the prefix of the level around it
    body = b"".join(reversed(before)) + leaf + b"".join(after)
    mail.set_body(headers, body)
    ctx.depth = max(ctx.depth, depth)
    return f"{kind}-{depth}"


_CTES = (
    b"base64",
    b"quoted-printable",
    b"x-uuencode",
    b"binary",
    b"8bit",
    b"x-foo",
    b"base64; junk",
    b"7bit",
    b"BASE64",
    b"quoted-printable quoted-printable",
    b"",
)


def mime_wrong_encoding(mail: Mail, ctx: _Context) -> str:
    nl = mail.nl
    cte = ctx.rng.choice(_CTES)
    payload = ctx.rng.choice(
        (
            ctx.words(30).encode(),
            b"!!!! not base64 ####",
            b"QUJD",
            b"QUJ",
            b"Q",
            b"=ZZ=0=\r\n=",
            b"=E9t=E9 =\r\n",
            b"begin 644 x\r\nM86)C\r\nend\r\n",
            b"\x00\x01\x02\xff" * 50,
            base64.b64encode("héllo wörld".encode("latin-1")),
            b"=?=" * 100,
            b"==" * 40,
        )
    )
    subtype = ctx.rng.choice((b"plain", b"html", b"plain; charset=utf-8", b"plain; charset=x-junk"))
    part_headers = [b"Content-Type: text/" + subtype, b"Content-Transfer-Encoding: " + cte]
    if ctx.rng.random() < 0.5:
        mail.set_body(part_headers, payload)
    else:
        other = _join_part(*_text_part(ctx, nl), nl)
        headers, body = _multipart(
            [_join_part(part_headers, payload, nl), other], _boundary(ctx), nl, b"alternative"
        )
        if ctx.rng.random() < 0.3:
            headers.append(b"Content-Transfer-Encoding: base64")  # on a multipart: illegal
        mail.set_body(headers, body)
    return f"mime-wrong-encoding-{cte.decode(errors='replace') or 'empty'}"


def mime_message_inside(mail: Mail, ctx: _Context) -> str:
    nl = mail.nl
    inner = ctx.rng.choice(ctx.originals) if ctx.originals else mail.render()
    style = ctx.rng.choice(("plain", "base64", "truncated", "attachment", "digest"))
    headers = [b"Content-Type: message/rfc822"]
    if style == "base64":
        headers.append(b"Content-Transfer-Encoding: base64")
        inner = base64.encodebytes(inner).replace(b"\n", nl)
    elif style == "truncated":
        inner = inner[: ctx.rng.randint(0, len(inner))]
    elif style == "attachment":
        headers.append(b'Content-Disposition: attachment; filename="fwd.eml"')
    if style == "digest":
        top = _multipart([inner, inner], _boundary(ctx), nl, b"digest")
    else:
        top = _multipart(
            [_join_part(*_text_part(ctx, nl), nl), _join_part(headers, inner, nl)],
            _boundary(ctx),
            nl,
        )
    mail.set_body(*top)
    return f"mime-message-inside-{style}"


def mime_huge_parameters(mail: Mail, ctx: _Context) -> str:
    nl = mail.nl
    style = ctx.rng.choice(("long-name", "continuations", "bad-2231", "many", "semicolons"))
    if style == "long-name":
        disposition = b'attachment; filename="' + b"n" * ctx.rng.choice((300, 20_000)) + b'.txt"'
    elif style == "continuations":
        disposition = b"attachment; " + b"; ".join(
            f"filename*{n}*=utf-8''%C3%A9{n}".encode()
            if n == 0
            else f"filename*{n}*=%41{n}".encode()
            for n in range(ctx.rng.choice((10, 200)))
        )
    elif style == "bad-2231":
        disposition = ctx.rng.choice(
            (
                b"attachment; filename*=x-unknown''%FF%FE",
                b"attachment; filename*=utf-8''%ZZ%0D%0Aevil",
                b"attachment; filename*=''",
                b"attachment; filename*0=a; filename*2=c",
                b"attachment; filename*=utf-8'en'%E2%82",
            )
        )
    elif style == "many":
        disposition = b"attachment; " + b"; ".join(f"p{n}=v{n}".encode() for n in range(500))
    else:
        disposition = b"attachment;;;;;; ; =; filename=; =x"
    part = _join_part(
        [
            b'Content-Type: application/octet-stream; name="x"; ' + b"q=" + b"v" * 2000,
            b"Content-Disposition: " + disposition,
            b"Content-Transfer-Encoding: base64",
        ],
        b"QUJD" + nl,
        nl,
    )
    mail.set_body(*_multipart([_join_part(*_text_part(ctx, nl), nl), part], _boundary(ctx), nl))
    return f"mime-huge-parameters-{style}"


def mime_content_type_junk(mail: Mail, ctx: _Context) -> str:
    value = ctx.rng.choice(
        (
            b"text",
            b"/",
            b"multipart/",
            b"text/plain; charset",
            b"multipart/alternative",
            b"message/partial; id=x; number=1",
            b"message/external-body; access-type=local-file; name=/etc/passwd",
            b"message/delivery-status",
            b"text/html\x00",
            b"TEXT/HTML",
            b"text/plain; format=flowed; delsp=yes",
            b"application/ms-tnef",
            b"text/rfc822-headers",
            b"text/calendar; method=REQUEST",
            b"x/y/z",
        )
    )
    mail.set(b"Content-Type", value)
    if ctx.rng.random() < 0.5:
        mail.set(b"MIME-Version", ctx.rng.choice((b"1.0", b"2.0", b"", b"1.0 (junk)")))
    return "mime-content-type-junk"


def _hostile_html(ctx: _Context) -> str:
    pieces = [
        "<p>Hello <b>there</b></p>",
        '<a href="https://evil.example/login">https://bank.example/login</a>',
        '<a href="mailto:x@evil.example">support@bank.example</a>',
        '<a href="javascript:alert(1)">click</a>',
        '<a href="http://xn--80ak6aa92e.example/">аррӏе.example</a>',
        '<a href="http://[::1">broken host</a>',
        '<a href="http://' + "a" * 70 + '.example/">www.' + "a" * 70 + ".example</a>",
        '<img src="cid:part1@x"><img src="data:image/png;base64,!!!!">',
        '<img src="file:///etc/passwd"><img src="http://tracker.example/p.gif">',
        "<script>alert(1)</script><style>body{background:url(http://x/)}</style>",
        '<div style="position:fixed;background-image:url(http://x)">x</div>',
        "<!-- unclosed comment <div>",
        "</div></div></td></tr></table>",
        '<base href="file:///"><meta http-equiv="refresh" content="0;url=http://x/">',
        '<form action="http://x/"><input name="p"></form>',
        "<svg><script>alert(1)</script></svg>",
        "<table>" * 30 + "cell" + "</table>" * 10,
        "&#0; &#xD800; &#x110000; &nbsp; &unknown;",
        "<p style=\"font-family:\\'x\\';color:expression(alert(1))\">y</p>",
        "\x00\x0b\x1b[2J",
    ]
    html = "".join(ctx.rng.choice(pieces) for _ in range(ctx.rng.randint(1, 8)))
    if ctx.rng.random() < 0.05:
        tag = ctx.rng.choice(("div", "span", "blockquote", "b", "ul", "font", "table"))
        depth = ctx.rng.choice((100, 600, 2000))
        html = f"<{tag}>" * depth + html + f"</{tag}>" * (depth // 2)
    return "<html><body>" + html + "</body></html>"


def mime_hostile_html(mail: Mail, ctx: _Context) -> str:
    nl = mail.nl
    if ctx.rng.random() < 0.5:
        mail.set_body(*_text_part(ctx, nl, html=True))
    else:
        image = _join_part(
            [
                b"Content-Type: image/png",
                b"Content-Transfer-Encoding: base64",
                b"Content-ID: <part1@x>",
            ],
            base64.encodebytes(ctx.junk(40)).replace(b"\n", nl),
            nl,
        )
        html = _join_part(*_text_part(ctx, nl, html=True), nl)
        mail.set_body(*_multipart([html, image], _boundary(ctx), nl, b"related"))
    return "mime-hostile-html"


def html_deep_nesting(mail: Mail, ctx: _Context) -> str:
    """An HTML body of tags nested tens of thousands deep (rare: a reader must not hang)."""
    tag = ctx.rng.choice(("div", "blockquote", "span", "ul", "section", "pre"))
    depth = ctx.rng.choice((5000, 20_000, 60_000))
    html = "<html><body>" + f"<{tag}>" * depth + "deep"
    mail.set_body([b"Content-Type: text/html; charset=utf-8"], html.encode())
    return f"html-deep-nesting-{tag}-{depth}"


# -- bytes ---------------------------------------------------------------------------------


def bit_flips(raw: bytes, ctx: _Context) -> tuple[bytes, str]:
    data = bytearray(raw)
    for _ in range(ctx.rng.randint(1, 20)):
        if data:
            at = ctx.rng.randrange(len(data))
            data[at] ^= 1 << ctx.rng.randrange(8)
    return bytes(data), "bit-flips"


def truncate(raw: bytes, ctx: _Context) -> tuple[bytes, str]:
    return raw[: ctx.rng.randint(1, max(1, len(raw)))], "truncate"


def insert_random(raw: bytes, ctx: _Context) -> tuple[bytes, str]:
    data = raw
    for _ in range(ctx.rng.randint(1, 5)):
        at = ctx.rng.randint(0, len(data))
        chunk = ctx.rng.choice(
            (
                ctx.junk(ctx.rng.randint(1, 64)),
                b"\x00",
                b"\r",
                b"\n\n",
                b"\xff\xfe",
                b"\r\n--",
                b"=?",
                b"<",
                b">",
            )
        )
        data = data[:at] + chunk + data[at:]
    return data, "insert-random"


def eight_bit_in_head(raw: bytes, ctx: _Context) -> tuple[bytes, str]:
    end = _HEAD_END.search(raw)
    limit = end.start() if end else len(raw)
    data = bytearray(raw)
    for _ in range(ctx.rng.randint(1, 10)):
        if limit:
            data[ctx.rng.randrange(limit)] = ctx.rng.randint(0x80, 0xFF)
    return bytes(data), "eight-bit-in-head"


def line_ends(raw: bytes, ctx: _Context) -> tuple[bytes, str]:
    style = ctx.rng.choice(("lf", "cr", "crlf", "mixed", "crcrlf"))
    lines = re.split(rb"\r\n|\r|\n", raw)
    if style == "mixed":
        ends = [ctx.rng.choice((b"\r\n", b"\n", b"\r")) for _ in lines]
        return b"".join(
            line + end for line, end in zip(lines, ends, strict=True)
        ), "line-ends-mixed"
    end = {"lf": b"\n", "cr": b"\r", "crlf": b"\r\n", "crcrlf": b"\r\r\n"}[style]
    return end.join(lines), f"line-ends-{style}"


def slice_twice(raw: bytes, ctx: _Context) -> tuple[bytes, str]:
    start = ctx.rng.randint(0, len(raw))
    end = min(len(raw), start + ctx.rng.randint(1, 2000))
    if ctx.rng.random() < 0.5:
        return raw[:end] + raw[start:end] + raw[end:], "slice-twice-doubled"
    return raw[:start] + raw[end:], "slice-twice-cut"


def from_lines(raw: bytes, ctx: _Context) -> tuple[bytes, str]:
    """Lines an mbox reader could take for separators, at line starts in the message."""
    lines = raw.split(b"\n")
    for _ in range(ctx.rng.randint(1, 3)):
        at = ctx.rng.randint(0, len(lines))
        lines.insert(
            at,
            ctx.rng.choice(
                (
                    b"From someone Tue Nov 24 10:00:00 2026",
                    b">From quoted",
                    b"From ",
                    b"From: looks like a header",
                    b"From x@y.example Mon Jan  1 00:00:00 1970\r",
                )
            ),
        )
    return b"\n".join(lines), "from-lines"


def leading_junk(raw: bytes, ctx: _Context) -> tuple[bytes, str]:
    prefix = ctx.rng.choice(
        (
            b"\r\n",
            b"\n\n",
            b" ",
            b"\t folded: first\r\n",
            b"\xef\xbb\xbf",
            b">From x\r\n",
            b"Received: from x\r\n" * 500,
        )
    )
    return prefix + raw, "leading-junk"


# -- made-up messages ----------------------------------------------------------------------


def generated(ctx: _Context) -> Mail:
    """A plain message made up from scratch, threaded to a random id or a fuzzed one."""
    nl = ctx.rng.choice((b"\r\n", b"\n"))
    own = ctx.own_id()
    day, minute = ctx.rng.randint(1, 28), ctx.rng.randint(10, 59)
    fields = [
        f"From: {ctx.words(1)} <u{ctx.index % 97}@gen.example>".encode(),
        f"To: {ctx.words(1)} <me@example.org>".encode(),
        f"Subject: {ctx.rng.choice(('', 'Re: ', 'AW: Re: ', 'Fwd: '))}{ctx.words(3)}".encode(),
        f"Date: Tue, {day} Nov 2026 10:{minute}:00 +0100".encode(),
        f"Message-ID: <{own}>".encode(),
    ]
    if ctx.rng.random() < 0.7:
        parents = [ctx.some_id() for _ in range(ctx.rng.randint(1, 6))]
        fields.append(("References: " + " ".join(f"<{p}>" for p in parents)).encode())
        fields.append(f"In-Reply-To: <{parents[-1]}>".encode())
    if ctx.rng.random() < 0.3:
        fields.append(b"Cc: c1@gen.example, Me Again <me@example.org>")
    if ctx.rng.random() < 0.2:
        fields.append(b"List-Post: <mailto:list@gen.example>")
    body = ("\n".join(ctx.words(12) for _ in range(ctx.rng.randint(1, 20))) + "\n").encode()
    if ctx.rng.random() < 0.3:
        fields.append(b"Content-Type: text/plain; charset=utf-8")
        fields.append(b"Content-Transfer-Encoding: 8bit")
    else:
        body = body.decode().encode("ascii", "replace")
    return Mail(fields, body.replace(b"\n", nl), nl)


HEADER_MUTATIONS: tuple[tuple[Mutation, int], ...] = (
    (msgid_missing, 3),
    (msgid_duplicate, 4),
    (msgid_garbled, 3),
    (msgid_twice, 1),
    (references_loop, 4),
    (references_huge, 1),
    (in_reply_to_junk, 3),
    (header_controls, 4),
    (overlong_line, 2),
    (bad_encoded_words, 4),
    (wrong_charset, 3),
    (broken_date, 3),
    (eight_bit_headers, 3),
    (duplicate_headers, 2),
    (address_junk, 3),
    (list_post_junk, 1),
    (thread_index_junk, 1),
    (header_name_junk, 2),
    (many_headers, 1),
    (folded_oddly, 2),
)
MIME_MUTATIONS: tuple[tuple[Mutation, int], ...] = (
    (mime_random_tree, 4),
    (mime_boundary_faults, 5),
    (mime_deep_nesting, 2),
    (mime_wrong_encoding, 4),
    (mime_message_inside, 3),
    (mime_huge_parameters, 2),
    (mime_content_type_junk, 3),
    (mime_hostile_html, 4),
)
#: Very rare: each costs a reader seconds if it is slow (which the fuzz test is there to see).
RARE_MUTATIONS: tuple[Mutation, ...] = (html_deep_nesting, mime_beyond_recursion)
BYTE_MUTATIONS: tuple[tuple[Callable[[bytes, _Context], tuple[bytes, str]], int], ...] = (
    (bit_flips, 4),
    (truncate, 3),
    (insert_random, 3),
    (eight_bit_in_head, 3),
    (line_ends, 3),
    (slice_twice, 2),
    (from_lines, 2),
    (leading_junk, 1),
)


class MailFuzzer:
    """Hostile messages from ``originals`` (real mail) and made up ones, by ``seed``."""

    def __init__(self, seed: int, originals: Sequence[bytes]) -> None:
        self.seed = seed
        self.originals = list(originals)
        self.known_ids = message_ids_in(self.originals)

    def message(self, index: int) -> Fuzzed:
        """Message ``index``: the same bytes for the same seed, originals and index."""
        rng = Random(f"threadline-fuzz:{self.seed}:{index}")
        ctx = _Context(rng, self.seed, index, self.known_ids, self.originals)
        done: list[str] = []
        pick = -1
        if not self.originals or rng.random() < 0.15:
            mail = generated(ctx)
            done.append("generated")
        else:
            pick = rng.randrange(len(self.originals))
            mail = Mail.parse(self.originals[pick])
            done.append(f"original-{pick}")
        if index % 1000 == 500:  # a few a run: each costs a reader seconds
            rare = rng.choice(RARE_MUTATIONS)
            done.append(_named(rare, rare(mail, ctx)))
        elif rng.random() < 0.04:  # untouched: an original again (a duplicate) or plain mail
            raw = self.originals[pick] if pick >= 0 else mail.render()
            return Fuzzed(self.seed, index, raw, tuple(done))
        for _ in range(rng.choice((1, 1, 2, 2, 3, 4))):
            kind = rng.random()
            if kind < 0.55:
                mutation = _weighted(rng, HEADER_MUTATIONS)
                done.append(_named(mutation, mutation(mail, ctx)))
            elif kind < 0.85:
                mutation = _weighted(rng, MIME_MUTATIONS)
                done.append(_named(mutation, mutation(mail, ctx)))
        raw = mail.render()
        if rng.random() < 0.3:
            for _ in range(rng.choice((1, 1, 2))):
                byte_mutation = _weighted(rng, BYTE_MUTATIONS)
                raw, name = byte_mutation(raw, ctx)
                done.append(_named(byte_mutation, name))
        if len(raw) > MAX_SIZE:
            raw = raw[:MAX_SIZE]
            done.append("capped")
        return Fuzzed(self.seed, index, raw, tuple(done), ctx.depth)

    def messages(self, count: int, start: int = 0) -> Iterator[Fuzzed]:
        """Messages ``start`` .. ``start + count - 1``."""
        for index in range(start, start + count):
            yield self.message(index)


def _named(function: Callable[..., object], detail: str) -> str:
    """What a mutation did, starting with the mutation's name (``mime-deep-nesting-...``)."""
    name = function.__name__.replace("_", "-")
    return detail if detail.startswith(name) else f"{name}-{detail}"


def _weighted(rng: Random, choices: Sequence[tuple[T, int]]) -> T:
    items = [item for item, _ in choices]
    weights = [weight for _, weight in choices]
    return rng.choices(items, weights)[0]


def mboxrd_entry(raw: bytes) -> bytes:
    """``raw`` as one mboxrd entry: a ``From `` line, ``>``-quoted ``From `` lines, an
    empty line after it (written here, not by the code under test)."""
    lines = raw.split(b"\n")
    quoted = b"\n".join(b">" + line if re.match(rb">*From ", line) else line for line in lines)
    if not quoted.endswith(b"\n"):
        quoted += b"\n"
    return b"From fuzz@example.invalid Thu Jan  1 00:00:00 2026\n" + quoted + b"\n"


def load_originals(corpora: Path | None) -> list[bytes]:
    """Real messages to start from: the shared corpora (when present) and the hostile
    corpus of tests/corpus, each distinct message once, in a fixed order."""
    from helpers.corpora import corpus_messages, fedora_mbox_messages
    from helpers.hostile import CORPUS

    found: dict[bytes, None] = {}
    if corpora is not None:
        for folder in ("notmuch-test-corpora", "cpython-test_email"):
            for _name, raw in corpus_messages(corpora / folder):
                found.setdefault(raw, None)
        for raw in fedora_mbox_messages(corpora):
            found.setdefault(raw, None)
    for path in sorted(CORPUS.glob("*.eml")):
        found.setdefault(path.read_bytes(), None)
    return list(found)
