"""Received HTML reduced to what may be shown: text, layout, and the message's own images.

The work is done by nh3 (the Rust ``ammonia`` sanitizer over the ``html5ever`` parser),
never by regular expressions: the markup is parsed the way a browser parses it and then
written out again from an allow-list, so an unclosed comment, a stray ``</div>`` or a
``<base>`` cannot reach past the message it came in. What stays:

- structure and text tags, tables, lists, quotes, fonts and a short list of CSS
  properties that change only how text looks (no ``position``, no ``background-image``,
  no ``url()`` of any kind, no ``@import``);
- links to ``http``, ``https`` and ``mailto`` (opened only when the user clicks);
- the markers mail programs put on quotes and signatures (:data:`MARKERS`: Gmail's
  ``class="gmail_quote"``, ``<blockquote type="cite">``, Outlook's ``id="divRplyFwdMsg"``
  ...), so the reader can fold a quote and dim a signature. Only these exact values
  survive: any other ``class``, ``id`` or ``type`` is dropped, so a message can neither
  style itself nor aim at anything by name;
- images from the message itself (``cid:``) or inline ``data:`` images. Remote images
  keep their ``http(s)`` address so the reader can count and refuse them; any other
  image address (a file path, ``file:``, a UNC name) becomes :data:`BLOCKED_IMAGE`.
  Nothing here fetches anything.
"""

from __future__ import annotations

import html
import re

import nh3

from threadline.core.parse import html_to_text

_TAGS = frozenset(
    {
        "a", "abbr", "acronym", "address", "b", "bdi", "bdo", "big", "blockquote", "br",
        "caption", "center", "cite", "code", "col", "colgroup", "dd", "del", "dfn", "div",
        "dl", "dt", "em", "font", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img",
        "ins", "kbd", "li", "mark", "ol", "p", "pre", "q", "s", "samp", "small", "span",
        "strike", "strong", "sub", "sup", "table", "tbody", "td", "tfoot", "th", "thead",
        "tr", "tt", "u", "ul", "var", "wbr",
    }
)  # fmt: skip

#: Tags dropped together with everything inside them.
_DROPPED_WITH_CONTENT = frozenset(
    {"script", "style", "title", "template", "iframe", "object", "embed", "noembed",
     "noframes", "noscript", "svg", "math", "select", "textarea", "button", "audio", "video"}
)  # fmt: skip

_ATTRIBUTES = {
    "*": {"style", "dir", "lang", "align", "title"},
    "a": {"href"},
    "img": {"src", "alt", "width", "height"},
    "font": {"color", "face", "size"},
    "table": {"width", "border", "cellpadding", "cellspacing", "bgcolor"},
    "td": {"colspan", "rowspan", "valign", "width", "bgcolor", "nowrap"},
    "th": {"colspan", "rowspan", "valign", "width", "bgcolor", "nowrap"},
    "tr": {"valign", "bgcolor"},
    "col": {"span", "width"},
    "colgroup": {"span", "width"},
    "ol": {"start", "type"},
    "li": {"value"},
    "blockquote": {"cite", "type", "class"},
    "div": {"class", "id"},
    "pre": {"class"},  # Thunderbird's <pre class="moz-signature"> of a plain-text signature
}

#: The only ``class``, ``id`` and ``type`` values kept, by attribute: how mail programs
#: mark a quote (Gmail, Thunderbird, Apple Mail, Outlook on the web) and a signature.
#: ``class`` keeps the known words of a list (``"gmail_quote gmail_quote_container"``).
MARKERS = {
    "class": frozenset({"gmail_quote", "gmail_quote_container", "moz-cite-prefix",
                        "gmail_signature", "moz-signature"}),
    "id": frozenset({"divRplyFwdMsg", "appendonsend"}),
    "type": frozenset({"cite"}),
}  # fmt: skip

#: CSS properties that only change how text and boxes look.
_STYLE_PROPERTIES = frozenset(
    {
        "color", "background-color", "font", "font-family", "font-size", "font-style",
        "font-weight", "font-variant", "text-align", "text-decoration", "text-indent",
        "text-transform", "line-height", "letter-spacing", "word-spacing", "white-space",
        "vertical-align", "direction", "margin", "margin-top", "margin-right",
        "margin-bottom", "margin-left", "padding", "padding-top", "padding-right",
        "padding-bottom", "padding-left", "border", "border-top", "border-right",
        "border-bottom", "border-left", "border-color", "border-style", "border-width",
        "border-collapse", "border-spacing", "width", "height", "max-width", "min-width",
        "list-style-type",
    }
)  # fmt: skip

#: What a refused image's address becomes: a part no message has.
BLOCKED_IMAGE = "cid:blocked.invalid"

_LINK_SCHEMES = frozenset({"http", "https", "mailto"})
_IMAGE_SCHEMES = frozenset({"cid", "data", "http", "https"})
_URL_IN_CSS = re.compile(r"url\s*\(|expression\s*\(|@import|\\", re.IGNORECASE)


def _scheme(value: str) -> str:
    head, colon, _rest = value.strip().partition(":")
    return head.lower() if colon else ""


#: The elements that may carry a marker (others have no ``class``, ``id`` or ``type``
#: allowed at all, except ``<ol type>``, which is layout).
_MARKED = frozenset({"div", "blockquote", "pre"})


def _marker(name: str, value: str) -> str | None:
    """``value`` reduced to the known markers of attribute ``name`` (``None``: none)."""
    if name == "class":
        kept = [word for word in value.split() if word in MARKERS["class"]]
        return " ".join(dict.fromkeys(kept)) or None
    value = value.strip()
    if name == "type":
        value = value.lower()
    return value if value in MARKERS[name] else None


def _filter_attribute(tag: str, name: str, value: str) -> str | None:
    """Keep link and image addresses only with the schemes that may appear there, and
    ``class``, ``id`` and ``type`` only with the values of :data:`MARKERS`."""
    if tag == "a" and name == "href":
        return value if _scheme(value) in _LINK_SCHEMES else None
    if tag == "img" and name == "src":
        if _scheme(value) not in _IMAGE_SCHEMES:
            return BLOCKED_IMAGE
        if _scheme(value) == "data" and not value.strip()[5:].lower().startswith("image/"):
            return BLOCKED_IMAGE
        return value
    if name == "style" and _URL_IN_CSS.search(value):
        return None
    if name in MARKERS and tag in _MARKED:
        return _marker(name, value)
    return value


_CLEANER = nh3.Cleaner(
    tags=set(_TAGS),
    clean_content_tags=set(_DROPPED_WITH_CONTENT),
    attributes={tag: set(names) for tag, names in _ATTRIBUTES.items()},
    attribute_filter=_filter_attribute,
    strip_comments=True,
    link_rel="noopener noreferrer",
    url_schemes=set(_LINK_SCHEMES | _IMAGE_SCHEMES),
    filter_style_properties=set(_STYLE_PROPERTIES),
)


#: Elements nested deeper than this are not laid out as HTML (Chromium's parser stops
#: nesting at 512 too): the HTML parser's scope checks and Qt's layout take time that
#: grows with the square of the depth (60,000 nested ``<div>``, 300 KB, took nh3 minutes).
MAX_NESTING = 512

_TAG = re.compile(r"<(/?)([A-Za-z][^\s/>]*)")
_VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "keygen",
                   "link", "meta", "param", "source", "track", "wbr"})  # fmt: skip
#: Start tags that close an open element (HTML's implied end tags): an unclosed ``<p>``,
#: ``<li>``, table row or cell ends where the next one (or a block) starts.
_BLOCKS = frozenset({"address", "article", "aside", "blockquote", "center", "details", "dir",
                     "div", "dl", "fieldset", "figure", "footer", "form", "h1", "h2", "h3",
                     "h4", "h5", "h6", "header", "listing", "main", "menu", "nav", "ol", "pre",
                     "section", "summary", "table", "ul"})  # fmt: skip
_CELLS = frozenset({"tbody", "thead", "tfoot", "tr", "td", "th"})
_CLOSES = {
    "p": frozenset({"p"}), "li": frozenset({"li"}), "dd": frozenset({"dd", "dt"}),
    "dt": frozenset({"dd", "dt"}), "option": frozenset({"option"}),
    "td": frozenset({"td", "th"}), "th": frozenset({"td", "th"}),
    "tr": frozenset({"tr", "td", "th"}), "tbody": _CELLS, "thead": _CELLS, "tfoot": _CELLS,
    **{block: frozenset({"p"}) for block in _BLOCKS},
}  # fmt: skip
#: Where the search for an element to close stops.
_SCOPES = frozenset({"table", "tbody", "thead", "tfoot", "tr", "td", "th", "ul", "ol", "dl",
                     "select", "button", "caption"})  # fmt: skip
#: How far down the open elements a start tag looks for one it closes (keeps this linear).
_LOOK_BACK = 16


def too_deep(markup: str, limit: int = MAX_NESTING) -> bool:
    """Whether the elements of ``markup`` nest more than ``limit`` deep, as far as a quick
    linear look at its tags tells: a start tag opens an element (a void one does not) and
    may close open ones first (an unclosed ``<p>``, ``<li>``, row or cell); an end tag
    closes its element and those opened inside it."""
    stack: list[str] = []
    open_count: dict[str, int] = {}

    def close_to(position: int) -> None:
        while len(stack) > position:
            open_count[stack.pop()] -= 1

    for match in _TAG.finditer(markup):
        name = match.group(2).lower()
        if match.group(1):  # an end tag
            while open_count.get(name):  # pops what it scans: linear in all
                closed = stack.pop()
                open_count[closed] -= 1
                if closed == name:
                    break
            continue
        closes = _CLOSES.get(name)
        if closes:
            found = None
            for position in range(len(stack) - 1, max(-1, len(stack) - 1 - _LOOK_BACK), -1):
                if stack[position] in closes:
                    found = position
                elif stack[position] in _SCOPES:
                    break
            if found is not None:
                close_to(found)
        if name not in _VOID:
            stack.append(name)
            open_count[name] = open_count.get(name, 0) + 1
            if len(stack) > limit:
                return True
    return False


def sanitize_html(markup: str) -> str:
    """``markup`` (a whole document or a fragment) as a safe, self-contained fragment.

    Markup nested deeper than :data:`MAX_NESTING` is shown as its text instead.
    """
    if too_deep(markup):
        return _CLEANER.clean(_AS_TEXT.format(html.escape(html_to_text(markup))))
    return _CLEANER.clean(markup)


_AS_TEXT = "<pre style='white-space: pre-wrap; font-family: sans-serif'>{}</pre>"
