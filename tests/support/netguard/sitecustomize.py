"""Loaded into the app's subprocesses by the end-to-end tests (via PYTHONPATH).

Refuses every network connection and records the attempt, and records at exit which PySide6
modules the process imported, so tests can prove the headless path stays offline and Qt-free.
"""

import atexit
import json
import os
import socket
import sys

_NET_LOG = os.environ.get("BRIEFING_NETGUARD_LOG")
# The cluster tests run a Dask scheduler and workers on 127.0.0.1: loopback only, still no names.
_LOOPBACK = os.environ.get("BRIEFING_NETGUARD_LOOPBACK") == "1"
_MODULES_LOG = os.environ.get("BRIEFING_MODULES_LOG")
_real_connect = socket.socket.connect
_real_connect_ex = socket.socket.connect_ex


def _record(address):
    if _NET_LOG:
        with open(_NET_LOG, "a", encoding="utf-8") as fh:
            fh.write(repr(address) + "\n")


def _loopback(self, address):
    host = address[0] if isinstance(address, tuple) else ""
    return _LOOPBACK and isinstance(host, str) and (host.startswith("127.") or host == "::1")


def _connect(self, address):
    if self.family == socket.AF_UNIX or _loopback(self, address):
        return _real_connect(self, address)
    _record(address)
    raise OSError(101, "network blocked by the end-to-end test")


def _connect_ex(self, address):
    if self.family == socket.AF_UNIX or _loopback(self, address):
        return _real_connect_ex(self, address)
    _record(address)
    raise OSError(101, "network blocked by the end-to-end test")


_real_getaddrinfo = socket.getaddrinfo


def _getaddrinfo(host, *args, **kwargs):
    if host in (None, "localhost") or str(host).startswith("127.") or host == "::1":
        return _real_getaddrinfo(host, *args, **kwargs)
    _record(("getaddrinfo", host))
    raise socket.gaierror(socket.EAI_NONAME, "name lookup blocked by the end-to-end test")


socket.getaddrinfo = _getaddrinfo
socket.socket.connect = _connect
socket.socket.connect_ex = _connect_ex


@atexit.register
def _write_modules():
    if _MODULES_LOG:
        with open(_MODULES_LOG, "w", encoding="utf-8") as fh:
            json.dump(sorted(m for m in sys.modules if m.startswith("PySide6")), fh)
