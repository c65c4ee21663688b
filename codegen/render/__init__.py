"""IR → view objects → Jinja templates → ruff-formatted files, all in memory."""
