"""Machine translation with DeepL (against a local stand-in of its API): glossary, success, and every failure."""

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse
from wagtail_localize.models import StringTranslation, TranslationSource

from home.models import ContentPage
from network_site.taxonomy.models import GlossaryTerm
from network_site.translations.translate import translate
from tests import factories

from .admin_actions import edit_props, edit_url, publish, submit, sync
from .deepl_stand_in import DeepLStandIn

pytestmark = pytest.mark.django_db

INTRO = "Le comité de jumelage anime le jumelage."


@pytest.fixture(scope="module")
def deepl_server():
    server = DeepLStandIn().start()
    yield server
    server.stop()


@pytest.fixture
def deepl(deepl_server, settings):
    """DeepL configured as in production (DEEPL_AUTH_KEY set), but at the stand-in's address."""
    deepl_server.requests.clear()
    deepl_server.glossaries.clear()

    def configure(key="good-key", timeout=2):
        settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
            "CLASS": "network_site.translations.machine_translation.DeepLTranslator",
            "OPTIONS": {"AUTH_KEY": key, "API_URL": deepl_server.url, "TIMEOUT": timeout},
        }

    configure()
    deepl_server.configure = configure
    return deepl_server


@pytest.fixture
def glossary(fr, en):
    for french, english in [("jumelage", "twinning"), ("comité de jumelage", "twinning committee")]:
        term = GlossaryTerm.objects.create(locale=fr, term=french)
        translate(term, en, {french: english})


@pytest.fixture
def translation(admin_client, home_fr, en, on_commit, glossary):
    page = factories.add_child(
        home_fr,
        ContentPage(
            title="Les jumelages",
            slug="jumelages",
            intro=INTRO,
            body=[("paragraph", "<p>Un comité de jumelage par ville.</p>")],
        ),
    )
    return submit(admin_client, page, en, on_commit)


def machine_translate(client, translation):
    next_url = edit_url(translation.get_target_instance())
    response = client.post(reverse("wagtail_localize:machine_translate", args=[translation.pk]), {"next": next_url})
    assert response.status_code == 302 and response["Location"] == next_url
    messages = [(message.level_tag, str(message)) for message in get_messages(response.wsgi_request)]
    return messages[-1:]  # earlier ones (e.g. "submitted for translation") were not displayed yet


def machine_strings(translation):
    return StringTranslation.objects.filter(locale=translation.target_locale, translation_type="machine")


def test_without_a_key_no_machine_translation_is_offered(admin_client, translation, settings):
    if hasattr(settings, "WAGTAILLOCALIZE_MACHINE_TRANSLATOR"):
        del settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR
    assert edit_props(admin_client, translation)["machineTranslator"] is None
    page = translation.source.get_source_instance()
    form = admin_client.get(reverse("wagtail_localize:update_translations", args=[translation.source.pk])).context[
        "form"
    ]
    assert "use_machine_translation" not in form.fields
    assert page.live


def test_machine_translation_with_the_glossary(admin_client, translation, deepl, on_commit):
    assert edit_props(admin_client, translation)["machineTranslator"]["name"] == "DeepL"

    ((level, message),) = machine_translate(admin_client, translation)
    assert level == "success" and "DeepL" in message

    # The network's glossary went to DeepL first, then the strings, into British English.
    (created,) = deepl.calls("POST", "/v2/glossaries")
    assert (created["source_lang"], created["target_lang"]) == (["fr"], ["en"])
    assert created["entries"] == ["comité de jumelage\ttwinning committee\njumelage\ttwinning"]
    (call,) = deepl.calls("POST", "/v2/translate")
    assert call["source_lang"] == ["FR"] and call["target_lang"] == ["EN-GB"]
    assert call["glossary_id"] == [next(iter(deepl.glossaries))]

    assert machine_strings(translation).filter(tool_name="DeepL").exists()
    english = publish(admin_client, translation, on_commit)
    assert english.intro == "[EN-GB] Le twinning committee anime le twinning."
    assert "[EN-GB] Un twinning committee par ville." in str(english.body)

    # The same glossary is used again; a changed glossary replaces it.
    StringTranslation.objects.filter(locale=translation.target_locale).delete()
    machine_translate(admin_client, translation)
    assert len(deepl.calls("POST", "/v2/glossaries")) == 1
    term = GlossaryTerm.objects.create(locale=translation.source.locale, term="ville")
    translate(term, translation.target_locale, {"ville": "town"})
    StringTranslation.objects.filter(locale=translation.target_locale, translation_type="machine").delete()
    machine_translate(admin_client, translation)
    assert len(deepl.calls("POST", "/v2/glossaries")) == 2
    assert len(deepl.glossaries) == 1  # the old one was deleted
    assert "[EN-GB] Un twinning committee par town." in str(machine_strings(translation).values_list("data", flat=True))


@pytest.mark.parametrize(
    ("key", "message"),
    [
        ("bad-key", "DeepL a refusé la clé d'authentification."),
        ("quota-key", "Le quota de traduction DeepL est épuisé pour cette période."),
        ("slow-key", "DeepL n'a pas répondu à temps."),
    ],
)
def test_deepl_errors_are_shown_in_the_editor_not_a_server_error(admin_client, translation, deepl, key, message):
    deepl.configure(key=key, timeout=1)
    messages = machine_translate(admin_client, translation)
    assert messages[0][0] == "error" and messages[0][1].startswith(message), messages
    assert not machine_strings(translation).exists()


def test_deepl_unreachable(admin_client, translation, deepl, settings):
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR["OPTIONS"]["API_URL"] = "http://127.0.0.1:9"  # nothing listens
    messages = machine_translate(admin_client, translation)
    assert messages == [("error", "DeepL est injoignable. Réessayez plus tard.")]


def test_a_sync_with_machine_translation_that_fails_changes_nothing(admin_client, translation, deepl, on_commit):
    page = translation.source.get_source_instance()
    page.intro = "Le jumelage de deux villes."
    page.save_revision().publish()
    source_before = TranslationSource.objects.get(pk=translation.source.pk).last_updated_at

    deepl.configure(key="quota-key")
    response = sync(admin_client, page, on_commit, machine=True)
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtail_localize:update_translations", args=[translation.source.pk])
    message = list(get_messages(response.wsgi_request))[-1]
    assert message.level_tag == "error" and "Rien n'a été modifié" in str(message)
    assert TranslationSource.objects.get(pk=translation.source.pk).last_updated_at == source_before
    assert translation.get_target_instance().specific.intro == INTRO

    deepl.configure(key="good-key")
    assert sync(admin_client, page, on_commit, machine=True).status_code == 302
    assert translation.get_target_instance().specific.intro == "[EN-GB] Le twinning de deux villes."
