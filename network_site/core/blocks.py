"""StreamField blocks shared by every page type.

``BodyBlock`` is the body of generic, testimony, legal and report pages; the
smaller blocks are also used alone in dedicated fields (key figures,
responsibilities, next meetings…). Templates are in
``network_site/templates/blocks/``.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("text"), help_text=_("Section title."))
    level = blocks.ChoiceBlock(
        label=_("level"),
        choices=[("h2", _("Section")), ("h3", _("Sub-section")), ("h4", _("Minor heading"))],
        default="h2",
        help_text=_("Keep headings in order: a sub-section follows a section."),
    )

    class Meta:
        icon = "title"
        template = "blocks/heading.html"
        label = _("Heading")


class QuoteValue(blocks.StructValue):
    def side_label(self):
        """The readable name of the side that spoke, in the active language."""
        return dict(QuoteBlock.SIDES).get(self.get("side"), "")


class QuoteBlock(blocks.StructBlock):
    """A quote and the side that spoke: associations or local authorities."""

    SIDES = [
        ("associations", _("Associations and twinning committees")),
        ("authorities", _("Local authorities")),
        ("other", _("Other")),
    ]

    text = blocks.TextBlock(label=_("quote"), help_text=_("The words as spoken or written."))
    speaker = blocks.CharBlock(
        label=_("speaker"), required=False, help_text=_("Leave empty for an unnamed participant.")
    )
    side = blocks.ChoiceBlock(
        label=_("side"), choices=SIDES, default="other", help_text=_("Which side of the partnership spoke.")
    )

    class Meta:
        icon = "openquote"
        template = "blocks/quote.html"
        value_class = QuoteValue
        label = _("Quote")


class KeyFigureBlock(blocks.StructBlock):
    value = blocks.CharBlock(label=_("figure"), help_text=_("The number with its unit, e.g. “0.5 %” or “108”."))
    label = blocks.CharBlock(label=_("what it counts"), help_text=_("e.g. “of the city's investment budget”."))

    class Meta:
        icon = "order"
        template = "blocks/key_figure.html"
        label = _("Key figure")


class ResponsibilityBlock(blocks.StructBlock):
    """One row of a “who does what” table: a party and its tasks."""

    party = blocks.CharBlock(label=_("who"), help_text=_("e.g. “The city” or “The twinning committee”."))
    tasks = blocks.ListBlock(blocks.CharBlock(label=_("task")), label=_("is responsible for"))

    class Meta:
        icon = "list-ul"
        template = "blocks/responsibility.html"
        label = _("Responsibility")


class ResponsibilityTableBlock(blocks.StructBlock):
    caption = blocks.CharBlock(label=_("caption"), required=False, help_text=_("Title of the table."))
    rows = blocks.ListBlock(ResponsibilityBlock(), label=_("rows"))

    class Meta:
        icon = "table"
        template = "blocks/responsibility_table.html"
        label = _("Responsibility table")


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("document"))
    title = blocks.CharBlock(label=_("link text"), required=False, help_text=_("Defaults to the document's title."))

    class Meta:
        icon = "doc-full"
        template = "blocks/document_link.html"
        label = _("Document link")


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("image"))
    alt_text = blocks.CharBlock(
        label=_("alternative text"), help_text=_("What the image shows, for people who cannot see it.")
    )
    caption = blocks.CharBlock(label=_("caption"), required=False)

    class Meta:
        icon = "image"
        template = "blocks/image.html"
        label = _("Image")


class TableBlock(blocks.StructBlock):
    """A plain table of text cells, kept as a StructBlock so that wagtail-localize translates every cell."""

    caption = blocks.CharBlock(label=_("caption"), required=False)
    header = blocks.ListBlock(blocks.CharBlock(label=_("column heading")), label=_("column headings"))
    rows = blocks.ListBlock(
        blocks.ListBlock(blocks.CharBlock(label=_("cell"), required=False), label=_("row")), label=_("rows")
    )

    class Meta:
        icon = "table"
        template = "blocks/table.html"
        label = _("Table")


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, label=_("Paragraph"), icon="pilcrow")
    quote = QuoteBlock()
    key_figure = KeyFigureBlock()
    responsibility_table = ResponsibilityTableBlock()
    table = TableBlock()
    document_link = DocumentLinkBlock()
    image = ImageBlock()


class AgendaItemBlock(blocks.StructBlock):
    time = blocks.TimeBlock(
        label=_("time"), required=False, help_text=_("Europe/Paris time; leave empty for items without a set time.")
    )
    title = blocks.CharBlock(label=_("item"))

    class Meta:
        icon = "time"
        label = _("Agenda item")


class NextMeetingBlock(blocks.StructBlock):
    """A meeting announced at the end of a report; no date means “date to be set”."""

    title = blocks.CharBlock(label=_("title"))
    date = blocks.DateBlock(label=_("date"), required=False, help_text=_("Leave empty while the date is to be set."))
    time = blocks.TimeBlock(label=_("time"), required=False)
    when = blocks.CharBlock(
        label=_("when, as announced"),
        required=False,
        help_text=_("Only while the exact date is not known, e.g. “Tuesday 15 June, 2 pm”."),
    )
    place = blocks.CharBlock(label=_("place"), required=False, help_text=_("Venue and address."))
    event = blocks.PageChooserBlock(
        label=_("event page"),
        page_type="events.EventPage",
        required=False,
        help_text=_("The event page, once it exists."),
    )

    class Meta:
        icon = "date"
        template = "blocks/next_meeting.html"
        label = _("Next meeting")
