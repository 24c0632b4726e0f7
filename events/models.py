"""The network's meetings: event pages (before) and meeting reports (after)."""

from urllib.parse import urlencode

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.fields import ParentalKey
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from cases.models import LegalTextPage, TestimonyPage
from network_site.access.rules import MEMBERS_ONLY
from network_site.core.blocks import RICH_TEXT_FEATURES, AgendaItemBlock, BodyBlock, NextMeetingBlock, QuoteBlock
from network_site.core.indexing import ContentKind, SearchTextMixin
from network_site.core.pages import SectionIndexPage, paginate
from network_site.core.text import fold
from network_site.taxonomy.models import OrganisationLink, PersonLink, Theme, ThemeLink


class EventIndexPage(SectionIndexPage):
    """The agenda: upcoming events first, then past ones."""

    subpage_types = ["events.EventPage"]

    class Meta:
        verbose_name = _("event index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        events = self.live_children(EventPage).select_related("organiser")
        now = timezone.now()
        context["upcoming_events"] = events.filter(models.Q(start__gte=now) | models.Q(start__isnull=True)).order_by(
            models.F("start").asc(nulls_last=True)
        )
        context["past_events"] = events.filter(start__lt=now).order_by("-start")
        return context


class EventPage(SearchTextMixin, Page):
    """A meeting of the network, announced before it takes place."""

    intro = models.TextField(
        _("summary"), blank=True, help_text=_("What the meeting is about, in two or three sentences.")
    )
    start = models.DateTimeField(
        _("start"), null=True, blank=True, help_text=_("Europe/Paris time. Leave empty while the date is to be set.")
    )
    end = models.DateTimeField(_("end"), null=True, blank=True, help_text=_("Europe/Paris time. Optional."))
    venue = models.CharField(_("venue"), max_length=200, blank=True, help_text=_("e.g. “Maison des associations”."))
    address = models.TextField(_("address"), blank=True, help_text=_("Street, postcode and town."))
    organiser = models.ForeignKey(
        "taxonomy.Organisation",
        verbose_name=_("organiser"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Who invites to the meeting."),
    )
    agenda = StreamField([("item", AgendaItemBlock())], blank=True, verbose_name=_("agenda"))
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    search_kind = ContentKind(
        "event",
        pgettext_lazy("kind of content", "Event"),
        date="start",
        themes=("themes__theme",),
        organisations=("organiser", "attendees__organisation"),
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
                FieldPanel("venue"),
                FieldPanel("address"),
                FieldPanel("organiser"),
            ],
            heading=_("When and where"),
        ),
        InlinePanel("themes", label=_("Themes")),
        FieldPanel("agenda"),
        InlinePanel("speakers", label=_("Speakers")),
        InlinePanel("attendees", label=_("Attending organisations")),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("venue"),
        index.SearchField("address"),
        index.SearchField("agenda"),
        index.SearchField("body"),
        index.FilterField("start"),
    ]

    parent_page_types = ["events.EventIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("event")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["themes"] = self.themes.select_related("theme")
        context["speakers"] = self.speakers.select_related("person__organisation")
        context["attendees"] = self.attendees.select_related("organisation")
        return context


class EventTheme(ThemeLink):
    page = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="themes")


class EventSpeaker(PersonLink):
    page = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="speakers")


class EventAttendee(OrganisationLink):
    page = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="attendees")


class MeetingReportIndexPage(SectionIndexPage):
    """The archive of meeting reports, newest first."""

    subpage_types = ["events.MeetingReportPage"]
    section_rule = MEMBERS_ONLY  # meeting reports: members and staff, not partners (network_site/access/policy.py)

    reports_per_page = 12

    class Meta:
        verbose_name = _("meeting report archive")

    def report_filters(self, request) -> dict:
        """The archive's filters read from the query string: ``year`` (int) and ``theme`` (a theme's id).

        Returns ``{"year": int | None, "theme": int | None}``; a value that is not a whole number is
        ignored (the filter is off), never an error.
        """
        filters = {}
        for name in ("year", "theme"):
            value = request.GET.get(name, "")
            filters[name] = int(value) if value.isdigit() else None
        return filters

    def reports(self, year: int | None = None, theme: int | None = None):
        """The live reports of this archive, newest first (undated last), optionally of one ``year`` and one
        ``theme`` (the id of a ``Theme`` in any language: a report's themes are those of its event page).

        Loads with each report its event's themes and its attending organisations: a page of any length
        costs the same 3 queries once evaluated (reports, themes, attendees).
        """
        reports = self.live_children(MeetingReportPage)
        if year is not None:
            reports = reports.filter(date__year=year)
        if theme is not None:
            same_theme = Theme.objects.filter(pk=theme).values("translation_key")
            reports = reports.filter(event__themes__theme__translation_key__in=same_theme).distinct()
        return (
            reports.select_related("event")
            .prefetch_related(
                models.Prefetch("event__themes", queryset=EventTheme.objects.select_related("theme")),
                models.Prefetch("attendees", queryset=ReportAttendee.objects.select_related("organisation")),
            )
            .order_by(models.F("date").desc(nulls_last=True), "title")
        )

    def archive_themes(self) -> dict:
        """The themes of this archive's reports, in this page's language: ``{translation_key: Theme}`` (1 query).

        A report links to its event, and the event to its themes, in the report's source language (an
        English report may point to the French event); the archive shows them in its reader's language.
        """
        events = self.live_children(MeetingReportPage).values("event_id")
        keys = EventTheme.objects.filter(page_id__in=events).values("theme__translation_key")
        themes = Theme.objects.filter(locale_id=self.locale_id, translation_key__in=keys)
        return {theme.translation_key: theme for theme in themes}

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        filters = self.report_filters(request)
        report_page = paginate(request, self.reports(**filters), self.reports_per_page)
        cards = list(report_page.object_list)
        local = self.archive_themes()
        for report in cards:
            links = report.event.themes.all() if report.event else ()
            report.card_themes = [local.get(link.theme.translation_key, link.theme) for link in links]
        context["filters"] = filters
        context["filter_query"] = urlencode({name: value for name, value in filters.items() if value is not None})
        context["report_page"] = report_page
        context["reports"] = cards
        context["years"] = [
            day.year for day in self.live_children(MeetingReportPage).dates("date", "year", order="DESC")
        ]
        context["themes"] = sorted(local.values(), key=lambda theme: fold(theme.name))
        return context


class WorkshopBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("title"))
    summary = blocks.RichTextBlock(label=_("summary"), features=RICH_TEXT_FEATURES, required=False)

    class Meta:
        icon = "group"
        label = _("Workshop")


class MeetingReportPage(SearchTextMixin, Page):
    """What was said at one of the network's meetings, and what comes next.

    Filled in by hand or by ``manage.py import_report`` (see ``events.importer``),
    which also sets ``source_checksum`` so that importing the same file again
    changes nothing.
    """

    date = models.DateField(_("date"), null=True, blank=True, help_text=_("Day of the meeting."))
    place = models.CharField(_("place"), max_length=200, blank=True, help_text=_("Town and venue."))
    event = models.ForeignKey(
        EventPage,
        verbose_name=_("event"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The event page of this meeting, if there is one."),
    )
    context = RichTextField(
        _("context"), blank=True, features=RICH_TEXT_FEATURES, help_text=_("Why the meeting was held.")
    )
    questions = StreamField(
        [("question", blocks.TextBlock(label=_("question")))], blank=True, verbose_name=_("questions raised")
    )
    agenda = StreamField([("item", AgendaItemBlock())], blank=True, verbose_name=_("agenda"))
    workshops = StreamField([("workshop", WorkshopBlock())], blank=True, verbose_name=_("workshops"))
    quotes = StreamField([("quote", QuoteBlock())], blank=True, verbose_name=_("quotes"))
    key_points = StreamField(
        [("point", blocks.TextBlock(label=_("key point")))], blank=True, verbose_name=_("key points")
    )
    follow_up = RichTextField(
        _("follow-up"),
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text=_("What the meeting leads to; shown above the next meetings."),
    )
    next_meetings = StreamField([("meeting", NextMeetingBlock())], blank=True, verbose_name=_("next meetings"))
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("report"), help_text=_("The report's sections."))
    original_document = models.ForeignKey(
        settings.WAGTAILDOCS_DOCUMENT_MODEL,
        verbose_name=_("original document"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The report as it was written (Word, PDF or text)."),
    )
    source_checksum = models.CharField(max_length=64, blank=True, editable=False, db_index=True)
    review_notes = models.TextField(
        _("review notes"),
        blank=True,
        help_text=_(
            "What the import could not settle, one point a line (e.g. a date without a year). "
            "Shown to staff only: delete each line once it is dealt with."
        ),
    )

    # Staff notes, not content: copied to translations as they are, never offered for translation.
    override_translatable_fields = [SynchronizedField("review_notes", overridable=False)]
    search_kind = ContentKind(
        "meeting-report", _("Meeting report"), date="date", organisations=("attendees__organisation",)
    )

    content_panels = Page.content_panels + [
        FieldPanel("review_notes", heading=_("Import review"), classname="import-review"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("date"), FieldPanel("place")]), FieldPanel("event")], heading=_("Meeting")
        ),
        FieldPanel("context"),
        FieldPanel("questions"),
        FieldPanel("agenda"),
        InlinePanel("speakers", label=_("Speakers")),
        InlinePanel("testimonies", label=_("Testimonies presented")),
        InlinePanel("legal_texts", label=_("Legal texts cited")),
        FieldPanel("workshops"),
        FieldPanel("body"),
        FieldPanel("quotes"),
        FieldPanel("key_points"),
        InlinePanel("attendees", label=_("Attending organisations")),
        FieldPanel("follow_up"),
        FieldPanel("next_meetings"),
        FieldPanel("original_document"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("place"),
        index.SearchField("context"),
        index.SearchField("questions"),
        index.SearchField("workshops"),
        index.SearchField("quotes"),
        index.SearchField("key_points"),
        index.SearchField("follow_up"),
        index.SearchField("body"),
        index.RelatedFields(
            "attendees", [index.RelatedFields("organisation", [index.SearchField("name"), index.SearchField("town")])]
        ),
        # The text of the original file: words that only the file has still find the page.
        index.RelatedFields("original_document", [index.SearchField("text")]),
        index.FilterField("date"),
    ]

    parent_page_types = ["events.MeetingReportIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("meeting report")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Testimony links point to pages of the source locale: show the ones in this page's locale.
        keys = self.testimonies.values("testimony__translation_key")
        legal_keys = self.legal_texts.values("legal_text__translation_key")
        context["speakers"] = self.speakers.select_related("person__organisation")
        context["attendees"] = self.attendees.select_related("organisation")
        context["linked_testimonies"] = TestimonyPage.objects.live().filter(
            translation_key__in=keys, locale_id=self.locale_id
        )
        context["cited_legal_texts"] = (
            LegalTextPage.objects.live()
            .filter(translation_key__in=legal_keys, locale_id=self.locale_id)
            .order_by("date")
        )
        return context


class ReportSpeaker(PersonLink):
    page = ParentalKey(MeetingReportPage, on_delete=models.CASCADE, related_name="speakers")


class ReportAttendee(OrganisationLink):
    page = ParentalKey(MeetingReportPage, on_delete=models.CASCADE, related_name="attendees")


class ReportTestimony(TranslatableMixin, Orderable):
    page = ParentalKey(MeetingReportPage, on_delete=models.CASCADE, related_name="testimonies")
    testimony = models.ForeignKey(
        "cases.TestimonyPage", verbose_name=_("testimony"), on_delete=models.CASCADE, related_name="+"
    )
    panels = [FieldPanel("testimony")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        pass


class ReportLegalText(TranslatableMixin, Orderable):
    """A law or decree a report cites; set by the importer from the text, or by hand."""

    page = ParentalKey(MeetingReportPage, on_delete=models.CASCADE, related_name="legal_texts")
    legal_text = models.ForeignKey(
        "cases.LegalTextPage", verbose_name=_("legal text"), on_delete=models.CASCADE, related_name="+"
    )
    panels = [FieldPanel("legal_text")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        pass
