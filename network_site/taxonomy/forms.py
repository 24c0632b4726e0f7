"""The admin form of partnerships: its partners abroad in the partnership's language."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

OTHER_LANGUAGE = _("Choose the organisation in the partnership's language.")


class PartnershipForm(WagtailAdminModelForm):
    """``Partnership``'s snippet form: a partner abroad of another language than the partnership (the chooser
    lists every language's organisations) is an error on that row, so that a French page never shows an
    English partner. The other rules are the models' ``clean`` (an end before the start, the French actor in
    France and in the partnership's language, partners outside France)."""

    def clean(self):
        cleaned = super().clean()
        locale_id = self.instance.locale_id
        partners = self.formsets.get("partners")
        if locale_id and partners is not None and partners.is_valid():
            for form in partners.forms:
                organisation = form.cleaned_data.get("organisation")
                deleted = form.cleaned_data.get("DELETE")
                if organisation is not None and not deleted and organisation.locale_id != locale_id:
                    form.add_error("organisation", OTHER_LANGUAGE)
        return cleaned
