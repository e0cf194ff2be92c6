"""The Qt-free core: documents, segmentation, detection, translation, the briefing model.

Nothing under this package may import PySide6; the headless path and the tests rely on it.
"""

from briefing_app.core.regex_skip import install as _skip_to_first_characters

_skip_to_first_characters()  # regex_skip: the facts readers' patterns skip, in C, to where a match can begin
