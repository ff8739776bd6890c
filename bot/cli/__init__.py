"""The `revisorbot` command line (SPEC §3): one module per group of commands."""

from bot.cli.main import app, main

__all__ = ["app", "main"]
