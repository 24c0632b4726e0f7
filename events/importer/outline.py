"""The outline: what every reader makes of a report file, whatever its format.

An outline is a flat list of the blocks below, in document order, plus the
review notes a reader leaves (e.g. PDF pages without a text layer). The report
parser works on outlines only, so it never sees Markdown, Word or PDF.
"""

import re
from dataclasses import dataclass, field
from html import escape


@dataclass(frozen=True)
class Heading:
    """A heading: ``level`` 1–6, ``text`` plain (bold or italic markup removed)."""

    level: int
    text: str


@dataclass(frozen=True)
class Paragraph:
    """A paragraph, also used for one list item.

    ``html`` is inline HTML (``<b>``, ``<i>``, ``<a href>``, hard line breaks as
    ``<br/>``); ``text`` is the same without markup, hard line breaks as ``"\\n"``;
    ``bold`` is true when all of the text is bold; ``written`` is the plain text
    with the source's own line breaks, soft ones included (a Markdown paragraph
    whose lines are one name each), ``""`` when the reader keeps none.
    """

    html: str
    text: str
    bold: bool = False
    written: str = ""

    @property
    def lines(self) -> list[str]:
        """The lines of ``text``, split at hard line breaks."""
        return self.text.split("\n")

    @property
    def written_lines(self) -> list[str]:
        """The lines as the source file has them: soft line breaks too (``written``, Markdown), else ``lines``."""
        return (self.written or self.text).split("\n")


@dataclass(frozen=True)
class ItemList:
    """A bulleted (or numbered, when ``ordered``) list.

    Nested lists are flattened into ``items``, in reading order; ``depths`` gives
    each item's depth (0 for the top list, 1 for a list inside an item…), or is
    empty when all are at the top.
    """

    items: tuple[Paragraph, ...]
    ordered: bool = False
    depths: tuple[int, ...] = ()


@dataclass(frozen=True)
class Table:
    """A table of plain-text cells: ``header`` is the first row, ``rows`` the others; ``caption`` if it has one."""

    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    caption: str = ""


@dataclass(frozen=True)
class Quote:
    """A quotation set apart from the text (Markdown ``>``, Word “Quote” style): plain ``text``, lines joined by “\\n”."""

    text: str


Block = Heading | Paragraph | ItemList | Table | Quote


@dataclass(frozen=True)
class ReviewNote:
    """Something a person should check on the imported page.

    ``code`` is stable (``"date_without_year"``, ``"no_text_layer"``…), for
    programs and tests; ``message`` is one sentence in the active language.
    """

    code: str
    message: str


@dataclass
class Outline:
    """A reader's result: the ``blocks`` in document order, the reader's ``notes`` and the file's ``metadata``.

    ``metadata`` is what the file says about itself outside its text (front
    matter, Wiki.js title comments): keys as written (``"title"``, ``"date"``,
    ``"subtitle"``…), values as parsed (``str``, ``datetime.date``…).
    ``marks_headings`` is true for formats with headings of their own
    (Markdown), where a bold line is less often a title.
    """

    blocks: list[Block] = field(default_factory=list)
    notes: list[ReviewNote] = field(default_factory=list)
    metadata: dict = field(default_factory=dict)
    marks_headings: bool = False


def block_text(block: Block) -> str:
    """The plain text of a block, lines and cells separated by “\\n”."""
    if isinstance(block, Heading | Paragraph | Quote):
        return block.text
    if isinstance(block, ItemList):
        return "\n".join(item.text for item in block.items)
    return "\n".join(" | ".join(row) for row in (block.header, *block.rows))


def paragraph_from_runs(runs) -> Paragraph:
    """A ``Paragraph`` from formatted runs: an iterable of ``(text, bold, italic, href)``.

    ``text`` may hold ``"\\n"`` (hard line breaks, ``<br/>`` in the HTML);
    ``href`` is a link address or ``None``. Spaces are collapsed within each
    line, as a browser would.
    """
    merged: list[list] = []
    for text, bold, italic, href in runs:
        if not text:
            continue
        if merged and merged[-1][1:] == [bold, italic, href]:
            merged[-1][0] += text
        else:
            merged.append([text, bold, italic, href])
    html, plain, bold_runs = [], [], []
    for text, bold, italic, href in merged:
        piece = escape(text, quote=False).replace("\n", "<br/>")
        if italic:
            piece = f"<i>{piece}</i>"
        if bold:
            piece = f"<b>{piece}</b>"
        if href:
            piece = f'<a href="{escape(href)}">{piece}</a>'
        html.append(piece)
        plain.append(text)
        if text.strip():
            bold_runs.append(bold)
    text = "\n".join(" ".join(line.split()) for line in "".join(plain).split("\n")).strip()
    html_text = "<br/>".join(re.sub(r"\s+", " ", line).strip() for line in "".join(html).split("<br/>"))
    return Paragraph(html_text.strip(), text, bool(bold_runs) and all(bold_runs))
