"""The speed benchmark of Briefing Desk: `.venv/bin/python bench/run.py` (see bench/run.py)."""
