"""An imported report's body: a lone bullet ("Cas 1 : …") is a line of text, lists are real lists."""

import re

import pytest

from events.importer import import_file
from events.models import MeetingReportIndexPage
from tests import factories

pytestmark = pytest.mark.django_db

REPORT = """# Rencontre des comités

Jeudi 12 mars 2026 à Caen.

## Relations entre la collectivité et le comité

- Cas 1 : la collectivité encadre le comité :

La collectivité fixe les actions et les finance.

- Cas 2 : séparation nette :

Chacun garde son rôle :

- Le comité choisit ses actions.
- La collectivité verse une subvention.
"""


def test_a_lone_bullet_is_a_paragraph_and_a_list_stays_a_list(home_fr, member_client):
    factories.add_child(home_fr, MeetingReportIndexPage(title="Comptes rendus", slug="comptes-rendus"))
    page = import_file("comites.md", REPORT.encode(), publish=True).page
    paragraphs = [block.value.source for block in page.body if block.block_type == "paragraph"]
    assert "<p>Cas 1 : la collectivité encadre le comité :</p>" in paragraphs
    assert "<p>Cas 2 : séparation nette :</p>" in paragraphs
    assert (
        "<ul><li>Le comité choisit ses actions.</li><li>La collectivité verse une subvention.</li></ul>" in paragraphs
    )
    html = member_client.get(page.url).content.decode()
    lists = re.findall(r"<ul>(.*?)</ul>", html[html.index("report-body") :], re.S)
    assert all(item.count("<li") >= 2 for item in lists if "Cas" in item or "comité choisit" in item)
    assert "<li>Cas 1" not in html
