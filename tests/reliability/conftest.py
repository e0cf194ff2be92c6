"""Shared pieces of the reliability suite: the case recorder behind docs/reliability.md.

Every test here that feeds the app a bad article, a hostile pack or a failing disk calls `record(...)`
with what the user sees. With $BRIEFING_RELIABILITY_JSON set, the cases are written to that file when
the session ends, and scripts/reliability_table.py renders them as the table in docs/reliability.md,
so the document can never claim a case that no test ran.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

RECORD_ENV = "BRIEFING_RELIABILITY_JSON"
_CASES: list[dict[str, Any]] = []
_OPEN: list[dict[str, str]] = []  # strict xfails: problems shown by a test, waiting for a fix elsewhere

Recorder = Callable[..., None]


@pytest.fixture
def record(request: pytest.FixtureRequest) -> Recorder:
    """`record(group, case, user_sees, outcome="handled", lost=0)` for one input the test tried.

    `outcome` is "refused" (a typed error the user reads), "read" (a document came out) or "handled"
    (anything else the app dealt with: a skipped pack, a failed article in a batch that went on);
    `lost` counts finished briefings or good articles that did not come out (it must stay 0).
    """

    def add(group: str, case: str, user_sees: str, outcome: str = "refused", lost: int = 0) -> None:
        _CASES.append(
            {
                "group": group,
                "case": case,
                "user_sees": user_sees,
                "outcome": outcome,
                "lost": lost,
                "test": request.node.nodeid,
            }
        )

    return add


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    if report.when == "call" and hasattr(report, "wasxfail") and "tests/reliability/" in report.nodeid:
        _OPEN.append({"test": report.nodeid, "reason": str(report.wasxfail)})


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    target = os.environ.get(RECORD_ENV)
    if not target:
        return
    payload = {"exitstatus": int(exitstatus), "cases": _CASES, "open": _OPEN}
    Path(target).write_text(json.dumps(payload, ensure_ascii=False, indent=1), encoding="utf-8")
