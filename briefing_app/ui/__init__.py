"""The Qt desktop app. Nothing under `briefing_app.core` or `briefing_app.export` imports this package."""
