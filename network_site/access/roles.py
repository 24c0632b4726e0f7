"""The four roles as Django/Wagtail groups, their permissions, and the review workflow.

| role (group)  | who                      | can                                                               |
|---------------|--------------------------|-------------------------------------------------------------------|
| ``Editors``   | network staff, editors   | the admin: add and edit pages (submit them for review), translate, |
|               |                          | upload and choose images and documents, change their own uploads,  |
|               |                          | edit the vocabulary, see and export the registrations for events   |
| ``Moderators``| network staff, moderators| all of that, plus publish, unpublish, approve reviews, set privacy,|
|               |                          | change and delete any file (Archive originals included), add,      |
|               |                          | change and delete registrations                                    |
| ``Members``   | members of the network   | read members' content (no admin)                                   |
| ``Partners``  | partner cities abroad    | read what is shared with partners (no admin)                       |

``Editors`` and ``Moderators`` are Wagtail's own groups (made by its migrations, with the
"Moderators approval" workflow); ``ensure_roles()`` makes the permissions exactly these, so
that what the project declares here is what is in force (a change made in the admin is
undone by the next ``apply_access_policy``).
"""

from django.apps import apps
from django.contrib.auth.management import create_permissions
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

EDITORS = "Editors"
MODERATORS = "Moderators"
MEMBERS = "Members"
PARTNERS = "Partners"
STAFF = (EDITORS, MODERATORS)
ROLES = (EDITORS, MODERATORS, MEMBERS, PARTNERS)

WORKFLOW_NAME = "Moderators approval"
TASK_NAME = "Moderators approval"

_VOCABULARY = ["taxonomy.theme", "taxonomy.organisation", "taxonomy.person", "taxonomy.partnership"]


def _vocabulary(*actions: str) -> list[str]:
    return [f"{app}.{action}_{model}" for app, model in (m.split(".") for m in _VOCABULARY) for action in actions]


# Members' registrations for events (events.Registration): the admin's list and its CSV/XLSX export need "view";
# editors only read them, moderators may also correct them.
def _registrations(*actions: str) -> list[str]:
    return [f"events.{action}_registration" for action in actions]


# Model permissions ("app_label.codename") of each group. Images and documents are given per collection below.
_ADMIN = ["wagtailadmin.access_admin", "wagtail_localize.submit_translation"]
MODEL_PERMISSIONS = {
    EDITORS: _ADMIN + _vocabulary("add", "change") + _registrations("view"),
    MODERATORS: _ADMIN + _vocabulary("add", "change", "delete") + _registrations("view", "add", "change", "delete"),
    MEMBERS: [],
    PARTNERS: [],
}

# Page permissions on the root page (so on every language's tree). Editors cannot publish:
# their changes go through the moderators' review (the workflow below).
PAGE_PERMISSIONS = {
    EDITORS: ["add_page", "change_page"],
    MODERATORS: ["add_page", "change_page", "publish_page", "lock_page", "unlock_page", "bulk_delete_page"],
    MEMBERS: [],
    PARTNERS: [],
}

# Collection permissions on the root collection (so on every collection). Editors change and delete only the
# files they uploaded, and delete no Archive original; moderators change and delete any file
# (``permissions.FilePermissionPolicy``).
_FILES = ["add_document", "choose_document", "add_image", "choose_image"]
COLLECTION_PERMISSIONS = {
    EDITORS: _FILES,
    MODERATORS: _FILES + ["change_document", "delete_document", "change_image", "delete_image"],
    MEMBERS: [],
    PARTNERS: [],
}


def _ensure_permissions_exist():
    """Django creates model permissions after each app's migrations; make sure they exist before use."""
    for app_config in apps.get_app_configs():
        if app_config.models_module is not None:
            create_permissions(app_config, verbosity=0)


def _permission(dotted: str) -> Permission:
    app_label, codename = dotted.split(".", 1)
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def _page_or_collection_permission(codename: str) -> Permission:
    if codename.endswith("_page"):
        model = Page
    elif codename.endswith("_image"):
        model = apps.get_model("wagtailimages", "Image")
    else:  # Wagtail's document permissions belong to its base Document model
        model = apps.get_model("wagtaildocs", "Document")
    return Permission.objects.get(content_type=ContentType.objects.get_for_model(model), codename=codename)


def ensure_groups(names) -> list[Group]:
    return [Group.objects.get_or_create(name=name)[0] for name in names]


def ensure_roles() -> dict[str, Group]:
    """Create the four groups and give each exactly its declared permissions. Returns the groups by name."""
    _ensure_permissions_exist()
    groups = dict(zip(ROLES, ensure_groups(ROLES), strict=True))
    root_page = Page.get_first_root_node()
    root_collection = Collection.get_first_root_node()
    for name, group in groups.items():
        wanted = {_permission(dotted) for dotted in MODEL_PERMISSIONS[name]}
        if set(group.permissions.all()) != wanted:
            group.permissions.set(wanted)

        wanted_pages = {(root_page.pk, _page_or_collection_permission(c).pk) for c in PAGE_PERMISSIONS[name]}
        current = GroupPagePermission.objects.filter(group=group)
        current.exclude(page=root_page, permission_id__in=[p for _page, p in wanted_pages]).delete()
        for page_id, permission_id in wanted_pages:
            GroupPagePermission.objects.get_or_create(group=group, page_id=page_id, permission_id=permission_id)

        wanted_collection = [_page_or_collection_permission(c).pk for c in COLLECTION_PERMISSIONS[name]]
        current = GroupCollectionPermission.objects.filter(group=group)
        current.exclude(collection=root_collection, permission_id__in=wanted_collection).delete()
        for permission_id in wanted_collection:
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=root_collection, permission_id=permission_id
            )
    return groups


def ensure_workflow(groups: dict[str, Group]) -> Workflow:
    """The site's review workflow: one step, approved by a moderator, on the root page (every page, every language)."""
    workflow = Workflow.objects.filter(name=WORKFLOW_NAME).first() or Workflow.objects.create(name=WORKFLOW_NAME)
    if not workflow.active:
        workflow.active = True
        workflow.save(update_fields=["active"])
    task = GroupApprovalTask.objects.filter(name=TASK_NAME).first() or GroupApprovalTask.objects.create(name=TASK_NAME)
    if not task.active:
        task.active = True
        task.save(update_fields=["active"])
    if list(task.groups.all()) != [groups[MODERATORS]]:
        task.groups.set([groups[MODERATORS]])
    if list(workflow.workflow_tasks.values_list("task_id", flat=True)) != [task.pk]:
        workflow.workflow_tasks.all().delete()
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    root_page = Page.get_first_root_node()
    WorkflowPage.objects.update_or_create(page=root_page, defaults={"workflow": workflow})
    return workflow
