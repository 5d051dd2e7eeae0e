"""Literal values in claims and in graphs: dates at a precision, numbers with units and qualifiers."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

MONTHS = {m: i + 1 for i, m in enumerate(
    "january february march april may june july august september october november december".split())}  # noqa: SIM905
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9

_MONTH_RE = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?"
             r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
DATE_PATTERNS = [
    (re.compile(r"\b(\d{4})-(\d{2})-(\d{2})(?:T[\d:.]+Z?)?\b"), "ymd"),
    (re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(" + _MONTH_RE + r"),?\s+(\d{3,4})\b", re.I), "dmy"),
    (re.compile(r"\b(" + _MONTH_RE + r")\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{3,4})\b", re.I), "mdy"),
    (re.compile(r"\b(" + _MONTH_RE + r")(?:\s+of)?,?\s+(\d{4})\b", re.I), "my"),
    (re.compile(r"\b(\d{4})-(\d{2})\b"), "ym"),
    # 29/01/2019 (day first) or 01/29/2019 (month first), told apart by a part over 12; where both could be
    # the month ("03/04/2019") only the year is read
    (re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4})(?![\d/])"), "slash"),
]
YEAR_RE = re.compile(r"(?<![\d,.])(1\d{3}|20\d{2})(?![\d,.]\d)(?!s\b|'s\b)(?:\s*(AD|CE))?")

SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "k": 1e3, "m": 1e6,
         "bn": 1e9, "mn": 1e6}
WORD_NUMBERS = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "dozen": 12,
                "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "hundred": 100}

# unit phrase -> (dimension, factor to the base unit); multi-word names stay one phrase
_UNIT_LINES = {
    "length": [("m", 1.0), ("metre", 1.0), ("metres", 1.0), ("meter", 1.0), ("meters", 1.0),
               ("km", 1e3), ("kilometre", 1e3), ("kilometres", 1e3), ("kilometer", 1e3), ("kilometers", 1e3),
               ("cm", 0.01), ("centimetre", 0.01), ("centimeter", 0.01), ("centimetres", 0.01),
               ("centimeters", 0.01), ("mm", 0.001), ("millimetre", 0.001), ("millimeter", 0.001),
               ("millimetres", 0.001), ("millimeters", 0.001), ("mi", 1609.344), ("mile", 1609.344),
               ("miles", 1609.344), ("ft", 0.3048), ("foot", 0.3048), ("feet", 0.3048),
               ("inch", 0.0254), ("inches", 0.0254), ("au", 1.495978707e11), ("astronomical unit", 1.495978707e11),
               ("astronomical units", 1.495978707e11), ("light-year", 9.4607304725808e15),
               ("light-years", 9.4607304725808e15), ("light year", 9.4607304725808e15),
               ("light years", 9.4607304725808e15), ("ly", 9.4607304725808e15), ("parsec", 3.0856775814914e16),
               ("parsecs", 3.0856775814914e16), ("pc", 3.0856775814914e16)],
    "area": [("km2", 1e6), ("km²", 1e6), ("sq km", 1e6), ("square kilometre", 1e6), ("square kilometres", 1e6),
             ("square kilometer", 1e6), ("square kilometers", 1e6), ("m2", 1.0), ("m²", 1.0),
             ("square metre", 1.0), ("square metres", 1.0), ("square meter", 1.0), ("square meters", 1.0),
             ("sq mi", 2.589988e6), ("square mile", 2.589988e6), ("square miles", 2.589988e6),
             ("ha", 1e4), ("hectare", 1e4), ("hectares", 1e4), ("acre", 4046.856), ("acres", 4046.856)],
    "mass": [("jupiter mass", 1.89813e27), ("jupiter masses", 1.89813e27), ("earth mass", 5.9722e24),
             ("earth masses", 5.9722e24), ("solar mass", 1.98847e30), ("solar masses", 1.98847e30),
             ("kg", 1.0), ("kilogram", 1.0), ("kilograms", 1.0), ("g", 0.001), ("gram", 0.001), ("grams", 0.001),
             ("mg", 1e-6), ("milligram", 1e-6), ("milligrams", 1e-6), ("µg", 1e-9), ("microgram", 1e-9),
             ("micrograms", 1e-9),
             ("oz", 0.028349523), ("ounce", 0.028349523), ("ounces", 0.028349523),
             ("t", 1e3), ("tonne", 1e3), ("tonnes", 1e3), ("ton", 1e3), ("tons", 1e3),
             ("lb", 0.45359237), ("lbs", 0.45359237), ("pound", 0.45359237), ("pounds", 0.45359237)],
    "time": [("ms", 0.001), ("millisecond", 0.001), ("milliseconds", 0.001), ("s", 1.0), ("second", 1.0),
             ("seconds", 1.0), ("sec", 1.0), ("min", 60.0), ("minute", 60.0), ("minutes", 60.0),
             ("h", 3600.0), ("hour", 3600.0), ("hours", 3600.0), ("day", 86400.0), ("days", 86400.0),
             ("week", 604800.0), ("weeks", 604800.0), ("month", 2629800.0), ("months", 2629800.0),
             ("year", 31557600.0), ("years", 31557600.0)],
    # data sizes: decimal prefixes (SI, as file managers and DCAT portals show them) and binary ones
    "data": [("byte", 1.0), ("bytes", 1.0), ("kb", 1e3), ("kilobyte", 1e3), ("kilobytes", 1e3), ("mb", 1e6),
             ("megabyte", 1e6), ("megabytes", 1e6), ("gb", 1e9), ("gigabyte", 1e9), ("gigabytes", 1e9),
             ("tb", 1e12), ("terabyte", 1e12), ("terabytes", 1e12), ("kib", 1024.0), ("mib", 1048576.0),
             ("gib", 1073741824.0)],
    # molar mass: a molecule of N daltons weighs N g/mol
    "molar_mass": [("g/mol", 1.0), ("g mol-1", 1.0), ("da", 1.0), ("dalton", 1.0), ("daltons", 1.0),
                   ("kda", 1000.0), ("kilodalton", 1000.0), ("kilodaltons", 1000.0)],
    # food energy: a "calorie" on a label is a kilocalorie
    "energy": [("kcal", 4184.0), ("calorie", 4184.0), ("calories", 4184.0), ("cal", 4184.0), ("kj", 1000.0),
               ("kilojoule", 1000.0), ("kilojoules", 1000.0)],
    "volume": [("l", 1.0), ("litre", 1.0), ("litres", 1.0), ("liter", 1.0), ("liters", 1.0), ("ml", 0.001)],
    "speed": [("km/h", 1 / 3.6), ("kmh", 1 / 3.6), ("kph", 1 / 3.6), ("kilometres per hour", 1 / 3.6),
              ("kilometers per hour", 1 / 3.6), ("mph", 0.44704), ("miles per hour", 0.44704),
              ("m/s", 1.0), ("metres per second", 1.0), ("meters per second", 1.0), ("metre per second", 1.0),
              ("meter per second", 1.0),
              ("knots", 0.514444), ("knot", 0.514444), ("kn", 0.514444), ("kt", 0.514444)],
    "ratio": [("%", 0.01), ("percent", 0.01), ("per cent", 0.01)],
    # temperatures in kelvin: a scale with an offset (OFFSETS below), so 71 °F is 21.7 °C
    "temperature": [("°c", 1.0), ("degrees celsius", 1.0), ("degrees c", 1.0), ("celsius", 1.0),
                    ("°f", 5 / 9), ("degrees fahrenheit", 5 / 9), ("degrees f", 5 / 9), ("fahrenheit", 5 / 9),
                    ("kelvin", 1.0)],
    "pressure": [("pa", 1.0), ("pascal", 1.0), ("pascals", 1.0), ("hpa", 100.0), ("hectopascal", 100.0),
                 ("hectopascals", 100.0), ("kpa", 1000.0), ("mbar", 100.0), ("millibar", 100.0),
                 ("millibars", 100.0)],
    # mass concentration (air quality) in kg per cubic metre
    "concentration": [("µg/m³", 1e-9), ("µg/m3", 1e-9), ("ug/m3", 1e-9), ("μg/m³", 1e-9), ("μg/m3", 1e-9),
                      ("micrograms per cubic metre", 1e-9), ("micrograms per cubic meter", 1e-9),
                      ("microgram per cubic metre", 1e-9), ("microgram per cubic meter", 1e-9),
                      ("milligram per cubic metre", 1e-6), ("milligram per cubic meter", 1e-6),
                      ("mg/m³", 1e-6), ("mg/m3", 1e-6), ("milligrams per cubic metre", 1e-6)],
    "usd": [("usd", 1.0), ("dollar", 1.0), ("dollars", 1.0), ("$", 1.0)],
    "eur": [("eur", 1.0), ("euro", 1.0), ("euros", 1.0), ("€", 1.0)],
    "gbp": [("gbp", 1.0), ("pound sterling", 1.0), ("pounds sterling", 1.0), ("£", 1.0)],
    "chf": [("chf", 1.0), ("swiss franc", 1.0), ("swiss francs", 1.0)],
    "jpy": [("jpy", 1.0), ("yen", 1.0), ("¥", 1.0)],
}
UNITS = {name: (dim, f) for dim, rows in _UNIT_LINES.items() for name, f in rows}
# scales whose zero is elsewhere: kelvin = value * factor + offset
OFFSETS = {"°c": 273.15, "degrees celsius": 273.15, "degrees c": 273.15, "celsius": 273.15,
           "°f": 273.15 - 32 * 5 / 9, "degrees fahrenheit": 273.15 - 32 * 5 / 9, "degrees f": 273.15 - 32 * 5 / 9,
           "fahrenheit": 273.15 - 32 * 5 / 9}
_UNIT_ALT = "|".join(sorted((re.escape(u) for u in UNITS), key=len, reverse=True))
# "born about 1834": a life event's verb before "about" makes the number a year
_LIFE_EVENT_ABOUT_RE = re.compile(r"\b(?:born|died|married|baptised|baptized|buried|christened)\s+"
                                  r"(?:about|around|approximately|circa)\s+$", re.I)
_YEAR_AS_NUMBER_RE = re.compile(r"\s*(?:" + _UNIT_ALT + r"|thousand|million|billion|people|inhabitants|residents)\b")
_UNIT_WORD_RE = re.compile(r"(?<![\w])(" + _UNIT_ALT + r")(?![\w])")
_NUM = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
NUMBER_RE = re.compile(
    r"(?P<qual>\b(?:about|approximately|approx\.?|around|roughly|nearly|almost|some|over|more than|"
    r"greater than|above|exceeding|at least|less than|fewer than|under|below|at most|exactly)\s+)?"
    r"(?P<cur>[$€£¥]\s?|(?:US\$|USD|EUR|GBP|CHF|JPY)\s?)?(?P<num>(?<![\w.])-?" + _NUM + r")(?![\d])"
    r"(?:\s*(?P<scale>thousand|million|billion|trillion|bn|mn)\b|(?P<kilo>k)(?![\w]))?"  # "8.7k"
    r"(?:\s*(?P<unit>" + _UNIT_ALT + r")(?![\w]))?", re.I)
WORD_NUMBER_RE = re.compile(
    r"(?P<qual>\b(?:about|approximately|around|roughly|nearly|almost|some|over|more than|less than|under|"
    r"at least|at most|exactly)\s+)?\b(?P<word>" + "|".join(WORD_NUMBERS) + r")\b(?P<half>\s+and\s+a\s+half)?"
    r"(?:\s+(?P<unit>" + _UNIT_ALT + r")(?![\w]))?(?=\s+[a-z]|\s*$|\s*[.,;])(?!\s+of\b)", re.I)

# "an hour" is a number only where a duration goes on ("an hour and 42 minutes") or is halved: "twice a
# day" or "a minute's walk" state no quantity
ONE_UNIT_RE = re.compile(r"\ban?\s+(?P<unit>hour|minute)(?:(?P<half>\s+and\s+a\s+half)\b|(?=\s+and\s+\d))", re.I)

@dataclass(frozen=True)
class DateValue:
    year: int
    month: int | None = None
    day: int | None = None

    @property
    def precision(self) -> int:
        return 3 if self.day else 2 if self.month else 1

    def text(self) -> str:
        if self.day:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.month:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}"


@dataclass(frozen=True)
class Quantity:
    value: float
    unit: str | None = None          # the unit phrase as written (normalised lower case)
    qualifier: str | None = None     # about / over / under / at least / at most / exactly
    half_unit: float = 0.0           # half of the last significant digit as written

    @property
    def dimension(self) -> str | None:
        return UNITS[self.unit][0] if self.unit in UNITS else None

    def base(self) -> float:
        if self.unit in UNITS:
            return self.value * UNITS[self.unit][1] + OFFSETS.get(self.unit, 0.0)
        return self.value


def _month(text: str) -> int:
    return MONTHS[text.lower().rstrip(".")[:3] if text.lower().rstrip(".") not in MONTHS else text.lower().rstrip(".")]


def find_dates(text: str) -> list[tuple[int, int, DateValue]]:
    """Dates in ``text`` with spans; a bare year counts when it looks like one (1000-2099)."""
    out: list[tuple[int, int, DateValue]] = []
    taken: list[tuple[int, int]] = []
    for rx, kind in DATE_PATTERNS:
        for m in rx.finditer(text):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            try:
                if kind == "ymd":
                    d = DateValue(int(m.group(1)), int(m.group(2)), int(m.group(3)))
                elif kind == "dmy":
                    d = DateValue(int(m.group(3)), _month(m.group(2)), int(m.group(1)))
                elif kind == "mdy":
                    d = DateValue(int(m.group(3)), _month(m.group(1)), int(m.group(2)))
                elif kind == "slash":
                    x, y, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
                    if x > 12 >= y:
                        d = DateValue(year, y, x)
                    elif y > 12 >= x:
                        d = DateValue(year, x, y)
                    else:
                        d = DateValue(year, x, y) if x == y else DateValue(year)
                elif kind == "my":
                    d = DateValue(int(m.group(2)), _month(m.group(1)))
                else:
                    d = DateValue(int(m.group(1)), int(m.group(2)))
            except (KeyError, ValueError):
                continue
            if d.month is not None and not 1 <= d.month <= 12:
                continue
            out.append((m.start(), m.end(), d))
            taken.append((m.start(), m.end()))
    for m in YEAR_RE.finditer(text):
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue
        after = text[m.end():m.end() + 20].lower()
        if _YEAR_AS_NUMBER_RE.match(after):
            continue
        before = text[max(0, m.start() - 20):m.start()].lower()
        if re.search(r"(?:of|than|population|about|approximately|over|under)\s+$", before) and \
                not re.search(r"(?:in|on|since|from|until|by|year|(?:end|start|beginning|middle|close|half|quarter|"
                              r"spring|summer|autumn|fall|winter)\s+of)\s+$", before) and \
                not _LIFE_EVENT_ABOUT_RE.search(text[max(0, m.start() - 30):m.start()]):
            continue
        out.append((m.start(), m.end(), DateValue(int(m.group(1)))))
        taken.append((m.start(), m.end()))
    return sorted(out, key=lambda x: x[0])


def _half_unit(num_text: str, scale: float) -> float:
    digits = num_text.replace(",", "").lstrip("-")
    if "." in digits:
        decimals = len(digits.split(".")[1])
        return 0.5 * 10 ** (-decimals) * scale
    stripped = digits.rstrip("0")
    zeros = len(digits) - len(stripped) if stripped else 0
    return 0.5 * 10 ** zeros * scale


_DURATION_PARTS = {"h": 3600.0, "hour": 3600.0, "hours": 3600.0, "min": 60.0, "minute": 60.0, "minutes": 60.0,
                   "s": 1.0, "sec": 1.0, "second": 1.0, "seconds": 1.0}
CLOCK_TIME_RE = re.compile(r"(?<![\d:.,])(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?![\d:])")
DURATION_CLOCK_RE = re.compile(
    r"\b(?:lasts?|lasting|runs?\s+(?:for\s+)?|running\s+time\s+of|clocks?\s+in\s+at|length\s+of|duration\s+of)"
    r"\s*(?:about\s+|just\s+|nearly\s+)?(\d{1,2}):([0-5]\d)\b(?!\s*(?:am|pm|a\.m|p\.m))", re.I)


def _merge_durations(text: str, found: list[tuple[int, int, Quantity]]) -> list[tuple[int, int, Quantity]]:
    """"11 minutes 33 seconds", "2 hours and 5 minutes": one duration in seconds."""
    out: list[tuple[int, int, Quantity]] = []
    for s, e, q in sorted(found, key=lambda x: x[0]):
        if out:
            ps, pe, pq = out[-1]
            if pq.unit in _DURATION_PARTS and q.unit in _DURATION_PARTS \
                    and _DURATION_PARTS[q.unit] < _DURATION_PARTS[pq.unit] \
                    and re.fullmatch(r"\s*(?:and\s*|,\s*)?", text[pe:s]):
                total = pq.value * _DURATION_PARTS[pq.unit] + q.value * _DURATION_PARTS[q.unit]
                out[-1] = (ps, e, Quantity(total, "seconds", pq.qualifier, 0.5 * _DURATION_PARTS[q.unit]))
                continue
        out.append((s, e, q))
    return out


def find_numbers(text: str, skip: list[tuple[int, int]] | None = None) -> list[tuple[int, int, Quantity]]:
    """Numbers with optional scale words, units and qualifiers, outside the ``skip`` spans."""
    skip = skip or []
    out: list[tuple[int, int, Quantity]] = []
    clocks = [(m.start(), m.end()) for m in CLOCK_TIME_RE.finditer(text)]  # "at 06:00 UTC" is a time of day
    for m in NUMBER_RE.finditer(text):
        s, e = m.start("num"), m.end()
        if any(a < e and s < b for a, b in skip + clocks):
            continue
        num = m.group("num")
        scale = SCALE.get((m.group("scale") or m.group("kilo") or "").lower(), 1.0)
        value = float(num.replace(",", "")) * scale
        unit = (m.group("unit") or "").lower() or None
        if unit == "s" and m.end("num") == m.start("unit") and re.fullmatch(r"1\d{3}|20\d{2}", num):
            # "the 1960s" is a decade (the years 1960-1969), not 1,960 seconds
            if num.endswith("0") and not m.group("qual") and not m.group("cur"):
                out.append((s, e, Quantity(float(num), None, "decade", 0.0)))
            continue
        if m.group("cur"):
            unit = m.group("cur").strip().lower().replace("us$", "$")
        qual = (m.group("qual") or "").strip().lower() or None
        out.append((m.start() if qual or m.group("cur") else s, e,
                    Quantity(value, unit, qual, _half_unit(num, scale))))
    for m in DURATION_CLOCK_RE.finditer(text):  # "clocks in at 2:27": minutes and seconds
        if any(a < m.end(2) and m.start(1) < b for a, b in skip):
            continue
        out = [x for x in out if not (x[0] < m.end(2) and m.start(1) < x[1])]
        out.append((m.start(1), m.end(2), Quantity(int(m.group(1)) * 60 + int(m.group(2)), "seconds", None, 0.5)))
    for m in WORD_NUMBER_RE.finditer(text):
        if any(a < m.end() and m.start() < b for a, b in skip + [(x[0], x[1]) for x in out]):
            continue
        if not m.group("unit") and not re.match(r"\s+[a-z]", text[m.end():], re.I):
            continue  # a bare "one." is not a number a claim states
        if m.group("word").lower() == "one" and not m.group("unit") and not m.group("qual") and out:
            continue  # "1.46 years to complete one orbit": beside a figure, "one" only counts what it measures
        unit = (m.group("unit") or "").lower() or None
        qual = (m.group("qual") or "").strip().lower() or None
        out.append((m.start() if qual else m.start("word"), m.end(),
                    Quantity(float(WORD_NUMBERS[m.group("word").lower()]) + (0.5 if m.group("half") else 0.0),
                             unit, qual, 0.0)))  # "three and a half hours"
    taken = [(x[0], x[1]) for x in out]
    for m in ONE_UNIT_RE.finditer(text):  # "an hour and 42 minutes", "an hour and a half"
        if any(a < m.end() and m.start() < b for a, b in skip + taken):
            continue
        unit = m.group("unit").lower()
        out.append((m.start(), m.end(), Quantity(1.5 if m.group("half") else 1.0, unit, None, 0.0)))
    return _merge_durations(text, sorted(out, key=lambda x: x[0]))


ISO_DURATION_RE = re.compile(
    r"P(?:(?P<w>\d+(?:\.\d+)?)W)?(?:(?P<d>\d+(?:\.\d+)?)D)?"
    r"(?:T(?:(?P<h>\d+(?:\.\d+)?)H)?(?:(?P<m>\d+(?:\.\d+)?)M)?(?:(?P<s>\d+(?:\.\d+)?)S)?)?")


def parse_iso_duration(lexical: str) -> float | None:
    """An ISO 8601 duration ("PT1H42M", "P2DT3H", xsd:duration) in seconds; durations with years or
    months (whose length in seconds is not fixed) and empty ones ("P", "PT") give None."""
    m = ISO_DURATION_RE.fullmatch(lexical.strip())
    if not m or not any(m.groupdict().values()):
        return None
    f = {k: float(v) if v else 0.0 for k, v in m.groupdict().items()}
    return f["w"] * 604800 + f["d"] * 86400 + f["h"] * 3600 + f["m"] * 60 + f["s"]


def parse_date_literal(lexical: str) -> DateValue | None:
    lexical = lexical.strip()
    m = re.fullmatch(r"(-?\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:T.*)?(?:Z|[+-]\d{2}:\d{2})?", lexical)
    if m:
        return DateValue(int(m.group(1)), int(m.group(2)) if m.group(2) else None,
                         int(m.group(3)) if m.group(3) else None)
    found = find_dates(lexical)
    return found[0][2] if found else None


# QUDT unit local names (unit:KiloM) and a few common datatype spellings
QUDT_UNITS = {"m": "m", "kilom": "km", "centim": "cm", "millim": "mm", "mi": "mi", "ft": "ft", "in": "inch",
              "m2": "m2", "kilom2": "km2", "ha": "ha", "kilogm": "kg", "gm": "g", "tonne": "t", "lb": "lb",
              "sec": "s", "min": "min", "hr": "h", "day": "day", "yr": "year", "l": "l", "l per": "l",
              "deg c": "°c", "deg f": "°f", "k": "kelvin", "percent": "%", "kilom per hr": "km/h",
              "m per sec": "m/s", "mi per hr": "mph", "metre": "m", "meter": "m", "kilometre": "km",
              "pa": "pa", "hectopa": "hpa", "kilopa": "kpa", "millibar": "mbar", "kn": "knot",
              "microgm per m3": "µg/m3", "milligm per m3": "mg/m3", "cel": "°c", "[degf]": "°f", "ug/m3": "µg/m3",
              "kilometer": "km", "kilogram": "kg", "square kilometre": "km2", "square metre": "m2"}


# UN/CEFACT Recommendation 20 common codes, as GoodRelations and schema.org's unitCode write units
CEFACT_UNITS = {"MTR": "m", "KMT": "km", "CMT": "cm", "MMT": "mm", "INH": "inch", "FOT": "ft", "SMI": "mi",
                "MTK": "m2", "KMK": "km2", "HAR": "ha", "ACR": "acre", "KGM": "kg", "GRM": "g", "TNE": "t",
                "LBR": "lb", "ONZ": "oz", "LTR": "l", "MLT": "ml", "SEC": "s", "MIN": "min", "HUR": "h",
                "DAY": "day", "ANN": "year", "KMH": "km/h", "HM": "mph", "MTS": "m/s", "CEL": "°c", "FAH": "°f",
                "KEL": "kelvin", "P1": "%", "USD": "usd", "EUR": "eur", "GBP": "gbp", "CHF": "chf", "JPY": "jpy"}


@functools.lru_cache(maxsize=16_384)
def unit_from_text(text: str) -> str | None:
    """A unit named in a predicate label, a datatype name or a unit literal ("height (m)", "km", "KGM")."""
    if text.strip() in CEFACT_UNITS:
        return CEFACT_UNITS[text.strip()]
    qudt = text.replace("_", " ").replace("-", " ").strip().lower()
    for key in (qudt, qudt.replace(" ", "")):
        if key in QUDT_UNITS:
            return QUDT_UNITS[key]
    low = text.lower().replace("_", " ")
    best: str | None = None
    for m in _UNIT_WORD_RE.finditer(low):
        if best is None or len(m.group(1)) > len(best):
            best = m.group(1)
    return best


def dates_match(claim: DateValue, graph: DateValue) -> bool | None:
    """True / False at the claim's precision; None when the graph is less precise than the claim
    but agrees as far as it goes (neither supported nor denied)."""
    if claim.year != graph.year:
        return False
    if claim.month is None:
        return True
    if graph.month is None:
        return None
    if claim.month != graph.month:
        return False
    if claim.day is None:
        return True
    if graph.day is None:
        return None
    return claim.day == graph.day


def quantities_match(claim: Quantity, graph: Quantity, rel_tol: float = 0.005) -> bool | None:
    """Compare after unit normalisation; None when the units cannot be compared."""
    cd, gd = claim.dimension, graph.dimension
    if cd and gd and cd != gd:
        return None
    if cd and not gd:
        # A bare graph number: read it in the claim's unit, or in the dimension's base unit
        # (1.85 for "185 cm tall" is metres); it matches if either reading does.
        base = next((u for u, (d, f) in UNITS.items() if d == cd and f == 1.0), None)
        readings = [claim.unit] + ([base] if base and base != claim.unit else [])
        results = [quantities_match(claim, Quantity(graph.value, u), rel_tol) for u in readings]
        return True if any(r is True for r in results) else results[0]
    elif gd and not cd:
        claim = Quantity(claim.value, graph.unit, claim.qualifier, claim.half_unit)
    c, g = claim.base(), graph.base()
    factor = UNITS[claim.unit][1] if claim.unit in UNITS else 1.0
    # a tolerance is a share of the value as measured from the scale's own zero: "about 71 °F" is 71 ± 7 °F
    size = abs(claim.value * factor) if claim.unit in OFFSETS else abs(c)
    q = claim.qualifier or ""
    if q in ("over", "more than", "greater than", "above", "exceeding"):
        return g > c
    if q == "at least":
        return g >= c
    if q in ("less than", "fewer than", "under", "below"):
        return g < c
    if q == "at most":
        return g <= c
    if q == "decade":
        return None if gd else c <= g < c + 10
    if q in ("about", "approximately", "approx", "approx.", "around", "roughly", "nearly", "almost", "some"):
        tol = max(0.1 * size, claim.half_unit * factor)
    else:
        g_size = abs(graph.value * UNITS[graph.unit][1]) if graph.unit in OFFSETS else abs(g)
        tol = max(rel_tol * g_size, min(claim.half_unit * factor, 0.05 * size), 1e-9)
    return abs(g - c) <= tol
