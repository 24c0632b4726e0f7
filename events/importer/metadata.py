"""Facts found in a report's words: French dates, labelled lines (“Lieu : …”) and the laws it cites.

Everything here works on plain text and returns plain values; the report
parser decides where to look. Dates in words are read from folded text (see
``network_site.core.text.fold``): “Mardi 15 juin à 14h”, “18 avril”, “1er octobre
2026”, “lundi 12/01/2015”. Numeric dates are read day first, as French writes
them: “05.05.2023”, “05/05/2023”, “05-05-2023”, “11/11/23” (a two-digit year is
20xx), “2023-05-05” and “20121108” (ISO, year first), “28/01” (no year); a
day-month pair whose “day” cannot be a month is read month first, as in US
order (“01/21”). A date without a year keeps ``year=None``: nothing here
guesses one, except ``year_after``, which is asked for the first such day after
a known date, and the parser, which takes the year from the report's context.
A regular expression rather than a date-parsing library: reports are searched
for dates (not parsed as one date each), in one linear pass, and a library's
search (dateparser's ``search_dates``) also reads “12 pour 2” or “le 1” as dates.
"""

import datetime
import re
from dataclasses import dataclass

from network_site.core.text import fold

from .outline import Block, Heading, ItemList, Paragraph, Quote, Table, block_text

MONTHS = {
    "janvier": 1,
    "fevrier": 2,
    "mars": 3,
    "avril": 4,
    "mai": 5,
    "juin": 6,
    "juillet": 7,
    "aout": 8,
    "septembre": 9,
    "octobre": 10,
    "novembre": 11,
    "decembre": 12,
}
WEEKDAYS = {"lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5, "dimanche": 6}
DATE = re.compile(
    rf"\b(?:(?P<weekday>{'|'.join(WEEKDAYS)}) )?(?P<day>\d{{1,2}})(?:er)? (?P<month>{'|'.join(MONTHS)})"
    rf"(?: (?P<year>\d{{4}}))?\b"
)
# Numeric dates, on the original text (folding would turn “05/05” into words): ISO, compact ISO, day first.
_ISO_DATE = re.compile(r"(?<![\d/.-])(?P<year>(?:19|20)\d{2})-(?P<month>\d{1,2})-(?P<day>\d{1,2})(?![\d/-])")
_COMPACT_DATE = re.compile(r"(?<!\d)(?P<year>(?:19|20)\d{2})(?P<month>0[1-9]|1[0-2])(?P<day>0[1-9]|[12]\d|3[01])(?!\d)")
_DAY_FIRST = re.compile(
    r"(?<![\d/.,-])(?P<day>\d{1,2})(?P<separator>[./-])(?P<month>\d{1,2})(?P=separator)(?P<year>\d{4}|\d{2})(?![\d/.-]?\d)"
)
# Without a year the second number has two digits (“28/01”, “01/21”): “2/3” and “3/4” are fractions.
_DAY_MONTH = re.compile(r"(?<![\d/.,-])(?P<day>\d{1,2})/(?P<month>\d{2})(?![\d/]|[.,-]\d)")
_WEEKDAY_BEFORE = re.compile(rf"\b({'|'.join(WEEKDAYS)})\W+$")
TIME = re.compile(r"\b(\d{1,2}) ?h ?(\d{2})?\b")
# Folded words before a date that make it the date of a law, not of a meeting.
_LAW_DATE = re.compile(r"\blois? (?:(?:n|no|ndeg) \d+ \d+ )?du $")
# “loi(s) de 92 et 2007”, “loi du 6 février 1992”, “loi n° 2005-95”: folded text.
_LAW_YEARS = re.compile(
    rf"\blois? (?:(?:n|no|ndeg) ?)?(?:du |de |d )?(?:\d{{1,2}} (?:er )?(?:{'|'.join(MONTHS)}) )?(?P<year>\d{{4}}|\d{{2}})\b"
    r"(?P<more>(?: et (?:\d{4}|\d{2})\b)*)"
)
# “Loi Oudin”, “la loi Thiollière”, “Loi NOTRe”: the original text, the name capitalised.
_LAW_NAME = re.compile(r"\b[Ll]ois? (?:dite )?(?P<name>[A-ZÀ-Ý][\w'’-]*(?: [A-ZÀ-Ý][\w'’-]*)?)")
# A paragraph of a legal-framework section that starts with a year: “1992 : la reconnaissance…”.
_YEAR_ITEM = re.compile(r"^\s*(?P<year>(?:19|20)\d{2})\s*:")
_LEGAL_HEADINGS = ("juridique", "legal", "legislati", "reglementaire", "loi")


def full_date(year: int | None, month: int | None, day: int | None) -> datetime.date | None:
    """``datetime.date(year, month, day)``, or ``None`` when a part is missing or the date is impossible."""
    try:
        return datetime.date(year, month, day)
    except (TypeError, ValueError):
        return None


@dataclass(frozen=True)
class DayInText:
    """A date as a report writes it: ``day`` 1–31, ``month`` 1–12, ``year`` and ``weekday`` (0 = Monday) if stated."""

    day: int
    month: int
    year: int | None = None
    weekday: int | None = None
    text: str = ""

    @property
    def date(self) -> datetime.date | None:
        """The full date, or ``None`` when the year is not stated or the date is impossible."""
        return full_date(self.year, self.month, self.day)


@dataclass(frozen=True)
class LawCitation:
    """A law a report cites, by ``year`` (e.g. 1992) or by ``name`` (e.g. “Oudin”); ``text`` is what was written."""

    text: str
    year: int | None = None
    name: str = ""


def find_day(text: str) -> DayInText | None:
    """The first date in ``text`` (in words or numeric) that is not a law's date (“loi du 6 février 1992”), else ``None``."""
    return next(iter(find_days(text)), None)


def find_days(text: str) -> list[DayInText]:
    """Every date in ``text`` (see the module doc), in order, laws' dates left out; impossible dates too are left out."""
    found = []  # (position in text, day)
    folded = fold(text)
    position = 0
    for match in DATE.finditer(folded):
        if _LAW_DATE.search(folded[: match.start()]):
            continue
        weekday = WEEKDAYS[match["weekday"]] if match["weekday"] else None
        year = int(match["year"]) if match["year"] else None
        written = _as_written(text, match[0])
        at = text.find(written, position)
        position = max(position, at)
        found.append((at, DayInText(int(match["day"]), MONTHS[match["month"]], year, weekday, written)))
    taken: list[tuple[int, int]] = []
    for pattern in (_ISO_DATE, _COMPACT_DATE, _DAY_FIRST, _DAY_MONTH):
        for match in pattern.finditer(text):
            if any(start < match.end() and match.start() < end for start, end in taken):
                continue
            day = _numeric_day(match, text)
            if day is not None:
                taken.append(match.span())
                found.append((match.start(), day))
    return [day for _position, day in sorted(found, key=lambda pair: pair[0])]


def _numeric_day(match: re.Match, text: str) -> DayInText | None:
    """The ``DayInText`` of a numeric date match, or ``None`` when no calendar day reads so."""
    day, month = int(match["day"]), int(match["month"])
    year = match.groupdict().get("year")
    if year is not None:
        year = int(year) + (2000 if len(year) == 2 else 0)
    if month > 12 and day <= 12 and year is None:  # “01/21”: month first (US order)
        day, month = month, day
    if not 1 <= month <= 12 or not 1 <= day <= 31:
        return None
    if year is not None and full_date(year, month, day) is None:
        return None
    before = _WEEKDAY_BEFORE.search(fold(text[max(0, match.start() - 12) : match.start()]) + " ")
    weekday = WEEKDAYS[before[1]] if before else None
    return DayInText(day, month, year, weekday, match[0])


def find_time(text: str) -> datetime.time | None:
    """The first hour in ``text`` (“14h”, “9h30”, “14 h 30”), else ``None``."""
    match = TIME.search(fold(text))
    if match and int(match[1]) < 24 and int(match[2] or 0) < 60:
        return datetime.time(int(match[1]), int(match[2] or 0))
    return None


def year_after(day: DayInText, after: datetime.date) -> int | None:
    """The year of the first ``day`` (day and month) on or after ``after``, if its weekday agrees; else ``None``."""
    for year in (after.year, after.year + 1):
        try:
            candidate = datetime.date(year, day.month, day.day)
        except ValueError:
            continue
        if candidate >= after:
            return year if day.weekday is None or candidate.weekday() == day.weekday else None
    return None


def labelled(text: str, labels: tuple[str, ...]) -> str | None:
    """The value of a line “Label : value” whose folded label is one of ``labels``, else ``None``."""
    for line in text.split("\n"):
        label, colon, value = line.partition(":")
        if colon and fold(label) in labels and value.strip():
            return " ".join(value.split())
    return None


def law_citations(blocks: list[Block]) -> list[LawCitation]:
    """The laws cited in ``blocks``, in order of first mention, each (year or name) once.

    Laws are cited as “loi(s) de 92 et 2007”, “loi du 6 février 1992”, “Loi
    Oudin”, or by a year opening a paragraph under a legal heading (“Cadre
    juridique” → “1992 : …”). Two-digit years are 1950–2049.
    """
    citations, seen, legal_section = [], set(), False

    def add(citation: LawCitation):
        key = (citation.year, fold(citation.name))
        if key not in seen:
            seen.add(key)
            citations.append(citation)

    for block in blocks:
        if isinstance(block, Heading):
            legal_section = any(word in fold(block.text) for word in _LEGAL_HEADINGS)
        texts = [block_text(block)] if isinstance(block, Heading | Paragraph | Quote | Table) else []
        if isinstance(block, ItemList):
            texts = [item.text for item in block.items]
        for text in texts:
            if legal_section and (match := _YEAR_ITEM.match(text)):
                add(LawCitation(match[0].rstrip(": "), year=int(match["year"])))
            for match in _LAW_YEARS.finditer(fold(text)):
                for year in [match["year"], *re.findall(r"\d+", match["more"])]:
                    add(LawCitation(match[0], year=_full_year(year)))
            for match in _LAW_NAME.finditer(text):
                add(LawCitation(match[0], name=match["name"]))
    return citations


def _full_year(digits: str) -> int:
    year = int(digits)
    if len(digits) == 2:
        year += 1900 if year >= 50 else 2000
    return year


def _as_written(text: str, folded_match: str) -> str:
    """The words of ``text`` that fold to ``folded_match`` (“18 avril” for “le 18 Avril”)."""
    words = text.split()
    count = len(folded_match.split())
    for start in range(len(words)):
        for end in range(start + 1, min(start + count + 3, len(words)) + 1):
            candidate = " ".join(words[start:end])
            if fold(candidate) == folded_match:
                return candidate.strip(" ,.;:")
    return folded_match
