"""The note under a translated string in wagtail-localize's translation editor (“Traduit manuellement le
2 décembre 2026”) with its date in the admin's language.

wagtail-localize 1.14 (``StringTranslation.get_comment``) writes the date with ``strftime("%-d %B %Y")``: English
month names whatever the admin's language (“Traduit manuellement le 2 December 2026”, issue 14). ``connect()``,
called by the app's ``ready``, gives ``StringTranslation`` a ``get_comment`` with the same three messages
(wagtail-localize's msgids, so its own translations) and the date as “day month year” in the active language,
through Django's ``date_format`` (“2 décembre 2026”, “2 December 2026”), in the current time zone.
"""

from django.utils import formats, timezone
from django.utils.translation import gettext as _
from wagtail_localize.models import StringTranslation

DAY_MONTH_YEAR = "j F Y"


def get_comment(translation: StringTranslation) -> str:
    """How and when ``translation`` was made, in the active language; ``""`` for a translation of no known kind."""
    date = formats.date_format(timezone.localtime(translation.updated_at), DAY_MONTH_YEAR)
    if translation.tool_name:
        return _("Translated with {tool_name} on {date}").format(tool_name=translation.tool_name, date=date)
    if translation.translation_type == StringTranslation.TRANSLATION_TYPE_MANUAL:
        return _("Translated manually on {date}").format(date=date)
    if translation.translation_type == StringTranslation.TRANSLATION_TYPE_MACHINE:
        return _("Machine translated on {date}").format(date=date)
    return ""


def connect():
    StringTranslation.get_comment = get_comment
