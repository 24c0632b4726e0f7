"""Testimonies of cooperation experiences and the legal framework of decentralised cooperation."""

from django.db import models
from django.utils.text import format_lazy
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, HelpPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from network_site.access.rules import PUBLIC
from network_site.core.blocks import RICH_TEXT_FEATURES, BodyBlock, KeyFigureBlock, ResponsibilityTableBlock
from network_site.core.indexing import ContentKind, SearchTextMixin
from network_site.core.pages import SectionIndexPage, paginate
from network_site.core.widgets import SearchableSelectMultiple
from network_site.taxonomy.models import OrganisationLink, PartnershipLink, ThemeLink


class TestimonyIndexPage(SectionIndexPage):
    """Lists the testimonies, in alphabetical order, ``testimonies_per_page`` at a time."""

    subpage_types = ["cases.TestimonyPage"]
    testimonies_per_page = 12

    class Meta:
        verbose_name = _("testimony index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        testimonies = (
            self.live_children(TestimonyPage)
            .select_related("french_authority")
            .prefetch_related("partners__organisation", "themes__theme")
            .order_by("title")
        )
        context["testimonies"] = paginate(request, testimonies, self.testimonies_per_page)
        return context


class TestimonyPage(SearchTextMixin, Page):
    """How one French local authority runs a partnership abroad, and what it learnt."""

    class Mode(models.TextChoices):
        IN_HOUSE = "in_house", _("In-house service of the authority")
        TWINNING_COMMITTEE = "twinning_committee", _("Twinning committee")
        DEDICATED_ASSOCIATION = "dedicated_association", _("Association created for the partnership")
        CIVIL_SOCIETY = "civil_society", _("Civil-society actors chosen for their skills")

    class Relationship(models.TextChoices):
        SUPERVISION = "supervision", _("Supervision of the committee by the authority")
        SEPARATION = "separation", _("Clear separation between the authority and the committee")
        PROGRAMME = "programme", _("Collaboration by programme")

    intro = models.TextField(
        _("summary"), blank=True, help_text=_("Two or three sentences shown in lists and search results.")
    )
    french_authority = models.ForeignKey(
        "taxonomy.Organisation",
        verbose_name=_("French local authority"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The French town, department, region or grouping that leads the partnership."),
    )
    countries = CountryField(
        _("countries"), multiple=True, blank=True, help_text=_("Countries of the partners abroad.")
    )
    start_year = models.PositiveSmallIntegerField(
        _("partnership began"),
        null=True,
        blank=True,
        help_text=_("Year of the first twinning charter or agreement, e.g. 1974."),
    )
    organisation_mode = models.CharField(
        _("how it is organised"),
        max_length=32,
        choices=Mode.choices,
        blank=True,
        help_text=_("Who carries out the partnership on the French side."),
    )
    relationship_model = models.CharField(
        _("authority–committee relationship"),
        max_length=32,
        choices=Relationship.choices,
        blank=True,
        help_text=_("How the authority and its twinning committee or association work together."),
    )
    responsibilities = StreamField(
        [("table", ResponsibilityTableBlock())],
        blank=True,
        verbose_name=_("who is responsible for what"),
        help_text=_("One row per party: the authority, the committee, other actors."),
    )
    key_figures = StreamField(
        [("figure", KeyFigureBlock())],
        blank=True,
        verbose_name=_("key figures"),
        help_text=_("Budgets, numbers of actors, years."),
    )
    lessons = RichTextField(
        _("lessons"), blank=True, features=RICH_TEXT_FEATURES, help_text=_("What worked, in the authority's own view.")
    )
    risks = RichTextField(
        _("risks"), blank=True, features=RICH_TEXT_FEATURES, help_text=_("Difficulties met and risks to watch.")
    )
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    override_translatable_fields = [SynchronizedField("countries")]
    search_kind = ContentKind(
        "testimony",
        _("Testimony"),
        themes=("themes__theme",),
        organisations=("french_authority", "partners__organisation"),
        countries="countries",
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        # One field a line (a row of these fields ran past the editor's edge at 1280 px), short help texts
        # under the fields, the meaning of the two choices in a help panel.
        MultiFieldPanel(
            [
                FieldPanel("french_authority", help_text=_("The French authority that leads the partnership.")),
                InlinePanel("partners", heading=_("Partners abroad"), label=_("partner abroad")),
                FieldPanel("countries", widget=SearchableSelectMultiple(_("countries"))),
                FieldPanel("start_year", help_text=_("e.g. 1974")),
                HelpPanel(
                    content=format_lazy(
                        "<p>{}</p><p>{}</p>",
                        _(
                            "How it is organised: who carries out the partnership on the French side — a "
                            "service of the authority, the twinning committee, an association created for it, "
                            "or civil-society actors chosen for their skills."
                        ),
                        _(
                            "Authority–committee relationship: whether the authority supervises the committee, "
                            "both keep clearly separate roles, or they work together programme by programme."
                        ),
                    ),
                    heading=_("The two choices below"),
                ),
                FieldPanel("organisation_mode", help_text=_("Who does the work in France.")),
                FieldPanel("relationship_model", help_text=_("How they work together.")),
                InlinePanel("themes", heading=_("Themes"), label=_("theme")),
                InlinePanel(
                    "partnerships",
                    heading=_("Partnerships described"),
                    label=_("partnership"),
                    help_text=_("The partnerships of the directory this testimony is about."),
                ),
            ],
            heading=_("Partnership"),
        ),
        FieldPanel("responsibilities"),
        FieldPanel("key_figures"),
        FieldPanel("body"),
        FieldPanel("lessons"),
        FieldPanel("risks"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
        index.SearchField("lessons"),
        index.SearchField("risks"),
        index.SearchField("responsibilities"),
        index.RelatedFields("french_authority", [index.SearchField("name"), index.SearchField("town")]),
        index.RelatedFields(
            "partners", [index.RelatedFields("organisation", [index.SearchField("name"), index.SearchField("town")])]
        ),
        index.FilterField("start_year"),
    ]

    parent_page_types = ["cases.TestimonyIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("testimony")
        verbose_name_plural = _("testimonies")

    def reader_date(self) -> str | None:
        """“Partnership since 1974”: the year it began, the date a reader of a testimony needs; ``None`` unknown."""
        return gettext("Partnership since %(year)s") % {"year": self.start_year} if self.start_year else None

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["themes"] = self.themes.select_related("theme")
        context["partners"] = self.partners.select_related("organisation")
        return context


class TestimonyPartner(OrganisationLink):
    page = ParentalKey(TestimonyPage, on_delete=models.CASCADE, related_name="partners")


class TestimonyTheme(ThemeLink):
    page = ParentalKey(TestimonyPage, on_delete=models.CASCADE, related_name="themes")


class TestimonyPartnership(PartnershipLink):
    page = ParentalKey(TestimonyPage, on_delete=models.CASCADE, related_name="partnerships")


class LegalFrameworkIndexPage(SectionIndexPage):
    """The laws of decentralised cooperation, shown as a timeline, ``legal_texts_per_page`` at a time."""

    subpage_types = ["cases.LegalTextPage"]
    section_rule = PUBLIC  # the legal framework is public (network_site/access/policy.py)
    legal_texts_per_page = 20

    class Meta:
        verbose_name = _("legal framework index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        legal_texts = self.live_children(LegalTextPage).order_by("date")
        context["legal_texts"] = paginate(request, legal_texts, self.legal_texts_per_page)
        return context


class LegalTextPage(SearchTextMixin, Page):
    """One law or decree: what it is officially, and what it allows local authorities to do."""

    short_name = models.CharField(
        _("short name"), max_length=100, help_text=_("The name people use, e.g. “Loi Oudin-Santini”.")
    )
    official_title = models.CharField(
        _("official title"), max_length=400, help_text=_("Title as published in the Journal officiel.")
    )
    official_reference = models.CharField(
        _("official reference"), max_length=100, help_text=_("Number of the text, e.g. “Loi n° 2005-95”.")
    )
    date = models.DateField(_("date"), help_text=_("Date the text was signed."))
    code_articles = models.CharField(
        _("code articles"),
        max_length=200,
        blank=True,
        help_text=_("Articles it created or changed, e.g. “CGCT, art. L1115-1-1”."),
    )
    allows = RichTextField(
        _("what it allows"),
        features=RICH_TEXT_FEATURES,
        help_text=_("What local authorities may do under this text, in plain words."),
    )
    official_url = models.URLField(_("official text"), blank=True, help_text=_("Link to the text on Légifrance."))
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    override_translatable_fields = [SynchronizedField("official_title"), SynchronizedField("official_reference")]
    search_kind = ContentKind("legal-text", _("Legal text"), date="date")

    content_panels = Page.content_panels + [
        FieldPanel("short_name"),
        FieldPanel("official_title"),
        FieldRowPanel([FieldPanel("official_reference"), FieldPanel("date")]),
        FieldPanel("code_articles"),
        FieldPanel("allows"),
        FieldPanel("official_url"),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("short_name", boost=3),
        index.SearchField("official_title"),
        index.SearchField("official_reference"),
        index.SearchField("code_articles"),
        index.SearchField("allows"),
        index.SearchField("body"),
        index.FilterField("date"),
    ]

    parent_page_types = ["cases.LegalFrameworkIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("legal text")
