"""A temperature whose reading names no measure counts the temperature (English).

Weather copy lists readings by place and by verb: "with 38.9C recorded in Bad Kreuznach, 38.2C in Radzyn",
"Madrid recorded 38.9C", "exceeded the previous record by an extraordinary 1.8C", "hitting 31.9C". The readers
before took the participle and the place ("recorded in Bad Kreuznach"), the subject town ("Madrid") or a verb
("set"): a number in degrees Celsius or Fahrenheit is a temperature whatever the clause around it, so when its
reading names no measure ("temperature", "high", "record", "heat", "water"...) the temperature comes first and the
words read stay beside it. Angles ("turned 180 degrees") have no C or F and are left alone.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_texts import figure_texts
from briefing_app.core.facts.model import Fact

# A temperature's scale right after the number: "38.9C", "45.9 °C", "98F", "40 degrees Celsius", "40 degrees C".
_SCALE_AFTER = re.compile(
    r"\s*(?:°\s*[CF]?|[CF]\b|(?:degrees?|deg\.?)\s+(?:Celsius|Fahrenheit|centigrade|C|F)\b|(?:Celsius|Fahrenheit)\b)"
)
# Words of a reading that already name what was measured.
_MEASURE = re.compile(
    r"\b(?:temperatures?|highs?|lows?|records?|heat|mercury|thermometers?|readings?|maximums?|minimums?|peaks?|"
    r"warm\w*|cold\w*|hott?\w*|cool\w*|water|sea|seas|oceans?|fever|average|mean|normal|chill|index|frost|"
    r"climate|weather|air|ground|surface|body|degrees?|threshold|level|levels|anomal\w*)\b",
    re.IGNORECASE,
)


def temperature_readings(figures: list[Fact], texts: dict[int, str]) -> None:
    """Name the temperature of a reading in degrees Celsius or Fahrenheit that names no measure."""
    for f, n, text in figure_texts(figures, texts):
        if f.unit != "degrees" or n.currency:
            continue
        if not _SCALE_AFTER.match(text, n.end):
            continue
        if f.counts and _MEASURE.search(f.counts):
            continue
        f.counts = f"temperature ({f.counts})" if f.counts else "temperature"
