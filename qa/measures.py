"""What a measuring question wants its answer measured in, and the unit a sentence writes after a number.

"How long was he jailed?" (time) and "How long is the tunnel?" (length) both want a unit; a sum
of money or a bare count answers neither. Used by `qa.short_rules.number_fit`.
"""

from __future__ import annotations

import re

UNITS = {
    "time": re.compile(r"(?i:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|decades?|centur(?:y|ies))"),
    "length": re.compile(r"(?i:mm|cm|m|km|metres?|meters?|kilomet(?:re|er)s?|centimet(?:re|er)s?|millimet(?:re|er)s?|miles?|feet|foot|ft|inch(?:es)?|yards?)"),
    "weight": re.compile(r"(?i:g|kg|grams?|kilograms?|kilos?|tonnes?|tons?|lbs?)"),
    "speed": re.compile(r"(?i:km/h|kph|mph|knots?|kilomet(?:re|er)s?|miles?)"),
    "area": re.compile(r"(?i:hectares?|acres?|square|sq|km2|m2)"),
}
_MEASURES = {
    "long": ("time", "length"), "far": ("length",), "tall": ("length",), "high": ("length",), "deep": ("length",),
    "wide": ("length",), "heavy": ("weight",), "fast": ("speed",), "old": ("age", "time"),
    "altitude": ("length",), "height": ("length",), "depth": ("length",), "length": ("time", "length"),
    "distance": ("length",), "weight": ("weight",), "speed": ("speed",), "duration": ("time",), "area": ("area",),
    "age": ("age", "time"),
}
_MEASURE_ASKED = re.compile(r"\bhow\s+(long|far|tall|high|deep|wide|heavy|fast|old)\b"
                            r"|\b(?:what|which)\s+(?:[\w-]+\s+)?(altitude|height|depth|length|distance|weight|speed|duration|area|age)\b", re.IGNORECASE)


def measure_asked(question: str) -> tuple[str, ...]:
    """The kinds of unit a measuring question wants ("how long" -> time or length), or ()."""
    m = _MEASURE_ASKED.search(question)
    if not m:
        # "By how much will the tunnel cut the journey time?" asks for time.
        return ("time",) if re.search(r"\bhow\s+much\b.*\btime\b", question, re.IGNORECASE) else ()
    return _MEASURES[(m.group(1) or m.group(2)).lower()]


def unit_of(start: int, sentence: str) -> re.Match[str] | None:
    """The unit word written right after the number at `start` ("5 years", "6-year", "2,700 metres", "six years"), matched from `start`."""
    return re.match(r"(?:[^\d]*\d(?:[\d,.]*\d)?|(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a|an))"
                    r"\s*(?:-\s*)?([a-zA-Z]+(?:/h)?|%)", sentence[start:])
