"""Each kind shows its own date, in the reader's language, and never the day it was published (today here)."""

import pytest
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import override

from tests import factories
from tests.test_page_types import translate_page

pytestmark = pytest.mark.django_db

# kind → (French text, English text) that its page or listing must show
OWN_DATES = {
    "LegalFrameworkIndexPage": ("6 février 1992", "6 February 1992"),  # a law's date (factories.site_tree)
    "LegalTextPage": ("1992", "1992"),
    "TestimonyIndexPage": ("depuis 1970", "since 1970"),  # a partnership's start year
    "TestimonyPage": ("1970", "1970"),
    "MeetingReportIndexPage": ("18 avril 2010", "April 18, 2010"),  # a meeting's day
    "MeetingReportPage": ("18 avril 2010", "18 April 2010"),
}


def today_in(language):
    with override(language):
        return [date_format(timezone.localdate(), fmt) for fmt in ("j F Y", "DATE_FORMAT", "SHORT_DATE_FORMAT")]


def test_each_kind_shows_its_own_date_in_the_readers_language_and_not_today(member_client, home_fr, en):
    tree = factories.site_tree(home_fr)
    translations = {name: translate_page(page, en) for name, page in tree.items()}  # parents first
    for name, page in tree.items():
        french = member_client.get(page.url).content.decode()
        english = member_client.get(translations[name].url).content.decode()
        if name in OWN_DATES:
            assert OWN_DATES[name][0] in french, name
            assert OWN_DATES[name][1] in english, name
        for day in today_in("fr"):
            assert day not in french, (name, day)
        for day in today_in("en"):
            assert day not in english, (name, day)
