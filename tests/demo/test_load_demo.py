"""``manage.py load_demo``: French demo content, its English translations (wagtail-localize) and demo accounts."""

import datetime
import io
from zoneinfo import ZoneInfo

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Locale, Page, Revision
from wagtail.users.models import UserProfile
from wagtail_localize.models import MissingTranslationError, StringTranslation, Translation, TranslationSource

from cases.models import LegalFrameworkIndexPage, LegalTextPage, TestimonyIndexPage, TestimonyPage
from events.models import EventIndexPage, EventPage, MeetingReportIndexPage, MeetingReportPage
from home.models import ContentPage, GlossaryPage, HomePage
from network_site.demo import loader
from network_site.taxonomy.models import GlossaryTerm, Organisation, Partnership, Theme
from network_site.translations.translate import translate
from tests.building import build_once

pytestmark = pytest.mark.django_db

PAGE_MODELS = loader.DEMO_PAGE_MODELS
SNIPPET_MODELS = loader.DEMO_SNIPPET_MODELS
PARIS = ZoneInfo("Europe/Paris")


def load_demo():
    out = io.StringIO()
    call_command("load_demo", stdout=out)
    return out.getvalue()


def counts():
    User = get_user_model()
    models = [Page, *PAGE_MODELS, *SNIPPET_MODELS, User, Group, Translation, TranslationSource, Revision]
    return {model.__name__: model.objects.count() for model in models}


# The output of ``load_demo``, loaded once for the module (it takes seconds); each test runs in a savepoint.
demo = build_once(load_demo)


def test_every_french_page_and_snippet_has_its_english_translation(demo, fr, en):
    for model in PAGE_MODELS + SNIPPET_MODELS:
        n_fr = model.objects.filter(locale=fr).count()
        assert n_fr > 0, model
        assert model.objects.filter(locale=en).count() == n_fr, model

    assert TestimonyPage.objects.filter(locale=fr).count() >= 6
    assert LegalTextPage.objects.filter(locale=fr).count() == 5
    assert EventPage.objects.filter(locale=fr).count() >= 5
    assert Theme.objects.filter(locale=fr).count() >= 8
    assert Organisation.objects.filter(locale=fr).count() >= 20

    for page in Page.objects.filter(locale=fr, depth__gt=1):
        assert page.live and not page.has_unpublished_changes, page
        english = page.get_translation(en)
        assert english.live and not english.has_unpublished_changes, english
        if english.alias_of_id is None:  # translated (some meeting reports stay French: an alias in English)
            assert english.title != page.title or english.title in {"Culture", "Agenda"}, english

    home_en = HomePage.objects.get(locale=en)
    assert home_en.title == "Home"
    assert home_en.intro.startswith("Horizons Solidaires brings together")
    assert Page.find_problems() == ([], [], [], [], [])


def test_sections_have_the_expected_slugs_and_titles(demo, fr, en):
    home = HomePage.objects.get(locale=fr)
    expected = {
        "temoignages": (TestimonyIndexPage, "Testimonies"),
        "cadre-juridique": (LegalFrameworkIndexPage, "Legal framework"),
        "agenda": (EventIndexPage, "Events"),
        "comptes-rendus": (MeetingReportIndexPage, "Meeting reports"),
        "le-reseau": (ContentPage, "About the network"),
    }
    for slug, (model, english_title) in expected.items():
        section = Page.objects.child_of(home).get(slug=slug).specific
        assert isinstance(section, model)
        assert section.get_translation(en).title == english_title
    assert Organisation.objects.filter(locale=fr, name="Ville d'Alençon").exists()


def test_running_twice_leaves_the_same_objects(demo):
    before = counts()
    load_demo()
    assert counts() == before  # same pages, snippets, users, translations; no new revisions


def test_english_pages_link_to_english_snippets(demo, en):
    testimonies = TestimonyPage.objects.filter(locale=en)
    assert testimonies.exists()
    for page in testimonies:
        assert page.french_authority.locale == en, page
        assert all(link.organisation.locale == en for link in page.partners.all()), page
        assert all(link.theme.locale == en for link in page.themes.all()), page

    kaya = TestimonyPage.objects.get(locale=en, slug="chatellerault-kaya")
    assert kaya.french_authority.name == "City of Châtellerault"
    assert [link.organisation.name for link in kaya.partners.all()] == ["Municipality of Kaya"]
    assert kaya.relationship_model == TestimonyPage.Relationship.PROGRAMME
    assert kaya.start_year == 1976
    assert [country.code for country in kaya.countries] == ["BF"]

    meeting = EventPage.objects.get(locale=en, slug="local-authorities-twinning-committees-meeting")
    assert meeting.organiser.locale == en
    speakers = [link.person for link in meeting.speakers.all()]
    assert len(speakers) == 5
    assert all(person.locale == en and person.organisation.locale == en for person in speakers)
    assert meeting.attendees.count() >= 15
    assert all(link.organisation.locale == en for link in meeting.attendees.all())


def test_translations_are_made_and_kept_synced_by_wagtail_localize(demo, fr, en):
    sources = TranslationSource.objects.filter(locale=fr)
    n_objects = sum(model.objects.filter(locale=fr).count() for model in SNIPPET_MODELS)
    n_objects += Page.objects.filter(locale=fr, depth__gt=1).count()
    n_objects -= Page.objects.filter(locale=en, alias_of__isnull=False).count()  # French only
    assert sources.count() == n_objects

    translations = Translation.objects.filter(source__in=sources, target_locale=en)
    assert translations.count() == n_objects
    assert not translations.filter(enabled=False).exists()  # synced, not "stop synced"

    assert StringTranslation.objects.filter(locale=en, translation_type="manual").exists()
    assert not StringTranslation.objects.filter(locale=en, has_error=True).exists()

    oudin_fr = LegalTextPage.objects.get(locale=fr, slug="loi-oudin-santini")
    translation = Translation.objects.get(source=TranslationSource.objects.get_for_instance(oudin_fr))
    assert translation.get_target_instance().specific.slug == "oudin-santini-act"


def test_oudin_santini_law(demo, fr, en):
    law = LegalTextPage.objects.get(locale=fr, short_name="Loi Oudin-Santini")
    assert law.official_reference == "Loi n° 2005-95"
    assert law.date == datetime.date(2005, 2, 9)
    assert law.official_url == "https://www.legifrance.gouv.fr/eli/loi/2005/2/9/2005-95/jo/texte"
    assert "L1115-1-1" in law.code_articles
    assert "1 %" in law.allows

    english = law.get_translation(en)
    assert "Oudin" in english.short_name
    # Synchronised fields: the official title and reference are the French ones.
    assert english.official_title == law.official_title
    assert english.official_reference == law.official_reference

    assert LegalTextPage.objects.filter(locale=fr, short_name__icontains="Oudin").count() == 1
    assert LegalTextPage.objects.filter(locale=en, short_name__icontains="Oudin").count() == 1


def test_events_dates(demo, fr, en):
    meeting = EventPage.objects.get(locale=fr, slug="rencontre-collectivites-comites-de-jumelage")
    assert meeting.start == datetime.datetime(2010, 4, 18, 9, 30, tzinfo=PARIS)
    assert meeting.agenda[0].value["time"] == datetime.time(9, 30)

    local_authorities = EventPage.objects.get(locale=fr, slug="rencontre-collectivites-juin-2010")
    assert local_authorities.start == datetime.datetime(2010, 6, 15, 14, 0, tzinfo=PARIS)
    assert "Neuve Bourg l'Abbé" in local_authorities.address

    assert EventPage.objects.filter(locale=fr, start__isnull=True).count() == 2
    for locale in (fr, en):
        assert EventPage.objects.live().filter(locale=locale, start__gte=timezone.now()).exists()


@pytest.mark.parametrize(
    ("username", "password"),
    [
        (loader.STAFF_USERNAME, loader.STAFF_PASSWORD),
        (loader.EDITOR_USERNAME, loader.EDITOR_PASSWORD),
        (loader.MODERATOR_USERNAME, loader.MODERATOR_PASSWORD),
        (loader.MEMBER_USERNAME, loader.MEMBER_PASSWORD),
        (loader.PARTNER_USERNAME, loader.PARTNER_PASSWORD),
    ],
)
def test_demo_accounts_can_log_in(demo, client, username, password):
    assert client.login(username=username, password=password)
    assert password in demo  # the command prints the logins


def test_staff_can_open_the_admin_and_members_cannot(demo, client):
    staff = get_user_model().objects.get(username=loader.STAFF_USERNAME)
    assert set(staff.groups.values_list("name", flat=True)) == {"Editors", "Moderators"}
    assert UserProfile.get_for_user(staff).preferred_language == "fr"

    client.login(username=loader.STAFF_USERNAME, password=loader.STAFF_PASSWORD)
    assert client.get("/admin/").status_code == 200

    client.logout()
    client.login(username=loader.MEMBER_USERNAME, password=loader.MEMBER_PASSWORD)
    assert client.get("/admin/").status_code == 302
    member = get_user_model().objects.get(username=loader.MEMBER_USERNAME)
    assert list(member.groups.values_list("name", flat=True)) == ["Members"]


def test_passwords_are_reset_on_each_run(demo, client):
    staff = get_user_model().objects.get(username=loader.STAFF_USERNAME)
    staff.set_password("something-else-entirely")
    staff.save()
    load_demo()
    assert client.login(username=loader.STAFF_USERNAME, password=loader.STAFF_PASSWORD)


def test_no_demo_accounts_unless_enabled(demo, settings):
    demo_usernames = [account["username"] for account in loader.DEMO_ACCOUNTS]
    get_user_model().objects.filter(username__in=demo_usernames).delete()
    settings.DEMO_ACCOUNTS = False
    out = load_demo()
    assert not get_user_model().objects.filter(username__in=demo_usernames).exists()
    assert loader.STAFF_PASSWORD not in out


def test_translate_raises_on_a_missing_string(fr, en):
    theme = Theme.objects.create(locale=fr, name="Sport", description="Clubs et tournois.")
    with pytest.raises(MissingTranslationError):
        translate(theme, en, {"Sport": "Sport"})
    assert not Theme.objects.filter(locale=en, translation_key=theme.translation_key).exists()

    english = translate(theme, en, {"Sport": "Sport", "Clubs et tournois.": "Clubs and tournaments."})
    assert english.locale == en and english.translation_key == theme.translation_key
    assert english.description == "Clubs and tournaments."

    theme.description = "Clubs, tournois et rencontres."
    theme.save()
    english = translate(theme, "en", {"Clubs, tournois et rencontres.": "Clubs, tournaments and matches."})
    assert english.description == "Clubs, tournaments and matches."
    assert Theme.objects.filter(locale=en, translation_key=theme.translation_key).count() == 1


def test_organisations_created_by_the_report_importer_are_reused(demo, fr):
    """The importer may have created organisations under the report's spellings: they are renamed, not doubled."""
    alencon = Organisation.objects.get(locale=fr, name="Ville d'Alençon")
    alencon.name = "Villed'Alençon"
    alencon.save()
    caen_portsmouth = Organisation.objects.get(locale=fr, name="Comité de jumelage Caen-Portsmouth")
    caen_portsmouth.name = "Comité de jumelage Caen-Porsmouth"
    caen_portsmouth.save()
    n_organisations = Organisation.objects.count()

    load_demo()

    assert Organisation.objects.count() == n_organisations
    assert Organisation.objects.get(pk=alencon.pk).name == "Ville d'Alençon"
    assert Organisation.objects.get(pk=caen_portsmouth.pk).name == "Comité de jumelage Caen-Portsmouth"


def test_demo_roles_and_what_each_account_may_open(demo, client):
    """The demo is private but for its landing and legal pages, in both languages (docs/access.md)."""
    User = get_user_model()
    assert list(User.objects.get(username=loader.EDITOR_USERNAME).groups.values_list("name", flat=True)) == ["Editors"]
    moderator = User.objects.get(username=loader.MODERATOR_USERNAME)
    assert list(moderator.groups.values_list("name", flat=True)) == ["Moderators"]

    oudin = LegalTextPage.objects.get(locale__language_code="fr", slug="loi-oudin-santini")
    english_oudin = oudin.get_translation(Locale.objects.get(language_code="en"))
    testimony = TestimonyPage.objects.filter(locale__language_code="en").first()
    for url in ("/fr/", "/en/", oudin.url, english_oudin.url, oudin.get_parent().url, english_oudin.get_parent().url):
        assert client.get(url).status_code == 200, url
    assert client.get(testimony.url).status_code == 302
    assert client.get(MeetingReportIndexPage.objects.get(locale__language_code="en").url).status_code == 302

    client.login(username=loader.PARTNER_USERNAME, password=loader.PARTNER_PASSWORD)
    assert client.get(testimony.url).status_code == 200
    assert client.get(MeetingReportIndexPage.objects.get(locale__language_code="fr").url).status_code == 403
    client.login(username=loader.MEMBER_USERNAME, password=loader.MEMBER_PASSWORD)
    assert client.get(MeetingReportIndexPage.objects.get(locale__language_code="fr").url).status_code == 200


def test_the_glossary_is_seeded_and_translated(demo, fr, en):
    from network_site.taxonomy.glossary import expand_query

    agreed = {
        "jumelage": "twinning",
        "comité de jumelage": "twinning committee",
        "coopération décentralisée": "decentralised cooperation",
        "collectivité territoriale": "local authority",
        "maîtrise d'ouvrage": "project ownership",
    }
    for french, english in agreed.items():
        term = GlossaryTerm.objects.get(locale=fr, term=french)
        assert GlossaryTerm.objects.get(locale=en, translation_key=term.translation_key).term == english
    assert GlossaryPage.objects.get(locale=en).title == "Glossary"
    assert expand_query("twinning committee", "en") == ["comité de jumelage"]


def test_the_archive_holds_the_networks_reports_over_the_years(demo, fr, en, client):
    reports = MeetingReportPage.objects.live().filter(locale=fr)
    assert reports.count() >= 10
    assert len({report.date.year for report in reports}) >= 5
    for report in reports:
        assert report.place and report.context and report.agenda and report.key_points, report
        assert report.attendees.count() >= 3 and report.next_meetings, report
        assert report.event is not None and report.event.themes.exists(), report
    english = [report.get_translation(en) for report in reports]
    translated = [report for report in english if report.alias_of_id is None]
    assert 3 <= len(translated) < len(english)  # English translations for some
    assert all(all(link.organisation.locale == en for link in report.attendees.all()) for report in translated)

    assert client.login(username=loader.MEMBER_USERNAME, password=loader.MEMBER_PASSWORD)
    archive = MeetingReportIndexPage.objects.get(locale=fr)
    html = client.get(archive.url, {"year": 2022}).content.decode()
    assert "2 comptes rendus" in html and "Assemblée générale 2022 du réseau" in html
    health = Theme.objects.get(locale=en, name="Health")
    html = client.get(archive.get_translation(en).url, {"theme": health.pk}).content.decode()
    assert "1 report" in html and "<li>Health</li>" in html


def test_the_partnerships_of_the_testimonies_are_in_the_directory(demo, fr, en, member_client):
    alencon = Partnership.objects.get(locale=fr, name="Alençon – Koutiala")
    assert (alencon.since, alencon.status, alencon.french_actor.name) == (1970, "active", "Ville d'Alençon")
    assert [link.organisation.name for link in alencon.partners.all()] == ["Ville de Koutiala"]
    english = alencon.get_translation(en)
    assert english.french_actor.locale == en and english.partners.get().organisation.locale == en
    testimony = TestimonyPage.objects.get(locale=fr, slug="alencon-koutiala")
    assert [link.partnership for link in testimony.partnerships.all()] == [alencon]
    herouville = TestimonyPage.objects.get(locale=fr, slug="herouville-saint-clair")
    assert herouville.partnerships.count() == 2
    assert member_client.get("/fr/annuaire/").status_code == 200
    assert member_client.get("/en/directory/").status_code == 200


def test_the_organisations_towns_have_their_coordinates_in_both_languages(demo, fr, en):
    alencon = Organisation.objects.get(locale=fr, name="Ville d'Alençon")
    assert (float(alencon.latitude), float(alencon.longitude)) == (48.43476, 0.09311)
    assert alencon.get_translation(en).latitude == alencon.latitude
    tikhvin = Organisation.objects.get(locale=en, name="Town of Tikhvin")
    assert round(tikhvin.latitude) == 60 and round(tikhvin.longitude) == 34  # “Tikhvine”: an alternate name
    with_a_town = Organisation.objects.filter(locale=fr).exclude(town="")
    # Only the two villages GeoNames does not list (Agnam in Senegal, Afhir in Morocco) stay off the map.
    assert set(with_a_town.filter(latitude__isnull=True).values_list("town", flat=True)) == {"Agnam", "Afhir"}
    assert not Organisation.objects.filter(locale=fr, town="", latitude__isnull=False).exists()
