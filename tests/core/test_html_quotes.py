"""HTML mail split into own part, folded quote and signature, as mail programs mark them."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from threadline.core.html_quotes import SIGNATURE_COLOUR, split_html
from threadline.core.parse import html_to_text
from threadline.core.sanitize import sanitize_html

ORIGINAL = "".join(f"<div>Line {n} of the original plan, with details.</div>" for n in range(5))
ORIGINAL_TEXT = "\n".join(f"Line {n} of the original plan, with details." for n in range(5))
DIM = f'<div style="color:{SIGNATURE_COLOUR}">'

GMAIL = (
    '<div dir="ltr">Sounds good, Friday it is.<br clear="all"><div><br></div>'
    '<span class="gmail_signature_prefix">-- </span><br><div dir="ltr" class="gmail_signature"'
    ' data-smartmail="gmail_signature">Ann Lee<br>Northwind</div></div><br>'
    '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
    "On Mon, 4 Mar 2024 at 09:12, Bob &lt;bob@x.org&gt; wrote:<br></div>"
    '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
    f'border-left:1px solid rgb(204,204,204);padding-left:1ex">{ORIGINAL}</blockquote></div>'
)
THUNDERBIRD = (
    "<html><head><meta http-equiv='content-type' content='text/html'></head><body>"
    '<p>Yes, see below.</p><div class="moz-cite-prefix">On 04/03/2024 09:12, Bob wrote:<br>'
    f'</div><blockquote type="cite" cite="mid:a@x.org">{ORIGINAL}</blockquote><br>'
    '<div class="moz-signature">-- <br>Ann</div></body></html>'
)
APPLE = (  # iOS Mail: the attribution in a blockquote of its own, then the quote
    '<html><body dir="auto">Fine by me.<br><br><div dir="ltr">Sent from my iPhone</div>'
    '<div dir="ltr"><br><blockquote type="cite">On 4 Mar 2024, at 09:12, Bob '
    "&lt;bob@x.org&gt; wrote:<br><br></blockquote></div>"
    f'<blockquote type="cite"><div dir="ltr">{ORIGINAL}</div></blockquote></body></html>'
)
OUTLOOK = (
    '<div class="elementToProof">Agreed.</div><div id="appendonsend"></div>'
    '<hr style="display:inline-block;width:98%" tabindex="-1"><div id="divRplyFwdMsg" dir="ltr">'
    '<font face="Calibri"><b>From:</b> Bob<br><b>Sent:</b> Monday<br><b>Subject:</b> Plan'
    f"</font><div>&nbsp;</div></div>{ORIGINAL}"
)


def split(raw: str):  # type: ignore[no-untyped-def]
    return split_html(sanitize_html(raw))


def test_gmail_folds_its_quote_and_dims_its_signature() -> None:
    body = split(GMAIL)
    assert body.folds
    assert html_to_text(body.own).split() == words(
        "Sounds good, Friday it is. -- Ann Lee Northwind"
    )
    assert "Line 0" not in body.own and "wrote:" not in body.own
    assert body.quote.startswith('<div class="gmail_quote gmail_quote_container">')
    attribution = "On Mon, 4 Mar 2024 at 09:12, Bob <bob@x.org> wrote:"
    assert body.quote_text == f"{attribution}\n{ORIGINAL_TEXT}"
    assert body.signature == '<div dir="ltr" class="gmail_signature">Ann Lee<br>Northwind</div>'
    dimmed = f"{DIM}{body.signature}</div>"
    assert dimmed in body.own and dimmed in body.full
    assert words(body.full)[-len(words(ORIGINAL)) :] == words(ORIGINAL)


def test_thunderbird_folds_the_quote_with_its_cite_prefix() -> None:
    body = split(THUNDERBIRD)
    assert body.folds
    signature = '<div class="moz-signature">-- <br>Ann</div>'
    assert body.own == f"<p>Yes, see below.</p><br>{DIM}{signature}</div>"
    assert body.quote.startswith('<div class="moz-cite-prefix">On 04/03/2024 09:12, Bob wrote:')
    assert body.quote.endswith("</blockquote>")
    assert body.quote_text == ORIGINAL_TEXT
    assert body.full == sanitize_html(THUNDERBIRD).replace(signature, f"{DIM}{signature}</div>")


def test_apple_mail_folds_the_quote_and_the_attribution_before_it() -> None:
    body = split(APPLE)
    assert body.folds
    assert body.own == 'Fine by me.<br><br><div dir="ltr">Sent from my iPhone</div>'
    assert "wrote:" in body.quote and body.quote_text.endswith(ORIGINAL_TEXT)


@pytest.mark.parametrize("wrapped", [False, True])
def test_outlook_folds_everything_from_its_divider(wrapped: bool) -> None:
    markup = f'<div dir="ltr">{OUTLOOK}</div>' if wrapped else OUTLOOK
    body = split(markup)
    assert body.folds
    assert body.own == ('<div dir="ltr"><div>Agreed.</div></div>' if wrapped
                        else "<div>Agreed.</div>")  # fmt: skip
    assert body.quote.startswith('<div id="appendonsend"></div><hr')
    assert body.quote_text == f"From: Bob\nSent: Monday\nSubject: Plan\n{ORIGINAL_TEXT}"
    # without appendonsend, the rule above the header block folds with it
    body = split(OUTLOOK.replace('<div id="appendonsend"></div>', ""))
    assert body.own == "<div>Agreed.</div>" and body.quote.startswith("<hr")


def test_nested_quotes_fold_as_one_the_outermost() -> None:
    inner = f'<blockquote type="cite">{ORIGINAL}</blockquote>'
    markup = f'<p>Agreed.</p><blockquote type="cite"><p>Older words.</p>{inner}</blockquote>'
    body = split(markup)
    assert body.own == "<p>Agreed.</p>"
    assert body.quote == sanitize_html(markup).removeprefix("<p>Agreed.</p>")


def test_without_a_quote_nothing_folds_and_the_markup_is_unchanged() -> None:
    markup = sanitize_html("<p>Hello <b>there</b></p><blockquote>A plain indent</blockquote>")
    body = split_html(markup)
    assert not body.folds and body.own == body.full == markup and body.quote == ""


def test_a_message_that_is_only_a_quote_is_never_folded_away() -> None:
    for markup in (f'<blockquote type="cite">{ORIGINAL}</blockquote>',
                   f'<div class="gmail_quote">{ORIGINAL}</div><div class="gmail_signature">A</div>',
                   f'<div id="divRplyFwdMsg">From: Bob</div>{ORIGINAL}'):  # fmt: skip
        body = split(markup)
        assert not body.folds and body.own == body.full
        assert "Line 4" in body.own


def test_a_short_quote_stays_in_view() -> None:
    body = split('<p>Yes.</p><blockquote type="cite">Lunch?</blockquote>')
    assert not body.folds and "Lunch?" in body.own


def test_only_the_last_quote_folds_and_only_when_nothing_of_the_writer_follows() -> None:
    quote = f'<blockquote type="cite">{ORIGINAL}</blockquote>'
    interleaved = split(f"<p>One.</p>{quote}<p>Two.</p>{quote}<p>Three.</p>")
    assert not interleaved.folds  # answers below each quote: every quote stays
    trailing = split(f"<p>One.</p>{quote}<p>Two.</p>{quote}")
    assert trailing.folds and trailing.own.count("Line 0") == 1
    assert html_to_text(trailing.own).endswith("Two.")
    bottom = split(f"{quote}<p>My answer, below.</p>")  # a bottom-posted reply: one quote
    assert bottom.folds and html_to_text(bottom.own) == "My answer, below."


def test_a_signature_below_the_folded_quote_stays_and_is_dimmed() -> None:
    markup = f'<p>Yes.</p><blockquote type="cite">{ORIGINAL}</blockquote>' + (
        '<pre class="moz-signature">-- \nAnn</pre>'
    )
    body = split(markup)
    assert body.folds
    assert body.own == f'<p>Yes.</p>{DIM}<pre class="moz-signature">-- \nAnn</pre></div>'


def test_an_unmarked_attribution_just_before_the_quote_folds_with_it() -> None:
    markup = f'<p>Yes.</p><div>Am 4. März schrieb Bob:</div><br><blockquote type="cite">{ORIGINAL}'
    body = split(markup + "</blockquote>")
    assert body.own == "<p>Yes.</p>" and body.quote.startswith("<div>Am 4. März")
    plain = split(f'<p>Yes.</p><div>Not an attribution.</div><blockquote type="cite">{ORIGINAL}')
    assert words(plain.own) == ["Yes.", "Not", "an", "attribution."]


def test_markers_a_message_forges_cannot_reach_past_its_own_markup() -> None:
    # a hostile message marks its own words as a quote and a signature: they fold or dim
    # within the message only, and what is shown is still sanitized markup
    markup = (
        '<p>Visible</p><div class="gmail_signature" onclick="x()"><script>x()</script>sig'
        f'</div><div class="gmail_quote evil">{ORIGINAL}</div>'
    )
    body = split(markup)
    assert "script" not in body.full and "onclick" not in body.full and "evil" not in body.full
    assert body.own == f'<p>Visible</p>{DIM}<div class="gmail_signature">sig</div></div>'


_PIECES = st.sampled_from([
    '<blockquote type="cite">', "</blockquote>", '<div class="gmail_quote">', "</div>",
    '<div class="moz-cite-prefix">', '<div id="appendonsend">', '<div id="divRplyFwdMsg">',
    '<div class="gmail_signature">', "<p>", "</p>", "<br>", "<hr>", "<div>", "text ",
    "On Mon, A wrote:", "\n", "more words of a line ", "<b>", "</b>", "&amp;", "<table><tr><td>",
])  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(st.lists(_PIECES, max_size=30).map("".join))
def test_own_and_quote_together_are_the_whole_text(markup: str) -> None:
    clean = sanitize_html(markup)
    body = split_html(clean)
    assert words(body.full) == words(clean)
    if body.folds:
        assert words(body.own)  # the writer's own text always stays
        assert body.quote and body.quote in clean
        assert len(words(body.own)) + len(words(body.quote)) == len(words(clean))
    else:
        assert body.own == body.full


def words(markup: str) -> list[str]:
    return html_to_text(markup).split()
