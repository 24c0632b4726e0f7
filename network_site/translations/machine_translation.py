"""Machine translation with DeepL, through wagtail-localize, with the network's glossary.

wagtail-localize's ``DeepLTranslator`` posts to a fixed DeepL address, sends
no glossary unless given glossary ids by hand, and lets any HTTP error or
timeout escape (a server error in the editor). This subclass:

- reads the API address from the ``API_URL`` option (``DEEPL_API_URL``;
  empty: DeepL Free for keys ending in ``:fx``, DeepL Pro otherwise);
- sends the glossary (``GlossaryTerm`` snippets, ``taxonomy.glossary``) as a
  DeepL glossary for the language pair: it reuses the DeepL glossary with the
  same entries (found by name, which carries a hash of the entries), or
  creates it and deletes the older ones it made for that pair;
- translates into British English (``EN-GB``): the network writes
  “decentralised”;
- turns every failure into ``MachineTranslationError`` with a message for the
  editor (``views`` shows it instead of an error page).

Settings (``network_site/settings/base.py``)::

    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "network_site.translations.machine_translation.DeepLTranslator",
        "OPTIONS": {"AUTH_KEY": "…", "API_URL": "", "TIMEOUT": 30},
    }
"""

import hashlib
import logging

import requests
from django.utils.translation import gettext as _
from wagtail_localize.machine_translators.deepl import DeepLTranslator as BaseDeepLTranslator
from wagtail_localize.machine_translators.deepl import language_code
from wagtail_localize.strings import StringValue

from network_site.taxonomy.glossary import glossary_pairs

logger = logging.getLogger(__name__)

GLOSSARY_NAME_PREFIX = "horizons-solidaires"
# Target language variants DeepL asks for; glossaries use the plain code ("EN").
TARGET_VARIANTS = {"EN": "EN-GB", "PT": "PT-PT"}


class MachineTranslationError(Exception):
    """DeepL could not translate; the message is for the editor."""


class DeepLTranslator(BaseDeepLTranslator):
    display_name = "DeepL"

    # -- addresses and requests

    def get_api_base(self) -> str:
        url = (self.options.get("API_URL") or "").rstrip("/")
        if url:
            return url.removesuffix("/v2")
        if self.options.get("AUTH_KEY", "").endswith(":fx"):
            return "https://api-free.deepl.com"
        return "https://api.deepl.com"

    def get_api_endpoint(self):
        return f"{self.get_api_base()}/v2/translate"

    def _request(self, method: str, path: str, **kwargs) -> requests.Response:
        try:
            response = requests.request(
                method,
                f"{self.get_api_base()}{path}",
                headers=self.get_headers(),
                timeout=int(self.options.get("TIMEOUT", 30)),
                **kwargs,
            )
        except requests.Timeout as error:
            raise MachineTranslationError(_("DeepL did not answer in time. Try again in a few minutes.")) from error
        except requests.RequestException as error:
            logger.warning("DeepL request failed: %s", error)
            raise MachineTranslationError(_("DeepL could not be reached. Try again later.")) from error
        if response.status_code >= 400:
            raise MachineTranslationError(self._error_message(response))
        return response

    @staticmethod
    def _error_message(response: requests.Response) -> str:
        status = response.status_code
        logger.warning("DeepL answered %s: %s", status, response.text[:500])
        if status in (401, 403):
            return _(
                "DeepL refused the authentication key. Ask the site administrator to check DEEPL_AUTH_KEY; "
                "meanwhile, translate by hand."
            )
        if status == 456:
            return _(
                "The DeepL translation quota is used up for this period. Translate by hand, or wait until the "
                "quota is renewed."
            )
        if status == 429:
            return _("DeepL received too many requests. Try again in a minute.")
        if status >= 500:
            return _("DeepL is unavailable at the moment (error %(status)s). Try again later.") % {"status": status}
        return _("DeepL could not translate this content (error %(status)s).") % {"status": status}

    # -- languages

    def target_language(self, target_locale) -> str:
        code = language_code(target_locale.language_code, is_target=True)
        return TARGET_VARIANTS.get(code, code)

    # -- glossary

    def glossary_id(self, source_locale, target_locale) -> str | None:
        """The id of the DeepL glossary holding the network's terms for this language pair (made if needed)."""
        if not self.options.get("GLOSSARY", True):
            return None
        pairs = glossary_pairs(source_locale.language_code, target_locale.language_code)
        if not pairs:
            return None
        source_lang = language_code(source_locale.language_code)
        target_lang = language_code(target_locale.language_code)
        entries = "\n".join(f"{_clean(source)}\t{_clean(target)}" for source, target in pairs)
        digest = hashlib.sha256(entries.encode()).hexdigest()[:16]
        prefix = f"{GLOSSARY_NAME_PREFIX} {source_lang}-{target_lang} "
        name = prefix + digest

        glossaries = _json(self._request("GET", "/v2/glossaries")).get("glossaries", [])
        found = None
        for glossary in glossaries:
            if glossary.get("name") == name:
                found = found or glossary
            elif str(glossary.get("name", "")).startswith(prefix):  # an older version of our glossary
                try:
                    self._request("DELETE", f"/v2/glossaries/{glossary.get('glossary_id')}")
                except MachineTranslationError:
                    logger.warning("Could not delete the old DeepL glossary %s", glossary.get("glossary_id"))
        if found:
            # Not ready: DeepL is still preparing it (translate without it this time rather than make another).
            return found.get("glossary_id") if found.get("ready", True) else None
        data = {
            "name": name,
            "source_lang": source_lang.lower(),
            "target_lang": target_lang.lower(),
            "entries": entries,
            "entries_format": "tsv",
        }
        created = _json(self._request("POST", "/v2/glossaries", data=data))
        if not created.get("ready", True):  # DeepL is still preparing it: translate without it this time
            logger.info("DeepL glossary %s is not ready yet", created.get("glossary_id"))
            return None
        return created.get("glossary_id")

    # -- translation

    def get_parameters(self, source_locale, target_locale, strings):
        parameters = super().get_parameters(source_locale, target_locale, strings)
        parameters["target_lang"] = self.target_language(target_locale)
        glossary_id = self.glossary_id(source_locale, target_locale)
        if glossary_id:
            parameters["glossary_id"] = glossary_id
        return parameters

    def translate(self, source_locale, target_locale, strings):
        strings = list(strings)
        if not strings:
            return {}
        parameters = self.get_parameters(source_locale, target_locale, strings)
        response = self._request("POST", "/v2/translate", data=parameters)
        try:
            translations = response.json()["translations"]
            if len(translations) != len(strings):
                raise ValueError(f"{len(translations)} translations for {len(strings)} strings")
            return {
                string: StringValue(translation["text"])
                for string, translation in zip(strings, translations, strict=True)
            }
        except (ValueError, KeyError, TypeError) as error:
            logger.warning("Unexpected DeepL answer: %s (%s)", response.text[:500], error)
            raise MachineTranslationError(_("DeepL sent an answer that could not be read. Try again later.")) from error


def _json(response: requests.Response) -> dict:
    try:
        data = response.json()
    except ValueError as error:
        logger.warning("Unexpected DeepL answer: %s", response.text[:500])
        raise MachineTranslationError(_("DeepL sent an answer that could not be read. Try again later.")) from error
    if not isinstance(data, dict):
        raise MachineTranslationError(_("DeepL sent an answer that could not be read. Try again later."))
    return data


def _clean(text: str) -> str:
    """A glossary entry on one line, without tabs (DeepL's TSV format)."""
    return " ".join(text.split())
