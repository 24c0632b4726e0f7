"""The site's access policy: private by default, a public landing page and legal framework.

Each language has its own tree (``Root › Accueil``, ``Root › Home``…). View restrictions
inherit to descendants, so none is put on the root or the home pages: the home page of each
language is the public landing page, and every **section** (a child of a home page) gets the
restriction of its kind:

| section (page type)                 | restriction                                    |
|-------------------------------------|------------------------------------------------|
| legal framework (``LegalFrameworkIndexPage``) | none: public, with its legal text pages |
| meeting reports (``MeetingReportIndexPage``)  | groups Members, Editors, Moderators (not Partners) |
| any other section (testimonies, agenda, about…, and any new one) | login (every account) |

Pages deeper in a section may be restricted further in the admin (a group, a password);
restrictions add up. The "Archive" collection (original files of meeting reports) is
restricted like the meeting reports. See ``visibility`` for documents and images.

``apply_policy()`` sets all this, and the roles and workflow of ``roles``; it is idempotent
and runs after every ``migrate``, from ``manage.py apply_access_policy`` and ``load_demo``.
A section is also given its restriction when it is published (a new section, a new
translation), so that nothing new is public until someone decides it in code here.
"""

from dataclasses import dataclass

from django.db import transaction
from wagtail.models import Collection, CollectionViewRestriction, Page, PageViewRestriction

from . import roles

ARCHIVE_COLLECTION = "Archive"  # made by the report importer (events.importer.builder) or here, whichever runs first


@dataclass(frozen=True)
class Rule:
    """A view restriction: ``kind`` is ``"public"`` (none), ``"login"`` or ``"groups"`` (with ``groups``)."""

    kind: str
    groups: tuple[str, ...] = ()

    def describe(self) -> str:
        return self.kind if self.kind != "groups" else f"groups {', '.join(self.groups)}"


PUBLIC = Rule("public")
LOGIN = Rule("login")
MEMBERS_ONLY = Rule("groups", (roles.MEMBERS, roles.EDITORS, roles.MODERATORS))

# Sections by page type ("app_label.ModelName"); any other section needs a login.
SECTION_RULES = {
    "cases.LegalFrameworkIndexPage": PUBLIC,
    "events.MeetingReportIndexPage": MEMBERS_ONLY,
}
DEFAULT_SECTION_RULE = LOGIN
COLLECTION_RULES = {ARCHIVE_COLLECTION: MEMBERS_ONLY}


def section_rule(page: Page) -> Rule:
    model = page.specific_class
    label = f"{model._meta.app_label}.{model.__name__}" if model else ""
    return SECTION_RULES.get(label, DEFAULT_SECTION_RULE)


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
        for name, rule in COLLECTION_RULES.items():
            collection = Collection.objects.filter(name=name).first()
            if collection is None:
                collection = Collection.get_first_root_node().add_child(name=name)
                changes.append(f"collection {name}: created")
            if set_restriction(collection, rule):
                changes.append(f"collection {name}: {rule.describe()}")
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
