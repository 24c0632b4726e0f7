"""Search shows only what the person may open: live pages whose restrictions they pass, documents likewise.

Four people (anonymous, a member, a partner, a staff member) search for one
word, “zanzibar”, that only the pages and documents built here contain. The
pages sit in the public legal framework section, so that the restrictions
that count are the ones each test sets (``PageViewRestriction``,
``CollectionViewRestriction``), whatever the site's default policy.
"""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from cases.models import LegalFrameworkIndexPage, LegalTextPage
from tests.factories import add_child

WORD = "zanzibar"
PEOPLE = ("anonymous", "member", "partner", "staff")


def law(parent, name, allows=f"<p>Texte publié {WORD}.</p>", publish=True, **fields):
    page = LegalTextPage(
        title=name,
        short_name=name,
        official_title="Texte d'essai",
        official_reference="Loi n° 0000-0",
        date=datetime.date(2000, 1, 1),
        allows=allows,
        **fields,
    )
    if publish:
        return add_child(parent, page)
    page.live = False  # a draft, as the admin makes it: a page and a revision, never published
    parent.add_child(instance=page)
    page.save_revision()
    return page


def restrict(page, kind, groups=(), password=""):
    restriction = PageViewRestriction.objects.create(page=page, restriction_type=kind, password=password)
    restriction.groups.set(groups)
    return restriction


def document(title, collection, page=None, text=f"Pièce jointe {WORD}."):
    """A document with ``text`` in ``collection``, linked from ``page``'s body when given."""
    doc = get_document_model().objects.create(
        title=title, file=ContentFile(text.encode(), name="piece.txt"), collection=collection, text=text
    )
    if page is not None:
        page.body = [*page.body.raw_data, {"type": "document_link", "value": {"document": doc.pk, "title": ""}}]
        page.save_revision().publish()
    return doc


@pytest.fixture
def groups(db):
    return {
        name: Group.objects.get_or_create(name=name)[0] for name in ("Members", "Partners", "Editors", "Moderators")
    }


@pytest.fixture
def people(groups):
    User = get_user_model()
    member = User.objects.create_user("search-member", password="x")
    member.groups.add(groups["Members"])
    partner = User.objects.create_user("search-partner", password="x")
    partner.groups.add(groups["Partners"])
    staff = User.objects.create_user("search-staff", password="x", is_staff=True)
    staff.groups.add(groups["Editors"], groups["Moderators"])
    return {"anonymous": None, "member": member, "partner": partner, "staff": staff}


@pytest.fixture
def section(home_fr):
    return add_child(home_fr, LegalFrameworkIndexPage(title="Cadre juridique", slug="cadre-juridique"))


def found(client, user, query=WORD, **params):
    """Names of the results ``user`` gets for ``query``, and the response's type facet counts."""
    client.logout()
    if user is not None:
        client.force_login(user)
    response = client.get("/fr/search/", {"query": query, **params})
    assert response.status_code == 200
    names = [result.name for result in response.context["results"]]
    counts = {
        value.value: value.count
        for facet in response.context["facets"]
        if facet.name == "type"
        for value in facet.values
    }
    return names, counts


def visible_to(client, people, name):
    return {who for who in PEOPLE if name in found(client, people[who])[0]}


@pytest.mark.django_db
def test_restricted_pages_only_for_those_who_pass(client, people, groups, section):
    law(section, "Zanzibar public")
    restrict(law(section, "Zanzibar login"), PageViewRestriction.LOGIN)
    restrict(law(section, "Zanzibar partenaires"), PageViewRestriction.GROUPS, [groups["Partners"]])
    restrict(law(section, "Zanzibar mot de passe"), PageViewRestriction.PASSWORD, password="secret")

    assert visible_to(client, people, "Zanzibar public") == set(PEOPLE)
    assert visible_to(client, people, "Zanzibar login") == {"member", "partner", "staff"}
    assert visible_to(client, people, "Zanzibar partenaires") == {"partner"}
    assert visible_to(client, people, "Zanzibar mot de passe") == set()


@pytest.mark.django_db
def test_restrictions_cover_the_subtree(client, people, groups, section):
    restrict(section, PageViewRestriction.GROUPS, [groups["Members"]])
    law(section, "Zanzibar sous restriction")
    assert visible_to(client, people, "Zanzibar sous restriction") == {"member"}


@pytest.mark.django_db
def test_a_password_restriction_hides_pages_even_after_the_password_was_given(client, people, section):
    page = law(section, "Zanzibar protégé")
    restriction = restrict(page, PageViewRestriction.PASSWORD, password="secret")
    client.force_login(people["member"])
    session = client.session
    session[restriction.passed_view_restrictions_session_key] = [restriction.pk]
    session.save()
    response = client.get("/fr/search/", {"query": WORD})
    assert "Zanzibar protégé" not in [result.name for result in response.context["results"]]


@pytest.mark.django_db
def test_unpublished_drafts_scheduled_and_expired_pages_are_never_found(client, people, section):
    law(section, "Zanzibar brouillon", publish=False)
    law(section, "Zanzibar retiré").unpublish()
    scheduled = law(
        section, "Zanzibar programmé", publish=False, go_live_at=timezone.now() + datetime.timedelta(days=3)
    )
    scheduled.save_revision().publish()
    scheduled.refresh_from_db()
    assert not scheduled.live  # Wagtail keeps it for later
    expired = law(section, "Zanzibar expiré")
    LegalTextPage.objects.filter(pk=expired.pk).update(expire_at=timezone.now() - datetime.timedelta(hours=1))
    law(section, "Zanzibar en ligne")

    for who in PEOPLE:
        assert found(client, people[who])[0] == ["Zanzibar en ligne"], who


@pytest.mark.django_db
def test_a_live_page_with_a_newer_draft_is_found_by_its_live_text_only(client, people, section):
    page = law(section, "Zanzibar révisé", allows="<p>Version en ligne baobab.</p>")
    page.allows = "<p>Version de travail mangrove.</p>"
    page.title = "Zanzibar titre de travail"
    page.save_revision()  # a draft: not published

    for who in PEOPLE:
        assert found(client, people[who], "baobab")[0] == ["Zanzibar révisé"], who
        assert found(client, people[who], "mangrove")[0] == [], who
        assert found(client, people[who], "travail")[0] == [], who


@pytest.mark.django_db
def test_documents_follow_their_collection_and_the_pages_that_use_them(client, people, groups, section):
    page = law(section, "Loi publique", allows="<p>Rien à signaler.</p>")
    root = Collection.get_first_root_node()
    private = root.add_child(name="Réservé aux partenaires")
    restriction = CollectionViewRestriction.objects.create(
        collection=private, restriction_type=CollectionViewRestriction.GROUPS
    )
    restriction.groups.set([groups["Partners"]])
    document("Zanzibar pièce publique", root, page)
    document("Zanzibar pièce des partenaires", private, page)
    document("Zanzibar pièce orpheline", root)  # used by no page: staff only, never in search

    assert visible_to(client, people, "Zanzibar pièce publique") == set(PEOPLE)
    assert visible_to(client, people, "Zanzibar pièce des partenaires") == {"partner"}
    assert visible_to(client, people, "Zanzibar pièce orpheline") == set()


@pytest.mark.django_db
def test_a_document_used_only_by_pages_one_may_not_open_is_not_found(client, people, groups, section):
    page = law(section, "Loi réservée", allows="<p>Rien à signaler.</p>")
    restrict(page, PageViewRestriction.GROUPS, [groups["Partners"]])
    document("Zanzibar annexe", Collection.get_first_root_node(), page)
    assert visible_to(client, people, "Zanzibar annexe") == {"partner"}


@pytest.mark.django_db
def test_facet_counts_follow_the_same_rule(client, people, groups, section):
    law(section, "Zanzibar public")
    restrict(law(section, "Zanzibar partenaires"), PageViewRestriction.GROUPS, [groups["Partners"]])
    for who, expected in [("anonymous", 1), ("member", 1), ("partner", 2), ("staff", 1)]:
        names, counts = found(client, people[who])
        assert len(names) == expected and counts == {"legal-text": expected}, who


@pytest.mark.django_db
def test_a_superuser_passes_group_restrictions(client, groups, section):
    restrict(law(section, "Zanzibar partenaires"), PageViewRestriction.GROUPS, [groups["Partners"]])
    admin = get_user_model().objects.create_superuser("search-admin", password="x")
    assert found(client, admin)[0] == ["Zanzibar partenaires"]
