"""The site root (one home page per locale) and generic content pages."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from cases.models import LegalFrameworkIndexPage, LegalTextPage, TestimonyPage
from events.models import EventPage, MeetingReportPage, upcoming
from network_site.access.rules import visibility
from network_site.core.blocks import BodyBlock
from network_site.core.indexing import SearchTextMixin
from network_site.core.pages import paginate
from network_site.taxonomy.glossary import entries


class HomePage(SearchTextMixin, Page):
    """The home page: next events, latest testimonies and reports, the legal timeline (each capped), and how
    many of these the visitor could read by logging in."""

    intro = models.TextField(_("introduction"), blank=True, help_text=_("A short welcome shown under the title."))

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "cases.TestimonyIndexPage",
        "cases.LegalFrameworkIndexPage",
        "events.EventIndexPage",
        "events.MeetingReportIndexPage",
        "directory.DirectoryIndexPage",
        "home.GlossaryPage",
        "home.ContentPage",
    ]

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # The home page is public: it lists only what the visitor may open (the site's one view rule).
        rule = visibility(request)

        def live(model):
            return rule.pages(model.objects.filter(locale_id=self.locale_id))

        context["next_events"] = upcoming(live(EventPage)).filter(start__isnull=False)[:3]
        context["latest_testimonies"] = (
            live(TestimonyPage).select_related("french_authority").order_by("-first_published_at")[:3]
        )
        context["latest_reports"] = live(MeetingReportPage).order_by(models.F("date").desc(nulls_last=True))[:3]
        # The timeline's latest texts, oldest first; the legal framework section has them all.
        context["legal_texts"] = list(live(LegalTextPage).order_by("-date")[: self.legal_texts_shown])[::-1]
        context["legal_index"] = rule.pages(LegalFrameworkIndexPage.objects.filter(locale_id=self.locale_id)).first()
        context["not_shown"] = self.not_shown(rule)
        return context

    legal_texts_shown = 6

    def not_shown(self, rule) -> dict[str, int]:
        """How many live testimonies, upcoming events and meeting reports of this language the visitor may
        not open: ``{"testimonies": n, "events": n, "reports": n}`` (6 queries).

        The home page says that they exist and how to reach them (logging in), never their titles.
        """
        listed = {
            "testimonies": TestimonyPage.objects.live(),
            "events": upcoming(EventPage.objects.live()),
            "reports": MeetingReportPage.objects.live(),
        }
        counts = {}
        for name, pages in listed.items():
            pages = pages.filter(locale_id=self.locale_id)
            counts[name] = pages.count() - rule.pages(pages).count()
        return counts


class ContentPage(SearchTextMixin, Page):
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


class GlossaryPage(SearchTextMixin, Page):
    """The network's glossary: its terms in the page's language, with their agreed translations.

    The terms are the ``GlossaryTerm`` snippets (edited and translated under
    Vocabulary › Glossary); the page itself only has a title and an introduction.
    """

    intro = models.TextField(
        _("introduction"), blank=True, help_text=_("What the glossary is for, shown above the terms.")
    )

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("glossary_text")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1
    terms_per_page = 50

    class Meta:
        verbose_name = _("glossary page")

    def content_locale(self):
        """The locale of the page's text: an alias (untranslated page) shows its original's."""
        return self.alias_of.locale if self.alias_of_id else self.locale

    def glossary_entries(self):
        """The terms of the page's text language, A–Z, with their translations (``glossary.entries``, 2 queries)."""
        return entries(self.content_locale())

    def glossary_text(self) -> str:
        """The terms and definitions, for the search index."""
        return "\n".join(f"{entry.term} {entry.definition}" for entry in self.glossary_entries())

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["entries"] = paginate(request, self.glossary_entries(), self.terms_per_page)
        return context
