"""`revisorbot console`: the Bolt app driven from a terminal, with Slack's Web API in-process."""
