"""Register the shared vocabulary as snippets, grouped under one menu item."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import GlossaryTerm, Organisation, Partnership, Person, Theme


class ThemeViewSet(SnippetViewSet):
    model = Theme
    icon = "tag"
    list_display = ["name", "locale"]
    search_fields = ["name"]


class OrganisationViewSet(SnippetViewSet):
    model = Organisation
    icon = "group"
    list_display = ["name", "kind", "country", "town", "locale"]
    list_filter = ["kind", "locale"]
    search_fields = ["name", "town"]


class PersonViewSet(SnippetViewSet):
    model = Person
    icon = "user"
    list_display = ["name", "role", "organisation", "locale"]
    search_fields = ["name"]


class GlossaryTermViewSet(SnippetViewSet):
    model = GlossaryTerm
    icon = "doc-full"
    menu_label = _("Glossary")
    list_display = ["term", "definition", "locale"]
    search_fields = ["term", "definition"]


class PartnershipViewSet(SnippetViewSet):
    model = Partnership
    icon = "link"
    list_display = ["name", "french_actor", "since", "until", "status", "locale"]
    list_filter = ["status", "locale"]
    search_fields = ["name"]


class VocabularyViewSetGroup(SnippetViewSetGroup):
    menu_label = _("Vocabulary")
    menu_icon = "list-ul"
    menu_order = 300
    items = (ThemeViewSet, OrganisationViewSet, PartnershipViewSet, PersonViewSet, GlossaryTermViewSet)


register_snippet(VocabularyViewSetGroup)
