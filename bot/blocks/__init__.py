"""Block Kit rendering: pure functions from domain objects to blocks and views."""
