"""Builders for test content: the vocabulary and one page of each type, in French.

Every builder saves real rows; callers pass the French home page (fixture ``home_fr``).
"""

import datetime
from zoneinfo import ZoneInfo

from django.conf import settings
from django.core.files.base import ContentFile

from cases.models import LegalFrameworkIndexPage, LegalTextPage, TestimonyIndexPage, TestimonyPage
from directory.models import DirectoryIndexPage
from events.models import EventIndexPage, EventPage, MeetingReportIndexPage, MeetingReportPage
from home.models import ContentPage, GlossaryPage
from network_site.taxonomy.models import (
    GlossaryTerm,
    Organisation,
    Partnership,
    PartnershipPartner,
    PartnershipTheme,
    Person,
    Theme,
)

PARIS = ZoneInfo("Europe/Paris")
# The network's real meeting report, in ../shared/archive beside the project.
REAL_REPORT = settings.BASE_DIR.parent / "shared" / "archive" / "rencontre-collectivites-comites-de-jumelage.md"


def add_child(parent, page):
    """Add ``page`` under ``parent`` and publish it; returns the saved page."""
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def vocabulary(n=1):
    """Create ``n`` themes, organisations abroad and people; returns three lists."""
    themes = [Theme.objects.create(name=f"Thème {i}") for i in range(n)]
    organisations = [
        Organisation.objects.create(
            name=f"Commune partenaire {i}", kind="partner_authority", country="ML", town=f"Ville {i}"
        )
        for i in range(n)
    ]
    people = [Person.objects.create(name=f"Personne {i}", role="Élue", organisation=organisations[i]) for i in range(n)]
    return themes, organisations, people


def testimony(parent, title="Alençon et Koutiala", n=1):
    themes, partners, _people = vocabulary(n)
    authority = Organisation.objects.create(name=f"Ville de {title}", kind="local_authority", country="FR")
    page = TestimonyPage(
        title=title,
        intro="Une coopération ancienne entre deux villes.",
        french_authority=authority,
        countries=["ML"],
        start_year=1970,
        organisation_mode="twinning_committee",
        relationship_model="programme",
        responsibilities=[
            ("table", {"caption": "Qui fait quoi", "rows": [{"party": "La ville", "tasks": ["Appui institutionnel"]}]})
        ],
        key_figures=[("figure", {"value": "1970", "label": "début du jumelage"})],
        body=[("heading", {"text": "Histoire", "level": "h2"}), ("paragraph", "<p>Un long partenariat.</p>")],
        lessons="<p>Se concerter.</p>",
        risks="<p>La personnalisation.</p>",
    )
    for organisation in partners:
        page.partners.add(page.partners.model(organisation=organisation))
    for theme in themes:
        page.themes.add(page.themes.model(theme=theme))
    return add_child(parent, page)


def legal_text(parent, short_name="Loi Oudin-Santini", date=datetime.date(2005, 2, 9)):
    return add_child(
        parent,
        LegalTextPage(
            title=short_name,
            short_name=short_name,
            official_title="Loi relative à la coopération internationale des collectivités territoriales",
            official_reference="Loi n° 2005-95",
            date=date,
            code_articles="CGCT, art. L1115-1-1",
            allows="<p>Consacrer jusqu'à 1 % des budgets de l'eau à la coopération.</p>",
            official_url="https://www.legifrance.gouv.fr/eli/loi/2005/2/9/2005-95/jo/texte",
        ),
    )


def event(parent, title="Rencontre des collectivités", start=None, n=1):
    themes, organisations, people = vocabulary(n)
    page = EventPage(
        title=title,
        intro="Échanger entre collectivités.",
        start=start,
        venue="Maison des associations",
        address="Caen",
        organiser=organisations[0],
        agenda=[("item", {"time": datetime.time(14, 0), "title": "Accueil"})],
    )
    for theme in themes:
        page.themes.add(page.themes.model(theme=theme))
    for person in people:
        page.speakers.add(page.speakers.model(person=person))
    for organisation in organisations:
        page.attendees.add(page.attendees.model(organisation=organisation))
    return add_child(parent, page)


def meeting_report(parent, title="Collectivités et comités de jumelage", n=1, testimonies=()):
    _themes, organisations, people = vocabulary(n)
    page = MeetingReportPage(
        title=title,
        date=datetime.date(2010, 4, 18),
        place="Caen",
        context="<p>Pourquoi se réunir.</p>",
        questions=[("question", "Que faire quand la municipalité change ?")],
        agenda=[("item", {"time": None, "title": "Tour de table"})],
        workshops=[("workshop", {"title": "Atelier 1", "summary": "<p>Collectivités et comités.</p>"})],
        quotes=[("quote", {"text": "Il faut se parler.", "speaker": "", "side": "associations"})],
        key_points=[("point", "La notion de temps est primordiale.")],
        next_meetings=[
            (
                "meeting",
                {"title": "Rencontre Nord/Sud", "date": None, "time": None, "when": "", "place": "", "event": None},
            )
        ],
        body=[("heading", {"text": "Témoignages", "level": "h2"}), ("paragraph", "<p>Des villes racontent.</p>")],
    )
    for person in people:
        page.speakers.add(page.speakers.model(person=person))
    for organisation in organisations:
        page.attendees.add(page.attendees.model(organisation=organisation))
    for linked in testimonies:
        page.testimonies.add(page.testimonies.model(testimony=linked))
    return add_child(parent, page)


def partnership(french_actor, partners, since=1970, until=None, status="active", themes=(), name=None):
    """A saved partnership of ``french_actor`` with the organisations ``partners``."""
    partnership = Partnership(
        name=name or f"{french_actor.name} – {', '.join(p.name for p in partners)}",
        french_actor=french_actor,
        since=since,
        until=until,
        status=status,
        organised="Comité de jumelage",
    )
    for organisation in partners:
        partnership.partners.add(PartnershipPartner(organisation=organisation))
    for theme in themes:
        partnership.themes.add(PartnershipTheme(theme=theme))
    partnership.full_clean()
    partnership.save()
    return partnership


def glossary_terms(n=1, prefix="terme"):
    """Create ``n`` French glossary terms; returns them."""
    return [
        GlossaryTerm.objects.create(term=f"{prefix} {i}", definition=f"Définition du {prefix} {i}.") for i in range(n)
    ]


def site_tree(home, n=1):
    """One page of every type under ``home``, each listing ``n`` linked items; returns a dict by page type name."""
    testimonies = add_child(home, TestimonyIndexPage(title="Témoignages", slug="temoignages", intro="Des expériences."))
    legal = add_child(home, LegalFrameworkIndexPage(title="Cadre juridique", slug="cadre-juridique"))
    agenda = add_child(home, EventIndexPage(title="Agenda", slug="agenda"))
    reports = add_child(home, MeetingReportIndexPage(title="Comptes rendus", slug="comptes-rendus"))
    glossary = add_child(home, GlossaryPage(title="Glossaire", slug="glossaire", intro="Les mots du réseau."))
    directory = add_child(home, DirectoryIndexPage(title="Annuaire", slug="annuaire", intro="Qui coopère avec qui."))
    content = add_child(
        home, ContentPage(title="Le réseau", slug="le-reseau", body=[("paragraph", "<p>Qui sommes-nous.</p>")])
    )
    glossary_terms(n)
    testimony_pages = [testimony(testimonies, title=f"Témoignage {i}", n=n) for i in range(n)]
    legal_pages = [legal_text(legal, short_name=f"Loi {i}", date=datetime.date(1992 + i, 2, 6)) for i in range(n)]
    future = datetime.datetime(2030, 6, 15, 14, 0, tzinfo=PARIS)
    event_pages = [event(agenda, title=f"Rencontre {i}", start=future, n=n) for i in range(n)]
    event(agenda, title="Rencontre sans date", start=None, n=n)
    report_pages = [
        meeting_report(reports, title=f"Compte rendu {i}", n=n, testimonies=testimony_pages) for i in range(n)
    ]
    return {
        "HomePage": home,
        "ContentPage": content,
        "TestimonyIndexPage": testimonies,
        "TestimonyPage": testimony_pages[0],
        "LegalFrameworkIndexPage": legal,
        "LegalTextPage": legal_pages[0],
        "EventIndexPage": agenda,
        "EventPage": event_pages[0],
        "MeetingReportIndexPage": reports,
        "MeetingReportPage": report_pages[0],
        "GlossaryPage": glossary,
        "DirectoryIndexPage": directory,
    }


def image(title="Photo de la rencontre", collection=None):
    """A real (tiny PNG) Wagtail image, in ``collection`` (default: the root collection)."""
    import io

    from PIL import Image as PillowImage
    from wagtail.images import get_image_model
    from wagtail.models import Collection

    buffer = io.BytesIO()
    PillowImage.new("RGB", (40, 30), (200, 80, 40)).save(buffer, "PNG")
    Image = get_image_model()
    return Image.objects.create(
        title=title,
        file=ContentFile(buffer.getvalue(), name="photo.png"),
        collection=collection or Collection.get_first_root_node(),
    )


def document(title="Relevé de décisions", collection=None, text="Décisions de la rencontre."):
    """A Wagtail document (a small text file), in ``collection`` (default: the root collection)."""
    from wagtail.documents import get_document_model
    from wagtail.models import Collection

    Document = get_document_model()
    return Document.objects.create(
        title=title,
        file=ContentFile(text.encode(), name="releve.txt"),
        collection=collection or Collection.get_first_root_node(),
    )
