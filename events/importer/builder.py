"""Page builder: ``ReportData`` and its source file → a French meeting report page, its snippets and its archived original.

The page goes under the meeting report archive of the French home page (made,
titled “Comptes rendus”, if there is none). The body is the report as written,
in ``BodyBlock`` blocks (headings, paragraphs, lists inside paragraph blocks,
tables), less the known sections, which fill the dedicated fields instead
(context, questions, agenda, speakers, attending organisations, follow-up and
next meetings), so that they can be linked, filtered and searched. Organisations and speakers are
matched to ``Organisation`` and ``Person`` snippets by name, ignoring accents,
case, spaces and punctuation (“Villed'Alençon” is “Ville d'Alençon”), and
created when new. The original file is kept as a document of the “Archive”
collection, a new one for each new version of the file.

Next meetings: ``NextMeetingBlock.date`` is a full date, and reports often give
no year (“Mardi 15 juin à 14h”). Rather than guess one, the builder leaves
``date`` empty unless the year is written, stores the hour in ``time`` and the
date as written in ``when`` (“Mardi 15 juin à 14h”, “Date à déterminer”), which
the page shows while ``date`` is empty.
"""

import hashlib
from dataclasses import dataclass
from pathlib import Path

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils.text import slugify
from wagtail.documents import get_document_model
from wagtail.models import Collection, Locale

from events.models import MeetingReportIndexPage, MeetingReportPage, ReportAttendee, ReportSpeaker
from home.models import HomePage
from network_site.taxonomy.models import Organisation, Person
from network_site.text import fold, name_key

from .parser import NextMeeting, ReportData, Speaker
from .reader import Block, Heading, ItemList, Paragraph

Document = get_document_model()

ARCHIVE_COLLECTION = "Archive"
# Folded beginnings of organisation names → kind; the first match wins, else “association”.
KINDS = [
    (("federation", "reseau"), Organisation.Kind.NETWORK),
    (("comite de jumelage", "comite jumelage", "jumelage"), Organisation.Kind.TWINNING_COMMITTEE),
    (
        ("ville", "commune", "communaute", "conseil general", "conseil departemental", "conseil regional", "mairie"),
        Organisation.Kind.LOCAL_AUTHORITY,
    ),
]


@dataclass(frozen=True)
class ImportResult:
    """The page of one imported file and what happened to it: ``"created"``, ``"updated"`` or ``"unchanged"``."""

    page: MeetingReportPage
    status: str


def build_report(data: ReportData, path: Path, *, publish: bool = True) -> ImportResult:
    """Creates or updates the meeting report page of the file at ``path``, in one transaction.

    The page is found again by the SHA-256 of the file's bytes (same bytes:
    nothing changes, status ``"unchanged"``), else by its slug, made from the
    file name (a new revision of that page, published if the page is live and
    ``publish`` is true: ``"updated"``). A new page is published unless
    ``publish`` is false (``"created"``). On any error nothing is left behind,
    not even the document's stored file. Raises ``OSError`` if the file cannot be
    read, ``django.core.exceptions.ValidationError`` if the page is invalid (e.g.
    a title over 255 characters).
    """
    content = path.read_bytes()
    document = Document(title=data.title[:255], file=ContentFile(content, name=path.name))
    try:
        with transaction.atomic():
            return _build(data, path, content, document, publish)
    except Exception:
        if document.pk is not None:
            document.file.delete(save=False)
        raise


def _build(data: ReportData, path: Path, content: bytes, document: Document, publish: bool) -> ImportResult:
    checksum = hashlib.sha256(content).hexdigest()
    locale = Locale.objects.get(language_code="fr")
    if same := MeetingReportPage.objects.filter(locale=locale, source_checksum=checksum).first():
        return ImportResult(same, "unchanged")
    index = _report_index(locale)
    slug = slugify(path.stem) or slugify(data.title)
    page = MeetingReportPage.objects.child_of(index).filter(slug=slug).first()
    if page is None:
        page, status = MeetingReportPage(slug=slug, locale=locale, live=publish), "created"
    else:
        page, status = page.get_latest_revision_as_object(), "updated"
        if page.source_checksum == checksum:  # a draft revision of these bytes
            return ImportResult(page, "unchanged")

    _fill(page, data, locale)
    page.source_checksum = checksum
    document.collection = _archive_collection()
    document._set_document_file_metadata()
    document.save()
    page.original_document = document
    if status == "created":
        index.add_child(instance=page)
    revision = page.save_revision()
    if publish and page.live:
        revision.publish()
    return ImportResult(page, status)


def _report_index(locale: Locale) -> MeetingReportIndexPage:
    home = HomePage.objects.get(locale=locale)
    index = MeetingReportIndexPage.objects.child_of(home).first()
    if index is None:
        index = home.add_child(instance=MeetingReportIndexPage(title="Comptes rendus", slug="comptes-rendus"))
        index.save_revision().publish()
    return index


def _archive_collection() -> Collection:
    collection = Collection.objects.filter(name=ARCHIVE_COLLECTION).first()
    return collection or Collection.get_first_root_node().add_child(name=ARCHIVE_COLLECTION)


def _fill(page: MeetingReportPage, data: ReportData, locale: Locale) -> None:
    snippets = _Snippets(locale)
    page.title = data.title
    page.body = [_body_block(block) for block in data.sections]
    page.context = _rich_text(data.context)
    page.follow_up = _rich_text(data.follow_up)
    page.questions = [{"type": "question", "value": question} for question in data.questions]
    page.agenda = [{"type": "item", "value": {"time": None, "title": item}} for item in data.agenda]
    page.next_meetings = [{"type": "meeting", "value": _meeting_value(meeting)} for meeting in data.next_meetings]
    organisations = _unique(snippets.organisation(name) for name in data.attendees)
    page.attendees = [ReportAttendee(organisation=organisation, locale=locale) for organisation in organisations]
    people = _unique(snippets.person(speaker) for speaker in data.speakers)
    page.speakers = [ReportSpeaker(person=person, locale=locale) for person in people]


def _rich_text(paragraphs: list[Paragraph]) -> str:
    return "".join(f"<p>{paragraph.html}</p>" for paragraph in paragraphs)


def _body_block(block: Block) -> dict:
    """An outline block → the raw value of a ``BodyBlock`` child."""
    if isinstance(block, Heading):
        return {"type": "heading", "value": {"text": block.text, "level": f"h{min(max(block.level, 2), 4)}"}}
    if isinstance(block, Paragraph):
        return {"type": "paragraph", "value": f"<p>{block.html}</p>"}
    if isinstance(block, ItemList):
        tag = "ol" if block.ordered else "ul"
        items = "".join(f"<li>{item.html}</li>" for item in block.items)
        return {"type": "paragraph", "value": f"<{tag}>{items}</{tag}>"}
    return {
        "type": "table",
        "value": {"caption": "", "header": list(block.header), "rows": [list(row) for row in block.rows]},
    }


def _meeting_value(meeting: NextMeeting) -> dict:
    """A next meeting → the raw value of a ``NextMeetingBlock`` (see the module docstring for dates)."""
    date = meeting.date
    return {
        "title": meeting.title,
        "date": date.isoformat() if date else None,
        "time": meeting.time.isoformat() if meeting.time else None,
        "when": "" if date else meeting.when,
        "place": meeting.place,
        "event": None,
    }


def _unique(items) -> list:
    return list(dict.fromkeys(items))


class _Snippets:
    """The organisations and people of one locale by ``name_key``, created on demand."""

    def __init__(self, locale: Locale):
        self.locale = locale
        self.organisations = {name_key(o.name): o for o in Organisation.objects.filter(locale=locale)}
        self.people = {name_key(p.name): p for p in Person.objects.filter(locale=locale)}

    def organisation(self, name: str) -> Organisation:
        key = name_key(name)
        if key not in self.organisations:
            kind = next(
                (kind for starts, kind in KINDS if fold(name).startswith(starts)), Organisation.Kind.ASSOCIATION
            )
            self.organisations[key] = Organisation.objects.create(name=name, kind=kind, locale=self.locale)
        return self.organisations[key]

    def person(self, speaker: Speaker) -> Person:
        """The speaker's snippet, linked to their organisation if it had none."""
        organisation = self.organisation(speaker.organisation) if speaker.organisation else None
        person = self.people.get(name_key(speaker.name))
        if person is None:
            person = Person.objects.create(name=speaker.name, organisation=organisation, locale=self.locale)
            self.people[name_key(speaker.name)] = person
        elif person.organisation_id is None and organisation is not None:
            person.organisation = organisation
            person.save(update_fields=["organisation"])
        return person
