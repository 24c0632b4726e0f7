"""Markdown reader: the decoded text of a ``.md`` or ``.txt`` file → an ``Outline``.

Markdown is parsed with markdown-it-py (CommonMark plus tables). HTML tags are
dropped: the text of inline elements such as ``<sup>1</sup>`` is kept, HTML
blocks are skipped. Block quotes become ``Quote`` blocks, code plain
paragraphs. Text files are decoded as UTF-8, Windows-1252 or Latin-1 (see
``network_site.documents.extraction.decode_text``).
"""

from html import escape

from markdown_it import MarkdownIt
from markdown_it.tree import SyntaxTreeNode

from ..outline import Block, Heading, ItemList, Outline, Paragraph, Quote, Table

_markdown = MarkdownIt("commonmark", {"html": True}).enable("table")


def read(text: str) -> Outline:
    """The outline of a Markdown (or plain text) file's decoded text (``extraction.decode_text``)."""
    return Outline(read_markdown(text))


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
            text = "\n".join(block.text for block in _blocks(node.children) if isinstance(block, Paragraph))
            if text:
                blocks.append(Quote(text))
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
