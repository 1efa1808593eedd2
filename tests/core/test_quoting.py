"""A plain-text body split into own text, quotes (folded or not) and signature."""

from __future__ import annotations

from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from threadline.core.quoting import (
    FOLD_ABOVE,
    Kind,
    Part,
    has_fold,
    is_attribution,
    only_repeated,
    quoted_content,
    split_body,
)

OWN, QUOTE, SIG = Kind.OWN, Kind.QUOTE, Kind.SIGNATURE


def shape(text: str) -> list[tuple[str, str, bool]]:
    return [(part.kind.value, part.text, part.folded) for part in split_body(text)]


def quote_lines(count: int, prefix: str = "> line") -> str:
    return "\n".join(f"{prefix} {n}" for n in range(count))


def test_a_body_without_quotes_is_all_own_text() -> None:
    assert shape("Hello\n\nSee you.") == [("own", "Hello\n\nSee you.", False)]
    assert shape("") == [("own", "", False)]
    assert not has_fold(split_body("Hello"))


def test_a_long_trailing_quote_folds_with_its_attribution() -> None:
    quoted = quote_lines(FOLD_ABOVE + 1)
    text = f"Yes, Friday works.\n\nOn Mon, 23 Nov 2026 at 09:00, Maya <m@x> wrote:\n{quoted}\n"
    assert shape(text) == [
        ("own", "Yes, Friday works.\n", False),
        ("quote", f"On Mon, 23 Nov 2026 at 09:00, Maya <m@x> wrote:\n{quoted}", True),
        ("own", "", False),
    ]
    assert has_fold(split_body(text))


def test_a_short_trailing_quote_stays_in_view() -> None:
    text = f"Yes.\n\nBob wrote:\n{quote_lines(FOLD_ABOVE)}"
    assert shape(text) == [("own", "Yes.\n", False),
                           ("quote", f"Bob wrote:\n{quote_lines(FOLD_ABOVE)}", False)]  # fmt: skip


def test_an_interleaved_reply_keeps_every_quote_in_view() -> None:
    long = quote_lines(8)
    text = f"Bob wrote:\n{long}\nAnswer one.\n{long}\nAnswer two.\n> short\nAnswer three."
    parts = split_body(text)
    assert [p.kind for p in parts] == [QUOTE, OWN, QUOTE, OWN, QUOTE, OWN]
    assert not has_fold(parts)
    assert parts[0].text.startswith("Bob wrote:\n> line 0")


def test_an_interleaved_reply_still_folds_the_quote_after_the_last_answer() -> None:
    long = quote_lines(8)
    text = f"> q\nAnswer.\n{long}\nAnswer two.\n\nOn Tue, Ann wrote:\n{long}"
    parts = split_body(text)
    assert [(p.kind, p.folded) for p in parts] == [
        (QUOTE, False), (OWN, False), (QUOTE, False), (OWN, False), (QUOTE, True)]  # fmt: skip


def test_a_bottom_posted_reply_folds_its_one_long_quote() -> None:
    text = f"On Mon, Ann wrote:\n{quote_lines(10)}\n\nAgreed."
    assert shape(text) == [("quote", f"On Mon, Ann wrote:\n{quote_lines(10)}", True),
                           ("own", "\nAgreed.", False)]  # fmt: skip


def test_a_body_that_is_only_a_quote_never_folds_away() -> None:
    assert shape(quote_lines(20)) == [("quote", quote_lines(20), False)]


def test_nested_quotes_and_blank_lines_between_quoted_lines_are_one_quote() -> None:
    quoted = "> a\n>> older\n>\n> b\n\n> c\n>>> oldest"
    text = f"Reply.\n\nAnn wrote:\n\n{quoted}\n\n"
    parts = split_body(text)
    assert parts[1] == Part(QUOTE, f"Ann wrote:\n\n{quoted}", True)
    assert parts[2] == Part(OWN, "\n", False)


def test_crlf_and_lone_cr_line_breaks() -> None:
    text = "Fine.\r\n\r\nOn Mon, Ann wrote:\r\n> 1\r\n> 2\r\n> 3\r\n> 4\r\n"
    parts = split_body(text)
    assert [p.kind for p in parts] == [OWN, QUOTE, OWN]
    assert parts[1].text == "On Mon, Ann wrote:\n> 1\n> 2\n> 3\n> 4" and parts[1].folded
    assert "\r" not in "".join(p.text for p in parts)
    assert [p.kind for p in split_body("Hi\r-- \rAnn")] == [OWN, SIG]


def test_the_signature_starts_at_dash_dash_space_and_not_at_a_bare_dash_dash() -> None:
    assert shape("Thanks\n-- \nAnn Lee\nNorthwind") == [
        ("own", "Thanks", False), ("signature", "-- \nAnn Lee\nNorthwind", False)]  # fmt: skip
    assert shape("Thanks\n--\nAnn Lee") == [("own", "Thanks\n--\nAnn Lee", False)]
    assert shape("a -- b\n --") == [("own", "a -- b\n --", False)]


def test_a_top_posted_signature_ends_where_the_quote_begins() -> None:
    text = f"Yes.\n-- \nAnn\n\nOn Mon, Bob wrote:\n{quote_lines(5)}\n> -- \n> Bob's sig"
    parts = split_body(text)
    assert [(p.kind, p.folded) for p in parts] == [(OWN, False), (SIG, False), (QUOTE, True)]
    assert parts[1].text == "-- \nAnn\n"
    assert parts[2].text.endswith("> -- \n> Bob's sig")  # a quoted signature is quoted


@pytest.mark.parametrize(
    "closing",
    ["Sent from my iPhone", "Sent from my Galaxy", "Get Outlook for Android",
     "Von meinem iPhone gesendet", "Envoyé de mon iPad", "Sent from Mail for Windows"],
)  # fmt: skip
def test_a_mobile_closing_line_is_a_signature(closing: str) -> None:
    expected = [("own", "On my way.\n", False), ("signature", closing, False), ("own", "", False)]
    assert shape(f"On my way.\n\n{closing}\n") == expected
    # in the middle of the text it is the writer's own sentence
    assert [p.kind for p in split_body(f"{closing}\nand more.")] == [OWN]


@pytest.mark.parametrize(
    "attribution",
    [
        "On Mon, 23 Nov 2026 at 09:00, Maya <maya@example.org> wrote:",
        "Maya Lee <maya@example.org> writes:",
        "Am 23.11.2026 um 09:00 schrieb Maya Lee <maya@example.org>:",
        "Le lun. 23 nov. 2026 à 09:00, Maya Lee <maya@example.org> a écrit :",
        "El lun, 23 nov 2026 a las 9:00, Maya (<maya@example.org>) escribió:",
        "في 23 نوفمبر 2026، كتب سارة أحمد:",
        "ב-23 בנוב׳ 2026, דנה כתבה:",
    ],
)
def test_attributions_in_several_languages_go_with_their_quote(attribution: str) -> None:
    text = f"Fine.\n\n{attribution}\n{quote_lines(5)}"
    parts = split_body(text)
    assert parts[1] == Part(QUOTE, f"{attribution}\n{quote_lines(5)}", True)


def test_a_line_ending_in_a_colon_that_is_no_attribution_stays_own_text() -> None:
    text = f"Here is the list:\n{quote_lines(5)}"
    assert split_body(text)[0] == Part(OWN, "Here is the list:", False)


def test_a_gmail_attribution_wrapped_onto_two_lines() -> None:
    text = (f"Sure.\n\nOn Tue, Mar 5, 2024 at 9:12 AM Robert Longname <\n"
            f"robert.longname@example.com> wrote:\n\n{quote_lines(4)}")  # fmt: skip
    parts = split_body(text)
    assert parts[0].text == "Sure.\n" and parts[1].text.startswith("On Tue, Mar 5")
    assert parts[1].folded


def test_right_to_left_quotes_are_quotes() -> None:
    arabic = "\n".join(f"> مرحبا، هذا سطر {n}" for n in range(5))
    text = f"شكراً لك!\n\nكتب سارة:\n{arabic}\n-- \nيوسف"
    assert shape(text) == [
        ("own", "شكراً لك!\n", False),
        ("quote", f"كتب سارة:\n{arabic}", True),
        ("signature", "-- \nيوسف", False),
    ]
    hebrew = "שלום\n> שורה אחת\n> שורה שתיים"
    assert [p.kind for p in split_body(hebrew)] == [OWN, QUOTE]


def test_an_outlook_original_folds_from_its_divider_to_the_end() -> None:
    text = ("Approved.\n\nMaya\n\n-----Original Message-----\nFrom: Bob\nSent: Monday\n"
            "To: Maya\nSubject: Budget\n\nPlease approve.\n> old quoted\n-- \nBob")  # fmt: skip
    parts = split_body(text)
    assert parts[0] == Part(OWN, "Approved.\n\nMaya\n", False)
    assert parts[1].kind is QUOTE and parts[1].folded
    assert parts[1].text.startswith("-----Original Message-----") and parts[1].text.endswith("Bob")


@pytest.mark.parametrize(
    "header",
    [
        "________________________________\nFrom: Bob Lee <bob@x>\nSent: Monday, 23 Nov\n"
        "To: Maya\nSubject: Budget",
        "Von: Bob Lee\nGesendet: Montag, 23. November\nAn: Maya\nBetreff: Budget",
        "De : Bob Lee\nEnvoyé : lundi 23 novembre\nÀ : Maya\nObjet : Budget",
        "-----Ursprüngliche Nachricht-----\nVon: Bob",
        "----- Original Message -----\nFrom: Bob",
    ],
)
def test_outlook_header_blocks_in_several_languages(header: str) -> None:
    text = f"Approved.\n\n{header}\n\nPlease approve the budget."
    parts = split_body(text)
    assert [(p.kind, p.folded) for p in parts] == [(OWN, False), (QUOTE, True)]
    assert parts[1].text == f"{header}\n\nPlease approve the budget."


def test_a_forwarded_messages_header_and_a_lone_header_are_no_quote() -> None:
    forwarded = ("FYI\n\n---------- Forwarded message ---------\nFrom: Bob\nDate: Mon\n"
                 "Subject: Budget\nTo: Maya\n\nThe text.")  # fmt: skip
    assert [p.kind for p in split_body(forwarded)] == [OWN]
    alone = "From: Bob\nSent: Mon\nTo: Maya\n\nText"  # nothing written above it
    assert [p.kind for p in split_body(alone)] == [OWN]
    one_field = "Hi\nFrom: the team\nThanks"  # not a header block
    assert [p.kind for p in split_body(one_field)] == [OWN]


def test_part_line_count() -> None:
    assert Part(OWN, "a\nb\n").line_count == 3
    assert Part(OWN, "").line_count == 1


@given(st.lists(st.sampled_from(
    ["text", "", "> q", ">> qq", ">", "-- ", "--", "On Mon, A wrote:", "Sent from my iPhone",
     "From: x", "Sent: y", "To: z", "-----Original Message-----", "\r", "كتب:", "> مرحبا"]
), max_size=40))  # fmt: skip
def test_nothing_is_lost_and_every_fold_leaves_own_text(lines: list[str]) -> None:
    text = "\n".join(lines)
    parts = split_body(text)
    normal = text.replace("\r\n", "\n").replace("\r", "\n")
    assert "\n".join(p.text for p in parts) == normal
    assert all(not (a.kind == b.kind and a.folded == b.folded) for a, b in pairwise(parts))
    if has_fold(parts):
        assert any(p.kind is not QUOTE and p.text.strip() for p in parts)
    for part in parts:
        # a quote is ">" lines, or an Outlook original (its divider or its header block)
        if part.kind is QUOTE and not part.text.startswith(("-----", "From:")):
            assert any(line.startswith(">") for line in part.text.split("\n"))


def test_quoted_content_is_what_the_quoted_message_said() -> None:
    quote = "On Tue, 5 Mar 2024 at 09:12, Bob <\nbob@example.com> wrote:\n> Hi,\n>\n>> older\n> > x"
    assert quoted_content(quote) == "Hi,\nolder\nx"
    outlook = (
        "________________________________\nFrom: Bob\nSent: Monday\nTo: Ann\nSubject: Plan\n\n"
        "The plan.\nMore of it."
    )
    assert quoted_content(outlook) == "The plan.\nMore of it."
    divider = "-----Original Message-----\nVon: Bob\nGesendet: Montag\nDer Plan."
    assert quoted_content(divider) == "Der Plan."
    html_quote = "Am 4. März 2024 schrieb Bob:\nDer Plan.\n  Mehr davon.  "
    assert quoted_content(html_quote) == "Der Plan.\nMehr davon."
    assert is_attribution("On Mon, Bob wrote:") and not is_attribution("The list:")


def test_only_repeated_keeps_a_fold_only_for_a_quote_found_earlier() -> None:
    body = "Yes.\n\nBob wrote:\n" + "\n".join(f"> line {n}" for n in range(FOLD_ABOVE + 2))
    parts = split_body(body)
    assert has_fold(parts)
    asked: list[str] = []

    def found(text: str) -> bool:
        asked.append(text)
        return True

    assert only_repeated(parts, found) == parts
    assert asked == ["\n".join(f"line {n}" for n in range(FOLD_ABOVE + 2))]
    unfolded = only_repeated(parts, lambda _text: False)
    assert not has_fold(unfolded)
    assert [p.text for p in unfolded] == [p.text for p in parts]  # nothing else changes
    assert [p.kind for p in unfolded] == [p.kind for p in parts]


def test_an_outlook_original_below_only_a_quote_or_a_signature_does_not_fold() -> None:
    # found by the property test: the attribution above counted as the writer's own text
    original = "-----Original Message-----\nFrom: B\nSent: x\nTo: y\n\nOld"
    for body in (f"On Mon, A wrote:\n> q\n{original}", f"-- \nAnn\n{original}"):
        assert not has_fold(split_body(body))
    assert has_fold(split_body("Mine.\n-----Original Message-----\nFrom: B"))
