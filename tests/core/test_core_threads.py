"""Parent choice and tree order: JWZ / RFC 5256 REFERENCES semantics, as notmuch applies
them (the store's threading is checked against notmuch itself in tests/store)."""

from __future__ import annotations

from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from threadline.core.threads import ThreadNode, choose_parent, tree_order


@pytest.mark.parametrize(
    ("in_reply_to", "references", "parent"),
    [
        (["p@x"], ["r@x", "q@x"], "p@x"),  # a sane In-Reply-To wins (like notmuch)
        (["garbage"], ["r@x", "q@x"], "q@x"),  # a malformed one does not
        (["p@x", "o@x"], ["r@x"], "r@x"),  # two are ambiguous: the last reference
        (["p@x", "o@x"], [], "o@x"),
        (["own@x"], ["r@x", "own@x"], "r@x"),  # never itself
        ([], [], None),
        (["garbage"], ["nope"], None),
    ],
)
def test_choose_parent(in_reply_to: list[str], references: list[str], parent: str | None) -> None:
    assert choose_parent(in_reply_to, references, "own@x") == parent


def node(key: int, parent: str | None = None, *refs: str) -> ThreadNode:
    return ThreadNode(key, f"m{key}@x", parent, tuple(refs))


def shape(ordered: list[tuple[ThreadNode, int]]) -> list[tuple[int, int]]:
    return [(n.key, depth) for n, depth in ordered]


def test_replies_hang_under_their_parents_depth_first_siblings_in_date_order() -> None:
    nodes = [node(1), node(2, "m1@x"), node(3, "m1@x"), node(4, "m2@x", "m1@x", "m2@x")]
    assert shape(tree_order(nodes)) == [(1, 0), (2, 1), (4, 2), (3, 1)]


def test_a_missing_parent_leaves_the_reply_under_its_nearest_stored_ancestor() -> None:
    nodes = [node(1), node(3, "gone@x", "m1@x", "gone@x")]
    assert shape(tree_order(nodes)) == [(1, 0), (3, 1)]
    assert shape(tree_order([node(5, "gone@x", "gone@x")])) == [(5, 0)]


def test_a_loop_is_cut_and_every_message_is_shown_once() -> None:
    nodes = [node(1, "m2@x"), node(2, "m1@x")]
    ordered = shape(tree_order(nodes))
    assert sorted(key for key, _depth in ordered) == [1, 2]
    assert [depth for _key, depth in ordered] == [0, 1]


@given(st.lists(st.tuples(st.integers(0, 30), st.lists(st.integers(0, 30), max_size=4)),
                max_size=30))  # fmt: skip
def test_any_graph_gives_every_message_once_children_right_after_their_parents(
    links: list[tuple[int, list[int]]],
) -> None:
    nodes = [node(key, f"m{parent}@x" if parent else None, *(f"m{r}@x" for r in refs))
             for key, (parent, refs) in enumerate(links, start=1)]  # fmt: skip
    ordered = tree_order(nodes)
    assert sorted(n.key for n, _d in ordered) == [n.key for n in nodes]
    for (_previous, before), (_node, depth) in pairwise(ordered):
        assert depth <= before + 1  # depth-first: never deeper than one below the last


def test_several_in_reply_to_ids_and_no_reference_give_the_last() -> None:
    assert choose_parent(["a@x", "b@x", "c@x", "me@x"], ["broken"], "me@x") == "c@x"


def test_a_reply_to_a_message_caught_in_a_loop_stays_under_it() -> None:
    # 1 answers 2; 2 and 3 answer each other (a loop above 1, not through it)
    nodes = [node(1, "m2@x"), node(2, "m3@x"), node(3, "m2@x")]
    assert shape(tree_order(nodes)) == [(2, 0), (1, 1), (3, 1)]
