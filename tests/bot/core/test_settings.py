"""Settings come from the environment exactly as SPEC §3 names them."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from bot.core.settings import Settings


def test_defaults_need_no_environment(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    monkeypatch.chdir(tmp_path)
    for name in (
        "DATABASE_URL",
        "SLACK_BOT_TOKEN",
        "SLACK_SIGNING_SECRET",
        "SLACK_APP_TOKEN",
        "SLACK_API_URL",
        "REVISORBOT_TIMEZONE",
        "REVISORBOT_LANGUAGE",
        "REVISORBOT_EDITORS",
    ):
        monkeypatch.delenv(name, raising=False)
    settings = Settings()
    assert settings.database_url == "sqlite:///revisorbot.sqlite3"
    assert settings.slack_api_url == "https://slack.com/api/"
    assert settings.language == "sv" and str(settings.tz) == "Europe/Stockholm"
    assert settings.slack_bot_token is None and settings.editors == frozenset()


def test_tokens_are_secret_and_editors_a_list(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-secret-value")
    monkeypatch.setenv("REVISORBOT_EDITORS", "U01ABC, S02GROUP")
    monkeypatch.setenv("SLACK_API_URL", "http://127.0.0.1:9999/api")
    settings = Settings()
    assert "xoxb-secret-value" not in repr(settings)
    assert settings.slack_bot_token.get_secret_value() == "xoxb-secret-value"
    assert settings.editors == {"U01ABC", "S02GROUP"}
    assert settings.slack_api_url == "http://127.0.0.1:9999/api/"


@pytest.mark.parametrize(
    ("name", "value"), [("REVISORBOT_TIMEZONE", "Mars/Olympus"), ("REVISORBOT_LANGUAGE", "fi")]
)
def test_bad_values_are_refused_by_name(
    monkeypatch: pytest.MonkeyPatch, name: str, value: str
) -> None:
    monkeypatch.setenv(name, value)
    with pytest.raises(ValidationError) as raised:
        Settings()
    assert name in str(raised.value)


def test_env_example_lists_every_setting() -> None:
    from tests.conftest import REPO

    listed = {
        line.split("=")[0].lstrip("# ").strip()
        for line in (REPO / ".env.example").read_text().splitlines()
        if ("=" in line and not line.startswith("# ")) or line.startswith("# DATABASE_URL")
    }
    aliases = {field.validation_alias for field in Settings.model_fields.values()}
    assert aliases <= listed
