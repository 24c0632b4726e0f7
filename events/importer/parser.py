"""Report parser: an outline (see ``outline``) → ``ReportData``, the parts of a meeting report.

Section titles are found by their words, accent- and case-insensitively
(“CONTEXTE:”, “Contexte”, “## Structures présentes :” …). A paragraph that is
bold on a single line is a section title too: it becomes a heading one level
below the last heading (before any, at the level of the highest headings). The title of the report is
the first bold paragraph before any heading, else the first heading, unless
that paragraph or heading is a known section such as “Contexte”; repeats of the
title right after it are dropped.

Metadata (see ``metadata``): the meeting's date is the one on a “Date :” line,
else the first date of the title or text outside the next meetings (“la
réflexion entamée le 18 avril”); the place is on a “Lieu :” line. A date
given by the caller wins. A date without a year is not completed: the report
gets a review note instead. The laws cited are collected from all of the text.
"""

import datetime
import re
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from network_site.core.text import fold

from .metadata import DayInText, LawCitation, find_day, find_time, full_date, labelled, law_citations, year_after
from .outline import Block, Heading, ItemList, Outline, Paragraph, ReviewNote

# Section field → the folded beginnings of the headings that open it.
SECTIONS = {
    "context": ("contexte",),
    "questions": ("les questionnements", "questionnements"),
    "agenda": ("ordre du jour",),
    "speakers": ("intervenant",),
    "attendees": ("structures presentes", "structures representees", "organisations presentes"),
    "next_meetings": ("les prochains rendez vous", "prochains rendez vous"),
}
DATE_LABELS = ("date", "date de la rencontre", "date de la reunion")
PLACE_LABELS = ("lieu", "adresse", "lieu de la rencontre", "lieu de la reunion")
_SPEAKER = re.compile(r"^(?P<name>.+?)\s*\((?P<organisation>.+)\)$")


@dataclass(frozen=True)
class Speaker:
    """A speaker's name and the name of the organisation they spoke for (``""`` if not given)."""

    name: str
    organisation: str = ""


@dataclass(frozen=True)
class Participant:
    """A person named as present, excused or absent (``status``, a ``ReportParticipant.Status`` value).

    ``organisation`` is the organisation they came for (``""`` if not given).
    """

    name: str
    organisation: str = ""
    status: str = "present"


@dataclass
class NextMeeting:
    """A meeting announced at the end of a report.

    ``when`` is the date line as written (e.g. “Mardi 15 juin à 14h”, ``""`` if
    none); ``day``, ``month`` and ``year`` are what it states (``None`` when it
    does not, as in “Date à déterminer”), ``weekday`` too (0 = Monday);
    ``place`` is the venue and address, lines joined by “, ”.
    """

    title: str
    when: str = ""
    day: int | None = None
    month: int | None = None
    year: int | None = None
    weekday: int | None = None
    time: datetime.time | None = None
    place: str = ""

    @property
    def date(self) -> datetime.date | None:
        """The full date, or ``None`` when the day, month or year is unknown or impossible."""
        return full_date(self.year, self.month, self.day)


@dataclass
class ReportData:
    """Everything the builder needs, as plain values.

    ``sections`` is the report after its title, bold section titles turned into
    ``Heading``, without the known sections (see ``SECTIONS``) and the labelled
    “Date :”/“Lieu :” lines: what those say is in the other fields instead, as
    plain text (``context`` and ``follow_up`` keep the paragraphs' inline HTML;
    ``follow_up`` is the text of the next-meetings section around the meetings
    themselves). ``date`` is the meeting's full date or ``None``;
    ``date_in_text`` the date as the text gives it, with or without a year.
    ``notes`` are what a person should check (the reader's and the parser's).
    """

    title: str
    sections: list[Block] = field(default_factory=list)
    context: list[Paragraph] = field(default_factory=list)
    follow_up: list[Paragraph] = field(default_factory=list)
    questions: list[str] = field(default_factory=list)
    agenda: list[str] = field(default_factory=list)
    speakers: list[Speaker] = field(default_factory=list)
    attendees: list[str] = field(default_factory=list)
    participants: list[Participant] = field(default_factory=list)
    decisions: list[str] = field(default_factory=list)
    actions: list[str] = field(default_factory=list)
    headings: list[str] = field(default_factory=list)
    next_meetings: list[NextMeeting] = field(default_factory=list)
    date: datetime.date | None = None
    date_in_text: DayInText | None = None
    place: str = ""
    laws: list[LawCitation] = field(default_factory=list)
    notes: list[ReviewNote] = field(default_factory=list)


def parse_report(
    outline: Outline | list[Block], fallback_title: str, *, date: datetime.date | None = None
) -> ReportData:
    """Outline → ``ReportData``.

    ``fallback_title`` is used when the outline has no title; ``date``, if
    given, is the meeting's date whatever the text says (a note tells when the
    text gives another day).
    """
    if not isinstance(outline, Outline):
        outline = Outline(list(outline))
    blocks = _with_bold_headings(outline.blocks)
    title, blocks = _split_title(blocks)
    blocks, date_line, place = _labelled_lines(blocks)
    sections = {name: _section(blocks, name) for name in SECTIONS}
    meetings, follow_up = _next_meetings(sections["next_meetings"])
    data = ReportData(
        title=title or fallback_title,
        sections=_without_known_sections(blocks),
        context=[block for block in sections["context"] if isinstance(block, Paragraph)],
        follow_up=follow_up,
        questions=_list_texts(sections["questions"]),
        agenda=_list_texts(sections["agenda"]),
        speakers=[_speaker(text) for text in _list_texts(sections["speakers"])],
        attendees=[text.rstrip(" ;,.") for text in _list_texts(sections["attendees"])],
        next_meetings=meetings,
        place=place,
        laws=law_citations(outline.blocks),
        notes=list(outline.notes),
    )
    if outline.blocks:  # a file without text gets the reader's note only
        if not title:
            data.notes.append(ReviewNote("no_title", _("No title found in the text: the file name was used.")))
        data.date_in_text = find_day(date_line) if date_line else _first_day(title, blocks, sections)
        _set_date(data, date)
    elif date:
        data.date = date
    return data


def _labelled_lines(blocks: list[Block]) -> tuple[list[Block], str, str]:
    """(``blocks`` less the paragraphs labelled “Date :” or “Lieu :”, the date's text, the place)."""
    kept, date_line, place = [], "", ""
    for block in blocks:
        if isinstance(block, Paragraph) and not block.bold:
            found_date, found_place = labelled(block.text, DATE_LABELS), labelled(block.text, PLACE_LABELS)
            if found_date or found_place:
                date_line, place = date_line or found_date or "", place or found_place or ""
                continue
        kept.append(block)
    return kept, date_line, place


def _first_day(title: str, blocks: list[Block], sections: dict[str, list[Block]]) -> DayInText | None:
    """The first date in the title, else in the text (the next meetings' own dates left out)."""
    meeting_lines = {id(block) for block in sections["next_meetings"] if isinstance(block, Paragraph) and block.bold}
    texts = [title] + [
        text
        for block in blocks
        if id(block) not in meeting_lines and not isinstance(block, Heading)
        for text in (
            [item.text for item in block.items] if isinstance(block, ItemList) else [getattr(block, "text", "")]
        )
    ]
    return next((day for text in texts if (day := find_day(text))), None)


def _set_date(data: ReportData, given: datetime.date | None) -> None:
    """Sets ``data.date`` from the date given or found, with the review notes it calls for; completes next meetings."""
    found = data.date_in_text
    if given:
        data.date = given
        if found and (found.day, found.month) != (given.day, given.month):
            data.notes.append(
                ReviewNote(
                    "date_differs",
                    _("The text gives the date “%(text)s”, not the date given for the import (%(date)s).")
                    % {"text": found.text, "date": given.isoformat()},
                )
            )
    elif found and found.date:
        data.date = found.date
    elif found:
        data.notes.append(
            ReviewNote(
                "date_without_year",
                _("The text gives the meeting date as “%(text)s”, without a year: enter the date.")
                % {"text": found.text},
            )
        )
    else:
        data.notes.append(ReviewNote("no_date", _("No meeting date found in the text: enter the date.")))
    if data.date:
        for meeting in data.next_meetings:
            if meeting.day and meeting.month and meeting.year is None:
                day = DayInText(meeting.day, meeting.month, weekday=meeting.weekday)
                meeting.year = year_after(day, data.date)


def _clean_title(text: str) -> str:
    """Strips leading bullets and the trailing colon of a heading: “• Cadre juridique :” → “Cadre juridique”."""
    return " ".join(text.split()).lstrip("•·▪–—-* ").rstrip(": ")


def _with_bold_headings(outline: list[Block]) -> list[Block]:
    """The outline with single-line bold paragraphs made headings, and headings cleaned (see ``_clean_title``).

    A bold heading is one level below the heading before it; before any, at the
    level of the outline's highest headings (level 2 if it has none).
    """
    levels = [block.level for block in outline if isinstance(block, Heading)]
    blocks, level = [], min(levels, default=2) - 1
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
    meeting = NextMeeting(title=title, when=when.strip(), time=find_time(when))
    if day := find_day(when):
        meeting.day, meeting.month, meeting.year, meeting.weekday = day.day, day.month, day.year, day.weekday
    return meeting
