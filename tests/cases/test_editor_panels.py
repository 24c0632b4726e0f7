"""The testimony editor in the French admin: one field a line, short help texts, the choices explained, whole words,
countries chosen in a list with a filter box that shows the saved ones as chosen."""

import re

import pytest
from django.urls import reverse

from cases.models import TestimonyIndexPage
from events.models import MeetingReportIndexPage
from tests import factories

pytestmark = pytest.mark.django_db


def test_the_testimony_editor_fits_and_speaks_french(admin_client, home_fr):
    index = factories.add_child(home_fr, TestimonyIndexPage(title="Témoignages", slug="temoignages"))
    testimony = factories.testimony(index)
    response = admin_client.get(f"/admin/pages/{testimony.pk}/edit/", HTTP_ACCEPT_LANGUAGE="fr")
    assert response.status_code == 200
    html = response.content.decode()
    partnership = html[html.index('id="id_french_authority"') : html.index('id="id_relationship_model"')]
    assert "w-field-row" not in partnership  # one field a line
    assert "Ajouter un(e) partenaire à l&#x27;étranger" in html or "Ajouter un(e) partenaire à l'étranger" in html
    assert "Partenaires à l&#x27;étranger" in html or "Partenaires à l'étranger" in html
    assert "Les deux choix ci-dessous" in html and "collaborent programme par programme" in html
    help_texts = re.findall(
        r'<div class="help"[^>]*id="[^"]*(?:start_year|organisation_mode)[^"]*"[^>]*>(.*?)</div>', html, re.S
    )
    assert all(len(text.strip()) < 60 for text in help_texts), help_texts


def test_the_translation_editor_and_the_sidebar_have_whole_french_labels(admin_client, home_fr):
    factories.add_child(home_fr, MeetingReportIndexPage(title="Comptes rendus", slug="comptes-rendus"))
    catalogue = admin_client.get("/admin/localize/jsi18n/", HTTP_ACCEPT_LANGUAGE="fr").content.decode()
    assert '"Publish in ": "Publier en "' in catalogue  # "Publier dansAnglais" before
    # the section heading wagtail-localize writes in English, rewritten by translations/js/editor-heading.js
    assert '"%(source)s to %(target)s translation": "Traduction %(source)s \\u2192 %(target)s"' in catalogue
    dashboard = admin_client.get("/admin/", HTTP_ACCEPT_LANGUAGE="fr").content.decode()
    assert "Importer un CR" in dashboard  # fits the sidebar ("Importer un compt…" before)


def test_countries_are_a_filtered_choice_that_shows_the_saved_ones_chosen(admin_client, home_fr):
    index = factories.add_child(home_fr, TestimonyIndexPage(title="Témoignages", slug="temoignages"))
    testimony = factories.testimony(index)  # Mali
    html = admin_client.get(f"/admin/pages/{testimony.pk}/edit/", HTTP_ACCEPT_LANGUAGE="fr").content.decode()
    select = re.search(r'<select name="countries".*?</select>', html, re.S).group(0)
    assert 'class="selectfilter"' in select and 'data-field-name="pays"' in select
    assert re.findall(r'<option value="(\w+)" selected>', select) == ["ML"]  # none with django-countries 8.0
    catalogue_url = reverse("core_admin_widgets_catalog")
    assert f'src="{catalogue_url}"' in html
    catalogue = admin_client.get(catalogue_url, HTTP_ACCEPT_LANGUAGE="fr").content.decode()
    assert '"Filter": "Filtrer"' in catalogue and '"Choose all %s": "Choisir toutes les valeurs' in catalogue
