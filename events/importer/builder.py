"""Page builder: ``ReportData`` and its source file → a meeting report page, its links and its archived original.

The page goes under the given meeting report archive, else the one of the
locale's home page (for the default language, made and titled “Comptes rendus”
if there is none). The body is the report as written, in ``BodyBlock`` blocks
(headings, paragraphs, lists inside paragraph blocks, quotes, tables), less the
known sections, which fill the dedicated fields instead (context, questions,
agenda, speakers, attending organisations, follow-up and next meetings), so
that they can be linked, filtered and searched. Heading levels are ranked: the
highest level used becomes ``h2``, the next ``h3``, the others ``h4``, whatever
the format numbered them from. Organisations and speakers are matched to
``Organisation`` and ``Person`` snippets of the locale by name, ignoring
accents, case, spaces and punctuation (“Villed'Alençon” is “Ville d'Alençon”),
and created when new. Laws cited are linked to the locale's legal text pages
of that year or name, and the report to its event (``relink.link_report``). The original file is kept as a document of the “Archive”
collection with its extracted text, a new one for each new version of the
file. Review notes are written to the page's ``review_notes`` for staff.

Next meetings: ``NextMeetingBlock.date`` is a full date, and reports often give
no year (“Mardi 15 juin à 14h”). Rather than guess one, the builder leaves
``date`` empty unless the year is known (written, or completed by the parser
from the meeting's own full date), stores the hour in ``time`` and the date as
written in ``when`` (“Mardi 15 juin à 14h”, “Date à déterminer”), which the
page shows while ``date`` is empty.
"""

import hashlib
from dataclasses import dataclass, field

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils.text import slugify
from django.utils.translation import gettext as _
from wagtail.documents import get_document_model
from wagtail.models import Locale
from wagtail.search.backends import get_search_backends

from cases.models import LegalTextPage
from events.models import (
    MeetingReportIndexPage,
    MeetingReportPage,
    ReportAttendee,
    ReportLegalText,
    ReportParticipant,
    ReportSpeaker,
)
from home.models import HomePage
from network_site.core.text import fit, fold, name_key
from network_site.documents.archive import archive_collection
from network_site.taxonomy.models import Organisation, Person

from .metadata import LawCitation
from .next_meetings import link_next_meetings
from .outline import Block, Heading, ItemList, Paragraph, Quote, ReviewNote
from .parser import NextMeeting, ReportData, Speaker
from .relink import cited_legal_texts, link_report, relink

Document = get_document_model()

HEADING_MAX_LENGTH = 255  # characters of a heading kept (a longer “heading” is a misread paragraph's start)
# Folded beginnings of organisation names → the organisation's kind; the first match wins, else “association”.
ORGANISATION_KIND_BY_NAME = [
    (("federation", "reseau"), Organisation.Kind.NETWORK),
    (("comite de jumelage", "comite jumelage", "jumelage"), Organisation.Kind.TWINNING_COMMITTEE),
    (
        ("ville", "commune", "communaute", "conseil general", "conseil departemental", "conseil regional", "mairie"),
        Organisation.Kind.LOCAL_AUTHORITY,
    ),
]


class ReportTargetError(ValueError):
    """The archive to import into cannot be found (unknown locale or parent page); the message says which."""


@dataclass
class ImportResult:
    """What importing one file did.

    ``status`` is ``"created"``, ``"updated"`` or ``"unchanged"``; ``page`` the
    meeting report page (not saved when ``dry_run``); ``data`` what the parser
    found (``None`` when unchanged); ``notes`` the review notes; the other lists
    what was linked, created or could not be linked.
    """

    page: MeetingReportPage
    status: str
    data: ReportData | None = None
    notes: list[ReviewNote] = field(default_factory=list)
    legal_texts: list[LegalTextPage] = field(default_factory=list)
    unlinked_laws: list[LawCitation] = field(default_factory=list)
    new_organisations: list[Organisation] = field(default_factory=list)
    new_people: list[Person] = field(default_factory=list)
    dry_run: bool = False

    @property
    def flagged(self) -> bool:
        """Whether the page has review notes."""
        return bool(self.page.review_notes)

    def summary(self) -> dict:
        """What the page holds now, for people to check.

        Keys: ``sections`` (heading texts of the body), ``date`` (a date or
        ``None``), ``place``, ``speakers`` and ``organisations`` (names),
        ``new_organisations`` and ``new_people`` (names of the snippets made),
        ``legal_texts`` (pages), ``unlinked_laws`` (citations as written),
        ``next_meetings`` (``(title, date or when)`` pairs) and ``notes`` (review
        notes, one sentence each).
        """
        page = self.page
        return {
            "sections": [block.value["text"] for block in page.body if block.block_type == "heading"],
            "date": page.date,
            "place": page.place,
            "speakers": [link.person.name for link in page.speakers.all()],
            "organisations": [link.organisation.name for link in page.attendees.all()],
            "new_organisations": [organisation.name for organisation in self.new_organisations],
            "new_people": [person.name for person in self.new_people],
            "legal_texts": self.legal_texts or [link.legal_text for link in page.legal_texts.all()],
            "unlinked_laws": _unique(citation.text for citation in self.unlinked_laws),
            "next_meetings": [
                (block.value["title"], block.value["date"] or block.value["when"]) for block in page.next_meetings
            ],
            "notes": [line for line in page.review_notes.splitlines() if line.strip()],
        }


class _DryRun(Exception):
    """Raised inside the transaction of a dry run to roll it back."""

    def __init__(self, result: ImportResult):
        super().__init__("dry run")
        self.result = result


def checksum(content: bytes) -> str:
    """The SHA-256 of a file's bytes, in hexadecimal: what tells that a file was imported before."""
    return hashlib.sha256(content).hexdigest()


@dataclass(frozen=True)
class Target:
    """Where reports go: a ``locale`` and its meeting report archive (``None``: made on the first import)."""

    locale: Locale
    index: MeetingReportIndexPage | None = None

    def get_index(self) -> MeetingReportIndexPage:
        """The archive, made under the locale's home page and titled “Comptes rendus” if there is none yet."""
        if self.index is not None:
            return self.index
        home = HomePage.objects.get(locale=self.locale)
        index = MeetingReportIndexPage.objects.child_of(home).first()
        if index is None:
            index = home.add_child(instance=MeetingReportIndexPage(title="Comptes rendus", slug="comptes-rendus"))
            index.save_revision().publish()
        return index


def report_target(locale_code: str | None = None, parent: str | int | None = None) -> Target:
    """Where to import, checked before any file is read.

    ``parent`` is the id or slug of a ``MeetingReportIndexPage`` of the locale;
    without it, the archive under the home page of ``locale_code`` (default:
    the default language), which is made on the first import for the default
    language only. Raises ``ReportTargetError`` for an unknown locale, an
    unknown parent, or another language without an archive.
    """
    locale_code = locale_code or settings.LANGUAGE_CODE
    locale = Locale.objects.filter(language_code=locale_code).first()
    if locale is None:
        raise ReportTargetError(_("unknown locale %(locale)r") % {"locale": locale_code})
    indexes = MeetingReportIndexPage.objects.filter(locale=locale)
    if parent is not None and str(parent).strip():
        parent = str(parent).strip()
        index = indexes.filter(pk=int(parent)).first() if parent.isdigit() else indexes.filter(slug=parent).first()
        if index is None:
            raise ReportTargetError(
                _("no meeting report archive %(parent)r in locale %(locale)r")
                % {"parent": parent, "locale": locale_code}
            )
        return Target(locale, index)
    home = HomePage.objects.filter(locale=locale).first()
    if home is None:
        raise ReportTargetError(_("no home page in locale %(locale)r") % {"locale": locale_code})
    index = MeetingReportIndexPage.objects.child_of(home).first()
    if index is None and locale_code != settings.LANGUAGE_CODE:
        raise ReportTargetError(
            _("no meeting report archive in locale %(locale)r: translate the source one first")
            % {"locale": locale_code}
        )
    return Target(locale, index)


def unchanged_page(content: bytes, locale: Locale) -> MeetingReportPage | None:
    """The page of the locale already imported from these very bytes, if any."""
    return MeetingReportPage.objects.filter(locale=locale, source_checksum=checksum(content)).first()


def build_report(
    data: ReportData,
    *,
    name: str,
    content: bytes,
    text: str,
    target: Target,
    publish: bool = False,
    dry_run: bool = False,
    source: str = "",
    replace: MeetingReportPage | None = None,
) -> ImportResult:
    """Creates or updates the meeting report page of the file ``name`` (bytes ``content``, extracted ``text``).

    In one transaction. A report is never overwritten by another one: the
    page is found again by the SHA-256 of the bytes (same bytes, status
    ``"unchanged"``: only its links are matched again, ``relink.relink``, with
    a new revision if they changed); else a new version replaces a page only
    when the import says so: ``replace`` (the page chosen in the admin) or
    ``source``, the path the file was read from, equal to the one a page of the
    archive was imported from (a folder imported again). That page gets a new
    revision (``"updated"``), its old version kept as the revision before.
    Otherwise a new page is made (``"created"``), its slug made from the file
    name and kept unique in the archive (“cr”, “cr-2”…), so that a different
    file with the same name never replaces the first one. The new revision is published
    if ``publish`` is true, else left as a draft. With ``dry_run`` everything is
    rolled back and the result tells what would have been done. On any error
    nothing is left behind, not even the document's stored file. Raises
    ``django.core.exceptions.ValidationError`` if the page is invalid (e.g. a
    title over 255 characters).
    """
    document = Document(title=fit(Document, "title", data.title), file=ContentFile(content, name=name), text=text)
    try:
        with transaction.atomic():
            result = _build(data, name, content, document, target, publish, source, replace)
            if dry_run:
                result.dry_run = True
                raise _DryRun(result)
            return result
    except _DryRun as rollback:
        if document.pk is not None:
            document.file.delete(save=False)
        return rollback.result
    except Exception:
        if document.pk is not None:
            document.file.delete(save=False)
        raise


def _build(
    data: ReportData,
    name: str,
    content: bytes,
    document: Document,
    target: Target,
    publish: bool,
    source: str,
    replace: MeetingReportPage | None,
) -> ImportResult:
    digest = checksum(content)
    locale = target.locale
    if same := unchanged_page(content, locale):
        relink(same)
        return ImportResult(same, "unchanged", data)
    index = target.get_index()
    page = replace
    if page is None and source:
        page = (
            MeetingReportPage.objects.child_of(index)
            .filter(source_path=fit(MeetingReportPage, "source_path", source))
            .first()
        )
    if page is None:
        slug = _free_slug(index, slugify(name.rsplit(".", 1)[0]) or slugify(data.title) or "compte-rendu")
        page, status = MeetingReportPage(slug=slug, locale=locale, live=publish), "created"
    else:
        page, status = page.get_latest_revision_as_object(), "updated"
        if page.source_checksum == digest:  # a draft revision of these bytes
            relink(page)
            return ImportResult(page, "unchanged", data)

    result = ImportResult(page, status, data, notes=list(data.notes))
    _fill(page, data, locale, result)
    link_report(page, data)
    page.source_checksum = digest
    page.source_path = fit(MeetingReportPage, "source_path", source) if source else page.source_path
    document.collection, _created = archive_collection()
    document._set_document_file_metadata()
    document.save()
    page.original_document = document
    if status == "created":
        index.add_child(instance=page)
    link_next_meetings(page, data.next_meetings)
    revision = page.save_revision()
    if publish:
        revision.publish()
    return result


def _free_slug(index: MeetingReportIndexPage, slug: str) -> str:
    """``slug``, or ``slug-2``, ``slug-3``… : the first that no page of the archive has."""
    taken = set(index.get_children().filter(slug__startswith=slug).values_list("slug", flat=True))
    candidate, number = slug, 1
    while candidate in taken:
        number += 1
        candidate = f"{slug}-{number}"
    return candidate


def _fill(page: MeetingReportPage, data: ReportData, locale: Locale, result: ImportResult) -> None:
    snippets = _Snippets(locale)
    page.title = data.title
    page.date = data.date
    if data.place:
        page.place = fit(MeetingReportPage, "place", data.place)
    levels = sorted({block.level for block in data.sections if isinstance(block, Heading)})
    page.body = [_body_block(block, levels) for block in data.sections]
    page.context = _rich_text(data.context)
    page.follow_up = _rich_text(data.follow_up)
    page.questions = [{"type": "question", "value": question} for question in data.questions]
    page.agenda = [{"type": "item", "value": {"time": None, "title": item}} for item in data.agenda]
    page.next_meetings = [{"type": "meeting", "value": _meeting_value(meeting)} for meeting in data.next_meetings]
    snippets.prepare(
        data.attendees,
        [Speaker(p.name, p.organisation) for p in data.participants] + list(data.speakers),
    )
    organisations = _unique(snippets.organisation(name) for name in data.attendees)
    page.attendees = [
        ReportAttendee(organisation=organisation, locale=locale, sort_order=order)
        for order, organisation in enumerate(organisations)
    ]
    page.decisions = [{"type": "decision", "value": text} for text in data.decisions]
    page.actions = [{"type": "action", "value": text} for text in data.actions]
    participants = {}
    for participant in data.participants:  # a person listed twice keeps their first status
        participants.setdefault(snippets.person(Speaker(participant.name, participant.organisation)), participant)
    page.participants = [
        ReportParticipant(person=person, status=participant.status, locale=locale, sort_order=order)
        for order, (person, participant) in enumerate(participants.items())
    ]
    people = _unique(snippets.person(speaker) for speaker in data.speakers)
    page.speakers = [
        ReportSpeaker(person=person, locale=locale, sort_order=order) for order, person in enumerate(people)
    ]
    result.legal_texts, result.unlinked_laws = cited_legal_texts(data.laws, locale)
    page.legal_texts = [
        ReportLegalText(legal_text=legal_text, locale=locale, sort_order=order)
        for order, legal_text in enumerate(result.legal_texts)
    ]
    page.review_notes = "\n".join(note.message for note in result.notes)
    result.new_organisations, result.new_people = snippets.new_organisations, snippets.new_people


def _rich_text(paragraphs: list[Paragraph]) -> str:
    return "".join(f"<p>{paragraph.html}</p>" for paragraph in paragraphs)


def _body_block(block: Block, levels: list[int]) -> dict:
    """An outline block → the raw value of a ``BodyBlock`` child; ``levels`` are the heading levels used, in order."""
    if isinstance(block, Heading):
        return {
            "type": "heading",
            "value": {"text": block.text[:HEADING_MAX_LENGTH], "level": f"h{min(2 + levels.index(block.level), 4)}"},
        }
    if isinstance(block, Quote):
        return {"type": "quote", "value": {"text": block.text, "speaker": "", "side": "other"}}
    if isinstance(block, Paragraph):
        return {"type": "paragraph", "value": f"<p>{block.html}</p>"}
    if isinstance(block, ItemList):
        if len(block.items) == 1 and not any(block.depths or ()):  # a lone bullet ("Cas 1 : …") is a line of text
            return {"type": "paragraph", "value": f"<p>{block.items[0].html}</p>"}
        return {"type": "paragraph", "value": _list_html(block)}
    return {
        "type": "table",
        "value": {"caption": block.caption, "header": list(block.header), "rows": [list(row) for row in block.rows]},
    }


def _list_html(block: ItemList) -> str:
    """A list as HTML, nested lists inside the item before them (see ``ItemList.depths``)."""
    tag = "ol" if block.ordered else "ul"
    depths = block.depths or (0,) * len(block.items)
    html, depth = [f"<{tag}>"], 0
    for index, (item, wanted) in enumerate(zip(block.items, depths, strict=True)):
        wanted = min(wanted, depth + 1)  # a list opens inside the item before it, one level at a time
        if index and wanted <= depth:
            html.append("</li>")
        while depth > wanted:
            html.append(f"</{tag}></li>")
            depth -= 1
        if wanted > depth:
            html.append(f"<{tag}>")
            depth = wanted
        html.append(f"<li>{item.html}")
    html.append("</li>" + f"</{tag}></li>" * depth + f"</{tag}>")
    return "".join(html)


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
        self.new_organisations, self.new_people = [], []
        self.organisations = {name_key(o.name): o for o in Organisation.objects.filter(locale=locale)}
        self.people = {name_key(p.name): p for p in Person.objects.filter(locale=locale)}

    def prepare(self, organisations: list[str], people: list[Speaker]) -> None:
        """Creates the missing organisations and people among those named, in two bulk inserts, indexed for search
        in one batch each (a report names tens of people: one save each, and its signals, would be most of the
        import's time)."""
        names = [*organisations, *(person.organisation for person in people if person.organisation)]
        new = {
            name_key(name): self._new_organisation(name) for name in names if name_key(name) not in self.organisations
        }
        new_people = {}
        if new:
            Organisation.objects.bulk_create(new.values())
            self.organisations.update(new)
            self.new_organisations += new.values()
        for person in people:
            key = name_key(person.name)
            if key and key not in self.people and key not in new_people:
                organisation = self.organisations[name_key(person.organisation)] if person.organisation else None
                new_people[key] = Person(
                    name=fit(Person, "name", person.name), organisation=organisation, locale=self.locale
                )
        if new_people:
            Person.objects.bulk_create(new_people.values())
            self.people.update(new_people)
            self.new_people += new_people.values()
        for backend in get_search_backends():
            for model, objects in ((Organisation, list(new.values())), (Person, list(new_people.values()))):
                if objects:
                    backend.add_bulk(model, objects)

    def _new_organisation(self, name: str) -> Organisation:
        kind = next(
            (kind for starts, kind in ORGANISATION_KIND_BY_NAME if fold(name).startswith(starts)),
            Organisation.Kind.ASSOCIATION,
        )
        return Organisation(name=fit(Organisation, "name", name), kind=kind, locale=self.locale)

    def organisation(self, name: str) -> Organisation:
        key = name_key(name)
        if key not in self.organisations:
            self.organisations[key] = self._new_organisation(name)
            self.organisations[key].save()
            self.new_organisations.append(self.organisations[key])
        return self.organisations[key]

    def person(self, speaker: Speaker) -> Person:
        """The speaker's snippet, linked to their organisation if it had none."""
        organisation = self.organisation(speaker.organisation) if speaker.organisation else None
        person = self.people.get(name_key(speaker.name))
        if person is None:
            person = Person.objects.create(
                name=fit(Person, "name", speaker.name), organisation=organisation, locale=self.locale
            )
            self.people[name_key(speaker.name)] = person
            self.new_people.append(person)
        elif person.organisation_id is None and organisation is not None:
            person.organisation = organisation
            person.save(update_fields=["organisation"])
        return person
