"""The check that runs before Qt loads: a missing xcb library is named with the apt command, exit code 2."""

from __future__ import annotations

import pytest

from briefing_app.ui import app, earlyinit


def test_missing_xcb_library_is_named_with_the_apt_command() -> None:
    env = {"QT_QPA_PLATFORM": "xcb", "DISPLAY": ":5"}
    message = earlyinit.check_xcb(env, loadable=lambda soname: soname != "libxcb-cursor.so.0")
    assert message is not None
    assert "libxcb-cursor.so.0 is missing" in message
    assert "sudo apt-get install libxcb-cursor0\n" in message
    assert "--headless" in message


def test_several_missing_libraries_are_all_named_once_per_package() -> None:
    gone = {"libxcb-icccm.so.4", "libxkbcommon-x11.so.0"}
    message = earlyinit.check_xcb({"DISPLAY": ":0"}, loadable=lambda soname: soname not in gone)
    assert message is not None
    assert "libxkbcommon-x11.so.0, libxcb-icccm.so.4 are missing" in message
    assert "sudo apt-get install libxkbcommon-x11-0 libxcb-icccm4\n" in message


@pytest.mark.parametrize(
    ("env", "uses"),
    [
        ({"QT_QPA_PLATFORM": "xcb"}, True),
        ({"QT_QPA_PLATFORM": "xcb:nograb", "DISPLAY": ":1"}, True),
        ({"DISPLAY": ":1"}, True),
        ({"QT_QPA_PLATFORM": "offscreen", "DISPLAY": ":1"}, False),
        ({"DISPLAY": ":1", "WAYLAND_DISPLAY": "wayland-0", "XDG_SESSION_TYPE": "wayland"}, False),
        ({}, False),
    ],
)
def test_xcb_is_checked_only_when_qt_will_use_it(env: dict[str, str], uses: bool) -> None:
    assert earlyinit.uses_xcb(env) is uses
    message = earlyinit.check_xcb(env, loadable=lambda soname: False)
    assert (message is not None) is uses


def test_nothing_missing_means_no_message() -> None:
    assert earlyinit.check_xcb({"QT_QPA_PLATFORM": "xcb"}, loadable=lambda soname: True) is None


def test_this_machine_has_every_xcb_library() -> None:
    # scripts/setup.sh installs them; the real loader is asked, as Qt's plugin loader will.
    assert earlyinit.check_xcb({"QT_QPA_PLATFORM": "xcb"}) is None


def test_run_exits_2_with_the_message_before_qt_loads(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    monkeypatch.setattr(earlyinit, "_loadable", lambda soname: soname != "libxcb-keysyms.so.1")
    monkeypatch.setattr(earlyinit.check_xcb, "__defaults__", (None, earlyinit._loadable))
    assert app.run([]) == 2
    err = capsys.readouterr().err
    assert "libxcb-keysyms.so.1 is missing" in err and "sudo apt-get install libxcb-keysyms1" in err
