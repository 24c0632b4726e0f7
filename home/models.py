"""The site root (one home page per locale) and generic content pages."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from network_site.blocks import BodyBlock


class HomePage(Page):
    """The home page: next events, latest testimonies and the legal timeline."""

    intro = models.TextField(_("introduction"), blank=True, help_text=_("A short welcome shown under the title."))

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "cases.TestimonyIndexPage",
        "cases.LegalFrameworkIndexPage",
        "events.EventIndexPage",
        "events.MeetingReportIndexPage",
        "home.ContentPage",
    ]

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        from cases.models import LegalTextPage, TestimonyPage
        from events.models import EventPage

        context = super().get_context(request, *args, **kwargs)
        in_locale = {"locale_id": self.locale_id}
        context["next_events"] = (
            EventPage.objects.live().filter(start__gte=timezone.now(), **in_locale).order_by("start")[:3]
        )
        context["latest_testimonies"] = (
            TestimonyPage.objects.live()
            .filter(**in_locale)
            .select_related("french_authority")
            .order_by("-first_published_at")[:3]
        )
        context["legal_texts"] = LegalTextPage.objects.live().filter(**in_locale).order_by("date")
        return context


class ContentPage(Page):
    """A generic page of text: about the network, how to join, contacts…"""

    intro = models.TextField(
        _("introduction"), blank=True, help_text=_("One or two sentences shown under the title and in lists.")
    )
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["home.HomePage", "home.ContentPage"]
    subpage_types = ["home.ContentPage"]

    class Meta:
        verbose_name = _("content page")
