"""Abstract page types shared by the apps."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page

from .indexing import SearchTextMixin


class SectionIndexPage(SearchTextMixin, Page):
    """A section of the site under the home page that lists its child pages.

    Subclasses set ``subpage_types`` and put what they list in the template
    context (``get_context``), loading it in a fixed number of queries.
    """

    intro = models.TextField(_("introduction"), blank=True, help_text=_("What readers will find in this section."))

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]

    class Meta:
        abstract = True

    def live_children(self, model):
        """The live child pages of type ``model`` (a ``PageQuerySet`` of ``model``)."""
        return model.objects.child_of(self).live()
