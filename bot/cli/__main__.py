"""`python -m bot.cli`: the same as the `revisorbot` command."""

from bot.cli.main import main

main()
