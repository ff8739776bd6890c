"""Use cases as plain functions: a session, a team id and arguments in, domain objects out."""
