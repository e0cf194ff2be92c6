from briefing_app.cli import main

raise SystemExit(main())
