"""Word reader: the bytes of a ``.docx`` file → an ``Outline``, with python-docx.

Paragraph styles give the structure: “Title” is a level-1 heading, “Heading N”
(or a paragraph with an outline level) a level-N heading, “List …” styles and
numbered paragraphs list items (numbered when the numbering is not a bullet),
“Quote” and “Intense Quote” quotes. Bold, italic, hyperlinks and line breaks of
runs are kept as inline HTML; tables become ``Table`` blocks, their first row
the header. Headers, footers, comments and images are left out.
"""

import re

from ..outline import Block, Heading, ItemList, Outline, Paragraph, Quote, Table, paragraph_from_runs

_HEADING_STYLE = re.compile(r"^(?:heading|titre)\s*(\d)$", re.IGNORECASE)
_QUOTE_STYLES = {"quote", "intense quote", "citation", "citation intense"}


def read(document) -> Outline:
    """The outline of a Word file opened by python-docx (``extraction.open_docx``)."""
    from docx.table import Table as DocxTable

    blocks: list[Block] = []
    items: list[Paragraph] = []
    ordered = False

    def end_list():
        nonlocal items
        if items:
            blocks.append(ItemList(tuple(items), ordered=ordered))
        items = []

    for element in document.iter_inner_content():
        if isinstance(element, DocxTable):
            end_list()
            if table := _table(element):
                blocks.append(table)
            continue
        paragraph = _paragraph(element)
        if not paragraph.text:
            continue
        style = (element.style.name if element.style is not None else "").strip()
        if level := _heading_level(element, style):
            end_list()
            blocks.append(Heading(level, " ".join(paragraph.text.split())))
        elif (kind := _list_kind(document, element, style)) is not None:
            if items and kind != ordered:
                end_list()
            items.append(paragraph)
            ordered = kind
        elif style.casefold() in _QUOTE_STYLES:
            end_list()
            blocks.append(Quote(paragraph.text))
        else:
            end_list()
            blocks.append(paragraph)
    end_list()
    return Outline(blocks)


def _heading_level(paragraph, style: str) -> int | None:
    """1–6 for a title or heading paragraph, else ``None``."""
    if style.casefold() == "title":
        return 1
    if match := _HEADING_STYLE.match(style):
        return min(max(int(match[1]), 1), 6)
    ppr = paragraph._p.pPr
    levels = ppr.xpath("./w:outlineLvl/@w:val") if ppr is not None else []
    if levels and levels[0].isdigit() and int(levels[0]) < 9:
        return min(int(levels[0]) + 1, 6)
    return None


def _list_kind(document, paragraph, style: str) -> bool | None:
    """``None`` if the paragraph is not a list item, else whether its list is numbered."""
    folded = style.casefold()
    if folded.startswith("list number"):
        return True
    if folded.startswith("list bullet"):
        return False
    ppr = paragraph._p.pPr
    num_ids = ppr.xpath("./w:numPr/w:numId/@w:val") if ppr is not None else []
    if not num_ids or num_ids[0] == "0":
        return False if folded.startswith("list") else None
    try:
        levels = ppr.xpath("./w:numPr/w:ilvl/@w:val") or ["0"]
        numbering = document.part.numbering_part.element
        abstract_id = numbering.xpath(f'./w:num[@w:numId="{int(num_ids[0])}"]/w:abstractNumId/@w:val')[0]
        formats = numbering.xpath(
            f'./w:abstractNum[@w:abstractNumId="{int(abstract_id)}"]/w:lvl[@w:ilvl="{int(levels[0])}"]/w:numFmt/@w:val'
        )
    except (IndexError, KeyError, ValueError, NotImplementedError):
        return False
    return bool(formats) and formats[0] not in ("bullet", "none")


def _paragraph(paragraph) -> Paragraph:
    """A python-docx paragraph → ``Paragraph`` (inline HTML of its runs and links)."""
    from docx.text.hyperlink import Hyperlink

    style_font = paragraph.style.font if paragraph.style is not None else None
    runs = []
    for item in paragraph.iter_inner_content():
        if isinstance(item, Hyperlink):
            runs.extend(_run(run, style_font, item.url or None) for run in item.runs)
        else:
            runs.append(_run(item, style_font, None))
    return paragraph_from_runs(runs)


def _run(run, style_font, href):
    return (run.text.replace("\t", " "), _flag(run, style_font, "bold"), _flag(run, style_font, "italic"), href)


def _flag(run, style_font, name: str) -> bool:
    """Whether a run is bold (or italic), directly, by its character style or by its paragraph's style."""
    value = getattr(run, name)
    if value is None and run.style is not None:
        value = getattr(run.style.font, name)
    if value is None and style_font is not None:
        value = getattr(style_font, name)
    return bool(value)


def _table(table) -> Table | None:
    rows = []
    for row in table.rows:
        cells = []
        for cell in row.cells:
            text = " ".join(cell.text.split())
            if not cells or cell._tc is not cells[-1][0]:  # a merged cell appears once per column it spans
                cells.append((cell._tc, text))
        rows.append(tuple(text for _tc, text in cells))
    rows = [row for row in rows if any(row)]
    if not rows:
        return None
    width = max(len(row) for row in rows)
    rows = [row + ("",) * (width - len(row)) for row in rows]
    return Table(rows[0], tuple(rows[1:]))
