"""PyInstaller's entry script: the same `briefing-app` command as the installed package."""

from briefing_app.cli import main

raise SystemExit(main())
