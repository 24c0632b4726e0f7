"""Reader: the text of a report file → its outline (headings, paragraphs, lists, tables).

The outline is a flat list of the dataclasses below, in document order. It is
the common shape every reader gives (Markdown today; Word and PDF later), so
that the report parser never sees the source format. Markdown is parsed with
markdown-it-py (CommonMark plus tables). HTML tags are dropped: the text of
inline elements such as ``<sup>1</sup>`` is kept, HTML blocks are skipped.
Block quotes are read as their content, code as plain paragraphs.
"""

from dataclasses import dataclass
from html import escape

from markdown_it import MarkdownIt
from markdown_it.tree import SyntaxTreeNode


@dataclass(frozen=True)
class Heading:
    """A Markdown heading: ``level`` 1–6, ``text`` plain (bold or italic markup removed)."""

    level: int
    text: str


@dataclass(frozen=True)
class Paragraph:
    """A paragraph, also used for one list item.

    ``html`` is inline HTML (``<b>``, ``<i>``, ``<a href>``, hard line breaks as
    ``<br/>``); ``text`` is the same without markup, hard line breaks as ``"\\n"``;
    ``bold`` is true when all of the text is bold.
    """

    html: str
    text: str
    bold: bool = False

    @property
    def lines(self) -> list[str]:
        """The lines of ``text``, split at hard line breaks."""
        return self.text.split("\n")


@dataclass(frozen=True)
class ItemList:
    """A bulleted (or numbered, when ``ordered``) list; nested lists are flattened into ``items``."""

    items: tuple[Paragraph, ...]
    ordered: bool = False


@dataclass(frozen=True)
class Table:
    """A table of plain-text cells: ``header`` is the first row, ``rows`` the others."""

    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


Block = Heading | Paragraph | ItemList | Table

_markdown = MarkdownIt("commonmark", {"html": True}).enable("table")


def decode(data: bytes) -> str:
    """Bytes of a text file → str: UTF-8 (with or without BOM), else Windows-1252."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def read_markdown(text: str) -> list[Block]:
    """Markdown source → outline, in document order; ``[]`` when there is no content."""
    return _blocks(SyntaxTreeNode(_markdown.parse(text)).children)


def _blocks(nodes) -> list[Block]:
    blocks = []
    for node in nodes:
        if node.type == "heading":
            blocks.append(Heading(int(node.tag[1]), " ".join(_inline(node.children[0]).lines)))
        elif node.type == "paragraph":
            blocks.append(_inline(node.children[0]))
        elif node.type in ("code_block", "fence"):
            blocks.append(_plain(node.content.strip()))
        elif node.type in ("bullet_list", "ordered_list"):
            blocks.append(ItemList(tuple(_items(node)), ordered=node.type == "ordered_list"))
        elif node.type == "table":
            rows = [[_inline(cell.children[0]).text for cell in row.children] for row in _rows(node)]
            blocks.append(Table(tuple(rows[0]), tuple(tuple(row) for row in rows[1:])))
        elif node.type == "blockquote":
            blocks.extend(_blocks(node.children))
    return [block for block in blocks if not isinstance(block, Paragraph) or block.text]


def _items(list_node) -> list[Paragraph]:
    items = []
    for item in list_node.children:
        paragraphs = [_inline(child.children[0]) for child in item.children if child.type == "paragraph"]
        if paragraphs:
            items.append(
                Paragraph(
                    "<br/>".join(p.html for p in paragraphs),
                    "\n".join(p.text for p in paragraphs),
                    all(p.bold for p in paragraphs),
                )
            )
        for child in item.children:
            if child.type in ("bullet_list", "ordered_list"):
                items.extend(_items(child))
    return [item for item in items if item.text]


def _rows(table_node):
    for section in table_node.children:  # thead, tbody
        yield from section.children


def _plain(text: str) -> Paragraph:
    return Paragraph(escape(text, quote=False).replace("\n", "<br/>"), text)


def _inline(node) -> Paragraph:
    renderer = _InlineRenderer()
    renderer.render(node)
    return renderer.paragraph()


class _InlineRenderer:
    """Walks an inline node, collecting HTML, plain text and whether each piece of text is bold."""

    TAGS = {"strong": "b", "em": "i"}

    def __init__(self):
        self.html, self.text, self.bold_runs = [], [], []

    def render(self, node, bold=False):
        for child in node.children:
            if child.type in ("text", "code_inline"):
                self.html.append(escape(child.content, quote=False))
                self.text.append(child.content)
                if child.content.strip():
                    self.bold_runs.append(bold)
            elif child.type == "softbreak":
                self.html.append(" ")
                self.text.append(" ")
            elif child.type == "hardbreak":
                self.html.append("<br/>")
                self.text.append("\n")
            elif child.type in self.TAGS:
                tag = self.TAGS[child.type]
                self.html.append(f"<{tag}>")
                self.render(child, bold or child.type == "strong")
                self.html.append(f"</{tag}>")
            elif child.type == "link":
                self.html.append(f'<a href="{escape(child.attrs["href"])}">')
                self.render(child, bold)
                self.html.append("</a>")
            else:  # image (its alt text), html_inline (no children: dropped)…
                self.render(child, bold)

    def paragraph(self) -> Paragraph:
        text = "\n".join(" ".join(line.split()) for line in "".join(self.text).split("\n"))
        html = "<br/>".join(line.strip() for line in "".join(self.html).split("<br/>"))
        bold = bool(self.bold_runs) and all(self.bold_runs)
        return Paragraph(html.strip(), text.strip(), bold)
