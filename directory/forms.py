"""The directory's filter form: a value that is not offered is a form error, shown above the list."""

from django import forms
from django.utils.translation import gettext_lazy as _

from network_site.taxonomy.models import Organisation, Partnership


class DirectoryFilterForm(forms.Form):
    """Kind, country (ISO 3166 code), French département (code, e.g. "61", "2A"), theme (a ``Theme`` id of the
    page's language) and partnership status, and ``q``, words of the name or town (at most 100 characters).

    ``countries``, ``departements`` and ``themes`` are the ``(value, label)`` pairs the directory offers;
    every field may be empty (no filter).
    """

    q = forms.CharField(label=_("Name or town"), required=False, max_length=100)
    kind = forms.ChoiceField(label=_("Kind"), required=False)
    country = forms.ChoiceField(label=_("Country"), required=False)
    departement = forms.ChoiceField(label=_("Department"), required=False)
    theme = forms.TypedChoiceField(label=_("Theme"), required=False, coerce=int, empty_value=None)
    status = forms.ChoiceField(label=_("Partnership status"), required=False)

    def __init__(self, data, *, countries, departements, themes):
        super().__init__(data)
        self.fields["kind"].choices = [("", _("All kinds")), *Organisation.Kind.choices]
        self.fields["country"].choices = [("", _("All countries")), *countries]
        self.fields["departement"].choices = [("", _("All départements")), *departements]
        self.fields["theme"].choices = [("", _("All themes")), *themes]
        self.fields["status"].choices = [("", _("All statuses")), *Partnership.Status.choices]

    def filters(self) -> dict:
        """``{facet: value or None}`` of the valid fields; an invalid field filters nothing."""
        self.is_valid()
        return {name: self.cleaned_data.get(name) or None for name in self.fields}
