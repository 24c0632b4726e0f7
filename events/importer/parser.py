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
from html import escape

from django.utils.translation import gettext as _

from network_site.core.text import fold

from .attendance import Attendance, find_attendance, heading_aside, heading_status
from .metadata import (
    DayInText,
    LawCitation,
    find_day,
    find_days,
    find_time,
    full_date,
    labelled,
    law_citations,
    year_after,
)
from .minutes import (
    MeetingMention,
    find_actions,
    find_agenda,
    find_decisions,
    find_next_meetings,
    is_agenda_heading,
)
from .outline import Block, Heading, ItemList, Outline, Paragraph, ReviewNote, block_text

# Section field → the folded beginnings of the headings that open it.
SECTIONS = {
    "context": ("contexte",),
    "questions": ("les questionnements", "questionnements"),
    "speakers": ("intervenant",),
    "attendees": ("structures presentes", "structures representees", "organisations presentes"),
    "next_meetings": ("les prochains rendez vous", "prochains rendez vous"),
}
DATE_LABELS = ("date", "date de la rencontre", "date de la reunion")
PLACE_LABELS = ("lieu", "adresse", "lieu de la rencontre", "lieu de la reunion")
_NUMBERED_HEADING = re.compile(r"^\s*\d{1,2}\s*[./)]")
# Folded short words of an ALL-CAPS title that are words, not acronyms.
_SHORT_WORDS = {"de", "du", "des", "le", "la", "les", "un", "une", "et", "en", "au", "aux", "sur", "par", "a", "l", "d"}
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
    participants: list[Attendance] = field(default_factory=list)
    decisions: list[str] = field(default_factory=list)
    actions: list[str] = field(default_factory=list)
    headings: list[str] = field(default_factory=list)
    next_meetings: list[NextMeeting] = field(default_factory=list)
    date: datetime.date | None = None
    date_in_text: DayInText | None = None
    place: str = ""
    laws: list[LawCitation] = field(default_factory=list)
    notes: list[ReviewNote] = field(default_factory=list)
    words: str = ""  # the title and every block of the text, folded (``fold``): where names are looked for


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
    metadata = outline.metadata
    blocks = _with_bold_headings(outline.blocks, outline.marks_headings)
    found_title, blocks = _split_title(blocks)
    title, title_line, blocks = _metadata_title(metadata, found_title, blocks)
    headings = [block.text for block in blocks if isinstance(block, Heading)]
    blocks, date_line, place = _labelled_lines(blocks)
    participants, attendance_blocks = find_attendance(blocks)
    agenda, agenda_blocks = find_agenda(blocks)
    sections = {name: _section(blocks, name) for name in SECTIONS}
    meetings, follow_up = _next_meetings(sections["next_meetings"])
    known = set(_known_section_indexes(blocks)) | attendance_blocks | agenda_blocks
    mentioned = [
        _meeting_of(mention)
        for mention in find_next_meetings([b for b in blocks if b not in sections["next_meetings"]])
    ]
    data = ReportData(
        title=_readable_title(title or fallback_title),
        sections=[block for index, block in enumerate(blocks) if index not in known],
        context=[block for block in sections["context"] if isinstance(block, Paragraph)],
        follow_up=follow_up,
        questions=_list_texts(sections["questions"]),
        agenda=agenda,
        speakers=[_speaker(text) for text in _list_texts(sections["speakers"])],
        attendees=[text.rstrip(" ;,.") for text in _list_texts(sections["attendees"])],
        participants=participants,
        decisions=find_decisions(blocks),
        actions=find_actions(blocks),
        headings=headings,
        next_meetings=meetings + [m for m in mentioned if m.when not in {n.when for n in meetings}],
        place=place
        or _place_in(title_line, title)
        or _place_in(str(metadata.get("subtitle") or ""), "")
        or _aside_place(blocks),
        laws=law_citations(outline.blocks),
        notes=list(outline.notes),
        words=fold(" ".join([title or fallback_title, *(block_text(block) for block in outline.blocks)])),
    )
    if outline.blocks:  # a file without text gets the reader's note only
        if not title:
            data.notes.append(ReviewNote("no_title", _("No title found in the text: the file name was used.")))
        _find_date(data, metadata, title, title_line, found_title, date_line, blocks, sections)
        _set_date(data, date)
    elif date:
        data.date = date
    return data


def _metadata_title(metadata: dict, found: str, blocks: list[Block]) -> tuple[str, str, list[Block]]:
    """(the title, the line it was read from when that line says more, the blocks left), from the file's metadata.

    The front-matter (or Wiki.js) ``title`` wins over the text's, unless it is
    only a date or a code (“12/17 (A.G.)”: then the subtitle, if any) or the
    first line of the text says the same and more (“PV de l'Assemblée générale du
    samedi 8 juin 2024 15h (salle…)”: then that line, cut after its date). A
    first heading that is the only one of its level is the document's own
    title line: it leaves the body (kept as a paragraph when it says something
    else than the title).
    """
    title = " ".join(str(metadata.get("title") or "").split())
    subtitle = " ".join(str(metadata.get("subtitle") or "").split())
    if title and len([word for word in fold(title).split() if len(word) >= 3 and not word.isdigit()]) < 2:
        title = subtitle or title
    if not title:
        return found, "", blocks
    if found:  # the text's own title line: kept when it differs
        blocks = ([Paragraph(escape(found, quote=False), found)] if fold(found) != fold(title) else []) + blocks
    elif blocks and isinstance(blocks[0], Heading) and _only_of_its_level(blocks):
        first = blocks[0].text
        blocks = ([Paragraph(escape(first, quote=False), first)] if fold(first) != fold(title) else []) + blocks[1:]
    first = blocks[0] if blocks else None
    if isinstance(first, Paragraph) and not first.bold and "\n" not in first.text and len(first.text) <= 200:
        words = set(fold(first.text).split())
        if set(fold(title).split()) <= words and len(words) > len(fold(title).split()):
            line = _unglued(first.text)
            return _cut_after_date(line), line, blocks[1:]
    return title, "", blocks


def _only_of_its_level(blocks: list[Block]) -> bool:
    level = blocks[0].level
    return not any(isinstance(block, Heading) and block.level <= level for block in blocks[1:])


def _unglued(text: str) -> str:
    """An abbreviation glued to the next word put apart: “PVde l'Assemblée” → “PV de l'Assemblée”."""
    return re.sub(r"\b([A-Z]{2,})(de|du|des|d’|d')(?=\s|\w)", r"\1 \2", text)


def _cut_after_date(line: str) -> str:
    """A title line cut after its (last) date: the hour and place that follow are not the title."""
    days = find_days(line)
    if not days:
        return line
    end = line.find(days[-1].text)
    return line[: end + len(days[-1].text)].strip(" ,;:") if end >= 0 else line


def _place_in(line: str, title: str) -> str:
    """The place a title line or subtitle names after its date and time: “… 8 juin 2024 15h (salle Boléro) Espace
    Maurice Ravel” → “salle Boléro, Espace Maurice Ravel”; “À la chaufferie, Bègles le 11/11/23” → “la chaufferie, Bègles”."""
    if not line:
        return ""
    days = find_days(line)
    if title and line.startswith(title) and len(line) > len(title):
        rest = line[len(title) :]
    elif days and (at := line.find(days[0].text)) > 0 and not title and re.match(r"^\s*(?:[ÀA]u?|Chez)\s", line):
        rest = line[:at]
    else:
        return ""
    rest = re.sub(r"^\s*(?:[àa]\s+)?\d{1,2}\s*h\s*\d{0,2}", "", rest)  # the hour
    rest = re.sub(r"^\s*[ÀA]\s+", "", rest.strip())  # “À la chaufferie”
    rest = re.sub(r"\s+le\s*$", "", rest)
    parts = [part.strip(" ,;:") for part in re.split(r"[()]", rest)]
    return ", ".join(part for part in parts if part)


def _aside_place(blocks: list[Block]) -> str:
    """The place an attendance heading gives in parentheses: “Présents (Arles)” → “Arles”."""
    for block in blocks:
        if isinstance(block, Heading) and heading_status(block.text) and (aside := heading_aside(block.text)):
            return aside
    return ""


def _readable_title(title: str) -> str:
    """An ALL-CAPS title in sentence case, short acronyms kept: “PROCES VERBAL – AG 2025” → “Proces verbal – AG 2025”."""
    letters = [c for c in title if c.isalpha()]
    if len(letters) < 4 or any(c.islower() for c in letters):
        return title
    words = []
    for word in title.split(" "):
        bare = re.sub(r"\W", "", word)
        keep = 2 <= len(bare) <= 3 and fold(bare) not in _SHORT_WORDS
        words.append(word if keep else word.lower())
    text = " ".join(words)
    return text[:1].upper() + text[1:]


def _known_section_indexes(blocks: list[Block]):
    for start, block in enumerate(blocks):
        if _section_of(block):
            yield from _section_range(blocks, start)


def _meeting_of(mention: MeetingMention) -> NextMeeting:
    return NextMeeting(
        title=mention.label,
        when=mention.line,
        day=mention.day,
        month=mention.month,
        year=mention.year,
        weekday=mention.weekday,
        time=mention.time,
        place=mention.place,
    )


def _labelled_lines(blocks: list[Block]) -> tuple[list[Block], str, str]:
    """(``blocks`` less the lines labelled “Date :” or “Lieu :” before the first heading, the date's text, the place).

    Only the lines used leave the text: a paragraph's other lines stay, and so
    does a “Date :” line in which no date can be read. Labels may share a line,
    separated by “|” (“Date : 5 août 2024 | Durée : 3 heures | Lieu : Siège”).
    """
    kept, date_line, place = [], "", ""
    for index, block in enumerate(blocks):
        if isinstance(block, Heading):
            return kept + blocks[index:], date_line, place
        if isinstance(block, Paragraph) and not block.bold:
            left, used_any = [], False
            for line in block.lines:
                parts = []
                for part in line.split(" | "):
                    found_date, found_place = labelled(part, DATE_LABELS), labelled(part, PLACE_LABELS)
                    if found_date and find_day(found_date) and not date_line:
                        date_line, used_any = found_date, True
                    elif found_place and not place:
                        place, used_any = found_place, True
                    else:
                        parts.append(part)
                if parts:
                    left.append(" | ".join(parts))
            if used_any:
                if left:
                    text = "\n".join(left)
                    kept.append(Paragraph(escape(text, quote=False).replace("\n", "<br/>"), text))
                continue
        kept.append(block)
    return kept, date_line, place


def _find_date(data, metadata, title, title_line, found_title, date_line, blocks, sections) -> None:
    """Sets ``data.date_in_text``: the date of the title (or subtitle, or the text's own title line), else of the
    “Date :” line, else of the first heading, else the first date of the text, else the front matter's date (a
    publication date, the last resort). A date without a year takes the year of the front matter's date, else of
    the first full date of the text, with a review note. Another date in the front matter or the text's own title
    line is a review note, never a silent pick."""
    first_heading = next((block.text for block in blocks if isinstance(block, Heading)), "")
    published = _metadata_day(metadata.get("date"))
    candidates = [
        title,
        str(metadata.get("title") or ""),
        str(metadata.get("subtitle") or ""),
        title_line,
        date_line,
        first_heading,
    ]
    day = next((found for text in candidates if text and (found := find_day(text))), None)
    day = day or _first_day(title, blocks, sections) or published
    if day is None:
        return
    if day.year is None:
        context = published if published and published.year else None
        context = context or next((d for d in _all_days(blocks) if d.year), None)
        if context is not None:
            completed = DayInText(day.day, day.month, context.year, day.weekday, day.text)
            if completed.date:
                data.notes.append(
                    ReviewNote(
                        "date_year_inferred",
                        _(
                            "The text gives the meeting date as “%(text)s”, without a year: %(year)s was taken from “%(context)s”, check it."
                        )
                        % {"text": day.text, "year": context.year, "context": context.text},
                    )
                )
                day = completed
    data.date_in_text = day
    others = [published, find_day(found_title) if found_title else None]
    for other in others:
        if other and other.date and day.date and other.date != day.date:
            data.notes.append(
                ReviewNote(
                    "date_conflict",
                    _(
                        "The meeting date was read as %(date)s, but the file also gives “%(other)s”: check which is right."
                    )
                    % {"date": day.date.isoformat(), "other": other.text},
                )
            )


def _metadata_day(value) -> DayInText | None:
    """A front-matter date (a ``date``/``datetime`` from YAML or TOML, or a string) as a ``DayInText``."""
    if isinstance(value, datetime.datetime):
        value = value.date()
    if isinstance(value, datetime.date):
        return DayInText(value.day, value.month, value.year, text=value.isoformat())
    return find_day(str(value)) if value else None


def _all_days(blocks: list[Block]):
    for block in blocks:
        texts = [item.text for item in block.items] if isinstance(block, ItemList) else [getattr(block, "text", "")]
        for text in texts:
            yield from find_days(text)


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


def _with_bold_headings(outline: list[Block], marked: bool = False) -> list[Block]:
    """The outline with bold paragraphs that are titles made headings, and headings cleaned (see ``_clean_title``).

    A bold single-line paragraph is a heading, unless it is a labelled value
    (“Début prévu : 20h00”) or, in a format with headings of its own
    (``marked``: Markdown), a sentence ending with a full stop. A bold paragraph
    of numbered lines (“1. Approbation du PV / 2. Nouveau maraîcher…”) is one
    heading per number. A bold heading is one level below the heading before
    it; before any, at the level of the outline's highest headings (level 2 if
    it has none).
    """
    levels = [block.level for block in outline if isinstance(block, Heading)]
    blocks, level = [], min(levels, default=2) - 1
    for block in outline:
        if isinstance(block, Heading):
            level = block.level
            blocks.append(Heading(block.level, _clean_title(block.text)))
        elif isinstance(block, Paragraph) and block.bold and (numbered := _numbered_lines(block)):
            blocks += [Heading(min(level + 1, 6), _clean_title(text)) for text in numbered]
        elif isinstance(block, Paragraph) and block.bold and "\n" not in block.text and _is_title(block.text, marked):
            blocks.append(Heading(min(level + 1, 6), _clean_title(block.text)))
        else:
            blocks.append(block)
    return [block for block in blocks if not isinstance(block, Heading) or block.text]


def _is_title(text: str, marked: bool) -> bool:
    label, colon, value = text.rpartition(":")
    if colon and label.strip() and value.strip() and len(value.split()) <= 3 and any(c.isdigit() for c in value):
        return False  # “Début prévu : 20h00”, “Fin : 20h55”
    return not (marked and text.rstrip().endswith("."))


def _numbered_lines(paragraph: Paragraph) -> list[str]:
    """The numbered points of a paragraph of two or more of them, a point's wrapped lines joined; else ``[]``."""
    lines = [line.strip() for line in paragraph.written_lines if line.strip()]
    if len(lines) < 2 or not _NUMBERED_HEADING.match(lines[0]):
        return []
    points: list[str] = []
    for line in lines:
        if _NUMBERED_HEADING.match(line):
            points.append(line)
        else:
            points[-1] += " " + line
    return points if len(points) >= 2 else []


def _split_title(blocks: list[Block]) -> tuple[str, list[Block]]:
    """Finds the title, cut out with the repeats that follow it: (title or ``""``, the other blocks).

    The first heading or bold paragraph that opens no known section; else a
    short first paragraph right before the first heading (a plain text file's
    first line).
    """
    for index, block in enumerate(blocks):
        if (
            _is_title_like(block)
            and _section_of(block) is None
            and not heading_status(block.text)
            and not is_agenda_heading(block.text)
        ):
            title, end = _clean_title(block.text), index + 1
            while end < len(blocks) and _is_title_like(blocks[end]) and fold(blocks[end].text) == fold(title):
                end += 1
            return title, blocks[:index] + blocks[end:]
        if isinstance(block, Heading):
            break
    first = blocks[0] if blocks else None
    if (
        isinstance(first, Paragraph)
        and len(blocks) > 1
        and isinstance(blocks[1], Heading)
        and len(first.written_lines) <= 2
        and len(first.text) <= 200
        and not first.text.rstrip().endswith((":", "."))
    ):
        return " ".join(first.text.split()), blocks[1:]
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
