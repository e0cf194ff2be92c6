"""A temperature whose reading names no measure counts the temperature (English).

Weather copy lists readings by place and by verb: "with 38.9C recorded in Bad Kreuznach, 38.2C in Radzyn",
"Madrid recorded 38.9C", "exceeded the previous record by an extraordinary 1.8C", "hitting 31.9C". The readers
before took the participle and the place ("recorded in Bad Kreuznach"), the subject town ("Madrid") or a verb
("set"): a number in degrees Celsius or Fahrenheit is a temperature whatever the clause around it, so when its
reading names no measure ("temperature", "high", "record", "heat", "water"...) the temperature comes first and the
words read stay beside it. Angles ("turned 180 degrees") have no C or F and are left alone.

A measure named right before the reading, joined to it by a preposition or a verb of moving, is what the reading
is, whatever noun the clause offered before it: "as alerts went out, temperatures might sink to -7C" (not the
alerts), "the hamlet logged a night-time low of -4.3C" (not the hamlet), "readings as low as -3C".
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


# A measure, then the words that lead to its reading, up to the number (its minus sign aside): "temperatures
# might sink to", "a night-time low of", "lows as low as", "highs of around".
_LED_BY_MEASURE = re.compile(
    r"\b((?:(?:overnight|daytime|night-?time|maximum|minimum|average|daily|record)\s+)?"
    r"(?:temperatures?|highs?|lows?|readings?|maximums?|minimums?|mercury|thermometers?))"
    r"\s+(?:(?:could|would|will|may|might|can|is|are|was|were|has|have|had|set\s+to|expected\s+to|"
    r"forecast\s+to|likely\s+to)\s+)?(?:(?:be|have|been)\s+)?"
    r"(?:(?:plunge[sd]?|plunging|drop(?:s|ped|ping)?|f[ae]ll(?:s|en|ing)?|dip(?:s|ped|ping)?|ris(?:e|es|en|ing)|rose|"
    r"climb(?:s|ed|ing)?|soar(?:s|ed|ing)?|hit(?:s|ting)?|reach(?:es|ed|ing)?|peak(?:s|ed|ing)?|s[ai]nk(?:s|ing)?|"
    r"top(?:s|ped|ping)?)\s+)?"
    r"(?:(?:to|of|at|near|around|about|below|above|just|only|as\s+(?:low|high)\s+as)\s+)+"
    r"(?:minus\s+|[-−–]\s*)?$",
    re.IGNORECASE,
)


def _led_by_measure(f: Fact, text: str, start: int) -> None:
    """Read a reading as the measure right before it when the reading before named none of its words."""
    led = _LED_BY_MEASURE.search(text, max(0, start - 80), start)
    if led is None:
        return
    measure = led.group(1)
    head = measure.split()[-1].lower().rstrip("s")
    read = f.counts.split() if f.counts else []
    if read and len(read) <= 3 and read[-1].lower().rstrip("s") == head:
        return  # "Daytime highs climbed to": the reading already is the measure
    f.counts = measure  # (not "run of weather alerts went out amid fears temperatures", a clause)


def temperature_readings(figures: list[Fact], texts: dict[int, str]) -> None:
    """Name the temperature of a reading in degrees Celsius or Fahrenheit that names no measure."""
    for f, n, text in figure_texts(figures, texts):
        if f.unit != "degrees" or n.currency:
            continue
        if not _SCALE_AFTER.match(text, n.end):
            continue
        _led_by_measure(f, text, n.start)
        if f.counts and _MEASURE.search(f.counts):
            continue
        f.counts = f"temperature ({f.counts})" if f.counts else "temperature"
