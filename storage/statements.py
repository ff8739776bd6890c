"""Statements built once per process, run with a list of ids as an expanding parameter.

Building a statement and its cache key costs SQLAlchemy 0.3-0.8 ms; a command runs up to
ten. The statements every command runs with a page of ids are built once per process, with
an expanding parameter for the ids (BENCHMARKS.md).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from sqlalchemy import Select, bindparam

IDS = bindparam("ids", expanding=True)


def for_ids(build: Callable[[object], Select], chosen) -> tuple[Select, dict]:
    """``build(ids)`` for ``chosen``: a list of ids runs the statement built once, a
    one-column select is built into a new statement."""
    if isinstance(chosen, Select):
        return build(chosen), {}
    return built(build), {"ids": list(chosen)}


@cache
def built(build: Callable[[object], Select]) -> Select:
    return build(IDS)


@cache
def parameters_of(statement: Select) -> frozenset[str]:
    """The names of a built statement's parameters: only those may be passed to it."""
    return frozenset(statement.compile().params)
