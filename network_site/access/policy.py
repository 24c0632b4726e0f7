"""The site's access policy: private by default, a public landing page and legal framework.

Each language has its own tree (``Root › Accueil``, ``Root › Home``…). View restrictions
inherit to descendants, so none is put on the root or the home pages: the home page of each
language is the public landing page, and every **section** (a child of a home page) gets the
restriction of its kind:

| section (page type declares ``section_rule``) | restriction                                  |
|-------------------------------------|------------------------------------------------|
| legal framework (``LegalFrameworkIndexPage``: ``PUBLIC``) | none: public, with its legal text pages |
| meeting reports (``MeetingReportIndexPage``: ``MEMBERS_ONLY``) | groups Members, Editors, Moderators (not Partners) |
| any other section (testimonies, agenda, about…, and any new one) | ``LOGIN``: every account |

Pages deeper in a section may be restricted further in the admin (a group, a password);
restrictions add up. The "Archive" collection (original files of meeting reports) is
restricted like the meeting reports. ``rules`` says who passes a restriction.

``apply_policy()`` sets all this, and the roles and workflow of ``roles``; it is idempotent
and runs after every ``migrate``, from ``manage.py apply_access_policy`` and ``load_demo``.
A section is also given its restriction when it is published (a new section, a new
translation), so that nothing new is public until its page type declares it.
"""

from django.db import transaction
from wagtail.models import CollectionViewRestriction, Page, PageViewRestriction

from network_site.documents.archive import ARCHIVE_COLLECTION, archive_collection

from . import roles
from .rules import LOGIN, MEMBERS_ONLY, PUBLIC, Rule

DEFAULT_SECTION_RULE = LOGIN  # a section whose page type declares no ``section_rule``
ARCHIVE_RULE = MEMBERS_ONLY  # the "Archive" collection: original files of meeting reports


def section_rule(page: Page) -> Rule:
    """The rule a section's page type declares (``section_rule`` class attribute), else ``DEFAULT_SECTION_RULE``."""
    return getattr(page.specific_class, "section_rule", DEFAULT_SECTION_RULE)


def is_section(page: Page) -> bool:
    return page.depth == 3


def _restriction_matches(restriction, rule: Rule) -> bool:
    if restriction.restriction_type != rule.kind:
        return False
    if rule.kind == "groups":
        return sorted(restriction.groups.values_list("name", flat=True)) == sorted(rule.groups)
    return True


def set_restriction(obj, rule: Rule, *, password: str = "") -> bool:
    """Give ``obj`` (a page or a collection) exactly the restriction of ``rule``; True if anything changed.

    ``rule`` may also be ``Rule("password")`` with ``password`` (used by tests and by hand).
    """
    if isinstance(obj, Page):
        restrictions = PageViewRestriction.objects.filter(page=obj)
        model, owner = PageViewRestriction, {"page": obj}
    else:
        restrictions = CollectionViewRestriction.objects.filter(collection=obj)
        model, owner = CollectionViewRestriction, {"collection": obj}
    current = list(restrictions)
    if rule.kind == "public":
        if current:
            restrictions.delete()
            return True
        return False
    if (
        len(current) == 1
        and _restriction_matches(current[0], rule)
        and (rule.kind != "password" or current[0].password == password)
    ):
        return False
    restrictions.delete()
    restriction = model.objects.create(restriction_type=rule.kind, password=password, **owner)
    if rule.kind == "groups":
        restriction.groups.set(roles.ensure_groups(rule.groups))
    return True


def apply_section_rule(page: Page) -> bool:
    return set_restriction(page, section_rule(page))


def apply_policy(stdout=None) -> list[str]:
    """Set roles, workflow, collection and page restrictions as declared. Returns what changed, one line each."""
    changes = []
    root = Page.get_first_root_node()
    if root is None:  # no page tree yet (Wagtail's migrations make it)
        return changes
    with transaction.atomic():
        groups = roles.ensure_roles()
        roles.ensure_workflow(groups)
        if set_restriction(root, PUBLIC):
            changes.append("root page: restriction removed")
        collection, created = archive_collection()
        if created:
            changes.append(f"collection {ARCHIVE_COLLECTION}: created")
        if set_restriction(collection, ARCHIVE_RULE):
            changes.append(f"collection {ARCHIVE_COLLECTION}: {ARCHIVE_RULE.describe()}")
        for home in Page.objects.filter(depth=2):
            if set_restriction(home, PUBLIC):
                changes.append(f"{home.url_path}: public (landing page)")
            for section in home.get_children():
                rule = section_rule(section)
                if set_restriction(section, rule):
                    changes.append(f"{section.url_path}: {rule.describe()}")
    if stdout is not None:
        for line in changes:
            stdout.write(line)
    return changes


def apply_policy_after_migrate(sender, using="default", **kwargs):
    if using == "default":
        apply_policy()


def apply_policy_on_publish(sender, instance, **kwargs):
    """A section gets its restriction when published (new sections and translations included)."""
    if is_section(instance):
        apply_section_rule(instance)
