"""The basic search page: live pages of the reader's language, restrictions respected, any input answered."""

import pytest
from django.contrib.auth.models import Group, User
from wagtail.models import PageViewRestriction

from tests import factories
from tests.test_page_types import translate_page


@pytest.fixture
def tree(home_fr):
    return factories.site_tree(home_fr)


def result_titles(client, url, query):
    response = client.get(url, {"query": query})
    assert response.status_code == 200
    return [page.title for page in response.context["search_results"]]


@pytest.mark.django_db
def test_finds_live_pages_by_words_of_their_body(client, tree):
    assert "Témoignage 0" in result_titles(client, "/fr/search/", "partenariat")
    assert "Loi 0" in result_titles(client, "/fr/search/", "budgets")


@pytest.mark.django_db
def test_leaves_out_drafts_and_other_languages(client, tree, locale_en):
    draft = tree["TestimonyPage"]
    draft.unpublish()
    assert "Témoignage 0" not in result_titles(client, "/fr/search/", "partenariat")
    english_home = translate_page(tree["HomePage"], locale_en)
    assert english_home.title not in result_titles(client, "/fr/search/", english_home.title)


@pytest.mark.django_db
def test_leaves_out_pages_the_reader_may_not_open(client, tree):
    section = tree["LegalFrameworkIndexPage"]
    restriction = PageViewRestriction.objects.create(page=section, restriction_type=PageViewRestriction.GROUPS)
    members = Group.objects.create(name="Members")
    restriction.groups.add(members)
    assert "Loi 0" not in result_titles(client, "/fr/search/", "budgets")

    outsider = User.objects.create_user("outsider", password="x")
    client.force_login(outsider)
    assert "Loi 0" not in result_titles(client, "/fr/search/", "budgets")

    member = User.objects.create_user("member", password="x")
    member.groups.add(members)
    client.force_login(member)
    assert "Loi 0" in result_titles(client, "/fr/search/", "budgets")


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query", ["", "   ", "a" * 10_000, '"unbalanced', "AND OR NOT", "-comité", "<script>x</script>", "\x00", "🤝"]
)
def test_any_query_gets_a_page_and_is_escaped(client, tree, query):
    response = client.get("/fr/search/", {"query": query, "page": "abc"})
    assert response.status_code == 200
    assert "<script>x</script>" not in response.content.decode()
