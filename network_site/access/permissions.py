"""Who may change and delete documents and images in the admin: Wagtail's collection policy, with its own delete.

Wagtail's ``CollectionOwnershipPermissionPolicy`` (the policy of documents and
images) treats "delete" as "change", and lets whoever may add files change the
ones they uploaded: so an editor allowed to change files could delete every one,
the originals of the meeting reports included. ``FilePermissionPolicy`` keeps
Wagtail's rules for add, change and choose, and makes delete its own action:

- whoever has the ``delete_document`` / ``delete_image`` permission on the file's
  collection (moderators, ``roles.COLLECTION_PERMISSIONS``) may delete it;
- the uploader, with the add permission there, may delete a file of their own,
  but not one in the Archive collection (``network_site.documents.archive``);
- an active superuser may delete anything.

``register()`` (from ``apps.AccessConfig.ready``) puts it in Wagtail's policy
registry for the document and image models, so that every admin view, bulk
action and button asks it. See docs/access.md, "Files".
"""

from django.contrib.auth import get_user_model
from django.db.models import Q
from wagtail.documents import get_document_model, get_document_model_string
from wagtail.images import get_image_model
from wagtail.permission_policies.collections import CollectionOwnershipPermissionPolicy
from wagtail.permissions import register_permission_policy

from network_site.documents.archive import archive_collections, in_archive

DELETE = "delete"


class FilePermissionPolicy(CollectionOwnershipPermissionPolicy):
    """Wagtail's ownership policy for files in collections, where "delete" is not "change" (see the module doc)."""

    def _may_delete(self, user, instance) -> bool:
        collection = instance.collection
        if self._check_perm(user, [DELETE], collection=collection):
            return True
        return (
            getattr(instance, self.owner_field_name) == user
            and self._check_perm(user, ["add"], collection=collection)
            and not in_archive(collection)
        )

    def _deletable(self, user) -> Q:
        own = Q(collection__in=self._collections_with_perm(user, ["add"])) & Q(**{self.owner_field_name: user})
        return Q(collection__in=self._collections_with_perm(user, [DELETE])) | (
            own & ~Q(collection__in=archive_collections())
        )

    def user_has_permission(self, user, action):
        if action == DELETE:  # some file they may delete: with the delete permission, or their own uploads
            return self._check_perm(user, [DELETE, "add"])
        return super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        others = [action for action in actions if action != DELETE]
        users = super().users_with_any_permission(others) if others else get_user_model().objects.none()
        if DELETE in actions:
            users = users | self._users_with_perm([DELETE, "add"])
        return users.distinct()

    def user_has_any_permission_for_instance(self, user, actions, instance):
        others = [action for action in actions if action != DELETE]
        if DELETE in actions and self._may_delete(user, instance):
            return True
        return bool(others) and super().user_has_any_permission_for_instance(user, others, instance)

    def instances_user_has_any_permission_for(self, user, actions):
        others = [action for action in actions if action != DELETE]
        instances = (
            super().instances_user_has_any_permission_for(user, others)
            if others
            else self.model._default_manager.none()
        )
        if DELETE not in actions or not user.is_authenticated or not user.is_active:
            return instances
        if user.is_superuser:
            return self.model._default_manager.all()
        return instances | self.model._default_manager.filter(self._deletable(user))

    def users_with_any_permission_for_instance(self, actions, instance):
        others = [action for action in actions if action != DELETE]
        users = (
            super().users_with_any_permission_for_instance(others, instance)
            if others
            else get_user_model().objects.none()
        )
        if DELETE not in actions:
            return users
        may_delete = self._users_with_perm_filter([DELETE], collection=instance.collection)
        owner = getattr(instance, self.owner_field_name)
        if owner is not None and self._may_delete(owner, instance):
            may_delete |= Q(pk=owner.pk)
        return (users | get_user_model().objects.filter(may_delete)).distinct()

    def collections_user_has_any_permission_for(self, user, actions):
        if DELETE not in actions:
            return super().collections_user_has_any_permission_for(user, actions)
        # Where some file may be deleted: their own uploads (add), or any file (delete).
        others = [action for action in actions if action != DELETE]
        collections = super().collections_user_has_any_permission_for(user, [*others, "add"])
        if user.is_authenticated and user.is_active and not user.is_superuser:
            collections = collections | self._collections_with_perm(user, [DELETE])
        return collections.distinct()


def register():
    """Make ``FilePermissionPolicy`` the policy of the document and image models (before any view asks)."""
    register_permission_policy(
        get_document_model(),
        FilePermissionPolicy(
            get_document_model_string(), auth_model="wagtaildocs.Document", owner_field_name="uploaded_by_user"
        ),
        exact_class=True,
    )
    register_permission_policy(
        get_image_model(),
        FilePermissionPolicy(get_image_model(), auth_model="wagtailimages.Image", owner_field_name="uploaded_by_user"),
        exact_class=True,
    )
