"""Report parser: an outline (see ``reader``) → ``ReportData``, the parts of a meeting report.

Section titles are found by their words, accent- and case-insensitively
(“CONTEXTE:”, “Contexte”, “## Structures présentes :” …). A paragraph that is
bold on a single line is a section title too: it becomes a heading one level
below the last Markdown heading (level 2 before any). The title of the report is
the first bold paragraph before any heading, else the first heading, unless
that paragraph or heading is a known section such as “Contexte”; repeats of the
title right after it are dropped.
"""

import datetime
import re
from dataclasses import dataclass, field

from network_site.text import fold

from .reader import Block, Heading, ItemList, Paragraph

# Section field → the folded beginnings of the headings that open it.
SECTIONS = {
    "context": ("contexte",),
    "questions": ("les questionnements", "questionnements"),
    "agenda": ("ordre du jour",),
    "speakers": ("intervenant",),
    "attendees": ("structures presentes", "structures representees", "organisations presentes"),
    "next_meetings": ("les prochains rendez vous", "prochains rendez vous"),
}
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
_DATE = re.compile(rf"\b(\d{{1,2}})(?:er)? ({'|'.join(MONTHS)})(?: (\d{{4}}))?\b")
_TIME = re.compile(r"\b(\d{1,2}) ?h ?(\d{2})?\b")
_SPEAKER = re.compile(r"^(?P<name>.+?)\s*\((?P<organisation>.+)\)$")


@dataclass(frozen=True)
class Speaker:
    """A speaker's name and the name of the organisation they spoke for (``""`` if not given)."""

    name: str
    organisation: str = ""


@dataclass
class NextMeeting:
    """A meeting announced at the end of a report.

    ``when`` is the date line as written (e.g. “Mardi 15 juin à 14h”, ``""`` if
    none); ``day``, ``month`` and ``year`` are what it states (``None`` when it
    does not, as in “Date à déterminer”); ``place`` is the venue and address,
    lines joined by “, ”.
    """

    title: str
    when: str = ""
    day: int | None = None
    month: int | None = None
    year: int | None = None
    time: datetime.time | None = None
    place: str = ""

    @property
    def date(self) -> datetime.date | None:
        """The full date, or ``None`` when the day, month or year is unknown or impossible."""
        try:
            return datetime.date(self.year, self.month, self.day)
        except (TypeError, ValueError):
            return None


@dataclass
class ReportData:
    """Everything the builder needs, as plain values.

    ``sections`` is the report after its title, bold section titles turned into
    ``Heading``, without the known sections (see ``SECTIONS``): what those say
    is in the other fields instead, as plain text (``context`` and
    ``follow_up`` keep the paragraphs' inline HTML; ``follow_up`` is the text of
    the next-meetings section around the meetings themselves).
    """

    title: str
    sections: list[Block] = field(default_factory=list)
    context: list[Paragraph] = field(default_factory=list)
    follow_up: list[Paragraph] = field(default_factory=list)
    questions: list[str] = field(default_factory=list)
    agenda: list[str] = field(default_factory=list)
    speakers: list[Speaker] = field(default_factory=list)
    attendees: list[str] = field(default_factory=list)
    next_meetings: list[NextMeeting] = field(default_factory=list)


def parse_report(outline: list[Block], fallback_title: str) -> ReportData:
    """Outline → ``ReportData``; ``fallback_title`` is used when the outline has no title."""
    blocks = _with_bold_headings(outline)
    title, blocks = _split_title(blocks)
    sections = {name: _section(blocks, name) for name in SECTIONS}
    meetings, follow_up = _next_meetings(sections["next_meetings"])
    return ReportData(
        title=title or fallback_title,
        sections=_without_known_sections(blocks),
        context=[block for block in sections["context"] if isinstance(block, Paragraph)],
        follow_up=follow_up,
        questions=_list_texts(sections["questions"]),
        agenda=_list_texts(sections["agenda"]),
        speakers=[_speaker(text) for text in _list_texts(sections["speakers"])],
        attendees=[text.rstrip(" ;,.") for text in _list_texts(sections["attendees"])],
        next_meetings=meetings,
    )


def _clean_title(text: str) -> str:
    """Strips leading bullets and the trailing colon of a heading: “• Cadre juridique :” → “Cadre juridique”."""
    return " ".join(text.split()).lstrip("•·▪–—-* ").rstrip(": ")


def _with_bold_headings(outline: list[Block]) -> list[Block]:
    blocks, level = [], 1
    for block in outline:
        if isinstance(block, Heading):
            level = block.level
            block = Heading(block.level, _clean_title(block.text))
        elif isinstance(block, Paragraph) and block.bold and "\n" not in block.text:
            block = Heading(min(level + 1, 6), _clean_title(block.text))
        if not isinstance(block, Heading) or block.text:
            blocks.append(block)
    return blocks


def _split_title(blocks: list[Block]) -> tuple[str, list[Block]]:
    """Finds the title, cut out with the repeats that follow it: (title or ``""``, the other blocks)."""
    for index, block in enumerate(blocks):
        if _is_title_like(block) and _section_of(block) is None:
            title, end = _clean_title(block.text), index + 1
            while end < len(blocks) and _is_title_like(blocks[end]) and fold(blocks[end].text) == fold(title):
                end += 1
            return title, blocks[:index] + blocks[end:]
        if isinstance(block, Heading):
            break
    return "", blocks


def _is_bold(block: Block | None) -> bool:
    return isinstance(block, Paragraph) and block.bold


def _is_title_like(block: Block) -> bool:
    return isinstance(block, Heading) or _is_bold(block)


def _section_of(block: Block) -> str | None:
    """The field a heading opens (a key of ``SECTIONS``), or ``None``."""
    if isinstance(block, Heading):
        folded = fold(block.text)
        for name, beginnings in SECTIONS.items():
            if folded.startswith(beginnings):
                return name
    return None


def _section_range(blocks: list[Block], start: int) -> range:
    """The indexes of the heading at ``start`` and of what follows it, up to the next heading of any level."""
    end = start + 1
    while end < len(blocks) and not isinstance(blocks[end], Heading):
        end += 1
    return range(start, end)


def _section(blocks: list[Block], name: str) -> list[Block]:
    """The blocks under the first heading opening section ``name`` (``[]`` if there is none)."""
    for start, block in enumerate(blocks):
        if _section_of(block) == name:
            return [blocks[index] for index in _section_range(blocks, start)[1:]]
    return []


def _without_known_sections(blocks: list[Block]) -> list[Block]:
    """``blocks`` less every known section, heading included."""
    known = {
        index for start, block in enumerate(blocks) if _section_of(block) for index in _section_range(blocks, start)
    }
    return [block for index, block in enumerate(blocks) if index not in known]


def _list_texts(blocks: list[Block]) -> list[str]:
    return [" ".join(item.text.split()) for block in blocks if isinstance(block, ItemList) for item in block.items]


def _speaker(text: str) -> Speaker:
    match = _SPEAKER.match(text)
    return Speaker(match["name"], match["organisation"].strip()) if match else Speaker(text)


def _next_meetings(blocks: list[Block]) -> tuple[list[NextMeeting], list[Paragraph]]:
    """(meetings, the other paragraphs) of a next-meetings section.

    Bold paragraphs of two lines or more are meetings (title, then date); a
    plain paragraph right after one is its place.
    """
    meetings, others, previous = [], [], None
    for block in blocks:
        if _is_bold(block) and len(block.lines) > 1:
            meetings.append(_meeting(_meeting_title(block.lines[0]), " ".join(block.lines[1:])))
        elif isinstance(block, Paragraph) and not block.bold and _is_bold(previous) and meetings:
            meetings[-1].place = ", ".join(line.strip() for line in block.lines)
        elif isinstance(block, Paragraph):
            others.append(block)
        previous = block
    return meetings, others


def _meeting_title(text: str) -> str:
    """A meeting's title without the stray bullet that word processors leave as a capital I: “I Rencontre …” → “Rencontre …”."""
    return re.sub(r"^I\s+(?=[A-ZÀ-Ý])", "", _clean_title(text))


def _meeting(title: str, when: str) -> NextMeeting:
    meeting = NextMeeting(title=title, when=when.strip())
    folded = fold(when)
    if date := _DATE.search(folded):
        meeting.day, meeting.month = int(date[1]), MONTHS[date[2]]
        meeting.year = int(date[3]) if date[3] else None
    if (time := _TIME.search(folded)) and int(time[1]) < 24 and int(time[2] or 0) < 60:
        meeting.time = datetime.time(int(time[1]), int(time[2] or 0))
    return meeting
