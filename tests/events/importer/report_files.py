"""Report files made in the tests: the same outline written as Markdown, Word (python-docx) and PDF (fpdf2).

``make_docx`` and ``make_pdf`` write an outline (see ``events.importer.outline``)
as a person would with a word processor: headings in heading styles (bigger
type in the PDF), bold runs, bulleted lists, tables. The PDF uses the DejaVu
fonts of Debian's fonts-dejavu-core (French accents, œ, «»).
"""

import io
from html import escape
from html.parser import HTMLParser
from pathlib import Path

from events.importer.outline import Heading, ItemList, Paragraph, Quote, Table

FONTS = Path("/usr/share/fonts/truetype/dejavu")
PASSWORD = "secret"


def outline_html(blocks) -> str:
    """An outline as simple HTML (what fpdf2's ``write_html`` draws)."""
    parts = []
    for block in blocks:
        if isinstance(block, Heading):
            parts.append(f"<h{block.level}>{escape(block.text)}</h{block.level}>")
        elif isinstance(block, Paragraph):
            parts.append(f"<p>{block.html}</p>")
        elif isinstance(block, ItemList):
            tag = "ol" if block.ordered else "ul"
            parts.append(f"<{tag}>" + "".join(f"<li>{item.html}</li>" for item in block.items) + f"</{tag}>")
        elif isinstance(block, Table):
            head = "".join(f"<th>{escape(cell)}</th>" for cell in block.header)
            body = "".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in row) + "</tr>" for row in block.rows)
            parts.append(f'<table border="1"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>')
        elif isinstance(block, Quote):
            parts.append(f"<blockquote>{escape(block.text)}</blockquote>")
    return "\n".join(parts)


def make_pdf(blocks) -> bytes:
    """A PDF with a text layer showing the outline."""
    from fpdf import FPDF, FontFace

    pdf = FPDF()
    _add_fonts(pdf)
    pdf.add_page()
    pdf.set_font("dejavu", size=11)
    # Headings in bold, as word processors make them; the smallest in the size of the text.
    sizes = {"h1": 20, "h2": 17, "h3": 14, "h4": 12.5, "h5": 11, "h6": 11}
    pdf.write_html(
        outline_html(blocks),
        tag_styles={tag: FontFace(emphasis="BOLD", size_pt=size) for tag, size in sizes.items()},
    )
    return bytes(pdf.output())


def make_scanned_pdf(pages=1) -> bytes:
    """A PDF whose pages are only pictures, as a scanner makes them: no text layer."""
    from fpdf import FPDF
    from PIL import Image, ImageDraw

    pdf = FPDF()
    for _ in range(pages):
        image = Image.new("RGB", (400, 560), "white")
        ImageDraw.Draw(image).rectangle((40, 40, 360, 60), fill="black")
        pdf.add_page()
        pdf.image(image, x=10, y=10, w=190)
    return bytes(pdf.output())


def make_encrypted_pdf(blocks) -> bytes:
    """A PDF that needs a password to be opened."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(make_pdf(blocks))))
    writer.encrypt(user_password=PASSWORD, owner_password=PASSWORD + "-owner", algorithm="AES-128")
    output = io.BytesIO()
    writer.write(output)
    return output.getvalue()


def make_docx(blocks) -> bytes:
    """A Word file of the outline: heading styles, bold and italic runs, line breaks, lists, tables, quotes."""
    import docx

    document = docx.Document()
    for block in blocks:
        if isinstance(block, Heading):
            document.add_heading(block.text, level=block.level)
        elif isinstance(block, Paragraph):
            _add_runs(document.add_paragraph(), block.html)
        elif isinstance(block, ItemList):
            for item in block.items:
                _add_runs(document.add_paragraph(style="List Number" if block.ordered else "List Bullet"), item.html)
        elif isinstance(block, Table):
            table = document.add_table(rows=0, cols=len(block.header))
            for row in (block.header, *block.rows):
                for cell, text in zip(table.add_row().cells, row, strict=True):
                    cell.text = text
        elif isinstance(block, Quote):
            document.add_paragraph(block.text, style="Quote")
    output = io.BytesIO()
    document.save(output)
    return output.getvalue()


def _add_fonts(pdf):
    for style, name in [("", "DejaVuSans"), ("B", "DejaVuSans-Bold"), ("I", "DejaVuSans-Oblique")]:
        pdf.add_font("dejavu", style, str(FONTS / f"{name}.ttf"))
    pdf.add_font("dejavu", "BI", str(FONTS / "DejaVuSans-BoldOblique.ttf"))


class _Runs(HTMLParser):
    """Inline HTML (``<b>``, ``<i>``, ``<a>``, ``<br/>``) → python-docx runs of a paragraph."""

    def __init__(self, paragraph):
        super().__init__()
        self.paragraph, self.bold, self.italic = paragraph, 0, 0

    def handle_starttag(self, tag, attrs):
        if tag == "b":
            self.bold += 1
        elif tag == "i":
            self.italic += 1
        elif tag == "br":
            self.paragraph.add_run().add_break()

    def handle_endtag(self, tag):
        if tag == "b":
            self.bold -= 1
        elif tag == "i":
            self.italic -= 1

    def handle_data(self, data):
        run = self.paragraph.add_run(data)
        run.bold, run.italic = bool(self.bold) or None, bool(self.italic) or None


def _add_runs(paragraph, html):
    parser = _Runs(paragraph)
    parser.feed(html)
    parser.close()
