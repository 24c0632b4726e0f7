"""Staff reports: the most frequent queries and the queries that found nothing, in the Wagtail admin."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits
from wagtail.users.models import UserProfile

from search.querylog.log import record
from search.querylog.models import NoResultDailyHits


@pytest.fixture
def search_editor(db):
    """A search_editor member who manages promoted results (and may use the admin)."""
    group = Group.objects.create(name="Search editors")
    group.permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="add_searchpromotion"),
    )
    user = get_user_model().objects.create_user("search-editor", password="x", is_staff=True)
    user.groups.add(group)
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"  # the admin in English: headings below are the English ones
    profile.save()
    return user


@pytest.fixture
def searches(db):
    for _ in range(3):
        record("jumelage", found=True)
    record("Réunion", found=False)
    record("réunion", found=False)
    record("koutiala", found=True)
    old = Query.get("ancien")
    long_ago = timezone.localdate() - datetime.timedelta(days=60)
    QueryDailyHits.objects.create(query=old, date=long_ago, hits=5)
    NoResultDailyHits.objects.create(query=old, date=long_ago, hits=5)


def rows(response):
    return [(row.query_string, row.searches, row.no_results) for row in response.context["object_list"]]


def test_frequent_searches_report(client, search_editor, searches):
    client.force_login(search_editor)
    response = client.get("/admin/reports/searches/")
    assert response.status_code == 200
    assert rows(response) == [("ancien", 5, 5), ("jumelage", 3, 0), ("réunion", 2, 2), ("koutiala", 1, 0)]
    recent = client.get("/admin/reports/searches/", {"period": "30"})
    assert [row[0] for row in rows(recent)] == ["jumelage", "réunion", "koutiala"]


def test_searches_without_results_report(client, search_editor, searches):
    client.force_login(search_editor)
    response = client.get("/admin/reports/searches-without-results/", {"period": "7"})
    assert response.status_code == 200
    assert rows(response) == [("réunion", 2, 2)]


def test_reports_export_as_csv(client, search_editor, searches):
    client.force_login(search_editor)
    response = client.get("/admin/reports/searches/", {"export": "csv", "period": "30"})
    assert response.status_code == 200
    lines = b"".join(response.streaming_content).decode().splitlines()
    assert lines[0] == "Requête,Recherches,Recherches sans résultat"  # the admin speaks French by default
    assert lines[1] == "jumelage,3,0"


def test_reports_are_for_staff_who_manage_promotions(client, searches):
    editor = get_user_model().objects.create_user("editor", password="x", is_staff=True)
    editor.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(editor)
    assert client.get("/admin/reports/searches/").status_code in (302, 403)
    assert b"/admin/reports/searches/" not in client.get("/admin/").content


def test_reports_are_in_the_reports_menu(client, search_editor):
    client.force_login(search_editor)
    html = client.get("/admin/").content.decode()
    assert "/admin/reports/searches/" in html and "/admin/reports/searches-without-results/" in html


def test_reports_speak_french_to_french_staff(client, search_editor, searches):
    profile = UserProfile.get_for_user(search_editor)
    profile.preferred_language = "fr"
    profile.save()
    client.force_login(search_editor)
    html = client.get("/admin/reports/searches-without-results/").content.decode()
    assert "Recherches sans résultat" in html and "Requête" in html
