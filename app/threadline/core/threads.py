"""Which message a message answers, and a conversation's messages as a tree.

Pure functions, no SQL: the store keeps its rows and hands over what these need. The
semantics are JWZ's and RFC 5256 REFERENCES' as notmuch applies them: a sane single
In-Reply-To names the parent, else the last reference; a message whose parent is not
stored hangs under its nearest stored ancestor; loops are cut.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from threadline.core.ids import looks_valid


def choose_parent(in_reply_to: list[str], references: list[str], own: str) -> str | None:
    """The message this one answers: a sane single In-Reply-To, else the last reference.

    Like notmuch, a well-formed In-Reply-To wins over References (some clients write
    References wrong), but a malformed one (no ``@``) does not.
    """
    sane = [i for i in in_reply_to if looks_valid(i) and i != own]
    if len(sane) == 1:
        return sane[0]
    for ref in reversed(references):
        if ref != own and looks_valid(ref):
            return ref
    return sane[-1] if sane else None


@dataclass(frozen=True)
class ThreadNode:
    """What tree order needs of one stored message."""

    key: int  # the store's row id
    message_id: str
    parent_id: str | None  # chosen at import (choose_parent)
    references: tuple[str, ...]  # oldest first


def tree_order(nodes: Sequence[ThreadNode]) -> list[tuple[ThreadNode, int]]:
    """``nodes`` (sorted by date) depth-first as ``(node, depth)``; siblings keep their order.

    A message hangs under its chosen parent, or else under its nearest referenced
    ancestor that is stored (the parent may be missing: a placeholder). Loops are cut.
    """
    by_id: dict[str, ThreadNode] = {}
    for node in nodes:
        by_id.setdefault(node.message_id, node)
    parent_of: dict[int, int | None] = {}
    for node in nodes:
        candidates = [node.parent_id, *reversed(node.references)]
        parent_of[node.key] = next(
            (by_id[c].key for c in candidates if c and c in by_id and by_id[c].key != node.key),
            None,
        )
    for node in nodes:  # cut loops: walk up; if we come back to ourselves, become a root
        seen = {node.key}
        current = parent_of[node.key]
        while current is not None:
            if current == node.key:
                parent_of[node.key] = None
                break
            if current in seen:
                break  # a loop above us, not through us: cut when its members are walked
            seen.add(current)
            current = parent_of[current]
    children: dict[int | None, list[ThreadNode]] = {}
    for node in nodes:
        children.setdefault(parent_of[node.key], []).append(node)
    ordered: list[tuple[ThreadNode, int]] = []
    stack = [(node, 0) for node in reversed(children.get(None, []))]
    while stack:
        node, depth = stack.pop()
        ordered.append((node, depth))
        stack.extend((child, depth + 1) for child in reversed(children.get(node.key, [])))
    return ordered
