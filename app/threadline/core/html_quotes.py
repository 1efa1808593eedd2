"""Sanitized HTML mail split into its writer's own part, a folded quote and the signature.

Mail programs mark what they quote, and :mod:`threadline.core.sanitize` keeps exactly
those markers (nothing else a message says about itself):

- Thunderbird and Apple Mail: ``<blockquote type="cite">``, with Thunderbird's
  attribution in ``<div class="moz-cite-prefix">`` just before it;
- Gmail: ``<div class="gmail_quote">`` around the attribution and the quote;
- Outlook on the web: ``<div id="appendonsend">`` and ``<div id="divRplyFwdMsg">``
  (the original's header block), after which everything is the original;
- signatures: ``class="gmail_signature"`` and ``class="moz-signature"``.

What folds follows the plain-text rules of :mod:`threadline.core.quoting`: only the LAST
top-level quote (one inside no other quote), when nothing of the writer's own follows it
or it is the message's only quote, and only when it is longer than a few lines (a fold
would take as much room). Its attribution folds with it (Thunderbird's prefix, or an
element or text just before it that reads like "On …, X wrote:"). From Outlook's divider
everything to the end folds. The writer's own text always stays: a message that is only
a quote (or only a signature and a quote) is never folded away.

The markup is walked with :mod:`html.parser`: it is nh3's output, so every element is
closed, every attribute quoted and every ``<`` in text escaped. The parts are cut from
the markup as it is, never rebuilt.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum
from html.parser import HTMLParser

from threadline.core.quoting import FOLD_ABOVE, is_attribution

#: The colour a signature is drawn in on the white page HTML mail gets (dimmed, readable).
SIGNATURE_COLOUR = "#6b6b6b"
#: A quote of more than this many characters folds, whatever its line count (a long
#: paragraph is one "line" of markup).
FOLD_CHARACTERS = FOLD_ABOVE * 80

_VOID = frozenset({"br", "col", "hr", "img", "wbr"})
#: Elements that start a line of their own (to count a quote's lines and join its text).
_BLOCKS = frozenset(
    {"address", "blockquote", "br", "caption", "center", "dd", "div", "dl", "dt", "h1",
     "h2", "h3", "h4", "h5", "h6", "hr", "li", "ol", "p", "pre", "table", "td", "th", "tr",
     "ul"}
)  # fmt: skip
#: Cheap test for "no marker at all" (sanitized markup has ``class``/``id`` only as markers).
_ANY_MARKER = re.compile(r' (class|id)="|type="cite"')


class Marker(StrEnum):
    QUOTE = "quote"
    ATTRIBUTION = "attribution"
    ORIGINAL = "original"  # Outlook: the original message starts here
    SIGNATURE = "signature"


@dataclass
class _Node:
    tag: str  # "" for a run of text
    start: int
    end: int
    parent: int  # -1: the top of the fragment
    marker: Marker | None = None
    text: str = ""
    line: int = 0  # which line a text run is on
    children: list[int] = field(default_factory=list)


def _marker(tag: str, attributes: dict[str, str | None]) -> Marker | None:
    classes = (attributes.get("class") or "").split()
    if tag == "blockquote" and (attributes.get("type") == "cite" or "gmail_quote" in classes):
        return Marker.QUOTE
    if tag == "div" and "gmail_quote" in classes:
        return Marker.QUOTE
    if tag == "div" and "moz-cite-prefix" in classes:
        return Marker.ATTRIBUTION
    if tag == "div" and attributes.get("id") in ("appendonsend", "divRplyFwdMsg"):
        return Marker.ORIGINAL
    if tag in ("div", "pre") and ("gmail_signature" in classes or "moz-signature" in classes):
        return Marker.SIGNATURE
    return None


class _Tree(HTMLParser):
    """The elements and text runs of a sanitized fragment, with where each starts and ends
    in it (character offsets)."""

    def __init__(self, markup: str) -> None:
        super().__init__(convert_charrefs=True)
        self.markup = markup
        self.nodes: list[_Node] = []
        self.top: list[int] = []
        self._open: list[int] = []
        self._line = 0
        self._line_starts = [0]
        for found in re.finditer("\n", markup):
            self._line_starts.append(found.end())
        self.feed(markup)
        self.close()
        for index in reversed(self._open):  # (never left open by nh3; just in case)
            self.nodes[index].end = len(markup)

    def _offset(self) -> int:
        line, column = self.getpos()
        return self._line_starts[line - 1] + column

    def _add(self, node: _Node) -> int:
        index = len(self.nodes)
        self.nodes.append(node)
        (self.nodes[node.parent].children if node.parent >= 0 else self.top).append(index)
        return index

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        start = self._offset()
        if tag in _BLOCKS:
            self._line += 1
        parent = self._open[-1] if self._open else -1
        index = self._add(_Node(tag, start, start, parent, _marker(tag, dict(attrs))))
        if tag in _VOID:
            self.nodes[index].end = start + len(self.get_starttag_text() or "")
        else:
            self._open.append(index)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID and self._open:
            self.nodes[self._open.pop()].end = self._offset() + len(self.get_starttag_text() or "")

    def handle_endtag(self, tag: str) -> None:
        if tag in _BLOCKS:
            self._line += 1
        if tag not in [self.nodes[index].tag for index in self._open]:
            return  # a stray end tag (nh3 writes none)
        end = self.markup.find(">", self._offset()) + 1
        while self._open:
            index = self._open.pop()
            self.nodes[index].end = end
            if self.nodes[index].tag == tag:
                break

    def handle_data(self, data: str) -> None:
        start = self._offset()
        parent = self._open[-1] if self._open else -1
        self._add(_Node("", start, start, parent, text=data, line=self._line))

    def ancestors(self, index: int) -> list[int]:
        """``index``'s parents, nearest first."""
        found = []
        parent = self.nodes[index].parent
        while parent >= 0:
            found.append(parent)
            parent = self.nodes[parent].parent
        return found

    def siblings(self, index: int) -> list[int]:
        parent = self.nodes[index].parent
        return self.nodes[parent].children if parent >= 0 else self.top

    def text_of(self, index: int) -> str:
        """The text inside element ``index``, a line break between blocks."""
        return self.text_between(self.nodes[index].start, self.nodes[index].end)

    def text_between(self, start: int, stop: int) -> str:
        """The text of the markup from ``start`` to ``stop``, a line break between blocks."""
        parts: list[str] = []
        line = None
        for node in self.nodes:
            if node.tag == "" and start <= node.start < stop and node.text.strip():
                if line is not None and node.line != line:
                    parts.append("\n")
                parts.append(node.text)
                line = node.line
        text = re.sub(r"[^\S\n]+", " ", "".join(parts))
        return re.sub(r" ?\n ?", "\n", text).strip()


@dataclass(frozen=True)
class HtmlBody:
    """A sanitized HTML body, ready to show folded or whole (signatures dimmed in both)."""

    #: What shows while the quote is folded: everything but the quote.
    own: str
    #: The whole body.
    full: str
    #: The folded quote's markup ("" when nothing folds).
    quote: str = ""
    #: The folded quote's text, lines as in the markup (to find it in earlier messages).
    quote_text: str = ""
    #: The signature's markup, as it came ("" when there is none).
    signature: str = ""

    @property
    def folds(self) -> bool:
        """Whether a quote is folded away from :attr:`own`."""
        return bool(self.quote)


def split_html(markup: str) -> HtmlBody:
    """``markup`` (sanitized by :func:`threadline.core.sanitize.sanitize_html`) as the
    writer's own part, the quote that folds and the signature."""
    if not _ANY_MARKER.search(markup):
        return HtmlBody(markup, markup)
    tree = _Tree(markup)
    nodes = tree.nodes

    def inside(index: int, kinds: tuple[Marker, ...]) -> bool:
        return any(nodes[parent].marker in kinds for parent in tree.ancestors(index))

    quotes = [n for n, node in enumerate(nodes)
              if node.marker is Marker.QUOTE and not inside(n, (Marker.QUOTE,))]  # fmt: skip
    originals = [n for n, node in enumerate(nodes)
                 if node.marker is Marker.ORIGINAL and not inside(n, (Marker.QUOTE,))]  # fmt: skip
    signatures = [n for n, node in enumerate(nodes) if node.marker is Marker.SIGNATURE
                  and not inside(n, (Marker.QUOTE, Marker.SIGNATURE))]  # fmt: skip
    in_signature = [(nodes[n].start, nodes[n].end) for n in signatures]
    in_quote = [(nodes[n].start, nodes[n].end) for n in quotes]

    def own_text(start: int, stop: int, *, skip: list[tuple[int, int]]) -> bool:
        """Whether the writer wrote anything between ``start`` and ``stop`` (text outside
        the signatures and the ``skip`` spans)."""
        return any(
            node.tag == "" and start <= node.start < stop and node.text.strip()
            and not any(a <= node.start < b for a, b in [*in_signature, *skip])
            for node in nodes
        )  # fmt: skip

    fold: tuple[int, int] | None = None  # the span that folds
    closers = ""  # end tags of the elements the fold leaves open (Outlook's cut)
    quote_text = ""
    if originals:
        first = originals[0]
        start = _preceded(tree, first, nodes[first].start, hr=True)
        if own_text(0, start, skip=in_quote):
            fold = (start, len(markup))
            closers = "".join(f"</{nodes[p].tag}>" for p in tree.ancestors(first))
            quote_text = tree.text_between(start, len(markup))
    elif quotes:
        last = quotes[-1]
        start, stop = _preceded(tree, last, nodes[last].start), nodes[last].end
        others = [span for span in in_quote if span != (nodes[last].start, stop)]
        trailing = not own_text(stop, len(markup), skip=others)
        writes = own_text(0, start, skip=others) or own_text(stop, len(markup), skip=others)
        text = tree.text_of(last)
        long_enough = text.count("\n") + 1 > FOLD_ABOVE or len(text) > FOLD_CHARACTERS
        if writes and long_enough and (trailing or len(quotes) == 1):
            fold = (start, stop)
            quote_text = text

    def dimmed(begin: int, end: int) -> str:
        """``markup[begin:end]`` with the signatures in it drawn grey."""
        out, at = [], begin
        for a, b in in_signature:
            if begin <= a and b <= end:
                out += [markup[at:a], f'<div style="color:{SIGNATURE_COLOUR}">',
                        markup[a:b], "</div>"]  # fmt: skip
                at = b
        out.append(markup[at:end])
        return "".join(out)

    full = dimmed(0, len(markup))
    signature = "".join(markup[a:b] for a, b in in_signature)
    if fold is None:
        return HtmlBody(full, full, signature=signature)
    start, stop = fold
    own = dimmed(0, start) + closers + dimmed(stop, len(markup))
    return HtmlBody(own, full, markup[start:stop], quote_text, signature)


def _preceded(tree: _Tree, index: int, start: int, *, hr: bool = False) -> int:
    """Where the quote ``index`` starts with its attribution: Thunderbird's prefix, an
    element or text just before it that reads "On …, X wrote:" (blank text and ``<br>``
    between them skipped), or for Outlook's original the rule drawn above it."""
    siblings = tree.siblings(index)
    position = siblings.index(index)
    for before in reversed(siblings[:position]):
        node = tree.nodes[before]
        if (node.tag == "" and not node.text.strip()) or node.tag == "br":
            continue
        if node.marker in (Marker.ATTRIBUTION, Marker.ORIGINAL):
            return node.start
        if hr and node.tag == "hr":
            return _preceded(tree, before, node.start, hr=True)
        text = node.text if node.tag == "" else tree.text_of(before)
        if not hr and "\n" not in text.strip() and is_attribution(text):
            return node.start
        break
    return start
