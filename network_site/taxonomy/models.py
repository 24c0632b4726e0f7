"""The network's shared vocabulary: themes, organisations, people, glossary terms and partnerships.

All are translatable snippets (one row per locale, linked by
``translation_key``), edited under Snippets in the admin and translated with
wagtail-localize. Pages link to them through the ``*Link`` child models below,
which are translatable too, so that a page's English translation points to
the English snippets.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from localflavor.fr.fr_department import DEPARTMENT_CHOICES
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from .forms import PartnershipForm


class Theme(TranslatableMixin, index.Indexed, models.Model):
    """A field of cooperation (health, education, water and sanitation…)."""

    name = models.CharField(_("name"), max_length=100, help_text=_("Short name, e.g. “Water and sanitation”."))
    description = models.TextField(
        _("description"), blank=True, help_text=_("One or two sentences shown on theme lists.")
    )

    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]
    panels = [FieldPanel("name"), FieldPanel("description")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("theme")
        verbose_name_plural = _("themes")
        ordering = ["name"]

    def __str__(self):
        return self.name


class Organisation(TranslatableMixin, index.Indexed, models.Model):
    """A member or partner organisation: a French local authority, a twinning committee, a town abroad…"""

    class Kind(models.TextChoices):
        LOCAL_AUTHORITY = "local_authority", _("Local authority")
        TWINNING_COMMITTEE = "twinning_committee", _("Twinning committee")
        ASSOCIATION = "association", _("Association")
        NETWORK = "network", _("Network")
        SCHOOL = "school", _("School")
        STATE_BODY = "state_body", _("State body")
        PARTNER_AUTHORITY = "partner_authority", _("Partner authority abroad")

    name = models.CharField(_("name"), max_length=200, help_text=_("Official name, e.g. “Ville d'Alençon”."))
    kind = models.CharField(
        _("kind"), max_length=32, choices=Kind.choices, help_text=_("What sort of organisation this is.")
    )
    country = CountryField(_("country"), default="FR", help_text=_("Country where the organisation is based."))
    town = models.CharField(_("town"), max_length=100, blank=True, help_text=_("Town or city, e.g. “Koutiala”."))
    website = models.URLField(
        _("website"), blank=True, help_text=_("Full address of its website, starting with https://.")
    )
    departement = models.CharField(
        _("department"),
        max_length=3,
        blank=True,
        choices=DEPARTMENT_CHOICES,
        help_text=_("French organisations only: the département it belongs to."),
    )
    latitude = models.DecimalField(
        _("latitude"),
        max_digits=8,
        decimal_places=5,
        null=True,
        blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
        help_text=_("Of its town, in degrees (WGS 84), e.g. 48.43476; empty: not drawn on the map."),
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=8,
        decimal_places=5,
        null=True,
        blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
        help_text=_("Of its town, in degrees east (WGS 84; west is negative), e.g. 0.09311."),
    )

    override_translatable_fields = [
        SynchronizedField("town"),
        SynchronizedField("country"),
        SynchronizedField("departement"),
        SynchronizedField("latitude"),
        SynchronizedField("longitude"),
    ]
    search_fields = [index.SearchField("name"), index.SearchField("town"), index.AutocompleteField("name")]
    panels = [
        FieldPanel("name"),
        FieldPanel("kind"),
        FieldPanel("country"),
        FieldPanel("town"),
        FieldPanel("departement"),
        FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")], heading=_("Coordinates")),
        FieldPanel("website"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        errors = {}
        if self.departement and self.country != "FR":
            errors["departement"] = _("Only an organisation in France has a département.")
        if (self.latitude is None) != (self.longitude is None):
            errors["longitude" if self.longitude is None else "latitude"] = _(
                "Give both the latitude and the longitude, or neither."
            )
        if errors:
            raise ValidationError(errors)


class Person(TranslatableMixin, index.Indexed, models.Model):
    """Someone who speaks at or reports on the network's meetings."""

    name = models.CharField(_("name"), max_length=150, help_text=_("First name and surname."))
    role = models.CharField(
        _("role"), max_length=200, blank=True, help_text=_("Role or title, e.g. “Head of international relations”.")
    )
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="people",
        help_text=_("The organisation this person speaks for."),
    )

    override_translatable_fields = [SynchronizedField("name")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]
    panels = [FieldPanel("name"), FieldPanel("role"), FieldPanel("organisation")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("person")
        verbose_name_plural = _("people")
        ordering = ["name"]

    def __str__(self):
        return self.name


class ThemeLink(TranslatableMixin, Orderable):
    """Abstract link from a page to a theme; subclasses add the ParentalKey ``page``."""

    theme = models.ForeignKey(Theme, verbose_name=_("theme"), on_delete=models.CASCADE, related_name="+")
    panels = [FieldPanel("theme")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        abstract = True


class OrganisationLink(TranslatableMixin, Orderable):
    """Abstract link from a page to an organisation; subclasses add the ParentalKey ``page``."""

    organisation = models.ForeignKey(
        Organisation, verbose_name=_("organisation"), on_delete=models.CASCADE, related_name="+"
    )
    panels = [FieldPanel("organisation")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        abstract = True


class PersonLink(TranslatableMixin, Orderable):
    """Abstract link from a page to a person; subclasses add the ParentalKey ``page``."""

    person = models.ForeignKey(Person, verbose_name=_("person"), on_delete=models.CASCADE, related_name="+")
    panels = [FieldPanel("person")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        abstract = True


class GlossaryTerm(TranslatableMixin, index.Indexed, models.Model):
    """A term of the network's vocabulary with its agreed translation (one row per language).

    The English row is the translation of the French one (wagtail-localize, same
    ``translation_key``): “comité de jumelage” ↔ “twinning committee”. The terms
    are shown on the glossary page, sent to DeepL as its glossary and used to
    search across languages (``network_site.taxonomy.glossary``).
    """

    term = models.CharField(
        _("term"), max_length=150, help_text=_("The term as the network writes it, e.g. “comité de jumelage”.")
    )
    definition = models.TextField(
        _("definition"), blank=True, help_text=_("What the term means, in one or two sentences, for readers.")
    )

    search_fields = [index.SearchField("term"), index.SearchField("definition"), index.AutocompleteField("term")]
    panels = [FieldPanel("term"), FieldPanel("definition")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("glossary term")
        verbose_name_plural = _("glossary terms")
        ordering = ["term"]

    def __str__(self):
        return self.term


class PartnershipQuerySet(models.QuerySet):
    def with_ends(self):
        """These partnerships with their French actor, partners abroad (and their organisations) and themes read
        in bulk (three queries in all, whatever their number)."""
        return self.select_related("french_actor").prefetch_related(
            models.Prefetch("partners", queryset=PartnershipPartner.objects.select_related("organisation")),
            models.Prefetch("themes", queryset=PartnershipTheme.objects.select_related("theme")),
        )


class Partnership(TranslatableMixin, index.Indexed, ClusterableModel):
    """A partnership between a French actor (an ``Organisation``) and one or more partner organisations abroad.

    ``since`` and ``until`` are years (``until`` empty while it goes on; never before ``since``: a
    ``ValidationError`` on ``until``, shown by the admin form). Partners (``PartnershipPartner``) and
    themes (``PartnershipTheme``) are translatable child rows, like the pages' links. Pages point to a
    partnership through ``PartnershipLink`` (testimonies, events, meeting reports).
    """

    class Status(models.TextChoices):
        ACTIVE = "active", _("Active")
        DORMANT = "dormant", _("Dormant")
        ENDED = "ended", _("Ended")

    name = models.CharField(
        _("name"), max_length=200, help_text=_("How the network calls it, e.g. “Alençon – Koutiala”.")
    )
    french_actor = models.ForeignKey(
        Organisation,
        verbose_name=_("French actor"),
        on_delete=models.PROTECT,
        related_name="led_partnerships",
        help_text=_("The French local authority, twinning committee or association that runs it."),
    )
    since = models.PositiveSmallIntegerField(
        _("since"),
        validators=[MinValueValidator(1900), MaxValueValidator(2100)],
        help_text=_("Year it began (first charter or agreement), e.g. 1974."),
    )
    until = models.PositiveSmallIntegerField(
        _("until"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1900), MaxValueValidator(2100)],
        help_text=_("Year it ended; empty while it goes on."),
    )
    organised = models.CharField(
        _("how it is organised"),
        max_length=250,
        blank=True,
        help_text=_("In a few words, who runs it, e.g. “City service with the twinning committee”."),
    )
    status = models.CharField(
        _("status"),
        max_length=16,
        choices=Status.choices,
        default=Status.ACTIVE,
        help_text=_("Active, dormant (no exchange for some years) or ended."),
    )

    objects = PartnershipQuerySet.as_manager()
    base_form_class = PartnershipForm

    override_translatable_fields = [SynchronizedField("since"), SynchronizedField("until"), SynchronizedField("status")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]
    panels = [
        FieldPanel("name"),
        FieldPanel("french_actor"),
        InlinePanel("partners", heading=_("Partners abroad"), label=_("partner abroad"), min_num=1),
        FieldRowPanel([FieldPanel("since"), FieldPanel("until")]),
        FieldPanel("status"),
        FieldPanel("organised"),
        InlinePanel("themes", heading=_("Themes"), label=_("theme")),
        InlinePanel("documents", heading=_("Agreement documents"), label=_("agreement document")),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("partnership")
        verbose_name_plural = _("partnerships")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        errors = {}
        if self.since is not None and self.until is not None and self.until < self.since:
            errors["until"] = _("A partnership cannot end before it begins (%(year)s).") % {"year": self.since}
        actor = self.french_actor if self.french_actor_id else None
        if actor is not None and actor.country != "FR":
            errors["french_actor"] = _("The French actor is an organisation in France.")
        elif actor is not None and self.locale_id and actor.locale_id != self.locale_id:
            errors["french_actor"] = _("Choose the organisation in the partnership's language.")
        if errors:
            raise ValidationError(errors)


class PartnershipPartner(OrganisationLink):
    """A partner abroad of a partnership: an organisation outside France, so never its French actor
    (``ValidationError`` on ``organisation`` otherwise, a form error in the admin). That it is in the
    partnership's language is the admin form's check (``forms.PartnershipForm``): the row's partnership is
    not set while the form is validated."""

    partnership = ParentalKey(Partnership, on_delete=models.CASCADE, related_name="partners")

    def clean(self):
        super().clean()
        if self.organisation_id and self.organisation.country == "FR":
            raise ValidationError({"organisation": _("A partner abroad is an organisation outside France.")})

    class Meta(OrganisationLink.Meta):
        verbose_name = _("partner abroad")


class PartnershipTheme(ThemeLink):
    partnership = ParentalKey(Partnership, on_delete=models.CASCADE, related_name="themes")

    class Meta(ThemeLink.Meta):
        verbose_name = _("theme")


class PartnershipDocument(TranslatableMixin, Orderable):
    """An agreement document of a partnership (charter, convention, amendment), a Wagtail document."""

    partnership = ParentalKey(Partnership, on_delete=models.CASCADE, related_name="documents")
    document = models.ForeignKey(
        settings.WAGTAILDOCS_DOCUMENT_MODEL,
        verbose_name=_("document"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("The signed charter, convention or amendment, as uploaded under Documents."),
    )
    panels = [FieldPanel("document")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("agreement document")
        verbose_name_plural = _("agreement documents")


class PartnershipLink(TranslatableMixin, Orderable):
    """Abstract link from a page to a partnership it is about; subclasses add the ParentalKey ``page``."""

    partnership = models.ForeignKey(
        Partnership, verbose_name=_("partnership"), on_delete=models.CASCADE, related_name="+"
    )
    panels = [FieldPanel("partnership")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        abstract = True
