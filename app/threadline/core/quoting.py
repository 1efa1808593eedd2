"""A plain-text body split into its writer's own text, quoted text and signature.

What counts as quoted:

- lines starting with ``>`` (nested ``>>`` too), with blank lines between them, and the
  attribution line just before them ("On …, X wrote:", "Am … schrieb X:", "Le … a
  écrit :", "El … escribió:", a Gmail attribution wrapped onto two lines, and the
  Arabic and Hebrew "كتب:" / "כתב:" forms);
- an Outlook-style original: from "-----Original Message-----" (or the German and
  French words for it), or from a header block ("From: … Sent: … To: … Subject:", also
  "Von: … Gesendet: …" and "De : … Envoyé : …"), to the end of the body. A header block
  after a "Forwarded message" line is the forwarded message itself, not a quote.

The signature starts at a line that is exactly ``"-- "`` (RFC 3676 §4.3; a bare ``"--"``
is an ordinary line: a dash rule, or a signature whose separator lost its space, which
could as well be text) and runs to the next quote or the end. Failing that, a short
closing line such as "Sent from my iPhone" is a signature.

Which quotes fold (:attr:`Part.folded`): a quote of more than :data:`FOLD_ABOVE` lines
when it is the last thing the writer put in (a top-posted reply's original, a trailing
quote), or when it is the body's only quote (a bottom-posted reply). A quote with the
writer's own text on both sides of it, among other quotes, is an interleaved reply: it
stays in view, since the answers below it only make sense with it (as in Thunderbird).
Short quotes stay in view too: a fold would take as much room as they do. An
Outlook-style original always folds when the writer wrote something above it.

Nothing is lost: the parts' texts joined with ``"\\n"`` give the body back, line breaks
made ``"\\n"``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from enum import StrEnum

#: Quotes of more lines than this may fold; shorter ones always stay in view.
FOLD_ABOVE = 3


class Kind(StrEnum):
    OWN = "own"
    QUOTE = "quote"
    SIGNATURE = "signature"


@dataclass(frozen=True)
class Part:
    """Consecutive lines of one kind (their text without a final line break)."""

    kind: Kind
    text: str
    folded: bool = False

    @property
    def line_count(self) -> int:
        return self.text.count("\n") + 1


#: The verb of an attribution ("wrote", "schrieb", "كتب", ...): the line ends with a colon,
#: the verb stands anywhere in it ("Am …, schrieb Maya <m@x>:", "كتب سارة:").
_ATTRIBUTION_VERB = re.compile(
    r"(?<!\w)(wrote|writes|said|schrieb|schreibt|a écrit|escribió|escribio|ha scritto"
    r"|scrisse|schreef|skrev|kirjoitti|napisał|napisała|napsal|написал|написала"
    r"|yazdı|έγραψε|写道|寫道|كتب|كتبت|כתב|כתבה|כתב/ה)(?!\w)",
    re.IGNORECASE,
)
#: How a wrapped attribution's first line starts ("On Tue, 5 Mar 2024 at 09:12, Bob <").
_ATTRIBUTION_START = re.compile(r"^(On|Am|Le|El|Il|Op|Den|Dne|W dniu|Em)\s", re.IGNORECASE)
_DIVIDER = re.compile(
    r"^\s*-{2,}\s*(Original Message|Ursprüngliche Nachricht|Message d'origine"
    r"|Message original|Mensaje original|Messaggio originale|Oorspronkelijk bericht)"
    r"\s*-{2,}\s*$",
    re.IGNORECASE,
)
_HEADER_FROM = re.compile(r"^\*?(From|Von|De|Van|Da|Från|Fra|От)\s?:", re.IGNORECASE)
_HEADER_OTHER = re.compile(
    r"^\*?(Sent|Date|To|Cc|Subject|Gesendet|Datum|An|Betreff|Envoyé|À|Objet|Enviado"
    r"|Para|Asunto|Inviato|Oggetto|Verzonden|Aan|Onderwerp|Skickat|Till|Ämne)\s?:",
    re.IGNORECASE,
)
_FORWARD = re.compile(r"forward|weitergeleitet|transféré|reenviado|inoltrato", re.IGNORECASE)
_RULE = re.compile(r"^\s*_{10,}\s*$")
_MOBILE = re.compile(
    r"^(Sent from my \w[\w ]*|Sent from (Mail|Outlook|Yahoo Mail)\b.*|Get Outlook for \w+"
    r"|Von meinem \w[\w ]* gesendet|Envoyé de mon \w[\w ]*|Enviado desde mi \w[\w ]*"
    r"|Inviato da(l mio)? \w[\w ]*)\.?\s*$",
    re.IGNORECASE,
)
_SIGNATURE_SEPARATOR = "-- "


def _quoted(line: str) -> bool:
    return line.startswith(">")


def _outlook_start(lines: list[str]) -> int | None:
    """Where an Outlook-style original starts (its divider, or its header block with the
    rule of underscores above it), if the body holds one below some text of its own."""
    for number, line in enumerate(lines):
        if _quoted(line):
            continue
        start = None
        if _DIVIDER.match(line):
            start = number
        elif _HEADER_FROM.match(line):
            following = lines[number + 1 : number + 6]
            if sum(1 for other in following if _HEADER_OTHER.match(other)) >= 2:
                above = number - 1
                while above >= 0 and not lines[above].strip():
                    above -= 1
                if above >= 0 and _FORWARD.search(lines[above]):
                    continue  # a forwarded message's own header, not a quote
                start = above if above >= 0 and _RULE.match(lines[above]) else number
        if start is not None and any(t.strip() and not _quoted(t) for t in lines[:start]):
            return start
    return None


def is_attribution(line: str) -> bool:
    """Whether ``line`` reads like a quote's attribution ("On …, X wrote:", "Am … schrieb
    X:", "كتب سارة:"): it ends with a colon and names the verb."""
    line = line.strip()
    return line[-1:] in (":", "：") and len(line) < 300 and bool(_ATTRIBUTION_VERB.search(line))


def _quote_blocks(lines: list[str], end: int) -> list[tuple[int, int]]:
    """``(start, stop)`` of each ``>`` quote in ``lines[:end]``, attribution included."""
    blocks: list[tuple[int, int]] = []
    number = 0
    while number < end:
        if not _quoted(lines[number]):
            number += 1
            continue
        start, stop = number, number + 1
        while True:
            after = stop
            while after < end and not lines[after].strip():
                after += 1
            if after < end and _quoted(lines[after]):
                stop = after + 1
                while stop < end and _quoted(lines[stop]):
                    stop += 1
            else:
                break
        above = start - 1
        floor = blocks[-1][1] if blocks else 0
        while above >= floor and not lines[above].strip():
            above -= 1
        if above >= floor and is_attribution(lines[above]):
            start = above
            if (
                not _ATTRIBUTION_START.match(lines[above])
                and above - 1 >= floor
                and _ATTRIBUTION_START.match(lines[above - 1])
                and not is_attribution(lines[above - 1])
            ):
                start = above - 1  # "On …, Bob <" / "bob@example.com> wrote:"
        blocks.append((start, stop))
        number = stop
    return blocks


def _signature(lines: list[str], start: int, stop: int) -> tuple[int, int] | None:
    """The signature among the writer's own ``lines[start:stop]``, if any."""
    for number in range(start, stop):
        if lines[number] == _SIGNATURE_SEPARATOR:
            return number, stop
    last = stop - 1
    while last >= start and not lines[last].strip():
        last -= 1
    if last >= start and len(lines[last]) < 80 and _MOBILE.match(lines[last].strip()):
        return last, last + 1
    return None


def split_body(text: str) -> list[Part]:
    """``text`` (a plain-text body) as its own text, quotes and signature, in order."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    outlook = _outlook_start(lines)
    end = len(lines) if outlook is None else outlook
    blocks = _quote_blocks(lines, end)
    kinds: list[tuple[Kind, bool]] = [(Kind.OWN, False)] * len(lines)

    own_spans = []  # the writer's stretches between quotes
    previous = 0
    for start, stop in [*blocks, (end, end)]:
        own_spans.append((previous, start))
        previous = stop
    for start, stop in own_spans:
        found = _signature(lines, start, stop)
        if found is not None:
            for number in range(*found):
                kinds[number] = (Kind.SIGNATURE, False)

    def writes(start: int, stop: int) -> bool:
        return any(lines[n].strip() and kinds[n][0] is Kind.OWN for n in range(start, stop))

    for start, stop in blocks:
        quoted = sum(1 for n in range(start, stop) if _quoted(lines[n]) and lines[n] != ">")
        trailing = not writes(stop, end)
        own_text = writes(0, start) or writes(stop, end)  # never fold a whole body away
        fold = quoted > FOLD_ABOVE and (trailing or len(blocks) == 1) and own_text
        for number in range(start, stop):
            kinds[number] = (Kind.QUOTE, fold)
    if outlook is not None:
        fold = writes(0, outlook)  # (an attribution or a signature above is not enough)
        for number in range(outlook, len(lines)):
            kinds[number] = (Kind.QUOTE, fold)

    parts: list[Part] = []
    run: list[str] = []
    for number, line in enumerate(lines):
        if run and kinds[number] != kinds[number - 1]:
            parts.append(Part(kinds[number - 1][0], "\n".join(run), kinds[number - 1][1]))
            run = []
        run.append(line)
    parts.append(Part(kinds[-1][0], "\n".join(run), kinds[-1][1]))
    return parts


_MARKERS = re.compile(r"^(\s*>)+ ?")


def quoted_content(quote: str) -> str:
    """The text a quote repeats from the message it quotes, one line a line: its ``>``
    lines without their markers (the attribution above them left out), or, for a quote
    without ``>`` (an Outlook original, HTML quoted text), its lines without the
    attribution, divider, rule and header lines."""
    lines = quote.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if any(_quoted(line) for line in lines):
        lines = [_MARKERS.sub("", line) for line in lines if _quoted(line)]
    else:
        lines = [line for line in lines if not (
            is_attribution(line) or _DIVIDER.match(line) or _RULE.match(line)
            or _HEADER_FROM.match(line.strip()) or _HEADER_OTHER.match(line.strip())
        )]  # fmt: skip
    return "\n".join(line.strip() for line in lines if line.strip())


def only_repeated(parts: list[Part], repeats: Callable[[str], bool]) -> list[Part]:
    """``parts`` with a folded quote unfolded unless ``repeats`` finds its content
    (:func:`quoted_content`) in an earlier message: a quote of something the reader has
    not got (a message before they joined) stays in view."""
    return [
        replace(part, folded=False) if part.folded and not repeats(quoted_content(part.text))
        else part
        for part in parts
    ]  # fmt: skip


def has_fold(parts: list[Part]) -> bool:
    """Whether any part of ``parts`` is folded."""
    return any(part.folded for part in parts)
