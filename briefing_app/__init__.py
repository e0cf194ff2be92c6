"""Briefing Desk: offline multilingual translation and briefing of news articles."""

from importlib import metadata as _metadata

try:
    __version__ = _metadata.version("briefing-app")
except _metadata.PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+unknown"
