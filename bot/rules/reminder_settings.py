"""Per-channel reminder settings, kept in Subscription.settings (JSON) and validated here.

An empty JSON object means the defaults of SPEC §4. Only what differs from a default is
stored, so changing a default later reaches every channel that never changed it.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

WEEKDAY_NAMES = {
    "monday": 0,
    "mon": 0,
    "måndag": 0,
    "mån": 0,
    "tuesday": 1,
    "tue": 1,
    "tisdag": 1,
    "tis": 1,
    "wednesday": 2,
    "wed": 2,
    "onsdag": 2,
    "ons": 2,
    "thursday": 3,
    "thu": 3,
    "torsdag": 3,
    "tors": 3,
    "friday": 4,
    "fri": 4,
    "fredag": 4,
    "fre": 4,
}
OFF_WORDS = {"off", "none", "av", "nej", "no", ""}

Offsets = tuple[int, ...]


def _offsets(value: Any, *, low: int, high: int) -> Offsets:
    if isinstance(value, str):
        value = [part for part in value.replace(" ", "").split(",") if part]
    if isinstance(value, int):
        value = [value]
    numbers = sorted({int(v) for v in value}, reverse=True)
    for number in numbers:
        if not low <= number <= high:
            raise ValueError(f"{number} is outside {low}–{high}")
    return tuple(numbers)


class ReminderSettings(BaseModel):
    """What a watching channel is reminded of, and when (times in the workspace's zone)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    # Response requests: working days before the deadline, the day itself, then every N days.
    response_working_days_before: Offsets = (14, 7, 1)
    remind_on_deadline: bool = True
    overdue_every_days: int = Field(7, ge=0, le=90)
    # Actions with a day, month or year due date: calendar days before it.
    action_days_before: Offsets = (30, 7)
    # The auditors' year and follow-up reviews: calendar days before (0 = on the day).
    milestone_days_before: Offsets = (30, 7, 0)
    reminder_time: dt.time = dt.time(8, 0)
    # Monday = 0 … Friday = 4; None turns the weekly digest off.
    digest_weekday: int | None = Field(0, ge=0, le=4)
    digest_time: dt.time = dt.time(8, 0)
    language: Literal["sv", "en"] | None = None

    @field_validator("response_working_days_before", mode="before")
    @classmethod
    def _response_offsets(cls, value: Any) -> Offsets:
        return _offsets(value, low=1, high=60)

    @field_validator("action_days_before", mode="before")
    @classmethod
    def _action_offsets(cls, value: Any) -> Offsets:
        return _offsets(value, low=1, high=365)

    @field_validator("milestone_days_before", mode="before")
    @classmethod
    def _milestone_offsets(cls, value: Any) -> Offsets:
        return _offsets(value, low=0, high=365)

    @field_validator("digest_weekday", mode="before")
    @classmethod
    def _weekday(cls, value: Any) -> Any:
        if isinstance(value, str):
            word = value.strip().casefold()
            if word in OFF_WORDS:
                return None
            if word in WEEKDAY_NAMES:
                return WEEKDAY_NAMES[word]
            if word.isdigit():
                return int(word)
            raise ValueError(f"unknown weekday {value!r}")
        return value

    @field_validator("reminder_time", "digest_time", mode="before")
    @classmethod
    def _time(cls, value: Any) -> Any:
        if isinstance(value, str) and value.strip().isdigit():
            return dt.time(int(value))
        return value

    def to_json(self) -> dict[str, Any]:
        """What to store: only the settings that differ from the defaults."""
        return self.model_dump(mode="json", exclude_defaults=True)

    def updated(self, changes: dict[str, Any]) -> ReminderSettings:
        """A copy with ``changes`` applied and validated (raises ValidationError)."""
        return ReminderSettings.model_validate({**self.to_json(), **changes})


DEFAULT_SETTINGS = ReminderSettings()


def parse_settings(raw: dict[str, Any] | None) -> ReminderSettings:
    """Validate stored settings; raises ValidationError for a hand-edited JSON that is wrong."""
    return ReminderSettings.model_validate(raw or {})


__all__ = ["DEFAULT_SETTINGS", "ReminderSettings", "ValidationError", "parse_settings"]
