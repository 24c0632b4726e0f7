"""Fuzz test (issue 12, point 9): hostile input against every URL the site serves and every admin form staff use,
as each role: never a 5xx, and nothing stored from a form that was refused.

Staff forms get hostile values in the fields a person edits (``EDITABLE``), with the rest of the form as the
browser sends it. Derandomised and bounded (``max_examples``, no deadline) so that CI runs the same inputs each time, in about a
minute or two: PUBLIC_EXAMPLES + ADMIN_EXAMPLES hostile inputs in all (at least 500).
"""

import io
import urllib.parse

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.models import Page, Revision

from network_site.taxonomy.models import GlossaryTerm, Organisation, Person, Theme
from search.query import FACETS
from tests import factories

from .forms import post_form_fields

PUBLIC_EXAMPLES = 300
ADMIN_EXAMPLES = 200
# The fields a person fills in: hostile values go there. Hidden inputs are the admin's own widget state, written by
# its scripts (chooser and inline formset ids, rich text as Draftail JSON): garbage there is a 400 of the page
# editor, tested apart in test_hidden_inputs.py.
EDITABLE = {"text", "textarea", "select", "url", "email", "number", "date", "datetime-local", "search", "tel"}
ROLES = ["anonymous", "member", "partner", "editor", "moderator"]
STAFF = ["editor", "moderator"]

NASTY = [
    "",
    " ",
    "'; DROP TABLE wagtailcore_page; --",
    '" OR 1=1 --',
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "{{ 7*7 }}{% debug %}",
    "%(name)s %s %d {0}",
    "../../../../etc/passwd",
    "..%2F..%2Fetc%2Fpasswd",
    "\x00",
    "a\x00b",
    "\r\nSet-Cookie: x=1",
    "😀" * 200,
    "ﷺ" * 50,
    "A" * 10_000,
    "9" * 40,
    "-1",
    "0",
    "1e309",
    "NaN",
    "null",
    "[]",
    "{}",
    "javascript:alert(1)",
    "//evil.example.org/",
    "https://evil.example.org/",
    "\u202eevil",
    "é" * 300,
]
hostile = st.one_of(
    st.sampled_from(NASTY),
    st.text(max_size=120),
    st.text(alphabet=st.characters(exclude_categories=["Cs"]), min_size=200, max_size=400),
)


def fuzz(max_examples: int) -> settings:
    return settings(
        max_examples=max_examples,
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large],
    )


def url_text(value: str) -> str:
    """``value`` as a path segment (what a client can put in a URL)."""
    return urllib.parse.quote(value.replace("\x00", "%00"), safe="") or "x"


@pytest.fixture
def tree(home_fr):
    return factories.site_tree(home_fr)


@pytest.fixture
def clients(accounts):
    made = {}
    for role, user in accounts.items():
        client = Client()
        if user is not None:
            client.force_login(user)
        made[role] = client
    return made


def png(name: str = "photo.png") -> SimpleUploadedFile:
    data = io.BytesIO()
    PILImage.new("RGB", (4, 4), "red").save(data, "PNG")
    return SimpleUploadedFile(name, data.getvalue(), content_type="image/png")


def public_request(kind: str, value: str, tree: dict):
    """``(method, path, data)`` of one request of ``kind`` carrying ``value``."""
    segment = url_text(value)
    page = tree["ContentPage"]
    document = get_document_model().objects.first()
    match kind:
        case "page":
            return "get", f"/fr/{segment}/", {}
        case "page query":
            return "get", page.url, {value: value, "page": value}
        case "page of each type":
            return "get", tree[sorted(tree)[len(value) % len(tree)]].url + segment + "/", {}
        case "english page":
            return "get", f"/en/{segment}/", {}
        case "search":
            return "get", "/fr/search/", {"query": value, "page": value, "sort": value, "lang": value}
        case "search filters":
            return "get", "/en/search/", {"query": "réseau", **dict.fromkeys(FACETS, value)}
        case "document":
            pk = document.pk if document else 1
            return "get", f"/documents/{pk}/{segment}", {}
        case "document id":
            return "get", f"/documents/{segment}/file.pdf", {}
        case "image":
            return "get", f"/media/{segment}", {}
        case "image rendition":
            return "get", f"/media/images/{segment}.width-800.png", {}
        case "login":
            return "post", "/fr/account/login/", {"username": value, "password": value, "next": value}
        case "login next":
            return "get", "/fr/account/login/", {"next": value}
        case "password reset":
            return "post", "/fr/account/password-reset/", {"email": value}
        case "password reset confirm":
            return "get", f"/fr/account/reset/{segment}/{segment}/", {}
        case "language":
            return "post", "/i18n/setlang/", {"language": value, "next": value}
        case "healthz":
            return "get", "/healthz", {value: value}
        case "admin":
            return "get", f"/admin/{segment}/", {"q": value}
        case "admin search":
            return "get", "/admin/pages/search/", {"q": value, "p": value}
        case "root":
            return "get", "/", {"next": value}


PUBLIC_KINDS = [
    "page", "page query", "page of each type", "english page", "search", "search filters", "document",
    "document id", "image", "image rendition", "login", "login next", "password reset", "password reset confirm",
    "language", "healthz", "admin", "admin search", "root",
]  # fmt: skip


@pytest.mark.django_db
def test_no_url_answers_a_5xx_to_hostile_input(tree, clients):
    get_document_model().objects.create(title="Note", file=SimpleUploadedFile("note.txt", b"Une note."))

    @fuzz(PUBLIC_EXAMPLES)
    @given(role=st.sampled_from(ROLES), kind=st.sampled_from(PUBLIC_KINDS), value=hostile)
    def request(role, kind, value):
        method, path, data = public_request(kind, value, tree)
        response = getattr(clients[role], method)(path, data)
        assert response.status_code < 500, (role, kind, value, response.status_code)

    request()


# Every admin form staff use: (name, URL of the form, the model whose rows it stores, the uploaded files).
def admin_forms(tree: dict) -> list[tuple[str, str, list, dict]]:
    forms = []
    for name, page in tree.items():
        for child in page.specific_class.allowed_subpage_models():
            label = f"add {child.__name__} under {name}"
            url = reverse("wagtailadmin_pages:add", args=(child._meta.app_label, child._meta.model_name, page.pk))
            forms.append((label, url, child, {}))
        forms.append((f"edit {name}", reverse("wagtailadmin_pages:edit", args=(page.pk,)), page.specific_class, {}))
    for model in (Theme, Organisation, Person, GlossaryTerm):
        url = reverse(f"wagtailsnippets_{model._meta.app_label}_{model._meta.model_name}:add")
        forms.append((f"add {model.__name__}", url, model, {}))
    forms.append(("add image", reverse("wagtailimages:add"), get_image_model(), {"file": "image"}))
    forms.append(("add document", reverse("wagtaildocs:add"), get_document_model(), {"file": "text"}))
    forms.append(("import a report", "/admin/reports/import/", Page, {"file": "report"}))
    return forms


def stored_rows() -> tuple[int, ...]:
    models = (Page, Revision, Theme, Organisation, Person, GlossaryTerm, get_image_model(), get_document_model())
    return tuple(model.objects.count() for model in models)


def upload(kind: str, value: str):
    if kind == "image":
        return png(url_text(value)[:60] + ".png")
    if kind == "report":
        return SimpleUploadedFile("rapport.md", value.encode("utf-8", "surrogatepass"))
    return SimpleUploadedFile("note.txt", value.encode("utf-8", "surrogatepass"))


def refused(response) -> bool:
    """The form came back with errors (nothing should have been stored)."""
    context = response.context
    form = context.get("form") if context is not None else None
    return response.status_code == 200 and form is not None and bool(form.errors)


@pytest.mark.django_db
def test_no_admin_form_answers_a_5xx_or_stores_a_refused_input(tree, clients):
    forms = admin_forms(tree)
    fields = {}  # (role, form name) -> the form's fields, as a browser would send them

    @fuzz(ADMIN_EXAMPLES)
    @given(role=st.sampled_from(ROLES), form=st.sampled_from(forms), choice=st.integers(0, 10_000), value=hostile)
    def submit(role, form, choice, value):
        name, url, model, files = form
        client = clients[role]
        if (role, name) not in fields:
            response = client.get(url)
            assert response.status_code < 500, (role, name, response.status_code)
            fields[role, name] = post_form_fields(response.content.decode()) if response.status_code == 200 else []
        data = {}
        for field, field_value, _kind in fields[role, name]:
            data.setdefault(field, []).append(field_value)
        for stream in (f.name for f in model._meta.get_fields() if isinstance(f, StreamField)):
            data.setdefault(f"{stream}-count", ["0"])  # what the editor's script sends for an empty StreamField
        targets = [f for f, _v, kind in fields[role, name] if kind in EDITABLE and f != "csrfmiddlewaretoken"] or [
            "title"
        ]
        data[targets[choice % len(targets)]] = [value]
        for field, kind in files.items():
            data[field] = upload(kind, value)
        before = stored_rows()

        response = client.post(url, data)

        assert response.status_code < 500, (role, name, targets[choice % len(targets)], value, response.status_code)
        if role not in STAFF or refused(response):
            assert stored_rows() == before, (role, name, "stored from a refused form")

    submit()
