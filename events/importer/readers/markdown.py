"""Markdown reader: the decoded text of a ``.md`` or ``.txt`` file → an ``Outline``.

First the file's metadata is set apart: front matter (YAML between ``---``
lines, closed by ``---`` or Pandoc's ``...``; TOML between ``+++`` lines),
read with python-frontmatter, and Wiki.js's ``<!-- TITLE: … -->`` and
``<!-- SUBTITLE: … -->`` comments; they go to ``Outline.metadata``, never to
the text. Then what static-site and wiki tools leave in the source is cleaned
(``clean_source``): HTML comments, Liquid/Jinja tags (``{% … %}``,
``{{ … }}``), attribute lists (``{: .class}``, ``{ .md-button }``), icon
shortcodes (``:material-download:``), Pandoc variables (``$date$``), org-mode
lines (``#+TBLFM: …``); MediaWiki headings, bold, italics and links become
Markdown; Pandoc tables drawn with dashed rules become pipe tables.

Markdown is then parsed with markdown-it-py (CommonMark plus tables). HTML tags
are dropped: the text of inline elements such as ``<sup>1</sup>`` is kept,
HTML blocks are skipped. Bare URLs become links. Block quotes become ``Quote``
blocks, code plain paragraphs; nested lists keep their depth; a Pandoc caption
line (``Table: …`` or ``: …``) next to a table becomes its caption. Text files
are decoded as UTF-8, Windows-1252 or Latin-1 (see
``network_site.documents.extraction.decode_text``) and read as Markdown
(setext ``===`` and ``---`` underlines are headings).
"""

import re
import tomllib
from html import escape

import frontmatter
import yaml
from frontmatter.default_handlers import BaseHandler, YAMLHandler
from markdown_it import MarkdownIt
from markdown_it.tree import SyntaxTreeNode

from ..outline import Block, Heading, ItemList, Outline, Paragraph, Quote, Table

_markdown = MarkdownIt("commonmark", {"html": True}).enable("table")


class _YAMLHandler(YAMLHandler):
    """YAML front matter, closed by ``---`` or, as Pandoc allows, by ``...``."""

    FM_BOUNDARY = re.compile(r"^(?:-{3,}|\.{3})[ \t]*$", re.MULTILINE)


class _TOMLHandler(BaseHandler):
    """TOML front matter between ``+++`` lines (Hugo), read with the standard library's ``tomllib``."""

    FM_BOUNDARY = re.compile(r"^\+{3,}[ \t]*$", re.MULTILINE)

    def load(self, fm: str) -> dict:
        return tomllib.loads(fm)


_FRONT_MATTER_HANDLERS = [_YAMLHandler(), _TOMLHandler()]
_WIKI_TITLE = re.compile(r"<!--\s*(TITLE|SUBTITLE)\s*:\s*(.*?)\s*-->", re.IGNORECASE | re.DOTALL)
_MEDIAWIKI_HEADING = re.compile(r"^(={1,6})[ \t]*([^=\n]+?)[ \t]*\1[ \t]*$", re.MULTILINE)
# (pattern, replacement) applied in order by ``clean_source``.
_CLEANING = [
    (re.compile(r"<!--.*?-->", re.DOTALL), ""),  # HTML comments
    (re.compile(r"\{%.*?%\}|\{\{.*?\}\}|\{#.*?#\}", re.DOTALL), ""),  # Liquid, Jinja, MediaWiki templates
    (re.compile(r"\{:?[ \t]*[.#][^{}\n]*\}"), ""),  # attribute lists: {: .class}, { .md-button }
    (re.compile(r":[a-z0-9]+(?:-[a-z0-9]+)+:"), ""),  # icon shortcodes: :material-download:
    (re.compile(r"\$[a-z][a-z0-9_-]*\$"), ""),  # Pandoc template variables: $date$
    (re.compile(r"^#\+[A-Za-z_]+:.*\n?", re.MULTILINE), ""),  # org-mode lines: #+TBLFM: …
    (re.compile(r"'{3}(.+?)'{3}"), r"**\1**"),  # MediaWiki bold
    (re.compile(r"(?<!')'{2}([^'\n]+?)'{2}(?!')"), r"*\1*"),  # MediaWiki italics
    (re.compile(r"\[\[(?:[^|\]\n]*\|)?([^\]\n]+)\]\]"), r"\1"),  # MediaWiki links: [[Page|text]]
    (re.compile(r"\n(?=\*\*\d{1,2}[./)]\s)"), "\n\n"),  # a bold numbered point starts a new block
]
_PANDOC_RULE = re.compile(r"^[ \t]*-{3,}(?:[ \t]+-{3,})+[ \t]*$")
_CAPTION = re.compile(r"^(?:Table)?:\s+(?P<caption>\S.*)$")
_URL = re.compile(r"\bhttps?://[^\s<>()\[\]]+[^\s<>()\[\].,;:!?'\"»]")


def read(text: str) -> Outline:
    """The outline of a Markdown (or plain text) file's decoded text (``extraction.decode_text``)."""
    metadata, body = split_metadata(text)
    return Outline(read_markdown(clean_source(body)), metadata=metadata, marks_headings=True)


def split_metadata(text: str) -> tuple[dict, str]:
    """(the file's metadata, the rest of its text): front matter and Wiki.js title comments (see the module doc).

    Front matter that does not parse as a mapping is left in the text.
    """
    text = text.lstrip("\ufeff")
    metadata = {}
    handler = frontmatter.detect_format(text, _FRONT_MATTER_HANDLERS)
    if handler is not None:
        try:
            found, content = frontmatter.parse(text, handler=handler)
        except (yaml.YAMLError, tomllib.TOMLDecodeError, ValueError, TypeError, AttributeError):
            found = None
        if found:
            metadata, text = dict(found), content
    for match in _WIKI_TITLE.finditer(text):
        metadata.setdefault(match[1].lower(), " ".join(match[2].split()))
    return metadata, text


def clean_source(text: str) -> str:
    """Markdown less the leftovers of the tools it was written with (see the module doc)."""
    text = _MEDIAWIKI_HEADING.sub(lambda match: "#" * len(match[1]) + " " + match[2], text)
    for pattern, replacement in _CLEANING:
        text = pattern.sub(replacement, text)
    return _pandoc_tables(text)


def _pandoc_tables(text: str) -> str:
    """Pandoc simple and multiline tables (columns under dashed rules) → pipe tables, one row per line of text."""
    lines = text.split("\n")
    if not any(_PANDOC_RULE.match(line) for line in lines):
        return text
    output, index = [], 0
    while index < len(lines):
        if not _PANDOC_RULE.match(lines[index]):
            output.append(lines[index])
            index += 1
            continue
        columns = [match.span() for match in re.finditer(r"-{3,}", lines[index])]
        header = None
        if output and output[-1].strip():  # a simple table: its header stands right above the rule
            header = _pandoc_cells(output.pop(), columns)
        end = index + 1
        while end < len(lines) and not _PANDOC_RULE.match(lines[end]) and (lines[end].strip() or header is None):
            end += 1
        rows = [_pandoc_cells(line, columns) for line in lines[index + 1 : end] if line.strip()]
        if header is None and rows:
            header = rows.pop(0)
        if header:
            output.append("")
            output.extend("| " + " | ".join(row) + " |" for row in [header, ["---"] * len(columns), *rows])
            output.append("")
        index = end + 1 if end < len(lines) and _PANDOC_RULE.match(lines[end]) else end
    return "\n".join(output)


def _pandoc_cells(line: str, columns: list[tuple[int, int]]) -> list[str]:
    """The cells of one line of a Pandoc table: the words starting in each column's span, pipes escaped."""
    cells = [""] * len(columns)
    for match in re.finditer(r"\S+(?: \S+)*", line):
        column = next((i for i, (_start, end) in enumerate(columns) if match.start() < end), len(columns) - 1)
        cells[column] = (cells[column] + " " + match[0]).strip()
    return [cell.replace("|", "\\|") for cell in cells]


def read_markdown(text: str) -> list[Block]:
    """Markdown source → outline, in document order; ``[]`` when there is no content."""
    return _with_captions(_blocks(SyntaxTreeNode(_markdown.parse(text)).children))


def _with_captions(blocks: list[Block]) -> list[Block]:
    """A caption paragraph (“Table: …”, “: …”) right before or after a table, made that table's caption."""
    result: list[Block] = []
    for block in blocks:
        caption = _CAPTION.match(block.text) if isinstance(block, Paragraph) else None
        previous = result[-1] if result else None
        if caption and isinstance(previous, Table) and not previous.caption:
            result[-1] = Table(previous.header, previous.rows, caption["caption"])
        elif isinstance(block, Table) and isinstance(previous, Paragraph) and (before := _CAPTION.match(previous.text)):
            result[-1] = Table(block.header, block.rows, before["caption"])
        else:
            result.append(block)
    return result


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
            items = _items(node, 0)
            blocks.append(
                ItemList(
                    tuple(item for item, _depth in items),
                    ordered=node.type == "ordered_list",
                    depths=tuple(depth for _item, depth in items),
                )
            )
        elif node.type == "table":
            rows = [[_inline(cell.children[0]).text for cell in row.children] for row in _rows(node)]
            blocks.append(Table(tuple(rows[0]), tuple(tuple(row) for row in rows[1:])))
        elif node.type == "blockquote":
            text = "\n".join(block.text for block in _blocks(node.children) if isinstance(block, Paragraph))
            if text:
                blocks.append(Quote(text))
    return [block for block in blocks if not isinstance(block, Paragraph) or block.text]


def _items(list_node, depth: int) -> list[tuple[Paragraph, int]]:
    """The items of a list and of the lists nested in it, in order, each with its depth (0 for the top list)."""
    items = []
    for item in list_node.children:
        paragraphs = [_inline(child.children[0]) for child in item.children if child.type == "paragraph"]
        paragraphs = [paragraph for paragraph in paragraphs if paragraph.text]
        if paragraphs:
            items.append(
                (
                    Paragraph(
                        "<br/>".join(p.html for p in paragraphs),
                        "\n".join(p.text for p in paragraphs),
                        all(p.bold for p in paragraphs),
                        "\n".join(p.written or p.text for p in paragraphs)
                        if any(p.written for p in paragraphs)
                        else "",
                    ),
                    depth,
                )
            )
        for child in item.children:
            if child.type in ("bullet_list", "ordered_list"):
                items.extend(_items(child, depth + 1 if paragraphs else depth))
    return items


def _rows(table_node):
    for section in table_node.children:  # thead, tbody
        yield from section.children


def _plain(text: str) -> Paragraph:
    text = _lines(text)
    return Paragraph(escape(text, quote=False).replace("\n", "<br/>"), text)


def _inline(node) -> Paragraph:
    renderer = _InlineRenderer()
    renderer.render(node)
    return renderer.paragraph()


def _lines(text: str) -> str:
    """Spaces collapsed within each line, blank ends stripped."""
    return "\n".join(" ".join(line.split()) for line in text.split("\n")).strip()


class _InlineRenderer:
    """Walks an inline node, collecting HTML, plain text (with and without soft breaks) and what is bold."""

    TAGS = {"strong": "b", "em": "i"}

    def __init__(self):
        self.html, self.text, self.written, self.bold_runs = [], [], [], []

    def render(self, node, bold=False, in_link=False):
        for child in node.children:
            if child.type in ("text", "code_inline"):
                self.html.append(escape(child.content, quote=False) if in_link else _linked(child.content))
                self.text.append(child.content)
                self.written.append(child.content)
                if child.content.strip():
                    self.bold_runs.append(bold)
            elif child.type == "softbreak":
                self.html.append(" ")
                self.text.append(" ")
                self.written.append("\n")
            elif child.type == "hardbreak":
                self.html.append("<br/>")
                self.text.append("\n")
                self.written.append("\n")
            elif child.type in self.TAGS:
                tag = self.TAGS[child.type]
                self.html.append(f"<{tag}>")
                self.render(child, bold or child.type == "strong", in_link)
                self.html.append(f"</{tag}>")
            elif child.type == "link":
                self.html.append(f'<a href="{escape(child.attrs["href"])}">')
                self.render(child, bold, True)
                self.html.append("</a>")
            else:  # image (its alt text), html_inline (no children: dropped)…
                self.render(child, bold, in_link)

    def paragraph(self) -> Paragraph:
        text = _lines("".join(self.text))
        written = _lines("".join(self.written))
        html = "<br/>".join(line.strip() for line in "".join(self.html).split("<br/>"))
        bold = bool(self.bold_runs) and all(self.bold_runs)
        return Paragraph(html.strip(), text, bold, written if written != text else "")


def _linked(text: str) -> str:
    """Escaped text, its bare URLs made links."""
    pieces, end = [], 0
    for match in _URL.finditer(text):
        pieces.append(escape(text[end : match.start()], quote=False))
        pieces.append(f'<a href="{escape(match[0])}">{escape(match[0], quote=False)}</a>')
        end = match.end()
    pieces.append(escape(text[end:], quote=False))
    return "".join(pieces)
