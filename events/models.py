"""The network's meetings: event pages (before) and meeting reports (after)."""

import datetime
from urllib.parse import urlencode

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.core.validators import MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _
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
from network_site.core.languages import source_language_code
from network_site.core.pages import SectionIndexPage, paginate
from network_site.core.text import fold
from network_site.taxonomy.models import OrganisationLink, PartnershipLink, PersonLink, Theme, ThemeLink

from .dates import format_span, local, paris_midnight


def upcoming(events):
    """``events`` (a queryset of ``EventPage``) not over yet, soonest first, those with no date yet last."""
    return events.filter(models.Q(ends_at__gte=timezone.now()) | models.Q(start__isnull=True)).order_by(
        models.F("start").asc(nulls_last=True), "pk"
    )


def past(events):
    """``events`` (a queryset of ``EventPage``) that are over, latest first."""
    return events.filter(ends_at__lt=timezone.now()).order_by("-start", "-pk")


def prefer_locale(pages, locale_id: int) -> list:
    """One page per translation key of ``pages`` (an ordered queryset), in their order: the one of ``locale_id`` if any.

    Links are set on the source-language pages (a report's event); followed from a translated page
    they go to the page of the reader's language when it exists (an alias counts: it is that tree's page).
    """
    chosen = {}
    for page in pages:
        if page.translation_key not in chosen or page.locale_id == locale_id:
            chosen[page.translation_key] = page
    return list(chosen.values())


class EventIndexPage(SectionIndexPage):
    """The agenda: upcoming events first (soonest first, then those whose date is to be set), then past ones.

    Filters (query string): ``theme`` (a theme's id), ``type`` (a ``MeetingType``
    value), ``year`` (of the start, in Paris time); each list is paginated
    (``upcoming_page``, ``past_page``, ``PER_PAGE`` events a page).
    """

    PER_PAGE = 12

    subpage_types = ["events.EventPage"]

    class Meta:
        verbose_name = _("event index")

    def filtered_events(self, params):
        """(the live events of this agenda narrowed by ``params``, the filters applied as a dict of strings)."""
        events = self.live_children(EventPage)
        applied = {}
        theme = params.get("theme", "")
        if theme.isdigit():
            events = events.filter(themes__theme_id=int(theme)).distinct()
            applied["theme"] = theme
        meeting_type = params.get("type", "")
        if meeting_type in MeetingType.values:
            events = events.filter(meeting_type=meeting_type)
            applied["type"] = meeting_type
        year = params.get("year", "")
        if year.isdigit():
            events = events.filter(start__year=int(year))  # in the current time zone: Europe/Paris
            applied["year"] = year
        return events, applied

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        events, applied = self.filtered_events(request.GET)
        for name, listed in (("upcoming", upcoming(events)), ("past", past(events))):
            context[f"{name}_events"] = Paginator(listed, self.PER_PAGE).get_page(request.GET.get(f"{name}_page"))
        all_events = self.live_children(EventPage)
        context["filters"] = applied
        context["filter_query"] = urlencode(applied)
        context["theme_choices"] = (
            Theme.objects.filter(pk__in=EventTheme.objects.filter(page__in=all_events).values("theme_id"))
            .order_by("name")
            .values_list("pk", "name")
        )
        context["type_choices"] = MeetingType.choices
        context["year_choices"] = sorted(
            {moment.year for moment in all_events.filter(start__isnull=False).datetimes("start", "year")}, reverse=True
        )
        return context


class MeetingType(models.TextChoices):
    """The kinds of meeting the network holds (issue 13)."""

    REGIONAL_MEETING = "regional_meeting", _("Regional meeting")
    TWINNING_COMMITTEES = "twinning_committees", _("Meeting of twinning committees")
    COUNTRY_GROUP = "country_group", _("Country group")
    WORKSHOP = "workshop", _("Workshop")
    GENERAL_ASSEMBLY = "general_assembly", _("General assembly")
    OTHER = "other", _("Other meeting")


class EventPage(SearchTextMixin, Page):
    """A meeting of the network, announced before it takes place.

    ``start`` and ``end`` are aware datetimes shown in Europe/Paris time
    (``events.dates``); no ``start`` means “date to be set” (``announced_when``
    keeps the date as announced, e.g. “Date à déterminer”). An ``all_day``
    event keeps days only: ``start`` and ``end`` become 00:00 Paris time of the
    first and the last day. ``ends_at`` (computed on save) is when the event is
    over: the end, else the start; for an all-day event, midnight after its last
    day. Registrations (``Registration``) are open when ``registration_enabled``,
    up to ``capacity`` (then a waiting list) until ``registration_closes``
    (default: the start).
    """

    intro = models.TextField(
        _("summary"), blank=True, help_text=_("What the meeting is about, in two or three sentences.")
    )
    meeting_type = models.CharField(_("type of meeting"), max_length=30, choices=MeetingType.choices, blank=True)
    start = models.DateTimeField(
        _("start"), null=True, blank=True, help_text=_("Europe/Paris time. Leave empty while the date is to be set.")
    )
    end = models.DateTimeField(_("end"), null=True, blank=True, help_text=_("Europe/Paris time. Optional."))
    all_day = models.BooleanField(
        _("all day"), default=False, help_text=_("Days only: the times of the start and the end are not used.")
    )
    announced_when = models.CharField(
        _("when, as announced"),
        max_length=200,
        blank=True,
        help_text=_("While the date is to be set, the date as announced, e.g. “Autumn 2027”."),
    )
    ends_at = models.DateTimeField(null=True, editable=False, db_index=True)
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
    registration_enabled = models.BooleanField(
        _("members may register"), default=False, help_text=_("Shows a “Register” button to members.")
    )
    capacity = models.IntegerField(
        _("capacity"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1)],
        help_text=_("Places available; past it, members go on a waiting list. Empty: no limit."),
    )
    registration_closes = models.DateTimeField(
        _("registration closes"), null=True, blank=True, help_text=_("Europe/Paris time. Empty: at the start.")
    )
    announced_in = models.ForeignKey(
        "events.MeetingReportPage",
        verbose_name=_("announced in"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="announced_events",
        help_text=_("The meeting report that announced this meeting, if any."),
    )
    # The folded title it was announced under in ``announced_in`` (``name_key``): how an import finds it again.
    announcement_key = models.CharField(max_length=255, blank=True, editable=False, db_index=True)
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
        FieldPanel("meeting_type"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
                FieldPanel("all_day"),
                FieldPanel("announced_when"),
                FieldPanel("venue"),
                FieldPanel("address"),
                FieldPanel("organiser"),
            ],
            heading=_("When and where"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("registration_enabled"),
                FieldRowPanel([FieldPanel("capacity"), FieldPanel("registration_closes")]),
            ],
            heading=_("Registrations"),
        ),
        InlinePanel("themes", label=_("Themes")),
        FieldPanel("agenda"),
        InlinePanel("speakers", label=_("Speakers")),
        InlinePanel("attendees", label=_("Attending organisations")),
        InlinePanel("partnerships", label=_("Partnerships discussed")),
        FieldPanel("body"),
        FieldPanel("announced_in"),
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

    def clean(self):
        super().clean()
        errors = {}
        if self.end is not None and self.start is None:
            errors["end"] = _("An event without a start cannot have an end.")
        elif self.end is not None and self.ends_before_start():
            errors["end"] = _("The end is before the start.")
        if self.registration_closes is not None and self.start is not None and self.registration_closes > self.start:
            errors["registration_closes"] = _("Registration must close before the event starts.")
        if errors:
            raise ValidationError(errors)

    def ends_before_start(self) -> bool:
        """Whether the end comes before the start (for an all-day event: its last day before its first)."""
        if self.all_day:
            return local(self.end).date() < local(self.start).date()
        return self.end < self.start

    def save(self, *args, **kwargs):
        if self.all_day and self.start is not None:
            self.start = paris_midnight(local(self.start).date())
            self.end = paris_midnight(local(self.end).date()) if self.end is not None else None
        self.ends_at = self.compute_ends_at()
        return super().save(*args, **kwargs)

    def compute_ends_at(self):
        """When the event is over (see the class docstring); ``None`` while the date is to be set."""
        if self.start is None:
            return None
        if self.all_day:
            return paris_midnight(self.last_day + datetime.timedelta(days=1))
        return self.end or self.start

    @property
    def first_day(self) -> datetime.date | None:
        """The Paris day of the start."""
        return local(self.start).date() if self.start else None

    @property
    def last_day(self) -> datetime.date | None:
        """The Paris day of the end (of the start when there is no end)."""
        if self.start is None:
            return None
        return local(self.end or self.start).date()

    @property
    def when(self) -> str:
        """When it takes place, in the active language (``events.dates.format_span``); empty with no date."""
        return format_span(self.start, self.end, self.all_day) if self.start else ""

    def reader_date(self) -> datetime.date | str:
        """The Paris day of the start; with no date yet, the date as announced or "Date to be set"."""
        if self.start is None:
            return self.announced_when or gettext("Date to be set")
        return self.first_day

    @property
    def is_past(self) -> bool:
        return self.ends_at is not None and self.ends_at < timezone.now()

    def source_event(self) -> "EventPage":
        """The event in the source language (registrations are counted there, whatever the reader's language)."""
        if self.locale.language_code == source_language_code():
            return self
        return (
            EventPage.objects.filter(
                translation_key=self.translation_key, locale__language_code=source_language_code()
            ).first()
            or self
        )

    def registration_closes_at(self):
        """When registering stops: ``registration_closes``, else the start (``None``: no date yet, never)."""
        return self.registration_closes or self.start

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["themes"] = self.themes.select_related("theme")
        context["speakers"] = self.speakers.select_related("person__organisation")
        context["attendees"] = self.attendees.select_related("organisation")
        reports = MeetingReportPage.objects.live().filter(event__translation_key=self.translation_key).order_by("pk")
        context["report"] = next(iter(prefer_locale(reports, self.locale_id)), None) if self.is_past else None
        if self.registration_enabled:
            source = self.source_event()
            registrations = Registration.objects.filter(event=source)
            context["confirmed_count"] = registrations.filter(status=Registration.Status.CONFIRMED).count()
            context["registration"] = (
                registrations.filter(user=request.user).first() if request.user.is_authenticated else None
            )
            closes = self.registration_closes_at()
            context["registration_closed"] = closes is not None and closes <= timezone.now()
        return context


class EventTheme(ThemeLink):
    page = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="themes")


class EventSpeaker(PersonLink):
    page = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="speakers")


class EventAttendee(OrganisationLink):
    page = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="attendees")


class EventPartnership(PartnershipLink):
    page = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="partnerships")


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
    changes nothing, and ``source_path`` so that a new version of a file
    imported from the same path updates this page instead of making another.
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
    decisions = StreamField(
        [("decision", blocks.TextBlock(label=_("decision")))],
        blank=True,
        verbose_name=_("decisions"),
        help_text=_("Votes, elections and what the meeting decided, one point each."),
    )
    actions = StreamField(
        [("action", blocks.TextBlock(label=_("action")))],
        blank=True,
        verbose_name=_("actions"),
        help_text=_("Who does what next, one point each."),
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
    # Where the imported file was read from (a path, for folder imports): its new versions update this page.
    source_path = models.CharField(max_length=1000, blank=True, editable=False, db_index=True)
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
        FieldPanel("decisions"),
        FieldPanel("actions"),
        InlinePanel("participants", label=_("Participants")),
        InlinePanel("attendees", label=_("Attending organisations")),
        InlinePanel("partnerships", label=_("Partnerships discussed")),
        FieldPanel("follow_up"),
        FieldPanel("next_meetings"),
        FieldPanel("original_document"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("place"),
        index.SearchField("context"),
        index.SearchField("questions"),
        index.SearchField("agenda"),
        index.SearchField("decisions"),
        index.SearchField("actions"),
        index.SearchField("next_meetings"),
        index.SearchField("workshops"),
        index.SearchField("quotes"),
        index.SearchField("key_points"),
        index.SearchField("follow_up"),
        index.SearchField("body"),
        index.RelatedFields("participants", [index.RelatedFields("person", [index.SearchField("name")])]),
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
        participants = list(self.participants.select_related("person__organisation"))
        context["participants"] = [
            (label, [link for link in participants if link.status == status])
            for status, label in ReportParticipant.Status.choices
        ]
        context["linked_testimonies"] = TestimonyPage.objects.live().filter(
            translation_key__in=keys, locale_id=self.locale_id
        )
        context["cited_legal_texts"] = (
            LegalTextPage.objects.live()
            .filter(translation_key__in=legal_keys, locale_id=self.locale_id)
            .order_by("date")
        )
        # The event and the meetings announced, in this page's language when they exist in it (prefer_locale).
        events = EventPage.objects.live().order_by(models.F("start").asc(nulls_last=True), "pk")
        event_keys = EventPage.objects.filter(pk=self.event_id).values("translation_key")
        context["event"] = next(
            iter(prefer_locale(events.filter(translation_key__in=event_keys), self.locale_id)), None
        )
        announced_keys = EventPage.objects.filter(announced_in__translation_key=self.translation_key).values(
            "translation_key"
        )
        context["announced_events"] = prefer_locale(events.filter(translation_key__in=announced_keys), self.locale_id)
        return context


class ReportSpeaker(PersonLink):
    page = ParentalKey(MeetingReportPage, on_delete=models.CASCADE, related_name="speakers")


class ReportParticipant(PersonLink):
    """A person at (or excused from, or absent from) the meeting; set by the importer from the text, or by hand."""

    class Status(models.TextChoices):
        PRESENT = "present", _("Present")
        EXCUSED = "excused", _("Excused")
        ABSENT = "absent", _("Absent")

    page = ParentalKey(MeetingReportPage, on_delete=models.CASCADE, related_name="participants")
    status = models.CharField(_("attendance"), max_length=10, choices=Status.choices, default=Status.PRESENT)
    panels = [FieldPanel("person"), FieldPanel("status")]


class ReportAttendee(OrganisationLink):
    page = ParentalKey(MeetingReportPage, on_delete=models.CASCADE, related_name="attendees")


class ReportPartnership(PartnershipLink):
    page = ParentalKey(MeetingReportPage, on_delete=models.CASCADE, related_name="partnerships")


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


# --------------------------------------------------------------------------- registrations and calendar tokens


class Registration(models.Model):
    """A member's registration for an event (of the source language: ``EventPage.source_event``).

    ``status`` is confirmed, or waiting when the event was full; the waiting
    list is served in the order of ``created_at``. ``language`` is the one the
    member registered in: their e-mails (confirmation, reminder) are in it.
    """

    class Status(models.TextChoices):
        CONFIRMED = "confirmed", _("Confirmed")
        WAITING = "waiting", _("On the waiting list")

    event = models.ForeignKey(
        EventPage, verbose_name=_("event"), on_delete=models.CASCADE, related_name="registrations"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("member"), on_delete=models.CASCADE, related_name="event_registrations"
    )
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.CONFIRMED)
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    created_at = models.DateTimeField(_("registered at"), default=timezone.now)
    reminded_at = models.DateTimeField(_("reminder sent at"), null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        ordering = ["created_at", "pk"]
        constraints = [models.UniqueConstraint(fields=["event", "user"], name="one_registration_per_member")]

    def __str__(self):
        return f"{self.member_name()} – {self.event}"

    def member_name(self) -> str:
        """The member's full name, else their username."""
        return self.user.get_full_name() or self.user.get_username()

    def event_start(self):
        """The event's start in Paris time (``None`` while its date is to be set)."""
        return local(self.event.start) if self.event.start else None


class CalendarToken(models.Model):
    """A member's private key to their calendar feed (calendar apps cannot log in): see ``events.agenda.tokens``.

    Only the key's SHA-256 is stored (``key_hash``, hexadecimal), never the key.
    """

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="calendar_token")
    key_hash = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("calendar token")

    def __str__(self):
        return str(self.user)
