"""Configuration from the environment or `.env` (SPEC §3), read when asked, never at import."""

from __future__ import annotations

import os
from functools import lru_cache
from typing import Annotated, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

DEFAULT_DATABASE_URL = "sqlite:///revisorbot.sqlite3"
DEFAULT_SLACK_API_URL = "https://slack.com/api/"
SECRET_VARIABLES = ("SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET", "SLACK_APP_TOKEN")


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    database_url: str = Field(DEFAULT_DATABASE_URL, validation_alias="DATABASE_URL")
    slack_bot_token: SecretStr | None = Field(None, validation_alias="SLACK_BOT_TOKEN")
    slack_signing_secret: SecretStr | None = Field(None, validation_alias="SLACK_SIGNING_SECRET")
    slack_app_token: SecretStr | None = Field(None, validation_alias="SLACK_APP_TOKEN")
    slack_api_url: str = Field(DEFAULT_SLACK_API_URL, validation_alias="SLACK_API_URL")
    timezone: str = Field("Europe/Stockholm", validation_alias="REVISORBOT_TIMEZONE")
    language: Literal["sv", "en"] = Field("sv", validation_alias="REVISORBOT_LANGUAGE")
    editors: Annotated[frozenset[str], NoDecode] = Field(
        frozenset(), validation_alias="REVISORBOT_EDITORS"
    )
    # Where people reach `revisorbot run` from outside (https://revisorbot.example.se): the
    # calendar feeds' addresses start with it.
    public_url: str | None = Field(None, validation_alias="REVISORBOT_PUBLIC_URL")

    @field_validator("slack_bot_token", "slack_signing_secret", "slack_app_token", mode="before")
    @classmethod
    def _blank_is_unset(cls, value: object) -> object:
        return None if isinstance(value, str) and not value.strip() else value

    @field_validator("public_url", mode="before")
    @classmethod
    def _bare_public_url(cls, value: object) -> object:
        if isinstance(value, str):
            return value.strip().rstrip("/") or None
        return value

    @field_validator("slack_api_url")
    @classmethod
    def _trailing_slash(cls, value: str) -> str:
        return value if value.endswith("/") else value + "/"

    @field_validator("timezone")
    @classmethod
    def _known_timezone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError) as error:
            raise ValueError(f"unknown time zone {value!r}") from error
        return value

    @field_validator("editors", mode="before")
    @classmethod
    def _split_editors(cls, value: object) -> object:
        if isinstance(value, str):
            return frozenset(
                part for part in value.replace(";", ",").replace(" ", ",").split(",") if part
            )
        return value

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()


def take_secrets_from_environment() -> None:
    """Once the settings hold them, the secrets leave the process environment.

    Settings are the one place that reads them: Bolt reads SLACK_BOT_TOKEN by itself when it
    is handed a client instead of a token (and warned on every start that our client wins),
    and nothing the process starts inherits them.
    """
    for name in SECRET_VARIABLES:
        os.environ.pop(name, None)
