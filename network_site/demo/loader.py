"""Build the demo content of ``network_site.demo.content`` (``manage.py load_demo``).

French objects are created, or matched and updated in place (snippets by
name, pages by slug under their parent), then translated into English (the
language of the content's translations; ``DEMO_TRANSLATION_LANGUAGES``) with
``network_site.translations.translate.translate`` — through
wagtail-localize, so that translations stay synced with their source.
Running the loader again leaves the same pages, snippets and users.

StreamField blocks get stable ids (derived from the page and the block's
position), and child rows (partners, themes, speakers…) are reused, so that a
second run finds unchanged content and does not create new revisions of the
French pages.
"""

import datetime
import html
import json
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from wagtail.fields import StreamField
from wagtail.models import Locale, Page
from wagtail.users.models import UserProfile
from wagtail_localize.models import LocaleSynchronization
from wagtail_localize.synctree import PageIndex

from cases.models import (
    LegalFrameworkIndexPage,
    LegalTextPage,
    TestimonyIndexPage,
    TestimonyPage,
    TestimonyPartner,
    TestimonyPartnership,
    TestimonyTheme,
)
from directory.models import DirectoryIndexPage
from events.importer.relink import relink_reports
from events.models import (
    EventAttendee,
    EventIndexPage,
    EventPage,
    EventSpeaker,
    EventTheme,
    MeetingReportIndexPage,
    MeetingReportPage,
    ReportAttendee,
    ReportSpeaker,
)
from home.models import ContentPage, GlossaryPage, HomePage
from network_site.access import roles
from network_site.access.policy import apply_policy
from network_site.core.languages import content_language_codes
from network_site.core.text import fit, name_key
from network_site.demo import content
from network_site.taxonomy.models import (
    GlossaryTerm,
    Organisation,
    Partnership,
    PartnershipPartner,
    PartnershipTheme,
    Person,
    Theme,
)
from network_site.taxonomy.places import locate_organisations
from network_site.translations.languages import setup_languages
from network_site.translations.translate import translate

SOURCE_LANGUAGE = "fr"
# The demo content has English translations only; another configured language (German…) gets the
# French pages as aliases, with the "not yet translated" notice (network_site/translations/).
DEMO_TRANSLATION_LANGUAGES = ["en"]

# Demo accounts (only where settings.DEMO_ACCOUNTS is on). Passwords are reset on every run.
STAFF_USERNAME = "staff"
STAFF_PASSWORD = "demo-staff-2026"  # noqa: S105 - public demo password
EDITOR_USERNAME = "editor"
EDITOR_PASSWORD = "demo-editor-2026"  # noqa: S105 - public demo password
MODERATOR_USERNAME = "moderator"
MODERATOR_PASSWORD = "demo-moderator-2026"  # noqa: S105 - public demo password
MEMBER_USERNAME = "member"
MEMBER_PASSWORD = "demo-member-2026"  # noqa: S105 - public demo password
PARTNER_USERNAME = "partner"
PARTNER_PASSWORD = "demo-partner-2026"  # noqa: S105 - public demo password
MEMBERS_GROUP = roles.MEMBERS
PARTNERS_GROUP = roles.PARTNERS

DEMO_ACCOUNTS = [
    {
        "username": STAFF_USERNAME,
        "password": STAFF_PASSWORD,
        "first_name": "Camille",
        "last_name": "Démo",
        "email": "staff@example.org",
        "groups": [roles.EDITORS, roles.MODERATORS],
        "can": "editor and moderator: logs into /admin/, edits, translates and publishes pages and snippets",
    },
    {
        "username": EDITOR_USERNAME,
        "password": EDITOR_PASSWORD,
        "first_name": "Eden",
        "last_name": "Rédaction",
        "email": "editor@example.org",
        "groups": [roles.EDITORS],
        "can": "network staff, editor: edits and translates in /admin/, submits pages to the moderators",
    },
    {
        "username": MODERATOR_USERNAME,
        "password": MODERATOR_PASSWORD,
        "first_name": "Maxime",
        "last_name": "Modération",
        "email": "moderator@example.org",
        "groups": [roles.MODERATORS],
        "can": "network staff, moderator: reviews and publishes in /admin/",
    },
    {
        "username": MEMBER_USERNAME,
        "password": MEMBER_PASSWORD,
        "first_name": "Dominique",
        "last_name": "Membre",
        "email": "member@example.org",
        "groups": [MEMBERS_GROUP],
        "can": "network member (group Members): reads the intranet, meeting reports included; no admin",
    },
    {
        "username": PARTNER_USERNAME,
        "password": PARTNER_PASSWORD,
        "first_name": "Alex",
        "last_name": "Partenaire",
        "email": "partner@example.org",
        "groups": [PARTNERS_GROUP],
        "can": "partner organisation (group Partners): reads the intranet but the meeting reports; no admin",
    },
]

_ID_NAMESPACE = uuid.UUID("6f0c1a4e-2b7d-4f57-9a51-3d1f0e6b9c21")


@dataclass
class DemoAccount:
    username: str
    password: str
    can: str


@dataclass
class LoadResult:
    counts: dict[str, dict[str, int]] = field(default_factory=dict)
    accounts: list[DemoAccount] = field(default_factory=list)


# --------------------------------------------------------------------------- strings


class Strings:
    """Collects the {French: English} strings of one object while its French content is built."""

    def __init__(self):
        self.map: dict[str, str] = {}

    def __call__(self, value) -> str:
        """Record a text (a (fr, en) pair, or a str kept as is) and return its French form."""
        if isinstance(value, str):
            fr = en = value
        else:
            fr, en = value
        if not fr:
            return fr
        if self.map.get(fr, en) != en:
            raise ValueError(f"{fr!r} has two translations: {self.map[fr]!r} and {en!r}")
        self.map[fr] = en
        return fr

    def rich_text(self, items: Iterable) -> str:
        """French HTML of a rich text: a <p> per paragraph, a <ul> per {"ul": [...]}."""
        parts = []
        for item in items:
            if isinstance(item, dict):
                lis = "".join(f"<li>{html.escape(self(text), quote=False)}</li>" for text in item["ul"])
                parts.append(f"<ul>{lis}</ul>")
            else:
                parts.append(f"<p>{html.escape(self(item), quote=False)}</p>")
        return "".join(parts)


def _content(page: Page) -> dict:
    """A page's content as plain data, to compare before and after an update.

    Parsed rather than compared as JSON text: PostgreSQL's jsonb does not keep
    the key order of StreamField data, which ``to_json`` holds as JSON text.
    """
    data = json.loads(page.to_json())
    for model_field in page._meta.get_fields():
        if isinstance(model_field, StreamField) and isinstance(data.get(model_field.name), str):
            data[model_field.name] = json.loads(data[model_field.name])
    return data


def _block_id(*parts) -> str:
    return str(uuid.uuid5(_ID_NAMESPACE, "/".join(str(part) for part in parts)))


def _block(block_type: str, value, *id_parts) -> dict:
    return {"type": block_type, "value": value, "id": _block_id(*id_parts)}


def _list_items(values: list, *id_parts) -> list[dict]:
    """A ListBlock value in Wagtail's block format (stable ids, needed by wagtail-localize)."""
    return [_block("item", value, *id_parts, index) for index, value in enumerate(values)]


def _body(strings: Strings, blocks: list, key: str) -> list[dict]:
    """Raw data of a BodyBlock StreamField, from the content's (type, value) pairs."""
    data = []
    for index, (block_type, value) in enumerate(blocks):
        if block_type == "heading":
            block_value = {"text": strings(value), "level": "h2"}
        elif block_type == "paragraph":
            block_value = strings.rich_text(value)
        elif block_type == "quote":
            block_value = {
                "text": strings(value["text"]),
                "speaker": strings(value.get("speaker", "")),
                "side": value["side"],
            }
        else:
            raise ValueError(f"Unknown block type {block_type!r} in {key}")
        data.append(_block(block_type, block_value, key, "body", index))
    return data


def _key_figures(strings: Strings, figures: list, key: str) -> list[dict]:
    return [
        _block("figure", {"value": strings(value), "label": strings(label)}, key, "key_figures", index)
        for index, (value, label) in enumerate(figures)
    ]


def _responsibilities(strings: Strings, table: dict | None, key: str) -> list[dict]:
    if not table:
        return []
    rows = [
        {"party": strings(party), "tasks": _list_items([strings(task) for task in tasks], key, "tasks", row_index)}
        for row_index, (party, tasks) in enumerate(table["rows"])
    ]
    value = {"caption": strings(table.get("caption", "")), "rows": _list_items(rows, key, "rows")}
    return [_block("table", value, key, "responsibilities", 0)]


def _agenda(strings: Strings, items: list, key: str) -> list[dict]:
    return [
        _block("item", {"time": f"{time}:00" if time else None, "title": strings(title)}, key, "agenda", index)
        for index, (time, title) in enumerate(items)
    ]


# --------------------------------------------------------------------------- loader


def set_links(instance, links: dict) -> None:
    """Set the child rows of ``instance`` (a page or a clusterable snippet) from ``links``.

    ``links`` maps a child relation (e.g. "partners") to (link model, field name, targets); existing
    rows pointing to the same targets are kept, so that a second run changes nothing.
    """
    for relation, (link_model, target_field, targets) in links.items():
        rows = {getattr(row, f"{target_field}_id"): row for row in getattr(instance, relation).all()}
        new_rows = []
        for index, target in enumerate(targets):
            row = rows.get(target.pk) or link_model(**{target_field: target}, locale=instance.locale)
            row.sort_order = index
            new_rows.append(row)
        setattr(instance, relation, new_rows)


class DemoLoader:
    def __init__(self, stdout=None):
        self.stdout = stdout
        self.user = None
        self.source_locale = None
        self.target_locales: list[Locale] = []
        self.themes: dict[str, Theme] = {}
        self.organisations: dict[str, Organisation] = {}
        self.people: dict[str, Person] = {}
        self.partnerships: dict[str, list[Partnership]] = {}  # by the slug of the testimony describing them
        self.pages_to_translate: list[tuple[Page, Strings]] = []

    def log(self, message: str):
        if self.stdout is not None:
            self.stdout.write(message)

    def translate(self, instance, strings: Strings):
        for locale in self.target_locales:
            translate(instance, locale, strings.map, user=self.user)

    def translate_later(self, page: Page, strings: Strings):
        """Pages are translated once all French pages exist (a parent's source includes its number of children)."""
        self.pages_to_translate.append((page, strings))

    # -- setup

    def ensure_locales(self):
        setup_languages()  # a locale per configured language, synchronised from French (also done by migrate)
        codes = content_language_codes()
        self.source_locale = Locale.objects.get(language_code=SOURCE_LANGUAGE)
        self.target_locales = [
            Locale.objects.get(language_code=code) for code in codes if code in DEMO_TRANSLATION_LANGUAGES
        ]

    def ensure_accounts(self) -> list[DemoAccount]:
        User = get_user_model()
        accounts = []
        for spec in DEMO_ACCOUNTS:
            groups = roles.ensure_groups(spec["groups"])
            user = User.objects.filter(username=spec["username"]).first() or User(username=spec["username"])
            user.first_name = spec["first_name"]
            user.last_name = spec["last_name"]
            user.email = spec["email"]
            user.is_active = True
            user.set_password(spec["password"])
            user.save()
            user.groups.set(groups)
            profile = UserProfile.get_for_user(user)
            if profile.preferred_language != SOURCE_LANGUAGE:
                profile.preferred_language = SOURCE_LANGUAGE
                profile.save()
            if spec["username"] == STAFF_USERNAME:
                self.user = user
            accounts.append(DemoAccount(spec["username"], spec["password"], spec["can"]))
        return accounts

    # -- snippets

    def upsert_snippet(
        self, model, name: str, fields: dict, strings: Strings, aliases: Iterable[str] = (), links: dict | None = None
    ):
        """Create or update the French snippet ``name`` and translate it.

        An existing snippet is matched by its exact name, else by its name or one of ``aliases`` compared
        without accents, case, spaces and punctuation, as the meeting report importer does (it may have
        created “Villed'Alençon” before the demo is loaded); a matched snippet is renamed to ``name``.
        """
        in_source = model.objects.filter(locale=self.source_locale)
        instance = in_source.filter(name=name).first()
        if instance is None:
            keys = [name_key(name), *(name_key(alias) for alias in aliases)]
            by_key = {}
            for candidate in in_source.order_by("pk"):
                by_key.setdefault(name_key(candidate.name), candidate)
            instance = next((by_key[key] for key in keys if key in by_key), None)
        if instance is None:
            instance = model(locale=self.source_locale)
        instance.name = name
        for attr, value in fields.items():
            setattr(instance, attr, value)
        set_links(instance, links or {})
        instance.full_clean()
        instance.save()
        self.translate(instance, strings)
        return instance

    def load_themes(self):
        for spec in content.THEMES:
            strings = Strings()
            name = strings(spec["name"])
            theme = self.upsert_snippet(Theme, name, {"description": strings(spec["description"])}, strings)
            self.themes[name] = theme

    def load_organisations(self):
        for spec in content.ORGANISATIONS:
            strings = Strings()
            name = strings(spec["name"])
            fields = {
                "kind": spec["kind"],
                "country": spec["country"],
                "town": spec.get("town", ""),
                "website": spec.get("website", ""),
            }
            self.organisations[name] = self.upsert_snippet(
                Organisation, name, fields, strings, aliases=spec.get("aliases", ())
            )

    def load_people(self):
        for spec in content.PEOPLE:
            strings = Strings()
            fields = {"role": strings(spec["role"]), "organisation": self.organisations[spec["organisation"]]}
            self.people[spec["name"]] = self.upsert_snippet(Person, spec["name"], fields, strings)

    def load_partnerships(self):
        for spec in content.PARTNERSHIPS:
            strings = Strings()
            name = strings(spec["name"])
            fields = {
                "french_actor": self.organisations[spec["french_actor"]],
                "since": spec["since"],
                "status": spec["status"],
                "organised": strings(spec["organised"]),
            }
            links = {
                "partners": (PartnershipPartner, "organisation", [self.organisations[n] for n in spec["partners"]]),
                "themes": (PartnershipTheme, "theme", [self.themes[n] for n in spec["themes"]]),
            }
            partnership = self.upsert_snippet(Partnership, name, fields, strings, links=links)
            self.partnerships.setdefault(spec["testimony"], []).append(partnership)

    def load_glossary(self):
        """Glossary terms, matched by their French term (any case)."""
        in_source = GlossaryTerm.objects.filter(locale=self.source_locale)
        for spec in content.GLOSSARY:
            strings = Strings()
            term = strings(spec["term"])
            instance = in_source.filter(term__iexact=term).first() or GlossaryTerm(locale=self.source_locale)
            instance.term = term
            instance.definition = strings(spec["definition"])
            instance.full_clean()
            instance.save()
            self.translate(instance, strings)

    # -- pages

    def upsert_page(self, parent: Page, model, slug: str, fields: dict, links: dict | None = None):
        """Create or update the French page ``slug`` under ``parent``; publish it if it changed.

        ``links``: child rows, as ``set_links`` takes them.
        """
        existing = Page.objects.child_of(parent).filter(slug=slug).first()
        if existing is not None:
            page = existing.specific
            if not isinstance(page, model):
                raise ValueError(f"{page!r} at slug {slug!r} is a {type(page).__name__}, not a {model.__name__}")
            before = _content(page)
        else:
            page = model(slug=slug, locale=parent.locale)
            before = None

        for attr, value in fields.items():
            setattr(page, attr, value)
        set_links(page, links or {})

        if before is None:
            parent.add_child(instance=page)
            page.save_revision(user=self.user, log_action=True).publish(user=self.user)
        elif _content(page) != before or not page.live or page.has_unpublished_changes:
            page.save_revision(user=self.user, log_action=True).publish(user=self.user)
        return page

    def load_home(self) -> HomePage:
        home = HomePage.objects.filter(locale=self.source_locale, depth=2).first()
        if home is None:
            raise RuntimeError("The French home page (migration home/0002) is missing.")
        strings = Strings()
        home = home.specific
        before = _content(home)
        home.title = strings(content.HOME["title"])
        strings(content.HOME["slug"])
        home.slug = content.HOME["slug"][0]
        home.intro = strings(content.HOME["intro"])
        if _content(home) != before or not home.live or home.has_unpublished_changes:
            home.save_revision(user=self.user, log_action=True).publish(user=self.user)
        self.translate_later(home, strings)
        return home

    def load_index(self, parent, model, spec) -> Page:
        strings = Strings()
        slug = strings(spec["slug"])
        fields = {"title": strings(spec["title"]), "intro": strings(spec["intro"]), "show_in_menus": True}
        page = self.upsert_page(parent, model, slug, fields)
        self.translate_later(page, strings)
        return page

    def load_about(self, home):
        spec = content.ABOUT_PAGE
        strings = Strings()
        slug = strings(spec["slug"])
        fields = {
            "title": strings(spec["title"]),
            "intro": strings(spec["intro"]),
            "body": _body(strings, spec["body"], slug),
            "show_in_menus": True,
        }
        page = self.upsert_page(home, ContentPage, slug, fields)
        self.translate_later(page, strings)
        return page

    def load_testimonies(self, index):
        for spec in content.TESTIMONIES:
            strings = Strings()
            slug = strings(spec["slug"])
            fields = {
                "title": strings(spec["title"]),
                "intro": strings(spec["intro"]),
                "french_authority": self.organisations[spec["french_authority"]],
                "countries": spec["countries"],
                "start_year": spec["start_year"],
                "organisation_mode": spec["organisation_mode"],
                "relationship_model": spec["relationship_model"],
                "responsibilities": _responsibilities(strings, spec["responsibilities"], slug),
                "key_figures": _key_figures(strings, spec["key_figures"], slug),
                "body": _body(strings, spec["body"], slug),
                "lessons": strings.rich_text(spec["lessons"]),
                "risks": strings.rich_text(spec["risks"]),
            }
            links = {
                "partners": (TestimonyPartner, "organisation", [self.organisations[n] for n in spec["partners"]]),
                "themes": (TestimonyTheme, "theme", [self.themes[n] for n in spec["themes"]]),
                "partnerships": (TestimonyPartnership, "partnership", self.partnerships.get(slug, [])),
            }
            page = self.upsert_page(index, TestimonyPage, slug, fields, links)
            self.translate_later(page, strings)

    def load_legal_texts(self, index):
        for spec in content.LEGAL_TEXTS:
            strings = Strings()
            slug = strings(spec["slug"])
            fields = {
                "title": strings(spec["title"]),
                "short_name": strings(spec["short_name"]),
                "official_title": spec["official_title"],  # synchronised, not translated
                "official_reference": spec["official_reference"],  # synchronised, not translated
                "date": spec["date"],
                "code_articles": strings(spec["code_articles"]),
                "allows": strings.rich_text(spec["allows"]),
                "official_url": spec["official_url"],
                "body": _body(strings, spec["body"], slug),
            }
            page = self.upsert_page(index, LegalTextPage, slug, fields)
            self.translate_later(page, strings)

    def load_events(self, index):
        for spec in content.EVENTS:
            strings = Strings()
            slug = strings(spec["slug"])
            fields = {
                "title": strings(spec["title"]),
                "intro": strings(spec["intro"]),
                "start": spec["start"],
                "end": spec["end"],
                "venue": strings(spec["venue"]),
                "address": strings(spec["address"]),
                "organiser": self.organisations[spec["organiser"]] if spec["organiser"] else None,
                "agenda": _agenda(strings, spec["agenda"], slug),
                "body": _body(strings, spec["body"], slug),
                "meeting_type": spec.get("meeting_type", ""),
                **self.announcement(index, slug, spec),
            }
            links = {
                "themes": (EventTheme, "theme", [self.themes[n] for n in spec["themes"]]),
                "speakers": (EventSpeaker, "person", [self.people[n] for n in spec["speakers"]]),
                "attendees": (EventAttendee, "organisation", [self.organisations[n] for n in spec["attendees"]]),
            }
            page = self.upsert_page(index, EventPage, slug, fields, links)
            self.translate_later(page, strings)

    # -- events ↔ meeting reports (events engineer's block) ---------------------------------------------
    # The meeting report importer may run before or after the demo: whichever comes second links them (the
    # importer's matching, events/importer/relink.py, run again by the loader at the end of the pages).

    def source_report(self, slug: str) -> MeetingReportPage | None:
        return MeetingReportPage.objects.filter(locale=self.source_locale, slug=slug).first()

    def announcement(self, agenda, slug: str, spec: dict) -> dict:
        """The fields that tie an event to the report that announced it (``announced_as``: title, report slug).

        If the import came first and made a draft event for that announcement, the demo's event is that page:
        it takes the demo's slug instead of being made twice.
        """
        if "announced_as" not in spec:
            return {}
        title, report_slug = spec["announced_as"]
        key = fit(EventPage, "announcement_key", name_key(title))
        report = self.source_report(report_slug)
        made_by_import = EventPage.objects.child_of(agenda).filter(announcement_key=key, announced_in=report)
        draft = made_by_import.first() if report is not None else None
        if draft is not None and not Page.objects.child_of(agenda).filter(slug=slug).exists():
            draft.slug = slug
            draft.save(update_fields=["slug", "url_path"])
        return {"announcement_key": key, "announced_in": report}

    # -- meeting reports (people-b)

    def load_meeting_reports(self, events, reports):
        """The archive's reports (``content.MEETING_REPORTS``), each with the past event page of its meeting.

        The event carries the report's themes (a report's themes are its event's, see
        ``MeetingReportIndexPage.reports``); reports marked ``translated`` are translated with their event,
        the others stay French (their English place is an alias with the "not yet translated" notice).
        """
        for spec in content.MEETING_REPORTS:
            strings = Strings()
            slug = strings(spec["slug"])
            title = strings(spec["title"])
            place = strings(spec["place"])
            start = datetime.datetime.combine(
                spec["date"], datetime.time.fromisoformat(spec["time"]), tzinfo=content.PARIS
            )
            event_fields = {
                "title": title,
                "intro": strings(spec["context"][0]),
                "start": start,
                "end": None,
                "venue": place,
                "address": "",
                "organiser": self.organisations["Horizons Solidaires"],
                "agenda": _agenda(strings, spec["agenda"], f"event/{slug}"),
                "body": [],
            }
            event_links = {
                "themes": (EventTheme, "theme", [self.themes[n] for n in spec["themes"]]),
                "speakers": (EventSpeaker, "person", [self.people[n] for n in spec["speakers"]]),
            }
            event = self.upsert_page(events, EventPage, slug, event_fields, event_links)
            report_fields = {
                "title": title,
                "date": spec["date"],
                "place": place,
                "event": event,
                "context": strings.rich_text(spec["context"]),
                "agenda": _agenda(strings, spec["agenda"], slug),
                "key_points": [
                    _block("point", strings(text), slug, "key_points", index)
                    for index, text in enumerate(spec["decisions"])
                ],
                "next_meetings": [
                    _block(
                        "meeting",
                        {
                            "title": strings(meeting["title"]),
                            "date": meeting["date"].isoformat() if meeting["date"] else None,
                            "time": None,
                            "when": strings(meeting["when"]),
                            "place": strings(meeting["place"]),
                            "event": None,
                        },
                        slug,
                        "next_meetings",
                        index,
                    )
                    for index, meeting in enumerate(spec["next_meetings"])
                ],
            }
            report_links = {
                "speakers": (ReportSpeaker, "person", [self.people[n] for n in spec["speakers"]]),
                "attendees": (ReportAttendee, "organisation", [self.organisations[n] for n in spec["attendees"]]),
            }
            report = self.upsert_page(reports, MeetingReportPage, slug, report_fields, report_links)
            if spec["translated"]:
                self.translate_later(event, strings)
                self.translate_later(report, strings)

    # -- all

    def load(self) -> LoadResult:
        result = LoadResult()
        self.ensure_locales()
        if getattr(settings, "DEMO_ACCOUNTS", False):
            result.accounts = self.ensure_accounts()
        self.log("Themes, organisations and people…")
        # Snippets first: pages link to them, and their translations must exist before the pages'.
        self.load_themes()
        self.load_organisations()
        self.log("Coordinates of the organisations' towns…")  # the gazetteer (network_site/taxonomy/places.py)
        locate_organisations()
        self.load_people()
        self.load_partnerships()
        self.load_glossary()
        self.log("Pages…")
        home = self.load_home()
        testimonies = self.load_index(home, TestimonyIndexPage, content.TESTIMONY_INDEX)
        legal = self.load_index(home, LegalFrameworkIndexPage, content.LEGAL_INDEX)
        events = self.load_index(home, EventIndexPage, content.EVENT_INDEX)
        reports = self.load_index(home, MeetingReportIndexPage, content.REPORT_INDEX)
        directory = self.load_index(home, DirectoryIndexPage, content.DIRECTORY_INDEX)
        glossary = self.load_index(home, GlossaryPage, content.GLOSSARY_PAGE)
        about = self.load_about(home)
        order_children(home, [testimonies, legal, events, reports, directory, glossary, about])
        self.load_testimonies(testimonies)
        self.load_legal_texts(legal)
        self.load_events(events)
        self.load_meeting_reports(events, reports)
        self.log("Imported reports matched with the demo's events and laws…")
        relink_reports()
        self.log("Translations…")
        for page, strings in self.pages_to_translate:  # parents first
            self.translate(page, strings)
        # What stays French only (some meeting reports) gets its alias in the other languages' trees.
        page_index = PageIndex.from_database().sort_by_tree_position()
        for synchronisation in LocaleSynchronization.objects.all():
            synchronisation.sync_trees(page_index=page_index)
        self.log("Access policy…")  # roles, workflow, restrictions (network_site/access/policy.py)
        apply_policy()
        result.counts = count_objects()
        return result


def order_children(parent: Page, pages: list[Page]) -> None:
    """Move ``pages`` to the end of ``parent``'s children, in this order, unless they already are (menus follow it).

    The meeting report importer may have made the report archive before the
    demo's other sections.
    """
    wanted = [page.pk for page in pages]
    children = list(parent.get_children().values_list("pk", flat=True))
    if children[-len(wanted) :] != wanted:
        for page in pages:
            Page.objects.get(pk=page.pk).move(parent, pos="last-child")


# The page and snippet types the demo fills, in every language.
DEMO_PAGE_MODELS = [
    HomePage,
    ContentPage,
    TestimonyIndexPage,
    TestimonyPage,
    LegalFrameworkIndexPage,
    LegalTextPage,
    EventIndexPage,
    EventPage,
    MeetingReportIndexPage,
    MeetingReportPage,
    DirectoryIndexPage,
    GlossaryPage,
]
DEMO_SNIPPET_MODELS = [Theme, Organisation, Partnership, Person, GlossaryTerm]


def count_objects() -> dict[str, dict[str, int]]:
    """Number of pages of each type and of snippets, per language code."""
    models = DEMO_PAGE_MODELS + DEMO_SNIPPET_MODELS
    counts = {}
    for model in models:
        counts[model.__name__] = {
            locale.language_code: model.objects.filter(locale=locale).count() for locale in Locale.objects.all()
        }
    return counts


def load_demo(stdout=None) -> LoadResult:
    """Load the whole demo in one transaction. Translated pages are published when it commits."""
    with transaction.atomic():
        return DemoLoader(stdout=stdout).load()
