"""Abstract page types shared by the apps, and the pagination of their listings."""

from django.core.paginator import Paginator
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


def paginate(request, items, per_page: int):
    """One page of ``items`` (a queryset or list) for the request's ``?page=`` number.

    Returns a Django ``Page`` (``object_list``, ``number``, ``paginator.num_pages``…). A page number
    that is not a number gives the first page, one past the end the last page (``Paginator.get_page``):
    a bad link never fails.
    """
    return Paginator(items, per_page).get_page(request.GET.get("page"))
