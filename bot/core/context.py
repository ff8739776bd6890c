"""Who is asking, in which workspace, in which language and on which day: one object per request.

Middleware builds it once for every Slack request (handlers/middleware.py); the command line
and the console build one for their own user. Services take it instead of loose
``team_id``/``lang``/``today`` arguments, and open their own sessions through it: a service
that reads uses ``reading()``, one that changes data ``writing()`` — everything or nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cached_property
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from bot.core.errors import EditorNotKnown, PermissionDenied
from bot.core.runtime import Runtime
from storage.db import transaction
from storage.edits import Edit
from storage.names import NameCache


@dataclass
class RequestContext:
    runtime: Runtime
    team_id: str
    user_id: str
    lang: str
    today: dt.date
    # Asked only when a request needs it: an editor check may cost a call to Slack, and
    # answers None when Slack has not said in time whether the user is in an editors' group.
    check_editor: Callable[[], bool | None] = field(repr=False, default=lambda: False)
    # Who the change log names: the Slack user id, or "cli:<login>" on the command line.
    actor: str = ""

    def __post_init__(self) -> None:
        self.actor = self.actor or self.user_id

    def __deepcopy__(self, memo: dict) -> RequestContext:
        # Bolt deep-copies the context it hands to lazy listeners; this one is read-only.
        return self

    @cached_property
    def _editor(self) -> bool | None:
        return self.check_editor()

    @property
    def is_editor(self) -> bool:
        """Whether to offer what only editors may do; not while Slack has not said."""
        return bool(self._editor)

    def require_editor(self) -> None:
        if self._editor is None:
            raise EditorNotKnown()
        if not self._editor:
            raise PermissionDenied()

    @property
    def names(self) -> NameCache:
        return self.runtime.names

    @property
    def tz(self) -> ZoneInfo:
        return self.runtime.settings.tz

    def now(self) -> dt.datetime:
        return self.runtime.clock.now()

    @contextmanager
    def reading(self) -> Iterator[Session]:
        with self.runtime.session_factory() as session:
            yield session

    @contextmanager
    def writing(self) -> Iterator[Edit]:
        """A transaction in which this user's changes are made and logged as theirs."""
        with transaction(self.runtime.session_factory) as session:
            yield Edit(session, self.team_id, self.actor)

    @contextmanager
    def rehearsing(self) -> Iterator[Edit]:
        """As ``writing()``, but rolled back at the end: a dry run shows what would change by
        making the changes, so it can never say otherwise than the real run does."""
        with self.runtime.session_factory() as session:
            try:
                yield Edit(session, self.team_id, self.actor)
            finally:
                session.rollback()
