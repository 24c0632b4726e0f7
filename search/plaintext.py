"""An object's readable text for result snippets, read without a database query.

The text of the model's search fields, in order, the title and related objects
left out. StreamField content is read from its raw JSON guided by the block
definitions (text, rich text, struct, list and stream blocks), so that chooser
blocks (documents, images, pages) are never fetched: ten results cost no more
queries than one.
"""

from collections.abc import Iterator

from django.core.exceptions import FieldDoesNotExist
from wagtail import blocks
from wagtail.fields import StreamField
from wagtail.rich_text import get_text_for_indexing
from wagtail.search import index

from network_site.core.indexing import SEARCH_TEXT, flatten


def plain_text(obj, exclude=("title",)) -> str:
    """The text of ``obj``'s own search fields (not ``exclude``d, not related), paragraphs on separate lines."""
    parts = []
    for field in obj.get_search_fields():
        if not isinstance(field, index.SearchField) or field.field_name in {SEARCH_TEXT, *exclude}:
            continue
        try:
            model_field = obj._meta.get_field(field.field_name)
        except FieldDoesNotExist:
            model_field = None
        if isinstance(model_field, StreamField):
            value = getattr(obj, field.field_name)
            parts.extend(stream_texts(model_field.stream_block, list(value.raw_data)))
        else:
            parts.extend(flatten(field.get_value(obj)))
    return "\n".join(part for part in parts if part.strip())


def stream_texts(block, raw) -> Iterator[str]:
    """The searchable strings of a block's raw (JSON) value, as ``get_searchable_content`` would give them."""
    if raw is None or not getattr(block, "search_index", True):
        return
    if isinstance(block, blocks.StreamBlock):
        for child in raw or []:
            child_block = block.child_blocks.get(child.get("type")) if isinstance(child, dict) else None
            if child_block is not None:
                yield from stream_texts(child_block, child.get("value"))
    elif isinstance(block, blocks.ListBlock):
        for item in raw or []:
            value = item.get("value") if isinstance(item, dict) and "type" in item and "value" in item else item
            yield from stream_texts(block.child_block, value)
    elif isinstance(block, blocks.StructBlock):
        for name, child_block in block.child_blocks.items():
            if isinstance(raw, dict) and name in raw:
                yield from stream_texts(child_block, raw[name])
    elif isinstance(block, blocks.RichTextBlock):
        yield get_text_for_indexing(str(raw))
    elif isinstance(block, (blocks.CharBlock, blocks.TextBlock)):
        yield str(raw)
