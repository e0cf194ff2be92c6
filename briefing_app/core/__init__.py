"""The Qt-free core: documents, segmentation, detection, translation, the briefing model.

Nothing under this package may import PySide6; the headless path and the tests rely on it.
"""
