"""PDF reader: the bytes of a ``.pdf`` file → an ``Outline``, with pypdf.

A PDF has no paragraphs or headings, only pieces of text placed on pages, so
the structure is read from their layout (sizes in PDF points):

- pieces on the same baseline make a line; pieces far apart on a line are
  cells, and two or more lines in a row with as many cells, each within the
  column of the cell above, make a ``Table`` (its first row the header);
- the most common font size is the body text; lines in a larger size are
  headings, the largest level 1, the next level 2 and so on;
- a line that starts with a bullet (•, –, -, *…) or “1.” / “a)” starts a list
  item;
- a vertical gap larger than the usual line spacing, a change of size, or a
  change between bold and not bold starts a new paragraph. Bold lines keep
  their line breaks (titles, dates of meetings); in other paragraphs a line
  that is shorter than most ends with a line break, the others wrap;
- page numbers alone on a line are dropped, and so are letterheads and
  footers repeated on most pages (same text, same height);
- a word is split from the next where the PDF draws a space, or where the
  next piece starts further than the first one's text can reach.

Bold and italic come from the font names (“…-Bold”, “…Oblique”). Quotes are
read as paragraphs. Pages without a text layer (scans) leave a review note.
"""

import math
import re
import statistics
from collections import Counter
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from network_site.documents.extraction import ExtractionError

from ..outline import Block, Heading, ItemList, Outline, Paragraph, ReviewNote, Table, paragraph_from_runs

_BULLET = re.compile(r"^(?:[•◦▪▫●○■□‣⁃–—*·-]|(?P<number>\d{1,2}|[a-zA-Z])[.)])\s+")
_PAGE_NUMBER = re.compile(r"^(?:page\s*)?\d{1,4}(?:\s*(?:/|sur|of)\s*\d{1,4})?$", re.IGNORECASE)
_BOLD_FONT = re.compile(r"bold|black|heavy|semibold|demi", re.IGNORECASE)
_ITALIC_FONT = re.compile(r"italic|oblique", re.IGNORECASE)
CELL_GAP = 1.5  # in font sizes: a gap wider than this (after the text's estimated width) separates two cells
CHAR_WIDTH = 0.6  # in font sizes: a generous estimate of a character's width
HEADING_RATIO = 1.08
RUNNING_LINES = 6  # lines at the top and at the bottom of a page where a letterhead or footer may repeat  # a line at least this much larger than the body text is a heading


@dataclass
class _Piece:
    text: str
    x: float
    y: float
    size: float
    bold: bool
    italic: bool
    space_before: bool = False  # placed apart from the piece before it, with no space between their texts


@dataclass
class _Line:
    page: int
    y: float
    pieces: list[_Piece] = field(default_factory=list)
    cells: list[tuple[float, str]] = field(default_factory=list)

    @property
    def text(self) -> str:
        return " ".join(" ".join(text.split()) for _x, text in self.cells).strip()

    @property
    def size(self) -> float:
        """The size of most of the line's characters, rounded to half a point."""
        sizes = Counter()
        for piece in self.pieces:
            sizes[round(piece.size * 2) / 2] += len(piece.text.strip())
        return sizes.most_common(1)[0][0]

    @property
    def bold(self) -> bool:
        return all(piece.bold for piece in self.pieces if piece.text.strip())

    def runs(self) -> list[tuple]:
        """The line's pieces as ``paragraph_from_runs`` runs."""
        return [
            (" " * (piece.space_before and index > 0) + piece.text, piece.bold, piece.italic, None)
            for index, piece in enumerate(self.pieces)
        ]


def read(reader) -> Outline:
    """The outline of a PDF opened by pypdf (``extraction.open_pdf``); raises ``ExtractionError`` for a page
    that cannot be read."""
    pages, empty_pages = [], []
    try:
        for number, page in enumerate(reader.pages, start=1):
            page_lines = _page_lines(page, number)
            if not page_lines:
                empty_pages.append(number)
            pages.append(page_lines)
        lines = _without_running_lines(pages)
    except ExtractionError:
        raise
    except Exception as error:  # pypdf fails in many ways on damaged content streams
        raise ExtractionError(_("this is not a readable PDF file (damaged or of another type)")) from error
    notes = []
    if not lines:
        notes.append(
            ReviewNote(
                "no_text_layer",
                _("The PDF has no text layer (a scan?): the report's text could not be read, copy it in by hand."),
            )
        )
    elif empty_pages:
        notes.append(
            ReviewNote(
                "pages_without_text",
                _("Pages %(pages)s of the PDF have no text layer (scans?): their content is missing.")
                % {"pages": ", ".join(map(str, empty_pages))},
            )
        )
    return Outline(_blocks(lines), notes)


def _page_lines(page, number: int) -> list[_Line]:
    """The lines of one page, top to bottom, page numbers left out.

    Linear in the number of pieces: a piece joins the line of the piece before
    it when on the same baseline (or raised, smaller: a superscript such as
    the “er” of “1er”), else the line at its baseline, found by a dictionary on
    the rounded baseline. The spaces the PDF draws as pieces of their own mark
    the piece after them as “after a space”.
    """
    pieces = []
    space = [False]

    def visit(text, cm, tm, font, font_size):
        if not text or text == "\n":
            return
        if not text.strip():
            space[0] = True
            return
        a, b, c, d, e, f = _multiply(tm, cm)
        name = str((font or {}).get("/BaseFont", ""))
        size = abs(font_size) * (math.hypot(c, d) or 1.0)
        piece = _Piece(
            text.replace("\n", " "), e, f, size, bool(_BOLD_FONT.search(name)), bool(_ITALIC_FONT.search(name))
        )
        piece.space_before = space[0]
        space[0] = False
        pieces.append(piece)

    page.extract_text(visitor_text=visit)
    lines: list[_Line] = []
    by_baseline: dict[int, _Line] = {}
    previous: _Piece | None = None
    current: _Line | None = None
    for piece in pieces:
        tolerance = max(1.0, piece.size * 0.2)
        line = None
        if current is not None and previous is not None:
            raised = piece.size < previous.size * 0.85 and 0 < piece.y - current.y < previous.size * 0.6
            if abs(current.y - piece.y) <= tolerance or raised:
                line = current
        if line is None:
            key = round(piece.y)
            line = next(
                (
                    found
                    for offset in (0, -1, 1, -2, 2)
                    if (found := by_baseline.get(key + offset)) is not None and abs(found.y - piece.y) <= tolerance
                ),
                None,
            )
        if line is None:
            line = _Line(number, piece.y)
            lines.append(line)
            by_baseline[round(piece.y)] = line
        line.pieces.append(piece)
        previous, current = piece, line
    for line in lines:
        line.pieces.sort(key=lambda piece: piece.x)  # stable: pieces written at one position keep their order
        line.cells = _cells(line.pieces)
    lines.sort(key=lambda line: -line.y)
    return [line for line in lines if line.text and not _PAGE_NUMBER.match(line.text)]


def _without_running_lines(pages: list[list[_Line]]) -> list[_Line]:
    """The lines of all pages less the letterheads and footers repeated on them.

    A line among the first or last ``RUNNING_LINES`` of its page whose text
    and height recur there on at least two pages and on more than half of them
    is a running header or footer (“Page 2 sur 3” included, its number aside);
    every copy is dropped.
    """
    if len(pages) < 2:
        return [line for page in pages for line in page]
    seen: Counter = Counter()
    for page in pages:
        seen.update({_running_key(line) for line in _margins(page)})
    running = {key for key, count in seen.items() if count >= 2 and count > len(pages) / 2}
    return [
        line
        for page in pages
        for line in page
        if not (running and _running_key(line) in running and id(line) in {id(m) for m in _margins(page)})
    ]


def _margins(page: list[_Line]) -> list[_Line]:
    """The lines where letterheads and footers go: the first and last ``RUNNING_LINES`` of a page."""
    return page[:RUNNING_LINES] + page[-RUNNING_LINES:]


def _running_key(line: _Line) -> tuple[str, int]:
    return re.sub(r"\d+", "#", " ".join(line.text.split())), round(line.y / 4)


def _multiply(m, n):
    """The product of two PDF matrices ``(a, b, c, d, e, f)``: ``m`` then ``n``."""
    a, b, c, d, e, f = m
    p, q, r, s, t, u = n
    return (a * p + b * r, a * q + b * s, c * p + d * r, c * q + d * s, e * p + f * r + t, e * q + f * s + u)


def _cells(pieces: list[_Piece]) -> list[tuple[float, str]]:
    """``(x, text)`` of each cell of a line: pieces further apart than their text could reach start a new cell."""
    cells: list[list] = []
    previous = None
    for piece in pieces:
        if previous is None or piece.x - previous.x > (len(previous.text) * CHAR_WIDTH + CELL_GAP) * previous.size:
            cells.append([piece.x, piece.text])
        else:
            piece.space_before = (piece.space_before or _apart(previous, piece)) and not (
                previous.text[-1:].isspace() or piece.text[:1].isspace()
            )
            cells[-1][1] += " " * piece.space_before + piece.text
        previous = piece
    return [(x, text) for x, text in cells]


def _apart(previous: _Piece, piece: _Piece) -> bool:
    """Whether a piece starts clearly after where the text of the one before can end (words placed apart)."""
    return piece.x - previous.x > (len(previous.text) * CHAR_WIDTH + 0.3) * previous.size


class _Layout:
    """The document's typography: body size, heading levels, line spacing, usual line length."""

    def __init__(self, lines: list[_Line]):
        sizes = Counter()
        for line in lines:
            sizes[line.size] += len(line.text)
        self.body = sizes.most_common(1)[0][0]
        larger = sorted({size for size in sizes if size >= self.body * HEADING_RATIO}, reverse=True)
        self.levels = {size: min(index + 1, 6) for index, size in enumerate(larger)}
        gaps = [
            above.y - below.y
            for above, below in zip(lines, lines[1:], strict=False)
            if above.page == below.page
            and above.size == below.size == self.body
            and 0 < above.y - below.y < 3 * self.body
        ]
        self.spacing = statistics.median(gaps) if gaps else self.body * 1.2
        lengths = sorted(len(line.text) for line in lines if line.size == self.body and len(line.cells) == 1)
        self.full_length = lengths[int(len(lengths) * 0.9)] if lengths else 0

    def is_break(self, above: _Line, below: _Line) -> bool:
        """Whether a new paragraph starts between two lines that follow each other."""
        if above.page != below.page:
            return not self.is_full(above)
        if above.size != below.size or above.bold != below.bold:
            return True
        return above.y - below.y > self.spacing * 1.4 * above.size / self.body

    def is_full(self, line: _Line) -> bool:
        """Whether a line reaches about as far as most lines (its text wraps to the next one)."""
        return len(line.text) >= self.full_length * 0.75


def _blocks(lines: list[_Line]) -> list[Block]:
    if not lines:
        return []
    layout = _Layout(lines)
    blocks: list[Block] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        if rows := _table_rows(lines, index):
            blocks.append(Table(tuple(rows[0]), tuple(tuple(row) for row in rows[1:])))
            index += len(rows)
        elif line.size in layout.levels:
            end = index + 1
            while end < len(lines) and lines[end].size == line.size and not layout.is_break(lines[end - 1], lines[end]):
                end += 1
            blocks.append(Heading(layout.levels[line.size], " ".join(part.text for part in lines[index:end])))
            index = end
        elif _BULLET.match(line.text):
            items, ordered = [], bool(_BULLET.match(line.text)["number"])
            while (
                index < len(lines) and (match := _BULLET.match(lines[index].text)) and bool(match["number"]) == ordered
            ):
                end = index + 1
                while end < len(lines) and _continues(layout, lines[end - 1], lines[end]):
                    end += 1
                items.append(_paragraph(layout, lines[index:end], strip=match.end()))
                index = end
            blocks.append(ItemList(tuple(items), ordered=ordered))
        else:
            end = index + 1
            while end < len(lines) and _continues(layout, lines[end - 1], lines[end]):
                end += 1
            blocks.append(_paragraph(layout, lines[index:end]))
            index = end
    return [block for block in blocks if not isinstance(block, Paragraph) or block.text]


def _continues(layout: _Layout, above: _Line, below: _Line) -> bool:
    """Whether ``below`` goes on the paragraph or list item of ``above``."""
    return (
        not layout.is_break(above, below)
        and below.size not in layout.levels
        and not _BULLET.match(below.text)
        and len(below.cells) == 1
    )


def _paragraph(layout: _Layout, lines: list[_Line], strip: int = 0) -> Paragraph:
    """The lines of one paragraph (or list item, its bullet's ``strip`` characters cut) → ``Paragraph``."""
    runs = []
    for number, line in enumerate(lines):
        line_runs = line.runs()
        if number == 0 and strip:
            line_runs = _cut(line_runs, strip)
        if number:
            hard = lines[number - 1].bold and line.bold or not layout.is_full(lines[number - 1])
            runs.append(("\n" if hard else " ", False, False, None))
        runs.extend(line_runs)
    return paragraph_from_runs(runs)


def _cut(runs, count: int):
    """``runs`` less their first ``count`` non-blank characters' worth of leading text (a bullet and its space)."""
    text = "".join(run[0] for run in runs).lstrip()
    marker = text[:count].strip()
    result, remaining = [], marker
    for run in runs:
        content = run[0]
        if remaining:
            stripped = content.lstrip()
            taken = min(len(remaining), len(stripped))
            content, remaining = stripped[taken:], remaining[taken:]
        result.append((content, *run[1:]))
    return result


def _table_rows(lines: list[_Line], start: int) -> list[list[str]]:
    """The rows of the table starting at ``lines[start]``: two or more lines in a row with the same columns, else ``[]``."""
    if len(lines[start].cells) < 2:
        return []
    end = start + 1
    while end < len(lines) and lines[end].page == lines[end - 1].page and _same_columns(lines[end - 1], lines[end]):
        end += 1
    if end - start < 2:
        return []
    return [[" ".join(text.split()) for _x, text in line.cells] for line in lines[start:end]]


def _same_columns(above: _Line, below: _Line) -> bool:
    """Whether two lines have as many cells, each starting within the other line's column (centred headers too)."""
    if len(above.cells) != len(below.cells):
        return False
    starts_above = [x for x, _text in above.cells] + [math.inf]
    starts_below = [x for x, _text in below.cells] + [math.inf]
    return all(
        starts_above[i] < starts_below[i + 1] and starts_below[i] < starts_above[i + 1] for i in range(len(above.cells))
    )
