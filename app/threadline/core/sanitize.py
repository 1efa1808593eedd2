"""Received HTML reduced to what may be shown: text, layout, and the message's own images.

The work is done by nh3 (the Rust ``ammonia`` sanitizer over the ``html5ever`` parser),
never by regular expressions: the markup is parsed the way a browser parses it and then
written out again from an allow-list, so an unclosed comment, a stray ``</div>`` or a
``<base>`` cannot reach past the message it came in. What stays:

- structure and text tags, tables, lists, quotes, fonts and a short list of CSS
  properties that change only how text looks (no ``position``, no ``background-image``,
  no ``url()`` of any kind, no ``@import``);
- links to ``http``, ``https`` and ``mailto`` (opened only when the user clicks);
- images from the message itself (``cid:``) or inline ``data:`` images. Remote images
  keep their ``http(s)`` address so the reader can count and refuse them; any other
  image address (a file path, ``file:``, a UNC name) becomes :data:`BLOCKED_IMAGE`.
  Nothing here fetches anything.
"""

from __future__ import annotations

import re

import nh3

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
    "blockquote": {"cite"},
}

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


def _filter_attribute(tag: str, name: str, value: str) -> str | None:
    """Keep link and image addresses only with the schemes that may appear there."""
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


def sanitize_html(markup: str) -> str:
    """``markup`` (a whole document or a fragment) as a safe, self-contained fragment."""
    return _CLEANER.clean(markup)
